"""The SPARQL 1.1 Protocol's query operation over a Starlette request: the parameters from the
URL or the body, the checks every query passes before a store sees it, content negotiation,
the answer from a query worker, and the service description.

Used by the ``/sparql`` routes and by :class:`nội_chính_graph.web.sparql.SparqlFastPath`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.responses import FileResponse, Response
from pyoxigraph import NamedNode
from starlette.datastructures import URL

from nội_chính_graph.errors import ApiError, NotAcceptableError, QueryRefusedError
from nội_chính_graph.sparql.conneg import accepts_encoding, negotiate, prefers_html
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
from nội_chính_graph.store.sparql_text import (
    MAX_NESTING,
    MAX_OPERATORS,
    nesting_depth,
    operator_count,
    require_query,
    update_refused,
    uses_service,
)

TRUNCATED_HEADER = "NCG-Results-Truncated"
#: Bodies at least this long are gzipped (by the query worker) for clients that accept gzip.
#: A smaller body, with its ~250 bytes of headers, fits a new connection's initial congestion
#: window (10 segments, RFC 6928: 14,600 bytes at a 1460-byte MSS; a kept-alive connection's
#: window is larger) and reaches the client in the first flight either way, so compressing it
#: saves bytes but no round trip, and costs zlib time on both ends (0.01-0.05 ms for the
#: bench's 2-13 KB results at light load, up to 0.2 ms under load; ``oxigraph serve`` never
#: gzips).
GZIP_MIN_BYTES = 14 * 1024
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


@dataclass(frozen=True)
class ProtocolRequest:
    """The protocol parameters of one request, from the URL and/or the body."""

    queries: list[str]
    default_graphs: list[str]
    named_graphs: list[str]
    has_update: bool

    @property
    def is_empty(self) -> bool:
        """No protocol parameter at all: a GET of the service description."""
        return not (self.queries or self.default_graphs or self.named_graphs or self.has_update)


def protocol_params(pairs: Sequence[tuple[str, str]]) -> ProtocolRequest:
    return ProtocolRequest(
        queries=[v for k, v in pairs if k == "query"],
        default_graphs=[v for k, v in pairs if k == "default-graph-uri"],
        named_graphs=[v for k, v in pairs if k == "named-graph-uri"],
        has_update=any(k == "update" for k, _ in pairs),
    )


#: Query strings and query texts up to this length have their parse and checks remembered
#: (clients repeat the same queries; the checks cost ~0.3 ms a query, more than the rest of
#: a small query's handling). Longer ones are parsed and checked every time, so the caches
#: stay under a few MiB.
CACHED_TEXT = 8192


def url_params(request: Request) -> ProtocolRequest:
    """The protocol parameters of the URL (parsed as Starlette does: ``parse_qsl`` of the
    Latin-1 query string, blank values kept)."""
    raw: bytes = request.scope.get("query_string", b"")
    if len(raw) <= CACHED_TEXT:
        return _parsed_query_string(raw)
    return protocol_params(list(request.query_params.multi_items()))


@lru_cache(maxsize=512)
def _parsed_query_string(raw: bytes) -> ProtocolRequest:
    return protocol_params(parse_qsl(raw.decode("latin-1"), keep_blank_values=True))


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"The request body exceeds {limit} bytes.",
        details={"max_body_bytes": limit},
    )


async def _body(request: Request, limit: int) -> str:
    declared = request.headers.get("content-length", "0")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    raw = bytearray()
    async for chunk in request.stream():  # a chunked body has no length to check up front
        raw += chunk
        if len(raw) > limit:
            raise _too_large(limit)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(
            400, "bad_encoding", f"The request body is not UTF-8 (byte {exc.start})."
        ) from exc


async def from_post(request: Request, limit: int) -> ProtocolRequest:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == SPARQL_UPDATE:
        raise update_refused()
    if media == FORM:
        url_pairs = list(request.query_params.multi_items())
        return protocol_params(
            url_pairs + parse_qsl(await _body(request, limit), keep_blank_values=True)
        )
    if media == SPARQL_QUERY:
        params = url_params(request)
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
        raise update_refused()
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


@lru_cache(maxsize=256)  # clients repeat the same few Accept headers
def _formats(accept: str | None) -> tuple[ResultFormat | None, ResultFormat | None]:
    solutions, graph = negotiate(accept, SOLUTION_FORMATS), negotiate(accept, GRAPH_FORMATS)
    if solutions is None and graph is None:
        offered = [f.media_type for f in SOLUTION_FORMATS + GRAPH_FORMATS]
        raise NotAcceptableError(
            f"None of the accepted media types ({accept}) can be produced.",
            details={"available": offered},
        )
    return solutions, graph


def _check_size(sparql: str) -> None:
    """Refuse queries deep or long enough to overflow the engine's stack (a crashed worker)."""
    # Each bracket or operator counted is at least one character of the text, so a text no
    # longer than a limit cannot pass it: short queries skip the scans (~15 and ~45 µs).
    depth = nesting_depth(sparql) if len(sparql) > MAX_NESTING else 0
    if depth > MAX_NESTING:
        raise ApiError(
            400,
            "query_too_deep",
            f"The query nests {{ ( [ {depth} levels deep; at most {MAX_NESTING} are accepted.",
            details={"depth": depth, "max_nesting": MAX_NESTING},
        )
    operators = operator_count(sparql) if len(sparql) > MAX_OPERATORS else 0
    if operators > MAX_OPERATORS:
        raise ApiError(
            400,
            "query_too_complex",
            f"The query holds {operators} operators; at most {MAX_OPERATORS} are accepted.",
            details={"operators": operators, "max_operators": MAX_OPERATORS},
        )


def _vet(sparql: str, allow_service: bool) -> None:
    """Refuse what must never reach a store: updates, store built-ins, queries too deep or
    too long for the engine, ``SERVICE`` unless allowed."""
    require_query(sparql)  # before any backend sees it: some run updates sent as queries
    _check_size(sparql)
    if not allow_service and uses_service(sparql):
        raise QueryRefusedError(
            "SERVICE (federated query) is disabled on this endpoint.",
            details={"setting": "allow_service"},
        )


# Only texts that passed are remembered: a refusal raises, and lru_cache keeps no exception.
_vetted = lru_cache(maxsize=1024)(_vet)


async def answer(service: SparqlService, request: Request, params: ProtocolRequest) -> Response:
    sparql = _single_query(params)
    if len(sparql) <= CACHED_TEXT:
        _vetted(sparql, service.allow_service)
    else:
        _vet(sparql, service.allow_service)
    headers = request.headers
    solutions, graph = _formats(headers.get("accept"))
    dataset = bool(params.default_graphs or params.named_graphs)
    job = QueryJob(
        sparql=sparql,
        default_graphs=tuple(params.default_graphs) if dataset else None,
        named_graphs=tuple(params.named_graphs) if dataset else None,
        solutions_format=solutions.name if solutions else None,
        graph_format=graph.name if graph else None,
        max_rows=service.max_rows,
        gzip_min_bytes=GZIP_MIN_BYTES if _gzip_ok(headers.get("accept-encoding")) else None,
        base_iri=_base_iri(request),
    )
    answer = await service.runner.run(job)
    out = {
        TRUNCATED_HEADER: "true" if answer.truncated else "false",
        "Vary": "Accept, Accept-Encoding",
    }
    if answer.truncated:
        out["NCG-Max-Rows"] = str(service.max_rows)
    if answer.encoding is not None:
        out["Content-Encoding"] = answer.encoding  # the app's GZip middleware leaves it as is
    return Response(answer.body, media_type=_content_type(answer.format), headers=out)


@lru_cache(maxsize=64)
def _gzip_ok(accept_encoding: str | None) -> bool:
    return accepts_encoding(accept_encoding, "gzip")


@lru_cache(maxsize=32)
def _content_type(name: str) -> str:
    return format_named(name).content_type


def _endpoint(request: Request) -> str:
    return str(request.url.replace(query="", fragment=""))


def _base_iri(request: Request) -> str:
    """The endpoint's own URL, against which relative IRIs in a query resolve on every backend
    (as ``oxigraph serve`` does; never the address of a store behind us)."""
    scope = request.scope
    host = next((value for key, value in scope["headers"] if key == b"host"), None)
    server = scope.get("server")  # a list from some servers: made hashable for the cache
    where = (str(server[0]), server[1]) if server is not None else None
    return _checked_endpoint(scope.get("scheme", "http"), where, scope["path"], host)


@lru_cache(maxsize=64)  # one or a few per deployment: the Host header and the path
def _checked_endpoint(
    scheme: str, server: tuple[str, int | None] | None, path: str, host: bytes | None
) -> str:
    headers = [(b"host", host)] if host is not None else []
    scope = {"type": "http", "scheme": scheme, "server": server, "path": path, "headers": headers}
    endpoint = str(URL(scope=scope))
    try:
        NamedNode(endpoint)
    except ValueError as exc:
        raise ApiError(
            400,
            "invalid_iri",
            "The request URL is not an IRI that relative IRIs can resolve against.",
        ) from exc
    return endpoint


async def describe(
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


__all__ = [
    "CACHED_TEXT",
    "GZIP_MIN_BYTES",
    "TRUNCATED_HEADER",
    "ProtocolRequest",
    "answer",
    "describe",
    "from_post",
    "protocol_params",
    "url_params",
]
