"""A learned token tagger that works beside the rules (a linear-chain CRF).

The rules in :mod:`custos.deid._text_detect` find an identifier where a
pattern or a cue says it is one; what they miss on notes nobody tuned them on
is a long tail: names with no title or role around them, towns with no "in" or
state, odd spellings of dates and numbers. A conditional random field over
word, shape, lexicon and context features learns those from the project's
hand-labelled notes (``bench/data/deid_text_*.jsonl``) and marks each token
with a category or ``O``. :class:`custos.deid.Deidentifier` keeps every span
the rules find and adds the tokens the tagger marks outside them.

The CRF is CRFsuite (python-crfsuite, a C library with wheels on PyPI): a
well-kept implementation of exactly this model, trained by L-BFGS with elastic
net regularisation; nothing here reimplements it. The model file ships with
the package (``custos/deid/data/text_tagger.crfsuite``, about 1 MB, trained
offline by ``python -m bench.train_text_tagger``); nothing is downloaded. Its
SHA-256 and the SHA-256 of every file it was trained on are in
``text_tagger.json`` beside it: a model that does not match its manifest is
refused (fail closed), and a test checks that the manifest matches the
labelled files in the repository, so a change to them without retraining is
caught.

``threshold`` trades precision for recall: a token is marked when the
tagger's probability that it is *not* an identifier falls below
``1 - threshold`` (0.5 is the model's own best guess; an everyday English
word needs the model's best guess); the default is :data:`DEFAULT_THRESHOLD`.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from custos.core._errors import ConfigError
from custos.data._loader import file_sha256
from custos.deid._text_detect import (
    EVERYDAY_FREQUENCY,
    ORG_WORDS,
    Span,
    eponym_at,
    md_quantity_words,
    on_a_pain_scale,
    species,
    specimen_part,
)
from custos.deid._text_lexicon import (
    CLINICAL_ABBREVIATIONS,
    MEDICAL,
    NOT_NAME,
    PARTICLES,
    US_STATES,
    fold,
    name_lexicon,
)
from custos.deid._text_places import (
    country_names,
    english_frequency,
    place_names,
    spanish_frequency,
)
from custos.deid._text_surrogates import parse_date

__all__ = [
    "DEFAULT_THRESHOLD",
    "TRAINING",
    "TextTagger",
    "Token",
    "default_tagger",
    "features",
    "tokens",
    "train_model",
]

MODEL_NAME = "text_tagger.crfsuite"
MANIFEST_NAME = "text_tagger.json"
# Chosen by leave-one-set-out over the ten training sets of the first round
# (each scored with a tagger trained on the other nine), pooled token recall /
# precision with the rules: 0.5 -> 0.988 / 0.940, 0.35 -> 0.989 / 0.936,
# 0.25 -> 0.989 / 0.931, 0.15 -> 0.990 / 0.924. On that round's fresh sets
# (blind7, blind8) precision ran about 2.5 pt below the cross-validated one, so
# 0.25 keeps a margin above the 0.90 floor; after the pieces' checks were
# extended, 0.15 would still gain only 0.1 pt of recall for 0.65 pt of precision.
DEFAULT_THRESHOLD = 0.25
# CRFsuite's L-BFGS with L1 and L2 penalties, compared on seven of the sets
# with blind3, blind5 and blind6 held out (0.02/0.02 and 0.1/0.1 differed by
# under 0.3 pt of token recall).
TRAINING: dict[str, Any] = {
    "c1": 0.1,
    "c2": 0.1,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}

# Words and single punctuation marks, the unit the tagger labels. The scorer's
# tokens (runs of word characters) are a subset.
_TOKEN = re.compile(r"\w+|[^\w\s]")
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")
_DIGIT = re.compile(r"\d")
_REPEAT = re.compile(r"(.)\1+")
_FREQUENCY_STEPS = (1, 100, 1000, 10000, 100000)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


def tokens(text: str) -> list[Token]:
    """The tagger's tokens of ``text``: words and single punctuation marks."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    return _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))


def _frequency_step(folded: str) -> str:
    f = english_frequency(folded)
    return str(sum(f >= step for step in _FREQUENCY_STEPS))


@cache
def _lexicons() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    first, last = name_lexicon()
    return first, last, place_names()


@dataclass(frozen=True, slots=True)
class _Word:
    """What a word contributes, wherever it stands (cached per spelling)."""

    own: dict[str, float]  # its own features, as CRFsuite items
    w: str  # folded
    sh: str  # short shape
    title: bool
    first: bool
    last: bool
    freq: str


@lru_cache(maxsize=1 << 16)
def _word(w: str) -> _Word:
    first, last, places = _lexicons()
    folded = fold(w)
    shape = _shape(w)
    short = _REPEAT.sub(r"\1", shape)
    title = w[:1].isupper() and w[1:].islower()
    in_first, in_last = folded in first, folded in last
    freq = _frequency_step(folded)
    own = {
        f"w={folded}": 1.0,
        f"sh={short}": 1.0,
        f"shl={shape[:6]}": 1.0,
        f"len={min(len(w), 8)}": 1.0,
        f"p3={folded[:3]}": 1.0,
        f"p4={folded[:4]}": 1.0,
        f"s2={folded[-2:]}": 1.0,
        f"s3={folded[-3:]}": 1.0,
        f"s4={folded[-4:]}": 1.0,
        f"freq={freq}": 1.0,
    }
    flags = {
        "title": title,
        "upper": w.isupper() and len(w) > 1,
        "first": in_first,
        "last": in_last,
        "place": folded in places,
        "abbr": folded in CLINICAL_ABBREVIATIONS or w in CLINICAL_ABBREVIATIONS,
        "notname": folded in NOT_NAME,
    }
    own.update((k, 1.0) for k, v in flags.items() if v)
    return _Word(own, folded, short, title, in_first, in_last, freq)


_PAD = _Word({}, "<pad>", "<pad>", False, False, False, "")


def features(text: str, toks: Sequence[Token]) -> list[dict[str, float]]:
    """One feature dict per token (CRFsuite's item format: name -> weight).

    A word's own features come from a per-spelling cache; what depends on
    where it stands (the start of its line, the space before it, its
    neighbours up to three tokens away) is added here.
    """
    words = [_word(t.text) for t in toks]
    n = len(toks)
    out: list[dict[str, float]] = []
    for i, tok in enumerate(toks):
        b = words[i]
        item = dict(b.own)
        line_start = text.rfind("\n", 0, tok.start) + 1
        bol = not text[line_start : tok.start].strip()
        if bol:
            item["bol"] = 1.0
        for off in (-3, -2, -1, 1, 2, 3):
            j = i + off
            o = words[j] if 0 <= j < n else _PAD
            item[f"{off}:w={o.w}"] = 1.0
            if off in (-2, -1, 1, 2):
                item[f"{off}:sh={o.sh}"] = 1.0
                if o.title:
                    item[f"{off}:title"] = 1.0
                if o.first:
                    item[f"{off}:first"] = 1.0
                if o.last:
                    item[f"{off}:last"] = 1.0
                if off in (-1, 1) and o is not _PAD:
                    item[f"{off}:freq={o.freq}"] = 1.0
        prev = words[i - 1] if i else _PAD
        nxt = words[i + 1] if i + 1 < n else _PAD
        item[f"w|-1w={b.w}|{prev.w}"] = 1.0
        item[f"w|+1w={b.w}|{nxt.w}"] = 1.0
        item[f"sh|-1sh={b.sh}|{prev.sh}"] = 1.0
        item[f"sh|+1sh={b.sh}|{nxt.sh}"] = 1.0
        if b.title and i > 0 and prev.w not in (".", ":") and not bol:
            item["midtitle"] = 1.0
        if tok.start > 0 and text[tok.start - 1].isspace():
            item["space_before"] = 1.0
        out.append(item)
    return out


def labels(toks: Sequence[Token], spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """The gold label of each token: the category of a span it touches, else ``O``."""
    out = ["O"] * len(toks)
    ordered = sorted(spans)
    k = 0
    for i, t in enumerate(toks):
        while k < len(ordered) and ordered[k][1] <= t.start:
            k += 1
        if k < len(ordered) and ordered[k][0] < t.end:
            out[i] = ordered[k][2]
    return out


def train_model(
    notes: Iterable[tuple[str, Sequence[tuple[int, int, str]]]],
    path: Path,
    params: dict[str, Any] | None = None,
) -> None:
    """Train a tagger on ``(text, [(start, end, category), ...])`` notes into ``path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, spans in notes:
        toks = tokens(text)
        trainer.append(features(text, toks), labels(toks, spans))
    trainer.set_params(dict(params or TRAINING))
    trainer.train(str(path))


def packaged_model() -> tuple[Path, dict[str, Any]]:
    """The shipped model's path and its manifest."""
    data = resources.files("custos.deid").joinpath("data")
    model = Path(str(data.joinpath(MODEL_NAME)))
    manifest = json.loads(data.joinpath(MANIFEST_NAME).read_text("utf-8"))
    return model, manifest


class TextTagger:
    """Marks identifier tokens with the CRF model (the shipped one by default).

    Raises :class:`ConfigError` when the model is missing, does not match its
    manifest or cannot be opened: de-identification must not quietly run with
    less than it claims.
    """

    def __init__(self, model: Path | None = None, *, threshold: float = DEFAULT_THRESHOLD):
        if not 0.0 < threshold <= 0.5:
            raise ConfigError("the tagger's threshold is in (0, 0.5]", code="deid.tagger")
        try:
            import pycrfsuite
        except ImportError as e:  # pragma: no cover - the deid extra installs it
            raise ConfigError(
                "the text tagger needs python-crfsuite (the deid extra)", code="deid.tagger"
            ) from e
        try:
            if model is None:
                model, manifest = packaged_model()
                if file_sha256(model) != manifest["model_sha256"]:
                    raise ConfigError(
                        "the text tagger's model does not match its manifest",
                        code="deid.tagger",
                    )
                self.model_sha256: str = manifest["model_sha256"]
            else:
                self.model_sha256 = file_sha256(model)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
        except ConfigError:
            raise
        except (OSError, ValueError, KeyError, RuntimeError) as e:
            raise ConfigError("the text tagger's model cannot be read", code="deid.tagger") from e
        self._tagger = tagger
        self._labels = [lab for lab in tagger.labels() if lab != "O"]
        self._floor = 1.0 - threshold
        self.threshold = threshold
        # CRFsuite's tagger keeps the sequence it was given; one at a time.
        self._lock = threading.Lock()

    def tag(self, text: str) -> tuple[list[Token], list[str]]:
        """The tokens of ``text`` and the label of each (``O`` or a category)."""
        toks = tokens(text)
        if not toks:
            return toks, []
        items = features(text, toks)
        with self._lock:
            self._tagger.set(items)
            out = list(self._tagger.tag())
            for i, lab in enumerate(out):
                if (
                    lab == "O"
                    and self._tagger.marginal("O", i) < self._floor
                    and not _everyday(toks[i].text)
                ):
                    out[i] = max(self._labels, key=lambda c: self._tagger.marginal(c, i))
        return toks, out

    def extend(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """``spans`` (sorted, not overlapping: the rules' finds) plus what the
        tagger marks outside them.

        The tagger's marks become runs of words with one label, never across
        a line break and never into a span already found: a run that meets
        one is cut around it ("Dr. [Haddad] Karimi": the rules found the
        surname, the tagger adds the given name). Punctuation inside a run
        stays in it; at its ends it is left out.
        """
        toks, labs = self.tag(text)
        taken = sorted((s.start, s.end) for s in spans)
        out = list(spans)
        k = 0
        run: list[Token] = []
        cat = "O"

        def close() -> None:
            if run:
                piece = Span(run[0].start, run[-1].end, cat)
                if _plausible(text, piece, spans):
                    out.append(piece)
                run.clear()

        for tok, lab in zip(toks, labs, strict=True):
            while k < len(taken) and taken[k][1] <= tok.start:
                k += 1
            marked = lab != "O" and not (k < len(taken) and taken[k][0] < tok.end)
            if run and (
                not marked
                or lab != cat
                or "\n" in text[run[-1].end : tok.start]
                or tok.text in _DELIMITERS
            ):
                close()
            if marked and _is_word(tok.text):
                if not run:
                    cat = lab
                run.append(tok)
        close()
        return sorted(out, key=lambda s: (s.start, s.end))


# A structure's delimiters, never inside one identifier: a run that meets one
# ends there ("SH [555-0188]": the number, not the DICOM dump's VR and bracket).
_DELIMITERS = frozenset("[]{}<>=|^")
# What stands before a value that is not an identifier: a DICOM dump's tag
# ("(0010,1040) LO [...]": LO is the value's representation) or a vCard's or
# iCalendar's BEGIN/END line ("BEGIN:VCARD").
_NOT_A_VALUE_BEFORE = re.compile(r"(?:\([0-9A-Fa-f]{4},[0-9A-Fa-f]{4}\)[ \t]*|\b(?:BEGIN|END):)$")
# Categories the tagger does not add on its own: an age over 89 and a ZIP code
# are numbers that vitals ("HR 96"), scores and billing codes ("CPT 99223")
# also are, and the rules already take them where the text says what they are.
_RULES_ONLY = frozenset({"AGE", "ZIP"})
# What may stand between a date the rules found and a piece of it the tagger
# adds ("July 8-10, 2024", "Mon 3/3/25").
_DATE_JOINT = re.compile(r"[\s,/-]{0,3}")
_MONTH_DAY = re.compile(r"\d{1,2}/\d{1,2}")


def _date_joint(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` can join two parts of one date ("March 3, 2024").

    A lone comma cannot: "44,2024-02-05" is a CSV row's age cell beside its date cell.
    """
    return _DATE_JOINT.fullmatch(text, start, end) is not None and text[start:end] != ","


# Categories whose values are numbers or codes: a piece without a digit is not one.
_NUMBERED = frozenset(
    {"PHONE", "FAX", "SSN", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "VEHICLE", "DEVICE",
     "ID", "IP"}
)  # fmt: skip
# A lab value, a reference range or both ("138", "3.5-5.1", "138     135-145"):
# no leading zero (study subjects are "014-011") and at most two decimals.
_LAB_NUMBER = re.compile(
    r"(?:[1-9]\d{0,2}(?:\.\d{1,2})?[ \t]+)?[1-9]\d{0,2}(?:\.\d{1,2})?"
    r"(?:[ \t]*-[ \t]*[1-9]\d{0,2}(?:\.\d{1,2})?)?"
)
# A table's column gap just before a piece: two spaces or a tab.
_COLUMN_BEFORE = re.compile(r"(?:  |\t)$")
# A clock time the piece is part of ("22:40", "02:15 PM") or is ("3pm", "1 pm").
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}[ \t]?(?i:am|pm)\b")
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# Two four-digit numbers joined by a hyphen: a span of years or a shift.
_FOUR_FOUR = re.compile(r"(?P<a>\d{4})[ \t]?-[ \t]?(?P<b>\d{4})")
_SHIFT_BEFORE = re.compile(r"(?:\(|(?i:day|night|shift|hours|hrs|from|open)[ \t:]*\(?)\Z")


def _span_of_time(text: str, start: int, value: str) -> bool:
    """A span of years ("2019-2021") or a shift's clock times in brackets or
    after a shift's word ("Night(1900-0659)"), not a number ("case 2024-0815")."""
    m = _FOUR_FOUR.fullmatch(value)
    if m is None:
        return False
    a, b = int(m.group("a")), int(m.group("b"))
    if 1900 <= a < b <= a + 30 < 2100:
        return True
    clock = all(_HHMM.fullmatch(m.group(g)) for g in ("a", "b"))
    return clock and _SHIFT_BEFORE.search(text, max(0, start - 8), start) is not None


# A LOINC code: up to five digits, a hyphen and a check digit.
_LOINC = re.compile(r"\d{1,5}-\d")
_FIELD_KEY_AFTER = re.compile(r"=|\"[ \t]*:")
# The word after a piece, on its line ("Vargas| Farms Co").
_WORD_AFTER = re.compile(r" (?:[A-Z][A-Za-z]+ ){0,2}([A-Za-z]+)(?![\w-])")
# A letter and a full stop after a number is a unit ("1.5 L.", "2 g."), not an initial.
_UNIT_INITIAL = re.compile(r"[A-Za-z]\.(?:[ \t]|$)")
_NUMBER_BEFORE = re.compile(r"\d[ \t]?$")
# A genus initial and a species: "S. pneumoniae", "H. pylori", "P. falciparum".
_ORGANISM = re.compile(r"[A-Z]\.[ \t]?[a-z]{4,}")
# A drug's name by its stem ("-mab", "-grastim", "-tinib"...).
_DRUG_STEM = re.compile(
    r"(?:mab|grastim|tinib|ciclib|parib|zumab|ximab|umab|cept|kinra|prazole|sartan|statin|"
    r"olol|pril|dipine|floxacin|mycin|cillin|cycline|azole|vir|tide|gliflozin|gliptin)$"
)
# What may stand before a short number that is a telephone extension or pager.
_PHONE_CUE = re.compile(
    r"(?i:x|ext|extension|pgr|pager|page|beeper|cell|ph|phone|tel|#|@)[ \t.:#]*$"
)


def _phone_like(text: str, start: int, value: str) -> bool:
    """A full number (seven digits or more), an extension's shape ("4-7781",
    "x5-2210"), or a short number after a telephone cue ("pgr 4417")."""
    digits = sum(ch.isdigit() for ch in value)
    if digits >= 7 or re.fullmatch(r"x?\d{1,2}-\d{4}", value, re.I):
        return True
    return _PHONE_CUE.search(text, max(0, start - 12), start) is not None


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
# ... unless a person's verb follows ("Grace called", "Hope reports").
_LOWER_NEXT = re.compile(
    r" (?!(?:called|calls|calling|says|said|reports|reported|states|stated|agrees|agreed|"
    r"asked|asks|wants|wanted|visited|visits|is|was|has|had|came|comes|went|brought|drove|"
    r"declined|declines|denies|denied|prefers|feels|felt|lives|lived|works|worked|helps|"
    r"stayed|stays|will|would|can|could|spoke|speaks|left|arrived|signed|consented)\b)[a-z]"
)


def _everyday(word: str) -> bool:
    """An English word at least as common as the rules' everyday line ("Hope",
    "Will", "Mass"): marked only where the tagger thinks it more likely an
    identifier than not; the lowered threshold is for the other words."""
    return english_frequency(fold(word)) >= EVERYDAY_FREQUENCY


# Spanish words at least this common in pyspellchecker's Spanish list (which
# leaves proper names out) are read as words in bilingual notes.
_SPANISH_COMMON = 20_000


def _common_spanish(folded: str) -> bool:
    return spanish_frequency(folded) >= _SPANISH_COMMON


@cache
def _not_places() -> frozenset[str]:
    """Countries and US states (names and codes): Safe Harbor keeps them."""
    return country_names() | frozenset(fold(x) for kv in US_STATES.items() for x in kv)


def _plausible(text: str, piece: Span, found: Sequence[Span]) -> bool:
    """Whether a tagger piece can be what its category says; the checks the
    rules make before they take a find, for the tagger's marks.

    * no age or ZIP code on the tagger's word alone (:data:`_RULES_ONLY`);
    * no country or US state, whatever the category;
    * a date piece is one the date parser reads (a day and month, a weekday,
      a month) or holds a digit and touches a date the rules found; never a
      fraction, a score or a word ("28/56", "152/94", "the", "Mass"), nor an
      "m/d" whose neighbours make it a quantity ("pain 7/10", "Ishihara 11/11");
    * a lone word the clinical lexicon holds is not a name ("BM", "Peds"),
      nor is an everyday English word the name lexicon lacks ("Referring"),
      or one it knows that opens a sentence running on in lower case
      ("Grace period"),
      nor a sign's, a device's or a scale's eponym ("Mallory-Weiss tear").
    """
    value = text[piece.start : piece.end]
    folded = fold(value)
    cat = piece.category
    if cat in _RULES_ONLY or folded in _not_places():
        return False
    if cat in _NUMBERED and not any(ch.isdigit() for ch in value):
        return False  # "Claim", "GROUP", "VIN": the label, not the number
    if _NOT_A_VALUE_BEFORE.search(text, max(0, piece.start - 16), piece.start):
        return False  # "(0010,1040) LO [", "BEGIN:VCARD"
    if cat == "NAME" and specimen_part(text, piece.start, piece.end):
        return False  # "A. Colon, sigmoid": a pathology report's specimen part
    if cat == "EMAIL" and "@" not in value and "." not in value:
        return False
    if cat == "SSN" and sum(ch.isdigit() for ch in value) < 4:
        return False  # "SSN last4": a column's name, not its value
    if cat == "IP" and not (
        ":" in value
        or re.fullmatch(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)", value)
    ):
        return False  # "1.2.840.10008.1.2.1": a DICOM UID, no address
    if cat == "URL" and not re.search(r"://|www\.|\.[A-Za-z]{2,}(?:/|\b)", value):
        return False  # "patientRole></recordTarget", "husband": no address
    if _FIELD_KEY_AFTER.match(text, piece.end) or text[
        max(0, piece.start - 2) : piece.start
    ].endswith(("<", "</")):
        return False  # a field's key or a tag's name: 'patient_name="..."', '"sentAt":', '<city>'

    if _CLOCK.search(text, max(0, piece.start - 3), min(len(text), piece.end + 3)) or (
        cat == "PHONE" and _HHMM.fullmatch(value)
    ):
        return False  # a time of day: "22:40", "3pm", "call before 2100"
    if _span_of_time(text, piece.start, value):
        return False  # "Night(1900-0659)", "mesalamine (2019-2021)": two times or two years
    if re.fullmatch(r"NCT\d{8}", value):
        return False  # a study's ClinicalTrials.gov number, not a person's
    if _LOINC.fullmatch(value) and text[piece.end : piece.end + 1] == "^":
        return False  # "OBX|1|NM|2345-7^Glucose^LN": a LOINC code in an HL7 result
    if cat == "DATE" and value.isdigit() and len(value) == 4 and not 1900 <= int(value) < 2100:
        return False  # "Dispatched 1842 12/03/2024": a time, not a year
    if (
        cat != "DATE"
        and _HHMM.fullmatch(value)
        and any(
            f.category == "DATE" and f.end <= piece.start and not text[f.end : piece.start].strip()
            for f in found
        )
    ):
        return False  # "ENCOUNTER 07-JUL-2018 0930": the time after a date
    if (
        cat in _NUMBERED
        and _LAB_NUMBER.fullmatch(value)
        and _COLUMN_BEFORE.search(text[max(0, piece.start - 2) : piece.start])
    ):
        return False  # "Sodium   138     135-145": a table's value and range, no record number
    if cat in ("PHONE", "FAX") and not _phone_like(text, piece.start, value):
        return False  # "fasting 110-165", "peak flow 150-200"
    if (
        cat != "DATE"
        and " " not in value
        and text[piece.end : piece.end + 2].lstrip(" ")[:1] in (":", "#")
    ):
        return False  # "Sched:", "Acct#": a label
    if cat == "DATE":
        if _MONTH_DAY.fullmatch(value) and (
            md_quantity_words(text, piece.start, piece.end)
            or on_a_pain_scale(text, piece.start, piece.end)
        ):
            return False  # "Ishihara 11/11", "pain 6/10, now 3/10": the rules' tests for an m/d
        if parse_date(value, None) is not None:
            return True
        return any(ch.isdigit() for ch in value) and any(
            f.category == "DATE"
            and (
                _date_joint(text, f.end, piece.start)
                if f.end <= piece.start
                else _date_joint(text, piece.end, f.start)
            )
            for f in found
        )
    if cat in ("NAME", "CITY") and _DRUG_STEM.search(folded):
        return False  # "Dupilumab", "Pegfilgrastim"
    if (
        cat in ("NAME", "CITY")
        and folded in MEDICAL
        and not any(f.category == "NAME" and 0 <= piece.start - f.end <= 2 for f in found)
    ):
        return False  # "Augmentin", "a Foley": a drug or an eponym, unless after a given name
    if cat == "NAME":
        first, last, _ = _lexicons()
        if any(w.isdigit() for w in value.split()) or value[:1].isdigit():
            return False  # "R.K.   Site 014", "501B": a name holds no number of its own
        before = text[max(0, piece.start - 2) : piece.start]
        if re.search(r"[A-Za-z]['\u2019]$|#$", before) or (
            len(value) == 1 and re.fullmatch(r"[UuEe]\.", before)
        ):
            return False  # "WOMEN'S", tooth "#B", "U.S.": a letter, not an initial
        if (
            _ORGANISM.fullmatch(value)
            or (re.fullmatch(r"[A-Z]\.[ \t]?[A-Z][a-z]{3,}", value) and species(folded[2:].strip()))
            or eponym_at(text, piece.start, piece.end)
        ):
            return False  # "S. pneumoniae", "H. pylori"; "Mallory-Weiss tear"
        words = value.split()
        after = _WORD_AFTER.match(text, piece.end)
        if (len(words) > 1 and fold(words[-1]) in ORG_WORDS) or (
            after is not None and fold(after.group(1)) in ORG_WORDS
        ):
            return False  # "VARGAS FARMS CO", "Kanawha Valley Dialysis": an organisation's name
        if _UNIT_INITIAL.match(value) and _NUMBER_BEFORE.search(
            text, max(0, piece.start - 3), piece.start
        ):
            return False  # "net negative 1.5 L. Hope to ...": a unit, not an initial
        if " " in value and value.islower():
            words = [w for w in re.split(r"[^a-z'-]+", folded) if w]
            if words and all(
                (_everyday(w) or _common_spanish(w))
                and w not in first
                and w not in last
                and w not in PARTICLES
                for w in words
            ):
                return False  # "saw her", "the chemo": everyday words in lower case
        if " " not in value:
            if folded in CLINICAL_ABBREVIATIONS or value in CLINICAL_ABBREVIATIONS:
                return False
            if _common_spanish(folded) and folded not in first and folded not in last:
                return False  # "ahora", "Gracias", "cita": a Spanish word, not a name
            if _everyday(value):
                if folded not in first and folded not in last:
                    return False
                # "Grace period ...", "Will follow up": a capitalised word that
                # opens a sentence and runs on in lower case.
                opens = (
                    _SENTENCE_START.search(text, max(0, piece.start - 20), piece.start) is not None
                )
                return not (opens and _LOWER_NEXT.match(text, piece.end))
    return True


@cache
def default_tagger() -> TextTagger:
    """The shipped model at the default threshold, loaded once per process
    (the tagger is safe to share between threads)."""
    return TextTagger()


def _is_word(t: str) -> bool:
    return t[0].isalnum() or t[0] == "_"
