"""Fuzz every operation of the service's OpenAPI schema with schemathesis, on 127.0.0.1.

Each generated request (valid and invalid parameters, headers, bodies) goes to a real uvicorn
server running ``create_app(Settings(store="memory"))`` with the shipped data. Two properties
are checked on every response:

* no 5xx, except a 503 the service means to send (``query_timeout``, ``service_busy``);
* every 4xx/5xx body is the one error shape ``{"error": {"code", "message", "details"}}``.

``tests/reliability/test_fuzz_api.py`` runs a bounded number of cases; run more with::

    python bench/fuzz_api.py --examples 500 --out bench/results/fuzz-api.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import hypothesis
import requests
import schemathesis
import uvicorn
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given
from hypothesis import strategies as st
from pydantic import SecretStr
from schemathesis.generation.modes import GenerationMode

from api.app import create_app
from nội_chính_graph.config import Settings

#: 503s the service sends on purpose (a query past its deadline, no free worker).
INTENDED_503 = frozenset({"query_timeout", "service_busy"})


@dataclass
class OperationReport:
    """What one operation answered to the cases sent to it."""

    cases: int = 0
    statuses: Counter[int] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The report as plain JSON values."""
        return {
            "cases": self.cases,
            "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
            "failures": self.failures[:20],
        }


def error_shape_problem(body: bytes) -> str | None:
    """Why ``body`` is not the one error shape, or None when it is.

    >>> error_shape_problem(b'{"error": {"code": "x", "message": "y", "details": {}}}') is None
    True
    >>> error_shape_problem(b'Internal Server Error')
    'not JSON'
    """
    try:
        data = json.loads(body)
    except ValueError:
        return "not JSON"
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(data, dict) or set(data) != {"error"} or not isinstance(error, dict):
        return "not {'error': {...}}"
    if set(error) != {"code", "message", "details"}:
        return f"error keys {sorted(error)}"
    if not (isinstance(error["code"], str) and isinstance(error["message"], str)):
        return "code/message not strings"
    return None if isinstance(error["details"], dict) else "details not an object"


def check_response(status: int, body: bytes) -> str | None:
    """The property every response must have; the problem found, or None."""
    if status < 400:
        return None
    problem = error_shape_problem(body)
    if problem is not None:
        return f"{status} body {problem}: {body[:200]!r}"
    code = json.loads(body)["error"]["code"]
    if status >= 500 and not (status == 503 and code in INTENDED_503):
        return f"{status} {code}: {body[:300]!r}"
    return None


def strategy(operation: Any) -> st.SearchStrategy[Any]:
    """Cases that fit the schema and cases that break it, for one operation."""
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    return st.one_of(*(operation.as_strategy(generation_mode=mode) for mode in modes))


def fuzz_operation(
    operation: Any,
    base_url: str,
    examples: int,
    session: requests.Session,
    headers: dict[str, str] | None = None,
) -> OperationReport:
    """Send ``examples`` generated cases to one operation and check each response."""
    report = OperationReport()

    @hypothesis.settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategy(operation))
    def run(case: Any) -> None:
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=60)
        report.cases += 1
        report.statuses[response.status_code] += 1
        problem = check_response(response.status_code, response.content)
        if problem is not None:
            report.failures.append(f"{case.as_curl_command()}\n    {problem}")

    run()
    return report


def fuzz(
    base_url: str, examples: int, headers: dict[str, str] | None = None
) -> dict[str, OperationReport]:
    """Fuzz every operation of the schema served at ``base_url`` (``headers`` on every call)."""
    schema = schemathesis.openapi.from_url(f"{base_url}/openapi.json")
    reports: dict[str, OperationReport] = {}
    with requests.Session() as session:
        for result in schema.get_all_operations():
            operation = result.ok()  # type: ignore[union-attr]
            label = f"{operation.method.upper()} {operation.path}"
            reports[label] = fuzz_operation(operation, base_url, examples, session, headers)
    return reports


#: The steward token the fuzzer writes with (writes go to an in-memory store).
FUZZ_TOKEN = "fuzz-token-0123456789"
WRITE_HEADERS = {"Authorization": f"Bearer {FUZZ_TOKEN}"}


def fuzz_settings(**overrides: Any) -> Settings:
    """Settings of the fuzzed app: the shipped data in memory, short limits, one steward."""
    base = Settings(
        store="memory",
        data_dir=Path(tempfile.mkdtemp(prefix="ncg-fuzz-")) / "store",  # the audit log goes beside
        query_timeout=5.0,
        max_rows=500,
        query_workers=2,
        max_body_bytes=200_000,
        api_tokens=SecretStr(f"fuzzer:{FUZZ_TOKEN}"),
    )
    return base.model_copy(update=overrides)


@contextmanager
def serve(settings: Settings) -> Iterator[tuple[FastAPI, str]]:
    """Run ``create_app(settings)`` with uvicorn in a thread on 127.0.0.1; yield it and its URL."""
    app = create_app(settings)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield app, f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


def summary(reports: dict[str, OperationReport], seconds: float) -> dict[str, Any]:
    """Totals over every operation."""
    statuses: Counter[int] = Counter()
    for report in reports.values():
        statuses.update(report.statuses)
    return {
        "operations": len(reports),
        "cases": sum(r.cases for r in reports.values()),
        "failures": sum(len(r.failures) for r in reports.values()),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "seconds": round(seconds, 1),
        "per_operation": {label: r.as_json() for label, r in reports.items()},
    }


def main(argv: list[str] | None = None) -> int:
    """Fuzz the app and print (or write) the summary; exit 1 when a property failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=300, help="cases per operation")
    parser.add_argument("--out", type=Path, help="write the JSON summary here")
    args = parser.parse_args(argv)
    started = time.monotonic()
    with serve(fuzz_settings()) as (_, url):
        reports = fuzz(url, args.examples, WRITE_HEADERS)
    result = summary(reports, time.monotonic() - started)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "per_operation"}, indent=2))
    for label, report in reports.items():
        for failure in report.failures[:3]:
            print(f"FAIL {label}: {failure}", file=sys.stderr)
    return 1 if result["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
