"""Keyword detection outside strings, IRIs and comments."""

import pytest

from nội_chính_graph.store.sparql_text import has_dataset_clause, uses_service


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://x> { ?s ?p ?o } }",
        "SELECT * {?a ?b ?c FILTER(?a<3)SERVICE<http://x>{?s ?p ?o}}",
        'SELECT * { ?s ?p "x" . SERVICE ?endpoint { ?s ?p ?o } }',
    ],
)
def test_service_is_found(query: str) -> None:
    assert uses_service(query)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * { ?s ?p "SERVICE <x>" }',
        "SELECT * { ?s ?p '''multi\nSERVICE''' }",
        "SELECT * { ?s <http://ex/SERVICE> ?o }",
        "SELECT ?service { ?s ex:service ?service } # SERVICE",
        "PREFIX service: <http://x/> SELECT * { ?s service:p ?o }",
    ],
)
def test_service_lookalikes_are_not_found(query: str) -> None:
    assert not uses_service(query)


def test_from_is_found_only_as_a_keyword() -> None:
    assert has_dataset_clause("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }")
    assert not has_dataset_clause('SELECT * { ?s ?p "from" ; ex:from ?x }')
