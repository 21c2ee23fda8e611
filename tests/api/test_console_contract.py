"""The console's contract review page (#11): a privacy officer uploads a vendor's
contract (a file, as a browser sends it, or pasted text) and sees the ratings, the
cited passages, the red flags, the terms, the checklist and, with a DUA chosen, the
mismatches; CSRF and roles as on every console form; refusals keep the form."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import World, audit_rows, csrf_of, snapshot
from tests.api.test_console_forms import BOX_RE, Fields
from tests.api.test_contract_api import _docx, _pdf
from tests.contract.test_review import STRONG, WEAK

from custos.api._console import CONSOLE_CSP
from custos.api._multipart import parse_multipart
from custos.core._errors import InvalidInput

PAGE = "/console/contracts"
DUA = "acme-wdbc-2026"


def _upload(
    c: TestClient,
    name: str,
    data: bytes,
    *,
    token: str | None = "fresh",
    **fields: str,
) -> Any:
    """Post the form as a browser does: multipart, the file in field ``file``."""
    form = {"method": "classifier", "dua": "", "text": "", **fields}
    if token is not None:
        form["csrf_token"] = csrf_of(c, PAGE) if token == "fresh" else token
    return c.post(
        PAGE,
        data=form,
        files={"file": (name, data, "application/octet-stream")},
        follow_redirects=False,
    )


def _rows(page: str, table: str) -> list[str]:
    m = re.search(rf'<table id="{table}">(.*?)</table>', page, re.S)
    assert m is not None, table
    return re.findall(r"<tr[^>]*>(.*?)</tr>", m.group(1), re.S)[1:]


def test_the_page_has_the_upload_form(people: dict[str, TestClient]) -> None:
    r = people["privacy_officer"].get(PAGE)
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == CONSOLE_CSP
    assert 'enctype="multipart/form-data"' in r.text
    assert 'type="file" id="contract-file" name="file"' in r.text
    fields = Fields(r.text)
    assert fields.selected["contract-method"] == ["classifier"]
    assert fields.selected["contract-dua"] == [""]
    assert f'<option value="{DUA}">' in r.text
    assert '<a href="/console/contracts">Contracts</a>' in r.text
    assert "<script" not in r.text


def test_privacy_officer_uploads_a_contract_and_sees_the_review(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["privacy_officer"]
    before = audit_rows(world.home)
    r = _upload(c, "vendor.md", WEAK.encode())
    assert r.status_code == 200, r.text
    page = html.unescape(r.text)
    assert "<h2>vendor.md</h2>" in page
    assert len(re.findall(r'<tr id="rating-\w+">', r.text)) == 8
    assert re.search(r'id="rating-breach_notification">.*?weak', r.text, re.S)
    assert re.search(r'id="rating-audit_rights">.*?missing', r.text, re.S)
    flags = " ".join(_rows(r.text, "red-flags"))
    for code in ("retention.as_long_as_necessary", "breach.undue_delay_only"):
        assert f"<code>{code}</code>" in flags
    assert "the pattern matching <q>without undue delay</q>" in flags
    assert "Provider retains Client Data for as long as necessary" in page  # cited passage
    assert 'id="checklist"' in r.text and "Red lines (never move)" in page
    assert 'id="evidence"' in r.text and "<details>" in r.text
    assert 'id="mismatches"' not in r.text  # no DUA chosen
    new = audit_rows(world.home)[len(before) :]
    assert [(a, act) for a, act, _ in new] == [("privacy_officer:priya", "contract.reviewed")]


@pytest.mark.parametrize(("name", "make"), [("dpa.pdf", _pdf), ("dpa.docx", _docx)])
def test_pdf_and_word_uploads_show_their_terms(
    people: dict[str, TestClient], name: str, make: Any
) -> None:
    r = _upload(people["custodian"], name, make(STRONG))
    assert r.status_code == 200, r.text
    terms = re.search(r'<dl class="facts" id="terms">(.*?)</dl>', r.text, re.S)
    assert terms is not None
    assert "<dd>24</dd>" in terms.group(1) and "<dd>99.9</dd>" in terms.group(1)
    assert 'id="red-flags" class="muted">None found.' in r.text


def test_choosing_a_dua_adds_the_mismatches(people: dict[str, TestClient], world: World) -> None:
    c = people["privacy_officer"]
    r = _upload(c, "vendor.md", WEAK.encode(), dua=DUA)
    assert r.status_code == 200, r.text
    rows = _rows(r.text, "mismatches")
    clauses = {re.search(r"<code>([^<]+)</code>", row).group(1) for row in rows}  # type: ignore[union-attr]
    assert {"retention.job_artifact_days", "subprocessors"} <= clauses
    assert f"Against DUA {DUA} v1" in r.text
    assert Fields(r.text).selected["contract-dua"] == [DUA]  # the form keeps the choice
    assert audit_rows(world.home)[-1][1] == "contract.compared"


def test_the_patterns_only_box_leaves_the_detector_out(people: dict[str, TestClient]) -> None:
    text = (
        "1. We aim to keep the service running but make no commitment about availability "
        "or response times.\n"
    )
    c = people["privacy_officer"]
    r = _upload(c, "t.md", text.encode())
    assert "the learned detector, score" in r.text
    assert Fields(r.text).checked["contract-patterns-only"] is False
    r = _upload(c, "t.md", text.encode(), patterns_only="yes")
    assert "the learned detector, score" not in r.text
    assert 'id="red-flags" class="muted">None found.' in r.text
    assert Fields(r.text).checked["contract-patterns-only"] is True


def test_pasted_text_is_reviewed_too(people: dict[str, TestClient]) -> None:
    c = people["privacy_officer"]
    r = c.post(
        PAGE,
        data={"csrf_token": csrf_of(c, PAGE), "text": WEAK, "method": "hybrid"},
        follow_redirects=False,
    )
    assert r.status_code == 200, r.text
    assert "<h2>pasted-contract.md</h2>" in r.text
    assert Fields(r.text).values["contract-text"] == WEAK  # kept for another try
    assert Fields(r.text).selected["contract-method"] == ["hybrid"]


@pytest.mark.parametrize(
    ("name", "data", "fields", "status", "code"),
    [
        ("fake.pdf", b"this is not a pdf", {}, 400, "contract.unreadable"),
        ("terms.exe", b"MZ", {}, 400, "contract.unsupported"),
        ("empty.md", b"", {}, 400, "contract.no_text"),
        ("vendor.md", WEAK.encode(), {"method": "magic"}, 400, "contract.invalid_method"),
        ("vendor.md", WEAK.encode(), {"dua": "no-such-dua"}, 404, "dua.not_found"),
        ("vendor.md", WEAK.encode(), {"dua": "bad name!"}, 400, "input.name"),
    ],
)
def test_a_refused_upload_comes_back_with_an_error_box(
    people: dict[str, TestClient],
    world: World,
    name: str,
    data: bytes,
    fields: dict[str, str],
    status: int,
    code: str,
) -> None:
    c = people["privacy_officer"]
    before, log_before = snapshot(world.home), audit_rows(world.home)
    r = _upload(c, name, data, **fields)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html")
    box = BOX_RE.search(r.text)
    assert box is not None and f'id="error-code">{code}<' in box.group(1)
    assert r.text.index('id="form-error"') < r.text.index('id="contract-review"')
    assert "Traceback" not in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before


def test_nothing_chosen_and_nothing_pasted_is_refused(people: dict[str, TestClient]) -> None:
    c = people["privacy_officer"]
    r = c.post(PAGE, data={"csrf_token": csrf_of(c, PAGE), "text": "  \n"})
    assert r.status_code == 400 and 'id="error-code">contract.upload<' in r.text


@pytest.mark.parametrize("token", [None, "", "wrong-token"])
def test_the_upload_needs_the_csrf_token(
    people: dict[str, TestClient], world: World, token: str | None
) -> None:
    before, log_before = snapshot(world.home), audit_rows(world.home)
    r = _upload(people["privacy_officer"], "vendor.md", WEAK.encode(), token=token)
    assert r.status_code == 403, r.text
    assert 'id="error-code">auth.csrf<' in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before


def test_a_post_from_another_site_is_refused(people: dict[str, TestClient]) -> None:
    c = people["privacy_officer"]
    token = csrf_of(c, PAGE)
    r = c.post(
        PAGE,
        data={"csrf_token": token, "text": WEAK},
        headers={"Origin": "https://evil.example"},
    )
    assert r.status_code == 403 and 'id="error-code">auth.csrf<' in r.text


def test_the_auditor_may_not_review(people: dict[str, TestClient], world: World) -> None:
    c = people["auditor"]
    assert c.get(PAGE).status_code == 403
    assert "/console/contracts" not in c.get("/console/jobs").text  # no link in the menu
    log_before = audit_rows(world.home)
    r = _upload(c, "vendor.md", WEAK.encode(), token=csrf_of(c))
    assert r.status_code == 403 and 'id="error-code">auth.forbidden<' in r.text
    assert audit_rows(world.home) == log_before


def test_anonymous_visitors_go_to_the_login_page(client: TestClient) -> None:
    r = client.get(PAGE, follow_redirects=False)
    assert (r.status_code, r.headers["location"]) == (303, "/console/login")


def test_a_hostile_contract_is_escaped(people: dict[str, TestClient]) -> None:
    hostile = (
        WEAK + '\n7. <script>alert(1)</script> "><img src=x onerror=alert(2)> Provider may '
        "audit at its sole discretion.\n"
    )
    r = _upload(people["privacy_officer"], "<i>x.md", hostile.encode())
    assert r.status_code == 200, r.text
    assert "<script>alert" not in r.text and "<img src=x" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<h2>&lt;i&gt;x.md</h2>" in r.text


def test_a_browser_s_folder_in_the_file_name_is_dropped(people: dict[str, TestClient]) -> None:
    r = _upload(people["privacy_officer"], "C:\\Users\\dpo\\vendor.md", WEAK.encode())
    assert r.status_code == 200 and "<h2>vendor.md</h2>" in r.text


def test_uploads_go_to_the_review_page_only(people: dict[str, TestClient], world: World) -> None:
    """Multipart bodies are let through for the contract form alone; elsewhere the
    console still takes urlencoded forms only."""
    c = people["custodian"]
    r = c.post(
        "/console/duas",
        data={"csrf_token": csrf_of(c)},
        files={"file": ("dua.yaml", b"id: x", "application/octet-stream")},
    )
    assert (r.status_code, r.json()["error"]["code"]) == (415, "request.unsupported_media_type")


def test_a_large_upload_is_refused_before_it_is_read(world: World) -> None:
    from custos.api import ApiConfig, create_app
    from custos.core import load_settings

    app = create_app(
        load_settings(home=world.home, user="server"),
        ApiConfig(max_body_bytes=2048, max_upload_bytes=4096),
    )
    with TestClient(app, raise_server_exceptions=False) as base:
        c = TestClient(base.app, raise_server_exceptions=False)
        c.cookies.set("custos_session", world.tokens["privacy_officer"], path="/")
        c.cookies.set("custos_csrf", world.csrf["privacy_officer"], path="/console")
        before = audit_rows(world.home)
        r = _upload(c, "vendor.md", WEAK.encode() * 20)
        assert (r.status_code, r.json()["error"]["code"]) == (413, "request.too_large")
        assert _upload(c, "vendor.md", WEAK.encode()).status_code == 200
        assert len(audit_rows(world.home)) == len(before) + 1


# -- the multipart reader -------------------------------------------------------------------


def _body(*parts: bytes, boundary: bytes = b"XyZ") -> bytes:
    return b"".join(b"--" + boundary + b"\r\n" + p + b"\r\n" for p in parts) + (
        b"--" + boundary + b"--\r\n"
    )


def test_multipart_fields_and_one_file() -> None:
    body = _body(
        b'Content-Disposition: form-data; name="csrf_token"\r\n\r\ntok',
        b'Content-Disposition: form-data; name="file"; filename="dpa.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n\r\n--not-the-boundary\r\nend",
        b'Content-Disposition: form-data; name="note"\r\n\r\ncaf\xc3\xa9',
    )
    fields, files = parse_multipart(body, "multipart/form-data; boundary=XyZ", max_parts=5)
    assert fields == {"csrf_token": "tok", "note": "café"}
    (f,) = files
    assert (f.field, f.filename) == ("file", "dpa.pdf")
    assert f.data == b"%PDF-1.4\r\n\r\n--not-the-boundary\r\nend"


def test_an_empty_file_input_is_no_file() -> None:
    body = _body(b'Content-Disposition: form-data; name="file"; filename=""\r\n\r\n')
    assert parse_multipart(body, 'multipart/form-data; boundary="XyZ"', max_parts=5) == ({}, [])


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (_body(b'Content-Disposition: form-data; name="a"\r\n\r\nx'), "multipart/form-data"),
        (
            b"--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx",
            "multipart/form-data; boundary=XyZ",
        ),
        (_body(b"Content-Type: text/plain\r\n\r\nx"), "multipart/form-data; boundary=XyZ"),
        (
            _body(b'Content-Disposition: attachment; name="a"\r\n\r\nx'),
            "multipart/form-data; boundary=XyZ",
        ),
        (_body(b"Content-Disposition: form-data\r\n\r\nx"), "multipart/form-data; boundary=XyZ"),
        (
            _body(b'Content-Disposition: form-data; name="a"\r\nno blank line'),
            "multipart/form-data; boundary=XyZ",
        ),
        (
            _body(b'Content-Disposition: form-data; name="a"\r\n\r\n\xff'),
            "multipart/form-data; boundary=XyZ",
        ),
        (
            _body(*[b'Content-Disposition: form-data; name="a"\r\n\r\nx'] * 6),
            "multipart/form-data; boundary=XyZ",
        ),
        (
            _body(
                b'Content-Disposition: form-data; name="f"; filename="a.md"\r\n\r\nx',
                b'Content-Disposition: form-data; name="g"; filename="b.md"\r\n\r\ny',
            ),
            "multipart/form-data; boundary=XyZ",
        ),
    ],
)
def test_malformed_multipart_is_refused(body: bytes, content_type: str) -> None:
    with pytest.raises(InvalidInput) as e:
        parse_multipart(body, content_type, max_parts=5)
    assert e.value.code == "request.form"
