"""The BIO TSV writer: what the statistical model learns from."""

from __future__ import annotations

import io
from pathlib import Path

from pipeline.nlp.silver import bio_tags, is_byline, read_bio_tsv, write_bio_tsv
from policykg.facts import DocumentFacts, Mention, Sentence

from .conftest import report_inputs


def _mention(label: str, name: str, start: int, end: int, sentence: int = 0) -> Mention:
    return Mention(label=label, name=name, surface=name, sentence_index=sentence, start=start, end=end)  # type: ignore[arg-type]


def test_tags_are_bio_in_sentence_offsets() -> None:
    sent = Sentence(doc_id="d", index=3, text="镇党委书记王志刚介绍", start=100, end=110)
    tags = bio_tags(sent, [_mention("Person", "王志刚", 105, 108, 3), _mention("Place", "镇", 100, 101, 3)])
    assert tags == ["O"] * 5 + ["B-PER", "I-PER", "I-PER"] + ["O", "O"]


def test_nested_mentions_keep_the_longer() -> None:
    sent = Sentence(doc_id="d", index=0, text="金河镇党委组织活动", start=0, end=9)
    tags = bio_tags(sent, [_mention("Organisation", "金河镇党委", 0, 5), _mention("Person", "金河", 0, 2)])
    assert tags[:5] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG"]


def test_bylines_are_not_training_data() -> None:
    assert is_byline("□本报记者 周立新")
    assert is_byline("通讯员 李四 摄")
    assert not is_byline("村民李春华说，合作社让大家的日子越过越红火。")


def test_written_file_reads_back_and_skips_bylines_and_spaces(tmp_path: Path) -> None:
    from pipeline.rules import run_rules

    document, sentences = report_inputs()
    facts: DocumentFacts = run_rules(document, sentences)
    buf = io.StringIO()
    n = write_bio_tsv([facts], buf)
    path = tmp_path / "silver.tsv"
    path.write_text(buf.getvalue(), encoding="utf-8")
    sents = read_bio_tsv(path)
    assert n == len(sents) == len(sentences) - 1  # the byline is left out
    texts = ["".join(c for c, _ in s) for s in sents]
    assert not any("周立新" in t for t in texts)
    person = next(s for s in sents if "".join(c for c, _ in s).startswith("村民"))
    assert [t for _, t in person][2:5] == ["B-PER", "I-PER", "I-PER"]
    assert all(c.strip() for s in sents for c, _ in s)
    assert all(t.split("-")[-1] in ("O", "PER", "ORG") for s in sents for _, t in s)


def test_speaking_to_a_reporter_is_not_a_byline() -> None:
    assert not is_byline("参加学习的党员秀芝跟记者说。")
    assert is_byline("本报记者 周立新 通讯员 李四")
