"""The markup machinery shared by the blind de-identification sets' generators.

Each generator (``make_deid_blind3.py`` and later) holds its notes written with
inline markup ``[[CAT|surface text]]`` and calls :func:`write`; this module
strips the markup, computes character offsets, validates every note (offsets,
categories, overlaps, every other occurrence of a marked string also marked
unless allowed, 300-950 characters) and writes one JSON object per line:

    {"note_id", "patient", "text", "spans": [[start, end, CATEGORY], ...]}

Stdlib only: the generators run as plain scripts (``python bench/data/...``),
which puts this folder on ``sys.path``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

CATEGORIES = {
    "NAME",
    "DATE",
    "AGE",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "ADDRESS",
    "CITY",
    "ZIP",
    "ID",
}
ALIAS = {
    "N": "NAME",
    "D": "DATE",
    "A": "AGE",
    "PH": "PHONE",
    "FX": "FAX",
    "EM": "EMAIL",
    "HP": "HEALTH_PLAN",
    "ACCT": "ACCOUNT",
    "LIC": "LICENSE",
    "VEH": "VEHICLE",
    "DEV": "DEVICE",
    "ADDR": "ADDRESS",
    "C": "CITY",
    "Z": "ZIP",
}

# (note_id, patient, marked-up text, allowed unmarked repeats)
Note = tuple[str, str, str, tuple[str, ...]]


MARK = re.compile(r"\[\[([A-Z_]+)\|([^\[\]|]+?)\]\]")


def render(body: str) -> tuple[str, list[list]]:
    body = body.strip("\n") + "\n"
    out: list[str] = []
    spans: list[list] = []
    pos = 0
    length = 0
    for m in MARK.finditer(body):
        chunk = body[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        cat = ALIAS.get(m.group(1), m.group(1))
        if cat not in CATEGORIES:
            raise ValueError(f"unknown category {m.group(1)!r}")
        surface = m.group(2)
        spans.append([length, length + len(surface), cat])
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), spans


def _bounded(s: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)", re.IGNORECASE)


def validate(rec: dict, allow: tuple[str, ...]) -> list[str]:
    errs: list[str] = []
    text, spans = rec["text"], rec["spans"]
    if "[[" in text or "]]" in text:
        errs.append("markup left in text")
    prev_end = -1
    for s, e, cat in spans:
        if cat not in CATEGORIES:
            errs.append(f"bad category {cat}")
        if not (0 <= s < e <= len(text)):
            errs.append(f"span out of range {s},{e}")
            continue
        if s < prev_end:
            errs.append(f"overlap/unsorted at {s}")
        prev_end = e
        frag = text[s:e]
        if frag != frag.strip():
            errs.append(f"whitespace at edge: {frag!r}")
    covered = [False] * len(text)
    for s, e, _ in spans:
        for i in range(s, e):
            covered[i] = True
    # strings to look for unmarked: each marked string (>=3 chars) and each
    # >=3-char token of NAME spans
    probes: set[str] = set()
    for s, e, cat in spans:
        frag = text[s:e]
        if len(frag) >= 3:
            probes.add(frag)
        if cat == "NAME":
            for tok in re.findall(r"[^\W\d_][\w'-]*", frag):
                tok = tok.strip("'-")
                if len(tok) >= 3:
                    probes.add(tok)
    allow_l = {a.lower() for a in allow}
    for p in sorted(probes):
        if p.lower() in allow_l:
            continue
        for m in _bounded(p).finditer(text):
            if not all(covered[m.start() : m.end()]):
                errs.append(f"unmarked occurrence of {p!r} at {m.start()}")
    return errs


def build(notes: list[Note]) -> list[dict]:
    recs = []
    seen = set()
    problems = 0
    for nid, patient, body, allow in notes:
        if nid in seen:
            raise ValueError(f"duplicate id {nid}")
        seen.add(nid)
        text, spans = render(body)
        rec = {"note_id": nid, "patient": patient, "text": text, "spans": spans}
        # check markup surfaces against offsets
        surfaces = [m.group(2) for m in MARK.finditer(body)]
        for (s, e, _), surf in zip(spans, surfaces, strict=True):
            if text[s:e] != surf:
                print(f"{nid}: offset mismatch {surf!r}", file=sys.stderr)
                problems += 1
        errs = validate(rec, allow)
        n = len(text)
        if not 300 <= n <= 950:
            errs.append(f"length {n} outside 300-950")
        for e in errs:
            print(f"{nid}: {e}", file=sys.stderr)
        problems += len(errs)
        recs.append(rec)
    if problems:
        raise SystemExit(f"{problems} validation problem(s)")
    return recs


def write(out: Path, notes: list[Note]) -> None:
    """Validate ``notes`` and write them to ``out`` (exits on any problem)."""
    recs = build(notes)
    with out.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-check
    counts: dict[str, int] = {}
    chars = 0
    with out.open(encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for line in lines:
        r = json.loads(line)
        chars += len(r["text"])
        for _s, _e, c in r["spans"]:
            counts[c] = counts.get(c, 0) + 1
    print(f"wrote {out} : {len(lines)} notes, {chars} chars, {sum(counts.values())} spans")
    for c in sorted(counts, key=lambda k: -counts[k]):
        print(f"  {c:12s} {counts[c]}")
