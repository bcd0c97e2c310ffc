"""The SPARQL constraints pySHACL runs are the shapes' own queries, compacted to one line."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.plugins.sparql import prepareQuery

from nội_chính_graph.validation.engine import Validator, load_shapes
from nội_chính_graph.validation.prepared import compact_query, with_compact_queries

SHAPES = load_shapes()
QUERIES = sorted(str(o) for p in (SH.select, SH.ask) for o in SHAPES.objects(None, p))


def _algebra(text: str) -> object:
    return prepareQuery(text, initNs=dict(SHAPES.namespaces())).algebra


def test_the_shapes_have_commented_multi_line_queries_to_compact() -> None:
    assert len(QUERIES) >= 10
    assert any("#" in q and "\n" in q for q in QUERIES)


@pytest.mark.parametrize("text", QUERIES, ids=range(len(QUERIES)))
def test_a_compacted_constraint_is_the_same_query(text: str) -> None:
    compact = compact_query(text)
    assert "\n" not in compact
    assert _algebra(compact) == _algebra(text)


def test_the_algebra_comparison_tells_queries_apart() -> None:
    assert _algebra("SELECT ?x WHERE { ?x ?p 1 }") != _algebra("SELECT ?x WHERE { ?x ?p 2 }")


def test_strings_and_iris_keep_their_hash_and_spaces() -> None:
    text = 'ASK { # a comment\n  ?s <https://e.org/a#b> "two  spaces # not a comment" ;\n ?p 1 }'
    assert (
        compact_query(text) == 'ASK { ?s <https://e.org/a#b> "two  spaces # not a comment" ; ?p 1 }'
    )
    assert compact_query("ASK { ?s ?p 'it\\'s # no' . FILTER (?a < ?b) } # end") == (
        "ASK { ?s ?p 'it\\'s # no' . FILTER (?a < ?b) }"
    )


def test_only_constraint_texts_change_in_the_copy() -> None:
    shapes = Graph()
    shape = URIRef("urn:shape")
    shapes.add((shape, SH.select, Literal("SELECT $this\n  # why\nWHERE { $this ?p ?o }")))
    shapes.add((shape, SH.message, Literal("a  message\n# kept", lang="en")))
    copy = with_compact_queries(shapes)
    assert set(copy.objects(shape, SH.select)) == {Literal("SELECT $this WHERE { $this ?p ?o }")}
    assert set(copy.objects(shape, SH.message)) == {Literal("a  message\n# kept", lang="en")}
    assert len(copy) == len(shapes)


def test_the_validator_runs_compacted_queries() -> None:
    texts = [str(o) for p in (SH.select, SH.ask) for o in Validator().shapes.objects(None, p)]
    assert len(texts) == len(QUERIES)
    assert not any("\n" in t for t in texts)
