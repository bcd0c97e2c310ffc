"""The server process group is killed (SIGKILL) in the middle of an ingest, at a sweep of moments
from the request's arrival to past its commit, then started again on the same on-disk store.
Each time: the store opens, every graph that was there before is unchanged, and the ingest is
either wholly there (its graph with all its triples and its record) or wholly absent; sending
it again then ends with it there exactly once."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from nội_chính_graph.ingest.records import RECORDS_GRAPH
from nội_chính_graph.store.oxigraph import OxigraphStore
from tests.reliability.conftest import ROOT
from tests.sparql.conftest import free_port

TOKEN = "kill9-steward-token"
REPORT = ROOT / "data" / "reports" / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
BODY = REPORT.read_bytes() + b"\n"  # a new text whose facts fit the graph
HEADERS = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
INGEST_PREFIX = "https://w3id.org/noi-chinh/graph/ingest/"
#: Fractions of a full ingest's duration at which the server is killed.
# Fractions of a calibrated ingest at which the server is killed; the last ones land after the
# commit even when the machine is busier than during calibration.
SWEEP = (0.0, 0.35, 0.7, 0.85, 0.93, 0.97, 1.0, 1.02, 1.5, 3.0)


def test_fixture_report_exists() -> None:
    assert REPORT.is_file()


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        """SIGKILL the server and its query workers (its own process group)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(10)


@contextmanager
def server(data_dir: Path) -> Iterator[Server]:
    """uvicorn in its own process group on an on-disk store; killed on exit if still alive."""
    port = free_port()
    env = os.environ | {
        "NCG_STORE": "oxigraph",
        "NCG_DATA_DIR": str(data_dir),
        "NCG_API_TOKENS": f"steward:{TOKEN}",
        "NCG_QUERY_WORKERS": "1",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    running = Server(f"http://127.0.0.1:{port}", process)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, "the server exited while starting"
            try:
                if httpx.get(f"{running.url}/api/v1/ingests", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield running
    finally:
        running.kill()


def contents(data_dir: Path) -> dict[str, set[str]]:
    """Every graph of the store (opened directly) as a set of N-Triples lines."""
    store = OxigraphStore(data_dir)
    try:
        result = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        graphs: dict[str, set[str]] = {}
        for row in result.rows:  # type: ignore[union-attr]
            name = row["g"]
            assert isinstance(name, ox.NamedNode)
            graphs.setdefault(name.value, set()).add(f"{row['s']} {row['p']} {row['o']}")
        return graphs
    finally:
        store.close()


def split(graphs: dict[str, set[str]]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(graphs the ingest workflow writes, every other graph)."""
    ours = {
        g: t for g, t in graphs.items() if g.startswith(INGEST_PREFIX) or g == str(RECORDS_GRAPH)
    }
    return ours, {g: t for g, t in graphs.items() if g not in ours}


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float, int]:
    """A store with the shipped data (first start), the duration of a full ingest, and how many
    triples the ingest's graph holds."""
    root = tmp_path_factory.mktemp("kill9")
    pristine, probe = root / "pristine", root / "probe"
    with server(pristine):
        pass
    shutil.copytree(pristine, probe)
    with server(probe) as running:
        started = time.monotonic()
        response = httpx.post(
            f"{running.url}/api/v1/ingests", content=BODY, headers=HEADERS, timeout=120
        )
        duration = time.monotonic() - started
    assert response.status_code == 201, response.text[:300]
    ours, _ = split(contents(probe))
    ingest_graphs = [g for g in ours if g.startswith(INGEST_PREFIX)]
    assert len(ingest_graphs) == 1
    return pristine, duration, len(ours[ingest_graphs[0]])


ABSENT, PRESENT, GRAPH_WITHOUT_RECORD = "absent", "present", "graph without record"


def ingest_state(graphs: dict[str, set[str]], before: dict[str, set[str]], triples: int) -> str:
    """Check the store against ``before`` (every other graph unchanged, no partial graph, no
    record without its graph); say whether the ingest is absent, present, or -- the known gap --
    its graph is there without its record."""
    ours, others = split(graphs)
    assert others == before, "a graph that was there before changed"
    ingest_graphs = [g for g in ours if g.startswith(INGEST_PREFIX)]
    records = ours.get(str(RECORDS_GRAPH), set())
    if not ingest_graphs:
        assert not records, "a record without its graph"
        return ABSENT
    assert len(ingest_graphs) == 1
    graph = ingest_graphs[0]
    assert len(ours[graph]) == triples, "half an ingest graph"
    return PRESENT if any(graph in triple for triple in records) else GRAPH_WITHOUT_RECORD


def assert_all_or_nothing(
    graphs: dict[str, set[str]], before: dict[str, set[str]], triples: int
) -> bool:
    """The ingest is wholly there or wholly absent; return whether it is there."""
    state = ingest_state(graphs, before, triples)
    assert state != GRAPH_WITHOUT_RECORD, "an ingest graph without its record"
    return state == PRESENT


def kill_during_ingest(pristine: Path, data_dir: Path, delay: float) -> None:
    """Start a server on a copy of ``pristine``, send the ingest, SIGKILL it after ``delay``."""
    shutil.copytree(pristine, data_dir)
    with server(data_dir) as running:

        def post() -> None:
            with contextlib.suppress(httpx.TransportError):  # the server dies under it
                httpx.post(
                    f"{running.url}/api/v1/ingests", content=BODY, headers=HEADERS, timeout=120
                )

        sender = threading.Thread(target=post)
        sender.start()
        time.sleep(delay)
        running.kill()
        sender.join(30)


def test_kill_9_during_an_ingest_leaves_it_all_or_nothing(
    baseline: tuple[Path, float, int], tmp_path: Path
) -> None:
    pristine, duration, triples = baseline
    _, before = split(contents(pristine))
    outcomes: dict[float, str] = {}
    for fraction in SWEEP:
        data_dir = tmp_path / f"store-{fraction}"
        kill_during_ingest(pristine, data_dir, duration * fraction)
        try:
            state = outcomes[fraction] = ingest_state(contents(data_dir), before, triples)
        except AssertionError as exc:
            raise AssertionError(f"killed at {fraction:.2f} of the ingest: {exc}") from exc
        with server(data_dir) as running:
            listed = httpx.get(f"{running.url}/api/v1/ingests").json()
            assert len(listed) == int(state == PRESENT), (fraction, listed)
            again = httpx.post(
                f"{running.url}/api/v1/ingests", content=BODY, headers=HEADERS, timeout=120
            )
        # Commit is one transaction: a graph without its record would be half an ingest.
        assert state != GRAPH_WITHOUT_RECORD, f"killed at {fraction:.2f}: graph without record"
        assert again.status_code == (200 if state == PRESENT else 201), again.text[:300]
        assert assert_all_or_nothing(contents(data_dir), before, triples)
    assert {ABSENT, PRESENT} <= set(outcomes.values()), outcomes
