"""Fixtures: the shipped ontology and data in an in-memory store, and an app serving the
``/api/v1`` and Linked Data routers on it (the store and its read service swapped in through
``get_store`` and ``get_read_service``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import install_error_handlers
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.views import ReadService
from nội_chính_graph.web import api_v1, linked_data
from nội_chính_graph.web.deps import get_read_service, get_settings, get_store

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = sorted((ROOT / "ontology").glob("*.ttl"))
DATA = sorted((ROOT / "data").rglob("*.trig"))

BLOC_SLUG = "khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"
BLOC = str(NCGID[f"bloc/{BLOC_SLUG}"])
KTNN = str(NCGID["agency/kiem-toan-nha-nuoc"])
VKSND = str(NCGID["agency/vien-kiem-sat-nhan-dan-toi-cao"])
TRAN_QUOC_TO = str(NCGID["person/tran-quoc-to"])
BO_CONG_AN = str(NCGID["agency/bo-cong-an"])
MEMBERS_2023 = {
    str(NCGID[f"agency/{slug}"])
    for slug in (
        "kiem-toan-nha-nuoc",
        "toa-an-nhan-dan-toi-cao",
        "bo-quoc-phong",
        "bo-cong-an",
        "bo-tu-phap",
        "vien-kiem-sat-nhan-dan-toi-cao",
        "thanh-tra-chinh-phu",
        "ban-quan-ly-lang-chu-tich-ho-chi-minh",
    )
}


def test_fixture_globs_found_files() -> None:
    assert ONTOLOGY, "no ontology/*.ttl"
    assert any(p.name == "noi-chinh-2023-mid-year.trig" for p in DATA)


def loaded_store() -> OxigraphStore:
    """A fresh in-memory store with the ontology and every data graph."""
    store = OxigraphStore()
    load_shipped(store, ontology=ONTOLOGY, data=DATA)
    return store


def make_app(store: Store) -> FastAPI:
    """An app with the error handlers and our two routers on ``store``, through overrides."""
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(api_v1.router)
    app.include_router(linked_data.router)
    views = ReadService(store)  # one set of derived indexes for every request, as in the app
    settings = Settings(store="memory")  # the graph calls' ceilings at their defaults
    app.dependency_overrides[get_settings] = lambda: settings
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_read_service] = lambda: views
    return app


@pytest.fixture(scope="session")
def shipped_store() -> OxigraphStore:
    """The shipped data, loaded once (tests must not write to it)."""
    return loaded_store()


@pytest.fixture(scope="session")
def client(shipped_store: OxigraphStore) -> Iterator[TestClient]:
    """A client of the app on the shipped data."""
    with TestClient(make_app(shipped_store)) as test_client:
        yield test_client
