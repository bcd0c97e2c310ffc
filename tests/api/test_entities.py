"""``GET /api/v1/{agencies,people,blocs,events}/{slug}`` and the collection listings."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import BLOC_SLUG, TRAN_QUOC_TO

EVENT_SLUG = f"so-ket-6-thang-dau-nam-2023-{BLOC_SLUG}"
REPORT = "https://w3id.org/noi-chinh/id/report/noi-chinh-2023-mid-year"


def _get(client: TestClient, path: str) -> dict[str, Any]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_person_has_entity_fields(client: TestClient) -> None:
    body = _get(client, "/api/v1/people/tran-quoc-to")
    assert body["id"] == TRAN_QUOC_TO
    assert (body["slug"], body["type"], body["label"]) == ("tran-quoc-to", "person", "Trần Quốc Tỏ")
    assert body["labels"] == {"vi": "Trần Quốc Tỏ", "en": "Trần Quốc Tỏ"}


def test_person_facts_carry_report_and_quoted_sentence(client: TestClient) -> None:
    body = _get(client, "/api/v1/people/tran-quoc-to")
    holding = next(f for f in body["facts"] if f["type"] == "post-holding")
    quotes = [s["quote"] for s in holding["sources"]]
    assert any("Thứ trưởng Bộ Công an" in (q or "") for q in quotes)
    assert {s["source"] for s in holding["sources"]} == {REPORT}
    assert all(s["start"] is not None and s["end"] > s["start"] for s in holding["sources"])
    post = next(s for s in holding["statements"] if s["predicate"].endswith("#post"))
    assert post["entity"]["label"] == "Thứ trưởng Bộ Công an"


def test_agency_lists_its_bloc_memberships_as_facts(client: TestClient) -> None:
    body = _get(client, "/api/v1/agencies/kiem-toan-nha-nuoc")
    assert "KTNN" in body["alt_labels"]
    memberships = [f for f in body["facts"] if f["type"] == "membership"]
    leader = [f for f in memberships if f["id"].endswith("/2023/kiem-toan-nha-nuoc/leader")]
    assert len(leader) == 1
    assert leader[0]["relation"] == "http://www.w3.org/ns/org#member"
    assert "khối trưởng khối thi đua năm 2023" in leader[0]["sources"][0]["quote"]


def test_bloc_detail_has_labels_in_english_when_asked(client: TestClient) -> None:
    body = _get(client, f"/api/v1/blocs/{BLOC_SLUG}?lang=en")
    assert body["label"] == body["labels"]["en"]
    assert body["type"] == "bloc"
    assert any(f["type"] == "member-count" for f in body["facts"])


def test_event_is_itself_a_fact_with_sources(client: TestClient) -> None:
    body = _get(client, f"/api/v1/events/{EVENT_SLUG}")
    assert body["type"] == "event"
    assert len(body["sources"]) >= 5
    chairs = [s["entity"]["id"] for s in body["statements"] if s["predicate"].endswith("#chair")]
    assert TRAN_QUOC_TO in chairs
    assert body["notes"]


@pytest.mark.parametrize("collection", ["agencies", "people", "blocs", "events"])
def test_unknown_slug_is_404_in_the_error_shape(client: TestClient, collection: str) -> None:
    response = client.get(f"/api/v1/{collection}/khong-ton-tai")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "not_found"
    assert error["details"]["slug"] == "khong-ton-tai"


def test_a_slug_of_another_type_is_not_found(client: TestClient) -> None:
    assert client.get("/api/v1/agencies/tran-quoc-to").status_code == 404


def test_malformed_slug_is_422(client: TestClient) -> None:
    response = client.get("/api/v1/agencies/Bộ Công an")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


def test_listing_paginates_with_links_and_total(client: TestClient) -> None:
    response = client.get("/api/v1/agencies", params={"limit": 3, "offset": 3})
    body = response.json()
    assert len(body["items"]) == 3
    assert body["total"] > 6
    assert all(item["type"] == "agency" for item in body["items"])
    for rel in ("first", "prev", "next", "last"):
        assert f'rel="{rel}"' in response.headers["link"]
