"""Benchmark edge training: utility under DP, the cost of privacy, platform overhead.

Run from the repository root::

    python -m bench.training                 # everything, writes BENCHMARKS.md
    python -m bench.training --quick --no-write

1. Utility on WDBC (scikit-learn's breast-cancer data): 20 stratified 80/20
   splits (``StratifiedShuffleSplit(random_state=0)``); on each, custos'
   harness trains the example job's recipe at each epsilon (delta 1e-5) on the
   80% and is scored on the 20%; beside it, non-private logistic regression
   (standardised features) on the same splits.
2. Cost of privacy: training throughput (samples/s) on 100k synthetic rows,
   batch 256, for each catalog model: plain non-private PyTorch, plain Opacus
   (default hooks mode, and ghost clipping), and custos' harness.
3. Platform overhead: a whole job on a fresh node (submit, approve, run,
   fetch, verify) minus the training loop itself.

The results replace the ``## Edge training`` section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import torch
import yaml
from torch import nn

from bench._env import environment as environment_of
from bench._markdown import replace_section, section_pattern
from custos.jobs._spec import JobSpec, parse_spec
from custos.node._run import SCALER_MEAN_SHARE, SCALER_SPREAD_SHARE, plan_mechanisms
from custos.training._harness import ScalerFit, Split, TrainPlan, sampling, train

SECTION = "## Edge training"
THROUGHPUT = "### 2. Cost of privacy (training throughput)"
PAIRS = 3  # plain PyTorch / custos pairs per throughput repeat
ROOT = Path(__file__).resolve().parents[1]
EPSILONS = (0.5, 1.0, 1.9, 4.0, 8.0)
DELTA = 1e-5

warnings.filterwarnings("ignore", message="Full backward hook is firing")
warnings.filterwarnings("ignore", message="Optimal order is the largest alpha")
warnings.filterwarnings("ignore", message="Secure RNG turned off")


def environment() -> dict[str, str]:
    return environment_of("torch", "opacus", "dp-accounting", "scikit-learn")


def example_spec(**training: Any) -> JobSpec:
    data = yaml.safe_load((ROOT / "examples" / "wdbc" / "job.yaml").read_text())
    data["training"].update(training)
    return parse_spec(data)


def wdbc() -> tuple[np.ndarray, np.ndarray, list[float], list[float]]:
    from sklearn.datasets import load_breast_cancer

    card = yaml.safe_load((ROOT / "examples" / "wdbc" / "card.yaml").read_text())
    d = load_breast_cancer()
    names = [f.strip().lower().replace(" ", "_") for f in d.feature_names]
    lower = [float(card["columns"][n]["bounds"][0]) for n in names]
    upper = [float(card["columns"][n]["bounds"][1]) for n in names]
    y = (d.target == 0).astype(np.float32)  # malignant is the positive class
    return d.data, y, lower, upper


def plan_for(
    spec: JobSpec, n_train: int, eps: float, lower: list[float], upper: list[float]
) -> tuple[TrainPlan, float]:
    """The same plan the node makes (see custos.node._run.plan_job)."""
    q, steps = sampling(n_train, spec.training.batch_size, spec.training.epochs)
    stats, dp = plan_mechanisms(eps, DELTA, sample_rate=q, steps=steps)
    scaler = ScalerFit(
        lower=tuple(lower),
        upper=tuple(upper),
        mean_noise=stats[0].noise_multiplier,
        spread_noise=stats[1].noise_multiplier,
    )
    plan = TrainPlan(
        noise_multiplier=dp.noise_multiplier,
        sample_rate=q,
        steps=steps,
        max_grad_norm=spec.training.max_grad_norm,
        scaler=scaler,
    )
    return plan, dp.epsilon


# -- 1. utility --------------------------------------------------------------


def utility(splits: int, progress: Callable[[str], None]) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedShuffleSplit
    from sklearn.preprocessing import StandardScaler

    x, y, lower, upper = wdbc()
    folds = list(StratifiedShuffleSplit(n_splits=splits, test_size=0.2, random_state=0).split(x, y))
    baseline = []
    for tr, te in folds:
        sc = StandardScaler().fit(x[tr])
        lr = LogisticRegression(max_iter=5000).fit(sc.transform(x[tr]), y[tr])
        baseline.append(float(lr.score(sc.transform(x[te]), y[te])))
    spec = example_spec()
    rows: list[dict[str, Any]] = []
    for eps in EPSILONS:
        plan, spent = plan_for(spec, len(folds[0][0]), eps, lower, upper)
        accs = []
        t0 = time.perf_counter()
        for k, (tr, te) in enumerate(folds):
            res = train(spec, x, y, plan, Split(train=tr, validation=te), rng_seed=1000 + k)
            accs.append(float(res.metrics["accuracy"]))
        rows.append(
            {
                "epsilon": eps,
                "epsilon_spent": spent,
                "noise_multiplier": plan.noise_multiplier,
                "mean": statistics.mean(accs),
                "sd": statistics.stdev(accs),
                "seconds_per_split": (time.perf_counter() - t0) / len(folds),
            }
        )
        progress(f"utility eps={eps}: {rows[-1]['mean']:.4f} ± {rows[-1]['sd']:.4f}")
    return {
        "splits": splits,
        "baseline_mean": statistics.mean(baseline),
        "baseline_sd": statistics.stdev(baseline),
        "rows": rows,
        "spec": spec.training.model_dump(),
    }


# -- 2. cost of privacy ------------------------------------------------------


def synthetic(rows: int) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.datasets import make_classification

    x, y = make_classification(
        n_samples=rows, n_features=30, n_informative=10, random_state=0, class_sep=1.0
    )
    return (np.abs(x) * 10).astype(np.float64), y.astype(np.float32)


def _net(arch: str, width: int) -> nn.Module:
    if arch == "logistic_regression":
        return nn.Linear(30, 1)
    return nn.Sequential(
        nn.Linear(30, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU(), nn.Linear(width, 1)
    )


def plain_torch(x: torch.Tensor, y: torch.Tensor, arch: str, width: int, batch: int) -> float:
    torch.manual_seed(0)
    net = _net(arch, width)
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    loss_fn = nn.BCEWithLogitsLoss()
    n = len(x)
    perm = torch.randperm(n)
    t0 = time.perf_counter()
    for i in range(0, n, batch):
        idx = perm[i : i + batch]
        opt.zero_grad(set_to_none=True)
        loss_fn(net(x[idx]).squeeze(-1), y[idx]).backward()
        opt.step()
    return n / (time.perf_counter() - t0)


def plain_opacus(
    x: torch.Tensor, y: torch.Tensor, arch: str, width: int, batch: int, mode: str
) -> float:
    from opacus import PrivacyEngine
    from torch.utils.data import DataLoader, TensorDataset

    torch.manual_seed(0)
    net = _net(arch, width)
    opt = torch.optim.SGD(net.parameters(), lr=0.05)
    loader = DataLoader(TensorDataset(x, y), batch_size=batch)
    engine = PrivacyEngine()
    loss_fn = nn.BCEWithLogitsLoss()
    if mode == "ghost":
        net, opt, loss_fn, loader = engine.make_private(
            module=net,
            optimizer=opt,
            criterion=loss_fn,
            data_loader=loader,
            noise_multiplier=1.0,
            max_grad_norm=1.0,
            grad_sample_mode="ghost",
        )
    else:
        net, opt, loader = engine.make_private(
            module=net, optimizer=opt, data_loader=loader, noise_multiplier=1.0, max_grad_norm=1.0
        )
    seen = 0
    t0 = time.perf_counter()
    for xb, yb in loader:
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(net(xb).squeeze(-1), yb)
        loss.backward()
        opt.step()
        seen += len(xb)
    return seen / (time.perf_counter() - t0)


def harness(x: np.ndarray, y: np.ndarray, arch: str, width: int, batch: int) -> float:
    model: dict[str, Any] = (
        {"arch": "logistic_regression"}
        if arch == "logistic_regression"
        else {"arch": "mlp", "hidden": [width, width]}
    )
    data = yaml.safe_load((ROOT / "examples" / "wdbc" / "job.yaml").read_text())
    data["model"] = model
    data["training"].update(
        {
            "epochs": 1,
            "batch_size": batch,
            "learning_rate": 0.05,
            "max_grad_norm": 1.0,
            "average_last": 0.0,
        }
    )
    spec = parse_spec(data)
    n = len(x)
    q, steps = sampling(n, batch, 1)
    plan = TrainPlan(
        noise_multiplier=1.0,
        sample_rate=q,
        steps=steps,
        max_grad_norm=1.0,
        scaler=ScalerFit(lower=(0.0,) * 30, upper=(100.0,) * 30, mean_noise=1.0, spread_noise=1.0),
    )
    idx = np.arange(n)

    def report(step: int, steps: int, loss: float) -> None:
        # The node always passes a progress callback, which makes the harness
        # compute the batch loss on every step: measure that configuration.
        return None

    res = train(
        spec, x, y, plan, Split(train=idx, validation=idx[:1000]), rng_seed=0, progress=report
    )
    return (plan.sample_rate * n * plan.steps) / res.train_seconds


def throughput(
    rows: int, repeats: int, width: int, progress: Callable[[str], None]
) -> list[dict[str, Any]]:
    """Samples/s of each trainer, median over ``repeats`` interleaved runs.

    All runs share one process and torch's thread setting (``main`` sets
    it once). Each model first gets an untimed warm-up run of every
    trainer (on a 5,000-row slice for Opacus). A repeat runs each Opacus mode
    once and ``PAIRS`` pairs of plain PyTorch and custos back to back,
    alternating which goes first; the slowdown is the median of those paired
    ratios, which cancels most of the drift of a shared machine.
    """
    xn, yn = synthetic(rows)
    x = torch.as_tensor(xn / 100.0, dtype=torch.float32)
    y = torch.as_tensor(yn)
    out = []
    batch = 256
    warm = min(rows, 5_000)
    for arch in ("logistic_regression", "mlp"):
        label = (
            "logistic regression (30->1)"
            if arch == "logistic_regression"
            else f"MLP 30->{width}->{width}->1"
        )
        plain_torch(x, y, arch, width, batch)
        harness(xn, yn, arch, width, batch)
        plain_opacus(x[:warm], y[:warm], arch, width, batch, "hooks")
        plain_opacus(x[:warm], y[:warm], arch, width, batch, "ghost")
        runs: dict[str, list[float]] = {"torch": [], "opacus": [], "opacus_ghost": [], "custos": []}
        for r in range(repeats):
            # The paired runs are cheap next to Opacus': PAIRS of them per repeat.
            for k in range(PAIRS):
                if (r * PAIRS + k) % 2 == 0:
                    runs["torch"].append(plain_torch(x, y, arch, width, batch))
                    runs["custos"].append(harness(xn, yn, arch, width, batch))
                else:
                    runs["custos"].append(harness(xn, yn, arch, width, batch))
                    runs["torch"].append(plain_torch(x, y, arch, width, batch))
            runs["opacus"].append(plain_opacus(x, y, arch, width, batch, "hooks"))
            runs["opacus_ghost"].append(plain_opacus(x, y, arch, width, batch, "ghost"))
            progress(
                f"throughput {label} repeat {r}: "
                + ", ".join(f"{k} {v[-1]:,.0f}/s" for k, v in runs.items())
            )
        ratios = [t / c for t, c in zip(runs["torch"], runs["custos"], strict=True)]
        med = {k: statistics.median(v) for k, v in runs.items()}
        out.append(
            {
                "model": label,
                "rows": rows,
                "batch": batch,
                "repeats": repeats,
                **med,
                "slowdown": statistics.median(ratios),
                "slowdown_runs": ratios,
                "runs": runs,
            }
        )
        net = _net(arch, width)
        params = sum(p.numel() for p in net.parameters())
        noise = torch.empty(params)
        gen = torch.Generator().manual_seed(0)
        draws = []
        for _ in range(5):
            t0 = time.perf_counter()
            for _ in range(100):
                noise.normal_(0.0, 1.0, generator=gen)
            draws.append((time.perf_counter() - t0) / 100)
        out[-1].update(params=params, noise_seconds=statistics.median(draws))
        progress(
            f"throughput {label}: "
            + ", ".join(f"{k} {v:,.0f}/s" for k, v in med.items())
            + f"; custos slowdown {statistics.median(ratios):.2f}x "
            + f"(runs {', '.join(f'{q:.2f}' for q in ratios)})"
        )
    return out


# -- 3. platform overhead ----------------------------------------------------


def overhead(repeats: int, progress: Callable[[str], None]) -> list[dict[str, Any]]:
    """Whole jobs in the bubblewrap sandbox and in-process, alternating."""
    runs: list[dict[str, Any]] = []
    for r in range(repeats):
        for isolation in ("bubblewrap", "none") if r % 2 == 0 else ("none", "bubblewrap"):
            runs += [{**o, "isolation": isolation} for o in _overhead(1, progress, isolation, r)]
    return runs


def _overhead(
    repeats: int, progress: Callable[[str], None], isolation: str, seed: int
) -> list[dict[str, float]]:
    from examples.wdbc.write_csv import write

    from custos.core import SigningKey, load_settings
    from custos.jobs import sign_spec
    from custos.ledger import verify_bundle
    from custos.node import (
        add_dua,
        approve_job,
        fetch_bundle,
        init_node,
        open_node,
        register_dataset,
        run_job,
        submit_job,
    )
    from custos.policy import InstitutionalPolicy

    results = []
    for r in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            d = Path(tmp)
            write(d / "wdbc.csv")
            for name in ("card.yaml", "dua.yaml"):
                shutil.copy(ROOT / "examples" / "wdbc" / name, d / name)
            dua = yaml.safe_load((d / "dua.yaml").read_text())
            dua["isolation"]["accepted"] = [isolation]
            (d / "dua.yaml").write_text(yaml.safe_dump(dua))
            key = SigningKey.generate()
            (d / "vendor.pub").write_text(key.public_key.to_text() + "\n")
            init_node(d / "home", policy=InstitutionalPolicy(allow_isolation_none=True)).close()
            node = open_node(load_settings(home=d / "home"))
            register_dataset(node, "wdbc", d / "wdbc.csv", d / "card.yaml")
            add_dua(node, d / "dua.yaml")
            spec = example_spec()
            spec = spec.model_copy(update={"nonce": f"bench{seed}-{r}"})
            t0 = time.perf_counter()
            job = submit_job(node, sign_spec(spec, key), expected=spec)
            approve_job(node, job.id, approver="bench")
            report = run_job(node, job.id)
            fetch_bundle(node, job.id, d / "bundle")
            verify_bundle(d / "bundle", node.key.public_key)
            total = time.perf_counter() - t0
            node.close()
        results.append(
            {
                "total": total,
                "training": report.train_seconds,
                "overhead": total - report.train_seconds,
                **{f"phase_{k}": v for k, v in report.timings.items()},
            }
        )
        progress(
            f"overhead run {seed} ({isolation}): total {total:.2f} s, "
            f"training {report.train_seconds:.2f} s"
        )
    return results


# -- report ------------------------------------------------------------------


def render(
    env: dict[str, str],
    util: dict[str, Any] | None,
    tput: list[dict[str, Any]] | None,
    over: list[dict[str, Any]] | None,
    argv: list[str],
) -> str:
    lines = [
        SECTION,
        "",
        f"- Date: {env['date']}",
        f"- Machine: {env['cores']} cores, {env['cpu']}",
        f"- Versions: Python {env['python']}, torch {env['torch']}, Opacus {env['opacus']}, "
        f"dp-accounting {env['dp-accounting']}, scikit-learn {env['scikit-learn']}",
        f"- Reproduce: `python -m bench.training{' ' + ' '.join(argv) if argv else ''}`",
        "",
    ]
    if util is not None:
        t = util["spec"]
        lines += [
            "### 1. Utility on WDBC",
            "",
            f"{util['splits']} stratified 80/20 splits of scikit-learn's breast-cancer data "
            "(569 rows; `StratifiedShuffleSplit(random_state=0)`). custos trains the example "
            "job (`examples/wdbc/job.yaml`: logistic regression, full-batch Poisson sampling, "
            f"{t['epochs']} steps, clipping norm {t['max_grad_norm']}, SGD learning rate "
            f"{t['learning_rate']}, average of the last {t['average_last']:.0%} of iterates) on "
            "the 80% with everything counted in epsilon: the DP feature centre and scale "
            f"({SCALER_MEAN_SHARE:.0%} and {SCALER_SPREAD_SHARE:.0%} of the mu² budget) and "
            "DP-SGD, composed by PLD at delta 1e-5. Features are scaled with the data card's "
            "public bounds. Accuracy on the 20%, mean ± sd over splits.",
            "",
            "| epsilon | PLD epsilon of the plan | DP-SGD noise multiplier | custos accuracy | "
            "non-private LR | custos - non-private |",
            "|---:|---:|---:|---:|---:|---:|",
        ]
        for r in util["rows"]:
            lines.append(
                f"| {r['epsilon']:g} | {r['epsilon_spent']:.3f} | {r['noise_multiplier']:.2f} | "
                f"{r['mean']:.2%} ± {r['sd']:.2%} | {util['baseline_mean']:.2%} ± "
                f"{util['baseline_sd']:.2%} | {100 * (r['mean'] - util['baseline_mean']):+.2f} pt |"
            )
        at1 = next(r for r in util["rows"] if r["epsilon"] == 1.0)
        lines += [
            "",
            f"Goal: at least 97.0% at epsilon 1.0 with nothing uncounted. Measured "
            f"{at1['mean']:.2%}: **{'met' if at1['mean'] >= 0.97 else 'not met'}**.",
            "",
            "How the recipe was chosen: a grid over steps, clipping norm, learning rate, "
            "momentum and the statistics' budget shares on three synthetic proxies "
            "(`make_classification`, 569 rows, 30 skewed features), then evaluated once on "
            "WDBC; tuning directly on WDBC did not do better. Not fully clean: the log "
            "transform's 0.1 offset was picked from a few values tried on WDBC, and the "
            "example card's bounds (the power of ten above each feature's maximum) were set "
            "knowing the data's range, which a custodian would instead declare from domain "
            "knowledge. Without any DP statistics (public log transform only) the recipe "
            "reached about 94.7% at epsilon 1; an oracle with free, exact standardisation "
            "and tuning on WDBC about 96.8%: the remaining gap to 97% is the DP-SGD noise "
            "itself at n = 455.",
            "",
        ]
    if tput is not None:
        lines += render_throughput(env, tput)
    if over is not None:
        rows = []
        for iso in ("bubblewrap", "none"):
            mine = [o for o in over if o.get("isolation") == iso]
            if not mine:
                continue
            rows.append(
                (
                    iso,
                    statistics.median(o["total"] for o in mine),
                    statistics.median(o["training"] for o in mine),
                    statistics.median(o["overhead"] for o in mine),
                    statistics.median(o.get("phase_plan", 0.0) for o in mine),
                    len(mine),
                )
            )
        lines += [
            "### 3. Platform overhead",
            "",
            "One job on a fresh node, driven from one process that has already imported torch: "
            "submit the signed spec, approve, run (plan and PLD calibration, budget "
            "reservation, fingerprint check, training, egress gate, attestation, receipt), "
            "fetch the bundle, verify the receipt. `bubblewrap`: the default, the harness in a "
            "fresh sandboxed interpreter (which imports torch again); `none`: the harness in "
            "the node's process (development only). Medians; the two modes alternate.",
            "",
            "| isolation | runs | whole job | training loop | overhead (whole - training) | "
            "of which planning (PLD calibration) |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for iso, tot, tr, ov, plan, n in rows:
            lines.append(f"| {iso} | {n} | {tot:.2f} s | {tr:.2f} s | {ov:.2f} s | {plan:.2f} s |")
        worst = max(r[3] for r in rows)
        lines += [
            "",
            f"Goal: overhead under 2 s. Worst mode {worst:.2f} s: "
            f"**{'met' if worst < 2 else 'not met'}**. Of a sandboxed job's overhead, "
            "starting the harness's interpreter with torch is the bulk (see the Sandbox "
            "section: bubblewrap itself adds tens of milliseconds). Not included: the CLI's "
            "own start-up (`custos job run` in a new process).",
            "",
        ]
    return "\n".join(lines)


def render_throughput(env: dict[str, str], tput: list[dict[str, Any]]) -> list[str]:
    """The "Cost of privacy" subsection."""
    lines = [
        THROUGHPUT,
        "",
        f"{tput[0]['rows']:,} synthetic rows, 30 features, expected batch {tput[0]['batch']}, "
        "one epoch. Plain PyTorch: shuffled mini-batches, autograd, `torch.optim.SGD`. "
        "Plain Opacus: `PrivacyEngine.make_private` with a DataLoader (Poisson sampling), "
        "default hooks mode and ghost clipping. custos: the harness's training loop as the "
        "node runs it (with a progress callback, so the loss of every batch is computed), "
        "excluding the DP feature statistics: Poisson sampling on in-memory tensors "
        "(geometric skipping, one draw per block of steps), per-sample clipping by the "
        "single-pass book-keeping engine (forward and backward written out for linear layers "
        "and the catalog's activations, tested against Opacus' per-sample gradients), the "
        "Gaussian noise of all parameters in one draw from the secretly seeded generator, "
        "and one SGD update on a flat parameter buffer. All trainers run in one process "
        f"with `torch.set_num_threads({env['cores']})`; each model first gets an untimed "
        f"warm-up run of every trainer, then {tput[0]['repeats']} repeat(s), each with one run "
        f"of either Opacus mode and {PAIRS} runs of plain PyTorch and custos back to back "
        "(alternating which goes first). Throughputs are medians over the runs; custos' "
        "slowdown is the median of the paired ratios plain/custos (their range in "
        "brackets).",
        "",
        "| model | plain PyTorch | plain Opacus | Opacus ghost | custos | custos slowdown vs "
        "non-private | Opacus slowdown | Opacus ghost slowdown |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in tput:
        runs = r["slowdown_runs"]
        lines.append(
            f"| {r['model']} | {r['torch']:,.0f}/s | {r['opacus']:,.0f}/s | "
            f"{r['opacus_ghost']:,.0f}/s | {r['custos']:,.0f}/s | "
            f"{r['slowdown']:.2f}x ({min(runs):.2f}-{max(runs):.2f}) | "
            f"{r['torch'] / r['opacus']:.2f}x | {r['torch'] / r['opacus_ghost']:.2f}x |"
        )
    worst = max(r["slowdown"] for r in tput)
    worst_run = max(max(r["slowdown_runs"]) for r in tput)
    caveat = (
        f" Not in every paired run, though: the slowest measured {worst_run:.2f}x, so "
        "the margin is within this shared machine's noise."
        if worst <= 1.2 < worst_run
        else ""
    )
    lines += [
        "",
        f"Goal: at most 1.2x slower than non-private training for every catalog model. "
        f"Worst median: {worst:.2f}x: **{'met' if worst <= 1.2 else 'not met'}**.{caveat}",
        "",
    ]
    for r in tput:
        step_ms = 1e3 * r["batch"] / r["torch"]
        lines.append(
            f"- {r['model']}: a plain PyTorch step takes {step_ms:.2f} ms; drawing the "
            f"step's noise ({r['params']:,} Gaussian values from torch's CPU generator) "
            f"takes {1e3 * r['noise_seconds']:.3f} ms, "
            f"{1e3 * r['noise_seconds'] / step_ms:.0%} of it."
        )
    lines += [
        "",
        "The noise is the one cost DP-SGD cannot shed: it grows with the parameter count and "
        "torch's generator draws it serially (a second thread drawing the next step's noise "
        "was tried and did not help: both cores are busy with the matrix products). The rest "
        "of a custos step does the matrix products a plain step does (per layer: forward, "
        "weight gradient, input gradient) plus a few per-row norms, minus autograd's and "
        "`torch.optim`'s per-step bookkeeping, which is why "
        "custos can be faster than plain PyTorch on the tiny logistic regression: the "
        "baseline is idiomatic PyTorch, not a hand-written non-private loop.",
        "",
    ]
    return lines


def _subsections(section: str) -> tuple[str, dict[str, str]]:
    """Split a section into its preamble and ``{"### n. ...": block}``."""
    parts = re.split(r"(?m)^(?=### )", section)
    blocks = {p.split("\n", 1)[0].strip(): p for p in parts[1:]}
    return parts[0], blocks


def keep_unmeasured(text: str, section: str) -> str:
    """The new section, with subsections this run did not measure kept from ``text``."""
    m = section_pattern(SECTION).search(text)
    if m is None:
        return section
    _, old = _subsections(m.group(0))
    head, new = _subsections(section)
    merged = {**{k: v for k, v in old.items() if k not in new}, **new}
    order = sorted(merged, key=lambda h: h.split(".", 1)[0])
    return head + "".join(merged[h].rstrip("\n") + "\n\n" for h in order).rstrip("\n")


def replace_subsection(text: str, heading: str, block: str) -> str:
    """Replace the ``###`` subsection that starts with ``heading`` (up to the next heading)."""
    pattern = re.compile(
        rf"^{re.escape(heading)}[ \t]*\n.*?(?=^##? |^### |\Z)", flags=re.MULTILINE | re.DOTALL
    )
    return pattern.sub(lambda _m: block.rstrip("\n") + "\n\n", text, count=1)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.training", description=__doc__)
    p.add_argument("--splits", type=int, default=20)
    p.add_argument("--rows", type=int, default=100_000)
    p.add_argument("--width", type=int, default=256)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--only", choices=["utility", "throughput", "overhead"], action="append")
    p.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--json", type=Path, help="also write raw results here")
    a = p.parse_args(argv)
    if a.quick:
        a.splits, a.rows, a.repeats = 3, 5_000, 1
    torch.set_num_threads(len(os.sched_getaffinity(0)))

    def progress(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    only = set(a.only or ["utility", "throughput", "overhead"])
    env = environment()
    util = utility(a.splits, progress) if "utility" in only else None
    tput = throughput(a.rows, a.repeats, a.width, progress) if "throughput" in only else None
    over = overhead(a.repeats, progress) if "overhead" in only else None
    section = render(env, util, tput, over, argv)
    print(section)
    if a.json:
        a.json.write_text(
            json.dumps(
                {"env": env, "utility": util, "throughput": tput, "overhead": over}, indent=2
            )
        )
    if not a.no_write:
        text = a.out.read_text(encoding="utf-8")
        if only == {"throughput"} and SECTION in text and THROUGHPUT in text:
            # Only the throughput was measured: replace just that subsection
            # and keep the rest of the section (and its header) as it is.
            sub = "\n".join(
                [
                    THROUGHPUT,
                    "",
                    f"Measured separately: {env['date']}, {env['cores']} cores, {env['cpu']}, "
                    f"torch {env['torch']}, Opacus {env['opacus']}; reproduce: "
                    f"`python -m bench.training {' '.join(argv)}`.",
                    "",
                    *render_throughput(env, tput or [])[2:],
                ]
            )
            text = replace_subsection(text, THROUGHPUT, sub)
            target = THROUGHPUT
        else:
            text = replace_section(text, SECTION, keep_unmeasured(text, section))
            target = SECTION
        a.out.write_text(text, encoding="utf-8")
        progress(f"wrote {target!r} to {a.out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
