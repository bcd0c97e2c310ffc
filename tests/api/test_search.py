"""``GET /api/v1/search``: folding, tone placement, aliases, acronyms, ranking, paging."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import BO_CONG_AN, KTNN, TRAN_QUOC_TO, VKSND


def _ids(client: TestClient, query: str, **params: str) -> list[str]:
    response = client.get("/api/v1/search", params={"q": query, **params})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


@pytest.mark.parametrize("query", ["tran quoc to", "Trần Quốc Tỏ", "TRAN QUOC TO", "tran quoc"])
def test_person_found_without_diacritics_or_case(client: TestClient, query: str) -> None:
    assert _ids(client, query)[0] == TRAN_QUOC_TO


@pytest.mark.parametrize("query", ["VKSND tối cao", "vksnd toi cao", "VKSNDTC"])
def test_procuracy_found_by_its_abbreviations(client: TestClient, query: str) -> None:
    assert _ids(client, query)[0] == VKSND


@pytest.mark.parametrize("query", ["KTNN", "ktnn", "kiem toan nha nuoc"])
def test_state_audit_found_by_acronym_and_folded_name(client: TestClient, query: str) -> None:
    assert _ids(client, query)[0] == KTNN


def test_old_and_new_tone_placement_give_the_same_hits(client: TestClient) -> None:
    old = _ids(client, "Toà án nhân dân tối cao")
    new = _ids(client, "Tòa án nhân dân tối cao")
    assert old == new
    assert old[0].endswith("/agency/toa-an-nhan-dan-toi-cao")


def test_type_filter_keeps_only_that_type(client: TestClient) -> None:
    body = client.get("/api/v1/search", params={"q": "khoi thi dua", "type": "bloc"}).json()
    assert body["items"]
    assert {item["type"] for item in body["items"]} == {"bloc"}


def test_items_carry_entity_fields_in_requested_language(client: TestClient) -> None:
    body = client.get("/api/v1/search", params={"q": "KTNN", "lang": "en"}).json()
    item = body["items"][0]
    assert set(item) >= {"id", "slug", "type", "label", "labels", "score", "matched"}
    assert item["label"] == item["labels"]["en"] != item["labels"]["vi"]
    assert item["slug"] == "kiem-toan-nha-nuoc"


def test_accept_language_chooses_the_label_language(client: TestClient) -> None:
    response = client.get("/api/v1/search", params={"q": "KTNN"}, headers={"Accept-Language": "en"})
    assert response.json()["items"][0]["label"] == "State Audit Office of Vietnam"
    assert response.headers["content-language"] == "en"


def test_results_are_ranked_best_first(client: TestClient) -> None:
    scores = [i["score"] for i in client.get("/api/v1/search", params={"q": "bo"}).json()["items"]]
    assert len(scores) > 1
    assert scores == sorted(scores, reverse=True)


def test_pagination_has_total_and_link_header(client: TestClient) -> None:
    first = client.get("/api/v1/search", params={"q": "bo", "limit": 2})
    body = first.json()
    assert body["total"] > 2
    assert len(body["items"]) == 2
    links = first.headers["link"]
    assert 'rel="next"' in links
    assert "offset=2" in links
    assert 'rel="prev"' not in links
    second = client.get("/api/v1/search", params={"q": "bo", "limit": 2, "offset": 2}).json()
    assert {i["id"] for i in second["items"]}.isdisjoint({i["id"] for i in body["items"]})


def test_nothing_found_is_an_empty_list(client: TestClient) -> None:
    body = client.get("/api/v1/search", params={"q": "zzzzqqq"}).json()
    assert body == {"query": "zzzzqqq", "items": [], "total": 0, "limit": 20, "offset": 0}


@pytest.mark.parametrize(
    ("params", "location"),
    [
        ({}, "q"),
        ({"q": ""}, "q"),
        ({"q": "x", "type": "planet"}, "type"),
        ({"q": "x", "limit": 0}, "limit"),
    ],
)
def test_bad_parameters_are_422_in_the_error_shape(
    client: TestClient, params: dict[str, str], location: str
) -> None:
    response = client.get("/api/v1/search", params=params)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request"
    assert any(location in e["loc"] for e in error["details"]["errors"])


BHXH = "https://w3id.org/noi-chinh/id/agency/bao-hiem-xa-hoi-viet-nam"


@pytest.mark.parametrize("query", ["BHXH Việt Nam", "bhxh vn", "BHXH VN", "bhxh viet nam"])
def test_an_abbreviation_mixed_with_words_finds_the_agency(client: TestClient, query: str) -> None:
    assert _ids(client, query)[0] == BHXH


@pytest.mark.parametrize("query", ["vksnd tc", "Viện KSND tối cao", "VKSND TC"])
def test_the_procuracy_is_found_by_mixed_abbreviations(client: TestClient, query: str) -> None:
    assert _ids(client, query)[0] == VKSND


@pytest.mark.parametrize("query", ["Trần Quốc Tổ", "Trần Quốc Tô", "Tran Quoc Tổ", "trần quốc tộ"])
def test_a_name_with_one_tone_mark_wrong_finds_the_person(client: TestClient, query: str) -> None:
    assert _ids(client, query)[0] == TRAN_QUOC_TO


def test_a_short_word_is_never_read_as_an_abbreviation(client: TestClient) -> None:
    body = client.get("/api/v1/search", params={"q": "bo cong an"}).json()
    assert [item["id"] for item in body["items"]] == [BO_CONG_AN]
    assert body["total"] == 1
