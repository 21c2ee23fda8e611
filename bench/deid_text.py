"""Benchmark the clinical text de-identifier against Presidio, offline.

Run from the repository root::

    python -m bench.deid_text                  # 500 notes, writes BENCHMARKS.md
    python -m bench.deid_text --quick --no-write

Both detectors read the same held-out synthetic corpus
(:func:`custos.deid._corpus.generate` at a seed the detector was not tuned
on; see that module for how the corpus is built, including the names the
detector's lexicon does not know):

1. custos: :class:`custos.deid._text.Deidentifier` (patterns, name lexicon and
   context; no model);
2. Presidio: ``AnalyzerEngine`` with all its predefined English recognizers
   and the default score threshold, on an offline NLP engine (a blank spaCy
   English pipeline: tokens, no NER model, so no PERSON or LOCATION entities
   can be found; nothing is downloaded). Presidio's e-mail recognizer calls
   tldextract, which fetches the public suffix list by default; it is pointed
   at the snapshot bundled with tldextract instead. Overlapping Presidio
   results are reduced to the highest-scoring, longest span.

Scores: recall per gold category, precision per predicted category, at span
level (exact boundaries; any overlap) and token level, category-blind as in
the i2b2 de-identification evaluations; notes per second is detection only,
single process. The results replace the ``## De-identification (text)``
section of BENCHMARKS.md.

The same run also scores both tools on a blind hand-written set
(``bench/data/deid_text_blind.jsonl``, ``--blind PATH``): 40 notes written and
annotated by hand without reading the detector's rules or the corpus
templates. One JSON object per line: ``note_id``, ``patient``, ``text`` and
``spans`` (``[start, end, category]``). Bare years and ages up to 89 are not
annotated (Safe Harbor); hospital and facility names, room and bed numbers
are not identifiers there, so a tool that flags them is charged a false span.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench._env import environment
from bench._markdown import write_section
from custos.deid._corpus import GoldSpan, Note, evaluate, generate
from custos.deid._text import CATEGORIES, Deidentifier

ROOT = Path(__file__).resolve().parent.parent
SECTION = "## De-identification (text)"
TUNE_SEED = 1  # the seed the rules were tuned on (reported for the record)
HELDOUT_SEED = 20260917
DATA = ROOT / "bench" / "data"
# The hand-written set the per-category figures and the comparison are shown
# on: written for session 14, measured once blind, then its misses were read
# (see SET_HISTORY), so this report prints its miss kinds and false spans.
BLIND = DATA / "deid_text_blind4.jsonl"
# Sets whose misses were read after they had been measured blind: second
# opinions, not blind measures.
BLIND_SEEN = (DATA / "deid_text_blind.jsonl", DATA / "deid_text_blind2.jsonl")
# Sets reported by their totals only (no per-item output, no miss kinds, no
# false spans), so that they stay blind across rounds of rules.
BLIND_FRESH = (
    DATA / "deid_text_blind3.jsonl",
    DATA / "deid_text_blind5.jsonl",
    DATA / "deid_text_blind6.jsonl",
)
# Development sets the rules were tuned on (not a measure).
DEV_SETS = (
    DATA / "deid_text_dev.jsonl",
    DATA / "deid_text_dev2.jsonl",
    DATA / "deid_text_dev3.jsonl",
    DATA / "deid_text_dev4.jsonl",
)
# How each blind set has been used so far (for the report): a set loses its
# blindness the moment its misses are read, so each says when that happened.
SET_HISTORY = {
    "deid_text_blind.jsonl": (
        "Written blind, but its misses were read after two rounds of rule changes (sessions "
        "11 and 12). Token recall 0.787 (before session 11) -> 0.890 (after session 12) -> "
        "0.928 (after session 13) -> the figure below."
    ),
    "deid_text_blind2.jsonl": (
        "Written for session 13; its false spans and miss kinds were printed by this report "
        "from then on and read in session 14. Token recall 0.936 (before session 13) -> "
        "0.962 (after it) -> the figure below."
    ),
    "deid_text_blind3.jsonl": (
        "Written for session 13 by a writer who read neither the rules nor the other sets; "
        "items never read. Totals measured after session 13's dev2 rules (token recall "
        "0.907 / precision 0.959), after its dev3 rules (0.922 / 0.956), after session 14's "
        "first two rounds of rules (0.940 / 0.950), and the figure below (session 14's "
        "final rules)."
    ),
    "deid_text_blind4.jsonl": (
        "Written for session 14 by a writer who read neither the rules nor the other sets. "
        "Measured blind twice, totals only: with session 13's final rules (commit b54b0b0) "
        "token recall 0.924 / precision 0.945, span recall 0.916 / precision 0.929; with "
        "session 14's first two rounds (commit 369e148) 0.932 / 0.944, span 0.927 / 0.927. "
        "Then its misses were read and a third round of rules written from them, so the "
        "table below is tuned on it."
    ),
    "deid_text_blind5.jsonl": (
        "Written during session 14 by a writer who read neither the rules nor the other "
        "sets. Totals measured twice: after session 14's third round of rules (token "
        "recall 0.950 / precision 0.928, span recall 0.953) and the figure below (its final "
        "rules, after a fourth round written from a new development set, dev4)."
    ),
    "deid_text_blind6.jsonl": (
        "Written at the end of session 14 by a writer who read neither the rules nor the "
        "other sets; measured once, with session 14's final rules, totals only: the figure "
        "below."
    ),
}

# What each hand-written set holds (for the report).
SET_NOTES = {
    "deid_text_blind4.jsonl": (
        "ED, inpatient, discharge, nursing, social-work, pharmacy, radiology and pathology "
        "notes, telephone and portal messages, outside-records letters, consults, OR and "
        "anaesthesia, home health, hospice, behavioural health, paediatric, obstetric, dental, "
        "rehab, case-management, chaplaincy, interpreter, incident and research notes; names "
        "from many countries in every form (initials, user names, lower case, other "
        "scripts), look-alikes left unannotated (scores, doses, eponyms, brands, facilities)."
    ),
    "deid_text_blind.jsonl": (
        "ED, discharge, nursing, consult letters, radiology, pathology, telephone, "
        "social-work, EMS, ICU, hospice and medication-reconciliation notes, typed the way "
        "clinicians type them (abbreviations, lower-case and nicknamed names, names that are "
        "common words, foreign, hyphenated and accented names, initials, dates in many "
        "styles, phone numbers with extensions and pagers, device serials, plates, IP "
        "addresses), with eponyms, drugs, doses, labs, vitals, ICD codes, rooms and beds "
        "that are not identifiers."
    ),
    "deid_text_blind2.jsonl": (
        "A representative mix written to be diverse rather than hard: ED, H&P, progress, "
        "discharge, nursing and hand-off notes, telephone encounters, social work, case "
        "management, consult and referral letters, radiology, pathology, operative, EMS, "
        "ICU, hospice, psychiatry, paediatric, obstetric, rehab and pharmacy notes, portal "
        "messages and prior-authorisation letters; names from many backgrounds in every "
        "form (full, LAST, FIRST, first or last only, initials, nicknames, lower case, a "
        "username signature); look-alikes left unannotated (eponyms such as Ivor Lewis, "
        "Morison, Breslow and Bishop; visual acuity, prep scores, pain scores, CPT/ICD codes, "
        "device models, room and chair numbers, a pharmacy store number; facility and "
        "company names that hold a town or a person's name)."
    ),
}

_PRESIDIO_MAP = {
    "PERSON": "NAME",
    "DATE_TIME": "DATE",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "US_SSN": "SSN",
    "URL": "URL",
    "IP_ADDRESS": "IP",
    "LOCATION": "CITY",
    "US_DRIVER_LICENSE": "LICENSE",
    "MEDICAL_LICENSE": "LICENSE",
    "US_PASSPORT": "LICENSE",
    "US_BANK_NUMBER": "ACCOUNT",
}


def env_info() -> dict[str, str]:
    return environment("presidio-analyzer", "spacy", "faker", "custos")


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    category: str


class PresidioOffline:
    """Presidio's default recognizers on a blank spaCy pipeline (no NER model)."""

    def __init__(self) -> None:
        import spacy
        import tldextract
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
        from presidio_analyzer.predefined_recognizers.generic import email_recognizer

        # The bundled public suffix snapshot, never the network.
        offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
        email_recognizer.tldextract = type("_T", (), {"extract": staticmethod(offline)})
        engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "blank-en"}])
        engine.nlp = {"en": spacy.blank("en")}
        self.analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def find(self, text: str) -> list[_Span]:
        results = self.analyzer.analyze(text=text, language="en")
        results.sort(key=lambda r: (-r.score, -(r.end - r.start), r.start))
        taken: list[_Span] = []
        for r in results:
            if any(s.start < r.end and r.start < s.end for s in taken):
                continue
            taken.append(_Span(r.start, r.end, _PRESIDIO_MAP.get(r.entity_type, "ID")))
        return sorted(taken, key=lambda s: s.start)


def run_tool(
    name: str, make: Callable[[], Any], notes: Sequence[Note], progress: Callable[[str], None]
) -> dict[str, Any]:
    progress(f"{name}: loading")
    t0 = time.perf_counter()
    tool = make()
    tool.find("warm-up: Dr. Smith saw the patient on 3/14/2021.")
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = [list(tool.find(note.text)) for note in notes]
    detect_s = time.perf_counter() - t0
    progress(f"{name}: {len(notes) / detect_s:.1f} notes/s; scoring")
    metrics = evaluate(tool, notes)
    return {
        "name": name,
        "load_s": load_s,
        "notes_per_s": len(notes) / detect_s,
        "metrics": metrics,
        "found": found,
    }


def _fmt(x: float) -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


def _count(row: dict[str, Any], rate: str, total: str) -> str:
    """How many of ``total`` the ``rate`` leaves out (misses, or false spans)."""
    value = row.get(rate, float("nan"))
    if isinstance(value, float) and math.isnan(value):
        return "0"
    return f"{round(row[total] * (1 - value)):,}"


def _overall_cells(r: dict[str, Any]) -> str:
    """The category-blind cells of a tool's row: span (overlap, exact) and token
    recall and precision, then missed identifiers and false spans."""
    m = r["metrics"]
    a = m["overlap"]["ALL"]
    return (
        f"| {r['name']} | {_fmt(a['recall'])} | {_fmt(a['precision'])} "
        f"| {_fmt(m['exact']['ALL']['recall'])} | {_fmt(m['exact']['ALL']['precision'])} "
        f"| {_fmt(m['token']['ALL']['recall'])} | {_fmt(m['token']['ALL']['precision'])} "
        f"| {_count(a, 'recall', 'gold')} | {_count(a, 'precision', 'predicted')}"
    )


def render(
    env: dict[str, str],
    notes: Sequence[Note],
    results: list[dict[str, Any]],
    argv: list[str],
    blind: Sequence[Note] = (),
    blind_results: Sequence[dict[str, Any]] = (),
    blind_path: Path = BLIND,
    dev: Sequence[Sequence[Note]] = (),
    dev_results: Sequence[Sequence[dict[str, Any]]] = (),
    seen: Sequence[Sequence[Note]] = (),
    seen_results: Sequence[Sequence[dict[str, Any]]] = (),
    fresh: Sequence[Sequence[Note]] = (),
    fresh_results: Sequence[Sequence[dict[str, Any]]] = (),
) -> str:
    n_names = sum(1 for n in notes for g in n.spans if g.category == "NAME")
    n_oov = sum(1 for n in notes for g in n.spans if g.tag == "oov")
    n_gold = sum(len(n.spans) for n in notes)
    chars = sum(len(n.text) for n in notes)
    lines = [
        SECTION,
        "",
        "Finding the HIPAA Safe Harbor identifiers in clinical notes: custos "
        "(`custos.deid._text.Deidentifier`: patterns, a name lexicon from Faker's person "
        "lists and context rules; no model) against Presidio's predefined recognizers run "
        "offline (`AnalyzerEngine` on a blank spaCy English pipeline, default score "
        "threshold; without an NER model it finds no person names or places). Corpus: "
        f"{len(notes)} synthetic notes from `custos.deid._corpus.generate` at the held-out "
        f"seed {HELDOUT_SEED} (the rules were tuned on seed {TUNE_SEED}), {chars:,} characters, "
        f"{n_gold:,} gold identifiers, of which {n_names:,} names; {n_oov:,} of the names "
        f"({n_oov / max(n_names, 1):.0%}) hold a word from a Faker locale the detector's "
        "lexicon does not read or an invented one, which the lexicon cannot know. Discharge "
        "summaries, "
        "progress, radiology, referral, telephone and nursing notes with eponyms, drugs, "
        "doses, vitals and labs that are not identifiers.",
        "",
        f"- Date: {env['date']}",
        f"- Machine: {env['cores']} cores, {env['cpu']}, Python {env['python']}",
        f"- Versions: presidio-analyzer {env['presidio-analyzer']}, spaCy {env['spacy']} "
        f"(no model), Faker {env['faker']}",
        "- Reproduce: `python -m bench.deid_text" + "".join(" " + x for x in argv) + "`",
        "",
        "Overall (category-blind: an identifier counts as found when any detected span covers it):",
        "",
        "| Tool | Span recall (overlap) | Span precision (overlap) | Span recall (exact) "
        "| Span precision (exact) | Token recall | Token precision | Missed identifiers "
        "| False spans | Notes/s | Load s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(_overall_cells(r) + f" | {r['notes_per_s']:.1f} | {r['load_s']:.1f} |")
    lines += [
        "",
        "Per category (recall by gold category, precision by the category the tool gave; "
        "token level, then span overlap):",
        "",
        "| Category | Gold | "
        + " | ".join(
            f"{r['name']} token R | {r['name']} token P | {r['name']} span R" for r in results
        )
        + " |",
        "|---|---:|" + "---:|" * (3 * len(results)),
    ]
    cats = [*CATEGORIES, "NAME (not in lexicon)"]
    for cat in cats:
        gold = results[0]["metrics"]["overlap"].get(cat, {}).get("gold", 0)
        if not gold:
            continue
        cells = []
        for r in results:
            t = r["metrics"]["token"].get(cat, {})
            o = r["metrics"]["overlap"].get(cat, {})
            cells += [
                _fmt(t.get("recall", float("nan"))),
                _fmt(t.get("precision", float("nan"))),
                _fmt(o.get("recall", float("nan"))),
            ]
        lines.append(f"| {cat} | {gold:,} | " + " | ".join(cells) + " |")
    custos = results[0]["metrics"]
    rec = custos["token"]["ALL"]["recall"]
    prec = custos["token"]["ALL"]["precision"]
    for notes_d, results_d, path_d in zip(dev, dev_results, DEV_SETS, strict=False):
        lines += ["", render_dev(notes_d, list(results_d), path_d)]
    for notes_f, results_f, path_f in zip(fresh, fresh_results, BLIND_FRESH, strict=False):
        if results_f:
            lines += ["", render_fresh(notes_f, list(results_f), path_f)]
    if blind_results:
        lines += ["", render_blind(blind, list(blind_results), blind_path)]
    for notes_s, results_s, path_s in zip(seen, seen_results, BLIND_SEEN, strict=False):
        if results_s:
            lines += ["", render_seen(notes_s, list(results_s), path_s)]
    goal = [
        "",
        "Goal (from the issue): recall at least 0.99 with precision at least 0.90. On the "
        f"held-out synthetic corpus custos reaches token recall {rec:.3f} and precision "
        f"{prec:.3f} ({'met' if rec >= 0.99 and prec >= 0.90 else '**not met**'} on that "
        "corpus). Read that as a regression check, not as the accuracy on real notes: the "
        "held-out seed changes the random draws (people, numbers, dates, which sentences) but "
        "not the note templates, and templates and rules were written by the same project, "
        "side by side.",
    ]
    for path_f, results_f in zip(BLIND_FRESH, fresh_results, strict=False):
        if not results_f:
            continue
        f = results_f[0]["metrics"]
        frec, fprec = f["token"]["ALL"]["recall"], f["token"]["ALL"]["precision"]
        met = frec >= 0.99 and fprec >= 0.90
        goal[-1] += (
            f" On `{path_f.name}`, reported by totals only, custos reaches token recall "
            f"{frec:.3f} and precision {fprec:.3f} (span recall "
            f"{f['overlap']['ALL']['recall']:.3f}): the goal is "
            f"{'met' if met else '**not met**'} there."
        )
    goal[-1] += (
        " The set measured blind last (the last of those) is the most honest figure here;"
        " the sets whose misses have been read overstate accuracy."
    )
    if blind_results:
        b = blind_results[0]["metrics"]
        brec, bprec = b["token"]["ALL"]["recall"], b["token"]["ALL"]["precision"]
        srec, sprec = b["overlap"]["ALL"]["recall"], b["overlap"]["ALL"]["precision"]
        met = brec >= 0.99 and bprec >= 0.90
        goal[-1] += (
            f" On `{blind_path.name}` (its misses read, rules written from them) custos "
            f"reaches token recall {brec:.3f} and precision {bprec:.3f} (span recall "
            f"{srec:.3f}, precision {sprec:.3f}; goal {'met' if met else '**not met**'} "
            f"there). These sets are small ({len(blind)} notes each or so) and synthetic, "
            "so they show how far the template corpus overstates accuracy rather than "
            "measuring real notes."
        )
    goal[-1] += (
        " Published results on real notes are MIT deid recall 0.967 / precision 0.749 and "
        "Philter recall about 0.99 / precision about 0.75; custos has not been measured on "
        "real notes (i2b2 2014 or similar, which need a data use agreement)."
    )
    lines += [*goal, ""]
    return "\n".join(lines)


def load_blind(path: Path) -> list[Note]:
    """The hand-written notes, as :class:`Note` objects for :func:`evaluate`."""
    notes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        o = json.loads(line)
        spans = tuple(sorted(GoldSpan(a, b, c) for a, b, c in o["spans"]))
        notes.append(Note(o["note_id"], o["patient"], "blind", o["text"], spans))
    return notes


_WEEKDAY = re.compile(r"(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$")
_MONTH = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b")
_COMMON_WORD_NAMES = {"rose", "hope", "faith", "will", "bill", "mark", "joy", "grace", "meg"}


def _miss_kind(text: str, g: GoldSpan) -> str:
    """A description of a gold identifier's form, without its text."""
    t = text[g.start : g.end]
    words = t.replace(",", " ").split()
    before = text[max(0, g.start - 5) : g.start].lower()
    if g.category == "NAME":
        if t.lower() in _COMMON_WORD_NAMES:
            return "first name that is also a common English word"
        if re.fullmatch(r"([A-Z]\.)+|[A-Z]{1,3}|[a-z]{1,3}", t) or re.search(r"[A-Z]\.\s*\w", t):
            return "initials or initial + surname"
        if t.islower():
            return "lower-case name"
        if t.isupper():
            return "ALL-CAPS name (header)"
        if re.search(r"(dr\.?|rn|emt|lt\.?|rev\.|mr\.|mrs\.|ms\.)\s*$", before):
            return "surname or name after a title (Dr/Mr/RN ...)"
        if len(words) == 1:
            return "single first name or nickname (family member, bare)"
        return "full name (first + last, foreign, hyphenated or accented)"
    if g.category == "DATE":
        if _WEEKDAY.match(t):
            return "weekday name"
        if t.lower() in {"christmas", "thanksgiving", "easter"}:
            return "holiday"
        if _MONTH.search(t):
            return "date with a month name (Mar 3, 3rd of March, Jan)"
        if re.fullmatch(r"\d{1,2}/\d{1,2}", t):
            return "day/month without year (3/5)"
        return "numeric date with year"
    if g.category == "PHONE":
        if re.fullmatch(r"[\d-]{1,6}", t):
            return "short pager number or internal extension"
        if re.search(r"(?i)x|ext", t):
            return "phone with extension"
        return "full phone number"
    if g.category == "AGE":
        return "age over 89 as a decade (in her 90s)" if t.endswith("s") else "age over 89"
    if g.category == "ADDRESS" and not re.match(r"\d", t):
        return "street name without house number"
    return "any"


def misses(notes: Sequence[Note], found: Sequence[Sequence[Any]]) -> Counter[tuple[str, str]]:
    """Gold identifiers no detected span overlaps, by (category, form)."""
    out: Counter[tuple[str, str]] = Counter()
    for note, spans in zip(notes, found, strict=True):
        for g in note.spans:
            if not any(s.start < g.end and g.start < s.end for s in spans):
                out[(g.category, _miss_kind(note.text, g))] += 1
    return out


def false_spans(notes: Sequence[Note], found: Sequence[Sequence[Any]]) -> Counter[str]:
    """Detected spans that overlap no gold identifier, by the text they cover.

    These are non-identifiers (eponyms, drugs, facility names, numbers), so
    their text can be shown.
    """
    out: Counter[str] = Counter()
    for note, spans in zip(notes, found, strict=True):
        for s in spans:
            if not any(s.start < g.end and g.start < s.end for g in note.spans):
                out[f"{note.text[s.start : s.end]!r} as {s.category}"] += 1
    return out


def _totals_table(results: Sequence[dict[str, Any]]) -> list[str]:
    """The category-blind totals of each tool on a hand-written set, as table lines."""
    return [
        "| Tool | Span recall (overlap) | Span precision (overlap) | Span recall (exact) "
        "| Span precision (exact) | Token recall | Token precision | Missed identifiers "
        "| False spans |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(_overall_cells(r) + " |" for r in results),
    ]


def render_dev(
    notes: Sequence[Note], results: list[dict[str, Any]], path: Path = DEV_SETS[0]
) -> str:
    """A development set: what the rules were last tuned on, so not a measure."""
    n_gold = sum(len(n.spans) for n in notes)
    lines = [
        f"Development set (`bench/data/{path.name}`, {len(notes)} hand-written notes, "
        f"{n_gold:,} gold identifiers; written without reading the rules or the blind set, "
        "then used to find and fix missed forms, so these figures are tuned on and are not a "
        "measure of accuracy):",
    ]
    lines += ["", *_totals_table(results)]
    return "\n".join(lines)


def render_fresh(notes: Sequence[Note], results: list[dict[str, Any]], path: Path) -> str:
    """A blind set reported by its totals and nothing else, so it stays blind."""
    gold_cats = Counter(g.category for n in notes for g in n.spans)
    lines = [
        f"Blind set, totals only (`bench/data/{path.name}`, {len(notes)} notes, "
        f"{sum(len(n.text) for n in notes):,} characters, "
        f"{sum(len(n.spans) for n in notes)} gold identifiers: "
        f"{', '.join(f'{c} {k}' for c, k in gold_cats.most_common())}); a representative "
        "mix of note types from many specialties, names from many backgrounds in every form. "
        "This report never prints its items, the kinds of its misses or its false spans. "
        + SET_HISTORY.get(path.name, ""),
    ]
    lines += ["", *_totals_table(results)]
    return "\n".join(lines)


def render_seen(notes: Sequence[Note], results: list[dict[str, Any]], path: Path) -> str:
    """A blind set whose misses have been read: a second opinion, not a blind measure."""
    lines = [
        f"An earlier blind set, now seen (`bench/data/{path.name}`, {len(notes)} notes, "
        f"{sum(len(n.spans) for n in notes)} gold identifiers). " + SET_HISTORY.get(path.name, ""),
    ]
    lines += ["", *_totals_table(results)]
    return "\n".join(lines)


def render_blind(notes: Sequence[Note], results: list[dict[str, Any]], path: Path) -> str:
    n_gold = sum(len(n.spans) for n in notes)
    chars = sum(len(n.text) for n in notes)
    gold_cats = Counter(g.category for n in notes for g in n.spans)
    try:
        shown = path.resolve().relative_to(ROOT)
    except ValueError:
        shown = path
    lines = [
        f"Hand-written set ({len(notes)} notes, written without seeing the rules): "
        f"`{shown}`, {chars:,} characters, {n_gold:,} gold identifiers "
        f"({', '.join(f'{c} {k}' for c, k in gold_cats.most_common())}). "
        + SET_NOTES.get(path.name, "")
        + " Annotation: names of patients, relatives and staff (user names included) are "
        "NAME; bare years and ages up to 89 are not annotated; hospital, facility and "
        "pharmacy names are not annotated (a tool flagging them is charged a false span); "
        "room and bed numbers are not identifiers. Written and annotated in one sitting by "
        "one writer who did not read the rules, so it is small and carries one annotator's "
        "judgement. "
        + SET_HISTORY.get(path.name, "")
        + " The blind sets reported by their totals only, above, are the better measure.",
        "",
        *_totals_table(results),
    ]
    lines += [
        "",
        f"Per category on `{path.name}` (recall by gold category; token level, then span overlap):",
        "",
        "| Category | Gold | "
        + " | ".join(f"{r['name']} token R | {r['name']} span R" for r in results)
        + " |",
        "|---|---:|" + "---:|" * (2 * len(results)),
    ]
    for cat in CATEGORIES:
        gold = gold_cats.get(cat, 0)
        if not gold:
            continue
        cells = []
        for r in results:
            t = r["metrics"]["token"].get(cat, {})
            o = r["metrics"]["overlap"].get(cat, {})
            cells += [_fmt(t.get("recall", float("nan"))), _fmt(o.get("recall", float("nan")))]
        lines.append(f"| {cat} | {gold:,} | " + " | ".join(cells) + " |")
    for r in results:
        miss = misses(notes, r["found"])
        lines += [
            "",
            f"{r['name']} misses on `{path.name}`, by kind (identifiers not overlapped):",
            "",
        ]
        if not miss:
            lines.append("- none")
        for (cat, kind), k in sorted(miss.items(), key=lambda x: (-x[1], x[0])):
            lines.append(f"- {cat}, {kind}: {k}")
        fp = false_spans(notes, r["found"])
        if fp:
            top = ", ".join(f"{t} ({k})" for t, k in fp.most_common(15))
            more = len(fp) - 15
            lines += [
                "",
                f"{r['name']} false spans on `{path.name}` ({sum(fp.values())}; most common): "
                + top
                + (f", and {more} more distinct." if more > 0 else "."),
            ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.deid_text", description=__doc__)
    p.add_argument("--notes", type=int, default=500)
    p.add_argument("--seed", type=int, default=HELDOUT_SEED)
    p.add_argument("--quick", action="store_true", help="100 notes")
    p.add_argument("--no-presidio", action="store_true")
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--json", type=Path, help="also write raw results here")
    p.add_argument(
        "--blind", type=Path, default=BLIND, help="hand-written JSONL set (default: %(default)s)"
    )
    a = p.parse_args(argv)
    if a.quick:
        a.notes = 100

    def progress(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    env = env_info()
    notes = generate(a.notes, seed=a.seed)
    results = [run_tool("custos", Deidentifier, notes, progress)]
    if not a.no_presidio:
        results.append(run_tool("Presidio (offline)", PresidioOffline, notes, progress))

    def both(hand: Sequence[Note]) -> list[dict[str, Any]]:
        out = [run_tool("custos", Deidentifier, hand, progress)]
        if not a.no_presidio:
            out.append(run_tool("Presidio (offline)", PresidioOffline, hand, progress))
        return out

    dev = [load_blind(path) for path in DEV_SETS]
    dev_results = [both(d) for d in dev]
    blind = load_blind(a.blind)
    blind_results = both(blind)
    seen = [load_blind(path) if path != a.blind else [] for path in BLIND_SEEN]
    seen_results = [both(s) if s else [] for s in seen]
    fresh = [load_blind(path) if path != a.blind else [] for path in BLIND_FRESH]
    fresh_results = [both(f) if f else [] for f in fresh]
    section = render(
        env,
        notes,
        results,
        argv,
        blind,
        blind_results,
        a.blind,
        dev,
        dev_results,
        seen,
        seen_results,
        fresh,
        fresh_results,
    )
    print(section)
    if a.json:
        raw = {
            "env": env,
            "results": [{k: v for k, v in r.items() if k != "found"} for r in results],
            "blind": [{k: v for k, v in r.items() if k != "found"} for r in blind_results],
        }
        a.json.write_text(json.dumps(raw, indent=2, default=str))
    if not a.no_write:
        write_section(a.out, SECTION, section)
        progress(f"wrote {SECTION!r} to {a.out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
