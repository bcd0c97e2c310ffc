"""Incremental validation agrees with validating everything, and sees the existing graph."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef

from nội_chính_graph.namespaces import NCGG
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.validation.incremental import IncrementalValidator

from .conftest import dataset_of, shared_validator, shipped_store

REPORT_GRAPHS = [
    "report/noi-chinh-2023-mid-year",
    "reference/bloc-noi-chinh-2020",
    "reference/bloc-khoa-hoc-van-hoa-xa-hoi-2017",
    "reference/bloc-ban-dang-trung-uong-2016",
]
ID = "https://w3id.org/noi-chinh/id/"
PREFIXES = """
@prefix ncg: <https://w3id.org/noi-chinh/ontology#> .
@prefix ncgid: <https://w3id.org/noi-chinh/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""
BLOC = "bloc/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"


def _key(results: list) -> set[tuple[str, str, str | None, str | None]]:  # type: ignore[type-arg]
    return {(r.shape, r.focus_node, r.path, r.value) for r in results}


def test_the_report_graphs_exist() -> None:
    graphs = shipped_store().graphs()
    assert all(str(NCGG[name]) in graphs for name in REPORT_GRAPHS)


@pytest.mark.parametrize("name", REPORT_GRAPHS)
def test_a_graph_validated_incrementally_gives_the_full_results_for_its_nodes(name: str) -> None:
    store = shipped_store()
    iri = str(NCGG[name])
    payload = dataset_of(store)[iri]
    assert len(payload) > 50
    store.delete_graph(iri)
    checker = IncrementalValidator(store, shared_validator())
    hood, outcome = checker.run(payload, URIRef(iri))
    full = Dataset()
    for graph_name, graph in dataset_of(shipped_store()).items():
        target = full.graph(URIRef(graph_name))
        for triple in graph:
            target.add(triple)
    expected = [
        r for r in shared_validator().validate(full).results if URIRef(r.focus_node) in hood.focus
    ]
    assert _key(outcome.report.results) == _key(expected)
    assert outcome.stats.context_triples < store.count() / 2


def _payload(body: str) -> Graph:
    return Graph().parse(data=PREFIXES + body, format="turtle")


def _violations(store: OxigraphStore, body: str) -> set[tuple[str, str]]:
    checker = IncrementalValidator(store, shared_validator())
    report = checker.validate(_payload(body), URIRef("urn:test:g")).report
    return {(r.shape.rsplit("#", 1)[-1], r.focus_node) for r in report.violations}


_MEMBERSHIP = """
<{m}> a ncg:BlocMembership ; org:organization <{ID}{bloc}> ; org:member <{ID}agency/{agency}> ;
    org:role <{ID}bloc-role/{role}> ; org:memberDuring <{ID}year/2023> .
"""


def test_a_leader_that_is_a_member_in_the_graph_is_accepted() -> None:
    m = "urn:test:m1"
    body = _MEMBERSHIP.format(ID=ID, m=m, bloc=BLOC, agency="kiem-toan-nha-nuoc", role="leader")
    found = _violations(shipped_store(), body)
    assert ("BlocLeaderIsMemberShape", m) not in found


def test_a_leader_that_is_not_a_member_that_year_is_caught() -> None:
    m = "urn:test:m2"
    body = _MEMBERSHIP.format(ID=ID, m=m, bloc=BLOC, agency="bo-ngoai-giao", role="deputy")
    assert ("BlocLeaderIsMemberShape", m) in _violations(shipped_store(), body)


def test_a_second_leader_of_an_existing_bloc_is_caught_on_the_bloc() -> None:
    body = _MEMBERSHIP.format(ID=ID, m="urn:test:m3", bloc=BLOC, agency="bo-cong-an", role="leader")
    bloc = "https://w3id.org/noi-chinh/id/bloc/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"
    assert ("BlocSingleLeaderShape", bloc) in _violations(shipped_store(), body)


def test_a_new_member_breaks_the_existing_stated_member_count() -> None:
    body = _MEMBERSHIP.format(
        ID=ID, m="urn:test:m4", bloc=BLOC, agency="bo-ngoai-giao", role="member"
    )
    shapes = {shape for shape, _ in _violations(shipped_store(), body)}
    assert "MemberCountMatchesShape" in shapes
