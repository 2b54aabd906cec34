"""Ask a file of questions through the API's ``/ask`` and score them with the gold scorer's rules.

Measurement, not a unit test: it needs a store that holds the reports the questions are
about (``policykg ingest seeds`` into ``POLICYKG_STORE``). Each line of the questions file
has ``id``, ``question`` and, to be scored, the gold ``answer`` and ``answer_kind``
(``tests/api/data/questions_en.jsonl``: the seeds questions written in English).

    POLICYKG_STORE=embedded:/tmp/qa-store python -m tests.api.ask_questions \
        tests/api/data/questions_en.jsonl --gold /work/shared/gold/seeds_gold.jsonl [--out answers.jsonl]

The rules are score.py's: a question is right when its answer set equals the gold set;
names compared after NFKC without spaces and quote marks, metrics as (subject, value to 6
significant digits, unit). Exit status 1 when ``--min`` accuracy is not reached.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

QUOTES = re.compile(r"[\s“”\"'‘’「」『』《》]")


def norm(text: Any) -> str:
    return QUOTES.sub("", unicodedata.normalize("NFKC", str(text or "")))


def value_key(value: Any) -> str:
    try:
        return f"{float(value):.6g}"
    except (TypeError, ValueError):
        return norm(value)


def aliases(gold: Path | None) -> dict[str, str]:
    """Alias -> canonical name from a gold facts file's entity lines (score.py's ``Names``)."""
    table: dict[str, str] = {}
    if gold is None:
        return table
    for line in gold.read_text(encoding="utf-8").splitlines():
        g = json.loads(line) if line.strip() else {}
        if g.get("kind") == "entity":
            for alias in (g.get("attrs") or {}).get("aliases") or []:
                table.setdefault(norm(alias), norm(g["name"]))
    return table


def answer_set(kind: str, answer: Any, canon: dict[str, str]) -> set[Any]:
    items = answer if isinstance(answer, list) else [answer]

    def name(x: Any) -> str:
        return canon.get(norm(x), norm(x))

    if kind == "metrics":
        return {(name(a.get("subject")), value_key(a.get("value")), norm(a.get("unit")))
                for a in items if isinstance(a, dict)}
    return {name(a.get("name") if isinstance(a, dict) else a) for a in items}


def ask_all(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every question through GET /ask of the app on the configured store; a 4xx is an empty answer."""
    from api.main import create_app

    answers = []
    with TestClient(create_app()) as client:
        for q in questions:
            response = client.get("/ask", params={"q": q["question"]})
            body = response.json()
            answers.append({"id": q["id"], "status": response.status_code,
                            "answer": body.get("answer", []) if response.status_code == 200 else [],
                            "detail": body.get("detail")})
    return answers


def score(questions: list[dict[str, Any]], answers: list[dict[str, Any]],
          canon: dict[str, str]) -> tuple[int, list[str]]:
    given = {a["id"]: a["answer"] for a in answers}
    exact, wrong = 0, []
    for q in questions:
        gold = answer_set(q["answer_kind"], q["answer"], canon)
        got = answer_set(q["answer_kind"], given.get(q["id"], []), canon)
        if gold == got:
            exact += 1
        else:
            wrong.append(f"{q['id']}: {q['question']}  missing {sorted(map(str, gold - got))}  "
                         f"extra {sorted(map(str, got - gold))}")
    return exact, wrong


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("questions", type=Path)
    ap.add_argument("--out", type=Path, help="write the answers as JSON lines")
    ap.add_argument("--errors", type=int, default=10, help="list up to N wrong questions")
    ap.add_argument("--gold", type=Path, help="gold facts whose entity aliases name the same thing "
                                              "(/work/shared/gold/seeds_gold.jsonl)")
    ap.add_argument("--min", type=float, default=0.0, help="fail below this accuracy")
    a = ap.parse_args()
    questions = [json.loads(line) for line in a.questions.read_text(encoding="utf-8").splitlines() if line.strip()]
    answers = ask_all(questions)
    if a.out:
        a.out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in answers), encoding="utf-8")
    scored = [q for q in questions if "answer" in q and "answer_kind" in q]
    exact, wrong = score(scored, answers, aliases(a.gold))
    accuracy = exact / len(scored) if scored else 0.0
    print(f"questions  accuracy {accuracy:.3f} ({exact}/{len(scored)})  "
          f"4xx {sum(1 for x in answers if x['status'] >= 400)}")
    for line in wrong[:a.errors]:
        print("   wrong " + line)
    if accuracy < a.min:
        sys.exit(1)


if __name__ == "__main__":
    main()
