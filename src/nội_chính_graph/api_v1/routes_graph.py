"""Routes: bloc membership, a person's timeline, graph neighbourhood and paths."""

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from nội_chính_graph.api_v1.blocs import membership_for, membership_timeline
from nội_chính_graph.api_v1.deps import language
from nội_chính_graph.api_v1.facts import entity_exists
from nội_chính_graph.api_v1.graphs import cytoscape, neighbourhood_of, paths_between
from nội_chính_graph.api_v1.http import conditional
from nội_chính_graph.api_v1.models import (
    CytoscapeGraph,
    Membership,
    MembershipTimeline,
    Neighbourhood,
    PathsResult,
    PersonTimeline,
)
from nội_chính_graph.api_v1.people import person_timeline
from nội_chính_graph.api_v1.routes_entities import Slug, require_entity
from nội_chính_graph.api_v1.service import ApiService
from nội_chính_graph.errors import ApiError
from nội_chính_graph.graph.model import REIFIED_TYPES, expand_curie
from nội_chính_graph.queries.bind import iri as checked_iri

Format = Literal["json", "cytoscape"]


def _listed(values: list[str] | None, what: str, allowed: frozenset[str] | None) -> set[str]:
    """Values given repeated or comma-separated; checked against ``allowed`` when given."""
    found = {v.strip() for value in values or [] for v in value.split(",") if v.strip()}
    if allowed is not None and not found <= allowed:
        bad = sorted(found - allowed)
        raise ApiError(
            422,
            "invalid_request",
            f"Unknown {what}: {', '.join(bad)}; use {', '.join(sorted(allowed))}.",
            details={"parameter": what, "invalid": bad},
        )
    return found


def _entity(service: ApiService, value: str, parameter: str) -> str:
    node = checked_iri(value, parameter=parameter).value
    if not entity_exists(service, node):
        raise ApiError(
            404, "not_found", f"Nothing is known about {node!r}.", details={parameter: node}
        )
    return node


def add_membership_routes(router: APIRouter, get_service: Callable[..., ApiService]) -> None:
    """``GET /blocs/{slug}/membership`` and ``GET /people/{slug}/timeline``."""
    service_dep = Annotated[ApiService, Depends(get_service)]

    @router.get(
        "/blocs/{slug}/membership",
        response_model=Membership | MembershipTimeline,
        summary="A bloc's members, leader and deputy for a year (or every year)",
    )
    def membership(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        slug: Slug,
        year: Annotated[int | None, Query(ge=1945, le=2100)] = None,
        date: Annotated[dt.date | None, Query(description="YYYY-MM-DD")] = None,
    ) -> Membership | MembershipTimeline | Response:
        bloc = require_entity(service, "bloc", slug)
        if year is not None and date is not None and date.year != year:
            raise ApiError(
                422,
                "invalid_request",
                "year and date disagree; give one of them.",
                details={"year": year, "date": date.isoformat()},
            )

        def build() -> Membership | MembershipTimeline:
            if year is None and date is None:
                return membership_timeline(service, bloc, lang)
            return membership_for(service, bloc, lang, year, date)

        return conditional(request, response, service.generation, lang, build)

    @router.get(
        "/people/{slug}/timeline",
        response_model=PersonTimeline,
        summary="A person's posts, ranks and Party roles over time",
    )
    def timeline(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        slug: Slug,
    ) -> PersonTimeline | Response:
        person = require_entity(service, "person", slug)
        return conditional(
            request,
            response,
            service.generation,
            lang,
            lambda: person_timeline(service, person, lang),
        )


def add_graph_routes(
    router: APIRouter,
    get_service: Callable[..., ApiService],
    *,
    max_nodes: int = 5000,
    max_paths: int = 50,
) -> None:
    """``GET /graph/neighbourhood`` and ``GET /graph/path``; ``limit`` above the ceilings is 422."""
    service_dep = Annotated[ApiService, Depends(get_service)]

    @router.get(
        "/graph/neighbourhood",
        response_model=Neighbourhood | CytoscapeGraph,
        summary="The entities around one entity, with labelled edges",
    )
    def around(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        iri: Annotated[str, Query(max_length=2000, description="The centre entity's IRI.")],
        depth: Annotated[int, Query(ge=1, le=3)] = 1,
        limit: Annotated[int, Query(ge=1, le=max_nodes, description="Maximum nodes.")] = min(
            200, max_nodes
        ),
        types: Annotated[list[str] | None, Query(description="Node types to enter.")] = None,
        predicates: Annotated[
            list[str] | None, Query(description="Edge predicates (IRIs or CURIEs).")
        ] = None,
        reified: bool = False,
        format: Format = "json",
    ) -> Neighbourhood | CytoscapeGraph | Response:
        center = _entity(service, iri, "iri")
        kinds = _listed(types, "types", REIFIED_TYPES)
        props = {expand_curie(p) for p in _listed(predicates, "predicates", None)}

        def build() -> Neighbourhood | CytoscapeGraph:
            found = neighbourhood_of(
                service,
                center,
                lang,
                depth=depth,
                limit=limit,
                types=kinds or None,
                predicates=props or None,
                reified=reified,
            )
            if format == "cytoscape":
                return cytoscape(found.nodes, found.edges, found.truncated)
            return found

        return conditional(request, response, service.generation, lang, build)

    @router.get(
        "/graph/path",
        response_model=PathsResult | CytoscapeGraph,
        summary="The shortest connections between two entities",
    )
    def path(
        request: Request,
        response: Response,
        service: service_dep,
        lang: Annotated[str, Depends(language)],
        source: Annotated[str, Query(alias="from", max_length=2000)],
        target: Annotated[str, Query(alias="to", max_length=2000)],
        max: Annotated[int, Query(ge=1, le=8, description="Maximum path length.")] = 4,
        limit: Annotated[int, Query(ge=1, le=max_paths, description="Maximum paths.")] = min(
            5, max_paths
        ),
        reified: bool = False,
        format: Format = "json",
    ) -> PathsResult | CytoscapeGraph | Response:
        start, goal = _entity(service, source, "from"), _entity(service, target, "to")

        def build() -> PathsResult | CytoscapeGraph:
            found = paths_between(
                service, start, goal, lang, max_length=max, limit=limit, reified=reified
            )
            if format == "cytoscape":
                return cytoscape(found.nodes, found.edges, False)
            return found

        return conditional(request, response, service.generation, lang, build)


__all__ = ["add_graph_routes", "add_membership_routes"]
