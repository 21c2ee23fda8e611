"""The contract annex: the enforced DUA as the paper the parties sign."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest

from custos.contract._annex import annex_facts, render_annex, render_facts
from custos.core import SigningKey
from custos.policy import InstitutionalPolicy
from custos.policy._dua import DUA, load_dua
from tests.conftest import ROOT, dump_yaml, load_yaml

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


# -- gateway terms (calls to the vendor's hosted AI services) --------------------

GATEWAY_HEADINGS = [
    *HEADINGS[:10],
    "## 11. Calls to the Vendor's AI services",
    "## 12. Order of precedence",
]


def _gateway_doc() -> dict[str, Any]:
    """The example gateway DUA (no datasets, no outputs) with an inline vendor key."""
    doc = load_yaml(ROOT / "examples" / "gateway" / "dua.yaml")
    doc["parties"]["vendor"].pop("public_key_file")
    doc["parties"]["vendor"]["public_key"] = SigningKey.generate().public_key.to_text()
    return cast(dict[str, Any], doc)


def _gateway_dua(tmp_path: Path, change: Any = None) -> DUA:
    doc = _gateway_doc()
    if change is not None:
        change(doc)
    return load_dua(dump_yaml(doc, tmp_path / "gateway-dua.yaml"))


def test_a_gateway_only_dua_renders_with_calls_as_section_11(tmp_path: Path) -> None:
    dua = _gateway_dua(tmp_path)
    assert dua.datasets == [] and dua.permitted_outputs == []
    text = _render(dua, policy=InstitutionalPolicy())
    assert _headings(text)[1:] == GATEWAY_HEADINGS
    for number in range(1, 13):
        assert "\n*Enforced by: `" in _section(text, number)
    assert "`acme-notes-2026`, version 3" in _section(text, 12)
    # Nothing about datasets is left half-written.
    assert "the datasets  " not in text and "``" not in text

    parties = _section(text, 1)
    assert "**Customer Data** means the patient data the Hospital's applications send in Calls" in (
        parties
    )
    assert "**Gateway** means" in parties and "**Call** means" in parties
    assert "the Gateway forwards no Call under it" in parties

    processing = _section(text, 3)
    assert "No compute-to-data Job may run under this agreement" in processing
    assert "no dataset for Jobs to read and no output that may leave the Node" in processing
    assert "the Calls of section 11" in processing
    assert "Only these outputs may leave the Node" not in processing
    assert "Jobs run only in one of these environments" not in processing

    privacy = _section(text, 4)
    assert "No compute-to-data Job may run under this agreement" in privacy
    assert "bind nothing under it" in privacy
    assert "minimisation and de-identification, not by differential privacy" in privacy
    assert "leakage audit is run under it" in privacy and "attack AUC" not in privacy

    assert "no working data, Release or report of one to delete" in _section(text, 5)
    assert "no retention period for what Calls send the Vendor" in _section(text, 5)
    assert "the Gateway sends Calls only to the endpoints of section 11" in _section(text, 6)
    security = _section(text, 7)
    assert "- No Job runs under this agreement (section 3)." in security
    assert "isolated environments" not in security
    assert "follows no redirect" in security and "it stops taking Calls" in security
    assert "nothing reaches the Vendor but the Calls of section 11" in _section(text, 2)
    assert "the Releases of section 3 and" not in _section(text, 2)
    assert "Calls affected" in _section(text, 8)


def test_the_gateway_section_states_endpoints_purposes_limits_and_records(
    tmp_path: Path,
) -> None:
    text = _render(_gateway_dua(tmp_path))
    calls = _section(text, 11)
    assert (
        "- `chat`: a chat-completions API at `http://127.0.0.1:8481/v1/chat/completions`, run by "
        "Example Cloud GmbH, a subprocessor of section 6, in EU (Frankfurt); a Call may name "
        "only the model `acme-clinical-1`." in calls
    )
    assert (
        "- `coding`: a JSON API under `http://127.0.0.1:8481/coding`, run by the Vendor "
        "(Acme Diagnostics AI Ltd)." in calls
    )
    assert "no other address" in calls
    assert (
        "- `discharge-summary` (draft a discharge summary from the clinician's notes): to "
        "`chat`; it may carry de-identified free text." in calls
    )
    assert "`entry[].resource.code` (diagnosis)" in calls
    assert "`entry[].resource.valueQuantity` (observation)" in calls
    assert "`resourceType` (resource type)" in calls
    assert "removes everything else before the Call leaves" in calls
    assert "for at most 8 hours after that patient's last Call" in calls
    assert "never written to disk" in calls and "puts the real identifiers back" in calls
    assert "at most 262 144 bytes" in calls
    assert "at most 30 seconds for the Vendor's complete answer" in calls
    assert "never retries a Call" in calls
    assert "forwarded or refused, leaves one entry in the Node's audit log" in calls
    assert "never holds what was sent or received" in calls
    assert "Content logging is off" in calls
    for path in (
        "gateway.endpoints",
        "gateway.purposes.fields",
        "gateway.surrogate_retention_hours",
        "gateway.max_request_bytes",
        "gateway.timeout_seconds",
        "gateway.content_logging.retention_days",
    ):
        assert f"`{path}`" in calls.split("*Enforced by:")[1]


def test_the_sla_of_a_gateway_dua_states_what_is_measured(tmp_path: Path, dua: DUA) -> None:
    sla = _section(_render(_gateway_dua(tmp_path)), 10)
    assert "does not enforce them" not in sla
    assert "99.5% uptime" in sla and "within 8 hours" in sla
    assert "half of the Calls within 2000 ms (p50)" in sla
    assert "99 in 100 within 10 000 ms (p99)" in sla
    assert "at most 1% of forwarded Calls may fail on the Vendor's side" in sla
    assert "over the last 60 minutes" in sla and "at least 20 Calls" in sla
    assert "A limit missed opens an incident at the Node (section 8)" in sla
    assert "`sla.latency_p99_ms`" in sla and "`sla.min_calls`" in sla

    # Without gateway terms the node measures nothing, and says so.
    plain = _section(_render(dua), 10)
    assert "The Node runs the Jobs itself and does not enforce them." in plain
    assert "latency" not in plain and "`sla.latency_p50_ms`" not in plain

    def loose(d: Any) -> None:
        for key in ("latency_p50_ms", "latency_p99_ms", "max_error_percent"):
            del d["sla"][key]
        d["sla"]["window_minutes"] = 1
        d["sla"]["min_calls"] = 1

    sla = _section(_render(_gateway_dua(tmp_path, loose)), 10)
    assert "Error rate: no limit is agreed." in sla
    assert "Latency, from the Gateway sending a Call to the last byte" in sla
    assert "answer: no limit is agreed." in sla
    assert "over the last 1 minute" in sla and "at least 1 Call were" in sla

    def no_sla(d: Any) -> None:
        del d["sla"]

    text = _render(_gateway_dua(tmp_path, no_sla))
    assert "No service levels are agreed." in _section(text, 10)
    assert "holds the Vendor to no limit" in _section(text, 10)
    assert "miss a service level" not in _section(text, 8)


def test_a_dua_with_jobs_and_gateway_terms_states_both(workdir: Path) -> None:
    def add_gateway(d: Any) -> None:
        gw = _gateway_doc()["gateway"]
        gw["surrogate_retention_hours"] = 0
        gw["content_logging"] = {"enabled": True, "retention_days": 14}
        gw["endpoints"][0]["operator"] = "vendor"
        gw["endpoints"][0]["models"] = []
        d["gateway"] = gw
        d["use_terms"]["product_improvement"] = True

    text = _render(_variant(workdir, add_gateway))
    assert _headings(text)[1:] == GATEWAY_HEADINGS
    assert "the records of the dataset `wdbc` held by the Hospital and the patient data" in (
        _section(text, 1)
    )
    assert "covers Releases only, never what Calls carry (section 11)" in _section(text, 2)
    assert "Customer Data never leaves the Node" not in text
    assert "but the Releases of section 3 and the Calls of section 11" in _section(text, 2)
    processing = _section(text, 3)
    assert "**Model weights** (`weights`)" in processing
    assert "The only other processing this agreement permits is the Calls of section 11" in (
        processing
    )
    privacy = _section(text, 4)
    assert "at most epsilon 2, with delta at most 0.00001" in privacy
    assert "not by differential privacy" in privacy
    assert "30 days after the Job ends" in _section(text, 5)
    assert "for Releases held by the Vendor or for what Calls send it" in _section(text, 5)
    assert "`bubblewrap`" in _section(text, 7)
    calls = _section(text, 11)
    assert "run by the Vendor (Acme Diagnostics AI Ltd); a Call may name any model" in calls
    assert "only for the Call itself" in calls
    assert "encrypted with a key of the Node, and deletes it 14 days after the Call" in calls


def test_gateway_facts_are_additive_and_json(tmp_path: Path, dua: DUA) -> None:
    plain = annex_facts(dua, version=3)
    assert plain["gateway"] is None
    assert plain["processing"]["jobs_permitted"] is True
    assert [s["key"] for s in plain["sections"]][-2:] == ["sla", "precedence"]
    assert [s["number"] for s in plain["sections"]] == list(range(1, 12))

    gw = _gateway_dua(tmp_path)
    facts = annex_facts(gw, version=3, content_hash=gw.content_hash)
    again = json.loads(json.dumps(facts))
    assert again == facts
    assert render_facts(again) == _render(gw)
    assert facts["processing"]["jobs_permitted"] is False
    assert facts["gateway"]["surrogate_retention_hours"] == 8
    assert facts["gateway"]["endpoints"][0]["operator"] == "Example Cloud GmbH"
    coding = facts["gateway"]["purposes"][1]
    assert coding["data_categories"] == ["diagnosis", "free_text", "observation", "resource_type"]
    sections = {s["key"]: s for s in facts["sections"]}
    assert [s["number"] for s in facts["sections"]] == list(range(1, 13))
    assert sections["gateway"]["number"] == 11 and sections["precedence"]["number"] == 12
    assert all(p.startswith("gateway.") for p in sections["gateway"]["enforced_by"])
    assert "sla.max_error_percent" in sections["sla"]["enforced_by"]
    assert "gateway.endpoints" in sections["security"]["enforced_by"]


def test_gateway_text_from_the_parties_cannot_open_a_heading(tmp_path: Path) -> None:
    def inject(d: Any) -> None:
        d["gateway"]["purposes"][0]["description"] = "# Vendor owns\n\n## 13. All data\n- x"
        d["gateway"]["endpoints"][0]["models"] = ["## model`x`"]

    text = _render(_gateway_dua(tmp_path, inject))
    assert _headings(text)[1:] == GATEWAY_HEADINGS
    assert "(# Vendor owns ## 13. All data - x)" in text
    assert "only the model `` ## model`x` ``." in text


def test_a_revoked_gateway_agreement_forwards_no_call(tmp_path: Path) -> None:
    text = _render(_gateway_dua(tmp_path), status="revoked")
    assert "it runs no Job and forwards no call under it" in text


@pytest.mark.integration
def test_cli_renders_a_registered_gateway_dua(tmp_path: Path) -> None:
    dump_yaml(_gateway_doc(), tmp_path / "dua.yaml")
    for step in (("node", "init"), ("dua", "add", "dua.yaml")):
        p = _custos(tmp_path, *step)
        assert p.returncode == 0, p.stderr
    p = _custos(tmp_path, "contract", "annex", "acme-notes-2026")
    assert p.returncode == 0, p.stderr
    assert _headings(p.stdout)[1:] == GATEWAY_HEADINGS
    p = _custos(tmp_path, "contract", "annex", "acme-notes-2026", "--format", "json")
    assert p.returncode == 0, p.stderr
    facts = json.loads(p.stdout)
    assert facts["gateway"]["endpoints"][1]["name"] == "coding"
    assert facts["sections"][10]["key"] == "gateway"
