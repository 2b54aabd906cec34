"""Question answering over the graph: parse (parse.py) → named query → answer with evidence (answer.py)."""

from .answer import Answer, EvidenceItem, answer_question
from .parse import Parse, parse

__all__ = ["Answer", "EvidenceItem", "Parse", "answer_question", "parse"]
