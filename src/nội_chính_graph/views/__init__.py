"""The read model: entities with their facts and sources, bloc membership, timelines, graph
neighbourhoods and paths, as pydantic models built from the store and its derived indexes.

Nothing here knows HTTP; the routes in :mod:`nội_chính_graph.web` serve it.
"""

from nội_chính_graph.views.service import ReadService

__all__ = ["ReadService"]
