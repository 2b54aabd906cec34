"""The embedded server's life: reuse, loopback only, the data-folder lock, status/stop, data kept."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
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


# -- clear errors, nothing half-written ------------------------------------------------
def test_a_bolt_uri_on_a_port_that_answers_http_is_a_clear_error(store, store_folder):
    from graph.bolt import BoltStore

    http_port = json.loads((store_folder / "server.json").read_text())["http_port"]
    with pytest.raises(StoreError, match="answers HTTP, not Bolt"):
        BoltStore(f"bolt://127.0.0.1:{http_port}", "root", "x")


def test_a_port_held_by_a_program_that_is_not_bolt_is_a_clear_error():
    from graph.bolt import BoltStore

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def answer_garbage():
            conn, _ = listener.accept()
            with conn:
                conn.recv(64)
                conn.sendall(b"SSH-2.0-OpenSSH\r\n")

        thread = threading.Thread(target=answer_garbage, daemon=True)
        thread.start()
        with pytest.raises(StoreError, match=f"bolt://127.0.0.1:{port}: the server at this address did not accept"):
            BoltStore(f"bolt://127.0.0.1:{port}", "neo4j", "x")


def test_a_bad_store_uri_is_a_clear_error():
    from graph.bolt import BoltStore

    with pytest.raises(StoreError, match="not a usable store URI"):
        BoltStore("bolt://127.0.0.1:notaport", "neo4j", "x")


def test_a_folder_locked_by_a_server_that_does_not_answer_is_a_clear_error(tmp_path, monkeypatch):
    import fcntl

    import graph.embedded as embedded

    folder = tmp_path / "store"
    folder.mkdir()
    monkeypatch.setattr(embedded, "START_TIMEOUT_S", 1.0)
    with open(folder / "server.lock", "a+") as held:  # what a hung server holds
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.write("424242")
        held.flush()
        with pytest.raises(StoreError, match=r"locked by another store server \(pid 424242\) that does not answer"):
            open_store(f"embedded:{folder}")
    assert sorted(p.name for p in folder.iterdir()) == ["server.lock"]  # nothing else written


def test_port_errors_are_recognised():
    from graph.embedded_server import _busy_port, _env_port

    bolt = ("Failed to start server: com.arcadedb.server.ServerException: Error starting plugin: Neo4j-Bolt "
            "(caused by ServerException: Unable to listen for BOLT connections using the configured ports "
            "'5000' on host '127.0.0.1')")
    http = "Error on starting HTTP Server: Unable to listen to a HTTP port in the configured port range 6000 - 6000"
    assert _busy_port(bolt, 5000, 6000) == 5000 and _busy_port(http, 5000, 6000) == 6000
    assert _busy_port("Failed to start server: disk full", 5000, 6000) is None
    assert _env_port("POLICYKG_TEST_UNSET_PORT") is None


@pytest.mark.slow
def test_a_port_in_use_is_a_clear_error_and_writes_nothing(tmp_path, monkeypatch):
    """A fixed Bolt port another program holds: the server says so and exits; the folder stays usable."""
    folder = tmp_path / "store"
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        port = squatter.getsockname()[1]
        monkeypatch.setenv("POLICYKG_STORE_BOLT_PORT", str(port))
        with pytest.raises(StoreError, match=f"port {port} on 127.0.0.1 .*is in use by another program"):
            open_store(f"embedded:{folder}")
    assert not (folder / "server.json").exists() and _locked_by_other(folder) is None
    monkeypatch.setenv("POLICYKG_STORE_BOLT_PORT", "not-a-port")
    with pytest.raises(StoreError, match="is not a TCP port number"):
        open_store(f"embedded:{folder}")
    monkeypatch.delenv("POLICYKG_STORE_BOLT_PORT")
    graph = open_store(f"embedded:{folder}")
    try:
        assert graph.counts() == {"nodes": {}, "relationships": {}}
    finally:
        graph.close()
        stop_server(folder)
