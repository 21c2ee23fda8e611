"""The vendor's contract against the DUA the node enforces: every mismatch.

The DUA is what the node enforces; a contract that allows more (longer
retention, a slower breach notice, a subprocessor the DUA does not name, a
broader purpose, fewer audits) is where paper and practice diverge. Each
mismatch names the DUA clause, what each side says and the contract
passage it rests on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from custos.contract._playbook import Area
from custos.contract._read import Passage
from custos.contract._review import Review
from custos.policy._dua import DUA

__all__ = ["COMPARE_FORMAT", "Mismatch", "compare", "compare_report"]

COMPARE_FORMAT = "custos.contract_compare/v1"
Severity = Literal["conflict", "gap"]
# Organisation names as contracts write them: capitalised words ending in a
# company form, or the first cell of a subprocessor table row.
_COMPANY = re.compile(
    r"\b((?:[A-Z][\w&'.-]*\s+){0,4}[A-Z][\w&'.-]*\s+"
    r"(?:Inc|Ltd|LLC|GmbH|AG|SA|SAS|S\.A\.|BV|B\.V\.|plc|PLC|Limited|Corp|Corporation|"
    r"Co|KK|Pty Ltd|AB|Oy|NV|N\.V\.|SE|LLP)\b\.?)"
)
_FREQ_RANK = {"quarterly": 4, "annual": 3, "biennial": 2, "on_request": 1, "none": 0}


@dataclass(frozen=True)
class Mismatch:
    clause: str  # the DUA clause path
    severity: Severity  # conflict: the contract allows more; gap: it says nothing
    contract: str
    dua: str
    location: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "clause": self.clause,
            "severity": self.severity,
            "contract": self.contract,
            "dua": self.dua,
            "location": self.location,
        }


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()


def contract_subprocessors(review: Review, passages: list[Passage]) -> dict[str, str]:
    """Names the contract's subprocessor passages give, with their locations."""
    by_index = {p.index: p for p in passages}
    names: dict[str, str] = {}
    area = next(a for a in review.areas if a.area is Area.SUBPROCESSORS)
    for cited in area.passages:
        p = by_index.get(cited.passage)
        if p is None:
            continue
        for m in _COMPANY.finditer(p.text):
            name = m.group(1).strip()
            if name.endswith(".") and not re.search(r"\b[A-Z]\.[A-Z]\.$", name):
                name = name[:-1]  # the sentence's full stop, not "S.A."
            names.setdefault(name, p.location)
        if " | " in p.text:
            first = p.text.split(" | ")[0].strip()
            if (
                first
                and first[0].isupper()
                and len(first) <= 80
                and "subprocessor" not in first.lower()
            ):
                names.setdefault(first, p.location)
    return names


def _first_location(review: Review, area: Area) -> str | None:
    a = next(a for a in review.areas if a.area is area)
    return a.passages[0].location if a.passages else None


def compare(review: Review, passages: list[Passage], dua: DUA) -> list[Mismatch]:
    """Every way the reviewed contract allows more than (or is silent where) the DUA binds."""
    out: list[Mismatch] = []
    terms = review.terms
    flags = {f.code: f for f in review.red_flags}
    rating = review.ratings

    # -- retention ----------------------------------------------------------
    days = dua.retention.job_artifact_days
    if "retention.as_long_as_necessary" in flags:
        f = flags["retention.as_long_as_necessary"]
        out.append(
            Mismatch(
                "retention.job_artifact_days",
                "conflict",
                f"open-ended retention ('{f.matched}')",
                f"{days} days",
                f.location,
            )
        )
    elif "retention_days" in terms:
        if terms["retention_days"] > days:
            out.append(
                Mismatch(
                    "retention.job_artifact_days",
                    "conflict",
                    f"{terms['retention_days']:g} days' retention",
                    f"{days} days",
                    _first_location(review, Area.RETENTION),
                )
            )
    else:
        out.append(
            Mismatch(
                "retention.job_artifact_days",
                "gap",
                "no retention period",
                f"{days} days",
                _first_location(review, Area.RETENTION),
            )
        )
    if "retention.backups_excluded" in flags:
        f = flags["retention.backups_excluded"]
        out.append(
            Mismatch(
                "retention.job_artifact_days",
                "conflict",
                "deletion does not reach backups",
                "deletion of every copy the vendor holds",
                f.location,
            )
        )

    # -- breach notification -------------------------------------------------
    hours = dua.breach_notification.notify_within_hours
    if "notification_hours" in terms:
        if terms["notification_hours"] > hours:
            out.append(
                Mismatch(
                    "breach_notification.notify_within_hours",
                    "conflict",
                    f"notice within {terms['notification_hours']:g} hours",
                    f"{hours} hours",
                    _first_location(review, Area.BREACH),
                )
            )
    else:
        out.append(
            Mismatch(
                "breach_notification.notify_within_hours",
                "gap" if rating["breach_notification"] == "missing" else "conflict",
                "no hour limit on breach notice",
                f"{hours} hours",
                _first_location(review, Area.BREACH),
            )
        )
    if "breach.after_investigation" in flags:
        f = flags["breach.after_investigation"]
        out.append(
            Mismatch(
                "breach_notification.notify_within_hours",
                "conflict",
                "the clock starts after the vendor's investigation",
                f"{hours} hours from confirmation",
                f.location,
            )
        )

    # -- subprocessors ---------------------------------------------------------
    allowed = {_norm(s.name): s.name for s in dua.subprocessors}
    named = contract_subprocessors(review, passages)
    for name, location in sorted(named.items()):
        if _norm(name) not in allowed:
            out.append(
                Mismatch(
                    "subprocessors",
                    "conflict",
                    f"subprocessor '{name}'",
                    "not among the DUA's subprocessors"
                    + (f" ({', '.join(sorted(allowed.values()))})" if allowed else " (none)"),
                    location,
                )
            )
    if "subprocessors.change_at_will" in flags:
        f = flags["subprocessors.change_at_will"]
        out.append(
            Mismatch(
                "subprocessors",
                "conflict",
                "subprocessors may change at any time",
                "only the subprocessors the DUA names",
                f.location,
            )
        )

    # -- purpose and secondary use --------------------------------------------
    use = dua.use_terms
    if not use.product_improvement and "non_training.improvement_carveout" in flags:
        f = flags["non_training.improvement_carveout"]
        out.append(
            Mismatch(
                "use_terms.product_improvement",
                "conflict",
                f"use to improve or develop the vendor's services ('{f.matched}')",
                "no product improvement",
                f.location,
            )
        )
    if "non_training.opt_out" in flags:
        f = flags["non_training.opt_out"]
        out.append(
            Mismatch(
                "use_terms.secondary_use",
                "conflict",
                "training unless the hospital opts out",
                "no secondary use",
                f.location,
            )
        )
    if not use.secondary_use and "data_use.broad_analytics" in flags:
        f = flags["data_use.broad_analytics"]
        out.append(
            Mismatch(
                "purpose",
                "conflict",
                f"a purpose broader than the DUA's ('{f.matched}')",
                f"only: {dua.purpose}",
                f.location,
            )
        )
    if rating["non_training"] == "missing":
        out.append(
            Mismatch(
                "use_terms.product_improvement",
                "gap",
                "no non-training clause",
                "no training or product improvement on the data",
            )
        )

    # -- audit rights ------------------------------------------------------------
    want = dua.audit_rights.independent_report
    got = terms.get("audit_frequency")
    if want != "none":
        if "audit.vendor_discretion" in flags or "audit.self_attestation" in flags:
            f = flags.get("audit.vendor_discretion") or flags["audit.self_attestation"]
            out.append(
                Mismatch(
                    "audit_rights.independent_report",
                    "conflict",
                    f.title,
                    f"an independent report, {want}",
                    f.location,
                )
            )
        elif got is None or _FREQ_RANK.get(got, 0) < _FREQ_RANK[want]:
            out.append(
                Mismatch(
                    "audit_rights.independent_report",
                    "gap" if got is None else "conflict",
                    f"audits: {got or 'no frequency stated'}",
                    f"an independent report, {want}",
                    _first_location(review, Area.AUDIT),
                )
            )
    audit = next(a for a in review.areas if a.area is Area.AUDIT)
    if dua.audit_rights.audit_after_incident and "after_incident" not in audit.found:
        out.append(
            Mismatch(
                "audit_rights.audit_after_incident",
                "gap",
                "no audit after an incident",
                "a targeted audit after a material incident",
                _first_location(review, Area.AUDIT),
            )
        )

    # -- service levels ----------------------------------------------------------
    sla = dua.sla
    if sla is not None:
        up = terms.get("uptime_percent")
        if up is None or up < sla.uptime_percent:
            out.append(
                Mismatch(
                    "sla.uptime_percent",
                    "gap" if up is None else "conflict",
                    f"uptime {up:g}%" if up is not None else "no uptime commitment",
                    f"{sla.uptime_percent:g}%",
                    _first_location(review, Area.SLA),
                )
            )
        resp = terms.get("support_response_hours")
        if resp is None or resp > sla.support_response_hours:
            out.append(
                Mismatch(
                    "sla.support_response_hours",
                    "gap" if resp is None else "conflict",
                    f"support response within {resp:g} hours"
                    if resp is not None
                    else "no support response time",
                    f"{sla.support_response_hours} hours",
                    _first_location(review, Area.SLA),
                )
            )
    return out


def compare_report(
    review: Review, mismatches: list[Mismatch], *, dua_id: str, dua_version: int
) -> dict[str, Any]:
    """The comparison as JSON (``custos contract compare --format json`` and the API)."""
    return {
        "format": COMPARE_FORMAT,
        "document": review.document,
        "dua": {"id": dua_id, "version": dua_version},
        "mismatches": [m.to_dict() for m in mismatches],
        "ratings": review.ratings,
    }
