"""Fact nodes traced to the sentences of a report (docs/DESIGN.md): every fact gets
``prov:wasDerivedFrom`` the report and one ``ncg:evidence`` per quoted sentence; each sentence is
one ``oa:Annotation`` (``annotation/{report-slug}/{n}``, n = 1.. in text order) written by the
ingest's writer (:func:`nội_chính_graph.ingest.rdf.annotation_triples`), whose ``oa:hasBody``
lists every fact the sentence states. Used by the reference generator and the seed build."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.term import Node

from nội_chính_graph.ingest.rdf import annotation_triples
from nội_chính_graph.namespaces import NCG, OA, PROV, RDF, SKOS
from nội_chính_graph.reference.terms import Triple, en, iri


@dataclass(frozen=True)
class Fact:
    """A fact node: its class, its statements, the sentences (exact quotes) that state it and
    editorial notes."""

    node: URIRef
    cls: URIRef
    statements: tuple[tuple[URIRef, Node], ...]
    quotes: tuple[str, ...]
    notes: tuple[str, ...] = ()


class QuoteError(ValueError):
    """A quote that is not in the report text exactly once."""


def locate(text: str, quote: str) -> tuple[int, int]:
    """The code-point offsets ``[start, end)`` of ``quote``, which must occur once in ``text``.

    >>> locate("Bộ Công an. Bộ Y tế.", "Bộ Y tế")
    (12, 19)
    """
    if text.count(quote) != 1:
        raise QuoteError(f"the quote must occur exactly once in the text: {quote[:60]!r}")
    start = text.index(quote)
    return start, start + len(quote)


def evidence_triples(
    report: URIRef,
    slug: str,
    text: str,
    facts: Iterable[Fact],
    mentions: Iterable[tuple[URIRef, str]] = (),
) -> Iterator[Triple]:
    """Every fact with its provenance and evidence, and one annotation per quoted sentence.

    ``mentions`` are extra ``oa:hasBody`` nodes of a sentence that are not facts (an entity the
    sentence names). Sentences are numbered in the order of their offsets in ``text``.
    """
    facts = list(facts)
    bodies: dict[str, list[URIRef]] = {}
    for fact in facts:
        for quote in fact.quotes:
            bodies.setdefault(quote, []).append(fact.node)
    for node, quote in mentions:
        bodies.setdefault(quote, []).append(node)
    spans = {quote: locate(text, quote) for quote in bodies}
    ordered = sorted(bodies, key=lambda quote: spans[quote])
    number = {quote: iri(f"annotation/{slug}/{n}") for n, quote in enumerate(ordered, start=1)}
    for fact in facts:
        yield fact.node, RDF.type, fact.cls
        for prop, value in fact.statements:
            yield fact.node, prop, value
        yield fact.node, PROV.wasDerivedFrom, report
        for quote in fact.quotes:
            yield fact.node, NCG.evidence, number[quote]
        for note in fact.notes:
            yield fact.node, SKOS.editorialNote, en(note)
    for quote in ordered:
        annotation = number[quote]
        start, end = spans[quote]
        yield from annotation_triples(annotation, report, start, end, quote)
        for body in bodies[quote]:
            yield annotation, OA.hasBody, body


__all__ = ["Fact", "QuoteError", "evidence_triples", "locate"]
