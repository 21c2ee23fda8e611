"""``custos contract``: the vendor's contract text against the playbook and the enforced DUA.

``custos contract annex`` writes the DUA the node enforces as a contract
annex (Markdown, or its facts as JSON), so the paper the parties sign says
what the node does. ``custos contract review`` rates a vendor's contract
against the privacy-first playbook; ``custos contract compare`` lists where
it allows more than the DUA.

A thin adapter over :mod:`custos.contract`; the shared console, node opening
and JSON output come from :mod:`custos.cli._app` at call time (that module
imports this one to register the sub-command).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any

import typer
from rich.markup import escape

from custos.core._errors import Conflict, InvalidInput

contract_app = typer.Typer(
    help="Contract review: the vendor's paper against the playbook and the enforced DUA.",
    no_args_is_help=True,
)

_FORMATS = ("markdown", "json")


def _cli() -> ModuleType:
    from custos.cli import _app

    return _app


def _write(text: str, out_file: Path | None) -> None:
    """Print ``text``, or write it to a new file (an existing one is never replaced)."""
    if out_file is None:
        sys.stdout.write(text)
        return
    try:
        with out_file.open("x", encoding="utf-8") as fh:
            fh.write(text)
    except FileExistsError:
        raise Conflict(
            f"{out_file} already exists; choose a new file", code="contract.output_exists"
        ) from None
    except OSError as exc:
        raise InvalidInput(
            f"cannot write {out_file}: {exc.strerror or 'error'}", code="contract.output"
        ) from exc
    _cli().out.print(f"wrote {escape(str(out_file))}")


def _load_dua(ctx: typer.Context, dua_id: str, version: int | None) -> tuple[Any, ...]:
    """``(dua, version, content hash, status, institutional policy or None)`` from
    this node, or from the ``--node`` API (which does not give the policy)."""
    from custos.policy._dua import DUA

    cli = _cli()
    if (remote := cli._remote_node(ctx)) is not None:
        params = {"version": None if version is None else str(version)}
        e = remote.call("GET", "duas", dua_id, params=params)
        return (
            DUA.model_validate(e["dua"]),
            int(e["version"]),
            str(e["content_hash"]),
            str(e["status"]),
            None,
        )
    from custos.node import get_dua

    node = cli._open(ctx)
    try:
        entry = get_dua(node, dua_id, version)
        policy = node.policy
    finally:
        node.close()
    return entry.dua, entry.version, entry.content_hash, entry.status, policy


@contract_app.command("annex")
def contract_annex(
    ctx: typer.Context,
    dua_id: Annotated[str, typer.Argument(metavar="DUA_ID", help="The DUA to render.")],
    version: Annotated[
        int | None, typer.Option(help="A specific version (default: the latest).")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", help="markdown (the annex) or json (the facts it is written from)."
        ),
    ] = "markdown",
    out_file: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this new file instead of standard output."),
    ] = None,
) -> None:
    """Render the DUA the node enforces as a contract annex, each section tied to its clauses."""
    from custos.contract._annex import annex_facts, render_facts

    if fmt not in _FORMATS:
        raise InvalidInput("--format is markdown or json", code="contract.invalid_format")
    dua, number, digest, status, policy = _load_dua(ctx, dua_id, version)
    facts = annex_facts(dua, version=number, content_hash=digest, status=status, policy=policy)
    if fmt == "json":
        text = json.dumps(facts, indent=2, ensure_ascii=False) + "\n"
    else:
        text = render_facts(facts)
    _write(text, out_file)


def _review(file: Path, method: str) -> tuple[Any, Any]:
    from custos.contract._read import read_contract
    from custos.contract._review import AREA_METHODS, review_document

    if method not in AREA_METHODS:
        raise InvalidInput(
            f"--method is one of {', '.join(AREA_METHODS)}", code="contract.invalid_method"
        )
    doc = read_contract(file)
    return doc, review_document(doc, method=method)


_METHOD_HELP = (
    "How passages are assigned to playbook areas: classifier (default: chosen on our "
    "held-out data, BENCHMARKS.md), rules or hybrid."
)


@contract_app.command("review")
def contract_review(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="The contract: .txt, .md, .pdf or .docx.")
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="markdown (the report) or json.")
    ] = "markdown",
    method: Annotated[str, typer.Option("--method", help=_METHOD_HELP)] = "classifier",
    out_file: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this new file instead of standard output."),
    ] = None,
) -> None:
    """Rate a vendor's contract against the privacy-first playbook: per area strong / weak /
    missing with the passages it rests on, every red flag, the terms, a negotiation checklist.

    Runs offline; nothing leaves the machine. Exit 0 whatever the rating (a review is a
    report, not a decision).
    """
    from custos.contract._render import review_markdown

    if fmt not in _FORMATS:
        raise InvalidInput("--format is markdown or json", code="contract.invalid_format")
    _, review = _review(file, method)
    if fmt == "json":
        text = json.dumps(review.to_dict(), indent=2, ensure_ascii=False) + "\n"
    else:
        text = review_markdown(review)
    _write(text, out_file)


@contract_app.command("compare")
def contract_compare(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(metavar="FILE", help="The vendor's contract.")],
    dua_id: Annotated[str, typer.Argument(metavar="DUA_ID", help="The DUA the node enforces.")],
    version: Annotated[
        int | None, typer.Option(help="A specific DUA version (default: the latest).")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="markdown (the table) or json.")
    ] = "markdown",
    method: Annotated[str, typer.Option("--method", help=_METHOD_HELP)] = "classifier",
    out_file: Annotated[
        Path | None,
        typer.Option("--out", help="Write to this new file instead of standard output."),
    ] = None,
) -> None:
    """List every mismatch between the vendor's contract and the DUA the node enforces
    (longer retention, slower breach notice, an unlisted subprocessor, a broader purpose,
    fewer audits, weaker service levels). Exit 77 when there is a conflict."""
    from custos.contract._compare import compare
    from custos.contract._render import compare_markdown

    if fmt not in _FORMATS:
        raise InvalidInput("--format is markdown or json", code="contract.invalid_format")
    dua, number, *_ = _load_dua(ctx, dua_id, version)
    doc, review = _review(file, method)
    mismatches = compare(review, list(doc.passages), dua)
    if fmt == "json":
        text = (
            json.dumps(
                {
                    "format": "custos.contract_compare/v1",
                    "document": review.document,
                    "dua": {"id": dua.id, "version": number},
                    "mismatches": [m.to_dict() for m in mismatches],
                    "ratings": review.ratings,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
    else:
        text = compare_markdown(review, mismatches, dua_id=dua.id, dua_version=number)
    _write(text, out_file)
    if any(m.severity == "conflict" for m in mismatches):
        raise typer.Exit(code=77)
