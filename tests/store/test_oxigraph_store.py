"""The embedded pyoxigraph backend, in memory and on disk."""

from pathlib import Path

import pyoxigraph as ox
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import DataFormatError, QuerySyntaxError
from nội_chính_graph.store.base import (
    DiskSnapshot,
    DumpSnapshot,
    RdfPayload,
    SolutionsResult,
    Store,
)
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.oxigraph import OxigraphStore
from tests.store import contract
from tests.store.conftest import GRAPH_A, ONTOLOGY_FILES, TRIG_FILES


def test_memory_store_follows_the_contract() -> None:
    store = OxigraphStore()
    contract.check_graph_lifecycle(store)
    contract.check_write_graphs_is_all_or_nothing(store)
    contract.check_query_kinds_and_dataset(store)
    contract.check_export_round_trip(store)


def test_disk_store_follows_the_contract_and_persists(tmp_path: Path) -> None:
    store = open_store(Settings(store="oxigraph", data_dir=tmp_path / "db"))
    contract.check_graph_lifecycle(store)
    contract.check_write_graphs_is_all_or_nothing(store)
    contract.check_query_kinds_and_dataset(store)
    store.close()
    reopened = OxigraphStore(tmp_path / "db")
    assert reopened.count(GRAPH_A) == 7
    reopened.close()


def test_stores_satisfy_the_protocol() -> None:
    assert isinstance(OxigraphStore(), Store)


def test_triple_files_need_a_graph() -> None:
    assert ONTOLOGY_FILES
    with pytest.raises(DataFormatError, match="give the named graph"):
        OxigraphStore().load_files(ONTOLOGY_FILES)


def test_bad_data_is_reported_with_its_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(DataFormatError, match=r"broken\.trig"):
        OxigraphStore().load_files([broken])


def test_replace_with_bad_data_changes_nothing() -> None:
    store = OxigraphStore()
    store.load_files(TRIG_FILES)
    with pytest.raises(DataFormatError):
        store.replace_graph(GRAPH_A, ox_payload(b"not n-triples"))
    assert store.count(GRAPH_A) == 7


def ox_payload(data: bytes) -> RdfPayload:
    return RdfPayload(data, ox.RdfFormat.N_TRIPLES)


def test_query_syntax_error_has_line_and_column() -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        OxigraphStore().query("SELECT * WHERE {\n ?s }")
    assert caught.value.details["line"] == 2


def test_from_clause_is_honoured_without_protocol_dataset() -> None:
    store = OxigraphStore()
    store.load_files(TRIG_FILES)
    result = store.query(f"SELECT (COUNT(*) AS ?n) FROM <{GRAPH_A}> WHERE {{ ?s ?p ?o }}")
    assert isinstance(result, SolutionsResult)
    assert result.rows[0]["n"].value == "7"  # type: ignore[union-attr]


def test_memory_snapshot_is_a_dump_a_worker_can_open() -> None:
    store = OxigraphStore()
    store.load_files(TRIG_FILES)
    snapshot = store.snapshot()
    assert isinstance(snapshot, DumpSnapshot)
    assert OxigraphStore.from_snapshot(snapshot).count() == 11


def test_disk_snapshot_is_isolated_from_later_writes(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "db")
    store.load_files(TRIG_FILES)
    snapshot = store.snapshot()
    assert isinstance(snapshot, DiskSnapshot)
    store.delete_graph(GRAPH_A)
    frozen = OxigraphStore.from_snapshot(snapshot)
    assert (frozen.count(), store.count()) == (11, 4)
    store.release_snapshot(snapshot)
    assert not Path(snapshot.path).exists()
    store.close()


def test_get_graph_as_nquads_keeps_the_graph_name() -> None:
    store = OxigraphStore()
    store.load_files(TRIG_FILES)
    quads = list(ox.parse(store.get_graph(GRAPH_A, ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS))
    assert {q.graph_name for q in quads} == {ox.NamedNode(GRAPH_A)}
