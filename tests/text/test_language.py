"""Text that is not Vietnamese, or not about emulation, is flagged for the steward."""

import json
from pathlib import Path

from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.text.language import about_emulation, looks_vietnamese

CORPUS = Path(__file__).resolve().parents[2] / "eval" / "corpus"


def _is_decoy(report: Path) -> bool:
    gold = json.loads(report.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return bool(gold.get("kind") == "decoy")


def test_every_real_report_reads_as_vietnamese_and_about_emulation() -> None:
    reports = sorted(CORPUS.glob("*/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in reports]
    assert len(texts) >= 30
    assert all(looks_vietnamese(t) for t in texts)
    # Decoys are real reports on state bodies, some with no emulation bloc in them at all.
    blocs = [t for p, t in zip(reports, texts, strict=True) if not _is_decoy(p)]
    assert len(blocs) >= 30
    assert all(about_emulation(t) for t in blocs)


def test_english_text_and_other_news_are_flagged() -> None:
    english = "The Ministry of Public Security held its annual review of the emulation bloc."
    x = extract_report(english, Gazetteer(), report_slug="en")
    assert "not-vietnamese" in {f.code for f in x.flags}
    weather = "Thời tiết Hà Nội hôm nay có mưa rào và dông rải rác, nhiệt độ cao nhất 30 độ."
    y = extract_report(weather, Gazetteer(), report_slug="vi")
    codes = {f.code for f in y.flags}
    assert "not-a-report" in codes
    assert "not-vietnamese" not in codes
