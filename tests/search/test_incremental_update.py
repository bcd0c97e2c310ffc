"""After a write the service makes itself (ingest, review action, revert), the derived indexes
are updated from the write's change, and equal what reading the whole store again gives:
catalogue, property labels, texts, search answers, and both graph views edge for edge, in the
same order at every node."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from nội_chính_graph.graph.projection import Projection, read_projections
from nội_chính_graph.graph.traverse import neighbourhood
from nội_chính_graph.ingest.audit import AuditLog
from nội_chính_graph.ingest.payload import Submission
from nội_chính_graph.ingest.review import ReviewAction
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.search.catalogue import read_catalogue
from nội_chính_graph.search.index import SearchIndex
from nội_chính_graph.store.base import RdfPayload
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.views.derived import SEARCH_TYPES, Derived
from nội_chính_graph.views.service import ReadService
from tests.ingest_workflow.conftest import MOET, republished, shared_validator

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = sorted((ROOT / "ontology").glob("*.ttl"))
DATA = sorted((ROOT / "data").rglob("*.trig"))
ID = str(NCGID)
DEPARTMENT = f"{ID}agency/vu-thi-dua-khen-thuong-bo-tu-phap"
REPORT = (
    "Ngày 20/11/2024, Cụm thi đua số 3 thuộc Bộ Công an tổ chức hội nghị tổng kết năm 2024. "
    "Dự hội nghị có Đại tá Hoàng Văn Sơn, Giám đốc Công an tỉnh Cao Bằng; "
    "Vụ trưởng Vụ Thi đua - Khen thưởng Bộ Tư pháp Trần Minh Đức."
)
QUERIES = ("bo cong an", "KTNN", "ng", "n", "tran", "hoang van son", "vu thi dua", "cao bang")
START = (
    f"{ID}agency/bo-tu-phap",
    f"{ID}agency/bo-cong-an",
    f"{ID}bloc/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong",
    f"{ID}person/hoang-van-son",
)


def test_fixture_globs_found_files() -> None:
    assert ONTOLOGY
    assert DATA
    assert MOET.is_file()


@pytest.fixture
def workflow(store: OxigraphStore, tmp_path: Path) -> IngestWorkflow:
    return IngestWorkflow(store, shared_validator(), AuditLog(tmp_path / "audit.jsonl"))


@pytest.fixture
def service(store: OxigraphStore, workflow: IngestWorkflow) -> ReadService:
    views = ReadService(store, workflow.journal)
    views.projection()  # every index built before the writes, as in a running service
    return views


def _text(body: str) -> Submission:
    return Submission(body.encode(), "text/plain")


def _rebuilt(store: OxigraphStore) -> Derived:
    """Everything read from the store again, nothing loaded from where it was saved."""
    generation = store.generation
    catalogue = read_catalogue(store, generation)
    collapsed, full = read_projections(store, catalogue, generation)
    return Derived(
        generation,
        catalogue,
        SearchIndex(catalogue, SEARCH_TYPES, saved=False),
        collapsed.terms.predicate_names,
        ReadService(store)._texts(),
        {False: collapsed, True: full},
    )


def _entities(derived: Derived) -> list[tuple[object, ...]]:
    return sorted(
        (e.iri, e.type, e.slug, e.labels, e.alt_labels, e._ranked) for e in derived.catalogue
    )


def _answers(derived: Derived) -> list[object]:
    found: list[object] = []
    for query in QUERIES:
        for types in (None, ["agency"], ["person"]):
            hits, total = derived.index.search(query, types, limit=20)
            found.append((query, types, total, [(h.entity.iri, h.score, h.matched) for h in hits]))
    return found


def _edge(view: Projection, number: int) -> tuple[object, ...]:
    e = view.edge(number)
    return (e.id, e.source, e.target, e.predicate, e.labels, e.year, e.role, e.fact)


def _view(view: Projection) -> tuple[object, ...]:
    text = view.terms.text
    nodes = sorted(
        t for n, t in enumerate(text) if n < len(view.edges.present) and view.edges.present[n]
    )
    adjacency = {
        node: [
            (text[other], [_edge(view, e) for e in edges])
            for outgoing in (True, False)
            for other, edges in view.grouped(node, outgoing).items()
        ]
        for node in nodes
    }
    walks = [neighbourhood(view, start, depth=2, limit=25) for start in START if start in view]
    return (
        len(view),
        view.edge_count(),
        nodes,
        sorted(map(repr, (_edge(view, n) for n in view.edge_numbers()))),
        adjacency,
        [(w.nodes, [e.id for e in w.edges], w.truncated) for w in walks],
    )


def _assert_same(service: ReadService, store: OxigraphStore) -> None:
    got = service.derived()
    assert service.last_step == "updated"
    got_views = {r: service.projection(r) for r in (False, True)}
    want = _rebuilt(store)
    assert got.generation == want.generation
    assert _entities(got) == _entities(want)
    assert got.predicates == want.predicates
    assert got.texts == want.texts
    assert _answers(got) == _answers(want)
    for reified in (False, True):
        assert _view(got_views[reified]) == _view(want.projections[reified])


def test_an_ingest_commit_updates_the_indexes_to_equal_a_full_rebuild(
    service: ReadService, store: OxigraphStore, workflow: IngestWorkflow
) -> None:
    edges_before = service.projection().edge_count()
    workflow.commit(Submission(republished(MOET), "text/plain"), "alice")
    _assert_same(service, store)
    workflow.commit(_text(REPORT), "alice")
    _assert_same(service, store)
    assert service.projection().edge_count() > edges_before
    assert service.derived().index.search("hoang van son")[0]


def test_a_merge_and_its_revert_update_the_indexes_to_equal_a_full_rebuild(
    service: ReadService, store: OxigraphStore, workflow: IngestWorkflow
) -> None:
    workflow.commit(_text(REPORT), "alice")
    _assert_same(service, store)
    action = ReviewAction(action="merge", entity=DEPARTMENT, into=f"{ID}agency/bo-tu-phap")
    record = workflow.desk.apply(action, "alice")
    _assert_same(service, store)
    assert DEPARTMENT not in service.derived().catalogue.by_iri
    workflow.desk.revert(record.id, "alice")
    _assert_same(service, store)
    assert DEPARTMENT in service.derived().catalogue.by_iri


def test_an_ingest_revert_updates_the_indexes_to_equal_a_full_rebuild(
    service: ReadService, store: OxigraphStore, workflow: IngestWorkflow
) -> None:
    before = _entities(service.derived())
    done = workflow.commit(_text(REPORT), "alice")
    workflow.revert(done.record.id, "alice")  # two writes, one update: the changes chained
    _assert_same(service, store)
    assert _entities(service.derived()) == before


def test_a_write_the_journal_did_not_see_is_followed_by_a_full_rebuild(
    service: ReadService, store: OxigraphStore
) -> None:
    label = (
        f"<{ID}agency/co-quan-thu-nghiem> <http://www.w3.org/2004/02/skos/core#prefLabel> "
        '"Cơ quan Thử nghiệm"@vi .'
    )
    store.add_to_graph(f"{ID}graph/outside", RdfPayload(label.encode(), ox.RdfFormat.N_TRIPLES))
    found = service.derived()
    assert service.last_step == "built"
    assert f"{ID}agency/co-quan-thu-nghiem" in found.catalogue.by_iri


def test_updated_indexes_are_saved_under_the_new_state_and_loaded_after_a_restart(
    service: ReadService, store: OxigraphStore, workflow: IngestWorkflow
) -> None:
    workflow.commit(_text(REPORT), "alice")
    updated = service.derived()
    service.projection()
    service.saver.wait()
    assert store.path is not None
    store.close()
    reopened = OxigraphStore(store.path)
    try:
        loaded = ReadService(reopened)
        assert _entities(loaded.derived()) == _entities(updated)
        assert _answers(loaded.derived()) == _answers(updated)
        for reified in (False, True):
            assert _view(loaded.projection(reified)) == _view(service.projection(reified))
    finally:
        reopened.close()
