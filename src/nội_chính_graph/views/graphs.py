"""Graph responses: neighbourhoods and paths from the projection, JSON or Cytoscape.js."""

from __future__ import annotations

from collections.abc import Collection

from nội_chính_graph.graph.model import Edge
from nội_chính_graph.graph.traverse import neighbourhood, shortest_paths
from nội_chính_graph.views.models import (
    CytoscapeElement,
    CytoscapeGraph,
    GraphEdge,
    GraphNode,
    Neighbourhood,
    PathsResult,
)
from nội_chính_graph.views.service import ReadService


def graph_node(service: ReadService, iri: str, lang: str, depth: int | None = None) -> GraphNode:
    """A node with its label."""
    ref = service.ref(iri, lang)
    return GraphNode(
        id=iri, label=ref.label, type=ref.type, slug=ref.slug, labels=ref.labels, depth=depth
    )


def graph_edge(edge: Edge, lang: str) -> GraphEdge:
    """An edge with its label in ``lang``."""
    return GraphEdge(
        id=edge.id,
        source=edge.source,
        target=edge.target,
        predicate=edge.predicate,
        label=edge.label(lang),
        year=edge.year,
        role=edge.role,
        fact=edge.fact,
    )


def neighbourhood_of(
    service: ReadService,
    iri: str,
    lang: str,
    *,
    depth: int,
    limit: int,
    types: Collection[str] | None,
    predicates: Collection[str] | None,
    reified: bool,
) -> Neighbourhood:
    """The neighbourhood of ``iri`` in the (collapsed or reified) projection."""
    found = neighbourhood(
        service.projection(reified),
        iri,
        depth=depth,
        limit=limit,
        types=types,
        predicates=predicates,
    )
    return Neighbourhood(
        center=iri,
        nodes=[graph_node(service, n, lang, found.depth.get(n)) for n in found.nodes],
        edges=[graph_edge(e, lang) for e in found.edges],
        truncated=found.truncated,
    )


def paths_between(
    service: ReadService,
    start: str,
    goal: str,
    lang: str,
    *,
    max_length: int,
    limit: int,
    reified: bool,
) -> PathsResult:
    """The shortest connections between two entities."""
    found = shortest_paths(
        service.projection(reified), start, goal, max_length=max_length, limit=limit
    )
    nodes = list(dict.fromkeys(n for path in found.paths for n in path))
    return PathsResult(
        source=start,
        target=goal,
        found=bool(found.paths),
        length=found.length,
        paths=found.paths,
        nodes=[graph_node(service, n, lang) for n in nodes],
        edges=[graph_edge(e, lang) for e in found.edges],
    )


def cytoscape(nodes: list[GraphNode], edges: list[GraphEdge], truncated: bool) -> CytoscapeGraph:
    """Cytoscape.js elements for nodes and edges (``data.id``, ``data.source``, …)."""
    elements = [
        CytoscapeElement(
            group="nodes",
            data={"id": n.id, "label": n.label, "type": n.type, "slug": n.slug, "depth": n.depth},
        )
        for n in nodes
    ]
    elements += [
        CytoscapeElement(
            group="edges",
            data={
                "id": e.id,
                "source": e.source,
                "target": e.target,
                "predicate": e.predicate,
                "label": e.label,
                "year": e.year,
            },
        )
        for e in edges
    ]
    return CytoscapeGraph(elements=elements, truncated=truncated)


__all__ = ["cytoscape", "graph_edge", "graph_node", "neighbourhood_of", "paths_between"]
