"""A throw-away Virtuoso Open Source server for the remote-store tests.

``virtuoso-t`` (Debian package virtuoso-opensource-7-bin, installed by scripts/install-virtuoso)
runs in the foreground from a temporary directory holding its own minimal ``virtuoso.ini``, on
free 127.0.0.1 ports. Once ``/sparql`` answers, ``isql-vt`` lets the anonymous SPARQL user write
(SPARQL Update and the unauthenticated Graph Store Protocol endpoint ``/sparql-graph-crud``).
The server is terminated after the session (killed if it does not stop in time).
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.namespaces import NCGG
from tests.sparql.conftest import free_port

INSTALL_HINT = "run scripts/install-virtuoso (CI installs it via `make test`)"
START_SECONDS = 60.0
STOP_SECONDS = 15.0

# Let the anonymous SPARQL user ("SPARQL", web user "nobody") update and write graphs.
GRANTS = "GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"


@dataclass(frozen=True)
class VirtuosoServer:
    """Where a running test Virtuoso answers."""

    http_url: str
    sql_port: int
    directory: Path

    @property
    def sparql_url(self) -> str:
        """The SPARQL Query and Update endpoint (Virtuoso serves both on ``/sparql``)."""
        return f"{self.http_url}/sparql"

    @property
    def gsp_url(self) -> str:
        """The unauthenticated Graph Store Protocol endpoint."""
        return f"{self.http_url}/sparql-graph-crud"

    def settings(self, **overrides: object) -> Settings:
        """Settings for ``store="remote"`` on this server."""
        base = Settings(
            store="remote",
            remote_url=self.sparql_url,
            remote_update_url=self.sparql_url,
            remote_gsp_url=self.gsp_url,
            remote_timeout=20.0,
            remote_graph_prefix=str(NCGG),
        )
        return base.model_copy(update=overrides)


def find_program(*names: str) -> str:
    """The first of ``names`` on PATH; fail (never skip) with the install hint otherwise."""
    for name in names:
        found = shutil.which(name)
        if found is not None:
            return found
    pytest.fail(f"Virtuoso is not installed ({' / '.join(names)} not on PATH): {INSTALL_HINT}")


def write_ini(directory: Path, sql_port: int, http_port: int) -> Path:
    """A minimal virtuoso.ini keeping every file under ``directory``, listening on 127.0.0.1."""
    ini = directory / "virtuoso.ini"
    ini.write_text(
        f"""[Database]
DatabaseFile = {directory}/virtuoso.db
ErrorLogFile = {directory}/virtuoso.log
LockFile = {directory}/virtuoso.lck
TransactionFile = {directory}/virtuoso.trx
xa_persistent_file = {directory}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {directory}/virtuoso-temp.db
TransactionFile = {directory}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
ServerThreads = 10
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {directory}
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {directory}
ServerThreads = 10
MaxClientConnections = 10
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
""",
        encoding="utf-8",
    )
    return ini


def _log_tail(directory: Path) -> str:
    parts = []
    for name in ("stdout.log", "virtuoso.log"):
        path = directory / name
        if path.exists():
            parts.append(f"--- {name}\n" + path.read_text(errors="replace")[-3000:])
    return "\n".join(parts)


def wait_until_answering(process: subprocess.Popen[bytes], server: VirtuosoServer) -> None:
    """Poll ``/sparql`` until it answers an ``ASK``; fail if the server dies or is too slow."""
    deadline = time.monotonic() + START_SECONDS
    while True:
        if process.poll() is not None:
            pytest.fail(
                f"virtuoso-t exited with {process.returncode}\n{_log_tail(server.directory)}"
            )
        try:
            response = httpx.get(server.sparql_url, params={"query": "ASK {}"}, timeout=2)
            if response.status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(
                f"Virtuoso did not answer in {START_SECONDS}s\n{_log_tail(server.directory)}"
            )
        time.sleep(0.2)


def run_isql(server: VirtuosoServer, statements: str) -> None:
    """Run SQL as dba on the test server with ``isql-vt``; fail on any error."""
    isql = find_program("isql-vt", "isql-v")
    done = subprocess.run(
        [isql, f"127.0.0.1:{server.sql_port}", "dba", "dba", f"exec={statements}"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    output = done.stdout + done.stderr
    if done.returncode != 0 or "*** Error" in output:
        pytest.fail(f"isql failed ({done.returncode}): {output[-2000:]}")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate the server; kill it if it does not exit within ``STOP_SECONDS``."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(STOP_SECONDS)


@contextmanager
def running_virtuoso(directory: Path) -> Iterator[VirtuosoServer]:
    """Start Virtuoso with its database in ``directory``, open it for writes, stop it after."""
    program = find_program("virtuoso-t")
    sql_port, http_port = free_port(), free_port()
    while http_port == sql_port:
        http_port = free_port()
    ini = write_ini(directory, sql_port, http_port)
    server = VirtuosoServer(f"http://127.0.0.1:{http_port}", sql_port, directory)
    with (directory / "stdout.log").open("wb") as log:
        process = subprocess.Popen(
            [program, "+foreground", "+configfile", str(ini)],
            cwd=directory,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_answering(process, server)
            run_isql(server, GRANTS)
            yield server
        finally:
            stop(process)


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """One Virtuoso for the whole session (it takes a few seconds to create its database)."""
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


__all__ = [
    "VirtuosoServer",
    "find_program",
    "running_virtuoso",
    "virtuoso",
]
