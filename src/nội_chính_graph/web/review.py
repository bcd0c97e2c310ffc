"""Routes: ``/api/v1/review``: what ingests minted, and the steward actions on it.

``GET /review`` lists the unreviewed entities (public, like every read). ``POST /review``
applies one action (confirm, rename, set-kind, set-parent, merge) and ``DELETE
/review/actions/{id}`` reverts one; both need a steward's bearer token and are audited.
"""

from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from nội_chính_graph.errors import ErrorBody
from nội_chính_graph.ingest.review import ReviewAction, ReviewItem, ReviewRecord, ReviewRevert
from nội_chính_graph.web.deps import StewardDep, WorkflowDep

_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "An IRI that is not one"},
    401: {"model": ErrorBody, "description": "No bearer token"},
    403: {"model": ErrorBody, "description": "Bearer token not valid for writes"},
    404: {"model": ErrorBody, "description": "Not a minted entity, or no such action"},
    409: {"model": ErrorBody, "description": "The action changes nothing"},
    422: {"model": ErrorBody, "description": "The action cannot apply (what is missing)"},
}


router = APIRouter(tags=["ingest"])


@router.get(
    "/review",
    response_model=list[ReviewItem],
    tags=["review"],
    summary="Entities ingests minted that no steward has reviewed yet",
)
async def pending(workflow: WorkflowDep) -> list[ReviewItem]:
    return await run_in_threadpool(workflow.desk.pending)


@router.post(
    "/review",
    response_model=ReviewRecord,
    status_code=201,
    responses=_WRITE_ERRORS,
    tags=["review"],
    summary="Confirm, rename, set the kind or parent of, or merge a minted entity",
)
async def act(action: ReviewAction, workflow: WorkflowDep, steward: StewardDep) -> ReviewRecord:
    return await run_in_threadpool(workflow.desk.apply, action, steward.name)


@router.get(
    "/review/actions",
    response_model=list[ReviewRecord],
    tags=["review"],
    summary="Review actions in force, oldest first",
)
async def actions(workflow: WorkflowDep) -> list[ReviewRecord]:
    return await run_in_threadpool(workflow.desk.records)


@router.get(
    "/review/actions/{review_id}",
    response_model=ReviewRecord,
    responses={404: {"model": ErrorBody}},
    tags=["review"],
)
async def action(review_id: str, workflow: WorkflowDep) -> ReviewRecord:
    return await run_in_threadpool(workflow.desk.record, review_id)


@router.delete(
    "/review/actions/{review_id}",
    response_model=ReviewRevert,
    responses=_WRITE_ERRORS,
    tags=["review"],
    summary="Revert a review action exactly",
)
async def revert(review_id: str, workflow: WorkflowDep, steward: StewardDep) -> ReviewRevert:
    return await run_in_threadpool(workflow.desk.revert, review_id, steward.name)


__all__ = ["router"]
