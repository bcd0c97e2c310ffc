"""Routes: ``/search``, the collections (``/agencies`` …) and one entity (``/agencies/{slug}``)."""

import re
from collections.abc import Callable
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from nội_chính_graph.api_v1.deps import Limit, Offset, language
from nội_chính_graph.api_v1.facts import entity_detail, entity_exists
from nội_chính_graph.api_v1.http import conditional, link_header
from nội_chính_graph.api_v1.models import (
    EntityDetail,
    EntityList,
    LabelList,
    SearchItem,
    SearchResults,
)
from nội_chính_graph.api_v1.service import ApiService
from nội_chính_graph.errors import ApiError
from nội_chính_graph.queries.ids import COLLECTIONS, entity_iri

SearchType = Literal[
    "agency", "person", "bloc", "event", "party-organ", "organisation", "province", "force"
]
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
Slug = Annotated[str, Path(pattern=SLUG_PATTERN, max_length=200, description="Entity slug.")]


def not_found(kind: str, slug: str) -> ApiError:
    """The 404 for an unknown entity."""
    return ApiError(
        404,
        "not_found",
        f"No {kind} with slug {slug!r}.",
        details={"type": kind, "slug": slug, "id": entity_iri(kind, slug)},
    )


def require_entity(service: ApiService, kind: str, slug: str) -> str:
    """The IRI of an existing entity, or a 404."""
    iri = entity_iri(kind, slug)
    if not entity_exists(service, iri):
        raise not_found(kind, slug)
    return iri


def add_search_routes(router: APIRouter, get_service: Callable[..., ApiService]) -> None:
    """``GET /search``."""
    service_dep = Annotated[ApiService, Depends(get_service)]

    @router.get("/search", response_model=SearchResults, summary="Find entities by name")
    def search(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        q: Annotated[str, Query(min_length=1, max_length=200, description="Name, any spelling.")],
        type: Annotated[list[SearchType] | None, Query(description="Entity types.")] = None,
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> SearchResults | Response:
        def build() -> SearchResults:
            index = service.derived().index
            hits, total = index.search(q, type, limit=limit, offset=offset)
            items = [
                SearchItem(
                    **service.ref(h.entity.iri, lang).model_dump(),
                    score=h.score,
                    matched=h.matched,
                )
                for h in hits
            ]
            response.headers["Link"] = link_header(request, offset, limit, total)
            return SearchResults(query=q, items=items, total=total, limit=limit, offset=offset)

        return conditional(request, response, service.generation, lang, build)


def add_label_routes(router: APIRouter, get_service: Callable[..., ApiService]) -> None:
    """``GET /labels?iri=…&iri=…``: labels of many entities at once (for SPARQL results)."""
    service_dep = Annotated[ApiService, Depends(get_service)]

    @router.get("/labels", response_model=LabelList, summary="Labels of entities by IRI")
    def labels(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        iri: Annotated[
            list[str],
            Query(min_length=1, max_length=100, description="Entity IRIs (1 to 100)."),
        ],
    ) -> LabelList | Response:
        bad = [one for one in iri if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", one)]
        if bad:
            raise ApiError(422, "invalid_iri", f"not an absolute http(s) IRI: {bad[0][:80]!r}")

        def build() -> LabelList:
            refs = (service.ref(one, lang) for one in dict.fromkeys(iri))
            return LabelList(items=[ref for ref in refs if ref.labels])

        return conditional(request, response, service.generation, lang, build)


def add_entity_routes(router: APIRouter, get_service: Callable[..., ApiService]) -> None:
    """``GET /{collection}`` and ``GET /{collection}/{slug}`` for each collection."""
    for collection, kind in COLLECTIONS.items():
        _add_collection(router, get_service, collection, kind)


def _add_collection(
    router: APIRouter, get_service: Callable[..., ApiService], collection: str, kind: str
) -> None:
    service_dep = Annotated[ApiService, Depends(get_service)]

    @router.get(
        f"/{collection}",
        response_model=EntityList,
        summary=f"List {collection}",
        name=f"list_{collection}",
    )
    def listing(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> EntityList | Response:
        def build() -> EntityList:
            every = service.derived().catalogue.of_type(kind)
            page = [service.ref(e.iri, lang) for e in every[offset : offset + limit]]
            response.headers["Link"] = link_header(request, offset, limit, len(every))
            return EntityList(items=page, total=len(every), limit=limit, offset=offset)

        return conditional(request, response, service.generation, lang, build)

    @router.get(
        f"/{collection}/{{slug}}",
        response_model=EntityDetail,
        summary=f"One of the {collection}, with its facts and their sources",
        name=f"get_{kind}",
    )
    def detail(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        slug: Slug,
    ) -> EntityDetail | Response:
        iri = require_entity(service, kind, slug)
        return conditional(
            request,
            response,
            service.generation,
            lang,
            lambda: entity_detail(service, iri, lang),
        )


__all__ = [
    "SLUG_PATTERN",
    "add_entity_routes",
    "add_label_routes",
    "add_search_routes",
    "not_found",
    "require_entity",
]
