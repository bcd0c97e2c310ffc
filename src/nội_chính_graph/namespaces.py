"""Every namespace the project uses, defined once."""

from rdflib import Namespace
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SH,
    SKOS,
    TIME,
    VOID,
    XSD,
)

BASE = "https://w3id.org/noi-chinh/"
NCG = Namespace(BASE + "ontology#")
ONTOLOGY_IRI = BASE + "ontology"
NCGID = Namespace(BASE + "id/")
NCGG = Namespace(BASE + "graph/")
NCGSH = Namespace(BASE + "shapes#")
GENID = BASE + ".well-known/genid/"
"""Skolem IRIs that stand for blank nodes (RDF 1.1 Concepts §3.5), minted by the store."""
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES: dict[str, str] = {
    prefix: str(namespace)
    for prefix, namespace in {
        "ncg": NCG,
        "ncgid": NCGID,
        "ncgg": NCGG,
        "ncgsh": NCGSH,
        "org": ORG,
        "foaf": FOAF,
        "schema": SCHEMA,
        "skos": SKOS,
        "prov": PROV,
        "time": TIME,
        "oa": OA,
        "dcterms": DCTERMS,
        "owl": OWL,
        "rdf": RDF,
        "rdfs": RDFS,
        "xsd": XSD,
        "sh": SH,
        "void": VOID,
        "sd": SD,
    }.items()
}
"""Prefix → namespace IRI for every vocabulary the project uses."""


def sparql_prefixes() -> str:
    """Return PREFIX declarations for every project namespace, for building named queries."""
    return "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"


__all__ = [
    "BASE",
    "DCTERMS",
    "FOAF",
    "GENID",
    "NCG",
    "NCGG",
    "NCGID",
    "NCGSH",
    "OA",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SD",
    "SH",
    "SKOS",
    "TIME",
    "VOID",
    "XSD",
    "sparql_prefixes",
]
