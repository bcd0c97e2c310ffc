"""Text → triples: clean, split, tag, extract, resolve, write (one report at a time)."""

import datetime as dt
import re
from dataclasses import dataclass, field

from rdflib import Literal, URIRef

from nội_chính_graph.ingest.extract.blocs import Bloc, collect_blocs
from nội_chính_graph.ingest.extract.events import Event, find_event
from nội_chính_graph.ingest.extract.gazetteer import Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.people import PartyRole, PersonMention, Post, find_people
from nội_chính_graph.ingest.extract.tagger import Tagged, tag
from nội_chính_graph.ingest.model import (
    BlocOut,
    EventOut,
    Extraction,
    Flag,
    LeaderOut,
    PersonOut,
    PostOut,
    Ref,
    Summary,
)
from nội_chính_graph.ingest.resolve import Resolver
from nội_chính_graph.ingest.triples import ReportGraph
from nội_chính_graph.namespaces import DCTERMS, NCG, NCGID, ORG, SCHEMA, SKOS, XSD
from nội_chính_graph.text import match_key, nfc, slugify
from nội_chính_graph.text.cleanup import clean
from nội_chính_graph.text.dates import find_publication_date
from nội_chính_graph.text.sentences import split_sentences

_SOURCE = re.compile(r"^\s*SOURCE:\s*(\S+)\s*$", re.MULTILINE)
_KIND_PHRASE = {
    "event-kind/so-ket": "sơ kết",
    "event-kind/tong-ket": "tổng kết",
    "event-kind/ky-ket-giao-uoc": "ký kết giao ước thi đua",
}
# Units below a ministry: not bloc members themselves; their parent is (when the graph knows it).
_SUB_UNIT_HEADS = ("tổng cục ", "cục ", "vụ ", "bộ tư lệnh ", "quân khu ", "quân chủng ")
_KIND_EN = {
    "event-kind/so-ket": "Interim review",
    "event-kind/tong-ket": "Year-end review",
    "event-kind/ky-ket-giao-uoc": "Signing of the emulation pact",
}


@dataclass
class Person:
    """An official as the whole report describes them (mentions merged by name)."""

    name: str
    mentions: list[PersonMention] = field(default_factory=list)
    entity: Entity | None = None

    def sentences(self) -> list[Tagged]:
        """The sentences that mention the person, once each."""
        return list({m.tagged.sentence.index: m.tagged for m in self.mentions}.values())


def header(text: str) -> tuple[str | None, str | None]:
    """(URL, headline) from a ``SOURCE:`` header line and the line after it.

    >>> header("SOURCE: http://x.vn/a\\nTiêu đề bài\\n22/01/2021")
    ('http://x.vn/a', 'Tiêu đề bài')
    """
    match = _SOURCE.search(text[:2000])
    if match is None:
        return None, None
    rest = [line.strip() for line in text[match.end() :].split("\n") if line.strip()]
    title = rest[0] if rest and not rest[0].endswith(".") and len(rest[0]) < 250 else None
    return match.group(1), title


def extract_report(
    text: str,
    gazetteer: Gazetteer,
    *,
    report_slug: str,
    url: str | None = None,
    issued: dt.date | None = None,
    title: str | None = None,
    text_file: str | None = None,
) -> Extraction:
    """Extract the facts of one report as triples with evidence, a summary and flags.

    ``text`` is the stored report; annotation offsets index its NFC form. ``url``, ``issued``
    and ``title`` default to what a ``SOURCE:`` header gives.
    """
    original = nfc(text)
    header_url, header_title = header(original)
    published = issued or find_publication_date(original)
    run = _Run(gazetteer, ReportGraph(report_slug, original), Resolver(gazetteer))
    run.out.report_node(url or header_url, published, title or header_title, text_file)
    tagged = [tag(s, gazetteer) for s in split_sentences(clean(original))]
    mentions = [m for t in tagged for m in find_people(t, gazetteer)]
    run.published = published
    run.event = find_event(tagged, mentions, published)
    run.blocs = collect_blocs(tagged, gazetteer)
    run.people(mentions)
    run.write_blocs()
    run.write_event()
    return Extraction(run.out.report, original, run.out.graph, run.summary, run.flags)


class _Run:
    def __init__(self, gazetteer: Gazetteer, out: ReportGraph, resolver: Resolver) -> None:
        self.g = gazetteer
        self.out = out
        self.resolver = resolver
        self.summary = Summary()
        self.persons: list[Person] = []
        self.blocs: list[Bloc] = []
        self.event: Event | None = None
        self.published: dt.date | None = None

    @property
    def flags(self) -> list[Flag]:
        return self.resolver.flags

    def flag(self, code: str, message: str, tagged: Tagged | None = None) -> None:
        span = (tagged.sentence.orig_start, tagged.sentence.orig_end) if tagged else (None, None)
        self.flags.append(Flag(code=code, message=message, start=span[0], end=span[1]))

    @property
    def year(self) -> int | None:
        if self.event is not None and self.event.year is not None:
            return self.event.year
        return self.published.year if self.published else None

    # -- people ---------------------------------------------------------------------------
    def people(self, mentions: list[PersonMention]) -> None:
        by_key: dict[str, Person] = {}
        for mention in mentions:
            by_key.setdefault(match_key(mention.name), Person(mention.name)).mentions.append(
                mention
            )
        for person in by_key.values():
            self.persons.append(person)
            self._write_person(person)

    def _posts(self, person: Person) -> list[tuple[Post, list[Tagged]]]:
        posts: dict[tuple[str, str], tuple[Post, list[Tagged]]] = {}
        bare: list[tuple[Post, Tagged]] = []
        for mention in person.mentions:
            for post in mention.posts:
                if post.org is None:
                    bare.append((post, mention.tagged))
                    continue
                key = (
                    post.role.iri,
                    match_key(post.org.entity.iri if post.org.entity else post.org.label),
                )
                posts.setdefault(key, (post, []))[1].append(mention.tagged)
        for post, tagged in bare:
            if not any(p.role.iri == post.role.iri for p, _ in posts.values()):
                self.flag(
                    "post-without-agency",
                    f"{person.name}: '{post.title}' names no organisation; not recorded",
                    tagged,
                )
        return list(posts.values())

    def _write_person(self, person: Person) -> None:
        posts = self._posts(person)
        agencies = [self.resolver.org(p.org) for p, _ in posts if p.org is not None]
        entity = self.resolver.person(person.name, [a.iri for a in agencies])
        person.entity = entity
        node = self.out.entity(entity)
        self.out.add(node, NCG_TYPE, NCG.Official)
        out = PersonOut(id=entity.iri, name=person.name)
        for post, evidence in posts:
            out.posts.append(self._write_post(entity, post, evidence))
        for role, evidence in self._party_roles(person):
            self._write_party_role(entity, role, evidence)
            out.party_roles.append(f"{role.role.label} {role.organ.label}")
        out.rank = self._write_rank(person, entity, agencies)
        out.equivalent_rank = sorted({e for m in person.mentions for e in m.equivalents})
        self.summary.people.append(out)

    def _party_roles(self, person: Person) -> list[tuple[PartyRole, list[Tagged]]]:
        found: dict[tuple[str, str], tuple[PartyRole, list[Tagged]]] = {}
        for mention in person.mentions:
            for role in mention.party_roles:
                key = (role.role.iri, role.organ.iri)
                found.setdefault(key, (role, []))[1].append(mention.tagged)
        return list(found.values())

    def _attested(self, node: URIRef) -> None:
        if self.year is not None:
            self.out.add(node, NCG.attestedDuring, self.out.year(self.year))

    def _write_post(self, person: Entity, post: Post, evidence: list[Tagged]) -> PostOut:
        assert post.org is not None
        agency = self.resolver.org(post.org)
        role = self.out.entity(post.role)
        post_slug = f"{post.role.slug}--{URIRef(agency.iri).split('/')[-1]}"
        post_node = NCGID[f"post/{post_slug}"]
        self.out.add(post_node, NCG_TYPE, ORG.Post)
        self.out.add(post_node, ORG.role, role)
        self.out.add(post_node, ORG.postIn, self.out.entity(agency))
        if str(post_node) not in self.g.labelled:
            self._post_labels(post_node, post.role, agency)
        holding = NCGID[f"post-holding/{person.slug}/{post_slug}/{self.out.slug}"]
        self.out.fact(holding, NCG.PostHolding, evidence)
        self.out.add(holding, NCG.holder, URIRef(person.iri))
        self.out.add(holding, NCG.post, post_node)
        self.out.add(URIRef(person.iri), ORG.holds, post_node)
        if post.modifier:
            self.out.add(holding, NCG.modifier, NCGID[f"post-modifier/{post.modifier}"])
        self._attested(holding)
        return PostOut(title=post.title, agency=Ref(id=agency.iri, label=agency.label))

    def _post_labels(self, node: URIRef, role: Entity, agency: Entity) -> None:
        self.out.add(node, SKOS.prefLabel, Literal(_post_label(role, agency), lang="vi"))
        if role.label_en and agency.label_en:
            label_en = f"{role.label_en}, {agency.label_en}"
            self.out.add(node, SKOS.prefLabel, Literal(label_en, lang="en"))
        else:
            self.flag("no-english-label", f"post {node} has no English label (role or agency)")

    def _write_party_role(self, person: Entity, role: PartyRole, evidence: list[Tagged]) -> None:
        node = NCGID[
            f"party-membership/{person.slug}/{role.organ.slug}/{role.role.slug}/{self.out.slug}"
        ]
        self.out.fact(node, NCG.PartyRoleMembership, evidence)
        self.out.add(node, ORG.member, URIRef(person.iri))
        self.out.add(node, ORG.organization, URIRef(role.organ.iri))
        self.out.add(node, ORG.role, URIRef(role.role.iri))
        self._attested(node)

    def _write_rank(self, person: Person, entity: Entity, agencies: list[Entity]) -> str | None:
        candidates = [r for m in person.mentions for r in m.ranks]
        if not candidates:
            return None
        forces = {self.g.force_of(a.iri) for a in agencies} - {None}
        fitting = [
            r
            for r in candidates
            if any(f and f.endswith("/" + r.iri.split("/")[-2]) for f in forces)
        ]
        if not fitting:
            self.flag(
                "rank-force-unknown",
                f"{person.name}: rank '{candidates[0].label}' "
                "cannot be placed in a ladder (no armed force for the agency)",
            )
            return candidates[0].label
        rank = fitting[0]
        node = NCGID[f"rank-assignment/{entity.slug}/{rank.slug}/{self.out.slug}"]
        evidence = [m.tagged for m in person.mentions if rank.label in [r.label for r in m.ranks]]
        self.out.fact(node, NCG.RankAssignment, evidence)
        self.out.add(node, NCG.holder, URIRef(entity.iri))
        self.out.add(node, NCG.rank, URIRef(rank.iri))
        self._attested(node)
        return rank.label

    # -- blocs ----------------------------------------------------------------------------
    def main_bloc(self) -> Bloc | None:
        central = [b for b in self.blocs if not b.local]
        pool = central or self.blocs
        return max(pool, key=lambda b: len(b.mentions)) if pool else None

    def write_blocs(self) -> None:
        main = self.main_bloc()
        for bloc in self.blocs:
            self._write_bloc(bloc, bloc is main)

    def _bloc_entity(self, bloc: Bloc) -> Entity:
        if bloc.entity is not None:
            return bloc.entity
        entity = Entity(
            str(NCGID[f"bloc/{slugify(bloc.label)}"]), Kind.BLOC, bloc.label, minted=True
        )
        if bloc.local:
            self.flag("local-bloc", f"'{bloc.label}' is a local bloc; minted {entity.iri}")
        else:
            self.flag("new-bloc", f"bloc '{bloc.label}' not in the graph; minted {entity.iri}")
        bloc.entity = entity
        return entity

    def _write_bloc(self, bloc: Bloc, main: bool) -> None:
        entity = self._bloc_entity(bloc)
        node = self.out.entity(entity)
        out = BlocOut(id=entity.iri, label=entity.label, year=self.year)
        members: dict[str, tuple[Entity, list[Tagged]]] = {}
        roles: list[tuple[Entity, str, int | None, Tagged]] = []
        for member in bloc.members:
            agency = self.resolver.org(member.org, party=bloc.is_party)
            members.setdefault(agency.iri, (agency, []))[1].append(member.tagged)
            roles += [(agency, r.role, r.year, member.tagged) for r in member.roles]
        if main:
            roles += self._person_bloc_roles(bloc, members)
        self._check_count(bloc, members)
        for agency, evidence in members.values():
            self._membership(node, entity, agency, "member", self.year, evidence)
            out.members.append(Ref(id=agency.iri, label=agency.label))
        for agency, role, year, tagged in roles:
            self._membership(node, entity, agency, role, year or self.year, [tagged])
            lead = LeaderOut(
                agency=Ref(id=agency.iri, label=agency.label),
                year=year or self.year,
                role="deputy" if role == "deputy" else "leader",
            )
            if lead not in out.leaders:
                out.leaders.append(lead)
        if bloc.count is not None and self.year is not None:
            count = NCGID[f"member-count/{entity.slug}/{self.year}/{self.out.slug}"]
            self.out.fact(count, NCG.MemberCountStatement, [bloc.count[1]])
            self.out.add(count, NCG.bloc, node)
            self.out.add(count, NCG.statedMemberCount, Literal(bloc.count[0], datatype=XSD.integer))
            self.out.add(count, NCG.year, Literal(str(self.year), datatype=XSD.gYear))
            out.stated_count = bloc.count[0]
        self.summary.blocs.append(out)

    def _person_bloc_roles(
        self, bloc: Bloc, members: dict[str, tuple[Entity, list[Tagged]]]
    ) -> list[tuple[Entity, str, int | None, Tagged]]:
        """Leader/deputy stated beside a person: the person's agency (or the parent agency
        that is a bloc member) holds the role; a leader missing from the list joins it."""
        found: list[tuple[Entity, str, int | None, Tagged]] = []
        for person in self.persons:
            for mention in person.mentions:
                posts = [p for p in mention.posts if p.org is not None]
                if not mention.bloc_roles or not posts:
                    continue
                assert posts[0].org is not None
                agency = self._member_agency(bloc, self.resolver.org(posts[0].org), members)
                for role in mention.bloc_roles:
                    found.append((agency, role.role, role.year, mention.tagged))
                if agency.iri not in members and bloc.members:
                    members[agency.iri] = (agency, [mention.tagged])
                    self.flag(
                        "member-from-chair",
                        f"{agency.label} is {mention.bloc_roles[0].role} "
                        f"of '{bloc.label}' but not in its member list; added as a member",
                        mention.tagged,
                    )
        return found

    def _member_agency(
        self, bloc: Bloc, agency: Entity, members: dict[str, tuple[Entity, list[Tagged]]]
    ) -> Entity:
        known = set(members) | self.g.bloc_members.get(
            bloc.entity.iri if bloc.entity else "", set()
        )
        any_bloc = set().union(*self.g.bloc_members.values()) if self.g.bloc_members else set()
        chain = self.g.ancestors(agency.iri)
        for pool in (known, any_bloc):
            for iri in chain:
                if iri in pool:
                    return self.g.entities.get(iri, agency)
        for iri in chain:
            entity = self.g.entities.get(iri, agency)
            if not match_key(entity.label).startswith(_SUB_UNIT_HEADS):
                return entity
        return agency

    def _check_count(self, bloc: Bloc, members: dict[str, tuple[Entity, list[Tagged]]]) -> None:
        if bloc.count is None or not bloc.members:
            return
        listed = len({self.resolver.org(m.org).iri for m in bloc.members})
        if bloc.count[0] != listed:
            self.flag(
                "member-count-mismatch",
                f"'{bloc.label}': the text states {bloc.count[0]} "
                f"members but lists {listed} (with the chair sentence: {len(members)})",
                bloc.count[1],
            )

    def _membership(
        self,
        node: URIRef,
        bloc: Entity,
        agency: Entity,
        role: str,
        year: int | None,
        evidence: list[Tagged],
    ) -> None:
        if year is None:
            self.flag("no-year", f"{agency.label} in '{bloc.label}': no year stated; not recorded")
            return
        iri = NCGID[f"membership/{bloc.slug}/{year}/{agency.slug}/{role}"]
        self.out.fact(iri, NCG.BlocMembership, evidence)
        self.out.add(iri, ORG.member, self.out.entity(agency))
        self.out.add(iri, ORG.organization, node)
        self.out.add(iri, ORG.role, NCGID[f"bloc-role/{role}"])
        self.out.add(iri, ORG.memberDuring, self.out.year(year))

    # -- event ----------------------------------------------------------------------------
    def write_event(self) -> None:
        event, bloc = self.event, self.main_bloc()
        if event is None or bloc is None or bloc.entity is None:
            return
        name_vi, name_en = _event_names(event, bloc.entity)
        node = NCGID[f"event/{slugify(name_vi.removeprefix('Hội nghị '))}"]
        self.out.fact(node, NCG.Conference, _unique([event.tagged, *event.evidence]))
        self.out.add(node, SCHEMA.organizer, URIRef(bloc.entity.iri))
        if str(node) not in self.g.labelled:  # an event already in the graph keeps its names
            self.out.add(node, SCHEMA.name, Literal(name_vi, lang="vi"))
            self.out.add(node, SCHEMA.name, Literal(name_en, lang="en"))
        for kind in event.kinds:
            self.out.add(node, NCG.eventKind, NCGID[kind])
        if event.kind_inferred:
            note = "The kind is inferred from the period the report reviews; no kind word is given."
            self.out.add(node, SKOS.editorialNote, Literal(note, lang="en"))
            self.flag("event-kind-inferred", f"event kind {event.kinds[0]} inferred", event.tagged)
        self._event_time(node, event)
        chairs = self._people_refs(node, NCG.chair, event.chairs)
        speakers = self._people_refs(node, NCG.speaker, event.speakers)
        theme = self._quote(node, event, bloc.entity)
        self.summary.events.append(
            EventOut(
                id=str(node),
                label=name_vi,
                kind=event.kinds[0].split("/")[-1],
                kinds=[k.split("/")[-1] for k in event.kinds],
                date=event.date.isoformat() if event.date else None,
                place=event.place,
                chairs=chairs,
                speakers=speakers,
                theme=theme,
                motto=event.motto.text if event.motto else None,
            )
        )

    def _event_time(self, node: URIRef, event: Event) -> None:
        if event.date is not None:
            self.out.add(node, SCHEMA.startDate, Literal(event.date.isoformat(), datatype=XSD.date))
        else:
            note = "The report does not give the date of the conference."
            self.out.add(node, SKOS.editorialNote, Literal(note, lang="en"))
        if event.place:
            self.out.place(node, event.place)
        if event.period is not None:
            kind, year = event.period
            interval = self.out.half(year) if kind == "half" else self.out.year(year)
            self.out.add(node, NCG.periodCovered, interval)

    def _people_refs(self, node: URIRef, prop: URIRef, mentions: list[PersonMention]) -> list[Ref]:
        refs: list[Ref] = []
        for mention in mentions:
            person = next(p for p in self.persons if mention in p.mentions)
            if person.entity is not None:
                self.out.add(node, prop, URIRef(person.entity.iri))
                ref = Ref(id=person.entity.iri, label=person.name)
                if ref not in refs:
                    refs.append(ref)
        return refs

    def _quote(self, node: URIRef, event: Event, bloc: Entity) -> str | None:
        if event.motto is not None and event.motto.year is not None:
            motto = NCGID[f"motto/{event.motto.year}"]
            self.out.fact(motto, NCG.GovernmentMotto, [event.motto.tagged])
            self.out.add(motto, NCG.year, Literal(str(event.motto.year), datatype=XSD.gYear))
            self.out.add(motto, NCG.text, Literal(event.motto.text, lang="vi"))
            self.out.add(motto, DCTERMS.creator, NCGID["agency/chinh-phu"])
            self.out.add(node, NCG.motto, motto)
        if event.theme is None or event.theme.year is None:
            return None
        theme = NCGID[f"theme/{bloc.slug}/{event.theme.year}"]
        self.out.fact(theme, NCG.EmulationTheme, [event.theme.tagged])
        self.out.add(theme, NCG.bloc, URIRef(bloc.iri))
        self.out.add(theme, NCG.year, Literal(str(event.theme.year), datatype=XSD.gYear))
        self.out.add(theme, NCG.text, Literal(event.theme.text, lang="vi"))
        self.out.add(node, NCG.theme, theme)
        return event.theme.text


NCG_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _post_label(role: Entity, agency: Entity) -> str:
    if match_key(role.label).endswith(match_key(agency.label)):
        return role.label
    return f"{role.label} {agency.label}"


def _event_names(event: Event, bloc: Entity) -> tuple[str, str]:
    parts_vi: list[str] = []
    parts_en: list[str] = []
    for kind in event.kinds:
        year = _kind_year(event, kind)
        half = event.period is not None and event.period[0] == "half" and kind.endswith("so-ket")
        period = f"6 tháng đầu năm {year}" if half else f"năm {year}" if year else ""
        parts_vi.append(f"{_KIND_PHRASE[kind]} {period}".strip())
        parts_en.append(f"{_KIND_EN[kind]} {'H1 ' if half else ''}{year or ''}".strip())
    name_vi = "Hội nghị " + ", ".join(parts_vi) + " " + bloc.label
    name_en = "; ".join(parts_en) + " - " + (bloc.label_en or bloc.label)
    return name_vi, name_en


def _kind_year(event: Event, kind: str) -> int | None:
    text = event.tagged.sentence.text
    from nội_chính_graph.ingest.extract.patterns import EVENT_KIND_CUES, YEAR

    cue = EVENT_KIND_CUES[kind].search(text)
    found = YEAR.search(text, cue.end()) if cue else None
    if found and not event.kind_inferred:
        return int(found.group(1))
    return event.period[1] if event.period else None


def _unique(tagged: list[Tagged]) -> list[Tagged]:
    return list({t.sentence.index: t for t in tagged}.values())


__all__ = ["extract_report", "header"]
