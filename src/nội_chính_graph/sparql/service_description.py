"""SPARQL 1.1 Service Description of the endpoint, with a VoID description of its dataset.

The dataset node ``<endpoint>/void#dataset`` is both the service's ``sd:defaultDataset`` and a
``void:Dataset`` carrying triple counts, its named graphs (each a ``void:subset``) and the
vocabularies its predicates and classes come from.
"""

from __future__ import annotations

from collections.abc import Iterable

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from nội_chính_graph.namespaces import RDF, RDFS, SD, VOID, XSD
from nội_chính_graph.store.base import SolutionsResult, Store
from nội_chính_graph.store.results import ALL_FORMATS, ResultFormat

_FORMATS = "http://www.w3.org/ns/formats/"
_FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON",
    "xml": "SPARQL_Results_XML",
    "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle",
    "ntriples": "N-Triples",
    "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML",
    "trig": "TriG",
    "nquads": "N-Quads",
}
_TERMS = "SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } }"


def _n(iri: object) -> NamedNode:
    return NamedNode(str(iri))


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=_n(XSD.integer))


def namespace_of(iri: str) -> str:
    """The vocabulary namespace of a term IRI (up to the last ``#`` or ``/``).

    >>> namespace_of("http://www.w3.org/ns/org#Post")
    'http://www.w3.org/ns/org#'
    """
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut > 0 else iri


def vocabularies(store: Store) -> list[str]:
    """Namespaces of every predicate and class in use, sorted."""
    result = store.query(_TERMS)
    assert isinstance(result, SolutionsResult)
    terms = (row["t"] for row in result.rows if isinstance(row.get("t"), NamedNode))
    return sorted({namespace_of(t.value) for t in terms if isinstance(t, NamedNode)})


def void_triples(store: Store, endpoint: str) -> list[Triple]:
    """The VoID description of the store behind ``endpoint``."""
    dataset = _n(f"{endpoint}/void#dataset")
    graphs = store.graphs()
    counts = {g: store.count(g) for g in graphs}
    out = [
        Triple(dataset, _n(RDF.type), _n(SD.Dataset)),
        Triple(dataset, _n(RDF.type), _n(VOID.Dataset)),
        Triple(dataset, _n(VOID.sparqlEndpoint), _n(endpoint)),
        Triple(dataset, _n(VOID.triples), _int(sum(counts.values()))),
    ]
    default = BlankNode()
    out += [
        Triple(dataset, _n(SD.defaultGraph), default),
        Triple(default, _n(RDF.type), _n(SD.Graph)),
        Triple(default, _n(RDFS.comment), Literal("The union of all named graphs.", language="en")),
        Triple(default, _n(VOID.triples), _int(sum(counts.values()))),
    ]
    out += [Triple(dataset, _n(VOID.vocabulary), _n(ns)) for ns in vocabularies(store)]
    for graph, count in counts.items():
        out += _named_graph(dataset, graph, count)
    return out


def _named_graph(dataset: NamedNode, graph: str, count: int) -> list[Triple]:
    entry, described = BlankNode(), BlankNode()
    return [
        Triple(dataset, _n(SD.namedGraph), entry),
        Triple(entry, _n(RDF.type), _n(SD.NamedGraph)),
        Triple(entry, _n(SD.name), _n(graph)),
        Triple(entry, _n(SD.graph), described),
        Triple(described, _n(RDF.type), _n(SD.Graph)),
        Triple(described, _n(RDF.type), _n(VOID.Dataset)),
        Triple(described, _n(VOID.triples), _int(count)),
        Triple(dataset, _n(VOID.subset), described),
    ]


def _formats(service: NamedNode, formats: Iterable[ResultFormat]) -> list[Triple]:
    return [
        Triple(service, _n(SD.resultFormat), _n(_FORMATS + _FORMAT_IRIS[f.name])) for f in formats
    ]


def service_triples(
    store: Store, endpoint: str, *, allow_service: bool, void: list[Triple] | None = None
) -> list[Triple]:
    """The Service Description of ``endpoint`` followed by the VoID description it links."""
    service = _n(endpoint)
    dataset = _n(f"{endpoint}/void#dataset")
    out = [
        Triple(service, _n(RDF.type), _n(SD.Service)),
        Triple(service, _n(SD.endpoint), service),
        Triple(service, _n(SD.supportedLanguage), _n(SD.SPARQL11Query)),
        Triple(service, _n(SD.feature), _n(SD.UnionDefaultGraph)),
        Triple(service, _n(SD.defaultDataset), dataset),
        Triple(service, _n(RDFS.seeAlso), _n(f"{endpoint}/void")),
    ]
    if allow_service:
        out.append(Triple(service, _n(SD.feature), _n(SD.BasicFederatedQuery)))
    out += _formats(service, ALL_FORMATS)
    return out + (void if void is not None else void_triples(store, endpoint))


__all__ = ["namespace_of", "service_triples", "vocabularies", "void_triples"]
