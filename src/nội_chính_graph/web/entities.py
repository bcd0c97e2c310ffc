"""Routes: ``/search``, ``/labels``, the collections (``/agencies`` …) and one entity
(``/agencies/{slug}``)."""

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from nội_chính_graph.errors import ApiError
from nội_chính_graph.queries.ids import COLLECTIONS, entity_iri
from nội_chính_graph.views.facts import entity_detail, entity_exists
from nội_chính_graph.views.models import (
    EntityDetail,
    EntityList,
    LabelList,
    SearchItem,
    SearchResults,
)
from nội_chính_graph.views.service import ReadService
from nội_chính_graph.web.deps import LanguageDep, Limit, Offset, ReadServiceDep, Slug
from nội_chính_graph.web.http import conditional, link_header

SearchType = Literal[
    "agency", "person", "bloc", "event", "party-organ", "organisation", "province", "force"
]
_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`]+")

router = APIRouter()


def not_found(kind: str, slug: str) -> ApiError:
    """The 404 for an unknown entity."""
    return ApiError(
        404,
        "not_found",
        f"No {kind} with slug {slug!r}.",
        details={"type": kind, "slug": slug, "id": entity_iri(kind, slug)},
    )


def require_entity(service: ReadService, kind: str, slug: str) -> str:
    """The IRI of an existing entity, or a 404."""
    iri = entity_iri(kind, slug)
    if not entity_exists(service, iri):
        raise not_found(kind, slug)
    return iri


@router.get("/search", response_model=SearchResults, summary="Find entities by name")
def search(
    request: Request,
    response: Response,
    service: ReadServiceDep,
    lang: LanguageDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Name, any spelling.")],
    type: Annotated[list[SearchType] | None, Query(description="Entity types.")] = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> SearchResults | Response:
    def build() -> SearchResults:
        hits, total = service.derived().index.search(q, type, limit=limit, offset=offset)
        items = [
            SearchItem(
                **service.ref(h.entity.iri, lang).model_dump(), score=h.score, matched=h.matched
            )
            for h in hits
        ]
        response.headers["Link"] = link_header(request, offset, limit, total)
        return SearchResults(query=q, items=items, total=total, limit=limit, offset=offset)

    return conditional(request, response, service.generation, lang, build)


# Labels of many entities at once (for SPARQL results).
@router.get("/labels", response_model=LabelList, summary="Labels of entities by IRI")
def labels(
    request: Request,
    response: Response,
    service: ReadServiceDep,
    lang: LanguageDep,
    iri: Annotated[
        list[str], Query(min_length=1, max_length=100, description="Entity IRIs (1 to 100).")
    ],
) -> LabelList | Response:
    bad = [one for one in iri if not _IRI.fullmatch(one)]
    if bad:
        raise ApiError(422, "invalid_iri", f"not an absolute http(s) IRI: {bad[0][:80]!r}")

    def build() -> LabelList:
        refs = (service.ref(one, lang) for one in dict.fromkeys(iri))
        return LabelList(items=[ref for ref in refs if ref.labels])

    return conditional(request, response, service.generation, lang, build)


def _add_collection(collection: str, kind: str) -> None:
    """``GET /{collection}`` and ``GET /{collection}/{slug}`` for one collection."""

    @router.get(
        f"/{collection}",
        response_model=EntityList,
        summary=f"List {collection}",
        name=f"list_{collection}",
    )
    def listing(
        request: Request,
        response: Response,
        service: ReadServiceDep,
        lang: LanguageDep,
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
        service: ReadServiceDep,
        lang: LanguageDep,
        slug: Slug,
    ) -> EntityDetail | Response:
        iri = require_entity(service, kind, slug)
        return conditional(
            request, response, service.generation, lang, lambda: entity_detail(service, iri, lang)
        )


for _collection, _kind in COLLECTIONS.items():
    _add_collection(_collection, _kind)


__all__ = ["not_found", "require_entity", "router"]
