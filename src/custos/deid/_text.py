"""De-identifying clinical free text: notes on disk in, notes with surrogates out.

:class:`Deidentifier` finds the HIPAA Safe Harbor identifiers in a note
(:mod:`custos.deid._text_detect`, fully offline: patterns, a name lexicon and
context; then :mod:`custos.deid._text_tagger`, a CRF trained on the project's
labelled notes whose model ships with the package, adds the tokens it marks
outside the rules' finds) and replaces each with a keyed surrogate
(:mod:`custos.deid._text_surrogates`): the same original gets the same
surrogate in all of one patient's notes, dates move by the patient's
:func:`date_shift_days` in their own spelling, ages over 89 become "90+".

:func:`deidentify_text` runs it over a ``.txt`` file, a directory of ``.txt``
notes (recursively) or a ``.jsonl`` file of
``{"patient": ..., "note_id": ..., "text": ...}`` records, and mirrors the input
under ``out``.

Which patient a note belongs to (what keeps surrogates and date shifts
consistent) is, for JSON Lines, the ``patient`` field. For plain files it is
chosen by ``patient_key``:

* ``"mrn"`` (default): the first medical record number labelled in the note
  ("MRN: 123456"), else the file's relative path (each unlabelled file is then
  its own patient);
* ``"folder"``: the first folder under ``src`` (``notes/<patient>/<note>.txt``),
  else the file;
* ``"file"``: every file is its own patient.

Names found in one of a patient's notes are looked for in all of them, so a
surname introduced as "Mrs. Okafor" in one note is removed where it appears
alone in another.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from custos.core._errors import ConfigError, Conflict, InvalidInput
from custos.data._loader import file_sha256
from custos.deid import _text_surrogates as sur
from custos.deid._common import (
    DeidReport,
    DeidSecret,
    RelinkTable,
    date_shift_days,
    patient_pseudonym,
)
from custos.deid._text_detect import (
    CATEGORIES,
    NameFinder,
    Span,
    after_name,
    find_all,
    is_username,
    not_inert,
    with_logins,
)
from custos.deid._text_lexicon import fold
from custos.deid._text_tagger import TextTagger, default_tagger

__all__ = ["CATEGORIES", "Deidentifier", "Span", "deidentify_text"]

MAX_BYTES = 64 * 1024 * 1024
METHOD = (
    "custos text de-identifier: HIPAA Safe Harbor categories by patterns, a name lexicon and "
    "context, plus a CRF token tagger trained on the project's labelled notes (offline, shipped "
    "with the package); keyed per-patient surrogates, dates shifted per patient"
)
_MRN = re.compile(
    r"\b(?:mrn|mr\s?#|medical record(?: number| no\.?| #)?|unit (?:no\.?|number))\s*[:#]?\s*"
    r"(?P<v>[A-Z0-9][A-Z0-9-]{2,24})\b",
    re.IGNORECASE,
)
# Categories whose surrogate is many-to-one (not re-linkable) or re-linked by
# the date shift the secret reproduces.
_NO_RELINK = frozenset({"AGE", "ZIP", "DATE", "NAME_INITIAL"})


@dataclass
class _Patient:
    """One patient's surrogates so far: original -> surrogate and back, per kind."""

    key: str
    forward: dict[tuple[str, str], str] = field(default_factory=dict)
    used: dict[tuple[str, str], str] = field(default_factory=dict)
    # (kind, surrogate) -> the original as first written, for surrogates that
    # stand for exactly one original (what :meth:`Deidentifier.reverse` gives)
    shown: dict[tuple[str, str], str] = field(default_factory=dict)
    ambiguous: set[tuple[str, str]] = field(default_factory=set)
    # the note being replaced: a new surrogate that already stands in it as a
    # plain word ("arm B", "Cedar-Riverside") is passed over, or the way back
    # would turn that word into the original too
    text: str = ""


class Deidentifier:
    """Find and replace the identifiers in clinical notes.

    Parameters
    ----------
    secret:
        The hospital's secret; needed by :meth:`redact`, not by :meth:`find`.
    relink:
        Where to record surrogate -> original pairs (optional).
    tagger:
        The learned token tagger that adds to the rules' finds
        (:mod:`custos.deid._text_tagger`): the shipped model by default,
        ``None`` for the rules alone.
    """

    def __init__(
        self,
        secret: DeidSecret | None = None,
        *,
        relink: RelinkTable | None = None,
        tagger: TextTagger | Literal["default"] | None = "default",
    ):
        self.secret = secret
        self.relink = relink
        self.names = NameFinder()
        self.tagger = default_tagger() if tagger == "default" else tagger
        self.counts: Counter[str] = Counter()
        self._patients: dict[str, _Patient] = {}

    # -- finding -------------------------------------------------------------

    def find(self, text: str, *, known_names: Iterable[str] = ()) -> list[Span]:
        """The identifiers in ``text``, sorted and never overlapping.

        ``known_names`` are name words found in the patient's other notes.
        """
        spans = find_all(text, self.names, known_names)
        if self.tagger is not None:
            spans = not_inert(text, with_logins(text, self.tagger.extend(text, spans)))
        return _whole_usernames(text, _after_names(text, spans))

    def name_words(self, text: str, spans: Sequence[Span]) -> set[str]:
        """The words of the names among ``spans`` (for :meth:`find`'s ``known_names``)."""
        words: set[str] = set()
        for s in spans:
            if s.category == "NAME":
                words.update(w for w in re.findall(r"[^\W\d_]{2,}", text[s.start : s.end]))
        return words

    # -- replacing -----------------------------------------------------------

    # -- the way back (the gateway re-identifies vendor responses) -------------

    @staticmethod
    def _remember(st: _Patient, kind: str, surrogate: str, original: str) -> None:
        """Record ``surrogate -> original`` unless the surrogate already stands
        for another original (a many-to-one surrogate cannot be reversed)."""
        key = (kind, surrogate)
        if key in st.ambiguous:
            return
        prev = st.shown.get(key)
        # Two spellings of one day ("1/5/2020", "01/05/2020") share a shifted
        # surrogate: either spelling is a faithful way back, keep the first.
        if prev is not None and kind != "DATE" and fold(prev) != fold(original):
            del st.shown[key]
            st.ambiguous.add(key)
            return
        st.shown.setdefault(key, original)

    def reverse(self, patient: str) -> dict[tuple[str, str], str]:
        """``(category, surrogate) -> original`` for the patient's surrogates
        that stand for one original each: names (and initials), numbers,
        addresses, and the dates as written (a date the vendor derived goes
        back by :meth:`date_shift`). Never ages over 89 or ZIP codes."""
        st = self._patients.get(patient)
        return dict(st.shown) if st is not None else {}

    def date_shift(self, patient: str) -> int:
        """How many days the patient's dates were moved."""
        return date_shift_days(self._secret(), patient)

    def forget(self, patient: str) -> None:
        """Drop the patient's surrogate mapping (e.g. when its retention ends)."""
        self._patients.pop(patient, None)

    def _secret(self) -> DeidSecret:
        if self.secret is None:
            raise ConfigError(
                "replacing identifiers needs the de-identification secret",
                code="deid.secret_missing",
            )
        return self.secret

    def patient_pseudonym(self, patient: str) -> str:
        """The patient's keyed pseudonym (what a JSON Lines output carries)."""
        return patient_pseudonym(self._secret(), patient)

    def _state(self, patient: str) -> _Patient:
        st = self._patients.get(patient)
        if st is None:
            st = self._patients[patient] = _Patient(key=patient)
        return st

    def _assign(
        self, st: _Patient, kind: str, original: str, make: Any, *, shown: str | None = None
    ) -> str:
        """The patient's surrogate for ``original``: stable, and never shared by
        two originals of one patient (a collision takes the next candidate)."""
        key = (kind, original)
        got = st.forward.get(key)
        if got is not None:
            return got
        unique = False
        fallback: str | None = None
        for attempt in range(64):
            cand: str = make(attempt)
            owner = st.used.get((kind, cand))
            if (owner is None or owner == original) and fold(cand) != fold(original):
                if not _stands_in(cand, st.text):
                    unique = True
                    break
                fallback = fallback or cand
        else:
            if fallback is not None:
                cand, unique = fallback, True
        st.forward[key] = cand
        st.used[(kind, cand)] = original
        if unique and (kind not in _NO_RELINK or kind == "NAME_INITIAL"):
            self._remember(st, kind, cand, original if shown is None else shown)
        if self.relink is not None and kind not in _NO_RELINK and unique:
            self.relink.add(
                f"text.{kind.lower()}",
                f"{self.patient_pseudonym(st.key)}|{cand}",
                original if shown is None else shown,
            )
        return cand

    def _name(self, st: _Patient, value: str) -> str:
        secret = self._secret()
        if is_username(value):
            # A user name or handle ("mvasquez2", "bmore_runner88") is one
            # token: replaced whole, so the way back finds it whole too.
            letters = re.sub(r"[^a-z]", "", value.lower()) or "user"
            digits = "".join(c for c in value if c.isdigit())
            return self._assign(
                st,
                "USERNAME",
                value,
                lambda a: sur.name_word(secret, st.key, letters, a).lower() + digits,
            )

        def word(m: re.Match[str]) -> str:
            w = m.group()
            if len(w) == 1:
                return (
                    self._assign(
                        st, "NAME_INITIAL", w.upper(), lambda a: sur.initial(secret, st.key, w, a)
                    )
                    if w.isupper()
                    else w
                )
            sub = self._assign(
                st, "NAME", fold(w), lambda a: sur.name_word(secret, st.key, w, a), shown=w
            )
            cased = sur.match_case(sub, w)
            shown = st.shown.get(("NAME", sub))
            if cased.islower() and (shown or "").lower() == w.lower():
                self._remember(st, "NAME", cased, w)  # "sergio" goes back too
            elif cased != sub and shown is not None and sur.match_case(shown, cased) != w:
                # One name written two ways ("Trần" and the chart's "TRAN"): the
                # upper-case surrogate goes back to the upper-case spelling.
                self._remember(st, "NAME", cased, w)
            elif (
                cased == sub
                and shown is not None
                and shown != w
                and (shown.isupper() or shown.islower())
                and not (w.isupper() or w.islower())
            ):
                # The chart's "LEBLANC" came first, then "LeBlanc" in the text:
                # the surrogate as written goes back to the spelling as written,
                # its upper (or lower) case to the first one.
                st.shown[("NAME", sub)] = w
                self._remember(st, "NAME", sur.match_case(sub, shown), shown)
            return cased

        return re.sub(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*", word, value)

    def _replace(self, st: _Patient, s: Span, value: str, anchor: date | None) -> str:
        secret = self._secret()
        p = st.key
        cat = s.category
        if cat == "NAME":
            return self._name(st, value)
        if cat == "DATE":
            shifted = sur.shift_date(value, date_shift_days(secret, p), anchor)
            if shifted is None:
                # A date with no shifted spelling (a holiday): a numbered
                # placeholder, one per distinct date, so the way back is exact.
                key = ("DATE-PLACEHOLDER", fold(value))
                placeholder = st.forward.get(key)
                if placeholder is None:
                    k = 1 + sum(1 for kind, _ in st.forward if kind == "DATE-PLACEHOLDER")
                    placeholder = f"[DATE {k}]"
                    st.forward[key] = placeholder
                self._remember(st, "DATE", placeholder, value)
                return placeholder
            self._remember(st, "DATE", shifted[0], value)
            return shifted[0]
        if cat == "AGE":
            return "90+"
        if cat == "ZIP":
            return sur.zip_code(value)
        makers: dict[str, Any] = {
            "CITY": lambda a: sur.city(secret, p, value, a),
            "ADDRESS": lambda a: sur.street(secret, p, value, a),
            "EMAIL": lambda a: sur.email(secret, p, value, a),
            "URL": lambda a: sur.url(secret, p, value, a),
            "IP": lambda a: sur.ip(secret, p, value, a),
            "SSN": lambda a: sur.ssn(secret, p, value, a),
        }
        make = makers.get(cat, lambda a: sur.number(secret, p, cat, value, a))
        return self._assign(st, cat, value, make)

    def redact(self, text: str, *, patient: str, spans: Sequence[Span] | None = None) -> str:
        """``text`` with every identifier replaced by the patient's surrogate."""
        if spans is None:
            spans = self.find(text)
        st = self._state(patient)
        st.text = text
        try:
            return self._redact(st, text, spans)
        finally:
            st.text = ""

    def _redact(self, st: _Patient, text: str, spans: Sequence[Span]) -> str:
        out: list[str] = []
        pos = 0
        anchor: date | None = None
        for s in sorted(spans):
            value = text[s.start : s.end]
            if s.category == "DATE":
                parsed = sur.parse_date(value, anchor)
                new = self._replace(st, s, value, anchor)
                if parsed is not None and parsed[0] in ("ymd", "mdy_name", "dmy_name", "mdy_num"):
                    anchor = parsed[2]
            else:
                new = self._replace(st, s, value, anchor)
            self.counts[s.category] += 1
            out.append(text[pos : s.start])
            out.append(new)
            pos = s.end
        out.append(text[pos:])
        return "".join(out)


def _stands_in(word: str, text: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a word of its own (any case)."""
    if not text or word.lower() not in text.lower():
        return False
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE) is not None


def _after_names(text: str, spans: list[Span]) -> list[Span]:
    """What stands right after a name and is an identifier too (an age over 89
    in brackets or after the sex, a quoted nickname, a badge number), after the
    rules' names and the tagger's alike: "Achterberg, Wilhelmina (95)"."""
    added: list[Span] = []
    for s in spans:
        if s.category != "NAME":
            continue
        extra = after_name(text, s.end)
        if extra is not None and not any(
            o.start < extra.end and extra.start < o.end for o in (*spans, *added)
        ):
            added.append(extra)
    return sorted([*spans, *added], key=lambda s: (s.start, s.end)) if added else spans


# A word of user-name characters: letters, digits and "._" joints.
# An "@" before it is the handle's mark, never part of it (an e-mail address
# is found whole before this runs).
_HANDLE_CHUNK = re.compile(
    r"(?<![\w.@-])@?(?P<h>[a-z0-9]+(?:[._][a-z0-9]+)+_*|[a-z0-9]+_+)(?![\w@-]|\.\w)"
)


def _whole_usernames(text: str, spans: list[Span]) -> list[Span]:
    """Widen a name found inside a user name to the whole of it: "k.mori" and
    "j.smith2" are one identifier, replaced as one token (so the way back finds
    it whole), not a kept "k." before a replaced "mori"."""
    if not any(s.category == "NAME" for s in spans) or ("." not in text and "_" not in text):
        return spans
    out = list(spans)
    for m in _HANDLE_CHUNK.finditer(text):
        a, b = m.span("h")
        inside = [s for s in out if s.start < b and a < s.end]
        if (
            not inside
            or not any(s.category == "NAME" for s in inside)
            or any((s.start < a or s.end > b) and s.category != "NAME" for s in inside)
            or (len(inside) == 1 and (inside[0].start, inside[0].end) == (a, b))
            or not is_username(m.group("h"))
        ):
            continue
        if not any(
            any(c.isalpha() for c in text[s.start : a] + text[b : s.end]) for s in inside
        ) and any(s.start < a or s.end > b for s in inside):
            continue  # "v.k.": the name already holds the whole handle and its dot
        # A name that runs into the handle ("CRA cra_mlopez") keeps its words
        # outside it; the handle becomes one span of its own.
        kept = []
        for s in inside:
            left = text[s.start : a].rstrip(" \t@")
            if s.start < a and any(c.isalpha() for c in left):
                kept.append(Span(s.start, s.start + len(left), s.category))
            right = text[b : s.end]
            lead = len(right) - len(right.lstrip(" \t"))
            if s.end > b and any(c.isalpha() for c in right):
                kept.append(Span(b + lead, s.end, s.category))
        out = [s for s in out if s not in inside] + kept + [Span(a, b, "NAME")]
    return sorted(out, key=lambda s: (s.start, s.end))


# --- files ---------------------------------------------------------------------


@dataclass
class _Note:
    rel: str  # output path relative to out (files) or "" (jsonl)
    patient: str
    text: str
    record: dict[str, Any] | None = None
    spans: list[Span] = field(default_factory=list)


def _decode(data: bytes, where: str, problems: list[tuple[str, str]]) -> str | None:
    if b"\0" in data:
        problems.append(("deid.text_binary", f"{where}: binary content (NUL bytes), not text"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(
            ("deid.text_encoding", f"{where}: not valid UTF-8 (byte offset {exc.start})")
        )
        return None


def _check_size(path: Path, where: str, max_bytes: int, problems: list[tuple[str, str]]) -> bool:
    size = path.stat().st_size
    if size > max_bytes:
        problems.append(
            ("deid.text_too_large", f"{where}: {size} bytes, over the limit of {max_bytes}")
        )
        return False
    return True


def _patient_of(rel: Path, text: str, mode: str) -> str:
    if mode == "mrn":
        m = _MRN.search(text)
        if m and any(c.isdigit() for c in m.group("v")):
            return "mrn:" + m.group("v").upper()
    if mode == "folder" and len(rel.parts) > 1:
        return "folder:" + rel.parts[0]
    return "file:" + rel.as_posix()


def _load(src: Path, patient_key: str, max_bytes: int) -> tuple[str, list[_Note], list[str]]:
    """Read and check every input before anything is written."""
    problems: list[tuple[str, str]] = []
    notes: list[_Note] = []
    warnings: list[str] = []
    if src.is_dir():
        files = sorted(p for p in src.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
        links = [p for p in files if p.is_symlink()]
        if links:
            warnings.append(f"{len(links)} symbolic link(s) skipped")
        files = [p for p in files if not p.is_symlink()]
        if not files:
            raise InvalidInput("the input folder holds no .txt notes", code="deid.text_no_input")
        kind = "dir"
        for i, p in enumerate(files):
            where = f"file {i + 1} of {len(files)}"
            if not _check_size(p, where, max_bytes, problems):
                continue
            text = _decode(p.read_bytes(), where, problems)
            if text is not None:
                rel = p.relative_to(src)
                notes.append(_Note(rel.as_posix(), _patient_of(rel, text, patient_key), text))
    elif src.is_file() and src.suffix.lower() == ".jsonl":
        kind = "jsonl"
        if _check_size(src, "the input file", max_bytes, problems):
            with src.open("rb") as f:
                for n, raw in enumerate(f, start=1):
                    if not raw.strip():
                        continue
                    line = _decode(raw, f"line {n}", problems)
                    if line is None:
                        continue
                    try:
                        rec = json.loads(line)
                    except ValueError:
                        problems.append(("deid.text_jsonl_invalid", f"line {n}: not JSON"))
                        continue
                    if (
                        not isinstance(rec, dict)
                        or not isinstance(rec.get("text"), str)
                        or not isinstance(rec.get("patient"), str | int)
                        or isinstance(rec.get("patient"), bool)
                    ):
                        problems.append(
                            (
                                "deid.text_jsonl_invalid",
                                f"line {n}: needs a string 'text' and a 'patient' string or number",
                            )
                        )
                        continue
                    notes.append(_Note("", str(rec["patient"]), rec["text"], record=rec))
    elif src.is_file() and src.suffix.lower() == ".txt":
        kind = "txt"
        if _check_size(src, "the input file", max_bytes, problems):
            text = _decode(src.read_bytes(), "the input file", problems)
            if text is not None:
                rel = Path(src.name)
                notes.append(_Note(rel.as_posix(), _patient_of(rel, text, patient_key), text))
    elif not src.exists():
        raise InvalidInput("the input does not exist", code="deid.text_no_input")
    else:
        raise InvalidInput(
            "the input must be a .txt file, a folder of .txt notes or a .jsonl file",
            code="deid.text_unsupported",
        )
    if problems:
        codes = {c for c, _ in problems}
        raise InvalidInput.from_violations(
            "the notes cannot be de-identified",
            [d for _, d in problems],
            code=codes.pop() if len(codes) == 1 else "deid.text_invalid",
        )
    return kind, notes, warnings


def deidentify_text(
    src: Path,
    out: Path,
    *,
    secret: DeidSecret,
    relink: Path | None = None,
    patient_key: Literal["mrn", "folder", "file"] = "mrn",
    max_bytes: int = MAX_BYTES,
) -> DeidReport:
    """De-identify the notes at ``src`` into ``out`` (a new folder).

    Parameters
    ----------
    src:
        A ``.txt`` note, a folder of ``.txt`` notes (searched recursively) or a
        ``.jsonl`` file of ``{"patient", "note_id", "text"}`` records.
    out:
        The output folder; must not exist or be empty. It receives the notes
        under their relative paths (or ``<name>.jsonl``, each record's
        ``patient`` replaced by its keyed pseudonym and fields other than
        ``patient``, ``note_id`` and ``text`` dropped). The report is returned,
        not written: the caller (the CLI) puts it beside the output.
    secret:
        The hospital's de-identification secret.
    relink:
        Where to write (or merge into) the encrypted surrogate -> original table.
    patient_key:
        How plain files are grouped into patients (see the module docstring).
    max_bytes:
        The largest input file accepted.

    Raises
    ------
    InvalidInput
        Missing, binary, non-UTF-8, oversized or malformed input (every
        problem listed; nothing is written).
    Conflict
        ``out`` exists and is not empty.
    """
    if patient_key not in ("mrn", "folder", "file"):
        raise ConfigError("patient_key is one of mrn, folder, file", code="deid.text_option")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise Conflict("the output folder exists and is not empty", code="deid.output_exists")
    kind, notes, warnings = _load(src, patient_key, max_bytes)

    table = RelinkTable() if relink is not None else None
    deid = Deidentifier(secret, relink=table)
    # Pass 1: find; pass 2: look for each patient's name words in all their notes.
    by_patient: dict[str, set[str]] = {}
    for note in notes:
        note.spans = deid.find(note.text)
        by_patient.setdefault(note.patient, set()).update(deid.name_words(note.text, note.spans))
    for note in notes:
        known = by_patient.get(note.patient, set())
        if known - deid.name_words(note.text, note.spans):
            note.spans = deid.find(note.text, known_names=known)

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    try:
        outputs: list[str] = []
        if kind == "jsonl":
            dropped: set[str] = set()
            name = src.name
            with (tmp / name).open("w", encoding="utf-8") as f:
                for note in notes:
                    assert note.record is not None
                    rec = note.record
                    dropped.update(k for k in rec if k not in ("patient", "note_id", "text"))
                    new: dict[str, Any] = {"patient": deid.patient_pseudonym(note.patient)}
                    if "note_id" in rec:
                        new["note_id"] = rec["note_id"]
                    new["text"] = deid.redact(note.text, patient=note.patient, spans=note.spans)
                    f.write(json.dumps(new, ensure_ascii=False) + "\n")
            if table is not None:
                for note in notes:
                    table.add("patient_id", deid.patient_pseudonym(note.patient), note.patient)
            if dropped:
                warnings.append(
                    f"{len(dropped)} record field(s) other than patient, note_id, text dropped"
                )
            outputs.append(name)
        else:
            for note in notes:
                target = tmp / note.rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(
                    deid.redact(note.text, patient=note.patient, spans=note.spans), encoding="utf-8"
                )
                outputs.append(note.rel)
        report = DeidReport(
            kind="text",
            method=METHOD,
            options={
                "patient_key": patient_key if kind != "jsonl" else "jsonl field",
                "max_bytes": max_bytes,
                "relink": relink is not None,
                "tagger_model_sha256": deid.tagger.model_sha256 if deid.tagger else None,
                "tagger_threshold": deid.tagger.threshold if deid.tagger else None,
            },
            counts={c: deid.counts.get(c, 0) for c in CATEGORIES},
            details={
                "input": kind,
                "notes": len(notes),
                "patients": len({n.patient for n in notes}),
                "identifiers_replaced": sum(deid.counts.values()),
            },
            warnings=warnings,
            outputs={rel: file_sha256(tmp / rel) for rel in outputs},
            secret_fingerprint=secret.fingerprint,
        )
        if out.exists():
            out.rmdir()
        os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if table is not None and relink is not None:
        table.save(relink, secret)
    return report
