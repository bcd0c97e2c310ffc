"""The JSON API under ``/api/v1``: search, entities with facts and sources, bloc membership,
timelines, graph neighbourhoods and paths, and the ingest and review routes."""

from fastapi import APIRouter

from nội_chính_graph.web import entities, graph, ingests, review

PREFIX = "/api/v1"

router = APIRouter(prefix=PREFIX)
router.include_router(entities.router, tags=["api v1"])
router.include_router(graph.router, tags=["api v1"])
router.include_router(ingests.router)
router.include_router(review.router)

__all__ = ["PREFIX", "router"]
