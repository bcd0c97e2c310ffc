"""The reusable ``/api/v1`` router: ``app.include_router(api_v1_router(get_store))``."""

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends

from nội_chính_graph.api_v1.routes_entities import (
    add_entity_routes,
    add_label_routes,
    add_search_routes,
)
from nội_chính_graph.api_v1.routes_graph import add_graph_routes, add_membership_routes
from nội_chính_graph.api_v1.service import ApiService, ServiceRegistry
from nội_chính_graph.store.base import Store


def service_dependency(get_store: Callable[..., Store]) -> Callable[..., ApiService]:
    """A dependency giving the :class:`ApiService` of whatever store ``get_store`` yields."""
    registry = ServiceRegistry()

    def get_api_service(store: Annotated[Store, Depends(get_store)]) -> ApiService:
        return registry.for_store(store)

    return get_api_service


def api_v1_router(
    get_store: Callable[..., Store],
    *,
    get_service: Callable[..., ApiService] | None = None,
    prefix: str = "/api/v1",
    max_neighbourhood_nodes: int = 5000,
    max_paths: int = 50,
) -> APIRouter:
    """The JSON API. ``get_store`` is the app's store dependency (tests override it).

    The router keeps, per store object, the indexes derived from it (labels, search, graph
    projections) and rebuilds them when ``store.generation`` changes; pass the same
    ``get_service`` (from :func:`service_dependency`) to several routers to share them.
    """
    router = APIRouter(prefix=prefix, tags=["api v1"])
    get_service = get_service or service_dependency(get_store)
    add_search_routes(router, get_service)
    add_label_routes(router, get_service)
    add_membership_routes(router, get_service)
    add_graph_routes(router, get_service, max_nodes=max_neighbourhood_nodes, max_paths=max_paths)
    add_entity_routes(router, get_service)
    return router


__all__ = ["api_v1_router", "service_dependency"]
