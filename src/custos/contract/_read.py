"""Reading a vendor's contract into numbered passages a reviewer can cite.

:func:`read_contract` takes a plain-text (``.txt``), Markdown (``.md``,
``.markdown``), PDF (``.pdf``, through pypdf) or Word (``.docx``, through
python-docx) file and returns a :class:`Document`: its passages in document
order, each one paragraph, list item or table row, with a location a person
can find again ("page 3, paragraph 2", "section 4.2 'Data Security',
paragraph 2", "table 1, row 3").

How text becomes passages:

* paragraphs are separated by blank lines; a line that opens a numbered clause
  ("1.", "2.3", "(a)", "a)", "Section 4.") or a bullet ("-", "*", "•") starts a
  passage of its own; the wrapped lines of one paragraph are joined;
* headings are not passages: they become the ``heading`` of what follows.
  Markdown has its ``#`` and underlined headings (and a paragraph that is one
  short bold line); plain text and PDF have short lines in ALL CAPS or Title
  Case and numbered headings ("4. Data Security", at most eight words, no
  final period); Word has its Heading and Title styles (and short bold, ALL
  CAPS or numbered paragraphs);
* a Markdown or Word table gives one passage per row, its cells joined by
  " | "; Markdown emphasis, code marks and link syntax are removed;
* in a PDF, a word hyphenated across a line break is joined, lone page numbers
  at the top or bottom of a page are dropped, and a short line that ends a
  sentence ends its paragraph (PDF text rarely keeps blank lines);
* a paragraph longer than :data:`MAX_PASSAGE_CHARS` is cut at sentence
  boundaries into parts ("paragraph 7, part 2").

What is refused, always as :class:`~custos.core.InvalidInput` with a stable
code and a message naming the file but never quoting its text: an unknown
suffix (``contract.unsupported``); a path that is not a file
(``contract.not_found``); a file whose content is not what its suffix
says, or a corrupt PDF or Word file (``contract.unreadable``); more than
:data:`MAX_BYTES` on disk, :data:`MAX_PAGES` pages, :data:`MAX_CHARACTERS`
characters of text or, for Word, :data:`MAX_UNZIPPED_BYTES` once unzipped
(``contract.too_large``, checked before anything is decompressed); a PDF or
Word file that needs a password (``contract.encrypted``); text that is not
UTF-8 or UTF-16 with a byte-order mark (``contract.encoding``); a document
without extractable text, such as a scanned PDF: there is no OCR here
(``contract.no_text``).
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from custos.core._errors import InvalidInput

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

__all__ = [
    "MAX_BYTES",
    "MAX_CHARACTERS",
    "MAX_PAGES",
    "MAX_PASSAGE_CHARS",
    "MAX_UNZIPPED_BYTES",
    "Document",
    "Kind",
    "Passage",
    "read_contract",
    "read_contract_bytes",
]

MAX_BYTES = 20 * 1024 * 1024
"""The largest contract file read (on disk)."""
MAX_PAGES = 2_000
"""The most pages a PDF may have."""
MAX_CHARACTERS = 2_000_000
"""The most characters of text a contract may yield."""
MAX_UNZIPPED_BYTES = 100 * 1024 * 1024
"""The most a Word file may expand to, summed over its zip members (declared sizes)."""
MAX_ZIP_MEMBERS = 10_000
"""The most members a Word file's zip may have."""
MAX_PASSAGE_CHARS = 1_500
"""A longer paragraph is cut at sentence boundaries into parts of at most this."""

Kind = Literal["text", "markdown", "pdf", "docx"]

_SUFFIXES: dict[str, Kind] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pdf": "pdf",
    ".docx": "docx",
}
_KIND_NAMES: dict[Kind, str] = {
    "text": "a text file",
    "markdown": "a Markdown file",
    "pdf": "a PDF",
    "docx": "a Word document",
}

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


@dataclass(frozen=True)
class Passage:
    """One paragraph, list item or table row of a contract.

    ``index`` is the passage's 0-based place in the document; ``text`` is
    whitespace-normalised; ``location`` says where a person finds it;
    ``heading`` is the nearest section heading above it; ``page`` is its PDF
    page (1-based) and ``line`` the first line it came from in a text or
    Markdown file (1-based).
    """

    index: int
    text: str
    location: str
    heading: str | None = None
    page: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class Document:
    """A contract as read: its file name, format, passages and fingerprint.

    ``pages`` is known for PDFs only; ``characters`` counts the passages'
    text; ``sha256`` is the hex digest of the file's bytes.
    """

    name: str
    kind: Kind
    passages: tuple[Passage, ...]
    pages: int | None
    characters: int
    sha256: str


@dataclass(frozen=True)
class _Block:
    """A heading, paragraph or table row before it is numbered and located."""

    kind: Literal["heading", "para", "row"]
    text: str
    line: int | None = None
    page: int | None = None
    table: int = 0
    row: int = 0


def _refuse(message: str, code: str) -> InvalidInput:
    return InvalidInput(message, code=f"contract.{code}")


# -- the entry point -----------------------------------------------------------


def read_contract(path: Path) -> Document:
    """Read the contract at ``path`` into passages (see the module's docstring)."""
    path = Path(path)
    name = path.name
    _kind(name)
    if not path.is_file():
        raise _refuse(f"{name}: no such file", "not_found")
    if path.stat().st_size > MAX_BYTES:
        raise _too_large(name, f"more than {MAX_BYTES // (1024 * 1024)} MiB")
    with path.open("rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    return read_contract_bytes(name, data)


def read_contract_bytes(name: str, data: bytes) -> Document:
    """Read a contract that arrived as bytes (an upload) under the file name ``name``,
    whose suffix says its format; the same checks and passages as :func:`read_contract`."""
    kind = _kind(name)
    if len(data) > MAX_BYTES:
        raise _too_large(name, f"more than {MAX_BYTES // (1024 * 1024)} MiB")
    if not data:
        raise _refuse(f"{name}: the file is empty", "no_text")
    _sniff(name, kind, data)

    pages: int | None = None
    if kind == "pdf":
        blocks, pages = _pdf_blocks(name, data)
    elif kind == "docx":
        blocks = _docx_blocks(name, data)
    else:
        text = _decode(name, data)
        if len(text) > MAX_CHARACTERS:
            raise _too_large(name, f"more than {MAX_CHARACTERS:,} characters")
        lines = text.splitlines()
        blocks = _markdown_blocks(lines) if kind == "markdown" else _text_blocks(lines)

    passages = _passages(blocks, kind)
    if not passages:
        if kind == "pdf":
            why = "no extractable text (a scanned PDF? custos does not do OCR)"
        else:
            why = "no text to review"
        raise _refuse(f"{name}: {why}", "no_text")
    return Document(
        name=name,
        kind=kind,
        passages=passages,
        pages=pages,
        characters=sum(len(p.text) for p in passages),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _kind(name: str) -> Kind:
    kind = _SUFFIXES.get(Path(name).suffix.lower())
    if kind is None:
        shown = Path(name).suffix or "(none)"
        raise _refuse(
            f"{name}: unsupported file type {shown}; a contract must be .txt, .md, .pdf or .docx",
            "unsupported",
        )
    return kind


def _too_large(name: str, what: str) -> InvalidInput:
    return _refuse(f"{name}: too large to review ({what})", "too_large")


def _sniff(name: str, kind: Kind, data: bytes) -> None:
    """Refuse a file whose content is plainly not what its suffix says."""
    head = data[:1024]
    if head.startswith(_ZIP_MAGIC):
        actual = "a ZIP archive (a Word .docx?)"
    elif _PDF_MAGIC in head:
        actual = "a PDF"
    elif head.startswith(_OLE_MAGIC):
        actual = "an OLE compound file (a legacy .doc, or an encrypted Office file)"
    elif head.lstrip().startswith(b"{\\rtf"):
        actual = "an RTF document"
    else:
        actual = ""
    expected = _KIND_NAMES[kind]
    if kind == "pdf":
        if _PDF_MAGIC not in head:
            raise _refuse(f"{name}: {actual or 'the file'} is not {expected}", "unreadable")
        return
    if kind == "docx":
        if head.startswith(_ZIP_MAGIC):
            return
        if head.startswith(_OLE_MAGIC) and _OLE_ENCRYPTED in data:
            raise _refuse(
                f"{name}: the Word document is password-protected; "
                "save an unprotected copy to review it",
                "encrypted",
            )
        if head.startswith(_OLE_MAGIC):
            raise _refuse(
                f"{name}: a legacy Word (.doc) file, not a .docx; save it as .docx",
                "unreadable",
            )
        raise _refuse(f"{name}: {actual or 'the file'} is not {expected}", "unreadable")
    if actual:
        raise _refuse(f"{name}: the file is {actual}, not {expected}", "unreadable")
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    if not utf16 and b"\x00" in data[:8192]:
        raise _refuse(f"{name}: the file holds binary data, not {expected}", "unreadable")


def _decode(name: str, data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise _refuse(
            f"{name}: the text is not valid {encoding.upper().replace('-SIG', '')}; "
            "save it as UTF-8",
            "encoding",
        ) from None
    if "\x00" in text:
        raise _refuse(f"{name}: the file holds binary data, not text", "unreadable")
    return text


# -- cleaning --------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACE = re.compile(r"\s+")


def _clean(text: str) -> str:
    """NFKC (ligatures and odd spaces folded), no invisible or control characters,
    whitespace runs collapsed to one space."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


_BULLET = re.compile(r"^[-*+\u2022\u00b7\u2023\u25e6\u25aa\u25cf\u2013\u2014](?=\s)")
_ITEM = re.compile(
    r"""^(?:
        [-*+\u2022\u00b7\u2023\u25e6\u25aa\u25cf\u2013\u2014](?=\s)     # a bullet
      | \(\s*(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\s*\)(?=\s|$)      # (a) (iv) (1)
      | (?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})\)(?=\s)                     # a) 1) iv)
      | (?:\d{1,3}|[a-z])\.(?=\s)                                     # 1. a.
      | \d{1,3}(?:\.\d{1,3})+\.?(?=\s+[^a-z\s]|$)                     # 2.3 2.3.1.
      | (?:[Ss]ection|SECTION|[Aa]rticle|ARTICLE|[Cc]lause|CLAUSE|\u00a7)
        \s*\d{1,3}(?:\.\d{1,3})*\.?(?=[\s:]+[^a-z\s]|\s*$)           # Section 4.
    )""",
    re.VERBOSE,
)
_NUMBERED_HEADING = re.compile(
    r"^(?P<prefix>(?:[Ss]ection|SECTION|[Aa]rticle|ARTICLE|[Cc]lause|CLAUSE)\s+|\u00a7\s*)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,3})*)(?P<dot>\.)?(?:\s*[-\u2013\u2014:])?\s+(?P<title>\S.*)$"
)
_SMALL = "a an and as at but by for from in into nor of on or per the to under upon via vs with"
_SMALL_WORDS = frozenset(_SMALL.split())  # lowercase inside a Title Case heading
_WORD_EDGES = "\"'\u201c\u201d\u2018\u2019()[],;:&-\u2013\u2014/"


def _starts_item(line: str) -> bool:
    return _ITEM.match(line) is not None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _is_title_case(text: str) -> bool:
    words = [w.strip(_WORD_EDGES) for w in text.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if not words:
        return False
    for k, word in enumerate(words):
        first = next(c for c in word if c.isalpha())
        if not first.isupper() and not (k > 0 and word in _SMALL_WORDS):
            return False
    return words[-1] not in _SMALL_WORDS


def _is_heading(line: str, following: str | None, *, title_case: bool = True) -> bool:
    """Whether a line of plain text (or PDF text, or a Word paragraph) is a heading.

    ``following`` is the next line of the same paragraph, if any: a heading is
    not followed by a lowercase continuation, and an ALL CAPS line followed by
    more ALL CAPS is a shouted paragraph (a warranty disclaimer), not a heading.
    """
    if not line or len(line) > 100 or line[-1] in ".,;!?":
        return False
    if following and following[0].islower():
        return False
    words = line.split()
    if len(words) > 8:
        return False
    m = _NUMBERED_HEADING.match(line)
    if m is not None:
        title = m["title"].rstrip(":")
        if not title[:1].isupper() or not (m["prefix"] or m["dot"] or "." in m["num"]):
            return False  # "100 Main Street" is an address, "4. Security" a heading
        return _is_caps(title) or _is_title_case(title) or len(title.split()) <= 3
    if _starts_item(line) or not any(c.isalpha() for c in line):
        return False
    if _is_caps(line):
        return following is None or not _is_caps(following)
    return title_case and not line.endswith(":") and _is_title_case(line)


def _section_label(heading: str) -> str:
    """``section 4.2 'Data Security'`` (numbered) or ``section 'Definitions'``."""
    m = _NUMBERED_HEADING.match(heading)
    number, title = (m["num"], m["title"].rstrip(":")) if m else (None, heading)
    if len(title) > 60:
        title = title[:57].rstrip() + "..."
    return f"section {number} '{title}'" if number else f"section '{title}'"


def _join(lines: Sequence[str], *, dehyphenate: bool) -> str:
    """The wrapped lines of one paragraph as one line ("confiden-" + "tiality" when asked)."""
    out = lines[0]
    for nxt in lines[1:]:
        if (
            dehyphenate
            and len(out) > 1
            and out[-1] == "-"
            and out[-2].isalpha()
            and nxt[:1].islower()
        ):
            out = out[:-1] + nxt
        else:
            out = f"{out} {nxt}"
    return out


def _strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1).lstrip()


# -- plain text and PDF text -----------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_PAGE_NUMBER = re.compile(
    r"^(?:[-\u2013\u2014]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-\u2013\u2014])?$",
    re.IGNORECASE,
)


def _line_blocks(
    lines: Sequence[tuple[int | None, str]],
    *,
    page: int | None = None,
    pdf: bool = False,
    title_case: bool = True,
) -> list[_Block]:
    """Headings and paragraphs of plain text given as (line number, line) pairs."""
    stripped = [(n, s.strip()) for n, s in lines]
    width = max((len(s) for _, s in stripped), default=0)
    groups: list[list[tuple[int | None, str]]] = []
    cur: list[tuple[int | None, str]] = []
    for i, (n, s) in enumerate(stripped):
        if not s:
            if cur:
                groups.append(cur)
                cur = []
            continue
        if cur:
            prev = cur[-1][1]
            following = stripped[i + 1][1] if i + 1 < len(stripped) else None
            ends = _SENTENCE_END.search(prev) is not None
            if (
                _starts_item(s)
                or (ends and _is_heading(s, following or None, title_case=title_case))
                or (
                    pdf and ends and width >= 40 and len(prev) < 0.7 * width and not s[:1].islower()
                )
            ):
                groups.append(cur)
                cur = []
        cur.append((n, s))
    if cur:
        groups.append(cur)

    blocks: list[_Block] = []
    for group in groups:
        texts = [s for _, s in group]
        joined = " ".join(texts)
        if len(group) == 2 and _is_caps(joined) and _is_heading(joined, None):
            # A title in capitals wrapped over two lines.
            blocks.append(_Block("heading", joined, group[0][0], page))
            continue
        # Only a paragraph's first line may be its heading.
        following = texts[1] if len(texts) > 1 else None
        k = 1 if _is_heading(texts[0], following, title_case=title_case) else 0
        if k:
            blocks.append(_Block("heading", texts[0], group[0][0], page))
        if k < len(group):
            text = _strip_bullet(_join(texts[k:], dehyphenate=pdf))
            blocks.append(_Block("para", text, group[k][0], page))
    return blocks


def _text_blocks(lines: Sequence[str]) -> list[_Block]:
    return _line_blocks(list(enumerate(lines, 1)))


# -- Markdown --------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_TABLE_SEPARATOR = re.compile(r"^\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?$")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_BOLD_LINE = re.compile(r"^(\*\*|__)(?P<text>[^*_].*?)\1[:.]?$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_PIPE = re.compile(r"(?<!\\)\|")


def _md_inline(text: str) -> str:
    """Markdown inline syntax removed: emphasis, code marks, links, images, escapes."""
    escaped: list[str] = []

    def hide(m: re.Match[str]) -> str:
        escaped.append(m.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    text = _ESCAPED.sub(hide, text)
    text = re.sub(r"<!--.*?-->", " ", text)
    text = re.sub(r"<br\s*/?>", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    for mark in ("**", "__", "~~", "`"):
        text = text.replace(mark, "")
    text = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", text)
    text = re.sub(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])", r"\1", text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], text)


def _table_cells(line: str) -> list[str]:
    cells = _PIPE.split(line.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [c for c in (_clean(_md_inline(c)) for c in cells) if c]


def _markdown_blocks(lines: Sequence[str]) -> list[_Block]:
    blocks: list[_Block] = []
    cur: list[tuple[int, str]] = []
    table = row = 0
    in_table = False
    fence: str | None = None

    def flush() -> None:
        if not cur:
            return
        first = cur[0][0]
        text = _join([s for _, s in cur], dehyphenate=False)
        cur.clear()
        bold = _BOLD_LINE.match(text)
        if bold and len(bold["text"].split()) <= 8 and not text.endswith("."):
            blocks.append(_Block("heading", _md_inline(bold["text"]), first))
            return
        blocks.append(_Block("para", _md_inline(_strip_bullet(text)), first))

    for i, raw in enumerate(lines):
        n = i + 1
        fenced = _FENCE.match(raw)
        if fence is not None or fenced:
            if fenced and (fence is None or fenced.group(1).startswith(fence)):
                flush()
                fence = None if fence is not None else fenced.group(1)[:3]
            elif raw.strip():
                cur.append((n, raw.strip()))
            else:
                flush()
            continue
        s = re.sub(r"^(?:\s*>)+", "", raw).strip()
        if not s:
            flush()
            in_table = False
            continue
        if _LINK_DEFINITION.match(s):
            continue
        atx = _ATX.match(s)
        if atx:
            flush()
            in_table = False
            title = _clean(_md_inline(atx.group(2) or ""))
            if title:
                blocks.append(_Block("heading", title, n))
            continue
        if _SETEXT.match(s) and len(cur) == 1 and not _starts_item(cur[0][1]) and not in_table:
            ((first, title),) = cur
            cur.clear()
            blocks.append(_Block("heading", _md_inline(title), first))
            continue
        if _RULE.match(s):
            flush()
            continue
        following = lines[i + 1].strip() if i + 1 < len(lines) else ""
        starts_table = "|" in s and (
            s.startswith("|") or ("|" in following and _TABLE_SEPARATOR.match(following))
        )
        if (in_table and "|" in s) or starts_table:
            flush()
            if not in_table:
                in_table = True
                table += 1
                row = 0
            if _TABLE_SEPARATOR.match(s):
                continue
            cells = _table_cells(s)
            if cells:
                row += 1
                blocks.append(_Block("row", " | ".join(cells), n, table=table, row=row))
            continue
        in_table = False
        if cur and _starts_item(s):
            flush()
        cur.append((n, s.rstrip("\\").rstrip()))
    flush()
    return blocks


# -- PDF -------------------------------------------------------------------------


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings about malformed files while it reads one."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _pdf_blocks(name: str, data: bytes) -> tuple[list[_Block], int]:
    from pypdf import PasswordType, PdfReader

    with _quiet("pypdf"):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            encrypted = reader.is_encrypted
        except Exception:
            raise _refuse(f"{name}: the PDF is damaged and cannot be read", "unreadable") from None
        if encrypted:
            try:
                opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
            except Exception:
                opened = False
            if not opened:
                raise _refuse(
                    f"{name}: the PDF is password-protected; supply an unprotected copy",
                    "encrypted",
                )
        try:
            count = len(reader.pages)
        except Exception:
            raise _refuse(f"{name}: the PDF is damaged and cannot be read", "unreadable") from None
        if count > MAX_PAGES:
            raise _too_large(name, f"{count:,} pages, more than {MAX_PAGES:,}")
        blocks: list[_Block] = []
        total = 0
        for number in range(1, count + 1):
            try:
                page = reader.pages[number - 1]
                try:
                    raw = page.extract_text(extraction_mode="layout")
                except Exception:
                    raw = page.extract_text()
            except Exception:
                raise _refuse(
                    f"{name}: page {number} of the PDF is damaged and cannot be read",
                    "unreadable",
                ) from None
            total += len(raw)
            if total > MAX_CHARACTERS:
                raise _too_large(name, f"more than {MAX_CHARACTERS:,} characters")
            lines = _drop_page_numbers(raw.splitlines())
            blocks.extend(_line_blocks([(None, s) for s in lines], page=number, pdf=True))
    return blocks, count


def _drop_page_numbers(lines: list[str]) -> list[str]:
    """Without the lone page numbers ("3", "Page 3 of 9", "- 3 -") among the
    first and last two non-empty lines of a page."""
    filled = [i for i, s in enumerate(lines) if s.strip()]
    edges = set(filled[:2] + filled[-2:])
    return [s for i, s in enumerate(lines) if i not in edges or not _PAGE_NUMBER.match(s.strip())]


# -- Word ------------------------------------------------------------------------


def _check_zip(name: str, data: bytes) -> None:
    """Refuse a zip bomb from its directory, before anything is decompressed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _refuse(
            f"{name}: the Word document is damaged and cannot be read", "unreadable"
        ) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise _too_large(name, f"{len(members):,} zip members, more than {MAX_ZIP_MEMBERS:,}")
    unzipped = sum(m.file_size for m in members)
    if unzipped > MAX_UNZIPPED_BYTES:
        raise _too_large(name, f"it unzips to more than {MAX_UNZIPPED_BYTES // (1024 * 1024)} MiB")
    if any(m.flag_bits & 0x1 for m in members):
        raise _refuse(f"{name}: the Word document's zip is encrypted", "encrypted")


def _docx_blocks(name: str, data: bytes) -> list[_Block]:
    _check_zip(name, data)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        items = list(document.iter_inner_content())
    except Exception:
        raise _refuse(
            f"{name}: not a readable Word document (damaged, or another Office format)",
            "unreadable",
        ) from None
    blocks: list[_Block] = []
    total = 0
    table = 0
    for item in items:
        if isinstance(item, Table):
            table += 1
            rows = _docx_rows(item)
            total += sum(len(r) for r in rows)
            blocks.extend(_Block("row", text, table=table, row=k) for k, text in enumerate(rows, 1))
        else:
            text = item.text
            total += len(text)
            if text.strip():
                blocks.extend(_docx_paragraph(item, text))
        if total > MAX_CHARACTERS:
            raise _too_large(name, f"more than {MAX_CHARACTERS:,} characters")
    return blocks


def _docx_style(paragraph: Paragraph) -> str:
    try:
        style = paragraph.style
    except Exception:  # a style id the styles part does not define
        return ""
    return (style.name or "") if style is not None else ""


def _docx_paragraph(paragraph: Paragraph, text: str) -> list[_Block]:
    style = _docx_style(paragraph)
    if style.startswith(("Heading", "Title", "Subtitle")):
        return [_Block("heading", _clean(text))]
    ppr = paragraph._p.pPr
    if style.startswith("List") or (ppr is not None and ppr.numPr is not None):
        return [_Block("para", _strip_bullet(_clean(text)))]
    lines = [s for s in text.splitlines() if s.strip()]
    runs = [r for r in paragraph.runs if r.text.strip()]
    if (
        len(lines) == 1
        and runs
        and all(r.bold for r in runs)
        and len(text.split()) <= 8
        and not text.rstrip().endswith(".")
    ):
        return [_Block("heading", _clean(text))]
    return _line_blocks([(None, s) for s in lines], title_case=False)


def _docx_rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        seen: set[int] = set()
        cells: list[str] = []
        for cell in row.cells:  # a merged cell comes back once per grid column
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = _clean(cell.text)
            if text:
                cells.append(text)
        if cells:
            rows.append(" | ".join(cells))
    return rows


# -- passages --------------------------------------------------------------------


def _chunks(text: str) -> list[str]:
    """``text`` cut at sentence boundaries into parts of at most MAX_PASSAGE_CHARS."""
    limit = MAX_PASSAGE_CHARS
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    for sentence in re.split(r"(?<=[.!?;])\s+(?=[\"'\u201c(\[A-Z0-9])", text):
        while len(sentence) > limit:  # one sentence too long: cut between words
            cut = sentence.rfind(" ", 0, limit + 1)
            cut = cut if cut > 0 else limit
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if sentence:
            pieces.append(sentence)
    parts: list[str] = []
    for piece in pieces:
        if parts and len(parts[-1]) + 1 + len(piece) <= limit:
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return parts


def _passages(blocks: Sequence[_Block], kind: Kind) -> tuple[Passage, ...]:
    """Number and locate the blocks: headings label what follows (a heading
    nothing follows is kept as text); PDFs count paragraphs per page, the
    other formats per section."""
    out: list[Passage] = []
    heading: str | None = None
    section: str | None = None
    page: int | None = None
    paragraph = 0
    tables: dict[int, int] = {}
    # A "heading" nothing follows (a signature line, a closing remark) is text.
    last = max((k for k, b in enumerate(blocks) if b.kind != "heading"), default=-1)
    for k, block in enumerate(blocks):
        text = _clean(block.text)
        if not text:
            continue
        if block.kind == "heading" and k < last:
            heading = text
            if kind != "pdf":
                section = _section_label(text)
                paragraph = 0
                tables = {}
            continue
        if kind == "pdf" and block.page != page:
            page = block.page
            section = f"page {page}"
            paragraph = 0
        if block.kind == "row":
            number = tables.setdefault(block.table, len(tables) + 1)
            where = f"table {number}, row {block.row}"
        else:
            paragraph += 1
            where = f"paragraph {paragraph}"
        location = f"{section}, {where}" if section else where
        parts = _chunks(text)
        for k, part in enumerate(parts, 1):
            out.append(
                Passage(
                    index=len(out),
                    text=part,
                    location=location if len(parts) == 1 else f"{location}, part {k}",
                    heading=heading,
                    page=block.page,
                    line=block.line,
                )
            )
    return tuple(out)
