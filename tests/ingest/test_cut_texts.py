"""Excerpts of real reports are often cut off mid-sentence, right after a list opens. The
extractor must read any prefix of a report without failing (a crash would be a 500 at ingest)."""

import re
from pathlib import Path

import pytest

from nội_chính_graph.ingest.evaluate import default_graph_files, load_corpus, load_graph
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.findings import find
from nội_chính_graph.ingest.pipeline import extract_report

ROOT = Path(__file__).resolve().parents[2]
REPORTS = load_corpus(ROOT / "eval" / "corpus")
# where lists and names open: a prefix ending there leaves the reader at the text's end
OPENERS = re.compile(r"[(:;,]|\bgồm\b|\blà\b|\bvà\b")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_graph(load_graph(default_graph_files(ROOT)))


def _cuts(text: str, limit: int = 6) -> list[int]:
    found = [m.end() for m in OPENERS.finditer(text)]
    step = max(1, len(found) // limit)
    return found[::step][:limit]


@pytest.mark.parametrize("report", REPORTS, ids=[r.stem for r in REPORTS])
def test_every_report_cut_after_a_list_opener_is_read_without_error(
    gazetteer: Gazetteer, report: object
) -> None:
    text = report.text  # type: ignore[attr-defined]
    cuts = _cuts(text)
    assert cuts, "a report with no list opener at all"
    for cut in cuts:
        find(text[:cut], gazetteer)
    # the whole extraction (resolution, RDF, summary) on one cut as well
    extract_report(text[: cuts[len(cuts) // 2]], gazetteer, report_slug="cut")
