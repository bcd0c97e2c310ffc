"""Hostile SPARQL at /sparql: SERVICE to other hosts, updates, deep nesting, queries that explode.
Each gets a clear 4xx or a timeout (503) in the one error shape, nothing is fetched or written,
the workers' memory stays bounded and the server keeps answering."""

from __future__ import annotations

import threading
import time

import httpx
import pyoxigraph as ox
import pytest

from nội_chính_graph.store.sparql_text import MAX_NESTING, MAX_OPERATORS, nesting_depth
from tests.reliability.conftest import (
    MAX_ROWS,
    TIMEOUT,
    Canary,
    Live,
    assert_error_shape,
    children_rss_mib,
)

#: Ways of writing a SERVICE clause; "{url}" is the canary. ".SERVICE" once slipped through.
SERVICE_QUERIES = [
    "SELECT * {{ SERVICE <{url}/a> {{ ?s ?p ?o }} }}",
    "select * {{ service silent <{url}/b> {{ ?s ?p ?o }} }}",
    "SELECT * {{ VALUES ?x {{ 1 }} .SERVICE <{url}/c> {{ ?s ?p ?o }} }}",
    "SELECT * {{ VALUES ?x {{ 1 }} . SeRvIcE\t<{url}/d> {{ ?s ?p ?o }} }}",
    "SELECT * {{ ?s ?p 1.SERVICE <{url}/e> {{ ?a ?b ?c }} }}",
    "SELECT * {{ VALUES ?x {{ 1 }} SERVICE# comment\n<{url}/f> {{ ?s ?p ?o }} }}",
    "SELECT * {{ BIND(<{url}/g> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    "SELECT * {{ {{ SELECT * {{ OPTIONAL {{ SERVICE <{url}/h> {{ ?s ?p ?o }} }} }} }} }}",
    "ASK {{ FILTER EXISTS {{ SERVICE <{url}/i> {{ ?s ?p ?o }} }} }}",
]
UPDATES = [
    "DROP ALL",
    "CLEAR DEFAULT",
    "INSERT DATA {{ <urn:x> <urn:y> <urn:z> }}",
    "LOAD <{url}/data.ttl>",
    "DELETE WHERE {{ ?s ?p ?o }}",
    "SELECT * {{ ?s ?p ?o }} ; DROP ALL",
]
# Cross products of the whole store with itself, and unbounded property paths.
EXPLODING = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:p>|!<urn:q>)* ?o . ?o (!<urn:q>)+ ?z }",
    "SELECT ?x (GROUP_CONCAT(?o) AS ?all) WHERE { ?x ?p ?o . ?y ?q ?z } GROUP BY ?x",
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?v{i} {{ {' '.join(str(n) for n in range(60))} }}" for i in range(6))
    + " }",
]


def get(live: Live, query: str, **headers: str) -> httpx.Response:
    """GET /sparql with ``query``."""
    return httpx.get(f"{live.url}/sparql", params={"query": query}, headers=headers, timeout=60)


def store_size(live: Live) -> int:
    """How many quads the live store holds."""
    count: int = live.app.state.store.count()
    return count


def assert_still_serving(live: Live) -> None:
    """A small query still answers, quickly."""
    started = time.monotonic()
    response = get(live, "ASK { ?s ?p ?o }")
    assert response.status_code == 200
    assert response.json()["boolean"] is True
    assert time.monotonic() - started < TIMEOUT


def test_the_embedded_engine_really_calls_service_so_the_guard_matters(canary: Canary) -> None:
    query = f"SELECT * {{ VALUES ?x {{ 1 }} .SERVICE <{canary.url}/direct> {{ ?s ?p ?o }} }}"
    with pytest.raises(RuntimeError, match="returned by service"):
        list(ox.Store().query(query))  # type: ignore[arg-type]
    assert canary.hits == ["/direct"]


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_to_another_host_is_refused_and_never_called(
    live: Live, canary: Canary, template: str
) -> None:
    response = get(live, template.format(url=canary.url))
    assert response.status_code == 400
    assert assert_error_shape(response.content) == "query_refused"
    assert response.json()["error"]["details"] == {"setting": "allow_service"}
    assert canary.hits == []


@pytest.mark.parametrize("template", UPDATES)
def test_updates_are_refused_by_every_protocol_form(
    live: Live, canary: Canary, template: str
) -> None:
    update = template.format(url=canary.url)
    before = store_size(live)
    forms = [
        httpx.get(f"{live.url}/sparql", params={"query": update}),
        httpx.post(f"{live.url}/sparql", data={"update": update}),
        httpx.post(f"{live.url}/sparql", data={"query": update}),
        httpx.post(
            f"{live.url}/sparql",
            content=update,
            headers={"content-type": "application/sparql-update"},
        ),
    ]
    for response in forms:
        assert 400 <= response.status_code < 500, response.text
        assert_error_shape(response.content)
    assert store_size(live) == before
    assert canary.hits == []


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 10_000, 200_000])
def test_deeply_nested_queries_are_400_not_a_crashed_worker(live: Live, depth: int) -> None:
    for query in (
        "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth,
        "ASK { FILTER(" + "(" * depth + "1" + ")" * depth + ") }",
        "SELECT * { ?s ?p " + "[ <urn:p> " * depth + "1" + " ]" * depth + " }",
    ):
        response = httpx.post(
            f"{live.url}/sparql",
            content=query,
            headers={"content-type": "application/sparql-query"},
            timeout=60,
        )
        assert response.status_code == 400, response.text[:300]
        assert assert_error_shape(response.content) == "query_too_deep"
        assert response.json()["error"]["details"]["max_nesting"] == MAX_NESTING
    assert_still_serving(live)


@pytest.mark.parametrize(
    "query",
    [
        "ASK { FILTER(" + "||".join(["true"] * 20_000) + ") }",
        "ASK { FILTER(" + "-".join(["?x"] * 20_000) + ") }",
        "ASK { " + " UNION ".join(["{ ?s ?p ?o }"] * 20_000) + " }",
        "ASK { ?s " + "/".join(["<urn:p>"] * 20_000) + " ?o }",
    ],
)
def test_long_operator_chains_are_400_not_a_crashed_worker(live: Live, query: str) -> None:
    response = httpx.post(f"{live.url}/sparql", data={"query": query}, timeout=60)
    assert response.status_code == 400, response.text[:300]
    assert assert_error_shape(response.content) == "query_too_complex"
    assert response.json()["error"]["details"]["max_operators"] == MAX_OPERATORS
    assert_still_serving(live)


def test_nesting_just_under_the_limit_still_runs(live: Live) -> None:
    depth = MAX_NESTING - 2
    query = "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth + " LIMIT 1"
    assert nesting_depth(query) == depth
    assert get(live, query).status_code == 200


def test_brackets_in_strings_and_comments_do_not_count_but_hidden_in_iris_do() -> None:
    text = 'SELECT * { ?s ?p "' + "{" * 500 + '" . ?s ?p <urn:a(b)> # ' + "(" * 500 + "\n}"
    assert nesting_depth(text) == 2  # { and the IRI's balanced "(b)"
    # "<" as less-than: what looks like an IRI may be nested expressions.
    assert nesting_depth("ASK { FILTER(?a<" + "(" * 300 + "1" + ")" * 300 + ">0) }") == 302


@pytest.mark.parametrize("query", EXPLODING)
def test_exploding_queries_time_out_or_are_truncated_and_memory_stays_bounded(
    live: Live, query: str
) -> None:
    peak = [children_rss_mib()]
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            peak.append(children_rss_mib())

    watcher = threading.Thread(target=watch)
    watcher.start()
    started = time.monotonic()
    try:
        response = get(live, query)
    finally:
        done.set()
        watcher.join()
    elapsed = time.monotonic() - started
    assert elapsed < TIMEOUT + 5
    if response.status_code == 200:
        rows = response.json()["results"]["bindings"]
        assert len(rows) <= MAX_ROWS
        truncated = response.headers["NCG-Results-Truncated"] == "true"
        assert truncated == (len(rows) == MAX_ROWS)
    else:
        assert response.status_code == 503
        assert assert_error_shape(response.content) == "query_timeout"
    assert max(peak) < 2048, f"workers peaked at {max(peak):.0f} MiB"
    assert_still_serving(live)


def test_a_huge_query_is_413_and_a_huge_literal_is_answered(live: Live) -> None:
    limit = live.app.state.settings.max_body_bytes
    too_big = "SELECT * { ?s ?p ?o } #" + "x" * limit
    response = httpx.post(
        f"{live.url}/sparql",
        content=too_big,
        headers={"content-type": "application/sparql-query"},
    )
    assert response.status_code == 413
    assert assert_error_shape(response.content) == "body_too_large"
    literal = "ASK { FILTER(STRLEN('" + "ậ" * 400_000 + "') > 0) }"
    response = httpx.post(f"{live.url}/sparql", data={"query": literal}, timeout=60)
    assert response.status_code == 200
    assert response.json()["boolean"] is True


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { ?s ?p ?o ",
        "SELECT * { ?s <http://exa mple/> ?o }",
        "SELECT * { ?s <http://example/\x01> ?o }",
        "PREFIX : <urn:> SELECT * { :a :b :c } LIMIT -1",
        "\ufeff\u202eSELECT",
    ],
)
def test_malformed_queries_are_400_with_a_location(live: Live, query: str) -> None:
    response = httpx.post(f"{live.url}/sparql", data={"query": query})
    assert response.status_code == 400
    assert assert_error_shape(response.content) == "query_syntax"
