"""SPARQL injection through every parameter of every read operation of the JSON API, the Linked
Data routes and the ontology: values reach SPARQL bound as RDF terms, never pasted, so no payload
changes the store, widens an answer or causes a 5xx; every error is in the one error shape."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.reliability.conftest import Live, assert_error_shape

KTNN = "https://w3id.org/noi-chinh/id/agency/kiem-toan-nha-nuoc"
#: A valid value for each parameter, so that one parameter at a time carries the payload.
BASELINE = {
    "slug": "kiem-toan-nha-nuoc",
    "q": "kiểm toán",
    "iri": KTNN,
    "from": KTNN,
    "to": "https://w3id.org/noi-chinh/id/agency/bo-cong-an",
    "path": "agency/kiem-toan-nha-nuoc",
}
INJECTIONS = [
    '" } ; DROP ALL ; #',
    "' } UNION { ?s ?p ?o } #",
    "x> ?p ?o } INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
    f"{KTNN}> ?p ?o }} UNION {{ ?s ?p ?o",
    f'{KTNN}" . ?s ?p ?o',
    "kiem-toan-nha-nuoc> . ?x ?y ?z } #",
    "kiem-toan-nha-nuoc/../../../etc/passwd",
    "\x00",
    "\r\nX-Injected: 1",
    "%00%0a",
    "${jndi:ldap://127.0.0.1:1/a}",
    "ậ" * 3000,
    "\u202e\ufeff\u0301",
    "http://127.0.0.1:1/ <http://x>",
    "_:b0",
    "?s",
    "99999999999999999999999999",
]
# Slug and IRI parameters: an injected value can only be "not found" or "bad request".
IDENTIFIERS = {"slug", "iri", "from", "to", "path"}


def operations(live: Live) -> list[tuple[str, list[str], list[str]]]:
    """Every GET path of the app except /sparql (own tests) with its path and query params."""
    schema = httpx.get(f"{live.url}/openapi.json").json()
    found = []
    for path, ops in schema["paths"].items():
        get = ops.get("get")
        if get is None or path.startswith("/sparql"):
            continue
        params = get.get("parameters", [])
        in_path = [p["name"] for p in params if p["in"] == "path"]
        in_query = [p["name"] for p in params if p["in"] == "query"]
        found.append((path, in_path, in_query))
    return found


def request(live: Live, path: str, path_values: dict[str, str], query: dict[str, str]) -> Any:
    """GET ``path`` with its path parameters filled in (percent-encoded)."""
    url = path
    for name, value in path_values.items():
        url = url.replace("{" + name + "}", quote(value, safe="/" if name == "path" else ""))
    return httpx.get(f"{live.url}{url}", params=query, timeout=30)


def store_state(live: Live) -> tuple[int, int]:
    """Quad count and write generation of the live store."""
    store = live.app.state.store
    return store.count(), store.generation


def test_operations_were_found(live: Live) -> None:
    paths = {path for path, _, _ in operations(live)}
    assert {"/api/v1/search", "/api/v1/graph/neighbourhood", "/api/v1/agencies/{slug}"} <= paths
    assert len(paths) >= 18


@pytest.mark.parametrize("payload", INJECTIONS)
def test_no_parameter_lets_a_payload_through(live: Live, payload: str) -> None:
    before = store_state(live)
    tried = 0
    for path, in_path, in_query in operations(live):
        for target in in_path + in_query:
            path_values = {name: BASELINE.get(name, "x") for name in in_path}
            query = {name: BASELINE[name] for name in in_query if name in BASELINE}
            (path_values if target in in_path else query)[target] = payload
            response = request(live, path, path_values, query)
            tried += 1
            where = f"{path} {target}={payload[:40]!r}"
            assert response.status_code < 500, f"{where}: {response.text[:300]}"
            assert "X-Injected" not in response.headers
            if response.status_code >= 400:
                assert_error_shape(response.content)
            if target in IDENTIFIERS:
                assert response.status_code in (400, 404, 422), where
    assert tried > 50
    assert store_state(live) == before


@pytest.mark.parametrize("payload", [p for p in INJECTIONS if "UNION" in p or "?s" in p])
def test_a_search_payload_is_a_string_not_a_pattern(live: Live, payload: str) -> None:
    everything = httpx.get(f"{live.url}/api/v1/search", params={"q": "a", "limit": 100}).json()
    response = httpx.get(f"{live.url}/api/v1/search", params={"q": payload, "limit": 100})
    assert response.status_code == 200
    assert response.json()["total"] < everything["total"]


def test_the_baseline_values_are_real(live: Live) -> None:
    assert httpx.get(f"{live.url}/api/v1/agencies/kiem-toan-nha-nuoc").status_code == 200
    response = httpx.get(f"{live.url}/api/v1/graph/neighbourhood", params={"iri": KTNN})
    assert response.status_code == 200
    assert response.json()["nodes"]
