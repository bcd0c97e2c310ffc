"""Skolemisation: every blank node becomes a fresh well-known genid IRI before it is stored.

RDF 1.1 Concepts §3.5 lets a system replace blank nodes by globally unique IRIs, and names the
form: ``/.well-known/genid/`` under an authority the system controls, here ours
(``https://w3id.org/noi-chinh/.well-known/genid/{id}``). The store does it on every write path
of every backend, so the stored data is the same everywhere: Virtuoso refuses blank nodes in
``INSERT DATA`` ("not allowed in a constant clause") and relabels them ``nodeID://…`` in
answers, while Oxigraph keeps them; skolem IRIs are stored, queried, exported and deleted alike.

Each call mints new IRIs: the same ``_:b`` label in two payloads (or in two parses of one
payload) is two different nodes, as blank node scopes require.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from nội_chính_graph.namespaces import GENID

Subject = ox.NamedNode | ox.BlankNode | ox.Triple
Object = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def is_skolem(iri: str) -> bool:
    """Whether ``iri`` is one of our skolem IRIs.

    >>> is_skolem("https://w3id.org/noi-chinh/.well-known/genid/0f1e")
    True
    """
    return iri.startswith(GENID)


class Skolemiser:
    """Replaces blank nodes by genid IRIs, one IRI per distinct blank node it has seen.

    >>> skolem = Skolemiser()
    >>> a, b = skolem.term(ox.BlankNode("a")), skolem.term(ox.BlankNode("a"))
    >>> a == b and is_skolem(a.value)
    True
    >>> skolem.term(ox.Literal("x"))
    <Literal value=x datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>
    """

    def __init__(self) -> None:
        self._minted: dict[str, ox.NamedNode] = {}

    def _iri(self, node: ox.BlankNode) -> ox.NamedNode:
        iri = self._minted.get(node.value)
        if iri is None:
            iri = self._minted[node.value] = ox.NamedNode(GENID + uuid.uuid4().hex)
        return iri

    def term(self, term: Object) -> ox.NamedNode | ox.Literal | ox.Triple:
        """The term with every blank node in it (also inside quoted triples) replaced."""
        if isinstance(term, ox.BlankNode):
            return self._iri(term)
        if isinstance(term, ox.Triple):
            return ox.Triple(
                self.term(term.subject),  # type: ignore[arg-type]
                term.predicate,
                self.term(term.object),
            )
        return term

    def quad(self, quad: ox.Quad) -> ox.Quad:
        """The quad with its subject and object skolemised (graph names stay as they are)."""
        return ox.Quad(
            self.term(quad.subject),  # type: ignore[arg-type]
            quad.predicate,
            self.term(quad.object),
            quad.graph_name,
        )


def skolemise(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """The quads with their blank nodes replaced by fresh genid IRIs (one scope: the iterable).

    >>> data = b'_:b <http://e/p> "1" .\\n<http://e/s> <http://e/q> _:b .'
    >>> s1, s2 = skolemise(ox.parse(data, ox.RdfFormat.N_TRIPLES))
    >>> s1.subject == s2.object and is_skolem(s1.subject.value)
    True
    """
    skolem = Skolemiser()
    return (skolem.quad(quad) for quad in quads)


__all__ = ["Skolemiser", "is_skolem", "skolemise"]
