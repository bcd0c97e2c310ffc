"""Routes: the SPARQL 1.1 Protocol query operation (read-only) at ``/sparql``.

The :class:`SparqlService` comes from ``app.state`` through ``SparqlServiceDep`` (tests may
override ``get_sparql_service``). Queries themselves are answered by :class:`SparqlFastPath`, a
raw ASGI layer in front of routing (see there); the routes below document the endpoint in the
OpenAPI schema, describe the service, and answer when the service dependency is overridden.
The protocol itself is :mod:`nội_chính_graph.web.sparql_protocol`.
"""

from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from nội_chính_graph.errors import ErrorBody, NcgError, error_response
from nội_chính_graph.sparql.service import SparqlService
from nội_chính_graph.store.results import GRAPH_FORMATS, SOLUTION_FORMATS
from nội_chính_graph.web.deps import SparqlServiceDep, get_sparql_service
from nội_chính_graph.web.sparql_protocol import (
    TRUNCATED_HEADER,
    ProtocolRequest,
    answer,
    describe,
    from_post,
    url_params,
)

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed, missing, repeated or refused query"},
    406: {"model": ErrorBody, "description": "No acceptable result format"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    415: {"model": ErrorBody, "description": "Unsupported request content type"},
    503: {"model": ErrorBody, "description": "Query timed out or service busy"},
}
_RESULTS_DOC: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Query results (SELECT/ASK) or RDF (CONSTRUCT/DESCRIBE), by Accept",
        "content": {f.media_type: {} for f in SOLUTION_FORMATS + GRAPH_FORMATS},
    }
}


_GET_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": "query",
        "in": "query",
        "required": False,
        "description": "The SPARQL query (without it: the service description).",
        "schema": {"type": "string"},
    },
    *(
        {
            "name": name,
            "in": "query",
            "required": False,
            "description": what,
            "schema": {"type": "array", "items": {"type": "string"}},
            "style": "form",
            "explode": True,
        }
        for name, what in (
            ("default-graph-uri", "A graph of the default graph (repeatable)."),
            ("named-graph-uri", "A named graph of the dataset (repeatable)."),
        )
    ),
]


PATH = "/sparql"
router = APIRouter(tags=["sparql"])


@router.get(
    PATH,
    responses={**_RESULTS_DOC, **_ERRORS},
    response_class=Response,
    openapi_extra={"parameters": _GET_PARAMETERS},
)
async def sparql_get(request: Request, service: SparqlServiceDep) -> Response:
    """Run a query given in the URL; without one, describe the service (or show the page)."""
    # The parameters are read from the URL here, not declared to FastAPI (they are
    # documented through openapi_extra): validating them per request cost more than the
    # rest of the request handling on small queries.
    params = url_params(request)
    if params.is_empty:
        return await describe(service, request, service.query_page, void_only=False)
    return await answer(service, request, params)


@router.post(PATH, responses={**_RESULTS_DOC, **_ERRORS}, response_class=Response)
async def sparql_post(request: Request, service: SparqlServiceDep) -> Response:
    """Run a query sent as a form (``query=…``) or as ``application/sparql-query``."""
    params = await from_post(request, service.max_body_bytes)
    return await answer(service, request, params)


@router.get(f"{PATH}/void", responses={**_ERRORS}, response_class=Response)
async def sparql_void(request: Request, service: SparqlServiceDep) -> Response:
    """The VoID description of the dataset (triple counts, named graphs, vocabularies)."""
    return await describe(service, request, None, void_only=True)


class SparqlFastPath:
    """Answers SPARQL queries at ``/sparql`` before Starlette's routing and FastAPI's
    dependency solving, which cost more than the rest of a small query's handling.

    Added to the app as the innermost middleware but CORS, so CORS still applies; outermost,
    ``ServerErrorMiddleware`` still turns a bug into the one error shape (500 ``internal``). The
    GZip middleware is skipped: the query worker gzips a body already when the client accepts
    it. Everything else — a GET without a query (the service description or the query page),
    other paths and methods, or an app whose ``get_sparql_service`` is overridden — goes on to
    the app and its routes above. The protocol handling is the same functions either way.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        service = self._service(scope)
        if service is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            if scope["method"] == "POST":
                params = await from_post(request, service.max_body_bytes)
            else:
                params = url_params(request)
                if params.is_empty:
                    await self.app(scope, receive, send)  # the description, gzipped as before
                    return
            response = await answer(service, request, params)
        except NcgError as exc:
            response = error_response(exc.status, exc.code, exc.message, exc.details)
        await response(scope, receive, send)

    @staticmethod
    def _service(scope: Scope) -> SparqlService | None:
        """The service when this request is a query operation we answer here, else None."""
        if scope["type"] != "http" or scope["path"] != PATH:
            return None
        if scope["method"] not in ("GET", "POST"):
            return None
        app = scope.get("app")
        if not isinstance(app, FastAPI) or get_sparql_service in app.dependency_overrides:
            return None
        service = getattr(app.state, "sparql", None)
        return service if isinstance(service, SparqlService) else None


__all__ = ["PATH", "TRUNCATED_HEADER", "ProtocolRequest", "SparqlFastPath", "router"]
