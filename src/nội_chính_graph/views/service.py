"""The read service behind the JSON API and Linked Data: the store and what is derived from it.

The catalogue of labels, the search index and the graph projections follow ``store.generation``,
so a write is visible to the next request. The first request that notices a new generation
brings them up to date under a lock: from the write's change when the service's own
:class:`~nội_chính_graph.store.derived.WriteJournal` recorded every write since (milliseconds to
a few seconds, see :mod:`nội_chính_graph.views.derived`), else by reading the whole store again
(a write the journal did not see: ``ncg load``, the Graph Store Protocol). The old indexes are
never served for a newer generation: a steward's ingest is in the very next answer. The
projections are built only when a graph endpoint first needs them.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence

from pyoxigraph import Literal, NamedNode

from nội_chính_graph.graph.projection import Projection, build_projections, predicate_labels
from nội_chính_graph.graph.update import StaleProjectionError
from nội_chính_graph.queries.bind import BindableTerm, bind
from nội_chính_graph.search.catalogue import EntityInfo, build_catalogue, text_of
from nội_chính_graph.search.index import SearchIndex
from nội_chính_graph.store.base import BooleanResult, SolutionsResult, Store, Term
from nội_chính_graph.store.derived import WriteJournal
from nội_chính_graph.views.derived import SEARCH_TYPES, Derived, Saver, texts_from, updated
from nội_chính_graph.views.models import EntityRef

# Themes and mottos have no label, only their text (ncg:text): the API names them by it.
_TEXTS_QUERY = """
SELECT ?s ?text WHERE {
  ?s ncg:text ?text .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(ncgid:)))
}
"""


class ReadService:
    """The store plus its derived indexes, kept current with ``store.generation``.

    The app builds one in its lifespan (``app.state.views``); every route reads it through
    ``web.deps.ReadServiceDep``.
    """

    def __init__(self, store: Store, journal: WriteJournal | None = None) -> None:
        self.store = store
        self.journal = journal
        self._lock = threading.Lock()
        self._derived: Derived | None = None
        self.saver = Saver()
        #: How the indexes last followed the store: "built", "updated" (for benchmarks, tests).
        self.last_step = ""

    @property
    def generation(self) -> int:
        """The store's generation (part of every ETag)."""
        return self.store.generation

    def derived(self) -> Derived:
        """The catalogue and search index for the store's current generation."""
        current = self._derived
        if current is not None and current.generation == self.store.generation:
            return current
        with self._lock:
            current = self._derived
            generation = self.store.generation
            if current is None or current.generation != generation:
                current = self._updated(current, generation) or self._built()
                self._derived = current
            return current

    def _built(self) -> Derived:
        catalogue = build_catalogue(self.store)
        index = SearchIndex(catalogue, SEARCH_TYPES)
        names = predicate_labels(self.store)
        texts = self._texts()
        self.last_step = "built"
        return Derived(catalogue.generation, catalogue, index, names, texts)

    def _updated(self, current: Derived | None, generation: int) -> Derived | None:
        """``current`` brought to ``generation`` from the journal's change, if it has one."""
        if current is None or self.journal is None:
            return None
        change = self.journal.since(current.generation, generation)
        if change is None:
            return None
        try:
            found = updated(self.store, current, change)
        except StaleProjectionError:
            return None  # the views did not hold what the change took away: build again
        self.last_step = "updated"
        self.saver.offer(found)
        return found

    def projection(self, reified: bool = False) -> Projection:
        """The graph projection (collapsed or reified) of the current generation: compact
        arrays, saved with an on-disk store's state (``Projection.graph`` gives networkx)."""
        derived = self.derived()
        found = derived.projections.get(reified)
        if found is not None:
            return found
        with self._lock:
            if reified not in derived.projections:
                collapsed, full = build_projections(self.store, derived.catalogue)
                derived.projections.update({False: collapsed, True: full})
            return derived.projections[reified]

    def predicate_names(self) -> dict[str, dict[str, str]]:
        """Labels of properties by language (ontology ``rdfs:label`` or built-in)."""
        return self.derived().predicates

    def _texts(self) -> dict[str, dict[str, str]]:
        """``ncg:text`` by language of every entity that has one (themes, mottos)."""
        rows = [
            (subject.value, value.language or "vi", value.value)
            for subject, value in ((row["s"], row["text"]) for row in self.select(_TEXTS_QUERY))
            if isinstance(subject, NamedNode) and isinstance(value, Literal)
        ]
        return texts_from(rows)

    def info(self, iri: str) -> EntityInfo:
        """Labels and type of any IRI."""
        return self.derived().catalogue.get(iri)

    def ref(self, iri: str, lang: str) -> EntityRef:
        """An entity reference for a response; an entity without a label (a theme, a motto)
        is named by its text."""
        info = self.info(iri)
        labels = dict(info.labels) or dict(self.derived().texts.get(iri, {}))
        label = info.label(lang)
        if not info.labels and labels:
            label = labels.get(lang) or labels.get("vi") or next(iter(labels.values()))
        return EntityRef(id=info.iri, slug=info.slug, type=info.type, label=label, labels=labels)

    def select(
        self, query: str, bindings: Mapping[str, Sequence[BindableTerm]] | None = None
    ) -> list[dict[str, Term]]:
        """Rows of a named ``SELECT`` with values bound."""
        result = self.store.query(bind(query, bindings))
        assert isinstance(result, SolutionsResult)
        return result.rows

    def ask(self, query: str, bindings: Mapping[str, Sequence[BindableTerm]]) -> bool:
        """The answer to a named ``ASK``."""
        result = self.store.query(bind(query, bindings))
        assert isinstance(result, BooleanResult)
        return result.value


def text(term: Term | None) -> str | None:
    """The lexical value of an IRI or literal (None for absent and other terms)."""
    return text_of(term)


__all__ = ["SEARCH_TYPES", "Derived", "ReadService", "text"]
