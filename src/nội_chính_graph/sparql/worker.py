"""What runs inside a query worker process, and the job/answer messages it exchanges.

Kept free of web imports so a freshly spawned worker starts quickly.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from nội_chính_graph.errors import ApiError, NcgError, NotAcceptableError
from nội_chính_graph.store.base import Snapshot, Store
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


@dataclass(frozen=True)
class QueryAnswer:
    """A serialized result and what the response headers need to say about it."""

    body: bytes
    format: str
    truncated: bool
    seconds: float


def execute(store: Store, job: QueryJob) -> QueryAnswer:
    """Run ``job`` on ``store`` and serialize the result in the accepted format."""
    start = time.perf_counter()
    result = store.query(
        job.sparql,
        default_graphs=job.default_graphs,
        named_graphs=job.named_graphs,
        max_rows=job.max_rows,
    )
    kind = result_kind(result)
    name = job.solutions_format if kind == "solutions" else job.graph_format
    if name is None:
        raise NotAcceptableError(
            f"The query gives a {kind} result, but no acceptable format for it was requested",
            details={"result_kind": kind},
        )
    body = serialize_result(result, format_named(name, kind))
    return QueryAnswer(body, name, result.truncated, time.perf_counter() - start)


def error_message(exc: NcgError) -> tuple[int, str, str, dict[str, Any]]:
    """An error as plain data (exceptions with keyword arguments do not pickle faithfully)."""
    return (exc.status, exc.code, exc.message, exc.details)


def rebuild_error(data: tuple[int, str, str, dict[str, Any]]) -> ApiError:
    """The error a worker reported, raised again in the server process."""
    status, code, message, details = data
    return ApiError(status, code, message, details=details)


def worker_main(conn: Connection, snapshot: Snapshot) -> None:
    """Serve jobs on ``conn`` until it closes.

    Messages in: ``("open", snapshot)`` re-opens the store; ``("query", job)`` runs a job.
    Messages out: ``("ready", None)``, ``("ok", answer)`` or ``("error", error_message)``.
    """
    store = OxigraphStore.from_snapshot(snapshot)
    conn.send(("ready", None))
    while True:
        try:
            kind, payload = conn.recv()
        except EOFError:
            return
        if kind == "open":
            store = OxigraphStore.from_snapshot(payload)
            conn.send(("ready", None))
            continue
        try:
            conn.send(("ok", execute(store, payload)))
        except NcgError as exc:
            conn.send(("error", error_message(exc)))


__all__ = ["QueryAnswer", "QueryJob", "error_message", "execute", "rebuild_error", "worker_main"]
