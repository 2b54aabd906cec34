"""What every reader returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Extracted:
    """Text read from a file, and the metadata the file itself carries.

    ``kind`` names the reader (``text``, ``html``, ``pdf``, ``docx``) and
    ``encoding`` the character set text was decoded from, for the ingest report.
    """

    text: str
    kind: str
    encoding: str | None = None
    title: str | None = None
    published: date | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)
