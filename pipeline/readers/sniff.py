"""Which reader a file needs, decided by its bytes.

Magic numbers first (PDF, Office zip containers, legacy Word, images,
archives, executables), then markup, then text.  The extension is only a
tie-breaker for markup fragments without ``<html>``: a PDF saved as ``.txt``
is read as a PDF, and a binary file named ``.html`` is refused as binary.
Formats policykg cannot read are refused here with what to do instead.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

from policykg.errors import InputError

_REFUSED_MAGIC: list[tuple[bytes, str]] = [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls/.ppt); save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file; save it as .docx or plain text"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not a report; run OCR on it first"),
    (b"\xff\xd8\xff", "a JPEG image, not a report; run OCR on it first"),
    (b"GIF87a", "a GIF image, not a report"),
    (b"GIF89a", "a GIF image, not a report"),
    (b"II*\x00", "a TIFF image, not a report; run OCR on it first"),
    (b"MM\x00*", "a TIFF image, not a report; run OCR on it first"),
    (b"\x1f\x8b", "a gzip archive; archives are not accepted, unpack it and ingest the folder"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive; archives are not accepted, unpack it and ingest the folder"),
    (b"Rar!\x1a\x07", "a RAR archive; archives are not accepted, unpack it and ingest the folder"),
    (b"\xfd7zXZ\x00", "an xz archive; archives are not accepted, unpack it and ingest the folder"),
    (b"\x7fELF", "an executable, not a report"),
    (b"SQLite format 3\x00", "an SQLite database, not a report"),
]

_ZIP_KINDS = {
    "xl/workbook.xml": "an Excel workbook; save the report text as .docx or PDF",
    "ppt/presentation.xml": "a PowerPoint file; save it as PDF",
}

_HTML_STRONG = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_HTML_WEAK = re.compile(rb"<(p|div|span|br|table|a|meta|title|h[1-6])[\s/>]", re.IGNORECASE)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".asp", ".aspx", ".php", ".jsp"}


def sniff(data: bytes, name: str) -> str:
    """Return ``pdf``, ``docx``, ``html`` or ``text``; raise InputError for what cannot be read."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data, name)
    for magic, what in _REFUSED_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: {what}")
    sample = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _HTML_STRONG.search(sample[:2048]):
        return "html"
    if PurePath(name).suffix.lower() in _HTML_SUFFIXES and _HTML_WEAK.search(sample):
        return "html"
    return "text"


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        raise InputError(f"{name}: a damaged or truncated zip container (.docx?); "
                         "open and save it again") from None
    if "word/document.xml" in names:
        return "docx"
    for member, what in _ZIP_KINDS.items():
        if member in names:
            raise InputError(f"{name}: {what}")
    if "content.xml" in names:
        raise InputError(f"{name}: an OpenDocument file; save it as .docx or PDF")
    raise InputError(f"{name}: a zip archive; archives are not accepted, unpack it and ingest the folder")
