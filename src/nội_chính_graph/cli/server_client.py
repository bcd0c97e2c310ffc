"""``ncg ingest`` through a running server: ``POST /api/v1/ingests`` with a steward token.

Used with ``--server URL``, and when the local store is held by ``ncg serve`` and a token is
given. The answer is the API's own JSON (a review, a commit result, or the one error shape).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx

from nội_chính_graph.errors import ApiError, NcgError
from nội_chính_graph.ingest.payload import TEXT, Submission
from nội_chính_graph.ingest.workflow import CommitResult, Review

_TIMEOUT = httpx.Timeout(120.0, connect=5.0)


@dataclass(frozen=True)
class ServerAnswer:
    """What the server answered: a review (dry run) or a commit, and the JSON as sent."""

    result: Review | CommitResult
    body: str


def _params(submission: Submission, dry_run: bool) -> dict[str, str]:
    params = {"dry_run": "true" if dry_run else "false"}
    if submission.source_url is not None:
        params["source_url"] = submission.source_url
    if submission.published is not None:
        params["published"] = submission.published.isoformat()
    if submission.title is not None:
        params["title"] = submission.title
    return params


def _error(response: httpx.Response) -> NcgError:
    try:
        error: dict[str, Any] = response.json()["error"]
        return ApiError(
            response.status_code, error["code"], error["message"], details=error["details"]
        )
    except (ValueError, KeyError, TypeError):
        return ApiError(response.status_code, "http_error", f"HTTP {response.status_code}")


def ingest_via_server(
    url: str, token: str, submission: Submission, *, dry_run: bool
) -> ServerAnswer:
    """Send ``submission`` to the server at ``url``; its errors come back as :class:`ApiError`.

    >>> ingest_via_server("http://127.0.0.1:9", "t", Submission(b"x", TEXT), dry_run=True)
    Traceback (most recent call last):
    ...
    nội_chính_graph.errors.ApiError: cannot reach the server at http://127.0.0.1:9: ...
    """
    media = f"{TEXT}; charset=utf-8" if submission.is_text else submission.media_type
    headers = {"Authorization": f"Bearer {token}", "Content-Type": media}
    endpoint = url.rstrip("/") + "/api/v1/ingests"
    try:
        response = httpx.post(
            endpoint,
            content=submission.body,
            params=_params(submission, dry_run),
            headers=headers,
            timeout=_TIMEOUT,
        )
    except httpx.HTTPError as exc:
        message = f"cannot reach the server at {url}: {exc}"
        raise ApiError(503, "server_unreachable", message) from exc
    if response.status_code >= 400:
        raise _error(response)
    model = Review if dry_run else CommitResult
    return ServerAnswer(model.model_validate_json(response.content), response.text)


__all__ = ["ServerAnswer", "ingest_via_server"]
