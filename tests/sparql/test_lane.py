"""The lane (issue 16): a heavy query never keeps a cheap one waiting, not even while its lane
process is being replaced, and a query past the timeout still stops using CPU."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from nội_chính_graph.errors import QueryTimeoutError, ServiceBusyError
from nội_chính_graph.sparql.executor import ProcessQueryPool
from nội_chính_graph.sparql.lane_worker import DEMOTED_NICENESS
from nội_chính_graph.sparql.worker import QueryJob
from nội_chính_graph.store.base import RdfPayload
from nội_chính_graph.store.oxigraph import OxigraphStore
from tests.sparql.pools import run_with_pool

GRAPH = "https://w3id.org/noi-chinh/graph/report/lane"
TIMEOUT = 2.0
# About 10^8 solutions to count: many seconds of CPU, far past the timeout.
_NUMBERS = " ".join(str(i) for i in range(100))
SLOW = (
    "SELECT (COUNT(*) AS ?n) WHERE { "
    + " ".join(f"VALUES ?{v} {{ {_NUMBERS} }}" for v in "abcd")
    + " }"
)


def fresh_cheap(n: int) -> QueryJob:
    """A cheap query whose text was never run: it cannot be answered in process."""
    return QueryJob(f"ASK {{ ?s ?p ?o }} # fresh {n}")


@pytest.fixture
def store() -> OxigraphStore:
    opened = OxigraphStore()
    payload = b"<https://e.org/s> <https://e.org/p> <https://e.org/o> ."
    opened.add_to_graph(GRAPH, RdfPayload(payload, ox.RdfFormat.N_TRIPLES))
    return opened


async def until(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        await asyncio.sleep(0.01)


async def timed_cheap(pool: ProcessQueryPool, n: int) -> float:
    started = time.monotonic()
    answer = await pool.run(fresh_cheap(n))
    assert json.loads(answer.body)["boolean"] is True
    return time.monotonic() - started


def thread_niceness(pid: int) -> Iterator[int]:
    for stat in Path(f"/proc/{pid}/task").glob("*/stat"):
        fields = stat.read_text().rsplit(")", 1)[1].split()
        yield int(fields[16])  # field 19 of stat(5); fields[0] is field 3


def test_a_cheap_query_is_answered_beside_a_heavy_one_on_the_same_lane_process(
    store: OxigraphStore,
) -> None:
    async def scenario(pool: ProcessQueryPool) -> None:
        process = pool.lane.current
        heavy = asyncio.ensure_future(pool.run(QueryJob(SLOW)))
        await until(lambda: pool.demoted == 1, 5, "the heavy query was not demoted")
        waits = [await timed_cheap(pool, n) for n in range(5)]
        assert pool.lane.current is process, "the lane process was replaced for a heavy query"
        assert max(waits) < 1.0, f"a cheap query waited {max(waits):.2f} s beside a heavy one"
        with pytest.raises(QueryTimeoutError):
            await heavy

    run_with_pool(store, scenario, timeout=TIMEOUT)


def test_a_demoted_query_runs_on_a_thread_at_the_lowest_priority(store: OxigraphStore) -> None:
    async def scenario(pool: ProcessQueryPool) -> None:
        process = pool.lane.current
        assert process is not None
        pid = process.process.pid
        assert pid is not None
        assert DEMOTED_NICENESS not in set(thread_niceness(pid))
        heavy = asyncio.ensure_future(pool.run(QueryJob(SLOW)))
        await until(
            lambda: DEMOTED_NICENESS in set(thread_niceness(pid)), 5, "no thread was reniced"
        )
        with pytest.raises(QueryTimeoutError):
            await heavy

    run_with_pool(store, scenario, timeout=TIMEOUT)


def test_a_query_past_the_timeout_on_the_lane_gets_its_process_killed_and_the_standby_serves(
    store: OxigraphStore,
) -> None:
    async def scenario(pool: ProcessQueryPool) -> None:
        doomed, standby = pool.lane.current, pool.lane.standby
        assert doomed is not None
        assert standby is not None
        with pytest.raises(QueryTimeoutError):
            await pool.run(QueryJob(SLOW))
        assert pool.lane.current is standby
        assert await timed_cheap(pool, 0) < 1.0  # no wait for a process to start
        await until(lambda: not doomed.process.is_alive(), 5, "the heavy query still runs")
        assert pool.killed == 1
        await until(lambda: pool.lane.standby is not None, 60, "no new standby was started")

    run_with_pool(store, scenario, timeout=TIMEOUT)


def test_a_text_that_ran_to_the_timeout_goes_to_the_pool_next_time_and_is_killed_there(
    store: OxigraphStore,
) -> None:
    async def scenario(pool: ProcessQueryPool) -> None:
        with pytest.raises(QueryTimeoutError):
            await pool.run(QueryJob(SLOW))  # on the lane
        lane_killed = pool.lane.killed
        worker = pool._idle._queue[0]  # type: ignore[attr-defined]
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError):
            await pool.run(QueryJob(SLOW))
        assert time.monotonic() - started < TIMEOUT + 1
        assert pool.lane.killed == lane_killed, "the lane ran the known heavy text again"
        await until(lambda: not worker.process.is_alive(), 5, "the pool worker still runs")
        assert pool.killed == lane_killed + 1

    run_with_pool(store, scenario, timeout=TIMEOUT)


def test_cheap_queries_never_wait_while_heavy_ones_hold_every_process(
    store: OxigraphStore,
) -> None:
    """More heavy queries than the pool and the lane's standby, run to the timeout and sent
    again as they end (lane processes are killed and started meanwhile): every cheap query
    is answered within a second."""

    async def keep_heavy(pool: ProcessQueryPool, n: int, stop: asyncio.Event) -> None:
        while not stop.is_set():
            with pytest.raises((QueryTimeoutError, ServiceBusyError)):
                await pool.run(QueryJob(f"{SLOW} # {n}"))

    async def scenario(pool: ProcessQueryPool) -> None:
        stop = asyncio.Event()
        heavy = [asyncio.ensure_future(keep_heavy(pool, n, stop)) for n in range(4)]
        waits: list[float] = []
        end = time.monotonic() + 2.5 * TIMEOUT
        while time.monotonic() < end:
            waits.append(await timed_cheap(pool, len(waits)))
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.gather(*heavy)
        assert pool.killed >= 2
        assert max(waits) < 1.0, f"a cheap query waited {max(waits):.2f} s"

    run_with_pool(store, scenario, timeout=TIMEOUT)
