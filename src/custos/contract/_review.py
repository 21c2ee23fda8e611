"""Review a contract against the playbook: per area a rating, the passages it
rests on, the red flags, the concrete terms, and what to insist on.

Two steps per passage:

1. **Which areas is it about?** The area detector. ``rules`` uses the
   playbook's cue words; ``classifier`` a TF-IDF logistic regression trained on
   the development half of our labelled passages (:mod:`custos.contract._classify`);
   ``hybrid`` (the default) takes the classifier's areas and adds an area whose
   cues match when the classifier gives it some weight. Chosen on the held-out
   half (``bench/contract_review.py``, BENCHMARKS.md).
2. **What does it say?** Always rules: red-flag patterns (a flag counts only in
   a passage about its area), the elements of a strong clause, and the terms
   (:mod:`custos.contract._terms`). They are explainable: each finding quotes
   the words that matched.

An area with no passage is *missing*; with a red flag, or without every
element a strong clause has, *weak*; otherwise *strong*.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from custos.contract._playbook import AREAS, RED_FLAGS, Area, AreaRules, RedFlag, Tier
from custos.contract._read import Document, Passage
from custos.contract._terms import (
    durations,
    durations_near,
    frequency,
    to_days,
    to_hours,
    uptime,
)

__all__ = [
    "AreaReview",
    "FlagHit",
    "Method",
    "Review",
    "review_document",
    "review_passages",
]

Method = Literal["rules", "classifier", "hybrid"]
Rating = Literal["strong", "weak", "missing"]
REVIEW_FORMAT = "custos.contract_review/v1"
QUOTE_CHARS = 400
# The classifier's probability above which a passage is about an area, and
# (hybrid) the weight at which cue words may add an area.
AREA_THRESHOLD = 0.3
HYBRID_CUE_THRESHOLD = 0.1
FLAG_AREA_THRESHOLD = 0.1
_TIER_ORDER = {Tier.RED_LINE: 0, Tier.FLEXIBLE: 1, Tier.CONVENIENCE: 2}


@dataclass(frozen=True)
class FlagHit:
    code: str
    area: Area
    title: str
    why: str
    passage: int
    location: str
    matched: str
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "area": self.area.value,
            "title": self.title,
            "why": self.why,
            "passage": self.passage,
            "location": self.location,
            "matched": self.matched,
            "quote": self.quote,
        }


@dataclass
class Cited:
    passage: int
    location: str
    quote: str
    elements: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "passage": self.passage,
            "location": self.location,
            "quote": self.quote,
            "elements": self.elements,
        }


@dataclass
class AreaReview:
    area: Area
    title: str
    tier: Tier
    rating: Rating
    why: str
    passages: list[Cited]
    found: list[str]
    missing: list[str]
    red_flags: list[FlagHit]

    def to_dict(self) -> dict[str, Any]:
        return {
            "area": self.area.value,
            "title": self.title,
            "tier": self.tier.value,
            "rating": self.rating,
            "why": self.why,
            "passages": [c.to_dict() for c in self.passages],
            "elements_found": self.found,
            "elements_missing": self.missing,
            "red_flags": [f.code for f in self.red_flags],
        }


@dataclass
class Review:
    document: dict[str, Any]
    method: Method
    areas: list[AreaReview]
    red_flags: list[FlagHit]
    terms: dict[str, Any]
    seconds: float

    @property
    def ratings(self) -> dict[str, Rating]:
        return {a.area.value: a.rating for a in self.areas}

    def checklist(self) -> list[dict[str, Any]]:
        """What to insist on for every weak or missing area, red lines first."""
        items = []
        for a in sorted(self.areas, key=lambda a: _TIER_ORDER[a.tier]):
            if a.rating == "strong":
                continue
            rules = AREAS[a.area]
            items.append(
                {
                    "area": a.area.value,
                    "title": a.title,
                    "tier": a.tier.value,
                    "rating": a.rating,
                    "because": a.why,
                    "insist_on": rules.insist,
                    "acceptable_concession": rules.concession,
                }
            )
        return items

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": REVIEW_FORMAT,
            "document": self.document,
            "method": self.method,
            "ratings": self.ratings,
            "areas": [a.to_dict() for a in self.areas],
            "red_flags": [f.to_dict() for f in self.red_flags],
            "terms": self.terms,
            "checklist": self.checklist(),
            "seconds": round(self.seconds, 4),
        }


# --------------------------------------------------------------------------- #
# Area detection


AreaFn = Callable[[Sequence[str]], list[set[Area]]]


def _rule_areas(texts: Sequence[str]) -> list[set[Area]]:
    return [{a for a, r in AREAS.items() if r.cues.search(t)} for t in texts]


def _classifier_areas(texts: Sequence[str]) -> list[set[Area]]:
    from custos.contract._classify import area_probabilities

    return [
        {Area(k) for k, p in probs.items() if k != "other" and p >= AREA_THRESHOLD}
        for probs in area_probabilities(texts)
    ]


def _hybrid_areas(texts: Sequence[str]) -> list[set[Area]]:
    from custos.contract._classify import area_probabilities

    out = []
    for text, probs in zip(texts, area_probabilities(texts), strict=True):
        areas = {Area(k) for k, p in probs.items() if k != "other" and p >= AREA_THRESHOLD}
        for a, r in AREAS.items():
            if a not in areas and probs[a.value] >= HYBRID_CUE_THRESHOLD and r.cues.search(text):
                areas.add(a)
        out.append(areas)
    return out


AREA_METHODS: dict[Method, AreaFn] = {
    "rules": _rule_areas,
    "classifier": _classifier_areas,
    "hybrid": _hybrid_areas,
}


def _flag_areas(method: Method, texts: Sequence[str], areas: list[set[Area]]) -> list[set[Area]]:
    """The areas whose red flags may fire in each passage: the passage's areas and,
    with the classifier, any area it gives at least ``FLAG_AREA_THRESHOLD``.

    A red-flag pattern is specific (it names its area's risk), so a weaker area
    signal suffices; chosen by cross-validation on the dev half grouped by
    family: flag recall 0.86 at the area threshold, 0.94 at 0.1, precision
    0.99 and 0.95 (BENCHMARKS.md).
    """
    if method == "rules":
        return areas
    from custos.contract._classify import area_probabilities

    return [
        a | {Area(k) for k, p in probs.items() if k != "other" and p >= FLAG_AREA_THRESHOLD}
        for a, probs in zip(areas, area_probabilities(texts), strict=True)
    ]


# --------------------------------------------------------------------------- #
# What a passage says


def _quote(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def flags_in(text: str, areas: set[Area]) -> list[tuple[RedFlag, str]]:
    """The red flags of ``areas`` that ``text`` raises, with the words that matched."""
    hits = []
    for flag in RED_FLAGS:
        if flag.area not in areas:
            continue
        m = flag.pattern.search(text)
        if m is None or (flag.unless is not None and flag.unless.search(text)):
            continue
        hits.append((flag, m.group(0)))
    return hits


def _elements(rules: AreaRules, text: str) -> list[str]:
    return [e.key for e in (*rules.required, *rules.any_of) if e.found(text)]


def _rate(
    rules: AreaRules, found: set[str], flags: list[FlagHit], cited: int
) -> tuple[Rating, str, list[str]]:
    missing = [e.key for e in rules.required if e.key not in found]
    have_any = [e.key for e in rules.any_of if e.key in found]
    short = max(0, rules.min_any - len(have_any))
    missing_desc = [e.description for e in rules.required if e.key not in found]
    if short:
        options = [e for e in rules.any_of if e.key not in found]
        missing += [e.key for e in options]
        missing_desc.append(
            f"{'one' if short == 1 else short} more of: "
            + "; ".join(e.description for e in options)
        )
    if not cited:
        return "missing", "no passage addresses this area", missing
    if flags:
        return (
            "weak",
            "red flag: " + "; ".join(sorted({f.title for f in flags})),
            missing,
        )
    if missing_desc:
        return "weak", "does not state " + "; ".join(missing_desc), missing
    return "strong", "states every element of a strong clause", []


_NOTIFY = re.compile(r"notif|notice|inform|report|alert|tell|advise|warn", re.I)
_RESPOND = re.compile(r"respon|repl(?:y|ies)|acknowledg|answer", re.I)


def _terms(passages: Sequence[Passage], areas: list[set[Area]]) -> dict[str, Any]:
    """The concrete terms, each from the first passage of its area that states it.

    Retention is the longest window the passage names (when every copy is
    gone); a breach notice the shortest period in a passage about notice
    ("within 24 hours, updates every 72 hours"); support response the
    shortest period tied to "respond", "reply" or "acknowledge".
    """
    terms: dict[str, Any] = {}
    for p, a in zip(passages, areas, strict=True):
        text = p.text
        if Area.BREACH in a and "notification_hours" not in terms:
            hours = (
                [to_hours(q) for q in durations(text) if q.unit in ("hour", "day", "week")]
                if _NOTIFY.search(text)
                else []
            )
            if hours:
                terms["notification_hours"] = min(hours)
        if Area.RETENTION in a and "retention_days" not in terms:
            days = [to_days(q) for q in durations(text) if q.unit not in ("minute", "hour")]
            if days:
                terms["retention_days"] = max(days)
        if Area.AUDIT in a and "audit_frequency" not in terms:
            f = frequency(text)
            if f is not None:
                terms["audit_frequency"] = f
        if Area.SLA in a:
            if "uptime_percent" not in terms:
                u = uptime(text)
                if u is not None:
                    terms["uptime_percent"] = u
            if "support_response_hours" not in terms:
                hours = [
                    to_hours(q)
                    for q in durations_near(text, _RESPOND)
                    if q.unit in ("minute", "hour", "day")
                ]
                if hours:
                    terms["support_response_hours"] = min(hours)
    for key in ("notification_hours", "retention_days", "support_response_hours"):
        if key in terms and float(terms[key]).is_integer():
            terms[key] = int(terms[key])
        elif key in terms:
            terms[key] = round(float(terms[key]), 3)
    return terms


def review_passages(
    passages: Sequence[Passage],
    *,
    method: Method = "classifier",
    document: dict[str, Any] | None = None,
) -> Review:
    """Review already-segmented passages (see :func:`review_document`)."""
    started = time.perf_counter()
    texts = [p.text for p in passages]
    areas = AREA_METHODS[method](texts) if texts else []
    flags: list[FlagHit] = []
    per_area: dict[Area, list[Cited]] = {a: [] for a in AREAS}
    found: dict[Area, set[str]] = {a: set() for a in AREAS}
    gates = _flag_areas(method, texts, areas) if texts else []
    for p, a, gate in zip(passages, areas, gates, strict=True):
        for flag, matched in flags_in(p.text, gate):
            a.add(flag.area)  # a passage that raises an area's red flag is about it
            flags.append(
                FlagHit(
                    flag.code,
                    flag.area,
                    flag.title,
                    flag.why,
                    p.index,
                    p.location,
                    matched,
                    _quote(p.text),
                )
            )
        for area in sorted(a):
            keys = _elements(AREAS[area], p.text)
            found[area].update(keys)
            per_area[area].append(Cited(p.index, p.location, _quote(p.text), keys))
    reviews = []
    for area, rules in AREAS.items():
        area_flags = [f for f in flags if f.area is area]
        rating, why, missing = _rate(rules, found[area], area_flags, len(per_area[area]))
        reviews.append(
            AreaReview(
                area=area,
                title=rules.title,
                tier=rules.tier,
                rating=rating,
                why=why,
                passages=per_area[area],
                found=sorted(found[area]),
                missing=missing,
                red_flags=area_flags,
            )
        )
    return Review(
        document=document or {},
        method=method,
        areas=reviews,
        red_flags=flags,
        terms=_terms(passages, areas),
        seconds=time.perf_counter() - started,
    )


def review_document(doc: Document, *, method: Method = "classifier") -> Review:
    """Review a document read by :func:`custos.contract.read_contract`."""
    started = time.perf_counter()
    out = review_passages(
        doc.passages,
        method=method,
        document={
            "name": doc.name,
            "kind": doc.kind,
            "sha256": doc.sha256,
            "pages": doc.pages,
            "characters": doc.characters,
            "passages": len(doc.passages),
        },
    )
    out.seconds = time.perf_counter() - started
    return out
