"""The gateway part of ``make demo``: one clinical note through the governed gateway.

Registers the example gateway DUA (pointed at a stand-in vendor on a free
loopback port), registers a hospital application, starts the stand-in vendor
and ``custos gateway serve``, sends a note (plain and streamed), and shows what
the vendor received next to what the clinician got back. Run from the demo
folder with ``CUSTOS_HOME`` set and ``vendor.pub`` beside it.

    python examples/gateway/demo.py
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml

ROOT = Path(__file__).resolve().parents[2]
NOTE = (
    "Discharge note. Mrs. Maria Okafor (MRN: 4482913), 67, admitted 2026-03-14 with "
    "community-acquired pneumonia; treated with ceftriaxone, afebrile since 3/16/2026. "
    "Daughter Ada Okafor (617-555-0199) will collect her. Follow-up with Dr. Ahmed Khan "
    "on April 2, 2026."
)


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _custos(*args: str) -> str:
    return subprocess.run(["custos", *args], check=True, capture_output=True, text=True).stdout


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"a demo process exited early ({url})")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} did not come up")


def main() -> None:
    vport, gport = _port(), _port()
    doc = yaml.safe_load((ROOT / "examples" / "gateway" / "dua.yaml").read_text())
    doc["parties"]["vendor"]["public_key_file"] = "vendor.pub"
    for e in doc["gateway"]["endpoints"]:
        e["url"] = e["url"].replace("8481", str(vport))
    Path("gateway-dua.yaml").write_text(yaml.safe_dump(doc, sort_keys=False))
    _custos("dua", "add", "gateway-dua.yaml")
    token = json.loads(
        _custos("gateway", "client", "add", "ehr-demo", "--dua", doc["id"], "--json")
    )["token"]

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    record = Path("vendor-received.jsonl")
    record.unlink(missing_ok=True)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "examples.gateway.vendor",
                "--port",
                str(vport),
                "--record",
                str(record),
            ],
            env=env,
        ),
        subprocess.Popen(["custos", "gateway", "serve", "--port", str(gport), "--sla-every", "0"]),
    ]
    try:
        _wait(f"http://127.0.0.1:{vport}/healthz", procs[0])
        _wait(f"http://127.0.0.1:{gport}/healthz", procs[1])
        url = f"http://127.0.0.1:{gport}/dua/{doc['id']}/discharge-summary/v1/chat/completions"
        body = {"model": "acme-clinical-1", "messages": [{"role": "user", "content": NOTE}]}
        h = {"authorization": f"Bearer {token}", "x-custos-patient": "4482913"}
        r = httpx.post(url, json=body, headers=h, timeout=30)
        r.raise_for_status()
        answer = r.json()["choices"][0]["message"]["content"]
        streamed = ""
        with httpx.stream("POST", url, json={**body, "stream": True}, headers=h, timeout=30) as s:
            for line in s.iter_lines():
                if line.startswith("data: {"):
                    for ch in json.loads(line[6:]).get("choices") or []:
                        streamed += (ch.get("delta") or {}).get("content") or ""
        seen = json.loads(record.read_text().splitlines()[0])["body"]
        sent = json.loads(seen)["messages"][0]["content"]
        print("what the clinician's application sent:\n  " + NOTE)
        print("what reached the vendor (identifiers replaced, dates shifted):\n  " + sent)
        print("what the clinician got back (re-identified inside the hospital):\n  " + answer)
        print(
            "streamed, re-identified as it passed: "
            + ("same" if streamed == answer else "DIFFERENT")
        )
        leaked = [
            w for w in ("Okafor", "4482913", "617-555-0199", "Khan", "2026-03-14") if w in seen
        ]
        print(f"identifiers of the note that reached the vendor: {len(leaked)}")
        if leaked or streamed != answer:
            raise SystemExit(1)
    finally:
        for p in procs:
            p.send_signal(signal.SIGINT)
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


if __name__ == "__main__":
    main()
