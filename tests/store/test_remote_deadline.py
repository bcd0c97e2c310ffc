"""The query deadline reaches the remote store, so the work stops there too (issue 13,
finding 5). Before, our 503 left the store computing: Oxigraph server kept a core busy for 35 s.

* Virtuoso takes the deadline per request (``timeout``, ms) and stops the query: after our 503
  its CPU goes quiet within a second or two, instead of running to its own 60 s limit.
* Oxigraph server takes none per request, only ``--timeout-s`` at start; what it then sends (an
  answer cut short) is a timeout, not a broken answer.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.errors import QueryTimeoutError
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.remote import RemoteStore
from tests.reliability.conftest import assert_error_shape
from tests.store.backends import clear, oxigraph_server
from tests.store.conftest import TRIG_FILES
from tests.store.virtuoso import VirtuosoServer

pytestmark = pytest.mark.remote

#: A cross product far too large to finish: every triple, eight times over.
EXPLODING = (
    "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(8)) + " }"
)
TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def busy_fraction(pid: int, seconds: float) -> float:
    """The share of one core ``pid`` uses over the next ``seconds``."""
    before = cpu_seconds(pid)
    time.sleep(seconds)
    return (cpu_seconds(pid) - before) / seconds


def virtuoso_pid(server: VirtuosoServer) -> int:
    """The process of the test Virtuoso (the one started with the ini in its directory)."""
    ini = str(server.directory / "virtuoso.ini").encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if ini in (entry / "cmdline").read_bytes():
                    return int(entry.name)
            except OSError:
                continue
    raise AssertionError("the test Virtuoso process was not found")


@pytest.fixture
def virtuoso_data(virtuoso: VirtuosoServer) -> Iterator[None]:
    """Some data of ours (the default graph is the merge of our graphs, not Virtuoso's own)."""
    store = RemoteStore.from_settings(virtuoso.settings())
    load_shipped(store, ontology=[], data=TRIG_FILES)
    yield
    clear(store)
    store.close()


@pytest.fixture
def virtuoso_app(virtuoso: VirtuosoServer, virtuoso_data: None) -> Iterator[TestClient]:
    settings = virtuoso.settings(query_timeout=1.0, load_data_on_start=False)
    with TestClient(create_app(settings)) as client:
        yield client


def test_virtuoso_stops_the_query_at_our_deadline(
    virtuoso: VirtuosoServer, virtuoso_app: TestClient
) -> None:
    started = time.monotonic()
    response = virtuoso_app.get("/sparql", params={"query": EXPLODING})
    assert response.status_code == 503, response.text[:300]
    assert assert_error_shape(response.content) == "query_timeout"
    assert time.monotonic() - started < 10
    time.sleep(2.5)  # Virtuoso notices its deadline between steps of the query
    assert busy_fraction(virtuoso_pid(virtuoso), 2.0) < 0.2


def test_virtuoso_never_serves_an_answer_cut_at_the_deadline(
    virtuoso: VirtuosoServer, virtuoso_data: None
) -> None:
    """Virtuoso answers a timed-out query with what it has ("anytime query"): incomplete."""
    store = RemoteStore.from_settings(virtuoso.settings(query_timeout=1.0))
    try:
        store.query("ASK {}")
        with pytest.raises(QueryTimeoutError):
            store.query(EXPLODING)
    finally:
        store.close()


def test_oxigraph_server_cut_short_by_its_timeout_is_a_timeout(tmp_path: Path) -> None:
    flags = ("--timeout-s", "1")
    with oxigraph_server(tmp_path / "db", *flags) as (url, pid):
        store = RemoteStore(f"{url}/query", query_timeout=1.0, timeout=60)
        load_shipped(store, ontology=[], data=TRIG_FILES)
        with pytest.raises(QueryTimeoutError):
            store.query(EXPLODING)
        assert busy_fraction(pid, 1.0) < 0.2
        store.close()
