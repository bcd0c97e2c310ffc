"""Run queries with a real timeout.

pyoxigraph cannot interrupt a running query, so embedded queries run in worker *processes*:
a query past the timeout is stopped by killing its worker (freeing its CPU at once) and a fresh
worker takes its place, while the other workers and the event loop keep serving.

Workers never touch the live store. Each opens an immutable snapshot of it:

* on-disk store → a RocksDB checkpoint (``Store.backup``: hard links, about a millisecond),
  opened with ``Store.read_only``; the live store keeps writing undisturbed;
* in-memory store → an N-Quads dump the worker loads into its own in-memory store (fine for
  tests and small data sets, which is what the memory backend is for).

**A lane for cheap queries** (issue 16): when every worker is busy, a query goes to one extra
*lane* worker with a short budget (:data:`LANE_BUDGET`); a query still running there at the end
of it is heavy: its lane worker is killed, a hot spare takes its place at once, and the query
waits for a pool worker like any other (its deadline unchanged). So heavy queries can hold every
pool worker, but a cheap query never waits behind them for more than the lane's budget. The
text of a query found heavy is remembered (the last :data:`HEAVY_REMEMBERED`), so that when it
comes again (a client retrying) it waits for the pool without costing the lane a worker.

Every write bumps ``store.generation``; before running a job a worker whose snapshot is older
re-opens the current one (no respawn), and unused checkpoints are deleted. Remote stores need
no pool: the HTTP call runs in a thread under the same deadline.

The hand-off is kept cheap, since it is paid on every request: the server talks to a worker over
a non-blocking Unix socket pair with the event loop's own socket calls (no thread hop, no
re-registration of a reader per message), one length-prefixed frame each way, and the worker
sends back the response body ready to go (see :mod:`nội_chính_graph.sparql.worker`).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import socket
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from typing import Any, Protocol

from nội_chính_graph.errors import NcgError, QueryTimeoutError, ServiceBusyError, StoreError
from nội_chính_graph.sparql.worker import (
    FRAME_HEADER_BYTES,
    QueryAnswer,
    QueryJob,
    encode_frame,
    execute,
    frame_size,
    rebuild_error,
    recv_frame,
    worker_main,
)
from nội_chính_graph.store.base import Snapshot, Store
from nội_chính_graph.store.oxigraph import OxigraphStore

_CONTEXT = multiprocessing.get_context("spawn")  # forking a threaded server is unsafe
_FIRST_READ = 64 * 1024  # most answers arrive whole in the first read
#: Seconds a query may run on the lane worker before it counts as heavy and is moved off it.
LANE_BUDGET = 0.05
#: Pool workers run at this lower CPU priority, so that on a busy machine the lane worker and
#: the event loop still get a core at once while heavy queries run.
POOL_NICENESS = 10
#: How many texts of queries found heavy on the lane are remembered.
HEAVY_REMEMBERED = 256


class WorkerCrashedError(StoreError):
    """A worker process died while running a job (it is replaced)."""

    status = 500
    code = "worker_crashed"


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


async def _fill(
    loop: asyncio.AbstractEventLoop, sock: socket.socket, buffer: bytearray, got: int, want: int
) -> int:
    """Read into ``buffer`` from ``got`` until it holds at least ``want`` bytes; the new count."""
    while got < want:
        n = await loop.sock_recv_into(sock, memoryview(buffer)[got:])
        if n == 0:
            raise EOFError("the worker closed its socket")
        got += n
    return got


async def _read_frame(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> Any:
    """One message from a worker, read with the loop's socket calls (never blocking it)."""
    buffer = bytearray(_FIRST_READ)
    got = await _fill(loop, sock, buffer, 0, FRAME_HEADER_BYTES)
    total = FRAME_HEADER_BYTES + frame_size(bytes(buffer[:FRAME_HEADER_BYTES]))
    if total > len(buffer):
        larger = bytearray(total)
        larger[:got] = buffer[:got]
        buffer = larger
    await _fill(loop, sock, buffer, got, total)
    return pickle.loads(memoryview(buffer)[FRAME_HEADER_BYTES:total])


class ProcessQueryPool:
    """A fixed number of worker processes over store snapshots (see the module docstring)."""

    def __init__(
        self, store: OxigraphStore, *, size: int, timeout: float, lane_budget: float = LANE_BUDGET
    ) -> None:
        self.store = store
        self.size = size
        self.timeout = timeout
        self.lane_budget = lane_budget
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._lane: asyncio.Queue[_Worker] = asyncio.Queue()  # one worker, when idle
        self._spare: _Worker | None = None  # takes the lane's place when it is killed
        self._current: Snapshot | None = None
        self._users: dict[Snapshot, int] = {}
        self._snapshot_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        self.killed = 0  # workers stopped for running past the timeout (for tests and metrics)
        self.demoted = 0  # queries moved off the lane as heavy
        self._heavy: dict[str, None] = {}  # texts found heavy, oldest first

    # -------------------------------------------------------------- snapshots

    async def _fresh_snapshot(self) -> Snapshot:
        current = self._current
        if current is not None and current.generation == self.store.generation:
            return current  # the usual case: no write since the last query, no lock needed
        async with self._snapshot_lock:
            current = self._current
            if current is None or current.generation != self.store.generation:
                fresh = await asyncio.to_thread(self.store.snapshot)
                self._current = fresh
                if current is not None:
                    self._forget(current, 0)
                return fresh
            return current

    def _forget(self, snapshot: Snapshot, users_released: int) -> None:
        left = self._users.get(snapshot, 0) - users_released
        self._users[snapshot] = left
        if left <= 0 and snapshot is not self._current:
            self._users.pop(snapshot, None)
            self.store.release_snapshot(snapshot)

    def _use(self, worker: _Worker, snapshot: Snapshot) -> None:
        self._users[snapshot] = self._users.get(snapshot, 0) + 1
        old, worker.snapshot = worker.snapshot, snapshot
        if old is not snapshot:
            self._forget(old, 1)

    # -------------------------------------------------------------- workers

    def _spawn_blocking(self, snapshot: Snapshot, niceness: int) -> _Worker:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        process = _CONTEXT.Process(
            target=worker_main,
            args=(theirs, snapshot, niceness),
            daemon=True,
            name="ncg-query-worker",
        )
        try:
            process.start()
        finally:
            theirs.close()
        ours.settimeout(60)
        try:
            started = recv_frame(ours)[0] == "ready"
        except (EOFError, OSError):
            started = False
        if not started:
            process.kill()
            ours.close()
            raise StoreError(
                "A query worker failed to start", details={"exitcode": process.exitcode}
            )
        ours.setblocking(False)
        return _Worker(process, ours, snapshot)

    async def _spawn(self, niceness: int = POOL_NICENESS) -> _Worker:
        snapshot = await self._fresh_snapshot()
        self._users[snapshot] = self._users.get(snapshot, 0) + 1
        return await asyncio.to_thread(self._spawn_blocking, snapshot, niceness)

    def _kill(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.sock.close()
        self._forget(worker.snapshot, 1)

    async def _replace(self) -> None:
        self._idle.put_nowait(await self._spawn())

    def _replace_later(self) -> None:
        task = asyncio.create_task(self._replace())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def start(self) -> None:
        """Spawn the workers, the lane worker and its spare (in parallel)."""
        niceness = [POOL_NICENESS] * self.size + [0, 0]  # the lane worker and its spare: 0
        workers = await asyncio.gather(*(self._spawn(n) for n in niceness))
        for worker in workers[: self.size]:
            self._idle.put_nowait(worker)
        self._lane.put_nowait(workers[-2])
        self._spare = workers[-1]

    async def _new_spare(self) -> None:
        spare = await self._spawn(0)
        if self._spare is None and self._lane.empty():
            self._lane.put_nowait(spare)  # no lane worker at all: this one is it
        elif self._spare is None:
            self._spare = spare
        else:
            self._kill(spare)

    def _replace_lane(self) -> None:
        if self._spare is not None:
            self._lane.put_nowait(self._spare)
            self._spare = None
        task = asyncio.create_task(self._new_spare())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    # -------------------------------------------------------------- running

    async def _exchange(self, worker: _Worker, message: tuple[str, Any], deadline: float) -> Any:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout_at(deadline):
                await loop.sock_sendall(worker.sock, encode_frame(message))
                status, payload = await _read_frame(loop, worker.sock)
        except TimeoutError:
            raise _timeout_error(self.timeout) from None
        except (EOFError, OSError) as exc:
            raise WorkerCrashedError(f"A query worker stopped unexpectedly: {exc!r}") from exc
        if status == "error":
            raise rebuild_error(payload)
        return payload

    async def _run_on(self, worker: _Worker, job: QueryJob, deadline: float) -> QueryAnswer:
        snapshot = await self._fresh_snapshot()
        if worker.snapshot is not snapshot:
            await self._exchange(worker, ("open", snapshot), deadline)
            self._use(worker, snapshot)
        answer: QueryAnswer = await self._exchange(worker, ("query", job), deadline)
        return answer

    async def _take_idle(self) -> _Worker:
        if not self._idle.empty():
            return self._idle.get_nowait()
        try:
            async with asyncio.timeout(self.timeout):  # no extra task, unlike wait_for in 3.11
                return await self._idle.get()
        except TimeoutError:
            raise ServiceBusyError(
                "Every query worker stayed busy past the time limit; try again later.",
                details={"timeout_seconds": self.timeout},
            ) from None

    async def _take_any(self) -> tuple[_Worker, bool]:
        """An idle pool worker, else the lane worker, whichever is free first; and whether it
        is the lane's."""
        if not self._idle.empty():
            return self._idle.get_nowait(), False
        if not self._lane.empty():
            return self._lane.get_nowait(), True
        pool, lane = (
            asyncio.ensure_future(self._idle.get()),
            asyncio.ensure_future(self._lane.get()),
        )
        try:
            async with asyncio.timeout(self.timeout):
                await asyncio.wait((pool, lane), return_when=asyncio.FIRST_COMPLETED)
        except TimeoutError:
            raise ServiceBusyError(
                "Every query worker stayed busy past the time limit; try again later.",
                details={"timeout_seconds": self.timeout},
            ) from None
        finally:
            for waiting in (pool, lane):
                waiting.cancel()
        if pool.done() and not pool.cancelled():
            if lane.done() and not lane.cancelled():
                self._lane.put_nowait(lane.result())  # both came free: keep the pool's
            return pool.result(), False
        return lane.result(), True

    async def run(self, job: QueryJob) -> QueryAnswer:
        """Run ``job`` on an idle worker (the lane's when the pool is busy); kill and replace the
        worker if time runs out."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        if job.sparql in self._heavy:
            worker, on_lane = await self._take_idle(), False
        else:
            worker, on_lane = await self._take_any()
        if on_lane:
            answer = await self._run_on_lane(worker, job, deadline)
            if answer is not None:
                return answer
            self._remember_heavy(job.sparql)
            worker = await self._take_idle()  # heavy: wait for a pool worker
        return await self._run_pooled(worker, job, deadline)

    def _remember_heavy(self, sparql: str) -> None:
        self._heavy[sparql] = None
        if len(self._heavy) > HEAVY_REMEMBERED:
            del self._heavy[next(iter(self._heavy))]

    async def _run_on_lane(
        self, worker: _Worker, job: QueryJob, deadline: float
    ) -> QueryAnswer | None:
        """Run on the lane within its budget; None when the query is heavy (moved off)."""
        budget = min(deadline, asyncio.get_running_loop().time() + self.lane_budget)
        healthy = False
        try:
            answer = await self._run_on(worker, job, budget)
            healthy = True
            return answer
        except QueryTimeoutError:
            if budget >= deadline:
                self.killed += 1
                raise
            self.demoted += 1
            return None
        except NcgError as exc:
            healthy = not isinstance(exc, WorkerCrashedError)
            raise
        finally:
            if healthy:
                self._lane.put_nowait(worker)
            else:
                self._kill(worker)
                self._replace_lane()

    async def _run_pooled(self, worker: _Worker, job: QueryJob, deadline: float) -> QueryAnswer:
        healthy = False
        try:
            answer = await self._run_on(worker, job, deadline)
        except QueryTimeoutError:
            self.killed += 1
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
                self._idle.put_nowait(worker)
            else:
                self._kill(worker)
                self._replace_later()

    async def close(self) -> None:
        """Stop every worker and release the snapshots."""
        for task in list(self._background):
            task.cancel()
        while not self._idle.empty():
            self._kill(self._idle.get_nowait())
        while not self._lane.empty():
            self._kill(self._lane.get_nowait())
        if self._spare is not None:
            self._kill(self._spare)
            self._spare = None
        if self._current is not None:
            self.store.release_snapshot(self._current)
            self._current = None


def make_runner(store: Store, *, workers: int, timeout: float) -> QueryRunner:
    """A process pool for the embedded store, threads for anything else."""
    if isinstance(store, OxigraphStore):
        return ProcessQueryPool(store, size=workers, timeout=timeout)
    return ThreadQueryRunner(store, timeout)


RunnerFactory = Callable[[Store], QueryRunner]

__all__ = [
    "ProcessQueryPool",
    "QueryRunner",
    "RunnerFactory",
    "ThreadQueryRunner",
    "WorkerCrashedError",
    "make_runner",
]
