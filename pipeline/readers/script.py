"""Traditional characters to simplified, one character for one character.

The rules and lexicons are written in simplified characters, so a report in
traditional characters (Big5 pages, Hong Kong or Taiwan copies) is converted
with OpenCC (``t2s``) before cleaning and extraction.  Evidence must still
show what the file said, so the conversion is kept length-preserving: every
character of the converted text stands at the same offset as the character
it came from.  OpenCC's phrase tables map phrases to phrases of the same
length in practice; a line where that does not hold is converted character
by character instead.  Traditional corner quotes 「」『』 become “”‘’ in the
same pass, because the programme rules read quoted names.

Because offsets match, the original characters can be put back into any
text derived from the converted one by deleting and joining (which is all
the cleaner does beyond one-for-one replacements): ``restore_original``
walks the cleaned text and the converted source side by side.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

_QUOTES = str.maketrans({"「": "“", "」": "”", "『": "‘", "』": "’"})
_SEARCH_WINDOW = 20_000
# share of CJK characters OpenCC changes above which a text counts as traditional
TRADITIONAL_SHARE = 0.02


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    """Convert to simplified characters, guaranteeing ``len(result) == len(text)``."""
    conv = _converter()
    out = conv.convert(text)
    if len(out) != len(text):
        lines = text.split("\n")
        fixed = []
        for line in lines:
            converted = conv.convert(line)
            if len(converted) != len(line):
                converted = "".join(_char(ch) for ch in line)
            fixed.append(converted)
        out = "\n".join(fixed)
    return out.translate(_QUOTES)


def _char(ch: str) -> str:
    converted = _converter().convert(ch)
    return converted if len(converted) == 1 else ch


def is_traditional(original: str, converted: str) -> bool:
    """Whether enough CJK characters changed to call the text traditional."""
    cjk = changed = 0
    for a, b in zip(original, converted, strict=True):
        if "\u3400" <= a <= "\u9fff":
            cjk += 1
            changed += a != b
    return changed > 0 and changed >= TRADITIONAL_SHARE * cjk


def to_simplified(text: str) -> tuple[str, str | None]:
    """Return (text for extraction, original text or None when nothing needed converting)."""
    converted = t2s(text)
    if converted == text or not is_traditional(text, converted):
        return text, None
    return converted, text


def restore_original(cleaned: str, converted: str, original: str) -> str:
    """Put back the original characters into ``cleaned``, a text derived from ``converted``.

    ``cleaned`` is made from ``converted`` by dropping characters and replacing
    some one for one (width, punctuation); each of its characters is matched
    to the next equal character of the converted source, and where OpenCC had
    changed that character the original one is used.  Characters that cannot
    be matched stay as they are, so the result always has ``len(cleaned)``.
    """
    from pipeline.clean import normalise_width

    source = normalise_width(converted)
    if len(source) != len(original):  # width normalisation is one for one; be safe if it ever is not
        source = converted
    out = []
    j = 0
    for ch in cleaned:
        k = source.find(ch, j, j + _SEARCH_WINDOW) if not ch.isspace() else -1
        if k < 0:
            out.append(ch)
            continue
        src = original[k]
        out.append(src if src != converted[k] and converted[k] == ch else ch)
        j = k + 1
    return "".join(out)
