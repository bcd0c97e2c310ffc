"""The application factory.

``uvicorn api.app:create_app --factory`` builds it from the environment (``NCG_*``);
``ncg serve`` and the tests pass a :class:`Settings` explicitly.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles

from api.deps import get_settings, get_sparql_service, get_store
from nội_chính_graph import __version__
from nội_chính_graph.api_v1 import api_v1_router
from nội_chính_graph.api_v1.ingests import ingests_router
from nội_chính_graph.api_v1.router import service_dependency
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import install_error_handlers
from nội_chính_graph.explorer import explorer_router
from nội_chính_graph.linked_data import linked_data_router
from nội_chính_graph.sparql.router import TRUNCATED_HEADER, sparql_router
from nội_chính_graph.sparql.service import SparqlService
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import load_if_empty

STATIC = Path(__file__).resolve().parent / "static"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the store (loading the shipped data on first start) and the query workers."""
    settings: Settings = app.state.settings
    store = open_store(settings)
    try:
        if settings.load_data_on_start:
            load_if_empty(store)
        service = SparqlService.from_settings(store, settings)
        await service.runner.start()
        app.state.store, app.state.sparql = store, service
        try:
            yield
        finally:
            await service.runner.close()
    finally:
        store.close()


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; with no settings they are read from the environment (``NCG_*``)."""
    settings = settings or Settings()
    app = FastAPI(
        title="nội_chính_graph",
        version=__version__,
        description=(
            "A knowledge graph of Vietnamese state institutions: SPARQL 1.1 endpoint, "
            "JSON API for membership graphs and neighbourhoods, dereferenceable IRIs."
        ),
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Accept", "Content-Type", "If-None-Match", "Accept-Language"],
            expose_headers=[TRUNCATED_HEADER, "ETag", "Link"],
        )
    app.include_router(sparql_router(get_sparql_service, query_page=STATIC / "query.html"))
    api_service = service_dependency(get_store)  # one set of derived indexes for both routers
    app.include_router(
        api_v1_router(
            get_store,
            get_service=api_service,
            max_neighbourhood_nodes=settings.max_neighbourhood_nodes,
            max_paths=settings.max_paths,
        )
    )
    app.include_router(linked_data_router(get_store, get_service=api_service))
    app.include_router(ingests_router(get_store, get_settings))
    app.include_router(explorer_router(STATIC / "explorer"))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


__all__ = ["create_app", "lifespan"]
