"""What the graph engines answer: nodes (IRIs) and labelled, directed edges between them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nội_chính_graph.namespaces import PREFIXES

_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")

#: Node types of the default (collapsed) view: facts and posts become edges.
ENTITY_TYPES = frozenset({"agency", "party-organ", "force", "person", "bloc", "event", "rank"})
#: Extra node types of the reified view.
FACT_TYPES = frozenset(
    {"membership", "party-membership", "post-holding", "rank-assignment", "post"}
)
REIFIED_TYPES = ENTITY_TYPES | FACT_TYPES


@dataclass(frozen=True)
class Edge:
    """A directed edge; ``fact`` is the node it stands for when a fact was collapsed into it."""

    id: str
    source: str
    target: str
    predicate: str
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    year: int | None = None
    role: str | None = None
    fact: str | None = None

    def label(self, lang: str) -> str:
        """The label in ``lang`` (else Vietnamese, else the predicate's local name)."""
        return self.labels.get(lang) or self.labels.get("vi") or local_name(self.predicate)


@dataclass
class Subgraph:
    """A part of the graph: node IRIs (in discovery order), edges, and whether a cap cut it."""

    nodes: list[str]
    edges: list[Edge]
    truncated: bool = False
    depth: dict[str, int] = field(default_factory=dict)


@dataclass
class PathResult:
    """The shortest connections between two nodes: each path as its node IRIs, and the edges."""

    paths: list[list[str]]
    edges: list[Edge]
    length: int | None


def local_name(iri: str) -> str:
    """The last segment of an IRI.

    >>> local_name("http://www.w3.org/ns/org#memberOf")
    'memberOf'
    """
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def expand_curie(name: str) -> str:
    """A full IRI from a CURIE with one of the project prefixes (full IRIs pass unchanged).

    >>> expand_curie("org:memberOf")
    'http://www.w3.org/ns/org#memberOf'
    """
    prefix, sep, rest = name.partition(":")
    if sep and prefix in PREFIXES and not rest.startswith("//"):
        return str(PREFIXES[prefix]) + rest
    return name


def years_of(interval_slug: str) -> tuple[int, int] | None:
    """First and last year of an interval IRI's slug (``2023``, ``2023-h1``, ``a--b``).

    >>> years_of("2021-04-08--2026-04-07"), years_of("2023-h1"), years_of("x")
    ((2021, 2026), (2023, 2023), None)
    """
    found = [int(y) for y in _YEAR.findall(interval_slug)]
    return (min(found), max(found)) if found else None


def interval_years(iri: str) -> tuple[int, int] | None:
    """First and last year of an interval by its IRI; None for an undated report's ``until/…``
    (held at some time before that day: no year of it is known).

    >>> interval_years("https://w3id.org/noi-chinh/id/year/2023")
    (2023, 2023)
    >>> interval_years("https://w3id.org/noi-chinh/id/until/2026-12-05") is None
    True
    """
    path, _, slug = iri.rpartition("/")
    return None if path.endswith("/until") else years_of(slug)


__all__ = [
    "ENTITY_TYPES",
    "FACT_TYPES",
    "REIFIED_TYPES",
    "Edge",
    "PathResult",
    "Subgraph",
    "expand_curie",
    "interval_years",
    "local_name",
    "years_of",
]
