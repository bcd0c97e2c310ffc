"""What runs inside a *lane* process: several queries at once, one thread each (issue 16).

pyoxigraph releases the GIL while it evaluates and serialises, so the threads run in parallel,
and a heavy query on one thread does not stop the others. The server cannot stop one thread, so
it does not try: past the lane's budget it *demotes* the query (``("demote", id)``), and this
process lowers that thread's CPU priority to :data:`DEMOTED_NICENESS` (Linux nice values are
per thread); the thread ends after that query, so later queries run on threads at normal
priority. A query that runs to its deadline is stopped by killing the whole process, which the
server does only once it has moved new queries to another lane process (see
:mod:`nội_chính_graph.sparql.lane`).

Messages in: ``("query", id, job)``, ``("open", id, snapshot)``, ``("demote", id, None)``.
Messages out: ``("ok", id, answer)``, ``("error", id, error_message)``, ``("ready", id, None)``
(the first one, id 0, when the process has opened its store).
"""

from __future__ import annotations

import os
import signal
import socket
import threading
from typing import Any

from nội_chính_graph.errors import NcgError
from nội_chính_graph.sparql.worker import QueryJob, error_message, execute, recv_frame, send_frame
from nội_chính_graph.store.base import Snapshot
from nội_chính_graph.store.oxigraph import OxigraphStore

#: The nice value of a thread whose query overran the lane's budget: it yields the CPU to
#: every cheap query (and to everything else on the machine).
DEMOTED_NICENESS = 19
_INTERNAL: tuple[int, str, str, dict[str, Any]] = (
    500,
    "internal",
    "An unexpected error occurred in a query process.",
    {},
)


class _Lane:
    """The process's state: its socket, its store, its threads and what each runs.

    Threads take turns reading the socket (leader and followers): the one that reads a query
    runs it itself, so a query costs no hand-over between threads; before it starts, a new
    thread is made if no other one is left to read the next message.
    """

    def __init__(self, sock: socket.socket, store: OxigraphStore) -> None:
        self.sock = sock
        self.store = store
        self.recv_lock = threading.Lock()
        self.send_lock = threading.Lock()
        self.state_lock = threading.Lock()
        self.reading = 0  # threads reading or waiting to read
        self.running: dict[int, _Runner] = {}
        self.done = threading.Event()  # the server has gone

    def reply(self, message: tuple[str, int, Any]) -> None:
        with self.send_lock:
            send_frame(self.sock, message)

    def add_reader(self) -> None:
        """Start one more thread (the caller counted it in ``reading``)."""
        _Runner(self).start()

    def take(self, runner: _Runner, rid: int) -> None:
        """``runner`` runs query ``rid`` now: another thread must be there to read."""
        with self.state_lock:
            self.reading -= 1
            self.running[rid] = runner
            runner.rid = rid
            more = self.reading == 0
            if more:
                self.reading += 1
        if more:
            self.add_reader()

    def demote(self, rid: int) -> None:
        with self.state_lock:
            runner = self.running.get(rid)
            if runner is None or runner.native_id is None:
                return  # already answered
            runner.demoted = True
            os.setpriority(os.PRIO_PROCESS, runner.native_id, DEMOTED_NICENESS)

    def finished(self, runner: _Runner, rid: int) -> bool:
        """Bookkeeping after a job; whether ``runner`` may read and run again."""
        with self.state_lock:
            self.running.pop(rid, None)
            runner.rid = None
            if runner.demoted:
                return False
            self.reading += 1
            return True


class _Runner(threading.Thread):
    """Reads messages while it leads, runs the queries it reads; ends after a demoted one."""

    def __init__(self, lane: _Lane) -> None:
        super().__init__(daemon=True, name="ncg-lane-runner")
        self.lane = lane
        self.rid: int | None = None
        self.demoted = False

    def run(self) -> None:
        lane = self.lane
        while not lane.done.is_set():
            with lane.recv_lock:
                try:
                    kind, rid, payload = recv_frame(lane.sock)
                except (EOFError, OSError):
                    lane.done.set()
                    return
                if kind == "open":
                    # Threads still running keep the store they started on; the server keeps
                    # that snapshot until they are done.
                    lane.store = OxigraphStore.from_snapshot(payload)
                    lane.reply(("ready", rid, None))
                    continue
                if kind == "demote":
                    lane.demote(rid)
                    continue
                store = lane.store
                lane.take(self, rid)
            if not self._answer(rid, store, payload):
                return

    def _answer(self, rid: int, store: OxigraphStore, job: QueryJob) -> bool:
        """Run one job and send its answer; whether to go on."""
        try:
            message: tuple[str, int, Any] = ("ok", rid, execute(store, job))
        except NcgError as exc:
            message = ("error", rid, error_message(exc))
        except Exception:  # noqa: BLE001 - a bug: answer 500, as a dead pool worker would
            message = ("error", rid, _INTERNAL)
        keep = self.lane.finished(self, rid)
        try:
            self.lane.reply(message)
        except OSError:
            self.lane.done.set()
            return False  # the server has gone
        return keep


def lane_main(sock: socket.socket, snapshot: Snapshot, niceness: int = 0) -> None:
    """Serve messages on ``sock`` (see the module docstring) until the server closes it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its processes itself
    if niceness:
        os.nice(niceness)
    sock.setblocking(True)
    lane = _Lane(sock, OxigraphStore.from_snapshot(snapshot))
    lane.reply(("ready", 0, None))
    lane.reading = 1
    lane.add_reader()
    lane.done.wait()


__all__ = ["DEMOTED_NICENESS", "lane_main"]
