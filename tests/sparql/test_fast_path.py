"""Issue 16: ``/sparql`` queries are answered by a raw ASGI path in front of FastAPI's routing;
it must answer exactly as the routes do (they answer when the service dependency is
overridden), errors, limits, negotiation and CORS included."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nội_chính_graph.web.deps import get_sparql_service
from nội_chính_graph.web.sparql import SparqlFastPath

from .conftest import ALLOWED_ORIGIN

SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
LONG_ROWS = (  # ~20 KB of JSON: over GZIP_MIN_BYTES
    'SELECT ?i ?text { VALUES ?i { 1 2 3 4 5 6 7 8 9 10 } BIND(CONCAT(STR(?i), "'
    + "x" * 2000
    + '") AS ?text) }'
)
CASES: list[tuple[str, dict[str, Any]]] = [
    ("GET", {"params": {"query": SELECT + " LIMIT 3"}}),
    ("GET", {"params": {"query": SELECT}, "headers": {"Accept": "text/csv"}}),  # truncated
    ("GET", {"params": {"query": SELECT}, "headers": {"Accept-Encoding": "gzip"}}),  # small
    ("GET", {"params": {"query": LONG_ROWS}, "headers": {"Accept-Encoding": "gzip"}}),  # gzipped
    (
        "GET",
        {
            "params": {"query": "CONSTRUCT { <s> <p> 1 } WHERE {}"},
            "headers": {"Accept": "text/turtle"},
        },
    ),
    ("GET", {"params": {"query": "ASK {}"}, "headers": {"Accept": "image/png"}}),
    ("GET", {"params": {"query": "SELEC *"}}),
    ("GET", {"params": {"query": "DROP ALL"}}),
    ("GET", {"params": {"update": "CLEAR ALL"}}),
    ("GET", {"params": [("query", "ASK {}"), ("query", "ASK {}")]}),
    ("GET", {"params": {"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"}}),
    ("GET", {"params": {"query": "ASK {}"}, "headers": {"Origin": ALLOWED_ORIGIN}}),
    ("POST", {"data": {"query": "ASK { ?s ?p ?o }"}}),
    ("POST", {"content": "ASK {}", "headers": {"Content-Type": "application/sparql-query"}}),
    ("POST", {"content": "CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}}),
    ("POST", {"content": "ASK {}", "headers": {"Content-Type": "text/plain"}}),
    ("POST", {"content": b"\xff", "headers": {"Content-Type": "application/sparql-query"}}),
]
HEADERS = ("content-type", "content-encoding", "vary", "ncg-results-truncated", "ncg-max-rows")


def answer(client: TestClient, method: str, options: dict[str, Any]) -> tuple[object, ...]:
    response = client.request(method, "/sparql", **options)
    headers = {name: response.headers.get(name) for name in HEADERS}
    cors = response.headers.get("access-control-allow-origin")
    return response.status_code, headers, cors, response.content


def test_the_app_runs_the_fast_path(app: FastAPI) -> None:
    classes: list[object] = [m.cls for m in app.user_middleware]
    assert SparqlFastPath in classes


@pytest.mark.parametrize(("method", "options"), CASES)
def test_the_fast_path_answers_as_the_routes_do(
    client: TestClient, app: FastAPI, method: str, options: dict[str, Any]
) -> None:
    fast = answer(client, method, options)
    app.dependency_overrides[get_sparql_service] = lambda: app.state.sparql
    try:
        routed = answer(client, method, options)
    finally:
        del app.dependency_overrides[get_sparql_service]
    assert fast == routed
    assert fast[0] in (200, 400, 406, 415)


class BrokenRunner:
    """A query runner with a bug."""

    async def run(self, job: object) -> object:
        raise RuntimeError("boom")


def test_a_bug_in_the_fast_path_is_a_500_in_the_one_error_shape(app: FastAPI) -> None:
    service = app.state.sparql
    app.state.sparql = dataclasses.replace(service, runner=BrokenRunner())
    try:
        response = TestClient(app, raise_server_exceptions=False).get(
            "/sparql", params={"query": "ASK {}"}
        )
    finally:
        app.state.sparql = service
    assert response.status_code == 500
    assert response.json() == {
        "error": {"code": "internal", "message": "An unexpected error occurred.", "details": {}}
    }
