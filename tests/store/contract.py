"""Behaviour every Store backend must show; run by the embedded and the remote tests."""

import io

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic

from nội_chính_graph.errors import DataFormatError
from nội_chính_graph.store.base import (
    BooleanResult,
    GraphResult,
    RdfPayload,
    SolutionsResult,
    Store,
)
from tests.store.conftest import GRAPH_A, GRAPH_B, TRIG_FILES

G = "https://w3id.org/noi-chinh/graph/report/contract"
LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
TRIPLE = f'<https://w3id.org/noi-chinh/id/x> {LABEL} "Bộ Quốc phòng"@vi .\n'
OTHER = f'<https://w3id.org/noi-chinh/id/y> {LABEL} "Bộ Tư pháp"@vi .\n'


def nt(text: str) -> RdfPayload:
    return RdfPayload(text.encode("utf-8"), ox.RdfFormat.N_TRIPLES)


def check_graph_lifecycle(store: Store) -> None:
    assert TRIG_FILES
    store.load_files(TRIG_FILES)
    assert store.graphs() == [GRAPH_A, GRAPH_B]
    assert (store.count(GRAPH_A), store.count(GRAPH_B), store.count()) == (7, 4, 11)
    before = store.generation
    store.add_to_graph(G, nt(TRIPLE))
    store.add_to_graph(G, nt(OTHER))
    assert store.count(G) == 2
    store.replace_graph(G, nt(TRIPLE))
    assert store.count(G) == 1
    assert "Bộ Quốc phòng".encode() in store.get_graph(G, ox.RdfFormat.TURTLE)
    assert store.delete_graph(G) is True
    assert store.delete_graph(G) is False
    assert G not in store.graphs()
    assert store.generation > before


def check_write_graphs_is_all_or_nothing(store: Store) -> None:
    records = G + "-records"
    store.add_to_graph(records, nt(OTHER))
    store.write_graphs(replace={G: nt(TRIPLE + OTHER)}, add={records: nt(TRIPLE)})
    assert (store.count(G), store.count(records)) == (2, 2)
    store.write_graphs(replace={records: nt(OTHER)}, delete=[G])
    assert G not in store.graphs()
    assert store.count(records) == 1
    broken = RdfPayload(b"<http://s> <http://p> .\n", ox.RdfFormat.N_TRIPLES)
    before = store.generation
    try:
        store.write_graphs(replace={G: nt(TRIPLE)}, add={records: broken}, delete=[records])
    except DataFormatError:
        pass
    else:
        raise AssertionError("broken data was accepted")
    assert G not in store.graphs()
    assert store.count(records) == 1
    assert store.generation == before
    store.delete_graph(records)


def check_query_kinds_and_dataset(store: Store) -> None:
    select = store.query("SELECT ?o WHERE { ?s <http://www.w3.org/2004/02/skos/core#altLabel> ?o }")
    assert isinstance(select, SolutionsResult)
    assert [r["o"] for r in select.rows] == [ox.Literal("BCA", language="vi")]
    ask = store.query("ASK { ?s ?p ?o }", default_graphs=[GRAPH_B])
    assert ask == BooleanResult(True)
    none = store.query("ASK { ?s ?p ?o }", named_graphs=[GRAPH_B])
    assert none == BooleanResult(False)
    construct = store.query("CONSTRUCT WHERE { ?s a ?c }", max_rows=2)
    assert isinstance(construct, GraphResult)
    assert (len(construct.triples), construct.truncated) == (2, True)


def check_export_round_trip(store: Store) -> None:
    out = io.BytesIO()
    store.export(out, ox.RdfFormat.TRIG)
    exported, original = rdflib.Dataset(), rdflib.Dataset()
    exported.parse(data=out.getvalue(), format="trig")
    for path in TRIG_FILES:
        original.parse(path, format="trig")
    for name in (GRAPH_A, GRAPH_B):
        assert isomorphic(exported.graph(rdflib.URIRef(name)), original.graph(rdflib.URIRef(name)))
