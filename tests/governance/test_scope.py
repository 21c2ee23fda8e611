"""What leaves for one vendor never discloses another's work: packs, log exports, certificates.

Two vendors train on the same dataset under their own DUAs. The hospital sees
everything; each vendor (and each vendor's subprocessor) receives evidence of
its own processing only, and the shared dataset's budget as a total.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from custos.core import SigningKey
from custos.core._schema import deletion_certificates
from custos.governance._destinations import export_audit_log
from custos.governance._incidents import open_incident
from custos.governance._report import evidence_pack, verify_pack_dir, write_pack
from custos.governance._retention import purge, verify_certificate
from custos.jobs import JobState, sign_spec
from custos.ledger import verify_export
from custos.node import (
    Node,
    add_dua,
    approve_job,
    init_node,
    register_dataset,
    run_job,
    submit_job,
)
from custos.policy import InstitutionalPolicy, IsolationKind
from tests.conftest import EXAMPLES, dump_yaml, load_yaml
from tests.governance._clock import FakeClock
from tests.node.test_jobs import spec_from

pytestmark = pytest.mark.integration

START = datetime(2026, 3, 1, tzinfo=UTC)
END = datetime(2026, 5, 1, tzinfo=UTC)


@dataclass
class Two:
    node: Node
    clock: FakeClock
    work: Path
    acme_jobs: list[str]
    beta_job: str
    beta_incident: str


def _run(node: Node, work: Path, key: SigningKey, vendor: str, nonce: str, seed: int) -> str:
    spec = spec_from(work / vendor, nonce=nonce, training__epochs=5)
    job = submit_job(node, sign_spec(spec, key), expected=spec)
    assert job.state is JobState.PENDING_APPROVAL, job.decision.failures
    approve_job(node, job.id, approver="dr-lee")
    assert run_job(node, job.id, rng_seed=seed).job.state is JobState.RELEASED
    return job.id


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> Iterator[Two]:
    work = tmp_path_factory.mktemp("scope")
    acme, beta = SigningKey.generate(), SigningKey.generate()
    for vendor, key in (("acme", acme), ("beta", beta)):
        folder = work / vendor
        folder.mkdir()
        for name in ("card.yaml", "job.yaml"):
            shutil.copy(EXAMPLES / name, folder / name)
        (folder / "vendor.pub").write_text(key.public_key.to_text() + "\n")
        dua = load_yaml(EXAMPLES / "dua.yaml")
        dua["isolation"]["accepted"] = ["none"]
        dua["leakage_audit"] = {"required": False}
        if vendor == "beta":
            dua["id"] = "beta-wdbc-2026"
            dua["parties"]["vendor"].update(
                id="beta-labs", name="Beta Labs Inc", contact="privacy@beta.invalid"
            )
            dua["subprocessors"] = [
                {"name": "Beta Storage LLC", "purpose": "weights", "location": "US"}
            ]
            job = load_yaml(folder / "job.yaml")
            job.update(vendor="beta-labs", dua="beta-wdbc-2026")
            dump_yaml(job, folder / "job.yaml")
        dump_yaml(dua, folder / "dua.yaml")
    clock = FakeClock(datetime(2026, 3, 2, 9, tzinfo=UTC))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(
            "custos.node._jobs.available_isolation",
            lambda *_: frozenset({IsolationKind.BUBBLEWRAP, IsolationKind.NONE}),
        )
        node = init_node(
            work / "home", clock=clock, policy=InstitutionalPolicy(allow_isolation_none=True)
        )
        shutil.copy(wdbc_csv, work / "wdbc.csv")
        register_dataset(node, "wdbc", work / "wdbc.csv", work / "acme" / "card.yaml")
        add_dua(node, work / "acme" / "dua.yaml")
        add_dua(node, work / "beta" / "dua.yaml")
        a1 = _run(node, work, acme, "acme", "a1", 1)
        clock.now += timedelta(days=1)
        b1 = _run(node, work, beta, "beta", "b1", 2)
        clock.now += timedelta(days=1)
        a2 = _run(node, work, acme, "acme", "a2", 3)
        with node.operation() as conn:
            inc = open_incident(
                node, conn, kind="policy_violation", actor="custodian:dpo", job_id=b1
            )
        # Past the 30-day retention: both vendors' releases are purged together.
        clock.now = datetime(2026, 4, 10, tzinfo=UTC)
        purge(node)
    yield Two(node, clock, work, [a1, a2], b1, inc.id)
    node.close()


def test_a_purge_signs_one_certificate_per_dua(two: Two) -> None:
    node = two.node
    with node.store.read() as conn:
        envelopes = [
            json.loads(r.envelope_json) for r in conn.execute(select(deletion_certificates))
        ]
    assert len(envelopes) == 2
    by_dua = {}
    for env in envelopes:
        cert = verify_certificate(env, node.key.public_key)
        by_dua[cert.predicate["dua"]] = {i["job"] for i in cert.items}
    assert by_dua == {"acme-wdbc-2026": set(two.acme_jobs), "beta-wdbc-2026": {two.beta_job}}


def test_a_vendors_pack_holds_its_own_processing_only(two: Two, tmp_path: Path) -> None:
    node = two.node
    full = evidence_pack(node, START, END)
    assert {j["id"] for j in full["jobs"]} == {*two.acme_jobs, two.beta_job}
    assert full["scope"] == {"whole_node": True, "duas": None}

    written = write_pack(node, START, END, tmp_path / "acme", recipient="acme-ai")
    pack = written.pack
    assert pack["scope"] == {"whole_node": False, "duas": ["acme-wdbc-2026"]}
    assert {j["id"] for j in pack["jobs"]} == set(two.acme_jobs)
    assert [a["dua"] for a in pack["agreements"]] == ["acme-wdbc-2026"]
    assert pack["incidents"] == []
    [cert] = pack["deletions"]["certificates"]
    assert cert["signature_verified"]
    assert {a["job_id"] for a in pack["deletions"]["deleted_artefacts"]} == set(two.acme_jobs)
    # The shared dataset's budget: the same composed total, the other vendor's step unnamed.
    [budget] = pack["budgets"]
    [full_budget] = [b for b in full["budgets"] if b["dua"] == "acme-wdbc-2026"]
    assert budget["spent_at_end"] == full_budget["spent_at_end"]
    assert [p["job_id"] for p in budget["points"]] == [two.acme_jobs[0], None, two.acme_jobs[1]]
    assert budget["points"][1]["other_party"] is True
    # Nothing of the other vendor anywhere in what leaves.
    verify_pack_dir(tmp_path / "acme", node.key.public_key)
    for name in ("pack.json", "pack.html"):
        text = (tmp_path / "acme" / name).read_text()
        for secret in (two.beta_job, "beta-labs", "Beta Labs", "beta-wdbc-2026", two.beta_incident):
            assert secret not in text, (name, secret)


def test_a_subprocessor_sees_the_dua_that_lists_it(two: Two, tmp_path: Path) -> None:
    pack = write_pack(two.node, START, END, tmp_path / "sub", recipient="beta storage llc").pack
    assert pack["scope"]["duas"] == ["beta-wdbc-2026"]
    assert [j["id"] for j in pack["jobs"]] == [two.beta_job]
    assert [i["id"] for i in pack["incidents"]] == [two.beta_incident]
    text = (tmp_path / "sub" / "pack.json").read_text()
    assert not any(job in text for job in two.acme_jobs)
    # The hospital's own pack is the whole node.
    own = write_pack(
        two.node, START, END, tmp_path / "own", recipient="St Example University Hospital"
    ).pack
    assert own["scope"]["whole_node"] and len(own["jobs"]) == 3


def test_a_vendors_log_export_redacts_other_parties_and_still_verifies(
    two: Two, tmp_path: Path
) -> None:
    node = two.node
    out = tmp_path / "acme.jsonl"
    n, destination = export_audit_log(node, out, to="Acme Diagnostics AI Ltd")
    assert destination.role == "vendor"
    report = verify_export(out, node.key.public_key)
    assert report.ok, report.problems
    assert report.entries == n and 0 < report.redacted < n
    text = out.read_text()
    assert two.beta_job not in text and "beta-labs" not in text
    assert all(job in text for job in two.acme_jobs)
    # The hospital's export holds every entry in full.
    full = tmp_path / "full.jsonl"
    export_audit_log(node, full)
    whole = verify_export(full, node.key.public_key)
    assert whole.ok and whole.redacted == 0 and two.beta_job in full.read_text()

    # Tampering with a visible entry, or with a redacted entry's link, is caught.
    lines = text.splitlines()
    visible = next(i for i, line in enumerate(lines) if two.acme_jobs[0] in line)
    edited = lines[visible].replace(two.acme_jobs[0], two.acme_jobs[1])
    (tmp_path / "t1.jsonl").write_text(
        "\n".join([*lines[:visible], edited, *lines[visible + 1 :]]) + "\n"
    )
    assert not verify_export(tmp_path / "t1.jsonl", node.key.public_key).ok
    hidden = next(i for i, line in enumerate(lines) if '"type":"redacted"' in line)
    doc = json.loads(lines[hidden])
    doc["prev"] = "sha256:" + "1" * 64  # (the first entry links to all zeros)
    relinked = json.dumps(doc, separators=(",", ":"))
    (tmp_path / "t2.jsonl").write_text(
        "\n".join([*lines[:hidden], relinked, *lines[hidden + 1 :]]) + "\n"
    )
    broken = verify_export(tmp_path / "t2.jsonl", node.key.public_key)
    assert not broken.ok
    assert any("does not link" in p for p in broken.problems)
