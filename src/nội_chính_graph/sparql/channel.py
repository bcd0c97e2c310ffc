"""The server's end of a query process: starting it, and reading its frames on the event loop.

Frames are those of :mod:`nội_chính_graph.sparql.worker`: an 8-byte length, then a pickle.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import socket
import threading
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from typing import Any

from nội_chính_graph.errors import StoreError
from nội_chính_graph.sparql.worker import FRAME_HEADER_BYTES, frame_size, recv_frame
from nội_chính_graph.store.base import Snapshot

_CONTEXT = multiprocessing.get_context("spawn")  # forking a threaded server is unsafe
_FIRST_READ = 64 * 1024  # most answers arrive whole in the first read

ProcessMain = Callable[[socket.socket, Snapshot, int], None]


class WorkerCrashedError(StoreError):
    """A worker process died while running a job (it is replaced)."""

    status = 500
    code = "worker_crashed"


def spawn_process(
    target: ProcessMain, snapshot: Snapshot, niceness: int
) -> tuple[BaseProcess, socket.socket]:
    """Start ``target`` in a fresh process over ``snapshot`` and wait for its ``ready`` frame
    (blocking: call it in a thread). Returns the process and the server's non-blocking end."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    process = _CONTEXT.Process(
        target=target, args=(theirs, snapshot, niceness), daemon=True, name="ncg-query-worker"
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
        raise StoreError("A query worker failed to start", details={"exitcode": process.exitcode})
    ours.setblocking(False)
    return process, ours


def stop_process(process: BaseProcess, sock: socket.socket) -> None:
    """Kill a query process (SIGKILL: it runs no further) and close its socket, without
    waiting: the kernel may take a while to free a large process's memory, and the event loop
    must not wait for that; a thread reaps the process."""
    process.kill()
    sock.close()
    threading.Thread(target=process.join, args=(30,), daemon=True, name="ncg-reap").start()


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


async def read_frame(loop: asyncio.AbstractEventLoop, sock: socket.socket) -> Any:
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


class FrameReader:
    """Reads a stream of frames from one socket, keeping what a read brought past a frame's end
    (a process that answers several requests at once may send frames back to back)."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self._buffer = bytearray()

    def _take(self) -> tuple[bool, Any, int]:
        """The next whole frame if the buffer holds one; else how many bytes are still missing."""
        held = len(self._buffer)
        if held < FRAME_HEADER_BYTES:
            return False, None, FRAME_HEADER_BYTES - held
        total = FRAME_HEADER_BYTES + frame_size(bytes(self._buffer[:FRAME_HEADER_BYTES]))
        if held < total:
            return False, None, total - held
        message = pickle.loads(bytes(self._buffer[FRAME_HEADER_BYTES:total]))
        del self._buffer[:total]
        return True, message, 0

    async def next(self, loop: asyncio.AbstractEventLoop) -> Any:
        """The next message; EOFError when the process has gone."""
        while True:
            whole, message, missing = self._take()
            if whole:
                return message
            chunk = await loop.sock_recv(self.sock, max(_FIRST_READ, missing))
            if not chunk:
                raise EOFError("the worker closed its socket")
            self._buffer += chunk


__all__ = ["FrameReader", "WorkerCrashedError", "read_frame", "spawn_process", "stop_process"]
