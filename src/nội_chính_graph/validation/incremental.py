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
from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from nội_chính_graph.namespaces import NCG, ORG, RDF
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.store.base import GraphResult, SolutionsResult, Store, rdf_bytes
from nội_chính_graph.validation.engine import Validator, union_for_validation
from nội_chính_graph.validation.report import ValidationReport, build_report

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
    OPTIONAL { FILTER(isBlank(?o)) ?o ?bp ?bo }
}"""

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

    graph: Graph = field(default_factory=Graph)
    focus: set[URIRef] = field(default_factory=set)
    existing: set[URIRef] = field(default_factory=set)
    queries: int = 0


def _chunks(items: Sequence[URIRef], size: int = _BATCH) -> Iterable[Sequence[URIRef]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _to_rdflib(triples: list[ox.Triple], into: Graph) -> None:
    if triples:
        into.parse(data=rdf_bytes(triples, ox.RdfFormat.N_TRIPLES), format="nt")


def mentioned_iris(payload: Graph, skip: set[URIRef]) -> set[URIRef]:
    """IRIs used as subject or object of ``payload`` (not classes, not in ``skip``)."""
    found: set[URIRef] = set()
    for s, p, o in payload:
        if isinstance(s, URIRef):
            found.add(s)
        if isinstance(o, URIRef) and p != RDF.type:
            found.add(o)
    return found - skip


class NeighbourhoodFetcher:
    """Fetches a :class:`Neighbourhood` from a store with batched, bound ``CONSTRUCT`` queries."""

    def __init__(self, store: Store, ontology_terms: set[URIRef]) -> None:
        self.store = store
        self.ontology_terms = ontology_terms

    def fetch(self, payload: Graph) -> Neighbourhood:
        """The neighbourhood of ``payload`` in the store (see the module documentation)."""
        hood = Neighbourhood()
        seeds = mentioned_iris(payload, self.ontology_terms)
        siblings = self._siblings(sorted(seeds), hood)
        hood.focus = seeds | siblings
        frontier, seen = hood.focus, set(hood.focus)
        for depth in range(HOPS + 1):
            fetched = self._outgoing(sorted(frontier), hood)
            if depth == 0:
                hood.existing = {s for s in fetched.subjects() if isinstance(s, URIRef)}
            frontier = self._next(fetched, seen)
            seen |= frontier
            if not frontier:
                break
        return hood

    def _next(self, fetched: Graph, seen: set[URIRef]) -> set[URIRef]:
        reached = {o for _, p, o in fetched if isinstance(o, URIRef) and p != RDF.type}
        return reached - seen - self.ontology_terms

    def _outgoing(self, nodes: Sequence[URIRef], hood: Neighbourhood) -> Graph:
        fetched = Graph()
        for chunk in _chunks(nodes):
            result = self.store.query(bind(_OUTGOING, {"s": list(chunk)}))
            hood.queries += 1
            assert isinstance(result, GraphResult)
            _to_rdflib(result.triples, fetched)
        hood.graph += fetched
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
        self._parsed: dict[str, Query] = {}
        # pySHACL and rdflib's prepared queries are not known to be thread-safe.
        self._lock = threading.Lock()

    def validate(self, payload: Graph, graph: URIRef) -> ValidationOutcome:
        """Validate ``payload`` as the named graph ``graph`` added to the store."""
        return self.run(payload, graph)[1]

    def run(self, payload: Graph, graph: URIRef) -> tuple[Neighbourhood, ValidationOutcome]:
        """Fetch the neighbourhood, validate, and return both (the diff reuses the former)."""
        start = time.perf_counter()
        hood = self.fetcher.fetch(payload)
        fetched = time.perf_counter()
        report = self.check(payload, graph, hood)
        stats = IncrementalStats(
            payload_triples=len(payload),
            context_triples=len(hood.graph),
            focus_nodes=len(hood.focus),
            queries=hood.queries,
            fetch_seconds=round(fetched - start, 4),
            validate_seconds=round(time.perf_counter() - fetched, 4),
        )
        return hood, ValidationOutcome(report=report, stats=stats)

    def check(self, payload: Graph, graph: URIRef, hood: Neighbourhood) -> ValidationReport:
        """Run pySHACL on payload + neighbourhood + ontology, for the focus nodes only."""
        with self._lock:
            return self._check(payload, graph, hood)

    def _check(self, payload: Graph, graph: URIRef, hood: Neighbourhood) -> ValidationReport:
        focus: list[str | URIRef] = sorted(hood.focus | {graph})
        data = Dataset()
        named = data.graph(graph)
        for triple in payload:
            named.add(triple)
        for triple in hood.graph:
            data.default_graph.add(triple)
        union = PreparedQueryGraph(self._parsed)
        union += union_for_validation(data, self.validator.ontology)
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
    "mentioned_iris",
    "ontology_terms",
]
