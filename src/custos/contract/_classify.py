"""What a passage is about, and whether it reads like a red flag: two small learned models.

Both are linear models over the same features of a passage: TF-IDF over words
(1-2 grams) and character 3-5 grams, trained with scikit-learn on the
*development* half of our labelled passages
(``custos/contract/data/passages.jsonl``, ``split: dev``) when first needed:
a few seconds, no weights file, nothing downloaded, the same model every time
(fixed data, deterministic solvers), and the held-out half stays unseen so
that the figures in BENCHMARKS.md are honest. A small embedding model would
need weights a package ships; none of the candidates on PyPI ships them inside
the wheel, so it would download at run time, which custos never does.

**Area.** A multinomial logistic regression over the playbook areas and
``other``: the probability that a passage is about each area.

**Red flag.** The rules (:mod:`custos.contract._playbook`) quote the words
that match but only know the phrasings they were written on. The learned
detector scores, for each red-flag code, the probability that a passage raises
it, as a product of three parts:

* ``P(area)``: the area model above;
* ``P(red flag | passage, area)``: one binary logistic regression, red-flag
  passages against strong, weak and ``other`` ones, pooled over every area so
  that hedges shared across areas ("may", "at its discretion", "reasonable")
  are learned from all of them, with a copy of the features per area (the
  "feature augmentation" of domain adaptation) so that each area also learns
  its own words. Besides the TF-IDF features it sees which elements of a
  strong clause the passage states (:attr:`AreaRules.required` and
  ``any_of``): a breach passage with an hour limit is rarely "without undue
  delay only";
* ``P(code | red flag, area)``: in the areas with two codes (non-training,
  retention, breach notification, audit rights) one binary model per code
  trained on that area's red-flag passages; 1 elsewhere.

How it was chosen (``python -m bench.contract_review --cv``): 5-fold
cross-validation on the dev half grouped by template family, so that every
fold's passages are phrasings the models never saw. Per-code one-vs-rest
models on the same features, pooled models without the per-area copies,
without the element features, on words or characters only, and a multinomial
over quality (strong / weak / red flag) scored the same or lower.
"""

from __future__ import annotations

import functools
import json
import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from custos.contract._playbook import AREAS, RED_FLAGS, Area

__all__ = [
    "ELEMENT_WEIGHT",
    "ContractModel",
    "PassageModel",
    "area_probabilities",
    "flag_probabilities",
    "load_passages",
    "shipped",
    "train",
]

DATA = "passages.jsonl"
OTHER = "other"
# The weight of the strong-clause element indicators beside the TF-IDF features
# (grouped CV on dev: 0.5 over 0, 1 and 2).
ELEMENT_WEIGHT = 0.5
_CUES = 3


def load_passages(split: str | None = None) -> list[dict[str, Any]]:
    """The labelled passages shipped with the package (``split``: dev or heldout)."""
    text = resources.files("custos.contract").joinpath("data", DATA).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


class PassageModel:
    """What the review asks of a passage model (the shipped one, or a stand-in that
    answers from cross-validation folds in ``bench/contract_review.py``)."""

    def scores(self, texts: Sequence[str]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
        """Per passage, the probability of each area (and ``other``), and the
        probability that it raises each red-flag code."""
        raise NotImplementedError

    def area_probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.scores(texts)[0]

    def flag_probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.scores(texts)[1]

    def cues(self, text: str, code: str, *, limit: int = _CUES) -> list[str]:
        """The words of ``text`` that weigh most towards its being red flag ``code``."""
        return []


_ELEMENTS = [e for rules in AREAS.values() for e in (*rules.required, *rules.any_of)]
_AREAS = list(Area)
_CODE_AREA = {f.code: f.area for f in RED_FLAGS}
_AREA_CODES = {a: [f.code for f in RED_FLAGS if f.area is a] for a in _AREAS}


def _features() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    return make_union(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2),
    )


def _element_matrix(texts: Sequence[str]) -> Any:
    from scipy.sparse import csr_matrix

    rows = [[ELEMENT_WEIGHT if e.found(t) else 0.0 for e in _ELEMENTS] for t in texts]
    return csr_matrix(rows, shape=(len(texts), len(_ELEMENTS)))


def _per_area(x: Any, areas: Sequence[int]) -> Any:
    """``[x, x if area 0, ..., x if area 7]``: the shared features and one copy per
    area, zero except in the rows of that area (``-1``: no area, shared only)."""
    from scipy.sparse import diags, hstack

    blocks = [x]
    for k in range(len(_AREAS)):
        blocks.append(diags([1.0 if a == k else 0.0 for a in areas]) @ x)
    return hstack(blocks).tocsr()


def _binary(c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=c, class_weight="balanced", solver="liblinear", max_iter=5000, random_state=0
    )


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass
class ContractModel(PassageModel):
    """The fitted area classifier and red-flag detector (see the module's docstring)."""

    features: Any
    area_model: Any
    labels: list[str]
    # (len(areas) + 1, n_features): the shared weights, then each area's own.
    red_weights: Any
    red_bias: float
    # code -> (weights, bias) of P(code | red flag, area), areas with two codes only.
    code_models: dict[str, tuple[Any, float]]
    words: Any  # the word n-grams, in the order of the first block of features

    def _x(self, texts: Sequence[str]) -> tuple[Any, Any]:
        from scipy.sparse import hstack

        x = self.features.transform(list(texts))
        return x, hstack([x, _element_matrix(texts)]).tocsr()

    def _areas(self, x: Any) -> list[dict[str, float]]:
        probs = self.area_model.predict_proba(x)
        classes = [str(c) for c in self.area_model.classes_]
        return [
            {
                label: float(row[classes.index(label)]) if label in classes else 0.0
                for label in self.labels
            }
            for row in probs
        ]

    def scores(self, texts: Sequence[str]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
        if not texts:
            return [], []
        x, xf = self._x(texts)
        areas = self._areas(x)
        shared = self.red_weights[0]
        # P(red flag | passage, area k) for every area k at once.
        red = xf @ (self.red_weights[1:] + shared).T + self.red_bias
        code = {c: xf @ w + b for c, (w, b) in self.code_models.items()}
        flags = []
        for i, probs in enumerate(areas):
            row = {}
            for k, a in enumerate(_AREAS):
                p_red = _sigmoid(float(red[i, k]))
                for c in _AREA_CODES[a]:
                    p_code = _sigmoid(float(code[c][i])) if c in code else 1.0
                    row[c] = probs[a.value] * p_red * p_code
            flags.append(row)
        return areas, flags

    def cues(self, text: str, code: str, *, limit: int = _CUES) -> list[str]:
        x, _ = self._x([text])
        k = _AREAS.index(_CODE_AREA[code])
        n = len(self.words)
        weights = self.red_weights[0, :n] + self.red_weights[k + 1, :n]
        row = x[0, :n].tocoo()
        pairs = zip(row.col, row.data, strict=True)
        scored = sorted(
            ((float(v) * float(weights[j]), str(self.words[j])) for j, v in pairs), reverse=True
        )
        return [w for s, w in scored if s > 0][:limit]


def train(rows: Iterable[dict[str, Any]], *, c: float = 10.0) -> ContractModel:
    """Fit both models on labelled passages (``text``, ``area``, ``quality``, ``red_flags``)."""
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.linear_model import LogisticRegression

    rows = list(rows)
    texts = [r["text"] for r in rows]
    features = _features()
    x = features.fit_transform(texts)
    area_model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
    area_model.fit(x, [r["area"] for r in rows])

    xf = hstack([x, _element_matrix(texts)]).tocsr()
    area_index = [_AREAS.index(Area(r["area"])) if r["area"] != OTHER else -1 for r in rows]
    red = [int(r["quality"] == "red_flag") for r in rows]
    red_model = _binary(c).fit(_per_area(xf, area_index), red)
    width = xf.shape[1]
    red_weights = np.asarray(red_model.coef_[0]).reshape(len(_AREAS) + 1, width)

    code_models: dict[str, tuple[Any, float]] = {}
    for a, codes in _AREA_CODES.items():
        if len(codes) < 2:
            continue
        idx = [i for i, r in enumerate(rows) if r["area"] == a.value and red[i]]
        for code in codes:
            labels = [int(code in rows[i]["red_flags"]) for i in idx]
            if len(set(labels)) < 2:
                continue  # no contrast to learn: the area's other factors decide
            m = _binary(c).fit(xf[idx], labels)
            code_models[code] = (np.asarray(m.coef_[0]), float(m.intercept_[0]))

    words = features.transformer_list[0][1].get_feature_names_out()
    return ContractModel(
        features=features,
        area_model=area_model,
        labels=[a.value for a in Area] + [OTHER],
        red_weights=red_weights,
        red_bias=float(red_model.intercept_[0]),
        code_models=code_models,
        words=words,
    )


_TRAINING = threading.Lock()


@functools.cache
def _trained() -> ContractModel:
    return train(load_passages("dev"))


def shipped() -> ContractModel:
    """The models trained on the dev half of the shipped passages (once per process;
    the API's first concurrent reviews wait for one training, not one each)."""
    with _TRAINING:
        return _trained()


def area_probabilities(texts: Sequence[str]) -> list[dict[str, float]]:
    """Per passage, the probability of each area (and ``other``)."""
    return shipped().area_probabilities(texts)


def flag_probabilities(texts: Sequence[str]) -> list[dict[str, float]]:
    """Per passage, the probability that it raises each red-flag code."""
    return shipped().flag_probabilities(texts)
