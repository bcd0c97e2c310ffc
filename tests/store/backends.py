"""Settings for every backend the store runs on: embedded (memory and disk), ``oxigraph serve``
and Virtuoso. Tests that must give the same answers everywhere take the ``backend_settings``
fixture (parametrised over the four) and build a store or an app from it."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.store.base import Store
from tests.sparql.conftest import free_port
from tests.store.virtuoso import VirtuosoServer

OXIGRAPH = Path(sys.executable).parent / "oxigraph"

BACKENDS = ("memory", "disk", "oxigraph-server", "virtuoso")


def settings_for(request: pytest.FixtureRequest, kind: str, tmp_path: Path) -> Settings:
    """Settings for ``kind`` (remote servers come from their fixtures), data not loaded."""
    if kind == "memory":
        return Settings(store="memory", load_data_on_start=False, data_dir=tmp_path / "store")
    if kind == "disk":
        return Settings(store="oxigraph", load_data_on_start=False, data_dir=tmp_path / "store")
    if kind == "oxigraph-server":
        url = request.getfixturevalue("server")
        return Settings(
            store="remote",
            remote_url=f"{url}/query",
            load_data_on_start=False,
            data_dir=tmp_path / "store",
        )
    virtuoso: VirtuosoServer = request.getfixturevalue("virtuoso")
    return virtuoso.settings(load_data_on_start=False, data_dir=tmp_path / "store")


@pytest.fixture(params=BACKENDS)
def backend_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Settings for one backend at a time (every test runs on each)."""
    return settings_for(request, str(request.param), tmp_path)


@contextmanager
def oxigraph_server(location: Path, *flags: str) -> Iterator[tuple[str, int]]:
    """``oxigraph serve`` with ``flags`` on a free port: its URL and its process id."""
    assert OXIGRAPH.exists(), "pip install oxigraph into the virtualenv"
    port = free_port()
    command = [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, *flags], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                httpx.get(f"{url}/query", params={"query": "ASK {}"}, timeout=1)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "oxigraph serve did not start"
                time.sleep(0.1)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(10)


def clear(store: Store) -> None:
    """Drop every graph of ours (the session-wide Virtuoso keeps data between tests)."""
    for graph in store.graphs():
        store.delete_graph(graph)


__all__ = ["BACKENDS", "backend_settings", "clear", "oxigraph_server", "settings_for"]
