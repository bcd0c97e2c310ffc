"""Every write path of the app (found in its OpenAPI schema) without a token, with a wrong one,
with a malformed header and with another steward's token; tokens never reach logs, the audit
file or any response; every configured token is compared in constant time."""

from __future__ import annotations

import hmac
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from nội_chính_graph import auth
from nội_chính_graph.config import Settings
from tests.reliability.conftest import ROOT, assert_error_shape

ALICE, BOB = "alice-7f3a9c1e5b2d", "bob-0d4e8a6c2f1b"
TOKENS = f"alice:{ALICE},bob:{BOB}"
# A new text (one more newline than the curated report) whose facts fit the graph.
REPORT = ROOT / "data" / "reports" / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
PUBLIC_WRITES = {("post", "/sparql"), ("post", "/api/v1/validate")}
BAD_HEADERS = {
    "none": {},
    "empty bearer": {"authorization": "Bearer "},
    "basic": {"authorization": f"Basic {ALICE}"},
    "no scheme": {"authorization": ALICE},
}
WRONG = {
    "wrong": {"authorization": "Bearer not-a-token"},
    "prefix of alice's": {"authorization": f"Bearer {ALICE[:-1]}"},
    "alice's plus one": {"authorization": f"Bearer {ALICE}x"},
    "both joined": {"authorization": f"Bearer {ALICE},{BOB}"},
    "name:token": {"authorization": f"Bearer alice:{ALICE}"},
}


def test_fixture_report_exists() -> None:
    assert REPORT.is_file()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        store="memory", data_dir=tmp_path / "store", api_tokens=SecretStr(TOKENS), port=0
    )
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def write_paths(client: TestClient) -> list[tuple[str, str]]:
    """Every non-GET operation except the public ones, with path parameters filled in."""
    paths = client.get("/openapi.json").json()["paths"]
    return [
        (method, path.replace("{ingest_id}", "0123456789abcdef"))
        for path, ops in paths.items()
        for method in ops
        if method not in ("get", "head", "options") and (method, path) not in PUBLIC_WRITES
    ]


def send(client: TestClient, method: str, path: str, headers: dict[str, str]) -> Any:
    return client.request(
        method,
        path,
        content=REPORT.read_bytes() + b"\n",
        headers={"content-type": "text/plain"} | headers,
    )


def test_write_paths_were_found(client: TestClient) -> None:
    assert {("post", "/api/v1/ingests"), ("delete", "/api/v1/ingests/0123456789abcdef")} <= set(
        write_paths(client)
    )


@pytest.mark.parametrize("case", sorted(BAD_HEADERS))
def test_every_write_without_a_token_is_401(client: TestClient, case: str) -> None:
    before = client.app.state.store.count()  # type: ignore[attr-defined]
    for method, path in write_paths(client):
        response = send(client, method, path, BAD_HEADERS[case])
        assert response.status_code == 401, (method, path)
        assert assert_error_shape(response.content) == "unauthenticated"
    assert client.app.state.store.count() == before  # type: ignore[attr-defined]


@pytest.mark.parametrize("case", sorted(WRONG))
def test_every_write_with_a_wrong_token_is_403(client: TestClient, case: str) -> None:
    before = client.app.state.store.count()  # type: ignore[attr-defined]
    for method, path in write_paths(client):
        response = send(client, method, path, WRONG[case])
        assert response.status_code == 403, (method, path)
        assert assert_error_shape(response.content) == "forbidden"
    assert client.app.state.store.count() == before  # type: ignore[attr-defined]


def test_a_token_is_checked_before_a_huge_body_is_read(client: TestClient) -> None:
    response = client.post(
        "/api/v1/ingests",
        content=b"x" * 20_000_000,
        headers={"content-type": "text/plain", "authorization": "Bearer nope"},
    )
    assert response.status_code == 403


def test_another_stewards_token_of_another_deployment_is_refused(tmp_path: Path) -> None:
    only_alice = Settings(
        store="memory",
        data_dir=tmp_path / "other",
        api_tokens=SecretStr(f"alice:{ALICE}"),
        load_data_on_start=False,
    )
    with TestClient(create_app(only_alice)) as other:
        response = send(other, "post", "/api/v1/ingests", {"authorization": f"Bearer {BOB}"})
    assert response.status_code == 403


def test_any_steward_may_revert_and_the_audit_names_each(
    client: TestClient, tmp_path: Path
) -> None:
    created = send(client, "post", "/api/v1/ingests", {"authorization": f"Bearer {ALICE}"})
    assert created.status_code == 201, created.text[:300]
    ingest_id = created.json()["record"]["id"]
    reverted = client.delete(
        f"/api/v1/ingests/{ingest_id}", headers={"authorization": f"Bearer {BOB}"}
    )
    assert reverted.status_code == 200
    audit = (tmp_path / "store.audit.jsonl").read_text(encoding="utf-8")
    assert '"steward": "alice"' in audit.replace('":"', '": "')
    assert '"steward": "bob"' in audit.replace('":"', '": "')


def test_tokens_never_appear_in_logs_audit_or_responses(
    client: TestClient, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    seen: list[str] = []
    for headers in [{"authorization": f"Bearer {ALICE}"}, *WRONG.values(), *BAD_HEADERS.values()]:
        for method, path in write_paths(client):
            response = send(client, method, path, headers)
            seen.append(response.text + str(response.headers))
    seen.append(client.get("/api/v1/ingests").text)
    audit = tmp_path / "store.audit.jsonl"
    assert audit.is_file()
    seen.append(audit.read_text(encoding="utf-8"))
    seen.append(caplog.text)
    for secret in (ALICE, BOB, ALICE[:-1], "not-a-token"):
        assert all(secret not in text for text in seen), secret


def test_every_configured_token_is_compared_whichever_matches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    compare = hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return compare(a, b)

    monkeypatch.setattr(hmac, "compare_digest", counting)
    tokens = SecretStr(",".join(f"s{i}:token-{i:02d}" for i in range(8)))
    for presented in ("token-00", "token-07", "token-0", "nothing"):
        calls.clear()
        auth.steward_for(presented, tokens)
        assert len(calls) == 8, presented
        assert all(isinstance(a, bytes) and a == presented.encode() for a, _ in calls)
