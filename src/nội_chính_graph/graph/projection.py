"""A projection of the store as a graph: entities as nodes, facts folded into labelled edges.

Two views come from one scan of the IRI-to-IRI statements between ``ncgid:`` resources:

* the *collapsed* view (default): agencies, Party organs, forces, people, blocs, events and ranks
  are nodes; a bloc membership becomes an edge ``agency —Thành viên 2023→ bloc``, a Party role an
  edge ``person —Ủy viên 2023→ organ``, a post holding an edge ``person —Thứ trưởng Bộ Công an
  2023→ agency`` (the post folded away), a rank assignment ``person —Thượng tướng 2023→ rank``;
* the *reified* view: the fact nodes and posts stay nodes and every statement is an edge.

Both are integer arrays over one numbered table of IRIs (:class:`Terms`, :class:`EdgeColumns`),
built once per store state and saved with it (:func:`build_projections`); an edge's labels are
made from the catalogue when the edge is returned.

Everything about a view is a function of the store's content, not of the order a scan meets it,
so a view updated from a write's change (:mod:`nội_chính_graph.graph.update`) equals one built
again: the edges at a node are in the order of their other end's IRI (then predicate, kind,
fact, role, year), and a fact with two values for one property takes the smallest.
"""

from __future__ import annotations

from array import array
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from pyoxigraph import Literal, NamedNode

from nội_chính_graph.graph.model import (
    ENTITY_TYPES,
    FACT_TYPES,
    REIFIED_TYPES,
    Edge,
    interval_years,
    local_name,
)
from nội_chính_graph.namespaces import NCG, ORG
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.queries.ids import split_iri
from nội_chính_graph.search.catalogue import Catalogue, text_of
from nội_chính_graph.store.base import SolutionsResult, Store

_EDGES_QUERY = """
SELECT ?s ?p ?o WHERE {
  ?s ?p ?o .
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), STR(ncgid:)) && STRSTARTS(STR(?o), STR(ncgid:)))
  FILTER(?p NOT IN (ncg:evidence, prov:wasDerivedFrom, oa:hasBody, oa:hasTarget, oa:hasSource,
                    oa:hasSelector, time:hasBeginning, time:hasEnd, ncg:precision, skos:inScheme,
                    skos:topConceptOf, skos:hasTopConcept))
}
"""
# Provenance and time plumbing never become edges; leaving them out of the scan halves it.
_PREDICATE_LABELS_QUERY = """
SELECT ?p ?label WHERE { ?p rdfs:label ?label . FILTER(isIRI(?p)) }
"""
MEMBER_OF, HOLDS, RANK = str(ORG.memberOf), str(ORG.holds), str(NCG.rank)
_MEMBER, _ORGANIZATION, _ROLE = str(ORG.member), str(ORG.organization), str(ORG.role)
_HOLDER, _POST, _POST_IN = str(NCG.holder), str(NCG.post), str(ORG.postIn)
_TIME = (str(ORG.memberDuring), str(NCG.heldDuring), str(NCG.attestedDuring))
#: Labels of reused properties the ontology does not label itself.
BUILTIN_LABELS: dict[str, dict[str, str]] = {
    MEMBER_OF: {"vi": "thành viên", "en": "member of"},
    HOLDS: {"vi": "giữ chức vụ", "en": "holds"},
    str(ORG.subOrganizationOf): {"vi": "trực thuộc", "en": "part of"},
    str(ORG.postIn): {"vi": "chức vụ tại", "en": "post in"},
    _MEMBER: {"vi": "thành viên", "en": "member"},
    _ORGANIZATION: {"vi": "tổ chức", "en": "organisation"},
    _ROLE: {"vi": "vai trò", "en": "role"},
    "https://schema.org/organizer": {"vi": "tổ chức", "en": "organiser"},
}

Triple3 = tuple[str, str, str]


def _kind(iri: str) -> str | None:
    parts = split_iri(iri)
    return parts.type if parts else None


@dataclass
class _Fact:
    iri: str
    kind: str
    values: dict[str, str]

    def year(self) -> int | None:
        for prop in _TIME:
            interval = self.values.get(prop)
            span = interval_years(interval) if interval else None
            if span is not None:
                return span[0]
        return None


class Projection:
    """One view of the graph: nodes and edges in flat integer arrays, :class:`Edge` objects made
    only for the edges a walk returns.

    A networkx ``MultiDiGraph`` of the 10M-quad graph took 3 GB and minutes to load; these
    arrays pickle and load in seconds (the projections are saved with the store, see
    :mod:`nội_chính_graph.store.derived`). ``graph`` still gives the networkx view, built on
    first use, for tools and tests.
    """

    def __init__(self, generation: int, reified: bool, terms: Terms, edges: EdgeColumns) -> None:
        self.generation = generation
        self.reified = reified
        self.terms = terms
        self.edges = edges
        self._graph: nx.MultiDiGraph | None = None

    def __contains__(self, iri: object) -> bool:
        number = self.terms.number.get(iri) if isinstance(iri, str) else None
        return number is not None and bool(self.edges.present[number])

    def __len__(self) -> int:
        return self.edges.nodes

    def node_type(self, iri: str) -> str | None:
        """The type segment of a node's IRI, None when not in the projection."""
        return self.terms.kind(iri) if iri in self else None

    def edge_count(self) -> int:
        """How many edges the view has."""
        return len(self.edges.source) - len(self.edges.removed)

    def edge_numbers(self) -> Iterator[int]:
        """The number of every edge of the view."""
        removed = self.edges.removed
        return (n for n in range(len(self.edges.source)) if n not in removed)

    def _number(self, iri: str) -> int | None:
        number = self.terms.number.get(iri)
        return number if number is not None and self.edges.present[number] else None

    def grouped(self, iri: str, outgoing: bool) -> dict[int, list[int]]:
        """Edge numbers at ``iri`` by the node number at their other end (in the order the
        other ends were first met, edges in insertion order: what networkx's adjacency gives)."""
        number = self._number(iri)
        if number is None:
            return {}
        return self.edges.grouped(number, outgoing)

    def neighbour_numbers(self, iri: str, predicates: Collection[str] | None) -> list[int]:
        """Node numbers one allowed edge away (out-neighbours first), each once, not ``iri``."""
        number = self._number(iri)
        if number is None:
            return []
        allowed = self.terms.numbers(predicates)
        found = dict.fromkeys(self.edges.others(number, allowed))
        found.pop(number, None)
        return list(found)

    def edge(self, number: int) -> Edge:
        """The :class:`Edge` of edge ``number``."""
        return self.edges.edge(number, self.terms)

    def allowed(self, number: int, predicates: Collection[str] | None) -> bool:
        """Whether edge ``number``'s predicate is among ``predicates`` (all when empty)."""
        return not predicates or self.terms.text[self.edges.predicate[number]] in predicates

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The view as a networkx ``MultiDiGraph`` with an :class:`Edge` on each edge (built
        once, on first use: for tools and tests, not for requests)."""
        if self._graph is None:
            graph = nx.MultiDiGraph()
            text, present = self.terms.text, self.edges.present
            graph.add_nodes_from(
                (text[n], {"type": self.terms.kind(text[n])})
                for n in range(len(text))
                if present[n]
            )
            for number in self.edge_numbers():
                edge = self.edge(number)
                graph.add_edge(edge.source, edge.target, key=edge.id, edge=edge)
            self._graph = graph
        return self._graph


@dataclass
class Terms:
    """Every IRI the views use, numbered; node types; and what edge labels are made from."""

    text: list[str]
    number: dict[str, int]
    catalogue: Catalogue
    predicate_names: dict[str, dict[str, str]]

    @classmethod
    def empty(cls, catalogue: Catalogue, names: dict[str, dict[str, str]]) -> Terms:
        """A table with no terms yet."""
        return cls([], {}, catalogue, names)

    def add(self, iri: str) -> int:
        """The number of ``iri``, given one if new."""
        found = self.number.get(iri)
        if found is None:
            found = self.number[iri] = len(self.text)
            self.text.append(iri)
        return found

    def kind(self, iri: str) -> str | None:
        """The type segment of an IRI."""
        return _kind(iri)

    def numbers(self, iris: Collection[str] | None) -> set[int] | None:
        """The numbers of ``iris`` (None for none given: everything allowed)."""
        if not iris:
            return None
        return {self.number[i] for i in iris if i in self.number}

    def labels(self, iri: str, year: int | None) -> dict[str, str]:
        """An edge's labels from the labels of a role, post or rank and the year."""
        info = self.catalogue.get(iri)
        suffix = f" {year}" if year is not None else ""
        return {lang: info.label(lang) + suffix for lang in ("vi", "en")}


DIRECT, FACT, HOLDS_POST = 0, 1, 2
"""Edge kinds: a statement; a fact folded into an edge; ``org:holds`` of a post with no fact."""
_NONE = -1


@dataclass
class EdgeColumns:
    """The edges of one view as columns of term numbers, with both adjacency lists (CSR)."""

    present: bytearray = field(default_factory=bytearray)
    nodes: int = 0
    source: array[int] = field(default_factory=lambda: array("i"))
    target: array[int] = field(default_factory=lambda: array("i"))
    predicate: array[int] = field(default_factory=lambda: array("i"))
    kind: bytearray = field(default_factory=bytearray)
    year: array[int] = field(default_factory=lambda: array("i"))
    role: array[int] = field(default_factory=lambda: array("i"))
    fact: array[int] = field(default_factory=lambda: array("i"))
    out_start: array[int] = field(default_factory=lambda: array("i"))
    out_edges: array[int] = field(default_factory=lambda: array("i"))
    in_start: array[int] = field(default_factory=lambda: array("i"))
    in_edges: array[int] = field(default_factory=lambda: array("i"))
    #: Edge lists of the nodes a change touched, instead of their slice of the CSR arrays.
    patched_out: dict[int, array[int]] = field(default_factory=dict)
    patched_in: dict[int, array[int]] = field(default_factory=dict)
    #: Edges a change took away (their numbers are never reused).
    removed: set[int] = field(default_factory=set)

    def mark(self, number: int) -> None:
        """Make term ``number`` a node of this view."""
        if number >= len(self.present):
            self.present.extend(bytes(number + 1 - len(self.present)))
        if not self.present[number]:
            self.present[number] = 1
            self.nodes += 1

    def append(self, ends: tuple[int, int, int], kind: int, extra: tuple[int, int, int]) -> None:
        """Add an edge: (source, target, predicate) numbers, its kind, (year, role, fact)."""
        source, target, predicate = ends
        self.mark(source)
        self.mark(target)
        self.source.append(source)
        self.target.append(target)
        self.predicate.append(predicate)
        self.kind.append(kind)
        self.year.append(extra[0])
        self.role.append(extra[1])
        self.fact.append(extra[2])

    def index(self, text: list[str]) -> None:
        """Build both adjacency lists, the edges of a node in canonical order (:meth:`key`)."""
        size = len(text)
        self.present.extend(bytes(max(0, size - len(self.present))))
        rank = [0] * (size + 1)  # the last one is _NONE's: before every IRI, like ""
        for place, number in enumerate(sorted(range(size), key=text.__getitem__)):
            rank[number] = place
        rank[size] = -1
        columns = (self.source, self.target, self.predicate, self.kind, self.fact, self.role)
        s, t, p, k, f, r = columns
        y = self.year
        order = sorted(
            range(len(s)),
            key=lambda e: (rank[s[e]], rank[t[e]], rank[p[e]], k[e], rank[f[e]], rank[r[e]], y[e]),
        )
        self.out_start, self.out_edges = _csr(self.source, size, order)
        self.in_start, self.in_edges = _csr(self.target, size, order)

    def key(self, number: int, text: list[str]) -> tuple[str, str, str, int, str, str, int]:
        """What orders edges: source, target, predicate, kind, fact, role (IRIs), year."""
        fact, role = self.fact[number], self.role[number]
        return (
            text[self.source[number]],
            text[self.target[number]],
            text[self.predicate[number]],
            self.kind[number],
            text[fact] if fact != _NONE else "",
            text[role] if role != _NONE else "",
            self.year[number],
        )

    def at(self, number: int, outgoing: bool) -> array[int]:
        """The edges at node ``number`` (leaving it, or reaching it), in canonical order."""
        patched = (self.patched_out if outgoing else self.patched_in).get(number)
        if patched is not None:
            return patched
        start, edges = (
            (self.out_start, self.out_edges) if outgoing else (self.in_start, self.in_edges)
        )
        if number + 1 >= len(start):
            return array("i")  # a term numbered after the lists were built
        return edges[start[number] : start[number + 1]]

    def grouped(self, number: int, outgoing: bool) -> dict[int, list[int]]:
        """Edge numbers at node ``number`` by the node at their other end."""
        ends = self.target if outgoing else self.source
        groups: dict[int, list[int]] = {}
        for edge in self.at(number, outgoing):
            groups.setdefault(ends[edge], []).append(edge)
        return groups

    def others(self, number: int, predicates: set[int] | None) -> Iterator[int]:
        """The node at the other end of each allowed edge at ``number``, out-edges first."""
        for outgoing, ends in ((True, self.target), (False, self.source)):
            for edge in self.at(number, outgoing):
                if predicates is None or self.predicate[edge] in predicates:
                    yield ends[edge]

    def edge(self, number: int, terms: Terms) -> Edge:
        """The :class:`Edge` of edge ``number``."""
        text = terms.text
        source, target = text[self.source[number]], text[self.target[number]]
        predicate = text[self.predicate[number]]
        kind, year = self.kind[number], self.year[number] or None
        role = text[self.role[number]] if self.role[number] != _NONE else None
        if kind == DIRECT:
            labels = terms.predicate_names.get(predicate, {})
            return Edge(f"{source} {predicate} {target}", source, target, predicate, labels)
        labels = terms.labels(role, year) if role is not None else {}
        if kind == FACT:
            fact = text[self.fact[number]]
            return Edge(fact, source, target, predicate, labels, year, role, fact)
        return Edge(f"{source} {HOLDS} {role}", source, target, HOLDS, labels, None, role)


def _csr(ends: array[int], size: int, order: list[int]) -> tuple[array[int], array[int]]:
    """Offsets (``size + 1``) and edge numbers grouped by ``ends``, each group in ``order``."""
    counts = [0] * (size + 1)
    for node in ends:
        counts[node + 1] += 1
    for i in range(size):
        counts[i + 1] += counts[i]
    start = array("i", counts)
    place = counts[:-1]
    edges = array("i", bytes(4 * len(ends)))
    for number in order:
        node = ends[number]
        edges[place[node]] = number
        place[node] += 1
    return start, edges


def _statements(store: Store) -> list[Triple3]:
    result = store.query(bind(_EDGES_QUERY))
    assert isinstance(result, SolutionsResult)
    return [
        (s.value, str(text_of(p)), o.value)
        for s, p, o in ((row["s"], row["p"], row["o"]) for row in result.rows)
        if isinstance(s, NamedNode) and isinstance(o, NamedNode)
    ]


def predicate_labels(store: Store) -> dict[str, dict[str, str]]:
    """Labels of properties by language: the ontology's ``rdfs:label``, else built-in ones."""
    result = store.query(bind(_PREDICATE_LABELS_QUERY))
    assert isinstance(result, SolutionsResult)
    rows = [
        (prop.value, label.language or "vi", label.value)
        for prop, label in ((row["p"], row["label"]) for row in result.rows)
        if isinstance(prop, NamedNode) and isinstance(label, Literal)
    ]
    return labels_from(rows)


def labels_from(rows: Iterable[tuple[str, str, str]]) -> dict[str, dict[str, str]]:
    """Property labels from (property, language, label) rows over the built-in ones; of two
    labels in one language the greater wins (whatever order the rows come in)."""
    labels: dict[str, dict[str, str]] = {k: dict(v) for k, v in BUILTIN_LABELS.items()}
    for prop, lang, label in sorted(rows):
        labels.setdefault(prop, {})[lang] = label
    return labels


class _Builder:
    """Turns the statement rows into the two views."""

    def __init__(self, terms: Terms) -> None:
        self.terms = terms
        self.collapsed, self.reified = EdgeColumns(), EdgeColumns()
        self.facts: dict[str, _Fact] = {}
        self.post_in: dict[str, str] = {}
        self.holds: list[tuple[str, str]] = []

    def _add(
        self,
        view: EdgeColumns,
        ends: tuple[str, str, str],
        kind: int,
        extra: tuple[int, int, int] = (0, _NONE, _NONE),
    ) -> None:
        # No edge comes twice: statements are a set, facts and (person, post) pairs distinct.
        add = self.terms.add
        view.append((add(ends[0]), add(ends[1]), add(ends[2])), kind, extra)

    def take(self, rows: Iterable[Triple3]) -> None:
        """Sort every statement into the views and the fact table."""
        for s, p, o in rows:
            ks, ko = _kind(s), _kind(o)
            if ks in REIFIED_TYPES and ko in REIFIED_TYPES:
                self._add(self.reified, (s, o, p), DIRECT)
            if ks in ENTITY_TYPES and ko in ENTITY_TYPES:
                self._add(self.collapsed, (s, o, p), DIRECT)
            if ks in FACT_TYPES and ks != "post":
                values = self.facts.setdefault(s, _Fact(s, ks, {})).values
                values[p] = min(values.get(p, o), o)
            elif ks == "post" and p == _POST_IN:
                self.post_in[s] = min(self.post_in.get(s, o), o)
            elif p == HOLDS and ko == "post":
                self.holds.append((s, o))

    def _fact_edge(self, fact: _Fact) -> tuple[str, str, str, str | None] | None:
        """(source, target, predicate, role) of the edge a fact folds into."""
        v = fact.values
        if fact.kind in ("membership", "party-membership"):
            who, where, role = v.get(_MEMBER), v.get(_ORGANIZATION), v.get(_ROLE)
            if who and where:
                return who, where, MEMBER_OF, role
        elif fact.kind == "post-holding":
            who, post = v.get(_HOLDER), v.get(_POST)
            where = self.post_in.get(post or "")
            if who and post and where:
                return who, where, HOLDS, post
        elif fact.kind == "rank-assignment":
            who, rank = v.get(_HOLDER), v.get(str(NCG.rank))
            if who and rank:
                return who, rank, RANK, rank
        return None

    def finish(self) -> None:
        """Fold the facts into edges of the collapsed view."""
        held: set[tuple[str, str]] = set()
        add = self.terms.add
        for fact in self.facts.values():
            found = self._fact_edge(fact)
            if found is None or _kind(found[0]) not in ENTITY_TYPES:
                continue
            who, where, predicate, role = found
            year, iri = fact.year() or 0, fact.iri
            extra = (year, add(role) if role else _NONE, add(iri))
            self._add(self.collapsed, (who, where, predicate), FACT, extra)
            if fact.kind == "post-holding":
                held.add((who, fact.values[_POST]))
        for person, post in self.holds:
            agency = self.post_in.get(post)
            if agency and (person, post) not in held:
                extra = (0, add(post), _NONE)
                self._add(self.collapsed, (person, agency, HOLDS), HOLDS_POST, extra)


_TERMS, _COLLAPSED, _REIFIED = "terms", "collapsed", "reified"
PROJECTIONS = "projections"
"""The name the two views are saved under."""


def read_projections(
    store: Store, catalogue: Catalogue, generation: int
) -> tuple[Projection, Projection]:
    """Scan the store once and build the (collapsed, reified) views."""
    terms = Terms.empty(catalogue, predicate_labels(store))
    builder = _Builder(terms)
    builder.take(_statements(store))
    builder.finish()
    for info in catalogue:
        number = None
        for view, types in ((builder.collapsed, ENTITY_TYPES), (builder.reified, REIFIED_TYPES)):
            if info.type in types:
                number = terms.add(info.iri) if number is None else number
                view.mark(number)
    builder.collapsed.index(terms.text)
    builder.reified.index(terms.text)
    return (
        Projection(generation, False, terms, builder.collapsed),
        Projection(generation, True, terms, builder.reified),
    )


def _saved_form(views: tuple[Projection, Projection]) -> dict[str, object]:
    terms = views[0].terms
    return {
        _TERMS: (terms.text, terms.predicate_names),
        _COLLAPSED: views[0].edges,
        _REIFIED: views[1].edges,
    }


def _from_saved(
    saved: dict[str, Any], catalogue: Catalogue, generation: int
) -> tuple[Projection, Projection]:
    text, names = saved[_TERMS]
    # The catalogue's own strings for the IRIs it knows: one copy of each in memory.
    by_iri = catalogue.by_iri
    text = [by_iri[t].iri if t in by_iri else t for t in text]
    terms = Terms(text, {t: n for n, t in enumerate(text)}, catalogue, names)
    return (
        Projection(generation, False, terms, saved[_COLLAPSED]),
        Projection(generation, True, terms, saved[_REIFIED]),
    )


def build_projections(store: Store, catalogue: Catalogue) -> tuple[Projection, Projection]:
    """The (collapsed, reified) views: loaded from where they were saved for the catalogue's
    store state, else scanned from the store (once) and saved there."""
    generation = store.generation
    saved = catalogue.saved
    found = saved.load(PROJECTIONS) if saved is not None else None
    if isinstance(found, dict):
        return _from_saved(found, catalogue, generation)
    if saved is not None and not saved.still_current():
        saved = None  # the store moved on since the catalogue was read: build, do not save
    views = read_projections(store, catalogue, generation)
    if saved is not None:
        saved.save(PROJECTIONS, _saved_form(views))
    return views


__all__ = [
    "BUILTIN_LABELS",
    "HOLDS",
    "MEMBER_OF",
    "PROJECTIONS",
    "RANK",
    "EdgeColumns",
    "Projection",
    "Terms",
    "build_projections",
    "local_name",
    "predicate_labels",
    "read_projections",
]
