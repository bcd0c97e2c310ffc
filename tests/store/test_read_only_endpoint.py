"""``/sparql`` is read-only on every backend: an update sent as ``query=`` never reaches a store.

Virtuoso serves queries and updates on one URL and runs an update sent as ``query=`` (the
README configures it so); Oxigraph server is configured here with its update URL as well, so a
forwarded update would run there too. Every update form of SPARQL 1.1 Update is sent by GET, by
form POST and as a ``application/sparql-query`` body; each must be refused before any store sees
it, the data must be unchanged, and ``LOAD`` must never fetch its URL.
"""

import http.server
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import NcgError
from nội_chính_graph.store.remote import RemoteStore
from tests.store.conftest import GRAPH_A, TRIG_FILES
from tests.store.test_remote_store import server  # noqa: F401  (fixture)
from tests.store.virtuoso import VirtuosoServer

pytestmark = pytest.mark.remote

G = "http://example.org/g"
S = "<http://example.org/s>"
P = "<http://example.org/p>"
MARK = f'{S} {P} "written"'
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


class _Fetches(http.server.BaseHTTPRequestHandler):
    """Counts every request: LOAD must never make the store fetch a URL."""

    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        body = f"{MARK} .\n".encode()
        self.send_response(200)
        self.send_header("content-type", "text/turtle")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def bait() -> Iterator[str]:
    """A local URL serving one triple, which records whoever fetches it."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Fetches)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/data.ttl"
    httpd.shutdown()


def update_forms(url: str) -> list[str]:
    """Every operation of SPARQL 1.1 Update, and updates hidden behind a query or a prologue."""
    return [
        f"INSERT DATA {{ {MARK} }}",
        f"INSERT DATA {{ GRAPH <{G}> {{ {MARK} }} }}",
        "DELETE DATA { <http://e/none> <http://e/p> 1 }",
        "DELETE WHERE { ?s ?p ?o }",
        f"DELETE {{ ?s ?p ?o }} INSERT {{ {MARK} }} WHERE {{ ?s ?p ?o }}",
        f"WITH <{GRAPH_A}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}",
        f"INSERT {{ {MARK} }} USING <{GRAPH_A}> WHERE {{ ?s ?p ?o }}",
        f"LOAD <{url}>",
        f"LOAD SILENT <{url}> INTO GRAPH <{G}>",
        "CLEAR ALL",
        f"CLEAR GRAPH <{GRAPH_A}>",
        "CLEAR DEFAULT",
        "DROP ALL",
        f"DROP SILENT GRAPH <{GRAPH_A}>",
        f"CREATE GRAPH <{G}>",
        f"ADD <{GRAPH_A}> TO <{G}>",
        f"MOVE <{GRAPH_A}> TO <{G}>",
        f"COPY <{GRAPH_A}> TO <{G}>",
        "PREFIX ex: <http://example.org/> insert data { ex:s ex:p 'written' }",
        f"SELECT * WHERE {{ ?s ?p ?o }} ; INSERT DATA {{ {MARK} }}",
        "ASK {} ; DROP ALL",
        f"# a comment\nBASE <http://example.org/>\nINSERT DATA {{ {MARK} }}",
    ]


def _send(client: TestClient, how: str, sparql: str) -> tuple[int, dict[str, object]]:
    if how == "get":
        response = client.get("/sparql", params={"query": sparql})
    elif how == "form":
        response = client.post("/sparql", data={"query": sparql})
    else:
        headers = {"content-type": "application/sparql-query"}
        response = client.post("/sparql", content=sparql.encode(), headers=headers)
    return response.status_code, response.json()


def _settings(request: pytest.FixtureRequest) -> Settings:
    if request.param == "oxigraph":
        url = request.getfixturevalue("server")
        return Settings(
            store="remote", remote_url=f"{url}/query", remote_update_url=f"{url}/update"
        )
    virtuoso: VirtuosoServer = request.getfixturevalue("virtuoso")
    return virtuoso.settings()  # query URL = update URL = /sparql, as the README configures


@pytest.fixture(params=["oxigraph", "virtuoso"])
def backend(request: pytest.FixtureRequest) -> Iterator[tuple[TestClient, RemoteStore]]:
    """The app over a remote store holding the fixture graphs, and that store."""
    settings = _settings(request).model_copy(update={"load_data_on_start": False})
    store = RemoteStore.from_settings(settings)
    for graph in store.graphs():
        store.delete_graph(graph)
    store.load_files(TRIG_FILES)
    with TestClient(create_app(settings)) as client:
        yield client, store
    for graph in store.graphs():
        store.delete_graph(graph)
    store.close()


def test_every_update_sent_as_a_query_is_refused_and_never_runs(
    backend: tuple[TestClient, RemoteStore], bait: str
) -> None:
    client, store = backend
    before, graphs = store.count(), store.graphs()
    assert before > 0
    _Fetches.hits.clear()
    refused = []
    for sparql in update_forms(bait):
        for how in ("get", "form", "body"):
            status, body = _send(client, how, sparql)
            refused.append((sparql, how, status, body["error"]["code"]))  # type: ignore[index]
    assert {(status, code) for *_, status, code in refused} == {(400, "update_not_allowed")}
    assert store.count() == before
    assert store.graphs() == graphs
    asked = client.get("/sparql", params={"query": f"ASK {{ {MARK} }}"}).json()
    assert asked["boolean"] is False
    assert _Fetches.hits == []


def test_store_builtins_and_extensions_are_refused(
    backend: tuple[TestClient, RemoteStore],
) -> None:
    client, _ = backend
    builtin = "SELECT * WHERE { ?s ?p ?o FILTER(bif:contains(?o, '\"x\"')) }"
    status, body = _send(client, "get", builtin)
    assert (status, body["error"]["code"]) == (400, "query_refused")  # type: ignore[index]
    pragma = "DEFINE input:inference 'x' SELECT * WHERE { ?s ?p ?o }"
    status, body = _send(client, "get", pragma)
    assert (status, body["error"]["code"]) == (400, "update_not_allowed")  # type: ignore[index]


def test_queries_still_answer_on_every_backend(backend: tuple[TestClient, RemoteStore]) -> None:
    """The guard lets every query form through, with keywords inside strings and IRIs."""
    client, _ = backend
    n = client.get("/sparql", params={"query": COUNT}).json()
    assert int(n["results"]["bindings"][0]["n"]["value"]) > 0
    tricky = 'ASK { ?s ?p ?o FILTER(?o != "INSERT DATA { }") } # DROP ALL'
    assert client.get("/sparql", params={"query": tricky}).json()["boolean"] is True
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1"
    response = client.get("/sparql", params={"query": construct}, headers={"accept": "text/turtle"})
    assert response.status_code == 200


def test_the_remote_store_itself_sends_only_queries(
    backend: tuple[TestClient, RemoteStore],
) -> None:
    _, store = backend
    before = store.count()
    with pytest.raises(NcgError) as raised:
        store.query(f"INSERT DATA {{ {MARK} }}")
    assert getattr(raised.value, "code", None) == "update_not_allowed"
    assert store.count() == before
