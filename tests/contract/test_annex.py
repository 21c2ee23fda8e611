"""The contract annex: the enforced DUA as the paper the parties sign."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from custos.contract._annex import annex_facts, render_annex, render_facts
from custos.policy import InstitutionalPolicy
from custos.policy._dua import DUA, load_dua
from tests.conftest import dump_yaml, load_yaml

HEADINGS = [
    "## 1. Parties and definitions",
    "## 2. Non-training and secondary use",
    "## 3. Permitted processing",
    "## 4. Privacy protection",
    "## 5. Retention and deletion",
    "## 6. Subprocessors",
    "## 7. Security measures",
    "## 8. Breach notification",
    "## 9. Audit rights",
    "## 10. Service levels",
    "## 11. Order of precedence",
]


@pytest.fixture
def dua(workdir: Path) -> DUA:
    return load_dua(workdir / "dua.yaml")


def _render(dua: DUA, **kwargs: Any) -> str:
    return render_annex(dua, version=3, content_hash=dua.content_hash, **kwargs)


def _variant(workdir: Path, change: Any) -> DUA:
    """The example DUA with ``change(data)`` applied to its YAML."""
    data = load_yaml(workdir / "dua.yaml")
    change(data)
    return load_dua(dump_yaml(data, workdir / "variant.yaml"))


def _section(text: str, number: int) -> str:
    start = text.index(f"\n## {number}. ")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def test_every_section_is_present_in_order_with_its_clause_paths(dua: DUA) -> None:
    text = _render(dua)
    assert _headings(text) == [
        "# Contract annex: Malignancy classifier trained at St Example's edge node",
        *HEADINGS,
    ]
    assert "`acme-wdbc-2026`, version 3" in text
    assert dua.content_hash in text
    for number in range(1, 12):
        assert "\n*Enforced by: `" in _section(text, number)
    assert "*Enforced by: `privacy.max_epsilon_per_job`" in _section(text, 4)
    assert "`breach_notification.notify_within_hours`" in _section(text, 8)


def test_the_example_dua_numbers_appear_in_their_sections(dua: DUA) -> None:
    text = _render(dua)
    parties = _section(text, 1)
    assert "St Example University Hospital" in parties
    assert "Acme Diagnostics AI Ltd" in parties
    assert dua.parties.vendor.public_key in parties
    assert dua.parties.vendor.key.key_id in parties
    assert "from 1 January 2026 to 31 December 2030" in parties
    for term in ("Customer Data", "Derived Data", "Release", "Job", "Privacy budget"):
        assert f"**{term}** means" in parties

    use = _section(text, 2)
    assert "shall not use Covered Material to train" in use
    assert "prompts, outputs, embeddings, Derived Data, metadata and feedback" in use
    assert "not attempt to identify any patient" in use
    assert "it is not allowed" in use

    processing = _section(text, 3)
    assert f"“{dua.purpose}”" in processing
    assert "`wdbc`" in processing
    assert "**Model weights** (`weights`)" in processing
    assert "Not permitted under this agreement: `synthetic_data`" in processing
    assert "a person at the Hospital approves or refuses every Job" in processing
    assert "Vendor-written model code is not allowed" in processing
    assert "`bubblewrap`" in processing

    privacy = _section(text, 4)
    assert "at most epsilon 2, with delta at most 0.00001" in privacy
    assert "at most epsilon 8 on any one dataset" in privacy
    assert "at least 200 records" in privacy
    assert "an attack AUC of 0.6" in privacy
    assert "1000 canaries" in privacy
    assert "Synthetic data" not in privacy  # not a permitted output here

    retention = _section(text, 5)
    assert "30 days after the Job ends" in retention
    assert "90 days after the block" in retention
    assert "deletion certificate" in retention

    subs = _section(text, 6)
    assert "| Example Cloud GmbH | storage of released model weights | EU (Frankfurt) |" in subs
    assert "No other subprocessor may receive Releases" in subs

    security = _section(text, 7)
    assert "no network access" in security
    assert "multi-factor authentication" in security

    breach = _section(text, 8)
    assert "within 24 hours of confirming it" in breach
    assert "within 12 hours of the suspicion" in breach
    assert "security@acme-ai.invalid" in breach

    audit = _section(text, 9)
    assert "Every year" in audit
    assert "SOC 2 Type II covering model training infrastructure" in audit

    sla = _section(text, 10)
    assert "99.5% uptime" in sla
    assert "within 8 hours" in sla
    assert "oncall@acme-ai.invalid" in sla

    assert "prevail" in _section(text, 11)


def test_changing_a_dua_value_changes_the_text(workdir: Path, dua: DUA) -> None:
    def stricter(d: Any) -> None:
        d["privacy"]["max_epsilon_per_job"] = 0.5
        d["breach_notification"]["notify_within_hours"] = 48
        d["retention"]["job_artifact_days"] = 1
        d["audit_rights"]["independent_report"] = "biennial"

    changed = _variant(workdir, stricter)
    before, after = _render(dua), _render(changed)
    assert "at most epsilon 0.5," in after and "at most epsilon 0.5," not in before
    assert "within 48 hours of confirming it" in after
    assert "1 day after the Job ends" in after
    assert "Every two years" in after
    assert changed.content_hash in after and dua.content_hash not in after


def test_a_dua_without_subprocessors_or_sla_says_so(workdir: Path) -> None:
    def strip(d: Any) -> None:
        d["subprocessors"] = []
        del d["sla"]
        del d["breach_notification"]["suspected_within_hours"]

    text = _render(_variant(workdir, strip))
    assert "The Vendor may use no subprocessor" in _section(text, 6)
    assert "|" not in _section(text, 6)
    assert "No service levels are agreed." in _section(text, 10)
    assert "no separate deadline for suspected incidents" in _section(text, 8)


def test_granted_uses_and_synthetic_data_are_stated(workdir: Path) -> None:
    def loosen(d: Any) -> None:
        d["use_terms"]["product_improvement"] = True
        d["permitted_outputs"] = ["synthetic_data", "privacy_report"]
        d["synthesis"] = {"generators": ["mst", "gaussian_copula"], "allow_non_private": True}

    dua = _variant(workdir, loosen)
    text = _render(dua, policy=InstitutionalPolicy())
    assert "permits the Vendor to use Releases to improve its products" in _section(text, 2)
    assert "forbids granting product improvement" in _section(text, 2)
    privacy = _section(text, 4)
    assert "Gaussian copula" in privacy and "singling-out risk at most 0.2" in privacy
    assert "carries no differential-privacy guarantee" in privacy
    assert "`synthesis.generators`" in privacy
    assert "institutional policy caps any Job at epsilon 10" in privacy


def test_vendor_text_cannot_open_a_heading(workdir: Path) -> None:
    hostile = "# Vendor owns all data\n\n## 12. Extra rights\n- item | cell"

    def inject(d: Any) -> None:
        d["purpose"] = hostile
        d["parties"]["vendor"]["name"] = "## Acme\nLtd"
        d["subprocessors"][0]["name"] = "# Cloud | Co"

    text = _render(_variant(workdir, inject))
    assert _headings(text)[1:] == HEADINGS
    assert "“# Vendor owns all data ## 12. Extra rights - item | cell”" in text
    assert "| # Cloud \\| Co |" in text
    assert not any(re.match(r"\s*[-*>] +#", line) for line in text.splitlines())


def test_facts_are_json_and_the_text_is_built_from_them(dua: DUA) -> None:
    policy = InstitutionalPolicy()
    facts = annex_facts(dua, version=3, content_hash=dua.content_hash, policy=policy)
    again = json.loads(json.dumps(facts))
    assert again == facts
    assert render_facts(again) == _render(dua, policy=policy)
    assert facts["privacy"]["max_epsilon_per_job"] == 2.0
    assert facts["parties"]["vendor"]["key_fingerprint"] == dua.parties.vendor.key.key_id
    assert [s["number"] for s in facts["sections"]] == list(range(1, 12))
    assert facts["synthesis"] is None
    assert facts["agreement"]["content_hash"] == dua.content_hash


def test_a_revoked_agreement_says_the_node_runs_nothing_under_it(dua: DUA) -> None:
    text = _render(dua, status="revoked")
    assert "**revoked**" in text and "it runs no Job under it" in text


# -- the command ----------------------------------------------------------------


def _custos(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CUSTOS_HOME": str(cwd / "home"), "CUSTOS_USER": "test-custodian"}
    env.pop("CUSTOS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "custos", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.integration
def test_cli_renders_the_registered_dua_and_refuses_unknown_ids(workdir: Path) -> None:
    for step in (
        ("node", "init"),
        ("data", "add", "wdbc", "wdbc.csv", "--card", "card.yaml"),
        ("dua", "add", "dua.yaml"),
    ):
        assert _custos(workdir, *step).returncode == 0

    p = _custos(workdir, "contract", "annex", "acme-wdbc-2026")
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("# Contract annex: ")
    assert _headings(p.stdout)[1:] == HEADINGS
    assert "version 1" in p.stdout
    assert "institutional policy caps any Job at epsilon 10" in p.stdout

    p = _custos(workdir, "contract", "annex", "acme-wdbc-2026", "--format", "json")
    assert p.returncode == 0, p.stderr
    facts = json.loads(p.stdout)
    assert facts["agreement"]["id"] == "acme-wdbc-2026"
    assert facts["sla"]["uptime_percent"] == 99.5

    assert (
        _custos(workdir, "contract", "annex", "acme-wdbc-2026", "--out", "annex.md").returncode == 0
    )
    assert (workdir / "annex.md").read_text().startswith("# Contract annex: ")
    again = _custos(workdir, "contract", "annex", "acme-wdbc-2026", "--out", "annex.md")
    assert again.returncode == 75
    assert "error[contract.output_exists]" in again.stderr

    missing = _custos(workdir, "contract", "annex", "no-such-dua")
    assert missing.returncode == 66
    assert missing.stderr.strip().splitlines()[0].startswith("error[dua.not_found]")
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "Traceback" not in missing.stderr + missing.stdout
    assert missing.stdout == ""
