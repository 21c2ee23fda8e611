"""Sandbox start-up and tear-down overhead per job (issue #4).

Runs the same harness entry point (``python -I -m custos.sandbox._entry``)
with the same WDBC job frame two ways, alternating, ``--runs`` times each:

- unsandboxed: a plain child process, the frame on its stdin;
- sandboxed: ``custos.sandbox._bwrap.run_sandboxed`` (bubblewrap, namespaces,
  seccomp, rlimits, the node's supervision of the channel).

Both pay the interpreter and torch start-up; the difference of the medians
is what the sandbox adds. A trivial command (``python -c pass``) measured the
same two ways isolates bubblewrap's own set-up. The results replace the
``## Sandbox`` section of BENCHMARKS.md.

    python -m bench.sandbox [--runs 20] [--no-write]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from bench._markdown import write_section
from bench.training import ROOT, example_spec, plan_for, wdbc
from custos.node._execute import _job_frame
from custos.sandbox._bwrap import Limits, bwrap_version, run_sandboxed
from custos.sandbox._protocol import read_frame
from custos.training._harness import stratified_split_sized

SECTION = "## Sandbox"
ENTRY = [sys.executable, "-I", "-m", "custos.sandbox._entry"]
NULL = [sys.executable, "-I", "-c", "pass"]


def job_frame() -> bytes:
    x, y, lower, upper = wdbc()
    spec = example_spec()
    split = stratified_split_sized(y, round(len(y) * 0.2), np.random.default_rng(0))
    plan, _ = plan_for(spec, len(split.train), 1.0, lower, upper)
    return _job_frame(spec.to_json(), x, y, split, plan, 0, 2)


def plain(command: list[str], frame: bytes) -> float:
    t0 = time.perf_counter()
    p = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert p.stdin is not None
    assert p.stdout is not None
    p.stdin.write(frame)
    p.stdin.close()
    last = None
    while (f := read_frame(p.stdout, max_payload=1 << 30)) is not None:  # type: ignore[arg-type]
        last = f
    p.wait()
    if command is ENTRY and (last is None or last.type != "result"):
        raise SystemExit("the unsandboxed harness did not produce a result")
    return time.perf_counter() - t0


def sandboxed(command: list[str], frame: bytes) -> float:
    t0 = time.perf_counter()
    outcome, _ = run_sandboxed(command, frame, limits=Limits())
    if command is ENTRY and outcome.result is None:
        raise SystemExit(f"the sandboxed harness did not produce a result ({outcome.killed})")
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    a = p.parse_args(argv)
    frame = job_frame()
    times: dict[str, list[float]] = {
        k: [] for k in ("job_plain", "job_bwrap", "null_plain", "null_bwrap")
    }
    plain(ENTRY, frame)  # warm the page cache for both
    for i in range(a.runs):
        order = [("job_plain", plain, ENTRY), ("job_bwrap", sandboxed, ENTRY)]
        order += [("null_plain", plain, NULL), ("null_bwrap", sandboxed, NULL)]
        if i % 2:
            order.reverse()
        for key, fn, cmd in order:
            times[key].append(fn(cmd, frame if cmd is ENTRY else b""))
        print(
            f"run {i + 1}/{a.runs}: " + ", ".join(f"{k} {v[-1]:.3f}s" for k, v in times.items()),
            file=sys.stderr,
        )
    med = {k: statistics.median(v) for k, v in times.items()}
    section = render(med, times, a.runs)
    print(section)
    if not a.no_write:
        write_section(a.out, SECTION, section)
    return 0


def render(med: dict[str, float], times: dict[str, list[float]], runs: int) -> str:
    import torch

    added = med["job_bwrap"] - med["job_plain"]
    null_added = med["null_bwrap"] - med["null_plain"]

    def q(k: str) -> str:
        v = sorted(times[k])
        return f"{v[len(v) // 4]:.3f} to {v[(3 * len(v)) // 4]:.3f}"

    lines = [
        SECTION,
        "",
        "Wall time of one job's harness process from start to exit, the same WDBC job frame "
        "(logistic regression, 50 full-batch DP-SGD steps) fed to `python -I -m "
        "custos.sandbox._entry`, unsandboxed (a plain child process) and in the bubblewrap "
        "sandbox (namespaces, seccomp filter, rlimits, the node's channel supervision). Both pay "
        "the interpreter and torch start-up. A trivial `python -c pass` measured the same two "
        f"ways isolates bubblewrap's own set-up. Medians of {runs} alternating runs.",
        "",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {len(os.sched_getaffinity(0))} cores, {platform.system()} "
        f"{platform.machine()}, kernel {platform.release()}",
        f"- Versions: Python {platform.python_version()}, bubblewrap {bwrap_version()}, "
        f"torch {torch.__version__}",
        "- Reproduce: `python -m bench.sandbox`",
        "",
        "| Measurement | unsandboxed | sandboxed | added | sandboxed / unsandboxed |",
        "|---|---:|---:|---:|---:|",
        f"| harness job (median, IQR {q('job_plain')} / {q('job_bwrap')} s) | "
        f"{med['job_plain']:.3f} s | {med['job_bwrap']:.3f} s | {added * 1000:+.0f} ms | "
        f"{med['job_bwrap'] / med['job_plain']:.2f}x |",
        f"| `python -c pass` | {med['null_plain']:.3f} s | {med['null_bwrap']:.3f} s | "
        f"{null_added * 1000:+.0f} ms | {med['null_bwrap'] / med['null_plain']:.2f}x |",
        "",
        f"Goal: under 0.5 s added per job: {added:.3f} s added, "
        f"**{'met' if added < 0.5 else 'not met'}**. Against the in-process harness (no child "
        "process at all, development mode) a sandboxed job also pays a fresh interpreter with "
        f"torch, about {med['job_plain']:.1f} s on this machine.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
