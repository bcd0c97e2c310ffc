"""The projections after a write, made from the write's change instead of a scan of the store.

A :class:`~nội_chính_graph.store.derived.Change` names the triples that left and entered the
merged graph. Each edge of a view comes from something small: a statement (a direct edge), a
fact node and the post it names (a fact folded into an edge), or an ``org:holds`` of a post
with no fact saying so. The edges that could differ are recomputed from the state before and
after the write (the change's own triples for the subjects it read, the store for the rest,
which the write left alone), and only the difference is applied: to copies, so a request still
walking the old views is not disturbed. The result equals a full build
(:func:`~nội_chính_graph.graph.projection.read_projections`) of the new state, edge order
included (a test compares them).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from nội_chính_graph.graph.model import ENTITY_TYPES, FACT_TYPES, REIFIED_TYPES, expand_curie
from nội_chính_graph.graph.projection import (
    _HOLDER,
    _MEMBER,
    _NONE,
    _ORGANIZATION,
    _POST,
    _POST_IN,
    _ROLE,
    DIRECT,
    FACT,
    HOLDS,
    HOLDS_POST,
    MEMBER_OF,
    RANK,
    EdgeColumns,
    Projection,
    Terms,
    _Fact,
    _kind,
)
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.search.catalogue import Catalogue
from nội_chính_graph.store.base import SolutionsResult, Store
from nội_chính_graph.store.derived import Change, triples_of

#: Predicates that never make edges (the projection query leaves them out).
SKIPPED = frozenset(
    expand_curie(name)
    for name in (
        "ncg:evidence",
        "prov:wasDerivedFrom",
        "oa:hasBody",
        "oa:hasTarget",
        "oa:hasSource",
        "oa:hasSelector",
        "time:hasBeginning",
        "time:hasEnd",
        "ncg:precision",
        "skos:inScheme",
        "skos:topConceptOf",
        "skos:hasTopConcept",
    )
)
_ID = str(NCGID)
_REFERENCES = "SELECT ?x ?p ?post WHERE { #BIND\n ?x ?p ?post }"

# (source, target, predicate, kind, year, role, fact): an edge by what it says.
EdgeT = tuple[str, str, str, int, int, str | None, str | None]
Statement = tuple[str, str, str]


class StaleProjectionError(Exception):
    """The views do not hold an edge the change says they held: build them again."""


def statement(triple: ox.Triple) -> Statement | None:
    """``triple`` as (s, p, o) when the projection scan would read it."""
    s, p, o = triple.subject, triple.predicate, triple.object
    if not (isinstance(s, ox.NamedNode) and isinstance(o, ox.NamedNode)):
        return None
    if not (s.value.startswith(_ID) and o.value.startswith(_ID)) or p.value in SKIPPED:
        return None
    return s.value, p.value, o.value


@dataclass
class _Side:
    """The statements of the store before (``after=False``) or after the write."""

    change: Change
    after: bool
    fetched: dict[str, list[tuple[str, str]]]

    def statements(self, subject: str) -> list[tuple[str, str]]:
        if subject in self.change.read:
            found = (statement(t) for t in self.change.triples(subject, after=self.after))
            return [(f[1], f[2]) for f in found if f is not None]
        return self.fetched.get(subject, [])

    def post_in(self, post: str | None) -> str | None:
        if post is None or _kind(post) != "post":
            return None
        found = [o for p, o in self.statements(post) if p == _POST_IN]
        return min(found) if found else None

    def fact(self, iri: str) -> _Fact | None:
        kind = _kind(iri)
        if kind not in FACT_TYPES or kind == "post":
            return None
        values: dict[str, str] = {}
        for p, o in self.statements(iri):
            values[p] = min(values.get(p, o), o)
        return _Fact(iri, kind, values) if values else None

    def fact_edge(self, iri: str) -> EdgeT | None:
        """The edge fact ``iri`` folds into (as ``_Builder.finish`` makes it)."""
        fact = self.fact(iri)
        if fact is None:
            return None
        v, found = fact.values, None
        if fact.kind in ("membership", "party-membership"):
            who, where, role = v.get(_MEMBER), v.get(_ORGANIZATION), v.get(_ROLE)
            found = (who, where, MEMBER_OF, role) if who and where else None
        elif fact.kind == "post-holding":
            who, post = v.get(_HOLDER), v.get(_POST)
            where = self.post_in(post)
            found = (who, where, HOLDS, post) if who and post and where else None
        elif fact.kind == "rank-assignment":
            who, rank = v.get(_HOLDER), v.get(RANK)
            found = (who, rank, RANK, rank) if who and rank else None
        if found is None or _kind(found[0]) not in ENTITY_TYPES:
            return None
        who, where, predicate, role = found
        return (who, where, predicate, FACT, fact.year() or 0, role, iri)

    def holds(self, person: str, post: str) -> bool:
        kind = _kind(person)
        if _kind(post) != "post" or (kind in FACT_TYPES and kind != "post"):
            return False
        return (HOLDS, post) in self.statements(person)

    def holds_edge(self, person: str, post: str, facts: Iterable[str]) -> EdgeT | None:
        """The ``org:holds`` edge of (person, post) when no fact says so."""
        agency = self.post_in(post)
        if not agency or not self.holds(person, post):
            return None
        for iri in facts:
            edge = self.fact_edge(iri)
            if edge is not None and _kind(iri) == "post-holding":
                fact = self.fact(iri)
                if fact and (fact.values.get(_HOLDER), fact.values.get(_POST)) == (person, post):
                    return None
        return (person, agency, HOLDS, HOLDS_POST, 0, post, None)


@dataclass
class _Plan:
    """What a change does to the views."""

    removed: dict[bool, set[EdgeT]] = field(default_factory=lambda: {False: set(), True: set()})
    added: dict[bool, set[EdgeT]] = field(default_factory=lambda: {False: set(), True: set()})

    def direct(self, found: Statement, gone: bool) -> None:
        s, p, o = found
        ks, ko = _kind(s), _kind(o)
        edge: EdgeT = (s, o, p, DIRECT, 0, None, None)
        target = self.removed if gone else self.added
        if ks in REIFIED_TYPES and ko in REIFIED_TYPES:
            target[True].add(edge)
        if ks in ENTITY_TYPES and ko in ENTITY_TYPES:
            target[False].add(edge)

    def fold(self, old: set[EdgeT], new: set[EdgeT]) -> None:
        self.removed[False] |= old - new
        self.added[False] |= new - old


def _references(store: Store, posts: Iterable[str]) -> list[tuple[str, str, str]]:
    """(subject, predicate, post) of every ``ncg:post`` or ``org:holds`` naming the posts."""
    found: list[tuple[str, str, str]] = []
    items = sorted(set(posts))
    for start in range(0, len(items), 500):
        part = [ox.NamedNode(i) for i in items[start : start + 500]]
        predicates = [ox.NamedNode(_POST), ox.NamedNode(HOLDS)]
        values = {  # every (predicate, post) pair, one row each
            "p": [p for p in predicates for _ in part],
            "post": [post for _ in predicates for post in part],
        }
        result = store.query(bind(_REFERENCES, values))
        assert isinstance(result, SolutionsResult)
        for row in result.rows:
            x, post = row["x"], row["post"]
            if isinstance(x, ox.NamedNode) and isinstance(post, ox.NamedNode):
                found.append((x.value, row["p"].value, post.value))  # type: ignore[union-attr]
    return found


def _fetch(store: Store, subjects: Iterable[str], into: dict[str, list[tuple[str, str]]]) -> None:
    wanted = [s for s in set(subjects) if s not in into]
    for s in wanted:
        into[s] = []
    for triple in triples_of(store, wanted):
        found = statement(triple)
        if found is not None:
            into[found[0]].append((found[1], found[2]))


def plan(store: Store, change: Change) -> _Plan:
    """The edges ``change`` takes away from and adds to each view (``True``: reified)."""
    result = _Plan()
    changed: set[Statement] = set()
    for gone, triples in ((True, change.removed), (False, change.added)):
        for triple in triples:
            found = statement(triple)
            if found is not None:
                result.direct(found, gone)
                changed.add(found)
    subjects = {s for s, _, _ in changed}
    facts = {s for s in subjects if _kind(s) in FACT_TYPES and _kind(s) != "post"}
    pairs = {(s, o) for s, p, o in changed if p == HOLDS}
    posts = {s for s in subjects if _kind(s) == "post"}
    fetched: dict[str, list[tuple[str, str]]] = {}
    sides = (_Side(change, False, fetched), _Side(change, True, fetched))
    for x, p, named in _references(store, posts):
        (facts.add(x) if p == _POST else pairs.add((x, named)))
    _fetch(store, facts - change.read, fetched)
    for side in sides:
        for iri in list(facts):
            fact = side.fact(iri)
            if fact is not None and fact.kind == "post-holding":
                holder, held = fact.values.get(_HOLDER), fact.values.get(_POST)
                if holder and held:
                    pairs.add((holder, held))
    by_post: dict[str, set[str]] = {}
    for x, p, named in _references(store, {post for _, post in pairs}):
        if p == _POST:
            by_post.setdefault(named, set()).add(x)
    every_fact = facts.union(*by_post.values())
    _fetch(store, every_fact | {person for person, _ in pairs}, fetched)
    _fetch(store, _posts_named(sides, every_fact) | {post for _, post in pairs}, fetched)
    for iri in facts:
        result.fold(*({e} if (e := side.fact_edge(iri)) else set() for side in sides))
    for person, post in pairs:
        candidates = by_post.get(post, set()) | facts
        old, new = (side.holds_edge(person, post, candidates) for side in sides)
        result.fold({old} if old else set(), {new} if new else set())
    return result


def _posts_named(sides: tuple[_Side, _Side], facts: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for side in sides:
        for iri in facts:
            fact = side.fact(iri)
            post = fact.values.get(_POST) if fact is not None else None
            if post:
                found.add(post)
    return found


class _Editor:
    """Applies a plan's edges to copies of one view's columns."""

    def __init__(self, view: EdgeColumns, terms: Terms, types: frozenset[str]) -> None:
        self.view = EdgeColumns(
            present=bytearray(view.present),
            nodes=view.nodes,
            source=array("i", view.source),
            target=array("i", view.target),
            predicate=array("i", view.predicate),
            kind=bytearray(view.kind),
            year=array("i", view.year),
            role=array("i", view.role),
            fact=array("i", view.fact),
            out_start=view.out_start,
            out_edges=view.out_edges,
            in_start=view.in_start,
            in_edges=view.in_edges,
            patched_out=dict(view.patched_out),
            patched_in=dict(view.patched_in),
            removed=set(view.removed),
        )
        self.terms = terms
        self.types = types
        self.touched: set[int] = set()
        self.new: list[int] = []

    def _matches(self, number: int, edge: EdgeT) -> bool:
        v, text = self.view, self.terms.text
        role = text[v.role[number]] if v.role[number] != _NONE else None
        fact = text[v.fact[number]] if v.fact[number] != _NONE else None
        found = (text[v.target[number]], text[v.predicate[number]], v.kind[number])
        return found == (edge[1], edge[2], edge[3]) and (v.year[number], role, fact) == edge[4:]

    def remove(self, edge: EdgeT) -> None:
        source = self.terms.number.get(edge[0])
        at = self.view.at(source, True) if source is not None else array("i")
        found = [n for n in at if n not in self.view.removed and self._matches(n, edge)]
        if len(found) != 1:
            raise StaleProjectionError(f"no edge {edge} to remove")
        self.view.removed.add(found[0])
        self.touched.update((self.view.source[found[0]], self.view.target[found[0]]))

    def add(self, edge: EdgeT) -> None:
        add = self.terms.add
        source, target, predicate = add(edge[0]), add(edge[1]), add(edge[2])
        role = add(edge[5]) if edge[5] is not None else _NONE
        fact = add(edge[6]) if edge[6] is not None else _NONE
        self.view.append((source, target, predicate), edge[3], (edge[4], role, fact))
        self.new.append(len(self.view.source) - 1)
        self.touched.update((source, target))

    def finish(self, catalogue: Catalogue, entities: Iterable[str]) -> EdgeColumns:
        """Re-sort the edge lists of the touched nodes and say which are nodes."""
        v, text = self.view, self.terms.text
        v.present.extend(bytes(max(0, len(text) - len(v.present))))
        for outgoing, lists, ends in (
            (True, v.patched_out, v.source),
            (False, v.patched_in, v.target),
        ):
            extra: dict[int, list[int]] = {}
            for number in self.new:
                extra.setdefault(ends[number], []).append(number)
            for node in self.touched:
                kept = [n for n in v.at(node, outgoing) if n not in v.removed]
                edges = sorted(kept + extra.get(node, []), key=lambda n: v.key(n, text))
                lists[node] = array("i", edges)
        nodes = set(self.touched)
        nodes.update(self.terms.number[e] for e in entities if e in self.terms.number)
        for node in nodes:
            iri = text[node]
            named = iri in catalogue.by_iri and _kind(iri) in self.types
            wanted = named or len(v.at(node, True)) > 0 or len(v.at(node, False)) > 0
            if wanted != bool(v.present[node]):
                v.present[node] = int(wanted)
                v.nodes += 1 if wanted else -1
        return v


def updated_projections(
    views: tuple[Projection, Projection],
    store: Store,
    change: Change,
    catalogue: Catalogue,
    names: dict[str, dict[str, str]],
    entities: set[str],
) -> tuple[Projection, Projection]:
    """The (collapsed, reified) views after ``change``; ``catalogue`` and ``names`` are the
    new state's, ``entities`` the IRIs whose catalogue entry changed. Raises
    :class:`StaleProjectionError` when the views do not match the state before the change."""
    old = views[0].terms
    terms = Terms(list(old.text), dict(old.number), catalogue, names)
    for iri in entities:
        if iri in catalogue.by_iri and catalogue.by_iri[iri].type in REIFIED_TYPES:
            terms.add(iri)
    edits = plan(store, change)
    result = []
    for reified, types in ((False, ENTITY_TYPES), (True, REIFIED_TYPES)):
        editor = _Editor(views[reified].edges, terms, types)
        for edge in sorted(edits.removed[reified], key=repr):
            editor.remove(edge)
        for edge in sorted(edits.added[reified], key=repr):
            editor.add(edge)
        columns = editor.finish(catalogue, entities)
        result.append(Projection(change.after, reified, terms, columns))
    return result[0], result[1]


__all__ = ["SKIPPED", "StaleProjectionError", "plan", "statement", "updated_projections"]
