"""A store-wide generation for a remote store shared by several API processes (issue 13, #4).

Each process keeps caches built from the store (search index, gazetteer, derived indexes) and
rebuilds them when ``store.generation`` changes. For the embedded store only one process writes,
so counting its own writes is enough; a remote store is written by every API process. So every
write through the remote backend also replaces a token in the system graph
:data:`SYSTEM_GRAPH` — in the same SPARQL Update request as the write when it is one
(:meth:`Store.write_graphs`: ingest commit, revert, review), right after it otherwise (Graph Store
Protocol writes, bulk loads) — and ``generation`` reads that token again at most every
``freshness`` seconds: a write by another process is seen within that time.

Caches read ``generation`` *before* reading the store, so a cache can only be too fresh for its
generation, never stale for a newer one.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable

import pyoxigraph as ox

from nội_chính_graph.namespaces import BASE

#: Bookkeeping of the store itself: outside the data graphs, never listed, counted or exported.
SYSTEM_GRAPH = BASE + "system"
_SUBJECT = ox.NamedNode(SYSTEM_GRAPH)
_PREDICATE = ox.NamedNode(SYSTEM_GRAPH + "#generation")  # bookkeeping, not an ontology term
READ_TOKEN = f"SELECT ?token WHERE {{ GRAPH {_SUBJECT} {{ {_SUBJECT} {_PREDICATE} ?token }} }}"


def new_token() -> str:
    """A fresh random token (64 bits, hex)."""
    return secrets.token_hex(8)


def bump_operations(token: str) -> str:
    """SPARQL Update operations putting ``token`` in place of the current one.

    >>> print(bump_operations("ab12"))  # doctest: +NORMALIZE_WHITESPACE
    DROP SILENT GRAPH <https://w3id.org/noi-chinh/system> ;
    INSERT DATA { GRAPH <https://w3id.org/noi-chinh/system> { <https://w3id.org/noi-chinh/system>
      <https://w3id.org/noi-chinh/system#generation> "ab12" . } }
    """
    value = ox.Literal(token)
    return (
        f"DROP SILENT GRAPH {_SUBJECT} ;\n"
        f"INSERT DATA {{ GRAPH {_SUBJECT} {{ {_SUBJECT} {_PREDICATE} {value} . }} }}"
    )


class Generation:
    """A local counter that moves whenever the store-wide token does.

    ``read`` fetches the token from the store (``None`` when none was ever written).
    """

    def __init__(self, read: Callable[[], str | None], freshness: float) -> None:
        self._read = read
        self.freshness = freshness
        self._lock = threading.Lock()
        self._value = 0
        self._token: str | None = None
        self._checked = float("-inf")

    def current(self) -> int:
        """The generation, after checking the store if the last check is older than freshness."""
        if time.monotonic() - self._checked < self.freshness:
            return self._value
        with self._lock:
            if time.monotonic() - self._checked >= self.freshness:
                self._seen(self._read())
            return self._value

    def wrote(self, token: str) -> None:
        """This process wrote ``token``: its own caches move at once."""
        with self._lock:
            self._seen(token)

    def _seen(self, token: str | None) -> None:
        self._checked = time.monotonic()
        if token != self._token:
            self._token = token
            self._value += 1


__all__ = ["READ_TOKEN", "SYSTEM_GRAPH", "Generation", "bump_operations", "new_token"]
