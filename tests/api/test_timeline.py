"""``GET /api/v1/people/{slug}/timeline``."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.api.conftest import BO_CONG_AN, TRAN_QUOC_TO


def test_timeline_has_post_rank_and_party_role_with_sources(client: TestClient) -> None:
    response = client.get("/api/v1/people/tran-quoc-to/timeline")
    assert response.status_code == 200
    body = response.json()
    assert body["person"]["id"] == TRAN_QUOC_TO
    by_kind = {e["kind"]: e for e in body["entries"]}
    assert set(by_kind) >= {"post", "rank", "party-role"}
    assert by_kind["post"]["organisation"]["id"] == BO_CONG_AN
    assert by_kind["rank"]["what"]["id"].endswith("/rank/cand/thuong-tuong")
    assert by_kind["party-role"]["role"]["label"] == "Ủy viên"
    for entry in body["entries"]:
        assert entry["start"] == "2023-01-01"
        assert entry["end"] == "2023-12-31"
        assert entry["time_relation"] == "ncg:attestedDuring"
        assert any("Trần Quốc Tỏ" in (s["quote"] or "") for s in entry["sources"])


def test_timeline_of_unknown_person_is_404(client: TestClient) -> None:
    response = client.get("/api/v1/people/khong-ai/timeline")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
