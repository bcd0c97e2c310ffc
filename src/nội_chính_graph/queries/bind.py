"""Bind values into named SPARQL queries through a ``VALUES`` clause.

The store interface takes query text only, so values reach a query as serialised RDF terms:
an IRI is checked (pyoxigraph refuses anything that is not an IRI) and written as ``<…>``, a
literal is written by pyoxigraph's own N-Triples serialiser, which escapes it. User input never
becomes query text any other way.

A named query marks where its bindings go with the token ``#BIND`` (a SPARQL comment, so the
template is itself a valid query); :func:`bind` replaces every mark with the ``VALUES`` block.
Queries repeat the mark inside each ``UNION`` branch: Oxigraph then joins the values into each
branch first, instead of evaluating the whole union and joining afterwards (measured: 200 ms →
under 1 ms for the sources of ten facts on a 100k-quad store).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode

from nội_chính_graph.errors import ApiError
from nội_chính_graph.namespaces import sparql_prefixes

BIND_MARK = "#BIND"
_PREFIXES = sparql_prefixes()

BindableTerm = NamedNode | Literal | rdflib.URIRef | rdflib.Literal


def iri(value: str, *, parameter: str = "iri") -> NamedNode:
    """Check that ``value`` is an absolute IRI and return it as a term.

    >>> iri("https://w3id.org/noi-chinh/id/person/tran-quoc-to").value[-12:]
    'tran-quoc-to'
    >>> iri("> } DROP ALL { <x")
    Traceback (most recent call last):
    ...
    nội_chính_graph.errors.ApiError: parameter 'iri' is not a valid IRI: '> } DROP ALL { <x'
    """
    try:
        node = NamedNode(value)
    except ValueError:
        node = None
    if node is None or ":" not in value:
        raise ApiError(
            400,
            "invalid_iri",
            f"parameter {parameter!r} is not a valid IRI: {value!r}",
            details={"parameter": parameter, "value": value},
        )
    return node


def _to_oxigraph(term: BindableTerm) -> NamedNode | Literal:
    if isinstance(term, NamedNode | Literal):
        return term
    if isinstance(term, rdflib.URIRef):
        return iri(str(term))
    if term.language:
        return Literal(str(term), language=term.language)
    if term.datatype is not None:
        return Literal(str(term), datatype=NamedNode(str(term.datatype)))
    return Literal(str(term))


def sparql_term(term: BindableTerm) -> str:
    """The SPARQL (N-Triples) form of a term, escaped by pyoxigraph.

    >>> sparql_term(Literal('say "hi"', language="vi"))
    '"say \\\\"hi\\\\""@vi'
    >>> sparql_term(rdflib.URIRef("http://e/x"))
    '<http://e/x>'
    """
    if isinstance(term, BlankNode):
        raise TypeError("blank nodes cannot be bound into a query")
    return str(_to_oxigraph(term))


def values_clause(bindings: Mapping[str, Sequence[BindableTerm]]) -> str:
    """A ``VALUES`` block binding each variable to its terms, row by row (same lengths).

    >>> values_clause({"e": [NamedNode("http://e/a"), NamedNode("http://e/b")]})
    'VALUES (?e) { (<http://e/a>) (<http://e/b>) }'
    """
    names = list(bindings)
    columns = [list(bindings[name]) for name in names]
    if len({len(column) for column in columns}) > 1:
        raise ValueError("every bound variable needs the same number of values")
    rows = zip(*columns, strict=True)
    body = " ".join("(" + " ".join(sparql_term(t) for t in row) + ")" for row in rows)
    head = " ".join(f"?{name}" for name in names)
    return f"VALUES ({head}) {{ {body} }}"


def bind(query: str, bindings: Mapping[str, Sequence[BindableTerm]] | None = None) -> str:
    """The named ``query`` with the project prefixes and its ``#BIND`` mark filled in.

    >>> "VALUES (?x)" in bind("SELECT * { #BIND\\n ?x ?p ?o }", {"x": [NamedNode("http://e/a")]})
    True
    """
    if bindings:
        if BIND_MARK not in query:
            raise ValueError("this query takes no bindings (no #BIND mark)")
        query = query.replace(BIND_MARK, values_clause(bindings))
    return _PREFIXES + query


__all__ = ["BIND_MARK", "BindableTerm", "bind", "iri", "sparql_term", "values_clause"]
