"""A contract review and a contract/DUA comparison as Markdown."""

from __future__ import annotations

import re
from collections.abc import Sequence

from custos.contract._compare import Mismatch
from custos.contract._review import Review

__all__ = ["compare_markdown", "review_markdown"]

_TIER_TITLES = {
    "red_line": "Red lines (never move)",
    "flexible": "Flexible terms (trade only within written limits)",
    "convenience": "Conveniences",
}
_TERM_TITLES = {
    "notification_hours": ("breach notice within", "hours"),
    "retention_days": ("retention", "days"),
    "audit_frequency": ("audit frequency", ""),
    "uptime_percent": ("uptime", "%"),
    "support_response_hours": ("support response within", "hours"),
}


def _cell(text: str) -> str:
    """Contract text inside a Markdown table cell or a quote: one line, no markup."""
    text = re.sub(r"\s+", " ", text).strip()
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def review_markdown(review: Review) -> str:
    doc = review.document
    detector = (
        "patterns and the learned detector"
        if review.flag_detection == "rules+model"
        else "patterns"
    )
    lines = [
        f"# Contract review: {_cell(str(doc.get('name', 'contract')))}",
        "",
        f"Reviewed against the privacy-first playbook ({review.method} area detection, "
        f"red flags by {detector}); "
        f"{doc.get('passages', '?')} passages"
        + (f", {doc['pages']} pages" if doc.get("pages") else "")
        + f"; sha256 `{doc.get('sha256', '')}`.",
        "",
        "| area | tier | rating | why | passages |",
        "| --- | --- | --- | --- | --- |",
    ]
    for a in review.areas:
        where = ", ".join(c.location for c in a.passages[:4])
        if len(a.passages) > 4:
            where += f" (+{len(a.passages) - 4})"
        lines.append(
            f"| {a.title} | {a.tier.value.replace('_', ' ')} | **{a.rating}** | "
            f"{_cell(a.why)} | {_cell(where) or '-'} |"
        )
    lines += ["", "## Red flags", ""]
    if not review.red_flags:
        lines.append("None found.")
    for f in review.red_flags:
        how = ""
        if f.source == "model":
            words = ", ".join(f"'{_cell(w)}'" for w in f.cues)
            how = f" Found by the learned detector (score {f.score or 0:.2f}" + (
                f"; strongest words {words})." if words else ")."
            )
        lines += [
            f"- **{f.title}** (`{f.code}`), {f.location}: {f.why}.{how}",
            f"  > {_cell(f.quote)}",
        ]
    lines += ["", "## Terms found", ""]
    if not review.terms:
        lines.append("No concrete term (hours, days, frequency, uptime) was found.")
    for key, value in review.terms.items():
        title, unit = _TERM_TITLES.get(key, (key, ""))
        shown = f"{value:g}" if isinstance(value, int | float) else str(value)
        lines.append(f"- {title}: {shown}{' ' + unit if unit and unit != '%' else unit}")
    lines += ["", "## Evidence per area", ""]
    for a in review.areas:
        lines.append(f"### {a.title}: {a.rating}")
        lines.append("")
        if not a.passages:
            lines.append("No passage.")
        for c in a.passages[:8]:
            found = f" ({', '.join(c.elements)})" if c.elements else ""
            lines.append(f"- {c.location}{found}: {_cell(c.quote)}")
        if len(a.passages) > 8:
            lines.append(f"- ... {len(a.passages) - 8} more")
        lines.append("")
    checklist = review.checklist()
    lines += ["## Negotiation checklist", ""]
    if not checklist:
        lines.append("Every area is strong.")
    for tier, title in _TIER_TITLES.items():
        items = [i for i in checklist if i["tier"] == tier]
        if not items:
            continue
        lines += [f"### {title}", ""]
        for i in items:
            lines.append(
                f"- [ ] **{i['title']}** ({i['rating']}: {_cell(i['because'])}). "
                f"Insist on: {i['insist_on']} Acceptable concession: "
                f"{i['acceptable_concession']}"
            )
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def compare_markdown(
    review: Review, mismatches: Sequence[Mismatch], *, dua_id: str, dua_version: int
) -> str:
    doc = review.document
    lines = [
        f"# Contract vs DUA: {_cell(str(doc.get('name', 'contract')))} against "
        f"{_cell(dua_id)} v{dua_version}",
        "",
    ]
    if not mismatches:
        lines.append("No mismatch: the contract allows nothing the DUA does not.")
        return "\n".join(lines) + "\n"
    conflicts = sum(m.severity == "conflict" for m in mismatches)
    lines += [
        f"{len(mismatches)} mismatches ({conflicts} conflicts: the contract allows more "
        "than the DUA; the rest gaps: the contract is silent where the DUA binds).",
        "",
        "| DUA clause | severity | the contract says | the DUA says | where |",
        "| --- | --- | --- | --- | --- |",
    ]
    for m in mismatches:
        lines.append(
            f"| `{m.clause}` | {m.severity} | {_cell(m.contract)} | {_cell(m.dua)} | "
            f"{_cell(m.location or '-')} |"
        )
    return "\n".join(lines) + "\n"
