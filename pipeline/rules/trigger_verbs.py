"""The trigger verbs of ``trigger_verbs.tsv``, by the relation they signal (IMPLEMENTS, LEADS …).

Separate from the relation stages because both the programme relations (relations.py)
and the organisation/person relations (org_person_relations.py) read the one table, as
does the HanLP relation layer (pipeline.nlp.mtl, through ``relations.triggers``).
"""

from __future__ import annotations

from functools import lru_cache

from policykg.paths import lexicon


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[str]]:
    """Relation type → its trigger verbs, in lexicon order."""
    table: dict[str, list[str]] = {}
    for line in lexicon("trigger_verbs.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            verb, rel = line.split("\t")[:2]
            table.setdefault(rel.strip(), []).append(verb.strip())
    return table
