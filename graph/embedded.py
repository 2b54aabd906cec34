"""Finding, starting and stopping the embedded store's server process.

``ensure_server(folder)`` returns the connection details of the server that
serves ``folder``, starting it (``graph.embedded_server``) when none runs. The
details live in ``folder/server.json`` (pid, loopback Bolt port, a random
password, mode 0600), so every later command and the API reuse one server.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from policykg.errors import StoreError

from .embedded_server import LOCK_FILE, LOCKED_EXIT, STATE_FILE

log = logging.getLogger(__name__)

START_TIMEOUT_S = 90.0


@dataclass(frozen=True)
class ServerInfo:
    """How to reach a running embedded server."""

    pid: int
    uri: str
    user: str
    password: str
    database: str
    analyzer: str | None = None  # Unix socket of the server's Cypher analyzer (graph.analyzer)


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs. A server this process started is its child: once it exits it is a
    zombie that ``kill(pid, 0)`` still finds, so it is reaped here first (else every stop in the
    process that started the server waited the full timeout and then sent SIGKILL)."""
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    except ChildProcessError:
        pass  # not our child: another process started it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _port_open(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def running_server(folder: Path) -> ServerInfo | None:
    """The server recorded for ``folder`` if it is alive and listening, else None."""
    state_path = folder / STATE_FILE
    if not state_path.exists():
        return None
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
        pid, host, port = int(state["pid"]), str(state["host"]), int(state["bolt_port"])
    except (OSError, ValueError, KeyError):
        return None
    if not _alive(pid) or not _port_open(host, port):
        return None
    return ServerInfo(pid=pid, uri=f"bolt://{host}:{port}", user=str(state["user"]),
                      password=str(state["password"]), database=str(state["database"]),
                      analyzer=str(state["analyzer"]) if state.get("analyzer") else None)


def _locked_by_other(folder: Path) -> int | None:
    """The pid holding the data folder's lock, if another process holds it."""
    lock_path = folder / LOCK_FILE
    if not lock_path.exists():
        return None
    with open(lock_path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            text = fh.read().strip()
            return int(text) if text.isdigit() else -1
        fcntl.flock(fh, fcntl.LOCK_UN)
    return None


def ensure_server(folder: Path) -> ServerInfo:
    """The running server for ``folder``, started first if needed."""
    folder = folder.expanduser().resolve()
    info = running_server(folder)
    if info is not None:
        return info
    folder.mkdir(parents=True, exist_ok=True)
    holder = _locked_by_other(folder)
    if holder is not None:
        # a server is starting (or hung): wait for it rather than start a second one
        info = _wait_for_server(folder, None)
        if info is None:
            raise StoreError(f"{folder} is locked by another store server (pid {holder}) that does not answer")
        return info
    (folder / STATE_FILE).unlink(missing_ok=True)
    log_path = folder / "server.log"
    log_start = log_path.stat().st_size if log_path.exists() else 0
    with open(log_path, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "graph.embedded_server", str(folder)],
            cwd=folder, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, env={**os.environ, "PYTHONPATH": _import_root()},
        )
    info = _wait_for_server(folder, proc)
    if info is None and proc.poll() == LOCKED_EXIT:
        # another process started a server on this folder at the same moment: use that one
        info = _wait_for_server(folder, None)
    if info is None:
        if proc.poll() is None:  # hung: do not leave it holding the folder
            proc.kill()
            proc.wait(10)
        raise StoreError(f"the embedded store server did not start: {_start_error(log_path, log_start)} "
                         f"(log: {log_path})")
    log.info("started embedded store server pid %d at %s", info.pid, info.uri)
    return info


def _start_error(log_path: Path, offset: int) -> str:
    """Why the server did not start: its own "error: …" line, else the last lines it wrote."""
    try:
        with open(log_path, "rb") as fh:
            fh.seek(offset)
            lines = [line.strip() for line in fh.read().decode("utf-8", "replace").splitlines() if line.strip()]
    except OSError:
        return "no log"
    errors = [line[len("error: "):] for line in lines if line.startswith("error: ")]
    if errors:
        return errors[-1]
    return " | ".join(lines[-3:]) or f"no answer in {START_TIMEOUT_S:.0f} s"


def _import_root() -> str:
    """Where ``graph`` is importable from, so the server process finds the same code."""
    root = str(Path(__file__).resolve().parent.parent)
    existing = os.environ.get("PYTHONPATH")
    return f"{root}{os.pathsep}{existing}" if existing else root


def _wait_for_server(folder: Path, proc: subprocess.Popen[bytes] | None) -> ServerInfo | None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        info = running_server(folder)
        if info is not None:
            return info
        if proc is not None and proc.poll() is not None:
            return None
        time.sleep(0.25)
    return None


def stop_server(folder: Path, timeout: float = 30.0) -> bool:
    """Stop the server of ``folder``; False when none was running."""
    folder = folder.expanduser().resolve()
    state_path = folder / STATE_FILE
    if not state_path.exists():
        return False
    try:
        pid = int(json.loads(state_path.read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError):
        state_path.unlink(missing_ok=True)
        return False
    if not _alive(pid):
        state_path.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    state_path.unlink(missing_ok=True)
    return True
