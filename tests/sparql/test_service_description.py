"""GET /sparql without a query: the Service Description, its VoID, and the browser page."""

import rdflib
from fastapi.testclient import TestClient
from rdflib.namespace import RDF, VOID

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
ENDPOINT = rdflib.URIRef("http://testserver/sparql")
DATASET = rdflib.URIRef("http://testserver/sparql/void#dataset")
GRAPHS = {
    rdflib.URIRef("https://w3id.org/noi-chinh/graph/report/test-a"): 7,
    rdflib.URIRef("https://w3id.org/noi-chinh/graph/report/test-b"): 4,
}


def description(
    client: TestClient, accept: str = "text/turtle", path: str = "/sparql"
) -> rdflib.Graph:
    response = client.get(path, headers={"accept": accept})
    assert response.status_code == 200
    graph = rdflib.Graph()
    graph.parse(data=response.content, format=response.headers["content-type"].split(";")[0])
    return graph


def test_plain_get_returns_turtle_service_description(client: TestClient) -> None:
    response = client.get("/sparql", headers={"accept": "*/*"})
    assert response.headers["content-type"].startswith("text/turtle")
    graph = description(client)
    assert (ENDPOINT, RDF.type, SD.Service) in graph
    assert (ENDPOINT, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (ENDPOINT, SD.defaultDataset, DATASET) in graph
    formats = set(graph.objects(ENDPOINT, SD.resultFormat))
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    assert len(formats) == 10


def test_void_counts_triples_per_named_graph(client: TestClient) -> None:
    graph = description(client)
    assert (DATASET, VOID.triples, rdflib.Literal(sum(GRAPHS.values()))) in graph
    counted = {}
    for entry in graph.objects(DATASET, SD.namedGraph):
        triples = graph.value(graph.value(entry, SD.graph), VOID.triples)
        assert isinstance(triples, rdflib.Literal)
        counted[graph.value(entry, SD.name)] = triples.toPython()
    assert counted == GRAPHS


def test_void_lists_vocabularies_in_use(client: TestClient) -> None:
    vocabularies = set(description(client).objects(DATASET, VOID.vocabulary))
    assert rdflib.URIRef("http://www.w3.org/2004/02/skos/core#") in vocabularies
    assert rdflib.URIRef("https://w3id.org/noi-chinh/ontology#") in vocabularies


def test_service_description_in_json_ld_is_the_same_graph(client: TestClient) -> None:
    turtle = description(client)
    jsonld = description(client, "application/ld+json")
    assert len(turtle) == len(jsonld)
    assert (ENDPOINT, RDF.type, SD.Service) in jsonld


def test_void_endpoint_describes_the_dataset_only(client: TestClient) -> None:
    graph = description(client, path="/sparql/void")
    assert (DATASET, RDF.type, VOID.Dataset) in graph
    assert (ENDPOINT, RDF.type, SD.Service) not in graph


def test_browser_gets_the_local_query_page(client: TestClient) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    page = client.get("/sparql", headers={"accept": accept})
    assert page.headers["content-type"].startswith("text/html")
    assert '<script src="/static/query.js">' in page.text
    assert "cdn" not in page.text.lower()
    script = client.get("/static/query.js")
    assert script.status_code == 200
    assert "fetch(" in script.text
