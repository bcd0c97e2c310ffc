"""FastAPI dependencies and their ``Annotated`` aliases, in one place.

The lifespan (``api.app``) builds the shared objects once and puts them on ``app.state``:
``settings``, ``store``, ``sparql`` (the SPARQL service and its query workers), ``views`` (the
read service with its derived indexes), ``ingest`` (the ingest workflow) and ``explorer`` (the
explorer page and its example queries). Routes reach them only through the aliases below, so
tests swap any of them with ``app.dependency_overrides[get_…]``.

The getters are ``async``: FastAPI calls a synchronous dependency in the thread pool, a hop
that cost more than the getter itself.
"""

from typing import Annotated, cast

from fastapi import Depends, Header, Path, Query, Request

from nội_chính_graph.auth import AuthError, Steward, authenticate
from nội_chính_graph.config import Settings
from nội_chính_graph.explorer.examples import Explorer
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.sparql.service import SparqlService
from nội_chính_graph.store.base import Store
from nội_chính_graph.views.models import Lang
from nội_chính_graph.views.service import ReadService
from nội_chính_graph.web.http import pick_language


async def get_settings(request: Request) -> Settings:
    """The settings the app was built with."""
    return cast(Settings, request.app.state.settings)


async def get_store(request: Request) -> Store:
    """The open store."""
    return cast(Store, request.app.state.store)


async def get_sparql_service(request: Request) -> SparqlService:
    """The SPARQL endpoint's service (store, query workers, limits)."""
    return cast(SparqlService, request.app.state.sparql)


async def get_read_service(request: Request) -> ReadService:
    """The read service: the store and its derived indexes (labels, search, projections)."""
    return cast(ReadService, request.app.state.views)


async def get_workflow(request: Request) -> IngestWorkflow:
    """The ingest workflow (validation, review, commit, revert, audit log)."""
    return cast(IngestWorkflow, request.app.state.ingest)


async def get_explorer(request: Request) -> Explorer:
    """The explorer page and its example queries."""
    return cast(Explorer, request.app.state.explorer)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[Store, Depends(get_store)]
SparqlServiceDep = Annotated[SparqlService, Depends(get_sparql_service)]
ReadServiceDep = Annotated[ReadService, Depends(get_read_service)]
WorkflowDep = Annotated[IngestWorkflow, Depends(get_workflow)]
ExplorerDep = Annotated[Explorer, Depends(get_explorer)]


async def require_steward(
    request: Request, settings: SettingsDep, workflow: WorkflowDep
) -> Steward:
    """The steward whose bearer token came with a write; a refused write is audited, then
    answered 401 or 403."""
    try:
        return authenticate(request.headers.get("authorization"), settings.api_tokens)
    except AuthError as exc:
        workflow.audit.append(
            "refused",
            method=request.method,
            path=request.url.path,
            status=exc.status,
            reason=exc.code,
        )
        raise


async def language(
    lang: Annotated[
        Lang | None, Query(description="Label language; default from Accept-Language, else vi.")
    ] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> str:
    """The response language: ``?lang=``, else Accept-Language, else ``vi``."""
    return pick_language(lang, accept_language)


StewardDep = Annotated[Steward, Depends(require_steward)]
LanguageDep = Annotated[str, Depends(language)]

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, Path(pattern=SLUG_PATTERN, max_length=200, description="Entity slug.")]
Limit = Annotated[int, Query(ge=1, le=100, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]

__all__ = [
    "SLUG_PATTERN",
    "ExplorerDep",
    "LanguageDep",
    "Limit",
    "Offset",
    "ReadServiceDep",
    "SettingsDep",
    "Slug",
    "SparqlServiceDep",
    "StewardDep",
    "StoreDep",
    "WorkflowDep",
    "get_explorer",
    "get_read_service",
    "get_settings",
    "get_sparql_service",
    "get_store",
    "get_workflow",
    "language",
    "require_steward",
]
