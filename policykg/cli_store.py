"""`policykg store status|stop`: the embedded store's server process."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

store_app = typer.Typer(help="The embedded store's server (ArcadeDB on 127.0.0.1).", no_args_is_help=True)
console = Console(stderr=True)

StoreOpt = Annotated[str | None, typer.Option("--store", envvar="POLICYKG_STORE",
                                              help="embedded:PATH (default from settings)")]


def _folder(store: str | None):  # type: ignore[no-untyped-def]
    from graph.connect import embedded_folder
    from policykg.settings import get_settings

    folder = embedded_folder(store or get_settings().store)
    if folder is None:
        console.print("[red]error:[/red] not an embedded store; a Neo4j server is managed by its owner")
        raise typer.Exit(2)
    return folder


@store_app.command()
def status(store: StoreOpt = None) -> None:
    """Say whether the embedded server of the store folder runs, and where."""
    from graph.embedded import running_server

    folder = _folder(store)
    info = running_server(folder)
    if info is None:
        print(f"not running ({folder})")
    else:
        print(f"running: pid {info.pid}, {info.uri}, data in {folder}")


@store_app.command()
def stop(store: StoreOpt = None) -> None:
    """Stop the embedded server of the store folder (its data stays)."""
    from graph.embedded import stop_server

    folder = _folder(store)
    print("stopped" if stop_server(folder) else f"not running ({folder})")
