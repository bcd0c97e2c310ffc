"""The small RDF helpers of the reference generator and the seed build (``data/build/``): entity
IRIs, literals, instants, intervals and years, all as plain triples."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import NCG, NCGID, RDF, RDFS, TIME, XSD
from nội_chính_graph.text import nfc

Triple = tuple[URIRef, URIRef, Node]


def iri(path: str) -> URIRef:
    """An entity IRI under ``ncgid:``.

    >>> str(iri("agency/bo-cong-an")).rsplit("/id/", 1)[1]
    'agency/bo-cong-an'
    """
    return URIRef(f"{NCGID}{path}")


def vi(text: str) -> Literal:
    """A Vietnamese literal, in NFC."""
    return Literal(nfc(text), lang="vi")


def en(text: str) -> Literal:
    """An English literal."""
    return Literal(text, lang="en")


def instant(day: str) -> Iterator[Triple]:
    """``date/{day}`` as a ``time:Instant``."""
    node = iri(f"date/{day}")
    yield node, RDF.type, TIME.Instant
    yield node, TIME.inXSDDate, Literal(day, datatype=XSD.date)


def interval(node: URIRef, label: str, begin: str, end: str) -> Iterator[Triple]:
    """A closed ``time:ProperInterval`` with a Vietnamese label and its two instants."""
    yield node, RDF.type, TIME.ProperInterval
    yield node, RDFS.label, vi(label)
    for prop, day in ((TIME.hasBeginning, begin), (TIME.hasEnd, end)):
        yield node, prop, iri(f"date/{day}")
        yield from instant(day)


def year_node(value: int | str) -> URIRef:
    """``year/{YYYY}``."""
    return iri(f"year/{value}")


def year(value: int | str) -> Iterator[Triple]:
    """``year/{YYYY}``: 1 January to 31 December, precision year, labelled ``năm YYYY``."""
    node = year_node(value)
    yield from interval(node, f"năm {value}", f"{value}-01-01", f"{value}-12-31")
    yield node, NCG.precision, iri("precision/year")


__all__ = ["Triple", "en", "instant", "interval", "iri", "vi", "year", "year_node"]
