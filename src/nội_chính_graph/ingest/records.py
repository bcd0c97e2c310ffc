"""Ingest records, kept as PROV-O in the named graph ``ncgg:ingests`` (so they survive restarts
and live in whichever store the data lives in, remote included).

One ingest ``{id}`` is described by::

    ncgid:ingest/{id} a prov:Activity ;                    # the ingest
        dcterms:identifier "{id}" ; schema:actionStatus schema:CompletedActionStatus ;
        prov:wasAssociatedWith ncgid:steward/{name} , ncgid:software/noi-chinh-graph/{version} ;
        prov:startedAtTime / prov:endedAtTime "…"^^xsd:dateTime ;
        prov:used <report> ; schema:url "…"^^xsd:anyURI ; ncg:sha256 "{content hash}" ;
        prov:generated ncgg:ingest/{id} .
    ncgg:ingest/{id} a prov:Entity , void:Dataset ; void:triples N ;
        prov:wasGeneratedBy ncgid:ingest/{id} .
    ncgg:ingests a ncg:SourceGraph ; prov:wasDerivedFrom ncgg:ingest/{id} .
"""

from __future__ import annotations

import datetime as dt
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from pydantic import BaseModel, Field
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import DCTERMS, FOAF, NCG, NCGG, NCGID, PROV, RDF, SCHEMA, VOID, XSD
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.store.base import SolutionsResult, Store

RECORDS_GRAPH = NCGG["ingests"]
SOFTWARE = "noi-chinh-graph"

Status = TypingLiteral["committed", "reverted"]


class IngestRecord(BaseModel):
    """One ingest: who, when, from what, into which graph, how many triples."""

    id: str
    graph: str = Field(description="IRI of the named graph holding the ingested triples.")
    steward: str
    time: dt.datetime = Field(description="When the ingest was committed (UTC).")
    source: str | None = Field(default=None, description="IRI of the source report.")
    source_url: str | None = None
    content_hash: str = Field(description="SHA-256 of the submitted text (NFC) or RDF bytes.")
    triple_count: int
    status: Status = "committed"
    software_version: str


def activity_iri(ingest_id: str) -> URIRef:
    """``ncgid:ingest/{id}``."""
    return NCGID[f"ingest/{ingest_id}"]


def graph_iri(ingest_id: str) -> URIRef:
    """``ncgg:ingest/{id}``."""
    return NCGG[f"ingest/{ingest_id}"]


def steward_iri(name: str) -> URIRef:
    """``ncgid:steward/{name}`` (names come from the token setting, never from requests)."""
    return NCGID[f"steward/{name}"]


def software_iri(version: str) -> URIRef:
    """``ncgid:software/noi-chinh-graph/{version}``."""
    return NCGID[f"software/{SOFTWARE}/{version}"]


def _stamp(time: dt.datetime) -> Literal:
    return Literal(time.isoformat(), datatype=XSD.dateTime)


def record_graph(record: IngestRecord) -> Graph:
    """The triples describing ``record`` (added to :data:`RECORDS_GRAPH`)."""
    g = Graph()
    act, data = activity_iri(record.id), URIRef(record.graph)
    steward, software = steward_iri(record.steward), software_iri(record.software_version)
    triples: list[tuple[Node, Node, Node]] = [
        (act, RDF.type, PROV.Activity),
        (act, DCTERMS.identifier, Literal(record.id)),
        (act, SCHEMA.actionStatus, SCHEMA.CompletedActionStatus),
        (act, PROV.wasAssociatedWith, steward),
        (act, PROV.wasAssociatedWith, software),
        (act, PROV.startedAtTime, _stamp(record.time)),
        (act, PROV.endedAtTime, _stamp(record.time)),
        (act, NCG.sha256, Literal(record.content_hash)),
        (act, PROV.generated, data),
        (data, RDF.type, PROV.Entity),
        (data, RDF.type, VOID.Dataset),
        (data, VOID.triples, Literal(record.triple_count)),
        (data, PROV.wasGeneratedBy, act),
        (steward, RDF.type, PROV.Agent),
        (steward, FOAF.name, Literal(record.steward)),
        (software, RDF.type, PROV.SoftwareAgent),
        (software, SCHEMA.name, Literal(SOFTWARE)),
        (software, SCHEMA.softwareVersion, Literal(record.software_version)),
        (RECORDS_GRAPH, RDF.type, NCG.SourceGraph),
        (RECORDS_GRAPH, PROV.wasDerivedFrom, data),
    ]
    if record.source is not None:
        triples.append((act, PROV.used, URIRef(record.source)))
    if record.source_url is not None:
        triples.append((act, SCHEMA.url, Literal(record.source_url, datatype=XSD.anyURI)))
    for triple in triples:
        g.add(triple)
    return g


def without_record(records: Graph, ingest_id: str) -> Graph:
    """``records`` minus one ingest; agents no longer used and an empty header go too."""
    act, data = activity_iri(ingest_id), graph_iri(ingest_id)
    kept = Graph()
    for s, p, o in records:
        if s in (act, data) or (s == RECORDS_GRAPH and o == data):
            continue
        kept.add((s, p, o))
    used = set(kept.objects(None, PROV.wasAssociatedWith))
    for agent in set(kept.subjects(RDF.type, PROV.Agent)) | set(
        kept.subjects(RDF.type, PROV.SoftwareAgent)
    ):
        if agent not in used:
            kept.remove((agent, None, None))
    if not any(kept.objects(RECORDS_GRAPH, PROV.wasDerivedFrom)):
        kept.remove((RECORDS_GRAPH, None, None))
    return kept


_SELECT = """
SELECT ?act ?id ?graph ?steward ?time ?source ?url ?hash ?n ?version WHERE {
  GRAPH ncgg:ingests {
    #BIND
    ?act a prov:Activity ; dcterms:identifier ?id ; prov:generated ?graph ;
         prov:endedAtTime ?time ; ncg:sha256 ?hash ;
         prov:wasAssociatedWith ?agent , ?software .
    ?agent a prov:Agent ; foaf:name ?steward .
    ?software a prov:SoftwareAgent ; schema:softwareVersion ?version .
    ?graph void:triples ?n .
    OPTIONAL { ?act prov:used ?source }
    OPTIONAL { ?act schema:url ?url }
  }
}
ORDER BY ?time ?id
"""
_BY_HASH = _SELECT.replace("#BIND", "#BIND\n    ?act ncg:sha256 ?h .")
_BY_URL = _SELECT.replace("#BIND", "#BIND\n    ?act schema:url ?u .")


def _value(row: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple], name: str) -> str:
    term = row[name]
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else ""


def _optional(
    row: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple], name: str
) -> str | None:
    return _value(row, name) if name in row else None


def _records(store: Store, sparql: str) -> list[IngestRecord]:
    result = store.query(sparql)
    assert isinstance(result, SolutionsResult)
    return [
        IngestRecord(
            id=_value(row, "id"),
            graph=_value(row, "graph"),
            steward=_value(row, "steward"),
            time=dt.datetime.fromisoformat(_value(row, "time")),
            source=_optional(row, "source"),
            source_url=_optional(row, "url"),
            content_hash=_value(row, "hash"),
            triple_count=int(_value(row, "n")),
            software_version=_value(row, "version"),
        )
        for row in result.rows
    ]


def list_records(store: Store) -> list[IngestRecord]:
    """Every committed ingest, oldest first."""
    return _records(store, bind(_SELECT.replace("#BIND", "")))


def get_record(store: Store, ingest_id: str) -> IngestRecord | None:
    """The ingest ``ingest_id``, if committed."""
    found = _records(store, bind(_SELECT, {"act": [activity_iri(ingest_id)]}))
    return found[0] if found else None


def find_existing(store: Store, content_hash: str, source_url: str | None) -> IngestRecord | None:
    """A committed ingest of the same content, or else of the same source URL."""
    found = _records(store, bind(_BY_HASH, {"h": [Literal(content_hash)]}))
    if not found and source_url:
        url = Literal(source_url, datatype=XSD.anyURI)
        found = _records(store, bind(_BY_URL, {"u": [url]}))
    return found[0] if found else None


__all__ = [
    "RECORDS_GRAPH",
    "IngestRecord",
    "Status",
    "activity_iri",
    "find_existing",
    "get_record",
    "graph_iri",
    "list_records",
    "record_graph",
    "software_iri",
    "steward_iri",
    "without_record",
]
