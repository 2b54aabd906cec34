"""The embedded store's server process: ArcadeDB with its Bolt plugin on loopback.

ArcadeDB runs inside a JVM that ``arcadedb-embedded`` starts in-process, so the
server gets a process of its own (``python -m graph.embedded_server PATH``): CLI
commands and the API come and go and reuse it through the port it records in
``PATH/server.json``. It holds ``PATH/server.lock`` for its whole life, which is
how a second server on the same data folder is refused, and it stops cleanly on
SIGTERM (``policykg store stop``).

Everything the server writes stays in PATH: ArcadeDB's own log goes to
``PATH/log/arcadedb.log.N`` (its default is ``./log`` under whatever directory
the process was started from), JVM crash reports to ``PATH/log/hs_err_pid*.log``,
ArcadeDB's server event log to ``PATH/databases/log``, and the process's own
stdout/stderr (warnings and startup errors) to ``PATH/server.log``.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
import signal
import socket
import sys
import time
from pathlib import Path
from types import FrameType

from . import analyzer

log = logging.getLogger(__name__)

DATABASE = "policykg"
STATE_FILE = "server.json"
LOCK_FILE = "server.lock"
HOST = "127.0.0.1"
# fixed ports for the embedded server (else free ones are picked): to point another Bolt client at it
BOLT_PORT_ENV = "POLICYKG_STORE_BOLT_PORT"
HTTP_PORT_ENV = "POLICYKG_STORE_HTTP_PORT"
PORT_ATTEMPTS = 3
LOCKED_EXIT = 3  # exit status when another server holds the data folder


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _env_port(name: str) -> int | None:
    """A port number from the environment, or None when unset."""
    text = os.environ.get(name, "").strip()
    if not text:
        return None
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"{name}={text!r} is not a TCP port number")
    return int(text)


def _busy_port(message: str, bolt_port: int, http_port: int) -> int | None:
    """The port ArcadeDB could not listen on, from its start error, or None for another failure.

    A free port is picked before ArcadeDB binds it, so another program can take it
    in between; ArcadeDB then says "Unable to listen for BOLT connections …" or
    "Unable to listen to a HTTP port …".
    """
    if "Unable to listen" not in message:
        return None
    return bolt_port if "BOLT" in message else http_port


def _write_state(folder: Path, state: dict[str, object]) -> None:
    tmp = folder / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps(state), encoding="utf-8")
    os.chmod(tmp, 0o600)
    tmp.replace(folder / STATE_FILE)


def _remove_own_state(folder: Path) -> None:
    """Remove server.json only if it still describes this process (never another server's)."""
    state = folder / STATE_FILE
    try:
        if json.loads(state.read_text(encoding="utf-8")).get("pid") == os.getpid():
            state.unlink()
    except (OSError, ValueError):
        pass


LOG_CONFIG = "arcadedb-log.properties"


def _properties_value(text: str) -> str:
    """``text`` escaped for a java.util.Properties file (read as ISO-8859-1: escape the rest)."""
    out = text.replace("\\", "\\\\")
    units = out.encode("utf-16-be")  # characters beyond U+FFFF become surrogate pairs, as Java expects
    codes = [int.from_bytes(units[i:i + 2], "big") for i in range(0, len(units), 2)]
    return "".join(chr(u) if u < 128 else f"\\u{u:04x}" for u in codes)


def _log_jvm_args(folder: Path) -> list[str]:
    """JVM options that keep ArcadeDB's logs in ``folder/log``.

    ArcadeDB reads its java.util.logging setup from the file named by
    ``java.util.logging.config.file`` before its built-in one (whose FileHandler
    pattern is the relative ``./log/arcadedb.log``), so a copy with an absolute
    pattern is written into the folder; the console handler keeps warnings only,
    which land in server.log.
    """
    log_dir = folder / "log"
    log_dir.mkdir(exist_ok=True)
    pattern = str(log_dir / "arcadedb.log").replace("%", "%%")  # % starts a FileHandler pattern code
    config = folder / LOG_CONFIG
    config.write_text(
        "# written by graph.embedded_server on every start\n"
        "handlers = java.util.logging.ConsoleHandler, java.util.logging.FileHandler\n"
        ".level = INFO\n"
        "io.undertow.level = WARNING\n"
        "org.xnio.level = WARNING\n"
        "org.jboss.level = WARNING\n"
        "com.arcadedb.level = INFO\n"
        "java.util.logging.ConsoleHandler.level = WARNING\n"
        "java.util.logging.ConsoleHandler.formatter = com.arcadedb.utility.AnsiLogFormatter\n"
        "java.util.logging.FileHandler.level = INFO\n"
        f"java.util.logging.FileHandler.pattern = {_properties_value(pattern)}\n"
        "java.util.logging.FileHandler.formatter = com.arcadedb.log.LogFormatter\n"
        "java.util.logging.FileHandler.limit = 10000000\n"
        "java.util.logging.FileHandler.count = 5\n",
        encoding="utf-8",
    )
    return [f"-Djava.util.logging.config.file={config}", f"-XX:ErrorFile={log_dir / 'hs_err_pid%p.log'}"]


def _password(folder: Path) -> str:
    """The root password, made once per data folder (ArcadeDB keeps the first one it was given)."""
    secret = folder / "secret"
    if not secret.exists():
        secret.write_text(secrets.token_urlsafe(18), encoding="utf-8")
        os.chmod(secret, 0o600)
    return secret.read_text(encoding="utf-8").strip()


def serve(folder: Path) -> int:
    """Run the server until SIGTERM; returns the exit status."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = open(folder / LOCK_FILE, "a+")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        print(f"error: {folder} is locked by another policykg store server", file=sys.stderr)
        return LOCKED_EXIT
    lock.seek(0)
    lock.truncate()
    lock.write(str(os.getpid()))
    lock.flush()

    os.chdir(folder)  # anything ArcadeDB still writes relative to the working directory stays here
    import arcadedb_embedded as arcadedb

    password = _password(folder)
    try:
        fixed_bolt, fixed_http = _env_port(BOLT_PORT_ENV), _env_port(HTTP_PORT_ENV)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for attempt in range(PORT_ATTEMPTS):
        bolt_port, http_port = fixed_bolt or free_port(), fixed_http or free_port()
        server = arcadedb.ArcadeDBServer(
            str(folder / "databases"),
            root_password=password,
            config={
                "host": HOST,
                "http_port": http_port,
                "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
                "bolt_port": bolt_port,
            },
            jvm_kwargs={"jvm_args": _log_jvm_args(folder)},
        )
        try:
            server.start()
            break
        except arcadedb.ArcadeDBError as exc:
            busy = _busy_port(str(exc), bolt_port, http_port)
            if busy is None:
                raise
            fixed = busy in (fixed_bolt, fixed_http)
            if fixed or attempt + 1 == PORT_ATTEMPTS:
                hint = f" (set by {BOLT_PORT_ENV if busy == fixed_bolt else HTTP_PORT_ENV})" if fixed else ""
                print(f"error: port {busy} on {HOST}{hint} is in use by another program; "
                      "the store server did not start and nothing was written", file=sys.stderr)
                return 4
            log.warning("port %d was taken before the server could listen on it; trying other ports", busy)
    if (folder / "databases" / DATABASE).exists():
        database = server.get_database(DATABASE)
    else:
        database = server.create_database(DATABASE)
    analyzer_path, analyzer_server = analyzer.serve(database.get_java_database().getQueryEngine("opencypher"))
    _write_state(folder, {"pid": os.getpid(), "host": HOST, "bolt_port": bolt_port, "http_port": http_port,
                          "user": "root", "password": password, "database": DATABASE,
                          "analyzer": analyzer_path, "started": time.time()})
    print("READY", flush=True)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        try:
            analyzer_server.server_close()
            analyzer.remove(analyzer_path)
            server.stop()
        finally:
            _remove_own_state(folder)
            os._exit(0)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while True:
        time.sleep(3600)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python -m graph.embedded_server DATA_FOLDER", file=sys.stderr)
        sys.exit(2)
    sys.exit(serve(Path(sys.argv[1]).resolve()))
