"""The remote backend against a real ``oxigraph serve`` started for these tests."""

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import QuerySyntaxError, StoreError
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.remote import RemoteStore
from tests.sparql.conftest import free_port
from tests.store import contract

OXIGRAPH = Path(sys.executable).parent / "oxigraph"

pytestmark = pytest.mark.remote


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """``oxigraph serve`` on a free local port (union default graph, as the backend expects)."""
    assert OXIGRAPH.exists(), "pip install oxigraph into the virtualenv"
    port = free_port()
    process = subprocess.Popen(
        [
            str(OXIGRAPH),
            "serve",
            "--location",
            str(tmp_path / "db"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
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
        yield url
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def store(server: str) -> Iterator[RemoteStore]:
    remote = open_store(Settings(store="remote", remote_url=f"{server}/query"))
    assert isinstance(remote, RemoteStore)
    yield remote
    remote.close()


def test_remote_store_follows_the_contract(store: RemoteStore) -> None:
    contract.check_graph_lifecycle(store)
    contract.check_query_kinds_and_dataset(store)
    contract.check_export_round_trip(store)


def test_remote_syntax_errors_are_query_errors(store: RemoteStore) -> None:
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT * WHERE { ?s ?p }")


def test_unreachable_server_is_a_store_error() -> None:
    remote = RemoteStore(f"http://127.0.0.1:{free_port()}/query", timeout=2)
    with pytest.raises(StoreError, match="unreachable"):
        remote.count()
    remote.close()
