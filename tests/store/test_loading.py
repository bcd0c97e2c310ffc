"""Loading the shipped ontology and data, and only on first start."""

from nội_chính_graph.resources import data_dir, ontology_dir
from nội_chính_graph.store.loading import (
    ONTOLOGY_GRAPH,
    data_files,
    load_if_empty,
    load_shipped,
    ontology_files,
)
from nội_chính_graph.store.oxigraph import OxigraphStore
from tests.store.conftest import GRAPH_A, GRAPH_B, ONTOLOGY_FILES, TRIG_FILES


def test_ontology_goes_to_its_graph_and_data_keeps_its_graphs() -> None:
    assert ONTOLOGY_FILES
    assert TRIG_FILES
    store = OxigraphStore()
    report = load_shipped(store, ontology=ONTOLOGY_FILES, data=TRIG_FILES)
    assert store.graphs() == sorted([ONTOLOGY_GRAPH, GRAPH_A, GRAPH_B])
    assert store.count(ONTOLOGY_GRAPH) == 3
    assert (report.files, report.statements) == (2, 14)


def test_load_if_empty_leaves_a_loaded_store_alone() -> None:
    store = OxigraphStore()
    store.load_files(TRIG_FILES)
    assert load_if_empty(store) is None
    assert store.count() == 11


def test_shipped_files_are_found_in_the_resource_folders() -> None:
    assert all(p.parent == ontology_dir() for p in ontology_files())
    assert all(data_dir() in p.parents for p in data_files())
    assert all(p.suffix == ".trig" for p in data_files())
