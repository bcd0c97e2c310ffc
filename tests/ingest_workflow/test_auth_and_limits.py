"""Writes need a bearer token; payload limits; errors in the one error shape, never a 500."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import SecretStr

from nội_chính_graph.auth import parse_tokens, steward_for
from nội_chính_graph.store.oxigraph import OxigraphStore

from .conftest import ALICE, MOET, TEXT, TURTLE, AppFactory, republished


def test_a_write_without_a_token_is_401(make_client: AppFactory, store: OxigraphStore) -> None:
    response = make_client(store).post("/api/v1/ingests", content=b"x", headers=TEXT)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


def test_a_write_with_a_wrong_token_is_403_and_changes_nothing(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    count = store.count()
    client = make_client(store)
    headers = {"authorization": "Bearer token3"} | TEXT
    assert (
        client.post("/api/v1/ingests", content=republished(MOET), headers=headers).status_code
        == 403
    )
    assert client.delete("/api/v1/ingests/0123456789abcdef", headers=headers).status_code == 403
    assert store.count() == count


def test_reads_and_validation_stay_public(make_client: AppFactory, store: OxigraphStore) -> None:
    client = make_client(store)
    assert client.get("/api/v1/ingests").json() == []
    response = client.post("/api/v1/validate", content=republished(MOET), headers=TEXT)
    assert response.status_code == 200
    assert response.json()["report"]["conforms"] is True


def test_the_audit_log_names_stewards_and_never_tokens(
    make_client: AppFactory, store: OxigraphStore, audit_file: Path
) -> None:
    client = make_client(store)
    client.post("/api/v1/ingests", content=b"x", headers={"authorization": "Bearer s3cr3t"} | TEXT)
    created = client.post("/api/v1/ingests", content=republished(MOET), headers=ALICE | TEXT)
    ingest_id = created.json()["record"]["id"]
    client.delete(f"/api/v1/ingests/{ingest_id}", headers={"authorization": "Bearer token2"})
    text = audit_file.read_text(encoding="utf-8")
    entries = [json.loads(line) for line in text.splitlines()]
    assert [(e["action"], e.get("outcome", e.get("reason"))) for e in entries] == [
        ("refused", "forbidden"),
        ("ingest", "committed"),
        ("revert", "reverted"),
    ]
    assert entries[1]["steward"] == "alice"
    assert entries[2]["steward"] == "bob"
    assert "s3cr3t" not in text
    assert "token1" not in text
    assert "token2" not in text


def test_every_token_is_compared_and_the_right_steward_found() -> None:
    tokens = SecretStr("alice:aaa,bob:bbb")
    assert steward_for("bbb", tokens) is not None
    assert steward_for("bbb", tokens).name == "bob"  # type: ignore[union-attr]
    assert steward_for("aa", tokens) is None
    with pytest.raises(ValueError, match="entry 2") as caught:
        parse_tokens(SecretStr("alice:aaa,oops"))
    assert "aaa" not in str(caught.value)


def test_a_payload_over_the_limit_is_413(make_client: AppFactory, store: OxigraphStore) -> None:
    client = make_client(store, max_body_bytes=1000)
    response = client.post("/api/v1/ingests", content=republished(MOET), headers=ALICE | TEXT)
    assert response.status_code == 413
    assert response.json()["error"]["details"]["max_body_bytes"] == 1000


def test_a_wrong_media_type_is_415(make_client: AppFactory, store: OxigraphStore) -> None:
    response = make_client(store).post(
        "/api/v1/validate", content=b"<a/>", headers={"content-type": "application/xml"}
    )
    assert response.status_code == 415
    assert "text/turtle" in response.json()["error"]["details"]["accepted"]


@pytest.mark.parametrize(
    ("media", "body", "line", "column"),
    [
        ("text/turtle", b"@prefix e: <http://e/> .\ne:s e:p e:o e:x .\n", 2, 13),
        (
            "application/n-triples",
            b'<http://e/s> <http://e/p> "x" .\n<http://e/s> <http://e/p> .\n',
            2,
            27,
        ),
        ("application/ld+json", b'{"@id": "http://e/s",\n "http://e/p": [1, }', 2, 20),
    ],
)
def test_malformed_rdf_is_400_with_line_and_column(
    make_client: AppFactory, store: OxigraphStore, media: str, body: bytes, line: int, column: int
) -> None:
    response = make_client(store).post(
        "/api/v1/ingests?dry_run=true", content=body, headers=ALICE | {"content-type": media}
    )
    assert response.status_code == 400
    details = response.json()["error"]["details"]
    assert (details["line"], details["column"]) == (line, column)


@pytest.mark.parametrize(
    ("media", "body"),
    [
        ("text/plain", b""),
        ("text/plain", b"\xff\xfe not utf-8"),
        ("text/plain", "Không có gì ở đây.".encode()),
        ("text/plain", b"SOURCE: \n\n\n"),
        ("text/turtle", b""),
        ("text/turtle", b"<< <http://e/a> <http://e/b> <http://e/c> >> <http://e/p> 1 ."),
        ("application/ld+json", b'{"@context": "http://example.org/remote.jsonld"}'),
        ("application/trig", b"GRAPH <http://e/g> { <http://e/s> <http://e/p> <http://e/o> }"),
    ],
)
def test_odd_payloads_never_cause_a_500(
    make_client: AppFactory, store: OxigraphStore, media: str, body: bytes
) -> None:
    count = store.count()
    client = make_client(store)
    for url in ("/api/v1/validate", "/api/v1/ingests?dry_run=true", "/api/v1/ingests"):
        response = client.post(url, content=body, headers=ALICE | {"content-type": media})
        assert response.status_code < 500, (url, response.text)
        assert response.status_code in (200, 201, 400, 409, 422)
    assert store.count() >= count


def test_rdf_without_a_source_is_rejected_naming_the_shape(
    make_client: AppFactory, store: OxigraphStore
) -> None:
    body = b'<http://e/s> <http://www.w3.org/2000/01/rdf-schema#label> "x" .'
    response = make_client(store).post("/api/v1/ingests", content=body, headers=ALICE | TURTLE)
    assert response.status_code == 409
    shapes = {r["shape"] for r in response.json()["error"]["details"]["report"]["results"]}
    assert "https://w3id.org/noi-chinh/shapes#SourceGraphShape" in shapes
