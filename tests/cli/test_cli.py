"""The ``custos`` command end to end, in real subprocesses on a real node home."""

from __future__ import annotations

import base64
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from custos.core import SigningKey
from tests import _postgres
from tests.cli._procs import together

pytestmark = pytest.mark.integration


class Custos:
    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        self.env = {
            **os.environ,
            "CUSTOS_HOME": str(cwd / "home"),
            "CUSTOS_USER": "test-custodian",
            "COLUMNS": "200",
        }
        self.env.pop("CUSTOS_DEBUG", None)

    def __call__(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        p = subprocess.run(
            [sys.executable, "-m", "custos", *args],
            cwd=self.cwd,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if ok:
            assert p.returncode == 0, p.stderr
        return p

    def json(self, *args: str) -> Any:
        return json.loads(self(*args, "--json").stdout)


@pytest.fixture
def custos(workdir: Path) -> Custos:
    return Custos(workdir)


def copy_workdir(src: Path, dst: Path) -> Path:
    """A copy of a prepared work folder with its node home (and, on PostgreSQL, a
    copy of that home's database), for a test to change as it likes."""
    shutil.copytree(src, dst, symlinks=True)
    if _postgres.wanted():
        _postgres.clone_database(
            os.environ[_postgres.SERVER_ENV],
            _postgres.database_name(src / "home"),
            _postgres.database_name(dst / "home"),
        )
    return dst


def assert_clean_error(p: subprocess.CompletedProcess[str], code: str, exit_code: int) -> None:
    assert p.returncode == exit_code, (p.returncode, p.stderr)
    assert f"error[{code}]" in p.stderr
    assert "Traceback" not in p.stderr + p.stdout


def test_full_tour_init_register_sign_submit_approve_verify_export(custos: Custos) -> None:
    info = custos.json("node", "init", "--allow-isolation-none")
    assert info["node_id"].startswith("node-")
    home = custos.cwd / "home"
    assert (home / "node.key").stat().st_mode & 0o777 == 0o600
    # Independent steps run at once (each its own process): a read beside a write.
    shown, ds = together(
        lambda: custos.json("node", "show"),
        lambda: custos.json("data", "add", "wdbc", "wdbc.csv", "--card", "card.yaml"),
    )
    assert shown["public_key"] == info["public_key"]
    assert shown["settings_sources"]["home"] == "env"
    assert ds["rows"] == 569

    listed, dua, _ = together(
        lambda: custos.json("data", "list"),
        lambda: custos.json("dua", "add", "dua.yaml"),
        lambda: custos("job", "sign", "job.yaml", "--key", "vendor.key"),
    )
    assert [d["name"] for d in listed] == ["wdbc"]
    assert dua["version"] == 1
    assert custos.json("dua", "show", "acme-wdbc-2026")["status"] == "active"
    assert (custos.cwd / "job.yaml.dsse.json").exists()
    job = custos.json("job", "submit", "job.yaml")
    assert job["state"] == "PENDING_APPROVAL"
    jobs = custos.json("job", "list")
    assert [j["id"] for j in jobs] == [job["id"]]

    approved = custos.json("job", "approve", job["id"])
    assert approved["state"] == "APPROVED"
    assert approved["decided_by"] == "test-custodian"

    report = custos.json("audit", "verify")
    assert report["ok"]
    assert report["entries"] == 6
    assert report["unanchored_entries"] == 0
    _, log = together(
        lambda: custos("audit", "export", "--out", "export.jsonl"),
        lambda: custos.json("audit", "log", "--subject", f"job:{job['id']}"),
    )
    ok = custos.json("audit", "verify-export", "export.jsonl", "--public-key", "home/node.pub")
    assert ok["ok"]
    assert ok["entries"] == 7
    assert [e["action"] for e in log] == ["job.submitted", "job.pending_approval", "job.approved"]


@pytest.fixture(scope="module")
def initialised_template(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> Path:
    """A work folder (as ``workdir``) whose node was set up once by the CLI itself:
    ``node init --allow-isolation-none``, ``data add wdbc``, ``dua add``. Tests get
    a copy (``initialised``); the registered dataset's file is this folder's
    ``wdbc.csv``, which no test changes."""
    from tests.conftest import EXAMPLES

    root = tmp_path_factory.mktemp("cli-initialised")
    for name in ("card.yaml", "dua.yaml", "job.yaml"):
        shutil.copy(EXAMPLES / name, root / name)
    shutil.copy(wdbc_csv, root / "wdbc.csv")
    key = SigningKey.generate()
    key.save(root / "vendor.key")
    (root / "vendor.pub").write_text(key.public_key.to_text() + "\n")
    custos = Custos(root)
    custos("node", "init", "--allow-isolation-none")
    custos("data", "add", "wdbc", "wdbc.csv", "--card", "card.yaml")
    custos("dua", "add", "dua.yaml")
    return root


@pytest.fixture
def initialised(initialised_template: Path, tmp_path: Path) -> Custos:
    return Custos(copy_workdir(initialised_template, tmp_path / "work"))


def test_tampered_database_fails_audit_verify_with_exit_70(initialised: Custos) -> None:
    db = sqlite3.connect(initialised.cwd / "home" / "custos.db")
    db.execute("UPDATE audit_entries SET body = replace(body, 'wdbc', 'wdbx') WHERE seq = 2")
    db.commit()
    db.close()
    p = initialised("audit", "verify", ok=False)
    assert p.returncode == 70
    assert "entry 2 was modified" in p.stderr


def test_deleted_tail_is_detected_as_truncation(initialised: Custos) -> None:
    db = sqlite3.connect(initialised.cwd / "home" / "custos.db")
    db.execute("DELETE FROM audit_entries WHERE seq = (SELECT max(seq) FROM audit_entries)")
    db.commit()
    db.close()
    report = json.loads(initialised("audit", "verify", "--json", ok=False).stdout)
    assert not report["ok"]
    assert any("truncated" in p for p in report["problems"])


def test_verify_export_with_wrong_key_fails(initialised: Custos) -> None:
    initialised("audit", "export", "--out", "export.jsonl")
    p = initialised(
        "audit", "verify-export", "export.jsonl", "--public-key", "vendor.pub", ok=False
    )
    assert p.returncode == 70


def test_commands_before_init_say_how_to_start(custos: Custos) -> None:
    assert_clean_error(custos("data", "list", ok=False), "node.not_initialized", 78)


def test_init_twice_never_overwrites_the_key(custos: Custos) -> None:
    custos("node", "init")
    key = (custos.cwd / "home" / "node.key").read_bytes()
    assert_clean_error(custos("node", "init", ok=False), "node.exists", 75)
    assert (custos.cwd / "home" / "node.key").read_bytes() == key


def test_malformed_inputs_give_one_clear_line_and_change_nothing(initialised: Custos) -> None:
    before = initialised.json("audit", "verify")["entries"]
    (initialised.cwd / "broken.yaml").write_text("id: [unclosed\n")
    (initialised.cwd / "huge.yaml").write_text("x: " + "a" * (2 << 20))
    broken, huge, unreadable, missing = together(
        lambda: initialised("dua", "add", "broken.yaml", ok=False),
        lambda: initialised("dua", "add", "huge.yaml", ok=False),
        lambda: initialised("data", "add", "wdbc2", "nope.csv", "--card", "card.yaml", ok=False),
        lambda: initialised("job", "show", "job-nope", ok=False),
    )
    assert_clean_error(broken, "input.yaml", 65)
    assert_clean_error(huge, "input.too_large", 65)
    assert_clean_error(unreadable, "dataset.unreadable", 65)
    assert_clean_error(missing, "job.not_found", 66)
    assert initialised.json("audit", "verify")["entries"] == before


def test_unsigned_or_forged_submission_exits_77_and_is_audited(initialised: Custos) -> None:
    other = initialised.cwd / "other"
    initialised("keys", "generate", "--out", str(other))
    initialised("job", "sign", "job.yaml", "--key", "other.key")
    assert_clean_error(initialised("job", "submit", "job.yaml", ok=False), "signature.invalid", 77)
    log = initialised.json("audit", "log")
    # The refusal, then the security incident it opens (a forged signature).
    assert [e["action"] for e in log[-2:]] == ["job.refused", "incident.opened"]
    assert initialised.json("job", "list") == []


def test_rejected_job_exits_non_zero_and_lists_reasons(initialised: Custos) -> None:
    spec = (initialised.cwd / "job.yaml").read_text().replace("epsilon: 1.0", "epsilon: 9.0")
    (initialised.cwd / "greedy.yaml").write_text(spec)
    initialised("job", "sign", "greedy.yaml", "--key", "vendor.key")
    p = initialised("job", "submit", "greedy.yaml", ok=False)
    assert p.returncode == 77
    assert "REJECTED" in p.stdout
    assert "privacy.max_epsilon_per_job" in p.stdout


def test_patient_data_never_appears_in_errors(initialised: Custos) -> None:
    csv = (initialised.cwd / "wdbc.csv").read_text().splitlines()
    csv[3] = csv[3] + ',"MRN-LEAK-4242"'
    (initialised.cwd / "bad.csv").write_text("\n".join(csv) + "\n")
    p = initialised("data", "add", "bad", "bad.csv", "--card", "card.yaml", ok=False)
    assert p.returncode == 65
    assert "LEAK" not in p.stderr + p.stdout


def test_two_cli_processes_writing_at_once_do_not_fork_the_chain(initialised: Custos) -> None:
    procs = []
    for i in range(4):
        spec = (initialised.cwd / "job.yaml").read_text() + f"nonce: n{i}\n"
        (initialised.cwd / f"job{i}.yaml").write_text(spec)
    together(
        *(
            lambda i=i: initialised("job", "sign", f"job{i}.yaml", "--key", "vendor.key")
            for i in range(4)
        )
    )
    for i in range(4):
        procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "custos", "job", "submit", f"job{i}.yaml"],
                cwd=initialised.cwd,
                env=initialised.env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert len(initialised.json("job", "list")) == 4
    report = initialised.json("audit", "verify")
    assert report["ok"]
    assert report["entries"] == 3 + 4 * 2


def test_help_and_version_work_without_a_node(custos: Custos) -> None:
    helped, version, p = together(
        lambda: custos("--help"),
        lambda: custos("--version"),
        lambda: custos("job", "frobnicate", ok=False),
    )
    assert "compute-to-data" in helped.stdout.lower()
    assert version.stdout.startswith("custos ")
    assert p.returncode == 2
    assert "Traceback" not in p.stderr


def test_run_fetch_verify_and_budget_end_to_end(initialised: Custos) -> None:
    spec = (initialised.cwd / "job.yaml").read_text().replace("epochs: 50", "epochs: 10")
    (initialised.cwd / "job.yaml").write_text(spec)
    initialised("job", "sign", "job.yaml", "--key", "vendor.key")
    job = initialised.json("job", "submit", "job.yaml")
    initialised("job", "approve", job["id"])
    run = initialised.json("job", "run", job["id"])
    assert run["state"] == "RELEASED"
    assert 0 < run["privacy"]["epsilon"] <= 1.0
    assert run["privacy"]["leakage_audit"]["status"] == "passed"
    # Reads of the released job (none changes the node), and the fetch.
    listed, report, text, _ = together(
        lambda: initialised.json("job", "list"),
        # The privacy officer's view of the audit, kept at the hospital.
        lambda: initialised.json("job", "report", job["id"]),
        lambda: initialised("job", "report", job["id"]).stdout,
        lambda: initialised("job", "fetch", job["id"], "--out", "bundle"),
    )
    assert [j["state"] for j in listed] == ["RELEASED"]
    assert report["decision"] == "pass"
    assert [a["name"] for a in report["attacks"]] == ["loss", "lira", "rmia"]
    assert "leakage audit PASS" in text and "leakage_report.html" in text

    ok, shown, p = together(
        lambda: initialised.json("receipt", "verify", "bundle", "--public-key", "home/node.pub"),
        lambda: initialised("receipt", "verify", "bundle", "--public-key", "home/node.pub").stdout,
        # The vendor's key is not the node's: verification fails cleanly.
        lambda: initialised("receipt", "verify", "bundle", "--public-key", "vendor.pub", ok=False),
    )
    assert ok["ok"]
    assert ok["predicate"]["job"]["id"] == job["id"]
    assert ok["predicate"]["leakage_audit"]["decision"] == "pass"
    assert "leakage audit: passed" in shown
    assert_clean_error(p, "signature.invalid", 77)
    # A tampered bundle fails with every problem listed.
    (initialised.cwd / "bundle" / "metrics.json").write_text('{"accuracy": 1.0}\n')
    p = initialised("receipt", "verify", "bundle", "--public-key", "home/node.pub", ok=False)
    assert_clean_error(p, "receipt.mismatch", 70)
    assert "metrics.json: content differs from the receipt" in p.stderr

    budget, again = together(
        lambda: initialised.json("budget", "show", "wdbc"),
        # Running it again is a conflict, not a second spend.
        lambda: initialised("job", "run", job["id"], ok=False),
    )
    assert_clean_error(again, "job.not_approved", 75)
    assert budget["duas"][0]["spent"] == pytest.approx(run["privacy"]["epsilon"])
    assert [e["status"] for e in budget["entries"]] == ["committed"]
    assert initialised.json("audit", "verify")["ok"]


def test_a_job_without_an_audit_report_is_a_clean_error(initialised: Custos) -> None:
    initialised("job", "sign", "job.yaml", "--key", "vendor.key")
    job = initialised.json("job", "submit", "job.yaml")
    assert_clean_error(initialised("job", "report", job["id"], ok=False), "leakage.no_report", 66)


def test_worker_runs_the_queue_once(initialised: Custos) -> None:
    spec = (initialised.cwd / "job.yaml").read_text().replace("epochs: 50", "epochs: 5")
    (initialised.cwd / "job.yaml").write_text(spec)
    initialised("job", "sign", "job.yaml", "--key", "vendor.key")
    job = initialised.json("job", "submit", "job.yaml")
    initialised("job", "approve", job["id"])
    p = initialised("node", "work", "--once")
    assert "worker stopped after 1 job(s)" in p.stdout
    assert initialised.json("job", "show", job["id"])["state"] == "RELEASED"


def test_budget_show_for_an_unknown_dataset_is_a_clean_error(initialised: Custos) -> None:
    assert_clean_error(initialised("budget", "show", "nope", ok=False), "dataset.not_found", 66)


def test_node_isolation_reports_the_sandbox_and_the_policy(custos: Custos) -> None:
    custos("node", "init")
    rows = {r["kind"]: r for r in custos.json("node", "isolation")}
    assert set(rows) == {"none", "bubblewrap", "sev-snp", "tdx", "nvidia-cc"}
    assert rows["none"]["allowed_by_policy"] is False
    # No TEE is ever claimed without verified evidence.
    assert not rows["sev-snp"]["available"]
    assert not rows["nvidia-cc"]["available"]
    assert rows["bubblewrap"]["available"] is (shutil.which("bwrap") is not None)


def test_a_custom_model_job_shows_its_code_and_signs_it(custos: Custos) -> None:
    (custos.cwd / "model.py").write_text(
        "from torch import nn\n\ndef build_model(n):\n    return nn.Linear(n, 1)\n"
    )
    spec = yaml.safe_load((custos.cwd / "job.yaml").read_text())
    spec["model"] = {"arch": "custom", "source_file": "model.py"}
    (custos.cwd / "custom.yaml").write_text(yaml.safe_dump(spec))
    # Signing needs no node: it runs beside the node's init.
    together(
        lambda: custos("job", "sign", "custom.yaml", "--key", "vendor.key"),
        lambda: custos("node", "init"),
    )
    env = json.loads((custos.cwd / "custom.yaml.dsse.json").read_text())

    signed = json.loads(base64.b64decode(env["payload"]))
    assert "def build_model" in signed["model"]["source"]
    custos("data", "add", "wdbc", "wdbc.csv", "--card", "card.yaml")
    custos("dua", "add", "dua.yaml")
    p = custos("job", "submit", "custom.yaml", "--json", ok=False)
    assert p.returncode == 77  # the example DUA allows no custom code
    job = json.loads(p.stdout)
    assert job["state"] == "REJECTED"
    shown = custos("job", "show", job["id"]).stdout
    assert "def build_model" in shown
    assert "approves exactly this code" in shown


def test_a_hospital_joins_a_federation_and_approves_its_share(custos: Custos) -> None:
    from tests.conftest import EXAMPLES

    shutil.copy(EXAMPLES / "fed-wdbc.yaml", custos.cwd / "fed.yaml")
    dua = yaml.safe_load((custos.cwd / "dua.yaml").read_text())
    dua["id"] = "acme-wdbc-north-general"
    (custos.cwd / "dua.yaml").write_text(yaml.safe_dump(dua, sort_keys=False))
    together(
        lambda: custos("node", "init"),
        lambda: custos("fed", "sign", "fed.yaml", "--key", "vendor.key"),
    )
    custos("data", "add", "wdbc", "wdbc.csv", "--card", "card.yaml")
    custos("dua", "add", "dua.yaml")
    share = custos.json("fed", "join", "fed.yaml", "--site", "north-general")
    assert share["state"] == "PENDING_APPROVAL"
    assert share["spec"]["federation"]["site"] == "north-general"
    assert share["spec"]["training"]["epochs"] == 10 * 5  # every round is accounted
    custos("job", "approve", share["id"])
    shown, riverside = together(
        lambda: custos.json("job", "show", share["id"]),
        lambda: custos("fed", "join", "fed.yaml", "--site", "riverside", ok=False),
    )
    assert shown["state"] == "APPROVED"
    # Another site's name does not match this node's DUA; the job changed after signing.
    assert_clean_error(riverside, "dua.not_found", 77)
    text = (custos.cwd / "fed.yaml").read_text().replace("rounds: 10", "rounds: 50")
    (custos.cwd / "fed.yaml").write_text(text)
    assert_clean_error(
        custos("fed", "join", "fed.yaml", "--site", "north-general", ok=False),
        "fedjob.changed",
        77,
    )


def test_fed_simulate_runs_a_federation_and_its_bundle_verifies(custos: Custos) -> None:
    from tests.conftest import EXAMPLES

    doc = yaml.safe_load((EXAMPLES / "fed-wdbc.yaml").read_text())
    doc["rounds"] = 1
    doc["training"]["local_epochs"] = 2
    doc["sites"] = doc["sites"][:3]
    doc["secure_aggregation"].update({"num_shares": 3, "reconstruction_threshold": 2})
    (custos.cwd / "fed.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    p = custos(
        "fed", "simulate", "fed.yaml", "--data", "wdbc.csv", "--out", "sim", "--isolation-none"
    )
    assert "federation: completed" in p.stdout
    for site in ("st-example", "north-general", "riverside"):
        assert site in p.stdout
    simulate = ("fed", "simulate", "fed.yaml", "--data", "wdbc.csv", "--out", "sim")
    verified, again = together(
        lambda: custos("receipt", "verify", "sim/bundle", "--public-key", "sim/coordinator.pub"),
        # The output folder is never overwritten.
        lambda: custos(*simulate, ok=False),
    )
    # Every site co-signs unless its own audit blocks (possible by chance on
    # a few dozen held-out rows); the chain of those that did verifies.
    assert any(f"co-signed by {k} of 3 sites" in verified.stdout for k in (1, 2, 3))
    assert_clean_error(again, "fed.workdir_not_empty", 65)
