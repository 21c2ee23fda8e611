"""``custos deid`` as a user runs it: real subprocesses, real files, and the
run's report reaching the data card when the output is registered."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pydicom
import pytest
import yaml
from examples.deid.patients import generate

from custos.data._loader import file_sha256
from custos.deid import DeidSecret, RelinkTable

pytestmark = pytest.mark.integration

DICOM_FILES = Path(pydicom.__file__).parent / "data" / "test_files"
EXAMPLE_SPEC = Path(__file__).resolve().parents[2] / "examples" / "deid" / "table.yaml"


def custos(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CUSTOS_DEBUG", "CUSTOS_NODE_URL")}
    if home is not None:
        env["CUSTOS_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "custos", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "hospital.secret"
    p = custos("deid", "keygen", str(path))
    assert p.returncode == 0, p.stderr
    return path


def test_dicom_folder_with_quarantine_report_and_relink(tmp_path: Path, secret: Path) -> None:
    src = tmp_path / "in" / "Doe^John"  # a folder name that is itself an identifier
    src.mkdir(parents=True)
    for name in ("CT_small.dcm", "MR_small.dcm"):
        shutil.copy(DICOM_FILES / name, src / name)
    (src / "notes.dcm").write_bytes(b"this is not DICOM at all")
    out, quarantine = tmp_path / "out", tmp_path / "quarantine"
    p = custos(
        "deid", "dicom", str(tmp_path / "in"), str(out), "--secret", str(secret),
        "--quarantine", str(quarantine), "--relink", str(tmp_path / "relink.enc"),
        "--modified-dates", "--json",
    )  # fmt: skip
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["kind"] == "dicom"
    written = sorted(q for q in out.rglob("*.dcm"))
    assert len(written) == 2
    assert "Doe" not in " ".join(str(w.relative_to(out)) for w in written)
    assert set(report["outputs"].values()) == {file_sha256(w) for w in written}
    assert json.loads((out / "deid-report.json").read_text()) == report
    # The non-DICOM file is quarantined with a reason, never passed through.
    reasons = list(quarantine.rglob("*.json"))
    assert len(reasons) == 1
    assert not any(w.read_bytes() == b"this is not DICOM at all" for w in written)
    for w in written:
        ds = pydicom.dcmread(w)
        assert ds.PatientIdentityRemoved == "YES"
        assert str(ds.PatientName) != "CompressedSamples^CT1"
    table = RelinkTable.load(tmp_path / "relink.enc", DeidSecret.load(secret))
    assert any(kind == "patient_id" for kind, _, _ in table.items())
    # Nothing from the data in what the user sees.
    assert "CompressedSamples" not in p.stdout + p.stderr


def test_dicom_bad_invocations_are_one_line_and_write_nothing(tmp_path: Path, secret: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(DICOM_FILES / "CT_small.dcm", src / "a.dcm")
    cases: list[tuple[tuple[str, ...], str, int]] = [
        (
            ("deid", "dicom", str(tmp_path / "missing"), str(tmp_path / "o1")),
            "deid.input_missing",
            65,
        ),
        (("deid", "dicom", str(src), str(src / "inside")), "deid.output_overlaps_input", 65),
        (
            ("deid", "dicom", str(src), str(tmp_path / "o2"), "--modified-dates", "--full-dates"),
            "deid.dicom_options_conflict",
            78,
        ),
    ]
    for args, code, exit_code in cases:
        p = custos(*args, "--secret", str(secret))
        assert p.returncode == exit_code, (args, p.returncode, p.stderr)
        assert p.stderr.startswith(f"error[{code}]"), p.stderr
        assert "Traceback" not in p.stderr
    assert not (src / "inside").exists()
    p = custos("deid", "dicom", str(src), str(tmp_path / "o3"), "--secret", str(tmp_path / "no"))
    assert p.returncode == 78
    assert p.stderr.startswith("error[deid.secret_missing]")


def _card_for(path: Path, name: str) -> dict[str, Any]:
    """A data card for the de-identified admissions table."""
    import pandas as pd

    cols = list(pd.read_csv(path, nrows=1).columns)
    qi = {"age", "sex", "zip", "admitted", "ethnicity", "diagnosis"}
    columns = {}
    for c in cols:
        if c == "mrn":
            columns[c] = {
                "category": "direct_identifier",
                "legal": ["hipaa_phi"],
                "sensitivity": "high",
            }
        elif c in qi:
            columns[c] = {
                "category": "quasi_identifier",
                "legal": ["hipaa_phi"],
                "sensitivity": "moderate",
            }
        else:
            columns[c] = {"category": "clinical", "legal": ["hipaa_phi"], "sensitivity": "moderate"}
    return {
        "name": name,
        "description": "Synthetic admissions, de-identified (Safe Harbor + 5-anonymity)",
        "provenance": {
            "source_system": "examples.deid.patients",
            "collection_period": {"start": "2020-01-01", "end": "2024-12-31"},
            "licence": "synthetic",
        },
        "allowed_purposes": ["readmission model development"],
        "excluded_columns": ["mrn"],
        "columns": columns,
    }


def test_table_run_then_registration_puts_the_report_in_the_card(
    tmp_path: Path, secret: Path
) -> None:
    src = tmp_path / "admissions.csv"
    generate(3000, seed=3).to_csv(src, index=False)
    out = tmp_path / "release" / "admissions.csv"
    out.parent.mkdir()
    p = custos(
        "deid", "table", str(src), str(out), "--spec", str(EXAMPLE_SPEC), "--secret", str(secret)
    )
    assert p.returncode == 0, p.stderr
    report_path = out.with_name("admissions.csv.deid.json")
    report = json.loads(report_path.read_text())
    assert report["outputs"] == {"admissions.csv": file_sha256(out)}
    assert report["kind"] == "table"

    home = tmp_path / "node"
    assert custos("node", "init", home=home).returncode == 0
    (tmp_path / "card.yaml").write_text(yaml.safe_dump(_card_for(out, "admissions")))
    p = custos(
        "data", "add", "admissions", str(out), "--card", str(tmp_path / "card.yaml"), home=home
    )
    assert p.returncode == 0, p.stderr
    shown = custos("data", "show", "admissions", "--json", home=home)
    card = json.loads(shown.stdout)["card"]
    dr = card["deidentification_report"]
    assert dr["kind"] == "table"
    assert dr["report_sha256"] == file_sha256(report_path)
    assert dr["counts"] == report["counts"]
    human = custos("data", "show", "admissions", home=home).stdout
    assert "de-identified (table" in human

    # The original (not de-identified) file has no report that names it.
    (tmp_path / "card0.yaml").write_text(yaml.safe_dump(_card_for(out, "raw")))
    p = custos(
        "data", "add", "raw", str(out), "--card", str(tmp_path / "card0.yaml"),
        "--deid-report", str(tmp_path / "nosuch.json"), home=home,
    )  # fmt: skip
    assert p.returncode == 65
    assert p.stderr.startswith("error[deid.report_invalid]"), p.stderr


def test_text_jsonl_run_links_to_the_same_patient_pseudonym(tmp_path: Path, secret: Path) -> None:
    from custos.deid import patient_pseudonym

    notes = tmp_path / "notes.jsonl"
    notes.write_text(
        json.dumps(
            {
                "patient": "MRN-4471",
                "note_id": "n1",
                "text": "Seen by Dr. Hannelore Quist on 03/14/2021. Call 617-555-0199.",
            }
        )
        + "\n"
    )
    out = tmp_path / "out"
    p = custos("deid", "text", str(notes), str(out), "--secret", str(secret), "--json")
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    assert report["kind"] == "text"
    (written,) = [q for q in out.rglob("*") if q.is_file() and q.name != "deid-report.json"]
    rec = json.loads(written.read_text().splitlines()[0])
    # The same pseudonym as DICOM and tables give this patient under this secret.
    assert rec["patient"] == patient_pseudonym(DeidSecret.load(secret), "MRN-4471")
    for phi in ("Quist", "03/14/2021", "617-555-0199"):
        assert phi not in rec["text"]
    assert "Quist" not in p.stdout + p.stderr
    p = custos("deid", "text", str(notes), str(tmp_path / "o2"), "--secret", str(secret),
               "--patient-key", "nope")  # fmt: skip
    assert p.returncode == 65
    assert p.stderr.startswith("error[deid.text_patient_key]")
