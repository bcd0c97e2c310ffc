"""The application factory.

``uvicorn api.app:create_app --factory`` (and ``ncg serve``) build it from the environment
(``NCG_*``); tests pass a :class:`Settings` explicitly. The routers are the library's
module-level routers (:mod:`nội_chính_graph.web`); what they share is built once, here, in the
lifespan, and put on ``app.state`` (see :mod:`nội_chính_graph.web.deps`).
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles

from nội_chính_graph import __version__
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import install_error_handlers
from nội_chính_graph.explorer import Explorer
from nội_chính_graph.ingest.audit import AuditLog, audit_path
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.sparql.service import SparqlService
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import load_if_empty
from nội_chính_graph.validation.engine import Validator
from nội_chính_graph.views import ReadService
from nội_chính_graph.web import api_v1, explorer, linked_data, sparql
from nội_chính_graph.web.sparql_protocol import GZIP_MIN_BYTES

STATIC = Path(__file__).resolve().parent / "static"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the store (loading the shipped data on first start), start the query workers and
    build what the routes share: the read service, the ingest workflow, the explorer."""
    settings: Settings = app.state.settings
    store = open_store(settings)
    try:
        if settings.load_data_on_start:
            load_if_empty(store)
        service = SparqlService.from_settings(store, settings, query_page=STATIC / "query.html")
        await service.runner.start()
        try:
            app.state.store, app.state.sparql = store, service
            workflow = IngestWorkflow(store, Validator(), AuditLog(audit_path(settings)))
            app.state.views = ReadService(store, workflow.journal)  # follows its writes
            app.state.ingest = workflow
            app.state.explorer = Explorer.load(STATIC / "explorer")
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
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES)  # why: see there
    app.add_middleware(sparql.SparqlFastPath)  # outside GZip, inside CORS (added last = outer)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Accept", "Content-Type", "If-None-Match", "Accept-Language"],
            expose_headers=[sparql.TRUNCATED_HEADER, "ETag", "Link"],
        )
    app.include_router(sparql.router)
    app.include_router(api_v1.router)
    app.include_router(linked_data.router)
    app.include_router(explorer.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


__all__ = ["STATIC", "create_app", "lifespan"]
