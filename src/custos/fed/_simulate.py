"""``custos fed simulate``: a whole federation on one machine, in one command.

It does what each party would do, with real nodes: a vendor key signs the
federation job; for every site a node home is initialised, the site's share
of the data (IID or label-skewed) is registered with its data card, the
site's DUA (the template, named for the site, with the vendor's key) is
added, the site joins the federation and its custodian approves (unless the
site is told to decline). Then Flower's simulation runtime runs the
coordinator and one ClientApp per site, and the global bundle is written and
verified. Each site keeps its own audit log, budget ledger and receipt.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from custos.core._errors import InvalidInput
from custos.core._keys import SigningKey
from custos.fed._spec import FedJobSpec, sign_fed

Partition = Literal["iid", "label-skew"]


@dataclass
class SimulationReport:
    bundle: Path | None
    status: str
    sites: dict[str, dict[str, Any]] = field(default_factory=dict)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    accuracy: float | None = None
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "bundle": str(self.bundle) if self.bundle else None,
            "status": self.status,
            "sites": self.sites,
            "rounds": self.rounds,
            "accuracy": self.accuracy,
            "seconds": round(self.seconds, 2),
        }


def partition_rows(
    y: np.ndarray, sites: int, how: Partition, seed: int, alpha: float = 0.5
) -> list[np.ndarray]:
    """Row indices per site: IID (a shuffled even split) or label skew.

    Label skew: each class is spread over the sites by Dirichlet(alpha)
    proportions (the usual non-IID benchmark); every site keeps at least a
    few rows of each class so that its share can train and be audited.
    """
    rng = np.random.default_rng(seed)
    n = len(y)
    if how == "iid":
        return [np.sort(p) for p in np.array_split(rng.permutation(n), sites)]
    parts: list[list[int]] = [[] for _ in range(sites)]
    for label in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == label))
        floor = min(5, len(idx) // sites)
        for s in range(sites):
            parts[s] += idx[s * floor : (s + 1) * floor].tolist()
        rest = idx[sites * floor :]
        shares = rng.dirichlet([alpha] * sites)
        cuts = (np.cumsum(shares)[:-1] * len(rest)).astype(int)
        for s, chunk in enumerate(np.split(rest, cuts)):
            parts[s] += chunk.tolist()
    return [np.sort(np.asarray(p, dtype=np.int64)) for p in parts]


def _site_dua(template: dict[str, Any], site: Any, vendor_pub: str, rows: int) -> dict[str, Any]:
    dua: dict[str, Any] = copy.deepcopy(template)
    dua["id"] = site.dua
    dua["datasets"] = [site.dataset]
    dua["parties"]["vendor"].pop("public_key_file", None)
    dua["parties"]["vendor"]["public_key"] = vendor_pub
    # A simulated site holds a fraction of the rows: the cohort floors follow
    # the partition so that the simulation can run (the report says so).
    priv = dua["privacy"]
    priv["min_cohort_size"] = min(int(priv.get("min_cohort_size", rows)), rows)
    audit = dua.get("leakage_audit", {})
    if audit.get("required", True):
        audit["min_non_members"] = min(int(audit.get("min_non_members", 50)), 10)
        dua["leakage_audit"] = audit
    return dua


@dataclass
class PreparedSites:
    """Sites set up for a federation: node homes, data shares, DUAs, joins, decisions."""

    envelope: dict[str, Any]
    vendor: SigningKey
    homes: dict[str, list[str]]  # partition id -> [node home, site name]
    approved: list[str]
    sites: dict[str, dict[str, Any]]


def prepare_sites(
    fed: FedJobSpec,
    *,
    data: Path,
    card: Path,
    dua_template: Path,
    workdir: Path,
    partition: Partition = "iid",
    seed: int = 0,
    decline: tuple[str, ...] = (),
    isolation_none: bool = False,
    on_phase: Callable[[str], None] | None = None,
) -> PreparedSites:
    """Do what every party does before a federation runs, for each site in ``fed``.

    A fresh vendor key signs the job; each site gets a node home under
    ``workdir/sites/SITE/home`` with its share of ``data`` registered, its DUA
    (the template, named for the site, trusting the vendor key), joins and
    is approved by its custodian unless it is in ``decline``. Used by the
    simulation and by deployment tests and demos.
    """
    import pandas as pd
    import yaml

    from custos.core._config import load_settings
    from custos.fed._site import join_federation
    from custos.node import add_dua, approve_job, init_node, register_dataset
    from custos.node._node import open_node
    from custos.policy import InstitutionalPolicy

    if workdir.exists() and any(workdir.iterdir()):
        raise InvalidInput(f"{workdir} is not empty", code="fed.workdir_not_empty")
    workdir.mkdir(parents=True, exist_ok=True)
    table = pd.read_csv(data)
    card_doc = yaml.safe_load(card.read_text())
    target = fed.task.target
    if target not in table.columns:
        raise InvalidInput(f"the data has no column '{target}'", code="target.missing")
    labels = table[target].astype(str).to_numpy()
    parts = partition_rows(labels, len(fed.sites), partition, seed)
    vendor = SigningKey.generate()
    envelope = sign_fed(fed, vendor)
    template = yaml.safe_load(dua_template.read_text())
    homes: dict[str, list[str]] = {}
    sites: dict[str, dict[str, Any]] = {}
    approved: list[str] = []
    for i, (site, rows) in enumerate(zip(fed.sites, parts, strict=True)):
        if on_phase is not None:
            on_phase(f"site {site.site}: node, data ({len(rows)} rows), DUA, join, approval")
        sdir = workdir / "sites" / site.site
        sdir.mkdir(parents=True)
        home = sdir / "home"
        node = init_node(home, name=f"{site.site} (simulated)")
        if isolation_none:
            (home / "policy.yaml").write_text(
                yaml.safe_dump(
                    InstitutionalPolicy(allow_isolation_none=True).model_dump(mode="json")
                )
            )
        table.iloc[rows].to_csv(sdir / "data.csv", index=False)
        (sdir / "card.yaml").write_text(yaml.safe_dump(card_doc, sort_keys=False))
        dua = _site_dua(template, site, vendor.public_key.to_text(), len(rows))
        if isolation_none:
            dua["isolation"] = {"accepted": ["none"]}
        (sdir / "dua.yaml").write_text(yaml.safe_dump(dua, sort_keys=False))
        node.close()
        node = open_node(load_settings(home=home))
        try:
            register_dataset(node, site.dataset, sdir / "data.csv", sdir / "card.yaml")
            add_dua(node, sdir / "dua.yaml")
            job = join_federation(node, envelope, site.site)
            state = job.state.value
            if site.site not in decline and state == "PENDING_APPROVAL":
                state = approve_job(node, job.id, approver=f"custodian@{site.site}").state.value
            if state == "APPROVED":
                approved.append(site.site)
            sites[site.site] = {"rows": len(rows), "job": job.id, "state": state}
        finally:
            node.close()
        homes[str(i)] = [str(home), site.site]
    (workdir / "fedjob.dsse.json").write_text(json.dumps(envelope, indent=2) + "\n")
    return PreparedSites(envelope, vendor, homes, approved, sites)


def simulate(
    fed: FedJobSpec,
    *,
    data: Path,
    card: Path,
    dua_template: Path,
    workdir: Path,
    partition: Partition = "iid",
    seed: int = 0,
    decline: tuple[str, ...] = (),
    isolation_none: bool = False,
    on_phase: Callable[[str], None] | None = None,
    before_run: Callable[[Path], None] | None = None,
) -> SimulationReport:
    """Set up every site, run the federation on Flower's simulation runtime, release.

    ``before_run`` is called with ``workdir`` once the sites are set up and
    approved, before the coordinator starts (tests use it to break a site).
    """
    import time

    from custos.core._config import load_settings
    from custos.fed._bundle import release_global
    from custos.fed._flower import ENV_FED_HASH, ENV_SITES, make_client_app, make_server_app
    from custos.node._node import open_node

    def phase(text: str) -> None:
        if on_phase is not None:
            on_phase(text)

    t0 = time.perf_counter()
    prepared = prepare_sites(
        fed,
        data=data,
        card=card,
        dua_template=dua_template,
        workdir=workdir,
        partition=partition,
        seed=seed,
        decline=decline,
        isolation_none=isolation_none,
        on_phase=on_phase,
    )
    envelope, homes, approved = prepared.envelope, prepared.homes, prepared.approved
    report = SimulationReport(bundle=None, status="not run", sites=prepared.sites)
    if len(approved) < fed.min_sites:
        report.status = (
            f"not started: {len(approved)} sites approved, the job needs {fed.min_sites}"
        )
        return report
    if before_run is not None:
        before_run(workdir)
    phase(f"federation: {len(approved)} approved sites, {fed.rounds} rounds, SecAgg+")
    out = workdir / "coordinator"
    saved = {k: os.environ.get(k) for k in (ENV_SITES, ENV_FED_HASH)}
    os.environ[ENV_SITES] = json.dumps(homes)
    os.environ[ENV_FED_HASH] = fed.fed_hash
    from flwr.simulation import run_simulation

    try:
        run_simulation(
            server_app=make_server_app(fed.to_json(), approved, out),
            client_app=make_client_app(),
            num_supernodes=len(fed.sites),
            backend_config={
                "client_resources": {"num_cpus": 1, "num_gpus": 0.0},
                "init_args": {
                    "num_cpus": max(1, min(os.cpu_count() or 1, 4)),
                    "include_dashboard": False,
                },
            },
        )
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    if not (out / "coordinator.json").exists():
        report.status = "failed: the coordinator ended without a result"
        _settle_open_shares(fed, homes, report)
        report.seconds = time.perf_counter() - t0
        return report
    coordinator = SigningKey.generate()
    coordinator.save(workdir / "coordinator.key")
    (workdir / "coordinator.pub").write_text(coordinator.public_key.to_text() + "\n")
    phase("coordinator: the result, and the global bundle if sites co-signed")
    run, receipts, bundle = release_global(out, fed, envelope, coordinator, workdir / "bundle")
    report.status = run["status"]
    report.rounds = run["rounds"]
    report.bundle = bundle
    _settle_open_shares(fed, homes, report)
    site_home = {name: Path(home) for home, name in homes.values()}
    for name, info in report.sites.items():
        node = open_node(load_settings(home=site_home[name]))
        try:
            from custos.node import get_job

            info["state"] = get_job(node, info["job"]).state.value
            pred = _site_predicate(receipts.get(name))
            if pred is not None:
                info["epsilon"] = pred["privacy"]["epsilon_spent"]
                info["validation_accuracy"] = pred["validation"]["accuracy"]
        finally:
            node.close()
    if bundle is not None:
        accs = [
            (info["validation_accuracy"], info["rows"])
            for info in report.sites.values()
            if "validation_accuracy" in info
        ]
        if accs:
            report.accuracy = sum(a * n for a, n in accs) / sum(n for _, n in accs)
    shutil.rmtree(out / "tmp", ignore_errors=True)
    report.seconds = time.perf_counter() - t0
    return report


def _settle_open_shares(
    fed: FedJobSpec, homes: dict[str, list[str]], report: SimulationReport
) -> None:
    """The federation is over: settle every share it left open.

    A share still APPROVED, RUNNING or AUDITING when the coordinator returns
    (the run stopped before its finish step, or the site missed the stop
    message) would keep its budget reserved for good. simulate stands in for
    every site's custodian, so it does what ``custos fed leave`` does at a real
    site, through the same code the stop message runs.
    """
    from custos.fed._site import settle_open_share

    reason = f"the federation ended ({report.status}) before this share finished"
    for home, name in homes.values():
        state = settle_open_share(Path(home), fed.fed_hash, name, actor="simulate", reason=reason)
        report.sites[name]["state"] = state


def _site_predicate(envelope: Any) -> dict[str, Any] | None:
    if envelope is None:
        return None
    from custos.fed._bundle import _site_statement

    stmt, _ = _site_statement(envelope)
    pred = stmt["predicate"]
    return pred if isinstance(pred, dict) else None
