"""The console's typed forms shown again after a refusal (register a DUA, register a
dataset, report an incident): the page comes back with what was typed and an error
box; nothing is changed; role refusals and failures keep their error pages."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.api.conftest import (
    CSRF_RE,
    World,
    audit_rows,
    card_yaml,
    csrf_of,
    dua_yaml,
    snapshot,
)

from custos.api._accounts import AuthError, Forbidden
from custos.api._console import _form_error, yaml_mapping
from custos.core._errors import (
    ConfigError,
    Conflict,
    CustosError,
    IntegrityError,
    InvalidInput,
    NotFound,
    PolicyDenied,
    SignatureError,
    StorageError,
)

HOSTILE = "</textarea><script>alert(1)</script>"
BOX_RE = re.compile(r'<div class="alert form-error" role="alert" id="form-error">(.*?)</div>', re.S)

# A DUA as pasted, with a YAML error: line 12 opens a flow sequence that line 13 breaks.
BROKEN_DUA = "\n".join(
    [
        "id: broken-dua",
        "title: Broken on purpose",
        "parties:",
        "  hospital:",
        "    id: st-example",
        "  vendor:",
        "    id: acme-ai",
        '    public_key: "ed25519:AAAA"',
        "datasets: [wdbc]",
        "purposes:",
        "  - research",
        "allowed_models: [logistic_regression",
        "validity:",
        "  not_before: 2026-01-01",
        "  not_after: 2026-12-31",
        "privacy:",
        "  max_epsilon_per_job: 1.0",
        "  lifetime_epsilon: 5.0",
    ]
)


class Fields(HTMLParser):
    """What a browser shows in each form field that has an id: the text of inputs and
    textareas, the selected options of selects, the state of checkboxes."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self.selected: dict[str, list[str]] = {}
        self.checked: dict[str, bool] = {}
        self._textarea: str | None = None
        self._select: str | None = None
        self.feed(page)
        self.close()
        # A browser drops the one newline right after <textarea>.
        self.values = {k: v.removeprefix("\n") for k, v in self.values.items()}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        key = a.get("id")
        if tag == "input" and key:
            self.values[key] = a.get("value") or ""
            if a.get("type") == "checkbox":
                self.checked[key] = "checked" in a
        elif tag == "textarea" and key:
            self._textarea, self.values[key] = key, ""
        elif tag == "select" and key:
            self._select, self.selected[key] = key, []
        elif tag == "option" and self._select is not None and "selected" in a:
            self.selected[self._select].append(a.get("value") or "")

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self.values[self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def post(c: TestClient, path: str, data: dict[str, str]) -> Any:
    return c.post(path, data={**data, "csrf_token": csrf_of(c, path)}, follow_redirects=False)


def shown_again(
    c: TestClient, world: World, path: str, data: dict[str, str], status: int, code: str
) -> tuple[Any, str]:
    """Post a form that must be refused and come back as its own page: the status,
    the error box (returned as text) right above the form, no change, no audit entry."""
    before, log_before = snapshot(world.home), audit_rows(world.home)
    r = post(c, path, data)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in r.headers["content-security-policy"]
    boxes = BOX_RE.findall(r.text)
    assert len(boxes) == 1, r.text
    assert f'<code id="error-code">{code}</code>' in boxes[0]
    assert f"HTTP {status}" in boxes[0]
    # the box sits right above the form, and the page is the form's, not error.html
    assert re.search(r'id="form-error">.*?</div>\s*(<p [^>]*id="no-imports"|<form )', r.text, re.S)
    assert "Back to the console" not in r.text
    assert "<script>" not in r.text and "Traceback" not in r.text
    assert snapshot(world.home) == before
    assert audit_rows(world.home) == log_before
    # the same CSRF token as on a plain visit of the page: the form can be sent again
    assert set(CSRF_RE.findall(r.text)) == {csrf_of(c, path)}
    return r, " ".join(html.unescape(re.sub(r"<[^>]+>", " ", boxes[0])).split())


def error_page(r: Any, status: int, title: str) -> None:
    """The generic error page, not a form shown again."""
    assert r.status_code == status, r.text
    assert f"<h1>{title}</h1>" in r.text
    assert 'id="form-error"' not in r.text and "<form class=" not in r.text


# -- the mapping ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (InvalidInput("m", code="c"), (400, "Invalid request")),
        (SignatureError("m", code="c"), (400, "Invalid request")),
        (NotFound("m", code="c"), (404, "Not found")),
        (Conflict("m", code="c"), (409, "Conflict")),
        (PolicyDenied("m", code="c"), (403, "Refused by policy")),
        (Forbidden("m", code="c"), None),
        (AuthError("m", code="c"), None),
        (ConfigError("m", code="c"), None),
        (IntegrityError("m", code="c"), None),
        (StorageError("m", code="c"), None),
        (CustosError("m", code="c"), None),
    ],
    ids=[
        "InvalidInput",
        "SignatureError",
        "NotFound",
        "Conflict",
        "PolicyDenied",
        "Forbidden",
        "AuthError",
        "ConfigError",
        "IntegrityError",
        "StorageError",
        "CustosError",
    ],
)
def test_only_correctable_errors_keep_the_form(
    exc: CustosError, expected: tuple[int, str] | None
) -> None:
    error = _form_error(exc)
    if expected is None:
        assert error is None
    else:
        assert error is not None and (error.status, error.title) == expected
        assert (error.message, error.code) == ("m", "c")


# -- DUAs ----------------------------------------------------------------------------------


def test_a_broken_dua_comes_back_in_its_form(people: dict[str, TestClient], world: World) -> None:
    c = people["custodian"]
    r, box = shown_again(c, world, "/console/duas", {"document": BROKEN_DUA}, 400, "input.yaml")
    with pytest.raises(InvalidInput) as expected:
        yaml_mapping(BROKEN_DUA, "DUA")
    assert expected.value.message in box  # the text the error page showed before
    assert expected.value.message == "DUA is not valid YAML at line 13"
    assert Fields(r.text).values["dua-document"] == BROKEN_DUA
    assert "<h1>Data-use agreements</h1>" in r.text
    assert "acme-wdbc-2026" in r.text and "other-wdbc" in r.text  # the list, as on GET
    assert 'id="add-dua"' in r.text


def test_a_refused_dua_shows_the_details(people: dict[str, TestClient], world: World) -> None:
    text = dua_yaml("new-dua", surprise=True)
    r, box = shown_again(
        people["custodian"], world, "/console/duas", {"document": text}, 400, "dua.invalid"
    )
    assert "surprise" in box and "<li>" in BOX_RE.findall(r.text)[0]
    assert Fields(r.text).values["dua-document"] == text


def test_a_dua_that_exists_is_a_409_form(people: dict[str, TestClient], world: World) -> None:
    c = people["custodian"]
    text = dua_yaml("twice")
    assert post(c, "/console/duas", {"document": text}).status_code == 303
    r, box = shown_again(c, world, "/console/duas", {"document": text}, 409, "dua.exists")
    assert box.startswith("Conflict: ")
    assert Fields(r.text).values["dua-document"] == text


def test_a_fixed_dua_is_sent_again_with_the_pages_token(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    good = dua_yaml("fixed-dua")
    broken = good.replace("datasets:", "datasets: [", 1)
    r, _ = shown_again(c, world, "/console/duas", {"document": broken}, 400, "input.yaml")
    token = CSRF_RE.findall(r.text)[-1]
    again = c.post(
        "/console/duas", data={"document": good, "csrf_token": token}, follow_redirects=False
    )
    assert (again.status_code, again.headers["location"]) == (
        303,
        "/console/duas/fixed-dua?done=dua_added",
    )
    assert ("custodian:alice", "dua.added", "dua:fixed-dua") in audit_rows(world.home)


def test_hostile_dua_text_comes_back_escaped(people: dict[str, TestClient], world: World) -> None:
    text = f"id: x\ntitle: {HOSTILE}\n: [\n"
    r, _ = shown_again(
        people["custodian"], world, "/console/duas", {"document": text}, 400, "input.yaml"
    )
    assert "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert Fields(r.text).values["dua-document"] == text


def test_a_policy_refusal_keeps_the_form_as_a_403(
    people: dict[str, TestClient], world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: Any) -> Any:
        raise PolicyDenied("refused by a rule", code="dua.refused", details=["rule one"])

    monkeypatch.setattr("custos.api._console.add_dua_inline", refuse)
    text = dua_yaml("refused-dua")
    r, box = shown_again(
        people["custodian"], world, "/console/duas", {"document": text}, 403, "dua.refused"
    )
    assert "Refused by policy: refused by a rule" in box and "rule one" in box
    assert Fields(r.text).values["dua-document"] == text


@pytest.mark.parametrize(
    ("exc", "status", "title"),
    [
        (StorageError("the database is gone /var/x", code="storage.unavailable"), 503, "Error"),
        (IntegrityError("tampered", code="audit.broken"), 500, "Error"),
        (RuntimeError("surprise /secret/path"), 500, "Error"),
    ],
    ids=["storage", "integrity", "unexpected"],
)
def test_failures_keep_the_error_page(
    people: dict[str, TestClient],
    world: World,
    monkeypatch: pytest.MonkeyPatch,
    exc: Exception,
    status: int,
    title: str,
) -> None:
    def fail(*_: Any) -> Any:
        raise exc

    monkeypatch.setattr("custos.api._console.add_dua_inline", fail)
    r = post(people["custodian"], "/console/duas", {"document": dua_yaml("new-dua")})
    error_page(r, status, title)
    assert "/var/x" not in r.text and "/secret/path" not in r.text


def test_roles_and_csrf_keep_the_error_page(people: dict[str, TestClient], world: World) -> None:
    before = snapshot(world.home)
    r = post(people["auditor"], "/console/duas", {"document": BROKEN_DUA})
    error_page(r, 403, "Forbidden")
    assert 'id="error-code">auth.forbidden<' in r.text
    r = people["custodian"].post(
        "/console/duas", data={"document": BROKEN_DUA, "csrf_token": "wrong"}
    )
    error_page(r, 403, "Forbidden")
    assert 'id="error-code">auth.csrf<' in r.text
    assert "Broken on purpose" not in r.text
    assert snapshot(world.home) == before


def test_the_plain_pages_have_empty_forms(people: dict[str, TestClient]) -> None:
    duas = people["custodian"].get("/console/duas")
    assert duas.status_code == 200 and 'id="form-error"' not in duas.text
    assert Fields(duas.text).values["dua-document"] == ""
    datasets = Fields(people["custodian"].get("/console/datasets").text)
    assert (datasets.values["dataset-name"], datasets.values["dataset-card"]) == ("", "")
    assert datasets.selected["dataset-file"] == []
    incidents = people["privacy_officer"].get("/console/incidents")
    assert 'id="form-error"' not in incidents.text
    f = Fields(incidents.text)
    assert f.selected == {"incident-kind": ["other"], "incident-severity": [""]}
    assert f.checked == {"incident-confirmed": False}
    assert [f.values[k] for k in ("incident-summary", "incident-job", "incident-dua")] == [""] * 3


# -- datasets ------------------------------------------------------------------------------


def test_a_refused_dataset_comes_back_in_its_form(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    (world.home / "imports" / "other.csv").write_bytes(
        (world.home / "imports" / "wdbc.csv").read_bytes()
    )
    card = card_yaml("another-name")
    form = {"name": "wdbc-new", "file": "wdbc.csv", "card": card}
    r, box = shown_again(c, world, "/console/datasets", form, 400, "dataset.card_mismatch")
    assert "dataset 'wdbc-new' cannot be registered: 1 problem" in box
    assert "the data card describes dataset 'another-name', not 'wdbc-new'" in box
    f = Fields(r.text)
    assert (f.values["dataset-name"], f.values["dataset-card"]) == ("wdbc-new", card)
    assert f.selected["dataset-file"] == ["wdbc.csv"]
    assert "<h1>Datasets</h1>" in r.text and 'href="/console/datasets/wdbc"' in r.text
    assert "wdbc-new" not in c.get("/console/datasets").text.split("<h2>")[0]


@pytest.mark.parametrize(
    ("over", "status", "code"),
    [
        ({"file": "../custos.db"}, 400, "input.path"),
        ({"name": f"bad {HOSTILE}"}, 400, "input.name"),
        ({"name": "wdbc", "card": card_yaml("wdbc")}, 409, "dataset.exists"),
        ({"card": f"name: {HOSTILE}\n  : ["}, 400, "input.yaml"),
    ],
    ids=["file", "name", "exists", "yaml"],
)
def test_every_dataset_field_is_kept(
    people: dict[str, TestClient], world: World, over: dict[str, str], status: int, code: str
) -> None:
    form = {"name": "wdbc-new", "file": "wdbc.csv", "card": card_yaml("wdbc-new"), **over}
    r, _ = shown_again(people["custodian"], world, "/console/datasets", form, status, code)
    f = Fields(r.text)
    assert (f.values["dataset-name"], f.values["dataset-card"]) == (form["name"], form["card"])
    # a file the list does not offer is not selected (the browser shows the first)
    offered = form["file"] == "wdbc.csv"
    assert f.selected["dataset-file"] == (["wdbc.csv"] if offered else [])
    assert re.findall(r'<option value="([^"]*)"', r.text) == ["wdbc.csv"]


def test_a_fixed_dataset_registers(people: dict[str, TestClient], world: World) -> None:
    c = people["custodian"]
    form = {"name": "wdbc-two", "file": "wdbc.csv", "card": card_yaml("wdbc-other")}
    shown_again(c, world, "/console/datasets", form, 400, "dataset.card_mismatch")
    r = post(c, "/console/datasets", {**form, "card": card_yaml("wdbc-two")})
    assert (r.status_code, r.headers["location"]) == (
        303,
        "/console/datasets/wdbc-two?done=dataset_registered",
    )


def test_a_dataset_file_gone_meanwhile_says_so_above_the_note(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    token = csrf_of(c, "/console/datasets")
    (world.home / "imports" / "wdbc.csv").unlink()
    form = {"name": "wdbc-new", "file": "wdbc.csv", "card": card_yaml("wdbc-new")}
    r = c.post("/console/datasets", data={**form, "csrf_token": token}, follow_redirects=False)
    assert r.status_code == 400
    assert 'id="error-code">input.path<' in BOX_RE.findall(r.text)[0]
    assert 'id="no-imports"' in r.text and 'id="dataset-add"' not in r.text


# -- incidents -----------------------------------------------------------------------------


def test_a_refused_incident_keeps_every_field(people: dict[str, TestClient], world: World) -> None:
    c = people["privacy_officer"]
    form = {
        "kind": "egress",
        "severity": "high",
        "summary": f"weights sent by mail {HOSTILE}",
        "job": "job-0000000000000000",
        "dua": "acme-wdbc-2026",
        "datasets": "wdbc, wdbc",
        "confirmed": "yes",
    }
    r, box = shown_again(c, world, "/console/incidents", form, 404, "job.not_found")
    assert box.startswith("Not found: ")
    f = Fields(r.text)
    assert f.selected == {"incident-kind": ["egress"], "incident-severity": ["high"]}
    assert f.checked == {"incident-confirmed": True}
    assert f.values["incident-summary"] == form["summary"]
    assert [f.values[f"incident-{k}"] for k in ("job", "dua", "datasets")] == [
        form["job"],
        form["dua"],
        form["datasets"],
    ]
    assert "<h1>Incidents</h1>" in r.text and world.incident in r.text  # the list, as on GET


@pytest.mark.parametrize(
    ("over", "status", "code", "kind", "severity"),
    [
        ({"kind": "made-up"}, 400, "incident.kind", "other", "low"),
        ({"severity": "apocalyptic"}, 400, "incident.severity", "policy_violation", ""),
        ({"summary": "   "}, 400, "incident.text", "policy_violation", "low"),
        ({"dua": "nope"}, 404, "dua.not_found", "policy_violation", "low"),
        ({"datasets": "wdbc, nope"}, 404, "dataset.not_found", "policy_violation", "low"),
    ],
    ids=["kind", "severity", "summary", "dua", "datasets"],
)
def test_an_incident_field_the_lists_lack_falls_back(
    people: dict[str, TestClient],
    world: World,
    over: dict[str, str],
    status: int,
    code: str,
    kind: str,
    severity: str,
) -> None:
    form = {"kind": "policy_violation", "severity": "low", "summary": "a door was open", **over}
    r, _ = shown_again(people["privacy_officer"], world, "/console/incidents", form, status, code)
    f = Fields(r.text)
    assert f.selected == {"incident-kind": [kind], "incident-severity": [severity]}
    assert f.checked == {"incident-confirmed": False}
    assert f.values["incident-summary"] == form["summary"]


def test_custodian_confirming_still_gets_the_forbidden_page(
    people: dict[str, TestClient], world: World
) -> None:
    c = people["custodian"]
    before, log_before = snapshot(world.home), audit_rows(world.home)
    form = {"kind": "other", "summary": "a door was open", "confirmed": "yes"}
    r = post(c, "/console/incidents", form)
    error_page(r, 403, "Forbidden")
    assert 'id="error-code">auth.forbidden<' in r.text
    assert "may not do incident.confirm" in r.text
    assert snapshot(world.home) == before and audit_rows(world.home) == log_before
    # a form error found first still comes back as the form (no checkbox for this role)
    r, _ = shown_again(
        c, world, "/console/incidents", {**form, "kind": "made-up"}, 400, "incident.kind"
    )
    assert "incident-confirmed" not in Fields(r.text).checked
    r = post(c, "/console/incidents", {k: v for k, v in form.items() if k != "confirmed"})
    assert r.status_code == 303
    assert r.headers["location"].endswith("?done=incident_opened")
