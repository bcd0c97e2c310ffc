"""Our queries give the same answers on every backend (issue 13, finding 9).

The shipped ontology and data are loaded into the embedded store, an Oxigraph server and
Virtuoso; every JSON API read (lists, each entity's page, each person's timeline, each bloc's
membership, searches, neighbourhoods) and every competency question must answer exactly as on
the embedded store. Before, on Virtuoso the Party-role entry of a person's timeline came back
with ``organisation`` and ``role`` null.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from nội_chính_graph.config import Settings
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.results import format_named, serialize_result
from tests.api.conftest import DATA, ONTOLOGY, make_app
from tests.store.backends import clear, settings_for
from tests.store.test_remote_store import server

__all__ = ["server"]  # fixture used here

pytestmark = pytest.mark.remote

REMOTE = ("oxigraph-server", "virtuoso")
QUERIES = sorted((Path(__file__).resolve().parents[2] / "queries" / "competency").glob("*.rq"))
LISTS = ("agencies", "people", "blocs", "events", "party-organs")
SEARCHES = ("tran quoc to", "KTNN", "khoi noi chinh", "bộ công an", "vksnd toi cao")
_GENID = re.compile(r"https://w3id\.org/noi-chinh/\.well-known/genid/[0-9a-f]+")


def _normalised(body: bytes) -> Any:
    """A JSON body with skolem IRIs (fresh on every load) replaced by one placeholder."""
    return json.loads(_GENID.sub("genid", body.decode()))


def _unordered(document: Any) -> Any:
    """A graph answer with its nodes and edges sorted: their order follows the store's."""
    if isinstance(document, dict):
        for key in ("nodes", "edges"):
            if isinstance(document.get(key), list):
                document[key] = sorted(document[key], key=lambda item: json.dumps(item))
    return document


def _get(client: TestClient, url: str) -> Any:
    response = client.get(url)
    body = _normalised(response.content)
    return response.status_code, _unordered(body) if "/graph/" in url else body


def _urls(client: TestClient) -> list[str]:
    """Every read to compare: lists, and what they list."""
    urls = [f"/api/v1/{name}?limit=100" for name in LISTS]
    urls += [f"/api/v1/search?q={q}&limit=50" for q in SEARCHES]
    for name in LISTS:
        items = client.get(f"/api/v1/{name}?limit=100").json()["items"]
        assert items, f"/api/v1/{name} is empty"
        urls += [f"/api/v1/{name}/{item['slug']}" for item in items if "/" not in item["slug"]]
        if name == "people":
            urls += [f"/api/v1/people/{item['slug']}/timeline" for item in items]
        if name == "blocs":
            urls += [f"/api/v1/blocs/{item['slug']}/membership" for item in items]
            urls += [f"/api/v1/graph/neighbourhood?iri={item['id']}&depth=2" for item in items]
    return urls


def _answers(store: Store) -> dict[str, Any]:
    with TestClient(make_app(store)) as client:
        return {url: _get(client, url) for url in _urls(client)}


def _competency(store: Store) -> dict[str, Any]:
    answers = {}
    for path in QUERIES:
        result = store.query(path.read_text(encoding="utf-8"))
        body = serialize_result(result, format_named("json", "solutions"))
        document = _normalised(body)
        rows = document.get("results", {}).get("bindings", document.get("boolean"))
        answers[path.name] = sorted(json.dumps(r, sort_keys=True) for r in rows)
    return answers


def _loaded(settings: Settings) -> Store:
    store = open_store(settings)
    clear(store)
    load_shipped(store, ontology=ONTOLOGY, data=DATA)
    return store


@pytest.fixture(scope="module")
def embedded() -> tuple[dict[str, Any], dict[str, Any]]:
    """The reference answers, from the embedded store."""
    store = _loaded(Settings(store="memory"))
    return _answers(store), _competency(store)


@pytest.fixture(params=REMOTE)
def remote(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    store = _loaded(settings_for(request, str(request.param), tmp_path))
    yield store
    clear(store)
    store.close()


def _differences(expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    return [key for key in expected if expected[key] != got.get(key)]


def test_the_json_api_answers_alike(
    embedded: tuple[dict[str, Any], dict[str, Any]], remote: Store
) -> None:
    expected, _ = embedded
    assert len(expected) > 40
    assert all(status == 200 for status, _ in expected.values())
    got = _answers(remote)
    assert _differences(expected, got) == []


def test_the_competency_questions_answer_alike(
    embedded: tuple[dict[str, Any], dict[str, Any]], remote: Store
) -> None:
    _, expected = embedded
    assert QUERIES
    got = _competency(remote)
    assert _differences(expected, got) == []
