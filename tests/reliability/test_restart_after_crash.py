"""The embedded store starts the first time after any crash (issue 13, finding 3).

A server killed with SIGKILL leaves its query workers' checkpoints behind in
``{store}.snapshots``. Snapshot names used to restart on every start, so the second crash left a
checkpoint whose name the next start wanted again ("Directory exists") and only the start after
that worked: a supervisor restarting the service would loop. Exactly the reported sequence:
start, serve a query, kill -9, twice; then one start must come up.
"""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.reliability.test_kill9 import server

ASK = {"query": "ASK { ?s ?p ?o }"}


def serve_a_query_then_crash(data_dir: Path) -> None:
    """Start on ``data_dir``, answer one query, then SIGKILL the server and its workers."""
    with server(data_dir) as running:
        answer = httpx.get(f"{running.url}/sparql", params=ASK, timeout=30)
        assert answer.json()["boolean"] is True
        running.kill()


def test_the_store_starts_the_first_time_after_two_crashes(tmp_path: Path) -> None:
    data_dir = tmp_path / "store"
    serve_a_query_then_crash(data_dir)
    serve_a_query_then_crash(data_dir)
    assert any(data_dir.with_name("store.snapshots").iterdir()), "no checkpoint left behind"
    with server(data_dir) as running:  # fails here if the start does not come up
        answer = httpx.get(f"{running.url}/sparql", params=ASK, timeout=30)
        assert answer.json()["boolean"] is True
