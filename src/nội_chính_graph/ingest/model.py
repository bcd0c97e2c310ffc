"""Typed results of an extraction: the triples, a review summary and review flags."""

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field
from rdflib import Graph, URIRef

from nội_chính_graph.namespaces import PREFIXES

if TYPE_CHECKING:
    from nội_chính_graph.ingest.findings import Findings
    from nội_chính_graph.ingest.rdf import Payload


class Ref(BaseModel):
    """An entity by IRI and label."""

    id: str
    label: str


class LeaderOut(BaseModel):
    """A bloc leader or deputy for a year."""

    agency: Ref
    year: int | None
    role: Literal["leader", "deputy"]


class BlocOut(BaseModel):
    """A bloc as the report describes it."""

    id: str
    label: str
    members: list[Ref] = Field(default_factory=list)
    leaders: list[LeaderOut] = Field(default_factory=list)
    stated_count: int | None = None
    year: int | None = None


class PostOut(BaseModel):
    """A post held: its title and organisation."""

    title: str
    agency: Ref | None


class PersonOut(BaseModel):
    """An official with rank, Party roles and posts."""

    id: str
    name: str
    rank: str | None = None
    party_roles: list[str] = Field(default_factory=list)
    posts: list[PostOut] = Field(default_factory=list)
    equivalent_rank: list[str] = Field(default_factory=list)


class EventOut(BaseModel):
    """The conference."""

    id: str
    label: str
    kind: str
    kinds: list[str] = Field(default_factory=list)
    date: str | None = None
    place: str | None = None
    chairs: list[Ref] = Field(default_factory=list)
    speakers: list[Ref] = Field(default_factory=list)
    theme: str | None = None
    motto: str | None = None


class MintedOut(BaseModel):
    """An entity the payload mints (``ncg:reviewStatus`` unreviewed), listed for review."""

    id: str
    type: str = Field(description="IRI of its class.")
    label: str
    kind: str | None = Field(default=None, description="IRI of its org:classification.")
    level: str | None = Field(default=None, description="ncgid:level/central or /provincial.")
    province: str | None = Field(default=None, description="IRI of its province.")
    parent: str | None = Field(default=None, description="IRI of its org:subOrganizationOf.")


class Summary(BaseModel):
    """What a reviewer reads before accepting an extraction (read from the triples)."""

    blocs: list[BlocOut] = Field(default_factory=list)
    people: list[PersonOut] = Field(default_factory=list)
    events: list[EventOut] = Field(default_factory=list)
    minted: list[MintedOut] = Field(
        default_factory=list, description="Every entity the payload mints, for review."
    )


class Flag(BaseModel):
    """A review warning: a code, a message, and the original-text span it is about."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None


@dataclass
class Extraction:
    """The result of :func:`nội_chính_graph.ingest.pipeline.extract_report`: the triples
    (``payload``, pyoxigraph terms) meant for the named graph ``name``, the summary read from
    them, the review flags, and the findings they were written from."""

    report: URIRef
    text: str
    payload: "Payload"
    summary: Summary
    flags: list[Flag] = field(default_factory=list)
    name: URIRef | None = None
    findings: "Findings | None" = None

    @cached_property
    def graph(self) -> Graph:
        """The triples as an rdflib graph named ``name`` (converted on first use)."""
        graph = Graph(identifier=self.name)
        if len(self.payload):
            graph.parse(data=self.payload.nt(), format="nt")
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        return graph


__all__ = [
    "BlocOut",
    "EventOut",
    "Extraction",
    "Flag",
    "LeaderOut",
    "MintedOut",
    "PersonOut",
    "PostOut",
    "Ref",
    "Summary",
]
