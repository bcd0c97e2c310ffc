"""Queries known to be cheap run in the server process, skipping the hop to a worker (issue 16).

A job (the query text with its dataset, formats and limits) whose last run on the store's
*current generation* took at most :data:`INLINE_MAX_SECONDS` runs on one of
:data:`INLINE_THREADS` threads of the server process, against the live store; one that took at
most :data:`LOOP_MAX_SECONDS` runs on the event loop itself (a thread hop costs more than such
a query). Why this is safe:

* The event loop is not held longer than a request's own HTTP handling holds it: threads for
  anything above :data:`LOOP_MAX_SECONDS`, and pyoxigraph releases the GIL while it evaluates
  and serialises, so the loop keeps serving while a thread works.
* The work is bounded by measurement: evaluation is deterministic, so the same text over the
  same data does the same work again (texts with ``SERVICE`` or random or clock functions are
  never taken). A write moves the generation, and every job goes back to a worker to be
  measured again. The one thing a thread cannot have is real cancellation; the bound is what
  replaces it: at worst :data:`INLINE_THREADS` threads each spend about one such run.
* Every other query — unknown, heavy, or arriving when the threads are busy — goes to a worker
  process as before, where the timeout stops it for real.
* A run that took longer than the bound this time drops its job from the known ones.

Reads see the live store, not a snapshot: every write the server makes is one transaction, so
a read sees it whole or not at all. A bulk load of several files is not; while one is under way
(the on-disk store has no state token then) nothing runs here.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from nội_chính_graph.sparql.worker import QueryAnswer, QueryJob, execute
from nội_chính_graph.store.oxigraph import OxigraphStore

#: A job whose last run took at most this long (seconds, in the worker) runs in process.
INLINE_MAX_SECONDS = 0.025
#: A job whose last run took at most this long runs on the event loop itself, with no thread
#: hop (which costs more than such a query): it holds the loop for about as long as the
#: request's own HTTP handling does.
LOOP_MAX_SECONDS = 0.001
#: Threads of the server process that run such jobs; more at once go to the workers.
INLINE_THREADS = 4
#: How many jobs are remembered as cheap (the oldest are forgotten first).
REMEMBERED = 4096
#: Longer texts are never remembered (their key would cost as much as the hop saves).
MAX_TEXT = 8 * 1024
#: IRIs are taken out before looking for keywords (``sparql-service-description`` is no
#: SERVICE); no parenthesis or space in them, so no function call can hide inside one.
_IRI = re.compile(r"<[^<>\"{}|^`\\\s()]*>")
_UNPREDICTABLE = re.compile(r"(?<![\w:?$-])(SERVICE|RAND|NOW|UUID|STRUUID)\b", re.IGNORECASE)


def predictable(sparql: str) -> bool:
    """Whether the text surely calls no remote service and no random or clock function (a
    keyword in a string or a comment makes it False too: only a fast path is lost).

    >>> predictable("SELECT * { <http://ex.org/sparql-service-description> ?p ?now }")
    True
    >>> predictable("SELECT * { SERVICE <http://ex.org/sparql> { ?s ?p ?o } }")
    False
    >>> predictable("SELECT (rand() AS ?r) {}")
    False
    """
    return _UNPREDICTABLE.search(_IRI.sub(" ", sparql)) is None


@dataclass(frozen=True)
class Claim:
    """Leave to run a job in process: on which generation, and whether on the event loop."""

    generation: int
    on_loop: bool


class CheapQueries:
    """Jobs whose last run on a given store generation was cheap, and how long it took."""

    def __init__(self, max_seconds: float = INLINE_MAX_SECONDS) -> None:
        self.max_seconds = max_seconds
        self._known: OrderedDict[QueryJob, tuple[int, float]] = OrderedDict()

    def note(self, job: QueryJob, generation: int, seconds: float) -> None:
        """Record how long ``job`` took on ``generation``."""
        if seconds > self.max_seconds:
            self._known.pop(job, None)
        elif job in self._known:
            self._known[job] = (generation, seconds)
            self._known.move_to_end(job)
        elif len(job.sparql) <= MAX_TEXT and predictable(job.sparql):
            self._known[job] = (generation, seconds)
            if len(self._known) > REMEMBERED:
                self._known.popitem(last=False)

    def seconds(self, job: QueryJob, generation: int) -> float | None:
        """How long ``job`` took on exactly this generation, if it was cheap there."""
        known = self._known.get(job)
        return known[1] if known is not None and known[0] == generation else None


class InlineRunner:
    """Runs known-cheap jobs in this process, against the live store: the cheapest on the event
    loop itself, the others on a few threads."""

    def __init__(self, store: OxigraphStore, threads: int = INLINE_THREADS) -> None:
        self.store = store
        self.cheap = CheapQueries()
        self._free = threading.Semaphore(threads)  # released by the thread when it is done
        self._threads = ThreadPoolExecutor(threads, thread_name_prefix="ncg-inline")
        self.runs = 0  # jobs answered here (for tests and metrics)

    def claim(self, job: QueryJob) -> Claim | None:
        """Leave to run ``job`` here (a thread reserved if it needs one), or None."""
        generation = self.store.generation
        seconds = self.cheap.seconds(job, generation)
        if seconds is None or self._writing():
            return None
        if seconds <= LOOP_MAX_SECONDS:
            return Claim(generation, on_loop=True)
        if not self._free.acquire(blocking=False):
            return None
        return Claim(generation, on_loop=False)

    def _writing(self) -> bool:
        return self.store.path is not None and self.store.state_token() is None

    def _execute(self, job: QueryJob) -> QueryAnswer:
        try:
            return execute(self.store, job)
        finally:
            self._free.release()

    async def run(self, job: QueryJob, claim: Claim, deadline: float) -> QueryAnswer:
        """Run a job :meth:`claim` allowed; note how long it took. TimeoutError at
        ``deadline`` (which the bound makes as good as impossible)."""
        if claim.on_loop:
            answer = execute(self.store, job)
        else:
            loop = asyncio.get_running_loop()
            async with asyncio.timeout_at(deadline):
                answer = await loop.run_in_executor(self._threads, self._execute, job)
        self.runs += 1
        self.cheap.note(job, claim.generation, answer.seconds)
        return answer

    def close(self) -> None:
        """Let the threads end (they finish the jobs they run)."""
        self._threads.shutdown(wait=False)


__all__ = [
    "INLINE_MAX_SECONDS",
    "INLINE_THREADS",
    "LOOP_MAX_SECONDS",
    "CheapQueries",
    "Claim",
    "InlineRunner",
    "predictable",
]
