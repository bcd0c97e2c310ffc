"""Everything the read service derives from one generation of the store, and how it follows a
write: built from the whole store, or updated from the write's change (issue 16).

An update touches only what the change names: the catalogue entries, property labels and texts
of the subjects whose triples changed, the search index when a searched entity changed (built
again from the catalogue, no store read), the projections' edges
(:mod:`nội_chính_graph.graph.update`). The result equals a full build of the new state (a test
compares them after an ingest, a revert and a merge). It is then saved under the new state
token by a background thread, so a restart loads it instead of rebuilding.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from nội_chính_graph.graph.projection import (
    PROJECTIONS,
    Projection,
    _saved_form,
    labels_from,
)
from nội_chính_graph.graph.update import updated_projections
from nội_chính_graph.namespaces import NCG, NCGID, RDFS
from nội_chính_graph.search.catalogue import (
    CATALOGUE,
    Catalogue,
    _saved_row,
    updated_catalogue,
)
from nội_chính_graph.search.index import SearchIndex
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.derived import Change, DerivedCache

#: Types the search looks through.
SEARCH_TYPES = (
    "agency",
    "party-organ",
    "organisation",
    "province",
    "force",
    "person",
    "bloc",
    "event",
)
_LABEL, _TEXT = str(RDFS.label), str(NCG.text)


@dataclass
class Derived:
    """Everything built from one generation of the store."""

    generation: int
    catalogue: Catalogue
    index: SearchIndex
    predicates: dict[str, dict[str, str]]
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    projections: dict[bool, Projection] = field(default_factory=dict)


def texts_from(rows: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    """``ncg:text`` by language from (subject, language, text) rows; of two texts in one
    language the greater wins (whatever order the rows come in)."""
    texts: dict[str, dict[str, str]] = {}
    for subject, lang, value in sorted(rows):
        texts.setdefault(subject, {})[lang] = value
    return texts


def _touched(change: Change, predicate: str) -> set[str]:
    return {
        t.subject.value
        for t in (*change.removed, *change.added)
        if t.predicate.value == predicate and isinstance(t.subject, NamedNode)
    }


def _literals(change: Change, subject: str, predicate: str) -> list[tuple[str, str, str]]:
    return [
        (subject, t.object.language or "vi", t.object.value)
        for t in change.triples(subject)
        if t.predicate.value == predicate and isinstance(t.object, Literal)
    ]


def updated_predicates(old: dict[str, dict[str, str]], change: Change) -> dict[str, dict[str, str]]:
    """Property labels after ``change`` (as :func:`~nội_chính_graph.graph.projection
    .predicate_labels` reads them)."""
    labels = dict(old)
    for subject in _touched(change, _LABEL):
        # rows of (property, language, label): the property is the subject here
        found = labels_from(_literals(change, subject, _LABEL)).get(subject)
        if found is None:
            labels.pop(subject, None)
        else:
            labels[subject] = found
    return labels


def updated_texts(old: dict[str, dict[str, str]], change: Change) -> dict[str, dict[str, str]]:
    """Texts of themes and mottos after ``change``."""
    texts = dict(old)
    for subject in _touched(change, _TEXT):
        found = (
            texts_from(_literals(change, subject, _TEXT)) if subject.startswith(str(NCGID)) else {}
        )
        if subject in found:
            texts[subject] = found[subject]
        else:
            texts.pop(subject, None)
    return texts


def updated(store: Store, current: Derived, change: Change) -> Derived:
    """``current`` after ``change`` (new objects; ``current`` is left as it was). Raises
    :class:`~nội_chính_graph.graph.update.StaleProjectionError` when the projections do not
    match the state before the change."""
    saved = DerivedCache.at(store, change.token)
    catalogue, changed = updated_catalogue(current.catalogue, change, saved)
    searched = {
        iri for iri in changed if _type_of(current.catalogue, catalogue, iri) & set(SEARCH_TYPES)
    }
    index = SearchIndex(catalogue, SEARCH_TYPES, saved=False) if searched else current.index
    predicates = updated_predicates(current.predicates, change)
    texts = updated_texts(current.texts, change)
    projections: dict[bool, Projection] = {}
    if current.projections:
        views = (current.projections[False], current.projections[True])
        collapsed, full = updated_projections(views, store, change, catalogue, predicates, changed)
        projections = {False: collapsed, True: full}
    return Derived(change.after, catalogue, index, predicates, texts, projections)


def _type_of(old: Catalogue, new: Catalogue, iri: str) -> set[str]:
    return {c.by_iri[iri].type for c in (old, new) if iri in c.by_iri}


def save(derived: Derived) -> None:
    """Save the catalogue, search index and projections for the state they were made from,
    each only while the store still has that state."""
    cache = derived.catalogue.saved
    if cache is None:
        return
    if not cache.save(CATALOGUE, [_saved_row(e) for e in derived.catalogue]):
        return
    derived.index.save(cache, SEARCH_TYPES)
    if derived.projections:
        cache.save(
            PROJECTIONS, _saved_form((derived.projections[False], derived.projections[True]))
        )


class Saver:
    """Saves the newest :class:`Derived` offered, in one background thread (a newer one
    offered while a save runs replaces any still waiting)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: Derived | None = None
        self._thread: threading.Thread | None = None

    def offer(self, derived: Derived) -> None:
        """Save ``derived`` soon, off the caller's thread."""
        if derived.catalogue.saved is None:
            return
        with self._lock:
            self._next = derived
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="ncg-save", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                derived, self._next = self._next, None
                if derived is None:
                    self._thread = None
                    return
            save(derived)

    def wait(self) -> None:
        """Return when nothing is waiting to be saved (for tests and benchmarks)."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()


__all__ = [
    "SEARCH_TYPES",
    "Derived",
    "Saver",
    "save",
    "texts_from",
    "updated",
    "updated_predicates",
    "updated_texts",
]
