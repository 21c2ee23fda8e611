"""A bounded load test of ``custos serve`` on loopback, on SQLite and on PostgreSQL (issue #8).

One node home per database with the WDBC dataset and one vendor's DUA (its
key inline). ``custos serve`` runs as a real process on 127.0.0.1 in each
``--setups`` entry (worker processes and where the rate limits live), with
its per-address rate limit raised so that the load, which all comes from one
address, is not refused. ``--clients``
concurrent clients then send ``--requests`` requests in all, every request
signed with the vendor's key as a real vendor would:

- status reads (``GET /api/v1/jobs/{id}`` of a job submitted before the run);
- job submissions (``POST /api/v1/jobs`` with a freshly signed job spec: the
  node verifies the envelope, evaluates every DUA clause, records the job and
  audits it in one transaction).

Every ``--submit-every``-th request is a submission, the rest are reads. The
job envelopes are signed before the clock starts; each request's signature
(Ed25519 over method, path, body hash, time and nonce) is made when it is
sent, on the same machine as the server. Reported: requests per second over
the whole run, p50 and p99 latency per kind, and every error (any status
other than the expected 200/201, or a transport failure), for each database.
The section ``## API load`` of BENCHMARKS.md is replaced.

    python -m bench.api_load [--clients 50] [--requests 2000] [--db both]
        [--setups 1:memory,1:database,2:database] [--no-write]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import yaml

from bench._markdown import write_section
from custos.api import sign_request
from custos.core import SigningKey
from custos.jobs import parse_spec, sign_spec

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "wdbc"
SECTION = "## API load"
PREFIX = "/api/v1"


@dataclass
class Result:
    db: str
    wall_s: float
    workers: int = 1
    store: str = "memory"
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"read": [], "submit": []})
    errors: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.latencies.values()) + sum(self.errors.values())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _docs() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    def load(name: str) -> dict[str, Any]:
        doc: dict[str, Any] = json.loads(
            json.dumps(yaml.safe_load((EXAMPLES / name).read_text()), default=str)
        )
        return doc

    return load("card.yaml"), load("dua.yaml"), load("job.yaml")


def _prepare(work: Path, env: dict[str, str], key: SigningKey) -> None:
    """A node home with the dataset and the vendor's DUA (in a child: its env picks the DB)."""
    from examples.wdbc.write_csv import write

    write(work / "wdbc.csv")
    _card, dua, _job = _docs()
    dua["parties"]["vendor"].pop("public_key_file", None)
    dua["parties"]["vendor"]["public_key"] = key.public_key.to_text()
    (work / "dua.json").write_text(json.dumps(dua))
    shutil.copy(EXAMPLES / "card.yaml", work / "card.yaml")
    for argv in (
        ["node", "init"],
        ["data", "add", "wdbc", str(work / "wdbc.csv"), "--card", str(work / "card.yaml")],
        ["dua", "add", str(work / "dua.json")],
    ):
        p = subprocess.run(
            [sys.executable, "-m", "custos", *argv], env=env, capture_output=True, text=True
        )
        if p.returncode != 0:
            raise SystemExit(f"setup failed at {argv[:2]}: {p.stderr[-500:]}")


def _envelopes(key: SigningKey, n: int) -> list[bytes]:
    _card, _dua, job = _docs()
    out = []
    for i in range(n):
        spec = parse_spec({**job, "name": f"load-{i}"})
        out.append(json.dumps(sign_spec(spec, key)).encode())
    return out


async def _load(
    base: str, key: SigningKey, clients: int, requests: int, submit_every: int, db: str
) -> Result:
    bodies = _envelopes(key, requests // submit_every + clients + 1)
    host = httpx.URL(base).netloc.decode("ascii")
    async with httpx.AsyncClient(base_url=base, timeout=60.0) as client:
        first = bodies.pop()
        headers = sign_request(key, "POST", f"{PREFIX}/jobs", first, host=host)
        r = await client.post(
            f"{PREFIX}/jobs",
            content=first,
            headers={**headers, "Content-Type": "application/json"},
        )
        r.raise_for_status()
        job_id = r.json()["id"]
        read_path = f"{PREFIX}/jobs/{job_id}"
        counter = iter(range(requests))
        result = Result(db, 0.0)

        async def one(i: int) -> None:
            submit = i % submit_every == 0
            kind = "submit" if submit else "read"
            t0 = time.perf_counter()
            try:
                if submit:
                    body = bodies.pop()
                    headers = sign_request(key, "POST", f"{PREFIX}/jobs", body, host=host)
                    resp = await client.post(
                        f"{PREFIX}/jobs",
                        content=body,
                        headers={**headers, "Content-Type": "application/json"},
                    )
                    ok = resp.status_code == 201
                    if ok:
                        result.outcomes[resp.json()["state"]] += 1
                else:
                    resp = await client.get(
                        read_path, headers=sign_request(key, "GET", read_path, host=host)
                    )
                    ok = resp.status_code == 200
                if not ok:
                    code = resp.json().get("error", {}).get("code", "?")
                    result.errors[f"{kind} {resp.status_code} {code}"] += 1
                    return
            except httpx.HTTPError as exc:
                result.errors[f"{kind} {type(exc).__name__}"] += 1
                return
            result.latencies[kind].append(time.perf_counter() - t0)

        async def worker() -> None:
            for i in counter:
                await one(i)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        result.wall_s = time.perf_counter() - t0
    return result


def _serve(
    env: dict[str, str], port: int, log: Path, workers: int, store: str
) -> subprocess.Popen[bytes]:
    p = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "custos",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--rate",
            "1000000",
            "--workers",
            str(workers),
            "--rate-store",
            store,
        ],
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if p.poll() is not None:
            raise SystemExit(f"custos serve exited: {log.read_text()[-800:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return p
        except httpx.HTTPError:
            time.sleep(0.2)
    p.kill()
    raise SystemExit("custos serve did not come up in 60 s")


def run_one(
    db: str, clients: int, requests: int, submit_every: int, workers: int, store: str
) -> Result:
    work = Path(tempfile.mkdtemp(prefix=f"custos-bench-api-{db}-"))
    cluster = None
    try:
        env = {**os.environ, "CUSTOS_HOME": str(work / "home"), "CUSTOS_USER": "bench"}
        env.pop("CUSTOS_TEST_DB", None)
        if db == "postgresql":
            sys.path.insert(0, str(ROOT))
            from tests._postgres import Cluster

            cluster = Cluster().start()
            env["CUSTOS_DATABASE_URL"] = cluster.create_database("custos_bench_api")
        key = SigningKey.generate()
        _prepare(work, env, key)
        port = _free_port()
        server = _serve(env, port, work / "serve.log", workers, store)
        try:
            r = asyncio.run(
                _load(f"http://127.0.0.1:{port}", key, clients, requests, submit_every, db)
            )
            r.workers, r.store = workers, store
            return r
        finally:
            server.terminate()
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(q * len(v)))] * 1000


def render(results: list[Result], clients: int, requests: int, submit_every: int) -> str:
    import fastapi
    import sqlalchemy
    import uvicorn

    lines = [
        SECTION,
        "",
        f"`custos serve` on 127.0.0.1; {clients} concurrent clients send "
        f"{requests} requests in all, every one signed with the vendor's Ed25519 key; every "
        f"{submit_every}th is a job submission (a freshly signed job spec: envelope check, "
        "every DUA clause evaluated, the job and its audit entries in one transaction), the "
        "rest are status reads of one job. The clients run on the same 2 cores as the server, "
        "so these figures are a floor. The per-address rate limit is raised for the run (all "
        "the load comes from one address) but still checked on every request: in the "
        "server's memory (one worker), or in the node database (`--rate-store database`, "
        "what `--workers 2` uses: one upsert per request, shared by the worker processes).",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {len(os.sched_getaffinity(0))} cores, {platform.system()} "
        f"{platform.machine()}, kernel {platform.release()}",
        f"- Versions: Python {platform.python_version()}, FastAPI {fastapi.__version__}, "
        f"uvicorn {uvicorn.__version__}, SQLAlchemy {sqlalchemy.__version__}"
        + (f", {_pg_version()}" if any(r.db == "postgresql" for r in results) else ""),
        f"- Reproduce: `python -m bench.api_load --clients {clients} --requests {requests}`",
        "",
        "| database | workers | rate limits | requests | errors | requests/s | read p50 | "
        "read p99 | submit p50 | submit p99 | submissions by outcome |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        ok = sum(len(v) for v in r.latencies.values())
        outcomes = ", ".join(f"{k} {v}" for k, v in sorted(r.outcomes.items())) or "-"
        lines.append(
            f"| {r.db} | {r.workers} | {r.store} | {r.total} | {sum(r.errors.values())} | "
            f"{ok / r.wall_s:.0f} | "
            f"{_pct(r.latencies['read'], 0.5):.0f} ms | {_pct(r.latencies['read'], 0.99):.0f} ms "
            f"| {_pct(r.latencies['submit'], 0.5):.0f} ms | "
            f"{_pct(r.latencies['submit'], 0.99):.0f} ms | {outcomes} |"
        )
    for r in results:
        for err, n in sorted(r.errors.items()):
            lines.append(f"- {r.db}, {r.workers} worker(s), {r.store}: {n} x `{err}`")
    rate = {(r.db, r.workers, r.store): _throughput(r) for r in results}
    ratios = []
    for db in dict.fromkeys(r.db for r in results):
        base = rate.get((db, 1, "memory"))
        if base:
            for (d, w, st), v in rate.items():
                if d == db and (w, st) != (1, "memory"):
                    ratios.append(f"{db}, {w} worker(s) with limits in the {st}: {v / base:.2f}x")
    if ("sqlite", 1, "memory") in rate and ("postgresql", 1, "memory") in rate:
        pg, lite = rate[("postgresql", 1, "memory")], rate[("sqlite", 1, "memory")]
        ratios.append(f"postgresql / sqlite, one worker: {pg / lite:.2f}x")
    if ratios:
        lines += [
            "",
            "Throughput against one worker with limits in memory: " + "; ".join(ratios) + ".",
        ]
    return "\n".join(lines) + "\n"


def _throughput(r: Result) -> float:
    return sum(len(v) for v in r.latencies.values()) / r.wall_s if r.wall_s else 0.0


def _pg_version() -> str:
    sys.path.insert(0, str(ROOT))
    from tests._postgres import find_bindir

    bindir = find_bindir()
    if bindir is None:
        return "PostgreSQL ?"
    out = subprocess.run(
        [str(bindir / "postgres"), "--version"], capture_output=True, text=True
    ).stdout
    return out.strip().replace("postgres (PostgreSQL) ", "PostgreSQL ")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--requests", type=int, default=2000)
    p.add_argument("--submit-every", type=int, default=5)
    p.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    p.add_argument(
        "--setups",
        default="1:memory,1:database,2:database",
        help="server setups, WORKERS:RATE_STORE, comma-separated",
    )
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    a = p.parse_args(argv)
    dbs = ["sqlite", "postgresql"] if a.db == "both" else [a.db]
    setups = [(int(w), st) for w, st in (x.split(":") for x in a.setups.split(","))]
    results = []
    for db in dbs:
        for workers, store in setups:
            r = run_one(db, a.clients, a.requests, a.submit_every, workers, store)
            print(
                f"{db} {workers}w {store}: {r.total} requests in {r.wall_s:.1f} s, "
                f"errors {dict(r.errors)}",
                flush=True,
            )
            results.append(r)
    section = render(results, a.clients, a.requests, a.submit_every)
    print(section)
    if not a.no_write:
        write_section(a.out, SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
