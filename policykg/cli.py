"""The `policykg` command: one typer app over the same calls the API makes.

Every user-facing failure is a ``PolicyKGError``; ``main`` prints it as one
line and exits non-zero, never a traceback.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from policykg.errors import PolicyKGError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Chinese policy and work reports into a knowledge graph.")
console = Console(stderr=True)
log = logging.getLogger("policykg")

StoreOpt = Annotated[str | None, typer.Option("--store", envvar="POLICYKG_STORE",
                                              help="embedded:PATH, bolt://HOST:PORT or neo4j://HOST:PORT")]


def _fail(message: str, code: int = 2) -> None:
    console.print(f"[red]error:[/red] {message}", highlight=False)
    raise typer.Exit(code)


@app.callback()
def _root(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="log progress")] = False) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@app.command()
def extract(
    directory: Annotated[Path, typer.Argument(help="folder of reports")],
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL file to write")],
) -> None:
    """Extract facts from every report of DIRECTORY into JSONL (the gold format)."""
    from pipeline.document import prepare
    from pipeline.extract import extract_corpus
    from pipeline.gold_format import gold_lines
    from pipeline.read import list_reports, read_file
    from policykg.build import warn_if_stale

    warn_if_stale()
    try:
        files = list_reports(directory)
        prepared = []
        failures = 0
        for path in files:
            try:
                prepared.append(prepare(read_file(path)))
            except PolicyKGError as exc:
                failures += 1
                console.print(f"[yellow]skipped:[/yellow] {exc}", highlight=False)
        n_lines = 0
        with out.open("w", encoding="utf-8") as fh:
            for facts in extract_corpus(prepared):
                for line in gold_lines(facts):
                    fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                    n_lines += 1
    except PolicyKGError as exc:
        _fail(str(exc))
    console.print(f"wrote {n_lines} facts from {len(files) - failures} documents to {out}")
    if failures == len(files):
        raise typer.Exit(1)


@app.command()
def ingest(
    directory: Annotated[Path, typer.Argument(help="folder of reports (or one file)")],
    store: StoreOpt = None,
    docs_per_tx: Annotated[int | None, typer.Option(
        "--docs-per-tx", min=1, envvar="POLICYKG_INGEST_DOCS_PER_TX",
        help="new documents written per transaction (bulk path; 1 = one by one) [default: 20]")] = None,
) -> None:
    """Extract every report of DIRECTORY and store its facts in the graph.

    New documents are written several per transaction (the store's bulk path);
    a batch the store refuses is written again one document at a time, so only
    the document at fault fails. Files already stored with the same bytes are
    skipped, so an interrupted run is finished by running it again.
    """
    from policykg.build import warn_if_stale
    from policykg.ingest import ingest_paths, print_summary

    warn_if_stale()
    try:
        report = ingest_paths(directory, store_uri=store, console=console, docs_per_tx=docs_per_tx)
    except PolicyKGError as exc:
        _fail(str(exc))
    print_summary(report, console)
    if report.interrupted:
        raise typer.Exit(130)
    if report.failed and not report.succeeded:
        raise typer.Exit(1)


@app.command()
def ask(
    question: Annotated[str | None, typer.Argument(help="a question in Chinese or English")] = None,
    questions: Annotated[Path | None, typer.Option("--questions", help="JSONL file of questions")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    store: StoreOpt = None,
) -> None:
    """Answer a question from the graph, or every question of a JSONL file."""
    if not question and not questions:
        _fail("give a QUESTION or --questions FILE")
    from api.qa import answer_question
    from graph.connect import open_store

    try:
        graph = open_store(store)
        try:
            if not graph.counts()["nodes"].get("Document"):
                console.print("[yellow]warning:[/yellow] the store holds no documents yet: "
                              "run `policykg ingest DIR` first", highlight=False)
            if questions is not None:
                _answer_file(graph, questions)
                return
            assert question is not None
            result = answer_question(graph, question)
        finally:
            graph.close()
    except PolicyKGError as exc:
        _fail(str(exc))
    if as_json:
        print(json.dumps({"answer": result.answer, "cypher": result.cypher,
                          "evidence": [e.model_dump() for e in result.evidence]}, ensure_ascii=False))
    else:
        console.print(result.render(), highlight=False)


def _answer_file(graph: object, path: Path) -> None:
    from api.qa import answer_question

    if not path.is_file():
        raise PolicyKGError(f"{path}: no such file")
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
            qid, text = q["id"], q["question"]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise PolicyKGError(f"{path}:{n}: not a question line with 'id' and 'question'") from None
        try:
            answer = answer_question(graph, text).answer  # type: ignore[arg-type]
        except PolicyKGError as exc:
            log.warning("%s: %s", qid, exc)
            answer = []
        print(json.dumps({"id": qid, "answer": answer}, ensure_ascii=False))


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="read-only Cypher")],
    store: StoreOpt = None,
    limit: Annotated[int, typer.Option(help="maximum rows")] = 100,
) -> None:
    """Run read-only Cypher against the store and print the rows as JSON lines."""
    from graph.connect import open_store

    try:
        graph = open_store(store)
        try:
            rows = graph.read(query, {}, limit=limit)
        finally:
            graph.close()
    except PolicyKGError as exc:
        _fail(str(exc))
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, default=str))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port")] = 8000,
    store: StoreOpt = None,
) -> None:
    """Start the FastAPI service (/docs for its OpenAPI page)."""
    import os

    import uvicorn

    if store:
        os.environ["POLICYKG_STORE"] = store
    uvicorn.run("api.main:app", host=host, port=port, log_level="info")


from policykg import cli_nlp  # noqa: E402  (train-ner, save-pipeline)

cli_nlp.register(app)

from policykg import cli_export  # noqa: E402  (export)

cli_export.register(app)


from policykg.cli_store import store_app  # noqa: E402

app.add_typer(store_app, name="store")


def main() -> None:
    try:
        app()
    except PolicyKGError as exc:
        console.print(f"[red]error:[/red] {exc}", highlight=False)
        sys.exit(2)
