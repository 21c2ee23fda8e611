"""``custos contract``: the vendor's contract text against the playbook and the enforced DUA.

``custos contract annex`` writes the DUA the node enforces as a contract
annex (Markdown, or its facts as JSON), so the paper the parties sign says
what the node does. ``custos contract review`` rates a vendor's contract
against the privacy-first playbook; ``custos contract compare`` lists where
it allows more than the DUA.

With ``--node URL`` (a person logged in with ``custos --node URL login``)
the three run on that node over its API: the contract file is read here and
sent (``POST /api/v1/contracts/review`` and ``.../compare``; the node audits
who reviewed which file, never its text), and the annex is the node's own
rendering, with its institutional policy (``GET /api/v1/duas/{id}/annex``).
The output is the same as on the node itself.

A thin adapter over :mod:`custos.contract`; the shared console, node opening
and JSON output come from :mod:`custos.cli._app` at call time (that module
imports this one to register the sub-command).
"""

from __future__ import annotations

import base64
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
    if (remote := _cli()._remote_node(ctx)) is not None:
        params = {"format": fmt, "version": None if version is None else str(version)}
        answer = remote.call("GET", "duas", dua_id, "annex", params=params)
        _write(_remote_text(answer, fmt), out_file)
        return
    dua, number, digest, status, policy = _load_dua(ctx, dua_id, version)
    facts = annex_facts(dua, version=number, content_hash=digest, status=status, policy=policy)
    if fmt == "json":
        text = json.dumps(facts, indent=2, ensure_ascii=False) + "\n"
    else:
        text = render_facts(facts)
    _write(text, out_file)


def _remote_text(answer: Any, fmt: str) -> str:
    """What the node answered, printed as the local command prints it."""
    if fmt == "markdown":
        if not isinstance(answer, dict) or not isinstance(answer.get("markdown"), str):
            from custos.cli._remote import RemoteError

            raise RemoteError("the node's answer has no report", code="remote.bad_answer")
        text: str = answer["markdown"]
        return text
    return json.dumps(answer, indent=2, ensure_ascii=False) + "\n"


def _upload(file: Path, method: str, fmt: str, patterns_only: bool) -> dict[str, Any]:
    """The request body that sends ``file`` to the node (read here, checked there)."""
    from custos.contract._read import MAX_BYTES, read_contract

    if method not in ("classifier", "rules", "hybrid"):
        raise InvalidInput(
            "--method is one of classifier, rules, hybrid", code="contract.invalid_method"
        )
    read_contract(file)  # the local checks first: a missing or unreadable file is not sent
    data = file.read_bytes()[: MAX_BYTES + 1]
    return {
        "name": file.name,
        "content_base64": base64.b64encode(data).decode("ascii"),
        "method": method,
        "format": fmt,
        "patterns_only": patterns_only,
    }


def _review(file: Path, method: str, patterns_only: bool) -> tuple[Any, Any]:
    from custos.contract._read import read_contract
    from custos.contract._review import AREA_METHODS, FLAG_MODEL_THRESHOLD, review_document

    if method not in AREA_METHODS:
        raise InvalidInput(
            f"--method is one of {', '.join(AREA_METHODS)}", code="contract.invalid_method"
        )
    doc = read_contract(file)
    threshold = None if patterns_only else FLAG_MODEL_THRESHOLD
    return doc, review_document(doc, method=method, flag_threshold=threshold)


PatternsOnlyOpt = Annotated[
    bool,
    typer.Option(
        "--patterns-only",
        help="Red flags by the playbook's patterns alone, without the learned detector "
        "(which finds more of them and is wrong more often; BENCHMARKS.md).",
    ),
]

_METHOD_HELP = (
    "How passages are assigned to playbook areas: classifier (default: chosen on our "
    "held-out data, BENCHMARKS.md), rules or hybrid."
)


@contract_app.command("review")
def contract_review(
    ctx: typer.Context,
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
    patterns_only: PatternsOnlyOpt = False,
) -> None:
    """Rate a vendor's contract against the privacy-first playbook: per area strong / weak /
    missing with the passages it rests on, every red flag, the terms, a negotiation checklist.

    Runs offline; nothing leaves the machine (with --node: nothing but the file, to that
    node). Exit 0 whatever the rating (a review is a report, not a decision).
    """
    from custos.contract._render import review_markdown

    if fmt not in _FORMATS:
        raise InvalidInput("--format is markdown or json", code="contract.invalid_format")
    if (remote := _cli()._remote_node(ctx)) is not None:
        answer = remote.call(
            "POST", "contracts", "review", body=_upload(file, method, fmt, patterns_only)
        )
        _write(_remote_text(answer, fmt), out_file)
        return
    _, review = _review(file, method, patterns_only)
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
    patterns_only: PatternsOnlyOpt = False,
) -> None:
    """List every mismatch between the vendor's contract and the DUA the node enforces
    (longer retention, slower breach notice, an unlisted subprocessor, a broader purpose,
    fewer audits, weaker service levels). Exit 77 when there is a conflict."""
    from custos.contract._compare import compare, compare_report
    from custos.contract._render import compare_markdown

    if fmt not in _FORMATS:
        raise InvalidInput("--format is markdown or json", code="contract.invalid_format")
    if (remote := _cli()._remote_node(ctx)) is not None:
        body = _upload(file, method, fmt, patterns_only) | {"dua": dua_id, "version": version}
        answer = remote.call("POST", "contracts", "compare", body=body)
        if fmt == "json":
            mismatches = answer.get("mismatches") if isinstance(answer, dict) else None
            conflicts = sum(
                isinstance(m, dict) and m.get("severity") == "conflict" for m in mismatches or []
            )
        else:
            conflicts = answer.get("conflicts") if isinstance(answer, dict) else None
        if not isinstance(conflicts, int):
            from custos.cli._remote import RemoteError

            raise RemoteError("the node's answer has no mismatches", code="remote.bad_answer")
        _write(_remote_text(answer, fmt), out_file)
        if conflicts:
            raise typer.Exit(code=77)
        return
    dua, number, *_ = _load_dua(ctx, dua_id, version)
    doc, review = _review(file, method, patterns_only)
    mismatches = compare(review, list(doc.passages), dua)
    if fmt == "json":
        report = compare_report(review, mismatches, dua_id=dua.id, dua_version=number)
        text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    else:
        text = compare_markdown(review, mismatches, dua_id=dua.id, dua_version=number)
    _write(text, out_file)
    if any(m.severity == "conflict" for m in mismatches):
        raise typer.Exit(code=77)
