"""Schemathesis over the app's own OpenAPI schema, every operation, schema-valid and invalid
cases (a few thousand in all, writes with a steward's token): no unintended 5xx, and every
error in the one error shape. ``bench/fuzz_api.py`` runs the same with more cases."""

from __future__ import annotations

from bench.fuzz_api import WRITE_HEADERS, check_response, fuzz, fuzz_settings, serve, summary

EXAMPLES_PER_OPERATION = 100


def test_check_response_catches_what_it_should() -> None:
    assert check_response(500, b"Internal Server Error") is not None
    assert check_response(404, b'{"detail": "Not Found"}') is not None
    assert check_response(502, b'{"error": {"code": "store_error", "message": "m", "details": {}}}')
    assert (
        check_response(503, b'{"error": {"code": "query_timeout", "message": "", "details": {}}}')
        is None
    )
    assert check_response(200, b"anything") is None


def test_every_operation_answers_every_case_without_5xx_in_the_error_shape() -> None:
    with serve(fuzz_settings()) as (_, url):
        reports = fuzz(url, EXAMPLES_PER_OPERATION, WRITE_HEADERS)
    result = summary(reports, 0.0)
    assert result["operations"] >= 25
    assert result["cases"] >= 2_000
    assert {"POST /api/v1/ingests", "GET /sparql", "GET /api/v1/graph/neighbourhood"} <= set(
        reports
    )
    failures = [f"{label}: {f}" for label, r in reports.items() for f in r.failures]
    assert not failures, "\n".join(failures[:10])
    assert not any(int(status) >= 500 for status in result["statuses"])
