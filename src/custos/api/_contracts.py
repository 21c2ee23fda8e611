"""Contract review over the network (#11): the API's routes, and what the console shares.

``POST /api/v1/contracts/review`` rates a vendor's contract against the
privacy-first playbook and answers what ``custos contract review --format
json`` prints; ``POST /api/v1/contracts/compare`` lists its mismatches with a
DUA the node enforces (``custos contract compare``); ``GET
/api/v1/duas/{id}/annex`` renders that DUA as the contract annex (``custos
contract annex``). With ``"format": "markdown"`` (a query parameter for the
annex) the answer is ``{"format": "markdown", "markdown": ...}``: the report
the CLI prints (a comparison adds ``conflicts``, their number).

The contract travels in the JSON body with its file ``name``, whose suffix
says its format (``.txt``, ``.md``, ``.pdf``, ``.docx``), as ``text`` (text and
Markdown) or ``content_base64`` (any of them); ``"patterns_only": true`` leaves
the learned red-flag detector out (``--patterns-only``). The two upload routes take
bodies up to :attr:`ApiConfig.max_upload_bytes` (every other route keeps
``max_body_bytes``). A refusal is a 4xx with a stable code, never a
traceback: a name that is not a file name (``input.file_name``), both or
neither of ``text`` and ``content_base64`` or base64 that does not decode
(``contract.upload``), an unknown method or format, and whatever the reader
refuses (``contract.unsupported``, ``.unreadable``, ``.too_large``,
``.encrypted``, ``.encoding``, ``.no_text``).

Every review and comparison is an audit entry under the person who asked
(``contract.reviewed``, ``contract.compared``): the file's SHA-256, format,
size and passage count, the method, the ratings, the red-flag codes and, for a
comparison, the DUA and its mismatch counts. Never the contract's text, a
passage or a quote; its file name only when it is a plain name.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import FastAPI, Query, Request
from pydantic import Field

from custos.api._app import (
    _NAME,
    PREFIX,
    P,
    Principal,
    _acting_node,
    _base,
    _Body,
    _name,
    _who,
)
from custos.api._policy import Action
from custos.core._errors import InvalidInput
from custos.node._node import Node

if TYPE_CHECKING:
    from custos.contract._compare import Mismatch
    from custos.contract._read import Document
    from custos.contract._review import Method, Review
    from custos.node import DUAEntry

__all__ = [
    "METHODS",
    "UPLOAD_PATHS",
    "CompareBody",
    "ContractBody",
    "ContractReview",
    "annex",
    "contract_routes",
    "file_name",
    "method_of",
    "review_contract",
]

REVIEW_PATH = f"{PREFIX}/contracts/review"
COMPARE_PATH = f"{PREFIX}/contracts/compare"
# The routes whose bodies carry a whole contract (the console's form adds its own).
UPLOAD_PATHS = (REVIEW_PATH, COMPARE_PATH)
METHODS: tuple[str, ...] = ("classifier", "rules", "hybrid")
FORMATS = ("json", "markdown")
# A file name: no folder, no control character; its suffix says the format.
_FILE_NAME = re.compile(r"^[^/\\\x00-\x1f\x7f]{1,255}$")


class ContractBody(_Body):
    name: str = Field(min_length=1, max_length=255, description="The file name, e.g. dpa.pdf.")
    text: str | None = Field(default=None, description="The contract as text (.txt, .md).")
    content_base64: str | None = Field(default=None, description="The file's bytes, base64.")
    method: str = Field(default="classifier", max_length=16)
    format: str = Field(default="json", max_length=16)
    patterns_only: bool = Field(
        default=False, description="Red flags by the playbook's patterns alone (no detector)."
    )


class CompareBody(ContractBody):
    dua: str = Field(min_length=1, max_length=64, description="The DUA the node enforces.")
    version: int | None = Field(default=None, ge=1)


def file_name(name: str) -> str:
    """``name`` if it is a plain file name (no folder, no control character)."""
    name = name.strip()
    if not _FILE_NAME.match(name) or name in (".", ".."):
        raise InvalidInput(
            "the contract's name must be a file name such as dpa.pdf (no folders)",
            code="input.file_name",
        )
    return name


def method_of(value: str) -> Method:
    if value not in METHODS:
        raise InvalidInput(
            f"the method is one of {', '.join(METHODS)}", code="contract.invalid_method"
        )
    return value  # type: ignore[return-value]


def _format(value: str) -> str:
    if value not in FORMATS:
        raise InvalidInput("the format is json or markdown", code="contract.invalid_format")
    return value


def contract_bytes(body: ContractBody) -> bytes:
    """The file's bytes from ``text`` or ``content_base64`` (exactly one)."""
    if (body.text is None) == (body.content_base64 is None):
        raise InvalidInput(
            "send the contract as exactly one of text or content_base64", code="contract.upload"
        )
    if body.text is not None:
        return body.text.encode("utf-8")
    assert body.content_base64 is not None
    try:
        return base64.b64decode(body.content_base64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput("content_base64 is not valid base64", code="contract.upload") from exc


@dataclass(frozen=True)
class ContractReview:
    """A contract as reviewed, and (compared) the DUA and its mismatches."""

    document: Document
    review: Review
    dua: DUAEntry | None = None
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        return sum(m.severity == "conflict" for m in self.mismatches)

    def compare_report(self) -> dict[str, Any]:
        from custos.contract._compare import compare_report

        assert self.dua is not None
        return compare_report(
            self.review, self.mismatches, dua_id=self.dua.dua.id, dua_version=self.dua.version
        )


def review_contract(
    node: Node,
    actor: str,
    name: str,
    data: bytes,
    *,
    method: Method = "classifier",
    dua_id: str | None = None,
    dua_version: int | None = None,
    patterns_only: bool = False,
) -> ContractReview:
    """Review an uploaded contract (and compare it with DUA ``dua_id``), then audit it.

    The DUA is looked up first, so an unknown one is refused before any reading.
    """
    from custos.contract._compare import compare
    from custos.contract._read import read_contract_bytes
    from custos.contract._review import FLAG_MODEL_THRESHOLD, review_document
    from custos.node import get_dua

    name = file_name(name)
    entry = None
    if dua_id is not None:
        entry = get_dua(node, _name(dua_id, "a DUA id"), dua_version)
    doc = read_contract_bytes(name, data)
    review = review_document(
        doc, method=method, flag_threshold=None if patterns_only else FLAG_MODEL_THRESHOLD
    )
    mismatches = compare(review, list(doc.passages), entry.dua) if entry is not None else []
    out = ContractReview(doc, review, entry, mismatches)
    details: dict[str, Any] = {
        "name": name if _NAME.match(name) else "?",
        "kind": doc.kind,
        "bytes": len(data),
        "pages": doc.pages,
        "passages": len(doc.passages),
        "method": method,
        "flag_detection": review.flag_detection,
        "ratings": review.ratings,
        "red_flags": sorted({f.code for f in review.red_flags}),
    }
    if entry is not None:
        details |= {
            "dua": entry.dua.id,
            "dua_version": entry.version,
            "mismatches": len(mismatches),
            "conflicts": out.conflicts,
        }
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor=actor,
            action="contract.compared" if entry is not None else "contract.reviewed",
            subject=f"contract:{doc.sha256}",
            details=details,
        )
    return out


def annex(node: Node, dua_id: str, version: int | None) -> dict[str, Any]:
    """The annex facts of a DUA on this node, with the node's institutional policy."""
    from custos.contract._annex import annex_facts
    from custos.node import get_dua

    entry = get_dua(node, _name(dua_id, "a DUA id"), version)
    return annex_facts(
        entry.dua,
        version=entry.version,
        content_hash=entry.content_hash,
        status=entry.status,
        policy=node.policy,
    )


def _markdown(text: str) -> dict[str, Any]:
    return {"format": "markdown", "markdown": text}


def contract_routes(app: FastAPI) -> None:
    """Register the three routes on the API (called by :func:`custos.api.create_app`)."""

    @app.post(REVIEW_PATH, tags=["privacy officer"])
    def contract_review(
        request: Request,
        body: ContractBody,
        principal: Annotated[Principal | None, P(Action.CONTRACT_REVIEW)],
    ) -> dict[str, Any]:
        """Rate a vendor's contract against the playbook (``custos contract review``)."""
        from custos.contract._render import review_markdown

        who = _who(principal)
        method, fmt = method_of(body.method), _format(body.format)
        name, data = file_name(body.name), contract_bytes(body)
        done = review_contract(
            _acting_node(request, who),
            who.actor,
            name,
            data,
            method=method,
            patterns_only=body.patterns_only,
        )
        if fmt == "markdown":
            return _markdown(review_markdown(done.review))
        return done.review.to_dict()

    @app.post(COMPARE_PATH, tags=["privacy officer"])
    def contract_compare(
        request: Request,
        body: CompareBody,
        principal: Annotated[Principal | None, P(Action.CONTRACT_COMPARE)],
    ) -> dict[str, Any]:
        """Every mismatch between a vendor's contract and a DUA this node enforces
        (``custos contract compare``); a conflict is a mismatch whose severity says so."""
        from custos.contract._render import compare_markdown

        who = _who(principal)
        method, fmt = method_of(body.method), _format(body.format)
        name, data = file_name(body.name), contract_bytes(body)
        done = review_contract(
            _acting_node(request, who),
            who.actor,
            name,
            data,
            method=method,
            dua_id=body.dua,
            dua_version=body.version,
            patterns_only=body.patterns_only,
        )
        assert done.dua is not None
        if fmt == "markdown":
            text = compare_markdown(
                done.review, done.mismatches, dua_id=done.dua.dua.id, dua_version=done.dua.version
            )
            return _markdown(text) | {"conflicts": done.conflicts}
        return done.compare_report()

    @app.get(f"{PREFIX}/duas/{{dua_id}}/annex", tags=["privacy officer"])
    def dua_annex(
        request: Request,
        dua_id: str,
        _: Annotated[Principal | None, P(Action.DUA_ANNEX)],
        version: Annotated[int | None, Query(ge=1)] = None,
        fmt: Annotated[str, Query(alias="format", max_length=16)] = "markdown",
    ) -> dict[str, Any]:
        """The DUA as a contract annex (``custos contract annex``): Markdown, or the
        facts it is written from as JSON."""
        from custos.contract._annex import render_facts

        fmt = _format(fmt)
        facts = annex(_base(request), dua_id, version)
        return _markdown(render_facts(facts)) if fmt == "markdown" else facts
