"""Reading contracts into passages: Markdown, plain text, Word and PDF files
built here at test time, and the hostile files a reader must refuse without
quoting them."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from fpdf import FPDF

from custos.contract import _read
from custos.contract._read import Document, Passage, read_contract
from custos.core import InvalidInput

# A phrase only the hostile documents hold: no error message may repeat it.
SECRET = "Zanzibar Quokka Ledger"

MARKDOWN = """\
# Data Processing Agreement

This **Agreement** is made between *Acme Health* and `VendorCo`, and
continues on a wrapped line.

## 1. Definitions

1. "Customer Data" means all data the Customer provides.
2. "Processing" means any operation on Customer Data,
   whether or not automated.

## 4.2 Data Security

The Vendor shall:

- encrypt Customer Data at rest;
- encrypt Customer Data in transit with __TLS 1.2__ or later;
* keep audit logs for six years.

(a) The Vendor shall notify the Customer of a breach.
b) Notice comes within 72 hours.

| Subprocessor | Purpose | Location |
|---|:---:|---|
| CloudCo | Hosting | USA |
| MailCo | Email | [EU](https://example.com) |

Retention
---------

Section 5. Customer Data is deleted after 30 days.
"""

TEXT = """\
MASTER SERVICES AGREEMENT

This Agreement is entered into by Acme Health ("Customer") and VendorCo
("Vendor") as of the Effective Date.

1. DEFINITIONS
1.1 "Customer Data" means all data provided by Customer to Vendor under this
Agreement, including protected health information.
1.2 "Breach" has the meaning given in 45 CFR 164.402.

4. Data Security
The Vendor shall maintain administrative, physical and technical
safeguards. Version 2.1 of the policy applies to
1.5 million records a year.

Term and Termination
This Agreement lasts three years.

THE SERVICES ARE PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING THE WARRANTIES OF MERCHANTABILITY.
"""


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _texts(doc: Document) -> list[str]:
    return [p.text for p in doc.passages]


def _refused(path: Path, code: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        read_contract(path)
    err = info.value
    assert err.code == f"contract.{code}", err.message
    public = " ".join([err.message, *err.details])
    for word in SECRET.split():
        assert word not in public
    return err


def _pdf(pages: list[list[str]], *, user_password: str | None = None) -> bytes:
    """A PDF with one entry per page, each a list of paragraphs (may hold newlines)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    if user_password is not None:
        pdf.set_encryption(owner_password="owner-pw", user_password=user_password)
    for paragraphs in pages:
        pdf.add_page()
        for text in paragraphs:
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
    return bytes(pdf.output())


# -- Markdown --------------------------------------------------------------------


def test_markdown_headings_clauses_bullets_and_table_rows(tmp_path: Path) -> None:
    path = _write(tmp_path / "dpa.md", MARKDOWN)
    doc = read_contract(path)

    assert doc.name == "dpa.md"
    assert doc.kind == "markdown"
    assert doc.pages is None
    assert doc.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.characters == sum(len(p.text) for p in doc.passages)
    assert [p.index for p in doc.passages] == list(range(len(doc.passages)))
    assert _texts(doc) == [
        "This Agreement is made between Acme Health and VendorCo, and continues on a wrapped line.",
        '1. "Customer Data" means all data the Customer provides.',
        '2. "Processing" means any operation on Customer Data, whether or not automated.',
        "The Vendor shall:",
        "encrypt Customer Data at rest;",
        "encrypt Customer Data in transit with TLS 1.2 or later;",
        "keep audit logs for six years.",
        "(a) The Vendor shall notify the Customer of a breach.",
        "b) Notice comes within 72 hours.",
        "Subprocessor | Purpose | Location",
        "CloudCo | Hosting | USA",
        "MailCo | Email | EU",
        "Section 5. Customer Data is deleted after 30 days.",
    ]
    by_text = {p.text: p for p in doc.passages}
    first = doc.passages[0]
    assert first.heading == "Data Processing Agreement"
    assert first.location == "section 'Data Processing Agreement', paragraph 1"
    assert first.line == 3
    assert by_text[
        '2. "Processing" means any operation on Customer Data, whether or not automated.'
    ] == Passage(
        index=2,
        text='2. "Processing" means any operation on Customer Data, whether or not automated.',
        location="section 1 'Definitions', paragraph 2",
        heading="1. Definitions",
        page=None,
        line=9,
    )
    bullet = by_text["keep audit logs for six years."]
    assert bullet.heading == "4.2 Data Security"
    assert bullet.location == "section 4.2 'Data Security', paragraph 4"
    row = by_text["MailCo | Email | EU"]
    assert row.location == "section 4.2 'Data Security', table 1, row 3"
    assert row.line == 26
    last = doc.passages[-1]
    assert last.heading == "Retention"
    assert last.location == "section 'Retention', paragraph 1"
    # Headings are never passages of their own.
    assert not any(p.text in ("Data Processing Agreement", "Retention") for p in doc.passages)


def test_markdown_emphasis_code_and_escapes_are_removed(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "c.markdown",
        "The Vendor shall **not** sell _any_ `Customer Data`; see \\*note\\*.\n\n"
        "**Governing Law**\n\nThe laws of Ontario apply.\n",
    )
    doc = read_contract(path)
    assert _texts(doc) == [
        "The Vendor shall not sell any Customer Data; see *note*.",
        "The laws of Ontario apply.",
    ]
    assert doc.passages[1].heading == "Governing Law"


# -- plain text ------------------------------------------------------------------


def test_text_caps_and_numbered_headings_and_wrapped_lines(tmp_path: Path) -> None:
    doc = read_contract(_write(tmp_path / "msa.txt", TEXT))
    assert doc.kind == "text"
    got = [(p.heading, p.location, p.line, p.text) for p in doc.passages]
    assert got == [
        (
            "MASTER SERVICES AGREEMENT",
            "section 'MASTER SERVICES AGREEMENT', paragraph 1",
            3,
            'This Agreement is entered into by Acme Health ("Customer") and VendorCo '
            '("Vendor") as of the Effective Date.',
        ),
        (
            "1. DEFINITIONS",
            "section 1 'DEFINITIONS', paragraph 1",
            7,
            '1.1 "Customer Data" means all data provided by Customer to Vendor under this '
            "Agreement, including protected health information.",
        ),
        (
            "1. DEFINITIONS",
            "section 1 'DEFINITIONS', paragraph 2",
            9,
            '1.2 "Breach" has the meaning given in 45 CFR 164.402.',
        ),
        (
            "4. Data Security",
            "section 4 'Data Security', paragraph 1",
            12,
            "The Vendor shall maintain administrative, physical and technical safeguards. "
            "Version 2.1 of the policy applies to 1.5 million records a year.",
        ),
        (
            "Term and Termination",
            "section 'Term and Termination', paragraph 1",
            17,
            "This Agreement lasts three years.",
        ),
        (
            # A shouted paragraph in capitals is a passage, not a heading.
            "Term and Termination",
            "section 'Term and Termination', paragraph 2",
            19,
            'THE SERVICES ARE PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND, EXPRESS OR '
            "IMPLIED, INCLUDING THE WARRANTIES OF MERCHANTABILITY.",
        ),
    ]


def test_text_without_headings_numbers_paragraphs(tmp_path: Path) -> None:
    text = (
        "the parties agree as follows, and this line is wrapped\n"
        "onto a second one.\n\n"
        "the vendor keeps records.\n"
        "- first, a bullet\n"
        "\u2022 second, another\n"
    )
    doc = read_contract(_write(tmp_path / "plain.txt", text))
    assert [(p.location, p.line, p.heading, p.text) for p in doc.passages] == [
        (
            "paragraph 1",
            1,
            None,
            "the parties agree as follows, and this line is wrapped onto a second one.",
        ),
        ("paragraph 2", 4, None, "the vendor keeps records."),
        ("paragraph 3", 5, None, "first, a bullet"),
        ("paragraph 4", 6, None, "second, another"),
    ]


def test_addresses_and_closing_lines_are_text_not_headings(tmp_path: Path) -> None:
    text = (
        "Acme Health Systems\n100 Main Street\nSpringfield\n\n"
        "DATA PROTECTION\nADDENDUM\n\n"
        "The Vendor agrees.\n\n"
        "Signed by\nJohn Smith\n"
    )
    doc = read_contract(_write(tmp_path / "parties.txt", text))
    assert [(p.heading, p.location, p.text) for p in doc.passages] == [
        (
            "Acme Health Systems",
            "section 'Acme Health Systems', paragraph 1",
            "100 Main Street Springfield",
        ),
        (
            "DATA PROTECTION ADDENDUM",
            "section 'DATA PROTECTION ADDENDUM', paragraph 1",
            "The Vendor agrees.",
        ),
        # Looks like a heading, but nothing follows it: it is kept as text.
        (
            "DATA PROTECTION ADDENDUM",
            "section 'DATA PROTECTION ADDENDUM', paragraph 2",
            "Signed by John Smith",
        ),
    ]


def test_long_paragraphs_are_cut_at_sentences(tmp_path: Path) -> None:
    sentence = "The Vendor shall keep Customer Data in Canada at all times. "
    text = sentence * 60  # about 3,600 characters on one line
    doc = read_contract(_write(tmp_path / "long.txt", text))
    assert len(doc.passages) == 3
    assert all(len(p.text) <= _read.MAX_PASSAGE_CHARS for p in doc.passages)
    assert all(p.text.endswith("times.") for p in doc.passages)
    assert [p.location for p in doc.passages] == [
        "paragraph 1, part 1",
        "paragraph 1, part 2",
        "paragraph 1, part 3",
    ]
    assert " ".join(_texts(doc)) == text.strip()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("\ufeffCaf\u00e9 terms apply.".encode(), "Caf\u00e9 terms apply."),
        ("Caf\u00e9 terms apply.".encode("utf-16"), "Caf\u00e9 terms apply."),
        ("Caf\u00e9 terms apply.".encode(), "Caf\u00e9 terms apply."),
    ],
)
def test_text_encodings(tmp_path: Path, data: bytes, expected: str) -> None:
    doc = read_contract(_write(tmp_path / "enc.txt", data))
    assert _texts(doc) == [expected]


def test_text_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    err = _refused(
        _write(tmp_path / "latin.txt", f"{SECRET} caf\u00e9".encode("cp1252")), "encoding"
    )
    assert "UTF-8" in err.message


# -- Word ------------------------------------------------------------------------


def test_docx_headings_lists_and_tables_in_body_order(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Business Associate Agreement", level=0)  # the Title style
    d.add_paragraph("This Agreement governs protected health information.")
    d.add_heading("1. Permitted Uses", level=1)
    d.add_paragraph("The Vendor may use PHI only to provide the services.")
    d.add_paragraph("No sale of PHI.", style="List Bullet")
    d.add_paragraph("No marketing with PHI.", style="List Number")
    bold = d.add_paragraph()
    bold.add_run("Subprocessors").bold = True
    table = d.add_table(rows=3, cols=3)
    for r, values in enumerate(
        [("Name", "Purpose", "Region"), ("CloudCo", "Hosting", "US"), ("MailCo", "", "EU")]
    ):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    table.cell(2, 1).merge(table.cell(2, 2))
    table.cell(2, 1).text = "Email, EU"
    d.add_heading("2. Security", level=2)
    broken = d.add_paragraph("2.1 The Vendor encrypts PHI.")
    run = broken.add_run()
    run.add_break(WD_BREAK.LINE)
    broken.add_run("2.2 The Vendor logs access.")
    path = tmp_path / "baa.docx"
    d.save(str(path))

    doc = read_contract(path)
    assert doc.kind == "docx"
    assert doc.pages is None
    assert [(p.heading, p.location, p.text) for p in doc.passages] == [
        (
            "Business Associate Agreement",
            "section 'Business Associate Agreement', paragraph 1",
            "This Agreement governs protected health information.",
        ),
        (
            "1. Permitted Uses",
            "section 1 'Permitted Uses', paragraph 1",
            "The Vendor may use PHI only to provide the services.",
        ),
        ("1. Permitted Uses", "section 1 'Permitted Uses', paragraph 2", "No sale of PHI."),
        ("1. Permitted Uses", "section 1 'Permitted Uses', paragraph 3", "No marketing with PHI."),
        ("Subprocessors", "section 'Subprocessors', table 1, row 1", "Name | Purpose | Region"),
        ("Subprocessors", "section 'Subprocessors', table 1, row 2", "CloudCo | Hosting | US"),
        ("Subprocessors", "section 'Subprocessors', table 1, row 3", "MailCo | Email, EU"),
        ("2. Security", "section 2 'Security', paragraph 1", "2.1 The Vendor encrypts PHI."),
        ("2. Security", "section 2 'Security', paragraph 2", "2.2 The Vendor logs access."),
    ]
    assert all(p.page is None and p.line is None for p in doc.passages)


def test_docx_without_headings_numbers_paragraphs(tmp_path: Path) -> None:
    d = docx.Document()
    for text in ("first clause of the terms.", "", "second clause of the terms."):
        d.add_paragraph(text)
    path = tmp_path / "plain.docx"
    d.save(str(path))
    doc = read_contract(path)
    assert [(p.location, p.text) for p in doc.passages] == [
        ("paragraph 1", "first clause of the terms."),
        ("paragraph 2", "second clause of the terms."),
    ]


# -- PDF -------------------------------------------------------------------------


def test_pdf_pages_paragraphs_and_hyphenated_breaks(tmp_path: Path) -> None:
    data = _pdf(
        [
            [
                "1. Definitions",
                "Customer Data means all data, including protected health information, "
                "that the Customer provides to the Vendor under this Agreement.",
                "The Vendor keeps everything in strict confiden-\ntiality at all times.",
            ],
            [
                "2. DATA SECURITY",
                "(a) The Vendor encrypts Customer Data.\n(b) The Vendor logs every access.",
            ],
        ]
    )
    path = _write(tmp_path / "dpa.pdf", data)
    doc = read_contract(path)
    assert doc.kind == "pdf"
    assert doc.pages == 2
    assert [(p.page, p.location, p.heading, p.text) for p in doc.passages] == [
        (
            1,
            "page 1, paragraph 1",
            "1. Definitions",
            "Customer Data means all data, including protected health information, "
            "that the Customer provides to the Vendor under this Agreement.",
        ),
        (
            1,
            "page 1, paragraph 2",
            "1. Definitions",
            "The Vendor keeps everything in strict confidentiality at all times.",
        ),
        (2, "page 2, paragraph 1", "2. DATA SECURITY", "(a) The Vendor encrypts Customer Data."),
        (2, "page 2, paragraph 2", "2. DATA SECURITY", "(b) The Vendor logs every access."),
    ]
    assert all(p.line is None for p in doc.passages)


def test_pdf_with_an_empty_user_password_is_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "open.pdf", _pdf([["The Vendor deletes data."]], user_password=""))
    assert _texts(read_contract(path)) == ["The Vendor deletes data."]


# -- hostile and unusable files ------------------------------------------------------


@pytest.mark.parametrize("name", ["contract.rtf", "contract.doc", "contract", "contract.pdf.exe"])
def test_unsupported_suffix(tmp_path: Path, name: str) -> None:
    err = _refused(_write(tmp_path / name, SECRET), "unsupported")
    assert (Path(name).suffix or "(none)") in err.message


def test_missing_file(tmp_path: Path) -> None:
    _refused(tmp_path / "absent.txt", "not_found")


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.pdf", "empty.docx"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    _refused(_write(tmp_path / name, b""), "no_text")


def test_whitespace_only_text(tmp_path: Path) -> None:
    _refused(_write(tmp_path / "blank.md", "\n   \n\t\n"), "no_text")


def test_binary_garbage_with_a_text_suffix(tmp_path: Path) -> None:
    garbage = bytes(range(256)) * 8 + SECRET.encode()
    err = _refused(_write(tmp_path / "garbage.txt", garbage), "unreadable")
    assert "binary" in err.message


def test_a_pdf_renamed_docx_or_txt(tmp_path: Path) -> None:
    data = _pdf([[SECRET]])
    err = _refused(_write(tmp_path / "contract.docx", data), "unreadable")
    assert "PDF" in err.message
    err = _refused(_write(tmp_path / "contract.txt", data), "unreadable")
    assert "PDF" in err.message


def test_a_docx_renamed_txt_or_pdf(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph(SECRET)
    buffer = io.BytesIO()
    d.save(buffer)
    err = _refused(_write(tmp_path / "contract.md", buffer.getvalue()), "unreadable")
    assert "ZIP" in err.message
    _refused(_write(tmp_path / "contract.pdf", buffer.getvalue()), "unreadable")


def test_corrupt_pdf(tmp_path: Path) -> None:
    data = b"%PDF-1.7\n" + SECRET.encode() + b"\n1 0 obj << /Type /Catalog /Pages 9 0 R"
    _refused(_write(tmp_path / "corrupt.pdf", data), "unreadable")


def test_corrupt_docx(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph(SECRET)
    buffer = io.BytesIO()
    d.save(buffer)
    _refused(_write(tmp_path / "cut.docx", buffer.getvalue()[:2000]), "unreadable")
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("notes.txt", SECRET)
    _refused(_write(tmp_path / "other.docx", other.getvalue()), "unreadable")


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = _write(tmp_path / "locked.pdf", _pdf([[SECRET]], user_password="s3cret"))
    err = _refused(path, "encrypted")
    assert "password" in err.message


def test_encrypted_word_document(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    _refused(_write(tmp_path / "locked.docx", ole), "encrypted")


def test_oversized_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_read, "MAX_BYTES", 64)
    path = _write(tmp_path / "big.txt", SECRET * 10)
    _refused(path, "too_large")


def test_too_many_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_read, "MAX_CHARACTERS", 100)
    _refused(_write(tmp_path / "long.md", f"{SECRET}. " * 20), "too_large")
    d = docx.Document()
    for _ in range(10):
        d.add_paragraph(f"{SECRET}.")
    path = tmp_path / "long.docx"
    d.save(str(path))
    _refused(path, "too_large")


def test_too_many_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_read, "MAX_PAGES", 1)
    _refused(_write(tmp_path / "two.pdf", _pdf([[SECRET], [SECRET]])), "too_large")


def test_docx_zip_bomb_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b"\0" * (8 * 1024 * 1024))
    data = buffer.getvalue()
    assert len(data) < 64 * 1024
    monkeypatch.setattr(_read, "MAX_UNZIPPED_BYTES", 1024 * 1024)

    def parse(*_: object) -> None:
        raise AssertionError("the zip bomb reached the parser")

    monkeypatch.setattr(docx, "Document", parse)
    err = _refused(_write(tmp_path / "bomb.docx", data), "too_large")
    assert "unzips" in err.message


def test_pdf_without_text_needs_ocr(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_page()
    err = _refused(_write(tmp_path / "scan.pdf", bytes(pdf.output())), "no_text")
    assert "OCR" in err.message


def test_page_numbers_are_not_passages(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number in (1, 2):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Clause {number} binds the Vendor.", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(0, 10, f"Page {number} of 2", align="C")
    doc = read_contract(_write(tmp_path / "numbered.pdf", bytes(pdf.output())))
    assert _texts(doc) == ["Clause 1 binds the Vendor.", "Clause 2 binds the Vendor."]
