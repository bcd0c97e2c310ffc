"""The pieces under the routes: value binding, the search index, the two graph engines."""

from __future__ import annotations

import networkx as nx
import pytest
from pyoxigraph import Literal, NamedNode

from nội_chính_graph.errors import ApiError
from nội_chính_graph.graph.projection import build_projections
from nội_chính_graph.graph.sparql_engine import neighbourhood_sparql, shortest_path_sparql
from nội_chính_graph.graph.traverse import neighbourhood, shortest_paths
from nội_chính_graph.queries.bind import bind, iri, values_clause
from nội_chính_graph.search.catalogue import Catalogue, EntityInfo, build_catalogue
from nội_chính_graph.search.index import FAST_PATH, SearchIndex
from nội_chính_graph.store.base import SolutionsResult
from nội_chính_graph.store.oxigraph import OxigraphStore
from tests.api.conftest import BLOC, KTNN, TRAN_QUOC_TO


@pytest.mark.parametrize("value", ["> } DROP ALL { <x", "not an iri", "", "tran-quoc-to"])
def test_iri_refuses_what_is_not_an_iri(value: str) -> None:
    with pytest.raises(ApiError) as caught:
        iri(value, parameter="from")
    assert caught.value.status == 400
    assert caught.value.details == {"parameter": "from", "value": value}


def test_bound_literal_cannot_escape_its_quotes() -> None:
    store = OxigraphStore()
    hostile = Literal('x" } ; DROP ALL ; SELECT * { "', language="vi")
    query = bind("SELECT ?v WHERE { #BIND\n }", {"v": [hostile]})
    result = store.query(query)
    assert isinstance(result, SolutionsResult)
    assert result.rows == [{"v": hostile}]


def test_values_clause_binds_rows_of_several_variables() -> None:
    clause = values_clause({"a": [NamedNode("http://e/1")], "b": [Literal("2")]})
    assert clause == 'VALUES (?a ?b) { (<http://e/1> "2") }'
    with pytest.raises(ValueError, match="same number"):
        values_clause({"a": [NamedNode("http://e/1")], "b": []})


def _entity(slug: str, vi: str, *aliases: str) -> EntityInfo:
    return EntityInfo(
        f"https://w3id.org/noi-chinh/id/agency/{slug}", "agency", slug, {"vi": vi}, list(aliases)
    )


def test_exact_spelling_outranks_a_folded_twin() -> None:
    to = _entity("to", "Trần Quốc Tỏ")
    to_other = _entity("to-2", "Trần Quốc Tổ")
    index = SearchIndex(Catalogue([to, to_other], 0), ["agency"])
    hits, total = index.search("Trần Quốc Tổ")
    assert total == 2
    assert [h.entity.slug for h in hits] == ["to-2", "to"]


def test_alias_found_and_prefix_of_last_word_matches() -> None:
    index = SearchIndex(Catalogue([_entity("tc", "Tổng cục Chính trị", "TCCT")], 0), ["agency"])
    assert index.search("tcct")[0][0].matched == "TCCT"
    assert index.search("tong cuc chi")[1] == 1
    assert index.search("cuc tong")[1] == 1
    assert index.search("chinh phu")[1] == 0


def test_sparql_engine_finds_what_the_reified_projection_finds(
    shipped_store: OxigraphStore,
) -> None:
    _, reified = build_projections(shipped_store, build_catalogue(shipped_store))
    by_sparql = neighbourhood_sparql(shipped_store, BLOC, depth=2, limit=10_000)
    by_projection = neighbourhood(reified, BLOC, depth=2, limit=10_000)
    assert set(by_sparql.nodes) == set(by_projection.nodes)
    assert {e.id for e in by_sparql.edges} == {e.id for e in by_projection.edges}
    path = shortest_path_sparql(shipped_store, TRAN_QUOC_TO, KTNN, max_length=4)
    assert path.length == shortest_paths(reified, TRAN_QUOC_TO, KTNN, max_length=4).length


def test_a_one_word_query_matching_many_names_is_ranked_and_counted() -> None:
    people = [_entity(f"p{i}", f"Nguyễn Văn {i:04d}") for i in range(FAST_PATH + 100)]
    others = [_entity("ng", "Ng"), _entity("ba-ng", "Bà Ngọc"), _entity("x", "Xuân")]
    index = SearchIndex(Catalogue([*people, *others], 0), ["agency"])
    hits, total = index.search("ng", limit=10, offset=0)
    assert total == len(people) + 2
    assert hits[0].entity.slug == "ng"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    tail, _ = index.search("ng", limit=5, offset=total - 1)
    assert [h.entity.slug for h in tail] == ["ba-ng"]


def test_bidirectional_paths_are_networkx_shortest_paths(shipped_store: OxigraphStore) -> None:
    collapsed, _ = build_projections(shipped_store, build_catalogue(shipped_store))
    undirected = nx.Graph(collapsed.graph.to_undirected())
    nodes = sorted(n for n in undirected if n.rsplit("/", 2)[-2] in {"person", "bloc", "agency"})
    assert len(nodes) > 20
    checked = 0
    for start in nodes[::2]:
        for goal in nodes[1::2]:
            ours = shortest_paths(collapsed, start, goal, max_length=6, limit=1000)
            if not nx.has_path(undirected, start, goal):
                assert ours.paths == []
                continue
            expected = sorted(nx.all_shortest_paths(undirected, start, goal))
            if len(expected[0]) - 1 > 6:
                continue
            assert sorted(ours.paths) == expected
            checked += 1
    assert checked > 20
