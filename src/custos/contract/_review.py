"""Review a contract against the playbook: per area a rating, the passages it
rests on, the red flags, the concrete terms, and what to insist on.

Two steps per passage:

1. **Which areas is it about?** The area detector. ``rules`` uses the
   playbook's cue words; ``classifier`` a TF-IDF logistic regression trained on
   the development half of our labelled passages (:mod:`custos.contract._classify`);
   ``hybrid`` (the default) takes the classifier's areas and adds an area whose
   cues match when the classifier gives it some weight. Chosen on the held-out
   half (``bench/contract_review.py``, BENCHMARKS.md).
2. **What does it say?** The elements of a strong clause and the terms
   (:mod:`custos.contract._terms`) are rules, and so are the red-flag patterns
   (a flag counts only in a passage about its area): each finding quotes the
   words that matched. With ``classifier`` and ``hybrid`` a learned red-flag
   detector (:mod:`custos.contract._classify`) adds the flags the patterns miss
   where it is at least :data:`FLAG_MODEL_THRESHOLD` sure; such a flag says so
   (``source: model``), with its score and the words that weighed most. The
   patterns know the phrasings they were written on; the detector reaches
   other phrasings, less precisely: on the held-out half it raised per-contract
   red-flag recall from 0.585 to 0.792 and lowered precision from 0.738 to
   0.600 (BENCHMARKS.md). ``flag_threshold=None`` reviews with the patterns
   alone.

An area with no passage is *missing*; with a red flag, or without every
element a strong clause has, *weak*; otherwise *strong*.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from custos.contract._classify import PassageModel
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
    "FLAG_MODEL_THRESHOLD",
    "AreaReview",
    "FlagHit",
    "Method",
    "Review",
    "detect_areas",
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
# The learned detector's probability from which it raises a flag the patterns
# did not: the lowest at which, in 5-fold cross-validation on the dev half
# grouped by template family, its flags alone were right at least three times
# in four per contract (python -m bench.contract_review --cv).
FLAG_MODEL_THRESHOLD = 0.5
# The detector's training passages are whole clauses of six words or more; a
# shorter passage (a heading the reader kept, a signature line) is nothing it
# has learned about, so it raises no flag there.
FLAG_MODEL_MIN_WORDS = 6
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
    # "rule": a playbook pattern matched ``matched``; "model": the learned detector
    # gave the code ``score``, ``cues`` being the words that weighed most.
    source: Literal["rule", "model"] = "rule"
    score: float | None = None
    cues: tuple[str, ...] = ()

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
            "source": self.source,
            "score": None if self.score is None else round(self.score, 3),
            "cues": list(self.cues),
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
    # How red flags were found: "rules", or "rules+model" (the learned detector too).
    flag_detection: str = "rules"

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
            "flag_detection": self.flag_detection,
            "ratings": self.ratings,
            "areas": [a.to_dict() for a in self.areas],
            "red_flags": [f.to_dict() for f in self.red_flags],
            "terms": self.terms,
            "checklist": self.checklist(),
            "seconds": round(self.seconds, 4),
        }


# --------------------------------------------------------------------------- #
# Area detection


Probabilities = list[dict[str, float]]
AreaFn = Callable[[Sequence[str], Probabilities], list[set[Area]]]


def _rule_areas(texts: Sequence[str], _: Probabilities) -> list[set[Area]]:
    return [{a for a, r in AREAS.items() if r.cues.search(t)} for t in texts]


def _classifier_areas(_: Sequence[str], probs: Probabilities) -> list[set[Area]]:
    return [
        {Area(k) for k, p in ps.items() if k != "other" and p >= AREA_THRESHOLD} for ps in probs
    ]


def _hybrid_areas(texts: Sequence[str], probs: Probabilities) -> list[set[Area]]:
    out = []
    for text, ps in zip(texts, probs, strict=True):
        areas = {Area(k) for k, p in ps.items() if k != "other" and p >= AREA_THRESHOLD}
        for a, r in AREAS.items():
            if a not in areas and ps[a.value] >= HYBRID_CUE_THRESHOLD and r.cues.search(text):
                areas.add(a)
        out.append(areas)
    return out


AREA_METHODS: dict[Method, AreaFn] = {
    "rules": _rule_areas,
    "classifier": _classifier_areas,
    "hybrid": _hybrid_areas,
}


def detect_areas(
    texts: Sequence[str], *, method: Method = "classifier", model: PassageModel | None = None
) -> list[set[Area]]:
    """The areas each passage is about, by ``method`` (``model``: the shipped one)."""
    if method == "rules" or not texts:
        return _rule_areas(texts, [])
    return AREA_METHODS[method](texts, _model(model).area_probabilities(texts))


def _model(model: PassageModel | None) -> PassageModel:
    if model is not None:
        return model
    from custos.contract._classify import shipped

    return shipped()


def _flag_areas(areas: list[set[Area]], probs: Probabilities | None) -> list[set[Area]]:
    """The areas whose red flags may fire in each passage: the passage's areas and,
    with the classifier, any area it gives at least ``FLAG_AREA_THRESHOLD``.

    A red-flag pattern is specific (it names its area's risk), so a weaker area
    signal suffices; chosen by cross-validation on the dev half grouped by
    family: flag recall 0.86 at the area threshold, 0.94 at 0.1, precision
    0.99 and 0.95 (BENCHMARKS.md).
    """
    if probs is None:
        return areas
    return [
        a | {Area(k) for k, p in ps.items() if k != "other" and p >= FLAG_AREA_THRESHOLD}
        for a, ps in zip(areas, probs, strict=True)
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
    model: PassageModel | None = None,
    flag_threshold: float | None = FLAG_MODEL_THRESHOLD,
) -> Review:
    """Review already-segmented passages (see :func:`review_document`).

    ``model`` is the passage model of ``classifier`` and ``hybrid`` (default: the
    shipped one); ``flag_threshold`` the learned detector's threshold (None: the
    patterns alone). ``rules`` uses neither.
    """
    started = time.perf_counter()
    texts = [p.text for p in passages]
    probs: Probabilities | None = None
    learned: Probabilities | None = None
    if method != "rules" and texts:
        probs, learned = _model(model).scores(texts)
        areas = AREA_METHODS[method](texts, probs)
    else:
        areas = _rule_areas(texts, [])
    use_model = method != "rules" and flag_threshold is not None
    flags: list[FlagHit] = []
    per_area: dict[Area, list[Cited]] = {a: [] for a in AREAS}
    found: dict[Area, set[str]] = {a: set() for a in AREAS}
    gates = _flag_areas(areas, probs)
    for i, (p, a, gate) in enumerate(zip(passages, areas, gates, strict=True)):
        hits = [
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
            for flag, matched in flags_in(p.text, gate)
        ]
        if use_model and learned is not None:
            assert flag_threshold is not None
            hits += _learned_hits(
                p, learned[i], flag_threshold, {h.code for h in hits}, _model(model)
            )
        for hit in hits:
            a.add(hit.area)  # a passage that raises an area's red flag is about it
        flags += hits
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
        flag_detection="rules+model" if use_model else "rules",
    )


_FLAGS = {f.code: f for f in RED_FLAGS}


def _learned_hits(
    p: Passage, scores: dict[str, float], threshold: float, seen: set[str], model: PassageModel
) -> list[FlagHit]:
    """The learned detector's flags in passage ``p`` that the patterns did not raise."""
    if len(p.text.split()) < FLAG_MODEL_MIN_WORDS:
        return []
    out = []
    for code, score in scores.items():
        if score < threshold or code in seen:
            continue
        flag = _FLAGS[code]
        out.append(
            FlagHit(
                code,
                flag.area,
                flag.title,
                flag.why,
                p.index,
                p.location,
                "",
                _quote(p.text),
                source="model",
                score=score,
                cues=tuple(model.cues(p.text, code)),
            )
        )
    return out


def review_document(
    doc: Document,
    *,
    method: Method = "classifier",
    flag_threshold: float | None = FLAG_MODEL_THRESHOLD,
) -> Review:
    """Review a document read by :func:`custos.contract.read_contract`."""
    started = time.perf_counter()
    out = review_passages(
        doc.passages,
        method=method,
        flag_threshold=flag_threshold,
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
