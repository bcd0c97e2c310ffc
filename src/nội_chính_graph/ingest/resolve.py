"""Stage 2, findings → resolution: each mention resolved once against the graph.

Every organisation, bloc and official the findings name becomes exactly one of

* a **known** entity (the gazetteer matched its label or an alias: it keeps its IRI);
* **new**: an entity minted here with everything its name tells (kind, class, level, province,
  parent, armed force; see :mod:`nội_chính_graph.ingest.minting`) and listed for review.

Rules that keep resolution honest:

* a provincial unit ("Công an tỉnh …", a *Sở*, anything the tagger marked local) is never
  resolved to a central agency: its IRI is ``agency/{province}/{unit}``;
* an official whose name is in the graph keeps that IRI when the contexts agree (a shared
  agency, counting parent agencies); with a different agency the mention is minted separately
  (slug ``-2``, ``-3`` …) and flagged ``ambiguous-person``, never merged silently.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from nội_chính_graph.ingest.extract.blocs import (
    BLOC_SECTOR_WORDS,
    Bloc,
    is_central,
    provinces_system,
)
from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.names import (
    CITIES,
    expand_acronyms,
    expand_city,
    expand_label,
    without_definitions,
)
from nội_chính_graph.ingest.extract.people import Org, PartyRole, PersonMention
from nội_chính_graph.ingest.extract.tagger import Tagged
from nội_chính_graph.ingest.findings import Findings
from nội_chính_graph.ingest.minting import (
    CENTRAL,
    PROVINCIAL,
    KindCatalogue,
    OrgProfile,
    profile_org,
    province_in,
    province_slug,
    provincial_head,
    split_province,
)
from nội_chính_graph.ingest.model import Flag
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.text import match_key, slugify
from nội_chính_graph.text.normalise import fold
from nội_chính_graph.text.tokens import keys_of


@dataclass
class Person:
    """An official as the whole report describes them (mentions merged by name)."""

    name: str
    mentions: list[PersonMention] = field(default_factory=list)

    def sentences(self) -> list[Tagged]:
        """The sentences that mention the person, once each."""
        return list({m.tagged.sentence.index: m.tagged for m in self.mentions}.values())


@dataclass(frozen=True)
class Minted:
    """An entity the graph lacks, minted by this report; ``profile`` for organisations and
    blocs (kind, level, province, parent, force)."""

    entity: Entity
    profile: OrgProfile | None = None


OrgKey = tuple[Org, int]
"""An organisation mention: what was named, and in which sentence (its province may differ)."""


@dataclass
class Resolution:
    """Every mention of a report resolved: known entities, minted ones, and review flags."""

    persons: list[Person] = field(default_factory=list)
    people: dict[str, Entity] = field(default_factory=dict)
    orgs: dict[OrgKey, Entity] = field(default_factory=dict)
    blocs: dict[int, Entity] = field(default_factory=dict)
    minted: dict[str, Minted] = field(default_factory=dict)
    flags: list[Flag] = field(default_factory=list)

    def org(self, org: Org, tagged: Tagged) -> Entity:
        """The entity an organisation mention resolved to."""
        return self.orgs[(org, tagged.sentence.index)]

    def organ(self, role: PartyRole, tagged: Tagged) -> Entity:
        """The Party organ of a Party role: the graph's, or the one minted for it."""
        if not role.organ.minted:
            return role.organ
        return self.orgs[(Org(role.organ.label), tagged.sentence.index)]

    def person(self, person: Person) -> Entity:
        """The entity an official resolved to."""
        return self.people[match_key(person.name)]

    def bloc(self, findings: Findings, bloc: Bloc) -> Entity:
        """The entity a bloc resolved to."""
        return self.blocs[findings.blocs.index(bloc)]

    def force_of(self, iri: str, gazetteer: Gazetteer) -> str | None:
        """The armed force of an agency, known or minted (through its parent when it has one)."""
        minted = self.minted.get(iri)
        if minted is not None and minted.profile is not None:
            if minted.profile.force is not None:
                return str(minted.profile.force)
            if minted.profile.parent is not None:
                return gazetteer.force_of(minted.profile.parent)
        return gazetteer.force_of(iri)

    def ancestors(self, iri: str, gazetteer: Gazetteer) -> list[str]:
        """``iri`` and its parents, a minted entity's text-given parent included."""
        minted = self.minted.get(iri)
        if minted is not None and minted.profile is not None and minted.profile.parent:
            return [iri, *gazetteer.ancestors(minted.profile.parent)]
        return gazetteer.ancestors(iri)


class _Resolver:
    def __init__(
        self, findings: Findings, gazetteer: Gazetteer, kinds: KindCatalogue, scope: str
    ) -> None:
        self.f = findings
        self.g = gazetteer
        self.kinds = kinds
        self.scope = scope
        self.out = Resolution()

    def flag(self, code: str, message: str, tagged: Tagged | None = None) -> None:
        span = (tagged.sentence.orig_start, tagged.sentence.orig_end) if tagged else (None, None)
        self.out.flags.append(Flag(code=code, message=message, start=span[0], end=span[1]))

    # -- organisations ------------------------------------------------------------------------
    def org(self, org: Org, tagged: Tagged, *, party: bool = False) -> Entity:
        key = (org, tagged.sentence.index)
        if key not in self.out.orgs:
            self.out.orgs[key] = self._org(org, tagged, party)
        return self.out.orgs[key]

    def _org(self, org: Org, tagged: Tagged, party: bool) -> Entity:
        placed = province_in(tagged.sentence.text, org.label) is not None
        places = self.g.lookup(keys_of(org.label), [Kind.PLACE])
        if places:  # a province named where an organisation was expected ("… TP Hà Nội")
            return places[0]
        known_entity = org.entity is not None and not org.entity.minted
        if org.entity is not None and known_entity and not org.local and not placed:
            return org.entity  # a known organisation, not one of a province's units
        written = expand_label(org.label)
        if org.entity is None and not org.local and not placed and written != org.label:
            # "Đảng ủy CATW", "T.Ư Hội NDVN": an abbreviation of a name the graph knows
            found = self.g.resolve(written, ORGANISATIONS)
            if found is not None and not found.minted:
                return found
        profile = profile_org(
            expand_acronyms(org.label, self.f.original),
            gazetteer=self.g,
            kinds=self.kinds,
            local=org.local,
            context=tagged.sentence.text,
            home_province=self.f.home_province,
            party=party,
            scope=self.scope,
            on=self.f.on,
        )
        known = self.g.entities.get(profile.iri)
        if known is not None and (profile.provincial or not known.minted):
            return known
        return self._mint_org(profile, tagged)

    def _mint_org(self, profile: OrgProfile, tagged: Tagged) -> Entity:
        if profile.iri in self.out.minted:
            return self.out.minted[profile.iri].entity
        entity = Entity(profile.iri, profile.entity_kind, profile.label, minted=True)
        self.out.minted[profile.iri] = Minted(entity, profile)
        level = "provincial" if profile.provincial else "central"
        kind = profile.kind.rsplit("/", 1)[-1] if profile.kind else "unknown"
        self.flag(
            "new-organisation",
            f"{level} {profile.entity_kind.value} not in the graph: '{profile.label}' minted as "
            f"{profile.iri} (kind {kind}"
            + (f", part of {profile.parent}" if profile.parent else "")
            + ")",
            tagged,
        )
        if profile.kind is None:
            self.flag("kind-unknown", f"'{profile.label}': no kind in the name; set it on review")
        if profile.provincial and profile.province is None:
            self.flag("province-unknown", f"'{profile.label}': the text names no province")
        return entity

    # -- people -------------------------------------------------------------------------------
    def people(self) -> None:
        by_key: dict[str, Person] = {}
        for mention in self.f.mentions:
            by_key.setdefault(match_key(mention.name), Person(mention.name)).mentions.append(
                mention
            )
        for person in by_key.values():
            self.out.persons.append(person)
            agencies = [self.org(org, m.tagged).iri for m, org in _posts_with_org(person)]
            for mention in person.mentions:
                for role in mention.party_roles:
                    if role.organ.minted:  # an organ the extractor named but the graph lacks
                        self.org(Org(role.organ.label), mention.tagged, party=True)
            self.out.people[match_key(person.name)] = self._person(person.name, agencies)

    def _person(self, name: str, agencies: Iterable[str]) -> Entity:
        context = self._widen(agencies)
        candidates = self.g.people_named(name)
        for candidate in candidates:
            known = self._widen(self.g.person_agencies.get(candidate.iri, set()))
            if not known or not context or known & context:
                return candidate
        entity = Entity(self._free_iri(name), Kind.PERSON, name, minted=True)
        self.out.minted[entity.iri] = Minted(entity)
        if candidates:
            self.flag(
                "ambiguous-person",
                f"'{name}' is in the graph as {candidates[0].iri} with other agencies; "
                f"minted {entity.iri} separately for review (merge it if it is the same person)",
            )
        return entity

    def _widen(self, agencies: Iterable[str]) -> set[str]:
        return {a for agency in agencies for a in self.out.ancestors(agency, self.g)}

    def _free_iri(self, name: str) -> str:
        return person_iri(name, set(self.g.entities) | set(self.out.minted))

    # -- blocs --------------------------------------------------------------------------------
    def blocs(self) -> None:
        for index, bloc in enumerate(self.f.blocs):
            self.out.blocs[index] = self._bloc(bloc)
            for member in bloc.members:
                self.org(member.org, member.tagged, party=bloc.is_party)

    def _bloc(self, bloc: Bloc) -> Entity:
        if bloc.entity is not None and not bloc.local and self._in_scope(bloc, bloc.entity):
            return bloc.entity
        profile = self._bloc_profile(bloc)
        known = self.g.entities.get(profile.iri)
        if known is not None:
            return known
        if profile.iri in self.out.minted:
            return self.out.minted[profile.iri].entity
        entity = Entity(profile.iri, Kind.BLOC, profile.label, minted=True)
        self.out.minted[profile.iri] = Minted(entity, profile)
        level = "local bloc" if bloc.local else "bloc"
        self.flag(
            "local-bloc" if bloc.local else "new-bloc",
            f"{level} '{bloc.label}' not in the graph; minted {entity.iri}",
            bloc.mentions[0] if bloc.mentions else None,
        )
        return entity

    def _bloc_profile(self, bloc: Bloc) -> OrgProfile:
        defined = without_definitions(bloc.label)  # "Cụm … Hội Cựu chiến binh (CCB) Việt Nam"
        named = expand_city(defined)  # "… TP.HCM" is "… thành phố Hồ Chí Minh"
        label, province = split_province(named)
        city = keys_of(label)[-2:] == ("thành", "phố")
        if city and province is not None and not self.g.lookup(keys_of(province), [Kind.PLACE]):
            # "Cụm thi đua số 1 thành phố Thủ Đức": a province's city, named as part of the
            # bloc's name; the report's province scopes it
            label, province = named, None
        provincial = bloc.local or _groups_provincial_units(bloc)
        one_place = not _spans_provinces(bloc) and names_one_province(label)
        one_province = not bare_bloc_name(bloc.label) and one_place
        # "Khối thi đua Văn hóa - Xã hội" of one province is labelled with it, as a province's
        # bloc named without it is (not "Cụm thi đua số 4": a number names no sector)
        labelled = one_place and (one_province or named_by_sectors(label))
        # "Khối thi đua 7" whose units are the report's province's: labelled with it too
        home_units = self.f.home_province is not None and (
            keys_of(bloc.label) not in _BLOC_HEADS and _units_of(bloc, self.f.home_province)
        )
        if province is None and (bloc.local or (provincial and one_province)):
            # a province's bloc named without it ("Khối thi đua các sở, ngành kinh tế"): every
            # province has one, so the report's province scopes it and its label says which
            # (a province the text never gives: the report scopes it)
            province = self.f.home_province
            if province is not None and (labelled or home_units):
                named = with_province(label, province)
            bloc = _as_local(bloc)
        elif province is not None and not bloc.local and named != defined:
            # "… TP.HCM", written out to "… thành phố Hồ Chí Minh": the city's, as "… tỉnh X" is
            bloc = _as_local(bloc)
        slug = province_slug(province, self.g, self.f.on) if province else None
        # "Khối thi đua" (never named), "Cụm thi đua miền Đông Nam Bộ" (a region's: several
        # bodies have one): the report's own, whatever its province
        unnamed = keys_of(bloc.label) in _BLOC_HEADS or regional_bloc_name(bloc.label)
        if bloc.local:
            place = f"unscoped--{self.scope}" if unnamed else slug
            place = place or f"unknown-province--{self.scope}"
            iri = str(NCGID[f"bloc/{place}/{slugify(_without_place_word(label))}"])
        elif (
            not unnamed
            and bare_bloc_name(bloc.label)
            and (owner := self._owner_of_units(bloc)) is not None
        ):
            # "Cụm thi đua số 5" of provinces' police in a report that names the Ministry of
            # Public Security: the Ministry's cluster, one bloc whichever province reports it
            named = f"{label}, {owner.label}"
            iri = str(NCGID[f"bloc/{slugify(named)}"])
        elif bare_bloc_name(bloc.label) or unnamed:
            # "Cụm thi đua số 4", "Khối thi đua Nội chính": many bodies and provinces have one;
            # scoped by the report's province, else by the report, until a steward merges it;
            # by the report too when its members are in several provinces (a cluster of the
            # provinces' police or associations is none of theirs)
            home = None if unnamed or _spans_provinces(bloc) else self.f.home_province
            iri = self._within(home, bloc.label)
            if home is not None and (labelled or home_units):
                named = with_province(label, home)
            self.flag(
                "bloc-name-ambiguous",
                f"'{bloc.label}' names no body or province; minted within "
                + (f"the province '{home}'" if home else "this report")
                + ", to be merged on review",
                bloc.mentions[0] if bloc.mentions else None,
            )
        elif group_of_units(named) and re.search(r"\bcac bo\b", fold(named)):
            # "Khối thi đua các Bộ, ngành tổng hợp": ministries are the centre's, whoever reports
            iri = str(NCGID[f"bloc/{slugify(named)}"])
        elif group_of_units(named) and self._names_a_central_owner(named):
            # "Khối thi đua các vụ, đơn vị thuộc Văn phòng Quốc hội": one body's units, the
            # same bloc whichever report names it
            iri = str(NCGID[f"bloc/{slugify(named)}"])
        elif group_of_units(named):
            # "Khối thi đua các trường đại học", "Khối thi đua các huyện, thành phố", "Khối thi
            # đua các cơ quan Trung ương" (their branches in a province): units of some body or
            # province the name leaves out; the report's province's, else the report's
            home = None if _spans_provinces(bloc) else self.f.home_province
            iri = self._within(home, named)
            if home is not None and province is None and labelled:
                named = with_province(label, home)  # "… các trường đại học tỉnh Vĩnh Phúc"
        else:
            iri = str(NCGID[f"bloc/{slugify(numbered_with_body(named))}"])
        return OrgProfile(
            iri=iri,
            label=named,
            entity_kind=Kind.BLOC,
            kind=None,
            level=PROVINCIAL if provincial else CENTRAL,
            province=slug,
            province_label=province,
        )

    def _names_a_central_owner(self, name: str) -> bool:
        """Whether a group of units' name ends with a central body the graph knows, after
        "thuộc" or "của" ("… các vụ, đơn vị thuộc Văn phòng Quốc hội")."""
        found = re.search(r"\b(?:thuộc|của)\s+(.+)$", name)
        owner = self.g.resolve(found.group(1), ORGANISATIONS) if found else None
        return owner is not None and is_central(owner)

    def _owner_of_units(self, bloc: Bloc) -> Entity | None:
        """The central body whose units of several provinces a numbered cluster groups, when
        the report names that body: "Công an tỉnh …" → Bộ Công an, "Sở Tư pháp tỉnh …" → Bộ Tư
        pháp, "Cục Thuế tỉnh …" → Tổng cục Thuế (see ``_OWNERS``); None otherwise."""
        if bloc.members:
            if not _spans_provinces(bloc):
                return None
            heads = {_unit_head(m.org.label) for m in bloc.members}
            if len(heads) != 1:
                return None
            (head,) = heads
        else:
            # no list, but the report counts one system's provincial units ("Công an các tỉnh")
            head = provinces_system(self.f.sentences)
        if head is None:
            return None
        written = _OWNERS.get(match_key(head))
        if written is None and head.split(" ", 1)[0] == "Sở":
            written = "Bộ " + head.split(" ", 1)[1]  # "Sở Tư pháp" → "Bộ Tư pháp"
        owner = self.g.resolve(written, ORGANISATIONS) if written else None
        if owner is None or owner.minted:
            return None
        return owner if owner.iri in self._named_entities else None

    @cached_property
    def _named_entities(self) -> frozenset[str]:
        """The IRIs of every graph entity the report's sentences name (read once a report)."""
        return frozenset(e.iri for t in self.f.sentences for span in t.spans for e in span.entities)

    def _within(self, province: str | None, name: str) -> str:
        """The IRI of a bloc called ``name`` minted within ``province``, else this report."""
        where = province_slug(province, self.g, self.f.on) if province else None
        return str(NCGID[f"bloc/{where or f'unscoped--{self.scope}'}/{slugify(name)}"])

    def _in_scope(self, bloc: Bloc, entity: Entity) -> bool:
        """Whether a graph bloc the mention's label matched is this report's: a bloc minted
        within a province (``bloc/{province}/…``) only for a report in that province, one
        minted within a report (``bloc/unknown-province--{report}/…``) only for that report; a
        bloc of the reference data (``bloc/{slug}``) always."""
        scope = bloc_scope(entity.iri)
        if scope is None:
            return True
        if "--" in scope:
            return scope.endswith(f"--{self.scope}")
        province = split_province(without_definitions(bloc.label))[1] or self.f.home_province
        return province is not None and province_slug(province, self.g, self.f.on) == scope


_NUMBERED_WITH_BODY = re.compile(
    r"^((?:khối|cụm)(?: thi đua)? (?:số )?(?-i:[0-9]+|[IVXL]+)\b)"
    r"\s*(?:[-–,(]|của|trực thuộc|thuộc)\s*(\S.*?)\)?$",
    re.IGNORECASE,
)


def numbered_with_body(name: str) -> str:
    """A numbered bloc's name as its IRI spells it, whatever word links the number to the body
    whose bloc it is, so one bloc written two ways in two reports is minted once.

    >>> numbered_with_body("Cụm thi đua số 6 trực thuộc Bộ Công an")
    'Cụm thi đua số 6, Bộ Công an'
    >>> numbered_with_body("Khối thi đua số II (Bộ Tài chính)")
    'Khối thi đua số II, Bộ Tài chính'
    >>> numbered_with_body("Khối thi đua các cơ quan Nội chính")
    'Khối thi đua các cơ quan Nội chính'
    >>> numbered_with_body("Khối thi đua Xi-măng")  # no number: "Xi" is a word
    'Khối thi đua Xi-măng'
    """
    found = _NUMBERED_WITH_BODY.match(name)
    return f"{found.group(1)}, {found.group(2)}" if found else name


def bloc_scope(iri: str) -> str | None:
    """The province or report a minted bloc's IRI is scoped by, or None for an unscoped one.

    >>> bloc_scope("https://w3id.org/noi-chinh/id/bloc/thai-binh/khoi-thi-dua-cac-so-nganh")
    'thai-binh'
    >>> bloc_scope("https://w3id.org/noi-chinh/id/bloc/khoi-thi-dua-cac-ban-dang-trung-uong")
    """
    path = iri.removeprefix(str(NCGID["bloc/"]))
    if path == iri or "/" not in path:
        return None
    return path.split("/", 1)[0]


def with_province(label: str, province: str) -> str:
    """A provincial bloc's name with the province it is in, which the text left to the reader.

    >>> with_province("Khối thi đua các sở, ngành kinh tế", "Thái Bình")
    'Khối thi đua các sở, ngành kinh tế tỉnh Thái Bình'
    >>> with_province("Khối thi đua các cơ quan Đảng tỉnh", "Nghệ An")
    'Khối thi đua các cơ quan Đảng tỉnh Nghệ An'
    >>> with_province("Khối thi đua Nội chính Thành phố", "Hồ Chí Minh")
    'Khối thi đua Nội chính Thành phố Hồ Chí Minh'
    >>> with_province("Khối thi đua các Ban Đảng, Văn phòng Tỉnh ủy", "Bình Định")
    'Khối thi đua các Ban Đảng, Văn phòng Tỉnh ủy Bình Định'
    """
    keys = keys_of(label)
    ends_with_committee = keys[-2:] in (("tỉnh", "ủy"), ("thành", "ủy"))  # "… Tỉnh ủy Bình Định"
    if keys[-1:] == ("tỉnh",) or keys[-2:] == ("thành", "phố") or ends_with_committee:
        return f"{label} {province}"
    return f"{label} {'thành phố' if keys_of(province) in CITIES else 'tỉnh'} {province}"


# Words in a bloc's name that say it is not one province's: the centre's, a nation's body's,
# or a district's, commune's or several places' ("các tỉnh", "5 tỉnh", "tỉnh, thành").
_NOT_ONE_PROVINCE = re.compile(
    r"\b(?:trung uong|tw|viet nam|chinh phu|quoc gia|quan khu|tong cuc"
    r"|bo(?=,)|bo (?!chi huy|chqs|doi)"  # "các Bộ, ngành", "Bộ Tư pháp", not "Bộ CHQS tỉnh"
    r"|cac (?:tinh|thanh pho|huyen|xa|quan|phuong)|\d+ (?:tinh|thanh)|tinh, thanh|cap tinh"
    r"|dia ban|mien|khu vuc|vung|(?:tay|dong|bac|trung) (?:nam|bac|bo|nguyen)|dong bang"
    r"|duyen hai|song (?:hau|hong|cuu long))\b"
)
_DISTRICT_ENDS = (("huyện",), ("quận",), ("xã",), ("phường",), ("thị", "trấn"))


def names_one_province(label: str) -> bool:
    """Whether a bloc's name, which gives no province, can be one province's: not when it says
    it is the centre's, a national body's, several places' or a district's.

    >>> names_one_province("Khối thi đua các sở, ngành kinh tế")
    True
    >>> names_one_province("Cụm thi đua các tỉnh miền Tây Nam Bộ")
    False
    >>> names_one_province("Khối thi đua các cơ quan hành chính - đơn vị sự nghiệp huyện")
    False
    >>> names_one_province("Cụm thi đua cấp tỉnh"), names_one_province("Khối các ban Đảng TW")
    (False, False)
    >>> names_one_province("Cụm thi đua số V - Thanh tra Chính phủ")
    False
    >>> names_one_province("Cụm thi đua các trường chính trị")
    False
    >>> names_one_province("Cụm thi đua cơ quan 4 phòng - Bộ CHQS tỉnh")
    True
    >>> names_one_province("Khối thi đua các Bộ, ngành tổng hợp")
    False
    """
    keys = keys_of(label)
    if any(keys[-len(end) :] == end for end in _DISTRICT_ENDS):
        return False
    if keys[:1] == ("cụm",) and keys[-1:] != ("tỉnh",) and keys[-2:] != ("thành", "phố"):
        return False  # a cluster ("Cụm thi đua các trường chính trị") is often of provinces
    return _NOT_ONE_PROVINCE.search(fold(label)) is None


def _without_place_word(label: str) -> str:
    """A bloc's name without the bare "tỉnh"/"thành phố" it may end with, so that "Khối thi đua
    Nội chính tỉnh" and "Khối thi đua Nội chính" of one province are one bloc's IRI."""
    keys = keys_of(label)
    drop = 1 if keys[-1:] == ("tỉnh",) else 2 if keys[-2:] == ("thành", "phố") else 0
    return " ".join(label.split()[: len(label.split()) - drop]) if drop else label


def _as_local(bloc: Bloc) -> Bloc:
    """``bloc`` marked as a province's own (its IRI is scoped by the province)."""
    return replace(bloc, local=True)


# The central body that groups a unit of each province into numbered clusters, by the unit's
# head (a "Sở" is its ministry's: "Sở Tư pháp" → "Bộ Tư pháp").
_OWNERS = {
    match_key(unit): owner
    for unit, owner in (
        ("Công an", "Bộ Công an"),
        ("Cục Thuế", "Tổng cục Thuế"),
        ("Cục Hải quan", "Tổng cục Hải quan"),
        ("Cục Thống kê", "Tổng cục Thống kê"),
        ("Kho bạc Nhà nước", "Kho bạc Nhà nước"),
        ("Bảo hiểm xã hội", "Bảo hiểm xã hội Việt Nam"),
        ("Tòa án nhân dân", "Tòa án nhân dân tối cao"),
        ("Viện kiểm sát nhân dân", "Viện kiểm sát nhân dân tối cao"),
        ("Liên đoàn Lao động", "Tổng Liên đoàn Lao động Việt Nam"),
        ("Hội Cựu chiến binh", "Hội Cựu chiến binh Việt Nam"),
        ("Hội Nông dân", "Hội Nông dân Việt Nam"),
        ("Hội Luật gia", "Hội Luật gia Việt Nam"),
    )
}


def _unit_head(label: str) -> str | None:
    """A provincial unit's name without its place ("Công an tỉnh Bắc Kạn" → "Công an"), or
    None when the name gives no province.

    >>> _unit_head("Công an tỉnh Bắc Kạn"), _unit_head("Sở Tư pháp thành phố Hà Nội")
    ('Công an', 'Sở Tư pháp')
    >>> _unit_head("Bộ Công an") is None
    True
    """
    unit, province = split_province(label)
    if province is None:
        return None
    words = unit.split()
    while words and words[-1].lower() in {"tỉnh", "thành", "phố", "tp"}:
        words.pop()
    return " ".join(words) or None


def _units_of(bloc: Bloc, province: str) -> bool:
    """Whether a bloc lists two units or more placed in ``province`` and none elsewhere.

    >>> from nội_chính_graph.ingest.extract.blocs import Member
    >>> from nội_chính_graph.ingest.extract.people import Org
    >>> bloc = Bloc("Khối thi đua 7", None, False, ())
    >>> bloc.members = [Member(Org(f"Sở {x} tỉnh Bình Thuận"), None) for x in ("Y tế", "Nội vụ")]
    >>> _units_of(bloc, "Bình Thuận"), _units_of(bloc, "Long An")
    (True, False)
    """
    if f" {match_key(province)}" in f" {match_key(bloc.label)} ":
        return False  # the name says it already ("… thành phố tỉnh Kon Tum")
    places = [p for m in bloc.members if (p := split_province(m.org.label)[1]) is not None]
    return len(places) >= 2 and all(match_key(p) == match_key(province) for p in places)


def _spans_provinces(bloc: Bloc) -> bool:
    """Whether a bloc's members are units of two or more provinces."""
    provinces = {split_province(m.org.label)[1] for m in bloc.members}
    return len(provinces - {None}) >= 2


_BLOC_HEADS = tuple(
    (kind, *words)
    for kind in ("khối", "cụm")
    # "Cụm thi đua khen thưởng", "Khối thi đua, khen thưởng": the kind written out at length
    for words in (
        ("thi", "đua", "khen", "thưởng"),
        ("thi", "đua", ",", "khen", "thưởng"),
        ("thi", "đua"),
        (),
    )
)


def _after_head(label: str) -> tuple[str, ...] | None:
    """The keys of a bloc's name after its kind ("Khối thi đua", "Cụm"); None for no bloc's."""
    keys = keys_of(label)
    head = next((h for h in _BLOC_HEADS if keys[: len(h)] == h), None)
    return None if head is None else keys[len(head) :]


def bare_bloc_name(label: str) -> bool:
    """Whether a bloc's name is only its kind and a number or sector, which many bodies and
    provinces use: "Cụm thi đua số 4", "Khối thi đua VII", "Khối Nội chính".

    >>> bare_bloc_name("Cụm thi đua số 4"), bare_bloc_name("Cụm thi đua số 5, Bộ Công an")
    (True, False)
    >>> bare_bloc_name("Khối thi đua Nội chính"), bare_bloc_name("Khối thi đua Nội chính tỉnh")
    (True, False)
    >>> bare_bloc_name("Khối thi đua"), bare_bloc_name("CỤM THI ĐUA")
    (True, True)
    >>> bare_bloc_name("Khối thi đua Văn hóa - Xã hội"), bare_bloc_name("Cụm thi đua khen thưởng")
    (True, True)
    """
    rest = _after_head(label)
    if rest is None:
        return False
    if not rest:
        return True  # "Khối thi đua", "Cụm": a report's bloc it never names
    if rest[:1] == ("số",):
        rest = rest[1:]
    if len(rest) == 1 and (rest[0].isdigit() or re.fullmatch(r"[ivxl]{1,5}", rest[0])):
        return True
    return _sectors(rest)


def _sectors(rest: tuple[str, ...]) -> bool:
    """Whether the keys after a bloc's kind are sectors only: "Nội chính"; two sectors are a
    name too ("Văn hóa - Xã hội", "Kinh tế - Tài chính")."""
    words = [k for k in rest if k not in {"-", ",", "và"}]
    pairs = {" ".join(words[k : k + 2]) for k in range(0, len(words), 2)}
    return len(words) % 2 == 0 and pairs <= BLOC_SECTOR_WORDS


def named_by_sectors(label: str) -> bool:
    """Whether a bare bloc name names sectors, not a number ("Khối thi đua Văn hóa - Xã hội",
    not "Cụm thi đua số 4" nor "Khối thi đua").

    >>> named_by_sectors("Khối thi đua Văn hóa - Xã hội"), named_by_sectors("Khối thi đua số 6")
    (True, False)
    >>> named_by_sectors("Khối thi đua VII"), named_by_sectors("Khối Nội chính")
    (False, True)
    """
    rest = _after_head(label)
    return rest is not None and len(rest) > 0 and _sectors(rest)


# Words of a region and of the places in it: "các tỉnh miền Tây Nam Bộ", "7 tỉnh trung du và
# miền núi phía Bắc", "khu vực Đồng bằng sông Cửu Long", "Tây Nam sông Hậu".
_REGION_WORDS = frozenset(
    keys_of(
        "miền khu vực vùng đông tây nam bắc bộ trung nguyên duyên hải đồng bằng sông hồng cửu "
        "long hậu du núi phía biên giới các tỉnh thành phố và , - –"
    )
)


def regional_bloc_name(label: str) -> bool:
    """Whether a bloc's name gives only its kind and a region (or "các tỉnh"), which clusters of
    several bodies share: the Red Cross's and the Party propaganda boards' "Cụm thi đua miền
    Đông Nam Bộ" are two clusters.

    >>> regional_bloc_name("Cụm thi đua các tỉnh miền Tây Nam Bộ")
    True
    >>> regional_bloc_name("Cụm thi đua 7 tỉnh trung du và miền núi phía Bắc")
    True
    >>> regional_bloc_name("Cụm thi đua Hội Chữ thập đỏ các tỉnh miền Tây Nam Bộ")
    False
    >>> regional_bloc_name("Khối thi đua các cơ quan Trung ương")
    False
    """
    rest = [k for k in _after_head(label) or () if not k.isdigit() and k != "số"]
    return bool(rest) and all(k in _REGION_WORDS for k in rest)


# A group of units that is the nation's: "… các tập đoàn, tổng công ty nhà nước", "… các bộ,
# ngành Trung ương" (not "các cơ quan Trung ương", the central bodies' branches in a province).
_NATIONAL_GROUP = re.compile(r"\b(?:viet nam|nha nuoc|quoc gia|(?<!co quan )(?:trung uong|tw))\b")


def group_of_units(label: str) -> bool:
    """Whether a bloc's name is a group of units named by their kind alone ("Khối thi đua các
    trường đại học"), which blocs of many provinces or bodies share; not the nation's.

    >>> group_of_units("Khối thi đua các huyện, thành phố")
    True
    >>> group_of_units("Khối thi đua các cơ quan Trung ương")
    True
    >>> group_of_units("Khối thi đua các tập đoàn, tổng công ty nhà nước")
    False
    >>> group_of_units("Khối thi đua các bộ, ngành Nội chính Trung ương")
    False
    >>> group_of_units("Khối thi đua các cơ quan Đảng tỉnh Nghệ An")
    False
    """
    if (_after_head(label) or ())[:1] != ("các",):
        return False
    return split_province(label)[1] is None and not _NATIONAL_GROUP.search(fold(label))


def _groups_provincial_units(bloc: Bloc) -> bool:
    """Whether most of a bloc's members are provincial units: a ministry's cluster of provincial
    police ("Cụm thi đua số 4, Bộ Công an") is at the level of its members, not the Ministry's."""
    local = sum(1 for m in bloc.members if m.org.local or provincial_head(m.org.label))
    return bool(bloc.members) and 2 * local >= len(bloc.members)


def person_iri(name: str, taken: Container[str]) -> str:
    """The IRI for a new official called ``name``: ``person/{slug}``, or ``{slug}-2``, ``-3`` …
    when an IRI in ``taken`` already has it (a slug never changes once minted).

    >>> person_iri("Trần Quốc Tỏ", set()).rsplit("/", 1)[-1]
    'tran-quoc-to'
    >>> person_iri("Trần Quốc Tỏ", {str(NCGID["person/tran-quoc-to"])}).rsplit("/", 1)[-1]
    'tran-quoc-to-2'
    """
    base = slugify(name)
    slug, n = base, 1
    while str(NCGID[f"person/{slug}"]) in taken:
        n += 1
        slug = f"{base}-{n}"
    return str(NCGID[f"person/{slug}"])


def _posts_with_org(person: Person) -> list[tuple[PersonMention, Org]]:
    return [(m, p.org) for m in person.mentions for p in m.posts if p.org is not None]


def resolve(
    findings: Findings, gazetteer: Gazetteer, kinds: KindCatalogue, *, scope: str = ""
) -> Resolution:
    """Resolve every organisation, official and bloc of ``findings`` once.

    ``scope`` (the report slug) names a provincial unit whose province the text never gives.
    """
    resolver = _Resolver(findings, gazetteer, kinds, scope)
    resolver.people()
    resolver.blocs()
    return resolver.out


__all__ = [
    "Minted",
    "OrgKey",
    "Person",
    "Resolution",
    "person_iri",
    "resolve",
]
