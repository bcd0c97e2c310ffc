"""Indexes derived from the store, saved inside its folder under the store's state token.

Rebuilding the catalogue, the search index and the graph projections from a 10M-quad store
reads the whole graph through Python (minutes). Their content is a function of the store's
content, which :meth:`~nội_chính_graph.store.oxigraph.OxigraphStore.state_token` names: a random
token replaced by every write, removed while a write is under way. So an index built from the
store is saved with the token read *before* reading the store, and only if the token is still
the same *after* the build (no write happened in between); a later process loads it when the
store's token equals the saved one, and rebuilds otherwise. Remote and in-memory stores have no
token: their indexes are built in memory as before.

Each index is one pickle file (``<store>/ncg-derived/<name>.pickle``) holding a header
(format, package version, token) and the value; a file from another format or version is
ignored. The files are as trusted as the store folder they live in.
"""

from __future__ import annotations

import gc
import os
import pickle
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from nội_chính_graph import __version__

#: Raise when the layout of a saved index changes.
FORMAT = 1
FOLDER = "ncg-derived"
T = TypeVar("T")


class _Tokened(Protocol):
    path: Path | None

    def state_token(self) -> str | None: ...


def _header(token: str) -> tuple[int, str, str]:
    return (FORMAT, __version__, token)


class DerivedCache:
    """Saved indexes of one state of one store (``token``)."""

    def __init__(self, folder: Path, token: str, current: Callable[[], str | None]) -> None:
        self.folder = folder
        self.token = token
        self._current = current

    @classmethod
    def of(cls, store: object) -> DerivedCache | None:
        """The cache of ``store``'s current state, or None when it has no state token.

        >>> from nội_chính_graph.store.oxigraph import OxigraphStore
        >>> DerivedCache.of(OxigraphStore()) is None
        True
        """
        token_of = getattr(store, "state_token", None)
        path = getattr(store, "path", None)
        if not callable(token_of) or not isinstance(path, Path):
            return None
        token = token_of()
        if not isinstance(token, str):
            return None
        return cls(path / FOLDER, token, token_of)

    def still_current(self) -> bool:
        """Whether the store still has this state (no write since the token was read)."""
        return self._current() == self.token

    def _file(self, name: str) -> Path:
        return self.folder / f"{name}.pickle"

    def load(self, name: str) -> Any | None:
        """The value saved as ``name`` for this state, or None."""
        try:
            with self._file(name).open("rb") as source:
                if pickle.load(source) != _header(self.token):
                    return None
                return _without_gc(lambda: pickle.load(source))
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return None  # absent, cut short, or naming code that moved: built again
        except (TypeError, ValueError, IndexError, KeyError):
            return None  # damaged

    def save(self, name: str, value: object, *, check_store: bool = True) -> bool:
        """Save ``value`` as ``name`` for this state; with ``check_store``, only when the store
        still has this state (the value was built from the store). Whether it was saved."""
        if check_store and not self.still_current():
            return False
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._file(name)
        partial = target.with_name(f"{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            with partial.open("wb") as sink:
                pickle.dump(_header(self.token), sink, protocol=pickle.HIGHEST_PROTOCOL)
                pickle.dump(value, sink, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, target)
        except OSError:
            partial.unlink(missing_ok=True)
            return False
        return True

    def remove(self, name: str) -> None:
        """Forget what was saved as ``name``."""
        self._file(name).unlink(missing_ok=True)


def load_or_build(store: object, name: str, kind: type[T], build: Callable[[], T]) -> T:
    """The ``kind`` saved as ``name`` for ``store``'s current state, else ``build()`` (which
    reads the store), saved when no write happened meanwhile.

    >>> from nội_chính_graph.store.oxigraph import OxigraphStore
    >>> load_or_build(OxigraphStore(), "answer", int, lambda: 42)
    42
    """
    saved = DerivedCache.of(store)
    found = saved.load(name) if saved is not None else None
    if isinstance(found, kind):
        return found
    value = build()
    if saved is not None:
        saved.save(name, value)
    return value


def _without_gc(call: Callable[[], T]) -> T:
    # Millions of small objects: the cyclic collector would run over them again and again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return call()
    finally:
        if enabled:
            gc.enable()


__all__ = ["FOLDER", "FORMAT", "DerivedCache", "load_or_build"]
