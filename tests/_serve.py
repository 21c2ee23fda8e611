"""``custos serve`` as a real process for the tests that talk to it over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx


def run_custos(
    home: Path,
    *args: str,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """``custos ARGS`` as a local process over ``home`` (as the user ``root-admin``), to
    its end; a remote node named in the caller's environment is not used."""
    full = {**os.environ, "CUSTOS_HOME": str(home), "CUSTOS_USER": "root-admin", **(env or {})}
    for var in ("CUSTOS_DEBUG", "CUSTOS_NODE_URL", "CUSTOS_NODE_CA"):
        full.pop(var, None)
    return subprocess.run(
        [sys.executable, "-m", "custos", *args],
        env=full,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve_process(
    home: Path, *args: str, base: str, verify: Any = True
) -> Iterator[subprocess.Popen[str]]:
    """``custos serve ARGS`` over ``home``, up and answering at ``base``; SIGINT after
    (unless the test has already stopped and collected it)."""
    env = {**os.environ, "CUSTOS_HOME": str(home)}
    env.pop("CUSTOS_DEBUG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "custos", "serve", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1, verify=verify).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline, "custos serve did not come up"
            time.sleep(0.2)
        yield proc
    finally:
        if proc.returncode is None:  # not yet collected by the test itself
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            try:
                proc.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()
