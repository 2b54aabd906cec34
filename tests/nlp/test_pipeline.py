"""The spaCy pipeline: same facts as the rule extractor, config round trip, Doc extensions, pipe."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.nlp import build_nlp, extract, extract_many, load_config, load_nlp, make_doc
from pipeline.rules import run_rules, stages
from policykg.errors import PolicyKGError

from .conftest import REPORT, report_inputs


@pytest.fixture(scope="module")
def rules_nlp() -> spacy.language.Language:
    return build_nlp(hanlp=False)


def test_components_wrap_every_rule_stage_in_order(rules_nlp: spacy.language.Language) -> None:
    names = [n for n in rules_nlp.pipe_names if n not in ("policykg_sentences", "policykg_facts")]
    assert names == [name for name, _ in stages()]
    analysis = rules_nlp.analyze_pipes()
    assert analysis is not None
    assert not any(analysis["problems"].values())
    assert rules_nlp.get_pipe_meta("policykg_facts").assigns == ["doc._.facts", "doc.ents", "doc.spans"]


def test_facts_equal_the_rule_extractor(rules_nlp: spacy.language.Language) -> None:
    document, sentences = report_inputs()
    assert extract(rules_nlp, document, sentences) == run_rules(document, sentences)


def test_doc_carries_facts_sentences_and_entities(rules_nlp: spacy.language.Language) -> None:
    document, sentences = report_inputs()
    doc = rules_nlp(make_doc(rules_nlp, document, sentences))
    assert doc.text == document.text
    assert [s.text.strip() for s in doc.sents] == [s.text for s in sentences]
    assert doc._.policykg_document == document
    persons = [e for e in doc.ents if e.label_ == "Person"]
    assert [e.text for e in persons] == ["王志刚", "李春华", "赵红梅"]
    assert persons[0]._.mention.name == "王志刚"
    assert doc._.rule_context is None  # the working state does not outlive the pipeline


def test_plain_text_gets_its_own_document(rules_nlp: spacy.language.Language) -> None:
    doc = rules_nlp("金河镇党委书记王志刚介绍，全镇建成12个专业合作社。")
    assert doc._.facts is not None
    assert any(m.name == "王志刚" for m in doc._.facts.mentions)


def test_saved_pipeline_loads_and_gives_identical_facts(tmp_path: Path) -> None:
    nlp = build_nlp(hanlp=False, segmenter="jieba")
    document, sentences = report_inputs()
    before = extract(nlp, document, sentences)
    nlp.to_disk(tmp_path / "nlp")
    loaded = load_nlp(tmp_path / "nlp")
    assert loaded.pipe_names == nlp.pipe_names
    assert loaded.config["nlp"]["tokenizer"]["segmenter"] == "jieba"
    assert extract(loaded, document, sentences) == before
    direct = spacy.load(tmp_path / "nlp")  # spaCy's own loader, our factories registered by import
    assert extract(direct, document, sentences) == before


def test_facts_survive_serialisation_of_the_doc(rules_nlp: spacy.language.Language) -> None:
    from spacy.tokens import Doc

    document, sentences = report_inputs()
    doc = rules_nlp(make_doc(rules_nlp, document, sentences))
    copy = Doc(rules_nlp.vocab).from_bytes(doc.to_bytes())
    assert copy._.facts == doc._.facts


def test_pipe_with_two_processes_gives_the_same_facts(rules_nlp: spacy.language.Language) -> None:
    items = [report_inputs(REPORT, "a"), report_inputs(REPORT.replace("王志刚", "孙立军"), "b")]
    serial = list(extract_many(rules_nlp, items))
    parallel = list(extract_many(rules_nlp, items, n_process=2, batch_size=1))
    assert parallel == serial
    assert any(m.name == "孙立军" for m in parallel[1].mentions)


def test_hanlp_sentence_splitter_gives_offsets_into_the_text() -> None:
    nlp = build_nlp(hanlp=False, splitter="hanlp")
    document, _ = report_inputs()
    doc = nlp(make_doc(nlp, document))
    for s in doc._.policykg_sentences:
        assert document.text[s.start:s.end] == s.text
    assert any(m.name == "李春华" for m in doc._.facts.mentions)


def test_a_rule_stage_missing_from_the_config_is_inserted(tmp_path: Path) -> None:
    text = (Path(__file__).resolve().parents[2] / "models" / "spacy" / "config.cfg").read_text(encoding="utf-8")
    text = text.replace('"metrics",', "").replace('[components.metrics]\nfactory = "policykg_rule_stage"\n'
                                                  'stage = "metrics"\n', "")
    assert "metrics" not in text
    path = tmp_path / "config.cfg"
    path.write_text(text, encoding="utf-8")
    cfg = load_config(path)
    pipe = cfg["nlp"]["pipeline"]
    assert pipe.index("organisations") < pipe.index("metrics") < pipe.index("relations")
    nlp = build_nlp(cfg, hanlp=False)
    document, sentences = report_inputs()
    assert extract(nlp, document, sentences) == run_rules(document, sentences)


def test_unknown_segmenter_is_a_clear_error() -> None:
    with pytest.raises(PolicyKGError, match="unknown segmenter"):
        build_nlp(hanlp=False, segmenter="bpe")
