"""The characters names are made of and end at, and jieba's word look-ups, for names of bodies and people.

Both the organisation finder (walking left from a suffix) and the person finder
(reading a name after a role cue) stop at the same function characters, ask
jieba's dictionary whether a word is an everyday one, and know the characters
of transliterated Mongolian and Tibetan names.  They live here so that neither
finder imports the other for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policykg.paths import lexicon

NAME_CHARS = r"[\u4e00-\u9fff]"
NAME_CHAR_RE = re.compile(NAME_CHARS)  # asked for every character after a role cue
BREAK = set("的和与在为是了等及对向把将由从以被、，。；：“”（）()《》 　到并也还又就都而于给让使用同跟")
# jieba frequency from which a two-character word is an everyday word (宝音 4, 乌兰 7; 康乐 40, 农村 11478)
COMMON_WORD_FREQ = 20


@lru_cache(maxsize=1)
def word_frequencies() -> dict[str, int]:
    """jieba's dictionary (loaded by the cleaner anyway): a frequent word is not a two-character name."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tags (nr: a person's name) for the words of its dictionary."""
    import jieba.posseg

    word_frequencies()  # initialises jieba quietly
    return jieba.posseg.dt.word_tag_tab  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def transliteration_chars() -> frozenset[str]:
    """The characters of transliterated names (巴图, 其木格), from ``transliteration_chars.tsv``."""
    text = lexicon("transliteration_chars.tsv").read_text(encoding="utf-8")
    return frozenset("".join(ln.strip() for ln in text.splitlines() if not ln.startswith("#")))
