"""Benchmark the DICOM de-identifier against the deid package's default recipe.

Run from the repository root::

    python -m bench.deid_dicom                  # everything, writes BENCHMARKS.md
    python -m bench.deid_dicom --quick --no-write

On the DICOM files pydicom ships (every one that reads as an instance), side
by side in one run:

1. custos, headers only (Basic Profile, no options): files/s;
2. custos with Clean Pixel Data (OCR on every image): files/s, on the files
   that have pixel data;
3. the deid package: ``get_identifiers`` then ``replace_identifiers`` with its
   default recipe (``deid.dicom``), saving each file: files/s.

For custos and deid alike, the number of Basic Profile attributes (PS3.15
Table E.1-1, from custos's table) that still hold one of their original values
anywhere in the dataset, and the files with private attributes left. The goal
is zero for both.

The results replace the ``## De-identification (DICOM)`` section of
BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import pydicom

from bench._env import environment as environment_of
from bench._markdown import write_section
from custos.deid._common import DeidSecret
from custos.deid._dicom import DicomOptions, deidentify_dicom, residual_identifiers
from custos.deid._dicom_profile import load_profile
from custos.deid._pixels import ocr_version

SECTION = "## De-identification (DICOM)"
ROOT = Path(__file__).resolve().parent.parent
DATA = Path(pydicom.__file__).parent / "data" / "test_files"
SECRET = DeidSecret(b"\x07" * 32)

warnings.filterwarnings("ignore")
logging.getLogger("pydicom").setLevel(logging.ERROR)


def environment() -> dict[str, str]:
    env = environment_of("pydicom", "deid", "custos")
    env["tesseract"] = ocr_version() or "not installed"
    return env


def corpus(dest: Path, quick: bool) -> list[str]:
    """Copy every pydicom test file that reads as an instance; their names."""
    names = []
    for path in sorted(DATA.glob("*.dcm")):
        try:
            ds = pydicom.dcmread(path)
            _ = ds.SOPInstanceUID, ds.SOPClassUID
        except Exception:
            continue
        if ds.file_meta.get("MediaStorageSOPClassUID") == "1.2.840.10008.1.3.10":
            continue
        names.append(path.name)
    if quick:
        names = names[:12]
    dest.mkdir(parents=True)
    for name in names:
        shutil.copy(DATA / name, dest / name)
    return names


def leftovers(src: Path, out: Path, names: list[str]) -> dict[str, int]:
    """Basic Profile attributes holding an original value, and private leftovers."""
    attrs = files_with = private_files = missing = 0
    for name in names:
        target = out / name
        if not target.exists():
            missing += 1
            continue
        before, after = pydicom.dcmread(src / name), pydicom.dcmread(target)
        left = residual_identifiers(before, after)
        attrs += len(left)
        files_with += bool(left)
        private_files += any(e.tag.is_private for e in after.iterall())
    return {
        "attributes": attrs,
        "files_with": files_with,
        "private_files": private_files,
        "missing": missing,
    }


def run_custos(src: Path, out: Path, names: list[str], *, pixels: bool) -> dict[str, Any]:
    opts = DicomOptions(neutral_names=False, clean_pixel_data=pixels)
    t0 = time.perf_counter()
    report = deidentify_dicom(src, out, secret=SECRET, options=opts, quarantine=out.parent / "q")
    seconds = time.perf_counter() - t0
    written = report.counts.get("files_written", 0)
    return {
        "files": len(names),
        "written": written,
        "seconds": seconds,
        "rate": len(names) / seconds,
        "masked": report.counts.get("images_masked", 0),
        "regions": report.counts.get("pixel_regions_masked", 0),
        "quarantined": report.details.get("quarantine_reasons", {}),
        "left": leftovers(src, out, names),
    }


def run_deid(src: Path, out: Path, names: list[str]) -> dict[str, Any]:
    from deid.dicom import get_identifiers, replace_identifiers
    from deid.logger import bot

    bot.level = 0  # quiet
    out.mkdir(parents=True)
    failed = 0
    t0 = time.perf_counter()
    for name in names:
        path = str(src / name)
        try:
            ids = get_identifiers([path])
            replace_identifiers([path], ids=ids, save=True, output_folder=str(out), overwrite=True)
        except Exception:
            failed += 1
    seconds = time.perf_counter() - t0
    return {
        "files": len(names),
        "written": len(names) - failed,
        "seconds": seconds,
        "rate": len(names) / seconds,
        "left": leftovers(src, out, names),
    }


def render(env: dict[str, str], results: dict[str, dict[str, Any]], quick: bool) -> str:
    profile = load_profile()
    head = results["custos"]
    lines = [
        SECTION,
        "",
        f"custos's DICOM de-identifier (`custos.deid._dicom.deidentify_dicom`, PS3.15 Table E.1-1 "
        f"edition {profile.edition}, {len(profile.rows)} rows, Basic Profile without options) "
        "against the deid package's default recipe (`deid.dicom.get_identifiers` + "
        "`replace_identifiers`, its `deid.dicom` recipe, files saved), side by side in one run "
        f"on the {head['files']} DICOM files pydicom ships that read as instances (CT, MR, NM, "
        "US incl. multi-frame and palette, RGB/YBR secondary captures, RT, SR, ECG; "
        "uncompressed, big endian, deflated, RLE, JPEG, JPEG-LS, JPEG 2000). "
        '"Left" counts Basic Profile attributes (any action but K) still holding one of '
        "their original values anywhere in the dataset, sequences and file meta included "
        "(`residual_identifiers`); the goal is zero." + (" **Quick run.**" if quick else ""),
        "",
        f"- Date: {env['date']}",
        f"- Machine: {env['cores']} cores, {env['cpu']}",
        f"- Versions: Python {env['python']}, pydicom {env['pydicom']}, deid {env['deid']}, "
        f"tesseract {env['tesseract']}, custos {env['custos']}",
        "- Reproduce: `python -m bench.deid_dicom` (`--quick` for a subset)",
        "",
        "| Run | Files | Written | Seconds | Files/s | Left (attributes) | Files with leftovers "
        "| Files with private tags |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    labels = {
        "custos": "custos, headers only",
        "custos_pixels": "custos, headers + Clean Pixel Data (OCR), image files",
        "deid": "deid default recipe",
    }
    for key, label in labels.items():
        r = results.get(key)
        if r is None:
            continue
        left = r["left"]
        lines.append(
            f"| {label} | {r['files']} | {r['written']} | {r['seconds']:.2f} | {r['rate']:.1f} "
            f"| {left['attributes']} | {left['files_with']} | {left['private_files']} |"
        )
    lines.append("")
    pix = results.get("custos_pixels")
    if pix is not None:
        lines.append(
            f"With Clean Pixel Data, {pix['masked']} image(s) had text masked "
            f"({pix['regions']} boxes); quarantined: {pix['quarantined'] or 'none'}. "
            "OCR dominates the cost (two tesseract passes per image where colour or "
            "ultrasound, up to 8 frames per multi-frame image)."
        )
    if head["quarantined"]:
        lines.append(f"Headers-only quarantine: {head['quarantined']}.")
    lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a subset of the files")
    parser.add_argument("--no-write", action="store_true", help="print, do not write")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    args = parser.parse_args(argv)
    env = environment()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "in"
        names = corpus(src, args.quick)
        results: dict[str, dict[str, Any]] = {}
        print(f"{len(names)} files", file=sys.stderr)
        results["custos"] = run_custos(src, tmp / "c" / "out", names, pixels=False)
        print("custos headers done", file=sys.stderr)
        results["deid"] = run_deid(src, tmp / "d" / "out", names)
        print("deid done", file=sys.stderr)
        if ocr_version() is not None:
            images = [n for n in names if "PixelData" in pydicom.dcmread(src / n)]
            img_src = tmp / "img"
            img_src.mkdir()
            for n in images:
                shutil.copy(src / n, img_src / n)
            results["custos_pixels"] = run_custos(img_src, tmp / "p" / "out", images, pixels=True)
            print("custos pixels done", file=sys.stderr)
    section = render(env, results, args.quick)
    print(section)
    if not args.no_write:
        write_section(args.out, SECTION, section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
