"""The review summary keeps each year apart (issue 15, item 3): a report that lists the members
of one year and elects the leader of the next gives one bloc entry per year, and the leader's
entry says the year its membership IRI says."""

from __future__ import annotations

import pyoxigraph as ox

from nội_chính_graph.ingest.summary_rdf import summary_from_rdf

ID = "https://w3id.org/noi-chinh/id/"
ORG = "http://www.w3.org/ns/org#"
NCG = "https://w3id.org/noi-chinh/ontology#"
TIME = "http://www.w3.org/2006/time#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
BLOC = f"{ID}bloc/syn-khoi"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _year(year: int) -> list[ox.Triple]:
    node, start = _n(f"{ID}year/{year}"), _n(f"{ID}date/{year}-01-01")
    date = ox.Literal(f"{year}-01-01", datatype=_n("http://www.w3.org/2001/XMLSchema#date"))
    return [
        ox.Triple(node, _n(f"{TIME}hasBeginning"), start),
        ox.Triple(start, _n(f"{TIME}inXSDDate"), date),
    ]


def _membership(year: int, agency: str, role: str) -> list[ox.Triple]:
    node = _n(f"{ID}membership/syn-khoi/{year}/{agency}/{role}")
    return [
        ox.Triple(node, RDF_TYPE, _n(f"{NCG}BlocMembership")),
        ox.Triple(node, _n(f"{ORG}organization"), _n(BLOC)),
        ox.Triple(node, _n(f"{ORG}member"), _n(f"{ID}agency/{agency}")),
        ox.Triple(node, _n(f"{ORG}role"), _n(f"{ID}bloc-role/{role}")),
        ox.Triple(node, _n(f"{ORG}memberDuring"), _n(f"{ID}year/{year}")),
    ]


def test_members_of_one_year_and_the_leader_of_the_next_are_two_entries() -> None:
    payload = [
        *_year(2023),
        *_year(2024),
        *_membership(2023, "syn-a", "member"),
        *_membership(2023, "syn-b", "member"),
        *_membership(2024, "syn-b", "leader"),
        *_membership(2024, "syn-b", "member"),
    ]
    blocs = summary_from_rdf(payload).blocs
    by_year = {bloc.year: bloc for bloc in blocs}
    assert list(by_year) == [2023, 2024]
    assert {m.id.rsplit("/", 1)[-1] for m in by_year[2023].members} == {"syn-a", "syn-b"}
    assert by_year[2023].leaders == []
    assert [m.id.rsplit("/", 1)[-1] for m in by_year[2024].members] == ["syn-b"]
    assert [(x.agency.id.rsplit("/", 1)[-1], x.year, x.role) for x in by_year[2024].leaders] == [
        ("syn-b", 2024, "leader")
    ]
