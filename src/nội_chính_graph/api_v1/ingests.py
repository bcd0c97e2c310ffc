"""``/api/v1/validate`` and ``/api/v1/ingests``: validation, review, commit and revert.

``app.include_router(ingests_router(get_store, get_settings))``. Reads (``GET``) and
``POST /validate`` are public; ``POST /ingests`` (dry run included) and ``DELETE`` need a
bearer token (see :mod:`nội_chính_graph.auth`). Blocking work runs in the thread pool.
"""

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from nội_chính_graph.api_v1.review import add_review_routes
from nội_chính_graph.auth import AuthError, Steward, steward_dependency
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import ApiError, ErrorBody
from nội_chính_graph.ingest.audit import AuditLog, audit_path
from nội_chính_graph.ingest.payload import Submission, media_type
from nội_chính_graph.ingest.records import IngestRecord
from nội_chính_graph.ingest.workflow import CommitResult, IngestWorkflow, RevertResult, Review
from nội_chính_graph.store.base import Store
from nội_chính_graph.validation.engine import Validator
from nội_chính_graph.validation.incremental import ValidationOutcome

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


class WorkflowRegistry:
    """One :class:`IngestWorkflow` per store object; the shapes are parsed once for all."""

    def __init__(self, audit_file: Path | None = None, validator: Validator | None = None) -> None:
        self._audit_file = audit_file
        self._validator = validator
        self._workflows: dict[int, tuple[Store, IngestWorkflow]] = {}
        self._lock = threading.Lock()

    def audit(self, settings: Settings) -> AuditLog:
        """The audit log for ``settings`` (or the file given to the registry)."""
        return AuditLog(self._audit_file or audit_path(settings))

    def for_store(self, store: Store, settings: Settings) -> IngestWorkflow:
        """The workflow of ``store``, built on first use."""
        with self._lock:
            known = self._workflows.get(id(store))
            if known is not None and known[0] is store:
                return known[1]
            self._validator = self._validator or Validator()
            workflow = IngestWorkflow(store, self._validator, self.audit(settings))
            self._workflows[id(store)] = (store, workflow)
            return workflow


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


def ingests_router(
    get_store: Callable[..., Store],
    get_settings: Callable[..., Settings],
    *,
    prefix: str = "/api/v1",
    registry: WorkflowRegistry | None = None,
) -> APIRouter:
    """The validation and ingest routes. ``get_store`` / ``get_settings`` are the app's
    dependencies (tests override them); pass a ``registry`` to choose the audit file."""
    registry = registry or WorkflowRegistry()
    router = APIRouter(prefix=prefix, tags=["ingest"])

    def get_workflow(
        store: Annotated[Store, Depends(get_store)],
        settings: Annotated[Settings, Depends(get_settings)],
    ) -> IngestWorkflow:
        return registry.for_store(store, settings)

    def refused(request: Request, settings: Settings, exc: AuthError) -> None:
        registry.audit(settings).append(
            "refused",
            method=request.method,
            path=request.url.path,
            status=exc.status,
            reason=exc.code,
        )

    require_steward = steward_dependency(get_settings, refused)
    Workflow = Annotated[IngestWorkflow, Depends(get_workflow)]  # noqa: N806
    Writer = Annotated[Steward, Depends(require_steward)]  # noqa: N806
    SettingsDep = Annotated[Settings, Depends(get_settings)]  # noqa: N806

    @router.post(
        "/validate",
        response_model=ValidationOutcome,
        responses=_ERRORS,
        openapi_extra=_BODY_DOC,
        summary="SHACL report for a payload, checked with the part of the graph it touches",
    )
    async def validate(
        request: Request,
        workflow: Workflow,
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
        workflow: Workflow,
        steward: Writer,
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
    async def list_ingests(workflow: Workflow) -> list[IngestRecord]:
        return await run_in_threadpool(workflow.records)

    @router.get(
        "/ingests/{ingest_id}",
        response_model=IngestRecord,
        responses={404: {"model": ErrorBody}},
        name="get_ingest",
    )
    async def get_ingest(ingest_id: str, workflow: Workflow) -> IngestRecord:
        return await run_in_threadpool(workflow.record, ingest_id)

    @router.delete(
        "/ingests/{ingest_id}",
        response_model=RevertResult,
        responses={**_ERRORS, 404: {"model": ErrorBody}},
        summary="Revert an ingest: the graph returns exactly to its state before",
    )
    async def delete_ingest(ingest_id: str, workflow: Workflow, steward: Writer) -> RevertResult:
        return await run_in_threadpool(workflow.revert, ingest_id, steward.name)

    add_review_routes(router, get_workflow, require_steward)
    return router


__all__ = ["WorkflowRegistry", "ingests_router", "read_submission"]
