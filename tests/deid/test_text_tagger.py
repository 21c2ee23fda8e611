"""The learned token tagger that works beside the rules (custos.deid._text_tagger)."""

from __future__ import annotations

import itertools
import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from bench.train_text_tagger import HELD_OUT, read_notes, training_files

from custos.core._errors import ConfigError
from custos.data._loader import file_sha256
from custos.deid import _text_tagger as tt
from custos.deid._text import Deidentifier, Span
from custos.deid._text_tagger import (
    DEFAULT_THRESHOLD,
    TextTagger,
    default_tagger,
    features,
    labels,
    packaged_model,
    tokens,
    train_model,
)


@pytest.fixture(scope="module")
def rules() -> Deidentifier:
    return Deidentifier(tagger=None)


@pytest.fixture(scope="module")
def both() -> Deidentifier:
    return Deidentifier()


def _texts(d: Deidentifier, text: str) -> list[str]:
    return [text[s.start : s.end] for s in d.find(text)]


# -- the shipped model ---------------------------------------------------------


def test_the_shipped_model_matches_its_manifest_and_the_labelled_files() -> None:
    model, manifest = packaged_model()
    assert file_sha256(model) == manifest["model_sha256"]
    files = training_files()
    # A labelled file added, removed or changed since the model was trained:
    # run `make text-tagger` (python -m bench.train_text_tagger) and commit.
    assert manifest["trained_on"] == {p.name: file_sha256(p) for p in files}
    assert manifest["held_out"] == sorted(HELD_OUT)
    assert not set(HELD_OUT) & set(manifest["trained_on"])
    # Every labelled set is trained on or held out, none forgotten.
    labelled = {p.name for p in files[0].parent.glob("deid_text_*.jsonl")}
    assert labelled <= set(manifest["trained_on"]) | set(HELD_OUT)
    assert manifest["params"] == tt.TRAINING
    assert manifest["notes"] == sum(len(read_notes(p)) for p in files)


def test_a_model_that_does_not_match_its_manifest_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model, manifest = packaged_model()
    monkeypatch.setattr(
        tt, "packaged_model", lambda: (model, {**manifest, "model_sha256": "0" * 64})
    )
    with pytest.raises(ConfigError, match="does not match its manifest"):
        TextTagger()


@pytest.mark.parametrize("content", [b"", b"not a CRFsuite model at all" * 40])
def test_an_unreadable_model_is_refused_with_a_clear_error(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "broken.crfsuite"
    bad.write_bytes(content)
    with pytest.raises(ConfigError, match="cannot be read"):
        TextTagger(bad)
    with pytest.raises(ConfigError, match="cannot be read"):
        TextTagger(tmp_path / "missing.crfsuite")


@pytest.mark.parametrize("threshold", [0.0, -0.1, 0.51, 1.0])
def test_the_threshold_must_lower_the_bar_not_raise_it(threshold: float) -> None:
    with pytest.raises(ConfigError, match="threshold"):
        TextTagger(threshold=threshold)


def test_the_deidentifier_refuses_to_start_without_its_tagger(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    model, manifest = packaged_model()
    copy = tmp_path / model.name
    shutil.copy(model, copy)
    with copy.open("r+b") as f:  # one byte changed
        f.seek(100)
        byte = f.read(1)
        f.seek(100)
        f.write(bytes([byte[0] ^ 0xFF]))
    monkeypatch.setattr(tt, "packaged_model", lambda: (copy, manifest))
    tt.default_tagger.cache_clear()
    try:
        with pytest.raises(ConfigError):
            Deidentifier()
    finally:
        tt.default_tagger.cache_clear()


# -- what it adds --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phi"),
    [
        ("Okafor to call back re: results. d/w Priyanka at bedside.", "Okafor"),
        ("Reply 5/15 08:10 - R. Kapoor MD: Plan reviewed.", "R. Kapoor"),
        ("f/u with Hodan Warsame next week; Kalani Kahananui also called.", "Hodan Warsame"),
        ("f/u with Hodan Warsame next week; Kalani Kahananui also called.", "Kalani Kahananui"),
    ],
)
def test_names_with_no_cue_the_rules_miss_are_found_by_the_tagger(
    rules: Deidentifier, both: Deidentifier, text: str, phi: str
) -> None:
    assert phi not in _texts(rules, text)
    assert phi in _texts(both, text)


def test_every_span_the_rules_find_is_kept(rules: Deidentifier, both: Deidentifier) -> None:
    text = (
        "Seen 03/14/2021 by Dr. Halvorsen. MRN: 7781234. Call 617-555-0142. "
        "Lives at 12 Elm St, Quincy, MA 02169. Okafor to call back."
    )
    found = both.find(text)
    assert set(rules.find(text)) <= set(found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_no_country_state_age_zip_score_or_eponym_comes_from_the_tagger(
    both: Deidentifier,
) -> None:
    for text in (
        "One brother, in Iran; no local family. Her mother is still in Ghana.",
        "SpO2 at 94 on 2L. HR is 96 and regular. CPT 99223, 90837.",
        "Berg 28/56. SLUMS 24/30. BP 152/94, recheck 148/92. Pain 7/10.",
        "Mallory-Weiss tear suspected. Jackson-Pratt drain output 30 mL. Zio patch on.",
        "Plan reviewed with family. Hope to discharge tomorrow. Referring physician: see above.",
    ):
        assert both.find(text) == [], _texts(both, text)


class _Fixed(TextTagger):
    """The shipped tagger with the labels of its tokens set by the test."""

    def __init__(self, marks: dict[str, str]) -> None:
        super().__init__()
        self.marks = marks

    def tag(self, text: str) -> tuple[list[tt.Token], list[str]]:
        toks = tokens(text)
        return toks, [self.marks.get(t.text, "O") for t in toks]


@pytest.mark.parametrize(
    ("text", "marks", "kept"),
    [
        # a genus initial and a species is not a person
        ("grew S. pneumoniae today", {"S": "NAME", ".": "NAME", "pneumoniae": "NAME"}, []),
        ("seen by S. Pemberton today", {"S": "NAME", ".": "NAME", "Pemberton": "NAME"},
         ["S. Pemberton"]),
        # a range of values is not a telephone; an extension's shape is
        ("fasting 110-165 today", {"110": "PHONE", "-": "PHONE", "165": "PHONE"}, []),
        ("RN ext 4-7781 today", {"4": "PHONE", "-": "PHONE", "7781": "PHONE"}, ["4-7781"]),
        ("call before 2100 today", {"2100": "PHONE"}, []),
        # a clock time is not a date; a year next to a holiday is
        ("seen 7 July 2024, 22:40 today", {"22": "DATE"}, []),
        ("died Christmas Eve 2019 at home", {"2019": "DATE"}, ["Christmas Eve", "2019"]),
        # a drug, a label, a word with no digit where a number goes
        ("Pegfilgrastim injector on", {"Pegfilgrastim": "NAME"}, []),
        ("Sched: MWF", {"Sched": "NAME"}, []),
        ("GROUP 0071532 on file", {"GROUP": "ID"}, []),
        # a lab table's value and range are no record number; a subject number is
        ("Sodium     138     135-145", {"138": "ID", "135": "ID", "-": "ID", "145": "ID"}, []),
        ("Subject  014-011 enrolled", {"014": "ID", "-": "ID", "011": "ID"}, ["014-011"]),
        ("Ofc. Reyes #311 on scene", {"311": "ID"}, ["311"]),
    ],
)  # fmt: skip
def test_the_tagger_marks_pass_the_checks_the_rules_make(
    text: str, marks: dict[str, str], kept: list[str]
) -> None:
    # the rules' find, where a case needs one: the holiday the year belongs to
    rules = [Span(5, 18, "DATE")] if text.startswith("died Christmas") else []
    found = _Fixed(marks).extend(text, rules)
    assert [text[s.start : s.end] for s in found] == kept


def test_a_run_is_cut_around_the_rules_finds_and_at_line_breaks() -> None:
    text = "Dr. Haddad Karimi saw Nasrin\nBeheshti today."
    tagger = _Fixed(dict.fromkeys(("Haddad", "Karimi", "Nasrin", "Beheshti"), "NAME"))
    found = tagger.extend(text, [Span(4, 10, "NAME")])
    assert [(text[s.start : s.end], s.category) for s in found] == [
        ("Haddad", "NAME"),
        ("Karimi", "NAME"),
        ("Nasrin", "NAME"),
        ("Beheshti", "NAME"),
    ]


def test_punctuation_joins_a_run_but_never_opens_or_closes_one() -> None:
    text = "Pt: (Adebayo, Oluwaseun). Next."
    tagger = _Fixed({"(": "NAME", "Adebayo": "NAME", ",": "NAME", "Oluwaseun": "NAME", ")": "NAME"})
    found = tagger.extend(text, [])
    assert [text[s.start : s.end] for s in found] == ["Adebayo, Oluwaseun"]


def test_a_change_of_category_ends_a_run() -> None:
    text = "Ms Tallulah Okonjo Dorchester"
    tagger = _Fixed({"Tallulah": "NAME", "Okonjo": "NAME", "Dorchester": "CITY"})
    found = tagger.extend(text, [])
    assert [(text[s.start : s.end], s.category) for s in found] == [
        ("Tallulah Okonjo", "NAME"),
        ("Dorchester", "CITY"),
    ]


def test_a_lower_threshold_marks_at_least_as_much() -> None:
    text = (
        "Sat 3/16 Adebayo, Oluwaseun (goes by Seun). jm. Closed by: trish w. RN. "
        "pt wants f/u at Chinle IHS clinic. asst kim."
    )
    strict = set(TextTagger(threshold=0.5).extend(text, []))
    loose = set(TextTagger(threshold=0.2).extend(text, []))
    covered = {i for s in loose for i in range(s.start, s.end)}
    assert all(set(range(s.start, s.end)) <= covered for s in strict)
    assert DEFAULT_THRESHOLD < 0.5


def test_the_tagger_is_safe_to_share_between_threads() -> None:
    notes = [t for p in training_files()[:2] for t, _ in read_notes(p)][:24]
    tagger = default_tagger()
    alone = [tagger.tag(t)[1] for t in notes]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda t: tagger.tag(t)[1], notes * 3))
    assert together == alone * 3


# -- training ------------------------------------------------------------------


def test_labels_follow_the_gold_spans_token_by_token() -> None:
    text = "Seen by Dr. Ann Lee on 3/4."
    toks = tokens(text)
    labs = labels(toks, [(12, 19, "NAME"), (23, 26, "DATE")])
    assert [t.text for t, lab in zip(toks, labs, strict=True) if lab != "O"] == [
        "Ann",
        "Lee",
        "3",
        "/",
        "4",
    ]
    assert len(features(text, toks)) == len(toks)


def test_training_is_deterministic_and_the_model_learns_its_notes(tmp_path: Path) -> None:
    notes = [n for p in training_files()[:1] for n in read_notes(p)][:30]
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    params = {**tt.TRAINING, "max_iterations": 60}
    train_model(notes, a, params)
    train_model(notes, b, params)
    assert a.read_bytes() == b.read_bytes()
    tagger = TextTagger(a, threshold=0.5)
    hit = total = 0
    for text, spans in notes:
        toks, labs = tagger.tag(text)
        gold = labels(toks, spans)
        for g, p in zip(gold, labs, strict=True):
            if g != "O":
                total += 1
                hit += p != "O"
    assert total and hit / total > 0.9


def test_the_report_names_the_model(tmp_path: Path) -> None:
    from custos.deid._common import DeidSecret
    from custos.deid._text import deidentify_text

    src = tmp_path / "n.jsonl"
    src.write_text(json.dumps({"patient": "p", "note_id": "1", "text": "Okafor to call."}) + "\n")
    report = deidentify_text(src, tmp_path / "out", secret=DeidSecret(b"k" * 32))
    _, manifest = packaged_model()
    assert report.options["tagger_model_sha256"] == manifest["model_sha256"]
    assert report.options["tagger_threshold"] == DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("text", "piece", "kept"),
    [
        ("Dr. Pugh C. saw her today.", "saw her", False),  # everyday words in lower case
        ("Initials R.K.   Site 014", "R.K.   Site 014", False),  # a number is no name
        ("net negative 1.5 L. Hope to discharge", "L. Hope", False),  # a unit
        ("S: pt faith mbeki says she feels better", "faith mbeki", True),
        ("Mateo de la Cruz here w/ mom", "de la", True),  # particles of a name
    ],
)
def test_the_checks_a_name_piece_must_pass(text: str, piece: str, kept: bool) -> None:
    start = text.index(piece)
    assert tt._plausible(text, Span(start, start + len(piece), "NAME"), []) is kept
