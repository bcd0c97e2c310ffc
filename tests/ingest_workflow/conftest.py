"""Fixtures: a store with the shipped ontology and data, the dev reports, and an app serving
the ingest router on that store.

The dev reports are already curated in ``data/reference`` (same text, same SHA-256), so as they
are they would be re-ingests of known reports. :func:`republished` gives the text as a site would
serve it again (one more trailing newline): a new source text whose facts overlap the graph's."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from api.app import create_app
from nội_chính_graph.config import Settings
from nội_chính_graph.ingest.audit import AuditLog
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.validation.engine import Validator
from nội_chính_graph.views import ReadService
from nội_chính_graph.web.deps import get_read_service, get_store, get_workflow

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "data" / "reports"
ONTOLOGY = sorted((ROOT / "ontology").glob("*.ttl"))
DATA = sorted((ROOT / "data").rglob("*.trig"))
MOET = REPORTS / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
NOI_CHINH_2020 = REPORTS / "02_thiduakhenthuong_noichinh_tongket2020_giaouoc2021.txt"
CURATED = {
    MOET: "bloc-khoa-hoc-van-hoa-xa-hoi-2017.trig",
    NOI_CHINH_2020: "bloc-noi-chinh-2020.trig",
}
TOKENS = "alice:token1,bob:token2"
ALICE = {"authorization": "Bearer token1"}
TEXT = {"content-type": "text/plain; charset=utf-8"}
TURTLE = {"content-type": "text/turtle"}

_VALIDATOR: list[Validator] = []


def test_fixture_globs_found_files() -> None:
    assert MOET.is_file()
    assert NOI_CHINH_2020.is_file()
    assert ONTOLOGY
    assert len(DATA) > 10
    assert all(any(p.name == name for p in DATA) for name in CURATED.values())


def shared_validator() -> Validator:
    """Shapes and ontology parsed once for the whole test session."""
    if not _VALIDATOR:
        _VALIDATOR.append(Validator())
    return _VALIDATOR[0]


def republished(report: Path) -> bytes:
    """The report's text with one more trailing newline (a different content hash)."""
    return report.read_bytes() + b"\n"


def shipped_store(*, without: tuple[str, ...] = ()) -> OxigraphStore:
    """An in-memory store with the ontology and the data files not named in ``without``."""
    store = OxigraphStore()
    load_shipped(store, ontology=ONTOLOGY, data=[p for p in DATA if p.name not in without])
    return store


def dataset_of(store: Store) -> dict[str, Graph]:
    """Every quad of the store exported as N-Quads and read back: graph name → graph."""
    out = io.BytesIO()
    store.export(out, ox.RdfFormat.N_QUADS)
    dataset = Dataset()
    dataset.parse(data=out.getvalue().decode("utf-8"), format="nquads")
    graphs: dict[str, Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        graphs.setdefault(str(g), Graph()).add((s, p, o))
    return graphs


def same_dataset(a: dict[str, Graph], b: dict[str, Graph]) -> bool:
    """Same graph names, and each pair of graphs isomorphic (blank nodes may be renamed)."""
    return a.keys() == b.keys() and all(isomorphic(a[name], b[name]) for name in a)


def nquads_of(store: Store) -> bytes:
    """The store as N-Quads, for byte-level comparisons of exports."""
    out = io.BytesIO()
    store.export(out, ox.RdfFormat.N_QUADS)
    return out.getvalue()


@pytest.fixture
def store() -> OxigraphStore:
    return shipped_store()


@pytest.fixture
def audit_file(tmp_path: Path) -> Path:
    return tmp_path / "store.audit.jsonl"


@pytest.fixture
def workflow(store: OxigraphStore, audit_file: Path) -> IngestWorkflow:
    return IngestWorkflow(store, shared_validator(), AuditLog(audit_file))


class AppFactory(Protocol):
    """Builds a test client for an app serving the given store."""

    def __call__(self, store: Store, max_body_bytes: int = ...) -> TestClient: ...


@pytest.fixture
def make_client(tmp_path: Path, audit_file: Path) -> AppFactory:
    """Build a client for an app whose store is the given one (lifespan not run)."""

    def build(store: Store, max_body_bytes: int = 5_000_000) -> TestClient:
        settings = Settings(
            store="memory",
            data_dir=tmp_path / "store",
            load_data_on_start=False,
            api_tokens=SecretStr(TOKENS),
            max_body_bytes=max_body_bytes,
        )
        app = create_app(settings)
        workflow = IngestWorkflow(store, shared_validator(), AuditLog(audit_file))
        views = ReadService(store)
        app.dependency_overrides[get_store] = lambda: store
        app.dependency_overrides[get_workflow] = lambda: workflow
        app.dependency_overrides[get_read_service] = lambda: views
        return TestClient(app)

    return build


@pytest.fixture
def client(make_client: AppFactory, store: OxigraphStore) -> TestClient:
    return make_client(store)
