"""Turn a held-out set's hand annotations into gold lines in ../shared/gold's format.

Writing gold JSON by hand invites typos in names and evidence; the annotations are
written one fact a line and this script adds the JSON, checks that every name and
figure stands in its report, and picks the evidence sentence:

    python eval/annotate.py eval/heldout_annotations.txt eval/heldout eval/heldout_gold.jsonl

Annotation lines, under a ``## <doc id>`` header (the report's file name without suffix):

    P <name> <level> [alias,alias]        Place
    G <name> <kind> [component,component] Programme
    O <name> <kind> [alias,alias]         Organisation
    H <name> <role>                       Person
    R <TYPE> <L>:<head> <L>:<tail> [basis=<b>]  relation, L one of P G O H
    M <L>:<subject> <indicator> <value> <unit> <qualifier|-> <year|-> <text of the figure>

``!noise`` on an entity line marks a name found only in navigation or "related reading"
(score.py counts it neither way). A PART_OF line gets ``attrs.basis`` (check.py asks for it;
score.py does not read it): ``text`` when both places stand in its evidence, else
``admin_knowledge``; ``basis=admin_knowledge`` on the line says so where a name stands in the
evidence only inside another name (an organisation's, in a photo credit). Evidence is the first sentence of the report (HTML
tags, the page title and navigation lines left out) that holds the fact's names, cut to
60 characters around them; a relation whose ends are in different sentences takes the
sentence of its programme or organisation (IMPLEMENTS, LEADS, PARTNERS_WITH) or of its head.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

LABELS = {"P": "Place", "G": "Programme", "O": "Organisation", "H": "Person"}
TAIL_EVIDENCE = {"IMPLEMENTS", "LEADS", "PARTNERS_WITH"}


def sentences(text: str) -> list[str]:
    text = re.sub(r"<title>.*?</title>", "", text, flags=re.S)
    text = re.sub(r"<[^>]+>", "\n", text)
    text = "\n".join(line for line in text.splitlines() if "|" not in line)
    return [s.strip() for s in re.split(r"(?<=[。！？\n])", text) if s.strip()]


def window(sents: list[str], names: list[str]) -> str:
    for s in sents:
        if all(n in s for n in names):
            if len(s) <= 60:
                return s
            spans = sorted((s.index(n), s.index(n) + len(n)) for n in names)
            a, b = spans[0][0], max(end for _, end in spans)
            if b - a > 60:
                return window(sents, names[-1:])
            while b - a < 10 and b < len(s):
                b += 1
            while b - a < 10 and a > 0:
                a -= 1
            return s[a:b]
    raise SystemExit(f"no sentence holds {names}")


def fact(doc: str, fields: list[str], sents: list[str]) -> dict[str, Any]:
    noise = "!noise" in fields
    f = [x for x in fields if x != "!noise"]
    tag = f[0]
    if tag in LABELS:
        attrs: dict[str, Any]
        if tag == "P":
            attrs = {"level": f[2]}
            if len(f) > 3:
                attrs["aliases"] = f[3].split(",")
        elif tag in "GO":
            attrs = {"kind": f[2]}
            if len(f) > 3:
                attrs["components" if tag == "G" else "aliases"] = f[3].split(",")
        else:
            attrs = {"role": f[2]}
        row: dict[str, Any] = {"kind": "entity", "doc": doc, "label": LABELS[tag], "name": f[1],
                               "attrs": attrs, "evidence": window(sents, [f[1]])}
        if noise:
            row["in_noise"] = True
        return row
    if tag == "R":
        (hl, head), (tl, tail) = (x.split(":", 1) for x in f[2:4])
        together = any(head in s and tail in s for s in sents)
        names = [head, tail] if together else [tail if f[1] in TAIL_EVIDENCE else head]
        evidence = window(sents, names)
        rel: dict[str, Any] = {"kind": "relation", "doc": doc, "type": f[1],
                               "head": {"label": LABELS[hl], "name": head},
                               "tail": {"label": LABELS[tl], "name": tail}, "evidence": evidence}
        if f[1] == "PART_OF":
            given = next((x.removeprefix("basis=") for x in f[4:] if x.startswith("basis=")), None)
            both = head in evidence and tail in evidence
            rel["attrs"] = {"basis": given or ("text" if both else "admin_knowledge")}
        return rel
    if tag == "M":
        sl, subject = f[1].split(":", 1)
        return {"kind": "metric", "doc": doc, "subject": {"label": LABELS[sl], "name": subject},
                "indicator": f[2], "value": float(f[3]), "unit": f[4],
                "qualifier": None if f[5] == "-" else f[5], "year": None if f[6] == "-" else int(f[6]),
                "evidence": window(sents, [f[7]])}
    raise SystemExit(f"{doc}: cannot read the line {' '.join(fields)!r}")


def main(annotations: Path, reports: Path, out: Path) -> None:
    rows: list[dict[str, Any]] = []
    doc = None
    sents: list[str] = []
    for line in annotations.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("# "):
            continue
        if line.startswith("## "):
            doc = line[3:].strip()
            sents = sentences(next(reports.glob(doc + ".*")).read_text(encoding="utf-8"))
            continue
        if doc is None:
            raise SystemExit("an annotation line before the first '## <doc>' header")
        rows.append(fact(doc, line.split(), sents))
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} gold lines to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
