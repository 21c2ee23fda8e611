"""The learned models of contract review (#11): the area classifier and the red-flag
detector that adds the flags the patterns miss, with its score and its words."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from custos.contract._classify import (
    ContractModel,
    PassageModel,
    _binary,
    _element_matrix,
    _per_area,
    load_passages,
    shipped,
    train,
)
from custos.contract._read import Passage, read_contract, read_contract_bytes
from custos.contract._render import review_markdown
from custos.contract._review import FLAG_MODEL_THRESHOLD, review_document, review_passages

# Written for these tests (not from the labelled set): red flags in words the
# patterns were not written for.
ANALYTICS = (
    "Vendor may, from time to time, study aggregated Customer Data to understand how the "
    "Services are used across its clients."
)
NO_COMMITMENT = (
    "We aim to keep the service running but make no commitment about availability or "
    "response times."
)


def _passage(text: str, index: int = 0) -> Passage:
    return Passage(index=index, text=text, location=f"passage {index}")


@pytest.mark.parametrize(
    ("text", "code"),
    [(ANALYTICS, "data_use.broad_analytics"), (NO_COMMITMENT, "sla.best_efforts")],
)
def test_the_detector_raises_a_paraphrased_flag_the_patterns_miss(text: str, code: str) -> None:
    patterns_only = review_passages([_passage(text)], flag_threshold=None)
    assert patterns_only.red_flags == []
    assert patterns_only.flag_detection == "rules"

    review = review_passages([_passage(text)])
    assert review.flag_detection == "rules+model"
    (flag,) = review.red_flags
    assert (flag.code, flag.source, flag.matched) == (code, "model", "")
    assert flag.score is not None and flag.score >= FLAG_MODEL_THRESHOLD
    assert flag.cues and all(c.lower() in text.lower() for c in flag.cues)
    # the flag makes its area weak, like a pattern's
    area = next(a for a in review.areas if a.area is flag.area)
    assert area.rating == "weak" and area.red_flags == [flag]


def test_a_model_flag_says_how_it_was_found_in_json_and_markdown() -> None:
    review = review_passages([_passage(NO_COMMITMENT)], document={"name": "terms.md"})
    data = json.loads(json.dumps(review.to_dict()))
    assert data["flag_detection"] == "rules+model"
    (flag,) = data["red_flags"]
    assert flag["source"] == "model" and flag["matched"] == ""
    assert flag["score"] >= FLAG_MODEL_THRESHOLD and flag["cues"]
    md = review_markdown(review)
    assert "Found by the learned detector (score" in md
    assert "red flags by patterns and the learned detector" in md


def test_pattern_flags_keep_their_matched_words_and_are_not_doubled() -> None:
    text = "Provider will notify Client of a security breach without undue delay."
    review = review_passages([_passage(text)])
    assert [(f.code, f.source) for f in review.red_flags] == [("breach.undue_delay_only", "rule")]
    assert review.red_flags[0].matched.lower() == "without undue delay"
    assert review.red_flags[0].to_dict()["score"] is None


def test_rules_method_uses_no_model() -> None:
    review = review_passages([_passage(ANALYTICS)], method="rules")
    assert review.flag_detection == "rules"
    assert all(f.source == "rule" for f in review.red_flags)


def test_a_passage_shorter_than_any_it_learned_from_raises_no_learned_flag() -> None:
    """Headings and signature lines the reader keeps as passages (the labelled
    passages are whole clauses of six words or more)."""

    class Sure(PassageModel):
        def scores(self, texts: object) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
            n = len(texts)  # type: ignore[arg-type]
            return [{"sla": 1.0, "other": 0.0}] * n, [{"sla.best_efforts": 0.99}] * n

    short = review_passages([_passage("7. Service Levels")], model=Sure())
    assert short.red_flags == []
    long = review_passages(
        [_passage("7. Service Levels apply to every hosted service.")], model=Sure()
    )
    assert [f.code for f in long.red_flags] == ["sla.best_efforts"]


def test_a_threshold_above_every_score_leaves_the_patterns_alone() -> None:
    assert review_passages([_passage(NO_COMMITMENT)], flag_threshold=1.01).red_flags == []


def test_strong_clauses_full_of_trigger_words_raise_no_flag() -> None:
    texts = [
        "Vendor shall notify Customer promptly, and in any event within 24 hours of becoming "
        "aware of a Security Incident, stating its nature, the categories of data affected and "
        "the containment measures taken, with updates every 48 hours.",
        "Vendor commits to 99.9% monthly uptime and will respond to critical tickets within one "
        "hour; missed levels earn service credits under Schedule 2.",
    ]
    review = review_passages([_passage(t, i) for i, t in enumerate(texts)])
    assert review.red_flags == []


def test_scores_are_probabilities_for_every_area_and_code() -> None:
    from custos.contract._playbook import Area

    areas, flags = shipped().scores([ANALYTICS, "This Agreement is governed by Scots law."])
    for probs in areas:
        assert set(probs) == {a.value for a in Area} | {"other"}
        assert math.isclose(sum(probs.values()), 1.0, rel_tol=1e-6)
    for row in flags:
        assert len(row) == 12 and all(0.0 <= p <= 1.0 for p in row.values())
    assert max(flags[1].values()) < FLAG_MODEL_THRESHOLD  # boilerplate raises nothing
    assert shipped().scores([]) == ([], [])


def test_the_shipped_models_learn_from_the_dev_half_only() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    dev = TfidfVectorizer(ngram_range=(1, 2)).fit([r["text"] for r in load_passages("dev")])
    assert list(shipped().words) == list(dev.get_feature_names_out())


def _subset() -> list[dict[str, object]]:
    # every fourth family: enough of every area and code, quick to fit
    rows = load_passages("dev")
    families = sorted({r["family"] for r in rows})[::4]
    return [r for r in rows if r["family"] in families]


def test_training_is_deterministic() -> None:
    rows = _subset()
    texts = [ANALYTICS, NO_COMMITMENT]
    assert train(rows).scores(texts) == train(rows).scores(texts)


def test_per_area_scores_are_the_fitted_logistic_regression() -> None:
    """The detector folds the per-area copies of the weights into one product; it must
    give what scikit-learn's own model gives on the expanded features."""
    from scipy.sparse import hstack

    from custos.contract._playbook import Area

    rows = _subset()
    model = train(rows)
    x = model.features.transform([r["text"] for r in rows])
    xf = hstack([x, _element_matrix([r["text"] for r in rows])]).tocsr()
    areas = [list(Area).index(Area(r["area"])) if r["area"] != "other" else -1 for r in rows]
    red = [int(r["quality"] == "red_flag") for r in rows]
    sk = _binary(10.0).fit(_per_area(xf, areas), red)

    texts = [NO_COMMITMENT, ANALYTICS]
    probs, flags = model.scores(texts)
    t = model.features.transform(texts)
    tf = hstack([t, _element_matrix(texts)]).tocsr()
    k = list(Area).index(Area.SLA)  # one code in its area: score = P(area) x P(red | area)
    p_red = sk.predict_proba(_per_area(tf, [k, k]))[:, 1]
    for i in range(2):
        assert math.isclose(flags[i]["sla.best_efforts"], probs[i]["sla"] * p_red[i], rel_tol=1e-9)


def test_a_stand_in_model_decides_what_the_review_sees() -> None:
    """The review asks its passage model for areas and flags (the benchmark's
    cross-validation passes one that answers from held-back folds)."""

    class Fixed(PassageModel):
        def scores(self, texts: object) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
            areas = [{"audit_rights": 0.9, "other": 0.1}]
            return areas, [{"audit.self_attestation": 0.8}]

        def cues(self, text: str, code: str, *, limit: int = 3) -> list[str]:
            return ["questionnaire"]

    review = review_passages([_passage("Any clause at all, of six words or more.")], model=Fixed())
    (flag,) = review.red_flags
    assert (flag.code, flag.source, flag.cues) == (
        "audit.self_attestation",
        "model",
        ("questionnaire",),
    )
    assert review.ratings["audit_rights"] == "weak"
    assert isinstance(shipped(), ContractModel)


def test_an_upload_reads_as_the_same_file(tmp_path: Path) -> None:
    text = "# Terms\n\n1. " + NO_COMMITMENT + "\n"
    path = tmp_path / "terms.md"
    path.write_text(text, encoding="utf-8")
    on_disk, uploaded = read_contract(path), read_contract_bytes("terms.md", text.encode())
    assert uploaded == on_disk
    a, b = review_document(on_disk).to_dict(), review_document(uploaded).to_dict()
    assert {**a, "seconds": 0} == {**b, "seconds": 0}


def test_the_command_line_can_leave_the_detector_out(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from custos.cli._app import app

    path = tmp_path / "terms.md"
    path.write_text("# Terms\n\n1. " + NO_COMMITMENT + "\n", encoding="utf-8")
    runner = CliRunner()
    both = runner.invoke(app, ["contract", "review", str(path), "--format", "json"])
    alone = runner.invoke(
        app, ["contract", "review", str(path), "--format", "json", "--patterns-only"]
    )
    assert both.exit_code == 0 and alone.exit_code == 0, both.output + alone.output
    assert [f["source"] for f in json.loads(both.stdout)["red_flags"]] == ["model"]
    assert json.loads(alone.stdout)["red_flags"] == []
