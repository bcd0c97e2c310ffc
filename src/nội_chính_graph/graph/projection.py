"""A networkx projection of the store: entities as nodes, facts folded into labelled edges.

Two views come from one scan of the IRI-to-IRI statements between ``ncgid:`` resources:

* the *collapsed* view (default): agencies, Party organs, forces, people, blocs, events and ranks
  are nodes; a bloc membership becomes an edge ``agency —Thành viên 2023→ bloc``, a Party role an
  edge ``person —Ủy viên 2023→ organ``, a post holding an edge ``person —Thứ trưởng Bộ Công an
  2023→ agency`` (the post folded away), a rank assignment ``person —Thượng tướng 2023→ rank``;
* the *reified* view: the fact nodes and posts stay nodes and every statement is an edge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
from pyoxigraph import Literal, NamedNode

from nội_chính_graph.graph.model import (
    ENTITY_TYPES,
    FACT_TYPES,
    REIFIED_TYPES,
    Edge,
    local_name,
    years_of,
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
            span = years_of(interval.rsplit("/", 1)[-1]) if interval else None
            if span is not None:
                return span[0]
        return None


class Projection:
    """One view of the graph as a networkx ``MultiDiGraph`` whose edges carry :class:`Edge`."""

    def __init__(self, generation: int, reified: bool) -> None:
        self.generation = generation
        self.reified = reified
        self.graph: nx.MultiDiGraph = nx.MultiDiGraph()

    def add(self, edge: Edge) -> None:
        """Add an edge (both ends become nodes typed by their IRI)."""
        for node in (edge.source, edge.target):
            if node not in self.graph:
                self.graph.add_node(node, type=_kind(node))
        self.graph.add_edge(edge.source, edge.target, key=edge.id, edge=edge)

    def node_type(self, iri: str) -> str | None:
        """The type segment of a node's IRI, None when not in the projection."""
        if iri in self.graph:
            kind: str | None = self.graph.nodes[iri]["type"]
            return kind
        return None

    def __len__(self) -> int:
        return int(self.graph.number_of_nodes())


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
    labels: dict[str, dict[str, str]] = {k: dict(v) for k, v in BUILTIN_LABELS.items()}
    for row in result.rows:
        prop, label = row["p"], row["label"]
        if isinstance(prop, NamedNode) and isinstance(label, Literal):
            labels.setdefault(prop.value, {})[label.language or "vi"] = label.value
    return labels


class _Builder:
    """Turns the statement rows into the two projections."""

    def __init__(
        self, catalogue: Catalogue, predicate_names: dict[str, dict[str, str]], generation: int
    ) -> None:
        self.catalogue = catalogue
        self.predicate_names = predicate_names
        self.collapsed = Projection(generation, reified=False)
        self.reified = Projection(generation, reified=True)
        self.facts: dict[str, _Fact] = {}
        self.post_in: dict[str, str] = {}
        self.holds: list[tuple[str, str]] = []

    def _direct(self, s: str, p: str, o: str) -> Edge:
        return Edge(f"{s} {p} {o}", s, o, p, self.predicate_names.get(p, {}))

    def take(self, rows: Iterable[Triple3]) -> None:
        """Sort every statement into the views and the fact table."""
        for s, p, o in rows:
            ks, ko = _kind(s), _kind(o)
            if ks in REIFIED_TYPES and ko in REIFIED_TYPES:
                self.reified.add(self._direct(s, p, o))
            if ks in ENTITY_TYPES and ko in ENTITY_TYPES:
                self.collapsed.add(self._direct(s, p, o))
            if ks in FACT_TYPES and ks != "post":
                self.facts.setdefault(s, _Fact(s, ks, {})).values.setdefault(p, o)
            elif ks == "post" and p == _POST_IN:
                self.post_in[s] = o
            elif p == HOLDS and ko == "post":
                self.holds.append((s, o))

    def _labels(self, iri: str, year: int | None) -> dict[str, str]:
        info = self.catalogue.get(iri)
        suffix = f" {year}" if year is not None else ""
        return {lang: info.label(lang) + suffix for lang in ("vi", "en")}

    def _fact_edge(self, fact: _Fact) -> Edge | None:
        v, year = fact.values, fact.year()
        if fact.kind in ("membership", "party-membership"):
            who, where, role = v.get(_MEMBER), v.get(_ORGANIZATION), v.get(_ROLE)
            if who and where:
                named = self._labels(role, year) if role else {}
                return Edge(fact.iri, who, where, MEMBER_OF, named, year, role, fact.iri)
        elif fact.kind == "post-holding":
            who, post = v.get(_HOLDER), v.get(_POST)
            where = self.post_in.get(post or "")
            if who and post and where:
                named = self._labels(post, year)
                return Edge(fact.iri, who, where, HOLDS, named, year, post, fact.iri)
        elif fact.kind == "rank-assignment":
            who, rank = v.get(_HOLDER), v.get(str(NCG.rank))
            if who and rank:
                named = self._labels(rank, year)
                return Edge(fact.iri, who, rank, RANK, named, year, rank, fact.iri)
        return None

    def finish(self) -> tuple[Projection, Projection]:
        """Fold the facts into edges of the collapsed view."""
        held: set[tuple[str, str]] = set()
        for fact in self.facts.values():
            edge = self._fact_edge(fact)
            if edge is not None and _kind(edge.source) in ENTITY_TYPES:
                self.collapsed.add(edge)
                if fact.kind == "post-holding":
                    held.add((edge.source, fact.values[_POST]))
        for person, post in self.holds:
            where = self.post_in.get(post)
            if where and (person, post) not in held:
                edge_id = f"{person} {HOLDS} {post}"
                named = self._labels(post, None)
                self.collapsed.add(Edge(edge_id, person, where, HOLDS, named, None, post))
        return self.collapsed, self.reified


def build_projections(store: Store, catalogue: Catalogue) -> tuple[Projection, Projection]:
    """Scan the store once and return the (collapsed, reified) projections."""
    builder = _Builder(catalogue, predicate_labels(store), store.generation)
    builder.take(_statements(store))
    collapsed, reified = builder.finish()
    for info in catalogue.by_iri.values():
        for view, types in ((collapsed, ENTITY_TYPES), (reified, REIFIED_TYPES)):
            if info.type in types and info.iri not in view.graph:
                view.graph.add_node(info.iri, type=info.type)
    return collapsed, reified


__all__ = [
    "BUILTIN_LABELS",
    "HOLDS",
    "MEMBER_OF",
    "RANK",
    "Projection",
    "build_projections",
    "local_name",
    "predicate_labels",
]
