"""The graph engine: a projection of the store, neighbourhoods and shortest paths."""

from nội_chính_graph.graph.model import Edge, PathResult, Subgraph
from nội_chính_graph.graph.projection import Projection, build_projections
from nội_chính_graph.graph.traverse import neighbourhood, shortest_paths

__all__ = [
    "Edge",
    "PathResult",
    "Projection",
    "Subgraph",
    "build_projections",
    "neighbourhood",
    "shortest_paths",
]
