"""Benchmark a deployed federation: what custos adds to Flower's deployment runtime.

Run from the repository root::

    python -m bench.fed_deploy                  # about 10 min on 2 cores, writes BENCHMARKS.md
    python -m bench.fed_deploy --quick --no-write   # one round, no sandbox: about 3 min

Every party is a separate process on this machine, talking HTTPS over
loopback, side by side in one run (the variants alternate, so background load
hits them alike):

* **custos**: WDBC over the first 3 sites of ``examples/wdbc/fed-wdbc.yaml``
  (3 rounds, ``min_sites`` 2, SecAgg+ with 3 shares and threshold 2), the
  sites prepared by ``custos.fed._simulate.prepare_sites`` (node homes, data
  shares, DUAs, joins, approvals); the coordinator's Flower SuperLink
  (``custos.fed._deploy.start_superlink``'s command: TLS from a private CA,
  SuperNode authentication with the sites' registered keys, ``--isolation
  subprocess``), three ``custos fed serve`` processes (each a SuperNode with
  ``--isolation process`` and one long-lived custos ClientApp process that
  handles every message of the site, ``custos.fed._clientapp.serve``), and
  ``custos fed coordinator run``
  (``flwr run --stream`` of custos' app, then the global bundle). Twice: the
  sites training in the node's process (``isolation_none``) and in the
  bubblewrap sandbox (the DUA template's default), when ``bwrap`` works here.
* **plain Flower**, deployed the same way: the same SuperLink command (same
  TLS, authentication, registered keys, isolation and environment), three
  stock ``flower-supernode`` processes with the same flags and the stock
  ``flwr-clientapp`` (no custos ``PATH`` override), and ``flwr run APP
  CONNECTION --stream`` of a minimal Flower App whose ClientApp and ServerApp
  are ``bench.fed``'s plain baseline (``_plain_client_fn``: a
  ``NumPyClient`` doing ``local_epochs`` full-batch logistic-regression steps
  on the same shard a custos site holds, ``write_shards``; ``plain_server_app``:
  legacy ``FedAvg`` under ``DefaultWorkflow``, with and without
  ``SecAggPlusWorkflow`` set as custos derives it from the spec), same
  rounds. The app imports ``bench.fed`` (``PYTHONPATH`` is the repository).

How rounds are timed: both Flower Apps get the same few lines appended (the
test suite appends to custos' app the same way) that, in the ServerApp's own
process, write every record of Flower's ``flwr`` logger with its creation
time to a file named by an environment variable only the SuperLink gets.
``bench.fed.parse_rounds`` then times each Flower round as in the simulation
benchmark: from ``[ROUND k]`` to the end of its fit (``Secure aggregation
completed``, or ``aggregate_fit: received``), the finish round's evaluate
from ``configure_evaluate: strategy sampled`` to ``aggregate_evaluate:
received``. Timestamps are taken where the events happen, without the lag of
``flwr run --stream`` (Flower uploads and streams logs every 0.2 s and 0.5 s)
and without polling. For custos, the coordinator's ``checkpoint.json``
(written when a training round starts and when it is aggregated) is polled
every 20 ms in a thread as a cross-check, and ``coordinator.json`` (written
as the ServerApp ends) marks the end of the finish round.

Flower round 1 of custos is its setup round (the DP scaler statistics under
SecAgg+), rounds 2..4 its 3 training rounds, and its finish (each site's
leakage audit of the global model, its signed receipt) is an evaluate after
the last fit. *Training round* is the median over the rounds that train:
every plain Flower round (its round 1, in which each SuperNode also fetches
and installs the app, is shown apart as well), custos' rounds after its
setup round. Each SecAgg+ stage (0: keys, 1: share keys, 2: masked vectors,
where the sites train, 3: unmask) is timed from its request to its
``[Stage k] Received ...`` record, which shows where custos' time goes.

Besides the runs: how long a Python process takes to import what each
ClientApp needs (stock Flower starts one per message; custos' sites import
it once), and each site's leakage
audit time from its own report (``cost.audit_seconds``).

Every process started here inherits ``CUSTOS_BENCH_FED_DEPLOY`` (the run's
temporary directory name); after each run, and at the end, whatever still
carries it is stopped (and reported), and nothing else.

The results replace the ``## Federation (deployment)`` section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench._markdown import reproduce_args

SECTION = "## Federation (deployment)"
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "wdbc"
SITES = 3
ROUNDS = 3
# Every process this benchmark starts inherits this variable (set to the
# run's temporary directory): what is left at the end is found by it, and
# only by it.
MARK = "CUSTOS_BENCH_FED_DEPLOY"
SERVER_LOG = "CUSTOS_BENCH_SERVER_LOG"
STAGES = (
    "keys (setup)",
    "share keys",
    "masked vectors (the training)",
    "unmask",
)
VARIANTS = ("plain", "plain_secagg", "custos", "custos_sandbox")
LABEL = {
    "plain": "plain Flower",
    "plain_secagg": "plain Flower + SecAgg+",
    "custos": "custos, sites in-process (`isolation_none`)",
    "custos_sandbox": "custos, sites in the bubblewrap sandbox",
}

ProgressFn = Callable[[str], None]

# Appended to both Flower Apps: Flower's log records, timed in the ServerApp's process.
RECORDER = """

# --- appended by bench.fed_deploy: Flower's log records, timed where they happen ---
import json as _bench_json
import logging as _bench_logging
import os as _bench_os


class _BenchRecorder(_bench_logging.Handler):
    custos_bench = True

    def __init__(self, path):
        super().__init__(level=_bench_logging.DEBUG)
        self.path = path

    def emit(self, record):
        try:
            msg = record.getMessage()
        except Exception:
            msg = str(record.msg)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(_bench_json.dumps([record.created, record.levelno, msg]) + "\\n")


_bench_logger = _bench_logging.getLogger("flwr")
if _bench_os.environ.get("CUSTOS_BENCH_SERVER_LOG") and not any(
    getattr(h, "custos_bench", False) for h in _bench_logger.handlers
):
    _bench_logger.addHandler(_BenchRecorder(_bench_os.environ["CUSTOS_BENCH_SERVER_LOG"]))
"""

PLAIN_PYPROJECT = """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "{name}"
version = "1.0.0"
description = "plain Flower: FedAvg of full-batch logistic regression (bench.fed_deploy)"
dependencies = []

[tool.hatch.build.targets.wheel]
packages = ["."]

[tool.flwr.app]
publisher = "bench"

[tool.flwr.app.components]
serverapp = "plain_fedapp:serverapp"
clientapp = "plain_fedapp:clientapp"

[tool.flwr.app.config]
bench = "plain"
"""

PLAIN_MODULE = '''\
"""Plain Flower, deployed: bench.fed's baseline ClientApp and ServerApp."""

import functools
import json

import numpy as np
from flwr.client import ClientApp
from flwr.client.mod import secaggplus_mod

from bench.fed import _plain_client_fn, plain_server_app

SHARDS = {shards!r}
STEPS = {steps}
SEC = json.loads({sec!r})

serverapp = plain_server_app({rounds}, {sites}, [np.zeros((1, {features})), np.zeros(1)], SEC)
clientapp = ClientApp(
    client_fn=functools.partial(_plain_client_fn, SHARDS, STEPS, 1.0),
    mods=[secaggplus_mod] if SEC is not None else [],
)
'''


# -- processes ----------------------------------------------------------------


class Processes:
    """Every long-running process this benchmark starts, stopped in reverse order."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
        with open(log, "ab") as out:
            proc = subprocess.Popen(
                cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        self.procs.append(proc)
        return proc

    def stop_all(self) -> None:
        from custos.fed._deploy import stop_process

        for proc in reversed(self.procs):
            with contextlib.suppress(Exception):
                stop_process(proc)
        self.procs.clear()


def marked_pids(token: str) -> list[int]:
    """Processes of this user whose environment carries this run's mark."""
    want = f"{MARK}={token}".encode()
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            env = (entry / "environ").read_bytes()
        except OSError:
            continue
        if want in env.split(b"\0"):
            pids.append(int(entry.name))
    return pids


def _command_name(pid: int) -> str:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    names = [Path(a.decode(errors="replace")).name for a in argv[:2] if a]
    return " ".join(names) or "?"


def sweep(token: str, grace_s: float = 5.0) -> list[str]:
    """SIGTERM, then SIGKILL, whatever this run left behind; returns what was found."""
    pids = marked_pids(token)
    left = [_command_name(pid) for pid in pids]
    for pid in pids:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline and marked_pids(token):
        time.sleep(0.2)
    for pid in marked_pids(token):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return left


# -- the deployment ---------------------------------------------------------------


def deploy_doc(rounds: int = ROUNDS) -> dict[str, Any]:
    from bench.fed import fed_doc

    doc = fed_doc()
    doc["sites"] = doc["sites"][:SITES]
    doc["rounds"] = rounds
    doc["min_sites"] = 2
    doc["secure_aggregation"]["num_shares"] = 3
    doc["secure_aggregation"]["reconstruction_threshold"] = 2
    return doc


def start_link(root: Path, procs: Processes, server_log: Path, extra: dict[str, str]) -> Any:
    """A coordinator directory and its SuperLink: custos' command, our log and env."""
    from custos.fed._deploy import (
        _env,
        free_port,
        init_coordinator,
        superlink_command,
        wait_superlink,
    )

    coord = init_coordinator(root, hosts=["127.0.0.1"], port=free_port())
    env = {**_env(coord.flwr_home), SERVER_LOG: str(server_log), **extra}
    procs.start(superlink_command(coord), env, root / "superlink.log")
    wait_superlink(coord, 90)
    return coord


def register(coord: Any, keys: Path, sites: list[str]) -> dict[str, Path]:
    from custos.fed._deploy import register_site
    from custos.fed._pki import make_site_key

    out = {}
    for site in sites:
        key, pub = make_site_key(keys / site, site)
        register_site(coord, site, pub)
        out[site] = key
    return out


def online(coord: Any) -> int:
    from custos.fed._deploy import CONNECTION, _flwr

    res = _flwr(coord, ["supernode", "list", CONNECTION, "--format", "json"], 60)
    try:
        nodes = json.loads(res.stdout).get("nodes", [])
    except (json.JSONDecodeError, AttributeError):
        return 0
    return sum(1 for n in nodes if str(n.get("status", "")).lower() == "online")


def wait_online(coord: Any, n: int, procs: list[subprocess.Popen[bytes]], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while online(coord) < n:
        dead = [p.args for p in procs if p.poll() is not None]
        if dead:
            raise RuntimeError(f"a site process exited before connecting: {dead[0]!r:.200}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{n} SuperNodes did not come online in {timeout_s:.0f} s")
        time.sleep(0.5)


def stage_times(records: list[tuple[float, int, str]]) -> list[dict[int, float]]:
    """Per Flower round, each SecAgg+ stage's seconds, from its request to ``Received``."""
    rounds: list[dict[int, float]] = []
    sent: dict[int, float] = {}
    for t, _lvl, msg in records:
        m = msg.strip()
        if m.startswith("[ROUND "):
            rounds.append({})
            sent = {}
        elif rounds and m.startswith("[Stage ") and m[7:8].isdigit():
            k = int(m[7])
            if "] Received " in m:
                if k in sent:
                    rounds[-1][k] = t - sent[k]
            else:
                sent.setdefault(k, t)
    return rounds


def read_records(path: Path) -> list[tuple[float, int, str]]:
    out = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(ValueError, TypeError):
                t, lvl, msg = json.loads(line)
                out.append((float(t), int(lvl), str(msg)))
    return sorted(out, key=lambda r: r[0])


class CheckpointWatch:
    """Poll the coordinator's ``checkpoint.json`` and ``coordinator.json``, keep each state."""

    def __init__(self, runs: Path, interval_s: float = 0.02) -> None:
        self.runs = runs
        self.interval_s = interval_s
        self.states: dict[int, dict[str, Any]] = {}  # mtime_ns -> checkpoint state
        self.result_mtime: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def __enter__(self) -> CheckpointWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)

    def _loop(self) -> None:
        while not self._stop.is_set():
            for path in self.runs.glob("*/coordinator/checkpoint.json"):
                try:
                    before = path.stat()
                    text = path.read_text()
                    after = path.stat()
                except OSError:
                    continue
                if (before.st_mtime_ns, before.st_ino) != (after.st_mtime_ns, after.st_ino):
                    continue  # replaced while read: the next poll sees the new one
                if after.st_mtime_ns not in self.states:
                    with contextlib.suppress(json.JSONDecodeError):
                        self.states[after.st_mtime_ns] = json.loads(text)
            if self.result_mtime is None:
                for path in self.runs.glob("*/coordinator/coordinator.json"):
                    with contextlib.suppress(OSError):
                        self.result_mtime = path.stat().st_mtime
            self._stop.wait(self.interval_s)

    def rounds(self) -> dict[str, Any]:
        """Setup end, and each training round's start and end, from the states seen."""
        setup_end = None
        start: dict[int, float] = {}
        end: dict[int, float] = {}
        for ns in sorted(self.states):
            s, t = self.states[ns], ns / 1e9
            if "scaler" in s and setup_end is None:
                setup_end = t
            started, agg = int(s.get("started", 0)), int(s.get("aggregated", 0))
            if started > agg:
                start.setdefault(started, t)
            if agg:
                end.setdefault(agg, t)
        train = [end[r] - start[r] for r in sorted(end) if r in start]
        return {
            "setup_end": setup_end,
            "start": start,
            "end": end,
            "train": train,
            "finish": (self.result_mtime - end[max(end)]) if end and self.result_mtime else None,
            "result_written": self.result_mtime,
        }


def _custos(*args: str, home: Path | None = None) -> list[str]:
    pre = ["--home", str(home)] if home is not None else []
    return [sys.executable, "-m", "custos", *pre, *args]


def run_custos(
    csv: Path, work: Path, doc: dict[str, Any], sandbox: bool, progress: ProgressFn
) -> dict[str, Any]:
    """One deployed custos federation; timings from the ServerApp's log and the checkpoint."""
    from bench.fed import parse_rounds
    from custos.fed import parse_fed
    from custos.fed._simulate import prepare_sites

    name = "custos_sandbox" if sandbox else "custos"
    t0 = time.perf_counter()
    fed = parse_fed(doc)
    prepared = prepare_sites(
        fed,
        data=csv,
        card=EXAMPLES / "card.yaml",
        dua_template=EXAMPLES / "dua.yaml",
        workdir=work / "fed",
        isolation_none=not sandbox,
    )
    prep_s = time.perf_counter() - t0
    job = work / "fed" / "fedjob.dsse.json"
    homes = {site: Path(home) for home, site in prepared.homes.values()}
    server_log = work / "server-log.jsonl"
    procs = Processes()
    out: dict[str, Any] = {"variant": name, "prepare_sites": prep_s, "approved": prepared.approved}
    try:
        coord = start_link(work / "coordinator", procs, server_log, {})
        with (coord.app / "custos_fedapp.py").open("a") as fh:
            fh.write(RECORDER)
        keys = register(coord, work / "keys", prepared.approved)
        serve = {
            site: procs.start(
                _custos(
                    "fed",
                    "serve",
                    str(job),
                    "--site",
                    site,
                    "--superlink",
                    coord.address,
                    "--ca",
                    str(coord.tls / "ca.crt"),
                    "--key",
                    str(keys[site]),
                    "--timeout",
                    "900",
                    "--clientapp",
                    "long-lived",
                    home=homes[site],
                ),
                dict(os.environ),
                work / f"serve-{site}.log",
            )
            for site in prepared.approved
        }
        wait_online(coord, len(serve), list(serve.values()), 120)
        with CheckpointWatch(coord.root / "runs") as watch:
            submit = time.time()
            run = subprocess.run(
                _custos(
                    "fed",
                    "coordinator",
                    "run",
                    str(coord.root),
                    str(job),
                    "--json",
                    "--stage-timeout",
                    "300",
                    "--timeout",
                    "900",
                    "--wait-sites",
                    "60",
                ),
                capture_output=True,
                text=True,
                timeout=960,
                check=False,
            )
            done = time.time()
            time.sleep(0.1)
        out["rc"] = run.returncode
        try:
            result = json.loads(run.stdout)
        except json.JSONDecodeError:
            result = {"status": f"failed: {(run.stderr or run.stdout)[-300:].strip()}"}
        out["status"] = result.get("status")
        out["co_signed_by"] = result.get("co_signed_by", [])
        out["bundle"] = bool(result.get("bundle"))
        served: dict[str, int | None] = {}
        for site, p in serve.items():
            try:
                served[site] = p.wait(60)
            except subprocess.TimeoutExpired:
                served[site] = None
        out["serve_rc"] = served
        out["checkpoint"] = watch.rounds()
        records = read_records(server_log)
        out["log"] = parse_rounds(records)
        out["stages"] = stage_times(records)
        out["submit"], out["done"] = submit, done
        out["first_record"] = records[0][0] if records else None
        out["last_record"] = records[-1][0] if records else None
        out["audits"] = site_audits(homes)
    finally:
        procs.stop_all()
    out["seconds"] = time.perf_counter() - t0
    progress(summary_line(name, out))
    return out


def site_audits(homes: dict[str, Path]) -> dict[str, Any]:
    """Each site's share state and its leakage audit's own timing (``cost.audit_seconds``)."""
    from custos.core._config import load_settings
    from custos.node import list_jobs
    from custos.node._node import open_node

    out: dict[str, Any] = {}
    for site, home in homes.items():
        node = open_node(load_settings(home=home))
        try:
            jobs = list_jobs(node)
        finally:
            node.close()
        info: dict[str, Any] = {"state": jobs[0].state.value if jobs else None}
        if jobs:
            rep = home / "reports" / jobs[0].id / "leakage_report.json"
            if rep.exists():
                doc = json.loads(rep.read_text())
                cost = doc.get("cost", {})
                info["audit_seconds"] = cost.get("audit_seconds")
                info["model_runs"] = cost.get("model_runs", {})
                info["decision"] = doc.get("decision")
        out[site] = info
    return out


def run_plain(
    shards: Path, work: Path, doc: dict[str, Any], secagg: bool, progress: ProgressFn
) -> dict[str, Any]:
    """Plain Flower deployed the same way: same SuperLink command, stock SuperNodes."""
    from bench.fed import parse_rounds
    from custos.fed._deploy import CONNECTION, _env, _tool, free_port, supernode_command

    name = "plain_secagg" if secagg else "plain"
    t0 = time.perf_counter()
    server_log = work / "server-log.jsonl"
    app = work / "app"
    app.mkdir(parents=True)
    (app / "pyproject.toml").write_text(
        PLAIN_PYPROJECT.format(name=f"bench-{name.replace('_', '-')}")
    )
    sec = doc["secure_aggregation"] if secagg else None
    (app / "plain_fedapp.py").write_text(
        PLAIN_MODULE.format(
            shards=str(shards),
            steps=int(doc["training"]["local_epochs"]),
            sec=json.dumps(sec),
            rounds=int(doc["rounds"]),
            sites=len(doc["sites"]),
            features=30,
        )
        + RECORDER
    )
    pypath = {
        "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    }
    procs = Processes()
    out: dict[str, Any] = {"variant": name}
    try:
        coord = start_link(work / "coordinator", procs, server_log, pypath)
        sites = [s["site"] for s in doc["sites"]]
        keys = register(coord, work / "keys", sites)
        nodes = []
        for i, site in enumerate(sites):
            home = work / "sites" / site
            (home / "flwr").mkdir(parents=True)
            cmd = supernode_command(
                home,
                site,
                superlink=coord.address,
                ca=coord.tls / "ca.crt",
                key=keys[site],
                runtime_port=free_port(),
            )
            # The same flags as custos' SuperNodes; only the node config differs.
            cmd[cmd.index("--node-config") + 1] = f"partition-id={i}"
            assert cmd[0] == _tool("flower-supernode")
            env = {**_env(home / "flwr"), **pypath}  # no bin_first: the stock flwr-clientapp
            nodes.append(procs.start(cmd, env, work / f"supernode-{site}.log"))
        wait_online(coord, len(nodes), nodes, 120)
        submit = time.time()
        with open(work / "flwr-run.log", "wb") as log:
            run = subprocess.run(
                [_tool("flwr"), "run", str(app), CONNECTION, "--stream"],
                env=_env(coord.flwr_home),
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=900,
                check=False,
            )
        done = time.time()
        out["rc"] = run.returncode
        records = read_records(server_log)
        parsed = parse_rounds(records)
        out["log"] = parsed
        out["stages"] = stage_times(records)
        out["status"] = (
            "completed"
            if run.returncode == 0 and len(parsed["fit"]) == int(doc["rounds"])
            else f"failed (flwr exit {run.returncode}, {len(parsed['fit'])} rounds)"
        )
        out["submit"], out["done"] = submit, done
        out["first_record"] = records[0][0] if records else None
        out["last_record"] = records[-1][0] if records else None
    finally:
        procs.stop_all()
    out["seconds"] = time.perf_counter() - t0
    progress(summary_line(name, out))
    return out


def summary_line(name: str, r: dict[str, Any]) -> str:
    fit = r.get("log", {}).get("fit", [])
    line = (
        f"{name}: {r.get('status')}, rounds "
        + (", ".join(f"{v:.2f}" for v in fit) or "-")
        + f" s; submit to return {r['done'] - r['submit']:.1f} s"
        if "done" in r
        else f"{name}: {r.get('status')}"
    )
    ev = r.get("log", {}).get("evaluate", [])
    if ev:
        line += f"; finish {ev[0]:.1f} s"
    errs = r.get("log", {}).get("errors", [])
    if errs:
        line += f"; Flower errors: {errs[:3]}"
    return line


def bwrap_works() -> tuple[bool, str]:
    """Whether custos' sandbox can start here (``bwrap`` present and allowed)."""
    exe = shutil.which("bwrap")
    if exe is None:
        return False, "bwrap is not installed"
    res = subprocess.run(
        [exe, "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    if res.returncode != 0:
        return False, f"bwrap refuses to start: {res.stderr.strip()[:200]}"
    return True, "bwrap works"


def import_costs(repeats: int = 3) -> dict[str, float]:
    """Seconds to start a Python process that imports what each ClientApp needs.

    Flower's deployment runtime starts one ClientApp process per message: the
    stock ``flwr-clientapp`` imports Flower (and, for the plain app, NumPy);
    custos' imports its harness, and on a training or finish message torch.
    """
    cases = {
        "python": "pass",
        "flwr_clientapp": "import flwr.supernode.cli.flwr_clientapp, numpy",
        "custos_clientapp": "import custos.fed._clientapp, custos.fed._flower, "
        "flwr.supernode.cli.flwr_clientapp",
        "custos_site_runtime": "import custos.fed._clientapp, custos.fed._flower, "
        "custos.fed._site, custos.node._run, torch, flwr.supernode.cli.flwr_clientapp",
    }
    out = {}
    for name, code in cases.items():
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
            times.append(time.perf_counter() - t)
        out[name] = statistics.median(times)
    return out


# -- the run --------------------------------------------------------------------


def environment() -> dict[str, str]:
    from bench.fed import environment as base

    return base()


def benchmark(
    repeats: int, rounds: int, sandbox: bool, token: str, tmp: Path, progress: ProgressFn
) -> dict[str, Any]:
    from examples.wdbc.write_csv import write

    from bench.fed import write_shards

    doc = deploy_doc(rounds)
    target = doc["task"]["target"]
    t_all = time.perf_counter()
    csv = tmp / "wdbc.csv"
    write(csv)
    shards = tmp / "shards.npz"
    # prepare_sites partitions IID with seed 0: the plain clients get the same rows.
    write_shards(csv, "iid", 0, SITES, target, shards)
    box, why = bwrap_works() if sandbox else (False, "not requested (--no-sandbox, --quick)")
    progress(f"sandbox variant: {'yes' if box else 'no'} ({why})")
    runs: dict[str, list[dict[str, Any]]] = {v: [] for v in VARIANTS}
    failures: list[str] = []
    leftovers: list[str] = []
    order = ["plain", "plain_secagg", "custos"] + (["custos_sandbox"] if box else [])
    for rep in range(repeats):
        # ABBA: every other repeat runs the variants in reverse, so a drift in the
        # machine's load does not favour whichever runs first.
        for name in order if rep % 2 == 0 else order[::-1]:
            work = tmp / f"{name}-{rep}"
            work.mkdir()
            progress(f"repeat {rep + 1}/{repeats}: {LABEL[name]}")
            try:
                if name.startswith("plain"):
                    r = run_plain(shards, work, doc, name == "plain_secagg", progress)
                else:
                    r = run_custos(csv, work, doc, name == "custos_sandbox", progress)
            except Exception as exc:  # report it, go on with the others
                failures.append(f"{name} (repeat {rep + 1}): {type(exc).__name__}: {exc}"[:400])
                progress(f"{name} failed: {exc}")
                continue
            finally:
                left = sweep(token)
                if left:
                    progress(f"{name}: stopped leftover processes: {', '.join(left)}")
                    leftovers.append(f"{name}: {', '.join(left)}")
            runs[name].append(r)
    progress("timing ClientApp process start-up (imports)")
    imports = import_costs()
    return {
        "doc": doc,
        "runs": runs,
        "failures": failures,
        "leftovers": leftovers,
        "sandbox": {"ran": box, "why": why},
        "imports": imports,
        "seconds": time.perf_counter() - t_all,
    }


# -- report -------------------------------------------------------------------


def _med(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _fmt(v: float, fmt: str = ".1f") -> str:
    return "-" if v != v else format(v, fmt) + " s"  # NaN: not measured


def _is_custos(name: str) -> bool:
    return name.startswith("custos")


def _train_rounds(r: dict[str, Any]) -> list[float]:
    """The Flower rounds that train (custos: all but its setup round)."""
    fit = list(r["log"]["fit"])
    return fit[1:] if _is_custos(r["variant"]) else fit


def _train_stages(r: dict[str, Any]) -> list[dict[int, float]]:
    st = list(r["stages"])
    return st[1:] if _is_custos(r["variant"]) else st


def _ok(r: dict[str, Any], rounds: int) -> bool:
    return r.get("status") == "completed" and len(_train_rounds(r)) == rounds


def _row(label: str, cells: list[str]) -> str:
    return f"| {label} | " + " | ".join(cells) + " |"


def render(env: dict[str, str], res: dict[str, Any], argv: list[str]) -> str:
    doc, runs = res["doc"], res["runs"]
    rounds = int(doc["rounds"])
    names = [n for n in VARIANTS if runs[n]]
    ok = {n: [r for r in runs[n] if _ok(r, rounds)] for n in names}
    train = {n: [v for r in ok[n] for v in _train_rounds(r)] for n in names}
    first = {n: [r["log"]["fit"][0] for r in ok[n]] for n in names}
    whole = {n: [r["done"] - r["submit"] for r in ok[n]] for n in names}
    span = {
        n: [r["last_record"] - r["first_record"] for r in ok[n] if r["first_record"]] for n in names
    }
    startup = {
        n: [r["first_record"] - r["submit"] for r in ok[n] if r["first_record"]] for n in names
    }
    finish = {n: [r["log"]["evaluate"][0] for r in ok[n] if r["log"]["evaluate"]] for n in names}
    sec = doc["secure_aggregation"]
    lines = [
        SECTION,
        "",
        f"- Date: {env['date']}",
        f"- Machine: {env['cores']} cores, {env['cpu']} (shared with other jobs: compare "
        "ratios taken side by side, not seconds)",
        f"- Versions: Python {env['python']}, custos {env['custos']}, flwr {env['flwr']}, "
        f"torch {env['torch']}, NumPy {env['numpy']}",
        f"- Reproduce: `python -m bench.fed_deploy{_flags(argv)}` "
        f"(this run took {res['seconds'] / 60:.1f} min; runs: {_repeats(runs)})",
        "",
        "A deployed federation on one machine, every party its own process over loopback "
        f"HTTPS: WDBC over the first {SITES} sites of `examples/wdbc/fed-wdbc.yaml` "
        f"({rounds} round{'s' if rounds != 1 else ''}, `min_sites` {doc['min_sites']}, "
        "SecAgg+ with "
        f"{sec['num_shares']} shares and threshold {sec['reconstruction_threshold']}), the "
        "coordinator's SuperLink started with custos' command (TLS from a private CA, "
        "`--enable-supernode-auth` with each site's registered key, `--isolation subprocess`) "
        "and one SuperNode per site. custos: three `custos fed serve` processes (each a "
        "SuperNode with `--isolation process` and one long-lived custos ClientApp process "
        "that handles all of the site's messages) and `custos fed coordinator run`. "
        "Plain Flower: the same SuperLink command and SuperNode flags, the stock "
        "`flower-supernode` and `flwr-clientapp`, `flwr run APP CONNECTION --stream` of a "
        "minimal Flower App with `bench.fed`'s plain baseline (a `NumPyClient` doing "
        f"{doc['training']['local_epochs']} full-batch logistic-regression steps in NumPy on "
        "the same shard a custos site holds; legacy `FedAvg` under `DefaultWorkflow`, with or "
        "without `SecAggPlusWorkflow` set as custos sets it). Both runtimes get custos' "
        "environment (`FLWR_SUPEREXEC_TASK_POLL_INTERVAL=0.2`). A Flower round is timed in the "
        "ServerApp's own process, from its `[ROUND k]` log record to the end of its fit, each "
        "SecAgg+ stage from its request to its `Received ...` record (the records are written "
        "with their creation time by a few lines appended to both apps; see the module "
        "docstring). *Training round*: the rounds that train (custos: after its setup round). "
        "Medians over every such round of every run. The variants run one after another "
        "(every other repeat in reverse order), each with its own fresh SuperLink and "
        "SuperNodes.",
        "",
        _row("measurement", [LABEL[n] for n in names]),
        "|---|" + "---:|" * len(names),
        _row("training round (median)", [_fmt(_med(train[n]), ".2f") for n in names]),
    ]
    for k, what in enumerate(STAGES):
        vals = {n: [st[k] for r in ok[n] for st in _train_stages(r) if k in st] for n in names}
        lines.append(
            _row(f"SecAgg+ stage {k}: {what}", [_fmt(_med(vals[n]), ".2f") for n in names])
        )
    lines += [
        _row(
            "Flower round 1 (plain: its first training round, with each SuperNode's app "
            "install; custos: the setup round)",
            [_fmt(_med(first[n])) for n in names],
        ),
        _row(
            "finish: each site's leakage audit and receipt (an evaluate round)",
            [_fmt(_med(finish[n])) if _is_custos(n) else "-" for n in names],
        ),
        _row(
            "submit until the ServerApp's first log record (the ServerApp process starts)",
            [_fmt(_med(startup[n])) for n in names],
        ),
        _row("ServerApp, first to last log record", [_fmt(_med(span[n])) for n in names]),
        _row(
            "whole run: submit until the command returns (custos: with the global bundle)",
            [_fmt(_med(whole[n])) for n in names],
        ),
        "",
    ]
    base = "plain_secagg"
    if base in names and train[base]:
        lines += ["Against plain Flower + SecAgg+, side by side in this run:", ""]
        for n in names:
            if n == base or not train[n]:
                continue
            pairs = list(zip(ok[n], ok[base], strict=False))
            per_run = (
                " (run by run: training round "
                + ", ".join(
                    f"{_med(_train_rounds(a)) / _med(_train_rounds(b)):.2f}x" for a, b in pairs
                )
                + "; whole run "
                + ", ".join(
                    f"{(a['done'] - a['submit']) / (b['done'] - b['submit']):.2f}x"
                    for a, b in pairs
                )
                + ")"
                if len(pairs) > 1
                else ""
            )
            lines.append(
                f"- {LABEL[n]}: training round {_med(train[n]) / _med(train[base]):.2f}x, "
                f"whole run {_med(whole[n]) / _med(whole[base]):.2f}x{per_run}"
            )
        lines.append("")
    lines += render_custos_detail(ok)
    lines += render_notes(res, ok)
    return "\n".join(lines)


def _flags(argv: list[str]) -> str:
    """The options that shape the measurement (not where its output goes)."""
    return "".join(f" {a}" for a in reproduce_args(argv))


def _repeats(runs: dict[str, list[dict[str, Any]]]) -> str:
    return ", ".join(f"{len(v)} {n}" for n, v in runs.items() if v) or "nothing ran"


def _secs(values: list[float], fmt: str = ".1f") -> str:
    return ", ".join(format(v, fmt) for v in values) + " s" if values else "-"


def render_custos_detail(ok: dict[str, list[dict[str, Any]]]) -> list[str]:
    lines: list[str] = []
    for n in ("custos", "custos_sandbox"):
        for i, r in enumerate(ok.get(n, [])):
            ck = r["checkpoint"]
            audits = r["audits"]
            secs = [a["audit_seconds"] for a in audits.values() if a.get("audit_seconds")]
            fin = f"{r['log']['evaluate'][0]:.1f} s" if r["log"]["evaluate"] else "-"
            if ck["finish"]:
                fin += f" (last aggregation to `coordinator.json`: {ck['finish']:.1f} s)"
            lines.append(
                f"- {LABEL[n]}, run {i + 1}: {r['status']}, co-signed by "
                f"{len(r['co_signed_by'])}/{len(r['approved'])} sites (shares "
                + ", ".join(str(a["state"]) for a in audits.values())
                + f"); setup round {r['log']['fit'][0]:.1f} s; training rounds "
                + _secs(_train_rounds(r), ".2f")
                + " (from the checkpoint's writes: "
                + _secs(ck["train"], ".2f")
                + f"); finish {fin}; each site's leakage audit (its report's "
                "`cost.audit_seconds`): "
                + _secs(secs)
                + " (decisions: "
                + ", ".join(str(a.get("decision")) for a in audits.values())
                + f"); the sites were set up by `prepare_sites` in {r['prepare_sites']:.1f} s "
                "(before the run, not timed in it)."
            )
    if not lines:
        return []
    return ["Per custos run:", "", *lines, ""]


def render_notes(res: dict[str, Any], ok: dict[str, list[dict[str, Any]]]) -> list[str]:
    notes: list[str] = []
    imp = res["imports"]
    stage = {
        n: {
            k: _med([st[k] for r in rs for st in _train_stages(r) if k in st])
            for k in range(len(STAGES))
        }
        for n, rs in ok.items()
    }
    notes.append(
        "Where the time goes. Flower's deployment runtime starts a fresh ClientApp process "
        "for every message a SuperNode receives (`--isolation subprocess`: the SuperNode's "
        "SuperExec launches `flwr-clientapp`, which fetches the message, runs the app and "
        "exits; plain Flower here), custos' sites one long-lived ClientApp process each "
        "(`--isolation process`: it takes the SuperNode's messages one after another, its "
        "imports done once), and messages move by polling: an idle SuperNode asks the "
        "SuperLink for work every 3 s (Flower 1.41's `start_client_internal`), checks for the "
        "ClientApp's reply "
        "every 0.5 s, and the ServerApp polls for replies. SecAgg+ turns each fit round into "
        "four such exchanges (its stages 0-3), each one message per site, so a SecAgg+ round "
        "costs plain Flower four ClientApp start-ups per site, three sites on two cores, "
        "against one for plain FedAvg. Starting a Python process that imports what the "
        "ClientApp needs took "
        f"(median of 3, at the end of the run): bare Python {imp['python']:.2f} s, the stock "
        f"`flwr-clientapp` with NumPy {imp['flwr_clientapp']:.2f} s, custos' `flwr-clientapp` "
        f"{imp['custos_clientapp']:.2f} s, and with what a site's training or finish message "
        f"needs (custos' site runtime and torch) {imp['custos_site_runtime']:.2f} s."
    )
    if "plain_secagg" in stage and "custos" in stage:
        p, c = stage["plain_secagg"], stage["custos"]
        other = [k for k in range(len(STAGES)) if k != 2]
        ratios = [c[k] / p[k] for k in other]
        alike = all(0.85 <= x <= 1.15 for x in ratios)
        notes.append(
            "custos' SecAgg+ stages without training (0, 1 and 3: its ClientApp runs only "
            "Flower's `secaggplus_mod`) take "
            + ", ".join(f"{x:.2f}x" for x in ratios)
            + " plain Flower's"
            + (
                ": a message that does not train costs the same. Such a stage is Flower's "
                "polling (a SuperNode that finds no work sleeps 3 s before it asks again, then "
                "hands the message to the ClientApp, then checks for its reply every 0.5 s) "
                "and, for plain Flower, one ClientApp start-up per site; custos' long-lived "
                "ClientApp starts no process for it. "
                if alike
                else ". custos' long-lived ClientApp starts no process for a message, "
                f"where the stock one takes {imp['flwr_clientapp']:.2f} s to start (above); "
                "the rest of the "
                "difference is Flower's polling (a site whose "
                "ClientApp replies just after its SuperNode's poll waits up to 3 s more) and "
                "the shared machine's load, which differ from run to run. "
            )
            + f"Stage 2, where each site trains, takes {c[2]:.1f} s against {p[2]:.1f} s: there "
            "custos' ClientApp opens the site's node (its SQLite store, audit log and keys), "
            "re-checks its approval and DUA, loads, fingerprints and splits its dataset (for "
            "every message: only the imports stay loaded between messages), runs its DP-SGD "
            "steps with custos' harness and writes a signed "
            "audit entry for the round"
            + (
                ", and in the sandbox variant starts a bubblewrap sandbox for the steps"
                if "custos_sandbox" in stage
                else ""
            )
            + "; plain Flower's client loads a small NumPy shard and takes "
            f"{res['doc']['training']['local_epochs']} NumPy gradient steps."
        )
    if ok.get("custos"):
        setup = _med([r["log"]["fit"][0] for r in ok["custos"]])
        notes.append(
            f"custos' setup round ({setup:.1f} s in-process) is where each site first opens its "
            "node, re-checks its DUA, plans its DP, reserves its budget and loads its rows. "
            "The finish is an evaluate round: each site rebuilds the global model, runs its "
            "leakage audit (reference models trained with the job's recipe, LiRA and RMIA, a "
            "canary audit) and signs its receipt; the audit itself is the per-site "
            "`audit_seconds` above, the rest is opening the node and the data, and polling."
        )
    deltas = []
    for n in ("custos", "custos_sandbox"):
        for r in ok.get(n, []):
            ck, lg = r["checkpoint"]["train"], _train_rounds(r)
            if len(ck) == len(lg):
                deltas += [abs(a - b) for a, b in zip(ck, lg, strict=True)]
    if deltas:
        notes.append(
            "Cross-check: custos' training rounds timed from its checkpoint's writes (round "
            "started, round aggregated; polled every 20 ms) differ from the log-record timing "
            f"by at most {max(deltas):.2f} s."
        )
    notes.append(
        "How far to trust a difference: every stage is made of Flower's polling steps (the "
        "3-s SuperNode poll above all), and the machine is shared, so a difference of a "
        "second or so in one stage, or between two variants' setup rounds, is noise with "
        f"{max(len(v) for v in res['runs'].values())} run(s) of each variant (`--repeats N` "
        "for more)."
    )
    if not res["sandbox"]["ran"]:
        notes.append(f"The sandbox variant did not run: {res['sandbox']['why']}.")
    rounds = int(res["doc"]["rounds"])
    for n, rs in res["runs"].items():
        for i, r in enumerate(rs):
            errs = r.get("log", {}).get("errors", [])
            if not _ok(r, rounds):
                notes.append(
                    f"Failed: {LABEL[n]}, run {i + 1}: status {r.get('status')!r}, exit "
                    f"{r.get('rc')}" + (f"; Flower logged {errs[:3]}" if errs else "")
                )
            elif errs:
                notes.append(f"{LABEL[n]}, run {i + 1}: Flower logged errors {errs[:3]}.")
            bad = {s: c for s, c in r.get("serve_rc", {}).items() if c != 0}
            if bad:
                notes.append(
                    f"{LABEL[n]}, run {i + 1}: `custos fed serve` exit codes {bad} "
                    "(None: still running 60 s after the run, stopped)."
                )
    notes += [f"Failed to run: {f}" for f in res["failures"]]
    if res["leftovers"]:
        notes.append(
            "Processes still running after a run's own shut-down, found by this run's "
            "environment mark and stopped: " + "; ".join(res["leftovers"]) + "."
        )
    return ["Notes:", "", *[f"- {x}" for x in notes], ""]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.fed_deploy", description=__doc__)
    p.add_argument("--repeats", type=int, default=1, help="runs of each variant")
    p.add_argument("--rounds", type=int, default=ROUNDS, help="training rounds")
    p.add_argument("--no-sandbox", action="store_true", help="skip the sandboxed custos run")
    p.add_argument(
        "--quick", action="store_true", help="one training round, no sandboxed custos run"
    )
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--json", type=Path, help="also write raw results here")
    a = p.parse_args(argv)
    if a.quick:
        a.repeats, a.rounds, a.no_sandbox = 1, 1, True

    def progress(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    env = environment()
    tmp = Path(tempfile.mkdtemp(prefix="custos-bench-fed-deploy-"))
    token = tmp.name
    os.environ[MARK] = token  # every process started from here on carries it
    try:
        res = benchmark(a.repeats, a.rounds, not a.no_sandbox, token, tmp, progress)
    finally:
        left = sweep(token)
        if left:
            progress(f"stopped leftover processes: {', '.join(left)}")
        os.environ.pop(MARK, None)
        shutil.rmtree(tmp, ignore_errors=True)
    section = render(env, res, argv)
    print(section)
    if a.json:
        a.json.write_text(json.dumps({"env": env, **res}, indent=2, default=str))
    if not a.no_write:
        from bench._markdown import write_section

        write_section(a.out, SECTION, section, intro="")
        progress(f"wrote {SECTION!r} to {a.out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
