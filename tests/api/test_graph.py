"""``GET /api/v1/graph/neighbourhood`` and ``/graph/path``."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import BLOC, BO_CONG_AN, KTNN, MEMBERS_2023, TRAN_QUOC_TO

NEIGHBOURHOOD = "/api/v1/graph/neighbourhood"


def _around(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get(NEIGHBOURHOOD, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_bloc_neighbourhood_has_members_as_labelled_edges(client: TestClient) -> None:
    body = _around(client, iri=BLOC)
    nodes = {n["id"]: n for n in body["nodes"]}
    assert set(nodes) >= MEMBERS_2023
    assert nodes[BLOC]["depth"] == 0
    assert nodes[KTNN]["label"] == "Kiểm toán Nhà nước"
    edges = [e for e in body["edges"] if e["source"] == KTNN and e["target"] == BLOC]
    labels = {e["label"] for e in edges}
    assert "Khối trưởng 2023" in labels
    assert all(e["predicate"] == "http://www.w3.org/ns/org#memberOf" for e in edges)
    assert not any("/membership/" in n for n in nodes)
    assert body["truncated"] is False


def test_reified_view_keeps_membership_nodes(client: TestClient) -> None:
    body = _around(client, iri=BLOC, reified="true")
    assert any(n["type"] == "membership" for n in body["nodes"])


def test_person_post_is_an_edge_to_the_agency(client: TestClient) -> None:
    body = _around(client, iri=TRAN_QUOC_TO, lang="en")
    post = [e for e in body["edges"] if e["source"] == TRAN_QUOC_TO and e["target"] == BO_CONG_AN]
    assert [e["label"] for e in post] == ["Deputy Minister of Public Security 2023"]


def test_limit_truncates(client: TestClient) -> None:
    body = _around(client, iri=BLOC, depth=2, limit=3)
    assert len(body["nodes"]) == 3
    assert body["truncated"] is True
    ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in body["edges"])


def test_types_and_predicates_filter(client: TestClient) -> None:
    body = _around(client, iri=BLOC, depth=2, types="agency")
    assert {n["type"] for n in body["nodes"]} == {"bloc", "agency"}
    only = _around(client, iri=BLOC, predicates="org:memberOf")
    assert {e["predicate"] for e in only["edges"]} == {"http://www.w3.org/ns/org#memberOf"}


def test_cytoscape_format_gives_elements(client: TestClient) -> None:
    body = _around(client, iri=BLOC, format="cytoscape")
    groups = {e["group"] for e in body["elements"]}
    assert groups == {"nodes", "edges"}
    ids = {e["data"]["id"] for e in body["elements"] if e["group"] == "nodes"}
    for edge in (e for e in body["elements"] if e["group"] == "edges"):
        assert {"id", "source", "target", "label"} <= set(edge["data"])
        assert edge["data"]["source"] in ids
        assert edge["data"]["target"] in ids


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"iri": BLOC, "depth": 4}, 422),
        ({"iri": BLOC, "depth": 0}, 422),
        ({"iri": BLOC, "types": "planet"}, 422),
        ({"iri": BLOC, "format": "gexf"}, 422),
        ({"iri": "not an iri"}, 400),
        ({}, 422),
        ({"iri": "https://w3id.org/noi-chinh/id/agency/khong-co"}, 404),
    ],
)
def test_bad_requests_use_the_error_shape(
    client: TestClient, params: dict[str, Any], status: int
) -> None:
    response = client.get(NEIGHBOURHOOD, params=params)
    assert response.status_code == status
    assert set(response.json()["error"]) == {"code", "message", "details"}


def test_path_connects_person_and_state_audit(client: TestClient) -> None:
    response = client.get("/api/v1/graph/path", params={"from": TRAN_QUOC_TO, "to": KTNN})
    body = response.json()
    assert body["found"] is True
    assert body["length"] == 2
    for path in body["paths"]:
        assert path[0] == TRAN_QUOC_TO
        assert path[-1] == KTNN
        assert len(path) == 3
    node_ids = {n["id"] for n in body["nodes"]}
    assert all(e["source"] in node_ids and e["target"] in node_ids for e in body["edges"])
    assert len(body["edges"]) >= 2


def test_path_respects_max(client: TestClient) -> None:
    body = client.get(
        "/api/v1/graph/path", params={"from": TRAN_QUOC_TO, "to": KTNN, "max": 1}
    ).json()
    assert body["found"] is False
    assert body["paths"] == []
    assert body["length"] is None


def test_path_unknown_end_is_404(client: TestClient) -> None:
    params = {"from": TRAN_QUOC_TO, "to": "https://w3id.org/noi-chinh/id/person/khong-ai"}
    response = client.get("/api/v1/graph/path", params=params)
    assert response.status_code == 404
    assert response.json()["error"]["details"]["to"].endswith("khong-ai")
