"""Fixtures for the reliability tests: the app with the shipped data served by uvicorn on
127.0.0.1, and a *canary*: a local HTTP server that records every request it receives, so a
test can prove that nothing (SERVICE, a JSON-LD @context, an XML entity) was ever fetched."""

from __future__ import annotations

import http.server
import json
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fastapi import FastAPI

from bench.fuzz_api import error_shape_problem, serve
from nội_chính_graph.config import Settings

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 2.0
MAX_ROWS = 100


@dataclass
class Canary:
    """A local HTTP server; ``hits`` lists the paths requested from it."""

    url: str
    hits: list[str] = field(default_factory=list)


@pytest.fixture
def canary() -> Iterator[Canary]:
    """A fresh canary on a free port of 127.0.0.1."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _record(self) -> None:
            hits.append(self.path)
            body = json.dumps({"@context": {"p": "http://example.org/p"}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/ld+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _record  # noqa: N815

        def log_message(self, *args: object) -> None:
            del args

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Canary(f"http://127.0.0.1:{server.server_port}", hits)
    finally:
        server.shutdown()
        server.server_close()


def reliability_settings(**overrides: object) -> Settings:
    """An in-memory store with the shipped data and short limits."""
    base = Settings(
        store="memory",
        data_dir=Path(tempfile.mkdtemp(prefix="ncg-reliability-")) / "store",  # audit log beside
        query_timeout=TIMEOUT,
        max_rows=MAX_ROWS,
        query_workers=2,
        port=0,
    )
    return base.model_copy(update=overrides)


@dataclass
class Live:
    """A running app and its base URL."""

    app: FastAPI
    url: str


@pytest.fixture(scope="module")
def live() -> Iterator[Live]:
    """The app served over HTTP on 127.0.0.1 for a whole module."""
    with serve(reliability_settings()) as (app, url):
        yield Live(app, url)


def assert_error_shape(body: bytes) -> str:
    """Assert ``body`` is the one error shape; return its code."""
    problem = error_shape_problem(body)
    assert problem is None, f"{problem}: {body[:300]!r}"
    code: str = json.loads(body)["error"]["code"]
    return code


def children_rss_mib() -> float:
    """Resident memory of this process's child processes (the query workers), in MiB."""
    total = 0
    for child in _children(os.getpid()):
        try:
            status = Path(f"/proc/{child}/status").read_text()
        except OSError:
            continue
        total += next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0
        )
    return total / 1024


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(p) for p in text.split()]


def rss_mib(pid: int | None = None) -> float:
    """Resident memory of a process (this one by default), in MiB."""
    status = Path(f"/proc/{pid or os.getpid()}/status").read_text()
    return (
        next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        / 1024
    )
