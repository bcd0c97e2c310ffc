"""Routes: ``/api/v1/validate`` and ``/api/v1/ingests``: validation, review, commit and revert.

Reads (``GET``) and ``POST /validate`` are public; ``POST /ingests`` (dry run included) and
``DELETE`` need a bearer token (see :mod:`nội_chính_graph.auth`). Blocking work runs in the
thread pool.
"""

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from nội_chính_graph.errors import ApiError, ErrorBody
from nội_chính_graph.ingest.payload import Submission, media_type
from nội_chính_graph.ingest.records import IngestRecord
from nội_chính_graph.ingest.workflow import CommitResult, RevertResult, Review
from nội_chính_graph.validation.incremental import ValidationOutcome
from nội_chính_graph.web.deps import SettingsDep, StewardDep, WorkflowDep

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Malformed RDF (with line and column) or text"},
    401: {"model": ErrorBody, "description": "No bearer token"},
    403: {"model": ErrorBody, "description": "Bearer token not valid for writes"},
    413: {"model": ErrorBody, "description": "Payload larger than max_body_bytes"},
    415: {"model": ErrorBody, "description": "Unsupported Content-Type"},
}
_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            m: {"schema": {"type": "string"}}
            for m in (
                "text/plain",
                "text/turtle",
                "application/trig",
                "application/n-triples",
                "application/n-quads",
                "application/ld+json",
            )
        },
    }
}


async def read_submission(
    request: Request,
    limit: int,
    source_url: str | None,
    published: dt.date | None,
    title: str | None,
) -> Submission:
    """The request body as a :class:`Submission` (415 for other media types, 413 if too big)."""
    media = media_type(request.headers.get("content-type"))
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _too_large(limit)
    return Submission(bytes(body), media, source_url, published, title)


def _too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"The payload exceeds {limit} bytes.",
        details={"max_body_bytes": limit},
    )


SourceUrl = Annotated[
    str | None, Query(max_length=2000, description="URL of the report (text payloads).")
]
Published = Annotated[dt.date | None, Query(description="Publication date, YYYY-MM-DD.")]
Title = Annotated[str | None, Query(max_length=500, description="Headline of the report.")]


router = APIRouter(tags=["ingest"])


@router.post(
    "/validate",
    response_model=ValidationOutcome,
    responses=_ERRORS,
    openapi_extra=_BODY_DOC,
    summary="SHACL report for a payload, checked with the part of the graph it touches",
)
async def validate(
    request: Request,
    workflow: WorkflowDep,
    settings: SettingsDep,
    source_url: SourceUrl = None,
    published: Published = None,
    title: Title = None,
) -> ValidationOutcome:
    submission = await read_submission(
        request, settings.max_body_bytes, source_url, published, title
    )
    return await run_in_threadpool(workflow.validate, submission)


@router.post(
    "/ingests",
    response_model=Review | CommitResult,
    responses={
        **_ERRORS,
        409: {"model": ErrorBody, "description": "SHACL violations"},
        422: {"model": ErrorBody, "description": "Nothing to extract from the text"},
    },
    openapi_extra=_BODY_DOC,
    status_code=201,
    summary="Ingest report text or RDF (dry_run=true: review without writing)",
)
async def ingest(
    request: Request,
    response: Response,
    workflow: WorkflowDep,
    steward: StewardDep,
    settings: SettingsDep,
    dry_run: Annotated[bool, Query(description="Review only; write nothing.")] = False,
    source_url: SourceUrl = None,
    published: Published = None,
    title: Title = None,
) -> Review | CommitResult:
    submission = await read_submission(
        request, settings.max_body_bytes, source_url, published, title
    )
    if dry_run:
        response.status_code = 200
        return await run_in_threadpool(workflow.review, submission, steward.name)
    result = await run_in_threadpool(workflow.commit, submission, steward.name)
    response.status_code = 201 if result.created else 200
    if result.created:
        response.headers["Location"] = str(
            request.url_for("get_ingest", ingest_id=result.record.id)
        )
    return result


@router.get("/ingests", response_model=list[IngestRecord], summary="Committed ingests")
async def list_ingests(workflow: WorkflowDep) -> list[IngestRecord]:
    return await run_in_threadpool(workflow.records)


@router.get(
    "/ingests/{ingest_id}",
    response_model=IngestRecord,
    responses={404: {"model": ErrorBody}},
    name="get_ingest",
)
async def get_ingest(ingest_id: str, workflow: WorkflowDep) -> IngestRecord:
    return await run_in_threadpool(workflow.record, ingest_id)


@router.delete(
    "/ingests/{ingest_id}",
    response_model=RevertResult,
    responses={**_ERRORS, 404: {"model": ErrorBody}},
    summary="Revert an ingest: the graph returns exactly to its state before",
)
async def delete_ingest(ingest_id: str, workflow: WorkflowDep, steward: StewardDep) -> RevertResult:
    return await run_in_threadpool(workflow.revert, ingest_id, steward.name)


__all__ = ["read_submission", "router"]
