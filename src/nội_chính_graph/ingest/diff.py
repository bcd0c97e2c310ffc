"""What an ingest would change: new entities, new facts, facts and triples already known.

The store side is the neighbourhood fetched for validation, which holds every stored triple
whose subject the payload mentions; no further queries are needed.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from pydantic import BaseModel, Field
from rdflib import URIRef
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


def _v(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    return str(term) if isinstance(term, ox.Triple) else term.value


def _labels(payload: list[ox.Triple]) -> dict[str, str]:
    """The first label of each subject: skos:prefLabel, foaf:name, schema:name; @vi first."""
    found: dict[str, tuple[int, str]] = {}
    order = [str(SKOS.prefLabel), str(FOAF.name), str(SCHEMA.name)]
    for t in payload:
        if t.predicate.value not in order or not isinstance(t.object, ox.Literal):
            continue
        rank = order.index(t.predicate.value) * 2 + (0 if t.object.language == "vi" else 1)
        if _v(t.subject) not in found or rank < found[_v(t.subject)][0]:
            found[_v(t.subject)] = (rank, t.object.value)
    return {s: label for s, (_, label) in found.items()}


def _typed(payload: list[ox.Triple], classes: tuple[URIRef, ...]) -> list[tuple[str, str]]:
    wanted = {str(c) for c in classes}
    found = {
        (_v(t.subject), _v(t.object))
        for t in payload
        if t.predicate.value == str(RDF.type)
        and isinstance(t.subject, ox.NamedNode)
        and _v(t.object) in wanted
    }
    return sorted(found)


def diff(
    payload: Iterable[ox.Triple], stored: Iterable[ox.Triple], existing: set[URIRef]
) -> IngestDiff:
    """Compare ``payload`` with ``stored`` (the stored triples about the payload's subjects);
    ``existing`` are the payload IRIs the store already describes."""
    triples = list(payload)
    labels = _labels(triples)
    known = {str(e) for e in existing}
    out = IngestDiff()
    for node, cls in _typed(triples, ENTITY_CLASSES):
        if node not in known:
            out.new_entities.append(DiffItem(id=node, type=cls, label=labels.get(node)))
    for node, cls in _typed(triples, FACT_CLASSES):
        item = DiffItem(id=node, type=cls, label=labels.get(node))
        (out.known_facts if node in known else out.new_facts).append(item)
    before = set(stored)
    for triple in triples:
        if isinstance(triple.subject, ox.NamedNode) and triple in before:
            out.known_triples += 1
        else:
            out.new_triples += 1
    return out


__all__ = ["ENTITY_CLASSES", "FACT_CLASSES", "DiffItem", "IngestDiff", "diff"]
