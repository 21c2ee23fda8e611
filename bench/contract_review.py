"""Benchmark contract review (issue #11): our method against a keyword baseline.

Run from the repository root::

    python -m bench.contract_review                 # held-out half, writes BENCHMARKS.md
    python -m bench.contract_review --split dev --no-write   # the half rules were tuned on
    python -m bench.contract_review --cv            # grouped cross-validation on dev

Data: our own labelled passages (``src/custos/contract/data/passages.jsonl``)
and the synthetic contracts composed from them
(``bench/data/contracts/contracts.jsonl``), each split by template family into
``dev`` (used to write and tune the rules and to train the classifier) and
``heldout`` (reported here, never tuned on). See bench/data/contracts/README.md.

Measured, for every method in the same run:

* per-area rating accuracy on whole contracts (strong / weak / missing);
* red-flag recall and precision, per contract (a code counts once per
  contract) and per passage;
* area detection on single passages (accuracy of the area set: a passage
  labelled ``other`` must get no area);
* term extraction (exact value) on the contracts;
* speed: pages per second of the whole review (reading the file included),
  a page being 3,000 characters (about 500 words).

Methods: ``keyword`` (a keyword list per area and one per red flag, a rating of
*missing* when no keyword, *weak* with a red-flag keyword, else *strong*: what
one would write in an afternoon) and custos' ``rules``, ``classifier`` and
``hybrid`` area detection, each followed by the same rule-based findings; the
last two add the learned red-flag detector's flags, and ``classifier, patterns
only`` is the classifier without them (the red flags by patterns alone).

``--cv`` chooses on the dev half only: 5-fold cross-validation grouped by
template family (every fold's phrasings unseen by the models that score it),
for the red-flag patterns, the learned detector alone and the two together
at several thresholds, per passage and per contract. The patterns were written
on every dev family, so their cross-validated figures flatter them; the
detector's own figures are the honest ones, and its threshold is the lowest at
which its flags alone reach a per-contract precision of 0.75.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench._env import environment
from bench._markdown import write_section
from custos.contract._classify import ContractModel, PassageModel, load_passages, train
from custos.contract._playbook import AREAS, RED_FLAGS, Area
from custos.contract._read import Document, Passage, read_contract
from custos.contract._review import (
    FLAG_MODEL_THRESHOLD,
    Method,
    detect_areas,
    review_passages,
)

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ROOT / "bench" / "data" / "contracts" / "contracts.jsonl"
# A fresh set written by someone who never read the rules, the shipped passages
# or the first held-out half (bench/data/contracts/blind2/README.md).
BLIND2 = ROOT / "bench" / "data" / "contracts" / "blind2"
SECTION = "## Contract review"
PAGE_CHARS = 3000
# (label, area detection, learned-detector threshold or None: patterns only)
METHODS: tuple[tuple[str, str, float | None], ...] = (
    ("keyword", "keyword", None),
    ("rules", "rules", None),
    ("classifier, patterns only", "classifier", None),
    ("classifier", "classifier", FLAG_MODEL_THRESHOLD),
    ("hybrid", "hybrid", FLAG_MODEL_THRESHOLD),
)
DEFAULT = "classifier"
PRECISION_FLOOR = 0.75  # --cv: the detector's flags alone, per contract
CV_FOLDS = 5
CV_THRESHOLDS = tuple(round(0.3 + 0.05 * i, 2) for i in range(9))
TERM_KEYS = (
    "notification_hours",
    "retention_days",
    "audit_frequency",
    "uptime_percent",
    "support_response_hours",
)

# --------------------------------------------------------------------------- #
# The keyword baseline

KEYWORDS: dict[Area, tuple[str, ...]] = {
    Area.NON_TRAINING: ("train", "machine learning", "model"),
    Area.DATA_USE: ("purpose", "use of customer data", "process customer data"),
    Area.RETENTION: ("retain", "retention", "delete", "deletion"),
    Area.SUBPROCESSORS: ("subprocessor", "sub-processor", "subcontractor"),
    Area.SECURITY: ("security", "encrypt", "safeguard"),
    Area.BREACH: ("breach", "security incident"),
    Area.AUDIT: ("audit", "soc 2", "inspect"),
    Area.SLA: ("uptime", "availability", "service level", "support"),
}
FLAG_KEYWORDS: dict[str, tuple[str, ...]] = {
    "non_training.improvement_carveout": ("improve", "enhance", "develop"),
    "non_training.opt_out": ("opt out", "opt-out"),
    "data_use.broad_analytics": ("analytics", "benchmark", "research"),
    "retention.as_long_as_necessary": ("as long as necessary", "as long as needed"),
    "retention.backups_excluded": ("backup",),
    "subprocessors.change_at_will": ("at any time",),
    "security.industry_standard": ("industry standard", "industry-standard"),
    "breach.undue_delay_only": ("without undue delay", "promptly"),
    "breach.after_investigation": ("investigation",),
    "audit.vendor_discretion": ("discretion",),
    "audit.self_attestation": ("self-assessment", "questionnaire"),
    "sla.best_efforts": ("best efforts", "reasonable efforts"),
}
_FLAG_AREA = {f.code: f.area for f in RED_FLAGS}


def keyword_review(texts: Sequence[str]) -> tuple[dict[str, str], set[str], list[set[Area]]]:
    """(ratings, red-flag codes, per-passage areas) by keyword lists alone."""
    areas = [
        {a for a, words in KEYWORDS.items() if any(w in t.lower() for w in words)} for t in texts
    ]
    flags = set()
    for t, a in zip(texts, areas, strict=True):
        low = t.lower()
        for code, words in FLAG_KEYWORDS.items():
            if _FLAG_AREA[code] in a and any(w in low for w in words):
                flags.add(code)
    ratings = {}
    for area in AREAS:
        if not any(area in a for a in areas):
            ratings[area.value] = "missing"
        elif any(_FLAG_AREA[c] is area for c in flags):
            ratings[area.value] = "weak"
        else:
            ratings[area.value] = "strong"
    return ratings, flags, areas


# --------------------------------------------------------------------------- #
# Evaluation


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    recall = tp / (tp + fn) if tp + fn else float("nan")
    precision = tp / (tp + fp) if tp + fp else float("nan")
    return recall, precision


def evaluate_contracts(
    rows: list[dict[str, Any]],
    method: str,
    flag_threshold: float | None = None,
    *,
    model: PassageModel | None = None,
    docs: dict[str, Document] | None = None,
) -> dict[str, Any]:
    """Ratings, flags, terms and speed over whole contracts (``docs``: already read,
    then reading is not timed)."""
    correct = Counter()
    total = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    tp = fp = fn = 0
    per_code: dict[str, Counter[str]] = {f.code: Counter() for f in RED_FLAGS}
    term_ok = Counter()
    term_total = Counter()
    chars = 0
    seconds = 0.0
    with tempfile.TemporaryDirectory(prefix="custos-bench-contracts-") as tmp:
        for row in rows:
            started = time.perf_counter()
            doc = docs[row["id"]] if docs is not None else _read(Path(tmp), row)
            texts = [p.text for p in doc.passages]
            if method == "keyword":
                ratings, flags, _ = keyword_review(texts)
                terms: dict[str, Any] = {}
            else:
                review = review_passages(
                    doc.passages,
                    method=_method(method),
                    model=model,
                    flag_threshold=flag_threshold,
                )
                ratings = review.ratings
                flags = {f.code for f in review.red_flags}
                terms = review.terms
            seconds += time.perf_counter() - started
            chars += len(row["text"])
            for area, want in row["labels"].items():
                total[area] += 1
                got = ratings[area]
                correct[area] += got == want
                confusion[want, got] += 1
            truth = set(row["red_flags"])
            tp += len(flags & truth)
            fp += len(flags - truth)
            fn += len(truth - flags)
            for code in per_code:
                per_code[code]["tp"] += code in flags and code in truth
                per_code[code]["fp"] += code in flags and code not in truth
                per_code[code]["fn"] += code not in flags and code in truth
            if method != "keyword":
                for key in TERM_KEYS:
                    if key in row["terms"]:
                        term_total[key] += 1
                        term_ok[key] += _same(terms.get(key), row["terms"][key])
    recall, precision = _prf(tp, fp, fn)
    return {
        "accuracy": {a: correct[a] / total[a] for a in total},
        "overall": sum(correct.values()) / sum(total.values()),
        "confusion": confusion,
        "flag_recall": recall,
        "flag_precision": precision,
        "per_code": {c: _prf(v["tp"], v["fp"], v["fn"]) for c, v in per_code.items()},
        "terms": {k: (term_ok[k], term_total[k]) for k in term_total},
        "pages_per_second": (chars / PAGE_CHARS) / seconds if seconds else float("nan"),
        "seconds": seconds,
        "pages": chars / PAGE_CHARS,
    }


def _read(folder: Path, row: dict[str, Any]) -> Document:
    suffix = ".md" if row.get("format", "markdown") == "markdown" else ".txt"
    path = folder / f"{row['id']}{suffix}"
    path.write_text(row["text"], encoding="utf-8")
    return read_contract(path)


def _method(name: str) -> Method:
    if name not in ("rules", "classifier", "hybrid"):
        raise ValueError(name)
    return name  # type: ignore[return-value]


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, int | float) and isinstance(got, int | float):
        return abs(float(got) - float(want)) < 1e-6
    return got == want


def evaluate_passages(
    rows: list[dict[str, Any]], method: str, flag_threshold: float | None = None
) -> dict[str, Any]:
    """Area detection and red flags on single labelled passages."""
    texts = [r["text"] for r in rows]
    if method == "keyword":
        _, _, areas = keyword_review(texts)
        flags_per = []
        for t, a in zip(texts, areas, strict=True):
            low = t.lower()
            flags_per.append(
                {
                    c
                    for c, words in FLAG_KEYWORDS.items()
                    if _FLAG_AREA[c] in a and any(w in low for w in words)
                }
            )
    else:
        areas = detect_areas(texts, method=_method(method))
        flags_per = [
            {
                f.code
                for f in review_passages(
                    [_passage(t)], method=_method(method), flag_threshold=flag_threshold
                ).red_flags
            }
            for t in texts
        ]
    exact = 0
    hit = 0
    tp = fp = fn = 0
    for r, a, f in zip(rows, areas, flags_per, strict=True):
        want = set() if r["area"] == "other" else {Area(r["area"])}
        exact += a == want
        hit += (not want and not a) or bool(want & a)
        truth = set(r["red_flags"])
        tp += len(f & truth)
        fp += len(f - truth)
        fn += len(truth - f)
    recall, precision = _prf(tp, fp, fn)
    return {
        "area_exact": exact / len(rows),
        "area_hit": hit / len(rows),
        "flag_recall": recall,
        "flag_precision": precision,
    }


def _passage(text: str, index: int = 0) -> Passage:
    return Passage(index=index, text=text, location=f"passage {index}")


# --------------------------------------------------------------------------- #
# Cross-validation on the dev half (--cv)


class FoldModel(PassageModel):
    """Answers for each passage from the fold model that never saw its family.

    A contract passage is matched to the labelled passage it contains (the
    reader keeps clause numbers such as "(a)" or "3.1"); generated scaffolding
    (title, preamble, signatures), which no model saw, goes to the first fold's.
    """

    def __init__(self, models: Sequence[ContractModel], fold_of: dict[str, int]) -> None:
        self.models = list(models)
        self.fold_of = fold_of
        self._by_length = sorted(fold_of, key=len, reverse=True)
        self._cache: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
        self._folds: dict[str, int] = {}

    def fold(self, text: str) -> int:
        if text not in self._folds:
            known = self.fold_of.get(text)
            if known is None:
                known = next((self.fold_of[t] for t in self._by_length if t in text), 0)
            self._folds[text] = known
        return self._folds[text]

    def scores(self, texts: Sequence[str]) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
        todo: dict[int, list[str]] = {}
        for t in texts:
            if t not in self._cache:
                todo.setdefault(self.fold(t), []).append(t)
        for k, batch in todo.items():
            areas, flags = self.models[k].scores(batch)
            for t, a, f in zip(batch, areas, flags, strict=True):
                self._cache[t] = (a, f)
        return [self._cache[t][0] for t in texts], [self._cache[t][1] for t in texts]

    def cues(self, text: str, code: str, *, limit: int = 3) -> list[str]:
        return self.models[self.fold(text)].cues(text, code, limit=limit)


def _family_folds(rows: list[dict[str, Any]], k: int) -> dict[str, int]:
    """Families to folds: largest first, each to the fold with fewest passages
    (deterministic; sklearn's GroupKFold does the same)."""
    sizes = Counter(r["family"] for r in rows)
    load = [0] * k
    out: dict[str, int] = {}
    for family, n in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        i = min(range(k), key=lambda j: (load[j], j))
        out[family] = i
        load[i] += n
    return out


def cross_validate(
    passages: list[dict[str, Any]], contracts: list[dict[str, Any]]
) -> dict[str, Any]:
    """Grouped k-fold CV on dev: the figures behind FLAG_MODEL_THRESHOLD."""
    fold_of_family = _family_folds(passages, CV_FOLDS)
    models = []
    for k in range(CV_FOLDS):
        models.append(train(r for r in passages if fold_of_family[r["family"]] != k))
        print(f"fold {k + 1}/{CV_FOLDS} trained", file=sys.stderr)
    fold_of = {r["text"]: fold_of_family[r["family"]] for r in passages}
    model = FoldModel(models, fold_of)
    codes = [f.code for f in RED_FLAGS]

    # per passage: patterns (gated by the out-of-fold areas), the detector, both
    texts = [r["text"] for r in passages]
    _, probs = model.scores(texts)
    patterns = [
        {f.code for f in review_passages([_passage(t)], model=model, flag_threshold=None).red_flags}
        for t in texts
    ]
    truth = [set(r["red_flags"]) for r in passages]

    def counts(pred: list[set[str]], want: list[set[str]]) -> tuple[float, float]:
        tp = sum(len(p & w) for p, w in zip(pred, want, strict=True))
        fp = sum(len(p - w) for p, w in zip(pred, want, strict=True))
        fn = sum(len(w - p) for p, w in zip(pred, want, strict=True))
        return _prf(tp, fp, fn)

    passage_rows = [("patterns", None, counts(patterns, truth), None)]
    for t in CV_THRESHOLDS:
        alone = [{c for c in codes if p[c] >= t} for p in probs]
        both = [a | b for a, b in zip(alone, patterns, strict=True)]
        passage_rows.append(("detector", t, counts(alone, truth), counts(both, truth)))

    # per contract: the reviews themselves, out of fold
    with tempfile.TemporaryDirectory(prefix="custos-bench-cv-") as tmp:
        docs = {r["id"]: _read(Path(tmp), r) for r in contracts}
    contract_truth = [set(r["red_flags"]) for r in contracts]
    contract_rows = []
    for method, threshold in [("rules", None), ("classifier", None)] + [
        ("classifier", t) for t in CV_THRESHOLDS
    ]:
        c = evaluate_contracts(contracts, method, threshold, model=model, docs=docs)
        alone: tuple[float, float] | None = None
        if threshold is not None:
            pred = []
            for r in contracts:
                _, fp = model.scores([p.text for p in docs[r["id"]].passages])
                pred.append({code for p in fp for code in codes if p[code] >= threshold})
            alone = counts(pred, contract_truth)
        contract_rows.append((method, threshold, c, alone))
    chosen = next(
        (
            t
            for _, t, _, alone in contract_rows
            if alone is not None and alone[1] >= PRECISION_FLOOR
        ),
        None,
    )
    return {"passages": passage_rows, "contracts": contract_rows, "chosen": chosen}


def render_cv(cv: dict[str, Any], n_passages: int, n_families: int, n_contracts: int) -> str:
    lines = [
        f"Grouped {CV_FOLDS}-fold cross-validation on the dev half ({n_passages} passages, "
        f"{n_families} families, {n_contracts} contracts): every passage scored by models "
        "trained without its family. The patterns were written on all dev families, so "
        "their figures here flatter them.",
        "",
        "Per passage (recall / precision):",
        "",
        "| flags | threshold | alone | with the patterns |",
        "| --- | --- | --- | --- |",
    ]
    for name, t, alone, both in cv["passages"]:
        lines.append(
            f"| {name} | {'-' if t is None else t} | {_f(alone[0])} / {_f(alone[1])} | "
            + ("-" if both is None else f"{_f(both[0])} / {_f(both[1])}")
            + " |"
        )
    lines += [
        "",
        "Per contract (a code counts once per contract):",
        "",
        "| area detection | detector threshold | rating accuracy | red-flag recall / "
        "precision | the detector's flags alone |",
        "| --- | --- | --- | --- | --- |",
    ]
    for method, t, c, alone in cv["contracts"]:
        lines.append(
            f"| {method} | {'patterns only' if t is None else t} | {_f(c['overall'])} | "
            f"{_f(c['flag_recall'])} / {_f(c['flag_precision'])} | "
            + ("-" if alone is None else f"{_f(alone[0])} / {_f(alone[1])}")
            + " |"
        )
    lines += [
        "",
        f"Lowest threshold at which the detector's flags alone reach a per-contract "
        f"precision of {PRECISION_FLOOR}: {cv['chosen']} (shipped: {FLAG_MODEL_THRESHOLD}).",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.contract_review", description=__doc__)
    p.add_argument("--split", choices=("heldout", "dev"), default="heldout")
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--verbose", action="store_true", help="print every wrong rating")
    p.add_argument(
        "--cv", action="store_true", help="grouped cross-validation on the dev half (no write)"
    )
    a = p.parse_args(argv)
    split = "dev" if a.cv else a.split
    contracts = [
        r
        for r in (json.loads(line) for line in CONTRACTS.read_text().splitlines() if line)
        if r["split"] == split
    ]
    passages = load_passages(split)
    if a.cv:
        cv = cross_validate(passages, contracts)
        families = len({r["family"] for r in passages})
        print(render_cv(cv, len(passages), families, len(contracts)))
        return 0
    env = environment("custos", "scikit-learn", "pypdf", "python-docx")
    # Train the shipped classifier once before timing (it trains on first use).
    review_passages([_passage("warm-up")], method="hybrid")
    results = {}
    for label, method, threshold in METHODS:
        c = evaluate_contracts(contracts, method, threshold)
        ps = evaluate_passages(passages, method, threshold)
        results[label] = (c, ps)
        print(
            f"{label}: rating {c['overall']:.3f}, flags R {c['flag_recall']:.3f} "
            f"P {c['flag_precision']:.3f}, passage area {ps['area_exact']:.3f}, "
            f"{c['pages_per_second']:.0f} pages/s",
            file=sys.stderr,
        )
        if a.verbose and method != "keyword":
            for code, (r, pr) in sorted(c["per_code"].items()):
                print(f"   {code}: R {r:.2f} P {pr:.2f}", file=sys.stderr)
            print(f"   confusion {dict(c['confusion'])}", file=sys.stderr)
            print(f"   terms {c['terms']}", file=sys.stderr)
    section = render(env, results, a.split, len(contracts), len(passages), argv)
    if a.split == "heldout" and (BLIND2 / "contracts.jsonl").exists():
        b_contracts = [
            json.loads(line)
            for line in (BLIND2 / "contracts.jsonl").read_text().splitlines()
            if line
        ]
        b_passages = [
            json.loads(line)
            for line in (BLIND2 / "passages.jsonl").read_text().splitlines()
            if line
        ]
        blind = {
            label: (
                evaluate_contracts(b_contracts, method, threshold),
                evaluate_passages(b_passages, method, threshold),
            )
            for label, method, threshold in METHODS
        }
        for label, (c, _) in blind.items():
            print(
                f"blind2 {label}: rating {c['overall']:.3f}, flags R {c['flag_recall']:.3f} "
                f"P {c['flag_precision']:.3f}",
                file=sys.stderr,
            )
        section += "\n" + render_blind2(blind, len(b_contracts), len(b_passages))
    print(section)
    if not a.no_write and a.split == "heldout":
        write_section(a.out, SECTION, section)
    return 0


def render_blind2(
    results: dict[str, tuple[dict[str, Any], dict[str, Any]]], n_contracts: int, n_passages: int
) -> str:
    """The same methods on the fresh blind set, in the same run."""
    lines = [
        "### On a fresh blind set",
        "",
        f"`bench/data/contracts/blind2/`: {n_contracts} contracts and {n_passages} passages "
        "written for this purpose by a writer who read only the labelling rules "
        "(bench/data/contracts/README.md), the composition script and the playbook, never "
        "the reviewer's rules, its shipped passages or the first held-out half; new drafting "
        "styles, paraphrased red flags that avoid the obvious keywords, and harmless text "
        "with alarming words. Measured once, after the detector above was fixed.",
        "",
        "| method | rating accuracy (8 areas) | red-flag recall | red-flag precision | "
        "passage area accuracy | passage red-flag recall / precision |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for method, (c, ps) in results.items():
        lines.append(
            f"| {method} | {_f(c['overall'])} | {_f(c['flag_recall'])} | "
            f"{_f(c['flag_precision'])} | {_f(ps['area_exact'])} | "
            f"{_f(ps['flag_recall'])} / {_f(ps['flag_precision'])} |"
        )
    best = results[DEFAULT][0]
    lines += ["", f"Red flags per code on the blind set ({DEFAULT}, per contract):", ""]
    lines += ["| code | recall | precision |", "| --- | --- | --- |"]
    for code, (r, pr) in sorted(best["per_code"].items()):
        lines.append(f"| `{code}` | {_f(r)} | {_f(pr)} |")
    lines.append("")
    return "\n".join(lines)


def _f(x: float) -> str:
    return "-" if x != x else f"{x:.3f}"


def render(
    env: dict[str, str],
    results: dict[str, tuple[dict[str, Any], dict[str, Any]]],
    split: str,
    n_contracts: int,
    n_passages: int,
    argv: list[str],
) -> str:
    lines = [
        SECTION,
        "",
        f"`custos contract review` on the **{split}** half of our labelled data: {n_contracts} "
        f"synthetic contracts and {n_passages} single passages written for this project "
        "(bench/data/contracts/README.md), split by template family so that no held-out "
        "wording was seen while the rules were written or the classifier trained. Every "
        "method gets the same documents in the same run; the last three share the "
        "rule-based findings (red flags, elements of a strong clause, terms) and differ in "
        "how they decide which area a passage is about.",
        "",
        f"Measured {env['date']} on {env['cores']} cores ({env['cpu']}), Python "
        f"{env['python']}; custos {env['custos']}, scikit-learn {env['scikit-learn']}. "
        "Command: `python -m bench.contract_review" + (" " + " ".join(argv) if argv else "") + "`.",
        "",
        "| method | rating accuracy (8 areas) | red-flag recall | red-flag precision | "
        "passage area accuracy | passage red-flag recall / precision | pages/s |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for method, (c, ps) in results.items():
        lines.append(
            f"| {method} | {_f(c['overall'])} | {_f(c['flag_recall'])} | "
            f"{_f(c['flag_precision'])} | {_f(ps['area_exact'])} | "
            f"{_f(ps['flag_recall'])} / {_f(ps['flag_precision'])} | "
            f"{c['pages_per_second']:.0f} |"
        )
    best = results[DEFAULT][0]
    lines += [
        "",
        f"The default is `{DEFAULT}`, chosen on the dev half before this run: 5-fold "
        "cross-validation grouped by template family gave an exact area-set accuracy of "
        "0.53 (rules), 0.86 (classifier, probability threshold 0.3; 0.84 at 0.35) and "
        "0.84 (hybrid). Red flags are found by regular expressions written on the dev "
        "phrasings (a red flag may fire where the classifier gives its area at least 0.1, "
        "grouped CV on dev) and, with `classifier` and `hybrid`, by a learned detector that "
        "adds the flags the patterns miss (custos/contract/_classify.py: P(area) x P(red "
        "flag | passage, area) x P(code | red flag, area), logistic regressions on the same "
        "TF-IDF features plus the strong-clause elements, trained on the dev half). "
        f"`classifier, patterns only` is the same review without the detector. Its threshold, "
        f"{FLAG_MODEL_THRESHOLD}, is the lowest at which its flags alone reached a per-contract "
        "precision of 0.75 in grouped 5-fold CV on dev (`python -m bench.contract_review "
        "--cv`: recall 0.297 / precision 0.767 alone; per passage 0.305 / 0.870); per-code "
        "one-vs-rest models, models without the per-area weights or the element features, "
        "and word- or character-only features scored the same or lower there. The patterns "
        "were written on every dev family, so CV cannot measure what the detector adds to "
        "them; only held-out text can. History, for honesty: the first held-out run (586 "
        "passages, rules written on 3-4 dev families per code) gave rating accuracy 0.725 "
        "and red-flag recall 0.23 / precision 0.62; we then added 303 dev passages in 87 new "
        "families (never reading the held-out text) and broadened the rules on them. Its "
        "per-code scores of the first run were known when the rules were broadened, so the "
        "held-out half is no longer fully blind; one bug seen in its output was fixed before "
        "the second run (the SLA uptime element did not read '99.9 per cent', though the "
        "term extractor did). The second run gave red-flag recall 0.585 / precision 0.738 "
        "(`classifier`, patterns only); the detector was then built on the dev half alone, "
        "with only those two figures known, and this is the third held-out run.",
        "",
        f"Per-area rating accuracy ({DEFAULT} / keyword):",
        "",
        f"| area | {DEFAULT} | keyword |",
        "| --- | --- | --- |",
    ]
    for area in AREAS:
        lines.append(
            f"| {area.value} | {_f(best['accuracy'][area.value])} | "
            f"{_f(results['keyword'][0]['accuracy'][area.value])} |"
        )
    lines += ["", f"Red flags per code ({DEFAULT}, per contract: recall / precision):", ""]
    lines += ["| code | recall | precision |", "| --- | --- | --- |"]
    for code, (r, pr) in sorted(best["per_code"].items()):
        lines.append(f"| `{code}` | {_f(r)} | {_f(pr)} |")
    lines += [
        "",
        f"Terms extracted exactly ({DEFAULT}): "
        + ", ".join(f"{k} {ok}/{n}" for k, (ok, n) in sorted(best["terms"].items()))
        + ".",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
