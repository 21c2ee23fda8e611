"""Concrete terms in contract text: hours, days, frequencies, uptime.

Hand-written patterns: the quantities are few and their phrasings regular
("within seventy-two (72) hours", "two business days", "99.9% of the time"),
and every match must be explainable by pointing at the words. A parsing
library for free-form durations (e.g. dateparser) reads dates, not
contractual periods, and would still need these anchors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "WORD_NUMBERS",
    "Quantity",
    "durations",
    "durations_near",
    "frequency",
    "to_days",
    "to_hours",
    "uptime",
]

WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "eighteen": 18,
    "twenty": 20,
    "twenty-four": 24,
    "twenty four": 24,
    "thirty": 30,
    "thirty-six": 36,
    "forty-eight": 48,
    "forty eight": 48,
    "sixty": 60,
    "seventy-two": 72,
    "seventy two": 72,
    "ninety": 90,
    "a hundred and eighty": 180,
    "one hundred eighty": 180,
    "one hundred and eighty": 180,
    "a": 1,
    "an": 1,
}
_WORDS = "|".join(sorted((re.escape(w) for w in WORD_NUMBERS if len(w) > 2), key=len, reverse=True))
# "72", "seventy-two (72)", "two", "a"
_NUMBER = (
    rf"(?:(?P<word>{_WORDS})\s*(?:\(\s*(?P<paren>\d+(?:\.\d+)?)\s*\))?"
    r"|(?P<digits>\d+(?:\.\d+)?)|(?P<article>an?))"
)
_UNIT = (
    r"(?P<business>business\s+|working\s+|calendar\s+)?"
    r"(?P<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
)
_DURATION = re.compile(rf"\b{_NUMBER}[\s-]*{_UNIT}\b", re.IGNORECASE)
_UNIT_HOURS = {
    "minute": 1 / 60,
    "hour": 1.0,
    "day": 24.0,
    "week": 168.0,
    "month": 720.0,
    "year": 8760.0,
}
_UNIT_DAYS = {k: v / 24.0 for k, v in _UNIT_HOURS.items()}


@dataclass(frozen=True)
class Quantity:
    """A duration found in text: ``value`` ``unit`` at ``span`` of the text."""

    value: float
    unit: str  # minute, hour, day, week, month, year
    business: bool
    span: tuple[int, int]
    text: str


def _unit(raw: str) -> str:
    raw = raw.lower()
    for key in ("minute", "min", "hour", "hr", "day", "week", "month", "year"):
        if raw.startswith(key):
            return {"hr": "hour", "min": "minute"}.get(key, key)
    raise ValueError(raw)


def durations(text: str) -> list[Quantity]:
    """Every duration in ``text``, in order."""
    out = []
    for m in _DURATION.finditer(text):
        if m.group("paren"):
            value = float(m.group("paren"))
        elif m.group("digits"):
            value = float(m.group("digits"))
        elif m.group("word"):
            value = float(WORD_NUMBERS[m.group("word").lower()])
        else:
            value = 1.0
        out.append(
            Quantity(
                value=value,
                unit=_unit(m.group("unit")),
                business=bool(m.group("business"))
                and m.group("business").strip().lower() in ("business", "working"),
                span=m.span(),
                text=m.group(0),
            )
        )
    return out


def durations_near(text: str, anchor: re.Pattern[str], *, window: int = 100) -> list[Quantity]:
    """Durations within ``window`` characters after a match of ``anchor`` (or half
    that before it): the hours tied to "respond", "notify"..., in order."""
    spans = [m.span() for m in anchor.finditer(text)]
    return [
        q
        for q in durations(text)
        if any(
            0 <= q.span[0] - end <= window or 0 <= start - q.span[1] <= window // 2
            for start, end in spans
        )
    ]


def to_hours(q: Quantity) -> float:
    """A duration in hours (a business day counts as 24 hours, as the playbook reads it)."""
    return q.value * _UNIT_HOURS[q.unit]


def to_days(q: Quantity) -> float:
    return q.value * _UNIT_DAYS[q.unit]


_UPTIME = re.compile(r"(?P<value>\d{2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)", re.IGNORECASE)


def uptime(text: str) -> float | None:
    """An availability percentage between 90 and 100, if the text states one."""
    for m in _UPTIME.finditer(text):
        value = float(m.group("value"))
        if 90.0 <= value <= 100.0:
            return value
    return None


_FREQUENCIES = (
    ("quarterly", re.compile(r"\b(quarterly|every\s+(three|3)\s+months|each\s+quarter)\b", re.I)),
    (
        "annual",
        re.compile(
            r"\b(annual(ly)?|yearly|once\s+(a|per|each|every)\s+(calendar\s+)?year|"
            r"every\s+(12|twelve)\s+months|(each|every)\s+(calendar\s+)?year|per\s+annum|"
            r"(no more than|not exceeding|at most)\s+(12|twelve)\s+months)\b",
            re.I,
        ),
    ),
    ("biennial", re.compile(r"\b(biennial(ly)?|every\s+(two|2)\s+years)\b", re.I)),
    (
        "on_request",
        re.compile(
            r"\b(upon|on|at)\s+(\w+'s\s+)?(reasonable\s+)?(prior\s+)?(written\s+)?"
            r"(request|notice)\b",
            re.I,
        ),
    ),
)


def frequency(text: str) -> str | None:
    """How often something recurs (``annual``, ``quarterly``, ``biennial``, ``on_request``)."""
    for name, pattern in _FREQUENCIES:
        if pattern.search(text):
            return name
    return None
