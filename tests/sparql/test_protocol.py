"""The SPARQL 1.1 Protocol query operation, as seen by an HTTP client."""

import csv
import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from fastapi.testclient import TestClient

from nội_chính_graph.web.sparql_protocol import GZIP_MIN_BYTES
from tests.sparql.conftest import ALLOWED_ORIGIN, MAX_ROWS

SKOS = "http://www.w3.org/2004/02/skos/core#"
NCGID = "https://w3id.org/noi-chinh/id/"
GRAPH_A = "https://w3id.org/noi-chinh/graph/report/test-a"
GRAPH_B = "https://w3id.org/noi-chinh/graph/report/test-b"
LABELS_VI = f"""PREFIX skos: <{SKOS}>
SELECT ?s ?label WHERE {{ ?s skos:prefLabel ?label FILTER(LANG(?label) = "vi") }} ORDER BY ?label"""
CONSTRUCT = f"""PREFIX skos: <{SKOS}>
CONSTRUCT {{ ?s skos:prefLabel ?l }} WHERE {{ ?s skos:prefLabel ?l }}"""
VIETNAMESE = {"Bộ Công an", "Kiểm toán nhà nước", "Ban Nội chính Trung ương"}
SPARQL_QUERY = {"content-type": "application/sparql-query"}


def labels(body: bytes) -> set[str]:
    parsed = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
    assert isinstance(parsed, ox.QuerySolutions)
    return {s["label"].value for s in parsed}


def test_get_post_form_and_post_direct_give_the_same_answer(client: TestClient) -> None:
    by_get = client.get("/sparql", params={"query": LABELS_VI})
    by_form = client.post("/sparql", data={"query": LABELS_VI})
    by_body = client.post("/sparql", content=LABELS_VI.encode(), headers=SPARQL_QUERY)
    assert (
        labels(by_get.content) == labels(by_form.content) == labels(by_body.content) == VIETNAMESE
    )


def test_json_is_the_default_result_format(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert response.headers["content-type"] == "application/sparql-results+json"
    assert response.json()["boolean"] is True


@pytest.mark.parametrize(
    ("params", "count"),
    [([("query", "SELECT * {}"), ("query", "ASK {}")], 2), ([("default-graph-uri", GRAPH_A)], 0)],
    ids=["repeated", "missing"],
)
def test_query_parameter_must_appear_exactly_once(
    client: TestClient, params: list[tuple[str, str | int | float | bool | None]], count: int
) -> None:
    response = client.get("/sparql", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["details"] == {"parameter": "query", "count": count}


def test_query_in_url_and_body_counts_as_repeated(client: TestClient) -> None:
    response = client.post(
        "/sparql", params={"query": "ASK {}"}, content=b"ASK {}", headers=SPARQL_QUERY
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "query_parameter"


def test_malformed_query_gets_400_with_parser_position(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "SELECT ?s WHERE {\n  ?s ?p \n}"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "query_syntax"
    assert error["details"]["line"] == 3  # the parser points at the closing brace
    assert error["details"]["column"] in (1, 2)
    assert "expected" in error["message"]


INSERT = f'INSERT DATA {{ GRAPH <{GRAPH_A}> {{ <{NCGID}x> <{SKOS}prefLabel> "hacked" }} }}'
INSERTED = f'ASK {{ <{NCGID}x> ?p "hacked" }}'


@pytest.mark.parametrize(
    "send",
    ["update-form", "update-body", "update-as-query"],
)
def test_updates_are_refused_and_never_executed(client: TestClient, send: str) -> None:
    if send == "update-form":
        response = client.post("/sparql", data={"update": INSERT})
    elif send == "update-body":
        headers = {"content-type": "application/sparql-update"}
        response = client.post("/sparql", content=INSERT.encode(), headers=headers)
    else:
        response = client.post("/sparql", data={"query": INSERT})
    assert response.status_code in (400, 405)
    assert "error" in response.json()
    assert client.get("/sparql", params={"query": INSERTED}).json()["boolean"] is False


def test_without_dataset_the_default_graph_is_the_union_of_named_graphs(
    client: TestClient,
) -> None:
    response = client.get("/sparql", params={"query": LABELS_VI})
    assert labels(response.content) == VIETNAMESE


def test_default_graph_uri_restricts_the_default_graph(client: TestClient) -> None:
    params = {"query": LABELS_VI, "default-graph-uri": GRAPH_B}
    assert labels(client.get("/sparql", params=params).content) == {"Ban Nội chính Trung ương"}


def test_named_graph_uri_restricts_graph_patterns_and_empties_default(client: TestClient) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.post("/sparql", data={"query": query, "named-graph-uri": GRAPH_A})
    graphs = [b["g"]["value"] for b in response.json()["results"]["bindings"]]
    assert graphs == [GRAPH_A]
    default = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }", "named-graph-uri": GRAPH_A})
    assert default.json()["boolean"] is False


def test_service_clause_is_refused_by_default(client: TestClient) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "query_refused"


def test_results_past_max_rows_are_truncated_explicitly(client: TestClient) -> None:
    values = " ".join(str(i) for i in range(MAX_ROWS + 10))
    response = client.get(
        "/sparql", params={"query": f"SELECT ?i WHERE {{ VALUES ?i {{ {values} }} }}"}
    )
    body = response.json()
    assert response.headers["NCG-Results-Truncated"] == "true"
    assert body["truncated"] is True
    assert len(body["results"]["bindings"]) == MAX_ROWS


def test_complete_results_say_they_are_not_truncated(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": LABELS_VI})
    assert response.headers["NCG-Results-Truncated"] == "false"
    assert "truncated" not in response.json()


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.8", "application/sparql-results+xml"),
        ("text/turtle, */*;q=0.1", "application/sparql-results+json"),
    ],
)
def test_select_content_negotiation(client: TestClient, accept: str, media: str) -> None:
    response = client.get("/sparql", params={"query": LABELS_VI}, headers={"accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media


def _select_labels(body: bytes, media: str) -> set[str]:
    if media == "text/csv":
        return {row["label"] for row in csv.DictReader(io.StringIO(body.decode("utf-8")))}
    fmt = {
        "application/sparql-results+json": ox.QueryResultsFormat.JSON,
        "application/sparql-results+xml": ox.QueryResultsFormat.XML,
        "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    }[media]
    parsed = ox.parse_query_results(body, fmt)
    assert isinstance(parsed, ox.QuerySolutions)
    return {s["label"].value for s in parsed}


@pytest.mark.parametrize(
    "media",
    [
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ],
)
def test_vietnamese_text_survives_every_results_format(client: TestClient, media: str) -> None:
    response = client.post("/sparql", data={"query": LABELS_VI}, headers={"accept": media})
    assert _select_labels(response.content, media) == VIETNAMESE


@pytest.mark.parametrize(
    ("media", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
        ("application/trig", "trig"),
        ("application/n-quads", "nquads"),
    ],
)
def test_construct_in_every_rdf_format_parses_with_vietnamese_intact(
    client: TestClient, media: str, rdflib_format: str
) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"accept": media})
    assert response.headers["content-type"].split(";")[0] == media
    dataset = rdflib.Dataset()
    dataset.parse(data=response.content, format=rdflib_format)
    found = {str(o) for _, _, o, _ in dataset.quads((None, None, None, None))}
    assert found >= VIETNAMESE
    assert len(found) == 6


def test_vietnamese_in_the_query_text_is_matched(client: TestClient) -> None:
    query = f'PREFIX skos: <{SKOS}> SELECT ?s WHERE {{ ?s skos:prefLabel "Bộ Công an"@vi }}'
    response = client.post("/sparql", content=query.encode("utf-8"), headers=SPARQL_QUERY)
    assert response.json()["results"]["bindings"][0]["s"]["value"] == f"{NCGID}agency/bo-cong-an"


def test_nothing_acceptable_gives_406(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": LABELS_VI}, headers={"accept": "image/png"})
    assert response.status_code == 406
    assert response.json()["error"]["code"] == "not_acceptable"


def test_graph_result_with_only_tabular_formats_acceptable_gives_406(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"accept": "text/csv"})
    assert response.status_code == 406


def test_unsupported_post_body_gives_415(client: TestClient) -> None:
    response = client.post("/sparql", content=b"{}", headers={"content-type": "application/json"})
    assert response.status_code == 415
    assert response.json()["error"]["code"] == "unsupported_media_type"


def test_cors_allows_configured_origin_only(client: TestClient) -> None:
    params = {"query": "ASK {}"}
    allowed = client.get("/sparql", params=params, headers={"origin": ALLOWED_ORIGIN})
    other = client.get("/sparql", params=params, headers={"origin": "https://evil.example"})
    assert allowed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "ncg-results-truncated" in allowed.headers["access-control-expose-headers"].lower()
    assert "access-control-allow-origin" not in other.headers


def rows_of(length: int) -> str:
    """A SELECT of ``MAX_ROWS`` rows, each with a literal of ``length`` characters."""
    filler = "Kiểm toán nhà nước " * (length // 19)
    numbers = " ".join(str(i) for i in range(MAX_ROWS))
    text = f'BIND(CONCAT(STR(?i), "{filler}") AS ?text)'
    return f"SELECT ?i ?text WHERE {{ VALUES ?i {{ {numbers} }} {text} }}"


def test_large_responses_are_gzipped(client: TestClient) -> None:
    query = rows_of(400)
    raw = client.get("/sparql", params={"query": query}, headers={"accept-encoding": "identity"})
    assert "content-encoding" not in raw.headers
    assert len(raw.content) >= GZIP_MIN_BYTES
    response = client.get("/sparql", params={"query": query}, headers={"accept-encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < len(raw.content) // 4
    assert response.content == raw.content  # decoded by the client


def test_responses_that_fit_the_initial_window_are_not_gzipped(client: TestClient) -> None:
    query = rows_of(20)
    response = client.get("/sparql", params={"query": query}, headers={"accept-encoding": "gzip"})
    assert "content-encoding" not in response.headers
    assert 1024 < len(response.content) < GZIP_MIN_BYTES  # gzipped before the threshold moved
    assert len(response.json()["results"]["bindings"]) == MAX_ROWS


def test_errors_have_the_one_shape(client: TestClient) -> None:
    response = client.get("/sparql/nope")
    assert response.status_code == 404
    assert set(json.loads(response.content)["error"]) == {"code", "message", "details"}
