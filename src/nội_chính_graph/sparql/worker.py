"""What runs inside a query worker process, and the job/answer messages it exchanges.

Kept free of web imports so a freshly spawned worker starts quickly.

The server and a worker talk over a Unix socket pair, one *frame* per message: an 8-byte
big-endian length, then the pickled message. A worker answers a query with the result already
serialised in the negotiated format (and gzipped when the client accepts it and the body is
large), so the server process only copies bytes: no per-term pickling, no serialising on the
event loop.
"""

from __future__ import annotations

import os
import pickle
import signal
import socket
import struct
import time
import zlib
from dataclasses import dataclass
from typing import Any

from nội_chính_graph.errors import ApiError, NcgError, NotAcceptableError
from nội_chính_graph.store.base import QueryResult, Snapshot, Store
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.store.results import format_named, result_kind, serialize_result


@dataclass(frozen=True)
class QueryJob:
    """A query to run, with the formats the client accepts for each kind of result."""

    sparql: str
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    solutions_format: str | None = "json"
    graph_format: str | None = "turtle"
    max_rows: int | None = None
    gzip_min_bytes: int | None = None  # gzip bodies at least this long (None: never)
    base_iri: str | None = None  # relative IRIs resolve against it (the endpoint's own URL)


@dataclass(frozen=True)
class QueryAnswer:
    """A serialized result and what the response headers need to say about it."""

    body: bytes
    format: str
    truncated: bool
    seconds: float
    encoding: str | None = None  # "gzip" when the body is compressed


#: zlib's default level: close to level 9's ratio on SPARQL results, at a fraction of the time.
GZIP_LEVEL = 6
_HEADER = struct.Struct("!Q")
_SMALL_FRAME = 64 * 1024


def encode_frame(message: object) -> bytes:
    """A message as one frame: its length, then its pickle."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(data)) + data


def frame_size(header: bytes) -> int:
    """The length announced by a frame's header."""
    size: int = _HEADER.unpack(header)[0]
    return size


FRAME_HEADER_BYTES = _HEADER.size


def send_frame(sock: socket.socket, message: object) -> None:
    """Write one message to a blocking socket."""
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    header = _HEADER.pack(len(data))
    if len(data) <= _SMALL_FRAME:
        sock.sendall(header + data)  # one write, one wake-up of the reader
    else:
        sock.sendall(header)
        sock.sendall(data)  # no copy of a large body


def _recv_exact(sock: socket.socket, size: int) -> bytearray:
    buffer = bytearray(size)
    view, got = memoryview(buffer), 0
    while got < size:
        n = sock.recv_into(view[got:])
        if n == 0:
            raise EOFError("the peer closed the connection")
        got += n
    return buffer


def recv_frame(sock: socket.socket) -> Any:
    """Read one message from a blocking socket; EOFError when the peer has gone."""
    size = frame_size(bytes(_recv_exact(sock, FRAME_HEADER_BYTES)))
    return pickle.loads(_recv_exact(sock, size))


def _maybe_gzip(body: bytes, min_bytes: int | None) -> tuple[bytes, str | None]:
    if min_bytes is None or len(body) < min_bytes:
        return body, None
    return zlib.compress(body, GZIP_LEVEL, wbits=31), "gzip"  # wbits 31: gzip container


def execute(store: Store, job: QueryJob) -> QueryAnswer:
    """Run ``job`` on ``store`` and serialize the result in the accepted format.

    On the embedded store pyoxigraph writes JSON, XML, CSV, TSV and N-Triples itself, straight
    from the engine's iterator (no Python object per term); other formats and backends go
    through the typed result and :func:`serialize_result`.
    """
    start = time.perf_counter()
    if isinstance(store, OxigraphStore):
        answer = store.answer(
            job.sparql,
            (job.solutions_format, job.graph_format),
            default_graphs=job.default_graphs,
            named_graphs=job.named_graphs,
            max_rows=job.max_rows,
            base_iri=job.base_iri,
        )
        if isinstance(answer, tuple):
            body, encoding = _maybe_gzip(answer[0], job.gzip_min_bytes)
            return QueryAnswer(body, answer[1], False, time.perf_counter() - start, encoding)
        result = answer
    else:
        result = store.query(
            job.sparql,
            default_graphs=job.default_graphs,
            named_graphs=job.named_graphs,
            max_rows=job.max_rows,
            base_iri=job.base_iri,
        )
    return _serialized(result, job, start)


def _serialized(result: QueryResult, job: QueryJob, start: float) -> QueryAnswer:
    kind = result_kind(result)
    name = job.solutions_format if kind == "solutions" else job.graph_format
    if name is None:
        raise NotAcceptableError(
            f"The query gives a {kind} result, but no acceptable format for it was requested",
            details={"result_kind": kind},
        )
    body, encoding = _maybe_gzip(
        serialize_result(result, format_named(name, kind)), job.gzip_min_bytes
    )
    return QueryAnswer(body, name, result.truncated, time.perf_counter() - start, encoding)


def error_message(exc: NcgError) -> tuple[int, str, str, dict[str, Any]]:
    """An error as plain data (exceptions with keyword arguments do not pickle faithfully)."""
    return (exc.status, exc.code, exc.message, exc.details)


def rebuild_error(data: tuple[int, str, str, dict[str, Any]]) -> ApiError:
    """The error a worker reported, raised again in the server process."""
    status, code, message, details = data
    return ApiError(status, code, message, details=details)


def worker_main(sock: socket.socket, snapshot: Snapshot, niceness: int = 0) -> None:
    """Serve jobs on ``sock`` (frames, see the module docstring) until the server closes it.

    Messages in: ``("open", snapshot)`` re-opens the store; ``("query", job)`` runs a job.
    Messages out: ``("ready", None)``, ``("ok", answer)`` or ``("error", error_message)``.
    """
    # Ctrl+C reaches the whole process group; the server stops its workers itself, so a
    # worker ignores SIGINT instead of printing a KeyboardInterrupt traceback (issue 15).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if niceness:
        os.nice(niceness)  # pool workers yield the CPU to the lane and the event loop
    sock.setblocking(True)
    store = OxigraphStore.from_snapshot(snapshot)
    send_frame(sock, ("ready", None))
    while True:
        try:
            kind, payload = recv_frame(sock)
        except (EOFError, ConnectionError):
            return
        if kind == "open":
            store = OxigraphStore.from_snapshot(payload)
            send_frame(sock, ("ready", None))
            continue
        try:
            send_frame(sock, ("ok", execute(store, payload)))
        except NcgError as exc:
            send_frame(sock, ("error", error_message(exc)))


__all__ = [
    "FRAME_HEADER_BYTES",
    "GZIP_LEVEL",
    "QueryAnswer",
    "QueryJob",
    "encode_frame",
    "error_message",
    "execute",
    "frame_size",
    "rebuild_error",
    "recv_frame",
    "send_frame",
    "worker_main",
]
