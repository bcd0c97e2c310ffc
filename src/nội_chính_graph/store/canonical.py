"""What every backend stores for a written quad, made the same before it is sent.

Two things differ between backends unless the store layer settles them first:

* **blank nodes** — skolemised (:mod:`nội_chính_graph.store.skolem`);
* **derived integer datatypes** — Oxigraph stores ``"0"^^xsd:nonNegativeInteger`` (and
  ``xsd:int``, ``xsd:long`` …) as ``"0"^^xsd:integer``, Virtuoso keeps the datatype it was
  given, so the same data answered differently (issue 13, findings 9 and 10). They are written
  as ``xsd:integer`` in canonical form on every backend, which is what the embedded store has
  always returned. Our own data and shapes use ``xsd:integer`` (with ``sh:minInclusive 0``
  where a value cannot be negative), so nothing of ours is rewritten.

Language tags need nothing: every backend lowercases them alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from nội_chính_graph.store.skolem import Skolemiser

_XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER = ox.NamedNode(_XSD + "integer")
#: Datatypes derived from xsd:integer (XML Schema 1.1 Part 2 §3.4.13–3.4.25).
DERIVED_INTEGERS = frozenset(
    ox.NamedNode(_XSD + name)
    for name in (
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
)


def canonical_literal(literal: ox.Literal) -> ox.Literal:
    """A derived-integer literal as ``xsd:integer`` in canonical form; others unchanged.

    >>> canonical_literal(ox.Literal("007", datatype=ox.NamedNode(_XSD + "nonNegativeInteger")))
    <Literal value=7 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if literal.datatype not in DERIVED_INTEGERS:
        return literal
    try:
        return ox.Literal(str(int(literal.value.strip())), datatype=INTEGER)
    except ValueError:
        return literal  # not an integer at all: stored as given, like any ill-typed literal


def written(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """The quads as every backend stores them: skolemised, integers canonical (one scope)."""
    skolem = Skolemiser()
    for quad in quads:
        quad = skolem.quad(quad)
        if isinstance(quad.object, ox.Literal) and quad.object.datatype in DERIVED_INTEGERS:
            quad = ox.Quad(
                quad.subject, quad.predicate, canonical_literal(quad.object), quad.graph_name
            )
        yield quad


__all__ = ["DERIVED_INTEGERS", "INTEGER", "canonical_literal", "written"]
