"""Benchmark contract review (issue #11): our method against a keyword baseline.

Run from the repository root::

    python -m bench.contract_review                 # held-out half, writes BENCHMARKS.md
    python -m bench.contract_review --split dev --no-write   # the half rules were tuned on

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
``hybrid`` area detection, each followed by the same rule-based findings.
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
from custos.contract._classify import load_passages
from custos.contract._playbook import AREAS, RED_FLAGS, Area
from custos.contract._read import Passage, read_contract
from custos.contract._review import AREA_METHODS, review_passages

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ROOT / "bench" / "data" / "contracts" / "contracts.jsonl"
SECTION = "## Contract review"
PAGE_CHARS = 3000
METHODS = ("keyword", "rules", "classifier", "hybrid")
DEFAULT = "classifier"
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


def evaluate_contracts(rows: list[dict[str, Any]], method: str) -> dict[str, Any]:
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
            suffix = ".md" if row.get("format", "markdown") == "markdown" else ".txt"
            path = Path(tmp) / f"{row['id']}{suffix}"
            path.write_text(row["text"], encoding="utf-8")
            started = time.perf_counter()
            doc = read_contract(path)
            texts = [p.text for p in doc.passages]
            if method == "keyword":
                ratings, flags, _ = keyword_review(texts)
                terms: dict[str, Any] = {}
            else:
                review = review_passages(doc.passages, method=method)  # type: ignore[arg-type]
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


def _same(got: Any, want: Any) -> bool:
    if isinstance(want, int | float) and isinstance(got, int | float):
        return abs(float(got) - float(want)) < 1e-6
    return got == want


def evaluate_passages(rows: list[dict[str, Any]], method: str) -> dict[str, Any]:
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
        areas = AREA_METHODS[method](texts)  # type: ignore[index]
        passages = [
            Passage(index=i, text=t, location=f"passage {i}", heading=None, page=None, line=None)
            for i, t in enumerate(texts)
        ]
        flags_per = []
        for p in passages:
            review = review_passages([p], method=method)  # type: ignore[arg-type]
            flags_per.append({f.code for f in review.red_flags})
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


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    p = argparse.ArgumentParser(prog="python -m bench.contract_review", description=__doc__)
    p.add_argument("--split", choices=("heldout", "dev"), default="heldout")
    p.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--verbose", action="store_true", help="print every wrong rating")
    a = p.parse_args(argv)
    contracts = [
        r
        for r in (json.loads(line) for line in CONTRACTS.read_text().splitlines() if line)
        if r["split"] == a.split
    ]
    passages = load_passages(a.split)
    env = environment("custos", "scikit-learn", "pypdf", "python-docx")
    # Train the shipped classifier once before timing (it trains on first use).
    review_passages(
        [Passage(index=0, text="warm-up", location="-", heading=None, page=None, line=None)],
        method="hybrid",
    )
    results = {}
    for method in METHODS:
        c = evaluate_contracts(contracts, method)
        ps = evaluate_passages(passages, method)
        results[method] = (c, ps)
        print(
            f"{method}: rating {c['overall']:.3f}, flags R {c['flag_recall']:.3f} "
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
    print(section)
    if not a.no_write and a.split == "heldout":
        write_section(a.out, SECTION, section)
    return 0


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
        "0.84 (hybrid). Red flags and the elements of a strong clause are regular "
        "expressions written on the dev phrasings; a red flag may fire where the classifier "
        "gives its area at least 0.1 (grouped CV on dev). History, for honesty: the first "
        "held-out run (586 passages, rules written on 3-4 dev families per code) gave "
        "rating accuracy 0.725 and red-flag recall 0.23 / precision 0.62; we then added 303 "
        "dev passages in 87 new families (never reading the held-out text) and broadened the "
        "rules on them; this is the second held-out run. Its per-code scores of the first run "
        "were known when the rules were broadened, so the held-out half is no longer fully "
        "blind; one bug seen in its output was fixed before this run (the SLA uptime element "
        "did not read '99.9 per cent', though the term extractor did).",
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
