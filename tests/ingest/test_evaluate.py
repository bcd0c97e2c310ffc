"""The extractor reaches the quality bar on the dev texts and the 2023 report."""

from pathlib import Path

import pytest

from nội_chính_graph.ingest.evaluate import (
    Score,
    default_graph_files,
    evaluate,
    format_table,
    load_graph,
)
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
GOLD = HERE / "gold" / "gold.json"
TEXTS = HERE / "texts"


def test_gold_texts_and_graph_files_were_found() -> None:
    assert len(list(TEXTS.glob("*.txt"))) == 4
    assert GOLD.is_file()
    assert any(p.suffix == ".ttl" for p in default_graph_files(ROOT))


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Score]]:
    gazetteer = Gazetteer.from_graph(load_graph(default_graph_files(ROOT)))
    return evaluate(GOLD, TEXTS, gazetteer)


def test_every_gold_text_is_scored(results: dict[str, dict[str, Score]]) -> None:
    assert len(results) == 4
    assert "P" in format_table(results)


@pytest.mark.parametrize("category", ["people", "members", "leaders", "events"])
def test_precision_and_recall_reach_ninety_percent(
    results: dict[str, dict[str, Score]], category: str
) -> None:
    total = sum((s[category] for s in results.values() if category in s), Score(0, 0, 0))
    assert total.tp > 0
    assert total.precision >= 0.9
    assert total.recall >= 0.9
