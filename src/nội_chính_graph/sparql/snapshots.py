"""The store snapshots query processes run on, counted so none is deleted while in use.

Every write bumps ``store.generation``; the next query takes a fresh snapshot (a RocksDB
checkpoint or an N-Quads dump, see :meth:`OxigraphStore.snapshot`) and processes re-open it
before running. A snapshot is deleted once it is not the current one and nothing holds it: a
pool worker holds the snapshot it has open, a lane process too, and so does each request in
flight on a lane process (its thread keeps using the store it started on).
"""

from __future__ import annotations

import asyncio

from nội_chính_graph.store.base import Snapshot
from nội_chính_graph.store.oxigraph import OxigraphStore


class Snapshots:
    """The current snapshot of ``store`` and who holds which."""

    def __init__(self, store: OxigraphStore) -> None:
        self.store = store
        self._current: Snapshot | None = None
        self._users: dict[Snapshot, int] = {}
        self._lock = asyncio.Lock()

    async def fresh(self) -> Snapshot:
        """A snapshot as of the store's current generation (taken once per generation)."""
        current = self._current
        if current is not None and current.generation == self.store.generation:
            return current  # the usual case: no write since the last query, no lock needed
        async with self._lock:
            current = self._current
            if current is None or current.generation != self.store.generation:
                fresh = await asyncio.to_thread(self.store.snapshot)
                self._current = fresh
                if current is not None:
                    self.release(current, 0)
                return fresh
            return current

    def hold(self, snapshot: Snapshot) -> None:
        """One more user of ``snapshot``."""
        self._users[snapshot] = self._users.get(snapshot, 0) + 1

    def release(self, snapshot: Snapshot, users: int = 1) -> None:
        """``users`` fewer; delete it when nobody holds it and it is no longer current."""
        left = self._users.get(snapshot, 0) - users
        self._users[snapshot] = left
        if left <= 0 and snapshot is not self._current:
            self._users.pop(snapshot, None)
            self.store.release_snapshot(snapshot)

    def move(self, old: Snapshot, new: Snapshot) -> None:
        """A holder of ``old`` now holds ``new``."""
        if old is not new:
            self.hold(new)
            self.release(old)

    def close(self) -> None:
        """Release the current snapshot (every holder has been stopped)."""
        if self._current is not None:
            self.store.release_snapshot(self._current)
            self._current = None


__all__ = ["Snapshots"]
