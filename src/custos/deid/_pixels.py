"""Burned-in text in DICOM pixel data: find it with OCR, mask it.

Used by the DICOM de-identifier under the Clean Pixel Data Option. Every
image is read, whatever its Burned In Annotation (0028,0301) says: the flag is
often absent or wrong, and ultrasound and secondary captures carry text in the
pixels as a rule.

How:

- The pixels are decoded with pydicom (compressed syntaxes through pylibjpeg);
  colour images come back as RGB (YBR is converted), palette images are
  rendered through their lookup table for OCR only.
- Each OCR'd frame becomes one 8-bit grey image (colour: the brightest channel,
  so white, yellow or green annotations all stand out), inverted so text is
  dark on light, and scaled so text lands near the size tesseract reads best:
  small images are enlarged 2x, very large ones reduced.
- Two OCR passes: the brightest 12% of the range as black on white (burned-in
  text is drawn at or near the maximum value on nearly every modality), and,
  for colour, palette, ultrasound and secondary-capture images, the grey image
  itself with a higher confidence bar.
- Tesseract (Debian's, through pytesseract) runs in sparse-text mode with a
  time limit; words with enough confidence and at least two letters or digits
  become boxes, padded by a few pixels.
- Multi-frame images: a bounded, evenly spaced sample of frames is OCR'd
  (``max_frames``, first and last included) and the union of their boxes is
  masked in every frame. Annotations on cine loops are nearly always static
  (patient banner, date, probe settings), so the sample finds them without
  OCR'ing hundreds of frames; text that appears on unsampled frames only is a
  known gap.
- A box is filled with the frame's minimum value (per channel for colour).
  Masked pixels are written uncompressed (Explicit VR Little Endian); images
  with no text found keep their pixel data and transfer syntax untouched.

Failures are typed: :class:`PixelError` (its ``code``) makes the caller
quarantine the file; OCR missing is a :class:`ConfigError` raised before any
file is touched, so a run that asked for clean pixels never passes pixels
through uncleaned.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pydicom.dataset import Dataset
from pydicom.uid import ExplicitVRLittleEndian

from custos.core._errors import ConfigError

# Text on the OCR image is best at roughly 20-40 px; DICOM annotations on a
# 512 px image are often 8-14 px, hence the 2x below this size.
UPSCALE_BELOW = 1024
DOWNSCALE_ABOVE = 2048
MIN_CONFIDENCE = 40.0
# The grey pass reads anatomy as words more often; it needs more confidence.
MIN_CONFIDENCE_GREY = 60.0
# The bright pass keeps the top 12% of the intensity range: burned-in text is
# drawn at or near the maximum value on nearly every modality.
BRIGHT_FRACTION = 0.12
# Where annotations are often grey or coloured, OCR the grey image as well.
GREY_PASS_MODALITIES = frozenset({"US", "IVUS", "SC", "OT", "ES", "XC", "GM", "SM", "DOC"})
PAD = 3
OCR_TIMEOUT_S = 20
MAX_OCR_FRAMES = 8


class PixelError(Exception):
    """A file whose pixels cannot be cleaned safely (quarantined by the caller)."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Box:
    left: int
    top: int
    right: int  # exclusive
    bottom: int  # exclusive


@dataclass(frozen=True)
class PixelResult:
    boxes: tuple[Box, ...]
    frames_ocr: int
    frames: int

    @property
    def masked(self) -> bool:
        return bool(self.boxes)


def ocr_version() -> str | None:
    """Tesseract's version, or None when it cannot be run."""
    if shutil.which("tesseract") is None:
        return None
    try:
        import pytesseract

        return str(pytesseract.get_tesseract_version())
    except Exception:
        return None


def require_ocr() -> str:
    """Tesseract's version; fails closed when OCR is not available."""
    version = ocr_version()
    if version is None:
        raise ConfigError(
            "cleaning burned-in text needs tesseract (apt-get install tesseract-ocr "
            "tesseract-ocr-eng) and pytesseract; refusing to pass pixels through uncleaned",
            code="deid.ocr_unavailable",
        )
    return version


def _grey_for_ocr(frame: NDArray[Any], photometric: str, ds: Dataset) -> NDArray[np.uint8]:
    """An 8-bit image with dark text on a light background."""
    if photometric == "PALETTE COLOR":
        from pydicom.pixels.processing import apply_color_lut

        frame = apply_color_lut(frame, ds)
    img = frame.astype(np.float64)
    if img.ndim == 3:
        img = img.max(axis=2)
    lo, hi = float(img.min()), float(img.max())
    if hi <= lo:
        return np.full(img.shape, 255, dtype=np.uint8)
    grey = (img - lo) * (255.0 / (hi - lo))
    if photometric != "MONOCHROME1":  # MONOCHROME1 already shows high values dark
        grey = 255.0 - grey
    return np.clip(grey, 0, 255).astype(np.uint8)


def bright_only(grey: NDArray[np.uint8]) -> NDArray[np.uint8]:
    """Black where ``grey`` is in the brightest part of the range, white elsewhere."""
    return np.where(grey <= round(255 * BRIGHT_FRACTION), 0, 255).astype(np.uint8)


def find_text_boxes(
    grey: NDArray[np.uint8],
    *,
    min_confidence: float = MIN_CONFIDENCE,
    timeout_s: float = OCR_TIMEOUT_S,
) -> list[Box]:
    """Boxes (in ``grey``'s pixel coordinates) of words tesseract reads."""
    import pytesseract
    from PIL import Image

    h, w = grey.shape
    longest = max(h, w)
    scale = 1.0
    if longest < UPSCALE_BELOW:
        scale = 2.0
    elif longest > DOWNSCALE_ABOVE:
        scale = DOWNSCALE_ABOVE / longest
    image = Image.fromarray(grey)
    if scale != 1.0:
        image = image.resize(
            (max(1, round(w * scale)), max(1, round(h * scale))), Image.Resampling.BICUBIC
        )
    try:
        data = pytesseract.image_to_data(
            image,
            config="--oem 1 --psm 11",
            output_type=pytesseract.Output.DICT,
            timeout=timeout_s,
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise PixelError("dicom.ocr_timeout", "OCR did not finish in time") from exc
    except pytesseract.TesseractError as exc:
        raise PixelError("dicom.ocr_failed", "OCR failed on this image") from exc
    boxes: list[Box] = []
    for text, conf, left, top, width, height in zip(
        data["text"],
        data["conf"],
        data["left"],
        data["top"],
        data["width"],
        data["height"],
        strict=True,
    ):
        word = str(text).strip()
        if sum(ch.isalnum() for ch in word) < 2 or float(conf) < min_confidence:
            continue
        boxes.append(
            Box(
                left=max(0, int(left / scale) - PAD),
                top=max(0, int(top / scale) - PAD),
                right=min(w, int((left + width) / scale + 0.999) + PAD),
                bottom=min(h, int((top + height) / scale + 0.999) + PAD),
            )
        )
    return boxes


def _sample(n: int, k: int) -> list[int]:
    if n <= k:
        return list(range(n))
    return sorted({round(i * (n - 1) / (k - 1)) for i in range(k)})


def clean_pixels(
    ds: Dataset, *, max_frames: int = MAX_OCR_FRAMES, timeout_s: float = OCR_TIMEOUT_S
) -> PixelResult:
    """Find burned-in text in ``ds``'s Pixel Data and mask it in place.

    Raises
    ------
    PixelError
        The pixels cannot be decoded, OCR'd or written back.
    """
    if "PixelData" not in ds:
        return PixelResult(boxes=(), frames_ocr=0, frames=0)
    try:
        arr = ds.pixel_array
    except Exception as exc:
        raise PixelError(
            "dicom.pixels_undecodable",
            "the pixel data cannot be decoded (unsupported transfer syntax or corrupt data)",
        ) from exc
    photometric = str(ds.get("PhotometricInterpretation", "")).strip().upper()
    samples = int(ds.get("SamplesPerPixel", 1) or 1)
    frames = int(ds.get("NumberOfFrames", 1) or 1)
    if samples not in (1, 3):
        raise PixelError("dicom.pixels_unsupported", "unsupported samples per pixel")
    # Frames first, always: (frames, rows, cols[, 3]).
    stack = arr if frames > 1 else arr[np.newaxis, ...]
    if stack.ndim != (4 if samples == 3 else 3):
        raise PixelError("dicom.pixels_unsupported", "unexpected pixel array shape")
    picked = _sample(stack.shape[0], max_frames)
    modality = str(ds.get("Modality", "")).strip().upper()
    grey_pass = samples == 3 or photometric == "PALETTE COLOR" or modality in GREY_PASS_MODALITIES
    boxes: set[Box] = set()
    for i in picked:
        grey = _grey_for_ocr(stack[i], photometric, ds)
        boxes.update(find_text_boxes(bright_only(grey), timeout_s=timeout_s))
        if grey_pass:
            boxes.update(
                find_text_boxes(grey, min_confidence=MIN_CONFIDENCE_GREY, timeout_s=timeout_s)
            )
    result = PixelResult(
        boxes=tuple(sorted(boxes, key=lambda b: (b.top, b.left))),
        frames_ocr=len(picked),
        frames=stack.shape[0],
    )
    if not boxes:
        return result
    out = np.array(stack, copy=True)
    for f in range(out.shape[0]):
        fill = out[f].reshape(-1, samples).min(axis=0)
        for b in boxes:
            out[f, b.top : b.bottom, b.left : b.right] = fill if samples == 3 else fill[0]
    # pydicom decodes YBR (and JPEG 2000's RCT/ICT) to RGB.
    new_pi = "RGB" if samples == 3 else photometric
    bits_stored = int(ds.get("BitsStored", out.dtype.itemsize * 8))
    try:
        ds.set_pixel_data(
            out if frames > 1 else out[0],
            photometric_interpretation=new_pi,
            bits_stored=bits_stored,
            generate_instance_uid=False,
        )
    except Exception as exc:
        raise PixelError(
            "dicom.pixels_unwritable", "the cleaned pixel data cannot be encoded"
        ) from exc
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.BurnedInAnnotation = "NO"
    return result
