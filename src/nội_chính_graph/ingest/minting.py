"""What a new organisation is, read from its name: kind, class, level, province, parent, force.

An ingest that meets an agency, Party organ or bloc the graph lacks mints it (see
:mod:`nội_chính_graph.ingest.resolve`). This module decides, from the name and the sentence
around it, everything the minted entity says about itself:

* **kind** (``org:classification``): the longest concept label of ``scheme:agency-kinds`` that
  starts the name ("Tổng cục Thuế" → *Tổng cục*, not *Cục*). The kinds are read from the
  ontology, so a kind added there is used with no code change;
* **class**: ``ncg:PartyOrgan`` for Party bodies (Đảng ủy, Tỉnh ủy, Ban cán sự đảng …, or a
  Party kind), ``org:FormalOrganization`` (``organisation/{slug}``) for the Front and mass
  associations, else ``ncg:StateAgency``;
* **level** and **province**: a unit followed by "tỉnh X" / "thành phố X" (in its name or in
  the sentence), a *Sở*, or one the tagger marked local is provincial; its IRI is
  ``agency/{province-slug}/{unit-slug}``, so it can never be a central agency's IRI;
* **parent** (``org:subOrganizationOf``): a known organisation that ends the name
  ("Vụ Thi đua - Khen thưởng Bộ Tư pháp" → Bộ Tư pháp);
* **armed force**: Công an → CAND; Quân khu, Bộ Tư lệnh, Bộ Chỉ huy quân sự … → QĐND (only
  when no parent gives it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, URIRef

from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Gazetteer, Kind
from nội_chính_graph.ingest.extract.names import CITIES, expand_city
from nội_chính_graph.ingest.extract.tagger import person_after_province, rank_at
from nội_chính_graph.namespaces import NCGID, SKOS
from nội_chính_graph.text import match_key, slugify
from nội_chính_graph.text.normalise import fold
from nội_chính_graph.text.tokens import Token, keys_of, tokenize

AGENCY_KINDS = NCGID["scheme/agency-kinds"]
CENTRAL = NCGID["level/central"]
PROVINCIAL = NCGID["level/provincial"]
UNREVIEWED = NCGID["review-status/unreviewed"]
CONFIRMED = NCGID["review-status/confirmed"]
MERGERS = dt.date(2025, 7, 1)
"""The 2025 provincial mergers (NQ 202/2025/QH15): a unit after it that keeps an old name is
``province/{slug}-2025``."""
CAND = NCGID["force/cand"]
QDND = NCGID["force/qdnd"]

_LOCALITY = re.compile(r"(?:^|(?<=\s))(tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)
_PROVINCIAL_HEADS = ("sở ", "tỉnh ủy", "thành ủy", "tỉnh đoàn", "thành đoàn")
_PLACE_HEADS = ("Tỉnh ủy", "Thành ủy", "Tỉnh đoàn", "Thành đoàn", "Tỉnh uỷ", "Thành uỷ")
_PLACE_HEAD_KEYS = tuple(match_key(h) for h in _PLACE_HEADS)
_PARTY_COMMITTEES = ("tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")
_PARTY_HEADS = ("đảng ủy", "đảng bộ", "ban cán sự đảng", "tỉnh ủy", "thành ủy", "quân ủy")
# Heads of state bodies, whose names may still contain "Đảng" ("Cục Công tác Đảng …").
_STATE_HEADS = (
    "cục ",
    "tổng cục ",
    "vụ ",
    "bộ ",
    "sở ",
    "công an ",
    "viện ",
    "học viện ",
    "trường ",
    "tòa án ",
    "văn phòng chính phủ",
)
_CAND_CUES = ("công an", "cảnh sát", "cục an ninh", "catw", "cand", "bca")
# Kinds whose bodies are neither state agencies nor Party organs (org:FormalOrganization,
# ``organisation/{slug}``, as in the reference data).
_ORGANISATION_KINDS = frozenset({"front", "socio-political-organisation", "association"})
_QDND_CUES = (
    "quân khu",
    "quân đoàn",
    "binh đoàn",
    "sư đoàn",
    "lữ đoàn",
    "quân chủng",
    "binh chủng",
    "bộ tư lệnh",
    "bộ chỉ huy quân sự",
    "ban chỉ huy quân sự",
    "bộ chỉ huy bộ đội biên phòng",
    "bộ đội biên phòng",
    "quân đội",
    "bộ tổng tham mưu",
    "tổng cục hậu cần",
    "tổng cục kỹ thuật",
    "tổng cục công nghiệp quốc phòng",
    "học viện quốc phòng",
    "học viện lục quân",
    "học viện hậu cần",
    "trường sĩ quan",
    "bộ tư lệnh",
    "hải quân",
    "phòng không - không quân",
    "bộ quốc phòng",
    "quân ủy",
    # the border guard and the coast guard are the army's ("Đồn Biên phòng", "Vùng Cảnh sát
    # biển"), and so are its regiments, battalions and naval squadrons
    "biên phòng",
    "bđbp",
    "cảnh sát biển",
    "trung đoàn",
    "tiểu đoàn",
    "hải đoàn",
    "hải đội",
    "quân sự",
    "qđnd",
    "bqp",
    # veterans hold the army's ranks ("Thiếu tướng A, Chủ tịch Hội CCB tỉnh X")
    "cựu chiến binh",
    "ccb",
)


@dataclass(frozen=True)
class KindCatalogue:
    """The agency kinds of the ontology, indexed by the token keys of their @vi labels.

    >>> g = Graph().parse(data='''@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    ... <https://w3id.org/noi-chinh/id/kind/cuc> skos:prefLabel "Cục"@vi ;
    ...   skos:inScheme <https://w3id.org/noi-chinh/id/scheme/agency-kinds> .
    ... <https://w3id.org/noi-chinh/id/kind/tong-cuc> skos:prefLabel "Tổng cục"@vi ;
    ...   skos:inScheme <https://w3id.org/noi-chinh/id/scheme/agency-kinds> .''', format="turtle")
    >>> KindCatalogue.from_graph(g).infer("Tổng cục Thuế").rsplit("/", 1)[-1]
    'tong-cuc'
    """

    labels: tuple[tuple[tuple[str, ...], str], ...]

    @classmethod
    def from_graph(cls, ontology: Graph) -> KindCatalogue:
        """Every concept in ``scheme:agency-kinds`` with its @vi pref/alt labels."""
        found: list[tuple[tuple[str, ...], str]] = []
        for concept in ontology.subjects(SKOS.inScheme, AGENCY_KINDS):
            for predicate in (SKOS.prefLabel, SKOS.altLabel):
                for label in ontology.objects(concept, predicate):
                    if getattr(label, "language", None) == "vi" and keys_of(str(label)):
                        found.append((keys_of(str(label)), str(concept)))
        found.sort(key=lambda item: (-len(item[0]), item[1]))
        return cls(tuple(found))

    def infer(self, name: str) -> str | None:
        """The IRI of the kind whose label starts ``name`` (longest label first), if any."""
        keys = keys_of(name)
        for label, concept in self.labels:
            if keys[: len(label)] == label:
                return concept
        return None

    def __contains__(self, iri: object) -> bool:
        return any(concept == iri for _, concept in self.labels)


@cache
def shipped_kinds() -> KindCatalogue:
    """The kinds of the shipped ontology (parsed once per process)."""
    from nội_chính_graph.validation.engine import load_ontology

    return KindCatalogue.from_graph(load_ontology())


@dataclass(frozen=True)
class OrgProfile:
    """Everything a minted organisation says about itself."""

    iri: str
    label: str
    entity_kind: Kind
    kind: str | None
    level: URIRef
    province: str | None = None
    province_label: str | None = None
    parent: str | None = None
    force: URIRef | None = None

    @property
    def provincial(self) -> bool:
        """True for a unit of a province."""
        return self.level == PROVINCIAL


def province_after(text: str) -> tuple[str, int] | None:
    """The province named by the first "tỉnh X" / "thành phố X" in ``text`` and where it ends.

    >>> province_after("Công an tỉnh Cao Bằng tặng hoa")
    ('Cao Bằng', 21)
    >>> province_after("Sở Tư pháp thành phố Hồ Chí Minh, ...")
    ('Hồ Chí Minh', 32)
    >>> province_after("các tỉnh miền núi") is None
    True
    >>> province_after("Chủ tịch UBND tỉnh Nguyễn Văn Sơn phát biểu") is None
    True

    A place word in the plural names a region, not a province:

    >>> province_after("Khối thi đua các tỉnh Bắc Trung Bộ") is None
    True
    >>> province_after("Khối thi đua 5 tỉnh Vĩnh Long")  # a bloc's number, not a count
    ('Vĩnh Long', 29)
    """
    for match in _LOCALITY.finditer(text):
        before = text[: match.start()].split()[-1:]
        if before and before[0].casefold() in {"các", "những"}:
            continue  # "các tỉnh Bắc Trung Bộ": several provinces
        tokens = tokenize(text[match.end() :], match.end())
        name = _capitalised(tokens)
        if name and not person_after_province(tokens, 0):
            return text[name[0].start : name[-1].end], name[-1].end
    return None


def _capitalised(tokens: list[Token]) -> list[Token]:
    """Leading capitalised words, allowing one dash between them ("Bà Rịa - Vũng Tàu")."""
    taken: list[Token] = []
    for i, token in enumerate(tokens):
        if rank_at(tokens, i):
            break  # "Công an tỉnh Thiếu tướng …": a rank, no place
        if token.is_word and token.text[:1].isupper():
            taken.append(token)
        elif token.text in ("-", "–") and taken and i + 1 < len(tokens):
            if not tokens[i + 1].text[:1].isupper():
                break
            taken.append(token)
        else:
            break
    return taken


def report_province(text: str, known: Collection[str] | None = None) -> str | None:
    """The province a report names most often (its home province), if it names one. Given
    ``known`` province names, only those count ("UBND tỉnh Phan Trọng Tấn" is a title before a
    person's name, not a province).

    >>> report_province("Công an tỉnh Lào Cai và Công an tỉnh Lào Cai, tỉnh Hà Giang")
    'Lào Cai'
    >>> report_province("Phó Chủ tịch UBND tỉnh Phan Văn Nam", known={"Lào Cai"}) is None
    True
    """
    wanted = {match_key(k) for k in known} if known is not None else None
    counts: dict[str, int] = {}
    for match in _LOCALITY.finditer(text):
        found = province_after(text[match.start() :])
        if found is not None and (wanted is None or match_key(found[0]) in wanted):
            counts[found[0]] = counts.get(found[0], 0) + 1
    return max(counts, key=lambda name: (counts[name], name)) if counts else None


def split_province(label: str) -> tuple[str, str | None]:
    """``(unit, province)`` of a name that ends with its province.

    >>> split_province("Công an tỉnh Bắc Kạn")
    ('Công an tỉnh', 'Bắc Kạn')
    >>> split_province("Bộ Tư pháp")
    ('Bộ Tư pháp', None)
    >>> split_province("Thành ủy Hà Nội")
    ('Thành ủy', 'Hà Nội')
    >>> split_province("Ban Tổ chức Tỉnh ủy Quảng Ninh")
    ('Ban Tổ chức Tỉnh ủy', 'Quảng Ninh')
    """
    key = match_key(label)
    for head in _PLACE_HEADS:  # "(Ban Tổ chức) Thành ủy Hà Nội": the head, then the place
        head_key = match_key(head)
        at = 0 if key.startswith(head_key + " ") else key.find(" " + head_key + " ") + 1
        if at == 0 and not key.startswith(head_key + " "):
            continue
        end = at + len(head)
        name = _capitalised(tokenize(label[end:].lstrip()))
        if name:
            rest = label[end:].lstrip()
            if rest[name[-1].end :].strip():
                continue  # the place is not the end of the name
            return label[:end], rest[name[0].start : name[-1].end]
    found = province_after(label)
    if found is None or found[1] < len(label.rstrip()):
        return label, None
    start = label.rindex(found[0])
    return label[:start].rstrip(" ,-–"), found[0]


def looks_party(name: str, kind: str | None = None) -> bool:
    """True for a Party body, by its name or its kind.

    >>> looks_party("Đảng ủy Công an Trung ương"), looks_party("Bộ Công an")
    (True, False)
    >>> looks_party("Ban Dân vận Tỉnh uỷ Ninh Bình"), looks_party("Công an tỉnh Ninh Bình")
    (True, False)
    """
    key = match_key(name)
    if kind is not None and kind.rsplit("/", 1)[-1].startswith("party-"):
        return True
    if key.startswith(tuple(match_key(h) for h in _STATE_HEADS)):
        return False  # "Cục Công tác Đảng và Công tác chính trị" is a department of a ministry
    if any(f" {match_key(c)}" in f" {key}" for c in _PARTY_COMMITTEES):
        return True  # "Ban Dân vận Tỉnh ủy", "Văn phòng Huyện ủy": a committee's board or office
    return key.startswith(tuple(match_key(h) for h in _PARTY_HEADS)) or " đảng" in f" {key}"


def armed_force(name: str) -> URIRef | None:
    """The armed force a name places a unit in, if it says so.

    >>> armed_force("Công an tỉnh Cao Bằng") == CAND, armed_force("Quân khu 2") == QDND
    (True, True)
    """
    named = forces_named(name)
    return CAND if CAND in named else QDND if QDND in named else None


def forces_named(text: str) -> set[URIRef]:
    """The armed forces a text's words name ("Quân ủy Trung ương", "Công an tỉnh"), each
    once: the force a rank in that text belongs to when exactly one is named.

    >>> forces_named("Trung tướng A, Phó Tổng Tham mưu trưởng Quân đội nhân dân") == {QDND}
    True
    >>> forces_named("Thiếu tướng B, Tư lệnh Vùng Cảnh sát biển 4") == {QDND}
    True
    """
    key = f" {match_key(text)}"
    found: set[URIRef] = set()
    police = key.replace(match_key("cảnh sát biển"), "")  # the coast guard is the army's
    if any(f" {match_key(cue)}" in police for cue in _CAND_CUES):
        found.add(CAND)
    if any(f" {match_key(cue)}" in key for cue in _QDND_CUES):
        found.add(QDND)
    return found


def known_parent(name: str, gazetteer: Gazetteer) -> str | None:
    """A known organisation that ends ``name`` after its head ("Vụ X Bộ Tư pháp" → Bộ Tư pháp)."""
    keys = keys_of(name)
    for start in range(1, len(keys)):
        found = gazetteer.lookup(keys[start:], ORGANISATIONS)
        central = [e for e in found if not e.minted]
        if central:
            return central[0].iri
    return None


def province_slug(name: str, gazetteer: Gazetteer, on: dt.date | None = None) -> str:
    """The slug of the province called ``name`` on the date ``on``: the graph's unit (before or
    after the 2025 mergers), else the name's slug (the IRI is linked even before it is described).

    >>> province_slug("Bắc Kạn", Gazetteer())
    'bac-kan'
    """
    found = sorted(e.iri for e in gazetteer.lookup(keys_of(name), [Kind.PLACE]))
    if not found:
        return slugify(name)
    newer = [iri for iri in found if iri.endswith("-2025")]
    older = [iri for iri in found if iri not in newer]
    merged = on is not None and on >= MERGERS
    chosen = (newer if merged and newer else older or newer)[0]
    return chosen.removeprefix(str(NCGID["province/"]))


def profile_org(
    label: str,
    *,
    gazetteer: Gazetteer,
    kinds: KindCatalogue,
    local: bool = False,
    context: str = "",
    home_province: str | None = None,
    party: bool = False,
    scope: str = "",
    on: dt.date | None = None,
) -> OrgProfile:
    """The profile of a new organisation called ``label``.

    ``context`` is the sentence it was named in (to find "… tỉnh X" after the name),
    ``home_province`` the report's own province (used for a provincial unit the sentence
    does not place), ``scope`` a report slug for a provincial unit with no province at all,
    ``on`` the date the report speaks of (which province: before or after the 2025 mergers).
    """
    label, context = expand_city(label), expand_city(context)
    unit, province = split_province(label)
    if province is None:
        found = province_in(context, label)
        if found is not None:  # "Công an| tỉnh Cao Bằng": the unit is "Công an tỉnh"
            unit, province = found
        elif local or provincial_head(unit):
            province = home_province
    named = province is not None and province_in_name(label, province)
    provincial = province is not None or local or provincial_head(unit)
    kind = kinds.infer(unit)
    entity_kind = _entity_kind(unit, kind, party)
    parent = None if provincial else known_parent(unit, gazetteer)
    full = f"{unit} {_locality(unit, province)}{province}".strip() if province else unit
    if named:
        full = label  # "Báo Nghệ An": the name already carries its province
    slug = province_slug(province, gazetteer, on) if province else None
    if provincial:
        place = slug or f"unknown-province--{scope or 'report'}"
        if bare_district(unit):
            # "Ban Tuyên giáo Huyện ủy", "HĐND huyện": one district's, which the text leaves
            # unnamed; never the same IRI as another district's
            place += f"/unknown-district--{scope or 'report'}"
        iri = str(NCGID[f"{entity_kind.value}/{place}/{slugify(unit)}"])
    else:
        # "Ban Dân vận", "Vụ Tổ chức cán bộ", "Hội Luật gia", "Tổng cục" with no body or place
        # given: every ministry or province has one, so it is this report's until reviewed
        where = (
            "" if parent is not None or names_one_body(unit) else f"unscoped--{scope or 'report'}/"
        )
        iri = str(NCGID[f"{entity_kind.value}/{where}{slugify(unit)}"])
    return OrgProfile(
        iri=iri,
        label=full,
        entity_kind=entity_kind,
        kind=kind,
        level=PROVINCIAL if provincial else CENTRAL,
        province=slug,
        province_label=province,
        parent=parent,
        force=None if parent or entity_kind is not Kind.AGENCY else armed_force(unit),
    )


# Heads of units that are always some body's or some place's part or branch: a department, a
# board, an office, an inspectorate, an association or a union named without its owner.
_PART_HEADS = tuple(
    keys_of(h)
    for h in (
        "Ban",
        "Vụ",
        "Cục",
        "Phòng",
        "Văn phòng",
        "Thanh tra",
        "Ủy ban Kiểm tra",
        "Hội",
        "Đoàn",
        "Chi cục",
        "Chi nhánh",
        "Trung tâm",
        "Trường",
        "Công đoàn",
        "Đảng ủy",
        "Chi bộ",
        "Công an",
        "Sở",
    )
)
# Kinds alone, cut from a longer name ("Phó Tổng cục trưởng Tổng cục" with the rest lost).
_KIND_ONLY = frozenset(
    keys_of(h) for h in ("Bộ", "Tổng cục", "Ủy ban", "Công ty", "Tổng công ty", "Tập đoàn", "Viện")
)
# Words that make a name the nation's one body ("Hội Luật gia Việt Nam", "Kho bạc Nhà nước").
_NATIONAL = re.compile(
    r"\b(?:viet nam|vn|trung uong|tw|quoc gia|nha nuoc|chinh phu|quoc hoi|toi cao)\b"
)


def names_one_body(unit: str) -> bool:
    """Whether a new organisation's name, with no owner or place given, names one body: not a
    unit every ministry, province or body has ("Ban Dân vận", "Vụ Tổ chức cán bộ", "Hội Luật
    gia"), nor a kind alone cut from a longer name ("Tổng cục", "Bộ", "Công").

    >>> names_one_body("Kho bạc Nhà nước"), names_one_body("Hội Luật gia Việt Nam")
    (True, True)
    >>> names_one_body("Quân khu 2"), names_one_body("Nhà xuất bản Tư pháp")
    (True, True)
    >>> names_one_body("Ban Dân vận"), names_one_body("Vụ Tổ chức cán bộ")
    (False, False)
    >>> names_one_body("Tổng cục"), names_one_body("Bộ"), names_one_body("Công")
    (False, False, False)
    """
    keys = keys_of(unit)
    if keys in _KIND_ONLY:
        return False
    if len(keys) == 1:  # an acronym or a brand ("EVN", "Viettel"), not a syllable ("Công")
        return unit.isupper() or (len(unit) >= 5 and unit.isascii())
    if _NATIONAL.search(fold(unit)):
        return True
    return not any(keys[: len(head)] == head for head in _PART_HEADS)


_DISTRICT_ENDS = (
    ("huyện",),
    ("quận",),
    ("thị", "xã"),
    ("huyện", "ủy"),
    ("quận", "ủy"),
    ("thị", "ủy"),
    ("xã",),
    ("phường",),
)


def bare_district(unit: str) -> bool:
    """Whether a unit's name ends with a district or commune word and no name after it.

    >>> bare_district("Hội đồng nhân dân huyện"), bare_district("Công an huyện Hàm Tân")
    (True, False)
    >>> bare_district("Ban Tuyên giáo Huyện ủy"), bare_district("Ủy ban Mặt trận Tổ quốc xã")
    (True, True)
    """
    keys = keys_of(unit)
    return any(len(keys) > len(end) and keys[-len(end) :] == end for end in _DISTRICT_ENDS)


def _entity_kind(unit: str, kind: str | None, party: bool) -> Kind:
    """Party organ, organisation of the Front or a mass association, or state agency."""
    if party or looks_party(unit, kind):
        return Kind.PARTY_ORGAN
    if kind is not None and kind.rsplit("/", 1)[-1] in _ORGANISATION_KINDS:
        return Kind.ORGANISATION
    return Kind.AGENCY


def provincial_head(unit: str) -> bool:
    """Whether a unit's name says it is a province's ("Sở …", "Công an tỉnh").

    >>> provincial_head("Sở Y tế"), provincial_head("Bộ Y tế")
    (True, False)
    """
    key = match_key(unit)
    if key.endswith((" tỉnh", " thành phố", " tp")):  # "Công an tỉnh", province named after
        return True
    return key.startswith(tuple(match_key(h) for h in _PROVINCIAL_HEADS))


def province_in_name(label: str, province: str) -> bool:
    """Whether ``label`` ends with the bare name of ``province`` ("Báo Nghệ An").

    >>> province_in_name("Báo Nghệ An", "tỉnh Nghệ An"), province_in_name("Sở Y tế", "Nghệ An")
    (True, False)
    """
    bare = keys_of(province)
    bare = bare[2:] if bare[:2] == ("thành", "phố") else bare[1:] if bare[:1] == ("tỉnh",) else bare
    return bool(bare) and keys_of(label)[-len(bare) :] == bare


def _locality(unit: str, province: str = "") -> str:
    """The locality word to put between unit and province, unless the unit ends with one:
    "thành phố" before a centrally-run city, else "tỉnh".

    >>> _locality("Công an", "Hà Nội"), _locality("Sở Y tế", "Nam Định"), _locality("Công an tỉnh")
    ('thành phố ', 'tỉnh ', '')
    """
    key = match_key(unit)
    if key.endswith((" tỉnh", " thành phố", " tp")) or key.endswith(_PLACE_HEAD_KEYS):
        return ""
    return "thành phố " if keys_of(province) in CITIES else "tỉnh "


def province_in(context: str, label: str) -> tuple[str, str] | None:
    """``(unit, province)`` when ``label`` is followed by its province in ``context``:
    "Công an tỉnh| Cao Bằng" or "Công an| tỉnh Cao Bằng" both give ("Công an tỉnh", "Cao Bằng").
    """
    at = context.casefold().find(label.casefold())
    if at < 0:
        return None
    rest = context[at + len(label) :]
    if match_key(label).endswith((" tỉnh", " thành phố", " tp")):
        tokens = tokenize(rest)
        name = _capitalised(tokens)
        if not name or person_after_province(tokens, 0):
            return None  # "Đoàn ĐBQH tỉnh| Nguyễn Trúc Sơn": a person's name, not a province
        return label, rest[name[0].start : name[-1].end]
    word = _LOCALITY.match(rest.lstrip())
    found = province_after(rest) if word is not None else None
    if word is None or found is None:
        return None
    locality = "thành phố" if word.group(1).casefold().startswith("tp") else word.group(1).lower()
    return f"{label} {locality}", found[0]


__all__ = [
    "AGENCY_KINDS",
    "CAND",
    "CENTRAL",
    "CONFIRMED",
    "MERGERS",
    "PROVINCIAL",
    "QDND",
    "UNREVIEWED",
    "KindCatalogue",
    "OrgProfile",
    "armed_force",
    "forces_named",
    "known_parent",
    "looks_party",
    "profile_org",
    "province_after",
    "province_in",
    "province_slug",
    "report_province",
    "shipped_kinds",
    "split_province",
]
