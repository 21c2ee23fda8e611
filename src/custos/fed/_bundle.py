"""The global model's release bundle and its chain of site receipts.

The coordinator writes ``weights.safetensors`` and ``model.json`` (as a local
release does), ``federation.json`` (the signed federation job, the rounds and
which sites took part) and each site's signed receipt
(``site-<name>.receipt.json``), then signs the bundle's receipt with its own
key. :func:`federation_problems` is what ``custos receipt verify`` adds for
such a bundle: every site receipt is a valid signature by the key it names,
over the *same* global model (its digest recomputed from the weights), for
the same federation job, with a leakage audit that passed at that site.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np

from custos.core._canonical import loads
from custos.core._errors import SignatureError
from custos.core._keys import PublicKey, dsse_verify
from custos.fed._spec import FedJobSpec

FED_FILE = "federation.json"


def initial_net(fed: FedJobSpec, n_features: int) -> list[Any]:
    """The global network's starting parameters: the catalog's initialisation
    under a fixed seed (zeros for logistic regression), the scaler left out."""
    import torch
    from torch import nn

    from custos.training._catalog import build_model

    torch.manual_seed(0)
    model = build_model(fed.model, n_features)
    if fed.model.arch == "logistic_regression":
        for p in model.net.parameters():
            nn.init.zeros_(p)
    return [
        v.detach().double().numpy()
        for k, v in model.state_dict().items()
        if not k.startswith("scaler.")
    ]


def global_state(
    fed: FedJobSpec, net: list[Any], public: dict[str, Any], scaler: dict[str, Any]
) -> dict[str, Any]:
    """The global model's full state dict (scaler buffers from the setup round)."""
    import torch

    from custos.training._catalog import build_model

    model = build_model(fed.model, len(public["features"]))
    keys = [k for k in model.state_dict() if not k.startswith("scaler.")]
    state = {
        "scaler.lower": torch.tensor(public["lower"], dtype=torch.float32),
        "scaler.upper": torch.tensor(public["upper"], dtype=torch.float32),
        "scaler.centre": torch.tensor(scaler["centre"], dtype=torch.float32),
        "scaler.scale": torch.tensor(scaler["scale"], dtype=torch.float32),
    }
    for k, a in zip(keys, net, strict=True):
        state[k] = torch.as_tensor(np.asarray(a), dtype=torch.float32)
    model.load_state_dict(state, strict=True)  # shapes checked here
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def write_global_bundle(
    out: Path,
    fed: FedJobSpec,
    fed_envelope: dict[str, Any],
    run: dict[str, Any],
    net: list[Any],
    receipts: dict[str, Any],
    key: Any,
) -> Path:
    """Write and sign the global release bundle in ``out`` (created empty)."""
    from safetensors.torch import save_file

    from custos.fed._site import state_digest
    from custos.ledger._receipt import write_bundle_receipt
    from custos.training._catalog import model_card

    out.mkdir(parents=True, exist_ok=False)
    state = global_state(fed, net, run["public"], run["scaler"])
    save_file(state, str(out / "weights.safetensors"), metadata={"format": "custos.weights/v1"})
    card = model_card(
        fed.model, run["public"]["features"], fed.task.target, fed.task.positive_label
    )
    (out / "model.json").write_text(json.dumps(card, indent=2, sort_keys=True) + "\n")
    digest = state_digest(state)
    record = {
        "format": "custos.federation/v1",
        "federation": fed.to_json(),
        "fed_hash": fed.fed_hash,
        "envelope": fed_envelope,
        "status": run["status"],
        "rounds": run["rounds"],
        "approved_sites": run["approved"],
        "co_signed_by": sorted(receipts),
        "declined": run["declined"],
    }
    (out / FED_FILE).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n")
    for site, env in sorted(receipts.items()):
        (out / f"site-{site}.receipt.json").write_text(
            json.dumps(env, indent=2, sort_keys=True) + "\n"
        )
    predicate = {
        "federation": {
            "job": fed.name,
            "hash": fed.fed_hash,
            "vendor": fed.vendor,
            "rounds": fed.rounds,
            "sites": [s.site for s in fed.sites],
            "co_signed_by": sorted(receipts),
            "secure_aggregation": "SecAgg+ (Flower)",
        },
        "global_model": digest,
        "coordinator": {"public_key": key.public_key.to_text()},
    }
    write_bundle_receipt(out, predicate, key)
    return out


def _site_statement(envelope: Any) -> tuple[dict[str, Any], PublicKey]:
    from custos.ledger._receipt import PAYLOAD_TYPE

    if not isinstance(envelope, dict):
        raise SignatureError("not a DSSE envelope", code="receipt.malformed")
    payload = base64.b64decode(str(envelope.get("payload", "")), validate=True)
    claimed = loads(payload)
    key = PublicKey.from_text(str(claimed["predicate"]["node"]["public_key"]))
    stmt = loads(dsse_verify(envelope, key, payload_type=PAYLOAD_TYPE))
    if not isinstance(stmt, dict):
        raise SignatureError("the site receipt is not a statement", code="receipt.malformed")
    return stmt, key


def federation_problems(predicate: dict[str, Any], bundle: Path) -> list[str]:
    """Check a global bundle's chain of site receipts (see the module docstring)."""
    from safetensors.torch import load_file

    from custos.fed._site import SITE_RECEIPT_TYPE, state_digest

    problems: list[str] = []
    fed = predicate["federation"]
    try:
        digest = state_digest(load_file(str(bundle / "weights.safetensors")))
    except Exception:  # safetensors raises its own error types
        return ["weights.safetensors: not readable as safetensors"]
    if digest != predicate.get("global_model"):
        problems.append("weights.safetensors: not the global model the receipt names")
    signed = set(fed.get("co_signed_by", []))
    present = {
        p.name[len("site-") : -len(".receipt.json")] for p in bundle.glob("site-*.receipt.json")
    }
    if signed != present:
        problems.append("site receipts: the bundle's and the receipt's lists of sites differ")
    for site in sorted(present):
        name = f"site-{site}.receipt.json"
        try:
            stmt, _ = _site_statement(json.loads((bundle / name).read_text()))
        except (SignatureError, ValueError, KeyError, TypeError) as exc:
            problems.append(f"{name}: signature does not verify ({type(exc).__name__})")
            continue
        pred = stmt.get("predicate", {})
        subject = stmt.get("subject", [{}])[0].get("digest", {}).get("sha256")
        if stmt.get("predicateType") != SITE_RECEIPT_TYPE:
            problems.append(f"{name}: not a custos site receipt")
        if "sha256:" + str(subject) != digest or pred.get("global_model") != digest:
            problems.append(f"{name}: signed a different global model")
        if pred.get("federation", {}).get("hash") != fed.get("hash"):
            problems.append(f"{name}: signed for a different federation job")
        if pred.get("federation", {}).get("site") != site or site not in fed.get("sites", []):
            problems.append(f"{name}: not a site of this federation")
        audit = pred.get("leakage_audit", {})
        if audit.get("status") == "passed" and audit.get("decision") != "pass":
            problems.append(f"{name}: co-signed a model its leakage audit did not pass")
    return problems


def release_global(
    out: Path,
    fed: FedJobSpec,
    fed_envelope: dict[str, Any],
    key: Any,
    bundle_dir: Path,
) -> tuple[dict[str, Any], dict[str, Any], Path | None]:
    """Read the coordinator's result in ``out``; if the run completed and at least
    one site co-signed, write the global bundle to ``bundle_dir`` and verify it.

    Returns (the run's result, the site receipts, the bundle or None).
    """
    import numpy as np

    from custos.ledger._receipt import verify_bundle

    run: dict[str, Any] = json.loads((out / "coordinator.json").read_text())
    receipts: dict[str, Any] = json.loads((out / "site-receipts.json").read_text())
    if run["status"] != "completed" or not receipts:
        return run, receipts, None
    with np.load(out / "global.npz") as npz:
        net = [npz[k] for k in npz.files]
    bundle = write_global_bundle(bundle_dir, fed, fed_envelope, run, net, receipts, key)
    verify_bundle(bundle, key.public_key)
    return run, receipts, bundle
