"""``GET /api/v1/blocs/{slug}/membership``: one year, a date, the timeline."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.conftest import BLOC, BLOC_SLUG, KTNN, MEMBERS_2023

URL = f"/api/v1/blocs/{BLOC_SLUG}/membership"


def _get(client: TestClient, **params: str | int) -> dict[str, Any]:
    response = client.get(URL, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_2023_has_the_eight_members_of_the_report(client: TestClient) -> None:
    body = _get(client, year=2023)
    assert body["year"] == 2023
    assert body["bloc"]["id"] == BLOC
    assert {m["id"] for m in body["members"]} == MEMBERS_2023


def test_2023_leader_is_the_state_audit(client: TestClient) -> None:
    body = _get(client, year=2023)
    assert body["leader"]["id"] == KTNN
    assert body["leader"]["label"] == "Kiểm toán Nhà nước"
    ktnn = next(m for m in body["members"] if m["id"] == KTNN)
    assert ktnn["role"] == "leader"
    assert ktnn["roles"] == ["leader", "member"]
    assert body["members"][0]["id"] == KTNN


def test_every_member_has_the_report_sentence_as_source(client: TestClient) -> None:
    for member in _get(client, year=2023)["members"]:
        assert any("8 đơn vị thành viên" in (s["quote"] or "") for s in member["sources"])


def test_graph_has_labelled_membership_edges(client: TestClient) -> None:
    graph = _get(client, year=2023)["graph"]
    assert {n["id"] for n in graph["nodes"]} == MEMBERS_2023 | {BLOC}
    assert all(e["target"] == BLOC and e["year"] == 2023 for e in graph["edges"])
    leader_edges = [e for e in graph["edges"] if e["role"].endswith("bloc-role/leader")]
    assert [e["source"] for e in leader_edges] == [KTNN]
    assert leader_edges[0]["label"] == "Khối trưởng 2023"


def test_date_selects_the_year_that_contains_it(client: TestClient) -> None:
    body = _get(client, date="2023-05-01")
    assert body["date"] == "2023-05-01"
    assert body["year"] == 2023
    assert {m["id"] for m in body["members"]} == MEMBERS_2023


def test_a_year_without_data_has_no_members(client: TestClient) -> None:
    body = _get(client, year=1990)
    assert body["members"] == []
    assert body["leader"] is None


def test_without_a_year_every_known_year_is_listed(client: TestClient) -> None:
    body = _get(client)
    assert 2023 in body["years"]
    assert body["years"] == sorted(body["years"])
    by_year = {entry["year"]: entry for entry in body["timeline"]}
    assert by_year[2023]["leader"]["id"] == KTNN
    assert len(by_year[2023]["members"]) == 8


def test_bad_year_is_422_and_unknown_bloc_404(client: TestClient) -> None:
    bad = client.get(URL, params={"year": "twenty"})
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "invalid_request"
    clash = client.get(URL, params={"year": 2022, "date": "2023-01-01"})
    assert clash.status_code == 422
    missing = client.get("/api/v1/blocs/khoi-khong-co/membership", params={"year": 2023})
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
