"""Bloc membership by year (or date), and as a timeline of every year known."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import cast

from pyoxigraph import NamedNode

from nội_chính_graph.graph.model import interval_years
from nội_chính_graph.graph.projection import MEMBER_OF
from nội_chính_graph.queries import named
from nội_chính_graph.queries.ids import split_iri
from nội_chính_graph.store.base import Term
from nội_chính_graph.views.facts import sources_for
from nội_chính_graph.views.models import (
    BlocRole,
    BlocYear,
    EntityRef,
    Graph,
    GraphEdge,
    GraphNode,
    Member,
    Membership,
    MembershipTimeline,
)
from nội_chính_graph.views.service import ReadService, text

ROLE_ORDER: dict[str, int] = {"leader": 0, "deputy": 1, "member": 2}


@dataclass(frozen=True)
class MembershipRow:
    """One ``ncg:BlocMembership``: who, which role, when."""

    iri: str
    member: str
    role_iri: str
    role: BlocRole
    first: int | None
    last: int | None
    begin: str | None
    end: str | None

    def covers_year(self, year: int) -> bool:
        """Whether the membership's period touches ``year``."""
        return self.first is not None and self.last is not None and self.first <= year <= self.last

    def covers_date(self, day: dt.date) -> bool:
        """Whether ``day`` falls in the period (by dates when known, else by year)."""
        if self.begin and self.end:
            return self.begin <= day.isoformat() <= self.end
        return self.covers_year(day.year)

    def years(self) -> list[int]:
        """Every year of the period."""
        if self.first is None or self.last is None:
            return []
        return list(range(self.first, self.last + 1))


def _row(row: dict[str, Term]) -> MembershipRow | None:
    role_iri = text(row.get("role"))
    parts = split_iri(role_iri or "")
    if role_iri is None or parts is None or parts.slug not in ROLE_ORDER:
        return None
    begin, end = text(row.get("begin")), text(row.get("end"))
    span = (int(begin[:4]), int(end[:4])) if begin and end else None
    interval = text(row.get("interval"))
    span = span or (interval_years(interval) if interval else None)
    return MembershipRow(
        iri=text(row["membership"]) or "",
        member=text(row["member"]) or "",
        role_iri=role_iri,
        role=cast(BlocRole, parts.slug),
        first=span[0] if span else None,
        last=span[1] if span else None,
        begin=begin,
        end=end,
    )


def bloc_memberships(service: ReadService, bloc: str) -> list[MembershipRow]:
    """Every membership of ``bloc`` (one query)."""
    rows = service.select(named.BLOC_MEMBERSHIPS, {"bloc": [NamedNode(bloc)]})
    found = [_row(r) for r in rows]
    return sorted((r for r in found if r is not None), key=lambda r: (r.first or 0, r.iri))


def _edge(service: ReadService, row: MembershipRow, bloc: str, year: int, lang: str) -> GraphEdge:
    role = service.info(row.role_iri).label(lang)
    return GraphEdge(
        id=f"{row.iri}#{year}" if row.first != row.last else row.iri,
        source=row.member,
        target=bloc,
        predicate=MEMBER_OF,
        label=f"{role} {year}",
        year=year,
        role=row.role_iri,
        fact=row.iri,
    )


def _node(service: ReadService, iri: str, lang: str) -> GraphNode:
    ref = service.ref(iri, lang)
    return GraphNode(id=ref.id, label=ref.label, type=ref.type, slug=ref.slug, labels=ref.labels)


def _graph(
    service: ReadService, bloc: str, rows: list[tuple[int, MembershipRow]], lang: str
) -> Graph:
    members = list(dict.fromkeys(row.member for _, row in rows))
    return Graph(
        nodes=[_node(service, iri, lang) for iri in [bloc, *members]],
        edges=[_edge(service, row, bloc, year, lang) for year, row in rows],
    )


def _year(service: ReadService, year: int, rows: list[MembershipRow], lang: str) -> BlocYear:
    by_member: dict[str, list[MembershipRow]] = defaultdict(list)
    for row in rows:
        by_member[row.member].append(row)
    sources = sources_for(service, [row.iri for row in rows], lang)
    members: list[Member] = []
    for member, held in by_member.items():
        roles = sorted({r.role for r in held}, key=ROLE_ORDER.__getitem__)
        cited = {s.annotation or s.source: s for r in held for s in sources[r.iri]}
        members.append(
            Member(
                **service.ref(member, lang).model_dump(),
                role=roles[0],
                roles=roles,
                memberships=sorted(r.iri for r in held),
                sources=list(cited.values()),
            )
        )
    members.sort(key=lambda m: (ROLE_ORDER[m.role], m.labels.get("vi", m.label).casefold()))
    leaders = [_plain(m) for m in members if "leader" in m.roles]
    deputies = [_plain(m) for m in members if "deputy" in m.roles]
    return BlocYear(
        year=year,
        leader=leaders[0] if leaders else None,
        deputy=deputies[0] if deputies else None,
        deputies=deputies,
        members=members,
    )


def _plain(member: Member) -> EntityRef:
    return EntityRef(**member.model_dump(include=set(EntityRef.model_fields)))


def membership_for(
    service: ReadService, bloc: str, lang: str, year: int | None, day: dt.date | None
) -> Membership:
    """The bloc's members in ``year`` (or on ``day``), leader and deputy, with a graph."""
    every = bloc_memberships(service, bloc)
    if day is not None:
        chosen, year = [r for r in every if r.covers_date(day)], day.year
    else:
        assert year is not None
        chosen = [r for r in every if r.covers_year(year)]
    summary = _year(service, year, chosen, lang)
    return Membership(
        **summary.model_dump(),
        bloc=service.ref(bloc, lang),
        date=day.isoformat() if day else None,
        graph=_graph(service, bloc, [(year, r) for r in chosen], lang),
    )


def membership_timeline(service: ReadService, bloc: str, lang: str) -> MembershipTimeline:
    """Every year any membership of the bloc covers, oldest first."""
    every = bloc_memberships(service, bloc)
    years = sorted({y for row in every for y in row.years()})
    timeline = [_year(service, y, [r for r in every if r.covers_year(y)], lang) for y in years]
    pairs = [(y, r) for y in years for r in every if r.covers_year(y)]
    return MembershipTimeline(
        bloc=service.ref(bloc, lang),
        years=years,
        timeline=timeline,
        graph=_graph(service, bloc, pairs, lang),
    )


__all__ = ["MembershipRow", "bloc_memberships", "membership_for", "membership_timeline"]
