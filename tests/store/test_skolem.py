"""Blank nodes are skolemised before any write, the same way on every backend (issue 13,
finding 2): Virtuoso refused every ingest commit ("Blank node '_:b…' is not allowed in a
constant clause") because an event's place is a blank node."""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.namespaces import GENID
from nội_chính_graph.store.base import RdfPayload, SolutionsResult, Store, Term
from nội_chính_graph.store.factory import open_store
from tests.store.backends import backend_settings, clear
from tests.store.test_remote_store import server

__all__ = ["backend_settings", "server"]  # fixtures used here

G = "https://w3id.org/noi-chinh/graph/ingest/skolem-test"
RECORDS = "https://w3id.org/noi-chinh/graph/ingests-skolem-test"
EVENT = "https://w3id.org/noi-chinh/id/event/skolem-test"
SCHEMA = "https://schema.org/"
NCG = "https://w3id.org/noi-chinh/ontology#"
#: An event and its place, as the ingest writes it: the place is a blank node.
TURTLE = f"""@prefix schema: <{SCHEMA}> . @prefix ncg: <{NCG}> .
<{EVENT}> schema:location [ ncg:placeName "Hà Nội"@vi ] ;
    schema:organizer [ ncg:placeName "Khối"@vi ] .
"""
PLACES = f"""SELECT ?place ?name WHERE {{
  <{EVENT}> <{SCHEMA}location> ?place . ?place <{NCG}placeName> ?name }}"""


@pytest.fixture
def store(backend_settings: Settings) -> Iterator[Store]:
    opened = open_store(backend_settings)
    clear(opened)
    yield opened
    clear(opened)
    opened.close()


def payload() -> RdfPayload:
    return RdfPayload(TURTLE.encode(), ox.RdfFormat.TURTLE)


def _places(store: Store) -> list[dict[str, Term]]:
    result = store.query(PLACES)
    assert isinstance(result, SolutionsResult)
    return result.rows


def test_a_commit_with_a_blank_node_is_stored_with_a_genid_iri(store: Store) -> None:
    store.write_graphs(add={G: payload(), RECORDS: payload()})
    rows = _places(store)
    assert [row["name"] for row in rows] == [ox.Literal("Hà Nội", language="vi")] * 2
    places = {row["place"] for row in rows}
    assert all(isinstance(p, ox.NamedNode) and p.value.startswith(GENID) for p in places)
    assert len(places) == 2, "the same _:b in two payloads is two nodes"
    store.write_graphs(delete=[G, RECORDS])
    assert _places(store) == []


def test_every_write_path_skolemises(store: Store) -> None:
    store.add_to_graph(G, payload())
    store.replace_graph(RECORDS, payload())
    data = store.get_graph(G, ox.RdfFormat.N_QUADS) + store.get_graph(RECORDS, ox.RdfFormat.N_QUADS)
    quads = list(ox.parse(data, ox.RdfFormat.N_QUADS))
    terms = [t for q in quads for t in (q.subject, q.object)]
    assert len(terms) == 16
    assert not any(isinstance(t, ox.BlankNode) for t in terms)
    assert len(_places(store)) == 2
