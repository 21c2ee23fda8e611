"""The console's one upload form (``multipart/form-data``), read strictly.

Browsers send a file only as ``multipart/form-data``. The body is already
whole and size-limited (the guard middleware); ``python-multipart`` (the
parser Starlette itself uses for forms) splits it into parts, and this module
keeps only what the contract form needs: text fields (one value each) and at
most one file. Anything else (no boundary, no closing boundary, a part
without ``Content-Disposition: form-data`` and a name, more than
``max_parts`` parts, two files, a text field that is not UTF-8) is refused as
:class:`~custos.core.InvalidInput` (``request.form``), naming no content.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from custos.core._errors import InvalidInput

__all__ = ["Upload", "parse_multipart"]


@dataclass(frozen=True)
class Upload:
    """A file sent with a form: its field, the name the browser gave it, its bytes."""

    field: str
    filename: str
    data: bytes


@dataclass
class _Part:
    headers: dict[str, bytes] = field(default_factory=dict)
    data: bytearray = field(default_factory=bytearray)


def _malformed() -> InvalidInput:
    return InvalidInput("the form is malformed", code="request.form")


def _split(body: bytes, boundary: bytes, max_parts: int) -> list[_Part]:
    """The parts of ``body``, each with its headers (lower-case names) and content."""
    parts: list[_Part] = []
    header_name = bytearray()
    header_value = bytearray()
    ended = False

    def on_part_begin() -> None:
        parts.append(_Part())
        if len(parts) > max_parts:
            raise InvalidInput(f"a form has at most {max_parts} fields", code="request.form")

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data.extend(data[start:end])

    def on_header_field(data: bytes, start: int, end: int) -> None:
        header_name.extend(data[start:end])

    def on_header_value(data: bytes, start: int, end: int) -> None:
        header_value.extend(data[start:end])

    def on_header_end() -> None:
        parts[-1].headers[bytes(header_name).decode("latin-1").lower()] = bytes(header_value)
        header_name.clear()
        header_value.clear()

    def on_end() -> None:
        nonlocal ended
        ended = True

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_part_data": on_part_data,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_end": on_end,
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError as exc:
        raise _malformed() from exc
    if not ended:
        raise _malformed()  # no closing boundary: a truncated upload
    return parts


def parse_multipart(
    body: bytes, content_type: str, *, max_parts: int
) -> tuple[dict[str, str], list[Upload]]:
    """The text fields (one value each; the first wins) and the files of a form."""
    media, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if media != b"multipart/form-data" or not boundary or len(boundary) > 200:
        raise _malformed()
    fields: dict[str, str] = {}
    files: list[Upload] = []
    for part in _split(body, boundary, max_parts):
        disposition = part.headers.get("content-disposition")
        if disposition is None:
            raise _malformed()
        kind, options = parse_options_header(disposition)
        name = options.get(b"name")
        if kind != b"form-data" or not name:
            raise _malformed()
        try:
            name_text = name.decode("utf-8")
            filename = options.get(b"filename")
            if filename is not None:
                if filename == b"" and not part.data:
                    continue  # a file input left empty
                if files:
                    raise InvalidInput("send one file at a time", code="request.form")
                files.append(Upload(name_text, filename.decode("utf-8"), bytes(part.data)))
                continue
            fields.setdefault(name_text, bytes(part.data).decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise _malformed() from exc
    return fields, files
