"""The web console end to end in a real headless Chromium (Playwright).

The real app runs under uvicorn on 127.0.0.1 (a free port, in a thread); the
browser is the system's Chromium (Debian package ``chromium``), driven by
Playwright's Python package with ``executable_path``: no browser is ever
downloaded. Without Chromium (or Playwright) these tests are skipped, except
under CI (``CI=true``), where they fail: the console must be tested there.

Set ``CUSTOS_CHROMIUM`` to use another Chromium binary.
"""

from __future__ import annotations

import os
import shutil
import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.api.conftest import EXAMPLES, PASSWORD, World, audit_rows

from custos.api import create_app
from custos.core import load_settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ON_CI = os.environ.get("CI", "").lower() == "true"


def _chromium() -> str | None:
    explicit = os.environ.get("CUSTOS_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _missing(what: str) -> None:
    if ON_CI:
        pytest.fail(f"{what}; CI=true requires the browser tests to run")
    pytest.skip(f"{what}: the console's browser tests need it (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright Python package is not installed")
    exe = _chromium()
    if exe is None:
        _missing("no Chromium executable (chromium on PATH, or CUSTOS_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def server(world: World) -> Iterator[str]:
    """The real app under uvicorn on a free loopback port; yields its base URL."""
    import uvicorn

    app = create_app(load_settings(home=world.home, user="server"))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", access_log=False))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started:
        assert thread.is_alive(), "uvicorn stopped during startup"
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=30)
        sock.close()


@pytest.fixture
def context(browser: Any, server: str) -> Iterator[Any]:
    ctx = browser.new_context(
        base_url=server, viewport={"width": 1200, "height": 800}, java_script_enabled=False
    )
    try:
        yield ctx
    finally:
        ctx.close()


def _login(page: Any, name: str) -> None:
    page.goto("/console/login")
    page.fill("#username", name)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "/console/login" not in page.url, page.content()


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, one RGB row per image row) of an 8-bit RGB or RGBA PNG."""
    import numpy as np

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, ctype = 8, b"", 0, 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert (depth, interlace) == (8, 0)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    bpp = {2: 3, 6: 4}[ctype]
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, width * bpp + 1)
    prev = np.zeros(width * bpp, dtype=np.int32)
    rows = []
    for y in range(height):
        ftype, line = int(raw[y, 0]), raw[y, 1:].astype(np.int32)
        if ftype == 1:  # Sub: a running sum per channel
            line = np.cumsum(line.reshape(width, bpp), axis=0).reshape(-1) & 0xFF
        elif ftype == 2:  # Up
            line = (line + prev) & 0xFF
        elif ftype in (3, 4):  # Average, Paeth: byte by byte
            out = line.tolist()
            up = prev.tolist()
            for i in range(len(out)):
                a = out[i - bpp] if i >= bpp else 0
                b = up[i]
                if ftype == 3:
                    pred = (a + b) >> 1
                else:
                    c = up[i - bpp] if i >= bpp else 0
                    p = a + b - c
                    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                    pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                out[i] = (out[i] + pred) & 0xFF
            line = np.array(out, dtype=np.int32)
        prev = line
        rows.append(line.astype(np.uint8).reshape(width, bpp)[:, :3].tobytes())
    return width, height, rows


def _png_stats(data: bytes) -> tuple[int, int, int, float, bytes]:
    """(width, height, distinct colours, share of the commonest colour, top-left pixel)."""
    width, height, rows = _png_pixels(data)
    counts: dict[bytes, int] = {}
    for row in rows[::2]:
        for x in range(0, len(row), 6):
            px = row[x : x + 3]
            counts[px] = counts.get(px, 0) + 1
    total = sum(counts.values())
    return width, height, len(counts), max(counts.values()) / total, rows[0][:3]


def _assert_rendered(page: Any, name: str, out: Path) -> None:
    shot = page.screenshot(full_page=False)
    (out / f"{name}.png").write_bytes(shot)
    width, height, colours, top, corner = _png_stats(shot)
    assert (width, height) == (1200, 800), (width, height)
    assert len(shot) > 10_000, len(shot)
    assert colours >= 8, f"{name}: only {colours} colours: a blank page?"
    assert top < 0.97, f"{name}: {top:.0%} of the page is one colour"
    # the stylesheet applied (the CSP allows it by its hash): the header bar is dark blue
    assert corner == bytes((0x12, 0x34, 0x4D)), corner


def test_custodian_approves_a_pending_job(
    context: Any, world: World, server: str, tmp_path: Path
) -> None:
    page = context.new_page()
    elsewhere: list[str] = []

    def note(request: Any) -> None:
        if not request.url.startswith(server + "/"):
            elsewhere.append(request.url)

    page.on("request", note)
    page.goto("/console/jobs")
    assert page.url.endswith("/console/login")  # anonymous: sent to the login page
    _login(page, "alice")
    assert page.url.endswith("/console/jobs")
    row = page.locator("tr", has_text=world.job_pending)
    assert row.count() == 1
    assert "PENDING_APPROVAL" in row.inner_text()
    _assert_rendered(page, "jobs", tmp_path)
    row.locator("a").click()
    page.wait_for_load_state()
    assert page.locator("#decision tbody tr").count() >= 5
    assert page.locator("#decision .pass").count() >= 5
    assert "privacy.max_epsilon_per_job" in page.locator("#decision").inner_text()
    assert page.locator("pre").first.inner_text().strip().startswith("{")  # the model
    _assert_rendered(page, "job", tmp_path)
    page.click("#approve")
    page.wait_for_load_state()
    assert page.locator("#job-state").inner_text() == "APPROVED"
    assert "The job was approved." in page.content()
    assert page.locator("#approve").count() == 0
    assert ("custodian:alice", "job.approved", f"job:{world.job_pending}") in audit_rows(world.home)
    page.goto("/console/datasets/wdbc")
    assert page.locator("svg.chart rect").count() >= 4
    _assert_rendered(page, "dataset", tmp_path)
    assert not elsewhere, elsewhere  # nothing fetched from anywhere else


def test_privacy_officer_confirms_an_incident(context: Any, world: World, tmp_path: Path) -> None:
    page = context.new_page()
    _login(page, "priya")
    page.goto("/console/incidents")
    page.locator("a", has_text=world.incident).click()
    page.wait_for_load_state()
    assert page.locator("#incident-status").inner_text() == "suspected"
    page.fill("#confirm-note", "badge found <b>outside</b>")
    page.click("#confirm")
    page.wait_for_load_state()
    assert page.locator("#incident-status").inner_text() == "confirmed"
    # the note went in as text, and comes back as text
    assert page.locator("pre", has_text="<b>outside</b>").count() == 1
    _assert_rendered(page, "incident", tmp_path)
    page.click("text=Log out")
    page.wait_for_load_state()
    assert page.url.endswith("/console/login?done=logged_out")
    page.goto("/console/incidents")
    assert page.url.endswith("/console/login")


def test_custodian_registers_a_dataset_and_reports_an_incident(
    context: Any, world: World, tmp_path: Path
) -> None:
    import yaml

    card = yaml.safe_load((EXAMPLES / "card.yaml").read_text())
    card["name"] = "wdbc-browser"
    page = context.new_page()
    _login(page, "alice")
    page.goto("/console/datasets")
    assert page.locator("#dataset-file option").all_inner_texts() == ["wdbc.csv"]
    page.fill("#dataset-name", "wdbc-browser")
    page.select_option("#dataset-file", "wdbc.csv")
    page.fill("#dataset-card", yaml.safe_dump(card, sort_keys=False))
    page.click("#register")
    page.wait_for_load_state()
    assert page.url.endswith("/console/datasets/wdbc-browser?done=dataset_registered")
    assert page.locator("h1").inner_text() == "Dataset wdbc-browser"
    assert "The dataset was registered." in page.content()
    _assert_rendered(page, "dataset-registered", tmp_path)
    page.goto("/console/incidents")
    assert page.locator("#incident-confirmed").count() == 0  # the privacy officer confirms
    page.select_option("#incident-kind", "policy_violation")
    page.fill("#incident-summary", "card shared by mail <i>before</i> registration")
    page.fill("#incident-datasets", "wdbc-browser")
    page.click("#report-incident")
    page.wait_for_load_state()
    assert page.locator("#incident-status").inner_text() == "suspected"
    assert "card shared by mail <i>before</i> registration" in page.locator("main").inner_text()
    actions = {(a, act) for a, act, _ in audit_rows(world.home)}
    assert {("custodian:alice", "dataset.registered"), ("custodian:alice", "incident.opened")} <= (
        actions
    )


def test_auditor_cannot_approve(context: Any, world: World, server: str, tmp_path: Path) -> None:
    page = context.new_page()
    _login(page, "carl")
    page.goto(f"/console/jobs/{world.job_pending}")
    assert page.locator("#approve").count() == 0
    assert "Only the custodian approves" in page.content()
    # a hand-made form, posted from the auditor's own session, with its CSRF token
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    response = page.request.post(
        f"{server}/console/jobs/{world.job_pending}/approve",
        form={"csrf_token": token or ""},
        headers={"Origin": server},
    )
    assert response.status == 403
    assert "your role (auditor) may not do job.approve" in response.text()
    page.set_content(response.text())
    assert page.locator("h1").inner_text() == "Forbidden"
    page.goto(f"/console/jobs/{world.job_pending}")
    assert page.locator("#job-state").inner_text() == "PENDING_APPROVAL"
    page.goto("/console/audit")
    assert "Verified" in page.locator("#audit-status").inner_text()
    _assert_rendered(page, "audit", tmp_path)


def test_headers_reach_the_browser(context: Any) -> None:
    page = context.new_page()
    _login(page, "alice")
    response = page.goto("/console/jobs")
    assert response is not None
    headers = response.headers
    assert headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]


def test_a_broken_dua_stays_in_its_form(context: Any, world: World, tmp_path: Path) -> None:
    import yaml

    doc = yaml.safe_load((EXAMPLES / "dua.yaml").read_text())
    doc["id"] = "broken-in-browser"
    text = yaml.safe_dump(doc, sort_keys=False).replace("datasets:", "datasets: [", 1)
    text += "notes: </textarea><script>alert(1)</script>\n"
    page = context.new_page()
    _login(page, "alice")
    page.goto("/console/duas")
    before = audit_rows(world.home)
    page.fill("#dua-document", text)
    page.click("#add-dua")
    page.wait_for_load_state()
    assert page.url.endswith("/console/duas")
    assert page.locator("h1").inner_text() == "Data-use agreements"
    box = page.locator("#form-error")
    assert box.is_visible() and box.get_attribute("role") == "alert"
    assert "not valid YAML" in box.inner_text() and "input.yaml" in box.inner_text()
    assert page.input_value("#dua-document") == text  # every character, markup as text
    assert page.locator("script").count() == 0
    assert audit_rows(world.home) == before
    _assert_rendered(page, "dua-refused", tmp_path)
