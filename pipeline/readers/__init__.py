"""Readers by file type, chosen by what the bytes are, not by what the name says.

``extract(data, name)`` sniffs the content (magic bytes, then markup, then text
encodings), hands it to the reader for that type and returns an ``Extracted``:
the text and what the file said about itself (title, date, source, author).
Every refusal is an ``InputError`` whose message names the file and the reason
in one line, so that ``policykg ingest`` can report it per document.
"""

from __future__ import annotations

from .base import Extracted
from .sniff import sniff


def extract(data: bytes, name: str) -> Extracted:
    """Read one file's bytes with the reader its content calls for."""
    kind = sniff(data, name)
    if kind == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if kind == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    if kind == "html":
        from .html import read_html

        return read_html(data, name)
    from .text import read_text

    return read_text(data, name)


__all__ = ["Extracted", "extract", "sniff"]
