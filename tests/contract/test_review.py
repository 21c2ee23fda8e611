"""Contract review and comparison with the DUA (#11): ratings, red flags, terms, mismatches."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from custos.contract._classify import load_passages
from custos.contract._compare import compare
from custos.contract._read import read_contract
from custos.contract._render import compare_markdown, review_markdown
from custos.contract._review import review_document
from custos.contract._terms import durations, frequency, to_hours, uptime
from custos.policy import load_dua

STRONG = """# Data Processing Terms

## 1. Use of Customer Data

Vendor shall not use Customer Data, prompts, outputs, embeddings, derived data, metadata
or feedback to train, fine-tune, evaluate or distill any machine learning model, or to
improve any product, unless Customer has signed a separate written authorisation naming
the dataset and the purpose.

Vendor shall process Customer Data solely to provide the Services to Customer, and shall
not sell, disclose or combine Customer Data with other data.

## 2. Records

Vendor keeps Inputs and Outputs for a maximum of 30 days. Within 30 days of termination
Vendor will destroy all Customer Data wherever held, including backups and replicas, and
will send Customer a certificate of destruction.

## 3. Subprocessors

Annex 3 lists each Subprocessor. Supplier will not add or replace a Subprocessor without
30 days' prior notice and an opportunity for Customer to object.

## 4. Information Security

Vendor encrypts Customer Data at rest with AES-256 and in transit with TLS 1.2 or later,
requires multi-factor authentication, applies least-privilege role-based access, and logs
and monitors all access.

## 5. Security Incidents

Vendor shall notify Customer within 24 hours after confirming a Security Incident, stating
the nature of the incident, the categories of data affected, the containment measures
taken and a contact for further information.

## 6. Audit

Vendor shall provide an independent SOC 2 Type II report annually, and Customer may audit
Vendor following a material incident.

## 7. Service Levels

Vendor commits to 99.9% monthly uptime and will respond to critical tickets within one hour,
with escalation contacts named in Schedule 2.
"""

WEAK = """# Master Services Agreement

1. Provider will not use Client Data for model training, but Provider may use Client Data
to improve and develop its services.

2. Provider retains Client Data for as long as necessary for its business purposes.

3. Provider may engage or replace subprocessors at any time without notice.

4. Provider maintains industry-standard security measures.

5. Provider will notify Client of a security breach without undue delay.

6. Payment is due within 30 days of invoice. Either party may terminate for material
breach on 60 days' notice.
"""


def _file(tmp_path: Path, text: str, name: str = "contract.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_strong_contract_is_strong_in_every_area_with_its_terms(tmp_path: Path) -> None:
    review = review_document(read_contract(_file(tmp_path, STRONG)))
    assert review.ratings == {
        "non_training": "strong",
        "data_use": "strong",
        "retention": "strong",
        "subprocessors": "strong",
        "security": "strong",
        "breach_notification": "strong",
        "audit_rights": "strong",
        "sla": "strong",
    }
    assert review.red_flags == []
    assert review.terms == {
        "retention_days": 30,
        "notification_hours": 24,
        "audit_frequency": "annual",
        "uptime_percent": 99.9,
        "support_response_hours": 1,
    }
    assert review.checklist() == []
    # Every rating rests on passages with their locations.
    breach = next(a for a in review.areas if a.area.value == "breach_notification")
    assert breach.passages[0].location.startswith("section 5")


def test_red_flags_are_found_quoted_and_located_and_the_checklist_puts_red_lines_first(
    tmp_path: Path,
) -> None:
    review = review_document(read_contract(_file(tmp_path, WEAK)))
    codes = {f.code for f in review.red_flags}
    assert {
        "non_training.improvement_carveout",
        "retention.as_long_as_necessary",
        "subprocessors.change_at_will",
        "security.industry_standard",
        "breach.undue_delay_only",
    } <= codes
    # "within 30 days of invoice" and "60 days' notice" are not breach or retention terms.
    assert "notification_hours" not in review.terms
    flag = next(f for f in review.red_flags if f.code == "breach.undue_delay_only")
    assert flag.matched.lower() == "without undue delay"
    assert "paragraph" in flag.location
    ratings = review.ratings
    assert ratings["breach_notification"] == "weak"
    assert ratings["audit_rights"] == "missing"
    tiers = [i["tier"] for i in review.checklist()]
    assert tiers == sorted(tiers, key=["red_line", "flexible", "convenience"].index)
    assert {i["area"] for i in review.checklist()} == {
        a for a, r in ratings.items() if r != "strong"
    }


def test_the_markdown_report_cannot_be_broken_by_the_contract_text(tmp_path: Path) -> None:
    hostile = WEAK + "\n7. Vendor | may | audit <script>alert(1)</script> at its sole discretion.\n"
    review = review_document(read_contract(_file(tmp_path, hostile)))
    md = review_markdown(review)
    assert "<script>" not in md
    for line in md.splitlines():
        if line.startswith("| ") and "Audit rights" in line:
            assert line.count(" | ") == 4  # the five columns survive the quoted text
    assert json.loads(json.dumps(review.to_dict()))["format"] == "custos.contract_review/v1"


def test_terms_read_words_digits_and_business_days() -> None:
    (q,) = durations("within seventy-two (72) hours of confirmation")
    assert to_hours(q) == 72
    (q,) = durations("within two business days")
    assert (to_hours(q), q.business) == (48, True)
    assert uptime("99.95 per cent availability") == 99.95
    assert uptime("section 12% interest") is None
    assert frequency("once per calendar year") == "annual"
    assert frequency("every two years") == "biennial"


def test_dev_passages_with_a_red_flag_raise_it_when_reviewed_alone() -> None:
    """The rules were written on the dev half: each dev red-flag passage, reviewed as
    its own document, raises its labelled flag (the held-out half is measured in
    bench/contract_review.py, not here)."""
    from custos.contract._read import Passage
    from custos.contract._review import review_passages

    rows = [r for r in load_passages("dev") if r["red_flags"]]
    missed = []
    for r in rows:
        p = Passage(index=0, text=r["text"], location="p", heading=None, page=None, line=None)
        got = {f.code for f in review_passages([p]).red_flags}
        if not set(r["red_flags"]) <= got:
            missed.append(r["id"])
    assert len(missed) <= len(rows) // 10, missed


# ---------------------------------------------------------------------------
# against the DUA


@pytest.fixture
def dua(workdir: Path) -> Any:
    return load_dua(workdir / "dua.yaml")


def test_compare_lists_every_way_the_contract_allows_more_than_the_dua(
    tmp_path: Path, dua: Any
) -> None:
    text = (
        STRONG.replace("maximum of 30 days", "maximum of 90 days")
        .replace("Within 30 days of termination", "Within 90 days of termination")
        .replace("within 24 hours", "within 72 hours")
        .replace(
            "Annex 3 lists each Subprocessor.",
            "Annex 3 lists each Subprocessor, currently Nimbus Hosting Ltd.",
        )
    )
    doc = read_contract(_file(tmp_path, text))
    review = review_document(doc)
    found = {(m.clause, m.contract) for m in compare(review, list(doc.passages), dua)}
    assert ("retention.job_artifact_days", "90 days' retention") in found
    assert ("breach_notification.notify_within_hours", "notice within 72 hours") in found
    assert ("subprocessors", "subprocessor 'Nimbus Hosting Ltd'") in found
    # The example DUA's service levels (99.5 %, 8 h) are met by 99.9 % and 1 h.
    assert not any(clause.startswith("sla.") for clause, _ in found)


def test_the_same_contract_as_the_dua_has_no_conflict(tmp_path: Path, dua: Any) -> None:
    text = STRONG.replace(
        "Annex 3 lists each Subprocessor.",
        "Annex 3 lists each Subprocessor, currently Example Cloud GmbH.",
    )
    doc = read_contract(_file(tmp_path, text))
    mismatches = compare(review_document(doc), list(doc.passages), dua)
    assert [m for m in mismatches if m.severity == "conflict"] == []


def test_a_weak_contract_conflicts_on_purpose_retention_breach_and_subprocessors(
    tmp_path: Path, dua: Any
) -> None:
    doc = read_contract(_file(tmp_path, WEAK))
    review = review_document(doc)
    mismatches = compare(review, list(doc.passages), dua)
    clauses = {m.clause for m in mismatches if m.severity == "conflict"}
    assert {
        "retention.job_artifact_days",
        "breach_notification.notify_within_hours",
        "subprocessors",
        "use_terms.product_improvement",
    } <= clauses
    md = compare_markdown(review, mismatches, dua_id=dua.id, dua_version=1)
    assert "`use_terms.product_improvement`" in md


# ---------------------------------------------------------------------------
# the command


def _custos(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CUSTOS_HOME": str(cwd / "home"), "CUSTOS_USER": "dpo", "COLUMNS": "200"}
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
def test_review_and_compare_on_the_command_line(workdir: Path) -> None:
    _file(workdir, WEAK, "vendor.md")
    p = _custos(workdir, "contract", "review", "vendor.md")
    assert p.returncode == 0, p.stderr
    assert "# Contract review: vendor.md" in p.stdout and "Negotiation checklist" in p.stdout
    p = _custos(workdir, "contract", "review", "vendor.md", "--format", "json")
    assert json.loads(p.stdout)["ratings"]["audit_rights"] == "missing"
    p = _custos(workdir, "contract", "review", "missing.pdf")
    assert p.returncode != 0 and "error[contract." in p.stderr and "Traceback" not in p.stderr
    (workdir / "fake.pdf").write_text("this is not a pdf")
    p = _custos(workdir, "contract", "review", "fake.pdf")
    assert p.returncode == 65 and "Traceback" not in p.stderr + p.stdout

    assert _custos(workdir, "node", "init").returncode == 0
    p = _custos(workdir, "data", "add", "wdbc", "wdbc.csv", "--card", "card.yaml")
    assert p.returncode == 0, p.stderr
    assert _custos(workdir, "dua", "add", "dua.yaml").returncode == 0
    p = _custos(workdir, "contract", "compare", "vendor.md", "acme-wdbc-2026", "--format", "json")
    assert p.returncode == 77, p.stderr  # conflicts
    out = json.loads(p.stdout)
    assert {m["clause"] for m in out["mismatches"]} >= {
        "retention.job_artifact_days",
        "subprocessors",
    }
    p = _custos(workdir, "contract", "compare", "vendor.md", "no-such-dua")
    assert p.returncode == 66 and "Traceback" not in p.stderr


def test_the_tour_s_example_contract_shows_what_the_readme_promises(dua: Any) -> None:
    path = Path(__file__).resolve().parents[2] / "examples" / "contracts" / "vendor-terms.md"
    doc = read_contract(path)
    review = review_document(doc)
    assert {f.code for f in review.red_flags} == {
        "non_training.improvement_carveout",
        "retention.backups_excluded",
        "subprocessors.change_at_will",
        "sla.best_efforts",
    }
    assert review.ratings["security"] == "strong"
    conflicts = {
        m.clause for m in compare(review, list(doc.passages), dua) if m.severity == "conflict"
    }
    assert conflicts == {
        "retention.job_artifact_days",
        "breach_notification.notify_within_hours",
        "subprocessors",
        "use_terms.product_improvement",
    }
