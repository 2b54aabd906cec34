"""The spaCy tokenizer of the pipeline: one character per token, or jieba / pkuseg words.

Why our own and not ``spacy.zh.ChineseTokenizer``: its ``pkuseg`` mode needs
``spacy-pkuseg`` and a model that package does not ship; here ``pkuseg``
means the ``pkuseg`` 0.0.25 package and its bundled ``default`` model.  The
rule stages read sentence text, not tokens, so the segmenter changes speed
and what token-boundary checks (fusion's ``align_words``) accept, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Literal

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry
from spacy.vocab import Vocab

from policykg.errors import PolicyKGError

SegmenterName = Literal["char", "jieba", "pkuseg"]


@lru_cache(maxsize=2)
def _pkuseg(model: str) -> Any:
    try:
        import pkuseg
    except ImportError as exc:  # built from source: pip install --no-build-isolation pkuseg==0.0.25
        raise PolicyKGError("segmenter 'pkuseg' needs the pkuseg package: "
                            "pip install cython numpy && pip install --no-build-isolation pkuseg==0.0.25") from exc
    return pkuseg.pkuseg(model_name=model)


class Segmenter:
    """Callable tokenizer: text in, ``Doc`` out, token texts (plus spaces) covering the text exactly."""

    def __init__(self, vocab: Vocab, segmenter: SegmenterName = "char", pkuseg_model: str = "default") -> None:
        if segmenter not in ("char", "jieba", "pkuseg"):
            raise PolicyKGError(f"unknown segmenter {segmenter!r}: choose char, jieba or pkuseg")
        self.vocab = vocab
        self.segmenter = segmenter
        self.pkuseg_model = pkuseg_model

    def __call__(self, text: str) -> Doc:
        if self.segmenter == "char":
            return Doc(self.vocab, words=list(text), spaces=[False] * len(text))
        words = self.words(text)
        try:
            words, spaces = get_words_and_spaces(words, text)
        except ValueError:  # a segmenter that normalised characters: fall back to characters
            words, spaces = list(text), [False] * len(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def words(self, text: str) -> list[str]:
        if self.segmenter == "jieba":
            import jieba

            jieba.setLogLevel(60)
            return [w for w in jieba.cut(text, HMM=True) if w]
        seg = _pkuseg(self.pkuseg_model)
        # pkuseg drops white space and works per line; keep lines apart so offsets stay true
        out: list[str] = []
        for line in text.splitlines(keepends=True):
            out.extend(w for w in seg.cut(line) if w.strip())
        return out

    # the tokenizer holds no data of its own: the config says everything
    def to_disk(self, path: Any, **kwargs: Any) -> None:
        return None

    def from_disk(self, path: Any, **kwargs: Any) -> Segmenter:
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs: Any) -> Segmenter:
        return self


@registry.tokenizers("policykg.Segmenter.v1")
def create_segmenter(segmenter: str = "char",
                     pkuseg_model: str = "default") -> Callable[[Any], Segmenter]:
    if segmenter not in ("char", "jieba", "pkuseg"):
        raise PolicyKGError(f"unknown segmenter {segmenter!r}: choose char, jieba or pkuseg")

    def make(nlp: Any) -> Segmenter:
        return Segmenter(nlp.vocab, segmenter, pkuseg_model)  # type: ignore[arg-type]

    return make
