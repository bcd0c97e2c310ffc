"""Pydantic response models of the JSON API (``/api/v1``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Lang = Literal["vi", "en"]
BlocRole = Literal["leader", "deputy", "member"]


class EntityRef(BaseModel):
    """Any entity as it appears in a response."""

    id: str = Field(description="The entity IRI (https://w3id.org/noi-chinh/id/{type}/{slug}).")
    slug: str
    type: str = Field(description="The IRI's type segment: agency, person, bloc, event, …")
    label: str = Field(description="The label in the requested language (fallback: vi, en).")
    labels: dict[str, str] = Field(description="Labels by language, e.g. {'vi': …, 'en': …}.")


class Source(BaseModel):
    """Where a fact comes from: the report or document, its URL, the quoted sentence."""

    report: EntityRef | None = None
    source: str = Field(description="IRI of the report or cited document.")
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    issued: str | None = None
    quote: str | None = Field(default=None, description="The sentence (oa:TextQuoteSelector).")
    start: int | None = Field(default=None, description="Code-point offset of the quote.")
    end: int | None = None
    annotation: str | None = None


class Statement(BaseModel):
    """One property value: an entity or a literal."""

    predicate: str
    predicate_label: str
    entity: EntityRef | None = None
    value: str | None = None
    lang: str | None = None
    datatype: str | None = None


class Fact(BaseModel):
    """A fact node (membership, post holding, conference, …) with its sources."""

    id: str
    type: str = Field(description="The IRI's type segment, e.g. membership, post-holding.")
    classes: list[str]
    relation: str = Field(description="The property linking the fact to the entity.")
    statements: list[Statement]
    notes: list[str] = Field(default_factory=list)
    sources: list[Source]


class EntityDetail(EntityRef):
    """An entity with its own statements, the facts about it and their sources."""

    classes: list[str]
    alt_labels: list[str]
    statements: list[Statement]
    incoming: list[Statement] = Field(description="Non-fact statements pointing at the entity.")
    notes: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(description="Sources of the entity itself, when it is a fact.")
    facts: list[Fact]


class LabelList(BaseModel):
    """``/labels``: the known entities among the IRIs asked for, in the order asked."""

    items: list[EntityRef]


class SearchItem(EntityRef):
    """A search hit."""

    score: float
    matched: str = Field(description="The name (label or alias) that matched.")


class Page(BaseModel):
    """Fields every paginated list carries."""

    total: int
    limit: int
    offset: int


class SearchResults(Page):
    """``/search``: ranked hits."""

    query: str
    items: list[SearchItem]


class EntityList(Page):
    """A collection listing (``/agencies``, ``/people``, …)."""

    items: list[EntityRef]


class GraphNode(BaseModel):
    """A node of a returned graph."""

    id: str
    label: str
    type: str
    slug: str
    labels: dict[str, str]
    depth: int | None = None


class GraphEdge(BaseModel):
    """A labelled, directed edge; ``fact`` names the fact node it stands for, if any."""

    id: str
    source: str
    target: str
    predicate: str
    label: str
    year: int | None = None
    role: str | None = None
    fact: str | None = None


class Graph(BaseModel):
    """Nodes and edges."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]


class Neighbourhood(Graph):
    """``/graph/neighbourhood``."""

    truncated: bool
    center: str


class CytoscapeElement(BaseModel):
    """One Cytoscape.js element: ``{"data": {...}, "group": "nodes"|"edges"}``."""

    group: Literal["nodes", "edges"]
    data: dict[str, str | int | None]


class CytoscapeGraph(BaseModel):
    """``format=cytoscape``: Cytoscape.js elements (``cy.add(elements)``)."""

    elements: list[CytoscapeElement]
    truncated: bool = False


class PathsResult(Graph):
    """``/graph/path``: the shortest connections, each as a list of node IRIs."""

    source: str
    target: str
    found: bool
    length: int | None
    paths: list[list[str]]


class Member(EntityRef):
    """An agency in a bloc for a year, with its highest role and every role it had."""

    role: BlocRole
    roles: list[BlocRole]
    memberships: list[str]
    sources: list[Source]


class BlocYear(BaseModel):
    """A bloc's members in one year."""

    year: int
    leader: EntityRef | None
    deputy: EntityRef | None
    deputies: list[EntityRef]
    members: list[Member]


class Membership(BlocYear):
    """``/blocs/{slug}/membership?year=``: one year, with a graph of it."""

    bloc: EntityRef
    date: str | None = None
    graph: Graph


class MembershipTimeline(BaseModel):
    """``/blocs/{slug}/membership`` without a year: every year known."""

    bloc: EntityRef
    years: list[int]
    timeline: list[BlocYear]
    graph: Graph


class TimelineEntry(BaseModel):
    """A post, rank or Party role of a person, with its time and sources."""

    fact: str
    kind: Literal["post", "rank", "party-role"]
    what: EntityRef
    organisation: EntityRef | None = None
    role: EntityRef | None = None
    modifier: EntityRef | None = None
    party_term: str | None = None
    time_relation: str | None = Field(
        default=None, description="heldDuring (held then) or attestedDuring (attested then)."
    )
    interval: EntityRef | None = None
    start: str | None = None
    end: str | None = None
    sources: list[Source]


class PersonTimeline(BaseModel):
    """``/people/{slug}/timeline``."""

    person: EntityRef
    entries: list[TimelineEntry]


__all__ = [
    "BlocRole",
    "BlocYear",
    "CytoscapeElement",
    "CytoscapeGraph",
    "EntityDetail",
    "EntityList",
    "EntityRef",
    "Fact",
    "Graph",
    "GraphEdge",
    "GraphNode",
    "LabelList",
    "Lang",
    "Member",
    "Membership",
    "MembershipTimeline",
    "Neighbourhood",
    "Page",
    "PathsResult",
    "PersonTimeline",
    "SearchItem",
    "SearchResults",
    "Source",
    "Statement",
    "TimelineEntry",
]
