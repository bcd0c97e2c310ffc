"""The embedded store writes results natively (pyoxigraph, in Rust) when it can, and falls back
to the capped Python path when a result holds more rows than the cap (issue 16)."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from nội_chính_graph.sparql.worker import QueryJob, execute
from nội_chính_graph.store.base import RdfPayload
from nội_chính_graph.store.oxigraph import OxigraphStore, native_rows

GRAPH = "https://w3id.org/noi-chinh/graph/report/native"
TRICKY = '"},{\\"x\\": 1 \\n line"'  # the JSON row separator and a line break inside a literal


@pytest.fixture
def store() -> OxigraphStore:
    lines = [f"<https://e.org/s{i}> <https://e.org/p> {TRICKY} ." for i in range(5)]
    opened = OxigraphStore()
    payload = "\n".join(lines).encode()
    opened.add_to_graph(GRAPH, RdfPayload(payload, ox.RdfFormat.N_TRIPLES))
    return opened


@pytest.mark.parametrize("name", ["json", "tsv"])
def test_rows_of_a_native_body_are_counted_exactly(store: OxigraphStore, name: str) -> None:
    raw = store._store.query("SELECT ?s ?o { ?s ?p ?o }")
    assert isinstance(raw, ox.QuerySolutions)
    formats = {"json": ox.QueryResultsFormat.JSON, "tsv": ox.QueryResultsFormat.TSV}
    body = raw.serialize(format=formats[name])
    assert body is not None
    assert native_rows(name, body) == 5


def test_no_rows_count_as_zero() -> None:
    assert native_rows("json", b'{"head":{"vars":["a"]},"results":{"bindings":[]}}') == 0


def test_a_result_within_the_cap_is_written_natively(store: OxigraphStore) -> None:
    answer = execute(store, QueryJob("SELECT ?s ?o { ?s ?p ?o } ORDER BY ?s", max_rows=5))
    document = json.loads(answer.body)
    assert not answer.truncated
    assert "truncated" not in document
    assert [b["s"]["value"] for b in document["results"]["bindings"]] == [
        f"https://e.org/s{i}" for i in range(5)
    ]
    assert {b["o"]["value"] for b in document["results"]["bindings"]} == {'},{"x": 1 \n line'}


@pytest.mark.parametrize(
    ("sparql", "graph_format"),
    [
        ("SELECT ?s ?o { ?s ?p ?o }", "turtle"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "ntriples"),
    ],
)
def test_more_rows_than_the_cap_are_cut_and_said_so(
    store: OxigraphStore, sparql: str, graph_format: str
) -> None:
    answer = execute(store, QueryJob(sparql, max_rows=3, graph_format=graph_format))
    assert answer.truncated
    if answer.format == "json":
        document = json.loads(answer.body)
        assert document["truncated"] is True
        assert len(document["results"]["bindings"]) == 3
    else:
        assert len(answer.body.strip().splitlines()) == 3
