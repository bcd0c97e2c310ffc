"""A reusable FastAPI router for the SPARQL 1.1 Protocol (query operation, read-only).

``sparql_router(get_service)`` returns an ``APIRouter``; the application decides where the
:class:`SparqlService` comes from by passing a dependency (tests override that dependency).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, Response

from nội_chính_graph.errors import ApiError, ErrorBody, NotAcceptableError, QueryRefusedError
from nội_chính_graph.sparql.conneg import negotiate, prefers_html
from nội_chính_graph.sparql.service import SparqlService
from nội_chính_graph.sparql.service_description import service_triples
from nội_chính_graph.sparql.worker import QueryJob
from nội_chính_graph.store.base import GraphResult
from nội_chính_graph.store.results import (
    GRAPH_FORMATS,
    SOLUTION_FORMATS,
    ResultFormat,
    format_named,
    serialize_result,
)
from nội_chính_graph.store.sparql_text import uses_service

TRUNCATED_HEADER = "NCG-Results-Truncated"
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

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


@dataclass(frozen=True)
class ProtocolRequest:
    """The protocol parameters of one request, from the URL and/or the body."""

    queries: list[str]
    default_graphs: list[str]
    named_graphs: list[str]
    has_update: bool


def _params(pairs: Sequence[tuple[str, str]]) -> ProtocolRequest:
    return ProtocolRequest(
        queries=[v for k, v in pairs if k == "query"],
        default_graphs=[v for k, v in pairs if k == "default-graph-uri"],
        named_graphs=[v for k, v in pairs if k == "named-graph-uri"],
        has_update=any(k == "update" for k, _ in pairs),
    )


def _refuse_update() -> ApiError:
    return ApiError(
        400,
        "update_not_allowed",
        "This endpoint is read-only: SPARQL Update is not accepted and nothing was executed.",
    )


async def _body(request: Request, limit: int) -> str:
    declared = request.headers.get("content-length", "0")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "body_too_large", f"The request body exceeds {limit} bytes.")
    raw = await request.body()
    if len(raw) > limit:
        raise ApiError(413, "body_too_large", f"The request body exceeds {limit} bytes.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(
            400, "bad_encoding", f"The request body is not UTF-8 (byte {exc.start})."
        ) from exc


async def _from_post(request: Request, limit: int) -> ProtocolRequest:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    url_pairs = list(request.query_params.multi_items())
    if media == SPARQL_UPDATE:
        raise _refuse_update()
    if media == FORM:
        return _params(url_pairs + parse_qsl(await _body(request, limit), keep_blank_values=True))
    if media == SPARQL_QUERY:
        params = _params(url_pairs)
        return ProtocolRequest(
            [await _body(request, limit), *params.queries],
            params.default_graphs,
            params.named_graphs,
            params.has_update,
        )
    raise ApiError(
        415,
        "unsupported_media_type",
        f"POST a query as {FORM} or {SPARQL_QUERY}, not {media or 'an untyped body'!r}.",
    )


def _single_query(params: ProtocolRequest) -> str:
    if params.has_update:
        raise _refuse_update()
    if len(params.queries) != 1:
        what = "missing" if not params.queries else f"given {len(params.queries)} times"
        raise ApiError(
            400,
            "query_parameter",
            f"Exactly one 'query' parameter is required; it is {what}.",
            details={"parameter": "query", "count": len(params.queries)},
        )
    if not params.queries[0].strip():
        raise ApiError(400, "query_parameter", "The 'query' parameter is empty.")
    return params.queries[0]


def _formats(accept: str | None) -> tuple[ResultFormat | None, ResultFormat | None]:
    solutions, graph = negotiate(accept, SOLUTION_FORMATS), negotiate(accept, GRAPH_FORMATS)
    if solutions is None and graph is None:
        offered = [f.media_type for f in SOLUTION_FORMATS + GRAPH_FORMATS]
        raise NotAcceptableError(
            f"None of the accepted media types ({accept}) can be produced.",
            details={"available": offered},
        )
    return solutions, graph


async def _answer(service: SparqlService, request: Request, params: ProtocolRequest) -> Response:
    sparql = _single_query(params)
    if not service.allow_service and uses_service(sparql):
        raise QueryRefusedError(
            "SERVICE (federated query) is disabled on this endpoint.",
            details={"setting": "allow_service"},
        )
    solutions, graph = _formats(request.headers.get("accept"))
    dataset = bool(params.default_graphs or params.named_graphs)
    job = QueryJob(
        sparql=sparql,
        default_graphs=tuple(params.default_graphs) if dataset else None,
        named_graphs=tuple(params.named_graphs) if dataset else None,
        solutions_format=solutions.name if solutions else None,
        graph_format=graph.name if graph else None,
        max_rows=service.max_rows,
    )
    answer = await service.runner.run(job)
    headers = {
        TRUNCATED_HEADER: "true" if answer.truncated else "false",
        "Vary": "Accept",
    }
    if answer.truncated:
        headers["NCG-Max-Rows"] = str(service.max_rows)
    fmt = format_named(answer.format)
    return Response(answer.body, media_type=fmt.content_type, headers=headers)


def _endpoint(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


async def _describe(
    service: SparqlService, request: Request, query_page: Path | None, *, void_only: bool
) -> Response:
    accept = request.headers.get("accept")
    if query_page is not None and not void_only and prefers_html(accept, GRAPH_FORMATS):
        return FileResponse(query_page, media_type="text/html; charset=utf-8")
    fmt = negotiate(accept, GRAPH_FORMATS)
    if fmt is None:
        raise NotAcceptableError(
            "The service description is available as RDF only.",
            details={"available": [f.media_type for f in GRAPH_FORMATS]},
        )
    endpoint = _endpoint(request).removesuffix("/void")
    void = await service.void(endpoint)
    triples = (
        void
        if void_only
        else service_triples(
            service.store, endpoint, allow_service=service.allow_service, void=void
        )
    )
    body = serialize_result(GraphResult(triples), fmt)
    return Response(body, media_type=fmt.content_type, headers={"Vary": "Accept"})


def sparql_router(
    get_service: Callable[..., SparqlService],
    *,
    path: str = "/sparql",
    query_page: Path | None = None,
    tags: Sequence[str] = ("sparql",),
) -> APIRouter:
    """A router serving the SPARQL 1.1 Protocol query operation at ``path``.

    ``get_service`` is a FastAPI dependency returning the :class:`SparqlService`; ``query_page``
    is an HTML file shown to browsers that open ``path`` without a query.
    """
    router = APIRouter(tags=list(tags))
    service_dep = Annotated[SparqlService, Depends(get_service)]

    @router.get(path, responses={**_RESULTS_DOC, **_ERRORS}, response_class=Response)
    async def sparql_get(
        request: Request,
        service: service_dep,
        query: Annotated[str | None, Query(description="The SPARQL query.")] = None,
        default_graph_uri: Annotated[list[str] | None, Query(alias="default-graph-uri")] = None,
        named_graph_uri: Annotated[list[str] | None, Query(alias="named-graph-uri")] = None,
    ) -> Response:
        """Run a query given in the URL; without one, describe the service (or show the page)."""
        params = _params(list(request.query_params.multi_items()))
        if params == ProtocolRequest([], [], [], has_update=False):
            return await _describe(service, request, query_page, void_only=False)
        return await _answer(service, request, params)

    @router.post(path, responses={**_RESULTS_DOC, **_ERRORS}, response_class=Response)
    async def sparql_post(request: Request, service: service_dep) -> Response:
        """Run a query sent as a form (``query=…``) or as ``application/sparql-query``."""
        params = await _from_post(request, service.max_body_bytes)
        return await _answer(service, request, params)

    @router.get(f"{path}/void", responses={**_ERRORS}, response_class=Response)
    async def sparql_void(request: Request, service: service_dep) -> Response:
        """The VoID description of the dataset (triple counts, named graphs, vocabularies)."""
        return await _describe(service, request, None, void_only=True)

    return router


__all__ = ["TRUNCATED_HEADER", "ProtocolRequest", "sparql_router"]
