"""Run queries with a real timeout.

pyoxigraph cannot interrupt a running query, so embedded queries run in worker *processes*:
a query past the timeout is stopped by killing its worker (freeing its CPU at once) and a fresh
worker takes its place, while the other workers and the event loop keep serving.

Workers never touch the live store. Each opens an immutable snapshot of it:

* on-disk store → a RocksDB checkpoint (``Store.backup``: hard links, about a millisecond),
  opened with ``Store.read_only``; the live store keeps writing undisturbed;
* in-memory store → an N-Quads dump the worker loads into its own in-memory store (fine for
  tests and small data sets, which is what the memory backend is for).

Every write bumps ``store.generation``; before running a job a worker whose snapshot is older
re-opens the current one (no respawn), and unused checkpoints are deleted. Remote stores need
no pool: the HTTP call runs in a thread under the same deadline.
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Protocol

from nội_chính_graph.errors import NcgError, QueryTimeoutError, ServiceBusyError, StoreError
from nội_chính_graph.sparql.worker import (
    QueryAnswer,
    QueryJob,
    execute,
    rebuild_error,
    worker_main,
)
from nội_chính_graph.store.base import Snapshot, Store
from nội_chính_graph.store.oxigraph import OxigraphStore

_CONTEXT = multiprocessing.get_context("spawn")  # forking a threaded server is unsafe


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
    conn: Connection
    snapshot: Snapshot


async def _readable(conn: Connection, timeout: float) -> bool:
    """Wait (without blocking the loop or a thread) until ``conn`` has data or time is up."""
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(conn.fileno(), wake)
    try:
        await asyncio.wait_for(ready, max(timeout, 0.0))
    except TimeoutError:
        return False
    finally:
        loop.remove_reader(conn.fileno())
    return True


class ProcessQueryPool:
    """A fixed number of worker processes over store snapshots (see the module docstring)."""

    def __init__(self, store: OxigraphStore, *, size: int, timeout: float) -> None:
        self.store = store
        self.size = size
        self.timeout = timeout
        self._idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self._current: Snapshot | None = None
        self._users: dict[Snapshot, int] = {}
        self._snapshot_lock = asyncio.Lock()
        self._background: set[asyncio.Task[None]] = set()
        self.killed = 0  # workers stopped for running past the timeout (for tests and metrics)

    # -------------------------------------------------------------- snapshots

    async def _fresh_snapshot(self) -> Snapshot:
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

    def _spawn_blocking(self, snapshot: Snapshot) -> _Worker:
        ours, theirs = _CONTEXT.Pipe()
        process = _CONTEXT.Process(
            target=worker_main, args=(theirs, snapshot), daemon=True, name="ncg-query-worker"
        )
        process.start()
        theirs.close()
        try:
            started = ours.poll(60) and ours.recv()[0] == "ready"
        except (EOFError, OSError):
            started = False
        if not started:
            process.kill()
            ours.close()
            raise StoreError(
                "A query worker failed to start", details={"exitcode": process.exitcode}
            )
        return _Worker(process, ours, snapshot)

    async def _spawn(self) -> _Worker:
        snapshot = await self._fresh_snapshot()
        self._users[snapshot] = self._users.get(snapshot, 0) + 1
        return await asyncio.to_thread(self._spawn_blocking, snapshot)

    def _kill(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        self._forget(worker.snapshot, 1)

    async def _replace(self) -> None:
        self._idle.put_nowait(await self._spawn())

    def _replace_later(self) -> None:
        task = asyncio.create_task(self._replace())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def start(self) -> None:
        """Spawn the workers (in parallel)."""
        for worker in await asyncio.gather(*(self._spawn() for _ in range(self.size))):
            self._idle.put_nowait(worker)

    # -------------------------------------------------------------- running

    async def _exchange(self, worker: _Worker, message: tuple[str, Any], deadline: float) -> Any:
        worker.conn.send(message)
        remaining = deadline - asyncio.get_running_loop().time()
        if not await _readable(worker.conn, remaining):
            raise _timeout_error(self.timeout)
        try:
            status, payload = await asyncio.to_thread(worker.conn.recv)
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

    async def run(self, job: QueryJob) -> QueryAnswer:
        """Run ``job`` on an idle worker; kill and replace the worker if time runs out."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            raise ServiceBusyError(
                "Every query worker stayed busy past the time limit; try again later.",
                details={"timeout_seconds": self.timeout},
            ) from None
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
