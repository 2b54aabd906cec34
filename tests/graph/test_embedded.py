"""The embedded server's life: reuse, loopback only, the data-folder lock, status/stop, data kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graph.connect import embedded_folder, open_store
from graph.embedded import _locked_by_other, running_server, stop_server
from policykg.cli import app
from policykg.errors import StoreError

from .factories import league_report


def listening_addresses(port: int) -> set[str]:
    """The local addresses a TCP port listens on (hex from /proc/net/tcp{,6})."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            addr, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:
                found.add(addr)
    return found


def test_a_second_open_reuses_the_running_server(store, store_folder):
    again = open_store(f"embedded:{store_folder}")
    try:
        assert again.bolt_uri == store.bolt_uri
        assert running_server(store_folder).pid == json.loads((store_folder / "server.json").read_text())["pid"]
    finally:
        again.close()


def test_the_server_listens_on_loopback_only(store, store_folder):
    state = json.loads((store_folder / "server.json").read_text())
    assert state["host"] == "127.0.0.1"
    for port in (state["bolt_port"], state["http_port"]):
        addresses = listening_addresses(port)
        # 127.0.0.1 in /proc/net/tcp, or the JVM's IPv4-mapped ::ffff:127.0.0.1 in tcp6; never 0.0.0.0 or ::
        assert addresses and addresses <= {"0100007F", "0000000000000000FFFF00000100007F"}, addresses
    assert (store_folder / "server.json").stat().st_mode & 0o077 == 0


def test_the_data_folder_is_locked_by_its_server(store, store_folder):
    assert _locked_by_other(store_folder) == running_server(store_folder).pid
    second = subprocess.run([sys.executable, "-m", "graph.embedded_server", str(store_folder)],
                            capture_output=True, text=True, timeout=60)
    assert second.returncode == 3 and "locked by another policykg store server" in second.stderr


def test_status_names_the_running_server(store, store_folder):
    result = CliRunner().invoke(app, ["store", "status", "--store", f"embedded:{store_folder}"])
    assert result.exit_code == 0
    assert f"pid {running_server(store_folder).pid}" in result.output and "127.0.0.1" in result.output


def test_store_uris():
    assert embedded_folder("bolt://db:7687") is None and embedded_folder("neo4j://db") is None
    assert embedded_folder("embedded:/tmp/x") == Path("/tmp/x")
    assert embedded_folder("/tmp/y") == Path("/tmp/y")
    with pytest.raises(StoreError, match="without a folder"):
        embedded_folder("embedded:")


@pytest.mark.slow
def test_stop_then_reopen_keeps_the_data(tmp_path):
    """A second server (about 10 s): stop ends it, the next open starts it again on the same data."""
    uri = f"embedded:{tmp_path / 'store'}"
    graph = open_store(uri)
    graph.ensure_schema()
    graph.write_document(league_report("kept").facts())
    graph.close()
    runner = CliRunner()
    assert runner.invoke(app, ["store", "stop", "--store", uri]).output.strip() == "stopped"
    assert "not running" in runner.invoke(app, ["store", "status", "--store", uri]).output
    assert not (tmp_path / "store" / "server.json").exists()
    graph = open_store(uri)
    try:
        assert graph.document_hash("kept") == league_report("kept").facts().document.sha256
    finally:
        graph.close()
        stop_server(tmp_path / "store")


def test_the_server_logs_into_its_data_folder(store, store_folder):
    logs = store_folder / "log"
    assert (logs / "arcadedb.log.0").exists()
    assert "Listening for incoming BOLT connections on /127.0.0.1" in (logs / "arcadedb.log.0").read_text()


@pytest.mark.slow
def test_a_server_started_elsewhere_writes_nothing_outside_its_folder(tmp_path):
    """ArcadeDB's default log folder is ./log of the working directory: not here (about 5 s)."""
    folder, elsewhere = tmp_path / "store", tmp_path / "elsewhere"
    elsewhere.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "graph.embedded_server", str(folder)], cwd=elsewhere,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while running_server(folder) is None and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert running_server(folder) is not None
    finally:
        stop_server(folder)
        proc.wait(30)
    assert list(elsewhere.iterdir()) == []
    assert (folder / "log" / "arcadedb.log.0").exists()
