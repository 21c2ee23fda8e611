"""Train the text de-identifier's token tagger on the hand-labelled notes.

Writes ``src/custos/deid/data/text_tagger.crfsuite`` and its manifest
``text_tagger.json`` (the model's SHA-256, the training parameters and the
SHA-256 of every labelled file it learned from). ``make text-tagger`` runs it;
a test fails when a labelled file changes and the model is not retrained.

The sets in :data:`HELD_OUT` are never trained on: they are the blind measure
of the tagger (``python -m bench.deid_text``). ``--leave-out NAME`` trains
without one more set (for the cross-validation in the benchmark) and
``--out`` writes elsewhere.

    python -m bench.train_text_tagger
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
PACKAGE_DATA = ROOT / "src" / "custos" / "deid" / "data"
# The sets the shipped model learns from.
TRAINING_SETS = (
    "deid_text_blind.jsonl",
    "deid_text_blind2.jsonl",
    "deid_text_blind3.jsonl",
    "deid_text_blind4.jsonl",
    "deid_text_blind5.jsonl",
    "deid_text_blind6.jsonl",
    "deid_text_blind7.jsonl",
    "deid_text_blind8.jsonl",
    "deid_text_blind9.jsonl",
    "deid_text_blind10.jsonl",
    "deid_text_blind11.jsonl",
    "deid_text_blind12.jsonl",
    "deid_text_blind13.jsonl",
    "deid_text_blind14.jsonl",
    "deid_text_blind15.jsonl",
    "deid_text_blind16.jsonl",
    "deid_text_blind17.jsonl",
    "deid_text_blind18.jsonl",
    "deid_text_blind19.jsonl",
    "deid_text_blind20.jsonl",
    "deid_text_blind21.jsonl",
    "deid_text_blind22.jsonl",
    "deid_text_blind23.jsonl",
    "deid_text_blind24.jsonl",
    "deid_text_blind25.jsonl",
    "deid_text_blind26.jsonl",
    "deid_text_blind27.jsonl",
    "deid_text_blind28.jsonl",
    "deid_text_blind29.jsonl",
    "deid_text_blind30.jsonl",
    "deid_text_blind31.jsonl",
    "deid_text_blind32.jsonl",
    "deid_text_dev.jsonl",
    "deid_text_dev2.jsonl",
    "deid_text_dev3.jsonl",
    "deid_text_dev4.jsonl",
    "deid_text_dev5.jsonl",
    "deid_text_dev6.jsonl",
    "deid_text_dev7.jsonl",
    "deid_text_dev8.jsonl",
    "deid_text_dev9.jsonl",
    "deid_text_dev10.jsonl",
    "deid_text_dev11.jsonl",
    "deid_text_dev12.jsonl",
    "deid_text_dev13.jsonl",
    "deid_text_dev14.jsonl",
    "deid_text_dev15.jsonl",
    "deid_text_dev16.jsonl",
    "deid_text_dev17.jsonl",
    "deid_text_dev18.jsonl",
    "deid_text_dev19.jsonl",
    "deid_text_dev20.jsonl",
)
# Blind sets written after the tagger's recipe was fixed, never trained on
# (every labelled set in bench/data is in one list or the other; a test checks).
HELD_OUT = (
    "deid_text_blind33.jsonl",
    "deid_text_blind34.jsonl",
)


def training_files(leave_out: tuple[str, ...] = ()) -> list[Path]:
    """The training sets, less ``leave_out``."""
    return sorted(DATA / name for name in TRAINING_SETS if name not in leave_out)


def read_notes(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    notes = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            notes.append((o["text"], [(int(a), int(b), str(c)) for a, b, c in o["spans"]]))
    return notes


def train(out_dir: Path, leave_out: tuple[str, ...] = ()) -> dict[str, object]:
    from custos.data._loader import file_sha256
    from custos.deid._text_tagger import (
        MANIFEST_NAME,
        MODEL_NAME,
        TRAINING,
        train_model,
    )

    files = training_files(leave_out)
    notes = [n for p in files for n in read_notes(p)]
    out_dir.mkdir(parents=True, exist_ok=True)
    model = out_dir / MODEL_NAME
    t0 = time.perf_counter()
    train_model(notes, model, TRAINING)
    manifest: dict[str, object] = {
        "model": MODEL_NAME,
        "model_sha256": file_sha256(model),
        "algorithm": "linear-chain CRF (CRFsuite, L-BFGS)",
        "params": TRAINING,
        "notes": len(notes),
        "identifiers": sum(len(s) for _, s in notes),
        "trained_on": {p.name: file_sha256(p) for p in files},
        "held_out": sorted(set(HELD_OUT) | set(leave_out)),
    }
    (out_dir / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return {**manifest, "seconds": round(time.perf_counter() - t0, 1)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=PACKAGE_DATA)
    ap.add_argument("--leave-out", action="append", default=[])
    args = ap.parse_args(argv)
    m = train(args.out, tuple(args.leave_out))
    print(
        f"trained on {m['notes']} notes ({m['identifiers']} identifiers) in {m['seconds']} s: "
        f"{args.out / str(m['model'])}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
