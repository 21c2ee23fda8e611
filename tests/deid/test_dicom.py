"""DICOM de-identification (PS3.15 Annex E) on pydicom's own test files."""

from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset

from custos.core._errors import ConfigError, IntegrityError, InvalidInput
from custos.deid import patient_pseudonym
from custos.deid._common import DeidSecret, RelinkTable, date_shift_days, remap_uid
from custos.deid._dicom import (
    CID_7050,
    DicomOptions,
    deidentify_dicom,
    residual_identifiers,
)
from custos.deid._dicom_profile import load_profile, parse_profile

# Not get_testdata_files(): that may try the network.
DATA = Path(pydicom.__file__).parent / "data" / "test_files"
SECRET = DeidSecret(b"\x01" * 32)
OTHER = DeidSecret(b"\x02" * 32)

HEADER_FILES = [
    "CT_small.dcm",
    "MR_small.dcm",
    "MR_small_implicit.dcm",
    "MR_small_bigendian.dcm",
    "MR_small_RLE.dcm",
    "JPEG2000.dcm",
    "SC_rgb_jpeg_dcmtk.dcm",
    "SC_rgb_rle_2frame.dcm",
    "examples_ybr_color.dcm",
    "examples_rgb_color.dcm",
    "examples_palette.dcm",
    "examples_overlay.dcm",
    "rtplan.dcm",
    "rtdose.dcm",
    "reportsi.dcm",
    "test-SR.dcm",
    "waveform_ecg.dcm",
    "image_dfl.dcm",
]

warnings.filterwarnings("ignore", module="pydicom")


def copy(tmp_path: Path, names: list[str], sub: str = "in") -> Path:
    src = tmp_path / sub
    src.mkdir()
    for name in names:
        shutil.copy(DATA / name, src / name)
    return src


def outputs(out: Path) -> list[Path]:
    return sorted(out.rglob("*.dcm"))


def read(path: Path) -> Dataset:
    return pydicom.dcmread(path)


def walk(ds: Dataset):  # type: ignore[no-untyped-def]
    for elem in ds:
        yield elem
        if elem.VR == "SQ":
            for item in elem.value or []:
                yield from walk(item)


# -- the table ---------------------------------------------------------------


def test_profile_table_has_every_row_of_table_e1_1() -> None:
    profile = load_profile()
    assert profile.edition == "2024e"
    assert len(profile.rows) == 621
    by_tag = {row.tag: row for row in profile.rows}
    assert by_tag["(0010,0010)"].basic == "Z"
    assert by_tag["(0010,0020)"].basic == "Z/D"
    assert by_tag["(0020,000D)"].basic == "U"
    assert by_tag["(0020,000D)"].options == {"retain_uids": "K"}
    assert by_tag["(0008,0050)"].basic == "Z"
    assert by_tag["(0008,0080)"].basic == "X/Z/D"
    assert by_tag["(0008,0080)"].options == {"retain_institution_identity": "K"}
    assert by_tag["(0008,1155)"].basic == "U"
    assert by_tag["(0008,1140)"].basic == "X/Z/U*"
    assert by_tag["(0010,0030)"].basic == "Z"
    assert by_tag["(0010,0040)"].options["retain_patient_characteristics"] == "K"
    assert by_tag["(0008,0020)"].options == {"retain_full_dates": "K", "retain_modified_dates": "C"}
    assert by_tag["(0008,1030)"].options["clean_descriptors"] == "C"


def test_repeating_groups_and_private_rows_match() -> None:
    profile = load_profile()
    overlay = profile.lookup(0x60023000)
    assert overlay is not None and overlay.tag == "(60xx,3000)"
    assert profile.lookup(0x601E4000) is not None
    curve = profile.lookup(0x50101234)
    assert curve is not None and curve.tag == "(50xx,xxxx)"
    assert profile.lookup(0x00291010) is profile.private
    assert profile.lookup(0x00280010) is None  # Rows: not in the table


def test_combined_actions_resolve_to_keeping_the_attribute() -> None:
    profile = load_profile()
    institution = profile.lookup(0x00080080)
    assert institution is not None
    assert institution.action(frozenset()) == "D"
    assert institution.action(frozenset({"retain_institution_identity"})) == "K"
    image_seq = profile.lookup(0x00081140)
    assert image_seq is not None and image_seq.action(frozenset()) == "U*"
    # Device identity K against modified dates C: C wins.
    calib = profile.lookup(0x00181200)
    assert calib is not None
    assert calib.action(frozenset({"retain_device_identity", "retain_modified_dates"})) == "C"


def test_a_broken_table_is_refused_with_every_problem_listed() -> None:
    header = (
        "tag,name,keyword,in_std_iod,basic,retain_safe_private,retain_uids,"
        "retain_device_identity,retain_institution_identity,retain_patient_characteristics,"
        "retain_full_dates,retain_modified_dates,clean_descriptors,clean_structured_content,"
        "clean_graphics"
    )
    lines = [header, '"(0010,0010)",A,,Y,Q,,,,,,,,,,', '"(00ZZ,0010)",B,,Y,X,,,,,,,,,,']
    with pytest.raises(ConfigError) as exc:
        parse_profile(["# Edition: 2024e."], lines)
    assert exc.value.code == "deid.profile_invalid"
    assert len(exc.value.details) == 3  # bad action, bad tag, no private row


# -- headers -------------------------------------------------------------------


@pytest.fixture(scope="module")
def basic_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("basic")
    src = copy(tmp, HEADER_FILES)
    out = tmp / "out"
    report = deidentify_dicom(
        src,
        out,
        secret=SECRET,
        options=DicomOptions(neutral_names=False),
        relink=tmp / "relink.enc",
    )
    return src, out, report.to_dict()


def test_no_protected_attribute_keeps_its_original_value(basic_run) -> None:  # type: ignore[no-untyped-def]
    src, out, report = basic_run
    assert report["counts"]["files_written"] == len(HEADER_FILES)
    for name in HEADER_FILES:
        original, result = read(src / name), read(out / name)
        assert residual_identifiers(original, result) == [], name
        assert result.PatientIdentityRemoved == "YES"


def test_residual_check_catches_an_identifier_left_behind(basic_run) -> None:  # type: ignore[no-untyped-def]
    src, out, _ = basic_run
    original, result = read(src / "CT_small.dcm"), read(out / "CT_small.dcm")
    result.InstitutionName = original.InstitutionName
    result.ReferencedImageSequence = pydicom.Sequence([Dataset()])
    result.ReferencedImageSequence[0].SOPInstanceUID = original.SOPInstanceUID
    assert residual_identifiers(original, result) == ["(0008,0018)", "(0008,0080)"]


def test_private_tags_are_removed_everywhere(basic_run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, out, report = basic_run
    assert report["counts"]["private_removed"] > 0
    for name in ("CT_small.dcm",):
        assert any(e.tag.is_private for e in walk(read(src / name))), name
        assert not any(e.tag.is_private for e in walk(read(out / name))), name
    # A private attribute nested in a kept standard sequence goes too.
    ds = read(DATA / "MR_small.dcm")
    item = Dataset()
    item.CodeValue = "T-D4000"
    item.private_block(0x0011, "ACME 1.0", create=True).add_new(0x01, "LO", "secret")
    ds.AnatomicRegionSequence = pydicom.Sequence([item])
    nested = tmp_path / "in"
    nested.mkdir()
    ds.save_as(nested / "n.dcm")
    deidentify_dicom(
        nested, tmp_path / "o", secret=SECRET, options=DicomOptions(neutral_names=False)
    )
    result = read(tmp_path / "o" / "n.dcm")
    assert result.AnatomicRegionSequence[0].CodeValue == "T-D4000"
    assert not any(e.tag.is_private for e in walk(result))


def test_method_code_sequence_and_flags_are_written(basic_run) -> None:  # type: ignore[no-untyped-def]
    _, out, report = basic_run
    ds = read(out / "MR_small.dcm")
    codes = [(i.CodeValue, i.CodingSchemeDesignator) for i in ds.DeidentificationMethodCodeSequence]
    assert codes == [("113100", "DCM")]
    assert ds.LongitudinalTemporalInformationModified == "REMOVED"
    assert "StudyDate" not in ds or not ds.StudyDate
    assert report["details"]["profile_edition"] == "2024e"
    assert report["kind"] == "dicom"


def test_uids_are_remapped_and_file_meta_follows(basic_run) -> None:  # type: ignore[no-untyped-def]
    src, out, _ = basic_run
    for name in ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm"):
        original, result = read(src / name), read(out / name)
        assert result.SOPInstanceUID == remap_uid(SECRET, original.SOPInstanceUID)
        assert result.StudyInstanceUID == remap_uid(SECRET, original.StudyInstanceUID)
        assert result.file_meta.MediaStorageSOPInstanceUID == result.SOPInstanceUID
        assert result.SOPClassUID == original.SOPClassUID
        assert result.preamble == b"\x00" * 128


def test_same_study_same_uids_and_other_secret_other_uids(tmp_path: Path) -> None:
    # The MR_small variants are one instance of one study in several encodings.
    names = ["MR_small.dcm", "MR_small_implicit.dcm", "MR_small_RLE.dcm"]
    src = copy(tmp_path, names)
    deidentify_dicom(src, tmp_path / "a", secret=SECRET, options=DicomOptions(neutral_names=False))
    deidentify_dicom(src, tmp_path / "b", secret=OTHER, options=DicomOptions(neutral_names=False))
    a = [read(tmp_path / "a" / n) for n in names]
    b = [read(tmp_path / "b" / n) for n in names]
    assert len({d.StudyInstanceUID for d in a}) == 1
    assert len({d.SeriesInstanceUID for d in a}) == 1
    assert {d.PatientID for d in a} == {patient_pseudonym(SECRET, "4MR1")}
    assert a[0].StudyInstanceUID != b[0].StudyInstanceUID
    assert a[0].PatientID != b[0].PatientID


def test_uids_inside_sequences_are_remapped(tmp_path: Path) -> None:
    src = copy(tmp_path, ["rtplan.dcm"])
    original = read(src / "rtplan.dcm")
    refs = [e.value for e in walk(original) if e.keyword == "ReferencedSOPInstanceUID"]
    assert refs
    deidentify_dicom(src, tmp_path / "o", secret=SECRET, options=DicomOptions(neutral_names=False))
    result = read(tmp_path / "o" / "rtplan.dcm")
    new = [e.value for e in walk(result) if e.keyword == "ReferencedSOPInstanceUID"]
    assert new == [remap_uid(SECRET, r) for r in refs]


def test_modified_dates_shift_consistently_per_patient(tmp_path: Path) -> None:
    src = copy(tmp_path, ["CT_small.dcm", "MR_small.dcm"])
    opts = DicomOptions(retain_longitudinal_temporal=True, neutral_names=False)
    deidentify_dicom(src, tmp_path / "o", secret=SECRET, options=opts)
    from datetime import date

    def d(text: str) -> date:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))

    for name in ("CT_small.dcm", "MR_small.dcm"):
        original, result = read(src / name), read(tmp_path / "o" / name)
        shift = date_shift_days(SECRET, original.PatientID)
        assert (d(result.StudyDate) - d(original.StudyDate)).days == shift
        assert (d(result.InstanceCreationDate) - d(result.StudyDate)) == (
            d(original.InstanceCreationDate) - d(original.StudyDate)
        )
        assert result.StudyTime == original.StudyTime  # whole days: times unchanged
        assert result.LongitudinalTemporalInformationModified == "MODIFIED"
        codes = {i.CodeValue for i in result.DeidentificationMethodCodeSequence}
        assert codes == {"113100", CID_7050["retain_modified_dates"][0]}


def test_options_retain_what_they_name(tmp_path: Path) -> None:
    src = copy(tmp_path, ["CT_small.dcm"])
    opts = DicomOptions(
        retain_uids=True,
        retain_patient_characteristics=True,
        retain_institution_identity=True,
        retain_full_dates=True,
        neutral_names=False,
    )
    deidentify_dicom(src, tmp_path / "o", secret=SECRET, options=opts)
    original, result = read(src / "CT_small.dcm"), read(tmp_path / "o" / "CT_small.dcm")
    assert result.SOPInstanceUID == original.SOPInstanceUID
    assert result.PatientSex == original.PatientSex
    assert result.InstitutionName == original.InstitutionName
    assert result.StudyDate == original.StudyDate
    assert result.PatientName != original.PatientName
    assert residual_identifiers(original, result, options=opts) == []


def test_safe_private_attributes_survive_only_with_the_option(tmp_path: Path) -> None:
    ds = read(DATA / "MR_small.dcm")
    block = ds.private_block(0x0019, "GEMS_ACQU_01", create=True)
    block.add_new(0x23, "DS", "1.375")
    block.add_new(0x99, "LO", "not on the list")
    src = tmp_path / "in"
    src.mkdir()
    ds.save_as(src / "ct.dcm")
    for retain, expect in ((True, {"1.375"}), (False, set())):
        out = tmp_path / f"o{retain}"
        deidentify_dicom(
            src,
            out,
            secret=SECRET,
            options=DicomOptions(retain_safe_private=retain, neutral_names=False),
        )
        result = read(out / "ct.dcm")
        kept = {str(e.value) for e in result if e.tag.is_private and e.tag.element >= 0x1000}
        assert kept == expect
        assert ("GEMS_ACQU_01" in {str(e.value) for e in result if e.tag.is_private}) == retain


def test_relink_table_opens_with_the_secret_only(basic_run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, out, _ = basic_run
    relink = out.parent / "relink.enc"
    table = RelinkTable.load(relink, SECRET)
    ids = table.entries["patient_id"]
    assert ids[patient_pseudonym(SECRET, "1CT1")] == "1CT1"
    original = read(src / "CT_small.dcm")
    assert (
        table.entries["uid"][remap_uid(SECRET, original.SOPInstanceUID)] == original.SOPInstanceUID
    )
    with pytest.raises(IntegrityError):
        RelinkTable.load(relink, OTHER)
    assert b"1CT1" not in relink.read_bytes()


def test_neutral_names_hide_the_original_paths(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "DOE^JOHN").mkdir(parents=True)
    shutil.copy(DATA / "CT_small.dcm", src / "DOE^JOHN" / "john_doe_ct.dcm")
    report = deidentify_dicom(src, tmp_path / "o", secret=SECRET, relink=tmp_path / "r.enc")
    [written] = outputs(tmp_path / "o")
    rel = written.relative_to(tmp_path / "o").as_posix()
    assert "DOE" not in rel and "john" not in rel
    assert list(report.outputs) == [rel]
    table = RelinkTable.load(tmp_path / "r.enc", SECRET)
    assert table.entries["path"][rel] == "DOE^JOHN/john_doe_ct.dcm"


def test_report_holds_no_values(basic_run) -> None:  # type: ignore[no-untyped-def]
    src, _, report = basic_run
    text = json.dumps(report)
    for name in ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm"):
        ds = read(src / name)
        for value in (str(ds.PatientID), str(ds.PatientName), str(ds.StudyInstanceUID)):
            if len(value) > 2:
                assert value not in text


# -- quarantine and bad input -------------------------------------------------


def test_unhandleable_files_are_quarantined_with_a_reason(tmp_path: Path) -> None:
    src = copy(tmp_path, ["CT_small.dcm", "no_meta.dcm", "README.txt"])
    (src / "junk.dcm").write_bytes(b"\x00" * 128 + b"DICM" + b"\xff" * 50)
    (src / "sub").mkdir()
    shutil.copy(DATA / "dicomdirtests" / "DICOMDIR", src / "sub" / "DICOMDIR")
    q = tmp_path / "q"
    report = deidentify_dicom(src, tmp_path / "o", secret=SECRET, quarantine=q)
    assert report.counts["files_written"] == 1
    assert report.counts["files_quarantined"] == 4
    reasons = report.details["quarantine_reasons"]
    assert reasons["dicom.dicomdir"] == 1
    assert sum(reasons.values()) == 4
    reason = json.loads((q / "junk.dcm.reason.json").read_text())
    assert set(reason) == {"code", "reason"}
    assert (q / "sub" / "DICOMDIR").read_bytes() == (src / "sub" / "DICOMDIR").read_bytes()
    # Without a quarantine folder: skipped, and counted.
    report = deidentify_dicom(src, tmp_path / "o2", secret=SECRET)
    assert report.counts["files_skipped"] == 4
    assert report.warnings


def test_burned_in_annotation_without_pixel_cleaning_is_quarantined(tmp_path: Path) -> None:
    ds = read(DATA / "MR_small.dcm")
    ds.BurnedInAnnotation = "YES"
    src = tmp_path / "in"
    src.mkdir()
    ds.save_as(src / "mr.dcm")
    report = deidentify_dicom(src, tmp_path / "o", secret=SECRET, quarantine=tmp_path / "q")
    assert report.details["quarantine_reasons"] == {"dicom.burned_in_annotation": 1}
    assert outputs(tmp_path / "o") == []


def test_bad_arguments_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as exc:
        deidentify_dicom(tmp_path / "missing", tmp_path / "o", secret=SECRET)
    assert exc.value.code == "deid.input_missing"
    src = copy(tmp_path, ["CT_small.dcm"])
    with pytest.raises(InvalidInput) as exc:
        deidentify_dicom(src, src / "out", secret=SECRET)
    assert exc.value.code == "deid.output_overlaps_input"
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("x")
    with pytest.raises(InvalidInput) as exc:
        deidentify_dicom(src, busy, secret=SECRET)
    assert exc.value.code == "deid.output_not_empty"
    with pytest.raises(ConfigError) as exc2:
        deidentify_dicom(src, tmp_path / "o", secret=SECRET, quarantine=tmp_path / "o" / "q")
    assert exc2.value.code == "deid.identifying_output_inside_dataset"
    with pytest.raises(ConfigError) as exc2:
        deidentify_dicom(
            src,
            tmp_path / "o",
            secret=SECRET,
            options=DicomOptions(retain_full_dates=True, retain_longitudinal_temporal=True),
        )
    assert exc2.value.code == "deid.dicom_options_conflict"


def test_missing_ocr_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    src = copy(tmp_path, ["CT_small.dcm"])
    with pytest.raises(ConfigError) as exc:
        deidentify_dicom(
            src, tmp_path / "o", secret=SECRET, options=DicomOptions(clean_pixel_data=True)
        )
    assert exc.value.code == "deid.ocr_unavailable"
    assert not outputs(tmp_path / "o")


# -- pixels ------------------------------------------------------------------

pytest.importorskip("pytesseract")


def ocr_words(ds: Dataset) -> set[str]:
    import pytesseract
    from PIL import Image

    from custos.deid._pixels import _grey_for_ocr, bright_only

    grey = bright_only(_grey_for_ocr(ds.pixel_array, str(ds.PhotometricInterpretation), ds))
    img = Image.fromarray(grey).resize((grey.shape[1] * 2, grey.shape[0] * 2))
    return {w.strip() for w in pytesseract.image_to_string(img, config="--psm 11").split()}


def with_text(name: str, text: str) -> tuple[Dataset, np.ndarray]:
    from PIL import Image, ImageDraw, ImageFont

    ds = read(DATA / name)
    arr = ds.pixel_array.copy()
    canvas = Image.fromarray(np.zeros(arr.shape[:2], np.uint8))
    ImageDraw.Draw(canvas).text((20, 20), text, fill=255, font=ImageFont.load_default(size=28))
    drawn = np.array(canvas) > 0
    arr[drawn] = arr.max()
    ds.set_pixel_data(
        arr, str(ds.PhotometricInterpretation), int(ds.BitsStored), generate_instance_uid=False
    )
    return ds, drawn


@pytest.mark.slow
def test_burned_in_text_is_masked_and_clean_images_are_untouched(tmp_path: Path) -> None:
    ds, drawn = with_text("693_J2KI.dcm", "DOE JOHN 1957")
    assert {"DOE", "JOHN"} <= ocr_words(ds)
    src = tmp_path / "in"
    src.mkdir()
    ds.save_as(src / "text.dcm")
    shutil.copy(DATA / "MR_small.dcm", src / "clean.dcm")
    opts = DicomOptions(clean_pixel_data=True, neutral_names=False)
    report = deidentify_dicom(src, tmp_path / "o", secret=SECRET, options=opts)
    assert report.counts["images_masked"] == 1
    assert report.counts["pixel_regions_masked"] >= 3
    masked = read(tmp_path / "o" / "text.dcm")
    assert masked.BurnedInAnnotation == "NO"
    assert masked.file_meta.TransferSyntaxUID == pydicom.uid.ExplicitVRLittleEndian
    assert not {"DOE", "JOHN", "1957"} & ocr_words(masked)
    after = masked.pixel_array
    assert (after[drawn] == after.min()).all()
    untouched = read(tmp_path / "o" / "clean.dcm")
    assert np.array_equal(untouched.pixel_array, read(DATA / "MR_small.dcm").pixel_array)
    assert "BurnedInAnnotation" not in untouched
    codes = {i.CodeValue for i in masked.DeidentificationMethodCodeSequence}
    assert CID_7050["clean_pixel_data"][0] in codes


@pytest.mark.slow
def test_colour_ultrasound_text_is_masked(tmp_path: Path) -> None:
    # examples_rgb_color is a real ultrasound frame with its banner burned in;
    # examples_ybr_color is a 30-frame JPEG ultrasound (YBR_FULL_422).
    src = copy(tmp_path, ["examples_rgb_color.dcm", "examples_ybr_color.dcm"])
    opts = DicomOptions(clean_pixel_data=True, neutral_names=False)
    report = deidentify_dicom(src, tmp_path / "o", secret=SECRET, options=opts)
    assert report.counts["images_masked"] == 2
    assert report.counts["frames_ocr"] == 1 + 8  # the sample of a long cine loop
    for name in ("examples_rgb_color.dcm", "examples_ybr_color.dcm"):
        before, after = read(src / name), read(tmp_path / "o" / name)
        assert after.PhotometricInterpretation == "RGB"
        assert after.pixel_array.shape == before.pixel_array.shape
        assert not np.array_equal(after.pixel_array, before.pixel_array)


def test_clean_descriptors_keeps_the_text_but_not_the_identifiers_in_it(tmp_path: Path) -> None:
    ds = read(DATA / "CT_small.dcm")
    surname = str(ds.PatientName).split("^")[0]
    ds.StudyDescription = f"CT HEAD for {surname} on 03/14/2021 ref 4455667"
    ds.SeriesDescription = "AXIAL 5MM"
    src = tmp_path / "in"
    src.mkdir()
    ds.save_as(src / "a.dcm")
    plain = deidentify_dicom(src, tmp_path / "plain", secret=SECRET)
    assert plain.counts["files_written"] == 1
    (p,) = outputs(tmp_path / "plain")
    assert "StudyDescription" not in read(p)  # Basic Profile: X
    opts = DicomOptions(clean_descriptors=True)
    deidentify_dicom(src, tmp_path / "clean", secret=SECRET, options=opts)
    (c,) = outputs(tmp_path / "clean")
    cleaned = read(c)
    text = str(cleaned.StudyDescription)
    assert text.startswith("CT HEAD for ")
    for leaked in (surname, "03/14/2021", "4455667"):
        assert leaked.lower() not in text.lower(), text
    assert str(cleaned.SeriesDescription) == "AXIAL 5MM"  # nothing identifying: kept as is
    codes = {item.CodeValue for item in cleaned.DeidentificationMethodCodeSequence}
    assert "113105" in codes
