"""The default graph as a *set*: the RDF merge of the named graphs, kept materialised (issue 15).

SPARQL 1.1 (§13.1) makes the default graph of a dataset an RDF graph, and the union default
graph of a store the RDF merge of its named graphs: a set of triples. The union of Oxigraph
(embedded and ``oxigraph serve --union-default-graph``) and Virtuoso's default graph without
``FROM`` are bags instead: a triple held by three report graphs came back three times, so the
README's first example gave 14 rows for 8 members.

Every backend therefore keeps the merge itself, as a graph of its own, maintained by the store
layer on every write **in the same transaction** as the write:

* **Oxigraph** (embedded and server) keeps it in the store's real default graph, which is what a
  query without ``FROM``/``default-graph-uri`` reads (the server must run *without*
  ``--union-default-graph``); ``GRAPH ?g`` never sees it, since it is not a named graph;
* **Virtuoso** has no default graph of its own, so the merge is the named graph
  :data:`MERGED_GRAPH`, given as ``default-graph-uri`` to every query that names no dataset and
  has no ``GRAPH`` (see :func:`virtuoso_dataset` for the others), and hidden from ``GRAPH ?g`` by
  a filter the backend adds (:func:`hide_merged_graph`).

Adding triples to a graph adds them to the merge; dropping a graph first removes from the merge
the triples that no *other* graph holds (:meth:`DefaultGraph.before_drop`), so provenance stays in
the named graphs and the merge never keeps a triple no graph states. Measured against rewriting
queries (every default-graph pattern as a ``DISTINCT`` sub-select over ``GRAPH ?g``), which was
up to 1,000× slower on joins, the materialised graph answers as fast as the bag or faster
(README, *Store and SPARQL endpoint*).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pyoxigraph import NamedNode

from nội_chính_graph.namespaces import BASE
from nội_chính_graph.store.remote_generation import SYSTEM_GRAPH

#: Virtuoso only: the named graph holding the merge of our graphs.
MERGED_GRAPH = BASE + "default"

# "GRAPH ?g {" outside strings and comments (the text is blanked out first, at equal length).
_GRAPH_VARIABLE = re.compile(r"(?<![\w:?$\-])GRAPH\s*([?$][\w\u00b7]+)\s*\{", re.IGNORECASE)
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n\r]*",
    re.DOTALL,
)


@dataclass(frozen=True)
class DefaultGraph:
    """Where a backend keeps the merge: the store's own default graph (``graph=None``) or a
    named graph (Virtuoso).

    >>> DefaultGraph().block("<http://s> <http://p> 1 .")
    '<http://s> <http://p> 1 .'
    >>> DefaultGraph("http://m").block("<http://s> <http://p> 1 .")
    'GRAPH <http://m> { <http://s> <http://p> 1 . }'
    """

    graph: str | None = None

    def block(self, triples: str) -> str:
        """``triples`` (N-Triples statements) placed in the merge, for a template or DATA."""
        return triples if self.graph is None else f"GRAPH {NamedNode(self.graph)} {{ {triples} }}"

    def before_drop(self, graph: str) -> str:
        """The update operation to run just before ``DROP GRAPH <graph>``: remove from the merge
        every triple of ``graph`` that no other graph holds.

        >>> print(DefaultGraph().before_drop("http://g"))  # doctest: +NORMALIZE_WHITESPACE
        DELETE { ?s ?p ?o . } WHERE { GRAPH <http://g> { ?s ?p ?o }
          FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER(?other != <http://g>) } }
        """
        node = NamedNode(graph)
        others = f"?other != {node}"
        if self.graph is not None:
            others += f" && ?other != {NamedNode(self.graph)}"
        return (
            f"DELETE {{ {self.block('?s ?p ?o .')} }} WHERE {{ GRAPH {node} {{ ?s ?p ?o }}"
            f" FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER({others}) }} }}"
        )

    def rebuild(self, graph_prefix: str | None = None) -> str:
        """One update filling the merge from every graph of ours (a store written before the
        merge existed). ``graph_prefix`` limits "ours" (Virtuoso's own graphs are not)."""
        keep = f"?g != {NamedNode(SYSTEM_GRAPH)}"
        if self.graph is not None:
            keep += f" && ?g != {NamedNode(self.graph)}"
        if graph_prefix:
            keep += f' && STRSTARTS(STR(?g), "{_plain(graph_prefix)}")'
        return (
            f"INSERT {{ {self.block('?s ?p ?o .')} }}"
            f" WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({keep}) }}"
        )


def _plain(text: str) -> str:
    """A checked IRI prefix, safe inside a SPARQL string (an IRI holds no quote or backslash)."""
    NamedNode(text)
    return text


def hide_merged_graph(sparql: str, merged: str = MERGED_GRAPH) -> str:
    """``sparql`` with ``FILTER(?g != <merged>)`` at the start of every ``GRAPH ?g { … }``, so
    that the merge (a named graph on Virtuoso) is never one of the graphs ``?g`` ranges over.
    Nothing is added outside the query's own braces and no line break is added, so positions
    in error messages stay on their lines.

    >>> hide_merged_graph('SELECT * { GRAPH ?g { ?s ?p "GRAPH ?x {" } }', "http://m")
    'SELECT * { GRAPH ?g { FILTER(?g != <http://m>) ?s ?p "GRAPH ?x {" } }'
    """
    blanked = _OPAQUE.sub(lambda m: " " * len(m.group(0)), sparql)
    node = NamedNode(merged)
    parts, last = [], 0
    for found in _GRAPH_VARIABLE.finditer(blanked):
        parts += [sparql[last : found.end()], f" FILTER({found.group(1)} != {node})"]
        last = found.end()
    return "".join(parts) + sparql[last:]


_GRAPH = re.compile(r"(?<![\w:?$\-])GRAPH(?![\w:\-])", re.IGNORECASE)


def virtuoso_dataset(
    sparql: str, default_graphs: Sequence[str] | None, named_graphs: Sequence[str] | None
) -> tuple[str, Sequence[str] | None]:
    """The query text and default graphs to send Virtuoso so that it reads the merge.

    Virtuoso honours a dataset only halfway: once a default graph is given (``FROM``,
    ``default-graph-uri`` or an ``input:`` pragma), ``GRAPH <iri>`` finds nothing and an
    ``ASK`` about it answers true, while ``GRAPH ?g`` still ranges over every graph. So the
    merge is given as the default graph only to queries without ``GRAPH``: the README's
    examples, aggregates, every JSON API read. A query using ``GRAPH`` is sent with no dataset;
    it reads the per-graph data it asks for, but any pattern *outside* ``GRAPH`` in it reads
    Virtuoso's own union (a bag, the merge included). ``GRAPH ?g`` never ranges over the merge.

    >>> virtuoso_dataset("SELECT * { ?s ?p ?o }", None, None)[1]
    ['https://w3id.org/noi-chinh/default']
    >>> virtuoso_dataset("SELECT * { GRAPH <http://g> { ?s ?p ?o } }", None, None)[1] is None
    True
    """
    text = hide_merged_graph(sparql)
    if default_graphs is not None or named_graphs is not None:
        return text, default_graphs
    blank = _OPAQUE.sub(" ", sparql)
    if _GRAPH.search(blank) or re.search(r"(?<![\w:?$\-])FROM(?![\w:\-])", blank, re.I):
        return text, None
    return text, [MERGED_GRAPH]


__all__ = ["MERGED_GRAPH", "DefaultGraph", "hide_merged_graph", "virtuoso_dataset"]
