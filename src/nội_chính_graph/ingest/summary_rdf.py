"""Stage 4, triples → review summary (blocs, people, events, minted entities), read with SPARQL.

The summary is always read from the triples an ingest would store, never computed beside them.
Facts come from the payload only; labels of what they point at may come from the context (the
neighbourhood fetched from the store) or a ``labels`` map (the gazetteer's, or the ontology's),
so that an existing agency shows its name. Everything stays in pyoxigraph terms.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

import pyoxigraph as ox

from nội_chính_graph.ingest.model import (
    BlocOut,
    EventOut,
    LeaderOut,
    MintedOut,
    PersonOut,
    PostOut,
    Ref,
    Summary,
)
from nội_chính_graph.namespaces import sparql_prefixes
from nội_chính_graph.text import match_key

_PAYLOAD = ox.NamedNode("urn:ncg:payload")
_CONTEXT = ox.NamedNode("urn:ncg:context")
_P = sparql_prefixes()
_KIND_ORDER = ("so-ket", "tong-ket", "ky-ket-giao-uoc")
_LEAD_ROLES = {"leader", "deputy"}

_LABELS = (
    _P
    + """
SELECT DISTINCT ?s ?label ?rank WHERE {
  VALUES (?p ?rank) { (skos:prefLabel 0) (foaf:name 1) (schema:name 2) (rdfs:label 3) }
  ?s ?p ?label . FILTER (LANG(?label) IN ("vi", ""))
} ORDER BY ?rank"""
)
_MEMBERSHIPS = (
    _P
    + """
SELECT ?bloc ?agency ?role ?begin (MIN(?at) AS ?first) WHERE {
  GRAPH <urn:ncg:payload> {
    ?m a ncg:BlocMembership ; org:organization ?bloc ; org:member ?agency ; org:role ?role .
    OPTIONAL { ?m org:memberDuring ?period }
    OPTIONAL { ?m ncg:evidence/oa:hasTarget/oa:hasSelector/oa:start ?at }
  }
  OPTIONAL { ?period time:hasBeginning/time:inXSDDate ?begin }
} GROUP BY ?bloc ?agency ?role ?begin ORDER BY ?bloc ?first ?agency"""
)
_MENTIONED = (
    _P
    + """
SELECT ?bloc (MIN(?at) AS ?first) WHERE {
  GRAPH <urn:ncg:payload> {
    ?r a ncg:Report ; schema:mentions ?bloc .
    ?a oa:hasBody ?bloc ; oa:hasTarget/oa:hasSelector/oa:start ?at .
  }
} GROUP BY ?bloc ORDER BY ?first ?bloc"""
)
_PEOPLE = (
    _P
    + """
SELECT DISTINCT ?p WHERE { GRAPH <urn:ncg:payload> {
  { ?p a ncg:Official } UNION { ?h ncg:holder ?p }
  UNION { ?x a ncg:PartyRoleMembership ; org:member ?p }
} } ORDER BY ?p"""
)
_RANKS = (
    _P
    + """
SELECT DISTINCT ?p ?rank WHERE { GRAPH <urn:ncg:payload> {
  ?r a ncg:RankAssignment ; ncg:holder ?p ; ncg:rank ?rank } }"""
)
_PARTY = (
    _P
    + """
SELECT DISTINCT ?p ?role ?organ WHERE { GRAPH <urn:ncg:payload> {
  ?x a ncg:PartyRoleMembership ; org:member ?p ; org:organization ?organ ; org:role ?role } }
ORDER BY ?p ?organ ?role"""
)
_POSTS = (
    _P
    + """
SELECT DISTINCT ?p ?role ?agency ?modifier WHERE {
  GRAPH <urn:ncg:payload> {
    ?h a ncg:PostHolding ; ncg:holder ?p ; ncg:post ?post OPTIONAL { ?h ncg:modifier ?modifier }
  }
  ?post org:role ?role OPTIONAL { ?post org:postIn ?agency }
} ORDER BY ?p ?agency ?role"""
)
_COUNTS = (
    _P
    + """
SELECT ?bloc ?n ?year WHERE { GRAPH <urn:ncg:payload> {
  ?c a ncg:MemberCountStatement ; ncg:bloc ?bloc ; ncg:statedMemberCount ?n
  OPTIONAL { ?c ncg:year ?year } } }"""
)
_MINTED = (
    _P
    + """
SELECT ?e ?type ?kind ?level ?province ?parent WHERE { GRAPH <urn:ncg:payload> {
  ?e ncg:reviewStatus <https://w3id.org/noi-chinh/id/review-status/unreviewed> ; a ?type .
  OPTIONAL { ?e org:classification ?kind } OPTIONAL { ?e ncg:level ?level }
  OPTIONAL { ?e ncg:province ?province } OPTIONAL { ?e org:subOrganizationOf ?parent }
} } ORDER BY ?e ?type"""
)
_EQUIVALENTS = (
    _P
    + """
SELECT DISTINCT ?p ?note WHERE { GRAPH <urn:ncg:payload> {
  ?h a ncg:PostHolding ; ncg:holder ?p ; skos:editorialNote ?note
  FILTER (LANG(?note) = "vi" && STRSTARTS(?note, "Hàm ")) } } ORDER BY ?p ?note"""
)
EQUIVALENT = "Hàm "
"""Prefix of the @vi editorial note on a post holding that records a rank equivalence
("Thứ trưởng, Tổng Giám đốc BHXH VN": the post carries the rank of a Thứ trưởng)."""
_MODIFIER = {"acting": ("Quyền ", ""), "standing": ("", " Thường trực"), "first": ("", " thứ nhất")}
_EVENTS = (
    _P
    + """
SELECT DISTINCT ?e ?name ?date ?place WHERE {
  GRAPH <urn:ncg:payload> { ?e a ncg:Conference }
  OPTIONAL { ?e schema:name ?name FILTER (LANG(?name) = "vi") }
  OPTIONAL { ?e schema:startDate ?date }
  OPTIONAL { ?e schema:location/ncg:placeName ?place }
} ORDER BY ?e"""
)
_EVENT_LINKS = (
    _P
    + """
SELECT DISTINCT ?e ?p ?o WHERE { GRAPH <urn:ncg:payload> {
  ?e a ncg:Conference .
  { ?e ncg:eventKind ?o BIND ("kind" AS ?p) } UNION { ?e ncg:chair ?o BIND ("chair" AS ?p) }
  UNION { ?e ncg:speaker ?o BIND ("speaker" AS ?p) }
  UNION { ?e ncg:theme/ncg:text ?o BIND ("theme" AS ?p) }
  UNION { ?e ncg:motto/ncg:text ?o BIND ("motto" AS ?p) }
} } ORDER BY ?e ?p ?o"""
)


def _last(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


class _Reader:
    def __init__(
        self, payload: Iterable[ox.Triple], context: Iterable[ox.Triple], labels: Mapping[str, str]
    ) -> None:
        self.store = ox.Store()
        for triples, name in ((payload, _PAYLOAD), (context, _CONTEXT)):
            self.store.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        self.labels: dict[str, str] = {}
        for row in self.rows(_LABELS):
            self.labels.setdefault(row["s"], row["label"])
        for iri, label in labels.items():
            self.labels.setdefault(iri, label)

    def rows(self, sparql: str) -> Iterator[dict[str, str]]:
        solutions = self.store.query(sparql, use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [v.value for v in solutions.variables]
        for solution in solutions:
            yield {n: solution[n].value for n in names if solution[n] is not None}

    def ref(self, iri: str) -> Ref:
        return Ref(id=iri, label=self.labels.get(iri, _last(iri)))


def _blocs(reader: _Reader) -> list[BlocOut]:
    """One entry per bloc and year: members and leaders of different years are never lumped
    under one year (issue 15: a summary said 2023 for a leader whose membership is 2024). A
    bloc the report names and reads nothing of is listed too, with no year and no members."""
    blocs: dict[tuple[str, int | None], BlocOut] = {}
    for row in reader.rows(_MEMBERSHIPS):
        year = int(row["begin"][:4]) if "begin" in row else None
        bloc = blocs.get((row["bloc"], year))
        if bloc is None:
            bloc = BlocOut(**reader.ref(row["bloc"]).model_dump(), year=year)
            blocs[row["bloc"], year] = bloc
        role = _last(row["role"])
        agency = reader.ref(row["agency"])
        if role in _LEAD_ROLES:
            bloc.leaders.append(LeaderOut(agency=agency, year=year, role=role))  # type: ignore[arg-type]
        elif agency not in bloc.members:
            bloc.members.append(agency)
    named = {bloc for bloc, _ in blocs}
    for row in reader.rows(_MENTIONED):
        if row["bloc"] not in named:
            # named in the text with nothing read of it: listed, so a steward sees it
            blocs[row["bloc"], None] = BlocOut(**reader.ref(row["bloc"]).model_dump())
    for row in reader.rows(_COUNTS):
        key = (row["bloc"], int(row["year"][:4]) if "year" in row else None)
        if key in blocs:
            blocs[key].stated_count = int(row["n"])
    return list(blocs.values())


def _people(reader: _Reader) -> list[PersonOut]:
    people = {
        row["p"]: PersonOut(id=row["p"], name=reader.ref(row["p"]).label)
        for row in reader.rows(_PEOPLE)
    }
    for row in reader.rows(_RANKS):
        if row["p"] in people:
            people[row["p"]].rank = reader.ref(row["rank"]).label
    for row in reader.rows(_PARTY):
        if row["p"] in people:
            role, organ = reader.ref(row["role"]).label, reader.ref(row["organ"]).label
            # "Thường trực Ban Bí thư" in the Ban Bí thư: the role's name says its organ
            title = role if match_key(role).endswith(match_key(organ)) else f"{role} {organ}"
            people[row["p"]].party_roles.append(title)
    for row in reader.rows(_POSTS):
        if row["p"] in people:
            before, after = _MODIFIER.get(_last(row.get("modifier", "")), ("", ""))
            title = before + reader.ref(row["role"]).label + after
            agency = reader.ref(row["agency"]) if "agency" in row else None
            post = PostOut(title=title, agency=agency)
            people[row["p"]].posts.append(post)
    for row in reader.rows(_EQUIVALENTS):
        if row["p"] in people:
            people[row["p"]].equivalent_rank.append(row["note"].removeprefix(EQUIVALENT))
    return list(people.values())


def _events(reader: _Reader) -> list[EventOut]:
    links: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in reader.rows(_EVENT_LINKS):
        links[row["e"]][row["p"]].append(row["o"])
    events: dict[str, EventOut] = {}
    for row in reader.rows(_EVENTS):
        if row["e"] in events:
            continue
        found = links[row["e"]]
        kinds = sorted(
            (_last(k) for k in found["kind"]),
            key=lambda k: _KIND_ORDER.index(k) if k in _KIND_ORDER else len(_KIND_ORDER),
        )
        events[row["e"]] = EventOut(
            id=row["e"],
            label=row.get("name", _last(row["e"])),
            kind=kinds[0] if kinds else "",
            kinds=kinds,
            date=row.get("date"),
            place=row.get("place"),
            chairs=[reader.ref(c) for c in found["chair"]],
            speakers=[reader.ref(s) for s in found["speaker"]],
            theme=found["theme"][0] if found["theme"] else None,
            motto=found["motto"][0] if found["motto"] else None,
        )
    return list(events.values())


def _minted(reader: _Reader) -> list[MintedOut]:
    minted: dict[str, MintedOut] = {}
    for row in reader.rows(_MINTED):
        if row["e"] in minted:
            continue
        minted[row["e"]] = MintedOut(
            id=row["e"],
            type=row["type"],
            label=reader.ref(row["e"]).label,
            kind=row.get("kind"),
            level=row.get("level"),
            province=row.get("province"),
            parent=row.get("parent"),
        )
    return list(minted.values())


def summary_from_rdf(
    payload: Iterable[ox.Triple],
    context: Iterable[ox.Triple] = (),
    *,
    labels: Mapping[str, str] | None = None,
) -> Summary:
    """The review summary of ``payload``; ``context`` triples and ``labels`` (IRI → @vi label)
    name what it points at."""
    reader = _Reader(payload, context, labels or {})
    return Summary(
        blocs=_blocs(reader),
        people=_people(reader),
        events=_events(reader),
        minted=_minted(reader),
    )


__all__ = ["EQUIVALENT", "summary_from_rdf"]
