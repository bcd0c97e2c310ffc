"""The same walks as :mod:`traverse`, done with SPARQL on the store instead of the projection.

Kept to measure the two against each other (``bench/api_bench.py``); it sees the *reified* view
(every statement between ``ncgid:`` nodes of :data:`REIFIED_TYPES` is an edge). The API uses the
projection, which the benchmark found faster for every call (see the README).
"""

from __future__ import annotations

from collections.abc import Collection

from pyoxigraph import NamedNode

from nội_chính_graph.graph.model import REIFIED_TYPES, Edge, PathResult, Subgraph
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.queries.ids import split_iri
from nội_chính_graph.search.catalogue import text_of
from nội_chính_graph.store.base import SolutionsResult, Store

_EXPAND = """
SELECT ?n ?p ?m ?out WHERE {
  { #BIND
    ?n ?p ?m . BIND(true AS ?out) } UNION { #BIND
    ?m ?p ?n . BIND(false AS ?out) }
  FILTER(isIRI(?m) && STRSTARTS(STR(?m), STR(ncgid:)))
}
"""


def _kind(iri: str) -> str | None:
    parts = split_iri(iri)
    return parts.type if parts else None


def expand(store: Store, nodes: Collection[str]) -> list[Edge]:
    """Every statement between one of ``nodes`` and another reified-view node (one query)."""
    if not nodes:
        return []
    result = store.query(bind(_EXPAND, {"n": [NamedNode(n) for n in nodes]}))
    assert isinstance(result, SolutionsResult)
    edges = []
    for row in result.rows:
        n, p, m = text_of(row["n"]), text_of(row["p"]), text_of(row["m"])
        if n is None or p is None or m is None or _kind(m) not in REIFIED_TYPES:
            continue
        source, target = (n, m) if text_of(row["out"]) == "true" else (m, n)
        edges.append(Edge(f"{source} {p} {target}", source, target, p))
    return edges


def neighbourhood_sparql(store: Store, start: str, *, depth: int = 1, limit: int = 200) -> Subgraph:
    """Breadth-first, one query per level, capped at ``limit`` nodes."""
    found, frontier, truncated = {start: 0}, [start], False
    edges: dict[str, Edge] = {}
    for level in range(1, depth + 1):
        following: list[str] = []
        front = set(frontier)
        for edge in expand(store, frontier):
            edges[edge.id] = edge
            other = edge.target if edge.source in front else edge.source
            if other in found:
                continue
            if len(found) >= limit:
                truncated = True
                break
            found[other] = level
            following.append(other)
        frontier = following
        if truncated or not frontier:
            break
    for edge in expand(store, frontier):
        edges[edge.id] = edge
    kept = [e for e in edges.values() if e.source in found and e.target in found]
    return Subgraph(list(found), kept, truncated, found)


def shortest_path_sparql(store: Store, start: str, goal: str, *, max_length: int = 4) -> PathResult:
    """One shortest path, breadth-first with one query per level."""
    parents: dict[str, str | None] = {start: None}
    frontier = [start]
    for _ in range(max_length):
        following: list[str] = []
        front = set(frontier)
        for edge in expand(store, frontier):
            for here, other in ((edge.source, edge.target), (edge.target, edge.source)):
                if here in front and other not in parents:
                    parents[other] = here
                    following.append(other)
        if goal in parents:
            path = [goal]
            while (parent := parents[path[-1]]) is not None:
                path.append(parent)
            return PathResult([path[::-1]], [], len(path) - 1)
        frontier = following
        if not frontier:
            break
    return PathResult([], [], None)


__all__ = ["expand", "neighbourhood_sparql", "shortest_path_sparql"]
