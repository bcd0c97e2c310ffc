"""The on-disk store's state token: it names the content, survives a restart and moves with
every write, so indexes saved under it are never used for other content."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from nội_chính_graph.errors import DataFormatError
from nội_chính_graph.store.base import RdfPayload
from nội_chính_graph.store.derived import FORMAT, DerivedCache
from nội_chính_graph.store.oxigraph import OxigraphStore

TRIG_FILES = sorted((Path(__file__).resolve().parents[1] / "sparql" / "fixtures").glob("*.trig"))
GRAPH_A = "https://w3id.org/noi-chinh/graph/report/test-a"
GRAPH_B = "https://w3id.org/noi-chinh/graph/report/test-b"
TRIPLE = RdfPayload(b'<http://e/s> <http://e/p> "o" .', ox.RdfFormat.N_TRIPLES)


def test_fixture_files_exist() -> None:
    assert TRIG_FILES


def _token(store: OxigraphStore) -> str:
    token = store.state_token()
    assert token is not None
    return token


def test_an_in_memory_store_has_no_token() -> None:
    assert OxigraphStore().state_token() is None
    assert DerivedCache.of(OxigraphStore()) is None


def test_the_token_survives_a_restart_without_writes(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.load_files(TRIG_FILES)
    before = _token(store)
    store.close()
    assert _token(OxigraphStore(tmp_path / "store")) == before


def test_every_kind_of_write_replaces_the_token(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    seen = [_token(store)]
    store.load_files(TRIG_FILES)
    seen.append(_token(store))
    store.add_to_graph(GRAPH_B, TRIPLE)
    seen.append(_token(store))
    store.replace_graph(GRAPH_B, TRIPLE)
    seen.append(_token(store))
    assert store.delete_graph(GRAPH_A)
    seen.append(_token(store))
    assert len(set(seen)) == len(seen)


def test_a_failed_bulk_load_replaces_the_token(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    before = _token(store)
    broken = tmp_path / "broken.nq"
    broken.write_text('<http://e/s> <http://e/p> "o" <http://e/g> .\n<http://e/s> <oops\n')
    with pytest.raises(DataFormatError):
        store.load_files([broken])
    assert _token(store) != before


def test_a_store_made_again_in_the_same_place_has_a_new_token(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.load_files(TRIG_FILES)
    old = _token(store)
    store.close()
    shutil.rmtree(tmp_path / "store")
    assert _token(OxigraphStore(tmp_path / "store")) != old


def test_a_read_only_open_trusts_no_token(tmp_path: Path) -> None:
    OxigraphStore(tmp_path / "store").load_files(TRIG_FILES)
    reader = OxigraphStore(tmp_path / "store", read_only=True)
    assert reader.state_token() is None
    assert DerivedCache.of(reader) is None


def test_saved_values_are_found_only_for_the_state_they_were_saved_for(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.load_files(TRIG_FILES)
    saved = DerivedCache.of(store)
    assert saved is not None
    assert saved.save("numbers", [1, 2, 3])
    again = DerivedCache.of(store)
    assert again is not None
    assert again.load("numbers") == [1, 2, 3]
    store.add_to_graph(GRAPH_B, TRIPLE)
    after = DerivedCache.of(store)
    assert after is not None
    assert after.load("numbers") is None
    assert not saved.save("numbers", [4]), "saved for a state the store has left"
    assert after.load("numbers") is None


def test_a_damaged_or_foreign_saved_file_is_ignored(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.load_files(TRIG_FILES)
    saved = DerivedCache.of(store)
    assert saved is not None
    assert saved.save("numbers", [1, 2, 3])
    file = saved.folder / "numbers.pickle"
    file.write_bytes(file.read_bytes()[:-5])
    assert saved.load("numbers") is None
    with file.open("wb") as sink:
        pickle.dump((FORMAT + 1, "0", saved.token), sink)
        pickle.dump([1, 2, 3], sink)
    assert saved.load("numbers") is None
