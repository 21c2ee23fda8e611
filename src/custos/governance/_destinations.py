"""Where the node may send things: the DUA's vendor party and its listed subprocessors.

Every export names a *destination*. A release bundle goes to the vendor of the
job's DUA, or to a subprocessor that DUA lists (e.g. the vendor's contracted
weight storage). An audit-log export or an evidence pack with a named
recipient goes to the vendor of a DUA that grants ``audit_rights``
(``log_export_on_request``), to a subprocessor of a DUA, or to the hospital
party itself. An export without a recipient is kept by the hospital
(``internal``). Anything else is refused with ``export.destination_not_listed``
and the refusal is audited.

Names match after case folding and whitespace collapsing, against the vendor's
id or name and the subprocessor's name, exactly as the DUA spells them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from custos.core._errors import InvalidInput, PolicyDenied

if TYPE_CHECKING:
    from custos.node._node import Node
    from custos.policy._dua import DUA

INTERNAL = "internal"
REFUSED_CODE = "export.destination_not_listed"

ExportKind = Literal["release", "audit_log"]


@dataclass(frozen=True)
class Destination:
    """A resolved destination: who it is and which DUA lists it."""

    name: str
    role: Literal["vendor", "subprocessor", "hospital", "internal"]
    dua: str | None

    @property
    def label(self) -> str:
        return self.role if self.role == INTERNAL else f"{self.role}:{self.name}"

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "role": self.role, "dua": self.dua}


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def listed_destinations(dua: DUA, kind: ExportKind) -> list[Destination]:
    """Destinations ``dua`` allows for an export of ``kind``."""
    out: list[Destination] = []
    vendor = dua.parties.vendor
    if kind == "release" or dua.audit_rights.log_export_on_request:
        out.append(Destination(vendor.id, "vendor", dua.id))
    out += [Destination(s.name, "subprocessor", dua.id) for s in dua.subprocessors]
    if kind == "audit_log":
        out.append(Destination(dua.parties.hospital.name, "hospital", dua.id))
    return out


@dataclass(frozen=True)
class Scope:
    """What one recipient may see: the whole node, or the processing of some DUAs.

    The hospital (an internal export, or its own party named as recipient)
    sees everything. A vendor sees the processing under its own DUAs; a
    subprocessor sees the processing under the DUAs that list it. Another
    vendor's jobs, agreements, deletions and incidents are not theirs to see:
    one evidence pack must not disclose a second vendor's work.
    """

    duas: frozenset[str] | None

    @property
    def whole_node(self) -> bool:
        return self.duas is None

    def covers(self, dua: str | None) -> bool:
        return self.duas is None or (dua is not None and dua in self.duas)

    def to_dict(self) -> dict[str, object]:
        return {
            "whole_node": self.whole_node,
            "duas": None if self.duas is None else sorted(self.duas),
        }


WHOLE_NODE = Scope(None)


def scope_for(destination: Destination, duas: Iterable[DUA]) -> Scope:
    """The scope of what ``destination`` may receive, over every DUA the node holds."""
    if destination.role in ("internal", "hospital"):
        return WHOLE_NODE
    wanted = _norm(destination.name)
    if destination.role == "vendor":
        return Scope(
            frozenset(
                d.id
                for d in duas
                if _norm(d.parties.vendor.id) == wanted and d.audit_rights.log_export_on_request
            )
        )
    return Scope(
        frozenset(d.id for d in duas if any(_norm(s.name) == wanted for s in d.subprocessors))
    )


def resolve_destination(name: str, duas: Iterable[DUA], kind: ExportKind) -> Destination | None:
    """The destination ``name`` designates under ``duas``, or None if none lists it.

    Raises
    ------
    InvalidInput
        ``name`` is empty.
    """
    wanted = _norm(name)
    if not wanted:
        raise InvalidInput("a destination needs a name", code="export.destination_empty")
    for dua in duas:
        vendor = dua.parties.vendor
        for d in listed_destinations(dua, kind):
            names = {_norm(d.name)}
            if d.role == "vendor":
                names.add(_norm(vendor.name))
            if wanted in names:
                return d
    return None


def check_destination(
    node: Node,
    *,
    name: str | None,
    duas: Iterable[DUA],
    kind: ExportKind,
    subject: str,
    default: Destination | None = None,
) -> Destination:
    """Resolve ``name`` for an export of ``kind`` or refuse it (audited).

    ``name`` None means ``default`` (the job's vendor for a release), or an
    internal export kept by the hospital when there is no default.

    Raises
    ------
    PolicyDenied
        No DUA lists the destination; an ``export.refused`` entry is committed
        to the audit log first.
    """
    if name is None:
        return default or Destination(INTERNAL, "internal", None)
    duas = list(duas)
    found = resolve_destination(name, duas, kind)
    if found is not None:
        return found
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor=node.actor("custodian"),
            action="export.refused",
            subject=subject,
            details={
                "code": REFUSED_CODE,
                "kind": kind,
                "destination": name[:160],
                "duas": sorted({d.id for d in duas}),
            },
        )
    raise PolicyDenied(
        f"'{name[:160]}' is not a destination the DUA lists for this export "
        "(its vendor party or a subprocessor); nothing was exported",
        code=REFUSED_CODE,
    )


def export_audit_log(node: Node, path: Path, *, to: str | None = None) -> tuple[int, Destination]:
    """Export the audit log to ``path`` for ``to`` (checked), with a signed trailer.

    The ``audit.exported`` entry (naming the destination) and a checkpoint are
    appended first, in the same transaction, so the export ends anchored.
    A vendor or subprocessor receives the whole chain with other parties'
    entries redacted (see ``Scope``); the hospital receives everything.
    Returns the number of entries written and the destination.

    Raises
    ------
    PolicyDenied
        ``to`` is not listed by any DUA for log exports (audited).
    """
    from custos.governance._report import entry_filter
    from custos.node._registry import list_duas

    destination = check_destination(
        node,
        name=to,
        duas=[e.dua for e in list_duas(node) if e.status == "active"],
        kind="audit_log",
        subject=node.node_id,
    )
    with node.operation() as conn:
        node.audit.append(
            conn,
            actor=node.actor("auditor"),
            action="audit.exported",
            subject=node.node_id,
            details={"file": path.name, "destination": destination.to_dict()},
        )
        node.audit.checkpoint(conn)
        scope = scope_for(destination, [e.dua for e in list_duas(node)])
        n = node.audit.export(
            conn,
            path,
            public_key=node.key.public_key,
            visible=None if scope.whole_node else entry_filter(node, conn, scope),
        )
    return n, destination
