"""What an ingest would change: new entities, new facts, facts and triples already known.

The store side is the neighbourhood fetched for validation, which holds every stored triple
whose subject the payload mentions; no further queries are needed.
"""

from __future__ import annotations

from pydantic import BaseModel, Field
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from nội_chính_graph.namespaces import FOAF, NCG, ORG, RDF, SCHEMA

ENTITY_CLASSES = (
    NCG.StateAgency,
    NCG.PartyOrgan,
    NCG.ArmedForce,
    NCG.EmulationBloc,
    NCG.Official,
    ORG.Post,
    ORG.Role,
    NCG.Report,
)
FACT_CLASSES = (
    NCG.BlocMembership,
    NCG.PostHolding,
    NCG.RankAssignment,
    NCG.PartyRoleMembership,
    NCG.Conference,
    NCG.EmulationTheme,
    NCG.GovernmentMotto,
    NCG.MemberCountStatement,
)


class DiffItem(BaseModel):
    """An entity or fact node of the payload."""

    id: str
    type: str = Field(description="IRI of its class.")
    label: str | None = None


class IngestDiff(BaseModel):
    """The payload against the graph."""

    new_entities: list[DiffItem] = Field(default_factory=list)
    new_facts: list[DiffItem] = Field(default_factory=list)
    known_facts: list[DiffItem] = Field(
        default_factory=list, description="Fact nodes the graph already holds."
    )
    new_triples: int = 0
    known_triples: int = 0


def _label(graph: Graph, node: URIRef) -> str | None:
    for predicate in (SKOS.prefLabel, FOAF.name, SCHEMA.name):
        labels = list(graph.objects(node, predicate))
        vi = [str(x) for x in labels if getattr(x, "language", None) == "vi"]
        if vi or labels:
            return (vi or [str(labels[0])])[0]
    return None


def _typed(payload: Graph, classes: tuple[URIRef, ...]) -> list[tuple[URIRef, URIRef]]:
    found = {
        (node, cls)
        for cls in classes
        for node in payload.subjects(RDF.type, cls)
        if isinstance(node, URIRef)
    }
    return sorted(found)


def diff(payload: Graph, stored: Graph, existing: set[URIRef]) -> IngestDiff:
    """Compare ``payload`` with ``stored`` (the stored triples about the payload's subjects);
    ``existing`` are the payload IRIs the store already describes."""
    out = IngestDiff()
    for node, cls in _typed(payload, ENTITY_CLASSES):
        if node not in existing:
            out.new_entities.append(
                DiffItem(id=str(node), type=str(cls), label=_label(payload, node))
            )
    for node, cls in _typed(payload, FACT_CLASSES):
        item = DiffItem(id=str(node), type=str(cls), label=_label(payload, node))
        (out.known_facts if node in existing else out.new_facts).append(item)
    for triple in payload:
        if isinstance(triple[0], URIRef) and triple in stored:
            out.known_triples += 1
        else:
            out.new_triples += 1
    return out


__all__ = ["ENTITY_CLASSES", "FACT_CLASSES", "DiffItem", "IngestDiff", "diff"]
