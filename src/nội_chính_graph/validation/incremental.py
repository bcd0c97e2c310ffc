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

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox
from pydantic import BaseModel, Field
from rdflib import Dataset, Graph, URIRef

from nội_chính_graph.namespaces import GENID, NCG, NCGG, ORG, RDF
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.store.base import GraphResult, SolutionsResult, Store, rdf_bytes
from nội_chính_graph.validation.engine import Validator, data_graphs
from nội_chính_graph.validation.locate import SourceMap
from nội_chính_graph.validation.prepared import PreparedQueryGraph
from nội_chính_graph.validation.report import ValidationReport

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

# Where the focus nodes already live: marked ``ncg:inGraph`` as in a full validation, so that a
# fact IRI reused by a payload is reported as such (ncgsh:ReusedFactIriShape).
_GRAPHS = """
SELECT DISTINCT ?s ?g WHERE {
    #BIND
    GRAPH ?g { ?s ?p ?o }
}"""

# What became of an organisation (org:ChangeEvent), for the "validity" messages, and the change
# that founded it (when the validity rule may check the beginning): context only.
_SUCCESSORS = """
CONSTRUCT {
    ?c org:originalOrganization ?s ; org:resultingOrganization ?r . ?r skos:prefLabel ?l .
    ?f org:resultingOrganization ?s ; time:hasTime ?t ; org:originalOrganization ?o .
    ?t time:inXSDDate ?d .
}
WHERE {
    #BIND
    {
        ?c org:originalOrganization ?s ; org:resultingOrganization ?r .
        OPTIONAL { ?r skos:prefLabel ?l }
    } UNION {
        ?f org:resultingOrganization ?s ; time:hasTime ?t .
        ?t time:inXSDDate ?d .
        OPTIONAL { ?f org:originalOrganization ?o }
    }
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

    triples: list[ox.Triple] = field(default_factory=list)
    focus: set[URIRef] = field(default_factory=set)
    existing: set[URIRef] = field(default_factory=set)
    marks: list[ox.Triple] = field(default_factory=list)
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
        self._graphs(sorted(hood.focus), hood)
        self._successors(sorted(seeds), hood)
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

    def _graphs(self, nodes: Sequence[URIRef], hood: Neighbourhood) -> None:
        ontology = str(NCGG.ontology)
        for chunk in _chunks(nodes):
            result = self.store.query(bind(_GRAPHS, {"s": list(chunk)}))
            hood.queries += 1
            assert isinstance(result, SolutionsResult)
            hood.marks += [
                ox.Triple(r["s"], _IN_GRAPH, r["g"])
                for r in result.rows
                if isinstance(r["s"], ox.NamedNode)
                and isinstance(r["g"], ox.NamedNode)
                and r["g"].value != ontology
            ]

    def _successors(self, nodes: Sequence[URIRef], hood: Neighbourhood) -> None:
        for chunk in _chunks(nodes):
            result = self.store.query(bind(_SUCCESSORS, {"s": list(chunk)}))
            hood.queries += 1
            assert isinstance(result, GraphResult)
            hood.triples += result.triples

    def _siblings(self, seeds: Sequence[URIRef], hood: Neighbourhood) -> set[URIRef]:
        found: set[URIRef] = set()
        for chunk in _chunks(seeds):
            result = self.store.query(bind(_SIBLINGS, {"s": list(chunk)}))
            hood.queries += 1
            assert isinstance(result, SolutionsResult)
            found |= {URIRef(r["f"].value) for r in result.rows if isinstance(r["f"], ox.NamedNode)}
        return found


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
        # Parsed once: adding parsed triples costs a third of parsing their text (~0.1 s saved
        # per validation).
        self._ontology = list(self.validator.ontology)

    def validate(
        self, payload: Graph | Triples, graph: URIRef, texts: Mapping[str, str] | None = None
    ) -> ValidationOutcome:
        """Validate ``payload`` as the named graph ``graph`` added to the store; ``texts``
        (SHA-256 → text) are report texts to check the evidence offsets against."""
        return self.run(payload, graph, texts)[1]

    def run(
        self, payload: Graph | Triples, graph: URIRef, texts: Mapping[str, str] | None = None
    ) -> tuple[Neighbourhood, ValidationOutcome]:
        """Fetch the neighbourhood, validate, and return both (the diff reuses the former)."""
        triples = as_triples(payload)
        start = time.perf_counter()
        hood = self.fetcher.fetch(triples)
        fetched = time.perf_counter()
        report = self.check(triples, graph, hood, texts)
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
        self,
        payload: list[ox.Triple],
        graph: URIRef,
        hood: Neighbourhood,
        texts: Mapping[str, str] | None = None,
    ) -> ValidationReport:
        """Run every check on payload + neighbourhood + ontology, for the focus nodes only."""
        name = ox.NamedNode(str(graph))
        marks = {ox.Triple(t.subject, _IN_GRAPH, name) for t in payload}
        return self._check(payload, marks, [graph], hood, texts, None)

    def validate_dataset(
        self,
        dataset: Dataset,
        texts: Mapping[str, str] | None = None,
        sources: SourceMap | None = None,
    ) -> ValidationOutcome:
        """Validate every graph of ``dataset`` as added to the store (``ncg validate --against``):
        one neighbourhood for all of them, each subject marked with the graph that holds it."""
        payload: list[ox.Triple] = []
        marks: set[ox.Triple] = set()
        names: list[URIRef] = []
        for name, graph in data_graphs(dataset):
            triples = as_triples(graph)
            payload += triples
            if name is not None:
                names.append(name)
                node = ox.NamedNode(str(name))
                marks |= {ox.Triple(t.subject, _IN_GRAPH, node) for t in triples}
        start = time.perf_counter()
        hood = self.fetcher.fetch(payload)
        fetched = time.perf_counter()
        report = self._check(payload, marks, names, hood, texts, sources)
        stats = IncrementalStats(
            payload_triples=len(payload),
            context_triples=len(hood.triples),
            focus_nodes=len(hood.focus),
            queries=hood.queries,
            fetch_seconds=round(fetched - start, 4),
            validate_seconds=round(time.perf_counter() - fetched, 4),
        )
        return ValidationOutcome(report=report, stats=stats)

    def _check(
        self,
        payload: list[ox.Triple],
        marks: set[ox.Triple],
        graphs: list[URIRef],
        hood: Neighbourhood,
        texts: Mapping[str, str] | None,
        sources: SourceMap | None,
    ) -> ValidationReport:
        focus: list[URIRef] = sorted(hood.focus | set(graphs))
        union = self.validator.new_union()
        # The one conversion to rdflib: ontology + neighbourhood + payload, each subject of the
        # payload marked with its graph (what union_for_validation does for named graphs), and
        # each focus node the store holds with the graphs it is in.
        data = rdf_bytes([*hood.triples, *payload, *marks, *hood.marks], ox.RdfFormat.N_TRIPLES)
        union.addN((s, p, o, union) for s, p, o in self._ontology)
        union.parse(data=data, format="nt")
        return self.validator.check(union, focus, sources=sources, texts=texts)


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
