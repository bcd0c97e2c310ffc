"""The assembled app serves every door at once: SPARQL, the JSON API and Linked Data."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.config import Settings

BLOC = "khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(store="memory", query_workers=1))) as test_client:
        yield test_client


def test_app_loads_the_shipped_data_and_answers_sparql(client: TestClient) -> None:
    response = client.get("/sparql", params={"query": "ASK { ?s a ?c }"})
    assert response.status_code == 200
    assert response.json()["boolean"] is True


def test_app_serves_the_membership_of_2023(client: TestClient) -> None:
    response = client.get(f"/api/v1/blocs/{BLOC}/membership", params={"year": 2023})
    assert response.status_code == 200
    body = response.json()
    assert body["leader"]["slug"] == "kiem-toan-nha-nuoc"
    assert len({m["id"] for m in body["members"]}) == 8


def test_app_finds_an_official_without_diacritics(client: TestClient) -> None:
    response = client.get("/api/v1/search", params={"q": "tran quoc to"})
    assert response.json()["items"][0]["slug"] == "tran-quoc-to"


def test_app_dereferences_entity_iris(client: TestClient) -> None:
    response = client.get(
        "/id/agency/bo-cong-an", headers={"Accept": "text/turtle"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"].endswith("/doc/agency/bo-cong-an.ttl")


def test_app_openapi_documents_the_json_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/blocs/{slug}/membership" in paths
    assert "/api/v1/graph/neighbourhood" in paths


def test_neighbourhood_ceiling_is_a_setting_and_is_signalled() -> None:
    settings = Settings(store="memory", query_workers=1, max_neighbourhood_nodes=10)
    with TestClient(create_app(settings)) as small:
        iri = "https://w3id.org/noi-chinh/id/bloc/" + BLOC
        over = small.get("/api/v1/graph/neighbourhood", params={"iri": iri, "limit": 11})
        assert over.status_code == 422
        assert over.json()["error"]["details"]
        capped = small.get("/api/v1/graph/neighbourhood", params={"iri": iri, "limit": 3})
        assert capped.status_code == 200
        body = capped.json()
        assert len(body["nodes"]) <= 3
        assert body["truncated"] is True
