"""The DICOM confidentiality profile as data: PS3.15 Table E.1-1 and the
safe-private list, loaded from ``custos/deid/data`` and validated.

The table is the standard's, transcribed row by row into
``dicom_confidentiality_profile.csv`` (tag, name, Basic Profile action, one
column per option). This module only reads it, checks every row at once
(a bad table is a configuration error, never a silent fallback) and answers
one question: what to do with a given tag under a given set of options.

Action codes (PS3.15 E.1.1): D dummy, Z zero length (or dummy), X remove,
K keep, C clean, U new consistent UID, and the combined codes Z/D, X/Z, X/D,
X/Z/D, X/Z/U*, which choose by the attribute's Type in the IOD.

How combined codes are resolved here: custos does not look up the Type of each
attribute in each IOD, so it always takes the alternative that keeps the
attribute present (Z/D -> D, X/Z -> Z, X/D -> D, X/Z/D -> D, X/Z/U* -> U*).
That output satisfies a Type 1 requirement where there is one, and it is no
weaker for privacy than removal: a dummy or empty value carries nothing of the
original, and for X/Z/U* the kept sequence has the whole profile applied to
its items (its UIDs remapped, everything else the table lists removed).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from custos.core._errors import ConfigError

PROFILE_FILE = "dicom_confidentiality_profile.csv"
SAFE_PRIVATE_FILE = "dicom_safe_private.csv"

BASIC_ACTIONS = frozenset({"D", "Z", "X", "K", "C", "U", "Z/D", "X/Z", "X/D", "X/Z/D", "X/Z/U*"})
OPTION_ACTIONS = frozenset({"", "K", "C"})
# The option columns, in the standard's order; the names are those of the
# matching DicomOptions fields (retain_modified_dates is its
# retain_longitudinal_temporal).
OPTION_COLUMNS = (
    "retain_safe_private",
    "retain_uids",
    "retain_device_identity",
    "retain_institution_identity",
    "retain_patient_characteristics",
    "retain_full_dates",
    "retain_modified_dates",
    "clean_descriptors",
    "clean_structured_content",
    "clean_graphics",
)
_HEADER = ("tag", "name", "keyword", "in_std_iod", "basic", *OPTION_COLUMNS)
# What each combined code becomes (see the module docstring).
RESOLVED = {"Z/D": "D", "X/Z": "Z", "X/D": "D", "X/Z/D": "D", "X/Z/U*": "U*"}
PRIVATE_PATTERN = "(GGGG,EEEE)"
_TAG = re.compile(r"^\(([0-9A-Fx]{4}),([0-9A-Fx]{4})\)$")


@dataclass(frozen=True)
class ProfileRow:
    """One row of Table E.1-1."""

    tag: str  # as in the table, e.g. "(0010,0010)" or "(60xx,3000)"
    name: str
    keyword: str
    in_std_iod: bool
    basic: str
    options: Mapping[str, str]  # option column -> "K" | "C" (only the non-empty ones)

    def action(self, enabled: Iterable[str]) -> str:
        """The action under the enabled options, combined codes resolved.

        "A requirement for an Option, when implemented, overrides any
        requirement for the underlying Profile" (E.1.1). Where two enabled
        options disagree (only Retain Device Identity K against Modified Dates
        C, on calibration and manufacture dates), C wins: a true calibration
        date next to shifted dates would give the shift away.
        """
        chosen = {self.options[o] for o in enabled if o in self.options}
        if "C" in chosen:
            return "C"
        if "K" in chosen:
            return "K"
        return RESOLVED.get(self.basic, self.basic)


@dataclass(frozen=True)
class ConfidentialityProfile:
    """Table E.1-1, indexed for lookups by tag."""

    edition: str
    rows: tuple[ProfileRow, ...]
    exact: Mapping[int, ProfileRow]
    masked: tuple[tuple[int, int, ProfileRow], ...]  # (mask, value, row)
    private: ProfileRow

    def lookup(self, tag: int) -> ProfileRow | None:
        """The row for ``tag`` (private tags: the private row), or None."""
        if (tag >> 16) % 2 == 1:
            return self.private
        row = self.exact.get(tag)
        if row is not None:
            return row
        for mask, value, masked_row in self.masked:
            if tag & mask == value:
                return masked_row
        return None


def _parse_tag(text: str) -> tuple[int, int] | None:
    """(mask, value) of a table tag; x digits are wildcards."""
    m = _TAG.match(text)
    if m is None:
        return None
    digits = m.group(1) + m.group(2)
    mask = value = 0
    for ch in digits:
        mask <<= 4
        value <<= 4
        if ch != "x":
            mask |= 0xF
            value |= int(ch, 16)
    return mask, value


def _data_lines(name: str) -> tuple[list[str], list[str]]:
    text = resources.files("custos.deid").joinpath("data", name).read_text(encoding="utf-8")
    lines = text.splitlines()
    comments = [line for line in lines if line.startswith("#")]
    return comments, [line for line in lines if line and not line.startswith("#")]


def parse_profile(comments: list[str], lines: list[str]) -> ConfidentialityProfile:
    """Build and validate the profile; every problem is reported at once."""
    problems: list[str] = []
    edition = ""
    for line in comments:
        m = re.match(r"#\s*Edition:\s*(\S+?)[\s.(]", line + " ")
        if m:
            edition = m.group(1)
    if not edition:
        problems.append("the table does not state its edition ('# Edition: ...')")
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None or tuple(header) != _HEADER:
        raise ConfigError(
            "the DICOM profile table has an unexpected header",
            code="deid.profile_invalid",
        )
    rows: list[ProfileRow] = []
    exact: dict[int, ProfileRow] = {}
    masked: list[tuple[int, int, ProfileRow]] = []
    private: ProfileRow | None = None
    for n, rec in enumerate(reader, start=2):
        if len(rec) != len(_HEADER):
            problems.append(f"row {n}: {len(rec)} columns, expected {len(_HEADER)}")
            continue
        tag, name, keyword, std, basic, *opts = rec
        if basic not in BASIC_ACTIONS:
            problems.append(f"row {n} {tag}: unknown basic action {basic!r}")
        bad = [c for c, v in zip(OPTION_COLUMNS, opts, strict=True) if v not in OPTION_ACTIONS]
        if bad:
            problems.append(f"row {n} {tag}: unknown option action in {', '.join(bad)}")
        if std not in ("Y", "N"):
            problems.append(f"row {n} {tag}: in_std_iod must be Y or N")
        row = ProfileRow(
            tag=tag,
            name=name,
            keyword=keyword,
            in_std_iod=std == "Y",
            basic=basic,
            options={c: v for c, v in zip(OPTION_COLUMNS, opts, strict=True) if v},
        )
        rows.append(row)
        if tag == PRIVATE_PATTERN:
            if private is not None:
                problems.append(f"row {n}: a second private-attributes row")
            private = row
            continue
        parsed = _parse_tag(tag)
        if parsed is None:
            problems.append(f"row {n}: malformed tag {tag!r}")
            continue
        mask, value = parsed
        if mask == 0xFFFFFFFF:
            if value in exact:
                problems.append(f"row {n}: duplicate tag {tag}")
            exact[value] = row
        else:
            masked.append((mask, value, row))
    if private is None:
        problems.append("the table has no row for private attributes (GGGG,EEEE)")
    if problems or private is None:
        raise ConfigError(
            f"the DICOM profile table is invalid: {len(problems)} problem(s)",
            code="deid.profile_invalid",
            details=problems,
        )
    return ConfidentialityProfile(
        edition=edition,
        rows=tuple(rows),
        exact=exact,
        masked=tuple(masked),
        private=private,
    )


@cache
def load_profile() -> ConfidentialityProfile:
    """PS3.15 Table E.1-1 as shipped with custos (read once)."""
    comments, lines = _data_lines(PROFILE_FILE)
    return parse_profile(comments, lines)


@dataclass(frozen=True)
class SafePrivate:
    """Private attributes that Retain Safe Private keeps: (creator, group, low byte) -> VR."""

    entries: Mapping[tuple[str, int, int], str]

    def vr_for(self, creator: str, group: int, element: int) -> str | None:
        """The listed VR when (creator, group, element) is safe, else None."""
        return self.entries.get((creator.strip(), group, element & 0xFF))


@cache
def load_safe_private() -> SafePrivate:
    _comments, lines = _data_lines(SAFE_PRIVATE_FILE)
    reader = csv.reader(lines)
    header = next(reader, None)
    if header != ["creator", "group", "element", "vr", "meaning"]:
        raise ConfigError(
            "the safe-private table has an unexpected header", code="deid.profile_invalid"
        )
    entries: dict[tuple[str, int, int], str] = {}
    problems: list[str] = []
    for n, rec in enumerate(reader, start=2):
        try:
            creator, group_hex, elem_hex, vr, _meaning = rec
            group, elem = int(group_hex, 16), int(elem_hex, 16)
        except ValueError:
            problems.append(f"row {n}: malformed")
            continue
        if group % 2 == 0 or not 0 <= elem <= 0xFF or len(vr) != 2:
            problems.append(f"row {n}: not a private (odd group, xx element) entry")
            continue
        entries[(creator, group, elem)] = vr
    if problems:
        raise ConfigError(
            "the safe-private table is invalid", code="deid.profile_invalid", details=problems
        )
    return SafePrivate(entries=entries)
