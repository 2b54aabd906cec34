"""Shared fixtures: one CPU thread, a hand-written report, and a tiny HanLP model trained once."""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import torch

from pipeline.document import prepare
from pipeline.read import RawDocument
from policykg.facts import Document, Sentence

if TYPE_CHECKING:
    from pipeline.rules.context import DocContext

torch.set_num_threads(1)

REPORT = """呼和浩特市赛罕区推进“党建+合作社”模式
□本报记者 周立新
今年以来，赛罕区金河镇党委带领各村发展特色产业。
金河镇党委书记王志刚介绍，全镇建成12个专业合作社，带动农户增收3000元。
村民李春华说，合作社让大家的日子越过越红火。
党员中心户赵红梅带动周边农户种植蔬菜。
"""

NAMES = ["王建国", "李红梅", "赵志强", "孙丽", "周海涛", "吴敏", "郑春来", "冯玉兰", "陈东升", "杨秀英"]
ORGS = ["青山镇党委", "红柳村股份经济合作社", "北山旗农业银行", "白云旗文化协会", "沙河镇党委"]
TEMPLATES = ["{o}书记{p}介绍，今年收入增长。", "村民{p}说，{o}帮了大忙。", "在{o}的支持下，{p}办起了养殖场。",
             "党员{p}带领{o}开展活动。", "今年全镇新建了三条道路。"]


def report_inputs(text: str = REPORT, doc_id: str = "t1") -> tuple[Document, list[Sentence]]:
    return prepare(RawDocument(doc_id=doc_id, source=f"{doc_id}.txt", sha256="0" * 64, text=text))


def rule_context(text: str, doc_id: str, run: tuple[str, ...] = ("places", "programmes")) -> DocContext:
    """The rule context of ``text`` after the named rule stages (persons and organisations are left
    to the model unless "organisations" is named)."""
    from pipeline.rules import stages
    from pipeline.rules.context import DocContext

    document, sentences = report_inputs(text, doc_id)
    ctx = DocContext(document=document, sentences=sentences)
    for name, stage in stages():
        if name in run:
            stage(ctx)
    return ctx


def write_tsv(path: Path, n: int, seed: int) -> None:
    """Sentences from templates with made-up names, tagged character by character."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(n):
            p, o, t = rng.choice(NAMES), rng.choice(ORGS), rng.choice(TEMPLATES)
            s = t.format(p=p, o=o)
            tags = ["O"] * len(s)
            for value, tag in ((p, "PER"), (o, "ORG")):
                if "{" + tag[0].lower() + "}" not in t and value not in s:
                    continue
                a = s.find(value)
                if a < 0:
                    continue
                tags[a] = "B-" + tag
                for k in range(a + 1, a + len(value)):
                    tags[k] = "I-" + tag
            fh.write("".join(f"{c}\t{g}\n" for c, g in zip(s, tags, strict=True)) + "\n")


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipeline.nlp.hanlp_model import train_ner

    root = tmp_path_factory.mktemp("ner")
    write_tsv(root / "train.tsv", 240, 1)
    write_tsv(root / "dev.tsv", 30, 2)
    train_ner(root / "train.tsv", root / "dev.tsv", root / "model", epochs=20, embed=64, rnn_hidden=128)
    return root / "model"
