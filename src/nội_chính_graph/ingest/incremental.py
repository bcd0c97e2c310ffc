"""Moved to :mod:`nội_chính_graph.validation.incremental`; kept so old imports keep working."""

from nội_chính_graph.validation.incremental import (
    BACKWARD,
    HOPS,
    IncrementalStats,
    IncrementalValidator,
    Neighbourhood,
    NeighbourhoodFetcher,
    PreparedQueryGraph,
    ValidationOutcome,
    mentioned_iris,
    ontology_terms,
)

__all__ = [
    "BACKWARD",
    "HOPS",
    "IncrementalStats",
    "IncrementalValidator",
    "Neighbourhood",
    "NeighbourhoodFetcher",
    "PreparedQueryGraph",
    "ValidationOutcome",
    "mentioned_iris",
    "ontology_terms",
]
