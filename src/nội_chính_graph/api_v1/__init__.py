"""The JSON API (``/api/v1``): search, entities with facts and sources, bloc membership,
timelines, graph neighbourhoods and paths."""

from nội_chính_graph.api_v1.router import api_v1_router
from nội_chính_graph.api_v1.service import ApiService

__all__ = ["ApiService", "api_v1_router"]
