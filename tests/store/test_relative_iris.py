"""Relative IRIs in a query resolve against our endpoint's own URL on every backend, as
``oxigraph serve`` resolves them against its own (issue 13, finding 7). Before, the embedded
store answered 400, an Oxigraph server backend answered with the *store's* address as base, and
a Virtuoso backend answered 500 text/plain. The W3C protocol test ``query_content_type_construct``
sends exactly ``CONSTRUCT { <s> <p> 1 } WHERE {}``."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.config import Settings
from tests.reliability.conftest import assert_error_shape
from tests.store.backends import settings_for
from tests.store.test_remote_store import server

__all__ = ["server"]  # fixture used here

THREE = ("embedded", "oxigraph-server", "virtuoso")
CONSTRUCT = "CONSTRUCT { <s> <p> 1 } WHERE {}"
ENDPOINT = "http://testserver/sparql"  # the URL TestClient requests go to


@pytest.fixture(params=THREE)
def client(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[tuple[str, TestClient]]:
    kind = "memory" if request.param == "embedded" else str(request.param)
    settings: Settings = settings_for(request, kind, tmp_path)  # type: ignore[arg-type]
    settings = settings.model_copy(update={"query_workers": 1})
    address = settings.remote_url or ""
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield address, test_client


def test_the_w3c_construct_resolves_against_our_endpoint(client: tuple[str, TestClient]) -> None:
    address, test_client = client
    response = test_client.get(
        "/sparql", params={"query": CONSTRUCT}, headers={"accept": "application/n-triples"}
    )
    assert response.status_code == 200, response.text[:300]
    [triple] = list(ox.parse(response.content, ox.RdfFormat.N_TRIPLES))
    assert triple.subject == ox.NamedNode("http://testserver/s")
    assert triple.predicate == ox.NamedNode("http://testserver/p")
    if address:
        host = address.split("/")[2]
        assert host not in response.text


def test_a_base_in_the_query_still_wins(client: tuple[str, TestClient]) -> None:
    _, test_client = client
    query = "BASE <http://example.org/a/> SELECT ?x WHERE { BIND(<b> AS ?x) }"
    answer = test_client.get("/sparql", params={"query": query}).json()
    assert answer["results"]["bindings"][0]["x"]["value"] == "http://example.org/a/b"


def test_errors_keep_the_one_shape_and_hide_the_store(client: tuple[str, TestClient]) -> None:
    address, test_client = client
    for query in ("SELECT * WHERE { ?s ?p }", "SELECT * WHERE { <a b> ?p ?o }"):
        response = test_client.get("/sparql", params={"query": query})
        assert response.status_code == 400, response.text[:300]
        assert assert_error_shape(response.content) == "query_syntax"
        if address:
            assert address.split("/")[2] not in response.text
