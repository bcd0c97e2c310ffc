"""A failed commit or revert leaves the store exactly as it was; records survive a restart."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from nội_chính_graph.errors import StoreError
from nội_chính_graph.ingest.audit import AuditLog
from nội_chính_graph.ingest.payload import Submission
from nội_chính_graph.ingest.records import RECORDS_GRAPH
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.store.base import RdfPayload, SolutionsResult
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore

from .conftest import (
    DATA,
    MOET,
    NOI_CHINH_2020,
    ONTOLOGY,
    dataset_of,
    republished,
    same_dataset,
    shared_validator,
)

_TEXT = "text/plain"


class FailingStore(OxigraphStore):
    """An in-memory store whose transactions touching chosen graphs fail, as a server might."""

    def __init__(self) -> None:
        super().__init__()
        self.fail_add: set[str] = set()
        self.fail_delete: set[str] = set()

    def write_graphs(
        self,
        *,
        add: Mapping[str, RdfPayload] | None = None,
        replace: Mapping[str, RdfPayload] | None = None,
        delete: Sequence[str] = (),
    ) -> None:
        if self.fail_add & {*(add or {}), *(replace or {})}:
            raise StoreError("injected failure adding to the records graph")
        if self.fail_delete & set(delete):
            raise StoreError("injected failure deleting an ingest graph")
        super().write_graphs(add=add, replace=replace, delete=delete)


@pytest.fixture
def failing(tmp_path: Path) -> tuple[FailingStore, IngestWorkflow]:
    store = FailingStore()
    load_shipped(store, ontology=ONTOLOGY, data=DATA)
    return store, IngestWorkflow(store, shared_validator(), AuditLog(tmp_path / "audit.jsonl"))


def test_a_failure_writing_the_record_leaves_the_store_unchanged(
    failing: tuple[FailingStore, IngestWorkflow],
) -> None:
    store, workflow = failing
    workflow.commit(Submission(republished(NOI_CHINH_2020), _TEXT), "alice")
    before = dataset_of(store)
    store.fail_add.add(str(RECORDS_GRAPH))
    with pytest.raises(StoreError, match="injected"):
        workflow.commit(Submission(republished(MOET), _TEXT), "alice")
    assert same_dataset(dataset_of(store), before)
    assert len(workflow.records()) == 1


def test_a_failure_deleting_the_graph_leaves_the_ingest_in_place(
    failing: tuple[FailingStore, IngestWorkflow],
) -> None:
    store, workflow = failing
    done = workflow.commit(Submission(republished(MOET), _TEXT), "alice")
    before = dataset_of(store)
    store.fail_delete.add(done.record.graph)
    with pytest.raises(StoreError, match="injected"):
        workflow.revert(done.record.id, "alice")
    assert same_dataset(dataset_of(store), before)
    assert workflow.record(done.record.id) == done.record


class RecordingStore(OxigraphStore):
    """An in-memory store that records which write methods are called."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def add_to_graph(self, graph: str, payload: RdfPayload) -> None:
        self.writes.append("add_to_graph")
        super().add_to_graph(graph, payload)

    def replace_graph(self, graph: str, payload: RdfPayload) -> None:
        self.writes.append("replace_graph")
        super().replace_graph(graph, payload)

    def delete_graph(self, graph: str) -> bool:
        self.writes.append("delete_graph")
        return super().delete_graph(graph)

    def write_graphs(
        self,
        *,
        add: Mapping[str, RdfPayload] | None = None,
        replace: Mapping[str, RdfPayload] | None = None,
        delete: Sequence[str] = (),
    ) -> None:
        self.writes.append("write_graphs")
        super().write_graphs(add=add, replace=replace, delete=delete)


def test_commit_and_revert_are_each_one_transaction(tmp_path: Path) -> None:
    store = RecordingStore()
    load_shipped(store, ontology=ONTOLOGY, data=DATA)
    workflow = IngestWorkflow(store, shared_validator(), AuditLog(tmp_path / "audit.jsonl"))
    store.writes.clear()
    done = workflow.commit(Submission(republished(MOET), _TEXT), "alice")
    assert store.writes == ["write_graphs"]
    assert store.count(done.record.graph) > 0
    store.writes.clear()
    workflow.revert(done.record.id, "alice")
    assert store.writes == ["write_graphs"]
    assert done.record.graph not in store.graphs()


def test_records_survive_a_restart_of_an_on_disk_store(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = OxigraphStore(path)
    load_shipped(store, ontology=ONTOLOGY, data=DATA)
    audit = AuditLog(tmp_path / "audit.jsonl")
    done = IngestWorkflow(store, shared_validator(), audit).commit(
        Submission(republished(MOET), _TEXT, source_url="https://moet.gov.vn/x"), "bob"
    )
    store.close()
    reopened = OxigraphStore(path)
    try:
        records = IngestWorkflow(reopened, shared_validator(), audit).records()
    finally:
        reopened.close()
    assert records == [done.record]
    assert records[0].source_url == "https://moet.gov.vn/x"


def test_a_reverted_ingest_can_be_ingested_again(
    failing: tuple[FailingStore, IngestWorkflow],
) -> None:
    _store, workflow = failing
    submission = Submission(republished(MOET), _TEXT)
    first = workflow.commit(submission, "alice")
    workflow.revert(first.record.id, "alice")
    again: Any = workflow.commit(submission, "alice")
    assert again.created is True
    assert again.record.id == first.record.id


def test_a_commit_reads_its_text_again_when_another_commit_landed_meanwhile(
    workflow: IngestWorkflow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two stewards commit at once: the report read first must not mint the IRI the other
    minted meanwhile for another person (names that differ only in diacritics share a slug):
    one IRI with two names, which the shapes refuse."""
    vuong = (
        "Ngày 5/3/2024, tại tỉnh Lạng Sơn, ông Trần Quốc Vương, Giám đốc Sở Tư pháp tỉnh Lạng "
        "Sơn, phát biểu tại hội nghị tổng kết công tác thi đua năm 2023."
    ).encode()
    vuong_2 = (
        "Ngày 6/3/2024, tại tỉnh Thái Bình, ông Trần Quốc Vượng, Giám đốc Sở Xây dựng tỉnh Thái "
        "Bình, phát biểu tại hội nghị tổng kết công tác thi đua năm 2023."
    ).encode()
    prepare = workflow.prepare
    raced: list[bool] = []

    def racing(submission: Submission, steward: str | None) -> Any:
        candidate = prepare(submission, steward)
        if submission.body == vuong_2 and not raced:
            raced.append(True)  # the other steward's commit lands while this one is read
            workflow.commit(Submission(vuong, _TEXT), "bob")
        return candidate

    monkeypatch.setattr(workflow, "prepare", racing)
    workflow.commit(Submission(vuong_2, _TEXT), "alice")
    assert raced
    result = workflow.store.query(
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?p ?n WHERE { GRAPH ?g { ?p foaf:name ?n "
        'FILTER(STRSTARTS(STR(?p), "https://w3id.org/noi-chinh/id/person/tran-quoc-vuong")) } }'
    )
    assert isinstance(result, SolutionsResult)
    names = {(str(r["p"]), str(r["n"])) for r in result.rows}
    assert len({p for p, _ in names}) == 2, names
