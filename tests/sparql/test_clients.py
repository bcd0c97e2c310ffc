"""Real SPARQL clients against the endpoint on a real HTTP server."""

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

SKOS = "http://www.w3.org/2004/02/skos/core#"
BO_CONG_AN = "https://w3id.org/noi-chinh/id/agency/bo-cong-an"
QUERY = f"""PREFIX skos: <{SKOS}>
SELECT ?label WHERE {{ <{BO_CONG_AN}> skos:prefLabel ?label }} ORDER BY ?label"""


def test_sparqlwrapper_select_get_and_post(live_url: str) -> None:
    for method in ("GET", "POST"):
        client = SPARQLWrapper(f"{live_url}/sparql")
        client.setMethod(method)
        client.setQuery(QUERY)
        client.setReturnFormat(JSON)
        result = client.query().convert()
        assert isinstance(result, dict)
        labels = [b["label"]["value"] for b in result["results"]["bindings"]]
        assert labels == ["Bộ Công an", "Ministry of Public Security"]


def test_sparqlwrapper_construct_as_turtle(live_url: str) -> None:
    client = SPARQLWrapper(f"{live_url}/sparql")
    client.setQuery(f"CONSTRUCT WHERE {{ <{BO_CONG_AN}> <{SKOS}altLabel> ?o }}")
    client.setReturnFormat(TURTLE)
    data = client.query().convert()
    assert isinstance(data, bytes)
    graph = rdflib.Graph().parse(data=data, format="turtle")
    assert set(graph.objects()) == {rdflib.Literal("BCA", lang="vi")}


def test_rdflib_sparqlstore_select_and_ask(live_url: str) -> None:
    store = SPARQLStore(f"{live_url}/sparql")
    graph = rdflib.Graph(store=store)
    rows = list(graph.query(QUERY))
    assert [str(row[0]) for row in rows] == ["Bộ Công an", "Ministry of Public Security"]  # type: ignore[index]
    assert graph.query(f"ASK {{ <{BO_CONG_AN}> ?p ?o }}").askAnswer is True
    store.close()
