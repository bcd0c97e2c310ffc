"""Hostile RDF files and payloads: malformed Turtle / JSON-LD / RDF/XML, external entities (XXE),
entity expansion, remote JSON-LD contexts, huge literals, deep nesting, bad IRIs. Through the
validation loader and ``ncg validate`` (rdflib), ``ncg load`` (pyoxigraph) and the public
``POST /api/v1/validate``: each is refused with a message (exit 2, DataFormatError, 4xx) or read
safely; nothing is fetched, no local file leaks, the process survives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from nội_chính_graph.cli import app as cli
from nội_chính_graph.errors import DataFormatError
from nội_chính_graph.ingest.audit import AuditLog, audit_path
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.validation import RDFParseError, load_rdf
from nội_chính_graph.validation.engine import Validator
from nội_chính_graph.web.deps import get_store, get_workflow
from tests.reliability.conftest import Canary, assert_error_shape, reliability_settings

SECRET = "TOPSECRET-b1c2d3"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NCG_BIN = Path(sys.executable).parent / "ncg"


def xxe_document(secret_file: Path, canary: Canary) -> str:
    """RDF/XML whose literals are external entities: a local file and a URL."""
    return f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
  <!ENTITY secret SYSTEM "{secret_file.as_uri()}">
  <!ENTITY remote SYSTEM "{canary.url}/entity">
]>
<rdf:RDF xmlns:rdf="{RDF}" xmlns:e="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s">
    <e:p>&secret;</e:p><e:q>&remote;</e:q>
  </rdf:Description>
</rdf:RDF>
"""


def laughs(levels: int) -> str:
    """RDF/XML with nested internal entities expanding to 10^(levels+1) characters."""
    entities = "".join(f'<!ENTITY e{i + 1} "{f"&e{i};" * 10}">' for i in range(levels))
    return f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY e0 "ha-ha-ha-"> {entities} ]>
<rdf:RDF xmlns:rdf="{RDF}" xmlns:e="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s"><e:p>&e{levels};</e:p></rdf:Description>
</rdf:RDF>
"""


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def test_rdflib_rdfxml_parser_never_resolves_external_entities(
    secret_file: Path, canary: Canary
) -> None:
    graph = rdflib.Graph().parse(data=xxe_document(secret_file, canary), format="xml")
    values = [str(o) for o in graph.objects()]
    assert len(values) == 2
    assert all(SECRET not in value for value in values)
    assert canary.hits == []


def test_pyoxigraph_refuses_external_entities(secret_file: Path, canary: Canary) -> None:
    with pytest.raises(SyntaxError):
        list(ox.parse(xxe_document(secret_file, canary).encode(), ox.RdfFormat.RDF_XML))
    assert canary.hits == []


def test_ncg_load_refuses_xxe_and_entity_expansion(
    tmp_path: Path, secret_file: Path, canary: Canary
) -> None:
    store = OxigraphStore()
    for name, text in (("xxe.rdf", xxe_document(secret_file, canary)), ("lol.rdf", laughs(9))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(DataFormatError, match="ENTITY"):
            store.load_files([path], graph="https://w3id.org/noi-chinh/graph/test")
    assert store.count() == 0
    assert canary.hits == []


def test_ncg_load_of_a_billion_laughs_exits_cleanly_in_a_real_process(tmp_path: Path) -> None:
    # Before the guard, pyoxigraph tried to allocate 2 GB and aborted the process (SIGABRT).
    path = tmp_path / "lol.rdf"
    path.write_text(laughs(9), encoding="utf-8")
    done = subprocess.run(
        [str(NCG_BIN), "load", "--memory", "--graph", "urn:g", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "ENTITY" in done.stdout + done.stderr


def test_json_ld_remote_context_is_never_fetched(tmp_path: Path, canary: Canary) -> None:
    documents = {
        "plain.jsonld": {"@context": f"{canary.url}/a", "@id": "http://example.org/s", "p": "v"},
        "list.jsonld": {"@context": [{"q": "urn:q"}, f"{canary.url}/b"], "@id": "urn:s"},
        "import.jsonld": {"@context": {"@import": f"{canary.url}/c"}, "@id": "urn:s"},
        "nested.jsonld": {"@id": "urn:s", "urn:p": {"@context": f"{canary.url}/d", "p": "v"}},
        "file.jsonld": {"@context": "/etc/hostname", "@id": "urn:s"},
    }
    for name, document in documents.items():
        path = tmp_path / name
        path.write_text(json.dumps(document), encoding="utf-8")
        with pytest.raises(RDFParseError, match="never fetched"):
            load_rdf(path)
        with pytest.raises(SyntaxError, match="remote context"):
            list(ox.parse(path.read_bytes(), ox.RdfFormat.JSON_LD))
    assert canary.hits == []


def test_json_ld_remote_context_through_the_api_is_400_and_not_fetched(canary: Canary) -> None:
    body = json.dumps({"@context": f"{canary.url}/ctx", "@id": "urn:s", "p": "v"})
    response = validate_client().post(
        "/api/v1/validate", content=body, headers={"content-type": "application/ld+json"}
    )
    assert response.status_code == 400
    assert assert_error_shape(response.content) == "data_format"
    assert canary.hits == []


MALFORMED = {
    "bad.ttl": '@prefix e: <http://example.org/> .\ne:s e:p "unterminated .\n',
    "bad.trig": "<urn:g> { <urn:s> <urn:p> <urn:o> \n",
    "bad.nt": "<urn:s> <urn:p> <urn:o> .\n<urn:s> <urn:p> .\n",
    "bad.jsonld": '{"@id": "urn:s", "urn:p": [1, 2,,]}',
    "space.ttl": "<http://example.org/a b> <http://example.org/p> 1 .\n",
    "control.nt": "<urn:s> <urn:p> <urn:o> .\n<http://example.org/\x01> <urn:p> <urn:o> .\n",
    "deep.ttl": "@prefix e: <urn:> . e:s e:p " + "[ e:p " * 20_000 + "1" + " ]" * 20_000 + " .",
    "deep-list.ttl": "<urn:s> <urn:p> " + "( " * 20_000 + "1" + " )" * 20_000 + " .",
    "deep.jsonld": '{"@id": "urn:s", "urn:p": ' + '{"urn:p": ' * 5_000 + "1" + "}" * 5_001,
    "binary.ttl": "\udcff\udcfe",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_files_are_unreadable_input_exit_2(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(MALFORMED[name].encode("utf-8", "surrogateescape"))
    with pytest.raises(RDFParseError) as caught:
        load_rdf(path)
    assert caught.value.file == str(path)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 2, result.output


def test_line_is_reported_for_a_bad_iri(tmp_path: Path) -> None:
    path = tmp_path / "control.nt"
    path.write_text(MALFORMED["control.nt"], encoding="utf-8")
    with pytest.raises(RDFParseError) as caught:
        load_rdf(path)
    assert caught.value.line == 2


def test_a_huge_literal_is_read_whole(tmp_path: Path) -> None:
    literal = "Bộ Công an " * 400_000  # 4.4 MB
    path = tmp_path / "huge.ttl"
    path.write_text(f'<urn:s> <urn:p> "{literal}" .\n', encoding="utf-8")
    graph = load_rdf(path)
    assert [str(o) for o in graph.objects()] == [literal]


def validate_client() -> TestClient:
    """A client of the app with the (public) validation route, on a memory store."""
    settings = reliability_settings(load_data_on_start=False)
    app = create_app(settings)
    store = OxigraphStore()
    workflow = IngestWorkflow(store, Validator(), AuditLog(audit_path(settings)))
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_workflow] = lambda: workflow
    return TestClient(app)


API_PAYLOADS = [
    ("text/turtle", MALFORMED["bad.ttl"]),
    ("text/turtle", MALFORMED["space.ttl"]),
    ("application/n-triples", MALFORMED["control.nt"]),
    ("application/ld+json", MALFORMED["bad.jsonld"]),
    ("application/ld+json", '{"@id": "urn:s", "urn:p": ' + '{"urn:p": ' * 100_000 + "1}"),
    ("application/trig", MALFORMED["bad.trig"]),
    ("application/rdf+xml", laughs(9)),
    ("text/turtle", "\udcff\udcfe"),
    ("text/plain", "\udcff\udcfe"),
]


@pytest.mark.parametrize(("media", "body"), API_PAYLOADS)
def test_hostile_payloads_to_the_public_validate_route_are_4xx(media: str, body: str) -> None:
    response = validate_client().post(
        "/api/v1/validate",
        content=body.encode("utf-8", "surrogateescape"),
        headers={"content-type": media},
    )
    assert 400 <= response.status_code < 500, response.text[:300]
    assert_error_shape(response.content)


@pytest.mark.parametrize("name", ["deep.ttl", "deep-list.ttl"])
def test_deep_turtle_through_the_api_is_parsed_without_recursion(name: str) -> None:
    # pyoxigraph's parsers keep their own stack: 20,000 levels are read and validated.
    response = validate_client().post(
        "/api/v1/validate", content=MALFORMED[name], headers={"content-type": "text/turtle"}
    )
    assert response.status_code == 200
    assert response.json()["report"]["conforms"] is False


#: Issue 13, finding 8: with a @prefix line, a Turtle payload holding an IRI with a space was
#: answered 400 ``empty_payload`` ("holds no triples") instead of the parser's error.
SPACE_AFTER_PREFIX = {
    "subject": '@prefix ex: <http://example.org/> .\n<http://example.org/a b> ex:p "x" .\n',
    "object": '@prefix ex: <http://example.org/> .\nex:s ex:p "x" .\nex:s ex:q <http://e/a b> .\n',
    "relative": '@prefix ex: <http://example.org/> .\n<a b> ex:p "x" .\n',
}
SPACE_AT = {"subject": (2, 1), "object": (3, 11), "relative": (2, 1)}


@pytest.mark.parametrize("case", sorted(SPACE_AFTER_PREFIX))
def test_an_iri_with_a_space_after_a_prefix_gives_the_parser_position(case: str) -> None:
    line, column = SPACE_AT[case]
    response = validate_client().post(
        "/api/v1/validate",
        content=SPACE_AFTER_PREFIX[case].encode(),
        headers={"content-type": "text/turtle"},
    )
    assert response.status_code == 400, response.text[:300]
    assert assert_error_shape(response.content) == "data_format"
    details = response.json()["error"]["details"]
    assert (details["line"], details["column"]) == (line, column)


@pytest.mark.parametrize("case", sorted(SPACE_AFTER_PREFIX))
def test_an_iri_with_a_space_after_a_prefix_is_unreadable_with_its_line(
    tmp_path: Path, case: str
) -> None:
    path = tmp_path / "space-after-prefix.ttl"
    path.write_text(SPACE_AFTER_PREFIX[case], encoding="utf-8")
    with pytest.raises(RDFParseError) as caught:
        load_rdf(path)
    assert caught.value.line == SPACE_AT[case][0]
