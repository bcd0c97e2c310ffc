"""A gazetteer built from the graph itself.

Every ``skos:prefLabel``, ``skos:altLabel`` and ``foaf:name`` of agencies, Party organs, blocs,
officials, ranks and roles becomes a lookup key (token keys from
:func:`nội_chính_graph.text.tokens.keys_of`, so case, tone placement and dashes never matter).
Adding an alias to the data therefore improves extraction with no code change.
"""

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rdflib import Dataset, Graph

from nội_chính_graph.ingest.extract.patterns import (
    BOARD_NAMES,
    FALLBACK_POST_ROLES,
    NAME_WORDS,
    SECTOR_NAMES,
)
from nội_chính_graph.namespaces import NCGID, sparql_prefixes
from nội_chính_graph.text import slugify
from nội_chính_graph.text.normalise import fold
from nội_chính_graph.text.tokens import keys_of

QueryFn = Callable[[str], Iterable[Mapping[str, str]]]
"""Runs a SPARQL SELECT and yields rows of variable name → string value (IRIs as strings)."""


class Kind(StrEnum):
    """What a gazetteer entry names."""

    AGENCY = "agency"
    ORGANISATION = "organisation"
    PARTY_ORGAN = "party-organ"
    BLOC = "bloc"
    PERSON = "person"
    RANK = "rank"
    FORCE = "force"
    POST_ROLE = "role"
    PARTY_ROLE = "party-role"
    BLOC_ROLE = "bloc-role"
    EVENT_KIND = "event-kind"
    MODIFIER = "post-modifier"
    PLACE = "province"


ORGANISATIONS = frozenset({Kind.AGENCY, Kind.PARTY_ORGAN, Kind.ORGANISATION})
_TYPE_KIND = {
    "StateAgency": Kind.AGENCY,
    "PartyOrgan": Kind.PARTY_ORGAN,
    "EmulationBloc": Kind.BLOC,
    "Official": Kind.PERSON,
    "Rank": Kind.RANK,
    "ArmedForce": Kind.FORCE,
    "AdministrativeUnit": Kind.PLACE,
    "FormalOrganization": Kind.ORGANISATION,
}
# Standard abbreviations and spellings of the press (language facts, not facts about any one
# institution): every label is also indexed with each phrase replaced by each of its forms.
_VARIANTS = (
    ("trung ương", ("TW", "TƯ", "T.Ư", "T.W")),
    ("viện kiểm sát nhân dân", ("VKSND",)),
    ("tòa án nhân dân", ("TAND",)),
    ("ủy ban nhân dân", ("UBND",)),
    ("hội đồng nhân dân", ("HĐND",)),
    ("thi đua - khen thưởng", ("TĐKT", "Thi đua, Khen thưởng", "Thi đua Khen thưởng")),
    ("quân đội nhân dân", ("QĐND",)),
    ("công an nhân dân", ("CAND",)),
    ("mặt trận tổ quốc", ("MTTQ",)),
    ("thành phố hồ chí minh", ("TP.HCM", "TP. Hồ Chí Minh", "TP Hồ Chí Minh")),
    ("việt nam", ("VN",)),
    ("hội đồng quản trị", ("HĐQT",)),
    ("hội đồng thành viên", ("HĐTV",)),
    # the press's abbreviations of the mass organisations and the central systems
    ("liên đoàn lao động", ("LĐLĐ",)),
    ("hội liên hiệp phụ nữ", ("Hội LHPN",)),
    ("cựu chiến binh", ("CCB",)),
    ("bảo hiểm xã hội", ("BHXH",)),
    ("kho bạc nhà nước", ("KBNN",)),
    # Party titles as lists of guests shorten them ("Lê Văn Dũng- PBT Thường trực Tỉnh ủy",
    # "UV.BTV Huyện ủy")
    ("phó bí thư", ("PBT",)),
    ("ủy viên ban thường vụ", ("UVBTV", "UV.BTV", "UV BTV")),
)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named thing of the graph: its IRI, kind, Vietnamese and English preferred labels."""

    iri: str
    kind: Kind
    label: str
    label_en: str | None = None
    minted: bool = False

    @property
    def slug(self) -> str:
        """The last path segment of the IRI."""
        return self.iri.rstrip("/").rsplit("/", 1)[-1]


# An organisation or bloc minted within one report, for want of a province or district:
# ``agency/unknown-province--{report}/…``, ``organisation/unscoped--{report}/…``,
# ``bloc/unscoped--{report}/…``.
_REPORT_SCOPED = re.compile(r"/id/(?:agency|organisation|party-organ|bloc)/[^/]*--[^/]*/")


def scoped_by_a_report(iri: str) -> bool:
    """Whether an organisation's or bloc's IRI is scoped by the report that minted it.

    >>> scoped_by_a_report("https://w3id.org/noi-chinh/id/agency/unknown-province--r/so-y-te")
    True
    >>> scoped_by_a_report("https://w3id.org/noi-chinh/id/organisation/unscoped--r/hoi-luat-gia")
    True
    >>> scoped_by_a_report("https://w3id.org/noi-chinh/id/agency/thai-binh/so-y-te-tinh")
    False
    """
    return _REPORT_SCOPED.search(iri) is not None


_DASHES = frozenset({"-", "–", "—"})


def sentence_case_pairs(name: str) -> set[tuple[str, str]]:
    """The keys of each capitalised syllable of ``name`` and the lower-case syllable after it
    that ends a word written in sentence case ("Tổng cục Chính trị" → ("chính", "trị")).

    >>> sorted(sentence_case_pairs("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Long An"))
    [('biên', 'phòng'), ('bộ', 'đội'), ('chỉ', 'huy')]
    """
    words = [w for w in re.split(r"[\s,()]+", name) if w]
    pairs: set[tuple[str, str]] = set()
    for first, second in itertools.pairwise(words):
        if not (first[:1].isupper() and second[:1].islower()):
            continue
        if not (first.isalpha() and second.isalpha()) or first.isupper():
            continue
        if second.lower() in _NOT_A_WORDS_END:
            continue
        pairs.add((keys_of(first)[0], keys_of(second)[0]))
    return pairs


# Lower-case words after a capitalised one that begin another part of a name, not end a word.
_NOT_A_WORDS_END = frozenset(
    {"và", "các", "của", "tại", "ở", "thuộc", "trực", "tỉnh", "thành", "huyện", "quận", "xã"}
    | {"phường", "thị", "khu", "vực", "số", "ngành", "cấp", "trên", "địa"}
)


@dataclass
class Gazetteer:
    """Label index plus the few relations extraction needs (hierarchy, forces, memberships)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    index: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    parents: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    forces: dict[str, str] = field(default_factory=dict)
    # a rank's place in its ladder (ncg:rankOrder: higher is senior)
    rank_order: dict[str, int] = field(default_factory=dict)
    person_agencies: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    bloc_members: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    labelled: set[str] = field(default_factory=set)
    # unreviewed officials by name: for resolving a name the text gives, not for reading
    minted_people: dict[tuple[str, ...], set[str]] = field(default_factory=lambda: defaultdict(set))
    max_length: int = 1
    # provinces' names folded ("ha tinh"): a misspelt one ("Hà Tinh") is no person's name
    folded_places: set[str] = field(default_factory=set)
    # every Vietnamese name of a place, preferred or former ("Tỉnh Thừa Thiên Huế" of Huế)
    place_labels: set[str] = field(default_factory=set)
    sectors: set[tuple[str, ...]] = field(
        default_factory=lambda: {keys_of(name) for name in SECTOR_NAMES}
    )
    # two-syllable words the graph's names write in sentence case ("Chính trị", "Biên phòng",
    # "Tài chính"): a name that an unknown body's reader may go on through
    compounds: set[tuple[str, str]] = field(
        default_factory=lambda: {
            pair for name in (*SECTOR_NAMES, *NAME_WORDS) for pair in sentence_case_pairs(name)
        }
    )

    @classmethod
    def from_graph(cls, graph: Graph) -> "Gazetteer":
        """Build from an rdflib Graph or Dataset (all named graphs are read).

        >>> from rdflib import Graph
        >>> g = Graph().parse(data='''@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        ... <https://w3id.org/noi-chinh/id/agency/bo-cong-an> skos:prefLabel "Bộ Công an"@vi .''',
        ...     format="turtle")
        >>> gaz = Gazetteer.from_graph(g)
        >>> [e.iri for e in gaz.lookup(("bộ", "công", "an"))]
        ['https://w3id.org/noi-chinh/id/agency/bo-cong-an']
        """
        return cls.from_query(_graph_query(graph))

    @classmethod
    def from_query(cls, query: QueryFn) -> "Gazetteer":
        """Build from a SPARQL SELECT function (for a store or a remote endpoint)."""
        gazetteer = cls()
        kinds: dict[str, Kind] = {}
        for row in query(_Q_TYPES):
            kind = _TYPE_KIND[row["t"].rsplit("#", 1)[-1]]
            if kind is not Kind.ORGANISATION or row["s"] not in kinds:  # the specific class wins
                kinds[row["s"]] = kind
        labels = list(query(_Q_LABELS))
        confirmed = {row["s"] for row in query(_Q_CONFIRMED)}
        unreviewed = {row["s"] for row in query(_Q_UNREVIEWED)}
        gazetteer._add_labels(labels, kinds, confirmed, unreviewed)
        gazetteer._add_relations(query)
        gazetteer._drop_minted_roles()
        gazetteer.add_fallback_roles()
        return gazetteer

    def _add_labels(
        self,
        rows: Sequence[Mapping[str, str]],
        kinds: Mapping[str, Kind],
        confirmed: Collection[str] = frozenset(),
        unreviewed: Collection[str] = frozenset(),
    ) -> None:
        preferred: dict[str, dict[str, str]] = defaultdict(dict)
        for row in rows:
            if row["p"].endswith("prefLabel") or row["p"].endswith("name"):
                preferred[row["s"]].setdefault(row.get("lang") or "vi", row["label"])
        self.labelled.update(row["s"] for row in rows)
        for row in rows:
            kind = kinds.get(row["s"]) or _kind_from_iri(row["s"])
            if kind is None or (row.get("lang") or "vi") != "vi":
                continue
            names = preferred.get(row["s"], {})
            label = names.get("vi", row["label"])
            entity = Entity(row["s"], kind, label, names.get("en"))
            unconfirmed = row["s"] not in confirmed
            if (scoped_by_a_report(row["s"]) and unconfirmed) or (
                row["s"] in unreviewed and kind in ORGANISATIONS | {Kind.BLOC}
            ):
                # A body or bloc an earlier ingest minted is one report's reading of a name:
                # "Sở Tài chính" of a report that named no province is every province's; "Đảng
                # ủy Khối" was cut from "Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên"; "Hiệp hội
                # Doanh nghiệp" is one province's. So a text is read as if the graph lacked it,
                # and the same reading mints the same IRI, which finds it. A steward's confirm
                # (having named it for what it is) makes the name known. Its other names are
                # a steward's too (a merge keeps the merged entity's name as the target's
                # ``skos:altLabel``, a rename the old one), so they are known.
                self.entities.setdefault(entity.iri, entity)
                if row["p"].endswith("altLabel"):
                    self.add(entity, row["label"])
                continue
            if row["s"] in unreviewed and kind is Kind.PERSON:
                # an official an earlier ingest minted: found when the text names them (their
                # name, read by the rules, resolves to them), never by the name alone: "Đoàn
                # Bộ", read from "Đoàn Bộ đội Biên phòng", would be found in every such text
                self.entities.setdefault(entity.iri, entity)
                self.minted_people[keys_of(row["label"])].add(entity.iri)
                continue
            self.add(entity, row["label"])

    def _add_relations(self, query: QueryFn) -> None:
        for row in query(_Q_PARENTS):
            self.parents[row["s"]].add(row["o"])
        for row in query(_Q_FORCES):
            self.forces[row["s"]] = row["o"]
        for row in query(_Q_RANK_ORDER):
            self.rank_order[row["s"]] = int(row["o"])
        for row in query(_Q_PERSON_AGENCIES):
            self.person_agencies[row["p"]].add(row["a"])
        for row in query(_Q_BLOC_MEMBERS):
            self.bloc_members[row["b"]].add(row["a"])
        self.labelled.update(row["s"] for row in query(_Q_NAMED_EVENTS))

    def add(self, entity: Entity, label: str) -> None:
        """Index ``label`` (and its abbreviated and ``Khối`` variants) for ``entity``."""
        known = self.entities.setdefault(entity.iri, entity)
        if known.kind in ORGANISATIONS | {Kind.FORCE, Kind.BLOC}:
            self.compounds.update(sentence_case_pairs(label))
        label_keys = keys_of(label)
        if known.kind is Kind.AGENCY and label_keys[:1] == ("bộ",) and len(label_keys) > 2:
            self.sectors.add(label_keys[1:])  # "Bộ Văn hóa, Thể thao và Du lịch": its sector
        for keys in _variants(label, known.kind):
            if keys:
                self.index[keys].add(known.iri)
                self.max_length = max(self.max_length, len(keys))
                if known.kind is Kind.PLACE:
                    self.folded_places.add(fold(" ".join(keys)))
        if known.kind is Kind.PLACE and not label.isupper():  # not "HCM", "HN"
            self.place_labels.update({known.label, label})

    def _drop_minted_roles(self) -> None:
        """Unindex the posts an ingest wrote under the name of a Party role ("Bí thư" of a
        Youth Union committee, ``role/bi-thu``; "Ủy viên Ban Chấp hành" of an association): the
        extractor makes them from the context each time, and indexed they would read every
        "Bí thư" (every member of a Party committee) as a post."""
        written = {
            str(NCGID[f"role/{slugify(f'{e.label} {board}'.strip())}"])
            for e in self.entities.values()
            if e.kind is Kind.PARTY_ROLE
            # and a seat on a mass organisation's board ("Ủy viên Ban Chấp hành" of an
            # association), written the same way by the extractor (people._role)
            for board in ("", *BOARD_NAMES)
        }
        for keys, iris in list(self.index.items()):
            iris -= written
            if not iris:
                del self.index[keys]

    def add_fallback_roles(self) -> None:
        """Add the common post titles the graph lacks, as minted ``role/{slug}`` entities."""
        for label, label_en in FALLBACK_POST_ROLES:
            keys = keys_of(label)
            if any(self.entities[i].kind is Kind.POST_ROLE for i in self.index.get(keys, ())):
                continue
            iri = str(NCGID[f"role/{slugify(label)}"])
            self.add(Entity(iri, Kind.POST_ROLE, label, label_en, minted=True), label)

    def sector_length(self, keys: Sequence[str], start: int) -> int:
        """Length of the longest sector name at ``keys[start:]`` ("Văn hóa, Thể thao và Du
        lịch"), or 0.

        >>> Gazetteer().sector_length(["giáo", "dục", "và", "đào", "tạo", ","], 0)
        5
        """
        for length in range(min(9, len(keys) - start), 0, -1):
            # "Văn hóa – Thể thao và Du lịch": a dash written where the name has a comma
            written = tuple("," if k in _DASHES else k for k in keys[start : start + length])
            if written in self.sectors:
                return length
        return 0

    def lookup(self, keys: Sequence[str], kinds: Iterable[Kind] | None = None) -> list[Entity]:
        """Entities whose label has exactly these token ``keys`` (optionally of some kinds)."""
        wanted = set(kinds) if kinds is not None else None
        found = [self.entities[iri] for iri in sorted(self.index.get(tuple(keys), ()))]
        return [e for e in found if wanted is None or e.kind in wanted]

    def longest(
        self, keys: Sequence[str], start: int, kinds: Iterable[Kind] | None = None
    ) -> tuple[int, list[Entity]]:
        """Longest match at ``keys[start:]``: (number of tokens, entities) or (0, [])."""
        wanted = list(kinds) if kinds is not None else None
        top = min(self.max_length, len(keys) - start)
        for length in range(top, 0, -1):
            found = self.lookup(keys[start : start + length], wanted)
            if found:
                return length, found
        return 0, []

    def resolve(self, label: str, kinds: Iterable[Kind] | None = None) -> Entity | None:
        """The one entity whose label is ``label`` (first in IRI order when several).

        >>> Gazetteer().resolve("Bộ Công an") is None
        True
        """
        found = self.lookup(keys_of(label), kinds)
        return found[0] if found else None

    def ancestors(self, iri: str) -> list[str]:
        """``iri`` then its ``org:subOrganizationOf`` chain upwards."""
        chain = [iri]
        for current in chain:
            chain += sorted(p for p in self.parents.get(current, ()) if p not in chain)
        return chain

    def force_of(self, agency: str) -> str | None:
        """The armed force of ``agency`` or of its nearest ancestor that has one."""
        for iri in self.ancestors(agency):
            if iri in self.forces:
                return self.forces[iri]
        return None

    def people_named(self, name: str) -> list[Entity]:
        """Officials in the graph with this name (those an ingest minted too)."""
        keys = keys_of(name)
        minted = [self.entities[iri] for iri in sorted(self.minted_people.get(keys, ()))]
        return self.lookup(keys, [Kind.PERSON]) + minted


def _replace(keys: tuple[str, ...], old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    """``keys`` with every occurrence of the run ``old`` replaced by ``new``."""
    out: list[str] = []
    i = 0
    while i < len(keys):
        if keys[i : i + len(old)] == old:
            out += new
            i += len(old)
        else:
            out.append(keys[i])
            i += 1
    return tuple(out)


_VARIANT_KEYS = tuple(
    (keys_of(phrase), tuple(keys_of(form) for form in forms)) for phrase, forms in _VARIANTS
)
_THI_DUA = keys_of("thi đua")
_MINISTRIES = keys_of("các bộ, ngành")
_MINISTRIES_NO_COMMA = keys_of("các bộ ngành")


_CENTRAL_BODY = ("trung", "ương")
_CENTRAL_FORMS = (("trung", "ương"), ("tw",), ("t.ư",), ("tư",))
_YOUTH_UNION = keys_of("Đoàn Thanh niên Cộng sản")
_MASS_HEADS = (("hội",), ("đoàn",), ("tổng", "liên", "đoàn"), ("liên", "hiệp"))


def _mass_organisations(variants: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The variants that name a mass organisation ("Hội …", "Đoàn …", "Tổng Liên đoàn …")."""
    return {v for v in variants if any(v[: len(h)] == h for h in _MASS_HEADS)}


def _variants(label: str, kind: Kind) -> set[tuple[str, ...]]:
    """The key sequences ``label`` is found under.

    >>> sorted(" ".join(k) for k in _variants("Viện kiểm sát nhân dân tối cao", Kind.AGENCY))
    ['viện kiểm sát nhân dân tối cao', 'vksnd tối cao']
    """
    variants = {keys_of(label)}
    for phrase, forms in _VARIANT_KEYS:
        variants |= {_replace(v, phrase, f) for v in variants for f in forms}
    if kind is Kind.ORGANISATION and _mass_organisations(variants):
        # "Trung ương Hội Nông dân Việt Nam", "Trung ương Đoàn TNCS Hồ Chí Minh": the central
        # body of a mass organisation, which the graph models as the organisation itself
        variants |= {_CENTRAL_BODY + v for v in variants}
    if kind is Kind.ORGANISATION and keys_of(label)[:5] == _YOUTH_UNION:
        # the press calls the Youth Union's central committee "Trung ương Đoàn", "T.Ư Đoàn"
        variants |= {(*central, "đoàn") for central in _CENTRAL_FORMS}
    if kind is Kind.PLACE:
        # "Thừa Thiên – Huế", "Bà Rịa Vũng Tàu": a province's name with a dash the press adds
        # between its words, or without the dash it has
        variants |= {tuple(k for k in v if k != "-") for v in variants}
        variants |= {
            (*v[:m], "-", *v[m:])
            for v in variants
            if len(v) >= 3 and "-" not in v
            for m in range(1, len(v))
        }
    if kind is Kind.BLOC:
        variants |= {v[:1] + v[3:] for v in variants if v[1:3] == _THI_DUA}
        # "Khối thi đua Nội chính Trung ương" for "… các bộ, ngành Nội chính Trung ương"
        variants |= {_replace(v, _MINISTRIES, ()) for v in variants}
        variants |= {_replace(v, _MINISTRIES_NO_COMMA, ()) for v in variants}
    return variants


def _kind_from_iri(iri: str) -> Kind | None:
    base = str(NCGID)
    if not iri.startswith(base):
        return None
    path = iri[len(base) :]
    for kind in Kind:
        if path.startswith(kind.value + "/"):
            return kind
    return None


def _graph_query(graph: Graph) -> QueryFn:
    union = graph
    if isinstance(graph, Dataset):
        union = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))

    def run(sparql: str) -> Iterable[Mapping[str, str]]:
        for row in union.query(sparql):
            yield {str(k): str(v) for k, v in row.asdict().items()}  # type: ignore[union-attr]

    return run


_P = sparql_prefixes()
_Q_TYPES = _P + (
    "SELECT ?s ?t WHERE { VALUES ?t { ncg:StateAgency ncg:PartyOrgan ncg:EmulationBloc "
    "ncg:Official ncg:Rank ncg:ArmedForce ncg:AdministrativeUnit org:FormalOrganization } "
    "?s a ?t }"
)
_Q_LABELS = _P + (
    "SELECT ?s ?p ?label ?lang WHERE { VALUES ?p { skos:prefLabel skos:altLabel foaf:name } "
    "?s ?p ?label . BIND(LANG(?label) AS ?lang) }"
)
_Q_NAMED_EVENTS = _P + "SELECT ?s WHERE { ?s a ncg:Conference ; schema:name ?n }"
_Q_CONFIRMED = (
    _P + f"SELECT ?s WHERE {{ ?s ncg:reviewStatus <{NCGID['review-status/confirmed']}> }}"
)
_Q_UNREVIEWED = (
    _P + f"SELECT ?s WHERE {{ ?s ncg:reviewStatus <{NCGID['review-status/unreviewed']}> }}"
)
_Q_PARENTS = _P + "SELECT ?s ?o WHERE { ?s org:subOrganizationOf ?o }"
_Q_FORCES = _P + "SELECT ?s ?o WHERE { ?s ncg:armedForce ?o }"
_Q_RANK_ORDER = _P + "SELECT ?s ?o WHERE { ?s ncg:rankOrder ?o }"
_Q_PERSON_AGENCIES = _P + (
    # The join sits inside each branch: joined after the UNION, the engine enumerates every
    # org:postIn first (2.9 s instead of 0.03 s at 100k quads).
    "SELECT DISTINCT ?p ?a WHERE { { ?p org:holds ?post . ?post org:postIn ?a } UNION "
    "{ ?h ncg:holder ?p ; ncg:post ?post . ?post org:postIn ?a } }"
)
_Q_BLOC_MEMBERS = _P + (
    "SELECT ?b ?a WHERE { ?m org:organization ?b ; org:member ?a . ?b a ncg:EmulationBloc }"
)

__all__ = ["ORGANISATIONS", "Entity", "Gazetteer", "Kind", "QueryFn"]
