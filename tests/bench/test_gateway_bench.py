"""The gateway benchmark's counting (bench/gateway.py) on small hand-made inputs.

The benchmark itself starts real servers and takes minutes; here only its pure
helpers run: percentiles, the identifier-leak counter, the re-identification
counter, the stream reader and the reading of the vendor's record.
"""

from __future__ import annotations

import json
import math

import pytest
from bench.gateway import (
    count_leaks,
    count_name_word_leaks,
    count_restored,
    occurrences,
    patient_header,
    percentile,
    received_text,
    reid_group,
    sse_text,
    summarise,
    tagged_texts,
)

from custos.deid._corpus import GoldSpan, Note


def _note(note_id: str, text: str, *gold: tuple[str, str]) -> Note:
    """A note whose gold spans are the first occurrence of each (value, category)."""
    spans = []
    for value, category in gold:
        start = text.index(value)
        spans.append(GoldSpan(start, start + len(value), category))
    return Note(note_id, "PAT1", "test", text, tuple(sorted(spans)))


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]  # 1..100
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.99) == 99.0
    assert percentile(values, 1.0) == 100.0
    assert percentile([3.0, 1.0, 2.0], 0.5) == 2.0
    assert percentile([7.0], 0.99) == 7.0
    assert math.isnan(percentile([], 0.5))


def test_summarise_reports_milliseconds() -> None:
    s = summarise([0.001, 0.002, 0.003, 0.004], errors=2)
    assert (s.n, s.errors) == (4, 2)
    assert s.p50_ms == pytest.approx(2.0)
    assert s.p99_ms == pytest.approx(4.0)
    assert s.mean_ms == pytest.approx(2.5)
    empty = summarise([])
    assert empty.n == 0
    assert math.isnan(empty.p50_ms)


def test_occurrences_are_exact_case_sensitive_and_on_word_boundaries() -> None:
    assert occurrences("Ann", "Ann and ANN and Anna and Ann.") == 2
    assert occurrences("4482913", "MRN 44829130") == 0  # inside a longer number
    assert occurrences("Ruiz", "Dr. Ruiz-Heller") == 1  # a hyphen is a word boundary
    assert occurrences("(617) 555-0199", "tel (617) 555-0199, ext") == 1
    assert occurrences("", "anything") == 0


def test_leaks_are_counted_per_category_and_split_by_detection() -> None:
    note = _note(
        "n1",
        "Maria Okafor, MRN 4482913, age 92, HR 92.",
        ("Maria Okafor", "NAME"),
        ("4482913", "MRN"),
        ("92", "AGE"),
    )
    # the vendor got the name, an MRN surrogate, and "92" (the heart rate)
    sent = {"n1": "Maria Okafor, MRN 1234567, age 90+, HR 92."}
    detected = {"n1": [(14, 25), (31, 33)]}  # the MRN span and the age; not the name
    got = count_leaks([note], sent, detected)
    assert {k: v.gold for k, v in got.items()} == {"NAME": 1, "MRN": 1, "AGE": 1}
    assert got["NAME"].at_vendor == 1
    assert got["NAME"].missed == 1
    assert got["NAME"].found == 0
    assert got["NAME"].elsewhere == 0
    assert got["MRN"].at_vendor == 0
    # "92" reached the vendor, the detector had found the age, and the text also
    # stands in the note outside every identifier (the heart rate)
    assert (got["AGE"].at_vendor, got["AGE"].missed, got["AGE"].elsewhere) == (1, 0, 1)
    assert got["AGE"].values == ["92"]


def test_a_note_whose_call_failed_is_not_counted() -> None:
    note = _note("n1", "Seen by Dr. Khan.", ("Khan", "NAME"))
    assert count_leaks([note], {}, {}) == {}
    assert count_name_word_leaks([note], {}) == (0, 0, 0)


def test_name_words_catch_a_partial_leak() -> None:
    note = _note("n1", "Patient: OKAFOR, MARIA. Seen.", ("OKAFOR, MARIA", "NAME"))
    sent = {"n1": "Patient: SMITH, MARIA. Seen."}
    assert count_leaks([note], sent, {"n1": [(9, 22)]})["NAME"].at_vendor == 0
    assert count_name_word_leaks([note], sent) == (2, 1, 0)


def test_restoration_counts_exact_notes_and_by_design_rows_apart() -> None:
    a = _note("a", "Maria Okafor seen 3/14/2021.", ("Maria Okafor", "NAME"), ("3/14/2021", "DATE"))
    b = _note("b", "Age 93, ZIP 02139, Anna M. Kowalczyk.", ("93", "AGE"), ("02139", "ZIP"))
    b = Note(
        "b",
        "PAT2",
        "test",
        b.text,
        (*b.spans, GoldSpan(b.text.index("Anna"), b.text.rindex("."), "NAME")),
    )
    c = _note("c", "Dr. Ruiz-Heller called.", ("Ruiz-Heller", "NAME"))
    answers = {
        "a": "Summary: Maria Okafor seen 3/14/2021.",
        "b": "Summary: Age 90+, ZIP 021, Anna K. Kowalczyk.",
        "c": "Summary: Dr. Ruiz-Sosa called.",
    }
    r = count_restored([a, b, c], answers)
    assert (r.notes, r.exact, r.reversible_notes, r.reversible_exact) == (3, 1, 2, 1)
    assert r.groups["NAME"] == [2, 1]
    assert r.groups["DATE"] == [1, 1]
    assert r.groups["AGE (over 89)"] == [1, 0]
    assert r.groups["ZIP"] == [1, 0]
    assert r.groups["NAME with an initial"] == [1, 0]
    # the by-design rows are not failures; the hyphenated name is
    assert r.failures == [("NAME", "Ruiz-Heller", True)]
    assert reid_group(b, b.spans[-1]) == "NAME with an initial"


def test_stream_text_joins_deltas_and_counts_error_events() -> None:
    def event(obj: object) -> str:
        return f"data: {json.dumps(obj)}\n\n"

    raw = (
        event({"choices": [{"index": 0, "delta": {"content": "Summary: Ma"}}]})
        + event({"choices": [{"index": 0, "delta": {"content": "ria"}}]})
        + event({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        + "data: [DONE]\n\n"
    )
    assert sse_text(raw) == ("Summary: Maria", 0)
    broken = raw + event({"error": {"code": "gateway.stream_failed"}})
    assert sse_text(broken) == ("Summary: Maria", 1)


def test_the_vendor_record_is_read_by_tag_without_host_or_length() -> None:
    body = {"model": "m", "seed": 700001, "messages": [{"role": "user", "content": "Hi Ann"}]}
    records = [
        {"headers": {"host": "127.0.0.1:40947", "content-length": "99"}, "body": json.dumps(body)},
        {"headers": {}, "body": json.dumps({"model": "m", "messages": []})},  # untagged
        {"headers": {}, "body": "not json"},
    ]
    text = received_text(records[0])
    assert "Hi Ann" in text
    assert "40947" not in text
    assert tagged_texts(records, {700001: "n1"}) == {"n1": text}


def test_patient_header_keeps_ids_and_hashes_names() -> None:
    assert patient_header("PAT00001") == "PAT00001"
    h = patient_header("Rose Delacroix-Whitfield")
    assert h.startswith("p-")
    assert " " not in h
    assert "Rose" not in h
    assert h == patient_header("Rose Delacroix-Whitfield")
