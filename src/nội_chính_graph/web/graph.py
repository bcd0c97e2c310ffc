"""Routes: bloc membership, a person's timeline, graph neighbourhood and paths."""

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError

from nội_chính_graph.errors import ApiError
from nội_chính_graph.graph.model import REIFIED_TYPES, expand_curie
from nội_chính_graph.queries.bind import iri as checked_iri
from nội_chính_graph.views.blocs import membership_for, membership_timeline
from nội_chính_graph.views.facts import entity_exists
from nội_chính_graph.views.graphs import cytoscape, neighbourhood_of, paths_between
from nội_chính_graph.views.models import (
    CytoscapeGraph,
    Membership,
    MembershipTimeline,
    Neighbourhood,
    PathsResult,
    PersonTimeline,
)
from nội_chính_graph.views.people import person_timeline
from nội_chính_graph.views.service import ReadService
from nội_chính_graph.web.deps import LanguageDep, ReadServiceDep, SettingsDep, Slug
from nội_chính_graph.web.entities import require_entity
from nội_chính_graph.web.http import conditional

Format = Literal["json", "cytoscape"]

router = APIRouter()


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


def _entity(service: ReadService, value: str, parameter: str) -> str:
    node = checked_iri(value, parameter=parameter).value
    if not entity_exists(service, node):
        raise ApiError(
            404, "not_found", f"Nothing is known about {node!r}.", details={parameter: node}
        )
    return node


def _capped(limit: int | None, default: int, ceiling: int) -> int:
    """``limit`` (or the default) checked against a ceiling from the settings.

    The ceiling is a setting, so it cannot sit in the parameter's declaration of a module-level
    route; it is checked here and refused exactly as FastAPI refuses a ``le=`` bound (422, the
    same error entry).
    """
    if limit is None:
        return min(default, ceiling)
    if limit > ceiling:
        raise RequestValidationError(
            [
                {
                    "type": "less_than_equal",
                    "loc": ("query", "limit"),
                    "msg": f"Input should be less than or equal to {ceiling}",
                    "input": str(limit),
                    "ctx": {"le": ceiling},
                }
            ]
        )
    return limit


@router.get(
    "/blocs/{slug}/membership",
    response_model=Membership | MembershipTimeline,
    summary="A bloc's members, leader and deputy for a year (or every year)",
)
def membership(
    request: Request,
    response: Response,
    service: ReadServiceDep,
    lang: LanguageDep,
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
    service: ReadServiceDep,
    lang: LanguageDep,
    slug: Slug,
) -> PersonTimeline | Response:
    person = require_entity(service, "person", slug)
    return conditional(
        request, response, service.generation, lang, lambda: person_timeline(service, person, lang)
    )


@router.get(
    "/graph/neighbourhood",
    response_model=Neighbourhood | CytoscapeGraph,
    summary="The entities around one entity, with labelled edges",
)
def around(
    request: Request,
    response: Response,
    service: ReadServiceDep,
    settings: SettingsDep,
    lang: LanguageDep,
    iri: Annotated[str, Query(max_length=2000, description="The centre entity's IRI.")],
    depth: Annotated[int, Query(ge=1, le=3)] = 1,
    limit: Annotated[
        int | None,
        Query(
            ge=1, description="Maximum nodes (default 200; at most NCG_MAX_NEIGHBOURHOOD_NODES)."
        ),
    ] = None,
    types: Annotated[list[str] | None, Query(description="Node types to enter.")] = None,
    predicates: Annotated[
        list[str] | None, Query(description="Edge predicates (IRIs or CURIEs).")
    ] = None,
    reified: bool = False,
    format: Format = "json",
) -> Neighbourhood | CytoscapeGraph | Response:
    nodes = _capped(limit, 200, settings.max_neighbourhood_nodes)
    center = _entity(service, iri, "iri")
    kinds = _listed(types, "types", REIFIED_TYPES)
    props = {expand_curie(p) for p in _listed(predicates, "predicates", None)}

    def build() -> Neighbourhood | CytoscapeGraph:
        found = neighbourhood_of(
            service,
            center,
            lang,
            depth=depth,
            limit=nodes,
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
    service: ReadServiceDep,
    settings: SettingsDep,
    lang: LanguageDep,
    source: Annotated[str, Query(alias="from", max_length=2000)],
    target: Annotated[str, Query(alias="to", max_length=2000)],
    max: Annotated[int, Query(ge=1, le=8, description="Maximum path length.")] = 4,
    limit: Annotated[
        int | None, Query(ge=1, description="Maximum paths (default 5; at most NCG_MAX_PATHS).")
    ] = None,
    reified: bool = False,
    format: Format = "json",
) -> PathsResult | CytoscapeGraph | Response:
    paths = _capped(limit, 5, settings.max_paths)
    start, goal = _entity(service, source, "from"), _entity(service, target, "to")

    def build() -> PathsResult | CytoscapeGraph:
        found = paths_between(
            service, start, goal, lang, max_length=max, limit=paths, reified=reified
        )
        if format == "cytoscape":
            return cytoscape(found.nodes, found.edges, False)
        return found

    return conditional(request, response, service.generation, lang, build)


__all__ = ["router"]
