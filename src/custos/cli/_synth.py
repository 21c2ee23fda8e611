"""``custos synth``: a differentially private synthetic table behind a disclosure gate.

``custos synth plan`` shows what a budget buys (noise, mechanisms, epsilon as
the ledger computes it) before any data is read. ``custos synth run`` runs
the generator on a table at the hospital, measures the disclosure risks and
utility, and writes the report; the synthetic table is written only when the
gate releases it (exit code 77 when it blocks).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Literal, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from custos.core._errors import InvalidInput

synth_app = typer.Typer(
    help="Differentially private synthetic tables, released only through a disclosure gate.",
    no_args_is_help=True,
)

out = Console(highlight=False, soft_wrap=True)

DomainOpt = Annotated[
    Path,
    typer.Option(
        "--domain",
        help="The declared public domain (YAML): every column with its range and bins, or "
        "its categories. Never derived from the data.",
    ),
]
EpsOpt = Annotated[float, typer.Option("--epsilon", help="Privacy budget of the run.")]
DeltaOpt = Annotated[float, typer.Option("--delta", help="Delta of the budget.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _domain(path: Path) -> Any:
    from custos.core._yaml import read_document, validate_model
    from custos.synth._domain import SynthDomain

    return validate_model(
        SynthDomain,
        read_document(path, what="synthesis domain"),
        what="synthesis domain",
        code="synth.invalid_domain",
    )


@synth_app.command("plan")
def synth_plan(
    domain: DomainOpt,
    epsilon: EpsOpt = 1.0,
    delta: DeltaOpt = 1e-5,
    as_json: JsonOpt = False,
) -> None:
    """Show the noise an MST run on this domain gets for a budget (reads no data)."""
    from custos.synth._mst import plan_mst

    dom = _domain(domain)
    plan = plan_mst(len(dom.columns), epsilon, delta)
    data = {**plan.to_json(), "mechanisms": [m.to_json() for m in plan.mechanisms()]}
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
        return
    out.print(f"MST on {plan.columns} columns at epsilon {epsilon:g}, delta {delta:g}")
    out.print(f"  noise per marginal cell (sigma): {plan.sigma:.3g}")
    out.print(f"  epsilon of each tree-edge choice: {plan.selection_epsilon:.3g}")
    out.print(f"  epsilon spent (PLD): {plan.epsilon:.4g}; RDP cross-check: {plan.epsilon_rdp:.4g}")


@synth_app.command("run")
def synth_run(
    src: Annotated[Path, typer.Argument(help="The hospital's table (CSV or Parquet).")],
    dst: Annotated[Path, typer.Argument(metavar="OUT", help="Folder for the report and table.")],
    domain: DomainOpt,
    epsilon: EpsOpt = 1.0,
    delta: DeltaOpt = 1e-5,
    target: Annotated[
        str | None,
        typer.Option("--target", help="Column a model would predict (utility and inference)."),
    ] = None,
    task: Annotated[
        str | None, typer.Option("--task", help="classification or regression (with --target).")
    ] = None,
    secret: Annotated[
        list[str] | None,
        typer.Option("--secret", help="A column the inference attack tries to guess (repeat)."),
    ] = None,
    generator: Annotated[
        str,
        typer.Option(
            "--generator",
            help="mst (differentially private) or gaussian_copula (non-private baseline, "
            "never released unless --allow-non-private).",
        ),
    ] = "mst",
    allow_non_private: Annotated[
        bool,
        typer.Option(
            "--allow-non-private",
            help="Let the gate release the non-private baseline (only where the agreement "
            "says so).",
        ),
    ] = False,
    control_fraction: Annotated[
        float, typer.Option("--control-fraction", help="Share of rows held out as control.")
    ] = 0.2,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Reproducible run (tests, benchmarks).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Generate a synthetic table, measure its disclosure risks, release it only if they pass."""
    from custos.data._loader import detect_format, read_table
    from custos.synth._pipeline import synthesize

    if task not in (None, "classification", "regression"):
        raise InvalidInput("--task is classification or regression", code="synth.invalid_task")
    if generator not in ("mst", "gaussian_copula"):
        raise InvalidInput("--generator is mst or gaussian_copula", code="synth.invalid_generator")
    if dst.exists() and (not dst.is_dir() or any(dst.iterdir())):
        raise InvalidInput("OUT must be a new or empty folder", code="synth.output_exists")
    dom = _domain(domain)
    frame = read_table(src, detect_format(src)).to_pandas()
    outcome = synthesize(
        frame,
        dom,
        epsilon=epsilon,
        delta=delta,
        generator=cast(Literal["mst", "gaussian_copula"], generator),
        target=target,
        task=cast(Literal["classification", "regression"] | None, task),
        secrets=secret or None,
        control_fraction=control_fraction,
        allow_non_private=allow_non_private,
        seed=seed,
    )
    hashes = outcome.write(dst)
    if as_json:
        sys.stdout.write(
            json.dumps(
                {"released": outcome.released, "files": hashes, **outcome.report()},
                indent=2,
                sort_keys=True,
            )
            + "\n"
        )
    else:
        _show(outcome, dst, hashes)
    if not outcome.released:
        raise typer.Exit(code=77)


def _show(outcome: Any, dst: Path, hashes: dict[str, str]) -> None:
    show_report(outcome.report())
    for name, digest in sorted(hashes.items()):
        out.print(f"  {escape(str(dst / name))}  {digest}")


def show_report(report: dict[str, Any]) -> None:
    """Print a synthesis report (``synthesis_report.json``): verdict, risks, utility."""
    verdict = "[green]RELEASED[/]" if report.get("released") else "[red]BLOCKED[/]"
    out.print(f"{escape(str(report.get('generator')))}: {verdict}")
    for reason in report.get("reasons") or []:
        out.print(f"  - {escape(str(reason))}")
    t = Table(title="disclosure risks", show_lines=False)
    t.add_column("attack")
    t.add_column("estimate", justify="right")
    t.add_column("low", justify="right")
    t.add_column("high", justify="right")
    for name, value, low, high in _risk_rows(report.get("disclosure") or {}):
        t.add_row(escape(name), value, low, high)
    out.print(t)
    downstream = (report.get("utility") or {}).get("downstream") or {}
    for metric, value in sorted((downstream.get("tstr") or {}).items()):
        real = (downstream.get("trtr") or {}).get(metric)
        out.print(
            f"utility: {escape(metric)} train-on-synthetic {value:.3f}"
            + (f" vs train-on-real {real:.3f}" if isinstance(real, int | float) else "")
        )


def _risk_rows(disclosure: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []

    def fmt(x: object) -> str:
        return f"{x:.3f}" if isinstance(x, int | float) else "-"

    def add(name: str, entry: object) -> None:
        if isinstance(entry, dict) and isinstance(entry.get("risk"), dict):
            r = entry["risk"]
            rows.append((name, fmt(r.get("estimate")), fmt(r.get("low")), fmt(r.get("high"))))

    so = disclosure.get("singling_out") or {}
    for mode in ("univariate", "multivariate"):
        add(f"singling out ({mode})", so.get(mode))
    add("linkability", disclosure.get("linkability"))
    for secret, entry in sorted((disclosure.get("inference") or {}).items()):
        add(f"inference ({secret})", entry)
    for attack, entry in sorted((disclosure.get("membership") or {}).items()):
        if isinstance(entry, dict) and isinstance(entry.get("auc"), dict):
            auc = entry["auc"]
            rows.append(
                (
                    f"membership AUC ({attack})",
                    fmt(auc.get("estimate")),
                    fmt(auc.get("low")),
                    fmt(auc.get("high")),
                )
            )
    return rows
