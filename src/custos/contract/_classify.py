"""Which playbook area a passage is about: a small text classifier.

TF-IDF over words (1-2 grams) and character 3-5 grams, then a multinomial
logistic regression (scikit-learn), trained on the *development* half of our
labelled passages (``custos/contract/data/passages.jsonl``, ``split: dev``)
when first needed: about a second, no weights file, nothing downloaded, and
the held-out half stays unseen so that the figures in BENCHMARKS.md are
honest. A small embedding model would need weights a package ships; none of
the candidates on PyPI ships them inside the wheel, so it would download at
run time, which custos never does.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

__all__ = ["AreaModel", "area_probabilities", "load_passages", "train"]

DATA = "passages.jsonl"


def load_passages(split: str | None = None) -> list[dict[str, Any]]:
    """The labelled passages shipped with the package (``split``: dev or heldout)."""
    text = resources.files("custos.contract").joinpath("data", DATA).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


class AreaModel:
    """A fitted TF-IDF + logistic-regression area classifier."""

    def __init__(self, pipeline: Any, labels: list[str]) -> None:
        self.pipeline = pipeline
        self.labels = labels

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        probs = self.pipeline.predict_proba(list(texts))
        classes = [str(c) for c in self.pipeline.classes_]
        return [
            {
                label: float(row[classes.index(label)]) if label in classes else 0.0
                for label in self.labels
            }
            for row in probs
        ]


def train(rows: Iterable[dict[str, Any]], *, c: float = 10.0) -> AreaModel:
    """Fit the classifier on labelled passages (``text``, ``area``)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    rows = list(rows)
    features = make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2),
    )
    model = make_pipeline(features, LogisticRegression(C=c, max_iter=5000, class_weight="balanced"))
    model.fit([r["text"] for r in rows], [r["area"] for r in rows])
    from custos.contract._playbook import Area

    return AreaModel(model, [a.value for a in Area] + ["other"])


@functools.cache
def _shipped() -> AreaModel:
    return train(load_passages("dev"))


def area_probabilities(texts: Sequence[str]) -> list[dict[str, float]]:
    """Per passage, the probability of each area (and ``other``)."""
    return _shipped().probabilities(texts)
