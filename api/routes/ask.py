"""Natural questions in Chinese or English: answer, Cypher run, evidence, and the question's parse."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from api.qa import answer_question
from api.qa.memo import remember
from api.schemas import AskResponse, Evidence

router = APIRouter(prefix="/ask", tags=["ask"])


@router.get("", response_model=AskResponse)
def ask(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)]) -> AskResponse:
    """A question the parser cannot map raises QuestionError, served as 422 with suggestions."""
    result = remember(store, ("ask", q), lambda: answer_question(store, q))
    return AskResponse(question=result.question, answer=result.answer, cypher=result.cypher, params=result.params,
                       evidence=[Evidence(doc=e.doc, sentence=e.sentence) for e in result.evidence],
                       parse=result.parse)
