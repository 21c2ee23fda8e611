"""The shared de-identification core: the secret, keyed choices, date shifts,
UID remapping, the encrypted re-linking table, and the report reaching the
dataset's data card at registration."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from custos.core import ConfigError, IntegrityError, InvalidInput
from custos.data._loader import file_sha256
from custos.deid import DeidReport, DeidSecret, RelinkTable, date_shift_days, remap_uid
from custos.deid._common import report_path_for
from custos.node import Node, get_dataset, register_dataset
from tests.conftest import dump_yaml, load_yaml


@pytest.fixture
def secret() -> DeidSecret:
    return DeidSecret(bytes(range(32)))


def test_secret_round_trips_through_a_private_file_and_never_prints_its_key(
    tmp_path: Path,
) -> None:
    s = DeidSecret.generate()
    path = tmp_path / "deid.secret"
    s.save(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = DeidSecret.load(path)
    assert again.fingerprint == s.fingerprint
    assert again.mac("x", "y") == s.mac("x", "y")
    raw = path.read_text().split()[1]
    assert raw not in repr(s)
    assert s.fingerprint in repr(s)
    with pytest.raises(ConfigError) as info:
        s.save(path)  # a hospital secret is never overwritten
    assert info.value.code == "deid.secret_exists"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (None, "deid.secret_missing"),
        ("hello\n", "deid.secret_invalid"),
        ("custos-deid-secret-v1\nzz\n", "deid.secret_invalid"),
        ("custos-deid-secret-v1\n" + "ab" * 16 + "\n", "deid.secret_invalid"),  # 16 bytes
    ],
)
def test_bad_secret_files_are_refused_with_a_code(
    tmp_path: Path, text: str | None, code: str
) -> None:
    path = tmp_path / "s"
    if text is not None:
        path.write_text(text)
    with pytest.raises(ConfigError) as info:
        DeidSecret.load(path)
    assert info.value.code == code


def test_keyed_choices_are_deterministic_per_secret_and_separated_by_domain(
    secret: DeidSecret,
) -> None:
    other = DeidSecret(bytes(32))
    assert secret.mac("name", "p1") == secret.mac("name", "p1")
    assert secret.mac("name", "p1") != other.mac("name", "p1")
    assert secret.mac("name", "p1") != secret.mac("uid", "p1")
    picks = {secret.choose("name", f"p{i}", 10) for i in range(200)}
    assert picks == set(range(10))


def test_date_shift_is_per_patient_backwards_and_never_zero(secret: DeidSecret) -> None:
    shifts = [date_shift_days(secret, f"patient-{i}") for i in range(2000)]
    assert all(-365 <= d <= -1 for d in shifts)
    assert len(set(shifts)) > 300  # spread over the range, not a constant
    assert date_shift_days(secret, "patient-7") == shifts[7]
    assert all(-30 <= date_shift_days(secret, f"p{i}", max_days=30) <= -1 for i in range(100))
    with pytest.raises(ValueError, match="max_days"):
        date_shift_days(secret, "p", max_days=0)


def test_remapped_uids_are_valid_consistent_and_keyed(secret: DeidSecret) -> None:
    uid = "1.2.840.113619.2.55.3.604688119.969.1268071029.320"
    new = remap_uid(secret, uid)
    assert re.fullmatch(r"2\.25\.(0|[1-9][0-9]*)", new)
    assert len(new) <= 64
    assert remap_uid(secret, uid) == new
    assert remap_uid(secret, uid + "\0") == new  # DICOM even-length padding
    assert remap_uid(DeidSecret(bytes(32)), uid) != new
    assert len({remap_uid(secret, f"1.2.3.{i}") for i in range(1000)}) == 1000


def test_relink_table_is_encrypted_merges_and_detects_tampering(
    tmp_path: Path, secret: DeidSecret
) -> None:
    path = tmp_path / "relink.enc"
    t = RelinkTable()
    t.add("patient_id", "PAT-1", "MRN 4455667")
    t.save(path, secret)
    assert b"4455667" not in path.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    t2 = RelinkTable()
    t2.add("uid", "2.25.1", "1.2.3")
    t2.save(path, secret)  # merges with what is there
    back = RelinkTable.load(path, secret)
    assert list(back.items()) == [
        ("patient_id", "PAT-1", "MRN 4455667"),
        ("uid", "2.25.1", "1.2.3"),
    ]
    with pytest.raises(IntegrityError) as info:
        RelinkTable.load(path, DeidSecret(bytes(32)))
    assert info.value.code == "deid.relink_tampered"
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 1
    path.write_bytes(bytes(blob))
    with pytest.raises(IntegrityError):
        RelinkTable.load(path, secret)
    (tmp_path / "junk").write_bytes(b"not a table")
    with pytest.raises(InvalidInput):
        RelinkTable.load(tmp_path / "junk", secret)


def test_one_surrogate_for_two_originals_is_refused() -> None:
    t = RelinkTable()
    t.add("name", "Ann Lee", "Mary Smith")
    t.add("name", "Ann Lee", "Mary Smith")
    assert len(t) == 1
    with pytest.raises(IntegrityError):
        t.add("name", "Ann Lee", "Jane Roe")


def test_report_paths(tmp_path: Path) -> None:
    f = tmp_path / "out.csv"
    f.write_text("a\n1\n")
    assert report_path_for(f) == tmp_path / "out.csv.deid.json"
    d = tmp_path / "notes"
    d.mkdir()
    assert report_path_for(d) == d / "deid-report.json"


# -- the report in the data card --------------------------------------------------


def _report_for(file: Path, **counts: int) -> DeidReport:
    return DeidReport(
        kind="table",
        method="Safe Harbor transforms + k-anonymity (k=5)",
        options={"k": 5},
        counts=dict(counts),
        outputs={file.name: file_sha256(file)},
        secret_fingerprint="0123456789abcdef",
    )


def test_a_report_beside_the_file_goes_into_the_card_and_the_audit(
    node: Node, workdir: Path
) -> None:
    csv = workdir / "wdbc.csv"
    _report_for(csv, rows=569, suppressed=0).write(report_path_for(csv))
    rec = register_dataset(node, "wdbc", csv, workdir / "card.yaml")
    dr = rec.card.deidentification_report
    assert dr is not None
    assert dr.kind == "table"
    assert dr.counts == {"rows": 569, "suppressed": 0}
    assert dr.report_sha256 == file_sha256(report_path_for(csv))
    again = get_dataset(node, "wdbc").card.deidentification_report
    assert again == dr
    with node.store.read() as conn:
        (entry,) = node.audit.entries(conn, subject="dataset:wdbc")
    assert entry.details["deid_report_sha256"] == dr.report_sha256


def test_a_report_about_another_file_is_refused_when_named_and_ignored_when_found(
    node: Node, workdir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a\n1\n")
    rep = tmp_path / "other.csv.deid.json"
    _report_for(other).write(rep)
    csv = workdir / "wdbc.csv"
    with pytest.raises(InvalidInput) as info:
        register_dataset(node, "wdbc", csv, workdir / "card.yaml", deid_report=rep)
    assert info.value.code == "dataset.deid_report_mismatch"
    # A folder report that lists other files is not this file's report.
    _report_for(other).write(workdir / "deid-report.json")
    rec = register_dataset(node, "wdbc", csv, workdir / "card.yaml")
    assert rec.card.deidentification_report is None


def test_a_card_cannot_claim_a_deidentification_report_by_hand(node: Node, workdir: Path) -> None:
    card = load_yaml(workdir / "card.yaml")
    card["deidentification_report"] = {
        "kind": "table",
        "method": "trust me",
        "created_at": "2026-01-01",
        "custos_version": "0.1.0",
        "report_sha256": "0" * 64,
    }
    dump_yaml(card, workdir / "card.yaml")
    with pytest.raises(InvalidInput) as info:
        register_dataset(node, "wdbc", workdir / "wdbc.csv", workdir / "card.yaml")
    assert "deidentification_report" in " ".join(info.value.details)


def test_cli_keygen_and_relink_lookup(tmp_path: Path, secret: DeidSecret) -> None:
    env = {**os.environ, "CUSTOS_DEBUG": "0"}
    key = tmp_path / "deid.secret"

    def custos(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "custos", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    r = custos("deid", "keygen", str(key))
    assert r.returncode == 0, r.stderr
    s = DeidSecret.load(key)
    assert s.fingerprint in r.stdout
    assert custos("deid", "keygen", str(key)).returncode == 78  # never overwritten
    t = RelinkTable()
    t.add("patient_id", "PAT-9", "MRN 1234")
    t.save(tmp_path / "relink.enc", s)
    r = custos("deid", "relink", str(tmp_path / "relink.enc"), "PAT-9", "--secret", str(key))
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "patient_id: MRN 1234"
    r = custos("deid", "relink", str(tmp_path / "relink.enc"), "PAT-0", "--secret", str(key))
    assert r.returncode == 66
    assert "MRN" not in r.stderr
    other = tmp_path / "other.secret"
    secret.save(other)
    r = custos("deid", "relink", str(tmp_path / "relink.enc"), "PAT-9", "--secret", str(other))
    assert r.returncode == 70
    assert "Traceback" not in r.stderr
    assert json.dumps("MRN 1234") not in r.stderr
