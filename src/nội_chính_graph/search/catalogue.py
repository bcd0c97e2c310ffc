"""Every labelled entity of the store, with its type, slug and labels per language.

Built with one query over ``skos:prefLabel``, ``skos:altLabel``, ``foaf:name``, ``schema:name``
and ``rdfs:label``; the JSON API takes entity labels from here instead of asking the store for
them on every request.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pyoxigraph import Literal, NamedNode

from nội_chính_graph.namespaces import FOAF, NCGID, RDFS, SCHEMA, SKOS
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.queries.ids import split_iri
from nội_chính_graph.store.base import SolutionsResult, Store
from nội_chính_graph.store.derived import Change, DerivedCache
from nội_chính_graph.text import nfc

LANGUAGES = ("vi", "en")
#: The name the catalogue is saved under.
CATALOGUE = "catalogue"
_Row = tuple[str, str, str, dict[str, str], list[str], dict[str, int]]

_LABELS_QUERY = """
SELECT ?s ?p ?label WHERE {
  VALUES ?p { skos:prefLabel skos:altLabel foaf:name schema:name rdfs:label }
  ?s ?p ?label .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), STR(ncgid:)))
}
"""
# Which property names an entity first, per language; altLabel is never a display label.
_NAME_ORDER = (str(SKOS.prefLabel), str(FOAF.name), str(SCHEMA.name), str(RDFS.label))
_ALT = str(SKOS.altLabel)
#: Every property a name is read from.
NAME_PROPERTIES = frozenset((*_NAME_ORDER, _ALT))


@dataclass
class EntityInfo:
    """An entity as the API shows it: IRI, type, slug, labels by language, other names."""

    iri: str
    type: str
    slug: str
    labels: dict[str, str] = field(default_factory=dict)
    alt_labels: list[str] = field(default_factory=list)
    _ranked: dict[str, int] = field(default_factory=dict, repr=False)

    def label(self, lang: str = "vi") -> str:
        """The label in ``lang``, else Vietnamese, else English, else the slug.

        >>> EntityInfo("x", "agency", "bo-cong-an", {"vi": "Bộ Công an"}).label("en")
        'Bộ Công an'
        """
        for wanted in (lang, "vi", "en"):
            if wanted in self.labels:
                return self.labels[wanted]
        return next(iter(self.labels.values()), self.slug)

    def names(self) -> list[str]:
        """Every distinct name: display labels first, then the aliases."""
        seen = dict.fromkeys([*self.labels.values(), *self.alt_labels])
        return list(seen)

    def _alias(self, text: str) -> None:
        if text not in self.alt_labels and text not in self.labels.values():
            self.alt_labels.append(text)

    def _offer(self, prop: str, text: str, lang: str) -> None:
        """Take one name: the best-ranked property per language labels, the rest are aliases."""
        if prop == _ALT:
            self._alias(text)
            return
        rank, key = _NAME_ORDER.index(prop), lang or "vi"
        current = self._ranked.get(key)
        if current is not None and current <= rank:
            self._alias(text)
            return
        old = self.labels.get(key)
        self.labels[key], self._ranked[key] = text, rank
        if text in self.alt_labels:
            self.alt_labels.remove(text)
        if old is not None:
            self._alias(old)


class Catalogue:
    """Entity information by IRI, for the generation of the store it was built from.

    ``saved`` is where indexes derived from this catalogue (search index, projections) are
    saved for the store state it was read from (see :mod:`nội_chính_graph.store.derived`);
    None when the store has no state token.
    """

    def __init__(
        self,
        entities: Iterable[EntityInfo],
        generation: int,
        saved: DerivedCache | None = None,
    ) -> None:
        self.generation = generation
        self.by_iri: dict[str, EntityInfo] = {e.iri: e for e in entities}
        self.saved = saved

    def __len__(self) -> int:
        return len(self.by_iri)

    def __iter__(self) -> Iterator[EntityInfo]:
        return iter(self.by_iri.values())

    def get(self, iri: str) -> EntityInfo:
        """The entity (an unlabelled stand-in made from the IRI when it has no label).

        >>> Catalogue([], 0).get("https://w3id.org/noi-chinh/id/year/2023").label()
        '2023'
        """
        found = self.by_iri.get(iri)
        if found is not None:
            return found
        parts = split_iri(iri)
        if parts is None:
            return EntityInfo(iri, "external", iri)
        return EntityInfo(iri, parts.type, parts.slug)

    def of_type(self, kind: str) -> list[EntityInfo]:
        """Every labelled entity of a type, by Vietnamese label."""
        found = [e for e in self.by_iri.values() if e.type == kind]
        return sorted(found, key=lambda e: (e.label("vi").casefold(), e.iri))


def text_of(term: object) -> str | None:
    """The lexical value of an IRI or literal (None for anything else)."""
    return term.value if isinstance(term, NamedNode | Literal) else None


def _rows(store: Store) -> list[tuple[str, str, str, str]]:
    result = store.query(bind(_LABELS_QUERY))
    assert isinstance(result, SolutionsResult)
    rows = []
    for row in result.rows:
        subject, prop, label = row["s"], row["p"], row["label"]
        if isinstance(subject, NamedNode) and isinstance(label, Literal):
            rows.append((subject.value, str(text_of(prop)), nfc(label.value), label.language or ""))
    return rows


def _saved_row(e: EntityInfo) -> _Row:
    return (e.iri, e.type, e.slug, e.labels, e.alt_labels, e._ranked)


def build_catalogue(store: Store) -> Catalogue:
    """Every labelled entity of ``store``: read from the store, or loaded from where it was
    saved for the store's current state (see :mod:`nội_chính_graph.store.derived`)."""
    generation = store.generation  # read before the store: never stale for its generation
    saved = DerivedCache.of(store)
    rows: list[_Row] | None = saved.load(CATALOGUE) if saved is not None else None
    if rows is not None:
        return Catalogue((EntityInfo(*row) for row in rows), generation, saved)
    catalogue = read_catalogue(store, generation)
    if saved is not None and saved.save(CATALOGUE, [_saved_row(e) for e in catalogue]):
        catalogue.saved = saved
    return catalogue


def changed_names(change: Change) -> set[str]:
    """Subjects whose names ``change`` touched."""
    return {
        t.subject.value  # type: ignore[union-attr]
        for t in (*change.removed, *change.added)
        if t.predicate.value in NAME_PROPERTIES
    }


def entity_of(subject: str, triples: Iterable[object]) -> EntityInfo | None:
    """The catalogue entry of ``subject`` from its triples (None when it has no name): what
    :func:`read_catalogue` makes of the same triples."""
    parts = split_iri(subject) if subject.startswith(str(NCGID)) else None
    if parts is None:
        return None
    rows = []
    for triple in triples:
        prop, label = getattr(triple, "predicate", None), getattr(triple, "object", None)
        named = isinstance(prop, NamedNode) and prop.value in NAME_PROPERTIES
        if named and isinstance(label, Literal):
            rows.append((prop.value, nfc(label.value), label.language or ""))  # type: ignore[union-attr]
    if not rows:
        return None
    info = EntityInfo(subject, parts.type, parts.slug)
    for prop_iri, text, lang in sorted(rows):
        info._offer(prop_iri, text, lang)
    return info


def updated_catalogue(
    catalogue: Catalogue, change: Change, saved: DerivedCache | None
) -> tuple[Catalogue, set[str]]:
    """The catalogue after ``change`` (a new object: readers of the old one are not disturbed),
    and the IRIs of the entities that changed."""
    changed = changed_names(change)
    by_iri = dict(catalogue.by_iri)
    for subject in changed:
        info = entity_of(subject, change.triples(subject))
        if info is None:
            by_iri.pop(subject, None)
        else:
            by_iri[subject] = info
    return Catalogue(by_iri.values(), change.after, saved), changed


def read_catalogue(store: Store, generation: int) -> Catalogue:
    """Read every labelled entity of ``store`` (one query)."""
    entities: dict[str, EntityInfo] = {}
    for subject, prop, text, lang in sorted(_rows(store)):
        parts = split_iri(subject)
        if parts is None:
            continue
        info = entities.get(subject)
        if info is None:
            info = entities[subject] = EntityInfo(subject, parts.type, parts.slug)
        info._offer(prop, text, lang)
    return Catalogue(entities.values(), generation)


__all__ = [
    "LANGUAGES",
    "NAME_PROPERTIES",
    "Catalogue",
    "EntityInfo",
    "build_catalogue",
    "changed_names",
    "entity_of",
    "read_catalogue",
    "updated_catalogue",
]
