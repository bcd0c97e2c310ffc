"""Precision and recall of the extractor against gold written from real reports.

The corpus (``eval/corpus/{dev,test}/<stem>.txt`` + ``<stem>.gold.json``, described in
``eval/README.md``) holds real reports, each with gold facts written by reading the text before
the extractor ever ran on it. Categories:

``members``   bloc members;
``leaders``   leader or deputy agency with its year;
``people``    officials by name;
``rank``      an official's rank;
``party``     an official's Party roles (role and organ);
``posts``     an official's posts (title and agency);
``events``    event kinds and dates.

Agencies are compared by graph IRI when the gazetteer knows the name, else by the folded label
(what a minted entity is labelled with), so a minted "Công an tỉnh Bắc Kạn" matches its gold and
a provincial unit resolved to a central IRI counts as an error. A gold list of ``null`` means
"not assessed"; a ``null`` date means the text gives none, so extracting one is an error.
"""

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset

from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.names import (
    BODY_AFTER_PLACE_WORD,
    DISTRICT_WORDS,
    expand_label,
    place_of,
)
from nội_chính_graph.ingest.findings import Findings, find
from nội_chính_graph.ingest.model import Extraction, Summary
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.text import match_key, slugify
from nội_chính_graph.text.tokens import tokenize

CATEGORIES = ("members", "leaders", "people", "rank", "party", "posts", "events")
SPLITS = ("dev", "test")
Fact = tuple[str, ...]
#: Runs the whole ingest (extract, validate) on a text; True when it would commit unedited.
#: Given a report's text and the address it was published at (as a steward submits it).
CommitCheck = Callable[[str, str | None], bool]

# Roles of the Party's central leadership bodies whose short form must not be read literally:
# "Bí thư Trung ương Đảng" is a member of the Secretariat, not a secretary of the Committee.
_PARTY_EXACT = {
    "bi thu trung uong dang": "uy vien ban bi thu",
    "bi thu trung uong": "uy vien ban bi thu",
    "uy vien ban bi thu trung uong dang": "uy vien ban bi thu",
    "thuong truc ban bi thu trung uong dang": "thuong truc ban bi thu",
    "uy vien bo chinh tri trung uong dang": "uy vien bo chinh tri",
    "tong bi thu": "tong bi thu bch",
    "tong bi thu ban chap hanh trung uong dang": "tong bi thu bch",
}
_CENTRAL_COMMITTEE = (
    "ban chap hanh trung uong dang",
    "ban chap hanh trung uong",
    "trung uong dang",
)


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one category."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was extracted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


ZERO = Score(0, 0, 0)


def score(gold: set[Fact], found: set[Fact]) -> Score:
    """Compare two fact sets.

    >>> score({("a",), ("b",)}, {("a",), ("c",)})
    Score(tp=1, fp=1, fn=1)
    """
    return Score(len(gold & found), len(found - gold), len(gold - found))


def party_role_key(text: str) -> str:
    """A Party role's comparison key: folded, with the central bodies' roles canonical.

    >>> party_role_key("Ủy viên Trung ương Đảng") == party_role_key(
    ...     "Uỷ viên Ban Chấp hành Trung ương Đảng")
    True
    >>> party_role_key("Bí thư Trung ương Đảng") == party_role_key(
    ...     "Bí thư Ban Chấp hành Trung ương Đảng")
    False
    >>> party_role_key("Bí thư Trung ương Đảng")
    'uy vien ban bi thu'
    """
    key = slugify(text).replace("-", " ")
    if key in _PARTY_EXACT:
        return _PARTY_EXACT[key]
    for form in _CENTRAL_COMMITTEE:
        key = key.replace(form, "bch")
    if key.endswith(" trung uong"):
        key = key.removesuffix(" trung uong") + " bch"
    return key


@dataclass(frozen=True)
class Report:
    """One corpus report: its stem, split, text and gold."""

    stem: str
    split: str
    text: str
    gold: dict[str, Any]


def load_corpus(root: Path, splits: Sequence[str] = SPLITS) -> list[Report]:
    """Every report of the given splits under ``root`` (``root/{split}/*.gold.json``)."""
    reports = []
    for split in splits:
        for gold_file in sorted((root / split).glob("*.gold.json")):
            stem = gold_file.name.removesuffix(".gold.json")
            text = (gold_file.parent / f"{stem}.txt").read_text(encoding="utf-8")
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            reports.append(Report(stem, split, text, gold))
    return reports


def load_graph(paths: Iterable[Path]) -> Dataset:
    """Parse Turtle/TriG files into one Dataset."""
    dataset = Dataset()
    for path in paths:
        dataset.parse(path, format="trig" if path.suffix == ".trig" else "turtle")
    return dataset


def default_graph_files(root: Path) -> list[Path]:
    """The ontology, reference data and report graphs of a source tree."""
    files = sorted((root / "ontology").glob("*.ttl"))
    files += sorted((root / "data" / "reference").glob("*.trig"))
    return files + sorted((root / "data" / "graphs").glob("*.trig"))


# A district's or commune's word (after the word before it, if any): "huyện", "thị xã",
# "Huyện ủy", "phường", and "thành phố" of a province.
_DISTRICT_WORDS = frozenset(DISTRICT_WORDS) | {("thành", "phố")}


def district_unit(label: str) -> str:
    """A district's or commune's unit without the province its label ends with, since gold and
    extractor differ on whether to say it ("Huyện ủy Hàm Tân" and "Huyện ủy Hàm Tân tỉnh Bình
    Thuận" are one body); a province's own unit keeps it.

    >>> district_unit("Ủy ban nhân dân huyện Chương Mỹ, thành phố Hà Nội")
    'Ủy ban nhân dân huyện Chương Mỹ'
    >>> district_unit("Công an thành phố Hà Nội")
    'Công an thành phố Hà Nội'
    >>> district_unit("Ban Chỉ huy Quân sự Quận 1, Thành phố Hồ Chí Minh")
    'Ban Chỉ huy Quân sự Quận 1'
    >>> district_unit("Sở Lao động - Thương binh và Xã Hội tỉnh Ninh Thuận")
    'Sở Lao động - Thương binh và Xã Hội tỉnh Ninh Thuận'
    """
    tokens = tokenize(label)
    for at in range(len(tokens) - 1, 0, -1):
        words = 2 if [t.key for t in tokens[at : at + 2]] == ["thành", "phố"] else 1
        if tokens[at].key != "tỉnh" and words == 1:
            continue
        rest = tokens[at + words :]
        if not rest or not all(t.is_capitalised or t.text in "-–" for t in rest):
            continue
        before = tokens[:at]
        keys = [t.key for t in before]
        named = any(
            (before[i + 1].is_capitalised or before[i + 1].key.isdigit())  # "Quận 1"
            and keys[i : i + 2] != ["xã", "hội"]  # "Thương binh và Xã Hội": no commune
            and (
                tuple(keys[i : i + 1]) in _DISTRICT_WORDS
                or tuple(keys[i - 1 : i + 1]) in _DISTRICT_WORDS
            )
            for i in range(len(before) - 1)
        )
        if named:
            return label[: before[-1].end].rstrip(" ,-–")
        break
    return label


def name_key(label: str) -> str:
    """The comparison key of an agency's name as written: folded, abbreviations written out
    (the gold's convention and the extractor's), and the connectors between the words of a
    sector dropped, since the press writes one name with "và", a dash or a comma ("Phòng Văn hóa
    và Thông tin", "Phòng Văn hóa – Thông tin"; "Đài Phát thanh - Truyền hình").

    >>> name_key("Phòng Văn hóa – Thông tin huyện Ea Kar") == name_key(
    ...     "Phòng Văn hóa và Thông tin huyện Ea Kar")
    True
    >>> name_key("Công ty TNHH MTV Nhà xuất bản Bản đồ")
    'cong-ty-trach-nhiem-huu-han-mot-thanh-vien-nha-xuat-ban-ban-do'
    >>> name_key("Sở Y tế tỉnh Hà Nam") == name_key("Sở Y tế tỉnh Nam Hà")
    False

    The word "tỉnh" before the province's name that ends a label is left out, since the press
    writes a province's unit either way and the minting makes one entity of both ("Đài Phát
    thanh và Truyền hình Long An" is "… tỉnh Long An"):

    >>> name_key("Đài Phát thanh và Truyền hình Long An") == name_key(
    ...     "Đài Phát thanh - Truyền hình tỉnh Long An")
    True
    >>> name_key("Sở Ngoại vụ tỉnh Bà Rịa - Vũng Tàu") == name_key("Sở Ngoại vụ Bà Rịa - Vũng Tàu")
    True
    >>> name_key("Liên đoàn Lao động tỉnh")
    'lien-doan-lao-dong-tinh'

    A university or college is one with or without the word "Trường" before it:

    >>> name_key("Đại học Thái Bình") == name_key("Trường Đại học Thái Bình")
    True

    So is "chi nhánh" after "Ngân hàng Nhà nước" (a province's branch of the State Bank, whose
    official name has it and the press often leaves it out):

    >>> name_key("Ngân hàng Nhà nước chi nhánh tỉnh Lai Châu") == name_key(
    ...     "Ngân hàng Nhà nước Lai Châu")
    True
    """
    label = _PROVINCE_WORD.sub(" ", expand_label(label))
    key = "-".join(w for w in slugify(label).split("-") if w != "va")
    # "Ngân hàng Nhà nước (chi nhánh) tỉnh X": the State Bank's branch, written either way
    key = key.replace("ngan-hang-nha-nuoc-chi-nhanh-", "ngan-hang-nha-nuoc-")
    # "Đại học Thái Bình", "Cao đẳng Y tế Điện Biên": a school named without "Trường"
    return key.removeprefix("truong-") if key.startswith(_SCHOOL_KEYS) else key


_SCHOOL_KEYS = ("truong-dai-hoc-", "truong-cao-dang-")
# "tỉnh" in lower case, then only capitalised words to the end: the province a label ends with.
_PROVINCE_WORD = re.compile(r"\s+tỉnh\s+(?=(?:(?:[A-ZĐÂĂÊÔƠƯ]\S*|[-–])\s*)+$)")


# The words a place's name begins with, when a gold or an extraction names a place alone as a
# member or an agency ("tỉnh Bắc Ninh", "phường Hà Phong").
_PLACE_STARTS = (
    ("tỉnh",),
    ("thành", "phố"),
    ("tp",),
    ("huyện",),
    ("quận",),
    ("thị", "xã"),
    ("xã",),
    ("phường",),
    ("thị", "trấn"),
)


def committee_of_place(label: str) -> str:
    """A place named alone stands for its People's Committee, the body that acts for it in a
    bloc of places: reports and gold writers name a cluster's provinces either way ("gồm 9
    tỉnh: Bắc Ninh, …"; "Ủy ban nhân dân tỉnh Bắc Ninh"). Any other name is kept.

    >>> committee_of_place("tỉnh Bắc Ninh")
    'Ủy ban nhân dân tỉnh Bắc Ninh'
    >>> committee_of_place("Thành phố Hà Nội")
    'Ủy ban nhân dân Thành phố Hà Nội'
    >>> committee_of_place("Sở Y tế tỉnh Hà Nam"), committee_of_place("xã hội học")
    ('Sở Y tế tỉnh Hà Nam', 'xã hội học')

    "Tỉnh Đoàn", "Huyện Ủy" written with a capital are bodies, not places:

    >>> committee_of_place("Tỉnh Đoàn Bình Dương")
    'Tỉnh Đoàn Bình Dương'
    """
    words = label.split()
    keys = tuple(w.lower() for w in words)
    for start in _PLACE_STARTS:
        n = len(start)
        body = len(keys) > n and keys[n] in BODY_AFTER_PLACE_WORD
        if keys[:n] == start and len(words) > n and words[n][:1].isupper() and not body:
            return f"Ủy ban nhân dân {label}"
    return label


# The modifiers a title may end with ("Phó Trưởng ban Thường trực", "Phó Bí thư thứ nhất").
_TITLE_MODIFIERS = (" Thường trực", " thường trực", " thứ nhất")
# A unit's name, then its parent's after a comma or in parentheses.
_WITH_PARENT = re.compile(r"(.+?)\s*(?:,\s*|\(\s*)([^,()]+?)\s*\)?")


# The words a trailing place qualifier may begin with ("… tỉnh Khánh Hòa", "… tại Ninh Thuận",
# "… quận Bình Thạnh"), before the place's name.
_QUALIFIER_WORDS = (("tỉnh",), ("thành", "phố"), ("tp",), ("tại",), *DISTRICT_WORDS)


class _Facts:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer
        # A minted unit's key → the keys of its name without each trailing qualifier
        self.unqualified: dict[str, set[str]] = {}

    def agency(self, label: str | None, iri: str | None = None) -> str:
        """A graph IRI when the graph knows the agency, else its folded label; a place stands
        for its People's Committee (see ``committee_of_place``)."""
        if iri is not None and iri in self.g.entities and not self.g.entities[iri].minted:
            if self.g.entities[iri].kind is not Kind.PLACE:
                return iri
            label = self.g.entities[iri].label
        if label is None:
            return "-"
        label = committee_of_place(label)
        # "Quân đội nhân dân Việt Nam": an armed force holds posts too (Tổng Tham mưu trưởng)
        entity = self.g.resolve(label, [*ORGANISATIONS, Kind.FORCE]) or self._with_parent(label)
        if iri is None and entity is not None:
            return entity.iri
        key = "label:" + name_key(district_unit(label))
        self.unqualified.setdefault(key, set()).update(
            "label:" + name_key(district_unit(bare)) for bare in self.without_qualifiers(label)
        )
        return key

    def without_qualifiers(self, label: str) -> set[str]:
        """A unit's name without the places or the parents it ends with: writers name one unit
        with or without its province ("Trường Cao đẳng Nghề Việt Đức Hà Tĩnh"), its district
        ("Hội Chữ thập đỏ phường 12 quận Bình Thạnh") or the body it belongs to ("Vụ Pháp chế
        Thanh tra Chính phủ"). A qualifier is a place or an organisation the graph knows, or a
        district word and its name after a unit of a smaller place; two words are left at least.
        """
        words = label.replace(",", " ").replace("(", " ").replace(")", " ").split()
        out: set[str] = set()
        heads = [words]
        while heads:
            head = heads.pop()
            for cut in self._qualifier_starts(head):
                if " ".join(head[:cut]) not in out:
                    out.add(" ".join(head[:cut]))
                    heads.append(head[:cut])
        return out

    def _qualifier_starts(self, words: list[str]) -> list[int]:
        """Where a trailing qualifier of a name may begin."""
        keys = [w.lower() for w in words]
        starts = []
        for cut in range(2, len(words)):
            tail = " ".join(words[cut:])
            if self.g.resolve(tail, [Kind.PLACE]) is not None:
                lead = next(
                    (q for q in _QUALIFIER_WORDS if tuple(keys[cut - len(q) : cut]) == q), ()
                )
                if cut - len(lead) >= 2:
                    starts.append(cut - len(lead))
                continue
            entity = self.g.resolve(tail, ORGANISATIONS)
            if entity is not None and not entity.minted:
                starts.append(cut)
                continue
            district = next(
                (q for q in DISTRICT_WORDS if tuple(keys[cut : cut + len(q)]) == q), None
            )
            named = district is not None and all(
                w[:1].isupper() or w.isdigit() for w in words[cut + len(district) :]
            )
            if named and len(words) > cut + len(district or ()) and _names_a_place(keys[:cut]):
                starts.append(cut)
        return starts

    def _with_parent(self, label: str) -> Entity | None:
        """The graph's unit a label names by its own name and then its parent's, after a comma
        or in parentheses ("Quân khu 1, Bộ Quốc phòng", "Cục An ninh điều tra (Bộ Công an)"):
        the unit, when the graph knows both and the second is an ancestor of the first."""
        match = _WITH_PARENT.fullmatch(label)
        if match is None:
            return None
        unit = self.g.resolve(match.group(1), ORGANISATIONS)
        parent = self.g.resolve(match.group(2), ORGANISATIONS)
        if unit is None or parent is None or unit.minted:
            return None
        return unit if parent.iri in self.g.ancestors(unit.iri)[1:] else None

    def title(self, title: str) -> str:
        """A gold title written as the graph's role is labelled, when the title is one of the
        role's labels ("Phó ban" is the role "Phó Trưởng ban"), with its modifier kept ("Phó ban
        Thường trực"); else as written."""
        prefix = "Quyền " if title.startswith("Quyền ") else ""
        base = title.removeprefix(prefix)
        suffix = next((m for m in _TITLE_MODIFIERS if base.endswith(m)), "")
        role = self.g.resolve(base.removesuffix(suffix), [Kind.POST_ROLE])
        return f"{prefix}{role.label}{suffix}" if role is not None else title

    def organ_label(self, label: str) -> str:
        entity = self.g.resolve(label, ORGANISATIONS)
        return entity.label if entity is not None else label

    def gold(self, gold: dict[str, Any]) -> dict[str, set[Fact] | None]:
        facts: dict[str, set[Fact] | None] = {c: set() for c in CATEGORIES}
        for person in gold["people"]:
            name = match_key(person["name"])
            _add(facts, "people", ("name", name))
            if person.get("rank"):
                _add(facts, "rank", ("rank", name, match_key(person["rank"])))
            for role in person.get("party_roles") or []:
                text = role["role"]
                if role.get("organ"):
                    text += " " + self.organ_label(role["organ"])
                _add(facts, "party", ("party", name, party_role_key(text)))
            for post in person["posts"]:
                agency = self.agency(post.get("agency"))
                _add(facts, "posts", ("post", name, match_key(self.title(post["title"])), agency))
        for bloc in gold["blocs"]:
            if bloc["members"] is None:
                facts["members"] = None
            elif facts["members"] is not None:
                facts["members"] |= {("member", self.agency(m)) for m in bloc["members"]}
            for x in bloc["leaders"]:
                _add(
                    facts,
                    "leaders",
                    ("leader", self.agency(x["agency"]), str(x["year"]), x["role"]),
                )
        for event in gold["events"]:
            if event.get("kinds") is not None:
                for kind in event["kinds"]:
                    _add(facts, "events", ("kind", kind))
            _add(facts, "events", ("date", event.get("date") or "-"))
        return facts

    def found(self, summary: Summary) -> dict[str, set[Fact]]:
        facts: dict[str, set[Fact]] = {c: set() for c in CATEGORIES}
        for person in summary.people:
            name = match_key(person.name)
            facts["people"].add(("name", name))
            if person.rank:
                facts["rank"].add(("rank", name, match_key(person.rank)))
            for role in person.party_roles:
                facts["party"].add(("party", name, party_role_key(role)))
            for post in person.posts:
                agency = self.agency(post.agency.label, post.agency.id) if post.agency else "-"
                facts["posts"].add(("post", name, match_key(post.title), agency))
        for bloc in summary.blocs:
            facts["members"] |= {("member", self.agency(m.label, m.id)) for m in bloc.members}
            facts["leaders"] |= {
                ("leader", self.agency(x.agency.label, x.agency.id), str(x.year), x.role)
                for x in bloc.leaders
            }
        for event in summary.events:
            facts["events"] |= {("kind", k.rsplit("/", 1)[-1]) for k in event.kinds}
            facts["events"].add(("date", event.date or "-"))
        return facts


def _names_a_place(keys: list[str]) -> bool:
    """Whether a name still names a district or commune of its own ("… phường 12"), so that
    the larger district after it is a qualifier, not the unit's own place."""
    return any(
        tuple(keys[i : i + len(q)]) == q and i + len(q) < len(keys)
        for q in DISTRICT_WORDS
        for i in range(1, len(keys))
    )


# Where a fact names its agency: ("member", agency), ("leader", agency, year, role),
# ("post", name, title, agency).
_AGENCY_SLOT = {"members": 1, "leaders": 1, "posts": 3}


def _taken_as_gold(
    wanted: set[Fact], got: set[Fact], same: Callable[[Fact, Fact], bool]
) -> set[Fact]:
    """``got`` with each wrong fact taken as the first missed gold fact (in sorted order) that
    ``same(gold, found)`` says it names; each gold fact is taken once."""
    missed = sorted(wanted - got)
    out = set(got & wanted)
    for fact in sorted(got - wanted):
        match = next((m for m in missed if same(m, fact)), None)
        if match is not None:
            missed.remove(match)
        out.add(match or fact)
    return out


def qualified_matches(
    wanted: set[Fact], got: set[Fact], slot: int, unqualified: dict[str, set[str]]
) -> set[Fact]:
    """``got`` with each found fact that names the unit of a missed gold fact with or without
    a trailing qualifier (see ``_Facts.without_qualifiers``) taken as that gold fact; the rest
    of both facts must be equal, each gold fact is taken once, and the shorter name must be a
    unit the graph does not know (a known unit's IRI, the central "Ngân hàng Nhà nước", stays
    an error for its provincial branch).

    >>> gold = {("member", "label:truong-x-ha-tinh"), ("member", "label:so-y-te-ha-tinh")}
    >>> found = {("member", "label:truong-x"), ("member", "https://w3id.org/x/so-y-te")}
    >>> sorted(qualified_matches(gold, found, 1, {"label:truong-x-ha-tinh": {"label:truong-x"}}))
    [('member', 'https://w3id.org/x/so-y-te'), ('member', 'label:truong-x-ha-tinh')]
    """

    def same(gold: Fact, found: Fact) -> bool:
        rest_equal = gold[:slot] + gold[slot + 1 :] == found[:slot] + found[slot + 1 :]
        return rest_equal and (
            found[slot] in unqualified.get(gold[slot], ())
            or gold[slot] in unqualified.get(found[slot], ())
        )

    return _taken_as_gold(wanted, got, same)


def undated_leaders(wanted: set[Fact], got: set[Fact]) -> set[Fact]:
    """``got`` with each found leader of a gold leader whose year the text does not give
    (``null`` in the gold, which cannot assess it) taken as that gold leader: the agency and
    the role are still compared, each gold leader once.

    >>> gold = {("leader", "label:dai-son-la", "None", "leader")}
    >>> sorted(undated_leaders(gold, {("leader", "label:dai-son-la", "2020", "leader")}))
    [('leader', 'label:dai-son-la', 'None', 'leader')]
    >>> sorted(undated_leaders(gold, {("leader", "label:dai-son-la", "2020", "deputy")}))
    [('leader', 'label:dai-son-la', '2020', 'deputy')]
    """
    return _taken_as_gold(
        wanted,
        got,
        lambda gold, found: gold[2] == "None" and (gold[1], gold[3]) == (found[1], found[3]),
    )


def _add(facts: dict[str, set[Fact] | None], category: str, fact: Fact) -> None:
    bucket = facts[category]
    if bucket is not None:
        bucket.add(fact)


@dataclass(frozen=True)
class ReportResult:
    """The scores of one report, and whether it would commit without edits."""

    report: Report
    scores: dict[str, Score]
    commits: bool | None = None
    provincial_as_central: int = 0


def evaluate_report(report: Report, gazetteer: Gazetteer) -> dict[str, Score]:
    """Score the extractor on one report."""
    return _evaluate(report, gazetteer)[0]


def _evaluate(report: Report, gazetteer: Gazetteer) -> tuple[dict[str, Score], Extraction]:
    expected, found, extraction = _fact_sets(report, gazetteer)
    scores = {category: score(wanted, found[category]) for category, wanted in expected.items()}
    return scores, extraction


def _fact_sets(
    report: Report, gazetteer: Gazetteer
) -> tuple[dict[str, set[Fact]], dict[str, set[Fact]], Extraction]:
    """The gold facts of each assessed category, the facts the extractor found, and the
    extraction."""
    facts = _Facts(gazetteer)
    expected = facts.gold(report.gold)  # before extraction, which may add minted entities
    extraction = extract_report(
        report.text,
        gazetteer,
        report_slug=slugify(report.stem),
        url=report.gold.get("url"),
        received=dt.date.today(),  # as the ingest reads it: an undated report's facts are kept
    )
    found = facts.found(extraction.summary)
    if expected["leaders"] is not None:
        found["leaders"] = undated_leaders(expected["leaders"], found["leaders"])
    for category, slot in _AGENCY_SLOT.items():
        wanted = expected[category]
        if wanted is not None:
            found[category] = qualified_matches(wanted, found[category], slot, facts.unqualified)
    if not any(e.get("kinds") is not None for e in report.gold["events"]):
        found["events"] = {f for f in found["events"] if f[0] != "kind"}
    assessed = {category: wanted for category, wanted in expected.items() if wanted is not None}
    return assessed, found, extraction


@dataclass(frozen=True)
class Difference:
    """A fact of one report that the extractor missed (in the gold, not found) or got wrong
    (found, not in the gold)."""

    stem: str
    category: str
    kind: str  # "missed" or "wrong"
    fact: Fact


def differences(report: Report, gazetteer: Gazetteer) -> list[Difference]:
    """What the extractor missed and got wrong in ``report``, by category, in a stable order:
    the list a developer works from on the dev split (the test split is never tuned on)."""
    expected, found, _ = _fact_sets(report, gazetteer)
    out: list[Difference] = []
    for category in CATEGORIES:
        if category not in expected:
            continue
        wanted, got = expected[category], found[category]
        out += [Difference(report.stem, category, "missed", f) for f in sorted(wanted - got)]
        out += [Difference(report.stem, category, "wrong", f) for f in sorted(got - wanted)]
    return out


def format_differences(found: Iterable[Difference]) -> str:
    """One tab-separated line per difference: stem, category, missed/wrong, the fact."""
    return "\n".join("\t".join((d.stem, d.category, d.kind, " | ".join(d.fact))) for d in found)


def provincial_as_central(report: Report, gazetteer: Gazetteer) -> list[str]:
    """Provincial units the extractor resolved to a central entity: a name that carries a
    province ("Công an tỉnh Bắc Kạn", "Sở Tư pháp TP HCM") read as a graph entity whose name
    does not. The target is none."""
    return _central_units(find(report.text, gazetteer, url=report.gold.get("url")))


def _central_units(findings: Findings) -> list[str]:
    orgs = [m.org for b in findings.blocs for m in b.members]
    orgs += [p.org for m in findings.mentions for p in m.posts if p.org is not None]
    return [
        org.label
        for org in orgs
        if org.entity is not None
        and not org.entity.minted
        and place_of(org.label) is not None
        and place_of(org.entity.label) is None
    ]


def evaluate_corpus(
    reports: Sequence[Report], gazetteer: Gazetteer, commit_check: CommitCheck | None = None
) -> list[ReportResult]:
    """Score every report (and, given ``commit_check``, whether each commits unedited)."""
    results = []
    for report in reports:
        scores, extraction = _evaluate(report, gazetteer)
        assert extraction.findings is not None  # extract_report always keeps them
        results.append(
            ReportResult(
                report,
                scores,
                commit_check(report.text, report.gold.get("url"))
                if commit_check is not None
                else None,
                len(_central_units(extraction.findings)),
            )
        )
    return results


def totals(results: Iterable[ReportResult]) -> dict[str, Score]:
    """The summed score of each category."""
    summed: dict[str, Score] = {}
    for result in results:
        for category, s in result.scores.items():
            summed[category] = summed.get(category, ZERO) + s
    return summed


def format_table(results: Sequence[ReportResult], *, per_report: bool = False) -> str:
    """P/R per category for each split (and per report when asked), and the commit share.

    >>> r = Report("a", "dev", "", {})
    >>> print(format_table([ReportResult(r, {"people": Score(3, 0, 1)}, True)]))
    split  reports  category  P     R     tp  fp  fn
    dev    1        people    1.00  0.75  3   0   1
    dev: 1/1 (100%) of the reports commit without edits
    dev: 0 provincial units resolved to a central entity
    """
    rows: list[tuple[str, ...]] = [("split", "reports", "category", "P", "R", "tp", "fp", "fn")]
    commits: list[str] = []
    for split in dict.fromkeys(r.report.split for r in results):
        chosen = [r for r in results if r.report.split == split]
        if per_report:
            for result in chosen:
                rows += [
                    _row(f"{split}/{result.report.stem}", "1", c, result.scores[c])
                    for c in CATEGORIES
                    if c in result.scores
                ]
        summed = totals(chosen)
        rows += [_row(split, str(len(chosen)), c, summed[c]) for c in CATEGORIES if c in summed]
        checked = [r.commits for r in chosen if r.commits is not None]
        if checked:
            share = f"{sum(checked)}/{len(checked)} ({100 * sum(checked) / len(checked):.0f}%)"
            commits.append(f"{split}: {share} of the reports commit without edits")
        wrong = sum(r.provincial_as_central for r in chosen)
        commits.append(f"{split}: {wrong} provincial units resolved to a central entity")
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    table = [
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    ]
    return "\n".join(table + commits)


def _row(name: str, count: str, category: str, s: Score) -> tuple[str, ...]:
    return (
        name,
        count,
        category,
        f"{s.precision:.2f}",
        f"{s.recall:.2f}",
        str(s.tp),
        str(s.fp),
        str(s.fn),
    )


def as_json(results: Sequence[ReportResult]) -> dict[str, Any]:
    """The figures as JSON: per split totals, commit share, and per report scores."""
    out: dict[str, Any] = {}
    for split in dict.fromkeys(r.report.split for r in results):
        chosen = [r for r in results if r.report.split == split]
        checked = [r.commits for r in chosen if r.commits is not None]
        out[split] = {
            "reports": len(chosen),
            "totals": {c: _score_json(s) for c, s in totals(chosen).items()},
            "commits": {"ok": sum(checked), "checked": len(checked)} if checked else None,
            "provincial_as_central": sum(r.provincial_as_central for r in chosen),
            "per_report": {
                r.report.stem: {
                    "scores": {c: _score_json(s) for c, s in r.scores.items()},
                    "commits": r.commits,
                }
                for r in chosen
            },
        }
    return out


def _score_json(s: Score) -> dict[str, float | int]:
    return {
        "precision": round(s.precision, 4),
        "recall": round(s.recall, 4),
        "tp": s.tp,
        "fp": s.fp,
        "fn": s.fn,
    }


__all__ = [
    "CATEGORIES",
    "SPLITS",
    "CommitCheck",
    "Report",
    "ReportResult",
    "Score",
    "as_json",
    "default_graph_files",
    "evaluate_corpus",
    "evaluate_report",
    "format_table",
    "load_corpus",
    "load_graph",
    "party_role_key",
    "provincial_as_central",
    "score",
    "totals",
]
