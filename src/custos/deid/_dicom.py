"""DICOM de-identification: PS3.15 Annex E Basic Application Level
Confidentiality Profile with its options, driven by Table E.1-1 as data.

``deidentify_dicom(src, out, secret=...)`` reads every file under ``src``,
applies the profile (``_dicom_profile``) to the whole dataset, sequences
included, optionally masks burned-in text (``_pixels``), and writes the result
under ``out``. Files it cannot handle safely are quarantined, never passed
through.

Rules beyond the table (the table lists what to protect; everything else is
kept, as the standard says, except where a rule below is stricter):

- Private attributes are removed (the table's (gggg,eeee) row), recursively;
  under Retain Safe Private those listed in ``data/dicom_safe_private.csv``
  are kept with their Private Creator, when the creator and the VR match.
- Attributes not in the table: kept, except PN values (emptied: any person's
  name), DA and DT values (removed, or shifted / kept under the date options:
  PS3.15 E.1.1 note 4 suggests treating dates by VR), UIDs that are not
  well-known DICOM UIDs (remapped unless Retain UIDs: an instance UID under a
  newer or vendor tag is still an identifier), standard tags unknown to the
  dictionary and group lengths (removed: they cannot be judged).
- Overlays: when Overlay Data (60xx,3000) goes, its whole 60xx group goes with
  it. Curves (50xx) go. Clean Graphics cleans Graphic Annotation text; overlay
  planes and curves are still removed under it (stricter than cleaning).
- The Icon Image Sequence (a thumbnail that may show burned-in text) is removed
  whenever pixels are cleaned.
- Patient ID and Patient's Name become one keyed pseudonym per patient
  (``secret.mac``), recorded in the re-linking table. Dates are shifted by
  ``date_shift_days(secret, PatientID)`` (whole days, so times of day are
  unchanged and a DA + TM pair stays consistent; DT keeps its time and
  offset). Without a PatientID the study's UID keys the shift.
- "Clean" (C) on text is a redaction, not a rewrite: values of the dataset's
  own identifying attributes (names, IDs, institution, ...) and date- or
  number-like strings are replaced with ``[removed]``. It is no substitute for
  the clinical-text de-identifier on free-text reports.
- The File Meta Information is rebuilt (only the SOP class and instance UIDs,
  transfer syntax and custos's implementation UID survive) and the 128-byte
  preamble is zeroed (PS3.15 E.1.1 item 7).
- Output names: original file and folder names can hold patient names, so by
  default every path component is replaced by a keyed neutral name (folders
  ``d-<hex>``, files ``f-<hex>.dcm``), recorded in the re-linking table under
  "path"; ``neutral_names=False`` mirrors the original relative paths.
- Quarantine: a file that is not DICOM, cannot be parsed, is a DICOMDIR (it
  indexes original names), has undecodable pixels when pixels must be cleaned,
  or declares burned-in annotation when they need not be, is copied to
  ``quarantine/`` under its original relative path with a ``.reason.json``
  (code and public reason, never a value). Quarantine holds original data and
  stays at the hospital; it may not lie inside ``out``. Without a quarantine
  folder such files are skipped and counted in the report by reason code.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path, PurePosixPath
from typing import Any

import pydicom
from pydicom._uid_dict import UID_dictionary
from pydicom.datadict import dictionary_has_tag, dictionary_VR
from pydicom.dataelem import DataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.errors import InvalidDicomError
from pydicom.multival import MultiValue
from pydicom.sequence import Sequence
from pydicom.tag import BaseTag
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID

from custos.core._errors import ConfigError, InvalidInput
from custos.data._loader import file_sha256
from custos.deid._common import (
    DeidReport,
    DeidSecret,
    RelinkTable,
    date_shift_days,
    patient_pseudonym,
    remap_uid,
)
from custos.deid._dicom_profile import (
    ConfidentialityProfile,
    SafePrivate,
    load_profile,
    load_safe_private,
)

METHOD = "DICOM PS3.15 E.1-1 Basic Application Level Confidentiality Profile"
DUMMY_TEXT = "ANONYMIZED"
REDACTED = "[removed]"
MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10"
# Modalities that usually carry burned-in text: a warning when not cleaned.
TEXT_PRONE = frozenset({"US", "IVUS", "SC", "OT", "ES", "XC", "GM", "DOC", "XA", "RF"})
_STRING_VRS = frozenset({"AE", "CS", "LO", "LT", "SH", "ST", "UC", "UT", "PN", "UR", "AS"})
_TEXT_VRS = frozenset({"LO", "LT", "SH", "ST", "UC", "UT"})
_NUMERIC_VRS = frozenset({"DS", "IS", "FL", "FD", "SL", "SS", "UL", "US", "SV", "UV", "AT"})
_BINARY_VRS = frozenset({"OB", "OD", "OF", "OL", "OV", "OW", "UN"})
_DUMMY_BY_VR: dict[str, Any] = {
    "AE": "ANONYMIZED",
    "AS": "000Y",
    "CS": "ANONYMIZED",
    "DA": "19000101",
    "DT": "19000101000000",
    "TM": "000000",
    "UR": "",
}
_GENERIC_REDACT = re.compile(
    r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"  # dates written with separators
    r"|\b(?:19|20)\d{6}\b"  # DA-like dates
    r"|\d{5,}"  # long numbers: IDs, phone numbers
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail addresses
)
_DT = re.compile(r"^(\d{4})(\d{2})?(\d{2})?(.*)$")

# Code Meanings of CID 7050 (De-identification Method), scheme DCM.
CID_7050 = {
    "basic": ("113100", "Basic Application Confidentiality Profile"),
    "clean_pixel_data": ("113101", "Clean Pixel Data Option"),
    "clean_graphics": ("113103", "Clean Graphics Option"),
    "clean_structured_content": ("113104", "Clean Structured Content Option"),
    "clean_descriptors": ("113105", "Clean Descriptors Option"),
    "retain_full_dates": ("113106", "Retain Longitudinal Temporal Information Full Dates Option"),
    "retain_modified_dates": (
        "113107",
        "Retain Longitudinal Temporal Information Modified Dates Option",
    ),
    "retain_patient_characteristics": ("113108", "Retain Patient Characteristics Option"),
    "retain_device_identity": ("113109", "Retain Device Identity Option"),
    "retain_uids": ("113110", "Retain UIDs Option"),
    "retain_safe_private": ("113111", "Retain Safe Private Option"),
    "retain_institution_identity": ("113112", "Retain Institution Identity Option"),
}


@dataclass(frozen=True)
class DicomOptions:
    """The PS3.15 options (all off: the Basic Profile alone), plus output naming.

    ``retain_longitudinal_temporal`` is the Modified Dates option (dates
    shifted per patient); ``retain_full_dates`` keeps dates unchanged. The two
    exclude each other.
    """

    retain_longitudinal_temporal: bool = False
    retain_full_dates: bool = False
    retain_patient_characteristics: bool = False
    retain_device_identity: bool = False
    retain_institution_identity: bool = False
    retain_uids: bool = False
    retain_safe_private: bool = False
    clean_descriptors: bool = False
    clean_structured_content: bool = False
    clean_graphics: bool = False
    clean_pixel_data: bool = False
    neutral_names: bool = True

    def validate(self) -> None:
        if self.retain_longitudinal_temporal and self.retain_full_dates:
            raise ConfigError(
                "choose either full dates or modified (shifted) dates, not both",
                code="deid.dicom_options_conflict",
            )

    def enabled(self) -> frozenset[str]:
        """Names of the enabled options, as the profile table's columns name them."""
        names = {
            "retain_modified_dates": self.retain_longitudinal_temporal,
            "retain_full_dates": self.retain_full_dates,
            "retain_patient_characteristics": self.retain_patient_characteristics,
            "retain_device_identity": self.retain_device_identity,
            "retain_institution_identity": self.retain_institution_identity,
            "retain_uids": self.retain_uids,
            "retain_safe_private": self.retain_safe_private,
            "clean_descriptors": self.clean_descriptors,
            "clean_structured_content": self.clean_structured_content,
            "clean_graphics": self.clean_graphics,
            "clean_pixel_data": self.clean_pixel_data,
        }
        return frozenset(k for k, v in names.items() if v)


class _Quarantine(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass
class _Context:
    """What one file's walk needs and what it counts."""

    secret: DeidSecret
    options: DicomOptions
    enabled: frozenset[str]
    profile: ConfidentialityProfile
    safe: SafePrivate
    relink: RelinkTable
    shift_days: int
    patient_alias: str
    redact: re.Pattern[str] | None
    counts: Counter[str] = field(default_factory=Counter)


def _neutral_path(secret: DeidSecret, rel: PurePosixPath) -> PurePosixPath:
    parts: list[str] = []
    for i in range(1, len(rel.parts) + 1):
        prefix = "/".join(rel.parts[:i])
        token = secret.mac("dicom-path", prefix).hex()[:20]
        parts.append(f"f-{token}.dcm" if i == len(rel.parts) else f"d-{token[:12]}")
    return PurePosixPath(*parts)


def _shift_da(value: str, days: int) -> str | None:
    v = value.strip().replace(".", "")  # ACR-NEMA "YYYY.MM.DD"
    if not v:
        return ""
    m = _DT.match(v)
    if m is None or len(v) != 8 or m.group(4):
        return None
    try:
        d = date(int(v[:4]), int(v[4:6]), int(v[6:8])) + timedelta(days=days)
    except ValueError:
        return None
    return d.strftime("%Y%m%d")


def _shift_dt(value: str, days: int) -> str | None:
    v = value.strip()
    if not v:
        return ""
    m = _DT.match(v)
    if m is None:
        return None
    year, month, day, rest = m.groups()
    if day is None and rest:
        return None
    try:
        d = date(int(year), int(month or 1), int(day or 1)) + timedelta(days=days)
    except ValueError:
        return None
    # Keep the original precision: a year-only DT stays year-only.
    text = d.strftime("%Y%m%d")[: 4 + (2 if month else 0) + (2 if day else 0)]
    return text + (rest or "")


def _values(elem: DataElement) -> list[Any]:
    if elem.value is None:
        return []
    if isinstance(elem.value, MultiValue | list):
        return list(elem.value)
    return [elem.value]


def _set(elem: DataElement, new: list[Any]) -> None:
    elem.value = new[0] if len(new) == 1 else new


def _vr(elem: DataElement) -> str:
    vr = str(elem.VR)
    if vr == "UN" or " or " in vr:
        with contextlib.suppress(KeyError):
            vr = dictionary_VR(elem.tag).split(" or ")[0]
    return vr


def _empty(ds: Dataset, elem: DataElement, vr: str) -> None:
    if vr == "SQ":
        elem.value = Sequence([])
    elif vr != elem.VR:
        ds[elem.tag] = DataElement(elem.tag, vr, None)
    else:
        elem.value = None


def _dummy(ds: Dataset, elem: DataElement, vr: str, ctx: _Context) -> None:
    if vr == "SQ":
        # A sequence with invented items would be guesswork; it goes empty.
        elem.value = Sequence([])
        ctx.counts["attributes_emptied"] += 1
        return
    if vr == "UI":
        _remap(elem, ctx)
        return
    if vr in _BINARY_VRS:
        value: Any = b"\x00\x00"
    elif vr in _NUMERIC_VRS:
        value = "0" if vr in ("DS", "IS") else 0
    else:
        value = _DUMMY_BY_VR.get(vr, DUMMY_TEXT)
    ds[elem.tag] = DataElement(elem.tag, vr, value)
    ctx.counts["attributes_replaced"] += 1


def _remap(elem: DataElement, ctx: _Context) -> None:
    new = []
    for uid in _values(elem):
        original = str(uid).strip().rstrip("\0")
        if not original:
            continue
        surrogate = remap_uid(ctx.secret, original)
        ctx.relink.add("uid", surrogate, original)
        new.append(surrogate)
    _set(elem, new)
    ctx.counts["uids_remapped"] += 1


def _shift(ds: Dataset, elem: DataElement, vr: str, ctx: _Context) -> None:
    """Modified Dates: shift DA/DT by the patient's days; TM needs nothing."""
    if vr not in ("DA", "DT"):
        return
    shift = _shift_da if vr == "DA" else _shift_dt
    new = [shift(str(v), ctx.shift_days) for v in _values(elem)]
    if any(v is None for v in new):
        _empty(ds, elem, vr)  # unparseable: nothing is kept
        ctx.counts["attributes_emptied"] += 1
        return
    _set(elem, [v for v in new if v is not None])
    ctx.counts["dates_shifted"] += 1


def _clean(ds: Dataset, elem: DataElement, vr: str, ctx: _Context, depth: int) -> None:
    if vr == "SQ":
        for item in elem.value or []:
            _walk(item, ctx, depth + 1, clean_text=True)
        ctx.counts["attributes_cleaned"] += 1
    elif vr in ("DA", "DT", "TM"):
        if ctx.options.retain_full_dates:
            return
        if ctx.options.retain_longitudinal_temporal:
            _shift(ds, elem, vr, ctx)
        else:
            _dummy(ds, elem, vr, ctx)
    elif vr == "PN":
        _empty(ds, elem, vr)
        ctx.counts["attributes_emptied"] += 1
    elif vr in _TEXT_VRS:
        _redact(elem, ctx)
        ctx.counts["attributes_cleaned"] += 1
    elif vr == "UI":
        _remap(elem, ctx)


def _redact(elem: DataElement, ctx: _Context) -> None:
    new = []
    for v in _values(elem):
        text = str(v)
        if ctx.redact is not None:
            text = ctx.redact.sub(REDACTED, text)
        new.append(_GENERIC_REDACT.sub(REDACTED, text))
    _set(elem, new)


def _outside_table(ds: Dataset, elem: DataElement, vr: str, ctx: _Context, depth: int) -> None:
    """The conservative rules for standard attributes the table does not list."""
    tag = elem.tag
    if tag.element == 0 or not dictionary_has_tag(tag):
        del ds[tag]
        ctx.counts["attributes_removed"] += 1
        ctx.counts["attributes_outside_table"] += 1
    elif vr == "SQ":
        for item in elem.value or []:
            _walk(item, ctx, depth + 1, clean_text=False)
    elif vr == "PN" and _values(elem):
        _empty(ds, elem, vr)
        ctx.counts["attributes_emptied"] += 1
        ctx.counts["attributes_outside_table"] += 1
    elif vr in ("DA", "DT") and _values(elem):
        if ctx.options.retain_full_dates:
            return
        if ctx.options.retain_longitudinal_temporal:
            _shift(ds, elem, vr, ctx)
        else:
            del ds[tag]
            ctx.counts["attributes_removed"] += 1
        ctx.counts["attributes_outside_table"] += 1
    elif vr == "UI" and not ctx.options.retain_uids:
        values = [str(v).strip().rstrip("\0") for v in _values(elem)]
        if any(v and v not in UID_dictionary for v in values):
            _remap(elem, ctx)
            ctx.counts["attributes_outside_table"] += 1


def _private(ds: Dataset, elem: DataElement, ctx: _Context, keep_creators: set[int]) -> None:
    tag = elem.tag
    if 0x0010 <= tag.element <= 0x00FF:
        return  # creators: decided once the block's members are known
    if ctx.options.retain_safe_private and tag.element >= 0x1000:
        creator_tag = BaseTag((tag.group << 16) | (tag.element >> 8))
        creator = ds.get(creator_tag)
        if creator is not None and creator.value:
            vr = ctx.safe.vr_for(str(creator.value), tag.group, tag.element)
            if vr is not None and str(elem.VR) in (vr, "UN"):
                keep_creators.add(int(creator_tag))
                ctx.counts["private_kept"] += 1
                return
    del ds[tag]
    ctx.counts["private_removed"] += 1


def _walk(ds: Dataset, ctx: _Context, depth: int, *, clean_text: bool) -> None:
    """Apply the profile to ``ds`` and, recursively, to its sequences' items."""
    if depth > 32:
        raise _Quarantine("dicom.nesting_too_deep", "sequences nested too deeply")
    keep_creators: set[int] = set()
    overlay_groups: set[int] = set()
    for tag in list(ds.keys()):
        elem = ds[tag]  # converts a raw element; a parse error surfaces here
        if tag.is_private:
            _private(ds, elem, ctx, keep_creators)
            continue
        vr = _vr(elem)
        row = ctx.profile.lookup(int(tag))
        if row is None:
            if clean_text and vr in _TEXT_VRS:
                _redact(elem, ctx)
                ctx.counts["attributes_cleaned"] += 1
            else:
                _outside_table(ds, elem, vr, ctx, depth)
            continue
        if tag in (0x00100020, 0x00100010) and row.action(ctx.enabled) != "K":
            if tag == 0x00100020:
                original = str(elem.value or "").strip()
                alias = patient_pseudonym(ctx.secret, original) if original else ctx.patient_alias
                if original:
                    ctx.relink.add("patient_id", alias, original)
            else:
                alias = ctx.patient_alias
            ds[tag] = DataElement(tag, "LO" if tag == 0x00100020 else "PN", alias)
            ctx.counts["attributes_replaced"] += 1
            continue
        action = row.action(ctx.enabled)
        if action == "X":
            if (tag.group & 0xFF00) == 0x6000:
                overlay_groups.add(tag.group)
            del ds[tag]
            ctx.counts["attributes_removed"] += 1
        elif action == "Z":
            _empty(ds, elem, vr)
            ctx.counts["attributes_emptied"] += 1
        elif action == "D":
            _dummy(ds, elem, vr, ctx)
        elif action == "U":
            _remap(elem, ctx)
        elif action in ("K", "U*"):
            if vr == "SQ":
                for item in elem.value or []:
                    _walk(item, ctx, depth + 1, clean_text=clean_text)
            elif clean_text and vr in _TEXT_VRS:
                _redact(elem, ctx)
        elif action == "C":
            _clean(ds, elem, vr, ctx, depth)
    for group in overlay_groups:
        for tag in [t for t in list(ds.keys()) if t.group == group]:
            del ds[tag]
            ctx.counts["attributes_removed"] += 1
    for tag in [t for t in list(ds.keys()) if t.is_private and 0x10 <= t.element <= 0xFF]:
        if int(tag) not in keep_creators:
            del ds[tag]
            ctx.counts["private_removed"] += 1


def _identifier_pattern(ds: Dataset, ctx: _Context) -> re.Pattern[str] | None:
    """Values of the dataset's identifying attributes, for redaction in text."""
    found: set[str] = set()

    def collect(d: Dataset, depth: int) -> None:
        for elem in d:
            if elem.tag.is_private or depth > 32:
                continue
            vr = _vr(elem)
            if vr == "SQ":
                for item in elem.value or []:
                    collect(item, depth + 1)
                continue
            row = ctx.profile.lookup(int(elem.tag))
            # The values the profile removes, empties or replaces; not the text
            # being cleaned itself (action C), or a description would match
            # itself and be wiped whole.
            identifying = vr == "PN" or (
                row is not None and row.action(ctx.enabled) not in ("K", "C")
            )
            if not identifying or vr not in _STRING_VRS:
                continue
            for v in _values(elem):
                text = str(v)
                pieces = re.split(r"[\^=,\s]+", text) if vr == "PN" else [text.strip()]
                found.update(p for p in pieces if len(p) >= 3)

    collect(ds, 0)
    found -= {DUMMY_TEXT}
    if not found:
        return None
    alternatives = sorted((re.escape(s) for s in found), key=len, reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _method_codes(enabled: frozenset[str]) -> list[tuple[str, str]]:
    keys = ["basic", *sorted(k for k in enabled if k in CID_7050)]
    return [CID_7050[k] for k in keys]


def _mark(ds: Dataset, enabled: frozenset[str], options: DicomOptions) -> None:
    codes = _method_codes(enabled)
    ds.PatientIdentityRemoved = "YES"
    ds.DeidentificationMethod = [f"custos: {meaning}"[:64] for _v, meaning in codes]
    items = []
    for value, meaning in codes:
        item = Dataset()
        item.CodeValue = value
        item.CodingSchemeDesignator = "DCM"
        item.CodeMeaning = meaning
        items.append(item)
    ds.DeidentificationMethodCodeSequence = Sequence(items)
    if options.retain_full_dates:
        ds.LongitudinalTemporalInformationModified = "UNMODIFIED"
    elif options.retain_longitudinal_temporal:
        ds.LongitudinalTemporalInformationModified = "MODIFIED"
    else:
        ds.LongitudinalTemporalInformationModified = "REMOVED"


def _read(path: Path) -> Dataset:
    try:
        ds = pydicom.dcmread(path)
    except InvalidDicomError as exc:
        raise _Quarantine("dicom.not_dicom", "not a DICOM file (no DICM prefix)") from exc
    except Exception as exc:
        raise _Quarantine("dicom.unreadable", "the file cannot be parsed as DICOM") from exc
    sop_class = str(ds.file_meta.get("MediaStorageSOPClassUID", "")) if ds.file_meta else ""
    if sop_class == MEDIA_STORAGE_DIRECTORY or "DirectoryRecordSequence" in ds:
        raise _Quarantine(
            "dicom.dicomdir",
            "a DICOMDIR indexes original names; rebuild it after de-identification",
        )
    if "SOPInstanceUID" not in ds or "SOPClassUID" not in ds:
        raise _Quarantine("dicom.not_an_instance", "no SOP Class or SOP Instance UID")
    return ds


def _process(path: Path, ctx_base: dict[str, Any], counts: Counter[str]) -> Dataset:
    ds = _read(path)
    options: DicomOptions = ctx_base["options"]
    secret: DeidSecret = ctx_base["secret"]
    burned = str(ds.get("BurnedInAnnotation", "")).strip().upper() == "YES"
    if burned and not options.clean_pixel_data:
        raise _Quarantine(
            "dicom.burned_in_annotation",
            "the image declares burned-in annotation and pixel cleaning was not requested",
        )
    if options.clean_pixel_data and "PixelData" in ds:
        from custos.deid._pixels import PixelError, clean_pixels

        try:
            result = clean_pixels(ds)
        except PixelError as exc:
            raise _Quarantine(exc.code, exc.reason) from exc
        counts["images_ocr"] += 1
        counts["frames_ocr"] += result.frames_ocr
        counts["pixel_regions_masked"] += len(result.boxes)
        if result.masked:
            counts["images_masked"] += 1
        elif burned:
            raise _Quarantine(
                "dicom.burned_in_not_found",
                "the image declares burned-in annotation but OCR found no text to mask",
            )
        if "IconImageSequence" in ds:
            del ds.IconImageSequence
            counts["attributes_removed"] += 1
    elif str(ds.get("Modality", "")).strip().upper() in TEXT_PRONE and "PixelData" in ds:
        counts["text_prone_images_not_ocr"] += 1

    patient_id = str(ds.get("PatientID", "") or "").strip()
    key = patient_id or "study:" + str(ds.get("StudyInstanceUID", "")).strip()
    ctx = _Context(
        secret=secret,
        options=options,
        enabled=ctx_base["enabled"],
        profile=ctx_base["profile"],
        safe=ctx_base["safe"],
        relink=ctx_base["relink"],
        shift_days=date_shift_days(secret, key),
        patient_alias=patient_pseudonym(secret, key),
        redact=None,
    )
    if options.clean_descriptors or options.clean_structured_content or options.clean_graphics:
        ctx.redact = _identifier_pattern(ds, ctx)
    for tag in [t for t in list(ds.keys()) if t.group == 0x0002]:
        del ds[tag]  # group 2 belongs in the file meta, which is rebuilt below
    _walk(ds, ctx, 0, clean_text=False)
    counts.update(ctx.counts)
    _mark(ds, ctx.enabled, options)

    old_meta = ds.file_meta
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = ds.SOPClassUID
    meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    meta.TransferSyntaxUID = old_meta.get("TransferSyntaxUID", pydicom.uid.ImplicitVRLittleEndian)
    meta.ImplementationClassUID = PYDICOM_IMPLEMENTATION_UID
    meta.ImplementationVersionName = "CUSTOS_DEID"
    ds.file_meta = meta
    ds.preamble = b"\x00" * 128
    return ds


def _files(src: Path) -> Iterator[Path]:
    if src.is_file():
        yield src
        return
    for p in sorted(src.rglob("*")):
        if p.is_file():
            yield p


def _check_paths(src: Path, out: Path, quarantine: Path | None, relink: Path | None) -> None:
    if not src.exists():
        raise InvalidInput("the DICOM input does not exist", code="deid.input_missing")
    src_r, out_r = src.resolve(), out.resolve()
    if out_r == src_r or out_r.is_relative_to(src_r) or src_r.is_relative_to(out_r):
        raise InvalidInput(
            "the output folder may not contain, or lie inside, the input",
            code="deid.output_overlaps_input",
        )
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InvalidInput("the output folder must be new or empty", code="deid.output_not_empty")
    for what, p in (("quarantine folder", quarantine), ("re-linking table", relink)):
        if p is not None and p.resolve().is_relative_to(out_r):
            raise ConfigError(
                f"the {what} holds identifying data and may not lie inside the output",
                code="deid.identifying_output_inside_dataset",
            )
    if quarantine is not None and quarantine.resolve().is_relative_to(src_r) and src.is_dir():
        raise ConfigError(
            "the quarantine folder may not lie inside the input",
            code="deid.quarantine_inside_input",
        )


def deidentify_dicom(
    src: Path,
    out: Path,
    *,
    secret: DeidSecret,
    options: DicomOptions = DicomOptions(),
    quarantine: Path | None = None,
    relink: Path | None = None,
) -> DeidReport:
    """De-identify every DICOM file under ``src`` into ``out``.

    Parameters
    ----------
    src:
        A file, or a folder read recursively.
    out:
        A new or empty folder; outputs keep the input's relative layout (with
        neutral names unless ``options.neutral_names`` is off).
    secret:
        The hospital's de-identification secret (pseudonyms, UIDs, date shifts).
    options:
        The PS3.15 options to apply.
    quarantine:
        Where files that cannot be handled safely are copied, each with a
        ``.reason.json``; None skips them (the report still counts them).
    relink:
        Where to save (merge into) the encrypted re-linking table.

    Returns
    -------
    DeidReport
        Counts and reason codes only, never a value from the data.

    Raises
    ------
    InvalidInput
        ``src`` is missing, or ``out`` overlaps it or is not empty.
    ConfigError
        Conflicting options, a misplaced quarantine or re-linking path, an
        invalid profile table, or OCR missing when pixels must be cleaned.
    """
    options.validate()
    _check_paths(src, out, quarantine, relink)
    profile = load_profile()
    ocr: str | None = None
    if options.clean_pixel_data:
        from custos.deid._pixels import require_ocr

        ocr = require_ocr()
    table = RelinkTable()
    enabled = options.enabled()
    base: dict[str, Any] = {
        "options": options,
        "secret": secret,
        "enabled": enabled,
        "profile": profile,
        "safe": load_safe_private(),
        "relink": table,
    }
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    outputs: dict[str, str] = {}
    out.mkdir(parents=True, exist_ok=True)
    root = src if src.is_dir() else src.parent
    for path in _files(src):
        counts["files_found"] += 1
        rel = PurePosixPath(path.relative_to(root).as_posix())
        file_counts: Counter[str] = Counter()
        try:
            ds = _process(path, base, file_counts)
            target_rel = _neutral_path(secret, rel) if options.neutral_names else rel
            target = out / target_rel
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".tmp")
            try:
                ds.save_as(tmp, enforce_file_format=True)
            except Exception as exc:
                tmp.unlink(missing_ok=True)
                raise _Quarantine(
                    "dicom.unwritable", "the de-identified file cannot be written"
                ) from exc
            tmp.replace(target)
        except _Quarantine as q:
            reasons[q.code] += 1
            if quarantine is not None:
                dest = quarantine / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, dest)
                reason = {"code": q.code, "reason": q.reason}
                dest.with_name(dest.name + ".reason.json").write_text(json.dumps(reason) + "\n")
                counts["files_quarantined"] += 1
            else:
                counts["files_skipped"] += 1
            continue
        counts.update(file_counts)
        counts["files_written"] += 1
        if options.neutral_names:
            table.add("path", target_rel.as_posix(), rel.as_posix())
        outputs[target_rel.as_posix()] = file_sha256(target)
    if relink is not None:
        table.save(relink, secret)
    warnings: list[str] = []
    if counts["text_prone_images_not_ocr"]:
        warnings.append(
            f"{counts['text_prone_images_not_ocr']} image(s) of modalities that often carry "
            "burned-in text were not OCR'd (clean_pixel_data is off)"
        )
    if reasons and quarantine is None:
        warnings.append(f"{sum(reasons.values())} file(s) skipped; see details.skipped_reasons")
    opts = asdict(options)
    details: dict[str, Any] = {
        "profile": "PS3.15 Annex E Table E.1-1",
        "profile_edition": profile.edition,
        "profile_rows": len(profile.rows),
        "combined_actions": "attribute kept: Z/D, X/D, X/Z/D -> D; X/Z -> Z; X/Z/U* -> U*",
        "method_codes": [code for code, _m in _method_codes(enabled)],
        "tesseract": ocr,
        "quarantine_reasons" if quarantine is not None else "skipped_reasons": dict(reasons),
    }
    return DeidReport(
        kind="dicom",
        method=METHOD,
        options=opts,
        counts=dict(sorted(counts.items())),
        details=details,
        warnings=warnings,
        outputs=outputs,
        secret_fingerprint=secret.fingerprint,
    )


def residual_identifiers(
    original: Dataset,
    deidentified: Dataset,
    *,
    options: DicomOptions = DicomOptions(),
) -> list[str]:
    """Table attributes that still hold one of their original values.

    Walks both datasets (sequences included) and, for every tag the profile
    protects under ``options`` (any action but K), collects its original
    non-empty values; returns the tags (as "(gggg,eeee)", no values) whose
    de-identified values include one of them. Dummy values are not counted.
    Private tags count when any survives. Used by the tests and the benchmark.
    """
    profile = load_profile()
    enabled = options.enabled()

    def values(ds: Dataset) -> dict[int, set[str]]:
        found: dict[int, set[str]] = {}

        def walk(d: Dataset, depth: int) -> None:
            for elem in d:
                if depth > 32:
                    return
                if elem.VR == "SQ":
                    for item in elem.value or []:
                        walk(item, depth + 1)
                row = profile.lookup(int(elem.tag))
                if row is None or row.action(enabled) == "K" or elem.VR == "SQ":
                    continue
                for v in _values(elem):
                    text = str(v).strip()
                    if text and text not in (DUMMY_TEXT, *map(str, _DUMMY_BY_VR.values())):
                        found.setdefault(int(elem.tag), set()).add(text)

        walk(ds, 0)
        if getattr(ds, "file_meta", None) is not None:
            walk(ds.file_meta, 0)
        return found

    before, after = values(original), values(deidentified)
    leftovers = [t for t, vals in after.items() if vals & before.get(t, set())]
    return [f"({t >> 16:04X},{t & 0xFFFF:04X})" for t in sorted(leftovers)]
