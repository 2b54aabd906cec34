"""Word ``.docx``: paragraphs and table cells in document order.

Tables matter in these reports (lists of villages and figures), so each row
becomes one line with its cells separated by a tab.  The core properties give
a title and author when they were filled in.  The archive is checked before
parsing: a member that would inflate past the file-size limit is refused
(a zip bomb), a damaged container gets a clear message.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from policykg.errors import InputError
from policykg.settings import get_settings

from .base import Extracted

_PLACEHOLDER_AUTHORS = {"", "administrator", "user", "admin", "microsoft", "微软用户", "walkthrough",
                        "python-docx"}


def read_docx(data: bytes, name: str) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_inflated_size(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise InputError(f"{name}: a damaged .docx ({exc})") from None
    except Exception as exc:  # lxml syntax errors inside a corrupted part
        raise InputError(f"{name}: a damaged .docx ({type(exc).__name__}: {exc})") from None
    lines = [ln for ln in _blocks(document) if ln.strip()]
    if not lines:
        raise InputError(f"{name}: the Word document has no text")
    props = document.core_properties
    title = (props.title or "").strip() or None
    author = (props.author or "").strip()
    return Extracted(text="\n".join(lines), kind="docx", title=title,
                     author=None if author.lower() in _PLACEHOLDER_AUTHORS else author)


def _blocks(document: Any) -> Iterator[str]:
    """Paragraph texts and table rows, in the order they stand in the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if not cells or cells[-1] != text:  # merged cells repeat their text
                        cells.append(text)
                yield "\t".join(cells)


def _check_inflated_size(data: bytes, name: str) -> None:
    limit = get_settings().max_file_bytes
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        total = sum(info.file_size for info in archive.infolist())
    if total > limit:
        raise InputError(f"{name}: unpacks to {total} bytes, over the limit of {limit} "
                         "(POLICYKG_MAX_FILE_BYTES)")
