"""Two API processes over one remote store: a write through one is seen by the other within
the freshness setting (issue 13, finding 4). Before, the second process kept its search index,
lists and entity labels from before the write until it restarted.

Both processes are real ``uvicorn`` servers over the same Oxigraph server, then the same
Virtuoso. An ingest is committed through A; B must answer every read exactly as A does within
``NCG_REMOTE_FRESHNESS`` (0.5 s here) plus the time to rebuild its indexes, and a revert through
A must reach B the same way.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from nội_chính_graph.config import Settings
from nội_chính_graph.store.factory import open_store
from tests.reliability.test_kill9 import BODY, HEADERS, TOKEN
from tests.sparql.conftest import free_port
from tests.store.backends import clear, settings_for
from tests.store.test_remote_store import server

__all__ = ["server"]  # fixture used here

pytestmark = pytest.mark.remote

ROOT = Path(__file__).resolve().parents[2]
FRESHNESS = 0.5
#: Rebuilding B's indexes after it notices the write (about 0.3 s for the shipped data).
REBUILD_ALLOWANCE = 1.5
READS = (
    "/api/v1/people?limit=100",
    "/api/v1/agencies?limit=100",
    "/api/v1/events?limit=100",
    "/api/v1/blocs?limit=100",
    "/api/v1/search?q=nguyen%20thi&limit=50",
    "/api/v1/search?q=khoi&limit=50",
)


def environment(settings: Settings, data_dir: Path, *, load: bool) -> dict[str, str]:
    values = {
        "NCG_STORE": "remote",
        "NCG_REMOTE_URL": settings.remote_url or "",
        "NCG_REMOTE_FRESHNESS": str(FRESHNESS),
        "NCG_LOAD_DATA_ON_START": "true" if load else "false",
        "NCG_DATA_DIR": str(data_dir),
        "NCG_API_TOKENS": f"steward:{TOKEN}",
        "NCG_REMOTE_TIMEOUT": "60",
    }
    optional = {
        "NCG_REMOTE_UPDATE_URL": settings.remote_update_url,
        "NCG_REMOTE_GSP_URL": settings.remote_gsp_url,
        "NCG_REMOTE_GRAPH_PREFIX": settings.remote_graph_prefix,
    }
    values.update({k: v for k, v in optional.items() if v is not None})
    return os.environ | values


@contextmanager
def api_process(env: dict[str, str]) -> Iterator[str]:
    """One uvicorn process of the app; its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "uvicorn", "api.app:create_app", "--factory"]
    command += ["--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, "the API process exited while starting"
            try:
                if httpx.get(f"{url}/api/v1/people", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the API process did not start"
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(20)


def answers(url: str) -> dict[str, Any]:
    return {path: httpx.get(url + path, timeout=30).json() for path in READS}


def seconds_until_alike(a: str, b: str, limit: float) -> float:
    """How long B took to answer every read as A does (fails past ``limit``)."""
    expected, started = answers(a), time.monotonic()
    while True:
        got = answers(b)
        if got == expected:
            return time.monotonic() - started
        stale = [path for path in READS if got[path] != expected[path]]
        assert time.monotonic() - started < limit, f"B still answers from before: {stale}"
        time.sleep(0.05)


@pytest.fixture(params=["oxigraph-server", "virtuoso"])
def two(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    settings = settings_for(request, str(request.param), tmp_path)
    store = open_store(settings)
    clear(store)
    store.close()
    with (
        api_process(environment(settings, tmp_path / "a", load=True)) as a,
        api_process(environment(settings, tmp_path / "b", load=False)) as b,
    ):
        yield a, b
    store = open_store(settings)
    clear(store)
    store.close()


def test_a_write_through_one_process_reaches_the_other(two: tuple[str, str]) -> None:
    a, b = two
    before = answers(b)
    assert before == answers(a), "the two processes disagree before any write"
    committed = httpx.post(f"{a}/api/v1/ingests", content=BODY, headers=HEADERS, timeout=300)
    assert committed.status_code == 201, committed.text[:300]
    assert answers(a) != before, "the ingest changed nothing a reader sees"
    assert seconds_until_alike(a, b, FRESHNESS + REBUILD_ALLOWANCE) < FRESHNESS + REBUILD_ALLOWANCE
    ingest = committed.json()["record"]["id"]
    reverted = httpx.delete(f"{a}/api/v1/ingests/{ingest}", headers=HEADERS, timeout=300)
    assert reverted.status_code == 200, reverted.text[:300]
    seconds_until_alike(a, b, FRESHNESS + REBUILD_ALLOWANCE)
    assert answers(b) == before
