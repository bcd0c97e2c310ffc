"""The remote store goes away and comes back: ``oxigraph serve`` is stopped (or frozen in the
middle of a request) under a running app. Clients get a 503 in the one error shape, the app stays
up, and answers return, unchanged, once the server is back on the same port and data."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.config import Settings
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import load_shipped
from tests.reliability.conftest import assert_error_shape
from tests.sparql.conftest import free_port

OXIGRAPH = Path(sys.executable).parent / "oxigraph"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
READS = [
    ("/sparql", {"query": COUNT}),
    ("/api/v1/search", {"q": "kiểm toán"}),
    ("/api/v1/agencies/kiem-toan-nha-nuoc", {}),
]

pytestmark = pytest.mark.remote


@dataclass
class OxigraphServer:
    """``oxigraph serve`` on a fixed port and directory, so it can be restarted as it was."""

    location: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                str(OXIGRAPH),
                "serve",
                "--location",
                str(self.location),
                "--bind",
                f"127.0.0.1:{self.port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{self.url}/query", params={"query": "ASK {}"}, timeout=1)
                return
            except httpx.TransportError:
                assert time.monotonic() < deadline, "oxigraph serve did not start"
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[OxigraphServer]:
    assert OXIGRAPH.exists(), "pip install oxigraph into the virtualenv"
    running = OxigraphServer(tmp_path / "db", free_port())
    running.start()
    try:
        yield running
    finally:
        if running.process is not None:
            os.kill(running.process.pid, signal.SIGCONT) if running.process.poll() is None else None
        running.stop()


def settings_for(server: OxigraphServer) -> Settings:
    return Settings(
        store="remote",
        remote_url=f"{server.url}/query",
        remote_update_url=f"{server.url}/update",
        remote_gsp_url=f"{server.url}/store",
        remote_timeout=2.0,
        query_timeout=5.0,
        load_data_on_start=False,
    )


def answers(client: TestClient) -> list[tuple[int, bytes]]:
    """Status and body of every read."""
    return [(r.status_code, r.content) for r in (client.get(p, params=q) for p, q in READS)]


def assert_unavailable(client: TestClient, before: list[tuple[int, bytes]]) -> None:
    """/sparql is 503; JSON reads are 503 too, or the very answer of before when they come from
    the in-memory indexes (built from the store, kept while its generation is unchanged)."""
    for (path, params), answer in zip(READS, before, strict=True):
        response = client.get(path, params=params)
        if path != "/sparql" and response.status_code == 200:
            assert response.content == answer[1]
            continue
        assert response.status_code == 503, f"{path}: {response.text[:200]}"
        assert assert_error_shape(response.content) in {"store_unavailable", "query_timeout"}


def test_a_stopped_store_is_503_and_the_app_recovers_when_it_returns(
    server: OxigraphServer,
) -> None:
    settings = settings_for(server)
    seed = open_store(settings)
    load_shipped(seed)
    seed.close()
    with TestClient(create_app(settings)) as client:
        before = answers(client)
        assert all(status == 200 for status, _ in before)
        server.stop()
        assert_unavailable(client, before)
        server.start()
        assert answers(client) == before


def test_a_store_frozen_mid_request_is_503_within_the_timeout_then_recovers(
    server: OxigraphServer,
) -> None:
    settings = settings_for(server)
    seed = open_store(settings)
    load_shipped(seed)
    seed.close()
    with TestClient(create_app(settings)) as client:
        before = answers(client)
        assert server.process is not None
        os.kill(server.process.pid, signal.SIGSTOP)  # accepts connections, never answers
        results: list[Any] = []
        started = time.monotonic()
        reader = threading.Thread(
            target=lambda: results.append(client.get(READS[0][0], params=READS[0][1]))
        )
        reader.start()
        reader.join(30)
        elapsed = time.monotonic() - started
        assert results
        assert results[0].status_code == 503
        assert assert_error_shape(results[0].content) in {"store_unavailable", "query_timeout"}
        assert elapsed < settings.query_timeout + 2
        os.kill(server.process.pid, signal.SIGCONT)
        assert answers(client) == before
