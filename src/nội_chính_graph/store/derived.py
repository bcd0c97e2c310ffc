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

A write the service makes itself (ingest commit, revert, review action) goes through a
:class:`WriteJournal`, which records exactly which triples of the merged default graph it
removed and added (:class:`Change`); the read service then updates its indexes from that change
instead of reading the whole store again (issue 16). A write the journal did not see (``ncg
load``, the Graph Store Protocol, another process) leaves a gap in its generations, and a gap
means a full rebuild.
"""

from __future__ import annotations

import gc
import os
import pickle
import secrets
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pyoxigraph as ox

from nội_chính_graph import __version__
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.store.base import RdfPayload, SolutionsResult, Store
from nội_chính_graph.store.oxigraph import OxigraphStore

#: Raise when the layout or the meaning of a saved index changes (2: projections in canonical
#: order, with patched adjacency lists; 3: the gazetteer keeps unreviewed entities out of its
#: name index, and officials an ingest minted in ``minted_people``).
FORMAT = 3
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

    @classmethod
    def at(cls, store: object, token: str | None) -> DerivedCache | None:
        """The cache of ``store``'s state ``token`` (None for none), current or not."""
        token_of = getattr(store, "state_token", None)
        path = getattr(store, "path", None)
        if token is None or not callable(token_of) or not isinstance(path, Path):
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


@dataclass(frozen=True)
class Change:
    """What one write did to the merged default graph: the store went from generation
    ``before`` to ``after`` (state token ``token``, None for a store without one); these
    triples left and entered the merge; ``read`` are the subjects whose triples were read before
    and after (every subject of a changed triple among them), ``current`` their triples after.
    """

    before: int
    after: int
    token: str | None
    removed: frozenset[ox.Triple]
    added: frozenset[ox.Triple]
    read: frozenset[str]
    current: frozenset[ox.Triple]

    def subjects(self) -> set[str]:
        """IRIs of every subject whose triples changed."""
        return {
            t.subject.value
            for t in (*self.removed, *self.added)
            if isinstance(t.subject, ox.NamedNode)
        }

    def triples(self, subject: str, *, after: bool = True) -> list[ox.Triple]:
        """The triples of ``subject`` (one of ``read``) after the write, or before it."""
        new = self._current_by.get(subject, [])
        if after:
            return new
        return [t for t in new if t not in self.added] + self._removed_by.get(subject, [])

    @cached_property
    def _current_by(self) -> dict[str, list[ox.Triple]]:
        return _by_subject(self.current)

    @cached_property
    def _removed_by(self) -> dict[str, list[ox.Triple]]:
        return _by_subject(self.removed)

    def then(self, later: Change) -> Change:
        """This change followed by ``later`` (which starts where this one ends), as one."""
        old = {t for s in self.read | later.read for t in self._before(s, later)}
        new = {t for s in self.read | later.read for t in self._after(s, later)}
        return Change(
            self.before,
            later.after,
            later.token,
            frozenset(old - new),
            frozenset(new - old),
            self.read | later.read,
            frozenset(new),
        )

    def _before(self, subject: str, later: Change) -> list[ox.Triple]:
        source = self if subject in self.read else later  # not read by us: we left it alone
        return source.triples(subject, after=False)

    def _after(self, subject: str, later: Change) -> list[ox.Triple]:
        source = later if subject in later.read else self
        return source.triples(subject)


def _by_subject(triples: Iterable[ox.Triple]) -> dict[str, list[ox.Triple]]:
    found: dict[str, list[ox.Triple]] = {}
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode):
            found.setdefault(triple.subject.value, []).append(triple)
    return found


_SUBJECTS_IN = """
SELECT DISTINCT ?s WHERE { #BIND
  GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }
"""
_TRIPLES_OF = "SELECT ?s ?p ?o WHERE { #BIND\n ?s ?p ?o }"
#: Subjects bound per query (a VALUES block of this many IRIs).
CHUNK = 500


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _select(store: Store, query: str, name: str, values: Sequence[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for part in _chunks(sorted(values)):
        result = store.query(bind(query, {name: [ox.NamedNode(v) for v in part]}))
        assert isinstance(result, SolutionsResult)
        rows += result.rows
    return rows


def subjects_in(store: Store, graphs: Iterable[str]) -> set[str]:
    """IRIs of the subjects of the named ``graphs``."""
    rows = _select(store, _SUBJECTS_IN, "g", list(set(graphs)))
    return {row["s"].value for row in rows}


def triples_of(store: Store, subjects: Iterable[str]) -> set[ox.Triple]:
    """Every triple of the merged default graph whose subject is one of ``subjects``."""
    rows = _select(store, _TRIPLES_OF, "s", list(set(subjects)))
    return {ox.Triple(ox.NamedNode(row["s"].value), row["p"], row["o"]) for row in rows}


def _payload_subjects(payloads: Iterable[RdfPayload]) -> set[str]:
    # Blank nodes become fresh skolem IRIs when written: nothing to read of them before.
    subjects: set[str] = set()
    for payload in payloads:
        for quad in ox.parse(payload.data, payload.format):
            if isinstance(quad.subject, ox.NamedNode):
                subjects.add(quad.subject.value)
    return subjects


class WriteJournal:
    """The recent :class:`Change` of each write made through :meth:`write`, by generation.

    Only a store no one else writes can be journalled: the embedded Oxigraph store, which holds
    RocksDB's lock (a remote store's generation can fold another process's write into ours).
    """

    def __init__(self, keep: int = 64, wait: float = 60.0) -> None:
        self._changes: deque[Change] = deque(maxlen=keep)
        self._lock = threading.Condition()
        self._writing = 0
        self._wait = wait

    def write(
        self,
        store: Store,
        *,
        add: Mapping[str, RdfPayload] | None = None,
        replace: Mapping[str, RdfPayload] | None = None,
        delete: Sequence[str] = (),
    ) -> None:
        """``store.write_graphs(add=…, replace=…, delete=…)``, its change to the merge recorded."""
        add, replace = add or {}, replace or {}
        if not _sole_writer(store):
            store.write_graphs(add=add, replace=replace, delete=delete)
            return
        with self._lock:
            self._writing += 1  # readers of the journal wait for this change
        try:
            self._record(store, add, replace, delete)
        finally:
            with self._lock:
                self._writing -= 1
                self._lock.notify_all()

    def _record(
        self,
        store: Store,
        add: Mapping[str, RdfPayload],
        replace: Mapping[str, RdfPayload],
        delete: Sequence[str],
    ) -> None:
        before = store.generation
        subjects = subjects_in(store, [*add, *replace, *delete])
        subjects |= _payload_subjects([*add.values(), *replace.values()])
        old = triples_of(store, subjects)
        store.write_graphs(add=add, replace=replace, delete=delete)
        after = store.generation
        subjects |= subjects_in(store, [*add, *replace])
        new = triples_of(store, subjects)
        token = _token(store)
        if after != before + 1 or store.generation != after or _token(store) != token:
            return  # another write came in between: a gap, so a full rebuild
        change = Change(
            before,
            after,
            token,
            frozenset(old - new),
            frozenset(new - old),
            frozenset(subjects),
            frozenset(new),
        )
        with self._lock:
            self._changes.append(change)

    def since(self, generation: int, current: int) -> Change | None:
        """The change from ``generation`` to ``current`` (several writes as one), or None when
        a write in between was not journalled."""
        with self._lock:
            # A write under way has moved the generation but not yet recorded its change.
            self._lock.wait_for(lambda: self._writing == 0, timeout=self._wait)
            by_start = {c.before: c for c in self._changes}
        found: Change | None = None
        while generation != current:
            step = by_start.get(generation)
            if step is None or step.after > current:
                return None
            found = step if found is None else found.then(step)
            generation = step.after
        return found


def write_graphs(
    store: Store,
    journal: WriteJournal | None,
    *,
    add: Mapping[str, RdfPayload] | None = None,
    replace: Mapping[str, RdfPayload] | None = None,
    delete: Sequence[str] = (),
) -> None:
    """``store.write_graphs(…)``, through ``journal`` when there is one."""
    if journal is None:
        store.write_graphs(add=add, replace=replace, delete=delete)
    else:
        journal.write(store, add=add, replace=replace, delete=delete)


def _sole_writer(store: Store) -> bool:
    return isinstance(store, OxigraphStore) and not store.read_only


def _token(store: object) -> str | None:
    token_of = getattr(store, "state_token", None)
    token = token_of() if callable(token_of) else None
    return token if isinstance(token, str) else None


def _without_gc(call: Callable[[], T]) -> T:
    # Millions of small objects: the cyclic collector would run over them again and again.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return call()
    finally:
        if enabled:
            gc.enable()


__all__ = [
    "FOLDER",
    "FORMAT",
    "Change",
    "DerivedCache",
    "WriteJournal",
    "load_or_build",
    "subjects_in",
    "triples_of",
    "write_graphs",
]
