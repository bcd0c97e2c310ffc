"""Officials and their titles, in both word orders.

* name first: "Thượng tướng Trần Quốc Tỏ, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an";
* title first: "Thứ trưởng Bộ Giáo dục và Đào tạo Nguyễn Thị Nghĩa (Phó Trưởng Khối)".

A title chain is a comma-separated list of items: a rank, a Party role in a Party organ, a post
(role, optional "Quyền"/"Thường trực", organisation), or a bloc role ("đại diện Khối trưởng",
"(Trưởng Khối)", "(đơn vị Khối trưởng)"). "Thứ trưởng, Tổng Giám đốc X" marks a rank
equivalence: the bare "Thứ trưởng" is kept as such and never linked to a ministry.
"""

import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.names import expand_label, place_of, without_term
from nội_chính_graph.ingest.extract.patterns import (
    BOARD_NAMES,
    IMPLICIT_HEAD,
    SYSTEM_HEADS,
    YOUTH_COMMITTEES,
)
from nội_chính_graph.ingest.extract.tagger import (
    PLACE_GOES_ON,
    Span,
    Tagged,
    brand_at,
    capitalised_head_at,
    caption_verb,
    is_company_acronym,
    is_local_after,
    local_extent,
    org_head_at,
    org_head_length,
    past_place,
    past_sector,
    region_after,
    span_covering,
)
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.text import match_key, slugify
from nội_chính_graph.text.tokens import Token, keys_of

_SEPARATORS = frozenset({",", ";", ".", ":", "(", ")", "!", "?", "”", "“", '"'})
_BOUNDARIES = frozenset({";", ":", "(", ")", "."})
_ORG_STOP = frozenset(
    [
        "phát",
        "dự",
        "chủ",
        "tham",
        "đã",
        "tại",
        "cho",
        "về",
        "nhấn",
        "khẳng",
        "trao",
        "ký",
        "tổ",
        "có",
        "gồm",
        "là",
        "được",
        "với",
        "đến",
        "cùng",
        "thay",
        "đại",
        "chỉ",
        "điều",
        "kết",
        "đánh",
        "báo",
        "giữ",
        "yêu",
        "chúc",
        "tặng",
        "gửi",
        "nêu",
        "trình",
        "nhận",
        "nhằm",
        "thăm",
        "ông",
        "bà",
        "ghi",  # "… Bộ Công an ghi nhận …"
        "tiếp",  # "… Đảng ủy Đài Tiếng nói Việt Nam tiếp đoàn …"
        "dẫn",  # "… Trung ương Hội Người cao tuổi dẫn đầu"
        "cũng",  # "… Chủ tịch Hội Nhà báo tỉnh cũng đã cảm ơn"
        "làm",  # "… Phó Giám đốc Sở làm Trưởng đoàn"
        "vừa",
        "sẽ",
        "đang",
        "nhiệm",  # "Chủ tịch Hội Luật gia tỉnh nhiệm kỳ V": the term, not the name
        "kiêm",  # "Giám đốc Sở Tư pháp kiêm Trưởng Ban …": the second post, not the name
        "bầu",  # "… Phó Chủ tịch UBND xã và bầu các chức danh …": an election, not the name
        "dâng",  # "… Chủ tịch UBND tỉnh dâng hương, dâng hoa …": a ceremony's verb
        "đề",  # "… Chủ tịch UBND xã đề nghị …", "đề xuất": a proposal's verb
        "nghỉ",  # "… Giám đốc BV Việt Đức nghỉ hưu": retired
        "kể",  # "… Thống đốc Ngân hàng Nhà nước kể từ ngày 15/5/2022": since when
        "bàn",  # "… Chính ủy Bộ Chỉ huy Quân sự tỉnh bàn giao chức vụ cho …": a handover
        "để",  # "… Phó Bí thư Tỉnh ủy để Ủy ban MTTQ tỉnh hiệp thương …": a purpose
        "đối",  # "bổ nhiệm Phó Tổng Biên tập Báo X đối với ông A": whom it concerns
        "thôi",  # "… Phó Bí thư Thường trực Tỉnh ủy thôi giữ chức …": leaving a post
        # a speaker's wish or thanks: "… Chính ủy BĐBP mong muốn các đồng chí …", "bày tỏ",
        # "cảm ơn", "hy vọng"
        "mong",
        "bày",
        "cảm",
        "hy",
    ]
)
_SYSTEM_HEADS = tuple(tuple(h.split()) for h in SYSTEM_HEADS)
# Nouns of units' names written in lower case whose first syllable opens a verb in
# ``_ORG_STOP`` ("Trung tâm Y tế dự phòng", "Ban Quản lý dự án", "Quỹ Đầu tư phát triển").
_NOUNS_NOT_VERBS = frozenset(
    {("dự", "phòng"), ("dự", "án"), ("dự", "trữ"), ("phát", "triển"), ("phát", "thanh")}
    | {("phát", "hành"), ("tham", "mưu"), ("kết", "cấu"), ("điều", "dưỡng"), ("chủ", "nghĩa")}
    # the verb's syllable second: "công trình" (works), "đăng ký" ("Văn phòng Đăng ký đất đai")
    | {("công", "trình"), ("đăng", "ký")}
    # "Bộ chỉ huy Quân sự tỉnh", "Ban chỉ huy Quân sự xã" in sentence case: a command, a noun
    | {("chỉ", "huy")}
    # "Ban Quản lý đề án …": a project, a noun
    | {("đề", "án")}
    # "Ban đối ngoại", "Phòng đối ngoại" in sentence case: foreign relations, a field
    | {("đối", "ngoại")}
)
# The services of the People's Army, as a title names them bare ("Tư lệnh Hải quân").
_SERVICES = (
    ("phòng", "không", "-", "không", "quân"),
    ("phòng", "không", "–", "không", "quân"),
    ("hải", "quân"),
)
# Heads of units that belong to a larger body, and heads of the bodies that own them.
_SUB_UNIT_HEADS = frozenset(
    {("cục",), ("phòng",), ("vụ",), ("văn",), ("trung",)}
    # "Viện Khoa học Lao động và Xã hội, Bộ Nội vụ", "Báo X, Bộ Y", "Tạp chí X, Bộ Y", "Ban
    # Quản lý dự án, Bộ Y" (not schools and academies, known by their own names)
    | {("viện",), ("báo",), ("tạp",), ("ban",)}
    # a university's faculty or a hospital's department ("Khoa Luật, Trường Đại học X")
    | {("khoa",)}
    # the army's numbered units ("Sư đoàn 302, Quân khu 7", "Lữ đoàn 4 thuộc Quân đoàn 12")
    | {("sư",), ("lữ",)}
)
# Bodies a text in sentence case writes in lower case after a title ("Phó bí thư huyện ủy, Chủ
# tịch ủy ban nhân dân huyện Ea Kar").
_LOWER_CASE_BODIES = tuple(
    keys_of(b)
    for b in (
        "ủy ban nhân dân",
        "ủy ban mặt trận",
        "hội đồng nhân dân",
        "tỉnh ủy",
        "thành ủy",
        "huyện ủy",
        "quận ủy",
        "thị ủy",
        "đảng ủy",
    )
)
_OWNER_BODY_HEADS = (
    *(("tổng", "cục"), ("bộ",), ("ban",), ("sở",), ("ủy", "ban"), ("cục",)),
    # "Phòng Tổng hợp, Vụ Tổ chức cán bộ, Bộ Y tế", "Phòng X, Văn phòng Bộ Y tế": a unit's unit
    *(("vụ",), ("văn", "phòng")),
    # "Khoa Luật, Trường Đại học X", "Phòng Đào tạo, Học viện Y", "Khoa Nội, Bệnh viện Z"
    *(("trường",), ("đại", "học"), ("học", "viện"), ("bệnh", "viện"), ("viện",)),
    *(("quân", "khu"), ("quân", "đoàn"), ("quân", "chủng"), ("binh", "chủng")),
)


# Party roles that name their organ by themselves.
_ROLE_OF_ORGAN = {
    "tổng bí thư": "Ban Chấp hành Trung ương Đảng",
    "thường trực ban bí thư": "Ban Bí thư",
}


# The press's abbreviations of "Ủy viên Ban Thường vụ <committee>".
_STANDING_ABBREVIATIONS = {
    "TVTU": "Tỉnh ủy",
    "TVTƯ": "Tỉnh ủy",
    "TVHU": "Huyện ủy",
    "TVTHU": "Thành ủy",
    "TVQU": "Quận ủy",
}
# The committees a place's name completes ("Tỉnh ủy" + "Khánh Hòa").
_PLACED_COMMITTEES = frozenset(
    {("tỉnh", "ủy"), ("thành", "ủy"), ("huyện", "ủy"), ("quận", "ủy"), ("thị", "ủy")}
)
# The Party committees a standing board ("Thường vụ …") is written after.
_COMMITTEES_WITH_A_STANDING_BOARD = _PLACED_COMMITTEES | {("đảng", "ủy")}
# The press's abbreviations of "<committee> viên" (a member of that Party committee).
_MEMBER_ABBREVIATIONS = {"TUV": "Tỉnh ủy", "TƯV": "Tỉnh ủy", "HUV": "Huyện ủy", "ĐUV": "Đảng ủy"}
_ROMAN = re.compile(r"[IVXL]{1,5}")


@dataclass(frozen=True)
class Org:
    """An organisation named in a title: a graph entity, or an unknown label to mint."""

    label: str
    entity: Entity | None = None
    local: bool = False


@dataclass(frozen=True)
class Post:
    """A post title: the role, its organisation (None when bare) and its modifier."""

    role: Entity
    org: Org | None
    modifier: str | None = None

    @property
    def title(self) -> str:
        """The title as a reader would write it ("Phó Trưởng ban Thường trực")."""
        prefix = "Quyền " if self.modifier == "acting" else ""
        suffix = {"standing": " Thường trực", "first": " thứ nhất"}.get(self.modifier or "", "")
        return prefix + self.role.label + suffix


@dataclass(frozen=True)
class PartyRole:
    """A Party role ("Ủy viên") in a Party organ ("Trung ương Đảng")."""

    role: Entity
    organ: Entity


@dataclass(frozen=True)
class BlocRole:
    """A bloc role stated next to a person: ``leader`` or ``deputy``; ``elected``: the text says
    the unit was elected to it ("bầu X làm Cụm trưởng"), so with no year stated it holds in the
    year after a year-end review; ``handed``: the role was handed over to the unit ("bàn giao
    nhiệm vụ Trưởng khối cho X"), which takes it for the next term."""

    role: str
    year: int | None = None
    elected: bool = False
    handed: bool = False


@dataclass(frozen=True)
class Rank:
    """A rank as written; ``candidates`` are the same label in each force's ladder."""

    candidates: tuple[Entity, ...]


@dataclass(frozen=True)
class Former:
    """A title held in the past ("nguyên Phó Chủ tịch …"): read, to keep the chain, but not a
    post or Party role the person holds now."""

    item: "PartyRole | Post"


Item = Rank | PartyRole | Post | BlocRole | Former


@dataclass
class PersonMention:
    """One mention of an official in one sentence."""

    name: str
    span: Span
    tagged: Tagged
    known: tuple[Entity, ...] = ()
    ranks: list[Entity] = field(default_factory=list)
    party_roles: list[PartyRole] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    equivalents: list[str] = field(default_factory=list)
    bloc_roles: list[BlocRole] = field(default_factory=list)
    #: the index in ``posts`` of the first post with an agency written after each Party role
    #: (by the role's index): whose body a bare committee is ("Bí thư Đảng đoàn, Chủ tịch
    #: Liên hiệp Hội Đà Nẵng")
    next_post: dict[int, int] = field(default_factory=dict)

    @property
    def has_titles(self) -> bool:
        """True when the mention carries at least one title (or names a known official)."""
        return bool(self.known or self.ranks or self.party_roles or self.posts or self.bloc_roles)


# Head words a title may carry for its unit ("Trưởng ban", "Trưởng phòng").
_UNIT_HEADS = frozenset({"Ban", "Phòng", "Chi cục", "Khoa", "Tòa"})


class _Parser:
    def __init__(self, tagged: Tagged, gazetteer: Gazetteer) -> None:
        self.t = tagged
        self.g = gazetteer
        self.keys = [tok.key for tok in tagged.tokens]

    def is_name(self, i: int) -> bool:
        span = self.t.at.get(i)
        return (
            span is not None and span.kind is Kind.PERSON and not school_named_after(self.keys, i)
        )

    def item(self, i: int) -> tuple[Item | None, int]:
        """Parse one title item at token ``i``: (item, next index) or (None, i)."""
        if i >= len(self.t.tokens):
            return None, i  # a text cut off after "…, "
        if self.t.key(i) == "nguyên":  # "…, nguyên Bộ trưởng Bộ Tư pháp, Chủ tịch …"
            found, j = self._role(i + 1)
            return (Former(found), j) if isinstance(found, PartyRole | Post) else (None, i)
        for parse in (self._bloc_role, self._rank, self._committee_member, self._role):
            found, j = parse(i)
            if found is not None:
                if isinstance(found, PartyRole | Post) and self.t.key(i - 1) == "nguyên":
                    return Former(found), j  # "nguyên Phó Chủ tịch Hội Nhà báo Việt Nam"
                return found, j
        return None, i

    def _committee_member(self, i: int) -> tuple[Item | None, int]:
        """ "Tỉnh ủy viên", "Huyện ủy viên": a member (Ủy viên) of that Party committee, whose
        place :func:`complete_committees` takes from the person's post."""
        at, word = i, self.t.tokens[i].text
        if self.keys[i : i + 2] == ["ủy", "viên"]:
            # "Ủy viên Ban TVTU", "Ủy viên BTVTU": the abbreviation after the member's title
            after = i + 2 + (self.t.key(i + 2) == "ban")
            written = (
                self.t.tokens[after].text.removeprefix("B") if after < len(self.t.tokens) else ""
            )
            if written in _STANDING_ABBREVIATIONS:
                at, word = after, written
        standing = _STANDING_ABBREVIATIONS.get(word)
        if standing is not None:
            # "TVTU", "TVHU": Ủy viên Ban Thường vụ Tỉnh ủy / Huyện ủy, as the press writes it
            role = self.g.resolve("Ủy viên Ban Thường vụ", [Kind.PARTY_ROLE])
            if role is None:
                return None, i
            return PartyRole(role, minted_organ(standing)), at + 1
        if self.t.tokens[i].text == "Thường" and self.keys[i + 1 : i + 2] == ["vụ"]:
            return self._standing_seat(i + 2)
        committee = _MEMBER_ABBREVIATIONS.get(self.t.tokens[i].text)
        if committee is not None:  # "TUV", "HUV": Tỉnh ủy viên, Huyện ủy viên
            member = self.g.resolve("Ủy viên", [Kind.PARTY_ROLE])
            return (PartyRole(member, minted_organ(committee)), i + 1) if member else (None, i)
        head = tuple(self.keys[i : i + 3])
        if head[1:] != ("ủy", "viên") or head[0] not in _MEMBER_COMMITTEES:
            return None, i
        member = self.g.resolve("Ủy viên", [Kind.PARTY_ROLE])
        if member is None:
            return None, i
        label = f"{self.t.tokens[i].text[:1].upper()}{self.t.tokens[i].text[1:]} ủy"
        return PartyRole(member, minted_organ(label)), i + 3

    def _standing_seat(self, k: int) -> tuple[Item | None, int]:
        """ "Thường vụ Tỉnh ủy", "Thường vụ Đảng ủy Khối …": a seat on that committee's standing
        board (Ủy viên Ban Thường vụ), the committee named from ``k``; the place of a bare one
        comes from the person's post (:func:`complete_committees`)."""
        if tuple(self.keys[k : k + 2]) not in _COMMITTEES_WITH_A_STANDING_BOARD:
            return None, k - 2
        role = self.g.resolve("Ủy viên Ban Thường vụ", [Kind.PARTY_ROLE])
        if role is None:
            return None, k - 2
        span = self.t.at.get(k)
        if span is not None and span.of(Kind.PARTY_ORGAN):
            return PartyRole(role, span.of(Kind.PARTY_ORGAN)[0]), span.j
        label = f"{self.t.tokens[k].text} {self.t.tokens[k + 1].text}"
        return PartyRole(role, minted_organ(label)), k + 2

    def _rank(self, i: int) -> tuple[Item | None, int]:
        span = self.t.at.get(i)
        if span is not None and span.kind is Kind.RANK:
            return Rank(tuple(span.of(Kind.RANK))), span.j
        return None, i

    def _bloc_role(self, i: int) -> tuple[Item | None, int]:
        j = i
        while self.keys[j : j + 2] in (["đại", "diện"], ["đơn", "vị"]):
            j += 2
        span = self.t.at.get(j)
        if span is None or not span.of(Kind.BLOC_ROLE):
            return None, i
        if not span.of(Kind.BLOC_ROLE)[0].iri.endswith(("/leader", "/deputy")):
            return None, i  # a member's ("Thành viên"), no role in the bloc
        role = "deputy" if span.of(Kind.BLOC_ROLE)[0].iri.endswith("/deputy") else "leader"
        j = span.j
        if self.t.at.get(j) is not None and self.t.at[j].kind is Kind.BLOC:
            j = self.t.at[j].j
        elif self.t.key(j) in {"khối", "cụm"}:
            j += 3 if self.keys[j + 1 : j + 3] == ["thi", "đua"] else 1
            bare = self.keys[j - 1] in {"khối", "cụm"} and j < len(self.keys)
            if bare and (self.keys[j].isdigit() or _ROMAN.fullmatch(self.t.tokens[j].text)):
                j += 1  # "Cụm trưởng Cụm 4 Nguyễn Thành Trí": the bloc's number
        elif self.keys[j : j + 2] == ["thi", "đua"] and self.keys[j - 1] in {"khối", "cụm"}:
            j += 2  # "Trưởng khối thi đua II …": the role's "khối" opens the bloc's name
        elif self.keys[j : j + 3] == ["thi", "đua", "năm"]:
            j += 2  # "đơn vị cụm trưởng thi đua năm 2023": the year the role is for
        if self.keys[span.j - 2 : span.j] == ["thi", "đua"] or self.keys[j - 2 : j] == [
            "thi",
            "đua",
        ]:
            j += 1 if self.t.key(j) == "số" else 0
            number = self.t.tokens[j] if j < len(self.t.tokens) else None
            if number is not None and (number.key.isdigit() or _ROMAN.fullmatch(number.text)):
                j += 1  # "Khối trưởng Khối thi đua III Trịnh Ngọc Cường"
                parent = self.t.at.get(j)
                if parent is not None and parent.of(*ORGANISATIONS) and self.is_name(parent.j):
                    j = parent.j  # "… Khối thi đua II Văn phòng Quốc hội Tạ Thị Yến"
        year = None
        if self.t.key(j) == "năm" and self.t.key(j + 1).isdigit():
            year, j = int(self.t.key(j + 1)), j + 2
        return BlocRole(role, year), j

    def _committee_of_next_post(self, role: Entity, k: int) -> str | None:
        """The Party committee of a standing-committee member written with none ("Ủy viên Ban
        Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy Phú Yên"): the one whose department the post
        at ``k`` is in; None for any other role, or a post in no committee."""
        role_key = match_key(role.label)
        if role_key not in _COMMITTEE_ROLES:
            return None
        post, _ = self.item(k)
        if not isinstance(post, Post) or post.org is None:
            return None
        label = expand_label(post.org.label)
        found = _COMMITTEE_IN_NAME.search(label)
        if role_key == match_key("Ủy viên Ban Thường vụ") and found and found.start() > 0:
            return found.group(1)
        # "Phó Bí thư, Chủ tịch UBND huyện Yên Phong": the district's committee, whose place
        # :func:`complete_committees` takes from the post
        government = _LOCAL_GOVERNMENT.match(label)
        return _COMMITTEE_OF_PLACE[government.group(1).lower()] if government else None

    def _role(self, i: int) -> tuple[Item | None, int]:
        acting = self.t.key(i) == "quyền"
        j = i + 1 if acting else i
        span = self.t.at.get(j)
        if span is None or not span.of(Kind.POST_ROLE, Kind.PARTY_ROLE):
            return None, i
        j = span.j
        standing = self.keys[j : j + 2] == ["thường", "trực"]
        first = self.keys[j : j + 2] == ["thứ", "nhất"]  # "Phó Chủ tịch thứ nhất"
        j += 2 if standing or first else 0
        # "Phó Bí thư chuyên trách Đảng ủy …": full-time; "Phó Giám đốc phụ trách Sở …": in
        # charge of it; the same role
        j += 2 if self.keys[j : j + 2] in (["chuyên", "trách"], ["phụ", "trách"]) else 0
        start = j
        org, j = self._org(span, j)
        if org is not None:
            org, j = self._parent_in_parenthesis(org, j)
        title_next = self.t.at.get(j + 1)
        if (
            org is None
            and self.t.key(j) == ","
            and span.of(Kind.POST_ROLE)
            # "Kiểm sát viên cao cấp, Viện trưởng Viện kiểm sát …": a second title, not a unit
            and not (title_next is not None and title_next.of(Kind.POST_ROLE, Kind.PARTY_ROLE))
        ):
            # "Vụ trưởng, Văn phòng Đảng đoàn Quốc hội Vũ Khắc Định": the unit after a comma,
            # right before the name, is the bare title's
            after, end = self._org(span, j + 1)
            if after is not None:
                after, end = self._parent_in_parenthesis(after, end)
            closes = end >= len(self.keys) or not self.t.tokens[end].is_capitalised
            if after is not None and end > j + 1 and (self.is_name(end) or closes):
                org, j = after, end  # "…, Chỉ huy trưởng, Bộ CHQS tỉnh phát biểu"
        party = span.of(Kind.PARTY_ROLE)
        organ = org.entity if org is not None and org.entity else None
        implied_label = _ROLE_OF_ORGAN.get(match_key(party[0].label)) if party else None
        if party and implied_label == "Ban Bí thư":
            # "Thường trực Ban Bí thư (Trung ương Đảng)": always the Secretariat's
            implied = self.g.resolve(implied_label, [Kind.PARTY_ORGAN])
            central = organ is not None and organ.kind is Kind.PARTY_ORGAN
            if implied is not None:
                return PartyRole(party[0], implied), j if central else start
        if party and org is not None and organ is None and _is_party_body(org.label):
            # "Ủy viên Bộ Chính trị", "Ủy viên BTV Tỉnh ủy": a Party body the graph lacks
            return PartyRole(party[0], minted_organ(org.label)), j
        if party and organ is not None and _is_secretariat_member(party[0], organ, self, start, j):
            secretariat = self.g.resolve("Ban Bí thư", [Kind.PARTY_ORGAN])
            member = self.g.resolve("Ủy viên", [Kind.PARTY_ROLE])
            if secretariat is not None and member is not None:
                return PartyRole(member, secretariat), j
        if (
            party
            and organ is not None
            and organ.kind is Kind.PARTY_ORGAN
            and (not span.of(Kind.POST_ROLE) or _is_committee(organ))
        ):
            return PartyRole(party[0], organ), j
        if party and org is None and match_key(party[0].label) in _ROLE_OF_ORGAN:
            # "Tổng Bí thư Tô Lâm": the General Secretary of the Central Committee
            implied = self.g.resolve(_ROLE_OF_ORGAN[match_key(party[0].label)], [Kind.PARTY_ORGAN])
            if implied is not None:
                return PartyRole(party[0], implied), j
        if party and org is None and self.t.key(j) in {",", "-", "–"}:
            # ("Ủy viên Ban Thường vụ – Chủ tịch UBMTTQVN phường …": a dash between titles)
            committee = self._committee_of_next_post(party[0], j + 1)
            if committee is not None:
                # "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy Phú Yên": a member of
                # the committee whose department the next post is in
                return PartyRole(party[0], minted_organ(committee)), j
        roles = span.of(Kind.POST_ROLE)
        if party and not roles and org is not None and _youth_union(org):
            # "Bí thư thứ nhất Trung ương Đoàn": a post of the Youth Union, not a Party role
            roles = [_youth_secretary(party[0])]
        board = _board_of_mass_organisation(org.label) if party and org is not None else None
        seat = bool(party) and keys_of(party[0].label)[:2] == ("ủy", "viên")
        if board is not None and org is not None and (seat or not roles):
            # "Ủy viên Ban Chấp hành Hội Luật gia Việt Nam", "Ủy viên Thường vụ Trung ương Hội
            # Cựu chiến binh Việt Nam": a seat on a mass organisation's board, a post of it
            # (a member's seat is on the board; a secretary's post is the organisation's: "Bí
            # thư thường trực Ban Chấp hành Trung ương Đoàn")
            title = self.t.surface(span.i, span.j) + (f" {board[0]}" if seat else "")
            roles = [_youth_secretary(replace(party[0], label=title.strip()))]
            if board[0]:
                known = self.g.resolve(board[1], ORGANISATIONS)
                org = Org(board[1], known, local=org.local)
        if not roles:
            return None, i
        modifier = "acting" if acting else "standing" if standing else "first" if first else None
        if self.keys[j : j + 2] == ["thường", "trực"] and modifier is None:
            modifier, j = "standing", j + 2
        if keys_of(roles[0].label)[-3:] == ("chánh", "thanh", "tra"):
            org, j = self._inspectorate(org, j)
        if keys_of(roles[0].label)[-2:] == ("văn", "phòng") and org is not None and j > start:
            org = self._office(org, start, j)
        if org is not None and org.entity is None:
            org = replace(org, label=without_term(org.label))  # "HĐND tỉnh khóa X"
        return Post(roles[0], org, modifier), j

    def _office(self, org: Org, start: int, end: int) -> Org:
        """The office a "Chánh Văn phòng" heads, when the graph knows it by that name: "Chánh
        Văn phòng Trung ương Đảng" heads the Văn phòng Trung ương Đảng, not the Central
        Committee; an office the graph lacks stays its body's post ("Chánh Văn phòng UBND
        tỉnh")."""
        office = self.g.resolve(f"Văn phòng {self.t.surface(start, end)}", ORGANISATIONS)
        if office is None or office.minted or office is org.entity:
            return org
        return Org(office.label, office)

    def _parent_in_parenthesis(self, org: Org, j: int) -> tuple[Org, int]:
        """A department the graph does not know, with its ministry or body in parentheses right
        after it: "Vụ Tổ chức cán bộ (Bộ NN-PTNT)" is that ministry's department."""
        if org.entity is not None or self.t.key(j) != "(" or keys_of(org.label)[:1] not in _UNITS:
            return org, j
        close = next(
            (k for k in range(j + 1, min(j + 12, len(self.keys))) if self.keys[k] == ")"), None
        )
        if close is None or close == j + 1:
            return org, j
        parent = expand_label(self.t.surface(j + 1, close))  # "Bộ NN-PTNT" written out
        if self.g.resolve(parent, ORGANISATIONS) is None:
            return org, j
        return Org(f"{org.label} {parent}", None, local=org.local), close + 1

    def _inspectorate(self, org: Org | None, j: int) -> tuple[Org | None, int]:
        """The inspectorate a Chief Inspector heads: "Chánh Thanh tra Sở Tài chính" is the head
        of Thanh tra Sở Tài chính; "Phó Chánh Thanh tra tỉnh Nghệ An" of Thanh tra tỉnh Nghệ An."""
        if org is not None:
            if keys_of(org.label)[:2] == ("thanh", "tra"):
                return org, j
            return Org(f"Thanh tra {org.label}", None, local=org.local), j
        if j < len(self.keys) and is_local_after(self.t.tokens, j):
            end = local_extent(self.t.tokens, j)
            return Org(f"Thanh tra {self.t.surface(j, end)}", None, local=True), end
        return None, j

    def _org(self, role: Span, j: int) -> tuple[Org | None, int]:
        org, end = self._org_at(role, j)
        return self._with_province_past_comma(org, end)

    def _with_province_past_comma(self, org: Org | None, end: int) -> tuple[Org | None, int]:
        """A district's or commune's unit with the province written after a comma: "Hội đồng
        nhân dân huyện Chương Mỹ, thành phố Hà Nội" (then the name, or a title)."""
        if org is None or self.t.key(end) != "," or not _names_district(org.label):
            return org, end
        district = self._district_past_comma(org, end)
        if district is not None:
            # "Ủy ban nhân dân phường Sơn Kỳ, quận Tân Phú(, Thành phố Hồ Chí Minh)"
            org = Org(f"{org.label} {self.t.surface(end + 1, district)}", org.entity, local=True)
            end = district
            if self.t.key(end) != ",":
                return org, end
        word = end + 1
        if self.keys[word : word + 1] in (["tỉnh"], ["tp"]):
            word += 1 + (self.t.key(word + 1) == ".")
        elif self.keys[word : word + 2] == ["thành", "phố"]:
            word += 2
        else:
            return org, end
        # the province tagged with its kind ("thành phố Hà Nội"), or after it ("TP Hồ Chí Minh")
        spans = (self.t.at.get(end + 1), self.t.at.get(word))
        place = next((s for s in spans if s is not None and s.kind is Kind.PLACE), None)
        if place is None:
            return org, end
        label = f"{org.label} {self.t.surface(end + 1, place.j)}"
        return Org(label, org.entity, local=True), place.j

    def _district_past_comma(self, org: Org, comma: int) -> int | None:
        """The end of the district a commune's unit ending at ``comma`` is in, written after
        it ("phường Sơn Kỳ, quận Tân Phú"), or None (a province, or no district)."""
        keys = keys_of(org.label)
        commune = any(
            k in _COMMUNE_WORDS and keys[m - 1 : m] != ("thị",) for m, k in enumerate(keys)
        )
        word = comma + 1
        if not commune or self.t.at.get(word) is not None:
            return None  # (a province the graph knows: the caller's)
        if self.keys[word : word + 2] in (["thị", "xã"], ["thành", "phố"]):
            word += 2
        elif self.keys[word : word + 1] in (["huyện"], ["quận"]):
            word += 1
        else:
            return None
        if self.t.at.get(word) is not None:
            return None  # "…, thành phố Hà Nội": a province
        end = word
        while end < len(self.keys) and end - word < 4 and self.t.tokens[end].is_capitalised:
            if self.is_name(end):
                break  # "quận Tân Phú Phạm Thị Thanh Thủy": then the person
            end += 1
        return end if end > word else None

    def _org_at(self, role: Span, j: int) -> tuple[Org | None, int]:
        span = self.t.at.get(j)
        if span is not None and span.of(*ORGANISATIONS):
            implied = self._implied_body(role, span)
            if implied is not None:
                # "Phó Tổng Thanh tra Chính phủ": a post in Thanh tra Chính phủ, which the
                # title's own head word names with the body after it
                return Org(implied.label, implied), span.j
            if span.local:
                end = local_extent(self.t.tokens, span.j)
                return Org(self.t.surface(j, end), None, local=True), end
            force = _force_after(self.keys, span.j)
            if force > span.j:
                # "Học viện Chính trị Công an nhân dân", "Tổng cục Chính trị CAND": the police's
                # (or army's) body of that name, not the one the graph knows by the shorter name
                return Org(self.t.surface(j, force), None), force
            owner = self._owner_after(span.j)
            if owner is not None:
                # "Trưởng ban Tổ chức T.Ư Hội Nông dân Việt Nam": a board of that association,
                # not the Party's Ban Tổ chức Trung ương
                return Org(f"{span.text} {owner[0].label}", None), owner[1]
            region = region_after(self.t, span.j)
            if region is not None:
                # "Giám đốc Kho bạc Nhà nước khu vực V": the body's unit in that region
                return Org(f"{span.text} {self.t.surface(*region)}", None), region[1]
            return Org(span.text, span.of(*ORGANISATIONS)[0]), span.j
        if span is not None and span.kind is Kind.FORCE and span.j - span.i >= 2:
            # "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam": a post of the force itself
            return Org(span.text, span.entities[0]), span.j
        implicit = (
            self._delegations_office(role, j)
            or self._implicit(role, j)
            or self._delegation(role, j)
            or self._chair_of(role, j)
            or self._police_of(role, j)
        )
        if implicit is not None:
            return implicit
        unknown = self._unknown_org(j)
        if unknown is not None:
            return unknown
        service = self._service_at(j)
        if service is not None:
            return service
        return self._inside_role(role), j

    def _delegation(self, role: Span, j: int) -> tuple[Org, int] | None:
        """ "Trưởng đoàn Đại biểu Quốc hội tỉnh X", "Phó Trưởng đoàn ĐBQH tỉnh": the province's
        National Assembly delegation (Đoàn đại biểu Quốc hội), to the end of its place."""
        if not " ".join(self.keys[role.i : role.j]).endswith("trưởng đoàn"):
            return None
        if self.keys[j : j + 4] == ["đại", "biểu", "quốc", "hội"]:
            end = j + 4
        elif self.keys[j : j + 1] == ["đbqh"]:
            end = j + 1
        else:
            return None
        if not is_local_after(self.t.tokens, end):
            return None
        stop = local_extent(self.t.tokens, end)
        place = self.t.surface(end, stop)
        return Org(f"Đoàn đại biểu Quốc hội {place}", None, local=True), stop

    def _delegations_office(self, role: Span, j: int) -> tuple[Org, int] | None:
        """ "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh X": the head of the province's joint office
        of its National Assembly delegation and People's Council (Văn phòng Đoàn ĐBQH và HĐND),
        not of the delegation."""
        if not " ".join(self.keys[role.i : role.j]).endswith("chánh văn phòng"):
            return None
        keys = self.keys
        if keys[j : j + 2] == ["đoàn", "đbqh"]:
            end = j + 2
        elif keys[j : j + 5] == ["đoàn", "đại", "biểu", "quốc", "hội"]:
            end = j + 5
        else:
            return None
        if keys[end : end + 2] == ["và", "hđnd"]:
            end += 2
        elif keys[end : end + 4] == ["và", "hội", "đồng", "nhân"] and self.t.key(end + 4) == "dân":
            end += 5
        else:
            return None
        if not is_local_after(self.t.tokens, end):
            return None
        stop = local_extent(self.t.tokens, end)
        return Org(f"Văn phòng {self.t.surface(j, stop)}", None, local=True), stop

    def _chair_of(self, role: Span, j: int) -> tuple[Org, int] | None:
        """ "Chủ tịch tỉnh Thừa Thiên Huế", "Phó Chủ tịch huyện Ea Kar": the chair of a place
        is the chair of its People's Committee, as the press shortens it."""
        titles = role.of(Kind.POST_ROLE)
        if not titles or keys_of(titles[0].label) not in _CHAIRS:
            return None
        if self.t.key(j) not in _PLACE_HEADS or self.t.key(j + 1) in {"ủy", "đoàn"}:
            return None  # "Chủ tịch Tỉnh ủy"? no such post; "tỉnh đoàn" is the Youth Union's
        end = local_extent(self.t.tokens, j)
        if end <= j + 1 or not self.t.tokens[end - 1].is_capitalised:
            return None
        return Org(f"Ủy ban nhân dân {self.t.surface(j, end)}", None, local=True), end

    def _police_of(self, role: Span, j: int) -> tuple[Org, int] | None:
        """ "Trưởng Công an huyện Quỳnh Lưu": the title names the level, the place follows; the
        post is in that place's police (Công an huyện Quỳnh Lưu)."""
        titles = role.of(Kind.POST_ROLE)
        keys = keys_of(titles[0].label) if titles else ()
        at = next((k for k in range(len(keys) - 2) if keys[k : k + 3] == _POLICE), None)
        if at is None or at + 3 == len(keys):
            return None
        end = j
        while end < len(self.keys) and end - j < 4 and not self.is_name(end):
            token = self.t.tokens[end]
            if not (token.is_capitalised or token.key.isdigit()):
                break
            end += 1
        if end == j:
            return None
        level = self.t.surface(role.i, role.j).split()[at + 3 :]
        label = f"Công an {' '.join(level).lower()} {self.t.surface(j, end)}"
        return Org(label, None, local=True), end

    def _service_at(self, j: int) -> tuple[Org, int] | None:
        """A service of the army named bare after a title ("Chính ủy Hải quân"): the Quân chủng."""
        for words in _SERVICES:
            end = j + len(words)
            if tuple(self.keys[j:end]) == words and self.t.tokens[j].is_capitalised:
                return Org(f"Quân chủng {self.t.surface(j, end)}", None), end
        return None

    def _owner_after(self, k: int) -> tuple[Org, int] | None:
        """An association or mass organisation named right after a known body at ``k`` (no
        comma between), and where its name ends: the body is then its unit ("Ban Tổ chức
        Trung ương Hội Nông dân")."""
        if k >= len(self.keys) or not self.t.tokens[k].is_capitalised or self.is_name(k):
            return None
        if self.keys[k] not in _OWNER_HEADS:
            return None
        span = self.t.at.get(k)
        if span is not None and span.of(*ORGANISATIONS):
            return Org(span.text, span.of(*ORGANISATIONS)[0]), span.j
        return self._unknown_org(k)

    def _implied_head(self, role: Span) -> str | None:
        """The head word a title implies for its unit ("Cục trưởng" → "Cục"); the longest title
        that fits: "Chi cục trưởng" before "Cục trưởng"."""
        role_keys = " ".join(self.keys[role.i : role.j])
        endings = [k for k in IMPLICIT_HEAD if role_keys.endswith(k)]
        return IMPLICIT_HEAD[max(endings, key=len)] if endings else None

    def _implied_body(self, role: Span, span: Span) -> Entity | None:
        """The body the graph knows by the title's head word and the name after the title
        ("Tổng Thanh tra" + "Chính phủ" = "Thanh tra Chính phủ"), or None."""
        implied = self._implied_head(role)
        if implied is None:
            return None
        head = keys_of(implied)
        named = self.keys[span.i : span.j]
        if tuple(named[: len(head)]) == head:
            return None
        found = self.g.lookup((*head, *named), ORGANISATIONS)
        return next((e for e in found if not e.minted), None)

    def _implicit(self, role: Span, j: int) -> tuple[Org, int] | None:
        head = self._implied_head(role)
        if head is None or j >= len(self.keys):
            return None
        head_keys = list(keys_of(head))
        again = (
            self.keys[j : j + len(head_keys)] == head_keys and not self.t.tokens[j].is_capitalised
        )
        if again and j + len(head_keys) < len(self.keys):
            # "Phó Vụ trưởng vụ Thi đua - Khen thưởng", "Trưởng phòng, phòng Tổ chức cán bộ": the
            # head written again in lower case
            unknown = self._unknown_org(j + len(head_keys), headed=True)
            if unknown is not None and self.t.tokens[j + len(head_keys)].is_capitalised:
                org, end = unknown
                return self._owned_past_comma(replace(org, label=f"{head} {org.label}"), end)
        length, found = self.g.longest(head_keys + self.keys[j:], 0, ORGANISATIONS)
        if not self.t.tokens[j].is_capitalised and length <= len(head_keys) + 1:
            # lower case goes on only into a body the graph knows: "Trưởng đoàn đại biểu Quốc
            # hội tỉnh" is the province's National Assembly delegation; or into a unit of the
            # title's head whose name ends with a place ("Phó trưởng ban quản lý rừng phòng hộ
            # Bình Chánh - Củ Chi", "Phó trưởng ban thi đua khen thưởng tỉnh")
            lower = self._lower_case_unit(j) if head in _UNIT_HEADS else None
            return (Org(f"{head} {lower[0]}", None), lower[1]) if lower else None
        if length <= len(head_keys):
            # "Trưởng phòng Cảnh sát giao thông Công an tỉnh X", "Cục trưởng Cảnh sát giao
            # thông": a police department's name
            police = head in {"Phòng", "Cục"} and self.keys[j : j + 2] in (
                ["cảnh", "sát"],
                ["an", "ninh"],  # "Cục trưởng An ninh nội địa": Cục An ninh nội địa
            )
            system = any(self.keys[j : j + len(h)] == list(h) for h in _SYSTEM_HEADS)
            if (head not in _UNIT_HEADS and not police) or (
                org_head_at(self.keys, j) and not (police or system)
            ):
                return None
            # "Phó Trưởng ban Tuyên giáo Tỉnh ủy", "Trưởng phòng Tổ chức cán bộ Công an tỉnh
            # Nghệ An": a unit the graph lacks, named after the title's own head word
            unknown = self._unknown_org(j, headed=True)
            if unknown is None:
                return None
            org, end = unknown
            if keys_of(org.label)[: len(head_keys)] == tuple(head_keys):
                return org, end  # "Trưởng phòng Phòng Tổng hợp": the head written again
            # "Trưởng phòng Thi đua - Khen thưởng, Sở Nội vụ tỉnh X": the Sở's department
            return self._owned_past_comma(replace(org, label=f"{head} {org.label}"), end)
        end = j + length - len(head_keys)
        owner = self._owner_after(end)
        if owner is not None:  # "Trưởng ban Tổ chức T.Ư Hội NDVN": the association's board
            label = f"{head} {self.t.surface(j, end)} {owner[0].label}"
            return Org(label, None), owner[1]
        return Org(head + " " + self.t.surface(j, end), found[0]), end

    def _lower_case_unit(self, j: int) -> tuple[str, int] | None:
        """The rest of a unit's name written in lower case from ``j`` and where it ends, when
        it ends with a place ("quản lý rừng phòng hộ Bình Chánh - Củ Chi", "thi đua khen
        thưởng tỉnh") or is the emulation board's ("thi đua khen thưởng"); None otherwise."""
        tokens, keys = self.t.tokens, self.keys
        end = j
        while end < len(tokens) and end - j < 10 and tokens[end].is_word:
            personnel = keys[end : end + 2] == ["tổ", "chức"] and self.t.key(end + 2) in {
                "cán",
                "hành",
                "-",
            }  # "Trưởng phòng tổ chức cán bộ": the personnel division, not "organises"
            if (keys[end] in _ORG_STOP and not personnel) or keys[end] == "và" or self.is_name(end):
                break
            if tokens[end].is_capitalised or is_local_after(tokens, end):
                break
            end += 1
        if end == j:
            return None
        span = self.t.at.get(end)
        if span is not None and span.of(*ORGANISATIONS):
            # "Trưởng phòng 11 Viện kiểm sát nhân dân thành phố Hải Phòng": a unit of that body
            stop = local_extent(tokens, span.j) if span.local else span.j
            return self.t.surface(j, stop), stop
        if end < len(tokens) and tokens[end].is_capitalised and org_head_at(keys, end):
            owner = self._unknown_org(end)
            return (self.t.surface(j, owner[1]), owner[1]) if owner else None
        if end < len(tokens) and (tokens[end].is_capitalised or is_local_after(tokens, end)):
            stop = local_extent(tokens, end) if is_local_after(tokens, end) else end
            while stop < len(tokens) and (
                tokens[stop].is_capitalised
                or (
                    keys[stop] in {"-", "–"}
                    and self.t.key(stop + 1)
                    and tokens[stop + 1].is_capitalised
                )
            ):
                stop += 1
            if stop < len(tokens) and is_local_after(tokens, stop):
                stop = local_extent(tokens, stop)  # "Ban xây dựng Đảng xã Trung Hưng"
            ended = stop >= len(tokens) or not tokens[stop].is_word or keys[stop] in _ORG_STOP
            if stop > end and ended and not self.is_name(end):
                # (not "Phòng an ninh Chính trị Nội bộ công an …": a capital inside the name)
                return self.t.surface(j, stop), stop
            if keys[end] == "tỉnh" or keys[end : end + 2] == ["thành", "phố"]:
                bare = end + (1 if keys[end] == "tỉnh" else 2)
                return self.t.surface(j, bare), bare  # "… tỉnh;": the report's province's
            return None
        if keys[j:end] in (["thi", "đua", "khen", "thưởng"], ["thi", "đua", "-", "khen", "thưởng"]):
            return self.t.surface(j, end), end
        return None

    def _inside_role(self, role: Span) -> Org | None:
        """ "Tổng Kiểm toán Nhà nước": the role's own label ends with an agency name; "Thủ
        tướng", "Phó Thủ tướng": the Government's head and deputies (Constitution, art. 95)."""
        keys = keys_of(role.of(Kind.POST_ROLE, Kind.PARTY_ROLE)[0].label)
        if keys in _HEADS_OF_GOVERNMENT:
            found = self.g.lookup(keys_of("Chính phủ"), ORGANISATIONS)
            if found:
                return Org(found[0].label, found[0])
        for k in range(1, len(keys)):
            found = self.g.lookup(keys[k:], ORGANISATIONS)
            if found:
                return Org(found[0].label, found[0])
        return None

    def _unknown_org(self, j: int, *, headed: bool = False) -> tuple[Org, int] | None:
        """An organisation the graph lacks at ``j`` ("Sở Nội vụ tỉnh Lạng Sơn"); ``headed``:
        its head word is in the title before it, so any capitalised word may start it."""
        tokens = self.t.tokens
        if j >= len(tokens):
            return None
        # "Chủ tịch hội Luật gia Việt Nam", "Giám đốc sở Tư pháp": a head written in lower case
        lowered = (
            self.keys[j] in {"hội", "sở"} and j + 1 < len(tokens) and tokens[j + 1].is_capitalised
        ) or any(self.keys[j : j + len(h)] == list(h) for h in _LOWER_CASE_BODIES)
        if not tokens[j].is_capitalised and not (lowered and not self.is_name(j + 1)):
            return None
        # "Giám đốc BIDV chi nhánh Đồng Nai", "Giám đốc VNPT Đồng Nai": a company known by an
        # acronym the tagger read as nothing
        acronym = is_company_acronym(tokens[j].text) and j not in self.t.at
        # "Đội Quản lý thị trường số 3", "Agribank chi nhánh tỉnh": a unit's own kind of head
        capitalised = capitalised_head_at(self.t, j) or brand_at(self.t, j)
        if not headed and not org_head_at(self.keys, j) and not acronym and not capitalised:
            return None
        # "Sở Văn hóa, Thể thao và Du lịch": a sector's name, commas and all; "Bộ Tư lệnh
        # Cảnh vệ": a head of several words, one of them a title's
        end = max(j + 1, past_sector(self.keys, j + 1, self.g), j + org_head_length(self.keys, j))
        while end < len(tokens) and end - j < 20:
            if self.keys[end] == "," and self._inside_abbreviation(end):
                end += 1  # "Sở VH,TT&DL": a comma inside an abbreviation
                continue
            if self.keys[end] == "," and (run := self._name_after_comma(end)):
                end = run  # "Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"
                continue
            if self.keys[end - 2 : end + 3] == ["thi", "đua", ",", "khen", "thưởng"]:
                end += 3  # "Ban Thi đua, Khen thưởng tỉnh": one name, as with a dash
                continue
            region = region_after(self.t, end) if self.keys[end] == "(" else None
            if region is not None:
                # "Chi cục Dự trữ Nhà nước (DTNN) khu vực I": the name, then its region
                label = f"{self.t.surface(j, end)} {self.t.surface(*region)}"
                return Org(label[:1].upper() + label[1:], None), region[1]
            if self.keys[end] in _SEPARATORS or self.is_name(end):
                break
            known = self.t.at.get(end)
            if end > j and known is not None and known.of(*ORGANISATIONS) and known.j > end + 1:
                end = known.j  # "Vụ … Bộ Văn hóa, Thể thao và Du lịch": the parent, commas and all
                continue
            named = self.keys[end - 2 : end] == ["việt", "nam"] or self.keys[end - 1].isdigit()
            # "… - Tổng cục Chính trị CAND đề nghị", "Vụ X Bộ Tư pháp đề nghị": a body or a
            # force the graph knows ends the name
            named = named or any(
                s.j == end and s.of(*ORGANISATIONS, Kind.FORCE) for s in self.t.spans if s.i > j
            )
            lower = tokens[end].is_word and not tokens[end].is_capitalised
            if named and lower and self.keys[end] not in PLACE_GOES_ON:
                # "Hội CCB Việt Nam làm trưởng đoàn", "VKSQS Quân đoàn 34 làm …": a national
                # body's or a numbered unit's name ends there
                break
            if self.keys[end : end + 2] in (
                ["đồng", "chí"],
                ["đồng", "chủ"],  # "… Cục Công Thương địa phương đồng chủ trì hội nghị"
                ["biểu", "dương"],
                ["báo", "cáo"],  # "… Hội CCB Việt Nam Báo cáo tổng kết …": a report, no name
                ["hội", "nghị"],
                ["thông", "qua"],  # "… Trung tâm X thông qua quyết định …": a clause's verb
                ["tái", "cử"],  # "Chủ tịch UBND huyện tái cử chức danh …": re-elected
                ["tái", "đắc"],
                ["trúng", "cử"],
            ) and not (tokens[end].is_capitalised and self._in_a_place(end)):
                # (not "… tỉnh Lâm Đồng chủ trì": "Đồng" ends the province's name)
                break  # "Giám đốc Sở X đồng chí Y", "… Hải quân biểu dương …" (not "đại biểu")
            if (
                self.keys[end] in _ORG_STOP
                and not tokens[end].is_capitalised
                and tuple(self.keys[end : end + 2]) not in _NOUNS_NOT_VERBS
                and tuple(self.keys[end - 1 : end + 1]) not in _NOUNS_NOT_VERBS
                and not (self.keys[end] == "đại" and self.t.key(end + 1) != "diện")
                # "Hội Nhà báo": a name; "báo cáo" (reports), a verb
                and not (self.keys[end] == "báo" and self.t.key(end + 1) != "cáo")
                # "Ủy ban Nhà nước về người Việt Nam ở nước ngoài": a State committee's field
                and not (self.keys[end] == "về" and self.keys[end - 2 : end] == ["nhà", "nước"])
                # "Cục Cảnh sát điều tra tội phạm về ma túy": a police department's field
                and not (self.keys[end] == "về" and self.keys[end - 2 : end] == ["tội", "phạm"])
                and not (
                    self.keys[end : end + 2] == ["điều", "tra"]
                    and self.keys[end - 2 : end] == ["cảnh", "sát"]
                )
                # "Liên hiệp các tổ chức hữu nghị": organisations, not "tổ chức" (holds);
                # "Vụ tổ chức cán bộ" in sentence case: personnel, a department's name
                and not (self.keys[end] == "tổ" and self.keys[end - 1] == "các")
                and self.keys[end : end + 4] != ["tổ", "chức", "cán", "bộ"]
            ):
                break
            if self.keys[end] == "tại" and self.keys[end - 2 : end] == ["cấp", "cao"]:
                end += 1  # "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh": one name
                continue
            if self.keys[end] == "và" and self._other_follows(end + 1):
                break  # "Sở Công Thương và ông …", "Sở A và Sở B"
            if self.keys[end] == "và" and self.t.key(end + 1).isdigit():
                break  # "… Huyện ủy Sơn Hòa và 5 người ứng cử …": a count, not the name
            if self.keys[end] in {"-", "–"} and self.keys[end + 1 : end + 3] == ["ảnh", ":"]:
                break  # "… Tòa án nhân dân tỉnh Tây Ninh - Ảnh: HUỲNH MINH": a photo's credit
            role = self.t.at.get(end + 1) if self.keys[end] == "và" else None
            if role is not None and role.of(Kind.POST_ROLE, Kind.PARTY_ROLE):
                break  # "Phó Bí thư Đoàn khối các cơ quan Tỉnh và Bí thư của các cơ sở": a title
            if self.keys[end] in {"và", ","} and self._bloc_role(end + 1)[0] is not None:
                break  # "Cụm trưởng là Sở A và Cụm phó là Sở B": the next role's clause
            if self.keys[end] in {"-", "–"} and self._title_follows(end + 1):
                break  # "Cục X - Thường trực Hội đồng …", "Sở Y - đơn vị Khối trưởng"
            if end > j and caption_verb(tokens, end):
                break  # "Giám đốc Sở X Hà Tinh Chủ trì hội nghị": a caption's verb
            if self.keys[end] in {"-", "–"} and (
                self.is_name(end + 1) or self.t.key(end + 1) in {"ông", "bà", "đồng"}
            ):
                break  # "Giám đốc Sở X Long An - Võ Minh Thành", "… – ông Nguyễn Văn Minh"
            if past_place(tokens, j, end):
                break  # "VKSND tỉnh Tuyên Quang nhận Cờ …": a unit's name ends with its place
            inside = self.t.at.get(end)
            school = inside is not None and school_named_after(self.keys, end)
            if (
                inside is not None
                and inside.kind not in (*ORGANISATIONS, Kind.PLACE, Kind.FORCE)
                and not school  # "Trường Chính trị Phạm Hùng": the school's name goes on
            ):
                # "Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh" reads through "MTTQ Việt Nam"; "Học viện
                # Chính trị Công an nhân dân" through the force's name
                break
            end += 1
        trimmed = end
        while end > j + 1 and self.keys[end - 1] in {"-", "–", "và", ",", "về"}:
            end -= 1  # "Ban Tuyên giáo Tỉnh ủy Hưng Yên - dự …": the dash opens the clause
        if end < trimmed and end == j + 1 and not tokens[j].text.isupper():
            return None  # "… làm Chủ tịch Hội và bầu …": a head alone names no body
        local = any(
            self.keys[k] in ("tỉnh", "huyện", "quận", "xã")
            and self.keys[k : k + 2] != ["xã", "hội"]  # "Lao động và Xã hội": a sector
            for k in range(j, end)
        )
        label = self.t.surface(j, end)
        label = label[:1].upper() + label[1:]
        parent = self.t.at.get(end + 1) if self.t.key(end) == "," else None
        if parent is not None and parent.of(*ORGANISATIONS) and not local:
            # "Cục Công tác Đảng và Công tác chính trị, Bộ Công an": the unit of that ministry
            return Org(f"{label} {parent.text}", None, local=False), parent.j
        if parent is None:
            return self._owned_past_comma(Org(label, None, local=local), end)
        return Org(label, None, local=local), end

    def _in_a_place(self, k: int) -> bool:
        """Whether token ``k`` is inside a place's name the tagger read."""
        place = span_covering(self.t, k)
        return place is not None and place.kind is Kind.PLACE

    def _owned_past_comma(self, org: Org, end: int) -> tuple[Org, int]:
        """A unit ending at ``end``, with the body it belongs to when a comma and that body
        follow: "Cục Tuyên huấn, Tổng cục Chính trị", "Phòng Nghiệp vụ, Ban Thi đua - Khen
        thưởng tỉnh Quảng Trị"."""
        sub_unit = keys_of(org.label)[:1] in _SUB_UNIT_HEADS and not org.local
        # "Sư đoàn 302 thuộc Quân khu 7": the owner after "thuộc" (belonging to) as after a comma
        joined = self.t.key(end) == "," or (
            self.t.key(end) == "thuộc" and self._owner_head(end + 1)
        )
        if sub_unit and joined and not self.is_name(end + 1):
            owner = self._unknown_org(end + 1) if self._owner_head(end + 1) else None
            if owner is not None:
                label = f"{org.label} {owner[0].label}"
                return Org(label, None, local=owner[0].local), owner[1]
            known = self.t.at.get(end + 1)
            if known is not None and known.of(*ORGANISATIONS) and not known.local:
                # "Phòng Tổng hợp, Vụ Tổ chức cán bộ, Bộ Y tế": the owner's own owner, known
                return Org(f"{org.label} {known.text}", None, local=False), known.j
        return org, end

    def _owner_head(self, k: int) -> bool:
        """Whether a body that can own a unit starts at ``k`` ("Tổng cục …", "Ban …", "Bộ …"),
        not a title ("Vụ trưởng", "Chánh Văn phòng")."""
        title = self.t.at.get(k)
        return (
            k < len(self.keys)
            and self.t.tokens[k].is_capitalised
            and any(tuple(self.keys[k : k + len(h)]) == h for h in _OWNER_BODY_HEADS)
            and not (title is not None and title.of(Kind.POST_ROLE, Kind.PARTY_ROLE))
        )

    def _inside_abbreviation(self, comma: int) -> bool:
        """Whether the comma at ``comma`` stands between two capitals-only words ("VH,TT&DL")."""
        tokens = self.t.tokens
        if comma + 1 >= len(tokens) or comma == 0:
            return False
        after = tokens[comma + 1]
        if _degree_end(tokens, comma + 1) > comma + 1:
            return False  # "Học viện Chính trị khu vực II, PGS.TS A": a degree, then a name
        return tokens[comma - 1].text.isupper() and after.text.isupper() and after.is_word

    def _name_after_comma(self, comma: int) -> int:
        """Where a name goes on past the comma at ``comma``, or 0: a few lower-case words that
        lead to "và" and a capitalised word, or to another comma and an organisation ("Cục
        Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý"; "Cục Đào tạo, bồi dưỡng cán bộ,
        Ban Tổ chức Trung ương"), or to its owner in parentheses; never a clause ("Cục X, cho
        biết …")."""
        tokens, k = self.t.tokens, comma + 1
        while k < len(tokens) and k - comma <= 6:
            token = tokens[k]
            if not token.is_word or token.is_capitalised or token.key in _CLAUSE_WORDS:
                break
            if token.key == "và":
                after = k + 1 < len(tokens) and tokens[k + 1].is_capitalised
                return k + 1 if after and k > comma + 1 and not self.is_name(k + 1) else 0
            if self.t.at.get(k) is not None:
                return 0  # a title or a name starts: the list of titles goes on
            k += 1
        if (
            k > comma + 1
            and self.keys[k : k + 1] in ([","], ["("])
            and org_head_at(self.keys, k + 1)
        ):
            return k  # "Cục Quản lý khám, chữa bệnh (Bộ Y tế)": its owner in parentheses
        again = self.t.key(comma + 1) in self.keys[max(0, comma - 4) : comma]
        if k > comma + 1 and again and k < len(tokens) and tokens[k].is_capitalised:
            # "Phòng Công tác đảng, công tác chính trị Công an tỉnh": the name's own words
            # again, then its owner
            return k if org_head_at(self.keys, k) else 0
        return 0

    def _other_follows(self, k: int) -> bool:
        """Whether a person, an honorific or another organisation starts at token ``k``."""
        if k >= len(self.keys):
            return True
        if self.keys[k] in {"ông", "bà", "đồng", "các", "lãnh", "đại", "đơn"} or self.is_name(k):
            return True
        return self.t.tokens[k].is_capitalised and org_head_at(self.keys, k)

    def _title_follows(self, k: int) -> bool:
        """Whether a title (a role, "Thường trực", a bloc role) starts at token ``k``."""
        if self.keys[k : k + 2] in (
            ["đơn", "vị"],
            ["đại", "diện"],
            ["thường", "trực"],
            ["phụ", "trách"],  # "Chi cục Kiểm lâm – Phụ trách Cụm thi đua số 4"
        ):
            return True
        span = self.t.at.get(k)
        return span is not None and bool(
            span.of(Kind.POST_ROLE, Kind.PARTY_ROLE, Kind.BLOC_ROLE, Kind.MODIFIER)
        )

    def chain_after(self, i: int, *, prefixed: bool = False) -> tuple[list[Item], int]:
        """Items after a name: a parenthesis, then ", item" repeated. ``prefixed``: the name's
        own titles came before it, so titles that run on into the next name are that name's."""
        items: list[Item] = []
        j = i
        while True:
            if self.t.key(j) == "(":
                inner, k = self._parenthesis(j + 1)
                items += inner
                j = k
                continue
            # ", title"; right after the name "- title" / "– title"; after a title, "- đơn vị
            # Khối trưởng" (the person's unit holds the bloc role)
            # "ông Võ Văn Trí: Ủy viên Đoàn Chủ tịch …": a colon right after the name
            dash = self.t.key(j) == "-" or (self.t.key(j) == ":" and j == i and not items)
            if j == i and not items and self._post_at(j):
                # "đồng chí Nguyễn Văn Du Phó Chánh án TANDTC": a post right after the name
                item, k = self.item(j)
                placed = isinstance(item, PartyRole) or (
                    isinstance(item, Post) and item.org is not None
                )
                if item is not None and placed and not self.is_name(k):
                    items.append(item)
                    j = k
                    continue
            if j == i and not items and self.t.key(j) == "nguyên":
                # "Bà A nguyên Phó Chủ tịch HĐND tỉnh khóa XIII tiếp tục được bầu giữ chức …":
                # a former post right after the name, then (below) the post now held
                item, k = self.item(j)
                if isinstance(item, Former):
                    items.append(item)
                    j = k
                    continue
            if j == i and not items:
                # "bà A trưởng khối thi đua 29, Hiệu trưởng Trường X": a bloc role right after
                # the name, then the post whose unit holds it
                role, k = self._bloc_role(j)
                if isinstance(role, BlocRole) and self.t.key(k) == ",":
                    items.append(role)
                    j = k
                    continue
            term = _term_end(self.keys, j) if items else j
            if term > j:
                j = term  # "Phó Bí thư Tỉnh ủy nhiệm kỳ 2020–2025, được chỉ định …": its term
                continue
            # "…, kiêm Chủ tịch Công đoàn", "Phó Chủ tịch kiêm Tổng Thư ký X": a second post
            also = self.t.key(j) == "kiêm" or self.t.key(j + 1) == "kiêm"
            appointed = self._appointment_at(j)
            if appointed < 0 and j == i and not items and self.t.key(j) == "là":
                # "Bộ Chính trị chỉ định ông A là Bí thư Tỉnh ủy": a title right after "là"
                appointed = j + 1 if self._post_at(j + 1) else -1
            if appointed > j:
                # "A, nguyên Phó Tổng cục trưởng …, giữ chức vụ Giám đốc Công an tỉnh X",
                # "A được bổ nhiệm làm Giám đốc …": the post the person now holds
                item, k = self.item(appointed)
                if isinstance(item, Post) and item.org is None and self.t.key(k) == ",":
                    # "… giữ chức vụ Phó Tư lệnh, Tham mưu trưởng Bộ Tư lệnh X": two posts
                    # in the body the second names
                    second, after = self.item(k + 1)
                    if isinstance(second, Post) and second.org is not None:
                        items.append(replace(item, org=second.org))
                        item, k = second, after
                # (or a Party role: "… giữ chức vụ Phó Bí thư Đảng ủy, Chủ tịch UBND phường X")
                placed = isinstance(item, PartyRole) or (
                    isinstance(item, Post) and item.org is not None
                )
                if item is not None and placed and not self.is_name(k):
                    if item not in items:  # (re-elected: "Chủ tịch X tái cử chức danh Chủ tịch X")
                        items.append(item)
                    j = k
                    continue
            representing = self.keys[j : j + 2] == ["đại", "diện"]
            if (self.t.key(j) == "là" or representing) and items:
                # "A - Tổng Giám đốc NXB X là Khối trưởng Khối thi đua số VI năm 2018", "A –
                # Phó Chủ tịch LĐLĐ thị xã đại diện đơn vị cụm trưởng": the person's unit holds
                # the bloc role
                role, k = self._bloc_role(j if representing else j + 1)
                if role is not None:
                    items.append(role)
                    j = k
                    continue
            # "A - Phó Bí thư Huyện ủy; Chủ tịch UBND huyện X; Cụm trưởng …": titles a text
            # separates by semicolons (the next person's name ends the chain below)
            semicolon = self.t.key(j) == ";" and bool(items)
            if self.t.key(j) not in {",", "kiêm"} and not dash and not semicolon:
                return items, j
            if prefixed and self.t.key(j) == "," and self._joined_to_next_name(j):
                # "Bí thư Đảng ủy Khối A, Ủy viên dự khuyết Trung ương Đảng, Bí thư thứ nhất
                # Trung ương Đoàn B": the titles after A's name run on into B's
                return items, j
            nxt = j + 1 + (self.t.key(j) == "," and self.t.key(j + 1) == "kiêm")
            item, k = self.item(nxt)
            titled = isinstance(item, BlocRole | Post | PartyRole)
            if ((dash and j != i) or semicolon) and not titled:
                return items, j
            if semicolon and self.t.key(k) in {"các", "những"}:
                return items, j  # "…; Chủ tịch Ủy ban MTTQ các xã, thị trấn": others, plural
            # also the first title after "Name -" ("A - UVBCH Đảng bộ tỉnh, Giám đốc Sở X": an
            # abbreviation no item reads, then the post)
            opening = dash and j == i and not items
            if item is None and ((self.t.key(j) == "," and not dash) or opening):
                past = self._past_unread_title(nxt)
                if past is not None:
                    j = past  # ", Ủy viên Thường vụ Trung ương Hội, Chủ tịch Hội CCB tỉnh X"
                    continue
            dash = self.t.key(k) in {"-", "–"}
            joined = dash and self._joined_to_next_name(k, bare=prefixed)
            if item is None or self.is_name(k) or joined or self._ranked_name_at(k):
                return items, j  # "A, Phó Chủ nhiệm Tổng cục Chính trị Trung tướng B": B's
            last = items[-1] if items else None
            if also and isinstance(last, Post) and last.org is None and isinstance(item, Post):
                items[-1] = replace(last, org=item.org)  # both posts in the same organisation
            items.append(item)
            j = k

    def _past_unread_title(self, k: int) -> int | None:
        """The comma after a capitalised title at ``k`` that no item reads ("Ủy viên Thường vụ
        Trung ương Hội", "Anh hùng Lao động"), when a post, Party role or bloc role follows it
        in the same chain; None otherwise (a clause, another person, the chain's end)."""
        tokens = self.t.tokens
        # (or "đại biểu Quốc hội khóa XV" in lower case, a delegate's mandate)
        delegate = self.keys[k : k + 2] == ["đại", "biểu"] and capitalised_at(self.t, k + 2)
        if k >= len(tokens) or not (tokens[k].is_capitalised or delegate) or self.is_name(k):
            return None
        m = k + 1
        while m < len(tokens) and m - k <= 10 and self.keys[m] not in _SEPARATORS:
            if self.keys[m] == "," or self.is_name(m) or self.keys[m] in {"-", "–", "("}:
                break
            m += 1
        if self.t.key(m) not in {",", "-", "–"}:
            return None  # (a dash too: "A – UVBTVHU – Chủ tịch UB MTTQ huyện X")
        if self.t.key(m) == "," and self._appointment_at(m) > m:
            return m  # "A, Phó Chính ủy Quân khu 1, Bộ Quốc phòng, giữ chức Chính ủy …"
        item, after = self.item(m + 1)
        if not isinstance(item, Post | PartyRole | BlocRole) or self.is_name(after):
            return None
        return m

    def _joined_to_next_name(self, k: int, *, bare: bool = False) -> bool:
        """Whether a dash or comma at ``k`` joins the title before it to titles that run on into
        the next name: "A, Phó Chủ tịch UBND tỉnh - Trưởng đoàn ĐBQH tỉnh B" gives both to B.
        ``bare``: a dash right before the next name also joins (the text writes "title – Name")."""
        if self.t.key(k) not in {"-", "–", ","}:
            return False
        name = next((s.i for s in self.t.spans if s.kind is Kind.PERSON and s.i > k), None)
        start = name and _honorific_before(self.keys, name, k + 1)
        if not start or start < k + 1:
            return False
        if start == k + 1:
            # the dash right before the name: "Trưởng cơ quan X – A, Phó Chủ tịch UBND tỉnh – B"
            # (title-first, ``bare``) gives the title to B; "ông A, Giám đốc Sở X - B, …" to A
            return bare and self.t.key(k) != ","
        return self._chain_exact(k + 1, start) is not None

    def _appointment_at(self, k: int) -> int:
        """Past the words that appoint a person to a post at ``k`` ("giữ chức vụ", "được bổ
        nhiệm làm", "làm"), or -1 when no post follows such words."""
        k += self.t.key(k) == ","
        k = _past_adverbs(self.keys, k)  # "A, Phó Bí thư Huyện ủy đã được bầu …"
        tokens = self.t.tokens
        for words in _APPOINTMENTS:
            if tuple(self.keys[k : k + len(words)]) != words:
                continue
            end = k + len(words)
            # "giữ chức vụ Chủ tịch" (not "giữ chức Vụ trưởng", a title)
            end += words[-1] == "chức" and end < len(tokens) and tokens[end].text in {"vụ", "danh"}
            if self._post_at(end):
                return end
        return self._appointed_by_at(k)

    def _appointed_by_at(self, k: int) -> int:
        """Past "được ‹agent› bổ nhiệm (lại) vào vị trí" at ``k`` ("được Thủ tướng Chính phủ
        bổ nhiệm lại vào vị trí Phó Thống đốc …"), or -1 when no post follows such words."""
        if self.t.key(k) != "được" or k + 1 >= len(self.keys):
            return -1
        # the agent: a title, a body or a name, capitalised, eight words at most, no punctuation
        if not self.t.tokens[k + 1].is_capitalised:
            return -1
        verb, words = next(
            (
                (m, w)
                for m in range(k + 2, min(len(self.keys), k + 10))
                for w in _APPOINTING
                if tuple(self.keys[m : m + len(w)]) == w
            ),
            (-1, ()),
        )
        if verb < 0 or not all(t.is_word for t in self.t.tokens[k + 1 : verb]):
            return -1
        end = verb + len(words)
        end += self.t.key(end) == "lại"  # "bổ nhiệm lại": reappointed
        end += next((len(w) for w in _TO_A_POST if tuple(self.keys[end : end + len(w)]) == w), 0)
        return end if self._post_at(end) else -1

    def _ranked_name_at(self, k: int) -> bool:
        """Whether a rank and then a name begin at ``k`` ("Trung tướng Nguyễn Văn Gấu")."""
        span = self.t.at.get(k)
        return span is not None and span.kind is Kind.RANK and self.is_name(span.j)

    def _post_at(self, k: int) -> bool:
        """Whether a capitalised post title or Party role starts at token ``k`` ("phó" in lower
        case before a capital counts: "Nguyễn Mạnh Tuấn phó Giám đốc Sở Y tế")."""
        span = self.t.at.get(k)
        tokens = self.t.tokens
        deputy = self.t.key(k) == "phó" and k + 1 < len(tokens) and tokens[k + 1].is_capitalised
        return (
            span is not None
            and bool(span.of(Kind.POST_ROLE, Kind.PARTY_ROLE))
            and k < len(tokens)
            and (tokens[k].is_capitalised or deputy)
        )

    def _parenthesis(self, i: int) -> tuple[list[Item], int]:
        items: list[Item] = []
        j = i
        while j < len(self.keys) and self.keys[j] != ")":
            item, k = self.item(j)
            if item is not None:
                items.append(item)
                j = k
            else:
                j += 1
        return items, j + 1

    def chain_before(self, name: int, floor: int) -> tuple[list[Item], int]:
        """Items between ``floor`` and the name at ``name`` (title-first order)."""
        for start in range(floor, name):
            if self.keys[start] in _SEPARATORS:
                continue
            items = self._chain_exact(start, name)
            if items is not None:
                return items, start
        return [], name

    def _chain_exact(self, start: int, end: int) -> list[Item] | None:
        items: list[Item] = []
        j = start
        while j < end:
            if items and self.keys[j] in {",", "-", "–"}:
                j += 1  # ", title"; "title - Khối trưởng …"; "title - title Name"
                if j == end and self.keys[j - 1] != ",":
                    break  # "Giám đốc Sở X - Võ Minh Thành": a dash before the name
            if items and self.keys[j] == "(" and ")" in self.keys[j + 2 : j + 8]:
                close = self.keys.index(")", j + 2)
                if close + 1 == end:
                    break  # "Chủ tịch Tập đoàn Dầu khí Việt Nam (Petrovietnam) A": its short name
            degree = _degree_end(self.t.tokens, j)
            if degree > j and items:
                j = degree  # "Thượng tướng, PGS.TS Trần Quốc Tỏ": a degree between rank and name
                continue
            item, k = self.item(j)
            if item is None and self._unit_before_honorific(items, j, end):
                # "Chủ tịch Petrolimex Tây Nam Bộ ông Võ Thái Sơn": a unit with no head word,
                # set off from the name by the honorific, is the bare title's
                last = items[-1]
                assert isinstance(last, Post)
                items[-1] = replace(last, org=Org(self.t.surface(j, end), None))
                return items
            if item is None or k > end:
                return None
            items.append(item)
            j = k
        return items

    def _unit_before_honorific(self, items: list[Item], j: int, end: int) -> bool:
        """Whether tokens ``j`` … ``end`` are a short capitalised name right before "ông"/"bà"
        (at ``end``), after a title that names no unit."""
        last = items[-1] if items else None
        if (
            not isinstance(last, Post)
            or last.org is not None
            or self.keys[end] not in {"ông", "bà"}
        ):
            return False
        tokens = self.t.tokens[j:end]
        return 0 < len(tokens) <= 6 and all(t.is_word and t.is_capitalised for t in tokens)


# Academic degrees and titles the press writes before a name ("PGS.TS", "ThS.", "GS. TS").
_DEGREES = frozenset({"gs", "pgs", "ts", "ths", "tskh", "bs", "ks", "cn", "ncs", "ls"})


_CHAIRS = frozenset(keys_of(t) for t in ("Chủ tịch", "Phó Chủ tịch"))
_POLICE = ("trưởng", "công", "an")
_PLACE_HEADS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường"})
_COMMUNE_WORDS = frozenset({"xã", "phường", "trấn"})
_HEADS_OF_GOVERNMENT = frozenset(keys_of(t) for t in ("Thủ tướng", "Phó Thủ tướng"))


def _term_end(keys: list[str], k: int) -> int:
    """Past a term written after a title at ``k`` ("nhiệm kỳ 2020–2025", "khóa XIV", "nhiệm kỳ
    2020 - 2025"), else ``k``.

    >>> _term_end("nhiệm kỳ 2020 – 2025 , được".split(), 0), _term_end("khóa xiv ,".split(), 0)
    (5, 2)
    >>> _term_end("nhiệm vụ".split(), 0)
    0
    """
    if keys[k : k + 2] == ["nhiệm", "kỳ"] and k + 2 < len(keys) and keys[k + 2].isdigit():
        end = k + 3
        second = end + 1 < len(keys) and keys[end + 1].isdigit()
        return end + 2 if keys[end : end + 1] in (["-"], ["–"]) and second else end
    following = keys[k + 1] if k + 1 < len(keys) else ""
    if keys[k : k + 1] in (["khóa"], ["khoá"]) and re.fullmatch(r"[ivxl]+|\d+", following):
        return k + 2
    return k


def _names_district(label: str) -> bool:
    """Whether a unit's name ends with a district or a commune, written with its kind
    ("… huyện Chương Mỹ", "… phường 3")."""
    keys = keys_of(label)
    return any(
        keys[k] in {"huyện", "quận", "xã", "phường"} or keys[k : k + 2] in (("thị", "xã"),)
        for k in range(1, len(keys) - 1)
    ) and not any(k in {"tỉnh"} for k in keys)


def _degree_end(tokens: list[Token], j: int) -> int:
    """The end of an academic degree written at ``j`` ("PGS.TS", "PGS. TS", "TS."), else ``j``.

    >>> from nội_chính_graph.text.tokens import tokenize
    >>> _degree_end(tokenize("PGS. TS Trần Quốc Tỏ"), 0), _degree_end(tokenize("Trần Tỏ"), 0)
    (3, 0)
    """
    k = j
    while k < len(tokens):
        parts = tokens[k].text.casefold().split(".")
        if tokens[k].text[:1].isupper() and all(p in _DEGREES for p in parts if p):
            k += 1
            if k < len(tokens) and tokens[k].text == ".":
                k += 1
            continue
        break
    return k


# The armed force named after a body's name, which makes it that force's body.
_FORCE_NAMES = (("công", "an", "nhân", "dân"), ("cand",), ("quân", "đội", "nhân", "dân"), ("qđnd",))


def _force_after(keys: list[str], k: int) -> int:
    """The end of an armed force's name written at ``k`` ("Công an nhân dân", "CAND"), else
    ``k``."""
    for words in _FORCE_NAMES:
        if tuple(keys[k : k + len(words)]) == words:
            return k + len(words)
    return k


# Heads of the associations and mass organisations whose central boards share the Party's
# board names ("Ban Tổ chức Trung ương Hội Nông dân Việt Nam").
_OWNER_HEADS = frozenset({"hội", "đoàn", "liên", "tổng", "công"})


# Lower-case words that start a clause after a comma, never the rest of a unit's name.
_CLAUSE_WORDS = frozenset(
    {
        "đồng",
        "ông",
        "bà",
        "cùng",
        "đã",
        "đang",
        "sẽ",
        "được",
        "các",
        "tại",
        "trong",
        "với",
        "cho",
        "nhằm",
        "phát",
        "chủ",
        "thay",
        "đại",
        "là",
        "kiêm",
        "nguyên",
        "người",
        "thường",
        "đơn",
        "khối",
        "cụm",
        "trưởng",
        "phó",
    }
)

# The Party committee a department's name ends with ("Ban Tuyên giáo Tỉnh ủy Phú Yên", "Ban Tổ
# chức Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên").
# The committee roles whose committee a local government post after them names: "Phó Bí
# thư Thường trực, Chủ tịch HĐND tỉnh X" is the province's Phó Bí thư Thường trực.
_COMMITTEE_ROLES = frozenset(
    match_key(r)
    for r in ("Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực", "Ủy viên Ban Thường vụ")
)
# A place's People's Committee or Council, or its Front committee (which has a Ban Thường trực,
# not a Ban Thường vụ), and the kind of place it is of.
_LOCAL_GOVERNMENT = re.compile(
    r"^(?:Ủy ban nhân dân|Hội đồng nhân dân|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?) "
    r"(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
    r"(?: (?=[A-ZĐÂĂÊÔƠƯ\d])|$)"  # "… huyện Phú Lộc", or bare: the report's one district
)
# The Party committee of each kind of place, named by its kind (its place comes later).
_COMMITTEE_OF_PLACE = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
    "xã": "Đảng ủy",
    "phường": "Đảng ủy",
    "thị trấn": "Đảng ủy",
}
_COMMITTEE_IN_NAME = re.compile(
    r"\b((?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)\b.*|Đảng (?:ủy|uỷ)\b.*)$"
)

_PARTY_BODIES = (
    ("bộ", "chính", "trị"),
    ("ban", "bí", "thư"),
    ("ban", "chấp", "hành"),
    ("ban", "thường", "vụ"),
    ("btv",),
    ("đảng", "ủy"),
    ("tỉnh", "ủy"),
    ("thành", "ủy"),
    ("huyện", "ủy"),
    ("quận", "ủy"),
    ("thị", "ủy"),
    ("ban", "cán", "sự"),
    ("quân", "ủy"),
    ("đảng", "đoàn"),
    # "Bí thư Đảng bộ Công ty …", "Bí thư Chi bộ …": the Party organisation, named as written
    ("đảng", "bộ"),
    ("chi", "bộ"),
)


# "Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Quận ủy viên", "Thị ủy viên", "Đảng ủy viên"
_MEMBER_COMMITTEES = frozenset({"tỉnh", "huyện", "thành", "đảng", "quận", "thị"})


def minted_organ(label: str) -> Entity:
    """A Party organ the graph lacks, named ``label`` with its abbreviations written out (its
    IRI from the label)."""
    label = expand_label(without_term(label))  # "Tỉnh ủy X nhiệm kỳ 2020-2025" is the Tỉnh ủy
    label = committee_name(label)
    iri = str(NCGID[f"party-organ/{slugify(label)}"])
    return Entity(iri, Kind.PARTY_ORGAN, label, minted=True)


# A local Party committee by its long name and by its short one: the executive committee of a
# province's (city's, district's) Party organisation is its "Tỉnh ủy" ("Thành ủy", "Huyện ủy",
# "Quận ủy", "Thị ủy"), and a committee name repeats its place's kind ("Quận ủy quận Gò Vấp").
# The committee of each kind of place above a commune (a commune's is an "Đảng ủy").
COMMITTEE_OF_KIND = {k: c for k, c in _COMMITTEE_OF_PLACE.items() if c != "Đảng ủy"}
_LONG_COMMITTEE = re.compile(
    r"^Ban Chấp hành [Đđ]ảng bộ (tỉnh|thành phố|huyện|quận|thị xã)(?: (?=[A-ZĐÂĂÊÔƠƯ\d])|$)"
)
# (but "Thành ủy Thành phố Hồ Chí Minh" keeps its name: "Hồ Chí Minh" alone is the President's)
_REPEATED_KIND = re.compile(
    r"^((?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)) (?:tỉnh|thành phố|huyện|quận|thị xã) "
    r"(?=[A-ZĐÂĂÊÔƠƯ\d])(?!Hồ Chí Minh$)"
)


_EXECUTIVE_OF_COMMITTEE = re.compile(
    r"^Ban Chấp hành (?=(?:Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ) [A-ZĐÂĂÊÔƠƯ\d])"
)


def committee_name(label: str) -> str:
    """The short name of a local Party committee written long, or with its place's kind twice.

    >>> committee_name("Ban Chấp hành Đảng bộ tỉnh Nghệ An")
    'Tỉnh ủy Nghệ An'
    >>> committee_name("Ban Chấp hành Đảng bộ tỉnh"), committee_name("Quận ủy quận Gò Vấp")
    ('Tỉnh ủy', 'Quận ủy Gò Vấp')
    >>> committee_name("Đảng ủy Khối Cơ quan tỉnh")
    'Đảng ủy Khối Cơ quan tỉnh'
    >>> committee_name("Ban Chấp hành Tỉnh ủy Hòa Bình")
    'Tỉnh ủy Hòa Bình'
    """
    long = _LONG_COMMITTEE.match(label)
    if long is not None:
        return f"{COMMITTEE_OF_KIND[long.group(1)]} {label[long.end() :]}".strip()
    repeated = _REPEATED_KIND.match(label)
    if repeated is not None:
        return f"{repeated.group(1)} {label[repeated.end() :]}"
    executive = _EXECUTIVE_OF_COMMITTEE.match(label)
    if executive is not None:
        return label[executive.end() :]  # "Ban Chấp hành Tỉnh ủy X" is the Tỉnh ủy X itself
    return label


def _is_party_body(label: str) -> bool:
    """Whether an organisation named in a title is a Party body ("Bộ Chính trị", "Tỉnh ủy …").

    >>> _is_party_body("Bộ Chính trị"), _is_party_body("Bộ Công an")
    (True, False)
    """
    keys = keys_of(label)
    if _board_of_mass_organisation(label) is not None:
        return False  # "Ban Chấp hành Hội Luật gia Việt Nam": the association's board
    return any(keys[: len(body)] == body for body in _PARTY_BODIES)


# The boards of a body, written after a member's title ("Ủy viên Ban Chấp hành …").
_BOARDS = tuple(keys_of(board) for board in BOARD_NAMES)
# Head words of the mass organisations, which have boards and members of them, as the Party does.
_MASS_ORGANISATIONS = tuple(
    keys_of(h)
    for h in (
        "Hội",
        "Hiệp hội",
        "Liên hiệp",
        "Liên đoàn",
        "Tổng Liên đoàn",
        "Công đoàn",
        "Đoàn Thanh niên",
        "Mặt trận",
        "Ủy ban Mặt trận",
        "Trung ương Hội",
        "Trung ương Đoàn",
    )
)


# A board's name as the press abbreviates it ("Ủy viên BCH Tổng liên đoàn").
_BOARD_WRITTEN = {"BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ"}
_BOARD_ABBREVIATION = re.compile(r"^(?:BCH|BTV)\b")


def _board_of_mass_organisation(label: str) -> tuple[str, str] | None:
    """The board and the mass organisation of a board's name ("Ban Chấp hành Hội Luật gia Việt
    Nam" → ("Ban Chấp hành", "Hội Luật gia Việt Nam")), or ("", the name) for a mass
    organisation named alone; None for any other body.

    >>> _board_of_mass_organisation("Ban Chấp hành Hội Luật gia Việt Nam")
    ('Ban Chấp hành', 'Hội Luật gia Việt Nam')
    >>> _board_of_mass_organisation("Ban Chấp hành Trung ương Đảng") is None
    True
    >>> _board_of_mass_organisation("BCH Hội Nông dân Việt Nam")  # the press's abbreviation
    ('Ban Chấp hành', 'Hội Nông dân Việt Nam')
    """
    label = _BOARD_ABBREVIATION.sub(lambda m: _BOARD_WRITTEN[m.group(0)], label)
    words = label.split()
    keys = keys_of(label)
    board = next((b for b in _BOARDS if keys[: len(b)] == b), ())
    rest = keys[len(board) :]
    # (a name, not a bare head: "Trung ương Hội" alone does not say which association)
    if not any(rest[: len(h)] == h and len(rest) > len(h) for h in _MASS_ORGANISATIONS):
        return None
    return " ".join(words[: len(board)]), " ".join(words[len(board) :])


def _is_secretariat_member(role: Entity, organ: Entity, parser: "_Parser", i: int, j: int) -> bool:
    """ "Bí thư Trung ương Đảng" (no "Ban Chấp hành"): a member of the Secretariat."""
    written = parser.keys[i:j]
    return (
        keys_of(role.label) == ("bí", "thư")
        and "chấp" not in written
        and keys_of(organ.label)[-3:] == ("trung", "ương", "đảng")
    )


# Words that appoint a person to the post named after them, each before its shorter forms.
_APPOINTMENTS = tuple(
    keys_of(w)
    for w in (
        "được điều động, bổ nhiệm giữ chức vụ",
        "được bổ nhiệm giữ chức vụ",
        "được bổ nhiệm giữ chức",
        "được bổ nhiệm làm",
        "được bổ nhiệm",
        "được điều động giữ chức vụ",
        # a Party committee's appointees ("được chỉ định giữ chức Chủ nhiệm Ủy ban Kiểm tra …")
        "được chỉ định giữ chức vụ",
        "được chỉ định giữ chức",
        "được chỉ định làm",
        "được bầu giữ chức",
        "giữ chức danh",
        "được bầu làm",
        "được bầu là",
        # re-elected ("Đại hội bầu bà A tái cử Chủ tịch Hội …")
        "được bầu tái cử chức vụ",
        "được bầu tái cử chức",
        "được bầu tái cử",
        "tái cử chức vụ",
        "tái cử chức",
        "tái cử",
        "giữ chức vụ",
        "giữ chức",
        # "bà A và bà B cùng làm Phó Bí thư Đảng ủy phường X": both
        "cùng làm",
        "làm",
    )
)
# The verbs of an appointment after its agent ("được Thủ tướng bổ nhiệm …").
_APPOINTING = tuple(keys_of(w) for w in ("bổ nhiệm", "bầu", "chỉ định", "điều động", "phê chuẩn"))
# Adverbs of time before the words of an appointment ("đã được bầu", "vừa được bổ nhiệm",
# "tiếp tục được bầu", "đều được bầu").
_BEFORE_APPOINTED = frozenset({"đã", "vừa", "mới", "cũng", "sẽ", "đều"})
_BEFORE_APPOINTED_PAIRS = frozenset({("tiếp", "tục"), ("chính", "thức")})


def _past_adverbs(keys: list[str], k: int) -> int:
    """Past the adverbs before an appointment at ``k`` ("cũng đã tiếp tục được bầu …")."""
    for _ in range(3):
        if keys[k : k + 1] and keys[k] in _BEFORE_APPOINTED:
            k += 1
        elif tuple(keys[k : k + 2]) in _BEFORE_APPOINTED_PAIRS:
            k += 2
        else:
            break
    return k


# Head words of the departments of a ministry or central body.
_UNITS = _SUB_UNIT_HEADS | {("viện",), ("ban",)}


_YOUTH_COMMITTEE_KEYS = frozenset(tuple(c.split()) for c in YOUTH_COMMITTEES)


def _youth_union(org: Org) -> bool:
    """Whether ``org`` is the Youth Union, one of its committees ("Tỉnh đoàn Nghệ An") or
    branches ("Chi đoàn Cục Kiểm tra", "Đoàn cơ sở Sở Y tế")."""
    keys = keys_of(org.entity.label if org.entity is not None else org.label)
    youth_branch = keys[:2] == ("chi", "đoàn") or keys[:3] == ("đoàn", "cơ", "sở")
    return (
        youth_branch or keys[:3] == ("đoàn", "thanh", "niên") or keys[:2] in _YOUTH_COMMITTEE_KEYS
    )


def _youth_secretary(role: Entity) -> Entity:
    """The Youth Union's post of the same name as the Party role ``role`` ("Bí thư")."""
    iri = str(NCGID[f"role/{slugify(role.label)}"])
    return Entity(iri, Kind.POST_ROLE, role.label, role.label_en, minted=True)


def _is_committee(organ: Entity) -> bool:
    """Party committees take Party roles; a Party commission ("Ban …") takes posts."""
    return not organ.label.casefold().startswith("ban ") or "chấp hành" in organ.label.casefold()


def find_people(tagged: Tagged, gazetteer: Gazetteer) -> list[PersonMention]:
    """Every official mentioned in the sentence, with the titles attached to each."""
    parser = _Parser(tagged, gazetteer)
    mentions: list[PersonMention] = []
    floor = 0
    for span in [s for s in tagged.spans if s.kind is Kind.PERSON]:
        if span.i < floor or school_named_after(parser.keys, span.i):
            continue
        floor = max(floor, _last_boundary(parser.keys, floor, span.i))
        # "Giám đốc Công ty X ông Lê Văn A": titles, then an honorific, then the name
        honorific = _honorific_before(parser.keys, span.i, floor)
        before, start = parser.chain_before(honorific, floor)
        comma = _after_the_represented(parser.keys, start, honorific)
        if comma is not None:
            # "thừa ủy quyền của Chủ tịch nước, Đại tướng A": the title before the comma is the
            # one A acts for, not A's
            before, start = parser.chain_before(honorific, comma + 1)
        if any(isinstance(item, Post) and item.org is None for item in before):
            owner = _owner_of_a_bare_title(parser, start)
            before = [
                replace(i, org=owner) if isinstance(i, Post) and i.org is None else i
                for i in before
            ]
        stated = _title_stated_before(parser, span.i, honorific, (before, start), floor)
        if stated is not None:
            # "Tổng Giám đốc Đài Truyền hình Việt Nam là ông Lê Ngọc Quang", "Chủ tịch HĐND tỉnh
            # X được chỉ định là ông A", "Chủ nhiệm Tổng cục Chính trị hiện nay là Thượng tướng A"
            titles, _ = parser.chain_before(stated, floor)
            before += [item for item in titles if isinstance(item, Post) and item.org is not None]
        # titles written before the name, or the name after a dash ("Trưởng cơ quan X – A")
        dashed = span.i > 0 and parser.keys[span.i - 1] in {"-", "–"}
        prefixed = dashed or any(isinstance(item, Post | PartyRole) for item in before)
        after, end = parser.chain_after(span.j, prefixed=prefixed)
        mention = PersonMention(span.text, span, tagged, tuple(span.of(Kind.PERSON)))
        _assign(mention, before, after)
        _departments_of_the_committee(mention)
        _represented_unit(parser, _honorific_before(parser.keys, span.i, 0), end, mention)
        _the_school(parser, span.j, end, mention)
        if mention.posts:
            represented = _represented_role(parser, _honorific_before(parser.keys, span.i, 0))
            if represented is not None and represented not in mention.bloc_roles:
                mention.bloc_roles.append(represented)
        complete_committees(mention)
        if mention.has_titles:
            mentions.append(mention)
            floor = end
    mentions = _share_titles(parser, mentions)
    mentions = _appointed_to(parser, mentions)
    _bare_posts_in_the_led_body(parser, mentions)
    _promoted_to(parser, mentions)
    mentions = _listed_then_appointed(parser, mentions)
    mentions = _share_titles_with_the_next_name(parser, mentions)
    _share_agency_with_deputies(mentions)
    return _distribute_party_roles(parser, mentions)


# Kinds of school written before the name of the person a school is named after ("Trường
# Chính trị Phạm Hùng", "Trường THPT Lê Quý Đôn").
_SCHOOL_KINDS = tuple(
    keys_of(k)
    for k in (
        "chính trị",
        "thpt",
        "thcs",
        "trung học phổ thông",
        "trung học cơ sở",
        "tiểu học",
        "mầm non",
        "đại học",
        "cao đẳng",
        "trung cấp",
        "sĩ quan",
        "văn hóa",
    )
)


# Words before the title of one a person acts for ("thừa ủy quyền của Chủ tịch nước, …").
_ON_BEHALF = tuple(
    keys_of(w)
    for w in ("ủy quyền của", "uỷ quyền của", "ủy quyền", "uỷ quyền", "thay mặt", "thừa lệnh")
)


def _after_the_represented(keys: list[str], start: int, name: int) -> int | None:
    """The comma after the title of the one a person acts for, when the titles read before
    the name at ``name`` (from ``start``) follow "ủy quyền (của)", "thay mặt" or "thừa lệnh"
    and a comma sets that title off; else None.

    >>> _after_the_represented("thừa ủy quyền của chủ tịch nước , đại tướng".split(), 4, 8)
    7
    >>> _after_the_represented("ông chủ tịch nước , đại tướng".split(), 1, 6) is None
    True
    """
    if not any(tuple(keys[max(0, start - len(w)) : start]) == w for w in _ON_BEHALF):
        return None
    return next((k for k in range(start, name) if keys[k] == ","), None)


def school_named_after(keys: list[str], i: int) -> bool:
    """Whether the name at ``i`` follows "Trường ‹kind›": a school named after the person
    ("Phó Hiệu trưởng Trường Chính trị Phạm Hùng tỉnh Vĩnh Long"), not an official."""
    if keys[i - 1 : i] == ["chuyên"]:
        i -= 1  # "Trường THPT chuyên Hoàng Văn Thụ": a gifted students' school
    return any(
        i - len(kind) - 1 >= 0
        and tuple(keys[i - len(kind) : i]) == kind
        and keys[i - len(kind) - 1] == "trường"
        for kind in _SCHOOL_KINDS
    )


def _share_agency_with_deputies(mentions: list[PersonMention]) -> None:
    """ "Tổng Giám đốc VOV A, Phó Tổng giám đốc B": a deputy's title with no agency, after a
    person holding the same title in an agency, is in that agency."""
    for previous, mention in pairwise(mentions):
        held = {keys_of(p.title): p.org for p in previous.posts if p.org is not None}
        for index, post in enumerate(mention.posts):
            keys = keys_of(post.title)
            if post.org is None and keys[:1] == ("phó",) and keys[1:] in held:
                mention.posts[index] = replace(post, org=held[keys[1:]])


def _share_titles_with_the_next_name(
    parser: "_Parser", mentions: list[PersonMention]
) -> list[PersonMention]:
    """ "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam Nguyễn Trọng Bình và Phùng Sĩ
    Tấn": a name joined by "và" right after a titled name, with no title of its own, holds the
    same posts."""
    known = {m.span.j: m for m in mentions}
    named = {m.span.i for m in mentions}
    keys = parser.keys
    for span in [s for s in parser.t.spans if s.kind is Kind.PERSON and s.i not in named]:
        before = known.get(span.i - 1) if keys[span.i - 1 : span.i] == ["và"] else None
        if before is None or not before.posts:
            continue  # (the first name ends right before "và": its titles came before it)
        mention = PersonMention(span.text, span, parser.t, tuple(span.of(Kind.PERSON)))
        mention.posts += [p for p in before.posts if p.org is not None]
        if mention.posts:
            mentions.append(mention)
    return sorted(mentions, key=lambda m: m.span.i)


def _share_titles(parser: "_Parser", mentions: list[PersonMention]) -> list[PersonMention]:
    """ "các đồng chí Phó Viện trưởng VKSND tối cao: A, B và C": the posts before the colon are
    each listed person's (a person with posts of their own keeps only those)."""
    keys, spans = parser.keys, parser.t.spans
    for colon in [k for k, key in enumerate(keys) if key in {":", "gồm", "là"}]:
        if keys[colon] == "là" and not any(
            _a_count(key) for key in keys[max(0, colon - 14) : colon]
        ):
            continue  # (a cheap test first: "là" is common, and only a count's title shares)
        # "… và 6 Phó Chánh án, gồm các ông: …": the titles end at the comma
        end = colon - (keys[colon - 1 : colon] == [","] and keys[colon] != ":")
        end = _past_term_before(keys, end)  # "bầu 04 Ủy viên UBND tỉnh, nhiệm kỳ …, bao gồm:"
        items, start = parser.chain_before(end, _last_boundary(keys, 0, colon))
        counted = bool(items) and start > 0 and _a_count(keys[start - 1])
        if keys[colon] == "là" and not counted:
            continue  # "… và 4 Phó Tổng giám đốc là A, B": only after a count of a title
        if keys[colon] in {"gồm", "là"} or counted:
            # "Công an tỉnh X có tất cả 7 Phó giám đốc gồm A, B, …": the unit before the count;
            # "Ban lãnh đạo Thông tấn xã gồm … và 4 Phó Tổng giám đốc là A, B": the body led
            owner = _owner_before(parser, start) or led_body(parser, start)
            items = [
                replace(i, org=owner) if isinstance(i, Post) and i.org is None else i for i in items
            ]
        posts = [item for item in items if isinstance(item, Post) and item.org is not None]
        if not posts or _places_follow(keys, colon):
            continue
        first = _past_plural_honorific(keys, colon + 1 + (keys[colon + 1 : colon + 2] == [":"]))
        listed = _names_listed(keys, spans, first, parser)
        # "HĐND tỉnh bầu bổ sung 04 Ủy viên UBND tỉnh, bao gồm: A - Giám đốc Sở X; B …": the
        # post elected to is each one's besides the posts each holds
        elected = any(
            keys[m] == "bầu" or keys[m : m + 2] == ["bổ", "nhiệm"]
            for m in range(max(0, start - 4), start)
        )
        for span in listed:
            mention = _mention_at(parser, span, mentions)
            if not mention.posts:
                mention.posts += posts
            elif elected:
                mention.posts += [p for p in posts if p not in mention.posts]
    return sorted(mentions, key=lambda m: m.span.i)


# Words between "bổ nhiệm" and the post it appoints to ("bổ nhiệm chức vụ Thứ trưởng").
_TO_THE_POST = tuple(keys_of(w) for w in ("giữ chức vụ", "giữ chức", "chức vụ", "chức", "làm"))
# … and, after an agent, "được Thủ tướng bổ nhiệm lại vào vị trí Phó Thống đốc …"
_TO_A_POST = (*(keys_of(w) for w in ("vào vị trí", "vào chức vụ", "vị trí")), *_TO_THE_POST)


def _appointed_to(parser: "_Parser", mentions: list[PersonMention]) -> list[PersonMention]:
    """ "trao quyết định bổ nhiệm chức vụ Thứ trưởng Bộ Công an đối với các thiếu tướng: A, …
    và B, …", "bổ nhiệm Phó Chánh án Tòa án X cho ông A": the post appointed to is each person's
    named after "đối với" or "cho", up to the next appointment."""
    keys = parser.keys
    verbs = [
        (k, len(w))
        for k in range(len(keys) - 1)
        for w in _APPOINTING
        if tuple(keys[k : k + len(w)]) == w
    ]
    for k, length in verbs:
        j = k + length
        j += next((len(w) for w in _TO_THE_POST if tuple(keys[j : j + len(w)]) == w), 0)
        j += _a_count(keys[j]) if j < len(keys) else 0  # "Bổ nhiệm 6 Phó Tổng Biên tập Báo X"
        item, end = parser.item(j) if parser._post_at(j) else (None, j)
        if not isinstance(item, Post) or item.org is None:
            continue
        end = _term_end(keys, end)  # "… Ủy ban Pháp luật khóa XIV đối với ông A": its term
        if keys[end : end + 2] == ["đối", "với"]:
            end += 2
        elif keys[end : end + 1] == ["cho"]:
            end += 1
        else:
            continue
        stop = next((b for b, _ in verbs if b >= end), len(keys))
        for span in parser.t.spans:
            if span.kind is not Kind.PERSON or not end <= span.i < stop:
                continue
            mention = _mention_at(parser, span, mentions)
            if all((p.role, p.org) != (item.role, item.org) for p in mention.posts):
                mention.posts.append(item)
    return sorted(mentions, key=lambda m: m.span.i)


def _listed_then_appointed(parser: "_Parser", mentions: list[PersonMention]) -> list[PersonMention]:
    """ "Các đồng chí: A, B, C được bầu là Phó Chủ tịch Hội": the post the listed names are
    elected or appointed to is each one's (a name with a post of its own keeps only those)."""
    keys, spans = parser.keys, parser.t.spans
    names = [span for span in spans if span.kind is Kind.PERSON]
    for index, first in enumerate(names):
        if index and names[index - 1].j + 2 >= first.i:
            continue  # not the list's first name
        listed = _names_listed(keys, spans, first.i)
        if not listed:
            continue
        end = listed[-1].j
        if keys[end : end + 1] == ["và"]:
            # "Ông A, B và Chá A Của được bầu …": a last name the tagger did not read
            run = end + 1
            while run < len(keys) and run - end <= 4 and capitalised_at(parser.t, run):
                run += 1
            end = run if run > end + 2 else end
        appointed = parser._appointment_at(end)
        if appointed < 0 or keys[end : end + 1] == [","]:
            continue
        item, _ = parser.item(appointed)
        post = isinstance(item, Post) and item.org is not None
        if not post and not isinstance(item, PartyRole):
            continue
        for span in listed:
            mention = _mention_at(parser, span, mentions)
            if isinstance(item, Post) and not mention.posts:
                mention.posts.append(item)
            elif isinstance(item, PartyRole) and item not in mention.party_roles:
                # "Ông A, B và C được bầu giữ chức Phó Bí thư Tỉnh ủy": each one's role
                mention.party_roles.append(item)
    return sorted(mentions, key=lambda m: m.span.i)


# Kinds of place a plural introduces before a list of bare place names ("các xã: A, B").
_PLURAL_PLACES = PLACE_GOES_ON | {"trấn"}


def _past_term_before(keys: list[str], end: int) -> int:
    """Back past "bao gồm", "gồm" and a term with its commas before ``end`` ("04 Ủy viên
    UBND tỉnh, nhiệm kỳ 2016 - 2021, bao gồm"): where the titles before them end.

    >>> _past_term_before("ủy viên , nhiệm kỳ 2016 - 2021 , bao gồm".split(), 11)
    2
    >>> _past_term_before("ủy viên gồm".split(), 3)
    3
    """
    if keys[end - 2 : end] != ["bao", "gồm"]:
        return end
    at = end - 2
    at -= keys[at - 1 : at] == [","]
    term = next((t for t in range(max(0, at - 6), at) if _term_end(keys, t) == at), None)
    if term is not None and term < at:
        at = term - (keys[term - 1 : term] == [","])
    return at


def _places_follow(keys: list[str], colon: int) -> bool:
    """Whether the colon ends "… các xã:", "… các huyện, thị xã:": the names after it are places
    ("Chủ tịch Ủy ban MTTQ các xã: Thạch Đà, Hoàng Kim"), not people."""
    before = keys[max(0, colon - 6) : colon]
    return "các" in before and before[-1] in _PLURAL_PLACES


def _names_listed(
    keys: list[str], spans: list[Span], start: int, parser: "_Parser | None" = None
) -> list[Span]:
    """The person names listed from ``start``, separated by commas and "và", to the list's end
    (each may follow an honorific or a rank: "đại tá Trần Tiến Đạt"; given the ``parser``, each
    may be followed by its own titles after a dash: "Thượng tướng A - Ủy viên Trung ương Đảng,
    Trung tướng B")."""
    at = {span.i: span for span in spans if span.kind is Kind.PERSON}
    ranks = {span.i: span.j for span in spans if span.kind is Kind.RANK}

    def name_at(k: int) -> int:
        k = past_honorific(keys, k)
        return ranks.get(k, k)

    found: list[Span] = []
    k = name_at(start)
    while k < len(keys) and k in at:
        found.append(at[k])
        k = at[k].j
        if parser is not None and keys[k : k + 1] in (["-"], ["–"], ["("]):
            # "A - Ủy viên Trung ương Đảng, B", "A (Phó Chánh án Thường trực), B": its titles
            items, end = parser.chain_after(k)
            k = end if items else k
        if keys[k : k + 4] in (["(", "kiêm", "nhiệm", ")"], ["(", "kiêm", ")"]):
            k += 4 if keys[k + 2] == "nhiệm" else 3  # "A (kiêm nhiệm), B": a post held besides
        # (a semicolon too, before a name, in a list after a colon the parser reads: "9 thứ
        # trưởng: Thượng tướng A; Thượng tướng B"; elsewhere it may end a clause)
        separators = ([","], ["và"], [";"]) if parser is not None else ([","], ["và"])
        if keys[k : k + 1] in separators and name_at(k + 1) in at:
            k = name_at(k + 1)
            continue
        break
    return found if len(found) >= 2 else []


# Counts written in words ("bốn Phó Tổng Giám đốc"), from two: "một" is no list's.
_NUMBER_WORDS = frozenset({"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})


def _a_count(key: str) -> bool:
    """Whether ``key`` is a count: digits ("4") or a number word ("bốn")."""
    return key.isdigit() or key in _NUMBER_WORDS


def _mention_at(parser: "_Parser", span: Span, mentions: list[PersonMention]) -> PersonMention:
    """The mention of the person named at ``span``, added to ``mentions`` when the sentence's
    reading found no titles for that name (a list a title is shared with)."""
    found = next((m for m in mentions if m.span.i == span.i), None)
    if found is None:
        found = PersonMention(span.text, span, parser.t, tuple(span.of(Kind.PERSON)))
        mentions.append(found)
    return found


def _past_plural_honorific(keys: list[str], k: int) -> int:
    """Past "các ông:", "các đồng chí", "các bà", "các ông, bà:" opening a list of names at
    ``k``."""
    if keys[k : k + 1] != ["các"]:
        return k
    after = past_honorific(keys, k + 1)
    if after == k + 1:
        return k
    if (
        keys[after : after + 1] in ([","], ["và"], ["/"])
        and past_honorific(keys, after + 1) > after + 1
    ):
        after = past_honorific(keys, after + 1)  # "các ông, bà:", "các ông và bà", "các ông/bà"
    return after + (keys[after : after + 1] == [":"])


def _promoted_to(parser: "_Parser", mentions: list[PersonMention]) -> None:
    """ "thăng cấp bậc hàm từ Đại tá lên Thiếu tướng, gồm: ông A, …; ông B, …", "thăng cấp
    bậc hàm Thiếu tướng cho ông A": the rank a promotion gives is each promoted person's, up to
    the next rank promoted to (besides the rank written with the name, the one promoted from:
    the writer keeps the senior)."""
    keys = parser.keys
    ranks = [s for s in parser.t.spans if s.kind is Kind.RANK]
    promoted = [
        span
        for span in ranks
        if "thăng" in keys[max(0, span.i - 8) : span.i]
        and (keys[span.i - 1 : span.i] == ["lên"] or "từ" not in keys[max(0, span.i - 8) : span.i])
        and not parser.is_name(span.j)  # "… Trung tướng cho Thiếu tướng A": A's own rank
    ]
    for index, span in enumerate(promoted):
        stop = promoted[index + 1].i if index + 1 < len(promoted) else len(keys)
        for mention in mentions:
            if span.j <= mention.span.i < stop:
                mention.ranks += [r for r in span.of(Kind.RANK) if r not in mention.ranks]


def _bare_posts_in_the_led_body(parser: "_Parser", mentions: list[PersonMention]) -> None:
    """ "lãnh đạo TAND Tối cao hiện nay là Chánh án A và 6 Phó Chánh án, gồm …: B (Phó Chánh
    án Thường trực), C": a post that names no unit, of a person listed in the leadership of a
    body, is in that body."""
    keys = parser.keys
    for mention in mentions:
        if all(post.org is not None for post in mention.posts):
            continue
        i = mention.span.i
        lead = _lead_before(keys, i)
        if lead is None or not {"gồm", "là"} & set(keys[lead:i]):
            continue
        body = _body_led_at(parser, lead, i)
        if body is not None:
            mention.posts = [
                p if p.org is not None else replace(p, org=body) for p in mention.posts
            ]


def unit_named_before(
    tagged: Tagged, gazetteer: Gazetteer, head: tuple[str, ...], before: int
) -> Org | None:
    """The one unit with that ``head`` the sentence names in full before token ``before``
    ("Phát biểu tại điểm cầu Học viện Chính trị khu vực II, PGS.TS A, Giám đốc Học viện"); None
    when it names none, or two (which one a bare head means, the text does not say)."""
    parser = _Parser(tagged, gazetteer)
    keys = parser.keys
    named: dict[str, Org] = {}
    for b in range(before - len(head) + 1):
        if tuple(keys[b : b + len(head)]) != head or not tagged.tokens[b].is_capitalised:
            continue
        span = tagged.at.get(b)
        if span is not None and span.of(Kind.POST_ROLE, Kind.PARTY_ROLE):
            continue  # "Bộ trưởng Bộ …": a title's word
        if span is not None and span.of(*ORGANISATIONS) and span.j - b > len(head):
            named.setdefault(match_key(span.text), Org(span.text, span.of(*ORGANISATIONS)[0]))
            continue
        found = parser._unknown_org(b)
        if found is None or found[1] - b <= len(head) or found[1] > before:
            continue
        last = tagged.tokens[found[1] - 1]
        if last.is_capitalised or last.key.isdigit():
            # (not "Quân chủng Hải quân đó": a name ends with a capital or a number)
            named.setdefault(match_key(found[0].label), found[0])
    return next(iter(named.values())) if len(named) == 1 else None


def led_body(parser: "_Parser", k: int) -> Org | None:
    """The body whose leadership the clause before ``k`` is about ("Ban lãnh đạo Thông tấn xã
    Việt Nam gồm …", "lãnh đạo TAND Tối cao hiện nay là …"): the organisation right after the
    last "lãnh đạo" before ``k``, or None."""
    lead = _lead_before(parser.keys, k)
    return _body_led_at(parser, lead, k) if lead is not None else None


def _lead_before(keys: list[str], k: int) -> int | None:
    """Where the last "lãnh đạo" before token ``k`` begins, or None."""
    return next((b for b in range(k - 2, -1, -1) if keys[b : b + 2] == ["lãnh", "đạo"]), None)


def _body_led_at(parser: "_Parser", lead: int, k: int) -> Org | None:
    """The organisation right after the "lãnh đạo" at ``lead``, ending by ``k``, or None."""
    span = parser.t.at.get(lead + 2)
    if span is not None and span.of(*ORGANISATIONS) and span.j <= k:
        return Org(span.text, span.of(*ORGANISATIONS)[0])
    found = parser._unknown_org(lead + 2)
    return found[0] if found is not None and found[1] <= k else None


# Adverbs of time between a unit and "có" ("Bộ Công an hiện nay có …").
_NOW = frozenset({"hiện", "nay", "đang", "vẫn", "cũng"})


def _owner_before(parser: "_Parser", k: int) -> Org | None:
    """The unit named before a count of its officials ("Công an tỉnh Đồng Nai có tất cả 7 Phó
    giám đốc"): the organisation that ends where "có", "tất cả", "các" or the number begin."""
    keys = parser.keys
    e = k
    while e > 0 and (keys[e - 1] in {"có", "còn", "tất", "cả", "các"} or _a_count(keys[e - 1])):
        e -= 1
    if e == k or keys[e : e + 1] not in (["có"], ["còn"]):
        return None  # ("Bộ Giao thông vận tải còn 4 thứ trưởng gồm: …": those that remain)
    return _unit_before_cue(parser, e) or _unit_before_an_earlier_cue(parser, e)


# The words between a unit and the officials it "has" ("Bộ X hiện có", "Bộ X ngoài Bộ trưởng").
_HAS = frozenset({"có", "ngoài"})


def _unit_before_cue(parser: "_Parser", e: int) -> Org | None:
    """The unit that ends right before "có"/"ngoài" at ``e`` (and "hiện", "nay" before it)."""
    keys = parser.keys
    while e > 0 and keys[e - 1] in _NOW:
        e -= 1  # "Bộ Công an hiện có 5 thứ trưởng gồm: …": the unit, then "now"
    for span in parser.t.spans:
        # a unit the graph knows, or a Party commission ("Ban Tổ chức Trung ương hiện nay có
        # Trưởng ban A")
        if span.j == e and (known := span.of(*ORGANISATIONS, Kind.PARTY_ORGAN)):
            return Org(span.text, known[0])
    for b in range(e - 1, max(-1, e - 12), -1):
        if org_head_at(keys, b) and parser.t.tokens[b].is_capitalised:
            found = parser._unknown_org(b)
            return found[0] if found is not None and found[1] == e else None
    return None


def _unit_before_an_earlier_cue(parser: "_Parser", e: int) -> Org | None:
    """ "Bộ Xây dựng hiện có Bộ trưởng A, có 7 Thứ trưởng: …", "Bộ X ngoài Bộ trưởng A có 7
    Thứ trưởng": the unit before the clause's first "có"/"ngoài", past its head's name."""
    keys = parser.keys
    for p in range(e - 1, max(-1, e - 30), -1):
        if keys[p] in {".", ";", ":"}:
            return None
        if keys[p] in _HAS:
            return _unit_before_cue(parser, p)
    return None


def _owner_of_a_bare_title(parser: "_Parser", start: int) -> Org | None:
    """ "Bộ Xây dựng hiện có Bộ trưởng Trịnh Đình Dũng": the unit that "has" the title
    written bare before a name, from ``start``, where the title begins."""
    if start < 2 or parser.keys[start - 1] not in _HAS:
        return None
    return _unit_before_cue(parser, start - 1)


def _represented_role(parser: "_Parser", start: int) -> BlocRole | None:
    """The bloc role of the unit a person speaks for, named in the clause before the person
    ("Thay mặt đơn vị Khối trưởng năm 2023, đồng chí A, Giám đốc Sở Y tế …"; "Đại diện Cụm
    trưởng, ông B, …"): the unit of the person's post holds it."""
    spoken = _spoken_for(parser, start)
    if spoken is None:
        return None
    k, comma = spoken
    role, end = parser._bloc_role(k)
    return role if isinstance(role, BlocRole) and end == comma else None


def _spoken_for(parser: "_Parser", start: int) -> tuple[int, int] | None:
    """Where what a person speaks for begins, and the comma that ends it, in the clause
    before the person at ``start`` (or before their rank): "Thay mặt (cho) …, ", "Đại diện
    (lãnh đạo) …, "."""
    keys = parser.keys
    rank = next((s for s in parser.t.spans if s.kind is Kind.RANK and s.j == start), None)
    comma = (rank.i if rank is not None else start) - 1  # "…, Thượng tướng A"
    if comma < 1 or keys[comma] != ",":
        return None
    clause = comma
    while clause > 0 and keys[clause - 1] not in {",", ";", ":", "."}:
        clause -= 1
    k = clause + 2 if keys[clause : clause + 2] == ["thay", "mặt"] else clause
    if k == clause and keys[clause : clause + 2] != ["đại", "diện"]:
        return None
    k += 1 if keys[k : k + 1] == ["cho"] else 0
    return _past_representing(keys, k), comma


def _past_representing(keys: list[str], k: int) -> int:
    """Past "đại diện (lãnh đạo)" at ``k`` ("Đại diện lãnh đạo Cục X"), else ``k``."""
    if keys[k : k + 2] != ["đại", "diện"]:
        return k
    return k + 2 + 2 * (keys[k + 2 : k + 4] == ["lãnh", "đạo"])


def _the_school(parser: "_Parser", start: int, end: int, mention: PersonMention) -> None:
    """A title written with "nhà trường" (the school) after the name, between ``start`` and
    ``end`` ("ông A, Hiệu trưởng nhà trường"), is a post of the one school the sentence names
    ("… phát biểu tại Trường Cao đẳng X"); nothing when it names none or two."""
    keys, tokens = parser.keys, parser.t.tokens
    said = any(
        keys[k : k + 2] == ["nhà", "trường"] and tokens[k - 1].is_word
        for k in range(start, end + 1)
    )  # (the titles end at "nhà trường", which names no unit of its own)
    if not said or not any(post.org is None for post in mention.posts):
        return
    schools: dict[str, Org] = {}
    for k, token in enumerate(tokens):
        if token.key == "trường" and token.is_capitalised and k + 1 < len(tokens):
            found = parser._unknown_org(k)
            if found is not None and len(found[0].label.split()) > 2:
                schools[match_key(found[0].label)] = found[0]
    if len(schools) == 1:
        (school,) = schools.values()
        mention.posts = [p if p.org is not None else replace(p, org=school) for p in mention.posts]


def _spoken_for_after(parser: "_Parser", end: int) -> tuple[int, int] | None:
    """Where the unit a person speaks for begins after their titles ending at ``end`` (", đại
    diện (lãnh đạo) …"), and where the clause's unit ends (a comma, or before a verb)."""
    keys = parser.keys
    start = end + (keys[end : end + 1] == [","])
    k = _past_representing(keys, start)
    if k == start:
        return None
    span = parser.t.at.get(k)
    if span is not None and span.of(*ORGANISATIONS):
        return k, local_extent(parser.t.tokens, span.j) if span.local else span.j
    found = parser._unknown_org(k) if k < len(keys) and parser.t.tokens[k].is_capitalised else None
    return (k, found[1]) if found is not None else None


def _represented_unit(parser: "_Parser", start: int, end: int, mention: PersonMention) -> None:
    """A title with no unit after the name ("Phó Cục trưởng") is a post of the unit the person
    speaks for in the clause before ("Đại diện lãnh đạo Cục Thuế tỉnh Ninh Bình, ông A, Phó
    Cục trưởng, phát biểu"; "Thay mặt Sở X, bà B, Phó Giám đốc, …") or right after the titles,
    which end at ``end`` ("ông C - Phó Giám đốc, đại diện Sở Y tế tỉnh X, phát biểu")."""
    if not any(post.org is None for post in mention.posts):
        return
    spoken = _spoken_for(parser, start) or _spoken_for_after(parser, end)
    if spoken is None:
        return
    k, comma = spoken
    span = parser.t.at.get(k)
    unit: Org | None = None
    if span is not None and span.of(*ORGANISATIONS):
        end = local_extent(parser.t.tokens, span.j) if span.local else span.j
        if end == comma:
            entity = None if span.local else span.of(*ORGANISATIONS)[0]
            unit = Org(parser.t.surface(k, end), entity, local=span.local)
    elif parser.t.tokens[k].is_capitalised:
        found = parser._unknown_org(k)
        unit = found[0] if found is not None and found[1] == comma else None
    if unit is not None:
        mention.posts = [p if p.org is not None else replace(p, org=unit) for p in mention.posts]


# Honorifics of one word before a name ("anh", "chị": the Youth Union's own).
_HONORIFIC_WORDS = (["ông"], ["bà"], ["anh"], ["chị"])


# Words between a title and the "là" that gives its holder ("… hiện nay là ông A", "… được chỉ
# định là ông A"), read backwards from "là".
_BEFORE_THE_HOLDER = (
    ("nay", "hiện"),
    ("hiện",),
    ("nay",),
    ("định", "chỉ", "được"),
    ("bầu", "được"),
)


def _title_stated_before(
    parser: "_Parser", i: int, honorific: int, read: tuple[list[Item], int], floor: int
) -> int | None:
    """Where the titles end that a clause gives the person named at ``i`` by "là" ("Tổng Giám
    đốc Đài X là ông A", "Chủ tịch HĐND tỉnh X được chỉ định là ông A", "Chủ nhiệm Tổng cục
    Chính trị hiện nay là Thượng tướng A"), or None. ``read``: the items read before the
    honorific and where they began; only a rank may be among them."""
    items, begun = read
    if items and not all(isinstance(item, Rank) for item in items):
        return None
    lead = begun if items else honorific
    if lead == i or parser.t.key(lead - 1) != "là":
        return None  # (a bare name after "là" may be anything's: "Khối trưởng là Nguyễn Du")
    k = lead - 1
    for words in _BEFORE_THE_HOLDER:
        if tuple(parser.keys[max(floor, k - len(words)) : k][::-1]) == words:
            k -= len(words)
            break
    return k if k > floor else None


def _honorific_before(keys: list[str], i: int, floor: int) -> int:
    """Where an honorific ("ông", "bà", "anh", "chị", "đồng chí") right before the name at
    ``i`` begins, or ``i``."""
    if i - 2 >= floor and keys[i - 2 : i] == ["đồng", "chí"]:
        return i - 2
    return i - 1 if i - 1 >= floor and keys[i - 1 : i] in _HONORIFIC_WORDS else i


def past_honorific(keys: list[str], k: int) -> int:
    """Past "đồng chí", "ông", "bà", "anh", "chị" at ``k`` ("…: Đồng chí A, đồng chí B")."""
    if keys[k : k + 2] == ["đồng", "chí"]:
        return k + 2
    return k + 1 if keys[k : k + 1] in _HONORIFIC_WORDS else k


def capitalised_at(tagged: Tagged, k: int) -> bool:
    """Whether token ``k`` is a capitalised word (False past the sentence's end)."""
    return k < len(tagged.tokens) and tagged.tokens[k].is_word and tagged.tokens[k].is_capitalised


def _last_boundary(keys: list[str], floor: int, i: int) -> int:
    """Where the clause of the name at ``i`` begins: after the last boundary before it (not a
    short name in parentheses right before the name: "Chủ tịch Tập đoàn X (Petrovietnam) A")."""
    k = i - 1
    if k > floor and keys[k] == ")" and "(" in keys[max(floor, k - 6) : k - 1]:
        k = max(m for m in range(max(floor, k - 6), k - 1) if keys[m] == "(") - 1
    while k >= floor:
        if keys[k] in _BOUNDARIES:
            return k + 1
        k -= 1
    return floor


def _assign(mention: PersonMention, before: list[Item], after: list[Item]) -> None:
    items = before + after
    pending: list[int] = []  # Party roles waiting for the next post with an agency
    for index, item in enumerate(items):
        if isinstance(item, Former):
            continue  # a past title is not held now
        if isinstance(item, Rank):
            mention.ranks += item.candidates
        elif isinstance(item, PartyRole):
            pending.append(len(mention.party_roles))
            mention.party_roles.append(item)
        elif isinstance(item, BlocRole):
            mention.bloc_roles.append(item)
        elif (
            item.org is None
            and item.role.iri not in OFFICES_BY_THEMSELVES
            and _followed_by_post(items, index)
        ):
            shared = _shared_org(item, items[index + 1])
            if shared is None:
                mention.equivalents.append(item.role.label)
            else:
                # "Chính ủy, Chủ tịch Hội đồng thi đua, khen thưởng Bộ CHQS tỉnh": the
                # political commissar of the command whose council the next post is in
                mention.posts.append(replace(item, org=shared))
        else:
            if item.org is not None:
                mention.next_post.update((role, len(mention.posts)) for role in pending)
                pending.clear()
            mention.posts.append(item)


# The departments of a Party committee, which a post names bare after the person's seat on
# that committee ("Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận").
_PARTY_DEPARTMENTS = frozenset(
    keys_of(name)
    for name in (
        "Ban Tổ chức",
        "Ban Tuyên giáo",
        "Ban Dân vận",
        "Ban Tuyên giáo và Dân vận",
        "Ban Nội chính",
        "Ban Kinh tế",
        "Ủy ban Kiểm tra",
    )
)
_COMMITTEE_OF_A_SEAT = re.compile(r"^(?:Ban Thường vụ |Ban Chấp hành )?(?=\S+ (?:ủy|uỷ)\b)")


def _departments_of_the_committee(mention: PersonMention) -> None:
    """A Party department named bare in a post ("Trưởng Ban Dân vận") after a seat on a Party
    committee ("Ủy viên Ban Thường vụ Huyện ủy") is that committee's: "Ban Dân vận Huyện ủy"."""
    committees = [
        _COMMITTEE_OF_A_SEAT.sub("", role.organ.label)
        for role in mention.party_roles
        if _COMMITTEE_OF_A_SEAT.match(role.organ.label)
    ]
    if not committees:
        return
    for index, post in enumerate(mention.posts):
        org = post.org
        if org is not None and org.entity is None and keys_of(org.label) in _PARTY_DEPARTMENTS:
            label = f"{org.label} {committees[0]}"
            mention.posts[index] = replace(post, org=Org(label, None, local=org.local))


def complete_committees(mention: PersonMention) -> None:
    """A committee named bare is the one of the person's agency or province: "Bí thư Đảng ủy,
    Giám đốc Công an TP Hà Nội" → Đảng ủy Công an thành phố Hà Nội; "Ủy viên BTV Tỉnh ủy,
    Giám đốc Công an tỉnh Phú Thọ" → Ban Thường vụ Tỉnh ủy Phú Thọ."""
    _committee_named_in_another_role(mention)
    first = next((p.org for p in mention.posts if p.org is not None), None)
    if first is None:
        return
    for index, role in enumerate(mention.party_roles):
        if not role.organ.minted:
            continue
        following = mention.next_post.get(index)
        agency = mention.posts[following].org if following is not None else None
        full = expand_label((agency or first).label)
        place = place_of(full) or _committee_place(full)
        own = expand_label(role.organ.label)
        keys = keys_of(own)
        label = None
        if keys in (("đảng", "ủy"), ("đảng", "bộ")) and (commune := _commune_of(full)) is not None:
            label = f"{own} {commune}"  # "Bí thư Đảng ủy, Chủ tịch UBND xã X": the commune's
        elif keys in (
            ("đảng", "ủy"),
            ("đảng", "bộ"),
            ("ban", "cán", "sự", "đảng"),
            ("đảng", "đoàn"),
        ):
            # "Phó Bí thư Ban cán sự đảng, …, Phó Viện trưởng VKSND TC"; a unit's emulation
            # council has no committee of its own ("Phó Bí thư Thường trực Đảng ủy, Chủ tịch Hội
            # đồng Thi đua - Khen thưởng Bộ CHQS tỉnh X": the command's Đảng ủy)
            label = f"{own} {_EXECUTIVE.sub('', _COUNCIL.sub('', full))}"
        elif keys == ("ban", "cán", "sự"):
            label = f"{own} đảng {full}"  # "Bí thư Ban cán sự, Viện trưởng VKSND tỉnh X"
        elif keys[-2:] in (("tỉnh", "ủy"), ("thành", "ủy")) and place is not None:
            label = f"{own} {place}"
        elif keys[-2:] == ("huyện", "ủy") and (district := _district_of(full)) is not None:
            label = f"{own} {district}"  # "Huyện ủy viên, … huyện Vĩnh Thuận"
        elif keys[-2:] in (("quận", "ủy"), ("thị", "ủy")) and (
            district := _district_of(full, "quận" if keys[0] == "quận" else "thị xã")
        ):
            label = f"{own} {district}"  # "Phó Bí thư, Chủ tịch UBND quận Long Biên"
        if label is not None:
            mention.party_roles[index] = PartyRole(role.role, minted_organ(label))


def _committee_named_in_another_role(mention: PersonMention) -> None:
    """A committee named bare ("Tỉnh ủy") is the one of that kind another of the person's roles
    names in full: "Phó Bí thư Tỉnh ủy Khánh Hòa nhiệm kỳ 2020–2025, được chỉ định giữ chức Phó
    Bí thư Thường trực Tỉnh ủy" → Tỉnh ủy Khánh Hòa."""
    for index, role in enumerate(mention.party_roles):
        bare = role.organ.label
        if not role.organ.minted or keys_of(bare) not in _PLACED_COMMITTEES:
            continue
        full = {
            other.organ.label
            for other in mention.party_roles
            if other.organ.label.startswith(f"{bare} ") and other.organ.label != bare
        }
        if len(full) == 1:
            mention.party_roles[index] = PartyRole(role.role, minted_organ(full.pop()))


# A unit's emulation council at the start of an agency's name ("Hội đồng Thi đua - Khen thưởng
# Bộ Chỉ huy Quân sự tỉnh X").
# An association's executive committee at the start of its name, whose Party group is the
# association's: "Bí thư Đảng đoàn, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam".
_EXECUTIVE = re.compile(r"^(?:Ban Chấp hành )?(?:Trung ương )?(?=(?:Hội|Liên hiệp|Liên đoàn) )")
_COUNCIL = re.compile(r"^Hội đồng [Tt]hi đua\s*[-–,]?\s*(?:và\s+)?[Kk]hen thưởng\s+(?=\S)")


_BARE_COMMITTEES = frozenset(
    {
        ("tỉnh", "ủy"),
        ("huyện", "ủy"),
        ("thành", "ủy"),
        ("quận", "ủy"),
        ("thị", "ủy"),
        ("đảng", "ủy", "xã"),
        ("đảng", "ủy", "phường"),
        ("đảng", "ủy", "thị", "trấn"),
        # of no unit: "Bí thư Đảng ủy" when no post says whose
        ("đảng", "ủy"),
        ("đảng", "đoàn"),
        ("ban", "cán", "sự"),
        ("ban", "cán", "sự", "đảng"),
    }
)


def drop_bare_committees(mention: PersonMention) -> None:
    """Once places are known: a committee still named by its kind alone ("Huyện ủy" of no
    district, "Đảng ủy" of no unit) names no body (it would become one "Huyện ủy" of every
    district), so the role is left out."""
    mention.party_roles = [
        r
        for r in mention.party_roles
        if not (r.organ.minted and keys_of(r.organ.label) in _BARE_COMMITTEES)
    ]


def _committee_place(label: str) -> str | None:
    """The province a unit of a provincial Party committee names ("Ban Tuyên giáo Tỉnh ủy Hưng
    Yên" → "Hưng Yên")."""
    match = re.search(
        r"\b(?:Tỉnh|Thành) (?:ủy|uỷ) ((?:[A-ZĐÂĂÊÔƠƯ]\w*)(?: [A-ZĐÂĂÊÔƠƯ]\w*){0,3})", label
    )
    return match.group(1) if match else None


def _commune_of(label: str) -> str | None:
    """The commune, ward or township a unit's name places it in, with its word ("… Ủy ban MTTQ
    Việt Nam phường Long Xuyên" → "phường Long Xuyên"); its Party committee is the commune's.

    >>> _commune_of("Ủy ban nhân dân xã Kim Tân huyện Thạch Thành"), _commune_of("Công an tỉnh")
    ('xã Kim Tân', None)
    >>> _commune_of("Ủy ban MTTQ Việt Nam phường")
    'phường'
    """
    match = re.search(
        r"\b(xã|phường|thị trấn)(?: ((?:[A-ZĐÂĂÊÔƠƯ]\w*)(?: [A-ZĐÂĂÊÔƠƯ0-9]\w*){0,3})|$)", label
    )
    if match is None:
        return None
    # "… phường" with no name: the report's one ward, named later (``localise_people``)
    return f"{match.group(1)} {match.group(2)}" if match.group(2) else match.group(1)


def _district_of(label: str, kind: str = "huyện") -> str | None:
    """The district of ``kind`` a unit's name places it in ("… huyện Vĩnh Thuận tỉnh Kiên
    Giang" → "Vĩnh Thuận"; of "quận": "… quận 3" → "3")."""
    match = re.search(rf"\b{kind} ((?:[A-ZĐÂĂÊÔƠƯ\d]\w*)(?: [A-ZĐÂĂÊÔƠƯ]\w*){{0,3}})", label)
    return match.group(1) if match else None


# Titles that are state offices by themselves, held in no organisation the text could name: the
# State President and Vice President (Constitution, chapter VI). The same two roles are the only
# ones `ncgsh:PostShape` (shapes/officials.ttl) accepts without `org:postIn`. Never the rank of
# the post after them, as a bare "Thứ trưởng" before a post is.
OFFICES_BY_THEMSELVES = frozenset(
    str(NCGID[f"role/{slug}"]) for slug in ("chu-tich-nuoc", "pho-chu-tich-nuoc")
)


def _shared_org(bare: Post, following: Item) -> Org | None:
    """The organisation of a bare title written before a post in a unit's emulation council:
    the unit the council is of ("Chính ủy, Chủ tịch Hội đồng Thi đua - Khen thưởng Bộ CHQS
    tỉnh" → Bộ CHQS tỉnh); of a command's title before another of its titles, that command
    ("Phó Tư lệnh, Tham mưu trưởng Quân khu 1" → Quân khu 1). None elsewhere: a bare "Thứ
    trưởng" before "Tổng Giám đốc X" is the rank of that post, kept as its equivalent."""
    if not isinstance(following, Post) or following.org is None:
        return None
    if keys_of(bare.role.label) in _MINISTERIAL_RANKS:
        return None
    if keys_of(bare.role.label) in _COMMAND_TITLES and keys_of(following.title) in _COMMAND_TITLES:
        # "Phó Tư lệnh, Tham mưu trưởng Quân khu 1": two posts in one command, named once
        return following.org
    label = expand_label(following.org.label)
    owner = _COUNCIL.sub("", label)
    return None if owner == label else Org(owner, None, local=following.org.local)


# The titles of a military command's leaders, who hold two of them in one command ("Phó Tư
# lệnh, Tham mưu trưởng Quân khu 1", "Phó Chỉ huy trưởng, Tham mưu trưởng Bộ CHQS tỉnh").
_COMMAND_TITLES = frozenset(
    keys_of(f"{deputy}{title}")
    for deputy in ("", "Phó ")
    for title in (
        "Tư lệnh",
        "Chính ủy",
        "Tham mưu trưởng",
        "Chỉ huy trưởng",
        "Chủ nhiệm Chính trị",
        "Chính trị viên",
    )
)

# Titles a bare mention of which before a post gives the post's rank ("Thứ trưởng, Tổng Giám
# đốc Kho bạc Nhà nước").
_MINISTERIAL_RANKS = frozenset(keys_of(t) for t in ("Bộ trưởng", "Thứ trưởng"))


def _followed_by_post(items: list[Item], index: int) -> bool:
    rest = items[index + 1 :]
    return bool(rest) and isinstance(rest[0], Post) and rest[0].org is not None


def _distribute_party_roles(parser: _Parser, mentions: list[PersonMention]) -> list[PersonMention]:
    """ "các đồng chí Ủy viên Trung ương Đảng: A, …; B, …" gives the role to everyone listed;
    "các đồng chí: Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng: A, B" gives each role to each
    name listed, who is a person with those roles though the text gives them no post."""
    keys = parser.keys
    for colon in [k for k, key in enumerate(keys) if key == ":"]:
        roles: list[PartyRole] = []
        for start in range(colon - 1, -1, -1):
            item, end = parser.item(start)
            if isinstance(item, PartyRole) and end == colon:
                roles = [item]
                break
        chain, _ = parser.chain_before(colon, _last_boundary(keys, 0, colon))
        if chain and all(isinstance(item, PartyRole) for item in chain):
            roles = [item for item in chain if isinstance(item, PartyRole)]
        if not roles:
            continue
        after = [m for m in mentions if m.span.i > colon]
        if not after:
            # no one listed has a post: the names listed are the people
            after = [
                PersonMention(span.text, span, parser.t, tuple(span.of(Kind.PERSON)))
                for span in _names_listed(keys, parser.t.spans, colon + 1)
            ]
            mentions = sorted([*mentions, *after], key=lambda m: m.span.i)
        for mention in after:
            mention.party_roles += [r for r in roles if r not in mention.party_roles]
    return mentions


__all__ = [
    "BlocRole",
    "Org",
    "PartyRole",
    "PersonMention",
    "Post",
    "Rank",
    "complete_committees",
    "drop_bare_committees",
    "find_people",
    "school_named_after",
]
