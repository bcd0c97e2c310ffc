"""Ingest as pure stages, one report at a time:

1. :func:`~nội_chính_graph.ingest.findings.find` — text → findings (the extractors' mentions);
2. :func:`~nội_chính_graph.ingest.resolve.resolve` — findings → resolution (each mention once:
   known entity, alias of one, or minted with kind, level, province and parent);
3. :func:`write_rdf` — findings + resolution → triples (pyoxigraph terms) with evidence;
4. :func:`~nội_chính_graph.ingest.summary_rdf.summary_from_rdf` — triples → review summary,
   always read back from the triples;
5. validation (:mod:`nội_chính_graph.validation.incremental`) and commit
   (:mod:`nội_chính_graph.ingest.workflow`).

:func:`extract_report` runs stages 1–4.
"""

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

import pyoxigraph as ox
from rdflib import Literal, URIRef

from nội_chính_graph.ingest.extract.blocs import Bloc, named_in_short
from nội_chính_graph.ingest.extract.events import Event, stated_year
from nội_chính_graph.ingest.extract.gazetteer import Entity, Gazetteer
from nội_chính_graph.ingest.extract.people import (
    OFFICES_BY_THEMSELVES,
    BlocRole,
    PartyRole,
    PersonMention,
    Post,
)
from nội_chính_graph.ingest.extract.tagger import Tagged, org_head_at
from nội_chính_graph.ingest.findings import Findings, find, header
from nội_chính_graph.ingest.minting import (
    KindCatalogue,
    armed_force,
    forces_named,
    shipped_kinds,
)
from nội_chính_graph.ingest.model import Extraction, Flag
from nội_chính_graph.ingest.resolve import Person, Resolution, resolve
from nội_chính_graph.ingest.summary_rdf import EQUIVALENT, summary_from_rdf
from nội_chính_graph.ingest.triples import ReportGraph
from nội_chính_graph.namespaces import DCTERMS, NCG, NCGID, ORG, SCHEMA, SKOS, XSD
from nội_chính_graph.text import match_key, slugify
from nội_chính_graph.text.language import about_emulation, looks_vietnamese, vietnamese_share
from nội_chính_graph.text.tokens import keys_of

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


@dataclass(frozen=True)
class ReportMeta:
    """What is known of the source besides its text (each defaults to the text's header)."""

    slug: str
    url: str | None = None
    issued: dt.date | None = None
    title: str | None = None
    text_file: str | None = None
    #: The day the text was received for ingest: an undated report's facts held until then.
    received: dt.date | None = None


def extract_report(
    text: str,
    gazetteer: Gazetteer,
    *,
    report_slug: str,
    url: str | None = None,
    issued: dt.date | None = None,
    title: str | None = None,
    text_file: str | None = None,
    kinds: KindCatalogue | None = None,
    received: dt.date | None = None,
) -> Extraction:
    """Extract the facts of one report as triples with evidence, a summary and flags.

    ``text`` is the stored report; annotation offsets index its NFC form. ``url``, ``issued``
    and ``title`` default to what a ``SOURCE:`` header gives. ``kinds`` are the agency kinds
    new organisations are classified with (default: the shipped ontology's). ``received`` is
    the day the text came in: when the report gives no year, its posts, ranks, Party roles and
    bloc members hold until that day (their beginning unknown) instead of being left out.
    """
    findings = find(text, gazetteer, issued=issued, url=url)
    resolution = resolve(findings, gazetteer, kinds or shipped_kinds(), scope=report_slug)
    meta = ReportMeta(report_slug, url, issued, title, text_file, received)
    out, flags = write_rdf(findings, resolution, gazetteer, meta)
    flags = _text_flags(findings.original) + flags
    # Labels of what the payload names only: every entity's was 0.6 s a report at 10M quads.
    named = {t.object.value for t in out.payload if isinstance(t.object, ox.NamedNode)}
    named |= {t.subject.value for t in out.payload if isinstance(t.subject, ox.NamedNode)}
    entities = gazetteer.entities
    labels = {iri: entities[iri].label for iri in named if iri in entities}
    summary = summary_from_rdf(out.payload, labels=labels)
    return Extraction(
        out.report, findings.original, out.payload, summary, flags, out.name, findings
    )


def _text_flags(text: str) -> list[Flag]:
    """Review flags for a text that is not Vietnamese, or not a report on emulation."""
    flags = []
    if not looks_vietnamese(text):
        share = f"{vietnamese_share(text):.0%}"
        flags.append(
            Flag(
                code="not-vietnamese",
                message=f"Only {share} of the words are Vietnamese: is this the report's text?",
            )
        )
    if not about_emulation(text):
        flags.append(
            Flag(
                code="not-a-report",
                message="The text never speaks of emulation, awards, a bloc or its conference.",
            )
        )
    return flags


def write_rdf(
    findings: Findings, resolution: Resolution, gazetteer: Gazetteer, meta: ReportMeta
) -> tuple[ReportGraph, list[Flag]]:
    """Stage 3: the triples of a resolved report, and every review flag (resolution's first)."""
    out = ReportGraph(meta.slug, findings.original)
    writer = _Writer(findings, resolution, gazetteer, out, received=meta.received)
    writer.out.report_node(
        meta.url or findings.url,
        meta.issued or findings.published,
        meta.title or findings.title,
        meta.text_file,
    )
    writer.write()
    return writer.out, [*resolution.flags, *writer.flags]


class _Writer:
    def __init__(
        self,
        findings: Findings,
        resolution: Resolution,
        gazetteer: Gazetteer,
        out: ReportGraph,
        *,
        received: dt.date | None = None,
    ) -> None:
        self.f = findings
        self.r = resolution
        self.g = gazetteer
        self.out = out
        self.flags: list[Flag] = []
        self.blocs: list[Bloc] = findings.blocs
        self.event: Event | None = findings.event
        self.published = findings.published
        self.received = received

    @cached_property
    def report_forces(self) -> set[URIRef]:
        """The armed forces the report's words name anywhere (a rank's last resort), read only
        for a rank nothing else places."""
        return set().union(*(forces_named(t.sentence.text) for t in self.f.sentences))

    def write(self) -> None:
        ranked: list[tuple[Person, Entity, list[Entity]]] = []
        for person in self.r.persons:
            ranked.append(self._write_person(person))
        # A rank is placed in the ladder of the person's agency; failing that, of the armed
        # force the report's other agencies belong to (a police cluster's report).
        counted = Counter(
            force
            for _, _, agencies in ranked
            for a in agencies
            if (force := self.r.force_of(a.iri, self.g)) is not None
        )
        if not counted:  # people with bare titles: the force of the bloc and its members
            counted = Counter(self._bloc_forces())
        # one force, or one that holds at least three in four of the agencies (a police report
        # that names the army's academy once)
        ranked_forces = counted.most_common()
        report_force = None
        if ranked_forces and 4 * ranked_forces[0][1] >= 3 * sum(counted.values()):
            report_force = ranked_forces[0][0]
        for person, entity, agencies in ranked:
            self._write_rank(person, entity, agencies, report_force)
        self.write_blocs()
        self.write_event()
        for minted in self.r.minted.values():
            self.out.entity(minted.entity)
            if minted.profile is not None:
                self.out.profile(minted.profile)

    def _bloc_forces(self) -> set[str]:
        """The armed forces the report's main bloc names and its members belong to ("Cụm thi
        đua các phòng, Bộ CHQS tỉnh"; "Công an các huyện: …")."""
        main = self.main_bloc()
        if main is None:
            return set()
        named = armed_force(main.label)
        forces = {str(named)} if named is not None else set()
        for member in main.members:
            force = self.r.force_of(self.r.org(member.org, member.tagged).iri, self.g)
            if force is not None:
                forces.add(force)
        return forces

    def flag(self, code: str, message: str, tagged: Tagged | None = None) -> None:
        span = (tagged.sentence.orig_start, tagged.sentence.orig_end) if tagged else (None, None)
        self.flags.append(Flag(code=code, message=message, start=span[0], end=span[1]))

    @property
    def year(self) -> int | None:
        return self.f.year

    # -- people ---------------------------------------------------------------------------
    def _posts(self, person: Person) -> list[tuple[Post, Entity | None, list[Tagged]]]:
        """A person's posts, each once with its evidence. A title that is an office by itself
        ("Phó Chủ tịch nước") is recorded without an organisation; any other title the text
        writes without one ("Thứ trưởng" bare) is flagged and left out, since its organisation
        is unknown, not absent."""
        posts: dict[tuple[str, str], tuple[Post, Entity | None, list[Tagged]]] = {}
        bare: list[tuple[Post, Tagged]] = []
        for mention in person.mentions:
            for post in mention.posts:
                if post.org is None:
                    bare.append((post, mention.tagged))
                    continue
                agency = self.r.org(post.org, mention.tagged)
                key = (post.role.iri, agency.iri)
                posts.setdefault(key, (post, agency, []))[2].append(mention.tagged)
        placed = {p.role.iri for p, _, _ in posts.values()}
        for post, tagged in bare:
            if post.role.iri in placed:
                continue
            if post.role.iri in OFFICES_BY_THEMSELVES:
                posts.setdefault((post.role.iri, ""), (post, None, []))[2].append(tagged)
            else:
                self.flag(
                    "post-without-agency",
                    f"{person.name}: '{post.title}' names no organisation; not recorded",
                    tagged,
                )
        return list(posts.values())

    def _write_person(self, person: Person) -> tuple[Person, Entity, list[Entity]]:
        posts = self._posts(person)
        entity = self.r.person(person)
        node = self.out.entity(entity)
        self.out.add(node, NCG_TYPE, NCG.Official)
        equivalents = sorted({e for m in person.mentions for e in m.equivalents})
        for post, agency, evidence in posts:
            holding = self._write_post(entity, post, agency, evidence)
            for equivalent in equivalents:  # "Thứ trưởng, Tổng Giám đốc X": the rank of a post
                self.out.add(
                    holding, SKOS.editorialNote, Literal(EQUIVALENT + equivalent, lang="vi")
                )
        for role, organ, evidence in self._party_roles(person):
            self._write_party_role(entity, role, self.out.entity(organ), evidence)
        return person, entity, [agency for _, agency, _ in posts if agency is not None]

    def _party_roles(self, person: Person) -> list[tuple[PartyRole, Entity, list[Tagged]]]:
        found: dict[tuple[str, str], tuple[PartyRole, Entity, list[Tagged]]] = {}
        for mention in person.mentions:
            for role in mention.party_roles:
                organ = self.r.organ(role, mention.tagged)
                key = (role.role.iri, organ.iri)
                found.setdefault(key, (role, organ, []))[2].append(mention.tagged)
        return list(found.values())

    def _attested(self, node: URIRef) -> None:
        if self.year is not None:
            self.out.add(node, NCG.attestedDuring, self.out.year(self.year))
            return
        if self.received is not None:
            self.out.add(node, NCG.attestedDuring, self.out.until(self.received))
        self._flag_undated()

    def _flag_undated(self) -> None:
        """Say once that the report gives no date, and what its facts hold until."""
        if not any(f.code == "no-date" for f in self.flags):
            held = (
                f"are recorded as held until {self.received.isoformat()}, the day the text came "
                "in, their beginning unknown"
                if self.received is not None
                else "cannot be dated (the shapes refuse the posts; members are left out)"
            )
            self.flag(
                "no-date",
                "The report states no year, its address carries no date and none was given: "
                f"posts, ranks, Party roles and bloc members {held}. Give the publication date "
                "(--published YYYY-MM-DD, or the 'published' field) to date them.",
            )

    def _write_post(
        self, person: Entity, post: Post, agency: Entity | None, evidence: list[Tagged]
    ) -> URIRef:
        role = self.out.entity(post.role)
        # a post named without its organisation is the title alone ("post/pho-chu-tich-nuoc")
        post_slug = post.role.slug if agency is None else f"{post.role.slug}--{_path(agency)}"
        post_node = NCGID[f"post/{post_slug}"]
        self.out.add(post_node, NCG_TYPE, ORG.Post)
        self.out.add(post_node, ORG.role, role)
        if agency is not None:
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
        return holding

    def _post_labels(self, node: URIRef, role: Entity, agency: Entity | None) -> None:
        self.out.add(node, SKOS.prefLabel, Literal(_post_label(role, agency), lang="vi"))
        if role.label_en and (agency is None or agency.label_en):
            label_en = role.label_en if agency is None else f"{role.label_en}, {agency.label_en}"
            self.out.add(node, SKOS.prefLabel, Literal(label_en, lang="en"))
        else:
            self.flag("no-english-label", f"post {node} has no English label (role or agency)")

    def _write_party_role(
        self, person: Entity, role: PartyRole, organ: URIRef, evidence: list[Tagged]
    ) -> None:
        organ_path = str(organ).removeprefix(str(NCGID)).split("/", 1)[-1]
        node = NCGID[
            f"party-membership/{person.slug}/{organ_path}/{role.role.slug}/{self.out.slug}"
        ]
        self.out.fact(node, NCG.PartyRoleMembership, evidence)
        self.out.add(node, ORG.member, URIRef(person.iri))
        self.out.add(node, ORG.organization, organ)
        self.out.add(node, ORG.role, URIRef(role.role.iri))
        self._attested(node)

    def _write_rank(
        self, person: Person, entity: Entity, agencies: list[Entity], report_force: str | None
    ) -> None:
        candidates = [r for m in person.mentions for r in m.ranks]
        if not candidates:
            return
        forces = {self.r.force_of(a.iri, self.g) for a in agencies} - {None}
        if not forces and report_force is not None:
            forces = {report_force}
            self.flag(
                "rank-force-from-report",
                f"{person.name}: rank '{candidates[0].label}' placed in the ladder of "
                f"{report_force}, the armed force of every agency in the report",
            )
        if not forces:
            # "Trung tướng X, Phó Tổng Tham mưu trưởng Quân đội nhân dân": the one force the
            # sentences naming the person speak of
            named = set().union(*(forces_named(m.tagged.sentence.text) for m in person.mentions))
            if len(named) == 1:
                forces = {str(f) for f in named}
                self.flag(
                    "rank-force-from-sentence",
                    f"{person.name}: rank '{candidates[0].label}' placed in the ladder of "
                    f"{next(iter(forces))}, the one armed force the sentence names",
                )
        if not forces and len(self.report_forces) == 1:
            # "Trung tá Lê Văn A phát biểu" in a report on one force's units
            forces = {str(f) for f in self.report_forces}
            self.flag(
                "rank-force-from-report-text",
                f"{person.name}: rank '{candidates[0].label}' placed in the ladder of "
                f"{next(iter(forces))}, the one armed force the report names",
            )
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
            return
        # the senior of the ranks the report gives ("Trung tướng A … được thăng cấp bậc hàm lên
        # Thượng tướng", "thượng tướng A"): a promotion's, the one held at the report's date
        rank = max(fitting, key=lambda r: self.g.rank_order.get(r.iri, 0))
        node = NCGID[f"rank-assignment/{entity.slug}/{rank.slug}/{self.out.slug}"]
        evidence = [m.tagged for m in person.mentions if rank.label in [r.label for r in m.ranks]]
        self.out.fact(node, NCG.RankAssignment, evidence)
        self.out.add(node, NCG.holder, URIRef(entity.iri))
        self.out.add(node, NCG.rank, URIRef(rank.iri))
        self._attested(node)

    # -- blocs ----------------------------------------------------------------------------
    def main_bloc(self) -> Bloc | None:
        central = [b for b in self.blocs if not b.local]
        pool = central or self.blocs
        return max(pool, key=lambda b: len(b.mentions)) if pool else None

    def _role_year(self, role: BlocRole) -> int | None:
        """The year a bloc role holds in: as stated; for a unit elected at a year-end review
        with no year stated, the year after the one reviewed."""
        event = self.f.event
        year_end = event is not None and "event-kind/tong-ket" in event.kinds
        if role.year is None and role.elected and self.year is not None and year_end:
            return self.year + 1
        if role.year is None and role.handed and self.year is not None and not _early(event):
            # handed over at a meeting in the second half of the year or with no date: the
            # next term (not a hand-over when the year's pact is signed in its first months)
            return self.year + 1
        if role.year is None and not role.elected and self._signing_after_review:
            # the pact for 2021 signed where 2020 is reviewed ("Năm 2020, …"): the unit that
            # chairs as Khối trưởng leads the year under review
            assert self.year is not None
            return self.year - 1
        return role.year

    def _incumbent_year(
        self, role: BlocRole, agency: Entity, elected: dict[tuple[str, int | None], set[str]]
    ) -> int | None:
        """The year of a role stated with no year and not elected (the unit holding it at the
        conference), when the report elects another unit to the same role for the year it would
        take: the year before, the incumbent's ("X với vai trò là Cụm trưởng …; bầu Y làm Cụm
        trưởng năm 2017": X led 2016)."""
        year = self._role_year(role)
        if role.year is not None or role.elected:
            return year
        default = year or self.year
        successors = elected.get((role.role, default), set())
        if default is not None and successors and agency.iri not in successors:
            return default - 1
        return year

    @cached_property
    def _signing_after_review(self) -> bool:
        """Whether the report's conference signs the pact for its year while the text speaks
        mostly of the year before (a January conference reviewing the past year); read once,
        not for each bloc role."""
        event = self.f.event
        if event is None or event.period is None or self.year is None:
            return False
        signing = event.kinds == ["event-kind/ky-ket-giao-uoc"]
        return signing and stated_year(self.f.sentences) == self.year - 1

    def write_blocs(self) -> None:
        main = self.main_bloc()
        for bloc in self.blocs:
            self._write_bloc(bloc, bloc is main)

    def _write_bloc(self, bloc: Bloc, main: bool) -> None:
        entity = self.r.bloc(self.f, bloc)
        node = self.out.entity(entity)
        self.out.mention(node, bloc.mentions[:1])  # the first sentence that names it
        members: dict[str, tuple[Entity, list[Tagged]]] = {}
        roles: list[tuple[Entity, str, int | None, Tagged]] = []
        elected: dict[tuple[str, int | None], set[str]] = {}
        resolved = [(member, self.r.org(member.org, member.tagged)) for member in bloc.members]
        for member, agency in resolved:
            members.setdefault(agency.iri, (agency, []))[1].append(member.tagged)
            for r in member.roles:
                if r.elected:
                    year = self._role_year(r) or self.year
                    elected.setdefault((r.role, year), set()).add(agency.iri)
        for member, agency in resolved:
            roles += [
                (agency, r.role, self._incumbent_year(r, agency, elected), member.tagged)
                for r in member.roles
            ]
        if main:
            roles += self._person_bloc_roles(bloc, entity, members)
        counted = self._check_count(bloc, entity.iri, members)
        roles = self._one_leader_a_year(entity, roles)
        for agency, evidence in members.values():
            self._membership(node, entity, agency, "member", self.year, evidence)
        for agency, role, year, tagged in roles:
            self._membership(node, entity, agency, role, year or self.year, [tagged])
            if (year or self.year) != self.year or agency.iri not in members:
                # A leader or deputy of a year is a member that year (ncgsh:BlocLeaderIsMember).
                self._membership(node, entity, agency, "member", year or self.year, [tagged])
        if counted and bloc.count is not None and self.year is not None:
            count = NCGID[f"member-count/{_path(entity)}/{self.year}/{self.out.slug}"]
            self.out.fact(count, NCG.MemberCountStatement, [bloc.count[1]])
            self.out.add(count, NCG.bloc, node)
            self.out.add(count, NCG.statedMemberCount, Literal(bloc.count[0], datatype=XSD.integer))
            self.out.add(count, NCG.year, Literal(str(self.year), datatype=XSD.gYear))

    def _person_bloc_roles(
        self, bloc: Bloc, entity: Entity, members: dict[str, tuple[Entity, list[Tagged]]]
    ) -> list[tuple[Entity, str, int | None, Tagged]]:
        """Leader/deputy stated beside a person: the person's agency (or the parent agency
        that is a bloc member) holds the role; a leader missing from the list joins it."""
        found: list[tuple[Entity, str, int | None, Tagged]] = []
        for person in self.r.persons:
            for mention in person.mentions:
                posts = [p for p in mention.posts if p.org is not None]
                if not mention.bloc_roles or not posts:
                    continue
                # the post whose agency is a listed member ("Ủy viên BTV Trung ương Hội, Chủ tịch
                # Hội Chữ thập đỏ tỉnh X, Trưởng Cụm"), else the first post's
                # (a seat on a committee, "Ủy viên …", heads no unit)
                heading = [p for p in posts if not p.title.startswith(("Ủy viên", "Thành viên"))]
                agencies = [
                    self._member_agency(entity, self.r.org(p.org, mention.tagged), members)
                    for p in heading or posts
                    if p.org is not None
                ]
                agency = next((a for a in agencies if a.iri in members), None)
                agency = (
                    agency
                    or _member_named_in(agencies, members)
                    or _member_named_in_short(agencies, members)
                    or agencies[0]
                )
                for role in mention.bloc_roles:
                    found.append((agency, role.role, self._role_year(role), mention.tagged))
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
        self, bloc: Entity, agency: Entity, members: dict[str, tuple[Entity, list[Tagged]]]
    ) -> Entity:
        known = set(members) | self.g.bloc_members.get(bloc.iri, set())
        any_bloc = set().union(*self.g.bloc_members.values()) if self.g.bloc_members else set()
        chain = self.r.ancestors(agency.iri, self.g)
        for pool in (known, any_bloc):
            for iri in chain:
                if iri in pool:
                    return self.g.entities.get(iri, agency)
        for iri in chain:
            entity = self.g.entities.get(iri, agency)
            if not match_key(entity.label).startswith(_SUB_UNIT_HEADS):
                return entity
        return agency

    def _check_count(
        self, bloc: Bloc, iri: str, members: dict[str, tuple[Entity, list[Tagged]]]
    ) -> bool:
        """Whether the stated count can be recorded: it must equal the members written (a
        count that disagrees would break ncgsh:MemberCountMatches; flagged, not recorded)."""
        if bloc.count is None:
            return False
        known = self.g.bloc_members.get(iri, set())
        if not bloc.members and not known and len(members) != bloc.count[0]:
            # "Khối có 6 đơn vị" and no unit named, none in the graph: the count would stand
            # against a shorter list (ncgsh:MemberCountMatches); kept for review, not recorded
            self.flag(
                "member-count-unlisted",
                f"'{bloc.label}': the text states {bloc.count[0]} members and names "
                f"{len(members)}; the count is not recorded",
                bloc.count[1],
            )
            return False
        if not bloc.members:
            return True
        listed = len({self.r.org(m.org, m.tagged).iri for m in bloc.members})
        recorded = bloc.count[0] == len(members)
        if bloc.count[0] != listed or not recorded:
            note = "" if recorded else "; the stated count is not recorded"
            self.flag(
                "member-count-mismatch",
                f"'{bloc.label}': the text states {bloc.count[0]} "
                f"members but lists {listed} (with the chair sentence: {len(members)}){note}",
                bloc.count[1],
            )
        return recorded

    def _one_leader_a_year(
        self, bloc: Entity, roles: list[tuple[Entity, str, int | None, Tagged]]
    ) -> list[tuple[Entity, str, int | None, Tagged]]:
        """The roles without the leaders of a year the report gives more than one unit as the
        bloc's leader (several clusters' leaders read as one bloc's, a leader of another year):
        a bloc has one leader a year (``ncgsh:BlocSingleLeaderShape``), and which one the text
        means is for a steward to say, so none is recorded and the report is flagged. The
        units stay members."""
        roles = _one_name_a_leader(roles, self.year)
        roles = _stated_year_first(roles, self.year)
        leaders: dict[int | None, set[str]] = {}
        for agency, role, year, _ in roles:
            if role == "leader":
                leaders.setdefault(year or self.year, set()).add(agency.iri)
        clash = {year for year, found in leaders.items() if len(found) > 1}
        for year in sorted(clash, key=lambda y: y or 0):
            names = sorted(
                {a.label for a, r, y, _ in roles if r == "leader" and (y or self.year) == year}
            )
            self.flag(
                "leaders-conflict",
                f"'{bloc.label}' has {len(names)} leaders in {year or 'the report'}: "
                f"{', '.join(names)}; none is recorded as leader (each stays a member). A "
                "steward who knows which one leads can ingest that membership as RDF.",
            )
        return [
            (agency, role, year, tagged)
            for agency, role, year, tagged in roles
            if role != "leader" or (year or self.year) not in clash
        ]

    def _membership(
        self,
        node: URIRef,
        bloc: Entity,
        agency: Entity,
        role: str,
        year: int | None,
        evidence: list[Tagged],
    ) -> None:
        if year is None and (role != "member" or self.received is None):
            # A leader or deputy leads in a year (ncgsh:BlocLeadYearShape)
            self.flag("no-year", f"{agency.label} in '{bloc.label}': no year stated; not recorded")
            return
        if year is not None:
            period, during = str(year), self.out.year(year)
        else:  # an undated report: a member at some time before the day the text came in
            assert self.received is not None
            period, during = f"until-{self.received.isoformat()}", self.out.until(self.received)
            self._flag_undated()
        iri = NCGID[f"membership/{_path(bloc)}/{period}/{_path(agency)}/{role}"]
        self.out.fact(iri, NCG.BlocMembership, evidence)
        self.out.add(iri, ORG.member, self.out.entity(agency))
        self.out.add(iri, ORG.organization, node)
        self.out.add(iri, ORG.role, NCGID[f"bloc-role/{role}"])
        self.out.add(iri, ORG.memberDuring, during)

    # -- event ----------------------------------------------------------------------------
    def write_event(self) -> None:
        """The report's conference, organised by its main bloc; a conference of no bloc the
        report names (a province's review, a unit's signing) is the report's own event."""
        event, main = self.event, self.main_bloc()
        if event is None or not event.kinds:
            return
        if main is None and not _EMULATION_GROUP.search(self.f.original):
            return  # a report on no bloc of emulation (a decoy): its meeting is not recorded
        bloc = self.r.bloc(self.f, main) if main is not None else None
        name_vi, name_en = _event_names(event, bloc, self.g)
        path = f"event/{slugify(name_vi.removeprefix('Hội nghị '))}"
        # (named by its kinds alone, an event of no bloc is one per report)
        node = NCGID[path if bloc is not None else f"{path}/{self.out.slug}"]
        self.out.fact(node, NCG.Conference, _unique([event.tagged, *event.evidence]))
        if bloc is not None:
            self.out.add(node, SCHEMA.organizer, URIRef(bloc.iri))
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
        self._people_refs(node, NCG.chair, event.chairs)
        self._people_refs(node, NCG.speaker, event.speakers)
        self._quote(node, event, bloc)

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

    def _people_refs(self, node: URIRef, prop: URIRef, mentions: list[PersonMention]) -> None:
        for mention in mentions:
            person = next(p for p in self.r.persons if mention in p.mentions)
            self.out.add(node, prop, URIRef(self.r.person(person).iri))

    def _quote(self, node: URIRef, event: Event, bloc: Entity | None) -> None:
        if event.motto is not None and event.motto.year is not None:
            motto = NCGID[f"motto/{event.motto.year}"]
            self.out.fact(motto, NCG.GovernmentMotto, [event.motto.tagged])
            self.out.add(motto, NCG.year, Literal(str(event.motto.year), datatype=XSD.gYear))
            self.out.add(motto, NCG.text, Literal(event.motto.text, lang="vi"))
            self.out.add(motto, DCTERMS.creator, NCGID["agency/chinh-phu"])
            self.out.add(node, NCG.motto, motto)
        if event.theme is None or event.theme.year is None or bloc is None:
            return  # a theme is a bloc's theme of the year
        theme = NCGID[f"theme/{_path(bloc)}/{event.theme.year}"]
        self.out.fact(theme, NCG.EmulationTheme, [event.theme.tagged])
        self.out.add(theme, NCG.bloc, URIRef(bloc.iri))
        self.out.add(theme, NCG.year, Literal(str(event.theme.year), datatype=XSD.gYear))
        self.out.add(theme, NCG.text, Literal(event.theme.text, lang="vi"))
        self.out.add(node, NCG.theme, theme)


# A report on a bloc of emulation names one, though the extractor may not read which: "cụm
# thi đua", "Khối thi đua", "thi đua Khối", "các đơn vị trong cụm".
_EMULATION_GROUP = re.compile(
    r"\b(?:khối|cụm)\s+thi\s+đua\b|\bthi\s+đua\s+(?:của\s+)?(?:khối|cụm)\b"
    r"|\btrong\s+(?:khối|cụm)\b",
    re.IGNORECASE,
)


NCG_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _member_named_in(
    agencies: list[Entity], members: dict[str, tuple[Entity, list[Tagged]]]
) -> Entity | None:
    """The one listed member whose name the end of a post's agency begins: "Phòng Tổ chức -
    Hành chính Cục Thống kê" (a unit of the listed "Cục Thống kê tỉnh Tây Ninh") holds the
    person's role through it; None when no member or several are named so."""
    for agency in agencies:
        keys = keys_of(agency.label)
        for k in range(1, len(keys) - 1):
            if not org_head_at(keys, k):
                continue
            named = [
                entity
                for entity, _ in members.values()
                if keys_of(entity.label)[: len(keys) - k] == keys[k:]
            ]
            if len(named) == 1:
                return named[0]
    return None


def _stated_year_first(
    roles: list[tuple[Entity, str, int | None, Tagged]], default: int | None
) -> list[tuple[Entity, str, int | None, Tagged]]:
    """The roles without the undated leaders of a year for which one unit's leadership is
    stated with that very year: "Trường A - Cụm trưởng năm 2019" against "ông X, Hiệu trưởng
    Trường B - Cụm trưởng" (an undated role taken for the report's year, most often the
    outgoing leader's). The dropped unit stays a member; several dated leaders still clash."""
    dated: dict[int, set[str]] = {}
    for agency, role, year, _ in roles:
        if role == "leader" and year is not None:
            dated.setdefault(year, set()).add(agency.iri)
    if default is None or len(dated.get(default, set())) != 1:
        return roles
    return [
        (agency, role, year, tagged)
        for agency, role, year, tagged in roles
        if role != "leader" or year is not None or agency.iri in dated[default]
    ]


def _one_name_a_leader(
    roles: list[tuple[Entity, str, int | None, Tagged]], default: int | None
) -> list[tuple[Entity, str, int | None, Tagged]]:
    """The roles with a year's leaders that are one unit written twice kept once: when every
    leader of the year has a name that begins the longest one's ("Sở Tư pháp" and "Sở Tư pháp
    tỉnh Hà Nam"), the longest leads and the others stay members; leaders of other names are
    left for :meth:`_one_leader_a_year` to flag."""
    by_year: dict[int | None, list[Entity]] = {}
    for agency, role, year, _ in roles:
        if role == "leader" and agency not in by_year.setdefault(year or default, []):
            by_year[year or default].append(agency)
    dropped: set[tuple[str, int | None]] = set()
    for year, agencies in by_year.items():
        if len(agencies) < 2:
            continue
        longest = max(agencies, key=lambda a: len(keys_of(a.label)))
        full = keys_of(longest.label)
        if all(full[: len(keys_of(a.label))] == keys_of(a.label) for a in agencies):
            dropped |= {(a.iri, year) for a in agencies if a is not longest}
    return [
        (agency, role, year, tagged)
        for agency, role, year, tagged in roles
        if role != "leader" or (agency.iri, year or default) not in dropped
    ]


def _member_named_in_short(
    agencies: list[Entity], members: dict[str, tuple[Entity, list[Tagged]]]
) -> Entity | None:
    """The one listed member a post's agency names in short (see ``blocs.named_in_short``):
    "Chi cục Quan Sơn" is the listed "Chi cục Thi hành án dân sự huyện Quan Sơn tỉnh Thanh
    Hóa"; None when no member or several are named so."""
    listed = [entity for entity, _ in members.values()]
    for agency in agencies:
        at = named_in_short(agency.label, [entity.label for entity in listed])
        if at is not None:
            return listed[at]
    return None


def _path(entity: Entity) -> str:
    """The IRI path after the entity type: ``bo-cong-an``, ``cao-bang/cong-an-tinh``."""
    return entity.iri.removeprefix(str(NCGID)).split("/", 1)[-1]


def _post_label(role: Entity, agency: Entity | None) -> str:
    if agency is None:
        return role.label
    if match_key(role.label).endswith(match_key(agency.label)):
        return role.label
    return f"{role.label} {agency.label}"


def _kind_phrases(kind: str, gazetteer: Gazetteer) -> tuple[str, str]:
    """How an event kind reads in a conference name (@vi, @en); kinds added to the ontology
    later read as their labels."""
    if kind in _KIND_PHRASE:
        return _KIND_PHRASE[kind], _KIND_EN[kind]
    concept = gazetteer.entities.get(str(NCGID[kind]))
    fallback = kind.rsplit("/", 1)[-1].replace("-", " ")
    vi = concept.label.lower() if concept is not None else fallback
    en = concept.label_en if concept is not None and concept.label_en else fallback
    return vi, en.capitalize()


def _event_names(event: Event, bloc: Entity | None, gazetteer: Gazetteer) -> tuple[str, str]:
    parts_vi: list[str] = []
    parts_en: list[str] = []
    for kind in event.kinds:
        year = _kind_year(event, kind)
        half = event.period is not None and event.period[0] == "half" and kind.endswith("so-ket")
        period = f"6 tháng đầu năm {year}" if half else f"năm {year}" if year else ""
        phrase_vi, phrase_en = _kind_phrases(kind, gazetteer)
        parts_vi.append(f"{phrase_vi} {period}".strip())
        parts_en.append(f"{phrase_en} {'H1 ' if half else ''}{year or ''}".strip())
    name_vi = "Hội nghị " + ", ".join(parts_vi)
    name_en = "; ".join(parts_en)
    if bloc is None:
        return name_vi, name_en  # (each kind's phrase is capitalised)
    return f"{name_vi} {bloc.label}", f"{name_en} - {bloc.label_en or bloc.label}"


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


def _early(event: Event | None) -> bool:
    """Whether ``event`` is a meeting in the first half of its year that reviews no year."""
    if event is None or event.date is None or "event-kind/tong-ket" in event.kinds:
        return False
    return event.date.month <= 6


__all__ = ["ReportMeta", "extract_report", "header", "write_rdf"]
