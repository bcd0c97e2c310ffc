"""A report that gives no date at all commits: its posts are held until the day it came in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nội_chính_graph.ingest.audit import AuditLog
from nội_chính_graph.ingest.payload import Submission
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.store.base import SolutionsResult
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.views.blocs import bloc_memberships, membership_timeline
from nội_chính_graph.views.service import ReadService

from .conftest import shared_validator

# A photo caption: a day and month, no year, and an address without a date.
UNDATED = (
    "Chiều 14/5, đồng chí Lê Văn Tám, Phó Viện trưởng Viện kiểm sát nhân dân tối cao phát biểu "
    "tại hội nghị tổng kết công tác thi đua của Khối thi đua các cơ quan Nội chính."
).encode()
RECEIVED = dt.datetime(2026, 12, 5, 9, 30, tzinfo=dt.UTC)

_WHEN = """
PREFIX ncg: <https://w3id.org/noi-chinh/ontology#>
PREFIX time: <http://www.w3.org/2006/time#>
SELECT ?interval ?begin ?end WHERE {
  GRAPH $g { ?holding a ncg:PostHolding ; ncg:attestedDuring ?interval .
    OPTIONAL { ?interval time:hasBeginning/time:inXSDDate ?begin }
    OPTIONAL { ?interval time:hasEnd/time:inXSDDate ?end } }
}"""


def _workflow(store: OxigraphStore, tmp_path: Path) -> IngestWorkflow:
    audit = AuditLog(tmp_path / "audit.jsonl")
    return IngestWorkflow(store, shared_validator(), audit, clock=lambda: RECEIVED)


def _select(store: OxigraphStore, query: str) -> list[dict[str, str]]:
    result = store.query(query)
    assert isinstance(result, SolutionsResult)
    return [{k: str(getattr(v, "value", v)) for k, v in row.items()} for row in result.rows]


def _intervals(store: OxigraphStore, graph: str) -> set[tuple[str, str | None, str | None]]:
    rows = _select(store, _WHEN.replace("$g", f"<{graph}>"))
    return {(row["interval"], row.get("begin"), row.get("end")) for row in rows}


def test_an_undated_report_commits_with_posts_held_until_the_day_it_came_in(
    store: OxigraphStore, tmp_path: Path
) -> None:
    workflow = _workflow(store, tmp_path)
    review = workflow.review(Submission(UNDATED, "text/plain"), "alice")
    assert review.validation.report.conforms, review.validation.report.results
    flag = next(f for f in review.flags if f.code == "no-date")
    assert "2026-12-05" in flag.message
    assert "--published" in flag.message
    done = workflow.commit(Submission(UNDATED, "text/plain"), "alice")
    until = "https://w3id.org/noi-chinh/id/until/2026-12-05"
    assert _intervals(store, done.record.graph) == {(until, None, "2026-12-05")}


def test_a_publication_date_given_dates_the_same_report_by_its_year(
    store: OxigraphStore, tmp_path: Path
) -> None:
    submission = Submission(UNDATED, "text/plain", published=dt.date(2020, 5, 15))
    workflow = _workflow(store, tmp_path)
    assert "no-date" not in [f.code for f in workflow.review(submission, "alice").flags]
    done = workflow.commit(submission, "alice")
    year = "https://w3id.org/noi-chinh/id/year/2020"
    assert _intervals(store, done.record.graph) == {(year, "2020-01-01", "2020-12-31")}


# A bloc and its units, no year anywhere.
UNDATED_BLOC = (
    "Sáng 15/5, Cụm thi đua số 1, Bộ Công an gồm: Cục An ninh đối ngoại, Cục An ninh nội địa "
    "và Cục An ninh kinh tế đã tổ chức lễ báo công."
).encode()


def test_an_undated_reports_bloc_members_commit_and_show_in_no_year(
    store: OxigraphStore, tmp_path: Path
) -> None:
    workflow = _workflow(store, tmp_path)
    done = workflow.commit(Submission(UNDATED_BLOC, "text/plain"), "alice")
    assert done.validation is None or done.validation.report.conforms
    views = ReadService(store, workflow.journal)
    blocs = _select(
        store,
        "SELECT DISTINCT ?b WHERE { GRAPH <" + done.record.graph + "> { "
        "?m a <https://w3id.org/noi-chinh/ontology#BlocMembership> ; "
        "<http://www.w3.org/ns/org#organization> ?b } }",
    )
    assert len(blocs) == 1
    bloc = blocs[0]["b"]
    rows = bloc_memberships(views, bloc)
    assert len(rows) == 3
    assert {(r.role, r.first, r.begin, r.end) for r in rows} == {
        ("member", None, None, "2026-12-05")
    }
    assert membership_timeline(views, bloc, "vi").timeline == []
