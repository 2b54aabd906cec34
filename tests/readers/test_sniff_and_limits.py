"""The reader is chosen by content; unreadable formats and oversized input get one-line reasons."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from pipeline.read import list_reports, read_file
from pipeline.readers import sniff
from policykg.errors import InputError

from .files import BODY_1, write


@pytest.mark.parametrize(("data", "reason"), [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a PNG image, not a report; run OCR"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "a JPEG image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, r"a legacy Office file \(\.doc"),
    (b"{\\rtf1\\ansi hello}", "an RTF file"),
    (b"\x1f\x8b\x08\x00" + b"\x00" * 64, "a gzip archive; archives are not accepted"),
])
def test_unreadable_formats_are_named(tmp_path: Path, data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=rf"^file\.txt: {reason}"):
        read_file(write(tmp_path / "file.txt", data))


def test_zip_archive_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", BODY_1)
    with pytest.raises(InputError, match=r"reports\.zip: a zip archive; archives are not accepted"):
        read_file(write(tmp_path / "reports.zip", buffer.getvalue()))


def test_markup_fragment_needs_an_html_name() -> None:
    fragment = f"<p>{BODY_1}</p>".encode()
    assert sniff(fragment, "a.html") == "html"
    assert sniff(fragment, "a.txt") == "text"


def test_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_MAX_FILE_BYTES", "100")
    path = write(tmp_path / "big.txt", (BODY_1 * 5).encode())
    with pytest.raises(InputError,
                       match=r"big\.txt: \d+ bytes is over the limit of 100 \(POLICYKG_MAX_FILE_BYTES\)"):
        read_file(path)


def test_character_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICYKG_MAX_CHARS", "50")
    path = write(tmp_path / "long.txt", (BODY_1 * 3).encode())
    with pytest.raises(InputError,
                       match=r"long\.txt: \d+ characters is over the limit of 50 \(POLICYKG_MAX_CHARS\)"):
        read_file(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="no such directory"):
        list_reports(tmp_path / "nope")


def test_listing_skips_hidden_and_lock_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", ".hidden.txt", "~$a.docx"):
        write(tmp_path / name, BODY_1.encode())
    assert [p.name for p in list_reports(tmp_path)] == ["a.html", "b.txt"]


def test_listing_skips_data_files_next_to_reports(tmp_path: Path) -> None:
    write(tmp_path / "report.txt", BODY_1.encode())
    write(tmp_path / "facts.jsonl", b'{"kind": "entity", "name": "x"}\n')
    write(tmp_path / "table.CSV", "地区,数量\n某旗,12\n".encode())
    assert [p.name for p in list_reports(tmp_path)] == ["report.txt"]
