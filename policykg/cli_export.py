"""The ``policykg export`` command: the store's graph as GraphML, GEXF, node-link JSON or neo4j-admin CSV."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from policykg.errors import PolicyKGError

console = Console(stderr=True)


class ExportFormat(StrEnum):
    graphml = "graphml"
    gexf = "gexf"
    json = "json"
    neo4j_csv = "neo4j-csv"


def export_command(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="graphml, gexf (Gephi), json (node-link), "
                                                                    "neo4j-csv (neo4j-admin import folder)")],
    out: Annotated[Path, typer.Option("--out", "-o", help="file to write (a folder for neo4j-csv)")],
    facts_only: Annotated[bool, typer.Option("--facts-only", help="leave out documents, sentences and metrics")]
    = False,
    store: Annotated[str | None, typer.Option("--store", envvar="POLICYKG_STORE",
                                              help="embedded:PATH, bolt://HOST:PORT or neo4j://HOST:PORT")] = None,
) -> None:
    """Export the whole graph (every node and relationship of the store) for Gephi, scripts or Neo4j."""
    from graph.export import export_graph
    from graph.networkx_view import load_graph

    try:
        from graph.connect import open_store

        graph_store = open_store(store)
        try:
            graph = load_graph(graph_store, provenance=not facts_only, metrics=not facts_only)
        finally:
            graph_store.close()
        written = export_graph(graph, fmt.value, out)
    except PolicyKGError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    where = out if fmt is ExportFormat.neo4j_csv else written[0]
    console.print(f"wrote {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships "
                  f"as {fmt.value} to {where}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("export")(export_command)
