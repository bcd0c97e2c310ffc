"""New entities are normal: minted, committed, listed for review, confirmed, renamed, merged,
reverted — each action by a steward, audited, one transaction."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from fastapi.testclient import TestClient
from rdflib import URIRef

from nội_chính_graph.ingest.review import REVIEWS_GRAPH, ReviewAction
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.store import SolutionsResult
from nội_chính_graph.store.oxigraph import OxigraphStore

from .conftest import ALICE, TEXT, AppFactory, dataset_of, same_dataset

ID = "https://w3id.org/noi-chinh/id/"
POLICE = f"{ID}agency/cao-bang/cong-an-tinh"
DEPARTMENT = f"{ID}agency/vu-thi-dua-khen-thuong-bo-tu-phap"
PERSON = f"{ID}person/hoang-van-son"
REPORT = (
    "Ngày 20/11/2024, Cụm thi đua số 3 thuộc Bộ Công an tổ chức hội nghị tổng kết năm 2024. "
    "Dự hội nghị có Đại tá Hoàng Văn Sơn, Giám đốc Công an tỉnh Cao Bằng; "
    "Vụ trưởng Vụ Thi đua - Khen thưởng Bộ Tư pháp Trần Minh Đức."
)


def _ingest(client: TestClient, text: str = REPORT) -> dict:  # type: ignore[type-arg]
    response = client.post("/api/v1/ingests", content=text.encode(), headers=ALICE | TEXT)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def _act(client: TestClient, **body: str) -> dict:  # type: ignore[type-arg]
    response = client.post("/api/v1/review", json=body, headers=ALICE)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def _pending(client: TestClient) -> dict[str, dict]:  # type: ignore[type-arg]
    return {item["id"]: item for item in client.get("/api/v1/review").json()}


def _ask(store: OxigraphStore, sparql: str) -> bool:
    result = store.query(sparql)
    return bool(getattr(result, "value", False))


def test_a_report_full_of_new_entities_commits_and_lists_them(client: TestClient) -> None:
    dry = client.post("/api/v1/ingests?dry_run=true", content=REPORT.encode(), headers=ALICE | TEXT)
    minted = {m["id"] for m in dry.json()["summary"]["minted"]}
    assert {POLICE, DEPARTMENT, PERSON} <= minted
    assert dry.json()["validation"]["report"]["conforms"], dry.json()["validation"]["report"]
    _ingest(client)
    pending = _pending(client)
    assert pending[POLICE]["province"] == f"{ID}province/cao-bang"
    assert pending[POLICE]["level"] == f"{ID}level/provincial"
    assert pending[DEPARTMENT]["parent"] == f"{ID}agency/bo-tu-phap"


def test_a_text_with_nothing_to_extract_is_422_with_a_clear_message(client: TestClient) -> None:
    text = "Hôm nay trời nắng đẹp, nhiều người đi dạo trong công viên."
    response = client.post("/api/v1/ingests", content=text.encode(), headers=ALICE | TEXT)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "nothing_extracted"
    assert "Nothing to ingest" in response.json()["error"]["message"]


def test_a_report_that_only_names_a_bloc_commits_the_bloc_with_its_sentence(
    client: TestClient, store: OxigraphStore
) -> None:
    sentence = "Khối thi đua các sở, ngành kinh tế tỉnh Quảng Trị tổ chức hội nghị tại Đông Hà."
    text = f"Hội nghị diễn ra sôi nổi. {sentence}"
    dry = client.post("/api/v1/ingests?dry_run=true", content=text.encode(), headers=ALICE | TEXT)
    assert dry.status_code == 200, dry.text
    blocs = dry.json()["summary"]["blocs"]
    assert [(b["label"], b["members"], b["leaders"]) for b in blocs] == [
        ("Khối thi đua các sở, ngành kinh tế tỉnh Quảng Trị", [], [])
    ]
    _ingest(client, text)
    bloc = URIRef(blocs[0]["id"]).n3()
    result = store.query(
        "PREFIX schema: <https://schema.org/> PREFIX oa: <http://www.w3.org/ns/oa#> "
        f"SELECT ?q WHERE {{ VALUES ?b {{ {bloc} }} GRAPH ?g {{ ?r schema:mentions ?b . "
        "?a oa:hasBody ?b ; oa:hasTarget/oa:hasSource ?r ; "
        "oa:hasTarget/oa:hasSelector/oa:exact ?q } }"
    )
    assert isinstance(result, SolutionsResult)
    quotes = [row["q"].value for row in result.rows if isinstance(row["q"], ox.Literal)]
    assert quotes == [sentence]


def test_confirming_needs_a_kind_and_an_english_name_then_leaves_the_list(
    client: TestClient,
) -> None:
    _ingest(client)
    refused = client.post(
        "/api/v1/review", json={"action": "confirm", "entity": DEPARTMENT}, headers=ALICE
    )
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "incomplete_entity"
    _act(
        client,
        action="confirm",
        entity=DEPARTMENT,
        kind=f"{ID}kind/sub-unit",
        label_en="Emulation and Commendation Department, Ministry of Justice",
    )
    assert DEPARTMENT not in _pending(client)


def test_rename_keeps_the_old_name_as_an_alias(client: TestClient, store: OxigraphStore) -> None:
    _ingest(client)
    _act(client, action="rename", entity=POLICE, label="Công an tỉnh Cao Bằng (Bộ Công an)")
    item = _pending(client)[POLICE]
    assert item["label"] == "Công an tỉnh Cao Bằng (Bộ Công an)"
    alias = '"Công an tỉnh Cao Bằng"@vi'
    assert _ask(
        store, f"ASK {{ <{POLICE}> <http://www.w3.org/2004/02/skos/core#altLabel> {alias} }}"
    )


def test_set_kind_refuses_a_kind_outside_the_scheme(client: TestClient) -> None:
    _ingest(client)
    bad = client.post(
        "/api/v1/review",
        json={"action": "set-kind", "entity": POLICE, "kind": f"{ID}kind/no-such-kind"},
        headers=ALICE,
    )
    assert bad.status_code == 422
    _act(client, action="set-kind", entity=POLICE, kind=f"{ID}kind/sub-unit")
    assert _pending(client)[POLICE]["kind"] == f"{ID}kind/sub-unit"


def test_set_parent_points_at_an_existing_organisation(client: TestClient) -> None:
    _ingest(client)
    _act(client, action="set-parent", entity=POLICE, parent=f"{ID}agency/bo-cong-an")
    assert _pending(client)[POLICE]["parent"] == f"{ID}agency/bo-cong-an"
    missing = client.post(
        "/api/v1/review",
        json={"action": "set-parent", "entity": POLICE, "parent": f"{ID}agency/khong-co"},
        headers=ALICE,
    )
    assert missing.status_code == 422


def test_a_merge_rewrites_every_ingest_graph_and_the_next_report_resolves(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    client = make_client(store)
    first = _ingest(client)
    second_text = REPORT.replace("Hoàng Văn Sơn", "Lý Văn Tài").replace("2024", "2023")
    second = _ingest(client, second_text)
    target = f"{ID}agency/bo-tu-phap"
    record = _act(client, action="merge", entity=DEPARTMENT, into=target)
    assert sorted(record["graphs"]) == sorted([first["record"]["graph"], second["record"]["graph"]])
    anywhere = f"{{ <{DEPARTMENT}> ?p ?o }} UNION {{ ?s ?p <{DEPARTMENT}> }}"
    ingest_graphs = 'FILTER (STRSTARTS(STR(?g), "https://w3id.org/noi-chinh/graph/ingest/"))'
    assert not _ask(store, f"ASK {{ GRAPH ?g {{ {anywhere} }} {ingest_graphs} }}")
    graph, alt = first["record"]["graph"], "http://www.w3.org/2004/02/skos/core#altLabel"
    name = '"Vụ Thi đua - Khen thưởng Bộ Tư pháp"@vi'
    alias = f"ASK {{ GRAPH <{graph}> {{ <{target}> <{alt}> {name} }} }}"
    assert _ask(store, alias)  # the mention, with its ingest (and report) as provenance
    third = REPORT.replace("Hoàng Văn Sơn", "Đỗ Văn Lâm").replace("2024", "2022")
    dry = client.post("/api/v1/ingests?dry_run=true", content=third.encode(), headers=ALICE | TEXT)
    minted = {m["id"] for m in dry.json()["summary"]["minted"]}
    assert DEPARTMENT not in minted  # the alias resolves it, no code change


def test_a_review_action_is_reverted_exactly(client: TestClient, store: OxigraphStore) -> None:
    _ingest(client)
    before = dataset_of(store)
    record = _act(client, action="merge", entity=DEPARTMENT, into=f"{ID}agency/bo-tu-phap")
    assert dataset_of(store) != before
    response = client.delete(f"/api/v1/review/actions/{record['id']}", headers=ALICE)
    assert response.status_code == 200, response.text
    assert same_dataset(dataset_of(store), before)
    assert client.get(f"/api/v1/review/actions/{record['id']}").status_code == 404


def test_review_writes_need_a_token_and_are_audited(
    client: TestClient, store: OxigraphStore, audit_file: Path
) -> None:
    _ingest(client)
    body = {"action": "set-kind", "entity": POLICE, "kind": f"{ID}kind/sub-unit"}
    assert client.post("/api/v1/review", json=body).status_code == 401
    wrong = {"authorization": "Bearer nope"}
    assert client.post("/api/v1/review", json=body, headers=wrong).status_code == 403
    assert client.delete("/api/v1/review/actions/0123456789abcdef").status_code == 401
    assert not _ask(store, f"ASK {{ GRAPH <{REVIEWS_GRAPH}> {{ ?s ?p ?o }} }}")
    record = _act(client, **body)
    client.delete(f"/api/v1/review/actions/{record['id']}", headers=ALICE)
    entries = [json.loads(line) for line in audit_file.read_text().splitlines()]
    actions = [(e["action"], e.get("outcome")) for e in entries]
    assert ("review", "applied") in actions
    assert ("review-revert", "reverted") in actions
    assert sum(1 for e in entries if e["action"] == "refused") >= 3
    assert all("token1" not in json.dumps(e) for e in entries)


def test_an_entity_no_ingest_minted_is_not_reviewed_here(client: TestClient) -> None:
    body = {"action": "confirm", "entity": f"{ID}agency/bo-cong-an", "label_en": "x"}
    response = client.post("/api/v1/review", json=body, headers=ALICE)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_minted"


def test_an_ambiguous_person_is_minted_separately_never_merged(
    workflow: IngestWorkflow, store: OxigraphStore
) -> None:
    from nội_chính_graph.ingest.payload import Submission

    text = "Ngày 5/8/2023, Khối thi đua họp. Có Trần Quốc Tỏ, Phó Chủ tịch Hội Nông dân Việt Nam."
    review = workflow.review(Submission(text.encode(), "text/plain"), "alice")
    assert str(NCGID["person/tran-quoc-to-2"]) in {m.id for m in review.summary.minted}
    assert "ambiguous-person" in {f.code for f in review.flags}
    assert str(NCGID["person/tran-quoc-to"]) not in {m.id for m in review.summary.minted}


def test_the_desk_applies_a_merge_in_one_store_transaction(
    workflow: IngestWorkflow, store: OxigraphStore, make_client: AppFactory
) -> None:
    _ingest(make_client(store))
    calls: list[tuple[int, int]] = []
    original = store.write_graphs

    def counting(**kwargs: object) -> None:
        calls.append((len(kwargs.get("replace") or {}), len(kwargs.get("add") or {})))  # type: ignore[arg-type]
        original(**kwargs)  # type: ignore[arg-type]

    store.write_graphs = counting  # type: ignore[method-assign]
    action = ReviewAction(action="merge", entity=DEPARTMENT, into=f"{ID}agency/bo-tu-phap")
    workflow.desk.apply(action, "alice")
    assert len(calls) == 1  # the rewritten ingest graph(s) and the record, together
    assert calls[0][1] == 1


def test_review_records_survive_as_rdf(client: TestClient, store: OxigraphStore) -> None:
    _ingest(client)
    record = _act(client, action="set-kind", entity=POLICE, kind=f"{ID}kind/sub-unit")
    data = store.get_graph(str(REVIEWS_GRAPH), ox.RdfFormat.N_TRIPLES).decode()
    assert f"{ID}review/{record['id']}" in data
    listed = client.get("/api/v1/review/actions").json()
    assert [r["id"] for r in listed] == [record["id"]]


def test_an_undated_report_commits_its_members_and_says_how_to_date_them(
    client: TestClient,
) -> None:
    text = (
        "Sáng 15/5, Cụm thi đua số 1, Bộ Công an gồm: Cục An ninh đối ngoại, Cục An ninh nội "
        "địa và Cục An ninh kinh tế đã tổ chức lễ dâng hương."
    )
    undated = client.post(
        "/api/v1/ingests?dry_run=true", content=text.encode(), headers=ALICE | TEXT
    ).json()
    assert len(undated["summary"]["blocs"][0]["members"]) == 3
    flag = next(f for f in undated["flags"] if f["code"] == "no-date")
    assert "published" in flag["message"]
    response = client.post("/api/v1/ingests", content=text.encode(), headers=ALICE | TEXT)
    assert response.status_code == 201, response.json()
    dated = client.post(
        "/api/v1/ingests?dry_run=true&published=2025-05-15",
        content=text.encode(),
        headers=ALICE | TEXT,
    )
    assert dated.status_code == 200, dated.json()
    assert "no-date" not in [f["code"] for f in dated.json()["flags"]]
    assert dated.json()["summary"]["blocs"][0]["members"]
