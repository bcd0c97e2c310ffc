"""``ncg ingest``: the dry run prints the API's JSON; RDF payloads get the same summary."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from typer.testing import CliRunner

from nội_chính_graph.cli import ingest_cmd
from nội_chính_graph.ingest.payload import Submission
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore

from .conftest import ALICE, DATA, MOET, ONTOLOGY, TEXT, AppFactory, republished

_runner = CliRunner()


def _cli() -> typer.Typer:
    app = typer.Typer()
    ingest_cmd.register(app)

    @app.callback()
    def _root() -> None:
        """Test root."""

    return app


def _summary_ids(summary: dict) -> dict:  # type: ignore[type-arg]
    return {
        "blocs": sorted((b["id"], len(b["members"]), len(b["leaders"])) for b in summary["blocs"]),
        "people": sorted(p["id"] for p in summary["people"]),
        "events": sorted((e["id"], e["kind"], e["date"]) for e in summary["events"]),
    }


def test_cli_dry_run_json_is_what_the_api_returns(
    tmp_path: Path, make_client: AppFactory, store: OxigraphStore
) -> None:
    report = tmp_path / "moet.txt"
    report.write_bytes(republished(MOET))
    result = _runner.invoke(_cli(), ["ingest", str(report), "--dry-run", "--json", "--memory"])
    printed = json.loads(result.stdout)
    # exit codes as ncg validate's: 0 when the dry run conforms, 1 when it does not
    assert result.exit_code == (0 if printed["validation"]["report"]["conforms"] else 1)
    api = make_client(store).post(
        "/api/v1/ingests?dry_run=true", content=report.read_bytes(), headers=ALICE | TEXT
    )
    assert printed.keys() == api.json().keys()
    assert printed["ingest_id"] == api.json()["ingest_id"]
    assert printed["summary"] == api.json()["summary"]
    assert printed["diff"] == api.json()["diff"]


def test_cli_commits_into_an_on_disk_store_and_exits_1_when_rejected(tmp_path: Path) -> None:
    good, bad = tmp_path / "moet.txt", tmp_path / "bad.ttl"
    good.write_bytes(republished(MOET))
    bad.write_text("<http://e/s> <http://www.w3.org/2000/01/rdf-schema#label> 'x' .")
    loaded = OxigraphStore(tmp_path / "store")
    load_shipped(loaded, ontology=ONTOLOGY, data=DATA)
    loaded.close()
    store = ["--store", str(tmp_path / "store")]
    committed = _runner.invoke(_cli(), ["ingest", str(good), "--steward", "carol", *store])
    assert committed.exit_code == 0, committed.output
    assert committed.stdout.startswith("committed: ")
    rejected = _runner.invoke(_cli(), ["ingest", str(bad), *store])
    assert rejected.exit_code == 1
    audit = (tmp_path / "store.audit.jsonl").read_text(encoding="utf-8")
    assert '"steward": "carol"' in audit


def test_an_rdf_payload_gets_the_summary_the_extractor_gave(workflow: IngestWorkflow) -> None:
    text = workflow.review(Submission(republished(MOET), "text/plain"), "alice")
    rdf = workflow.review(Submission(text.triples.encode(), "text/turtle"), "alice")
    assert rdf.validation.report.conforms
    assert _summary_ids(rdf.summary.model_dump()) == _summary_ids(text.summary.model_dump())
    people = {p.id: p for p in rdf.summary.people}
    for person in text.summary.people:
        assert [x.agency for x in people[person.id].posts] == [x.agency for x in person.posts]


_VICE_PRESIDENT = (
    "SOURCE: http://example.vn/bai-viet\nTổng kết Khối thi đua\n22/01/2021 - 20:17\n\n"
    "Ngày 22/1/2021, Khối thi đua các Bộ, ngành Nội chính Trung ương tổ chức hội nghị tổng kết. "
    "Dự hội nghị có đồng chí Đặng Thị Ngọc Thịnh, Ủy viên Trung ương Đảng, Phó Chủ tịch nước; "
    "Thứ trưởng Nguyễn Thị Minh.\n"
)


def test_an_office_by_itself_is_a_post_in_no_organisation_and_conforms(
    workflow: IngestWorkflow,
) -> None:
    review = workflow.review(Submission(_VICE_PRESIDENT.encode(), "text/plain"), "alice")
    assert review.validation.report.conforms
    people = {p.name: p for p in review.summary.people}
    assert [(p.title, p.agency) for p in people["Đặng Thị Ngọc Thịnh"].posts] == [
        ("Phó Chủ tịch nước", None)
    ]
    # a bare "Thứ trưởng" has an organisation the text leaves out: flagged, not recorded
    assert people["Nguyễn Thị Minh"].posts == []
    assert any(f.code == "post-without-agency" for f in review.flags)
