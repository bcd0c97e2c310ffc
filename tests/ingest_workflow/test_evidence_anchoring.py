"""A text ingest's evidence offsets are checked against the submitted text itself."""

from __future__ import annotations

from nội_chính_graph.ingest.payload import TEXT, Submission
from nội_chính_graph.ingest.workflow import IngestWorkflow

from .conftest import MOET, republished


def _anchor_results(workflow: IngestWorkflow, body: bytes) -> list[tuple[str, str]]:
    review = workflow.review(Submission(body, TEXT), "alice")
    return [
        (r.severity, r.message_en)
        for r in review.validation.report.results
        if r.shape.endswith("EvidenceAnchorShape")
    ]


def test_a_text_ingest_is_checked_against_its_own_text(workflow: IngestWorkflow) -> None:
    # Checked (before, a text ingest got an Info "offsets not checked"), and every quote is where
    # its offsets say: no note and no violation.
    assert _anchor_results(workflow, republished(MOET)) == []
