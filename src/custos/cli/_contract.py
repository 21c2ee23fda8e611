"""``custos contract``: the vendor's contract text against the playbook and the enforced DUA.

``custos contract annex`` writes the DUA the node enforces as a contract
annex (Markdown, or its facts as JSON), so the paper the parties sign says
what the node does.

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
    from custos.policy._dua import DUA

    if fmt not in _FORMATS:
        raise InvalidInput("--format is markdown or json", code="contract.invalid_format")
    cli = _cli()
    policy: Any = None
    if (remote := cli._remote_node(ctx)) is not None:
        params = {"version": None if version is None else str(version)}
        e = remote.call("GET", "duas", dua_id, params=params)
        dua, number, digest, status = (
            DUA.model_validate(e["dua"]),
            int(e["version"]),
            str(e["content_hash"]),
            str(e["status"]),
        )
    else:
        from custos.node import get_dua

        node = cli._open(ctx)
        try:
            entry = get_dua(node, dua_id, version)
            policy = node.policy
        finally:
            node.close()
        dua, number, digest, status = entry.dua, entry.version, entry.content_hash, entry.status
    facts = annex_facts(dua, version=number, content_hash=digest, status=status, policy=policy)
    if fmt == "json":
        text = json.dumps(facts, indent=2, ensure_ascii=False) + "\n"
    else:
        text = render_facts(facts)
    _write(text, out_file)
