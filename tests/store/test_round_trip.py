"""Every term of the shipped ontology and data survives a round trip through every backend
(issue 13, finding 10): written, then exported, each quad comes back exactly as it was in the
files. Oxigraph rewrote ``"0"^^xsd:nonNegativeInteger`` as ``xsd:integer`` while Virtuoso kept
it, so the data must use datatypes that every backend keeps (``xsd:integer``, with
``sh:minInclusive 0`` in the shapes where a value cannot be negative)."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.store.base import SolutionsResult, Store
from nội_chính_graph.store.canonical import DERIVED_INTEGERS
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import ONTOLOGY_GRAPH, load_shipped
from tests.api.conftest import DATA, ONTOLOGY
from tests.store.backends import backend_settings, clear
from tests.store.contract import nt as contract_nt
from tests.store.test_remote_store import server

__all__ = ["backend_settings", "server"]  # fixtures used here


def _ground(quads: Iterator[ox.Quad]) -> set[str]:
    """Quads without blank nodes (those are skolemised on write), as N-Quads lines."""
    kept = (q for q in quads if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object)))
    return {f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in kept}


def shipped_quads() -> set[str]:
    """What the files say, parsed without any store in between."""
    found: set[str] = set()
    graph = ox.NamedNode(ONTOLOGY_GRAPH)
    for path in ONTOLOGY:
        parsed = ox.parse(path=path, format=ox.RdfFormat.TURTLE)
        found |= _ground(ox.Quad(q.subject, q.predicate, q.object, graph) for q in parsed)
    for path in DATA:
        found |= _ground(ox.parse(path=path, format=ox.RdfFormat.TRIG))
    return found


@pytest.fixture
def store(backend_settings: Settings) -> Iterator[Store]:
    opened = open_store(backend_settings)
    clear(opened)
    yield opened
    clear(opened)
    opened.close()


def test_the_shipped_data_uses_no_datatype_a_backend_rewrites() -> None:
    rewritten = {
        line
        for line in shipped_quads()
        if any(f"^^{datatype}" in line for datatype in DERIVED_INTEGERS)
    }
    assert sorted(rewritten)[:3] == []


def test_every_shipped_quad_comes_back_unchanged(store: Store) -> None:
    load_shipped(store, ontology=ONTOLOGY, data=DATA)
    out = io.BytesIO()
    store.export(out, ox.RdfFormat.N_QUADS)
    back = _ground(ox.parse(out.getvalue(), ox.RdfFormat.N_QUADS))
    expected = shipped_quads()
    assert sorted(expected - back)[:3] == []
    assert sorted(back - expected)[:3] == []


def test_derived_integers_come_back_alike_on_every_backend(store: Store) -> None:
    """Whatever a client writes, every backend answers the same (the store layer settles it)."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    data = (
        f'<http://e/s> <http://e/n> "007"^^<{xsd}nonNegativeInteger> .\n'
        f'<http://e/s> <http://e/n> "5"^^<{xsd}int> .\n'
    )
    store.add_to_graph("https://w3id.org/noi-chinh/graph/test", contract_nt(data))
    result = store.query("SELECT ?n WHERE { <http://e/s> <http://e/n> ?n }")
    assert isinstance(result, SolutionsResult)
    integer = ox.NamedNode(f"{xsd}integer")
    assert {row["n"] for row in result.rows} == {
        ox.Literal("7", datatype=integer),
        ox.Literal("5", datatype=integer),
    }
