"""Each limit is a setting, and a client that hits it is told so: body size (413 with the limit),
result rows (cut, with headers and ``truncated``), query time (503 ``query_timeout``) and
neighbourhood size (``truncated`` in the answer; the per-request ceiling is 422)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.reliability.conftest import assert_error_shape, reliability_settings

# the time limit is well above what a small query takes on a loaded machine (CI), far below SLOW
MAX_BODY, MAX_ROWS, TIMEOUT = 2_000, 5, 2.0
KTNN = "https://w3id.org/noi-chinh/id/agency/kiem-toan-nha-nuoc"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    settings = reliability_settings(
        max_body_bytes=MAX_BODY, max_rows=MAX_ROWS, query_timeout=TIMEOUT, query_workers=1
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("path", "media"),
    [("/sparql", "application/sparql-query"), ("/api/v1/validate", "text/turtle")],
)
def test_a_body_over_the_limit_is_413_naming_the_limit(
    client: TestClient, path: str, media: str
) -> None:
    body = "# " + "x" * MAX_BODY
    response = client.post(path, content=body, headers={"content-type": media})
    assert response.status_code == 413
    assert assert_error_shape(response.content) == "body_too_large"
    assert response.json()["error"]["details"]["max_body_bytes"] == MAX_BODY


def test_rows_past_the_limit_are_cut_and_the_client_told(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert response.status_code == 200
    assert len(response.json()["results"]["bindings"]) == MAX_ROWS
    assert response.headers["NCG-Results-Truncated"] == "true"
    assert response.headers["NCG-Max-Rows"] == str(MAX_ROWS)
    small = client.get("/sparql", params={"query": "SELECT * { ?s ?p ?o } LIMIT 2"})
    assert small.headers["NCG-Results-Truncated"] == "false"


def test_a_query_past_the_time_limit_is_503_naming_the_limit(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": SLOW})
    assert response.status_code == 503
    assert assert_error_shape(response.content) == "query_timeout"
    assert response.json()["error"]["details"]["timeout_seconds"] == TIMEOUT


def test_a_neighbourhood_past_its_limit_says_truncated(client: TestClient) -> None:
    url = "/api/v1/graph/neighbourhood"
    cut = client.get(url, params={"iri": KTNN, "depth": 2, "limit": 3}).json()
    assert len(cut["nodes"]) <= 3
    assert cut["truncated"] is True
    whole = client.get(url, params={"iri": KTNN, "depth": 1, "limit": 5000}).json()
    assert whole["truncated"] is False
    too_many = client.get(url, params={"iri": KTNN, "limit": 5001})
    assert too_many.status_code == 422
    assert assert_error_shape(too_many.content) == "invalid_request"


def test_a_chunked_body_over_the_limit_is_413_too(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"SELECT * { ?s ?p ?o } "
        for _ in range(10):
            yield b"#" + b"x" * MAX_BODY + b"\n"

    response = client.post(
        "/sparql", content=chunks(), headers={"content-type": "application/sparql-query"}
    )
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json()["error"]["details"]["max_body_bytes"] == MAX_BODY
