"""The coordinator dies mid-federation and comes back.

Three sites serve their shares; the coordinator's SuperLink and everything
it started are killed (SIGKILL, as in a crash) while round 1 is in flight.
The SuperLink restarts on its database, the sites' SuperNodes reconnect by
themselves, and ``custos fed coordinator run`` again resumes from the
checkpoint: it skips the round that was in flight (a site never trains a
round twice) and finishes. No site reserves its budget twice.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from custos.core._config import load_settings
from custos.fed._deploy import (
    free_port,
    init_coordinator,
    register_site,
    start_superlink,
    stop_process,
    wait_superlink,
)
from custos.fed._pki import make_site_key
from custos.ledger import _budget as budget
from custos.node._node import open_node
from tests.fed.test_deploy import custos, serve, small_federation

pytestmark = pytest.mark.integration

SITES = ["st-example", "north-general", "riverside"]


def _kill_everything_of(marker: str) -> None:
    """SIGKILL every process whose command line mentions ``marker`` (a crash)."""
    for pid in os.listdir("/proc"):
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if marker in cmd:
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGKILL)


@dataclass
class Restart:
    work: Path
    first: subprocess.CompletedProcess[str]
    checkpoint_at_crash: dict[str, Any]
    second: subprocess.CompletedProcess[str]
    served: dict[str, tuple[int | None, str]]


@pytest.fixture(scope="module")
def restart(tmp_path_factory: pytest.TempPathFactory, wdbc_csv: Path) -> Iterator[Restart]:
    work = tmp_path_factory.mktemp("restart")
    prepared = small_federation(work / "fed", wdbc_csv, SITES, rounds=2, local_epochs=2)
    job = work / "fed" / "fedjob.dsse.json"
    coord = init_coordinator(work / "coordinator", hosts=["127.0.0.1"], port=free_port())
    superlink = start_superlink(coord, work / "superlink.log")
    procs: list[subprocess.Popen[str]] = []
    try:
        wait_superlink(coord, 90)
        for site in prepared.approved:
            _, pub = make_site_key(work / "keys" / site, site)
            register_site(coord, site, pub)
        procs = [
            serve(
                work / "fed" / "sites" / s / "home",
                job,
                s,
                coord.address,
                coord.tls / "ca.crt",
                work / "keys" / s / "site.key",
                timeout=600,
            )
            for s in prepared.approved
        ]
        run_args = ["fed", "coordinator", "run", str(coord.root), str(job), "--json"]
        run_args += ["--wait-sites", "60", "--stage-timeout", "120"]
        first = subprocess.Popen(
            [*_custos_argv(), *run_args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Crash while round 1 is in flight.
        deadline = time.monotonic() + 300
        ckpt_file: Path | None = None
        while True:
            found = list((coord.root / "runs").glob("*/coordinator/checkpoint.json"))
            if found:
                ckpt_file = found[0]
                state = json.loads(ckpt_file.read_text())
                if state.get("started", 0) >= 1:
                    break
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "round 1 never started"
            time.sleep(0.1)
        _kill_everything_of(str(coord.tls / "server.pem"))  # the SuperLink
        # ... and its SuperExec and the ServerApp (the sites' SuperNodes dial
        # the same port with --superlink, and live on).
        _kill_everything_of(f"--runtime-api-address 127.0.0.1:{coord.port}")
        superlink.wait(30)
        out, err = first.communicate(timeout=120)
        first_done = subprocess.CompletedProcess(first.args, first.returncode, out, err)
        assert ckpt_file is not None
        at_crash = json.loads(ckpt_file.read_text())

        superlink = start_superlink(coord, work / "superlink-2.log")
        wait_superlink(coord, 90)
        second = custos(*run_args, timeout=600)
        served: dict[str, tuple[int | None, str]] = {}
        for s, p in zip(prepared.approved, procs, strict=True):
            try:
                text, _ = p.communicate(timeout=120)
            except subprocess.TimeoutExpired:
                p.kill()
                text, _ = p.communicate()
            served[s] = (p.returncode, text)
        yield Restart(work, first_done, at_crash, second, served)
    finally:
        for p in procs:
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGKILL)
        stop_process(superlink)
        _kill_everything_of(f"--runtime-api-address 127.0.0.1:{coord.port}")


def _custos_argv() -> list[str]:
    return [sys.executable, "-m", "custos"]


def test_the_crashed_run_fails_and_says_so(restart: Restart) -> None:
    assert restart.first.returncode != 0
    assert "Traceback" not in restart.first.stderr


def test_the_restarted_coordinator_resumes_after_the_round_in_flight(restart: Restart) -> None:
    second = restart.second
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-2000:]
    result = json.loads(second.stdout)
    assert result["status"] == "completed"
    started = int(restart.checkpoint_at_crash["started"])
    aggregated = int(restart.checkpoint_at_crash.get("aggregated", 0))
    assert result["resumed_at"] == max(started, aggregated) + 1
    assert result["lost_rounds"] == list(range(aggregated + 1, started + 1))
    assert sorted(result["co_signed_by"]) == sorted(SITES)
    for code, text in restart.served.values():
        assert code == 0, text[-2000:]
        assert "share RELEASED" in text


def test_no_site_trained_a_round_twice_or_reserved_twice(restart: Restart) -> None:
    for site in SITES:
        node = open_node(load_settings(home=restart.work / "fed" / "sites" / site / "home"))
        try:
            with node.store.read() as conn:
                claims = [
                    int(e.details["round"])
                    for e in node.audit.entries(conn, action="fed.round_claimed")
                ]
                rows = budget.entries(conn, "wdbc")
        finally:
            node.close()
        assert len(claims) == len(set(claims)), site
        assert [r.status for r in rows] == [budget.EntryStatus.COMMITTED], site
