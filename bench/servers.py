"""Start, watch and stop the SPARQL servers the benchmark compares, all on 127.0.0.1.

Each server runs in its own session (process group) so that stopping it also stops any worker
processes it spawned; peak memory is the sum of the peak resident sets (``VmHWM``) of the server
process and its descendants, read from ``/proc``.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


class ServerError(RuntimeError):
    """A server did not load its data or did not come up."""


@dataclass
class Server:
    """A running server and what it cost to get it there."""

    name: str
    url: str
    process: subprocess.Popen[bytes]
    log: Path
    load_seconds: float
    start_seconds: float = 0.0

    def peak_rss_mib(self) -> float:
        """Peak RSS of the server and its descendants so far, in MiB."""
        return sum(_hwm_kib(pid) for pid in _tree(self.process.pid)) / 1024

    def stop(self) -> None:
        """Stop the server's process group and wait for it."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=20)


def _hwm_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _tree(root: int) -> list[int]:
    """``root`` and every live descendant."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _spawn(
    command: list[str], log: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    with log.open("ab") as sink:
        return subprocess.Popen(
            command,
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=REPO,
            env=env,
            start_new_session=True,
        )


def _timed_run(command: list[str], log: Path, env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    with log.open("ab") as sink:
        done = subprocess.run(command, stdout=sink, stderr=subprocess.STDOUT, cwd=REPO, env=env)
    if done.returncode != 0:
        raise ServerError(f"{command[0]} failed (exit {done.returncode}); see {log}")
    return time.perf_counter() - started


def wait_ready(server: Server, timeout: float) -> None:
    """Poll ``ASK {}`` until the server answers; record how long it took since spawning."""
    started, deadline = time.perf_counter(), time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerError(
                f"{server.name} exited with {server.process.returncode}; see {server.log}"
            )
        try:
            answer = httpx.get(server.url, params={"query": "ASK {}"}, timeout=5)
            if answer.status_code == 200:
                server.start_seconds = time.perf_counter() - started
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    server.stop()
    raise ServerError(f"{server.name} did not answer within {timeout:.0f} s; see {server.log}")


def _ncg_load_command(data: Path, store: Path) -> list[str]:
    """The project's loader: ``ncg load --store DIR FILE``."""
    return [str(VENV_BIN / "ncg"), "load", "--store", str(store), str(data)]


def start_ncg(data: Path, work: Path, logs: Path) -> Server:
    """Bulk-load ``data`` into a fresh embedded store, then serve /sparql with uvicorn."""
    store, log = work / "ncg-store", logs / "ncg.log"
    env = dict(os.environ, NCG_STORE="oxigraph", NCG_DATA_DIR=str(store))
    env["NCG_LOAD_DATA_ON_START"] = "false"
    load = _timed_run(_ncg_load_command(data, store), log, env)
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "--factory", "api.app:create_app"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--no-access-log"]
    command += ["--log-level", "warning"]
    url = f"http://127.0.0.1:{port}/sparql"
    return Server("ncg /sparql", url, _spawn(command, log, env), log, load)


def start_oxigraph(data: Path, work: Path, logs: Path, timeout: float) -> Server:
    """``oxigraph load`` into a fresh directory, then ``oxigraph serve`` over the union graph."""
    location, log = work / "oxigraph-store", logs / "oxigraph.log"
    exe = str(VENV_BIN / "oxigraph")
    load = _timed_run([exe, "load", "--location", str(location), "--file", str(data)], log)
    port = free_port()
    command = [exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    command += ["--union-default-graph", "--timeout-s", str(int(timeout))]
    url = f"http://127.0.0.1:{port}/query"
    return Server("oxigraph serve", url, _spawn(command, log), log, load)


def start_rdflib_endpoint(data: Path, logs: Path) -> Server:
    """``rdflib-endpoint serve`` (an in-memory rdflib Dataset parsed at start)."""
    log, port = logs / "rdflib-endpoint.log", free_port()
    exe = str(VENV_BIN / "rdflib-endpoint")
    command = [exe, "serve", str(data), "--host", "127.0.0.1", "--port", str(port)]
    return Server("rdflib-endpoint", f"http://127.0.0.1:{port}/", _spawn(command, log), log, 0.0)


__all__ = [
    "Server",
    "ServerError",
    "free_port",
    "start_ncg",
    "start_oxigraph",
    "start_rdflib_endpoint",
    "wait_ready",
]
