"""Contract review over the API (#11): review a vendor's contract, compare it with an
enforced DUA, render the DUA as its annex; who may, what is refused, what is audited.

Real requests through the app on a copy of the API tests' node home (two DUAs, a
custodian, a privacy officer and an auditor with live sessions); the remote CLI
against a real ``custos serve``.
"""

from __future__ import annotations

import base64
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import docx
import pytest
from fastapi.testclient import TestClient
from fpdf import FPDF
from sqlalchemy import text
from tests.api.conftest import (
    PASSWORD,
    World,
    audit_rows,
    bearer,
    database,
    make_client,
    signed,
    snapshot,
)
from tests.contract.test_review import STRONG, WEAK

from custos.api import ApiConfig, Role, allowed
from custos.api._contracts import contract_bytes, file_name
from custos.api._policy import Action
from custos.contract._annex import annex_facts, render_facts
from custos.contract._compare import compare, compare_report
from custos.contract._read import read_contract_bytes
from custos.contract._render import compare_markdown, review_markdown
from custos.contract._review import review_document
from custos.core._config import load_settings
from custos.core._errors import InvalidInput
from custos.node import get_dua, open_node

REVIEW, COMPARE = "/api/v1/contracts/review", "/api/v1/contracts/compare"
DUA = "acme-wdbc-2026"
ANNEX = f"/api/v1/duas/{DUA}/annex"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _pdf(text: str) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    for para in text.split("\n\n"):
        pdf.multi_cell(0, 6, para.replace("\n", " ").lstrip("# "), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    return bytes(pdf.output())


def _docx(text: str) -> bytes:
    d = docx.Document()
    for para in text.split("\n\n"):
        d.add_paragraph(para.replace("\n", " "))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _local(name: str, data: bytes) -> dict[str, Any]:
    """What ``custos contract review --format json`` prints for the same file."""
    review = review_document(read_contract_bytes(name, data)).to_dict()
    return json.loads(json.dumps(review, ensure_ascii=False))


def _same_review(got: dict[str, Any], want: dict[str, Any]) -> None:
    assert {**got, "seconds": 0} == {**want, "seconds": 0}


def _details(world: World, action: str) -> list[dict[str, Any]]:
    """The details of every audit entry of ``action``, oldest first."""
    with database(world.home) as db:
        rows = db.execute(
            text("SELECT body FROM audit_entries WHERE action = :a ORDER BY seq"), {"a": action}
        ).all()
    return [json.loads(r[0])["details"] for r in rows]


# -- review ----------------------------------------------------------------------------


def test_privacy_officer_reviews_markdown_as_the_cli_does(client: TestClient, world: World) -> None:
    r = client.post(
        REVIEW, json={"name": "vendor.md", "text": WEAK}, headers=bearer(world, "privacy_officer")
    )
    assert r.status_code == 200, r.text
    body = r.json()
    _same_review(body, _local("vendor.md", WEAK.encode()))
    assert body["format"] == "custos.contract_review/v1"
    assert body["ratings"]["audit_rights"] == "missing"
    assert {f["code"] for f in body["red_flags"]} >= {
        "retention.as_long_as_necessary",
        "breach.undue_delay_only",
    }
    assert body["checklist"][0]["tier"] == "red_line"


@pytest.mark.parametrize(
    ("name", "make", "kind"), [("dpa.pdf", _pdf, "pdf"), ("dpa.docx", _docx, "docx")]
)
def test_pdf_and_word_files_are_reviewed(
    client: TestClient, world: World, name: str, make: Any, kind: str
) -> None:
    data = make(STRONG)
    r = client.post(
        REVIEW,
        json={"name": name, "content_base64": _b64(data)},
        headers=bearer(world, "custodian"),
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["document"]["kind"] == kind
    _same_review(body, _local(name, data))
    assert body["ratings"]["security"] == "strong"


def test_markdown_format_is_the_report_the_cli_prints(client: TestClient, world: World) -> None:
    r = client.post(
        REVIEW,
        json={"name": "vendor.md", "text": WEAK, "format": "markdown", "method": "hybrid"},
        headers=bearer(world, "privacy_officer"),
    )
    assert r.status_code == 200, r.text
    want = review_markdown(
        review_document(read_contract_bytes("vendor.md", WEAK.encode()), method="hybrid")
    )
    assert r.json() == {"format": "markdown", "markdown": want}


def test_patterns_only_leaves_the_detector_out(client: TestClient, world: World) -> None:
    text = (
        "# Terms\n\n1. We aim to keep the service running but make no commitment about "
        "availability or response times.\n"
    )
    h = bearer(world, "privacy_officer")
    both = client.post(REVIEW, json={"name": "t.md", "text": text}, headers=h).json()
    alone = client.post(
        REVIEW, json={"name": "t.md", "text": text, "patterns_only": True}, headers=h
    ).json()
    assert both["flag_detection"] == "rules+model"
    assert [(f["code"], f["source"]) for f in both["red_flags"]] == [("sla.best_efforts", "model")]
    assert (alone["flag_detection"], alone["red_flags"]) == ("rules", [])
    assert [d["flag_detection"] for d in _details(world, "contract.reviewed")] == [
        "rules+model",
        "rules",
    ]


def test_a_review_is_audited_without_the_contract_text(client: TestClient, world: World) -> None:
    before = audit_rows(world.home)
    hostile = WEAK + "\n7. Secret clause: Patient Jane Roe, MRN 99812, may be audited.\n"
    r = client.post(
        REVIEW,
        json={"name": "vendor terms.md", "text": hostile},
        headers=bearer(world, "privacy_officer"),
    )
    assert r.status_code == 200, r.text
    new = audit_rows(world.home)[len(before) :]
    digest = r.json()["document"]["sha256"]
    assert new == [("privacy_officer:priya", "contract.reviewed", f"contract:{digest}")]
    (details,) = _details(world, "contract.reviewed")
    assert details["kind"] == "markdown" and details["bytes"] == len(hostile.encode())
    assert details["ratings"] == r.json()["ratings"]
    assert "breach.undue_delay_only" in details["red_flags"]
    assert details["name"] == "?"  # not a plain name: not written down
    text = json.dumps(details)
    for words in ("Jane Roe", "99812", "as long as necessary", "without undue delay"):
        assert words not in text


# -- compare and annex ---------------------------------------------------------------------


def test_compare_lists_the_mismatches_as_the_cli_does(client: TestClient, world: World) -> None:
    r = client.post(
        COMPARE,
        json={"name": "vendor.md", "text": WEAK, "dua": DUA},
        headers=bearer(world, "custodian"),
    )
    assert r.status_code == 200, r.text
    node = open_node(load_settings(home=world.home))
    try:
        entry = get_dua(node, DUA)
    finally:
        node.close()
    doc = read_contract_bytes("vendor.md", WEAK.encode())
    review = review_document(doc)
    mismatches = compare(review, list(doc.passages), entry.dua)
    want = compare_report(review, mismatches, dua_id=DUA, dua_version=entry.version)
    assert r.json() == json.loads(json.dumps(want))
    conflicts = {m["clause"] for m in r.json()["mismatches"] if m["severity"] == "conflict"}
    assert {"retention.job_artifact_days", "subprocessors"} <= conflicts
    (details,) = _details(world, "contract.compared")
    assert (details["dua"], details["dua_version"]) == (DUA, entry.version)
    assert details["conflicts"] == len(conflicts) and details["name"] == "vendor.md"

    md = client.post(
        COMPARE,
        json={"name": "vendor.md", "text": WEAK, "dua": DUA, "format": "markdown"},
        headers=bearer(world, "privacy_officer"),
    ).json()
    assert md == {
        "format": "markdown",
        "markdown": compare_markdown(review, mismatches, dua_id=DUA, dua_version=entry.version),
        "conflicts": len(conflicts),
    }


def test_compare_with_an_unknown_dua_reads_nothing(client: TestClient, world: World) -> None:
    before = audit_rows(world.home)
    r = client.post(
        COMPARE,
        json={"name": "vendor.md", "text": WEAK, "dua": "no-such-dua"},
        headers=bearer(world, "privacy_officer"),
    )
    assert (r.status_code, r.json()["error"]["code"]) == (404, "dua.not_found")
    assert audit_rows(world.home) == before


@pytest.mark.parametrize("role", ["privacy_officer", "custodian", "auditor"])
def test_the_annex_is_the_nodes_own(client: TestClient, world: World, role: str) -> None:
    node = open_node(load_settings(home=world.home))
    try:
        entry = get_dua(node, DUA)
        facts = annex_facts(
            entry.dua,
            version=entry.version,
            content_hash=entry.content_hash,
            status=entry.status,
            policy=node.policy,
        )
    finally:
        node.close()
    r = client.get(ANNEX, headers=bearer(world, role))
    assert r.status_code == 200, r.text
    assert r.json() == {"format": "markdown", "markdown": render_facts(facts)}
    r = client.get(ANNEX, params={"format": "json", "version": 1}, headers=bearer(world, role))
    assert r.json() == json.loads(json.dumps(facts))
    assert r.json()["institutional_policy"] is not None  # what the CLI's --node path lacked


@pytest.mark.parametrize(
    ("path", "params", "status", "code"),
    [
        ("/api/v1/duas/no-such-dua/annex", {}, 404, "dua.not_found"),
        (ANNEX, {"version": "9"}, 404, "dua.not_found"),
        (ANNEX, {"format": "pdf"}, 400, "contract.invalid_format"),
        (ANNEX, {"version": "0"}, 400, "request.invalid"),
        ("/api/v1/duas/bad!name/annex", {}, 400, "input.name"),
    ],
)
def test_annex_refusals(
    client: TestClient, world: World, path: str, params: dict[str, str], status: int, code: str
) -> None:
    r = client.get(path, params=params, headers=bearer(world, "auditor"))
    assert (r.status_code, r.json()["error"]["code"]) == (status, code), r.text


# -- what is refused -------------------------------------------------------------------------

BAD = [
    ({"name": "vendor.exe", "text": WEAK}, "contract.unsupported"),
    ({"name": "noext", "text": WEAK}, "contract.unsupported"),
    ({"name": "../etc/vendor.md", "text": WEAK}, "input.file_name"),
    ({"name": "a\nb.md", "text": WEAK}, "input.file_name"),
    ({"name": "vendor.md"}, "contract.upload"),
    ({"name": "vendor.md", "text": WEAK, "content_base64": _b64(b"x")}, "contract.upload"),
    ({"name": "vendor.pdf", "content_base64": "not base64!"}, "contract.upload"),
    ({"name": "vendor.pdf", "content_base64": _b64(b"this is not a pdf")}, "contract.unreadable"),
    ({"name": "vendor.docx", "content_base64": _b64(b"PK\x03\x04broken")}, "contract.unreadable"),
    ({"name": "vendor.md", "text": ""}, "contract.no_text"),
    ({"name": "vendor.md", "text": "   \n\n  "}, "contract.no_text"),
    ({"name": "vendor.txt", "content_base64": _b64(b"caf\xe9 au lait")}, "contract.encoding"),
    ({"name": "vendor.md", "text": WEAK, "method": "magic"}, "contract.invalid_method"),
    ({"name": "vendor.md", "text": WEAK, "format": "html"}, "contract.invalid_format"),
    ({"name": "vendor.md", "text": WEAK, "extra": 1}, "request.invalid"),
    ({"name": "", "text": WEAK}, "request.invalid"),
    ({"text": WEAK}, "request.invalid"),
]


@pytest.mark.parametrize(("path", "extra"), [(REVIEW, {}), (COMPARE, {"dua": DUA})])
@pytest.mark.parametrize(("body", "code"), BAD, ids=[c + f"-{i}" for i, (_, c) in enumerate(BAD)])
def test_bad_input_is_a_clear_4xx_and_changes_nothing(
    client: TestClient,
    world: World,
    path: str,
    extra: dict[str, Any],
    body: dict[str, Any],
    code: str,
) -> None:
    before = snapshot(world.home)
    r = client.post(path, json={**body, **extra}, headers=bearer(world, "privacy_officer"))
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == code, r.text
    assert "Traceback" not in r.text and 'File "' not in r.text
    assert snapshot(world.home) == before


def test_an_encrypted_pdf_is_refused(client: TestClient, world: World) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.set_encryption(owner_password="o", user_password="u")
    pdf.add_page()
    pdf.multi_cell(0, 6, "Vendor shall not train models on Customer Data.")
    r = client.post(
        REVIEW,
        json={"name": "locked.pdf", "content_base64": _b64(bytes(pdf.output()))},
        headers=bearer(world, "privacy_officer"),
    )
    assert (r.status_code, r.json()["error"]["code"]) == (400, "contract.encrypted")


def test_uploads_have_their_own_size_limit(world: World) -> None:
    config = ApiConfig(max_body_bytes=16 * 1024, max_upload_bytes=64 * 1024)
    contract = WEAK + "\n".join(f"{i}. Payment is due within 30 days." for i in range(1000))
    assert 16 * 1024 < len(contract) < 40 * 1024
    with make_client(world, config) as c:
        h = bearer(world, "privacy_officer")
        r = c.post(REVIEW, json={"name": "long.md", "text": contract}, headers=h)
        assert r.status_code == 200, r.text  # over the JSON limit, under the upload limit
        before = audit_rows(world.home)
        r = c.post(REVIEW, json={"name": "long.md", "text": contract * 2}, headers=h)
        assert (r.status_code, r.json()["error"]["code"]) == (413, "request.too_large")
        # sent without a Content-Length (chunked), cut off as it arrives
        body = json.dumps({"name": "long.md", "text": contract * 2}).encode()
        r = c.post(
            REVIEW,
            content=iter([body[i : i + 65536] for i in range(0, len(body), 65536)]),
            headers={**h, "Content-Type": "application/json"},
        )
        assert (r.status_code, r.json()["error"]["code"]) == (413, "request.too_large")
        assert audit_rows(world.home) == before
        # every other route keeps the JSON limit
        r = c.post(
            "/api/v1/incidents",
            json={"kind": "other", "summary": "x" * (20 * 1024)},
            headers=bearer(world, "custodian"),
        )
        assert r.status_code == 413
    assert "Traceback" not in r.text


def test_uploads_are_json_like_every_other_api_body(client: TestClient, world: World) -> None:
    r = client.post(
        REVIEW,
        files={"file": ("vendor.md", WEAK.encode(), "text/markdown")},
        headers=bearer(world, "privacy_officer"),
    )
    assert (r.status_code, r.json()["error"]["code"]) == (415, "request.unsupported_media_type")


# -- who may ---------------------------------------------------------------------------------

CALLS = [
    (Action.CONTRACT_REVIEW, "POST", REVIEW, {"name": "v.md", "text": WEAK}),
    (Action.CONTRACT_COMPARE, "POST", COMPARE, {"name": "v.md", "text": WEAK, "dua": DUA}),
    (Action.DUA_ANNEX, "GET", ANNEX, None),
]


@pytest.mark.parametrize(
    "principal", ["anonymous", "custodian", "privacy_officer", "auditor", "vendor"]
)
@pytest.mark.parametrize(
    ("action", "method", "path", "body"), CALLS, ids=[c[0].value for c in CALLS]
)
def test_the_role_matrix(
    client: TestClient,
    world: World,
    principal: str,
    action: Action,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    before, log_before = snapshot(world.home), audit_rows(world.home)
    if principal == "vendor":
        raw, headers = signed(world.vendor_a, method, path, body)
        r = client.request(method, path, content=raw or None, headers=headers)
        role: Role | None = Role.VENDOR
    elif principal == "anonymous":
        r = client.request(method, path, json=body)
        role = None
    else:
        r = client.request(method, path, json=body, headers=bearer(world, principal))
        role = Role(principal)
    if role is not None and allowed(action, role):
        assert r.status_code == 200, r.text
        new = audit_rows(world.home)[len(log_before) :]
        if method == "POST":
            assert [a for a, _, _ in new] == [f"{principal}:{world_name(principal)}"]
        else:
            assert new == []
        return
    expected = (401, "auth.required") if role is None else (403, "auth.forbidden")
    assert (r.status_code, r.json()["error"]["code"]) == expected, r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before


def world_name(role: str) -> str:
    from tests.api.conftest import PEOPLE

    return PEOPLE[role]


def test_the_policy_names_who_reviews() -> None:
    assert {r for r in Role if allowed(Action.CONTRACT_REVIEW, r)} == {
        Role.CUSTODIAN,
        Role.PRIVACY_OFFICER,
    }
    assert {r for r in Role if allowed(Action.CONTRACT_COMPARE, r)} == {
        Role.CUSTODIAN,
        Role.PRIVACY_OFFICER,
    }
    assert {r for r in Role if allowed(Action.DUA_ANNEX, r)} == {
        Role.CUSTODIAN,
        Role.PRIVACY_OFFICER,
        Role.AUDITOR,
    }


def test_upload_helpers_refuse_what_is_not_a_file() -> None:
    from custos.api._contracts import ContractBody

    assert file_name("  dpa v2.pdf ") == "dpa v2.pdf"
    for bad in ("", ".", "..", "a/b.md", "a\\b.md", "x\x00.md", "y" * 256):
        with pytest.raises(InvalidInput):
            file_name(bad)
    assert contract_bytes(ContractBody(name="a.md", text="é")) == "é".encode()
    assert contract_bytes(ContractBody(name="a.pdf", content_base64=_b64(b"%PDF"))) == b"%PDF"


# -- the CLI against a remote node --------------------------------------------------------


@pytest.mark.integration
def test_the_cli_reviews_compares_and_renders_the_annex_on_a_remote_node(
    world: World, tmp_path: Path
) -> None:
    from tests._serve import run_custos
    from tests.cli.test_remote import runner, serving

    (tmp_path / "vendor.md").write_text(WEAK, encoding="utf-8")
    (tmp_path / "dpa.pdf").write_bytes(_pdf(STRONG))
    (tmp_path / "fake.pdf").write_text("this is not a pdf", encoding="utf-8")

    def local(*args: str) -> subprocess.CompletedProcess[str]:
        return run_custos(world.home, *args, cwd=tmp_path)

    want_annex = local("contract", "annex", DUA).stdout
    want_json = json.loads(local("contract", "review", "vendor.md", "--format", "json").stdout)
    want_compare = local("contract", "compare", "vendor.md", DUA, "--format", "json")
    assert want_compare.returncode == 77
    with serving(world.home) as url:
        cli = runner(url, tmp_path)
        p = cli("contract", "review", str(tmp_path / "vendor.md"))
        assert (p.returncode, p.stderr.split("]")[0]) == (77, "error[remote.not_logged_in")
        p = cli("login", "--user", "priya", stdin=PASSWORD + "\n")
        assert p.returncode == 0, p.stderr

        p = cli("contract", "review", str(tmp_path / "vendor.md"), "--format", "json")
        assert p.returncode == 0, p.stderr
        _same_review(json.loads(p.stdout), want_json)
        p = cli("contract", "review", str(tmp_path / "dpa.pdf"))
        assert p.returncode == 0 and p.stdout.startswith("# Contract review: dpa.pdf"), p.stderr

        p = cli("contract", "compare", str(tmp_path / "vendor.md"), DUA, "--format", "json")
        assert p.returncode == 77, p.stderr
        assert json.loads(p.stdout) == json.loads(want_compare.stdout)
        p = cli("contract", "compare", str(tmp_path / "vendor.md"), DUA)
        assert p.returncode == 77 and "conflicts" in p.stdout
        out = tmp_path / "compare.md"
        p = cli("contract", "compare", str(tmp_path / "dpa.pdf"), DUA, "--out", str(out))
        assert p.returncode in (0, 77) and out.read_text().startswith("# Contract vs DUA")

        p = cli("contract", "annex", DUA)
        assert p.returncode == 0, p.stderr
        assert p.stdout == want_annex  # the node's policy included, as locally

        # refusals: before sending (a file that cannot be read) and by the node
        p = cli("contract", "review", str(tmp_path / "fake.pdf"))
        assert p.returncode == 65 and p.stderr.startswith("error[contract.unreadable]")
        p = cli("contract", "compare", str(tmp_path / "vendor.md"), "no-such-dua")
        assert p.returncode == 66 and p.stderr.startswith("error[dua.not_found]")
        p = cli("contract", "annex", "no-such-dua")
        assert p.returncode == 66 and p.stderr.startswith("error[dua.not_found]")
    actions = [a for _, a, _ in audit_rows(world.home)]
    assert actions.count("contract.reviewed") == 2
    assert actions.count("contract.compared") == 3
