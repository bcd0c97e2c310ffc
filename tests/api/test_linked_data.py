"""Dereferencing ``/id/{type}/{slug}`` (303 + content negotiation) and ``/ontology``."""

from __future__ import annotations

import json

import pytest
import rdflib
from fastapi.testclient import TestClient
from rdflib.namespace import OWL, RDF, SKOS

from tests.api.conftest import KTNN

ID = "/id/agency/kiem-toan-nha-nuoc"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
NCG = rdflib.Namespace("https://w3id.org/noi-chinh/ontology#")


@pytest.mark.parametrize(
    ("accept", "extension"),
    [
        ("text/turtle", "ttl"),
        ("application/ld+json", "jsonld"),
        ("application/n-triples", "nt"),
        (BROWSER, "html"),
        ("*/*", "ttl"),
    ],
)
def test_entity_iri_answers_303_to_the_negotiated_document(
    client: TestClient, accept: str, extension: str
) -> None:
    response = client.get(ID, headers={"Accept": accept}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"/doc/agency/kiem-toan-nha-nuoc.{extension}"
    assert "Accept" in response.headers["vary"]


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("application/n-triples", "nt"),
    ],
)
def test_documents_parse_as_rdf_and_describe_the_entity(
    client: TestClient, accept: str, rdf_format: str
) -> None:
    response = client.get(ID, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(accept)
    graph = rdflib.Graph().parse(data=response.text, format=rdf_format)
    agency = rdflib.URIRef(KTNN)
    assert (agency, RDF.type, NCG.StateAgency) in graph
    assert (agency, SKOS.altLabel, rdflib.Literal("KTNN", lang="vi")) in graph
    incoming = set(graph.subjects(rdflib.URIRef("http://www.w3.org/ns/org#member"), agency))
    assert any("/2023/kiem-toan-nha-nuoc/leader" in str(s) for s in incoming)


def test_browser_gets_an_html_page_with_links(client: TestClient) -> None:
    response = client.get(ID, headers={"Accept": BROWSER})
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>Kiểm toán Nhà nước</h1>" in response.text
    assert 'type="text/turtle"' in response.text


def test_format_parameter_overrides_accept(client: TestClient) -> None:
    response = client.get(f"{ID}?format=nt", follow_redirects=False)
    assert response.headers["location"].endswith(".nt")


def test_unknown_entity_is_404_and_unacceptable_format_406(client: TestClient) -> None:
    missing = client.get("/id/agency/khong-co")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    refused = client.get(ID, headers={"Accept": "image/png"})
    assert refused.status_code == 406
    assert refused.json()["error"]["code"] == "not_acceptable"
    assert client.get("/doc/agency/kiem-toan-nha-nuoc.exe").status_code == 404


def test_ontology_in_turtle_and_json_ld(client: TestClient) -> None:
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200
    assert "Accept" in turtle.headers["vary"]
    graph = rdflib.Graph().parse(data=turtle.text, format="turtle")
    assert (rdflib.URIRef("https://w3id.org/noi-chinh/ontology"), RDF.type, OWL.Ontology) in graph
    assert (NCG.StateAgency, RDF.type, OWL.Class) in graph
    jsonld = client.get("/ontology", headers={"Accept": "application/ld+json"})
    assert isinstance(json.loads(jsonld.text), list | dict)
    assert len(rdflib.Graph().parse(data=jsonld.text, format="json-ld")) == len(graph)


def test_ontology_html_documents_classes_with_definitions(client: TestClient) -> None:
    response = client.get("/ontology", headers={"Accept": BROWSER, "Accept-Language": "en"})
    assert response.headers["content-type"].startswith("text/html")
    assert '<section id="StateAgency">' in response.text
    assert "A body of the Vietnamese state" in response.text
