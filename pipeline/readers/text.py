"""Plain text in UTF-8 or the Chinese legacy encodings (GBK/GB18030, Big5).

Decoding order, and why:

1. a byte-order mark decides (UTF-8, UTF-16, UTF-32);
2. NUL bytes without a UTF-16/32 mark mean binary data: refused;
3. strict UTF-8 (it almost never decodes legacy bytes by accident);
4. strict GB18030 (a superset of GBK and GB2312) and strict Big5: when both
   decode, the one whose characters are mostly in its own common-character
   block wins (GB2312 level 1 for GB18030, Big5 常用字 for Big5), because
   bytes in the wrong encoding decode to rare characters;
5. charset-normalizer for anything else (e.g. UTF-16 without a mark);
6. a decoding that is not mostly printable text is refused as binary.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from policykg.errors import InputError

from .base import Extracted
from .meta import metadata_from_text

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def read_text(data: bytes, name: str) -> Extracted:
    text, encoding = decode(data, name)
    meta = metadata_from_text(text)
    return Extracted(text=text, kind="text", encoding=encoding, title=None, published=meta.published,
                     author=meta.author, publisher=meta.publisher)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes to text and name the encoding; InputError when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), name), encoding.replace("-sig", "")
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} mark "
                                 f"but is not {encoding} text") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: a binary file, not text")
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str, str]] = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_share(text, encoding), encoding, text))
    if candidates:
        # ties go to GB18030: the reports come from the mainland
        _score, encoding, text = max(candidates, key=lambda c: (c[0], c[1] == "gb18030"))
        return _checked(text, name), encoding
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.25:
        raise InputError(f"{name}: a binary file, or text in an encoding policykg cannot recognise "
                         "(tried UTF-8, GB18030/GBK, Big5)")
    return _checked(str(best), name), best.encoding


def _common_share(text: str, encoding: str) -> float:
    """Share of the CJK characters that lie in the encoding's block of common characters."""
    cjk = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    common = 0
    for ch in cjk:
        if encoding == "gb18030":
            try:
                lead = ch.encode("gb2312")[0]
            except UnicodeEncodeError:
                continue
            common += 0xB0 <= lead <= 0xD7
        else:
            lead = ch.encode("big5")[0]
            common += 0xA4 <= lead <= 0xC6
    return common / len(cjk)


def _checked(text: str, name: str) -> str:
    """Refuse decodings that are mostly control characters (binary read as text)."""
    if not text.strip():
        raise InputError(f"{name}: the file is empty")
    sample = text[:20000]
    bad = sum(1 for ch in sample if not (ch.isprintable() or ch in "\n\r\t\f\ufeff"))
    if bad / len(sample) > 0.05:
        raise InputError(f"{name}: a binary file, not text")
    return text
