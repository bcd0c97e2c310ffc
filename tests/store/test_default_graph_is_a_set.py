"""The default graph is the RDF merge of the named graphs — a set — on every backend (issue 15,
#2). Before, the union repeated a triple once per graph holding it, and the README's first
SPARQL example gave 14 rows, with duplicates, for 8 members."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.store.base import RdfPayload, SolutionsResult, Store
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import load_shipped
from tests.store.backends import backend_settings, clear
from tests.store.test_remote_store import server

__all__ = ["backend_settings", "server"]  # fixtures used here

README = Path(__file__).resolve().parents[2] / "README.md"
_EXAMPLE = re.compile(r"--data-urlencode 'query=(.*?)'", re.DOTALL)
A = "https://w3id.org/noi-chinh/graph/report/test-set-a"
B = "https://w3id.org/noi-chinh/graph/report/test-set-b"
SHARED = b"<https://e.org/s> <https://e.org/p> <https://e.org/o> .\n"
ONLY_A = b'<https://e.org/s> <https://e.org/p> "a" .\n'
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
# A member's label stated by two graphs: the union of the graphs repeated it.
REPEATED = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?agency WHERE { GRAPH ?a { ?agency skos:prefLabel ?l } GRAPH ?b { ?agency skos:prefLabel ?l }
  ?m <http://www.w3.org/ns/org#member> ?agency FILTER(STR(?a) < STR(?b)) } LIMIT 1"""


def readme_example() -> str:
    """The README's first SPARQL example, exactly as printed."""
    found = [q for q in _EXAMPLE.findall(README.read_text(encoding="utf-8")) if "SELECT" in q]
    assert found, "the README has a SPARQL example"
    return str(found[0])


@pytest.fixture
def store(backend_settings: Settings) -> Iterator[Store]:
    opened = open_store(backend_settings)
    clear(opened)
    try:
        yield opened
    finally:
        clear(opened)
        opened.close()


def rows(store: Store, sparql: str) -> list[tuple[str, ...]]:
    result = store.query(sparql)
    assert isinstance(result, SolutionsResult)
    return [tuple(str(row.get(v)) for v in result.variables) for row in result.rows]


def nt(data: bytes) -> RdfPayload:
    return RdfPayload(data, ox.RdfFormat.N_TRIPLES)


@pytest.mark.remote
def test_the_readme_example_gives_each_row_once(store: Store) -> None:
    load_shipped(store)
    example = readme_example()
    answer = rows(store, example)
    assert answer, "the example finds the bloc's members"
    assert len(answer) == len(set(answer)), f"duplicate rows: {answer}"
    distinct = rows(store, example.replace("SELECT ?label", "SELECT DISTINCT ?label", 1))
    assert sorted(answer) == sorted(distinct)
    assert rows(store, REPEATED), "some triple the example reads is in two graphs"


@pytest.mark.remote
def test_a_triple_in_two_graphs_is_one_triple_until_both_are_gone(store: Store) -> None:
    count = "SELECT (COUNT(*) AS ?n) WHERE { <https://e.org/s> ?p ?o }"
    store.write_graphs(add={A: nt(SHARED + ONLY_A), B: nt(SHARED)})
    assert rows(store, count) == [(str(ox.Literal("2", datatype=ox.NamedNode(XSD_INTEGER))),)]
    store.delete_graph(A)
    assert rows(store, "SELECT ?o WHERE { <https://e.org/s> ?p ?o }") == [("<https://e.org/o>",)]
    store.write_graphs(replace={B: nt(ONLY_A)})
    assert rows(store, "SELECT ?o WHERE { <https://e.org/s> ?p ?o }") == [('"a"',)]
    store.write_graphs(delete=[B])
    assert rows(store, "SELECT ?o WHERE { <https://e.org/s> ?p ?o }") == []


@pytest.mark.remote
def test_graph_queries_see_the_named_graphs_only(store: Store) -> None:
    store.write_graphs(add={A: nt(SHARED), B: nt(SHARED)})
    sparql = "SELECT ?g WHERE { GRAPH ?g { <https://e.org/s> ?p ?o } } ORDER BY ?g"
    assert rows(store, sparql) == [(f"<{A}>",), (f"<{B}>",)]
    assert store.graphs() == [A, B]
    assert store.count() == 2
