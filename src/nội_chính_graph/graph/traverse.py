"""Neighbourhoods and shortest paths over a :class:`Projection` (breadth-first, capped)."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from nội_chính_graph.graph.model import Edge, PathResult, Subgraph
from nội_chính_graph.graph.projection import Projection


def _edges_at(projection: Projection, node: str) -> Iterator[tuple[str, Edge]]:
    """Every edge touching ``node``, with the node at its other end."""
    text = projection.terms.text
    for outgoing in (True, False):
        for other, numbers in projection.grouped(node, outgoing).items():
            for number in numbers:
                yield text[other], projection.edge(number)


def neighbours(
    projection: Projection, node: str, predicates: Collection[str] | None = None
) -> list[str]:
    """The distinct nodes one allowed edge away from ``node``, in edge order."""
    text = projection.terms.text
    return [text[n] for n in projection.neighbour_numbers(node, predicates)]


def induced_edges(
    projection: Projection, nodes: Collection[str], predicates: Collection[str] | None = None
) -> list[Edge]:
    """Every allowed edge whose two ends are both among ``nodes``."""
    number = projection.terms.number
    keep = {number[n] for n in nodes if n in number}
    edges: list[Edge] = []
    for node in nodes:
        for other, found in projection.grouped(node, True).items():
            if other in keep:
                edges.extend(projection.edge(e) for e in found if projection.allowed(e, predicates))
    return edges


def neighbourhood(
    projection: Projection,
    start: str,
    *,
    depth: int = 1,
    limit: int = 200,
    types: Collection[str] | None = None,
    predicates: Collection[str] | None = None,
) -> Subgraph:
    """Nodes within ``depth`` allowed edges of ``start`` (at most ``limit``), and their edges.

    ``types`` restricts which nodes are entered (``start`` always is); ``truncated`` says the
    node cap stopped the walk.
    """
    found, frontier, truncated = {start: 0}, [start], False
    for level in range(1, depth + 1):
        following: list[str] = []
        for node in frontier:
            for other in neighbours(projection, node, predicates):
                if other in found or (types and projection.node_type(other) not in types):
                    continue
                if len(found) >= limit:
                    truncated = True
                    break
                found[other] = level
                following.append(other)
            if truncated:
                break
        frontier = following
        if truncated or not frontier:
            break
    nodes = list(found)
    return Subgraph(nodes, induced_edges(projection, nodes, predicates), truncated, found)


@dataclass
class _Side:
    """One half of a bidirectional breadth-first search: parents and depth of each node seen."""

    parents: dict[str, list[str]]
    depth: dict[str, int]
    frontier: list[str]

    @classmethod
    def at(cls, node: str) -> _Side:
        return cls({node: []}, {node: 0}, [node])

    def step(self, projection: Projection) -> list[str]:
        """Expand the frontier by one level; return the new nodes."""
        level: dict[str, list[str]] = {}
        for node in self.frontier:
            for other in neighbours(projection, node):
                if other not in self.parents:
                    level.setdefault(other, []).append(node)
        reached = self.depth[self.frontier[0]] + 1 if self.frontier else 0
        self.parents.update(level)
        self.depth.update(dict.fromkeys(level, reached))
        self.frontier = list(level)
        return self.frontier


def _meeting(
    projection: Projection, start: str, goal: str, max_length: int
) -> tuple[_Side, _Side, list[str], int] | None:
    """Bidirectional search, always growing the smaller frontier; the nodes where the two
    searches meet on shortest paths, or None when none is within ``max_length``."""
    ahead, back = _Side.at(start), _Side.at(goal)
    while ahead.frontier and back.frontier:
        grow, other = (ahead, back) if len(ahead.frontier) <= len(back.frontier) else (back, ahead)
        if grow.depth[grow.frontier[0]] + other.depth[other.frontier[0]] >= max_length:
            return None
        touched = [n for n in grow.step(projection) if n in other.depth]
        if touched:
            length = min(ahead.depth[n] + back.depth[n] for n in touched)
            meet = [n for n in touched if ahead.depth[n] + back.depth[n] == length]
            return ahead, back, meet, length
    return None


def _walk_back(parents: dict[str, list[str]], node: str, limit: int) -> list[list[str]]:
    if not parents[node]:
        return [[node]]
    paths: list[list[str]] = []
    for parent in parents[node]:
        for path in _walk_back(parents, parent, limit - len(paths)):
            paths.append([*path, node])
            if len(paths) >= limit:
                return paths
    return paths


def shortest_paths(
    projection: Projection, start: str, goal: str, *, max_length: int = 4, limit: int = 5
) -> PathResult:
    """Up to ``limit`` shortest paths (edge direction ignored) of at most ``max_length`` edges."""
    if start == goal:
        return PathResult([[start]], [], 0)
    found = _meeting(projection, start, goal, max_length)
    if found is None:
        return PathResult([], [], None)
    ahead, back, meet, length = found
    paths: list[list[str]] = []
    for node in meet:
        for left in _walk_back(ahead.parents, node, limit):
            for right in _walk_back(back.parents, node, limit):
                paths.append(left + right[::-1][1:])
                if len(paths) >= limit:
                    return _with_edges(projection, paths, length)
    return _with_edges(projection, paths, length)


def _with_edges(projection: Projection, paths: list[list[str]], length: int) -> PathResult:
    pairs = {frozenset(p) for path in paths for p in itertools.pairwise(path)}
    edges = [
        edge
        for path in paths
        for node in path
        for other, edge in _edges_at(projection, node)
        if frozenset((node, other)) in pairs and edge.source == node
    ]
    unique = list({edge.id: edge for edge in edges}.values())
    return PathResult(paths, unique, length)


__all__ = ["induced_edges", "neighbourhood", "neighbours", "shortest_paths"]
