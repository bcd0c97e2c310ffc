"""The remote backend against real servers started for these tests: ``oxigraph serve`` (one per
test) and Virtuoso Open Source (one per session, see tests/store/virtuoso.py)."""

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import QuerySyntaxError, StoreError
from nội_chính_graph.namespaces import GENID
from nội_chính_graph.store.base import SolutionsResult
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.remote import RemoteStore
from tests.sparql.conftest import free_port
from tests.store import contract
from tests.store.backends import oxigraph_server
from tests.store.virtuoso import VirtuosoServer

OXIGRAPH = Path(sys.executable).parent / "oxigraph"

pytestmark = pytest.mark.remote


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """``oxigraph serve`` on a free local port (union default graph, as the backend expects)."""
    with oxigraph_server(tmp_path / "db") as (url, _pid):
        yield url


@pytest.fixture(params=["oxigraph", "virtuoso"])
def store(request: pytest.FixtureRequest) -> Iterator[RemoteStore]:
    """An empty remote store on each server kind."""
    if request.param == "oxigraph":
        url = request.getfixturevalue("server")
        settings = Settings(store="remote", remote_url=f"{url}/query")
    else:
        virtuoso: VirtuosoServer = request.getfixturevalue("virtuoso")
        settings = virtuoso.settings()
    remote = open_store(settings)
    assert isinstance(remote, RemoteStore)
    clear(remote)
    yield remote
    clear(remote)
    remote.close()


def clear(store: RemoteStore) -> None:
    """Drop every graph of ours (a session-wide server keeps data between tests)."""
    for graph in store.graphs():
        store.delete_graph(graph)


def test_remote_store_follows_the_contract(store: RemoteStore) -> None:
    contract.check_graph_lifecycle(store)
    contract.check_write_graphs_is_all_or_nothing(store)
    contract.check_query_kinds_and_dataset(store)
    contract.check_export_round_trip(store)


def test_remote_syntax_errors_are_query_errors(store: RemoteStore) -> None:
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT * WHERE { ?s ?p }")


def test_unreachable_server_is_a_store_error() -> None:
    port = free_port()
    remote = RemoteStore(f"http://127.0.0.1:{port}/query", timeout=2)
    with pytest.raises(StoreError, match="unreachable") as raised:
        remote.count()
    remote.close()
    # Clients see the message and details: never the address of the store (issue 13, #7).
    assert str(port) not in raised.value.message + str(raised.value.details)


def test_blank_nodes_are_stored_as_skolem_iris(store: RemoteStore) -> None:
    """Written blank nodes become genid IRIs (Virtuoso refuses them in INSERT DATA); the
    data exported is the data written, with those IRIs in place of the blank nodes."""
    data = '<https://w3id.org/noi-chinh/id/x> <http://e/p> _:b .\n_:b <http://e/q> "v" .\n'
    store.add_to_graph(contract.G, contract.nt(data))
    result = store.query("SELECT ?b WHERE { ?x <http://e/p> ?b }")
    assert isinstance(result, SolutionsResult)
    [skolem] = [row["b"] for row in result.rows]
    assert isinstance(skolem, ox.NamedNode)
    assert skolem.value.startswith(GENID)
    out = io.BytesIO()
    store.export(out, ox.RdfFormat.TRIG)
    exported = rdflib.Dataset()
    exported.parse(data=out.getvalue(), format="trig")
    expected = rdflib.Graph().parse(data=data.replace("_:b", f"<{skolem.value}>"), format="nt")
    assert isomorphic(exported.graph(rdflib.URIRef(contract.G)), expected)


def test_blank_nodes_in_answers_are_relabelled(store: RemoteStore) -> None:
    """Virtuoso names blank nodes ``nodeID://b…`` in results; the backend relabels them."""
    # Written behind the backend's back: blank nodes another client stored.
    update = f"INSERT {{ GRAPH <{contract.G}> {{ <http://e/s> <http://e/p> [] }} }} WHERE {{}}"
    httpx.post(store.update_url, data={"update": update}, timeout=10).raise_for_status()
    # Read in its graph: the merged default graph holds only what went through the store.
    result = store.query("SELECT ?b WHERE { GRAPH ?g { <http://e/s> <http://e/p> ?b } }")
    assert isinstance(result, SolutionsResult)
    assert [type(row["b"]) for row in result.rows] == [ox.BlankNode]
