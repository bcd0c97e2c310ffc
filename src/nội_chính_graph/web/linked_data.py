"""Routes: dereferenceable IRIs, ``/id/{type}/{slug}`` and ``/ontology``, by content negotiation.

Entity IRIs name things (agencies, people), not documents, so they follow the *303 See Other*
convention of "Cool URIs for the Semantic Web" (W3C Interest Group Note, §4.3): ``GET
/id/{type}/{slug}`` answers ``303`` with ``Location: /doc/{type}/{slug}.{ext}`` for the format
the ``Accept`` header prefers (``html``, ``ttl``, ``jsonld``, ``nt``; Turtle for ``*/*``), and the
document answers ``200``. The ontology IRI names a document, so ``/ontology`` answers ``200``
directly in the negotiated format (``Vary: Accept``); ``?format=`` overrides the header on both.
"""

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Header, Path, Query, Request, Response
from fastapi.responses import RedirectResponse

from nội_chính_graph.errors import ApiError, NotAcceptableError
from nội_chính_graph.linked_data.describe import (
    describe,
    entity_html,
    ontology_html,
    ontology_triples,
    serialize,
)
from nội_chính_graph.queries.ids import entity_iri, valid_slug
from nội_chính_graph.sparql.conneg import negotiate
from nội_chính_graph.store.results import ResultFormat
from nội_chính_graph.views.facts import entity_exists
from nội_chính_graph.views.service import ReadService
from nội_chính_graph.web.deps import LanguageDep, ReadServiceDep
from nội_chính_graph.web.http import conditional

#: Document formats, in the server's order of preference for ``*/*``.
FORMATS: dict[str, ResultFormat] = {
    "ttl": ResultFormat(
        "turtle", "text/turtle", "graph", ("application/x-turtle",), ox.RdfFormat.TURTLE
    ),
    "html": ResultFormat("html", "text/html", "graph", ("application/xhtml+xml",)),
    "jsonld": ResultFormat(
        "jsonld", "application/ld+json", "graph", ("application/json",), ox.RdfFormat.JSON_LD
    ),
    "nt": ResultFormat(
        "ntriples", "application/n-triples", "graph", ("text/plain",), ox.RdfFormat.N_TRIPLES
    ),
}
_EXTENSIONS = {fmt.name: ext for ext, fmt in FORMATS.items()}


def choose(accept: str | None, override: str | None) -> str:
    """The extension of the format to answer in (``?format=`` wins over ``Accept``)."""
    if override:
        if override in FORMATS:
            return override
        by_name = {f.name: ext for ext, f in FORMATS.items()}
        if override in by_name:
            return by_name[override]
        raise ApiError(
            422,
            "invalid_request",
            f"Unknown format {override!r}; use " + ", ".join(FORMATS),
            details={"parameter": "format"},
        )
    chosen = negotiate(accept, list(FORMATS.values()))
    if chosen is None:
        offered = ", ".join(f.media_type for f in FORMATS.values())
        raise NotAcceptableError(
            f"None of the formats asked for is available; use {offered}.",
            details={"accept": accept or ""},
        )
    return _EXTENSIONS[chosen.name]


def _split(path: str) -> tuple[str, str]:
    kind, _, slug = path.partition("/")
    if not kind or not valid_slug(kind) or not valid_slug(slug):
        raise ApiError(404, "not_found", f"No entity at /id/{path}.", details={"path": path})
    return kind, slug


def _alternates(base: str) -> list[tuple[str, str]]:
    return [(fmt.media_type, f"{base}.{ext}") for ext, fmt in FORMATS.items()]


FormatParam = Annotated[str | None, Query(description="ttl, jsonld, nt or html")]

router = APIRouter(tags=["linked data"])


def _existing(service: ReadService, path: str) -> str:
    kind, slug = _split(path)
    iri = entity_iri(kind, slug)
    if not entity_exists(service, iri):
        raise ApiError(404, "not_found", f"Nothing is known about {iri}.", details={"id": iri})
    return iri


@router.get("/id/{path:path}", status_code=303, summary="An entity IRI (303 to a document)")
def thing(
    service: ReadServiceDep,
    path: str,
    accept: Annotated[str | None, Header()] = None,
    format: FormatParam = None,
) -> Response:
    _existing(service, path)
    ext = choose(accept, format)
    return RedirectResponse(f"/doc/{path}.{ext}", status_code=303, headers={"Vary": "Accept"})


@router.get("/doc/{path:path}", summary="The document describing an entity, in one format")
def document(
    request: Request,
    response: Response,
    service: ReadServiceDep,
    lang: LanguageDep,
    path: Annotated[str, Path()],
) -> Response:
    stem, dot, ext = path.rpartition(".")
    if not dot or ext not in FORMATS:
        raise ApiError(404, "not_found", f"No document at /doc/{path}.", details={"path": path})
    iri = _existing(service, stem)

    def build() -> Response:
        triples = describe(service, iri)
        if ext == "html":
            html = entity_html(service, iri, triples, lang, _alternates(f"/doc/{stem}"))
            return Response(html, media_type="text/html; charset=utf-8")
        fmt = FORMATS[ext]
        assert fmt.rdf_format is not None
        return Response(serialize(triples, fmt.rdf_format), media_type=fmt.content_type)

    return _with_headers(conditional(request, response, service.generation, lang, build), response)


@router.get("/ontology", summary="The ontology (Turtle, JSON-LD, N-Triples or HTML)")
def ontology(
    request: Request,
    response: Response,
    service: ReadServiceDep,
    lang: LanguageDep,
    accept: Annotated[str | None, Header()] = None,
    format: FormatParam = None,
) -> Response:
    ext = choose(accept, format)

    def build() -> Response:
        if ext == "html":
            formats = [(f.media_type, f"/ontology?format={e}") for e, f in FORMATS.items()]
            html = ontology_html(service, lang, formats)
            return Response(html, media_type="text/html; charset=utf-8")
        fmt = FORMATS[ext]
        assert fmt.rdf_format is not None
        body = serialize(ontology_triples(service), fmt.rdf_format)
        return Response(body, media_type=fmt.content_type)

    return _with_headers(conditional(request, response, service.generation, lang, build), response)


def _with_headers(answer: Response, response: Response) -> Response:
    """Copy the validator headers ``conditional`` set on ``response`` onto a built response."""
    for name in ("etag", "vary", "content-language"):
        if name in response.headers and answer.status_code != 304:
            answer.headers[name] = response.headers[name]
    return answer


__all__ = ["FORMATS", "choose", "router"]
