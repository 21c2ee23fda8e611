"""Benchmark the SQLite audit log against a plain, unchained table.

Run from the repository root::

    python -m bench.audit_log                  # N = 100,000 entries
    python -m bench.audit_log --entries 20000 --no-write

Every figure is the median of ``--repeats`` runs (3 by default), each append
run on a fresh SQLite file in a temporary directory. Both the custos log and
the baseline table go through :func:`custos.core._storage.make_engine`, so they
share the same PRAGMAs (WAL, ``synchronous = NORMAL``) and ``BEGIN IMMEDIATE``
transactions; the only difference is what custos does per entry (RFC 8785
encoding, SHA-256 chaining, the head row, unique hash indexes, signed
checkpoints).

The results replace the ``## Audit log (SQLite)`` section of BENCHMARKS.md
(other sections are left alone).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shlex
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
)

from bench._markdown import write_section
from custos.core._clock import isoformat, utcnow
from custos.core._keys import PublicKey, SigningKey
from custos.core._storage import make_engine, upgrade
from custos.ledger._audit import AuditLog, VerifyReport, verify_export

SECTION = "## Audit log (SQLite)"
INTRO = (
    "# Benchmarks\n\n"
    "Measured performance of custos components. Each section says how to reproduce "
    "its figures; numbers depend on the machine, so compare within a section.\n"
)
NODE_ID = "bench"
BATCH = 1_000
GOAL_APPENDS = 5_000.0
GOAL_VERIFY = 50_000.0
GOAL_CORES = 2

Item = tuple[str, str, str, Mapping[str, Any]]

# --- workload ---------------------------------------------------------------


def make_item(i: int) -> Item:
    """One realistic entry: identifiers, a hash, numbers; no patient data."""
    details = {
        "job": f"job-{i:08d}",
        "dataset": "cohort-a",
        "dua": "dua-2024-017",
        "dua_version": 3,
        "spec_hash": f"sha256:{i:064x}",
        "rows": 12_345 + i % 1000,
        "epsilon": 0.5,
        "decision": "approved",
    }
    return ("vendor:acme", "job.approved", f"job:job-{i:08d}", details)


def items(start: int, count: int) -> Iterator[Item]:
    for i in range(start, start + count):
        yield make_item(i)


# --- baseline: a plain table, no hashing, no signing --------------------------

_plain_md = MetaData()
plain_log = Table(
    "plain_log",
    _plain_md,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("ts", String(32), nullable=False),
    Column("actor", String(160), nullable=False),
    Column("action", String(64), nullable=False, index=True),
    Column("subject", String(160), nullable=False, index=True),
    Column("body", Text, nullable=False),
)


def plain_row(item: Item) -> dict[str, Any]:
    actor, action, subject, details = item
    return {
        "ts": isoformat(utcnow()),
        "actor": actor,
        "action": action,
        "subject": subject,
        "body": json.dumps(details, separators=(",", ":")),
    }


# --- measurement helpers ------------------------------------------------------


@dataclass
class Measure:
    """A rate (units per second) over ``repeats`` runs; the median is reported."""

    label: str
    unit: str
    count: int
    seconds: list[float] = field(default_factory=list)

    @property
    def rates(self) -> list[float]:
        return [self.count / s for s in self.seconds]

    @property
    def median(self) -> float:
        return statistics.median(self.rates)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


class Workdir:
    """Fresh SQLite files in one temporary directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._n = 0

    def path(self, stem: str, suffix: str = ".db") -> Path:
        self._n += 1
        return self.root / f"{stem}-{self._n}{suffix}"

    def custos_engine(self, stem: str) -> Engine:
        engine = make_engine(f"sqlite:///{self.path(stem)}")
        upgrade(engine)
        return engine

    def plain_engine(self, stem: str) -> Engine:
        engine = make_engine(f"sqlite:///{self.path(stem)}")
        with engine.begin() as conn:
            _plain_md.create_all(conn)
        return engine


# --- the runs -------------------------------------------------------------------


def custos_single(engine: Engine, key: SigningKey, n: int, *, checkpoint: bool) -> None:
    log = AuditLog(signer=key, node_id=NODE_ID, checkpoint_every=100)
    for actor, action, subject, details in items(0, n):
        with engine.begin() as conn:
            log.append(conn, actor=actor, action=action, subject=subject, details=details)
            if checkpoint:
                log.checkpoint(conn)


def custos_batched(engine: Engine, key: SigningKey, n: int) -> None:
    log = AuditLog(signer=key, node_id=NODE_ID, checkpoint_every=BATCH)
    done = 0
    while done < n:
        size = min(BATCH, n - done)
        with engine.begin() as conn:
            log.append_many(conn, items(done, size))
            if done + size == n:
                log.checkpoint(conn)  # anchor a trailing partial batch, if any
        done += size


def plain_single(engine: Engine, n: int) -> None:
    stmt = insert(plain_log)
    for item in items(0, n):
        with engine.begin() as conn:
            conn.execute(stmt, plain_row(item))


def plain_batched(engine: Engine, n: int) -> None:
    stmt = insert(plain_log)
    done = 0
    while done < n:
        size = min(BATCH, n - done)
        with engine.begin() as conn:
            conn.execute(stmt, [plain_row(it) for it in items(done, size)])
        done += size


def plain_scan(engine: Engine) -> int:
    rows = 0
    with engine.connect() as conn:
        for _row in conn.execute(select(plain_log).order_by(plain_log.c.seq)):
            rows += 1
    return rows


@dataclass
class Results:
    entries: int
    single: int
    repeats: int
    measures: dict[str, Measure] = field(default_factory=dict)
    verify_entries: int = 0
    verify_checkpoints: int = 0
    verify_ok: bool = False
    verify_unanchored: int = 0
    export_ok: bool = False
    export_bytes: int = 0
    scan_rows: int = 0

    def add(self, key: str, label: str, unit: str, count: int) -> Measure:
        m = Measure(label, unit, count)
        self.measures[key] = m
        return m


def measure_fresh(
    m: Measure,
    repeats: int,
    fresh: Callable[[], Engine],
    work: Callable[[Engine], None],
) -> Engine:
    """Time ``work`` on a fresh database ``repeats`` times; return the last engine."""
    engine = fresh()
    for i in range(repeats):
        if i:
            engine.dispose()
            engine = fresh()
        m.seconds.append(timed(partial(work, engine))[0])
    return engine


def run(entries: int, single: int, repeats: int, progress: Callable[[str], None]) -> Results:
    res = Results(entries=entries, single=single, repeats=repeats)
    key = SigningKey.generate()
    pub: PublicKey = key.public_key
    with tempfile.TemporaryDirectory(prefix="custos-bench-") as tmp:
        wd = Workdir(Path(tmp))

        def step(key_: str, label: str, unit: str, count: int) -> Measure:
            progress(label)
            return res.add(key_, label, unit, count)

        m = step("c_single", "custos append, 1 entry/tx, checkpoint every 100", "entries", single)
        measure_fresh(
            m,
            repeats,
            lambda: wd.custos_engine("c-single"),
            lambda eng: custos_single(eng, key, single, checkpoint=False),
        ).dispose()

        m = step("c_single_cp", "custos append, 1 entry/tx + checkpoint per tx", "entries", single)
        measure_fresh(
            m,
            repeats,
            lambda: wd.custos_engine("c-single-cp"),
            lambda eng: custos_single(eng, key, single, checkpoint=True),
        ).dispose()

        m = step("p_single", "plain insert, 1 row/tx", "rows", single)
        measure_fresh(
            m, repeats, lambda: wd.plain_engine("p-single"), lambda eng: plain_single(eng, single)
        ).dispose()

        # The last N-entry log and table are kept for the read-side measurements.
        m = step("c_batch", f"custos append_many, {BATCH:,}/tx", "entries", entries)
        log_engine = measure_fresh(
            m,
            repeats,
            lambda: wd.custos_engine("c-batch"),
            lambda eng: custos_batched(eng, key, entries),
        )
        m = step("p_batch", f"plain executemany, {BATCH:,}/tx", "rows", entries)
        scan_engine = measure_fresh(
            m, repeats, lambda: wd.plain_engine("p-batch"), lambda eng: plain_batched(eng, entries)
        )

        log = AuditLog(signer=key, node_id=NODE_ID, checkpoint_every=BATCH)

        def verify_db() -> VerifyReport:
            with log_engine.connect() as conn:
                return log.verify(conn, pub)

        m = step("c_verify", "custos verify (DB)", "entries", entries)
        for _ in range(repeats):
            secs, report = timed(verify_db)
            m.seconds.append(secs)
            res.verify_ok = report.ok
            res.verify_entries = report.entries
            res.verify_checkpoints = report.checkpoints
            res.verify_unanchored = report.unanchored
            if not report.ok:
                progress(f"verify FAILED: {report.problems[:3]}")

        m = step("p_scan", "plain SELECT scan", "rows", entries)
        for _ in range(repeats):
            secs, res.scan_rows = timed(partial(plain_scan, scan_engine))
            m.seconds.append(secs)

        export_path = wd.path("export", ".jsonl")

        def export() -> int:
            with log_engine.connect() as conn:
                return log.export(conn, export_path, public_key=pub)

        m = step("c_export", "custos export (JSON Lines)", "entries", entries)
        for _ in range(repeats):
            m.seconds.append(timed(export)[0])
        res.export_bytes = export_path.stat().st_size

        m = step("c_verify_export", "custos verify_export (file)", "entries", entries)
        for _ in range(repeats):
            secs, report = timed(partial(verify_export, export_path, pub))
            m.seconds.append(secs)
            res.export_ok = report.ok and report.entries == entries
            if not report.ok:
                progress(f"verify_export FAILED: {report.problems[:3]}")

        log_engine.dispose()
        scan_engine.dispose()
    return res


# --- reporting ------------------------------------------------------------------


def _pkg(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def environment() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    ram = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        with open("/proc/meminfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                    break
    except OSError:
        pass
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    return {
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "cores": str(cores),
        "cpu": cpu,
        "ram": ram,
        "os": f"{platform.system()} {platform.machine()}",
        "python": platform.python_version(),
        "sqlalchemy": _pkg("sqlalchemy"),
        "sqlite": sqlite3.sqlite_version,
        "cryptography": _pkg("cryptography"),
        "rfc8785": _pkg("rfc8785"),
    }


def _rate(x: float) -> str:
    return f"{x:,.0f}/s"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


# (custos key, baseline key or None)
ROWS: list[tuple[str, str | None]] = [
    ("c_single", "p_single"),
    ("c_single_cp", "p_single"),
    ("c_batch", "p_batch"),
    ("c_verify", "p_scan"),
    ("c_export", None),
    ("c_verify_export", None),
]


COLUMNS = (
    "Measurement",
    "N",
    "custos",
    "Baseline",
    "Baseline rate",
    "custos / baseline",
    "custos µs/entry",
)


def table_rows(res: Results) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for ck, bk in ROWS:
        c = res.measures[ck]
        b = res.measures[bk] if bk else None
        out.append(
            (
                c.label,
                f"{c.count:,}",
                _rate(c.median),
                b.label if b else "-",
                _rate(b.median) if b else "-",
                _ratio(c.median, b.median) if b else "-",
                f"{1e6 / c.median:,.1f}",
            )
        )
    return out


def goals(res: Results, cores: int) -> list[str]:
    def verdict(value: float, goal: float) -> str:
        return "met" if value >= goal else "not met"

    single = res.measures["c_single"].median
    single_cp = res.measures["c_single_cp"].median
    batch = res.measures["c_batch"].median
    ver = res.measures["c_verify"].median
    where = (
        f"this machine has {cores} cores"
        if cores == GOAL_CORES
        else f"note: this machine has {cores} cores, not {GOAL_CORES}"
    )
    return [
        f"Goal: at least {GOAL_APPENDS:,.0f} appends/s on a {GOAL_CORES}-core machine ({where}).",
        f"  - one entry per transaction, checkpoint every 100: {_rate(single)}, "
        f"**{verdict(single, GOAL_APPENDS)}**",
        f"  - one entry per transaction + signed checkpoint per transaction (what the node "
        f"does per CLI operation): {_rate(single_cp)}, **{verdict(single_cp, GOAL_APPENDS)}**",
        f"  - batched, {BATCH:,} entries per transaction: {_rate(batch)}, "
        f"**{verdict(batch, GOAL_APPENDS)}**",
        f"Goal: at least {GOAL_VERIFY:,.0f} entries/s verified on a {GOAL_CORES}-core "
        f"machine: {_rate(ver)} over {res.verify_entries:,} entries, "
        f"**{verdict(ver, GOAL_VERIFY)}**"
        + ("" if res.verify_ok else " (verification reported problems, see below)"),
    ]


def markdown(res: Results, env: Mapping[str, str], command: str) -> str:
    lines = [
        SECTION,
        "",
        "Appends to the tamper-evident audit log (`custos.ledger.AuditLog`) and its "
        "verification, against a plain unchained table with the same columns and "
        "secondary indexes (no hashing, no signing, body = `json.dumps` of the details), "
        "both on SQLite through `custos.core._storage.make_engine` (WAL, "
        "`synchronous = NORMAL`, `BEGIN IMMEDIATE`). Each figure is the median of "
        f"{res.repeats} runs; each append run uses a fresh database file.",
        "",
        f"- Date: {env['date']}",
        f"- Machine: {env['cores']} cores (`nproc`), {env['cpu']}, {env['ram']} RAM, {env['os']}",
        f"- Versions: Python {env['python']}, SQLAlchemy {env['sqlalchemy']}, "
        f"SQLite {env['sqlite']}, cryptography {env['cryptography']}, "
        f"rfc8785 {env['rfc8785']}",
        f"- Reproduce: `{command}`",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|---|---:|---:|---|---:|---:|---:|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in table_rows(res)]
    lines += [
        "",
        f"Verification of the {res.entries:,}-entry log: "
        f"{'ok' if res.verify_ok else 'FAILED'}, {res.verify_entries:,} entries, "
        f"{res.verify_checkpoints:,} signed checkpoints, "
        f"{res.verify_unanchored} unanchored entries. Export file: "
        f"{res.export_bytes / 1e6:.1f} MB, offline verification "
        f"{'ok' if res.export_ok else 'FAILED'}.",
        "",
        "Goals (from the issue) against the measured values:",
        "",
    ]
    lines += [g if g.startswith("  ") else f"- {g}" for g in goals(res, int(env["cores"]))]
    return "\n".join(lines) + "\n"


def print_results(res: Results, env: Mapping[str, str]) -> None:
    try:
        from rich.console import Console
        from rich.table import Table as RichTable
    except ImportError:  # pragma: no cover - rich is a custos dependency
        for row in table_rows(res):
            print(" | ".join(row))
    else:
        t = RichTable(title=f"Audit log, SQLite, N = {res.entries:,} (median of {res.repeats})")
        for i, col in enumerate(COLUMNS):
            t.add_column(col, justify="left" if i in (0, 3) else "right")
        for row in table_rows(res):
            t.add_row(*row)
        console = Console()
        if not console.is_terminal:
            console = Console(width=160)
        console.print(t)
    for m in res.measures.values():
        runs = ", ".join(_rate(r) for r in m.rates)
        print(f"  {m.label}: runs {runs}")
    print(
        f"verify: ok={res.verify_ok} entries={res.verify_entries:,} "
        f"checkpoints={res.verify_checkpoints:,} unanchored={res.verify_unanchored}; "
        f"verify_export ok={res.export_ok}; scan rows={res.scan_rows:,}"
    )
    for g in goals(res, int(env["cores"])):
        print(g.replace("**", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.audit_log", description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000, help="size of the batched log")
    parser.add_argument(
        "--single", type=int, default=5_000, help="entries per one-entry-per-transaction run"
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path("BENCHMARKS.md"))
    parser.add_argument("--no-write", action="store_true", help="only print the results")
    args = parser.parse_args(argv)
    if args.entries < 1 or args.single < 1 or args.repeats < 1:
        parser.error("--entries, --single and --repeats must be positive")

    def progress(msg: str) -> None:
        print(f"... {msg}", file=sys.stderr, flush=True)

    env = environment()
    t0 = time.perf_counter()
    res = run(args.entries, args.single, args.repeats, progress)
    progress(f"done in {time.perf_counter() - t0:.1f} s")
    print_results(res, env)

    if not args.no_write:
        command = "python -m bench.audit_log"
        if args.entries != 100_000:
            command += f" --entries {args.entries}"
        if args.single != 5_000:
            command += f" --single {args.single}"
        if args.repeats != 3:
            command += f" --repeats {args.repeats}"
        out: Path = args.out
        if out.name != "BENCHMARKS.md" or out.parent != Path("."):
            command += f" --out {shlex.quote(out.name)}"
        write_section(out, SECTION, markdown(res, env, command), intro=INTRO)
        progress(f"wrote section {SECTION!r} to {out.name}")
    return 0 if res.verify_ok and res.export_ok else 1


if __name__ == "__main__":
    sys.exit(main())
