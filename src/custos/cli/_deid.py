"""``custos deid``: de-identify DICOM, clinical notes and tables before they
are registered with the node.

A thin adapter over :mod:`custos.deid`. Every run writes its report (what
was done and how much, never a value) beside or inside the output, where
``custos data add`` finds it and copies it into the dataset's data card.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any, Literal, cast

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from custos.core._errors import InvalidInput, NotFound

deid_app = typer.Typer(
    help="De-identify DICOM, clinical notes and tables before registering them.",
    no_args_is_help=True,
)

out = Console(highlight=False, soft_wrap=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print the report as JSON.")]
SecretOpt = Annotated[
    Path,
    typer.Option(
        "--secret",
        help="The hospital's de-identification secret (custos deid keygen). The same secret "
        "gives the same surrogates, date shifts and UIDs in every run.",
    ),
]
RelinkOpt = Annotated[
    Path | None,
    typer.Option(
        "--relink",
        help="Keep the surrogate-to-original table here, encrypted under the secret "
        "(it stays at the hospital; runs add to it).",
    ),
]
ReportOpt = Annotated[
    Path | None,
    typer.Option(
        "--report",
        help="Write the run's report here (default: OUT/deid-report.json for a folder, "
        "OUT.deid.json beside a file).",
    ),
]


def _secret(path: Path) -> Any:
    from custos.deid._common import DeidSecret

    return DeidSecret.load(path)


def _check_paths(src: Path, dst: Path) -> None:
    if not src.exists():
        raise InvalidInput("the input does not exist", code="deid.input_missing")
    s, d = src.resolve(), dst.resolve()
    inside = src.is_dir() and d.is_relative_to(s)
    contains = dst.is_dir() and s.is_relative_to(d)
    if s == d or inside or contains:
        raise InvalidInput(
            "the output must not be the input, nor inside it or contain it",
            code="deid.output_overlaps_input",
        )


def _finish(report: Any, dst: Path, report_path: Path | None, as_json: bool) -> None:
    """Write the run's report (it lists the output hashes) and print a summary."""
    from custos.deid._common import report_path_for

    path = report_path or report_path_for(dst)
    report.write(path)
    data = report.to_dict()
    if as_json:
        sys.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
        return
    out.print(f"[green]de-identified[/] ({escape(data['kind'])}): {escape(data['method'])}")
    t = Table("count", "value")
    for k, v in sorted(data["counts"].items()):
        t.add_row(escape(str(k)), str(v))
    out.print(t)
    for w in data["warnings"]:
        out.print(f"[yellow]warning[/]: {escape(str(w))}")
    out.print(f"report: {path}", markup=False)


@deid_app.command("keygen")
def deid_keygen(
    file: Annotated[Path, typer.Argument(help="Where to write the new secret (mode 0600).")],
) -> None:
    """Create the hospital's de-identification secret (keep it like a key)."""
    from custos.deid._common import DeidSecret

    secret = DeidSecret.generate()
    secret.save(file)
    out.print(f"wrote {file} (keep it secret; losing it breaks the re-linking table)")
    out.print(f"fingerprint: {secret.fingerprint}")


def _flag(help_text: str) -> Any:
    return typer.Option(help=help_text)


@deid_app.command("dicom")
def deid_dicom(
    src: Annotated[Path, typer.Argument(help="A DICOM file or a folder (searched recursively).")],
    dst: Annotated[Path, typer.Argument(metavar="OUT", help="Where the de-identified files go.")],
    secret: SecretOpt,
    quarantine: Annotated[
        Path | None,
        typer.Option(
            "--quarantine",
            help="Copy files that cannot be handled safely here, each with its reason "
            "(they hold raw data: keep the folder at the hospital). Without it they are "
            "skipped and counted.",
        ),
    ] = None,
    relink: RelinkOpt = None,
    report: ReportOpt = None,
    modified_dates: Annotated[
        bool,
        _flag(
            "Retain Longitudinal Temporal Information, Modified Dates: shift every date by "
            "the patient's keyed offset (intervals kept)."
        ),
    ] = False,
    full_dates: Annotated[
        bool, _flag("Retain Longitudinal Temporal Information, Full Dates (dates kept).")
    ] = False,
    patient_characteristics: Annotated[
        bool, _flag("Retain Patient Characteristics (age, sex, size, weight, ...).")
    ] = False,
    device_identity: Annotated[bool, _flag("Retain Device Identity.")] = False,
    institution_identity: Annotated[bool, _flag("Retain Institution Identity.")] = False,
    retain_uids: Annotated[bool, _flag("Retain UIDs (no remapping).")] = False,
    safe_private: Annotated[bool, _flag("Retain Safe Private attributes (safe list).")] = False,
    clean_descriptors: Annotated[bool, _flag("Clean Descriptors option.")] = False,
    clean_structured_content: Annotated[bool, _flag("Clean Structured Content option.")] = False,
    clean_graphics: Annotated[bool, _flag("Clean Graphics option.")] = False,
    clean_pixels: Annotated[
        bool,
        _flag(
            "Clean Pixel Data: find burned-in text with OCR (tesseract) on every image and "
            "mask it; refused if tesseract is missing."
        ),
    ] = False,
    keep_names: Annotated[
        bool,
        _flag("Keep the input's file and folder names (they may carry identifiers)."),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """The DICOM PS3.15 Basic Application Level Confidentiality Profile, with its options."""
    from custos.deid._dicom import DicomOptions, deidentify_dicom

    _check_paths(src, dst)
    options = DicomOptions(
        retain_longitudinal_temporal=modified_dates,
        retain_full_dates=full_dates,
        retain_patient_characteristics=patient_characteristics,
        retain_device_identity=device_identity,
        retain_institution_identity=institution_identity,
        retain_uids=retain_uids,
        retain_safe_private=safe_private,
        clean_descriptors=clean_descriptors,
        clean_structured_content=clean_structured_content,
        clean_graphics=clean_graphics,
        clean_pixel_data=clean_pixels,
        neutral_names=not keep_names,
    )
    rep = deidentify_dicom(
        src, dst, secret=_secret(secret), options=options, quarantine=quarantine, relink=relink
    )
    _finish(rep, dst, report, as_json)


@deid_app.command("text")
def deid_text(
    src: Annotated[
        Path, typer.Argument(help="A .txt note, a folder of notes, or a .jsonl of notes.")
    ],
    dst: Annotated[Path, typer.Argument(metavar="OUT", help="Where the de-identified notes go.")],
    secret: SecretOpt,
    relink: RelinkOpt = None,
    report: ReportOpt = None,
    patient_key: Annotated[
        str,
        typer.Option(
            "--patient-key",
            help="For plain .txt notes, what says whose note it is (surrogates and date "
            "shifts are per patient): mrn (the first labelled MRN in the note, else the "
            "file), folder (the first sub-folder) or file. A .jsonl names the patient.",
        ),
    ] = "mrn",
    as_json: JsonOpt = False,
) -> None:
    """Find and replace the Safe Harbor identifiers in clinical notes."""
    from custos.deid._text import deidentify_text

    _check_paths(src, dst)
    if patient_key not in ("mrn", "folder", "file"):
        raise InvalidInput("--patient-key is mrn, folder or file", code="deid.text_patient_key")
    rep = deidentify_text(
        src,
        dst,
        secret=_secret(secret),
        relink=relink,
        patient_key=cast(Literal["mrn", "folder", "file"], patient_key),
    )
    _finish(rep, dst, report, as_json)


@deid_app.command("table")
def deid_table(
    src: Annotated[Path, typer.Argument(help="A CSV or Parquet table.")],
    dst: Annotated[Path, typer.Argument(metavar="OUT", help="The output table (.csv/.parquet).")],
    spec: Annotated[
        Path, typer.Option("--spec", help="Column roles, hierarchies and privacy model (YAML).")
    ],
    secret: SecretOpt,
    relink: RelinkOpt = None,
    report: ReportOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Safe Harbor transforms, then k-anonymity (l-diversity, t-closeness) with a risk report."""
    from custos.deid._table import deidentify_table, load_table_spec

    _check_paths(src, dst)
    table_spec = load_table_spec(spec)
    rep = deidentify_table(src, dst, table_spec, secret=_secret(secret), relink=relink)
    _finish(rep, dst, report, as_json)


@deid_app.command("relink")
def deid_relink(
    table: Annotated[Path, typer.Argument(help="The encrypted re-linking table.")],
    secret: SecretOpt,
    surrogate: Annotated[
        str, typer.Argument(help="The surrogate to look up (a pseudonym, UID, ...).")
    ],
) -> None:
    """Look up the original behind one surrogate (at the hospital, for re-contact)."""
    from custos.deid._common import RelinkTable

    found = [
        (kind, original)
        for kind, sur, original in RelinkTable.load(table, _secret(secret)).items()
        if sur == surrogate
    ]
    if not found:
        raise NotFound("no such surrogate in the re-linking table", code="deid.relink_unknown")
    for kind, original in found:
        out.print(f"{kind}: {original}", markup=False)
