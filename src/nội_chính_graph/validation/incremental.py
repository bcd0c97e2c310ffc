"""Incremental SHACL validation: a payload together with the part of the store it touches.

Validating the whole graph for every report costs minutes at a million triples. A payload can
only change the outcome for nodes it mentions, so we validate exactly those (pySHACL's
``focus_nodes``) over a small graph: the payload, the ontology and concept schemes, and the
*neighbourhood* fetched from the store with a few ``CONSTRUCT`` queries:

1. **seeds**: every IRI the payload mentions (subjects and objects), minus ontology terms and
   classes;
2. **siblings**: existing fact nodes pointing at a seed through ``org:organization``,
   ``ncg:bloc`` or ``ncg:holder`` — the edges the cross-entity SPARQL constraints walk backwards
   (one leader per bloc and year, leaders are members, duplicate memberships, stated member
   counts, rank/force consistency). Siblings are focus nodes too: a new member can break an
   existing ``MemberCountStatement``;
3. the outgoing triples of seeds and siblings, then of the nodes they reach, for
   :data:`HOPS` rounds (blank objects are followed inline), so that ``sh:class`` / ``sh:node``
   checks and paths such as ``org:memberDuring/time:hasBeginning/time:inXSDDate`` or
   ``org:subOrganizationOf*/ncg:armedForce`` find their data.

Focus nodes are the seeds and siblings; nodes further out are context only (their own shapes are
not checked: they may be incomplete here, and the payload did not change them).

Payload and neighbourhood stay pyoxigraph triples (what the store answers); they become one
rdflib graph exactly once, in :meth:`IncrementalValidator.check`, because pySHACL reads rdflib.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from pydantic import BaseModel, Field
from pyshacl import validate as pyshacl_validate
from rdflib import Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from nội_chính_graph.namespaces import GENID, NCG, ORG, RDF
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.store.base import GraphResult, SolutionsResult, Store, rdf_bytes
from nội_chính_graph.validation.engine import Validator
from nội_chính_graph.validation.report import ValidationReport, build_report

Triples = Iterable[ox.Triple]
_TYPE = ox.NamedNode(str(RDF.type))
_IN_GRAPH = ox.NamedNode(str(NCG.inGraph))

HOPS = 4
"""Rounds of outgoing expansion after the seeds (agency → parent → grandparent → force)."""

BACKWARD = (ORG.organization, NCG.bloc, NCG.holder)
"""Predicates followed from a seed back to the existing fact nodes that use it."""

_BATCH = 400

_OUTGOING = """
CONSTRUCT { ?s ?p ?o . ?o ?bp ?bo }
WHERE {
    #BIND
    ?s ?p ?o .
    OPTIONAL {
        FILTER(isBlank(?o) || STRSTARTS(STR(?o), "@GENID@"))
        ?o ?bp ?bo
    }
}""".replace("@GENID@", GENID)
# Blank nodes are stored as well-known genid IRIs (skolemised on write): both are expanded.

_SIBLINGS = """
SELECT DISTINCT ?f WHERE {
    { #BIND
      ?f org:organization ?s }
    UNION { #BIND
      ?f ncg:bloc ?s }
    UNION { #BIND
      ?f ncg:holder ?s }
}"""


class IncrementalStats(BaseModel):
    """How much was validated and how long it took."""

    payload_triples: int
    context_triples: int = Field(description="Triples fetched from the store around the payload.")
    focus_nodes: int
    queries: int
    fetch_seconds: float
    validate_seconds: float


class ValidationOutcome(BaseModel):
    """A SHACL report and the statistics of the incremental run that produced it."""

    report: ValidationReport
    stats: IncrementalStats


@dataclass
class Neighbourhood:
    """Store triples around a payload, and the nodes whose shapes the payload may change."""

    triples: list[ox.Triple] = field(default_factory=list)
    focus: set[URIRef] = field(default_factory=set)
    existing: set[URIRef] = field(default_factory=set)
    queries: int = 0

    @property
    def graph(self) -> Graph:
        """The triples as an rdflib graph (converted on each call; for callers that need one)."""
        graph = Graph()
        if self.triples:
            graph.parse(data=rdf_bytes(self.triples, ox.RdfFormat.N_TRIPLES), format="nt")
        return graph


def _chunks(items: Sequence[URIRef], size: int = _BATCH) -> Iterable[Sequence[URIRef]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def as_triples(payload: Graph | Triples) -> list[ox.Triple]:
    """pyoxigraph triples of ``payload`` (an rdflib graph is converted, once)."""
    if isinstance(payload, Graph):
        data = payload.serialize(format="nt", encoding="utf-8")
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(data, ox.RdfFormat.N_TRIPLES)
        ]
    return list(payload)


def mentioned_iris(payload: Triples, skip: set[URIRef]) -> set[URIRef]:
    """IRIs used as subject or object of ``payload`` (not classes, not in ``skip``)."""
    found: set[URIRef] = set()
    for t in payload:
        if isinstance(t.subject, ox.NamedNode):
            found.add(URIRef(t.subject.value))
        if isinstance(t.object, ox.NamedNode) and t.predicate != _TYPE:
            found.add(URIRef(t.object.value))
    return found - skip


class NeighbourhoodFetcher:
    """Fetches a :class:`Neighbourhood` from a store with batched, bound ``CONSTRUCT`` queries."""

    def __init__(self, store: Store, ontology_terms: set[URIRef]) -> None:
        self.store = store
        self.ontology_terms = ontology_terms

    def fetch(self, payload: Triples) -> Neighbourhood:
        """The neighbourhood of ``payload`` in the store (see the module documentation)."""
        hood = Neighbourhood()
        seeds = mentioned_iris(payload, self.ontology_terms)
        siblings = self._siblings(sorted(seeds), hood)
        hood.focus = seeds | siblings
        frontier, seen = hood.focus, set(hood.focus)
        for depth in range(HOPS + 1):
            fetched = self._outgoing(sorted(frontier), hood)
            if depth == 0:
                hood.existing = {
                    URIRef(t.subject.value) for t in fetched if isinstance(t.subject, ox.NamedNode)
                }
            frontier = self._next(fetched, seen)
            seen |= frontier
            if not frontier:
                break
        return hood

    def _next(self, fetched: list[ox.Triple], seen: set[URIRef]) -> set[URIRef]:
        reached = {
            URIRef(t.object.value)
            for t in fetched
            if isinstance(t.object, ox.NamedNode) and t.predicate != _TYPE
        }
        return reached - seen - self.ontology_terms

    def _outgoing(self, nodes: Sequence[URIRef], hood: Neighbourhood) -> list[ox.Triple]:
        fetched: list[ox.Triple] = []
        for chunk in _chunks(nodes):
            result = self.store.query(bind(_OUTGOING, {"s": list(chunk)}))
            hood.queries += 1
            assert isinstance(result, GraphResult)
            fetched += result.triples
        hood.triples += fetched
        return fetched

    def _siblings(self, seeds: Sequence[URIRef], hood: Neighbourhood) -> set[URIRef]:
        found: set[URIRef] = set()
        for chunk in _chunks(seeds):
            result = self.store.query(bind(_SIBLINGS, {"s": list(chunk)}))
            hood.queries += 1
            assert isinstance(result, SolutionsResult)
            found |= {URIRef(r["f"].value) for r in result.rows if isinstance(r["f"], ox.NamedNode)}
        return found


class PreparedQueryGraph(Graph):
    """A graph that parses each SPARQL text once, keeping the parsed queries in ``cache``.

    pySHACL re-parses a SPARQL constraint for every focus node (with the focus node as an
    initial binding); parsing, not evaluation, was ~80 % of an incremental validation.
    """

    def __init__(self, cache: dict[str, Query]) -> None:
        super().__init__()
        self._cache = cache

    def query(self, query_object: str | Query, *args: Any, **kwargs: Any) -> Result:
        """Run a query, reusing the parsed form of a text seen before."""
        if isinstance(query_object, str):
            prepared = self._cache.get(query_object)
            if prepared is None:
                prepared = self._cache[query_object] = prepareQuery(query_object)
            query_object = prepared
        return super().query(query_object, *args, **kwargs)


def ontology_terms(validator: Validator) -> set[URIRef]:
    """Subjects of the ontology and concept schemes (always validated with, never fetched)."""
    return {s for s in validator.ontology.subjects() if isinstance(s, URIRef)}


class IncrementalValidator:
    """Validates payloads against the shapes together with their neighbourhood in a store.

    >>> from nội_chính_graph.store.oxigraph import OxigraphStore
    >>> IncrementalValidator(OxigraphStore()).validate(Graph(), URIRef("http://e/g")).report.conforms
    True
    """

    def __init__(self, store: Store, validator: Validator | None = None) -> None:
        self.validator = validator or Validator()
        self.fetcher = NeighbourhoodFetcher(store, ontology_terms(self.validator))
        self._ontology_nt = self.validator.ontology.serialize(format="nt", encoding="utf-8")
        self._parsed: dict[str, Query] = {}
        # pySHACL and rdflib's prepared queries are not known to be thread-safe.
        self._lock = threading.Lock()

    def validate(self, payload: Graph | Triples, graph: URIRef) -> ValidationOutcome:
        """Validate ``payload`` as the named graph ``graph`` added to the store."""
        return self.run(payload, graph)[1]

    def run(
        self, payload: Graph | Triples, graph: URIRef
    ) -> tuple[Neighbourhood, ValidationOutcome]:
        """Fetch the neighbourhood, validate, and return both (the diff reuses the former)."""
        triples = as_triples(payload)
        start = time.perf_counter()
        hood = self.fetcher.fetch(triples)
        fetched = time.perf_counter()
        report = self.check(triples, graph, hood)
        stats = IncrementalStats(
            payload_triples=len(triples),
            context_triples=len(hood.triples),
            focus_nodes=len(hood.focus),
            queries=hood.queries,
            fetch_seconds=round(fetched - start, 4),
            validate_seconds=round(time.perf_counter() - fetched, 4),
        )
        return hood, ValidationOutcome(report=report, stats=stats)

    def check(
        self, payload: list[ox.Triple], graph: URIRef, hood: Neighbourhood
    ) -> ValidationReport:
        """Run pySHACL on payload + neighbourhood + ontology, for the focus nodes only."""
        with self._lock:
            return self._check(payload, graph, hood)

    def _check(
        self, payload: list[ox.Triple], graph: URIRef, hood: Neighbourhood
    ) -> ValidationReport:
        focus: list[str | URIRef] = sorted(hood.focus | {graph})
        union = PreparedQueryGraph(self._parsed)
        # The one conversion to rdflib: ontology + neighbourhood + payload, each subject of the
        # payload marked as in ``graph`` (what union_for_validation does for named graphs).
        name = ox.NamedNode(str(graph))
        marks = {ox.Triple(t.subject, _IN_GRAPH, name) for t in payload}
        data = rdf_bytes([*hood.triples, *payload, *marks], ox.RdfFormat.N_TRIPLES)
        union.parse(data=self._ontology_nt + data, format="nt")
        _conforms, results, _text = pyshacl_validate(
            union,
            shacl_graph=self.validator.shapes,
            inference="none",
            advanced=True,
            inplace=True,
            allow_warnings=True,
            focus_nodes=focus,
        )
        return build_report(results, self.validator.shapes)


__all__ = [
    "BACKWARD",
    "HOPS",
    "IncrementalStats",
    "IncrementalValidator",
    "Neighbourhood",
    "NeighbourhoodFetcher",
    "PreparedQueryGraph",
    "ValidationOutcome",
    "as_triples",
    "mentioned_iris",
    "ontology_terms",
]
