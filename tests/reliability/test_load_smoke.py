"""A short run of ``bench/load_test.py`` (4 clients, 5 s, an ingest and its revert in the middle):
no failed read, and the consistency reader only ever saw the graph before or after the ingest."""

from __future__ import annotations

from bench.load_test import CALLS, run


def test_mixed_reads_during_an_ingest_and_revert_see_all_or_nothing() -> None:
    result = run(clients=4, seconds=5.0, ingest_at=1.0, revert_at=3.0, workers=1)
    assert result["server_alive"]
    assert set(result["calls"]) == set(CALLS)
    for name, figures in result["calls"].items():
        assert figures["requests"] > 10, name
        assert figures["errors"] == 0, (name, figures["error_kinds"])
    assert result["ingest"]["status"] == 201
    assert result["revert"]["status"] == 200
    assert result["ingest_triples"] > 0
    assert result["consistent"], result["reader"]
    assert len(result["reader"]) == 2, "the reader saw only one side of the ingest"
