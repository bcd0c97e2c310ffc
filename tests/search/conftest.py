"""A store folder with the shipped data loaded once per test module, and a fresh copy of it for
each test (tests that write, restart or save indexes never see each other's state)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = sorted((ROOT / "ontology").glob("*.ttl"))
DATA = sorted((ROOT / "data").rglob("*.trig"))


def copy_tree(source: Path, target: Path) -> None:
    """The files of a store folder, copied (its saved-index folder is not)."""
    target.mkdir(parents=True)
    for item in source.iterdir():
        if item.is_file():
            (target / item.name).write_bytes(item.read_bytes())


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store folder with the ontology and the shipped data loaded."""
    path = tmp_path_factory.mktemp("store") / "store"
    store = OxigraphStore(path)
    load_shipped(store, ontology=ONTOLOGY, data=DATA)
    store.close()
    return path


@pytest.fixture
def store(folder: Path, tmp_path: Path) -> Iterator[OxigraphStore]:
    """A copy of the loaded store, its saved indexes not yet built."""
    opened = OxigraphStore(_copied(folder, tmp_path))
    yield opened
    opened.close()


def _copied(folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    copy_tree(folder, copy)
    return copy
