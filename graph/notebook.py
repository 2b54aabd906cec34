"""What the notebooks call, so their cells stay one line each.

``open_seeds()`` gives the graph of the bundled ``seeds/`` reports: the seeds
are extracted with policykg's own pipeline (the facts are kept for displaCy
views), ingested into a store (by default an embedded store of the
notebooks' own under the temp folder, or ``POLICYKG_NOTEBOOK_STORE``) and read
back with ``load_graph``.  Where no store can be opened, the graph is built
from the facts directly (``graph_from_facts``) and the Cypher cells say so.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from graph.networkx_view import fact_graph, graph_from_facts, load_graph
from policykg.errors import PolicyKGError
from policykg.paths import PROJECT_ROOT

if TYPE_CHECKING:
    from graph.store import GraphStore
    from policykg.facts import DocumentFacts

log = logging.getLogger(__name__)

# SCHEMA.md's researcher queries, word for word, with their examples as parameters' defaults
SCHEMA_QUERIES: list[tuple[str, str]] = [
    ("places using a model with both an association and a cooperative component",
     "MATCH (p:Place)-[:IMPLEMENTS]->(m:Programme)-[:HAS_COMPONENT]->(:Component {name: '协会'})\n"
     "MATCH (m)-[:HAS_COMPONENT]->(:Component {name: '合作社'})\n"
     "RETURN p.name, p.level, m.name"),
    ("the banners of a league and the programmes each implements",
     "MATCH (b:Place {level: 'banner'})-[:PART_OF*1..2]->(:Place {name: '锡林郭勒盟'})\n"
     "OPTIONAL MATCH (b)-[:IMPLEMENTS]->(m:Programme)\n"
     "RETURN b.name, collect(m.name)"),
    ("one indicator compared across places, with the sentence behind each number",
     "MATCH (p:Place)-[:REPORTS]->(x:Metric)-[:MEASURES]->(:Indicator {name: '嘎查村'}),\n"
     "      (x)-[:EVIDENCED_BY]->(s:Sentence)\n"
     "RETURN p.name, x.value, x.unit, x.year, s.text"),
]


@dataclass
class SeedGraph:
    facts: list[DocumentFacts]
    graph: nx.MultiDiGraph
    store: GraphStore | None = None
    store_uri: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def facts_graph(self) -> nx.MultiDiGraph:
        return fact_graph(self.graph)


def seeds_folder() -> Path:
    return PROJECT_ROOT / "seeds"


def extract_folder(folder: Path) -> list[DocumentFacts]:
    """Every report of FOLDER through the rule pipeline (two passes, as ingest does)."""
    from pipeline.document import prepare
    from pipeline.extract import extract_corpus
    from pipeline.read import list_reports, read_file

    return extract_corpus([prepare(read_file(p)) for p in list_reports(folder)])


def default_store_uri() -> str:
    return os.environ.get("POLICYKG_NOTEBOOK_STORE") or \
        f"embedded:{Path(tempfile.gettempdir()) / 'policykg-notebook-store'}"


def open_seeds(store_uri: str | None = None, *, folder: Path | None = None, use_store: bool = True) -> SeedGraph:
    """The seeds' facts and graph, from a store holding them (ingested now if needed) when one opens."""
    folder = folder or seeds_folder()
    facts = extract_folder(folder)
    seed = SeedGraph(facts=facts, graph=graph_from_facts(facts))
    if not use_store:
        seed.notes.append("graph built from the extracted facts (no store asked for)")
        return seed
    uri = store_uri or default_store_uri()
    try:
        from graph.connect import open_store
        from policykg.ingest import ingest_paths

        store = open_store(uri)
        ingest_paths(folder, store=store)
        seed.graph = load_graph(store)
        seed.store, seed.store_uri = store, uri
    except (ImportError, PolicyKGError) as exc:
        seed.notes.append(f"no store ({exc}); graph built from the extracted facts")
        log.warning("no store for the notebook: %s", exc)
    return seed


def counts(graph: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Nodes by label and relationships by type, as ``GraphStore.counts`` gives them."""
    return {"nodes": dict(Counter(d.get("label", "?") for _, d in graph.nodes(data=True)).most_common()),
            "relationships": dict(Counter(d.get("type", "?") for _, _, d in graph.edges(data=True)).most_common())}


def run_schema_queries(store: GraphStore | None, *, limit: int = 20) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """SCHEMA.md's queries through the store interface: (title, cypher, rows)."""
    if store is None:
        return [(title, cypher, []) for title, cypher in SCHEMA_QUERIES]
    return [(title, cypher, store.read(cypher, {}, limit=limit)) for title, cypher in SCHEMA_QUERIES]


COLORS = {"Place": "#7aecec", "Organisation": "#feca74", "Programme": "#aa9cfc", "Component": "#d9d9d9",
          "Person": "#ff9561"}


def pyvis_page(graph: nx.MultiDiGraph, path: Path, *, max_nodes: int = 200) -> Path:
    """An interactive HTML view of the fact graph (the MAX_NODES best-connected entities), self-contained."""
    from pyvis.network import Network

    facts = fact_graph(graph)
    keep = sorted(facts.nodes, key=lambda n: (-facts.degree(n), n))[:max_nodes]
    sub = facts.subgraph(keep)
    net = Network(height="650px", width="100%", directed=True, cdn_resources="in_line", notebook=False)
    for n, d in sub.nodes(data=True):
        label = d.get("label", "")
        net.add_node(n, label=str(d.get("name", n)), title=f"{label} {d.get('level') or d.get('kind') or ''}",
                     color=COLORS.get(label, "#cccccc"), size=8 + 2 * min(sub.degree(n), 15))
    for u, v, d in sub.edges(data=True):
        net.add_edge(u, v, title=str(d.get("type", "")), arrows="to")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(net.generate_html(notebook=False), encoding="utf-8")
    return path


def entity_html(facts: DocumentFacts) -> str:
    """displaCy highlights of one document's entities (the NLP stage's renderer)."""
    from pipeline.nlp.display import render_entities

    return render_entities(facts, page=False)


def pyvis_iframe(graph: nx.MultiDiGraph, *, max_nodes: int = 200, height: int = 680) -> str:
    """The pyvis page inlined in an iframe, to show in a notebook cell with ``HTML(...)``."""
    import html

    with tempfile.TemporaryDirectory() as tmp:
        page = pyvis_page(graph, Path(tmp) / "graph.html", max_nodes=max_nodes).read_text(encoding="utf-8")
    return f'<iframe srcdoc="{html.escape(page)}" width="100%" height="{height}" style="border:0"></iframe>'


def table(rows: Any, columns: list[str] | None = None, *, limit: int = 30) -> str:
    """An HTML table of dataclasses, dicts or tuples (lists joined with 、)."""
    import html
    from dataclasses import asdict, is_dataclass

    records: list[dict[str, Any]] = []
    for row in list(rows)[:limit]:
        if is_dataclass(row) and not isinstance(row, type):
            records.append(asdict(row))
        elif isinstance(row, dict):
            records.append(row)
        else:
            records.append({str(i): v for i, v in enumerate(row)})
    columns = columns or (list(records[0]) if records else [])

    def cell(v: Any) -> str:
        if isinstance(v, list | tuple):
            v = "、".join(str(x[0] if isinstance(x, tuple) else x) for x in v)
        return html.escape("" if v is None else str(v))

    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{cell(r.get(c))}</td>" for c in columns) + "</tr>" for r in records)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
