"""Reading a report file into text: the first stage, and the place bad input is refused.

``read_file`` checks the limits, lets ``pipeline.readers`` pick a reader by
the file's content (text in any of the Chinese encodings, HTML, PDF, .docx),
converts traditional characters to simplified ones and returns a
``RawDocument``.  ``text`` is what extraction reads; ``original_text``, set
only when characters were converted, is the same text in the file's own
characters, offset for offset (see ``pipeline/readers/script.py``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from policykg.errors import InputError
from policykg.settings import get_settings

from .readers import extract
from .readers.meta import metadata_from_text
from .readers.script import to_simplified

TEXT_SUFFIXES = {".txt", ".text", ".md"}


@dataclass
class RawDocument:
    """Bytes read from disk, decoded, with the identity the graph keys it by.

    The metadata fields are what the file said about itself (HTML ``<meta>``,
    the 发布时间/来源/作者 line, .docx properties); the cleaner's reading of the
    page furniture takes precedence over them in ``pipeline.document.prepare``.
    """

    doc_id: str
    source: str
    sha256: str
    text: str
    original_text: str | None = None
    kind: str = "text"
    encoding: str | None = None
    title: str | None = None
    published: date | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)


def doc_id_for(path: Path) -> str:
    """A document's id is its file name without extension (as the gold format says)."""
    return path.stem


def read_file(path: Path) -> RawDocument:
    """Read one report; raise InputError with a one-line reason when it cannot be read."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    settings = get_settings()
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        raise InputError(f"{path.name}: {size} bytes is over the limit of {settings.max_file_bytes} "
                         "(POLICYKG_MAX_FILE_BYTES)")
    data = path.read_bytes()
    return read_bytes(data, path.name, doc_id=doc_id_for(path))


def read_bytes(data: bytes, name: str, doc_id: str | None = None) -> RawDocument:
    """Read a report given as bytes (an upload, a test); ``name`` is used for messages and the id."""
    settings = get_settings()
    if len(data) > settings.max_file_bytes:
        raise InputError(f"{name}: {len(data)} bytes is over the limit of {settings.max_file_bytes} "
                         "(POLICYKG_MAX_FILE_BYTES)")
    extracted = extract(data, name)
    text = extracted.text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > settings.max_chars:
        raise InputError(f"{name}: {len(text)} characters is over the limit of {settings.max_chars} "
                         "(POLICYKG_MAX_CHARS)")
    if not text.strip():
        raise InputError(f"{name}: no text in the file")
    simplified, original = to_simplified(text)
    meta = metadata_from_text(simplified)
    return RawDocument(
        doc_id=doc_id if doc_id is not None else Path(name).stem,
        source=name,
        sha256=hashlib.sha256(data).hexdigest(),
        text=simplified,
        original_text=original,
        kind=extracted.kind,
        encoding=extracted.encoding,
        title=to_simplified(extracted.title)[0] if extracted.title else None,
        published=extracted.published or meta.published,
        author=extracted.author or meta.author,
        publisher=extracted.publisher or meta.publisher,
        url=extracted.url,
        notes=list(extracted.notes),
    )


# Structured data that often sits next to reports (facts, gold files, tables): read as
# text it would become a "report" of JSON or CSV lines, so a folder listing leaves it out.
DATA_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".zip", ".gz"})


def list_reports(directory: Path) -> list[Path]:
    """The report files of a directory, sorted, or an InputError if there are none.

    Hidden files, Office lock files (``~$name.docx``) and data files (``DATA_SUFFIXES``)
    are not reports; a data file given by name is still read (``read_file``).
    """
    if not directory.exists():
        raise InputError(f"{directory}: no such directory")
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    files = sorted(p for p in directory.iterdir()
                   if p.is_file() and not p.name.startswith((".", "~$"))
                   and p.suffix.lower() not in DATA_SUFFIXES)
    if not files:
        raise InputError(f"{directory}: no report files in it")
    return files
