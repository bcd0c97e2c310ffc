"""Run queries with a real timeout, and keep cheap queries from waiting behind heavy ones.

pyoxigraph cannot interrupt a running query, so embedded queries run in worker *processes*:
a query past the timeout is stopped by killing its process (freeing its CPU at once). Where a
query runs (issue 16):

1. **In process** (:mod:`nội_chính_graph.sparql.inline`), when the same job was cheap on the
   same store generation (a bounded, measured cost): no hop at all.
2. **On the lane** (:mod:`nội_chính_graph.sparql.lane`) for every other query: a process that
   runs several queries at once, one thread each. A query past :data:`LANE_BUDGET` is demoted
   (its thread to the lowest CPU priority) and cheap queries go on being answered beside it;
   one reaching its deadline gets its process killed, once a standby process has taken the
   new queries over. A cheap query never waits for a heavy one, nor for a process to start.
3. **On the pool** (:data:`size` single-query processes at ``nice`` :data:`POOL_NICENESS`):
   queries whose text already ran to the timeout once (a client retrying a heavy query), and
   any query when the lane is full. Past the timeout the worker is killed and replaced.

Workers never touch the live store. Each opens an immutable snapshot of it
(:mod:`nội_chính_graph.sparql.snapshots`). Remote stores need no processes: the HTTP call runs
in a thread under the same deadline.

The hand-off to a worker is kept cheap: the server talks to it over a non-blocking Unix socket
pair with the event loop's own socket calls, one length-prefixed frame each way, and the worker
sends back the response body ready to go (see :mod:`nội_chính_graph.sparql.worker`).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import Any, Protocol

from nội_chính_graph.errors import NcgError, QueryTimeoutError, ServiceBusyError
from nội_chính_graph.sparql.channel import (
    WorkerCrashedError,
    read_frame,
    spawn_process,
    stop_process,
)
from nội_chính_graph.sparql.inline import Claim, InlineRunner
from nội_chính_graph.sparql.lane import LANE_BUDGET, Lane, LaneProcess, LaneRetiredError
from nội_chính_graph.sparql.lane_worker import lane_main
from nội_chính_graph.sparql.snapshots import Snapshots
from nội_chính_graph.sparql.worker import (
    QueryAnswer,
    QueryJob,
    encode_frame,
    execute,
    rebuild_error,
    worker_main,
)
from nội_chính_graph.store.base import Snapshot, Store
from nội_chính_graph.store.oxigraph import OxigraphStore

#: Pool workers run at this lower CPU priority, so that on a busy machine the lane, the
#: in-process threads and the event loop still get a core at once while heavy queries run.
POOL_NICENESS = 10
#: How many texts of queries that ran to the timeout are remembered.
HEAVY_REMEMBERED = 256


class QueryRunner(Protocol):
    """Runs jobs under ``timeout`` seconds; raises QueryTimeoutError past it."""

    async def start(self) -> None:
        """Get ready (spawn workers)."""
        ...

    async def run(self, job: QueryJob) -> QueryAnswer:
        """Run one job."""
        ...

    async def close(self) -> None:
        """Stop everything started."""
        ...


def _timeout_error(timeout: float) -> QueryTimeoutError:
    return QueryTimeoutError(
        f"The query ran longer than the {timeout:g} s limit and was stopped. "
        "Narrow it (more selective patterns, LIMIT) and try again.",
        details={"timeout_seconds": timeout},
    )


def _busy_error(timeout: float) -> ServiceBusyError:
    return ServiceBusyError(
        "Every query worker stayed busy past the time limit; try again later.",
        details={"timeout_seconds": timeout},
    )


class ThreadQueryRunner:
    """For stores that do their own work elsewhere (remote): a thread waits under a deadline."""

    def __init__(self, store: Store, timeout: float) -> None:
        self.store = store
        self.timeout = timeout

    async def start(self) -> None:
        """Nothing to start."""

    async def run(self, job: QueryJob) -> QueryAnswer:
        """Run in a thread; give up waiting after the timeout."""
        try:
            return await asyncio.wait_for(asyncio.to_thread(execute, self.store, job), self.timeout)
        except TimeoutError:
            raise _timeout_error(self.timeout) from None

    async def close(self) -> None:
        """Nothing to stop."""


@dataclass
class _Worker:
    process: BaseProcess
    sock: socket.socket  # the server's end, non-blocking once the worker is ready
    snapshot: Snapshot


class ProcessQueryPool:
    """In-process threads, the lane and a pool of worker processes (see the module docstring)."""

    def __init__(
        self,
        store: OxigraphStore,
        *,
        size: int,
        timeout: float,
        lane_budget: float = LANE_BUDGET,
        inline: bool = True,
    ) -> None:
        self.store = store
        self.size = size
        self.timeout = timeout
        self.snapshots = Snapshots(store)
        self.lane = Lane(self.snapshots, self._spawn_lane, self._notify, budget=lane_budget)
        self.inline = InlineRunner(store) if inline else None
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._freed = asyncio.Event()  # set (and cleared) whenever a worker or place frees
        self._background: set[asyncio.Task[None]] = set()
        self._pool_killed = 0
        self._heavy: dict[str, None] = {}  # texts that ran to the timeout, oldest first

    @property
    def killed(self) -> int:
        """Processes stopped for a query past the timeout (pool workers and lane processes)."""
        return self._pool_killed + self.lane.killed

    @property
    def demoted(self) -> int:
        """Queries found heavy on the lane."""
        return self.lane.demoted

    # -------------------------------------------------------------- processes

    async def _spawn_process(self, main: Any, niceness: int) -> tuple[BaseProcess, Any, Snapshot]:
        snapshot = await self.snapshots.fresh()
        self.snapshots.hold(snapshot)
        try:
            process, sock = await asyncio.to_thread(spawn_process, main, snapshot, niceness)
        except BaseException:
            self.snapshots.release(snapshot)
            raise
        return process, sock, snapshot

    async def _spawn(self) -> _Worker:
        return _Worker(*await self._spawn_process(worker_main, POOL_NICENESS))

    async def _spawn_lane(self) -> LaneProcess:
        return LaneProcess(*await self._spawn_process(lane_main, 0))

    def _kill(self, worker: _Worker) -> None:
        stop_process(worker.process, worker.sock)
        self.snapshots.release(worker.snapshot)

    async def _replace(self) -> None:
        self._give_back(await self._spawn())

    def _replace_later(self) -> None:
        task = asyncio.create_task(self._replace())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _give_back(self, worker: _Worker) -> None:
        self._idle.put_nowait(worker)
        self._notify()

    def _notify(self) -> None:
        self._freed.set()  # wakes every waiter at once; each looks again
        self._freed.clear()

    async def start(self) -> None:
        """Spawn the pool workers and the lane's two processes (in parallel)."""
        workers, _ = await asyncio.gather(
            asyncio.gather(*(self._spawn() for _ in range(self.size))), self.lane.start()
        )
        for worker in workers:
            self._idle.put_nowait(worker)

    # -------------------------------------------------------------- running

    async def run(self, job: QueryJob) -> QueryAnswer:
        """Run ``job`` where the module docstring says."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        if self.inline is not None:
            claim = self.inline.claim(job)
            if claim is not None:
                return await self._run_inline(job, claim, deadline)
        if job.sparql not in self._heavy:
            place = await self._take_any(deadline)
            if isinstance(place, _Worker):
                return await self._run_pooled(place, job, deadline)
            try:
                return await self._run_on_lane(place, job, deadline)
            except LaneRetiredError:
                pass  # demoted, and its process stopped for another query: the pool runs it
        return await self._run_pooled(await self._take_idle(deadline), job, deadline)

    async def _run_inline(self, job: QueryJob, claim: Claim, deadline: float) -> QueryAnswer:
        assert self.inline is not None
        try:
            return await self.inline.run(job, claim, deadline)
        except TimeoutError:
            self.inline.cheap.note(job, claim.generation, self.timeout)  # no longer cheap
            raise _timeout_error(self.timeout) from None

    async def _run_on_lane(
        self, process: LaneProcess, job: QueryJob, deadline: float
    ) -> QueryAnswer:
        try:
            answer = await self.lane.run(process, job, deadline)
        except TimeoutError:
            self._remember_heavy(job.sparql)
            raise _timeout_error(self.timeout) from None
        self._note(job, process.snapshot, answer)
        return answer

    def _note(self, job: QueryJob, snapshot: Snapshot, answer: QueryAnswer) -> None:
        if self.inline is not None:
            self.inline.cheap.note(job, snapshot.generation, answer.seconds)

    def _remember_heavy(self, sparql: str) -> None:
        self._heavy[sparql] = None
        if len(self._heavy) > HEAVY_REMEMBERED:
            del self._heavy[next(iter(self._heavy))]

    async def _take_idle(self, deadline: float) -> _Worker:
        if not self._idle.empty():
            return self._idle.get_nowait()
        try:
            async with asyncio.timeout_at(deadline):  # no extra task, unlike wait_for in 3.11
                return await self._idle.get()
        except TimeoutError:
            raise _busy_error(self.timeout) from None

    async def _take_any(self, deadline: float) -> LaneProcess | _Worker:
        """A place on the lane, else an idle pool worker, whichever is free first."""
        try:
            async with asyncio.timeout_at(deadline):
                while True:
                    place = self.lane.take()
                    if place is not None:
                        return place
                    if not self._idle.empty():
                        return self._idle.get_nowait()
                    await self._freed.wait()
        except TimeoutError:
            raise _busy_error(self.timeout) from None

    async def _exchange(self, worker: _Worker, message: tuple[str, Any], deadline: float) -> Any:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout_at(deadline):
                await loop.sock_sendall(worker.sock, encode_frame(message))
                status, payload = await read_frame(loop, worker.sock)
        except TimeoutError:
            raise _timeout_error(self.timeout) from None
        except (EOFError, OSError) as exc:
            raise WorkerCrashedError(f"A query worker stopped unexpectedly: {exc!r}") from exc
        if status == "error":
            raise rebuild_error(payload)
        return payload

    async def _run_on(self, worker: _Worker, job: QueryJob, deadline: float) -> QueryAnswer:
        snapshot = await self.snapshots.fresh()
        if worker.snapshot is not snapshot:
            await self._exchange(worker, ("open", snapshot), deadline)
            self.snapshots.move(worker.snapshot, snapshot)
            worker.snapshot = snapshot
        answer: QueryAnswer = await self._exchange(worker, ("query", job), deadline)
        self._note(job, snapshot, answer)
        return answer

    async def _run_pooled(self, worker: _Worker, job: QueryJob, deadline: float) -> QueryAnswer:
        healthy = False
        try:
            answer = await self._run_on(worker, job, deadline)
        except QueryTimeoutError:
            self._pool_killed += 1
            self._remember_heavy(job.sparql)
            raise
        except WorkerCrashedError:
            raise
        except NcgError:
            healthy = True  # an error the worker reported (bad query, …): the worker is fine
            raise
        else:
            healthy = True
            return answer
        finally:
            # Also reached on cancellation (client gone): a busy worker is never reused.
            if healthy:
                self._give_back(worker)
            else:
                self._kill(worker)
                self._replace_later()

    async def close(self) -> None:
        """Stop every process and thread and release the snapshots."""
        for task in list(self._background):
            task.cancel()
        while not self._idle.empty():
            self._kill(self._idle.get_nowait())
        await self.lane.close()
        if self.inline is not None:
            self.inline.close()
        self.snapshots.close()


def make_runner(store: Store, *, workers: int, timeout: float) -> QueryRunner:
    """A process pool for the embedded store, threads for anything else."""
    if isinstance(store, OxigraphStore):
        return ProcessQueryPool(store, size=workers, timeout=timeout)
    return ThreadQueryRunner(store, timeout)


RunnerFactory = Callable[[Store], QueryRunner]

__all__ = [
    "LANE_BUDGET",
    "ProcessQueryPool",
    "QueryRunner",
    "RunnerFactory",
    "ThreadQueryRunner",
    "WorkerCrashedError",
    "make_runner",
]
