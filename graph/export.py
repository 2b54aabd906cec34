"""Writers of the graph for other tools: Gephi (GraphML, GEXF), node-link JSON, Neo4j bulk import CSV.

Each writer takes the ``MultiDiGraph`` of ``graph.networkx_view`` and keeps
every node and relationship, so a file's counts equal the store's.

- **GraphML / GEXF** hold scalar attributes only: list properties (``aliases``,
  ``evidence``) become JSON strings (``["d1:3", "d2:7"]``), dates ISO strings,
  missing values are left out.  A node's SCHEMA.md label goes to ``labels``
  (``:Place``, as Neo4j's own exports write it) and its display name to
  ``label``, which Gephi shows; an edge's relationship type goes to ``label``.
- **JSON** is networkx's node-link format (lists stay lists).
- **neo4j-csv** is a folder of CSV files in the header format of
  ``neo4j-admin database import full``: one ``nodes_<Label>.csv`` per label
  (``id:ID``, ``:LABEL``, typed properties such as ``value:float``,
  ``aliases:string[]``) and one ``relationships_<TYPE>.csv`` per type
  (``:START_ID``, ``:END_ID``, ``:TYPE``, properties), plus ``import.sh`` with
  the command that loads them.  Arrays use neo4j-admin's default ``;``
  delimiter.
"""

from __future__ import annotations

import csv
import json
import logging
import shlex
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from policykg.errors import PolicyKGError

log = logging.getLogger(__name__)

Format = Literal["graphml", "gexf", "json", "neo4j-csv"]
FORMATS: tuple[str, ...] = ("graphml", "gexf", "json", "neo4j-csv")
ARRAY_DELIMITER = ";"


def _scalar(value: Any) -> Any:
    """A value GraphML/GEXF can hold: lists as JSON text, dates as ISO text."""
    if isinstance(value, list | tuple | set):
        return json.dumps(list(value), ensure_ascii=False, default=str)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def gephi_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes, ``labels``/``label`` for nodes and ``label`` for edges."""
    out = nx.MultiDiGraph()
    for n, data in graph.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items() if v is not None and k != "label"}
        attrs["labels"] = f":{data.get('label', '')}"
        attrs["label"] = str(data.get("name") or data.get("title") or data.get("indicator") or n)
        out.add_node(n, **attrs)
    for i, (u, v, data) in enumerate(graph.edges(data=True)):
        attrs = {k: _scalar(val) for k, val in data.items() if val is not None and k != "type"}
        attrs["label"] = str(data.get("type", ""))
        out.add_edge(u, v, key=i, **attrs)
    return out


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_graphml(gephi_graph(graph), path, encoding="utf-8", named_key_ids=True)


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    nx.write_gexf(gephi_graph(graph), path, encoding="utf-8")


def write_json(graph: nx.MultiDiGraph, path: Path) -> None:
    data = nx.node_link_data(graph, edges="links")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


# ---------------------------------------------------------------- neo4j-admin CSV

def _csv_type(values: Iterable[Any]) -> str:
    """The neo4j-admin header type of a property from all its values (``''`` for plain strings)."""
    kinds = set()
    for v in values:
        if v is None:
            continue
        if isinstance(v, list | tuple | set):
            kinds.add("string[]")
        elif isinstance(v, bool):
            kinds.add("boolean")
        elif isinstance(v, int):
            kinds.add("long")
        elif isinstance(v, float):
            kinds.add("float")
        elif isinstance(v, datetime):
            kinds.add("datetime")
        elif isinstance(v, date):
            kinds.add("date")
        else:
            kinds.add("string")
    if kinds == {"long", "float"}:
        return "float"
    if len(kinds) == 1:
        kind = kinds.pop()
        return "" if kind == "string" else kind
    if "string[]" in kinds:
        return "string[]"
    return ""


def _csv_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "string[]":
        items = value if isinstance(value, list | tuple | set) else [value]
        return ARRAY_DELIMITER.join(str(i) for i in items)
    if kind == "boolean":
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _header(name: str, kind: str) -> str:
    return f"{name}:{kind}" if kind else name


def _write_table(path: Path, fixed: list[str], props: list[str], kinds: dict[str, str],
                 rows: list[tuple[list[str], dict[str, Any]]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(fixed + [_header(p, kinds[p]) for p in props])
        for head, data in rows:
            writer.writerow(head + [_csv_value(data.get(p), kinds[p]) for p in props])


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c == "_" else "_" for c in name)


def write_neo4j_csv(graph: nx.MultiDiGraph, folder: Path, *, database: str = "neo4j") -> list[Path]:
    """Write the neo4j-admin import files into FOLDER; returns the files written (import.sh last)."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    by_label: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for n, data in graph.nodes(data=True):
        by_label[str(data.get("label", "Node"))].append((n, data))
    node_files = []
    for label, nodes in sorted(by_label.items()):
        props = sorted({k for _, d in nodes for k in d if k != "label"})
        kinds = {p: _csv_type(d.get(p) for _, d in nodes) for p in props}
        path = folder / f"nodes_{_safe(label)}.csv"
        _write_table(path, ["id:ID", ":LABEL"], props, kinds, [([n, label], d) for n, d in nodes])
        node_files.append(path)
    by_type: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        by_type[str(data.get("type", "RELATED_TO"))].append((u, v, data))
    rel_files = []
    for rel_type, edges in sorted(by_type.items()):
        props = sorted({k for _, _, d in edges for k in d if k != "type"})
        kinds = {p: _csv_type(d.get(p) for _, _, d in edges) for p in props}
        path = folder / f"relationships_{_safe(rel_type)}.csv"
        _write_table(path, [":START_ID", ":END_ID", ":TYPE"], props, kinds,
                     [([u, v, rel_type], d) for u, v, d in edges])
        rel_files.append(path)
    written = node_files + rel_files
    options = ["--overwrite-destination", f"--array-delimiter={ARRAY_DELIMITER}", "--multiline-fields=true"]
    options += [f"--nodes={p.name}" for p in node_files] + [f"--relationships={p.name}" for p in rel_files]
    command = f"neo4j-admin database import full {shlex.quote(database)}"
    script = folder / "import.sh"
    script.write_text("#!/bin/sh\n# bulk load into an empty, stopped Neo4j database (written by policykg export)\n"
                      'cd "$(dirname "$0")"\n' + " \\\n  ".join([command, *map(shlex.quote, options)]) + "\n",
                      encoding="utf-8")
    script.chmod(0o755)
    return [*written, script]


def export_graph(graph: nx.MultiDiGraph, fmt: str, out: Path) -> list[Path]:
    """Write GRAPH as FMT to OUT (a file, or a folder for neo4j-csv); returns what was written."""
    if fmt not in FORMATS:
        raise PolicyKGError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "neo4j-csv":
        if out.exists() and not out.is_dir():
            raise PolicyKGError(f"{out}: neo4j-csv writes a folder, and this is a file")
        return write_neo4j_csv(graph, out)
    if out.is_dir():
        raise PolicyKGError(f"{out}: is a folder; give a file name for {fmt}")
    out.parent.mkdir(parents=True, exist_ok=True)
    {"graphml": write_graphml, "gexf": write_gexf, "json": write_json}[fmt](graph, out)
    log.info("wrote %s with %d nodes and %d edges", out, graph.number_of_nodes(), graph.number_of_edges())
    return [out]
