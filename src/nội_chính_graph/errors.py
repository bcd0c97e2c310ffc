"""The one error model of the service: every error body is ``{"error": {code, message, details}}``.

Library code raises :class:`NcgError` subclasses (they carry an HTTP status but import nothing
from the web stack); :func:`install_error_handlers` turns them, request validation errors and
Starlette's own HTTP errors into that single JSON shape.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    from fastapi import FastAPI, Request
    from fastapi.responses import JSONResponse


class ErrorDetail(BaseModel):
    """What went wrong: a stable machine code, a human message, and structured details."""

    code: str = Field(description="Stable machine-readable error code, e.g. 'query_syntax'.")
    message: str = Field(description="Human-readable explanation, saying what and where.")
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class NcgError(Exception):
    """Base of every error the library raises on purpose.

    >>> NcgError("boom").code
    'internal'
    """

    status: int = 500
    code: str = "internal"

    def __init__(self, message: str, *, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details or {}

    def body(self) -> ErrorBody:
        """The error as the response body model."""
        return ErrorBody(
            error=ErrorDetail(code=self.code, message=self.message, details=self.details)
        )


class ApiError(NcgError):
    """An error with an explicit status and code, raised by routes.

    >>> ApiError(400, "missing_query", "no query").status
    400
    """

    def __init__(
        self, status: int, code: str, message: str, *, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message, details=details)
        self.status = status
        self.code = code


class QuerySyntaxError(NcgError):
    """The SPARQL text does not parse; ``details`` carries ``line`` and ``column`` when known."""

    status = 400
    code = "query_syntax"


class QueryRefusedError(NcgError):
    """A well-formed query this service will not run (e.g. ``SERVICE`` when not allowed)."""

    status = 400
    code = "query_refused"


class QueryTimeoutError(NcgError):
    """The query ran past the configured timeout and was stopped."""

    status = 503
    code = "query_timeout"


class ServiceBusyError(NcgError):
    """No query worker became free in time."""

    status = 503
    code = "service_busy"


class NotAcceptableError(NcgError):
    """No result format the client accepts fits the result."""

    status = 406
    code = "not_acceptable"


class StoreError(NcgError):
    """The store failed (I/O, remote server error, bad data)."""

    status = 502
    code = "store_error"


class StoreUnavailableError(StoreError):
    """The store cannot be reached (a remote server down or not answering): try again later."""

    status = 503
    code = "store_unavailable"


class DataFormatError(NcgError):
    """RDF data could not be parsed or its format is unknown."""

    status = 400
    code = "data_format"


def error_response(status: int, code: str, message: str, details: dict[str, Any]) -> JSONResponse:
    """Build a JSON response in the one error shape."""
    from fastapi.responses import JSONResponse

    body = ErrorBody(error=ErrorDetail(code=code, message=message, details=details))
    return JSONResponse(body.model_dump(), status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    """Make every error ``app`` returns use :class:`ErrorBody`."""
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    async def on_ncg(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, NcgError)
        return error_response(exc.status, exc.code, exc.message, exc.details)

    async def on_validation(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {"loc": [str(part) for part in err.get("loc", ())], "msg": str(err.get("msg", ""))}
            for err in exc.errors()
        ]
        return error_response(422, "invalid_request", "The request is invalid.", {"errors": errors})

    async def on_http(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        response = error_response(exc.status_code, code, str(exc.detail), {})
        response.headers.update(exc.headers or {})
        return response

    async def on_unexpected(_: Request, exc: Exception) -> JSONResponse:
        # A bug, not a client error: the one shape still, and nothing of the internals.
        return error_response(500, "internal", "An unexpected error occurred.", {})

    app.add_exception_handler(Exception, on_unexpected)
    app.add_exception_handler(NcgError, on_ncg)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(HTTPException, on_http)


__all__ = [
    "ApiError",
    "DataFormatError",
    "ErrorBody",
    "ErrorDetail",
    "NcgError",
    "NotAcceptableError",
    "QueryRefusedError",
    "QuerySyntaxError",
    "QueryTimeoutError",
    "ServiceBusyError",
    "StoreError",
    "StoreUnavailableError",
    "error_response",
    "install_error_handlers",
]
