"""Where Virtuoso differs from Oxigraph, and the SPARQL endpoint of the app on a Virtuoso store."""

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
import rdflib
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.store.base import SolutionsResult
from nội_chính_graph.store.remote import RemoteStore
from tests.store import contract
from tests.store.conftest import GRAPH_A, TRIG_FILES
from tests.store.virtuoso import VirtuosoServer, find_program

pytestmark = pytest.mark.remote

SKOS = "http://www.w3.org/2004/02/skos/core#"
LABELS_VI = f"""PREFIX skos: <{SKOS}>
SELECT ?label WHERE {{ ?s skos:prefLabel ?label FILTER(LANG(?label) = "vi") }}"""
VIETNAMESE = {"Bộ Công an", "Kiểm toán nhà nước", "Ban Nội chính Trung ương"}
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def store(virtuoso: VirtuosoServer) -> Iterator[RemoteStore]:
    """The fixture graphs on the session's Virtuoso, removed again after the test."""
    remote = RemoteStore.from_settings(virtuoso.settings())
    assert TRIG_FILES
    remote.load_files(TRIG_FILES)
    yield remote
    for graph in remote.graphs():
        remote.delete_graph(graph)
    remote.close()


def test_missing_virtuoso_fails_with_the_install_hint() -> None:
    with pytest.raises(pytest.fail.Exception, match="scripts/install-virtuoso"):
        find_program("virtuoso-t-not-installed")


def test_system_graphs_are_outside_the_store(virtuoso: VirtuosoServer, store: RemoteStore) -> None:
    """Virtuoso keeps graphs of its own; the graph prefix keeps them out of graphs/count."""
    unrestricted = RemoteStore(virtuoso.sparql_url, gsp_url=virtuoso.gsp_url)
    system = set(unrestricted.graphs()) - set(store.graphs())
    assert "http://www.openlinksw.com/schemas/virtrdf#" in system
    assert store.count() == 11
    assert unrestricted.count() > 11 + 1000
    unrestricted.close()


def test_virtuoso_stores_literals_in_canonical_form(store: RemoteStore) -> None:
    """Unlike Oxigraph, Virtuoso rewrites lexical forms and lowercases language tags."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    data = (
        f'<http://e/s> <http://e/int> "007"^^<{xsd}integer> .\n'
        f'<http://e/s> <http://e/bool> "true"^^<{xsd}boolean> .\n'
        '<http://e/s> <http://e/lang> "Hà Nội"@vi-VN .\n'
    )
    store.add_to_graph(contract.G, contract.nt(data))
    result = store.query("SELECT ?p ?o WHERE { <http://e/s> ?p ?o }")
    assert isinstance(result, SolutionsResult)
    found = {str(row["p"]): row["o"] for row in result.rows}
    assert found == {
        "<http://e/int>": ox.Literal("7", datatype=ox.NamedNode(f"{xsd}integer")),
        "<http://e/bool>": ox.Literal("1", datatype=ox.NamedNode(f"{xsd}boolean")),
        "<http://e/lang>": ox.Literal("Hà Nội", language="vi-vn"),
    }


@pytest.fixture
def client(virtuoso: VirtuosoServer, store: RemoteStore) -> Iterator[TestClient]:
    """The app on the Virtuoso store (data loaded by ``store``)."""
    settings = virtuoso.settings(load_data_on_start=False, query_timeout=10.0, max_rows=50)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _labels(body: bytes) -> set[str]:
    parsed = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    return {s["label"].value for s in parsed}


def test_app_sparql_endpoint_on_virtuoso(client: TestClient) -> None:
    by_get = client.get("/sparql", params={"query": LABELS_VI})
    by_body = client.post(
        "/sparql",
        content=LABELS_VI.encode(),
        headers={"content-type": "application/sparql-query"},
    )
    assert _labels(by_get.content) == _labels(by_body.content) == VIETNAMESE
    counted = client.get("/sparql", params={"query": COUNT_ALL, "default-graph-uri": GRAPH_A})
    assert counted.json()["results"]["bindings"][0]["n"]["value"] == "7"
    turtle = client.get(
        "/sparql",
        params={"query": f"CONSTRUCT WHERE {{ ?s <{SKOS}prefLabel> ?l }}"},
        headers={"accept": "text/turtle"},
    )
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=turtle.text, format="turtle")) == 6
    broken = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert broken.status_code == 400
