"""``custos gateway`` end to end: real processes (CLI, gateway server, stand-in vendor)
talking HTTP over loopback."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from custos.deid._corpus import generate
from tests._serve import free_port
from tests.cli.test_cli import Custos
from tests.conftest import dump_yaml
from tests.gateway.conftest import (
    CHAT,
    DUA_ID,
    MODEL,
    Vendor,
    bodies,
    gateway_dua,
    present,
    sse_text,
)


def test_serve_streams_reports_and_refuses_without_clients(tmp_path: Path, vendor: Vendor) -> None:
    custos = Custos(tmp_path)
    custos("node", "init")
    custos("dua", "add", str(dump_yaml(gateway_dua(vendor.port), tmp_path / "dua.yaml")))

    port = free_port()
    refused = custos("gateway", "serve", "--port", str(port), ok=False)
    assert refused.returncode == 65 and "gateway.no_clients" in refused.stderr
    assert "Traceback" not in refused.stderr
    off_loopback = custos("gateway", "serve", "--host", "0.0.0.0", ok=False)
    assert "serve.tls_required" in off_loopback.stderr

    token = custos.json("gateway", "client", "add", "ehr", "--dua", DUA_ID)["token"]
    listed = custos.json("gateway", "client", "list")
    assert listed == [{"name": "ehr", "duas": [DUA_ID]}]
    assert token not in (tmp_path / "home" / "gateway.yaml").read_text()

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "custos",
            "gateway",
            "serve",
            "--port",
            str(port),
            "--sla-every",
            "0",
        ],
        cwd=tmp_path,
        env=custos.env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    notes = generate(4, seed=20260917)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline
            time.sleep(0.2)
        mark = vendor.mark()
        h = {"authorization": f"Bearer {token}"}
        for n in notes:
            body = {"model": MODEL, "stream": True,
                    "messages": [{"role": "user", "content": n.text}]}  # fmt: skip
            with httpx.stream("POST", base + CHAT, json=body, headers=h, timeout=30) as r:
                assert r.status_code == 200
                raw = "".join(r.iter_text())
            answer = sse_text(raw)
            assert answer.startswith("Summary: ")
            for s in n.spans:
                if s.category not in ("AGE", "ZIP"):
                    assert present(n.text[s.start : s.end], answer)
        received = vendor.since(mark)
        assert len(received) == len(notes)
        for n, got in zip(notes, received, strict=True):
            for s in n.spans:
                assert not present(n.text[s.start : s.end], bodies([got]))
        r = httpx.post(base + CHAT, json={"model": "x", "messages": []}, timeout=10)
        assert r.status_code == 401
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    # Neither the server's output nor the report holds an identifier (values of
    # four characters or more: "99" may well be a percentile).
    values = [n.text[s.start : s.end] for n in notes for s in n.spans]
    values = [v for v in values if len(v) >= 4]
    assert not [v for v in values if present(v, out)]

    html = tmp_path / "gateway.html"
    report = custos.json("gateway", "report", "--since", "1h", "--html", str(html))
    text = json.dumps(report)
    chat = [e for e in report["endpoints"] if e["endpoint"] == "chat"]
    assert chat and chat[0]["calls"] == 4
    assert "<svg" in html.read_text()
    assert not [v for v in values if present(v, text)]
    verify = custos("audit", "verify")
    assert verify.returncode == 0
