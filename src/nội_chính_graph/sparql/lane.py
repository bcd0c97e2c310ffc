"""The lane: query processes that run several queries at once and are never stopped for one
heavy query while cheap ones need them (issue 16).

A lane process (:mod:`nội_chính_graph.sparql.lane_worker`) runs each query on its own thread.
A query still running after :data:`LANE_BUDGET` is *demoted*: its thread drops to the lowest
CPU priority and stops counting against the lane's :data:`LANE_THREADS`, so cheap queries keep
being answered next to it at normal priority. A query that reaches its deadline has to be
stopped, and only killing its process stops it; so that process is *doomed*: new queries go to
the *standby* process (kept started for this moment), and the doomed one is killed as soon as
none of its queries is a cheap one still running, normally at once. Demoted queries of other
clients that die with it are sent to the pool (:class:`LaneRetiredError`). A new standby is
started in the background. Without a standby ready (a machine too busy to start one yet), the
doomed process keeps taking queries until one is, its heavy thread at the lowest priority: a
cheap query never waits for a process to start.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

from nội_chính_graph.sparql.channel import FrameReader, WorkerCrashedError, stop_process
from nội_chính_graph.sparql.snapshots import Snapshots
from nội_chính_graph.sparql.worker import QueryAnswer, QueryJob, encode_frame, rebuild_error
from nội_chính_graph.store.base import Snapshot

#: Seconds a query runs on the lane at normal priority before it counts as heavy.
LANE_BUDGET = 0.05
#: Queries (not demoted) one lane process runs at once; more wait for it or for the pool.
LANE_THREADS = 8


class LaneRetiredError(Exception):
    """The lane process running a demoted query was stopped for another query's deadline;
    the query is run again on the pool (internal: never reaches a client)."""


@dataclass
class _Request:
    future: asyncio.Future[tuple[str, Any]]
    demoted: bool = False


@dataclass(eq=False)
class LaneProcess:
    """The server's end of one lane process."""

    process: BaseProcess
    sock: socket.socket
    snapshot: Snapshot
    active: int = 0  # requests taken and not demoted (see LANE_THREADS)
    doomed: bool = False  # runs a query past its deadline: to be killed
    stopped: bool = False
    held: list[Snapshot] = field(default_factory=list)  # of requests given up on
    requests: dict[int, _Request] = field(default_factory=dict)
    _next_id: int = 1
    _send_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _open_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    _reading: asyncio.Task[None] | None = None

    async def send(self, message: tuple[str, int, Any]) -> None:
        """One frame to the process (one writer at a time, so frames never interleave)."""
        async with self._send_lock:
            await asyncio.get_running_loop().sock_sendall(self.sock, encode_frame(message))

    async def request(self, kind: str, payload: Any) -> tuple[int, _Request]:
        """Send a request; its id and the record its answer will complete."""
        rid, self._next_id = self._next_id, self._next_id + 1
        request = _Request(asyncio.get_running_loop().create_future())
        self.requests[rid] = request
        await self.send((kind, rid, payload))
        return rid, request

    def start_reading(self, on_lost: Callable[[LaneProcess], None]) -> None:
        """Start the task that hands each answer to its request."""
        self._reading = asyncio.create_task(self._read(on_lost))

    async def _read(self, on_lost: Callable[[LaneProcess], None]) -> None:
        reader, loop = FrameReader(self.sock), asyncio.get_running_loop()
        try:
            while True:
                status, rid, payload = await reader.next(loop)
                request = self.requests.pop(rid, None)
                if request is not None and not request.future.done():
                    request.future.set_result((status, payload))
        except (EOFError, OSError) as exc:
            if not self.stopped:
                self._fail(WorkerCrashedError(f"A lane process stopped unexpectedly: {exc!r}"))
                on_lost(self)

    def _fail(self, error: BaseException) -> None:
        for request in self.requests.values():
            if not request.future.done():
                request.future.set_exception(error)
        self.requests.clear()

    def stop(self, snapshots: Snapshots) -> None:
        """Kill the process (its CPU is free at once); pending requests get LaneRetiredError."""
        self.stopped = True
        if self._reading is not None:
            self._reading.cancel()
        self._fail(LaneRetiredError())
        stop_process(self.process, self.sock)
        for snapshot in [self.snapshot, *self.held]:
            snapshots.release(snapshot)
        self.held.clear()

    async def use(self, snapshot: Snapshot, snapshots: Snapshots) -> None:
        """Make the process run new queries on ``snapshot``."""
        if self.snapshot is snapshot:
            return
        async with self._open_lock:
            if self.snapshot is snapshot:
                return
            _, request = await self.request("open", snapshot)
            await request.future
            snapshots.move(self.snapshot, snapshot)
            self.snapshot = snapshot


Spawner = Callable[[], Awaitable[LaneProcess]]


def _retrieve(task: asyncio.Future[QueryAnswer]) -> None:
    """Mark the outcome of a run as seen (its client may have gone)."""
    if not task.cancelled():
        task.exception()


class Lane:
    """The current lane process, its standby, and the doomed ones not yet stopped."""

    def __init__(
        self,
        snapshots: Snapshots,
        spawn: Spawner,
        on_free: Callable[[], None],
        *,
        budget: float = LANE_BUDGET,
        threads: int = LANE_THREADS,
    ) -> None:
        self.snapshots = snapshots
        self._spawn = spawn
        self._on_free = on_free
        self.budget = budget
        self.threads = threads
        self.current: LaneProcess | None = None
        self.standby: LaneProcess | None = None
        self._doomed: set[LaneProcess] = set()
        self._starting = False
        self._background: set[asyncio.Task[Any]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None  # the one that started the lane
        self.demoted = 0  # queries found heavy on the lane (for tests and metrics)
        self.killed = 0  # lane processes stopped for a query past its deadline

    # -------------------------------------------------------------- processes

    async def start(self) -> None:
        """Start the current process and its standby (in parallel)."""
        self._loop = asyncio.get_running_loop()
        first, second = await asyncio.gather(self._spawn(), self._spawn())
        for process in (first, second):
            process.start_reading(self._lost)
        self.current, self.standby = first, second

    def _start_standby(self) -> None:
        if self.standby is not None or self._starting:
            return
        self._starting = True
        self._in_background(self._add_process())

    def _in_background(self, work: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _add_process(self) -> None:
        try:
            process = await self._spawn()
        finally:
            self._starting = False
        process.start_reading(self._lost)
        current = self.current
        if current is None or current.doomed:
            self.current = process  # a doomed current has waited for this one
            if current is not None:
                self._reap(current)
            self._start_standby()
            self._on_free()
        elif self.standby is None:
            self.standby = process
        else:
            process.stop(self.snapshots)

    def _promote(self) -> None:
        """The standby becomes current, if there is one."""
        if self.standby is not None:
            self.current, self.standby = self.standby, None
            self._on_free()
        self._start_standby()

    def _doom(self, process: LaneProcess) -> None:
        if process.stopped:
            return
        process.doomed = True
        self._doomed.add(process)
        if process is self.current:
            self._promote()
        self._reap(process)

    def _reap(self, process: LaneProcess) -> None:
        """Kill a doomed process that is no longer current and runs no cheap query."""
        if process.doomed and process is not self.current and process.active == 0:
            self._doomed.discard(process)
            if not process.stopped:
                self.killed += 1
                process.stop(self.snapshots)

    def _lost(self, process: LaneProcess) -> None:
        """A process died on its own: forget it and start another."""
        self._doomed.discard(process)
        if process is self.standby:
            self.standby = None
        if process is self.current:
            self.current = None
            self._promote()
        self._start_standby()
        for snapshot in [process.snapshot, *process.held]:
            self.snapshots.release(snapshot)
        process.sock.close()

    # -------------------------------------------------------------- running

    def take(self) -> LaneProcess | None:
        """A place on the current process, if it has one free (counted at once)."""
        process = self.current
        if process is None or process.active >= self.threads:
            return None
        process.active += 1
        return process

    async def run(self, process: LaneProcess, job: QueryJob, deadline: float) -> QueryAnswer:
        """Run ``job`` on ``process`` (from :meth:`take`). Raises TimeoutError at the deadline,
        LaneRetiredError when the process was stopped for another query.

        A client that goes away does not cancel the run: the query goes on in its thread all
        the same, so the run keeps its books (and its deadline, which kills the process).
        The lane's own event loop does the work; a caller on another loop (a test client
        running each request on a loop of its own) waits for it there.
        """
        loop = asyncio.get_running_loop()
        if self._loop is None or loop is self._loop:
            return await self._shielded(process, job, deadline)
        remaining = deadline - loop.time()
        work = self._shielded(process, job, self._loop.time() + remaining)
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(work, self._loop))

    async def _shielded(self, process: LaneProcess, job: QueryJob, deadline: float) -> QueryAnswer:
        run = asyncio.ensure_future(self._run(process, job, deadline))
        run.add_done_callback(_retrieve)
        return await asyncio.shield(run)

    async def _run(self, process: LaneProcess, job: QueryJob, deadline: float) -> QueryAnswer:
        request: _Request | None = None
        snapshot = await self.snapshots.fresh()
        self.snapshots.hold(snapshot)
        loop = asyncio.get_running_loop()
        timer: asyncio.TimerHandle | None = None
        try:
            async with asyncio.timeout_at(deadline):
                await asyncio.shield(process.use(snapshot, self.snapshots))
                rid, request = await process.request("query", job)
                timer = loop.call_at(loop.time() + self.budget, self._demote, process, request, rid)
                status, payload = await request.future
        except TimeoutError:
            self._timed_out(process, request, snapshot)
            raise
        except BaseException:
            self._finish(process, request, snapshot)
            raise
        finally:
            if timer is not None:
                timer.cancel()
        self._finish(process, request, snapshot)
        if status == "error":
            raise rebuild_error(payload)
        answer: QueryAnswer = payload
        return answer

    def _demote(self, process: LaneProcess, request: _Request, rid: int) -> None:
        if request.future.done() or request.demoted:
            return
        request.demoted = True
        process.active -= 1
        self.demoted += 1
        self._in_background(self._send_demote(process, rid))
        self._on_free()

    @staticmethod
    async def _send_demote(process: LaneProcess, rid: int) -> None:
        with contextlib.suppress(OSError):  # the process has gone; its reader reports it
            await process.send(("demote", rid, None))

    def _finish(self, process: LaneProcess, request: _Request | None, snapshot: Snapshot) -> None:
        """After an answer (or an error): free the place, the snapshot, maybe the process."""
        if request is None or not request.demoted:
            process.active -= 1
        self.snapshots.release(snapshot)
        if process.doomed:
            self._reap(process)
        self._on_free()

    def _timed_out(
        self, process: LaneProcess, request: _Request | None, snapshot: Snapshot
    ) -> None:
        """The deadline passed: the query's thread may run on, so its process must go."""
        if request is None:  # still opening the snapshot: the process runs nothing of ours
            self._finish(process, request, snapshot)
            return
        if not request.demoted:
            process.active -= 1
        if process.stopped:
            self.snapshots.release(snapshot)
        else:
            process.held.append(snapshot)  # its thread may still read it until the kill
        self._doom(process)
        self._on_free()

    async def close(self) -> None:
        """Stop every lane process."""
        for task in list(self._background):
            task.cancel()
        for process in {self.current, self.standby, *self._doomed}:
            if process is not None and not process.stopped:
                process.stop(self.snapshots)
        self.current = self.standby = None
        self._doomed.clear()


__all__ = ["LANE_BUDGET", "LANE_THREADS", "Lane", "LaneProcess", "LaneRetiredError"]
