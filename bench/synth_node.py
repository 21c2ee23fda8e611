"""What running synthesis as a node job costs, beside running the library by hand (#10).

Run from the repository root::

    python -m bench.synth_node                      # 3 seeds, writes BENCHMARKS.md
    python -m bench.synth_node --seeds 1 --no-write

The job is the example request ``examples/wdbc/synth-job.yaml`` (MST at
epsilon 1 on the WDBC extract's ten ``mean_*`` columns and the diagnosis,
30% of the rows held out) on the CSV that ``examples/wdbc/write_csv.py``
writes. Three ways, each once per seed, interleaved so that a noisy machine
slows all three alike:

* ``synthesize``: :func:`custos.synth.synthesize` called directly on the
  table with the same domain, epsilon and control share: what a user would
  otherwise run (generator, gate and utility in one process, no ledger).
* ``node, in-process``: the vendor's signed request through a node: submit,
  approve, ``run_job`` with ``isolation: none`` (plan, ledger reservation,
  split, generator, gate, report, bundle, receipt, audit entries).
* ``node, bubblewrap``: the same with the generator in the sandbox (a fresh
  Python process in new namespaces under the seccomp filter, which imports
  JAX and Private-PGM again every run).

Timed: ``run_job`` alone (the node's submit and approval are not part of a
run), and the whole ``synthesize`` call. The first run of each kind in the
process pays for imports and JIT compilation, so one untimed warm-up run of
each comes first. The results replace the ``## Synthetic data as a node job``
section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from bench._env import environment
from bench._markdown import write_section

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "wdbc"
SECTION = "## Synthetic data as a node job"
KINDS = ("synthesize", "node, in-process", "node, bubblewrap")


def _node_home(base: Path, isolation: str, csv: Path) -> tuple[Any, Any, Any]:
    from custos.core import SigningKey
    from custos.node import add_dua, init_node, register_dataset
    from custos.policy import InstitutionalPolicy

    key = SigningKey.generate()
    work = base / isolation
    work.mkdir()
    shutil.copy(EXAMPLES / "card.yaml", work / "card.yaml")
    (work / "vendor.pub").write_text(key.public_key.to_text() + "\n")
    dua = yaml.safe_load((EXAMPLES / "dua.yaml").read_text())
    dua["permitted_outputs"].append("synthetic_data")
    dua["isolation"]["accepted"] = [isolation]
    # Room for every seed's run on one dataset ledger.
    dua["privacy"]["lifetime_epsilon_per_dataset"] = 100.0
    (work / "dua.yaml").write_text(yaml.safe_dump(dua))
    node = init_node(work / "home")
    node.policy = InstitutionalPolicy(allow_isolation_none=isolation == "none")
    register_dataset(node, "wdbc", csv, work / "card.yaml")
    add_dua(node, work / "dua.yaml")
    spec = yaml.safe_load((EXAMPLES / "synth-job.yaml").read_text())
    return node, key, spec


def _node_run(node: Any, key: Any, spec: dict[str, Any], nonce: str, seed: int) -> dict[str, Any]:
    from custos.core import CustosError
    from custos.jobs import parse_spec, sign_spec
    from custos.node import approve_job, run_job, submit_job

    parsed = parse_spec({**spec, "nonce": nonce})
    job = submit_job(node, sign_spec(parsed, key), expected=parsed)
    approve_job(node, job.id, approver="bench")
    started = time.perf_counter()
    try:
        report = run_job(node, job.id, rng_seed=seed)
        out = {"released": True, "timings": report.timings}
    except CustosError as exc:
        out = {"released": False, "code": exc.code, "timings": {}}
    out["seconds"] = time.perf_counter() - started
    return out


def _direct(frame: pd.DataFrame, spec: dict[str, Any], seed: int) -> dict[str, Any]:
    from custos.synth._domain import SynthDomain
    from custos.synth._pipeline import synthesize

    req = spec["synthesis"]
    domain = SynthDomain.model_validate(req["domain"])
    started = time.perf_counter()
    outcome = synthesize(
        frame,
        domain,
        epsilon=spec["privacy"]["epsilon"],
        delta=spec["privacy"]["delta"],
        target=req["target"],
        control_fraction=req["control_fraction"],
        seed=seed,
    )
    return {
        "released": outcome.released,
        "seconds": time.perf_counter() - started,
        "timings": outcome.seconds,
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.synth_node", description=__doc__)
    p.add_argument("--seeds", type=int, default=3)
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    a = p.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from examples.wdbc.write_csv import write

    env = environment("custos", "mbi", "jax", "anonymeter", "numpy", "pandas")
    sandbox = shutil.which("bwrap") is not None
    kinds = [k for k in KINDS if sandbox or k != "node, bubblewrap"]
    results: dict[str, list[dict[str, Any]]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory(prefix="custos-bench-synth-") as tmp:
        base = Path(tmp)
        csv = base / "wdbc.csv"
        write(csv)
        frame = pd.read_csv(csv)
        nodes = {"node, in-process": _node_home(base, "none", csv)}
        if sandbox:
            nodes["node, bubblewrap"] = _node_home(base, "bubblewrap", csv)
        spec = nodes["node, in-process"][2]
        # Warm-up: imports, numba and JAX compilation, once per kind.
        _direct(frame, spec, 99)
        for kind, (node, key, s) in nodes.items():
            _node_run(node, key, s, f"warm-{kind}", 99)
        for seed in range(a.seeds):
            for kind in kinds:
                if kind == "synthesize":
                    r = _direct(frame, spec, seed)
                else:
                    node, key, s = nodes[kind]
                    r = _node_run(node, key, s, f"{kind}-{seed}", seed)
                results[kind].append(r)
                print(
                    f"seed {seed} {kind}: {r['seconds']:.1f} s released={r['released']}",
                    file=sys.stderr,
                    flush=True,
                )
        for node, _, _ in nodes.values():
            node.close()
    section = render(env, results, a.seeds, argv)
    print(section)
    if not a.no_write:
        write_section(a.out, SECTION, section)
    return 0


def render(
    env: dict[str, str], results: dict[str, list[dict[str, Any]]], seeds: int, argv: list[str]
) -> str:
    base = statistics.median(r["seconds"] for r in results["synthesize"])
    lines = [
        SECTION,
        "",
        "The example synthesis request (`examples/wdbc/synth-job.yaml`: MST at epsilon 1 on "
        "11 WDBC columns, 30% of the rows held out for the gate) run three ways: "
        "`custos.synth.synthesize` called by hand (no ledger, no sandbox, no receipt), and the "
        "vendor's signed job through a node, with the generator in-process and in the "
        "bubblewrap sandbox. Seconds per run (median over seeds, min-max), and the ratio of "
        "medians to the hand-run library. Warm-up runs first (imports, JIT compilation).",
        "",
        f"Measured {env['date']} on {env['cores']} cores ({env['cpu']}), Python "
        f"{env['python']}; custos {env['custos']}, mbi {env['mbi']}, jax {env['jax']}, "
        f"anonymeter {env['anonymeter']}. Command: `python -m bench.synth_node"
        + (" " + " ".join(argv) if argv else "")
        + f"`; {seeds} seed(s).",
        "",
        "| way | seconds (median, min-max) | vs synthesize | released | generate | gate |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for kind, runs in results.items():
        secs = [r["seconds"] for r in runs]
        med = statistics.median(secs)
        gen = [r["timings"].get("generate") for r in runs if r["timings"].get("generate")]
        gate = [r["timings"].get("gate") for r in runs if r["timings"].get("gate")]
        lines.append(
            f"| {kind} | {med:.1f} ({min(secs):.1f}-{max(secs):.1f}) | {med / base:.2f}x | "
            f"{sum(r['released'] for r in runs)}/{len(runs)} | "
            + (f"{statistics.median(gen):.1f} s" if gen else "-")
            + " | "
            + (f"{statistics.median(gate):.1f} s" if gate else "-")
            + " |"
        )
    blocked = [r.get("code") for rs in results.values() for r in rs if not r["released"]]
    lines += [
        "",
        "'generate' and 'gate' are the run's own stage timings (for the node, the generator "
        "stage includes starting the sandbox and its imports; 'gate' includes the utility "
        "report). "
        + (
            f"Blocked runs: {', '.join(str(c) for c in blocked)}."
            if blocked
            else "No run was blocked."
        ),
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
