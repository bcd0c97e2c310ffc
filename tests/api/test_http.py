"""ETag / If-None-Match, and freshness after the store changes."""

from __future__ import annotations

from fastapi.testclient import TestClient
from pyoxigraph import RdfFormat

from nội_chính_graph.store.base import RdfPayload
from tests.api.conftest import BLOC, loaded_store, make_app

NEW_AGENCY = "https://w3id.org/noi-chinh/id/agency/co-quan-thu-nghiem"
GRAPH = "https://w3id.org/noi-chinh/graph/report/test-ingest"


def test_etag_and_304(client: TestClient) -> None:
    url = "/api/v1/people/tran-quoc-to"
    first = client.get(url)
    etag = first.headers["etag"]
    assert etag.startswith('W/"')
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = client.get(url, headers={"If-None-Match": 'W/"something-else"'})
    assert other.status_code == 200
    assert other.json()["id"] == first.json()["id"]


def test_etag_depends_on_the_request(client: TestClient) -> None:
    vi = client.get("/api/v1/search", params={"q": "KTNN"}).headers["etag"]
    en = client.get("/api/v1/search", params={"q": "KTNN", "lang": "en"}).headers["etag"]
    other = client.get("/api/v1/search", params={"q": "VKSND"}).headers["etag"]
    assert len({vi, en, other}) == 3


def _ingest(store: object) -> None:
    data = f"""
    <{NEW_AGENCY}> a <https://w3id.org/noi-chinh/ontology#StateAgency> ;
        <http://www.w3.org/2004/02/skos/core#prefLabel> "Cơ quan Thử nghiệm"@vi ;
        <http://www.w3.org/ns/org#memberOf> <{BLOC}> .
    """
    assert hasattr(store, "add_to_graph")
    store.add_to_graph(GRAPH, RdfPayload(data.encode(), RdfFormat.TURTLE))


def test_search_graph_and_etag_follow_an_ingest() -> None:
    store = loaded_store()
    with TestClient(make_app(store)) as client:
        before = client.get("/api/v1/search", params={"q": "co quan thu nghiem"})
        assert before.json()["total"] == 0
        around = client.get("/api/v1/graph/neighbourhood", params={"iri": BLOC})
        assert NEW_AGENCY not in {n["id"] for n in around.json()["nodes"]}
        _ingest(store)
        after = client.get(
            "/api/v1/search",
            params={"q": "co quan thu nghiem"},
            headers={"If-None-Match": before.headers["etag"]},
        )
        assert after.status_code == 200
        assert [i["id"] for i in after.json()["items"]] == [NEW_AGENCY]
        around = client.get("/api/v1/graph/neighbourhood", params={"iri": BLOC})
        assert NEW_AGENCY in {n["id"] for n in around.json()["nodes"]}
        assert client.get("/api/v1/agencies/co-quan-thu-nghiem").status_code == 200
