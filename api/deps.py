"""FastAPI dependencies and their ``Annotated`` aliases, in one place.

Routes read shared objects from ``app.state`` (set up by the lifespan in ``api.app``) only
through these functions, so tests can swap them with ``app.dependency_overrides``.
"""

from typing import Annotated, cast

from fastapi import Depends, Request

from nội_chính_graph.config import Settings
from nội_chính_graph.sparql.service import SparqlService
from nội_chính_graph.store.base import Store


def get_settings(request: Request) -> Settings:
    """The settings the app was built with."""
    return cast(Settings, request.app.state.settings)


def get_store(request: Request) -> Store:
    """The open store."""
    return cast(Store, request.app.state.store)


def get_sparql_service(request: Request) -> SparqlService:
    """The SPARQL endpoint's service (store, query workers, limits)."""
    return cast(SparqlService, request.app.state.sparql)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
SparqlServiceDep = Annotated[SparqlService, Depends(get_sparql_service)]

__all__ = [
    "SettingsDep",
    "SparqlServiceDep",
    "StoreDep",
    "get_settings",
    "get_sparql_service",
    "get_store",
]
