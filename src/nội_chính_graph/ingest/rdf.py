"""The triples an ingest carries from stage to stage, as pyoxigraph terms.

Extraction writes them, the summary reads them with SPARQL in an in-memory Oxigraph store, the
diff and the commit serialise them directly; they become an rdflib graph exactly once, at the
pySHACL boundary (:meth:`Payload.to_rdflib`). Writers may hand rdflib terms (the namespaces are
rdflib's) to :meth:`Payload.add`: single terms are converted, never whole graphs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import OA, PREFIXES, RDF, XSD
from nội_chính_graph.store.base import rdf_bytes

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
AnyTerm = Node | OxTerm


def ox_term(term: AnyTerm) -> OxTerm:
    """The pyoxigraph form of an rdflib (or already pyoxigraph) term.

    >>> ox_term(Literal("Bộ", lang="vi"))
    <Literal value=Bộ language=vi>
    """
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


class Payload:
    """An ordered set of triples (insertion order kept, duplicates ignored).

    >>> p = Payload()
    >>> p.add(URIRef("http://e/s"), URIRef("http://e/p"), Literal("o"))
    >>> p.add(URIRef("http://e/s"), URIRef("http://e/p"), Literal("o"))
    >>> len(p), p.to_rdflib().value(URIRef("http://e/s"), URIRef("http://e/p"))
    (1, rdflib.term.Literal('o'))
    """

    def __init__(self, triples: Iterable[ox.Triple] = ()) -> None:
        self._triples: dict[ox.Triple, None] = dict.fromkeys(triples)

    @classmethod
    def from_rdflib(cls, graph: Graph) -> Payload:
        """The triples of an rdflib graph (for callers that still hold one)."""
        return cls(ox.Triple(ox_term(s), ox_term(p), ox_term(o)) for s, p, o in graph)  # type: ignore[arg-type]

    def add(self, s: AnyTerm, p: AnyTerm, o: AnyTerm) -> None:
        """Add one triple."""
        self._triples[ox.Triple(ox_term(s), ox_term(p), ox_term(o))] = None  # type: ignore[arg-type]

    def discard(self, triple: ox.Triple) -> None:
        """Remove one triple, if present."""
        self._triples.pop(triple, None)

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def objects(self, subject: AnyTerm, predicate: AnyTerm) -> list[OxTerm]:
        """Objects of ``subject predicate ?o`` in insertion order."""
        s, p = ox_term(subject), ox_term(predicate)
        return [t.object for t in self._triples if t.subject == s and t.predicate == p]  # type: ignore[misc]

    def subjects(self, predicate: AnyTerm, obj: AnyTerm) -> list[OxTerm]:
        """Subjects of ``?s predicate object`` in insertion order."""
        p, o = ox_term(predicate), ox_term(obj)
        return [t.subject for t in self._triples if t.predicate == p and t.object == o]  # type: ignore[misc]

    def retarget(self, old: Iterable[str], new: str) -> Payload:
        """A copy with every IRI in ``old`` (graph names) replaced by ``new``."""
        names = {ox.NamedNode(n) for n in old}
        target = ox.NamedNode(new)

        def swap(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> OxTerm:
            return target if term in names else term  # type: ignore[return-value]

        return Payload(ox.Triple(swap(t.subject), t.predicate, swap(t.object)) for t in self)  # type: ignore[arg-type]

    def nt(self) -> bytes:
        """The triples as N-Triples."""
        return rdf_bytes(list(self), ox.RdfFormat.N_TRIPLES)

    def turtle(self) -> str:
        """The triples as Turtle with the project's prefixes."""
        prefixes = {k: str(v) for k, v in PREFIXES.items()}
        return rdf_bytes(list(self), ox.RdfFormat.TURTLE, prefixes).decode("utf-8")

    def to_rdflib(self) -> Graph:
        """The triples as an rdflib graph (the one conversion, for pySHACL and old callers)."""
        graph = Graph()
        if self._triples:
            graph.parse(data=self.nt(), format="nt")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        return graph


def annotation_triples(
    annotation: URIRef, source: URIRef, start: int, end: int, exact: str
) -> Iterator[tuple[URIRef, URIRef, Node]]:
    """The evidence annotation of one sentence, without its bodies (the one writer of evidence,
    for the ingest and the reference tables): ``annotation`` targets ``source`` through a
    ``TextPositionSelector`` (code-point offsets ``[start, end)`` into the NFC text) and a
    ``TextQuoteSelector`` (``exact``); the target and selectors are ``{annotation}/target``,
    ``/pos`` and ``/quote``.

    >>> triples = annotation_triples(URIRef("http://e/a"), URIRef("http://e/r"), 0, 2, "Bộ")
    >>> sorted(str(o) for _, p, o in triples if p == OA.exact)
    ['Bộ']
    """
    target, position, quote = (
        URIRef(f"{annotation}/{part}") for part in ("target", "pos", "quote")
    )
    yield annotation, RDF.type, OA.Annotation
    yield annotation, OA.hasTarget, target
    yield target, RDF.type, OA.SpecificResource
    yield target, OA.hasSource, source
    yield target, OA.hasSelector, position
    yield target, OA.hasSelector, quote
    yield position, RDF.type, OA.TextPositionSelector
    yield position, OA.start, Literal(start, datatype=XSD.integer)
    yield position, OA.end, Literal(end, datatype=XSD.integer)
    yield quote, RDF.type, OA.TextQuoteSelector
    yield quote, OA.exact, Literal(exact)


__all__ = ["Payload", "annotation_triples", "ox_term"]
