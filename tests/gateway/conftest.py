"""A real stand-in vendor on loopback that records what it receives, and a gateway
in front of it over a real node home."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from custos.core import SigningKey
from custos.deid._common import DeidSecret
from custos.gateway._app import Gateway, create_app
from custos.gateway._config import add_client, load_config
from custos.gateway._vault import SurrogateVault
from custos.node import Node, add_dua
from tests._serve import free_port
from tests.conftest import ROOT, dump_yaml, load_yaml

DUA_ID = "acme-notes-2026"
CHAT = f"/dua/{DUA_ID}/discharge-summary/v1/chat/completions"
CODING = f"/dua/{DUA_ID}/diagnosis-coding/json/coding/suggest"
MODEL = "acme-clinical-1"


@dataclass
class Vendor:
    port: int
    record: Path
    proc: subprocess.Popen[bytes]

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def mark(self) -> int:
        """How many requests it has received so far."""
        return len(self.record.read_text(encoding="utf-8").splitlines())

    def since(self, mark: int) -> list[dict[str, Any]]:
        lines = self.record.read_text(encoding="utf-8").splitlines()
        return [json.loads(x) for x in lines[mark:]]


@pytest.fixture(scope="session")
def vendor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vendor]:
    record = tmp_path_factory.mktemp("vendor") / "received.jsonl"
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "examples.gateway.vendor",
            "--port",
            str(port),
            "--record",
            str(record),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    v = Vendor(port, record, proc)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{v.base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, "the stand-in vendor exited"
            assert time.monotonic() < deadline, "the stand-in vendor did not come up"
            time.sleep(0.1)
        yield v
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def gateway_dua(vendor_port: int, **changes: Any) -> dict[str, Any]:
    """The example gateway DUA, pointed at the stand-in vendor, with test models."""
    doc = load_yaml(ROOT / "examples" / "gateway" / "dua.yaml")
    doc["parties"]["vendor"].pop("public_key_file")
    doc["parties"]["vendor"]["public_key"] = SigningKey.generate().public_key.to_text()
    gw = doc["gateway"]
    for e in gw["endpoints"]:
        e["url"] = e["url"].replace("8481", str(vendor_port))
    gw["endpoints"][0]["models"] = [MODEL, "slow-1", "fail-1", "reject-1"]
    # An endpoint where nothing listens (connection refused), for its own purpose.
    gw["endpoints"].append(
        {"name": "dead", "api": "chat_completions", "url": "http://127.0.0.1:9/v1/chat"}
    )
    gw["purposes"].append({"name": "dead-end", "endpoints": ["dead"], "free_text": True})
    gw["timeout_seconds"] = 1.0
    gw["max_request_bytes"] = 64 * 1024
    for k, v in changes.items():
        target = doc
        *path, last = k.split(".")
        for p in path:
            target = target[p]
        target[last] = v
    return doc


@dataclass
class GatewayUnderTest:
    node: Node
    gateway: Gateway
    client: TestClient
    token: str
    vendor: Vendor
    home: Path
    extra_tokens: dict[str, str] = field(default_factory=dict)

    def headers(self, **more: str) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}", **more}

    def chat(
        self, content: Any, *, path: str = CHAT, headers: dict[str, str] | None = None, **body: Any
    ) -> httpx.Response:
        payload = {"model": MODEL, "messages": [{"role": "user", "content": content}], **body}
        return self.client.post(path, json=payload, headers=headers or self.headers())

    def audit(self, action_prefix: str = "gateway.") -> list[dict[str, Any]]:
        self.gateway.recorder.drain()
        with self.node.store.read() as conn:
            entries = self.node.audit.entries(conn)
        return [e.to_dict() for e in entries if e.action.startswith(action_prefix)]


def make_gateway(
    node: Node,
    tmp: Path,
    vendor: Vendor,
    doc: dict[str, Any],
    *,
    gateway_yaml: dict[str, Any] | None = None,
) -> tuple[Gateway, str]:
    add_dua(node, dump_yaml(doc, tmp / "gateway-dua.yaml"))
    cfg_path = node.settings.home / "gateway.yaml"
    token = add_client(cfg_path, "ehr", [doc["id"]])
    if gateway_yaml is not None:
        cfg = load_yaml(cfg_path)
        cfg.update(gateway_yaml)
        dump_yaml(cfg, cfg_path)
    # A fixed secret: the surrogates (and what coincides with an original by
    # chance, such as a shifted day-of-month) are the same on every run.
    vault = SurrogateVault(DeidSecret(b"custos-gateway-tests-fixed-key-!"))
    gw = Gateway(
        node, load_config(cfg_path), config_dir=cfg_path.parent, vault=vault, sla_every_s=0
    )
    return gw, token


@pytest.fixture
def gut(node: Node, tmp_path: Path, vendor: Vendor) -> Iterator[GatewayUnderTest]:
    gw, token = make_gateway(node, tmp_path, vendor, gateway_dua(vendor.port))
    with TestClient(create_app(gw)) as client:
        yield GatewayUnderTest(node, gw, client, token, vendor, node.settings.home)


def bodies(records: list[dict[str, Any]]) -> str:
    """Everything the vendor received, as one text (headers and bodies)."""
    return "\n".join(json.dumps(r["headers"]) + "\n" + r["body"] for r in records)


def present(value: str, text: str) -> bool:
    """``value`` in ``text`` as a whole token (not inside a longer word or number)."""
    return re.search(r"(?<![\w])" + re.escape(value) + r"(?![\w])", text) is not None


def sse_text(raw: str) -> str:
    """The content of a chat-completions event stream, joined."""
    out = []
    for line in raw.splitlines():
        if line.startswith("data: ") and line != "data: [DONE]":
            obj = json.loads(line[6:])
            for ch in obj.get("choices") or []:
                out.append((ch.get("delta") or {}).get("content") or "")
    return "".join(out)
