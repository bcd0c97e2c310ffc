"""A person's posts, ranks and Party roles over time, with sources."""

from __future__ import annotations

from collections import defaultdict
from typing import Literal, cast

from pyoxigraph import NamedNode

from nội_chính_graph.namespaces import NCG, ORG
from nội_chính_graph.queries import named
from nội_chính_graph.store.base import Term
from nội_chính_graph.views.facts import curie, sources_for
from nội_chính_graph.views.models import EntityRef, PersonTimeline, Source, TimelineEntry
from nội_chính_graph.views.service import ReadService, text

# Which time statement wins when a fact has several: what was held beats what was attested.
_TIME_PREFERENCE = (str(NCG.heldDuring), str(ORG.memberDuring), str(NCG.attestedDuring))
Kind = Literal["post", "rank", "party-role"]


def _time_rank(row: dict[str, Term]) -> int:
    when = text(row.get("when"))
    return _TIME_PREFERENCE.index(when) if when in _TIME_PREFERENCE else len(_TIME_PREFERENCE)


def _ref(service: ReadService, term: Term | None, lang: str) -> EntityRef | None:
    value = text(term)
    return service.ref(value, lang) if value else None


def _entry(
    service: ReadService,
    fact: str,
    row: dict[str, Term],
    sources: dict[str, list[Source]],
    lang: str,
) -> TimelineEntry:
    what = _ref(service, row.get("what"), lang)
    assert what is not None
    when = text(row.get("when"))
    return TimelineEntry(
        fact=fact,
        kind=cast(Kind, text(row.get("kind"))),
        what=what,
        organisation=_ref(service, row.get("organ"), lang),
        role=_ref(service, row.get("role"), lang),
        modifier=_ref(service, row.get("modifier"), lang),
        party_term=text(row.get("term")),
        time_relation=curie(when) if when else None,
        interval=_ref(service, row.get("interval"), lang),
        start=text(row.get("begin")),
        end=text(row.get("end")),
        sources=sources.get(fact, []),
    )


def person_timeline(service: ReadService, person: str, lang: str) -> PersonTimeline:
    """Every post holding, rank assignment and Party role of ``person``, oldest first."""
    rows = service.select(named.PERSON_TIMELINE, {"person": [NamedNode(person)]})
    best: dict[str, dict[str, Term]] = {}
    for row in sorted(rows, key=_time_rank):
        fact = text(row.get("fact"))
        if fact and fact not in best and text(row.get("what")):
            best[fact] = row
    sources: dict[str, list[Source]] = defaultdict(list, sources_for(service, list(best), lang))
    entries = [_entry(service, fact, row, sources, lang) for fact, row in best.items()]
    entries.sort(key=lambda e: (e.start or "9999", e.end or "9999", e.kind, e.fact))
    return PersonTimeline(person=service.ref(person, lang), entries=entries)


__all__ = ["person_timeline"]
