"""The real dev reports end to end through the API: dry run, commit, idempotence, revert."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from nội_chính_graph.ingest.records import RECORDS_GRAPH
from nội_chính_graph.namespaces import NCG, NCGID, PROV
from nội_chính_graph.store.oxigraph import OxigraphStore

from .conftest import (
    ALICE,
    MOET,
    NOI_CHINH_2020,
    TEXT,
    AppFactory,
    dataset_of,
    republished,
    same_dataset,
)

BLOC_KHXH = str(NCGID["bloc/khoi-thi-dua-cac-bo-nganh-khoa-hoc-van-hoa-xa-hoi"])
BHXH = str(NCGID["agency/bao-hiem-xa-hoi-viet-nam"])
MOET_AGENCY = str(NCGID["agency/bo-giao-duc-va-dao-tao"])


def test_dry_run_of_the_moet_report_reviews_without_writing(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    before = dataset_of(store)
    response = make_client(store).post(
        "/api/v1/ingests?dry_run=true", content=republished(MOET), headers=ALICE | TEXT
    )
    assert response.status_code == 200
    review = response.json()
    assert review["validation"]["report"]["conforms"] is True
    bloc = next(b for b in review["summary"]["blocs"] if b["id"] == BLOC_KHXH)
    assert len(bloc["members"]) == 9
    leaders = {(x["agency"]["id"], x["year"], x["role"]) for x in bloc["leaders"]}
    assert leaders == {(BHXH, 2017, "leader"), (MOET_AGENCY, 2017, "deputy")}
    event = review["summary"]["events"][0]
    assert (event["kind"], event["date"]) == ("so-ket", "2017-07-21")
    assert {p["name"] for p in review["summary"]["people"]} >= {"Nguyễn Thị Nghĩa"}
    assert review["diff"]["new_facts"]
    assert review["diff"]["new_triples"] > 0
    triples = Graph().parse(data=review["triples"], format="turtle")
    assert (None, PROV.wasDerivedFrom, None) in triples
    assert same_dataset(dataset_of(store), before)


def test_commit_goes_into_its_own_graph_with_provenance(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    client = make_client(store)
    response = client.post("/api/v1/ingests", content=republished(MOET), headers=ALICE | TEXT)
    assert response.status_code == 201
    record = response.json()["record"]
    assert record["steward"] == "alice"
    assert record["status"] == "committed"
    assert record["graph"].endswith("/graph/ingest/" + record["id"])
    assert response.headers["location"].endswith("/api/v1/ingests/" + record["id"])
    assert store.count(record["graph"]) == record["triple_count"] > 100
    data = Graph().parse(data=store.get_graph(record["graph"], _nt()), format="nt")
    graph = next(iter(data.subjects(PROV.wasAttributedTo, None)))
    assert (graph, PROV.wasDerivedFrom, None) in data
    assert (graph, None, NCG.SourceGraph) in data
    assert client.get(f"/api/v1/ingests/{record['id']}").json() == record
    assert [r["id"] for r in client.get("/api/v1/ingests").json()] == [record["id"]]


def test_same_content_twice_returns_the_existing_ingest(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    client = make_client(store)
    first = client.post("/api/v1/ingests", content=republished(MOET), headers=ALICE | TEXT)
    count = store.count()
    again = client.post("/api/v1/ingests", content=republished(MOET), headers=ALICE | TEXT)
    assert again.status_code == 200
    assert again.json()["created"] is False
    assert again.json()["record"] == first.json()["record"]
    assert store.count() == count


def test_same_source_url_is_the_same_ingest(make_client: AppFactory, store: OxigraphStore) -> None:
    client = make_client(store)
    url = "https://example.org/report-1"
    first = client.post(
        f"/api/v1/ingests?source_url={url}", content=republished(MOET), headers=ALICE | TEXT
    )
    edited = republished(MOET) + "\nBổ sung.".encode()
    again = client.post(f"/api/v1/ingests?source_url={url}", content=edited, headers=ALICE | TEXT)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["record"]["id"] == first.json()["record"]["id"]


def test_revert_returns_the_whole_dataset_to_its_state_before(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    client = make_client(store)
    before = dataset_of(store)
    first = client.post("/api/v1/ingests", content=republished(MOET), headers=ALICE | TEXT)
    middle = dataset_of(store)
    second = client.post(
        "/api/v1/ingests", content=republished(NOI_CHINH_2020), headers=ALICE | TEXT
    )
    assert (first.status_code, second.status_code) == (201, 201)
    reverted = client.delete(f"/api/v1/ingests/{second.json()['record']['id']}", headers=ALICE)
    assert reverted.status_code == 200
    assert reverted.json()["record"]["status"] == "reverted"
    assert same_dataset(dataset_of(store), middle)
    client.delete(f"/api/v1/ingests/{first.json()['record']['id']}", headers=ALICE)
    assert same_dataset(dataset_of(store), before)
    assert str(RECORDS_GRAPH) not in store.graphs()
    assert client.get(f"/api/v1/ingests/{first.json()['record']['id']}").status_code == 404


def test_the_exact_text_of_a_curated_report_is_rejected_with_the_report(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    before = dataset_of(store)
    response = make_client(store).post(
        "/api/v1/ingests", content=MOET.read_bytes(), headers=ALICE | TEXT
    )
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "report_exists"
    assert error["details"]["report"].endswith("/report/06-moet-khoahoc-vanhoa-xahoi-soket2017")
    assert same_dataset(dataset_of(store), before)


def _nt() -> ox.RdfFormat:
    return ox.RdfFormat.N_TRIPLES
