"""Reading a report file into text: the first stage, and the place bad input is refused."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import InputError
from policykg.settings import get_settings

TEXT_SUFFIXES = {".txt", ".text", ".md"}


@dataclass
class RawDocument:
    """Bytes read from disk, decoded, with the identity the graph keys it by."""

    doc_id: str
    source: str
    sha256: str
    text: str


def doc_id_for(path: Path) -> str:
    """A document's id is its file name without extension (as the gold format says)."""
    return path.stem


def read_file(path: Path) -> RawDocument:
    """Read one report; raise InputError with a one-line reason when it cannot be read."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    size = path.stat().st_size
    limit = get_settings().max_file_bytes
    if size > limit:
        raise InputError(f"{path}: {size} bytes is over the limit of {limit} (POLICYKG_MAX_FILE_BYTES)")
    data = path.read_bytes()
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    text = decode_text(path, data)
    return RawDocument(doc_id=doc_id_for(path), source=path.name,
                       sha256=hashlib.sha256(data).hexdigest(), text=text)


def decode_text(path: Path, data: bytes) -> str:
    """Decode bytes as UTF-8, then the Chinese legacy encodings; refuse binary data."""
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not text")
    for encoding in ("utf-8-sig", "gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_text(text):
            return text
    raise InputError(f"{path}: not readable as UTF-8, GB18030 or Big5 text")


def _mostly_text(text: str) -> bool:
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    return printable / max(len(text), 1) > 0.95


def list_reports(directory: Path) -> list[Path]:
    """The report files of a directory, sorted, or an InputError if there are none."""
    if not directory.exists():
        raise InputError(f"{directory}: no such directory")
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory")
    files = sorted(p for p in directory.iterdir() if p.is_file() and not p.name.startswith("."))
    if not files:
        raise InputError(f"{directory}: no report files in it")
    return files
