"""Emulation blocs: names, member lists, stated member counts and bloc roles.

Member lists ("gồm: A, B, C và D") are read with the gazetteer, longest match first, so commas
inside names ("Bộ Văn hóa, Thể thao và Du lịch") never split an agency. A parenthesis after a
member ("Kiểm toán Nhà nước (khối trưởng khối thi đua năm 2023)") states its bloc role.
"""

import itertools
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from nội_chính_graph.ingest.extract.districts import district_index
from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.names import (
    CITIES,
    DISTRICT_WORDS,
    HomeDistricts,
    districts_named,
    expand_label,
    place_of,
    province_names,
)
from nội_chính_graph.ingest.extract.patterns import (
    BLOC_HEAD_WORDS,
    BLOC_NAME_STOP,
    MEMBER_COUNT,
    NOT_A_BLOC,
    ORG_NAME_BREAKS,
    REGIONS,
    SECTOR_NAMES,
)
from nội_chính_graph.ingest.extract.people import (
    COMMITTEE_OF_KIND,
    BlocRole,
    Org,
    PartyRole,
    PersonMention,
    _commune_of,
    _Parser,
    capitalised_at,
    complete_committees,
    drop_bare_committees,
    minted_organ,
    past_honorific,
    school_named_after,
    unit_named_before,
)
from nội_chính_graph.ingest.extract.tagger import (
    CAPITALISED_HEADS,
    PROVINCIAL_UNIT_HEADS,
    Span,
    Tagged,
    brand_at,
    capitalised_head_at,
    headline_in_capitals,
    is_acronym,
    is_company_acronym,
    is_local_after,
    local_extent,
    names_provincial_unit,
    org_head_at,
    org_head_length,
    past_place,
    past_sector,
    region_after,
    span_covering,
)
from nội_chính_graph.text import match_key
from nội_chính_graph.text.normalise import fold
from nội_chính_graph.text.tokens import Token, keys_of, tokenize

# Words before "Khối" that make it a sector's Party committee or union, not an emulation bloc.
_BODY_OF_A_SECTOR = frozenset({("đảng", "ủy"), ("đảng", "bộ")})
_LIST_SKIP = frozenset({",", "và", ":", ";", "-", "–"})
_CENTRAL = frozenset({"trung", "tw", "tư", "t.ư", "t.w"})
# Lower-case words that start a clause, not the rest of a name, after a comma.
_CLAUSE_STARTS = frozenset(
    {
        "và",
        "các",
        "tổ",
        "đã",
        "đang",
        "sẽ",
        "có",
        "được",
        "là",
        "với",
        "tại",
        "trong",
        "cùng",
        "nhằm",
        "để",
        "thực",
        "triển",
        "tham",
        "phát",
        "ký",
        "do",
        "nhưng",
        "đồng",
        "năm",
    }
)
_UNIT_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})
# Words of a place's kind in a unit's name ("tỉnh", "thành phố", "huyện", "xã", …).
_PLACE_KEYS = _UNIT_WORDS | {"xã", "phường"}


def _place_kinds(keys: list[str], k: int) -> tuple[tuple[str, ...], int]:
    """The kinds of place a list names at ``k`` ("huyện, thị xã, thành phố") and where they end.

    >>> _place_kinds(["huyện", ",", "thị", "xã", "và", "thành", "phố", ":"], 0)
    (('huyện', 'thị xã', 'thành phố'), 7)
    """
    kinds: list[str] = []
    m = k
    while True:
        kind = next((w for w in _PLACE_KINDS if keys[m : m + len(w.split())] == w.split()), None)
        if kind is None:
            break
        kinds.append(kind)
        end = m + len(kind.split())
        m = end
        if keys[m : m + 1] in ([","], ["và"]) and any(
            keys[m + 1 : m + 1 + len(w.split())] == w.split() for w in _PLACE_KINDS
        ):
            m += 1
            continue
        break
    return tuple(kinds), m


def _stated_place_kinds(sentences: list[Tagged]) -> set[tuple[str, tuple[str, ...]]]:
    """Every (kind, name keys) a report writes as "<kind> <Name>" ("thị xã Bình Long")."""
    found: set[tuple[str, tuple[str, ...]]] = set()
    for tagged in sentences:
        tokens = tagged.tokens
        for i, first in enumerate(tokens):
            for kind, words in _PLACE_KIND_WORDS:
                if first.key != words[0] or [t.key for t in tokens[i : i + len(words)]] != words:
                    continue
                name = []
                for token in tokens[i + len(words) : i + len(words) + 4]:
                    if not (token.is_word and token.is_capitalised):
                        break
                    name.append(token.key)
                if name:
                    found.add((kind, tuple(name)))
                break
    return found


def _unit_of(place: str, plural: list[str]) -> str:
    """The unit word before a place of a distributed list ("các huyện": "huyện ")."""
    if keys_of(place)[:1] in (("thành",), ("tỉnh",), ("huyện",), ("quận",), ("thị",)):
        return ""
    if plural == ["tỉnh"] or plural == ["thành", "phố"]:
        return "thành phố " if keys_of(place) in CITIES else "tỉnh "
    return " ".join(plural) + " "


# Lower-case words that begin the rest of a sentence after a list, never part of a name.
_ITEM_VERBS = frozenset({"cùng", "tổ", "đã", "đang", "sẽ", "được", "với", "tại", "đều"})
# Lower-case words that begin the rest of a sentence only with the word after them: "tiến
# hành", not "Trung tâm Xúc tiến thương mại"; "đồng chủ trì", not "Hội đồng"; "vừa từng bước",
# not "doanh nghiệp nhỏ và vừa".
_VERB_PAIRS = {
    "tiến": frozenset({"hành"}),
    "long": frozenset({"trọng"}),
    "diễn": frozenset({"ra"}),
    "đảm": frozenset({"nhận", "nhiệm"}),
    "đồng": frozenset({"chủ"}),
    "vừa": frozenset({"từng", "qua", "tổ", "được", "có", "ký", "tiến", "đạt", "bàn", "ban"}),
    "làm": frozenset({"khối", "cụm", "trưởng", "đơn"}),  # "… Lai Châu II làm Khối phó"
    "giữ": frozenset({"vai", "chức", "vị"}),  # "… Hải Dương giữ vai trò Cụm phó"
    "là": frozenset({"khối", "cụm", "trưởng", "đơn", "cơ"}),  # "… Bến Tre là Cụm phó"
    # "… và Sở Y tế cam kết", "… tham dự", "… triển khai": a clause after a list's last unit
    "cam": frozenset({"kết"}),
    "tham": frozenset({"dự", "gia"}),
    "triển": frozenset({"khai"}),
}
_NOT_NAME_AFTER_AND = frozenset(
    {"đại", "lãnh", "các", "ông", "bà", "đồng", "cán", "toàn", "đơn", "khách"}
)
_NAME_ENDS = frozenset({",", ";", ".", ":", "(", ")"})
_LOCAL_HEADS = frozenset({"tỉnh", "huyện", "quận", "xã", "thành"})
_NUMBER = re.compile(r"\d{1,2}|[ivxl]{1,5}", re.IGNORECASE)
# A year as one token after "năm" ("năm 2023").
_YEAR_KEY = re.compile(r"(19|20)\d\d")


@dataclass
class Member:
    """A member named in a list, with the bloc role stated beside it."""

    org: Org
    tagged: Tagged
    roles: list[BlocRole] = field(default_factory=list)
    # a unit of a list over places of several kinds ("VKSND các huyện, thị xã: A, B"): its
    # head, the kinds, and its place, until the text says which kind the place is
    spread: tuple[str, tuple[str, ...], str] | None = None
    # where the bloc role that states it lies in its sentence (tokens), for a role stated of a
    # unit: the bloc named right after the role is the unit's ("X làm Khối trưởng Khối Y")
    at: tuple[int, int] | None = None


@dataclass
class Bloc:
    """Everything one report says about one bloc."""

    label: str
    entity: Entity | None
    local: bool
    keys: tuple[str, ...]
    mentions: list[Tagged] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    count: tuple[int, Tagged] | None = None

    @property
    def is_party(self) -> bool:
        """True for a bloc of Party organs ("Khối thi đua các ban Đảng Trung ương")."""
        return "đảng" in self.keys


def _counted_region(tagged: Tagged, j: int) -> int | None:
    """The end of a name that counts the provinces of a region at ``j`` ("7 tỉnh trung du và
    miền núi phía Bắc", "5 tỉnh Tây Nguyên"): through lower-case words to the region's
    capitalised name; None when the words at ``j`` are no such count."""
    if not (tagged.key(j).isdigit() and tagged.key(j + 1) in {"tỉnh", "thành"}):
        return None
    tokens = tagged.tokens
    k = j + 2
    while k < len(tokens) and k - j < 12 and tokens[k].is_word and not tokens[k].is_capitalised:
        k += 1
    if k >= len(tokens) or k - j >= 12 or not tokens[k].is_capitalised:
        return None
    while k < len(tokens) and tokens[k].is_capitalised and not headline_in_capitals(tokens, k):
        k += 1
    if tagged.key(k - 1) == "trung" and tagged.key(k) == "ương":
        k += 1  # "5 thành phố trực thuộc Trung ương"
    return k


def _ends_with_places_counted(keys: list[str], j: int, end: int) -> bool:
    """Whether a bloc's name (from ``j`` to ``end``) ends by counting the places its units are
    in, after a unit's name: "Bộ Chỉ huy Quân sự 5 tỉnh, thành phố", "Hội Nông dân 6 tỉnh",
    "Hội Nông dân các tỉnh, thành phố"."""
    tail = keys[j:end]
    for words in (["tỉnh", ",", "thành", "phố"], ["tỉnh"], ["thành", "phố"]):
        n = len(words)
        counted = len(tail) > n + 1 and (tail[-n - 1].isdigit() or tail[-n - 1] == "các")
        if tail[-n:] == words and counted:
            return org_head_at(keys, j)
    return False


def _is_bloc_number(tagged: Tagged, k: int) -> bool:
    """Whether token ``k`` is a bloc's number written without "số": digits or a Roman numeral
    in capitals ("Cụm thi đua 4", "Khối thi đua VII"), not a year or a count of units."""
    token = tagged.tokens[k]
    if not _NUMBER.fullmatch(token.key):
        return False
    if token.key.isdigit():
        following = tagged.key(k + 1)
        if following == "năm":  # "Cụm thi đua 4 năm 2017", not "… 6 năm qua"
            at = k + 3 if tagged.key(k + 2) == "học" else k + 2  # "… 24 năm học 2019 – 2020"
            return len(tagged.key(at)) == 4 and tagged.key(at).isdigit()
        # "Cụm thi đua 4 phòng (Tham mưu, …)": a count of units in lower case, not a number
        keys = [t.key for t in tagged.tokens]
        counts_units = (
            k + 1 < len(keys)
            and not tagged.tokens[k + 1].is_capitalised
            and org_head_at(keys, k + 1)
        )
        return len(token.key) <= 2 and following not in _COUNTED and not counts_units
    return token.text.isupper()


# Words a number counts, not names ("6 tháng đầu năm", "7 tỉnh", "9 đơn vị").
_COUNTED = frozenset(
    {"tháng", "ngày", "tỉnh", "đơn", "huyện", "thành", "cơ", "sở", "xã", "phường", "quận", "người"}
    | {"phòng", "đội"}  # "Cụm thi đua 4 phòng", units no other head word names
)


def _short_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Keys without "thi đua" after "Khối", the part variants share, and numbers without
    leading zeros ("Cụm thi đua 07 tỉnh …" is "Cụm thi đua 7 tỉnh …")."""
    keys = tuple(k.lstrip("0") or k if k.isdigit() else k for k in keys)
    if keys[1:3] == ("thi", "đua"):
        keys = keys[:1] + keys[3:]
    if keys[1:2] == ("số",) and len(keys) > 2:
        keys = keys[:1] + keys[2:]  # "Cụm thi đua số 6" and "Cụm thi đua 6": one bloc
    if len(keys) > 1 and keys[1] in _ROMAN:
        keys = (keys[0], _ROMAN[keys[1]], *keys[2:])  # "số I" is "số 1"
    if len(keys) > 1 and keys[1].isdigit():
        # "Cụm thi đua số 1 của Bộ X", "… số 1 - Bộ X", "… số 1 (Bộ X)": the same name
        keys = keys[:2] + tuple(k for k in keys[2:] if k not in _NUMBER_TO_BODY)
    return keys


_ROMAN_UNITS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
# The Roman numerals of bloc numbers, 1 to 29 ("xii" → "12").
_ROMAN = {"x" * (n // 10) + _ROMAN_UNITS[n % 10]: str(n) for n in range(1, 30)}
# Words between a bloc's number and the body whose bloc it is.
_NUMBER_TO_BODY = frozenset({"-", "–", ",", "của", "(", ")", "thuộc", "trực"})


# Second syllables after "hội" that make a meeting, not an association.
_MEETINGS = frozenset({"nghị", "thảo", "thi", "diễn", "thao", "trại", "chợ"})


# Verbs, in lower case, that end a bloc's name ("… tổng kết", "… sơ kết", "… phát động").
_NAME_ENDING_VERBS = frozenset(
    {
        ("tổng", "kết"),
        ("sơ", "kết"),
        ("phát", "động"),
        ("bàn", "giao"),
        ("trao", "cờ"),
        ("tiếp", "tục"),
        # "Khối thống nhất suy tôn …", "Cụm đã bình xét …": a clause about the bloc
        ("thống", "nhất"),
        ("nhất", "trí"),
        ("suy", "tôn"),
        ("bầu", "chọn"),
        ("bình", "xét"),
        ("hoàn", "thành"),
        ("thực", "hiện"),
        ("chủ", "trì"),
        ("đăng", "cai"),
        ("đánh", "giá"),
        ("kiểm", "tra"),
        ("thảo", "luận"),
        # "Khối 1 hỗ trợ xã Phúc Ninh …", "Cụm tham gia …": what the bloc did
        ("hỗ", "trợ"),
        ("giúp", "đỡ"),
        ("ủng", "hộ"),
        ("tham", "gia"),
        ("tham", "dự"),
        ("trao", "tặng"),
        # "Khối thi đua … phát biểu", "Cụm thi đua thông qua dự thảo …", "… dâng hương"
        ("phát", "biểu"),
        ("thông", "qua"),
        ("mong", "muốn"),
        ("chúc", "mừng"),
        ("dâng", "hương"),
        ("đạt", "giải"),
        # "các thành viên trong Khối tín nhiệm bầu …", "Khối bỏ phiếu …"
        ("tín", "nhiệm"),
        ("bỏ", "phiếu"),
    }
)

# Words, in lower case, that only say what a bloc does or how ("Khối thi đua cũng …", "Khối
# thi đua gửi lời chúc mừng đến …", "Khối thi đua nhận Cờ", "Khối cho …"): none is part of a
# bloc's name, so the name ends before them.
_NAME_ENDING_WORDS = frozenset(
    {"cũng", "gửi", "nhận", "cho", "đều", "đạt", "giành", "xin", "cần", "phải", "luôn", "sẽ"}
    | {"bầu"}
)


# The last words of the units a body has ("đơn vị", "cơ quan", "vụ", "cục"), before "thuộc".
_UNITS_OF_A_BODY = frozenset({"vị", "quan", "vụ", "cục", "phòng", "ban", "trường", "viện"})


def _unknown_name(tagged: Tagged, i: int) -> tuple[int, bool]:
    """End of an unknown bloc name at "Khối" (``i``), and whether it is local."""
    keys = [t.key for t in tagged.tokens]
    j = i + 1 + (2 if keys[i + 1 : i + 3] == ["thi", "đua"] else 0)
    if j == i + 3 and keys[j + (keys[j : j + 1] == [","]) :][:2] == ["khen", "thưởng"]:
        j += 2 + (keys[j] == ",")  # "Cụm thi đua khen thưởng …", "Khối thi đua, khen thưởng …"
    counted = _counted_region(tagged, j)
    if counted is not None:
        return counted, False  # "Cụm thi đua 7 tỉnh trung du và miền núi phía Bắc"
    end = j
    while end < len(keys) and end - i < 22:
        key = keys[end]
        person = tagged.at.get(end)
        if person is not None and person.kind is Kind.PERSON and end > j:
            break  # "… Trưởng khối thi đua II Văn phòng Quốc hội Tạ Thị Yến": a name follows
        # "các tỉnh", "7 tỉnh", "các thành phố" (read at "phố" too)
        word = end - 1 if key == "phố" and keys[end - 1] == "thành" else end
        plural = keys[word - 1] == "các" or keys[word - 1].isdigit()
        # "hoàn thành" (to complete) is no "thành phố"
        city = key != "thành" or tagged.key(end + 1) in {"phố", "ủy"}
        if is_local_after(tagged.tokens, end) and not plural and end > j and city:
            return local_extent(tagged.tokens, end), True
        if key == "hội" and (
            keys[end - 1] in {"xã", "quốc"}  # "xã hội", "Quốc hội"
            or (keys[end - 1] in {"các", "và"} and tagged.key(end + 1) not in _MEETINGS)
        ):
            end += 1  # "chính trị - xã hội", "các hội đặc thù", not "hội nghị"
            continue
        if (
            key == "hội"
            and tagged.tokens[end].is_capitalised
            and tagged.key(end + 1) not in _MEETINGS
        ):
            end += 1  # "Cụm thi đua Hội Nhà báo các tỉnh …": an association, not "Hội nghị"
            continue
        if key == "long" and tagged.key(end + 1) != "trọng":
            end += 1  # "Đồng bằng sông Cửu Long", "Vĩnh Long", not "long trọng"
            continue
        if key == "quan" and keys[end - 1] == "cơ":
            end += 1  # "các cơ quan …", not "quan tâm"
            continue
        organisations = keys[end : end + 3] in (["tổ", "chức", "chính"], ["tổ", "chức", "xã"])
        if keys[end - 1 : end + 2] == ["các", "tổ", "chức"] or organisations:
            # "(các) tổ chức chính trị - xã hội": organisations, not "tổ chức" (to hold)
            end += 2
            continue
        if key == "triển" and keys[end - 1] == "phát":
            end += 1  # "Phát triển", not "triển khai"
            continue
        if keys[end - 2 : end + 2] == ["mặt", "trận", "tổ", "quốc"]:
            end += 2  # "Mặt trận Tổ quốc", not "tổ chức"
            continue
        mass = keys[end + 1 : end + 3] in (["đoàn", "thể"], ["đơn", "vị"]) or keys[
            end + 1 : end + 4
        ] in (["các", "đoàn", "thể"], ["các", "tổ", "chức"], ["các", "đơn", "vị"])
        if key == "và" and mass:
            # "các cơ quan Đảng, Mặt trận và (các) đoàn thể", "các phòng, ban và đơn vị trực
            # thuộc Sở": one more kind of body
            end += 1
            continue
        if key == "và" and _school_kinds_joined(keys, end):
            end += 1  # "Khối thi đua các trường Cao đẳng và Đại học tỉnh …": kinds of school
            continue
        if key == "và" and (_name_goes_on(tagged, end) or _on_to_counted_places(tagged, end)):
            end += 1  # "Cụm thi đua các Quỹ Bảo vệ và Phát triển rừng …"
            continue
        body = tagged.at.get(end + 1)
        if (
            key == "thuộc"
            and keys[j : j + 1] == ["các"]
            and (
                keys[end - 1] in _UNITS_OF_A_BODY
                or all(t.is_word or t.key == "," for t in tagged.tokens[j:end])
            )
            and body is not None
            and body.of(*ORGANISATIONS)
        ):
            # "Khối thi đua các vụ, đơn vị thuộc Văn phòng Quốc hội", "… các bảo tàng thuộc Bộ
            # X": the body whose units they are ends the name (not "Cụm thi đua số 3 thuộc …", a
            # bloc's number)
            return local_extent(tagged.tokens, body.j), body.local
        if key == "thuộc" and keys[j : j + 1] == ["các"] and body is None:
            placed = _unknown_owner_end(tagged, end + 1)
            if placed is not None:
                return placed, True  # "Khối thi đua các phòng thuộc Công an tỉnh Quảng Bình"
        if key in BLOC_NAME_STOP or (not tagged.tokens[end].is_word and key not in {",", "-"}):
            break
        if key == "bao" and tagged.key(end + 1) == "gồm":
            break  # "Khối thi đua Ngân hàng I bao gồm …"
        if not tagged.tokens[end].is_capitalised and (
            tuple(keys[end : end + 2]) in _NAME_ENDING_VERBS or key in _NAME_ENDING_WORDS
        ):
            break  # "Cụm thi đua các tỉnh Tây Nam Bộ tổng kết …": the name ends at the verb
        if end > j and headline_in_capitals(tagged.tokens, end):
            break  # "KHỐI THI ĐUA 11 THÀNH PHỐ HỒ CHÍ MINH SƠ KẾT …": a headline in capitals
        if (
            key == ","
            and keys[end - 1] in {"tỉnh", "huyện", "xã"}
            and keys[end + 1 : end + 3] in (["thành", "phố"], ["thị", "xã"], ["thị", "trấn"])
        ):
            end += 3  # "… 5 tỉnh, thành phố", "các huyện, thị xã": one kind of places
            continue
        if key == "," and keys[end - 2 : end] == ["các", "xã"] and tagged.key(end + 1) == "phường":
            end += 2  # "Cụm thi đua Công an các xã, phường khu vực 3": one kind of places
            continue
        if (
            key == ","
            and tagged.key(end + 1) not in _NAME_GOES_ON_AFTER_COMMA
            # "các trường cao đẳng, trung cấp", "các bệnh viện, trung tâm y tế"
            and [tagged.key(end + 1), tagged.key(end + 2)]
            not in (["trung", "cấp"], ["trung", "tâm"])
            and not _sectors_go_on(tagged, end)
            and not _local_body_unit_follows(tagged, end)
            and not _sector_after_comma(tagged, end)  # "Khối thi đua Quân khu, Quân đoàn"
            and not (keys[j : j + 1] == ["các"] and _units_up_to_their_body(tagged, end))
            and not (
                keys[i - 1 : i] != ["các"]
                and _sectors_to_a_place(tagged, end, first="," not in keys[j:end])
            )
        ):
            break  # "các sở, ngành …", "các ban Đảng, cơ quan, đơn vị …" go on
        if key == "," and keys[end - 2] == "số" and _NUMBER.fullmatch(keys[end - 1]):
            break  # "cụm thi đua số 1, Sở GD-ĐT TP Hồ Chí Minh làm Cụm phó": the number ends it
        if (
            keys[end : end + 2] == ["trực", "thuộc"]
            and keys[end - 1] in {"tỉnh", "phố"}
            and end + 2 < len(keys)
            and _is_central(tagged, end + 2)
        ):
            # "các tỉnh, thành phố trực thuộc Trung ương": the centrally run cities, a name
            # (not "các đơn vị trực thuộc Trung ương Đoàn", the body the units belong to)
            end += 2 + (2 if tagged.key(end + 2) == "trung" else 1)
            continue
        if key == "trực" and tagged.key(end + 1) == "thuộc":
            # "… đơn vị trực thuộc Tỉnh ủy": the body the units belong to ends the name
            owner = end + 2
            span = tagged.at.get(owner)
            if span is not None and span.of(*ORGANISATIONS):
                return local_extent(tagged.tokens, span.j), span.local or _is_local_body(
                    keys, owner
                )
            if _is_local_body(keys, owner):
                return local_extent(tagged.tokens, owner + 2), True
            placed = _unknown_owner_end(tagged, owner)
            if placed is not None:
                return placed, True  # "… trực thuộc Sở Nội vụ tỉnh Kiên Giang"
            break
        end += 1
    numbered = keys[j : j + 1] == ["số"] and j + 1 < len(keys) and _NUMBER.fullmatch(keys[j + 1])
    bare_number = j == i + 3 and j < len(keys) and _is_bloc_number(tagged, j)
    if bare_number:
        j -= 1  # "Cụm thi đua 4", "Khối thi đua VII": the number without "số"
    if numbered or bare_number:
        # "Khối thi đua số 2", "Cụm thi đua số IV"; a number is only unique within the body
        # that set the blocs up, named next: "Cụm thi đua số 6, Bộ Công an", "… số 5 thuộc Cục
        # Thuế", "Khối thi đua số 7 (Bộ Tài chính)"
        end = _with_parent(tagged, j + 2)
        if end == j + 2 and is_local_after(tagged.tokens, end):
            return local_extent(tagged.tokens, end), True  # "Cụm thi đua số 11 tỉnh Thanh Hóa"
        place = tagged.at.get(end)
        if end > j + 2 and place is not None and place.kind is Kind.PLACE:
            # "Khối thi đua số 02 ngành Kiểm sát Hải Phòng": the province's own bloc, named
            # like "… ngành Kiểm sát thành phố Hải Phòng" (its place written as a scope)
            return end, True
        return end, False
    central = [k for k in range(j, end) if _is_central(tagged, k)]
    if central:
        last = central[-1]
        return last + (2 if keys[last] == "trung" else 1), False
    if _ends_with_places_counted(keys, j, end):
        return end, False  # "Cụm thi đua Bộ Chỉ huy Quân sự 5 tỉnh, thành phố"
    if end - 2 > j and keys[end - 2] == "," and org_head_at(keys, end - 1):
        end -= 2  # "Khối thi đua các cơ quan Đảng, Ban| Tổ chức Tỉnh ủy …": a unit, cut at its head
    listed = keys[end : end + 1] == ["gồm"]
    if (keys[j : j + 1] == ["các"] or listed) and end - j >= 2:
        # a descriptive name: "Khối thi đua các sở, ngành kinh tế", "Cụm thi đua lĩnh vực kinh
        # tế gồm …" (its member list follows)
        return end, False
    while end > j and not (
        tagged.tokens[end - 1].is_capitalised
        or keys[end - 1] == "đảng"
        or tagged.word_goes_on(end - 1)  # "… các Sở Kế hoạch và Đầu tư"
    ):
        if end - 2 >= j and f"{keys[end - 2]} {keys[end - 1]}" in BLOC_SECTOR_WORDS:
            break  # "Khối thi đua Nội chính nói riêng": a sector word written in sentence case
        inside = any(s.i < end <= s.j and s.j == end and s.of(*ORGANISATIONS) for s in tagged.spans)
        if inside:
            break  # "… Văn phòng Quốc hội": a body's name ends the bloc's, whatever its case
        if keys[end - 1] == "bộ" and keys[end - 2] in {"nam", "bắc", "trung"}:
            break  # "… các tỉnh Đông Nam bộ": a region written in sentence case
        if keys[end - 1] in _COUNTED_UNITS and keys[end - 2].isdigit():
            break  # "Cụm thi đua 4 phòng": the units the name counts
        end -= 1
    return end, False


# The army's kinds of command, sector words of a bloc's name ("Khối thi đua Quân khu, Quân đoàn").
_COMMAND_KINDS = frozenset({"quân khu", "quân đoàn", "quân chủng", "binh chủng"})
# Two-syllable sector words that name blocs, written with only their first syllable capitalised
# ("Khối Nội chính", "Khối thi đua Kinh tế", "Khối Văn hóa - Xã hội", "Khối Đảng - Đoàn thể").
BLOC_SECTOR_WORDS = frozenset(
    {
        "nội chính",
        "kinh tế",
        "văn hóa",
        "xã hội",
        "tổng hợp",
        "đoàn thể",
        "kỹ thuật",
        "doanh nghiệp",
        "tài chính",
        "nông nghiệp",
        "công nghiệp",
        "giáo dục",
        "y tế",
        "tư pháp",
        "dân chính",
        "chính quyền",
        "mặt trận",
        "tham mưu",
        # nouns only (not "xây dựng", "tổ chức", "đào tạo": "khối thi đua tổ chức hội nghị"), and
        # not "sự nghiệp" ("Khối sự nghiệp thuộc Bộ" describes a group, its blocs are numbered)
        "ngân hàng",
        "an ninh",
        "quốc phòng",
        "quân sự",
        "công an",
        "khoa học",
        "giao thông",
        "thương mại",
        "dịch vụ",
        "truyền thông",
        "báo chí",
        "tài nguyên",
        "môi trường",
        "hải quan",
        "kho bạc",
        "bảo hiểm",
        "điện lực",
        "du lịch",
        "thể thao",
        "hành chính",
        "dân vận",
        "tuyên giáo",
    }
    | _COMMAND_KINDS
)


def _name_goes_on(tagged: Tagged, k: int) -> bool:
    """Whether "và" at ``k`` joins two capitalised words inside one name ("Bảo vệ và Phát
    triển rừng") rather than the bloc to another body ("… và Sở Tư pháp", "… và UBND tỉnh")."""
    before, after = (
        tagged.tokens[k - 1],
        tagged.tokens[k + 1] if k + 1 < len(tagged.tokens) else None,
    )
    if _joint_office(tagged, k):
        return True  # "Cụm thi đua Văn phòng Đoàn ĐBQH và HĐND các tỉnh": one office of both
    if after is None or not after.is_capitalised or not after.is_word or after.text.isupper():
        return False
    keys = [t.key for t in tagged.tokens]
    if (
        org_head_at(keys, k + 1)
        or tagged.at.get(k + 1) is not None
        or after.text in BLOC_HEAD_WORDS
    ):
        return False  # "… và Sở Tư pháp", "Khối Tổng hợp và Khối Nội chính": two names
    return before.is_word and not before.text.isdigit()


# Kinds of school, which a bloc of "các trường …" joins by commas and "và".
_SCHOOL_KINDS = (("đại", "học"), ("cao", "đẳng"), ("trung", "cấp"), ("học", "viện"))


def _school_kinds_joined(keys: Sequence[str], k: int) -> bool:
    """Whether "và" at ``k`` joins two kinds of school after "các trường" ("các trường Cao
    đẳng và Đại học", "các trường đại học, cao đẳng và trung cấp")."""
    after = tuple(keys[k + 1 : k + 3]) in _SCHOOL_KINDS
    before = tuple(keys[k - 2 : k]) in _SCHOOL_KINDS
    return after and before and "trường" in keys[max(0, k - 10) : k]


def _on_to_counted_places(tagged: Tagged, k: int) -> bool:
    """Whether "và" at ``k``, after a capitalised unit's word, goes on in lower case to the
    places the bloc's units are in ("Cụm thi đua Quỹ Bảo vệ và phát triển rừng 7 tỉnh Tây
    Bắc"): the words between name the unit, not a second body."""
    if k == 0 or not tagged.tokens[k - 1].is_word:
        return False
    for m in range(k + 1, min(k + 6, len(tagged.tokens) - 1)):
        token = tagged.tokens[m]
        if not token.is_word or token.is_capitalised:
            return False
        if (token.key == "các" or token.key.isdigit()) and tagged.key(m + 1) in {"tỉnh", "thành"}:
            return m > k + 1
    return False


def _is_central(tagged: Tagged, k: int) -> bool:
    """ "Trung ương", "TW", "TƯ" at token ``k`` (not the "tư" of "tư pháp")."""
    key = tagged.tokens[k].key
    if key == "trung":
        return tagged.key(k + 1) == "ương"
    return key in _CENTRAL and (key != "tư" or tagged.tokens[k].text.isupper())


# Lower-case words after a comma inside a bloc's name: more kinds of unit it is made of.
_NAME_GOES_ON_AFTER_COMMA = frozenset(
    {"ngành", "cơ", "đơn", "đoàn", "hội", "sở", "ban", "doanh"}
    # "các trường đại học, cao đẳng", "các tập đoàn, tổng công ty", "…, học viện", "…, viện"
    | {"cao", "tổng", "học", "viện"}
)


def _sectors_go_on(tagged: Tagged, k: int) -> bool:
    """Whether the comma at ``k`` is inside a name of several sectors ("Văn hóa, Thể thao và Du
    lịch", "Lao động, Thương binh và Xã hội"): capitalised words on both sides, and "và" before
    a capitalised word within the next four, with no other comma between."""
    return _sectors_joined_at(tagged, k) is not None


def _sectors_joined_at(tagged: Tagged, k: int) -> int | None:
    """The "và" that joins the last sector of a name whose comma is at ``k`` (see
    :func:`_sectors_go_on`), or None when the comma is not inside such a name."""
    tokens = tagged.tokens
    if k == 0 or k + 1 >= len(tokens):
        return None
    before = tokens[k - 1].is_capitalised or (k >= 2 and tokens[k - 2].is_capitalised)
    if not (before and tokens[k + 1].is_capitalised):  # "Văn hóa, Thể thao"
        return None
    for m in range(k + 2, min(k + 6, len(tokens) - 1)):
        if tokens[m].key in {",", ".", ";", "(", ")"}:
            return None
        if tokens[m].key == "và":
            # "Văn hóa, Thể thao và Du lịch"; "các cơ quan Đảng, Mặt trận và (các) đoàn thể"
            after = tokens[m + 2] if tokens[m + 1].key == "các" and m + 2 < len(tokens) else None
            joined = tokens[m + 1].is_capitalised or (
                (after or tokens[m + 1]).key in _NAME_GOES_ON_AFTER_COMMA
            )
            return m if joined else None
    return None


# The mass organisations as a bloc's name writes them in lower case, one sector of it.
_MASS_ORGANISATIONS = tuple(
    tuple(keys_of(phrase))
    for phrase in (
        "các tổ chức chính trị - xã hội",
        "tổ chức chính trị - xã hội",
        "các tổ chức chính trị xã hội",
        "tổ chức chính trị xã hội",
        "các đoàn thể chính trị - xã hội",
        "các đoàn thể",
    )
)


def _mass_organisations_after(keys: Sequence[str], k: int) -> bool:
    """Whether "và" and the mass organisations follow within a few words of ``k`` ("Mặt trận Tổ
    quốc và các tổ chức chính trị - xã hội": the Front as a sector of a bloc's name)."""
    for m in range(k, min(k + 3, len(keys))):
        if keys[m] == "và":
            return any(tuple(keys[m + 1 : m + 1 + len(n)]) == n for n in _MASS_ORGANISATIONS)
    return False


def _sectors_to_a_place(tagged: Tagged, k: int, *, first: bool) -> bool:
    """Whether the comma at ``k`` goes on to more sectors of one bloc's name that a place ends
    ("Khối thi đua Khoa giáo, Văn hóa - Xã hội tỉnh Hưng Yên", "Cụm thi đua Báo, Đài, Tạp chí
    tỉnh Nghệ An"): capitalised words, each maybe with a few lower-case ones after it, joined
    by commas, dashes or "và", up to "tỉnh …" or "thành phố …"; not a unit the graph knows
    ("Trong Khối thi đua Nội chính, Công an tỉnh Hà Tĩnh …" names a member, after the name's
    ``first`` comma)."""
    tokens = tagged.tokens
    keys = [t.key for t in tokens]
    lower = 0
    m, limit = k, k + 14
    while m + 1 < min(limit, len(tokens)):
        m += 1
        token = tokens[m]
        mass = next((n for n in _MASS_ORGANISATIONS if tuple(keys[m : m + len(n)]) == n), None)
        if mass is not None and keys[m - 1] in {",", "và"}:
            # "…, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tỉnh Gia Lai"
            m += len(mass) - 1
            limit += len(mass)
            lower = 0
            continue
        if token.key == "," or token.key in {"-", "–", "và"}:
            if m == k + 1 or not tokens[m - 1].is_word:
                return False
            lower = 0
            continue
        if not token.is_word:
            return False
        if tokens[m - 1].key == "," and (token.text in BLOC_HEAD_WORDS or tagged.at.get(m)):
            return False  # "…, Khối Kinh tế": another bloc; "…, Sở Y tế tỉnh X": a unit
        front = keys[m : m + 2] == ["mặt", "trận"] and _mass_organisations_after(keys, m + 2)
        if tokens[m - 1].key == "," and org_head_at(keys, m) and not front:
            after = m + org_head_length(keys, m)
            named = after < len(tokens) and tokens[after].is_capitalised
            if named or (first and m == k + 1 and is_local_after(tokens, after)):
                return False  # "…, Ngân hàng Nông nghiệp tỉnh X", "…, Công an tỉnh X": a unit
        if m > k + 1 and is_local_after(tokens, m):
            return m > k + 2 and tokens[m - 1].is_word and local_extent(tokens, m) > m + 1
        if token.is_capitalised or (
            tokens[m - 1].key == "," and token.key in _NAME_GOES_ON_AFTER_COMMA
        ):
            lower = 0  # "…, Mặt trận, đoàn thể tỉnh Bến Tre"
            continue
        if not tokens[m - 1].is_word or lower == 2:
            return False  # a word in lower case begins no sector ("…, tổ chức hội nghị")
        if tuple(tagged.key(c) for c in (m, m + 1)) in _NAME_ENDING_VERBS:
            return False
        lower += 1
    return False


def _sector_after_comma(tagged: Tagged, k: int) -> bool:
    """Whether a kind of military command follows the comma at ``k`` and ends the name
    ("Khối thi đua Quân khu, Quân đoàn gồm …", not "…, Quân đoàn 12 tham dự"; not "Khối thi
    đua Nội chính, Kinh tế", which may be two blocs)."""
    if k + 2 >= len(tagged.tokens) or not tagged.tokens[k + 1].is_capitalised:
        return False
    pair = f"{tagged.key(k + 1)} {tagged.key(k + 2)}"
    after = tagged.tokens[k + 3] if k + 3 < len(tagged.tokens) else None
    ends = after is None or not (after.is_capitalised or after.key.isdigit())
    return pair in _COMMAND_KINDS and ends


def _local_body_unit_follows(tagged: Tagged, k: int) -> bool:
    """Whether a unit of a province's or district's Party committee follows the comma at ``k``
    in a bloc's name ("Khối thi đua các Ban Đảng, Văn phòng Tỉnh ủy"): a capitalised word, then
    words up to "Tỉnh ủy", "Huyện ủy", … within the next four."""
    keys = [t.key for t in tagged.tokens]
    if k + 1 >= len(keys) or not tagged.tokens[k + 1].is_capitalised:
        return False
    for m in range(k + 2, min(k + 5, len(keys))):
        if not tagged.tokens[m].is_word:
            return False
        if _is_local_body(keys, m) and keys[m : m + 2] != ["ủy", "ban"]:
            return True
    return False


def _units_up_to_their_body(tagged: Tagged, k: int) -> bool:
    """Whether the comma at ``k`` goes on to more kinds of unit that a body ends ("Khối thi đua
    các Tổng cục, Cục thuộc Bộ Tài chính", "… các đơn vị sự nghiệp, doanh nghiệp trực thuộc Bộ
    X"): short runs of words joined by commas or "và", then "(trực) thuộc" and a body the graph
    knows or a province's unit it lacks."""
    tokens = tagged.tokens
    run = 0
    for m in range(k + 1, min(k + 14, len(tokens) - 1)):
        key = tokens[m].key
        if key in {",", "và"}:
            if run == 0:
                return False
            run = 0
            continue
        if key == "thuộc" or (key == "trực" and tagged.key(m + 1) == "thuộc"):
            owner = m + 1 + (key == "trực")
            body = tagged.at.get(owner)
            known = body is not None and bool(body.of(*ORGANISATIONS))
            return run > 0 and (known or _unknown_owner_end(tagged, owner) is not None)
        if not tokens[m].is_word or tagged.at.get(m) is not None or run == 4:
            return False  # a unit the graph knows is a member, not a kind of unit
        if is_local_after(tokens, m):
            return False  # "…, Công an tỉnh thuộc …": a province's unit, not a kind of unit
        run += 1
    return False


def _unknown_owner_end(tagged: Tagged, k: int) -> int | None:
    """The end of a province's or a district's unit the graph lacks, named from ``k`` as the
    body a bloc's units belong to ("Sở Lao động - Thương binh và Xã hội tỉnh Hưng Yên"): a
    capitalised head, words of its name, then its place; None when no place ends it."""
    tokens = tagged.tokens
    keys = [t.key for t in tokens]
    if k >= len(tokens) or not tokens[k].is_capitalised or not org_head_at(keys, k):
        return None
    for m in range(k + 1, min(k + 14, len(tokens))):
        if is_local_after(tokens, m):
            end = local_extent(tokens, m)
            return end if end > m + 1 else None
        token = tokens[m]
        if not token.is_word and token.key not in {"-", "–", ","}:
            return None
        clause = (
            token.key in ORG_NAME_BREAKS - {"và"} or tuple(keys[m : m + 2]) in _NAME_ENDING_VERBS
        )
        if clause and not token.is_capitalised:
            return None
    return None


def _is_local_body(keys: list[str], k: int) -> bool:
    """Whether the body at ``k`` is a province's or a district's ("Tỉnh ủy", "Huyện ủy")."""
    return tuple(keys[k : k + 2]) in {
        ("tỉnh", "ủy"),
        ("thành", "ủy"),
        ("huyện", "ủy"),
        ("quận", "ủy"),
        ("thị", "ủy"),
        ("ủy", "ban"),
    } and not (keys[k : k + 2] == ["ủy", "ban"] and "trung" in keys[k + 2 : k + 6])


def _with_parent(tagged: Tagged, end: int) -> int:
    """``end``, or past the body named right after a numbered bloc."""
    keys = [t.key for t in tagged.tokens]
    adjacent = tagged.at.get(end)
    if adjacent is not None and adjacent.of(*ORGANISATIONS):
        return adjacent.j  # "Cụm thi đua số 5 Bảo hiểm xã hội Việt Nam"
    if keys[end : end + 1] == ["ngành"] and end + 1 < len(keys):
        # "Cụm thi đua số 5 ngành Dự trữ Nhà nước", "… số 2 ngành Tài chính": the sector
        stop = _past_lower_case_words(tagged, _capitalised_name_end(tagged, end + 1, 10))
        return stop if stop > end + 1 and not _clause_after(tagged, stop) else end
    adjoining = end < len(keys) and tagged.tokens[end].is_capitalised and org_head_at(keys, end)
    if keys[end : end + 1] not in ([","], ["thuộc"], ["("], ["của"], ["-"]) and not adjoining:
        return end
    # "Cụm thi đua số 8 Bộ đội Biên phòng", "… số 1 Ủy ban MTTQ Việt Nam tỉnh Gia Lai": a body
    # the graph lacks, written right after the number
    start = end if adjoining else end + 1
    span = tagged.at.get(start)
    if span is not None and span.of(*ORGANISATIONS):
        stop = span.j
    elif start < len(keys) and tagged.tokens[start].is_capitalised and org_head_at(keys, start):
        stop = start + max(1, org_head_length(keys, start))  # "Liên đoàn Lao động": its head
        stop = _capitalised_name_end(tagged, stop, 10 - (stop - start))
        stop = _past_lower_case_words(tagged, stop)  # "Cục Dự trữ Nhà nước"
        if stop < len(keys) and not tagged.tokens[stop].is_capitalised:
            # "Cụm thi đua số 1 của Ban đại diện Hội Người cao tuổi tỉnh Gia Lai": the owner's
            # name goes on in lower case, to its place
            placed = next(
                (
                    k
                    for k in range(stop, min(stop + 10, len(keys)))
                    if is_local_after(tagged.tokens, k)
                ),
                None,
            )
            between = keys[stop:placed] if placed is not None else []
            # after "của" any words; after a comma plain words only ("…, Liên đoàn Lao động
            # tỉnh Thanh Hóa gồm …", not "…, BHXH Việt Nam gồm 5 tỉnh …")
            plain = keys[end] == "của" or all(
                tagged.tokens[m].is_word
                and not keys[m].isdigit()
                and keys[m] not in BLOC_NAME_STOP | {"là", "và", "các"}
                for m in range(stop, placed or stop)
            )
            if placed is not None and plain and not {",", ".", ";", ":"} & set(between):
                stop = local_extent(tagged.tokens, placed)
    else:
        return end
    if keys[end] == "(":
        # "Khối thi đua số 7 (Bộ Tài chính)"; not "Cụm thi đua số 1 (Tổng công ty A; …)", a list
        return stop + 1 if keys[stop : stop + 1] == [")"] else end
    if (keys[end] == "," or adjoining) and _clause_after(tagged, stop):
        return end  # "… Khối thi đua số 3, Sở Tư pháp là Khối phó": the next clause's subject
    return stop


def _capitalised_name_end(tagged: Tagged, start: int, most: int) -> int:
    """The end of the capitalised words of a name from ``start`` (at most ``most`` tokens):
    through a word in sentence case the graph knows ("Bộ đội Biên phòng", "Tổng cục Chính
    trị"), a dash inside the name ("Hội TTTS - Đường HCM Việt Nam") and "và" between two parts
    of a sector ("Sở Giáo dục và Đào tạo"); not into a headline's verb in capitals."""
    tokens, keys = tagged.tokens, [t.key for t in tagged.tokens]
    stop = start
    while stop < len(keys) and stop - start < most:
        if headline_in_capitals(tokens, stop):
            break  # "… VIỆT NAM KÝ GIAO ƯỚC …"
        place = tagged.at.get(stop)
        last = place is not None and not (
            place.j < len(keys) and tokens[place.j].is_word and tokens[place.j].is_capitalised
        )  # (not "Đường Hồ Chí Minh Việt Nam", a name going on past a place's)
        if stop > start and place is not None and place.kind is Kind.PLACE and last:
            break  # "ngành Kiểm sát Hải Phòng": the province the body is in ends its name
        after = stop + 1 < len(keys) and tokens[stop + 1].is_capitalised
        word = (tokens[stop].is_word and tokens[stop].is_capitalised) or tagged.word_goes_on(stop)
        # "Quân khu 7", "Sư đoàn 9", "Quân đoàn 34": a numbered body's number
        word = word or (
            keys[stop].isdigit()
            and len(keys[stop]) <= 3
            and any(org_head_length(keys, stop - n) == n for n in (1, 2) if stop - n >= 0)
        )
        dash = keys[stop] == "-" and after
        joined = keys[stop] == "và" and after and stop > start and not org_head_at(keys, stop + 1)
        if tuple(keys[stop : stop + 2]) in _LOWER_CASE_TAILS and stop > 0:
            stop += 2  # "Bảo hiểm xã hội", "Tòa án nhân dân"
            continue
        if not (word or dash or joined):
            break
        stop += 1
    return stop


# Words that end the names of bodies in lower case ("Bảo hiểm xã hội", "Tòa án nhân dân", "Kho
# bạc Nhà nước" written "nhà nước").
_LOWER_CASE_TAILS = frozenset({("xã", "hội"), ("nhân", "dân"), ("nhà", "nước")})


def _past_lower_case_words(tagged: Tagged, stop: int) -> int:
    """Past one to three lower-case words inside a body's name and the capitalised words after
    them ("Cục Dự| trữ Nhà nước", "Quỹ Bảo| vệ và Phát triển rừng"), or a dash between ("Hội
    đồng Thi| đua - Khen thưởng"), while no verb or stop word comes first; ``stop`` otherwise."""
    tokens, keys = tagged.tokens, [t.key for t in tagged.tokens]
    stop += keys[stop - 1 : stop + 1] == ["nhà", "nước"]  # "Kho bạc Nhà nước", "Dự trữ Nhà nước"
    while stop < len(tokens) and not tokens[stop].is_capitalised:
        run = stop
        while run < len(tokens) and run - stop < 3 and tokens[run].is_word:
            if tokens[run].is_capitalised or keys[run] in BLOC_NAME_STOP | {"là", "các", "gồm"}:
                break
            if _verb_at(tagged, run) or is_local_after(tokens, run) or keys[run].isdigit():
                break
            run += 1
        dashed = run > stop and keys[run : run + 1] in (["-"], ["–"]) and run + 1 < len(tokens)
        run += dashed and tokens[run + 1].is_capitalised  # "Hội đồng Thi đua - Khen thưởng"
        if run == stop or run >= len(tokens) or not tokens[run].is_capitalised:
            return stop
        if tagged.at.get(run) is not None and tagged.at[run].kind is Kind.PERSON:
            return stop
        stop = run
        while stop < len(tokens) and (
            (tokens[stop].is_word and tokens[stop].is_capitalised) or tagged.word_goes_on(stop)
        ):
            stop += 1  # (through a word in sentence case: "Bộ đội Biên phòng")
        stop += keys[stop - 1 : stop + 1] == ["nhà", "nước"]
    return stop


def _clause_after(tagged: Tagged, k: int) -> bool:
    """Whether the words from ``k`` go on to say what a unit is or does ("… là Khối phó",
    "… làm Cụm trưởng"), past the rest of its name."""
    keys = [t.key for t in tagged.tokens]
    for m in range(k, min(k + 8, len(keys))):
        if keys[m] in {"là", "làm", "giữ", "được"}:
            return True
        span = tagged.at.get(m)
        if keys[m] in {",", ".", ";", "("} or (span is not None and span.of(Kind.BLOC_ROLE)):
            return span is not None
    return False


def bloc_mentions(tagged: Tagged) -> list[tuple[int, int, Entity | None, bool]]:
    """(start, end, graph bloc or None, local) for each bloc named in the sentence."""
    found: list[tuple[int, int, Entity | None, bool]] = []
    covered: set[int] = set()
    for span in tagged.spans:
        if span.of(Kind.BLOC_ROLE) and span.j - span.i > 2:
            # "Khối trưởng Khối thi đua Nội chính tỉnh": the role's long form ends where the
            # bloc's name begins, so the name is read from its "Khối"
            covered.update(range(span.i, span.i + 2))
            continue
        ends_with_head = tagged.key(span.j - 1) in {"khối", "cụm"}
        thi_dua = [tagged.key(span.j), tagged.key(span.j + 1)] == ["thi", "đua"]
        if span.of(Kind.BLOC_ROLE) and ends_with_head and thi_dua:
            # "Trưởng Khối thi đua các cơ quan …": the bloc's name begins with the role's "Khối"
            covered.update(range(span.i, span.j - 1))
            continue
        covered.update(range(span.i, span.j))
        if span.kind is Kind.BLOC:
            if span.local:
                found.append((span.i, local_extent(tagged.tokens, span.j), None, True))
                continue
            end, local = _unknown_name(tagged, span.i)
            if local and end > span.j:
                # "Khối thi đua các ban Đảng, cơ quan, đơn vị trực thuộc Tỉnh ủy": a province's
                # bloc whose name begins like a central one's
                covered.update(range(span.i, end))
                found.append((span.i, end, None, True))
            else:
                found.append((span.i, span.j, span.of(Kind.BLOC)[0], False))
    for i, token in enumerate(tagged.tokens):
        if i in covered or (token.text not in BLOC_HEAD_WORDS and not _named_lowercase(tagged, i)):
            continue
        if _bare_numbered_with_role(tagged, i):
            # "Cụm 1 do huyện Krông Pách làm cụm trưởng, …; Cụm 2 do huyện Ea Kar làm …"
            found.append((i, i + 2, None, False))
            continue
        if (
            token.text == "Cụm"
            and tagged.key(i + 1) != "thi"
            and not _counts_places(tagged, i)
            and not _numbered_and_named(tagged, i)
            and not _numbered_in_emulation(tagged, i)
        ):
            continue  # "cụm công nghiệp" is no bloc; "Cụm 7 tỉnh biên giới phía Bắc" is one
        if NOT_A_BLOC.match(tagged.sentence.text[tagged.char_start(i) :]):
            continue
        if tuple(tagged.key(k) for k in range(max(i - 2, 0), i)) in _BODY_OF_A_SECTOR or (
            i > 0 and tagged.key(i - 1) == "đoàn"
        ):
            continue  # "Đảng ủy Khối Doanh nghiệp", "Công đoàn Khối": a body, not a bloc
        end, local = _unknown_name(tagged, i)
        acronym = (
            i + 1 < end
            and len(tagged.tokens[i + 1].text) >= 3
            and tagged.tokens[i + 1].text.isupper()
        )
        if end - i > 3 or (end - i == 3 and tagged.key(i + 1) != "thi") or acronym:
            found.append((i, end, None, local))
    return sorted(found, key=lambda f: f[0])


def _bare_numbered_with_role(tagged: Tagged, i: int) -> bool:
    """Whether "Khối"/"Cụm" at ``i`` and a number alone name a bloc whose role or list the words
    after give ("Khối 1 do Trường Chính trị làm khối trưởng", "Cụm 2 do huyện Ea Kar làm cụm
    trưởng", "Khối 1 bao gồm 7 đơn vị: …"): the number is no count and a bloc role follows
    within the clause, or a list (after a colon, or in a sentence about emulation)."""
    keys = [t.key for t in tagged.tokens]
    if i + 2 >= len(keys) or not _is_bloc_number(tagged, i + 1):
        return False
    if keys[i + 2] not in {"do", "có", "gồm", "bao", ":", "("}:
        return False
    listed = keys[i + 2] in {"gồm", ":"} or keys[i + 2 : i + 4] == ["bao", "gồm"]
    if listed and (":" in keys[i + 2 : i + 8] or _about_emulation(tagged)):
        return True  # "Khối 1 bao gồm 7 đơn vị: …", "Cụm 2 gồm các xã: …": its list follows
    for k in range(i + 2, min(i + 16, len(keys))):
        if keys[k] in {";", "."}:
            return False  # the role is the next clause's
        span = tagged.at.get(k)
        if span is not None and span.of(Kind.BLOC_ROLE):
            return True
    return False


def _numbered_and_named(tagged: Tagged, i: int) -> bool:
    """Whether "Cụm" at ``i`` is a numbered cluster with its name after a dash, in a sentence
    about emulation ("Cụm I – Các tổ chức tín dụng gồm 5 đơn vị: …"): the sentence says "thi
    đua", names a bloc role, or lists the cluster's units."""
    keys = [t.key for t in tagged.tokens]
    k = i + 1 + (keys[i + 1 : i + 2] == ["số"])
    if k + 2 >= len(keys) or not _NUMBER.fullmatch(keys[k]) or keys[k + 1] != "-":
        return False
    if not tagged.tokens[k + 2].is_capitalised:
        return False
    return _about_emulation(tagged) or "gồm" in keys


def _numbered_in_emulation(tagged: Tagged, i: int) -> bool:
    """Whether "Cụm số N" or "Cụm các ‹units›" at ``i`` is a bloc: its sentence is about
    emulation (says "thi đua", names a bloc role, or lists the cluster's units: "các Trại giam
    Cụm số 7, gồm: …")."""
    keys = [t.key for t in tagged.tokens]
    if _described(keys, i + 1):
        # "Hội nghị triển khai công tác thi đua … Cụm các trường Trung cấp, Cao đẳng …"
        return _about_emulation(tagged)
    if keys[i + 1 : i + 2] != ["số"] or i + 2 >= len(keys) or not _NUMBER.fullmatch(keys[i + 2]):
        return False
    return _about_emulation(tagged) or "gồm" in keys[i + 3 : i + 6]


def _about_emulation(tagged: Tagged) -> bool:
    """Whether a sentence is about emulation: it says "thi đua" or names a bloc role."""
    keys = [t.key for t in tagged.tokens]
    emulation = any(keys[m : m + 2] == ["thi", "đua"] for m in range(len(keys) - 1))
    return emulation or any(span.of(Kind.BLOC_ROLE) for span in tagged.spans)


def _counts_places(tagged: Tagged, i: int) -> bool:
    """Whether "Cụm"/"cụm" at ``i`` is followed by a count of provinces and a capitalised name:
    "Cụm 7 tỉnh biên giới phía Bắc", "cụm 5 tỉnh Bắc Trung Bộ" (a cluster of provinces); or
    "Cụm" by a unit and a count of the places it is in ("Cụm Thanh tra 9 huyện miền núi")."""
    keys = [t.key for t in tagged.tokens]
    if (
        tagged.tokens[i].text == "Cụm"
        and org_head_at(keys, i + 1)
        and tagged.tokens[i + 1].is_capitalised
    ):
        for k in range(i + 2, min(i + 8, len(keys) - 1)):
            if not tagged.tokens[k].is_word and not keys[k].isdigit():
                break
            if keys[k].isdigit() and keys[k + 1] in {"tỉnh", "huyện", "xã", "phường", "quận"}:
                return True
    count = tagged.key(i + 1)
    if not (count.isdigit() and len(count) <= 2 and tagged.key(i + 2) in {"tỉnh", "thành"}):
        return False
    rest = tagged.tokens[i + 3 : i + 9]
    return any(t.is_capitalised for t in rest)


def _named_lowercase(tagged: Tagged, i: int) -> bool:
    """Whether "khối thi đua"/"cụm thi đua" written in lower case at ``i`` is followed by a
    name: a number ("khối thi đua VII", "cụm thi đua số 1"), an acronym or a sector word
    ("khối thi đua Nội chính"); not "cụm trưởng cụm thi đua Chủ trì Hội nghị". "khối" and a
    sector need a number ("khối ngân hàng I")."""
    keys = [t.key for t in tagged.tokens]
    if keys[i] == "cụm" and _counts_places(tagged, i):
        return True  # "cụm 7 tỉnh biên giới phía Bắc"
    if keys[i] in {"khối", "cụm"} and " ".join(keys[i + 1 : i + 3]) in BLOC_SECTOR_WORDS:
        # "khối ngân hàng I": a sector and the bloc's number, with no "thi đua"
        number = tagged.tokens[i + 3] if i + 3 < len(keys) else None
        if number is not None and _NUMBER.fullmatch(number.key):
            return number.text.isupper() or number.key.isdigit()
    if keys[i] not in {"khối", "cụm"} or keys[i + 1 : i + 3] != ["thi", "đua"]:
        return False
    if i + 3 >= len(keys):
        return False
    name = tagged.tokens[i + 3]
    # "cụm thi đua miền Đông Nam Bộ", "khối thi đua khu vực Tây Nguyên": a region's name
    region = 2 if keys[i + 3 : i + 5] == ["khu", "vực"] else int(keys[i + 3] in {"miền", "vùng"})
    regional = bool(region) and i + 3 + region < len(keys)
    return (
        (regional and tagged.tokens[i + 3 + region].is_capitalised)
        or name.key == "số"
        or bool(_NUMBER.fullmatch(name.key) and (name.text.isupper() or name.key.isdigit()))
        or (len(name.text) >= 2 and name.text.isupper())
        or " ".join(keys[i + 3 : i + 5]) in BLOC_SECTOR_WORDS
        or _described(keys, i + 3)
    )


# Plural kinds of unit that describe a bloc after "các": "khối thi đua các huyện miền núi".
_DESCRIBED_UNITS = frozenset(
    {"huyện", "quận", "xã", "phường", "tỉnh", "sở", "ban", "cơ", "đơn", "hội", "doanh", "trường"}
)


def _described(keys: list[str], k: int) -> bool:
    """Whether a lower-case bloc's name describes its units at ``k`` and goes on to say which:
    "khối thi đua các huyện trung du - miền núi, gồm: …", "cụm thi đua các sở kinh tế", "khối thi
    đua các huyện, thành phố"."""
    if keys[k : k + 1] != ["các"] or len(keys) <= k + 2 or keys[k + 1] not in _DESCRIBED_UNITS:
        return False
    # a word, not punctuation; or a second kind of unit ("các huyện, thành phố")
    return keys[k + 2][:1].isalpha() or (
        keys[k + 2] == ","
        and keys[k + 3 : k + 4] in (["thành"], ["thị"], *([u] for u in _DESCRIBED_UNITS))
    )


def generic_mention(tagged: Tagged) -> int | None:
    """The token after a bloc named by its kind alone, which means the bloc the report is about:
    "Cụm thi đua gồm …", "Thành viên Khối thi đua gồm: …", "Khối có 9 đơn vị: …"."""
    keys = [t.key for t in tagged.tokens]
    for i, token in enumerate(tagged.tokens):
        if token.text not in BLOC_HEAD_WORDS and keys[i] not in {"khối", "cụm"}:
            continue
        j = i + 3 if keys[i + 1 : i + 3] == ["thi", "đua"] else i + 1
        j += keys[j : j + 1] == ["này"]  # "Cụm thi đua này gồm 12 tỉnh là …"
        j += keys[j : j + 2] == [",", "gồm"]  # "6 cơ quan trực thuộc Khối, gồm …"
        if keys[j : j + 1] == ["hiện"]:  # "Khối hiện (nay) có 8 đơn vị thành viên là …"
            j += 1 + (keys[j + 1 : j + 2] in (["nay"], ["tại"]))
        if keys[j : j + 1] in (["gồm"], ["có"], ["bao"], [":"]):
            return j
        if keys[j : j + 1] == ["("] and keys[i - 1 : i] in (["trong"], ["của"]):
            return j  # "các đơn vị trong Khối (Ban Dân tộc, Sở Y tế; …)"
    return None


def _named_by_its_roles(tagged: Tagged) -> str:
    """A bloc's name by its kind, from the roles a sentence names ("Cụm trưởng" → "Cụm thi
    đua"; "Khối trưởng", "Trưởng khối" → "Khối thi đua")."""
    roles = [s for s in tagged.spans if s.of(Kind.BLOC_ROLE)]
    return "Cụm thi đua" if any("cụm" in keys_of(s.text) for s in roles) else "Khối thi đua"


def bloc_of_a_role(mentions: Sequence[PersonMention]) -> Bloc | None:
    """The report's bloc, named by its kind, when the report names none but an official holds
    one of its roles ("Nguyễn Văn A, Giám đốc Sở X (đơn vị cụm trưởng)"): so the role's unit
    is recorded until a steward names the bloc. None when no official holds a bloc role."""
    for mention in mentions:
        if not mention.bloc_roles:
            continue
        bloc = _bloc_for([], _named_by_its_roles(mention.tagged), None, False)
        bloc.mentions.append(mention.tagged)
        return bloc
    return None


def _generic_label(tagged: Tagged, after: int) -> str:
    """ "Cụm thi đua", "Khối": the kind a bloc is named by alone, before ``after``."""
    keys = [t.key for t in tagged.tokens]
    i = next(k for k in range(after - 1, max(-1, after - 5), -1) if keys[k] in {"khối", "cụm"})
    end = i + 3 if keys[i + 1 : i + 3] == ["thi", "đua"] else i + 1
    label = tagged.surface(i, end)
    return label[:1].upper() + label[1:]


def collect_blocs(
    sentences: list[Tagged],
    gazetteer: Gazetteer,
    home: str | None = None,
    districts: Mapping[str, str] | None = None,
    sector: str | None = None,
) -> list[Bloc]:
    """Blocs named in the report, with their member lists and counts. ``home`` is the province
    the report is about when its text does not name one (e.g. from the outlet's address);
    ``districts`` the one district of each kind it names (``home_districts``), which places
    the communes it lists; ``sector`` the unit each place has in the sector whose outlet the
    report is (``sector_of_url``), the last resort for a list of bare places."""
    blocs: list[Bloc] = []
    without: list[Tagged] = []
    generic: list[tuple[Tagged, int]] = []
    stated: list[tuple[Bloc | None, Member]] = []
    for index, tagged in enumerate(sentences):
        in_sentence: list[Bloc] = []
        named_at: list[tuple[int, Bloc]] = []
        for i, j, entity, local in bloc_mentions(tagged):
            bloc = _bloc_for(blocs, tagged.surface(i, j), entity, local)
            bloc.mentions.append(tagged)
            named_at.append((i, bloc))
            before = len(bloc.members)
            _read_members(bloc, tagged, j, gazetteer, named_at=i)
            if len(bloc.members) == before and not bloc.members:
                # "Sở A, Sở B và Sở C là thành viên Khối thi đua X": the units before the name
                words = [t.key for t in tagged.tokens]
                cue = next((k for k in range(i) if _membership_cue(words, k) == i), None)
                if cue is not None:
                    bloc.members += _units_before(tagged, cue, gazetteer)
            if len(bloc.members) == before and not bloc.members:
                # "Cụm thi đua 4 năm 2017 có … 7 Chi nhánh NHNN các tỉnh: A, B, …": the list
                # comes later in the sentence that names the bloc (after this name, when the
                # sentence named another bloc before: "Cụm số 1 gồm A, B; Cụm số 2 gồm: C, D")
                _orphan_list(bloc, tagged, gazetteer, after=j if in_sentence else 0)
            if not bloc.members and _heads_lines(tagged, j):
                # "I. Cụm 1: Gồm 12 đơn vị (…)", then "1. Trường A", "2. Trường B", …
                bloc.members += _units_on_the_lines_after(sentences, index, gazetteer)
            in_sentence.append(bloc)
        if not in_sentence:
            after = generic_mention(tagged)
            if after is not None:
                generic.append((tagged, after))
            else:
                without.append(tagged)
        here = in_sentence[0] if in_sentence else None  # a role stated here: the first bloc's
        for member in stated_roles(tagged, gazetteer):
            here = (
                _bloc_of_the_role(member, named_at)
                or _bloc_before_the_role(member, named_at)
                or here
            )
            _date_by_the_sentence_before(member, tagged, sentences[index - 1] if index else None)
            stated.append((here, member))
    main = main_bloc(blocs)
    if main is None and generic:
        # "Cụm thi đua gồm Văn phòng Đoàn ĐBQH các tỉnh: …" and no bloc named: the report's
        # bloc, named by its kind until a steward names it
        tagged, after = generic[0]
        main = _bloc_for(blocs, _generic_label(tagged, after), None, False)
        main.mentions.append(tagged)
    if main is None and stated:
        # "Sở A là Cụm trưởng; Sở B là Cụm phó Cụm thi đua năm 2023" and no bloc named: the
        # report's bloc, named by the roles' kind until a steward names it; its members are
        # listed as any bloc's ("đại diện 9 CĐ … gồm A, B, … cùng nhau ký Bản giao ước")
        tagged = stated[0][1].tagged
        main = _bloc_for(blocs, _named_by_its_roles(tagged), None, False)
        main.mentions.append(tagged)
    if main is not None:
        for tagged, after in generic:
            before = len(main.members)
            _read_members(main, tagged, after, gazetteer)
            if len(main.members) == before:
                _orphan_list(main, tagged, gazetteer)
        for tagged in without:
            _orphan_list(main, tagged, gazetteer)
    for named, member in stated:
        target = named or main
        if target is not None:
            member.org = _as_unit(member.org, target)
            member.org = _listed_as(member.org, target)
            _add_stated(target, member)
    known = province_names(gazetteer.place_labels)
    ministry = _ministry_of(sentences)
    body = _named_most(sentences, is_central)
    for bloc in blocs:
        _name_parents(bloc, gazetteer)
        _name_parent_of_departments(bloc)
        _name_the_owner_of_departments(bloc)
        _name_the_ministry(bloc, ministry)
        _name_the_body(bloc, gazetteer, body)
        _name_border_units(bloc)
    province = report_province(sentences, known or None) or home
    for bloc in blocs:
        if not bloc.members:
            bloc.members += _bare_districts(bloc, province)
    stated_kinds = _stated_place_kinds(sentences)
    # a province's bloc in a report that never writes "tỉnh X" and whose address does not
    # say: the one province it names bare ("Đài PT&TH Long An")
    bare = sole_province_named(sentences) if province is None else None
    # "Ban Thường trực UBMTTQVN 5 huyện, thành phố trong cụm thi đua số 2" and a list of
    # districts: the Front committee of each
    alone = _system_alone(sentences)
    _committees_to_system(blocs, _districts_system(sentences) or alone, _LOCAL_COMMITTEES)
    # "7 tỉnh … gồm: tỉnh Lai Châu, …" and elsewhere "Công an 7 tỉnh": the police's
    _committees_to_system(blocs, provinces_system(sentences), _PROVINCIAL_COMMITTEES)
    # a veterans' site's "Cụm thi đua số 3 gồm các tỉnh: A, B": each province's association
    _committees_to_system(blocs, sector or alone, _PROVINCIAL_COMMITTEES + _LOCAL_COMMITTEES)
    for bloc in blocs:
        for member in bloc.members:
            if member.spread is not None:
                head, kinds, place = member.spread
                kind = next((k for k in kinds if (k, keys_of(place)) in stated_kinds), None)
                if kind is None and kinds == _DISTRICT_KINDS_OF_NAMES and province is not None:
                    kind = _district_kind(place, province)  # a district of the province
                if kind is not None:
                    member.org = Org(f"{head} {kind} {place}", None, local=True)
                    if kinds == _DISTRICT_KINDS_OF_NAMES:
                        member.spread = (head, (kind,), place)
        _fuller_head(bloc, sentences)
        _units_named_elsewhere(bloc, sentences)
        provincial = _is_provincial(bloc)
        bloc_province = province or (bare if provincial else None)
        for member in bloc.members:
            if member.org.entity is None:
                member.org = _district_not_province(member.org, known or None, bloc_province)
                label, keys = _commune_in_home_district(
                    member.org.label, keys_of(member.org.label), districts
                )
                label, _ = _district_department(label, keys, districts)
                member.org = replace(member.org, label=label)
            member.org = localise(
                member.org, bloc_province, provincial=provincial, known=known or None
            )
        if bloc.entity is None and bloc_province is not None and provincial:
            bloc.local = True  # "Cụm thi đua số 1" of a province's procuracy is that province's
        bloc.members = [m for m in bloc.members if not _no_unit(m.org, gazetteer)]
    return blocs


def _heads_lines(tagged: Tagged, j: int) -> bool:
    """Whether the bloc named before token ``j`` heads a list written one unit a line: its
    sentence ends after a colon, or after a count of the units it has ("Cụm 1: Gồm 12 đơn vị
    (các trường sư phạm)"), with no unit named after the bloc."""
    rest = [t.key for t in tagged.tokens[j:]]
    counted = any(
        rest[m] in {"gồm", "có"} and rest[m + 1].isdigit() for m in range(len(rest[:7]) - 1)
    )
    named = any(s.i >= j and s.of(*ORGANISATIONS) for s in tagged.spans)
    return not named and (rest[-1:] == [":"] or counted)


# The marks that open a line of a list: "-", "+", "•", and "1." "2)" "a)" (two tokens).
_BULLETS = frozenset({"-", "+", "•", "–", "*"})


def _line_mark(tokens: Sequence[Token]) -> int:
    """How many tokens the mark that opens a line of a list takes (0 for none)."""
    if len(tokens) > 2 and tokens[1].key in {".", ")"}:
        first = tokens[0].key
        return 2 if first.isdigit() or (len(first) == 1 and first.isalpha()) else 0
    return int(bool(tokens) and tokens[0].text in _BULLETS)


def _units_on_the_lines_after(
    sentences: Sequence[Tagged], index: int, gazetteer: Gazetteer
) -> list[Member]:
    """The units written one a line after the sentence at ``index``, each line a mark ("1.",
    "-") and a unit's name and nothing else, up to the first line that is not; none unless two
    lines at least."""
    members: list[Member] = []
    for tagged in sentences[index + 1 :]:
        tokens = tagged.tokens
        mark = _line_mark(tokens)
        if not mark or mark >= len(tokens) or not tokens[mark].is_capitalised:
            break
        org, end = _list_org(tagged, mark, gazetteer)
        ended = end >= len(tokens) or (
            tokens[end].key in {".", ";", ","} and end + 1 == len(tokens)
        )
        if org is None or not ended or len(org.label.split()) < 2:
            break  # (a line cut off after the head: "4. Trường ")
        members.append(Member(org, tagged))
    return members if len(members) >= 2 else []


def _add_stated(bloc: Bloc, member: Member) -> None:
    """A unit with a role stated of it joins ``bloc``; a unit the bloc's list already holds
    ("… và Truyền tải điện X (Trưởng khối)") takes the role instead of a second copy of it."""
    listed = next((m for m in bloc.members if m.org == member.org), None)
    if listed is None:
        bloc.members.append(member)
        return
    for role in member.roles:
        same = [r for r in listed.roles if r.role == role.role]
        undated = [r for r in same if r.year is None]
        if any(r.year == role.year for r in same) or (same and role.year is None):
            continue  # said twice
        if undated:  # the stated year dates the role the list gave
            listed.roles[listed.roles.index(undated[0])] = role
        else:
            listed.roles.append(role)


def _bare_districts(bloc: Bloc, province: str | None) -> list[Member]:
    """Bare names listed after the bloc's "gồm" that are all districts of the report's province
    ("Cụm thi đua số 2 gồm 6 đơn vị: Vĩnh Cửu, Thống Nhất, Định Quán, …", the districts of
    ``districts.district_index``): each district's unit, as for a place named in a role."""
    if province is None:
        return []
    label = keys_of(bloc.label)
    for tagged in bloc.mentions:
        keys = [t.key for t in tagged.tokens]
        named = next(
            (k for k in range(len(keys)) if tuple(keys[k : k + len(label)]) == label), None
        )
        if named is None:
            continue
        after = named + len(label)
        at = next((k for k in range(after, min(after + 12, len(keys))) if keys[k] == "gồm"), None)
        if at is None:
            continue
        names = _capitalised_run(tagged, _list_start(tagged, at + 1))
        kinds = [district_index().kind(name, province) for name in names]
        if len(names) >= 3 and all(kinds):
            return [
                Member(_as_unit(Org(f"{kind} {name}", None, local=True), bloc), tagged)
                for kind, name in zip(kinds, names, strict=True)
            ]
    return []


def _capitalised_run(tagged: Tagged, start: int) -> list[str]:
    """The capitalised names from ``start``, separated by commas or "và", to the first other
    word: "Vĩnh Cửu, Thống Nhất và Cẩm Mỹ" → three names."""
    names: list[str] = []
    m = start
    while m < len(tagged.tokens):
        end = _name_end(tagged, m, dashes=False)
        if end == m:
            break
        names.append(tagged.surface(m, end))
        if tagged.key(end) not in {",", "và"}:
            break
        m = end + 1
    return names


# A unit and the place after its "tỉnh"/"thành phố" at the end of a label.
_UNIT_AND_PLACE = re.compile(r"^(.+?) (?:[Tt]ỉnh|[Tt]hành phố) (\w[\w' ’-]*)$")


def _district_not_province(org: Org, known: Collection[str] | None, home: str | None) -> Org:
    """A unit read as a province's whose place is no province but a district of the report's
    province, or the one district so named in the country ("Công an tỉnh Mang Yang", read from
    "Công an các huyện, thị xã … Công an tỉnh gồm: Mang Yang, …"): the district's unit
    ("Công an huyện Mang Yang"); the districts are those of ``districts.district_index``.

    >>> _district_not_province(Org("Công an tỉnh Mang Yang"), {"Gia Lai"}, None).label
    'Công an huyện Mang Yang'
    >>> _district_not_province(Org("Công an tỉnh Hà Giang"), {"Hà Giang"}, None).label
    'Công an tỉnh Hà Giang'
    """
    match = _UNIT_AND_PLACE.match(org.label)
    if match is None or known is None:
        return org
    unit, place = match.groups()
    if _known_place(place, known):
        return org
    kind = district_index().kind(place, home)
    if kind is None:
        return org
    return Org(f"{unit} {kind} {place}", None, local=True)


# Head words that name no unit on their own.
_BARE_HEAD_WORDS = frozenset({"hội", "ban", "sở", "cục", "vụ", "phòng", "đoàn", "khối", "cụm"})


# Two-word heads that name no unit on their own ("Cụm trưởng (Công đoàn)": the union's side).
_BARE_HEADS_OF_TWO = frozenset({("công", "đoàn"), ("chi", "bộ"), ("đảng", "bộ"), ("chi", "hội")})


# Words written in lower case that no unit's name holds: they belong to the sentence a name was
# read too far into ("Đoàn số 01 gồm tỉnh Yên Bái", "… các huyện, thành phố như sau", "DN Trung
# ương đóng trên địa bàn tỉnh", "Sở Văn hóa các tỉnh trong cụm thi đua"). "Hội đồng thi đua"
# is a name; "cụm thi đua" inside one is not.
_NOT_IN_A_NAME = (
    ("gồm",),
    ("như", "sau"),
    ("trên",),
    ("đồng", "chí"),
    ("cụm", "thi", "đua"),
    ("khối", "thi", "đua"),
)


def _sentence_words(label: str) -> bool:
    """Whether a unit's name holds lower-case words of the sentence around it.

    >>> _sentence_words("Đoàn số 01 gồm tỉnh Yên Bái"), _sentence_words("Sở Tư pháp tỉnh Gia Lai")
    (True, False)
    """
    tokens = tokenize(label)
    keys = [t.key for t in tokens]
    return any(
        tuple(keys[k : k + len(w)]) == w and not tokens[k].is_capitalised
        for w in _NOT_IN_A_NAME
        for k in range(1, len(keys))
    )


def _no_unit(org: Org, gazetteer: Gazetteer) -> bool:
    """Whether a member read from the text names no unit: a title ("Chủ tịch UB MTTQ … trong
    cụm"), words cut before what they count ("Công an các"), or a name read into the sentence
    around it (``_sentence_words``)."""
    if org.entity is not None:
        return False
    keys = keys_of(org.label)
    if not keys or keys[-1] in {"các", "những", "của"} or _sentence_words(org.label):
        return True
    place = place_of(org.label)
    own = keys[: len(keys) - len(keys_of(place)) - 1] if place else keys  # before "tỉnh X"
    if (len(own) == 1 and own[0] in _BARE_HEAD_WORDS) or own in _BARE_HEADS_OF_TWO:
        return True  # "16 đơn vị Hội thành viên": "Hội" alone names no association
    length, _ = gazetteer.longest(keys, 0, [Kind.POST_ROLE])
    return length > 0 and not org_head_at(keys, 0)


_SUB_UNITS = (("vụ",), ("cục",), ("phòng",), ("ban",), ("văn", "phòng"))
_COMMITTEE = "Ủy ban nhân dân "
# Words that end the run of a name read backwards from a place ("… cho Công an huyện A").
_NOT_IN_NAME = frozenset({"cho", "của", "và", "là", "với", "tại", "các", "đơn", "vị", "làm"})


def _units_named_elsewhere(bloc: Bloc, sentences: list[Tagged]) -> None:
    """Places listed bare ("gồm: Đông Giang, Tây Giang, …") that were read as their People's
    Committees become the unit the report itself names in two or more of those places ("Công
    an huyện Đông Giang làm trưởng khối", "… cho Công an huyện Hiệp Đức"), when it names no
    other unit of them and never their committees."""
    defaults = [
        m for m in bloc.members if m.org.entity is None and m.org.label.startswith(_COMMITTEE)
    ]
    if len(defaults) < 2 or 2 * len(defaults) < len(bloc.members):
        return
    places = {keys_of(m.org.label.removeprefix(_COMMITTEE)): m for m in defaults}
    own = _head_of_a_member_at(bloc, places, defaults)
    if own is not None:
        # "UBMTTQVN huyện Kon Rẫy là đơn vị đăng cai cụm trưởng …, gồm 5 đơn vị là thành phố
        # Kon Tum và các huyện …": the unit the bloc names at one of its places is each one's
        for member in places.values():
            member.org = Org(f"{own} {member.org.label.removeprefix(_COMMITTEE)}", None, local=True)
        return
    heads: dict[str, set[tuple[str, ...]]] = {}
    plural_heads: set[str] = set()  # heads of "các ‹Head›: A, B" lists, naming the places bare
    for tagged in sentences:
        keys = [t.key for t in tagged.tokens]
        for place in places:
            for at in range(1, len(keys) - len(place) + 1):
                if tuple(keys[at : at + len(place)]) != place:
                    continue
                head = _head_before(tagged, keys, at)
                if head is not None:
                    heads.setdefault(head, set()).add(place)
        for head, listed in _plural_head_lists(tagged, places):
            heads.setdefault(head, set()).update(listed)
            plural_heads.add(head)
    named = {h: p for h, p in heads.items() if keys_of(h) != ("ủy", "ban", "nhân", "dân")}
    if len(named) != len(heads):
        return  # the report names the committees themselves
    if len(named) == 1 and len(next(iter(named.values()))) >= min(2, len(places)):
        (head,) = named
    else:
        dominant = _dominant_head(sentences)
        if dominant is None or (heads and dominant not in heads):
            return
        head = dominant
    bare = head in plural_heads
    for member in places.values():
        written = member.org.label.removeprefix(_COMMITTEE)
        if bare:  # "các Hạt Kiểm lâm: Lang Chánh, …": each unit named with the bare place
            written = written.split(" ", 1)[-1]
        member.org = Org(f"{head} {written}", None, local=True)


def _head_of_a_member_at(
    bloc: Bloc, places: Mapping[tuple[str, ...], Member], defaults: list[Member]
) -> str | None:
    """The head of the bloc's other members named at one of ``places`` ("Ủy ban Mặt trận Tổ
    quốc Việt Nam" of "UBMTTQVN huyện Kon Rẫy"), when they all have the same one; else None."""
    heads = set()
    for member in bloc.members:
        if member in defaults or member.org.entity is not None:
            continue
        label = expand_label(member.org.label)
        keys = keys_of(label)
        for place in places:
            if len(keys) > len(place) and keys[-len(place) :] == place:
                heads.add(" ".join(label.split()[: len(label.split()) - len(place)]))
    if len(heads) != 1:
        return None
    (head,) = heads
    return None if keys_of(head) == keys_of(_COMMITTEE) else head


def _plural_head_lists(
    tagged: Tagged, places: Mapping[tuple[str, ...], Member]
) -> list[tuple[str, set[tuple[str, ...]]]]:
    """Units named as "các ‹Head›: A, B, …" ("của các Hạt Kiểm lâm: Lang Chánh, Mường Lát"):
    the head, with the places of ``places`` the list after the colon names (two or more)."""
    keys = [t.key for t in tagged.tokens]
    found = []
    for colon in [k for k, key in enumerate(keys) if key == ":"]:
        plural = next(
            (k for k in range(colon - 1, max(-1, colon - 6), -1) if keys[k] == "các"), None
        )
        if plural is None or plural + 1 >= colon or not org_head_at(keys, plural + 1):
            continue
        end = next((k for k in range(colon, len(keys)) if keys[k] in {".", ";"}), len(keys))
        listed = {
            place
            for place in places
            # "Quan Sơn" of "huyện Quan Sơn": the places listed bare, without their kind
            if any(
                tuple(keys[at : at + len(place) - 1]) == place[1:] for at in range(colon + 1, end)
            )
        }
        if len(listed) >= 2:
            head = tagged.surface(plural + 1, colon)
            found.append((head[:1].upper() + head[1:], listed))
    return found


def _dominant_head(sentences: list[Tagged]) -> str | None:
    """The unit the report names with a province most often ("Liên minh Hợp tác xã tỉnh A", "…
    tỉnh B", "… tỉnh C"): a report on one system's provincial bodies names them so. None when
    no head is named with a province at least three times and in most such mentions."""
    counts: dict[str, int] = {}
    for tagged in sentences:
        keys = [t.key for t in tagged.tokens]
        for at in range(1, len(keys) - 1):
            unit = keys[at] == "tỉnh" or keys[at : at + 2] == ["thành", "phố"]
            name = at + (1 if keys[at] == "tỉnh" else 2)
            # (a sentence may end with "thành phố": no name after it)
            if not unit or name >= len(keys) or not tagged.tokens[name].is_capitalised:
                continue
            head = _head_before(tagged, keys, at)
            if head is not None:
                counts[head] = counts.get(head, 0) + 1
    if not counts:
        return None
    head, n = max(counts.items(), key=lambda item: item[1])
    committees = keys_of(head) == ("ủy", "ban", "nhân", "dân")
    return head if n >= 3 and 2 * n > sum(counts.values()) and not committees else None


def _head_before(tagged: Tagged, keys: list[str], at: int) -> str | None:
    """The organisation's head written right before a place at ``at`` ("Công an", "Ban Chỉ huy
    Quân sự", "Ủy ban nhân dân"), or None."""
    start = None
    k = at - 1
    while k >= max(0, at - 5) and tagged.tokens[k].is_word and keys[k] not in _NOT_IN_NAME:
        if tagged.tokens[k].is_capitalised and org_head_at(keys, k):
            start = k
        k -= 1
    if start is None:
        return None
    return expand_label(tagged.surface(start, at))


def _parent_at_end(label: str, gazetteer: Gazetteer) -> str | None:
    """The known organisation a unit's name ends with ("Cơ quan điều tra VKSND tối cao")."""
    keys = keys_of(label)
    for start in range(1, len(keys)):
        found = gazetteer.lookup(keys[start:], ORGANISATIONS)
        if found:
            return " ".join(label.split()[len(label.split()) - (len(keys) - start) :]) or None
    return None


def _name_parents(bloc: Bloc, gazetteer: Gazetteer) -> None:
    """Numbered units listed with their body share its name: "Cơ quan điều tra VKSND tối cao,
    Vụ 1, Vụ 2" are "Vụ 1 VKSND tối cao", "Vụ 2 VKSND tối cao" when no other body is named (a
    bare "Vụ 1" names nothing by itself)."""
    parents = {
        p
        for m in bloc.members
        if m.org.entity is None and (p := _parent_at_end(m.org.label, gazetteer)) is not None
    }
    if len(parents) != 1:
        return
    (parent,) = parents
    for member in bloc.members:
        keys = keys_of(member.org.label)
        bare = member.org.entity is None and _parent_at_end(member.org.label, gazetteer) is None
        numbered = len(keys) == 2 and _NUMBER.fullmatch(keys[1]) is not None
        if bare and numbered and keys[:1] in _SUB_UNITS:
            member.org = Org(f"{member.org.label} {parent}", None, local=member.org.local)


# The heads of a People's Committee, a People's Council and a National Assembly delegation (as
# ``expand_label`` writes them).
_GOVERNMENTS = frozenset({("ủy", "ban"), ("hội", "đồng"), ("đoàn", "đại")})
# The head words of a body's departments and units ("Văn phòng", "Phòng", "Đại đội", …).
_DEPARTMENT_WORDS = (*_SUB_UNITS, *CAPITALISED_HEADS)


def _department_head(org: Org) -> tuple[str, list[Token], tuple[str, ...], int]:
    """A listed unit's label written out, its tokens and keys, and the length of the
    department's head it begins with ("Phòng", "Văn phòng", "Đại đội"; 0 for none)."""
    label = expand_label(org.label)
    tokens = tokenize(label)
    keys = tuple(t.key for t in tokens)
    head = max((len(h) for h in _DEPARTMENT_WORDS if keys[: len(h)] == h), default=0)
    return label, tokens, keys, head


def _name_parent_of_departments(bloc: Bloc) -> None:
    """Departments listed bare beside one that names its body ("Phòng Tham mưu, Phòng Chính
    trị, …, Văn phòng Bộ Chỉ huy BĐBP tỉnh") are departments of that body: "Phòng Tham mưu Bộ
    Chỉ huy Bộ đội Biên phòng tỉnh". The body is a province's or a district's (a ministry's
    departments are named bare in its own blocs); nothing changes when two bodies are named."""
    parents: set[str] = set()
    bare: list[Member] = []
    for member in bloc.members:
        label, tokens, keys, head = _department_head(member.org)
        if not head or member.org.entity is not None:
            continue
        inner = next((k for k in range(head, len(keys)) if org_head_at(keys, k)), None)
        placed = _PLACE_KIND_TOKENS & set(keys[head:])
        government = keys[inner : inner + 2] in _GOVERNMENTS if inner is not None else False
        if inner == head and tokens[inner].is_capitalised and placed and not government:
            # "Văn phòng| Bộ Chỉ huy BĐBP tỉnh": a province's or a district's body (not the
            # People's Committee's or Council's office, whose province's agencies are no part
            # of it)
            parents.add(label[tokens[inner].start :])
        elif inner is None and not member.org.local and keys[:head] in CAPITALISED_HEADS:
            # "Phòng Tham mưu", "Đại đội Huấn luyện": a body's department or unit, never an
            # agency of its own (a "Ban Dân tộc" or a "Cục …" listed bare may be)
            bare.append(member)
    if len(parents) != 1 or len(bare) < 2:
        return
    (parent,) = parents
    for member in bare:
        member.org = Org(f"{expand_label(member.org.label)} {parent}", None, local=True)


_OWNER_IN_NAME = re.compile(r"\bthuộc\s+(.+)$")


def _name_the_owner_of_departments(bloc: Bloc) -> None:
    """Departments listed bare in a bloc whose name says whose units it groups, a province's or
    a district's body ("Khối thi đua các phòng thuộc Công an tỉnh Quảng Bình": "Phòng Tham
    mưu" → "Phòng Tham mưu Công an tỉnh Quảng Bình"). Only departments and teams, which are
    never agencies of their own; not a centre or a school, whose names often carry the
    province already."""
    found = _OWNER_IN_NAME.search(bloc.label)
    if found is None:
        return
    owner = found.group(1)
    keys = keys_of(owner)
    if not org_head_at(keys, 0) or not _PLACE_KIND_TOKENS & set(keys[1:]):
        return
    for member in bloc.members:
        label, tokens, member_keys, head = _department_head(member.org)
        inner = any(
            org_head_at(member_keys, k) and tokens[k].is_capitalised
            for k in range(head, len(member_keys))
        )  # "Phòng Cảnh sát PCCC Công an tỉnh X" names its body (not the "bộ" of "cán bộ")
        placed = bool(_PLACE_KIND_TOKENS & set(member_keys))
        if head and member.org.entity is None and not member.org.local and not (inner or placed):
            member.org = Org(f"{label} {owner}", None, local=True)


# The Border Guard's numbered flotillas and squadrons, whose official names say "Biên phòng".
_BORDER_UNIT = re.compile(r"^(Hải đoàn|Hải đội) (\d+)$")


def _name_border_units(bloc: Bloc) -> None:
    """ "Hải đoàn 18" listed in a Border Guard's bloc (one the sentences naming it call the
    Border Guard's) is "Hải đoàn Biên phòng 18", its name."""
    said = [fold(bloc.label)] + [fold(t.sentence.text) for t in bloc.mentions]
    if not any("bien phong" in text or "bdbp" in text for text in said):
        return
    for member in bloc.members:
        named = _BORDER_UNIT.match(member.org.label) if member.org.entity is None else None
        if named is not None:
            label = f"{named.group(1)} Biên phòng {named.group(2)}"
            member.org = Org(label, None, local=member.org.local)


def _ministry_of(sentences: list[Tagged]) -> str | None:
    """The ministry a report is about: the one named in most sentences, and in more than any
    other (None on a tie or when none is named twice)."""
    ministry = _named_most(sentences, lambda entity: entity.label.startswith("Bộ "))
    return ministry.label if ministry is not None else None


def _named_most(sentences: Sequence[Tagged], keep: Callable[[Entity], bool]) -> Entity | None:
    """The organisation ``keep`` accepts that is named in most sentences, in at least two and in
    more than any other (None on a tie); organisations are counted by their label."""
    counts: dict[str, int] = {}
    first: dict[str, Entity] = {}
    for tagged in sentences:
        named = {
            entity.label: entity
            for span in tagged.spans
            for entity in span.of(*ORGANISATIONS)[:1]
            if keep(entity)
        }
        for label, entity in named.items():
            counts[label] = counts.get(label, 0) + 1
            first.setdefault(label, entity)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return first[ranked[0][0]]


# A ministry's own offices, named relative to it ("Văn phòng Bộ", "Thanh tra Bộ") or bare.
_OWN_OFFICES = (("văn", "phòng"), ("thanh", "tra"))
_MINISTRY_UNITS = (("cục",), ("vụ",), ("tổng", "cục"), ("học", "viện"), ("bộ", "tư", "lệnh"))


def _name_the_ministry(bloc: Bloc, ministry: str | None) -> None:
    """A ministry's office listed as "Văn phòng Bộ", "Thanh tra Bộ", or bare "Văn phòng" among
    its departments, in a report about one ministry, is that ministry's: "Văn phòng Bộ Công
    an"."""
    if ministry is None:
        return
    units = sum(
        any(keys_of(m.org.label)[: len(u)] == u for u in _MINISTRY_UNITS) for m in bloc.members
    )
    for member in bloc.members:
        if member.org.entity is not None:
            continue
        keys = keys_of(member.org.label)
        if keys[-1:] == ("bộ",) and keys[:-1] in _OWN_OFFICES:
            label = member.org.label.rsplit(" ", 1)[0]
        elif keys in _OWN_OFFICES and units >= 2:
            label = member.org.label
        else:
            continue
        member.org = Org(f"{label} {ministry}", None)


# The departments every ministry and central body has, named by their function alone ("Vụ Tổ
# chức cán bộ", "Cục Kế hoạch - Tài chính", "Trung tâm Thông tin"): such a name says nothing of
# which body the department is part of. (A department with a name of its own, "Cục An ninh
# kinh tế", "Cục Bổ trợ tư pháp", is one body's already, and a bloc "of" a ministry may list
# units of other bodies, so only these are placed in the bloc's body.)
_DEPARTMENT_HEADS = (("vụ",), ("cục",), ("trung", "tâm"), ("ban",), ("phòng",))
_FUNCTIONS = frozenset(
    tuple(name.split())
    for name in (
        "tổ chức cán bộ",
        "pháp chế",
        "pháp chế quản lý khoa học",
        "hợp tác quốc tế",
        "kế hoạch tài chính",
        "thi đua khen thưởng",
        "tổng hợp",
        "kế hoạch tổng hợp",
        "công nghệ thông tin",
        "thông tin",
        "quản trị tài vụ",
        "tài vụ",
    )
)


def _generic_department(label: str) -> bool:
    """Whether a department's name says only its function or number ("Vụ Tổ chức - Cán bộ",
    "Cục II", "Vụ 15", "Văn phòng", "Thanh tra Bộ").

    >>> [_generic_department(x) for x in ("Vụ Tổ chức - Cán bộ", "Cục II", "Văn phòng Bộ")]
    [True, True, True]
    >>> [_generic_department(x) for x in ("Cục An ninh kinh tế", "Văn phòng Đảng ủy")]
    [False, False]
    """
    keys = tuple(k for k in keys_of(label) if k not in {"-", "–", "và", ","})
    if keys in _OWN_OFFICES or (keys[:-1] in _OWN_OFFICES and label.split()[-1] == "Bộ"):
        return True
    for head in _DEPARTMENT_HEADS:
        rest = keys[len(head) :]
        if keys[: len(head)] == head and rest:
            numbered = len(rest) == 1 and _NUMBER.fullmatch(rest[0]) is not None
            if numbered or rest in _FUNCTIONS:
                return True
    return False


# Words between a bloc's name and the body it is inside ("Khối thi đua số 3 - VKSND tối cao",
# "Cụm thi đua số 1, khối các đơn vị trực thuộc Bộ Công an", "… thuộc cơ quan Thanh tra Chính
# phủ").
_TO_BODY = frozenset({"-", "–", ",", "thuộc", "trực", "của", "các", "đơn", "vị", "cơ", "quan"})
_BLOC_WORDS = (("khối", "thi", "đua"), ("cụm", "thi", "đua"))


def is_central(entity: Entity) -> bool:
    """Whether a known organisation is a central one (its IRI names no province)."""
    return not entity.minted and entity.iri.rsplit("/id/", 1)[-1].count("/") == 1


def _body_after(tagged: Tagged, start: int) -> Entity | None:
    """The known central body named from token ``start`` on, past the words that link a bloc's
    name to it ("- VKSND tối cao", "thuộc Bộ Tài chính", "các đơn vị trực thuộc Bộ Công an")."""
    k = start
    while k < len(tagged.tokens):
        span = tagged.at.get(k)
        if span is not None:
            central = [e for e in span.of(*ORGANISATIONS) if is_central(e)]
            return central[0] if central else None
        if tagged.key(k) not in _TO_BODY:
            return None
        k += 1
    return None


def _body_of(bloc: Bloc) -> Entity | None:
    """The central body a bloc is inside, named in or right after the bloc's name ("Khối thi
    đua số 3 - VKSND tối cao", "Cụm thi đua các đơn vị trực thuộc Bộ Tài chính")."""
    for tagged in bloc.mentions:
        keys = [t.key for t in tagged.tokens]
        written = _label_written(keys, bloc.label, range(len(keys)))
        if written is None:
            continue
        i, j = written
        links = [k + 1 for k in range(i + 1, j) if keys[k] in {"thuộc", "của", "-", "–"}]
        for start in [*links, j]:
            body = _body_after(tagged, start)
            if body is not None:
                return body
    return None


def _body_of_the_last(bloc: Bloc, gazetteer: Gazetteer) -> Entity | None:
    """The body the list's last department is said to be part of, which is every listed
    department's ("gồm: Vụ Tổ chức cán bộ, Văn phòng, Vụ Pháp chế thuộc Bộ Công Thương"); the
    last member's name drops the "thuộc" ("Vụ Pháp chế Bộ Công Thương")."""
    if len(bloc.members) < 2 or bloc.members[-1].org.entity is not None:
        return None
    last = bloc.members[-1]
    words = last.org.label.split()
    keys = keys_of(last.org.label)
    at = next((k for k in range(1, len(keys) - 1) if keys[k] == "thuộc"), None)
    if at is None or len(words) != len(keys):
        return None
    found = [e for e in gazetteer.lookup(keys[at + 1 :], ORGANISATIONS) if is_central(e)]
    if not found:
        return None
    last.org = Org(" ".join(words[:at] + words[at + 1 :]), None)
    return found[0]


def _name_the_body(bloc: Bloc, gazetteer: Gazetteer, report_body: Entity | None = None) -> None:
    """The departments a bloc inside one body lists bare ("Khối thi đua số 3 - VKSND tối cao
    gồm Vụ Tổ chức cán bộ, Văn phòng, …") are that body's ("Vụ Tổ chức cán bộ Viện kiểm sát
    nhân dân tối cao"): a bare "Văn phòng" or "Vụ II" names no one body. A bloc listed among
    the members ("… các khối thi đua: Khối thi đua số 1 (…); Khối thi đua số II (…)") is not a
    member. When neither the bloc's name nor its list names the body, two or more such
    departments are the body the report names most ("… các đơn vị thuộc cơ quan Thanh tra
    Chính phủ, bao gồm các khối thi đua: Khối thi đua số 1 (Vụ I, Vụ II, …)")."""
    bloc.members = [m for m in bloc.members if keys_of(m.org.label)[:3] not in _BLOC_WORDS]
    body = _body_of(bloc) or _body_of_the_last(bloc, gazetteer)
    generic = [m for m in bloc.members if _listed_bare(m.org)]
    if body is None and len(generic) >= 2:
        body = report_body
    if body is None:
        return
    for member in bloc.members:
        label = member.org.label
        if not _listed_bare(member.org):
            continue
        if label.split()[-1] == "Bộ":
            if not body.label.startswith("Bộ "):
                continue
            label = label.rsplit(" ", 1)[0]  # "Văn phòng Bộ": the ministry's
        member.org = Org(f"{label} {body.label}", None)


def _listed_bare(org: Org) -> bool:
    """Whether a listed unit is a department named by its function or number alone."""
    return org.entity is None and not org.local and _generic_department(org.label)


def main_bloc(blocs: list[Bloc]) -> Bloc | None:
    """The bloc the report is about: the one named in most sentences (the first on a tie)."""
    return max(blocs, key=lambda b: len({t.sentence.index for t in b.mentions}), default=None)


# Words before "gồm" that say the list is of the bloc's units ("các bộ, ngành …, gồm:").
_LIST_OWNERS = frozenset({"ngành", "đơn", "thành", "cơ", "bộ", "sở", "khối", "cụm", "tỉnh"})


def _name_word(tagged: Tagged, k: int) -> bool:
    """Whether token ``k`` can only be part of a unit's name: a capitalised word, or "và"
    between two acronyms ("Văn phòng Đoàn ĐBQH và HĐND")."""
    token = tagged.tokens[k]
    if token.key == "và" and 0 < k < len(tagged.tokens) - 1:
        return tagged.tokens[k - 1].text.isupper() and tagged.tokens[k + 1].text.isupper()
    return token.is_word and token.is_capitalised


def _counted_units_at(keys: Sequence[str], k: int) -> bool:
    """Whether a count of units ("4 đơn vị", "05 cơ quan") begins at ``k``."""
    return keys[k : k + 1] != [] and keys[k].isdigit() and tuple(keys[k + 1 : k + 3]) in _UNIT_NOUNS


def _membership_cue(keys: Sequence[str], k: int) -> int | None:
    """Where the bloc's name may begin after "là (các) (đơn vị) thành viên (của|trong|thuộc)"
    at ``k``, which says that the units before it are the bloc's; also "là các đơn vị thuộc"
    and "đều thuộc"; None when no such words are at ``k``.

    >>> _membership_cue("a , b là các đơn vị thuộc khối".split(), 3)
    8
    >>> _membership_cue("a và b đều thuộc khối".split(), 3)
    5
    >>> _membership_cue("a , b - 2 đơn vị thuộc khối".split(), 3)
    8
    """
    if keys[k : k + 2] == ["đều", "thuộc"]:
        return k + 2
    counted = keys[k : k + 1] in (["-"], ["–"], [","]) and _counted_units_at(keys, k + 1)
    if counted and keys[k + 4 : k + 5] in (["của"], ["trong"], ["thuộc"]):
        return k + 5  # "A, B và C - 3 đơn vị thuộc Khối thi đua …": the count, then the bloc
    if keys[k : k + 1] != ["là"]:
        return None
    m = k + 1 + (keys[k + 1 : k + 2] in (["các"], ["những"]))
    unit = tuple(keys[m : m + 2]) in (("đơn", "vị"), ("cơ", "quan"))
    m += 2 * unit
    if unit and keys[m : m + 1] in (["của"], ["trong"], ["thuộc"]):
        return m + 1  # "là các đơn vị thuộc Khối …"
    if tuple(keys[m : m + 2]) != ("thành", "viên"):
        return None
    return m + 2 + (keys[m + 2 : m + 3] in (["của"], ["trong"], ["thuộc"]))


def _units_before(tagged: Tagged, k: int, gazetteer: Gazetteer) -> list[Member]:
    """The units listed before token ``k`` in its clause: "Sở Tư pháp, Sở Nội vụ và Thanh tra
    tỉnh | là thành viên Khối thi đua …". The list begins at the first unit's name after the
    clause's last colon or semicolon (not at a venue after "tại"); two units at least."""
    keys = [t.key for t in tagged.tokens]
    begin = max((m + 1 for m in range(k) if keys[m] in {":", ";", "."}), default=0)
    start = next(
        (
            m
            for m in range(begin, k)
            if tagged.tokens[m].is_capitalised
            and (org_head_at(keys, m) or tagged.at.get(m) is not None)
            and keys[m - 1 : m] != ["tại"]
        ),
        None,
    )
    if start is None:
        return []
    clause = Tagged(
        tagged.sentence,
        tagged.tokens[:k],
        [span for span in tagged.spans if span.j <= k],
        {i: span for i, span in tagged.at.items() if span.j <= k},
        tagged.compounds,
    )
    items = _list_items(clause, start, gazetteer)
    for item in items:
        item.tagged = tagged
    return items if len(items) >= 2 else []


def _orphan_list(bloc: Bloc, tagged: Tagged, gazetteer: Gazetteer, *, after: int = 0) -> None:
    """A member list away from the bloc's name: "… các bộ, ngành Nội chính TW, gồm: A, B, C",
    or units distributed over provinces anywhere ("lãnh đạo Công an các tỉnh: A, B, C"); only
    past token ``after``. The forms read last only where the others find none."""
    before = len(bloc.members)
    _orphan_list_of_known_forms(bloc, tagged, gazetteer, after=after)
    if len(bloc.members) == before:
        bloc.members += _orphan_list_of_other_forms(tagged, gazetteer, after=after)
    if not bloc.members:
        bloc.members += _shared_head_list(tagged, gazetteer, after=after)


def _shared_head_list(tagged: Tagged, gazetteer: Gazetteer, *, after: int = 0) -> list[Member]:
    """Bare names after "các ‹head›:", the head (three words at most) shared by each ("các
    Vườn quốc gia: Bạch Mã (Thừa Thiên Huế), Tam Đảo (Vĩnh Phúc) và Cục Kiểm lâm"): in a
    bloc's report, its units; three at least. Read last, for a bloc no other form gave any."""
    keys = [t.key for t in tagged.tokens]
    for k in range(max(after, 1), len(keys) - 3):
        head = org_head_length(keys, k + 1) if tagged.tokens[k + 1].is_capitalised else 0
        if keys[k] == "các" and 0 < head <= 3 and keys[k + 1 + head : k + 2 + head] == [":"]:
            items = _list_items(tagged, k + 2 + head, gazetteer)
            if len(items) >= 3:
                return items
    return []


# A unit's score in a bloc's ranking ("3.96", "96", the "3" of "3,11").
_SCORE = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")


def _scored_units(tagged: Tagged, gazetteer: Gazetteer, *, after: int = 0) -> list[Member]:
    """The units of a bloc's ranking, each with its score after a colon ("Kết quả chấm điểm
    … như sau: Trung tâm Y tế huyện An Phú: 3.96; Trung tâm Y tế thành phố Long Xuyên: 3.60;
    …"); three at least, else none."""
    keys = [t.key for t in tagged.tokens]
    members: list[Member] = []
    colon = next((k for k in range(after, len(keys)) if keys[k] == ":"), None)
    j = colon + 1 if colon is not None else len(keys)
    while j < len(keys):
        org, end = _list_org(tagged, j, gazetteer)
        if org is None or keys[end : end + 1] != [":"] or end + 1 >= len(keys):
            break
        if not _SCORE.fullmatch(keys[end + 1]):
            break
        members.append(Member(org, tagged))
        j = end + 2
        if keys[j : j + 1] == [","] and tagged.key(j + 1).isdigit():
            j += 2  # "3,11": a decimal comma
        if keys[j : j + 1] not in ([";"], [","]):
            break
        j += 1
    return members if len(members) >= 3 else []


def _orphan_list_of_other_forms(
    tagged: Tagged, gazetteer: Gazetteer, *, after: int = 0
) -> list[Member]:
    """A count of one kind of unit before its places ("vận động viên từ 6 BHXH tỉnh, thành phố:
    A, B, …"), or a list that states the bloc's roles ("đại diện Văn phòng các Sở: Lao động,
    Thương binh và Xã hội (Khối trưởng), Giáo dục và Đào tạo (Khối phó), Y tế, …")."""
    keys = [t.key for t in tagged.tokens]
    for k in range(max(after, 1), len(keys) - 2):
        if keys[k - 1].isdigit() and tagged.tokens[k].is_capitalised and org_head_at(keys, k):
            spread = _distributive(tagged, k, gazetteer)
            if spread is not None and len(spread[0]) >= 3:
                return spread[0]
    scored = _scored_units(tagged, gazetteer, after=after)
    if scored:
        return scored
    results = next(
        (k for k in range(after + 2, len(keys)) if keys[k - 2 : k + 1] == ["như", "sau", ":"]),
        None,
    )
    if results is not None and _results(keys[:results]):
        # "Kết quả thi đua hoạt động khối 4 năm 2016 như sau: A; B; C": the bloc's units, each
        # with its result (dropped in cleaning when listed one a line)
        items = _list_items(tagged, results + 1, gazetteer)
        if len(items) >= 3:
            return items
    for colon in [k for k in range(after, len(keys)) if keys[k] == ":"]:
        people = any(
            span.i > colon and span.kind in (Kind.PERSON, Kind.RANK, Kind.POST_ROLE)
            for span in tagged.spans
        )  # "Trung tướng A, Giám đốc Công an TP Hà Nội (Cụm trưởng); …": people, not units
        items = [] if people else _list_items(tagged, colon + 1, gazetteer)
        if len(items) >= 3 and any(m.roles for m in items):
            return items
    return []


def _head_word_before(tagged: Tagged, head: int) -> int | None:
    """The capitalised organisation head word at most eight lower-case words before ``head``
    (no punctuation, name, verb or conjunction between), or None."""
    keys = [t.key for t in tagged.tokens]
    for m in range(head - 1, max(-1, head - 9), -1):
        token = tagged.tokens[m]
        if token.is_capitalised and org_head_at(keys, m):
            return m
        if not token.is_word or token.is_capitalised or _covered(tagged, m):
            return None
        if keys[m] in (BLOC_NAME_STOP - {"và"}) | ORG_NAME_BREAKS or _verb_at(tagged, m):
            return None
    return None


# Words that open a sentence which is only a list ("Cụ thể: A, B, C", "Gồm: A, B, C").
_LIST_OPENINGS = (("cụ", "thể", ":"), ("gồm", ":"), ("bao", "gồm", ":"), ("gồm", "có", ":"))


def _list_of_the_blocs_kind(keys: list[str], label: str, after: int) -> int | None:
    """Where a list opens after "các ‹kind›:", the kind (two words or more) being the words the
    bloc's name ends with or holds ("Khối thi đua 06 Công đoàn ngành Trung ương" → "các Công
    đoàn Ngành Trung ương: …"); None when the sentence has no such list."""
    named = " ".join(keys_of(label))
    for k in range(after, len(keys) - 3):
        if keys[k] != "các":
            continue
        colon = next((m for m in range(k + 3, min(len(keys), k + 9)) if keys[m] == ":"), None)
        if colon is None or any(key in _SEPARATORS_OF_A_KIND for key in keys[k + 1 : colon]):
            continue
        if f" {' '.join(keys[k + 1 : colon])} " in f" {named} ":
            return colon + 1
    return None


_SEPARATORS_OF_A_KIND = frozenset({",", ";", "(", ")", "-", "–", "."})


def _list_of_units_in_the_bloc(keys: list[str]) -> int | None:
    """Where a list opens after a colon, in a sentence that says its units belong to the bloc
    before the colon: "các trường (học) thuộc Khối thi đua 29, …:"; None otherwise."""
    for k in range(1, len(keys) - 2):
        if keys[k] != "thuộc" or keys[k + 1] not in {"khối", "cụm"}:
            continue
        if "các" not in keys[max(0, k - 4) : k]:
            continue
        colon = next((m for m in range(k + 2, len(keys)) if keys[m] == ":"), None)
        if colon is not None and colon + 1 < len(keys):
            return colon + 1
    return None


def _orphan_list_of_known_forms(
    bloc: Bloc, tagged: Tagged, gazetteer: Gazetteer, *, after: int = 0
) -> None:
    keys = [t.key for t in tagged.tokens]
    for k in range(after, len(keys) - 2):
        plural = keys[k + 1] == "các" and keys[k + 2] in _COUNTED_PLACE_WORDS
        counted = keys[k + 1].isdigit() and keys[k + 2] in _COUNTED_PLACE_WORDS | {"địa"}
        if plural or counted:
            head, skipped = k + 1, 0
            while head > 0:
                opened = _opening_of(keys, head - 1) if keys[head - 1] == ")" else None
                if opened is not None and _acronyms_in_parenthesis(tagged, opened) == head - 1:
                    skipped += head - opened  # "Ban Chỉ huy quân sự (CHQS) các huyện"
                    head = opened
                    continue
                if keys[head - 1] in _NAME_ENDS | {"là", "gồm"} or k + 1 - head - skipped >= 10:
                    break  # "… của Bộ Tư pháp là | Sở Tư pháp các tỉnh: …"
                if k + 1 - head - skipped >= 5 and not _name_word(tagged, head - 1):
                    break  # past five words, only a name's capitalised words and acronyms
                head -= 1
            # last, "Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC-CNCH) 8 địa phương
            # …": a head written out at length, back to its capitalised head word
            first = _head_word_before(tagged, head)
            longer = [first] if first is not None else []
            for start in [*range(head, k + 1), *longer]:
                spread = _distributive(tagged, start, gazetteer)
                if spread is not None and len(spread[0]) >= 3:
                    bloc.members += spread[0]
                    return
    listed = next(
        (
            k + 3 + (keys[k + 3] == ":")
            for k in range(after, len(keys) - 4)
            if keys[k : k + 3] == ["các", "đơn", "vị"]
            and (keys[k + 3] == ":" or tagged.tokens[k + 3].is_capitalised)
            and org_head_at(keys, k + 3 + (keys[k + 3] == ":"))
        ),
        None,
    )
    if listed is not None:
        # "Tham dự ký kết có các đơn vị VKSND, Cục THADS, Tòa án, Công an, …": the bloc's units
        items = _list_items(tagged, listed, gazetteer)
        if len(items) >= 3:
            bloc.members += items
            return
    for k in range(max(after, 1), len(keys) - 1):
        # "Các đơn vị thành viên: A, B, C", "… thành viên gồm (có): …"
        said = k - (
            2 if keys[k - 2 : k] in (["gồm", "có"], ["bao", "gồm"]) else int(keys[k - 1] == "gồm")
        )
        member_units = (
            keys[k] == ":"
            and keys[said - 2 : said] == ["thành", "viên"]
            and tuple(keys[said - 4 : said - 2]) in _UNIT_NOUNS
        )
        others = keys[k] in {"là", ":", "gồm"} and _the_other_members(keys, k)
        if (keys[k] in {"là", ":"} and _members_of_the_bloc(keys, k)) or member_units or others:
            # "Thành viên của Khối là A, B, …", "lãnh đạo các đơn vị thành viên Khối: A, B";
            # in the report of a bloc, "Các đơn vị thành viên: A, B, C"
            items = _list_items(tagged, _list_start(tagged, k + 1), gazetteer)
            if len(items) >= (3 if member_units else 2):
                bloc.members += items
                return
        cue = _membership_cue(keys, k)
        if cue is not None and keys[cue : cue + 1] in (["khối"], ["cụm"]):
            # "A, B và C là các thành viên trong Khối": the units before it
            items = _units_before(tagged, k, gazetteer)
            if items:
                bloc.members += items
                return
    if keys[:3] == ["trong", "đó", ","] and after == 0 and not bloc.members:
        # "Khối … có 09 trường thành viên. Trong đó, 04 trường trực thuộc UBND tỉnh (A, B, C,
        # D); 02 trường trực thuộc Bộ Công Thương (E, F)": the units of each count
        items = _counted_groups(tagged, gazetteer)
        if len(items) >= 3:
            bloc.members += items
            return
    opening = next((n for n in _LIST_OPENINGS if keys[: len(n)] == list(n)), None)
    if opening is not None and after == 0:
        # "Khối có 8 thành viên. Cụ thể: A, B, C": the list the sentence before announced
        items = _list_items(tagged, len(opening), gazetteer)
        if len(items) >= 3:
            bloc.members += items
            return
    for k in range(max(after, 1), len(keys) - 3):
        shared = keys[k] == "các" and keys[k + 1] in {"bộ", "sở"} and keys[k + 2] == ":"
        counted = _counted_units_at(keys, k)
        if shared or (counted and keys[k + 3] == ":"):
            # "lãnh đạo các Sở: Tư pháp, Nội vụ, …" (the head shared by bare names), "Lãnh đạo
            # 4 đơn vị: A, B, C, D đã ký giao ước": in a bloc's report, its units
            items = _list_items(tagged, k + (3 if shared else 4), gazetteer)
            if len(items) >= 3:
                bloc.members += items
                return
    kind_list = _list_of_the_blocs_kind(keys, bloc.label, after)
    if kind_list is not None:
        # "Khối thi đua 06 Công đoàn ngành Trung ương" and "… các Công đoàn Ngành Trung ương:
        # A, B; C": the units of the kind the bloc is named by
        items = _list_items(tagged, kind_list, gazetteer)
        if len(items) >= 3:
            bloc.members += items
            return
    signers = _signers(tagged, gazetteer, after)
    if len(signers) >= 3:
        bloc.members += signers
        return
    belonging = _list_of_units_in_the_bloc(keys) if "gồm" not in keys else None
    if belonging is not None:
        # "Về phía các trường học thuộc Khối thi đua 29, có sự tham dự của Hiệu trưởng các
        # trường: A; B; C": the units said to be in the bloc, listed after the colon
        items = _list_items(tagged, belonging, gazetteer)
        if len(items) >= 3:
            bloc.members += items
            return
    if "gồm" not in keys[after:]:
        return
    at = keys.index("gồm", after)
    # "… gồm A, B, C đã ký giao ước", "Các đơn vị trong Khối đã ký kết giao ước …, gồm: A, B"
    signed = _sign_the_covenant(keys, at) or _sign_the_covenant(keys[after:at], 0)
    if not _LIST_OWNERS & set(keys[max(0, at - 8) : at]) and not signed:
        return
    start = _list_start(tagged, at + 1)
    places = _province_list(tagged, at + 1, start, bloc.label, gazetteer)
    if len(places) >= 3:  # "… 12 phường thành viên trong cụm, gồm: Bến Cát, Thới Hòa, …"
        bloc.members += places
        return
    items = _listed_after(tagged, at + 1, bloc.label, gazetteer, provinces=places)
    # "các đơn vị trong Khối gồm: …", "Các thành viên gồm: …" say whose units they are; a bare
    # "gồm" needs known ones
    noun_end = at - (keys[at - 1 : at] == ["khác"])  # "Các thành viên khác gồm: …"
    said_members = keys[noun_end - 2 : noun_end] == ["thành", "viên"]
    owned = _members_of_the_bloc([*keys[:at], ":"], at) or said_members
    # "Khối … có 7 đơn vị thành viên. Các đơn vị gồm: …": as many units as the bloc was said to
    # have
    counted = bloc.count is not None and bloc.count[0] == len(items)
    # "đại diện Thanh tra 6 Bộ, ngành gồm: A; B; …": as many units as the count before "gồm"
    counted = counted or _count_before(keys, at) == len(items)
    if len(items) >= 3 and (
        owned
        or signed
        or counted
        or sum(m.org.entity is not None or m.org.local for m in items) >= 2
    ):
        bloc.members += items


def _count_before(keys: Sequence[str], at: int) -> int | None:
    """The count of units in the eight words before "gồm" at ``at``, written before a word of
    the units it counts ("6 Bộ, ngành", "05 đơn vị"), or None.

    >>> _count_before("đại diện thanh tra 6 bộ , ngành gồm".split(), 8)
    6
    >>> _count_before("năm 2017 các bộ gồm".split(), 4) is None
    True
    """
    for k in range(at - 1, max(-1, at - 9), -1):
        if keys[k].isdigit() and keys[k + 1 : k + 2] and keys[k + 1] in _LIST_OWNERS:
            return int(keys[k])
    return None


# Words between the units that sign a covenant and "ký" ("… Sở Y tế đã cùng ký kết …").
_BEFORE_SIGNING = frozenset({"đã", "cùng", "tiến", "hành", "đồng", "loạt", "thực", "hiện"})


def _signers(tagged: Tagged, gazetteer: Gazetteer, after: int = 0) -> list[Member]:
    """The units listed right before "(đã) ký (kết) giao ước" ("Tại hội nghị, lãnh đạo Văn
    phòng UBND tỉnh, Sở Nội vụ, Sở Tài chính và Thanh tra tỉnh đã ký kết giao ước thi đua"): in
    a bloc's report, its members."""
    keys = [t.key for t in tagged.tokens]
    for k in range(max(after, 1), len(keys) - 2):
        if keys[k] != "ký" or not _sign_the_covenant(keys[k : k + 4], 0):
            continue
        if tagged.tokens[k].text.isupper():
            return []  # "… THUỘC SỞ Y TẾ TIỀN GIANG - KÝ KẾT GIAO ƯỚC …": a headline
        end = k
        while end > 0 and keys[end - 1] in _BEFORE_SIGNING:
            end -= 1
        if _org_ending_at(tagged, end, gazetteer) is None:
            return []
        return _units_before(tagged, end, gazetteer)
    return []


def _sign_the_covenant(keys: Sequence[str], at: int) -> bool:
    """Whether the units listed after "gồm" at ``at`` sign the emulation covenant ("… gồm A, B, C
    đã ký giao ước thi đua năm 2023"): in a bloc's report, its members sign it."""
    rest = list(keys[at:])
    return "ký" in rest and any(pair == ("giao", "ước") for pair in itertools.pairwise(rest))


# Verbs by which a unit takes a bloc role itself ("sẽ đảm nhiệm", "sẽ làm", "sẽ là").
_TAKING = frozenset({"đảm", "làm", "là", "giữ", "tiếp", "nhận"})
# Words that may stand between an organisation and the bloc role it holds.
# Two words that link a unit to its bloc role only together ("giao nhiệm vụ khối trưởng", "là
# cơ quan đăng cai Trưởng khối"), not "vụ" of "Sở Nội vụ".
_LINK_PAIRS = frozenset({("nhiệm", "vụ"), ("cơ", "quan"), ("đại", "diện")})
_ROLE_LINKS = frozenset(
    {
        "là",
        "làm",
        "giữ",
        "vai",
        "trò",
        "được",
        "bầu",
        "-",
        "–",
        "(",
        "tiếp",
        "tục",
        "đơn",
        "vị",
        "trí",  # "đảm nhiệm vị trí Khối trưởng"
        "đăng",  # "là cơ quan đăng cai Trưởng khối"
        "cai",
        "phiên",  # "luân phiên nhận nhiệm vụ đơn vị Trưởng khối"
        "đảm",
        "nhận",
        "nhiệm",
        "cương",
        "công",
        "chọn",
        "giao",
        "phân",
        "cờ",
        "luân",
        "lưu",
        "chỉ",
        "định",
        "cử",
        "suy",
        "tôn",
        "bàn",  # "X bàn giao nhiệm vụ Cụm trưởng … cho Y": X held it
        "chức",  # "bầu X giữ chức Khối trưởng"
    }
)


# Adverbs between a unit and the words that link it to its role ("X đã được bầu làm …").
_ADVERBS_BEFORE_A_ROLE = frozenset({"đã", "cũng", "vừa", "đều"})
# The links after which the unit before them holds the role ("được bầu", "nhận cờ", "giữ").
_HOLDS = frozenset({"được", "là", "làm", "giữ", "nhận", "đảm", "tiếp", "đã"})
# The words the walk back from a role passes one at a time (the rest are pairs, _LINK_PAIRS).
_ONE_WORD_LINKS = _ROLE_LINKS | _ADVERBS_BEFORE_A_ROLE | {"với", "sẽ"}

# "bầu", "đề cử", "suy tôn", "đảm nhận": a unit chosen for the role (for the year ahead)
_CHOSEN = frozenset({"bầu", "cử", "tôn"})


def _leading(span: Span) -> bool:
    """Whether the bloc role at ``span`` leads the bloc (Khối trưởng, Khối phó), unlike a
    member's (Thành viên)."""
    return span.of(Kind.BLOC_ROLE)[0].iri.endswith(("/leader", "/deputy"))


def _year_before_do(tagged: Tagged, i: int) -> int | None:
    """The year of "… năm 2023, do Sở X làm Cụm trưởng" (the role at ``i``): the year the
    clause names before "do … làm"."""
    keys = [t.key for t in tagged.tokens]
    if keys[i - 1 : i] != ["làm"]:
        return None
    do = next((k for k in range(i - 2, max(-1, i - 16), -1) if keys[k] == "do"), None)
    if do is None or {".", ";", "("} & set(keys[do - 1 : i]):
        return None  # "Khối thi đua X (do Tòa án tỉnh làm Trưởng khối)": no year of its own
    for k in range(do - 1, max(0, do - 10), -1):
        if keys[k] in {".", ";"}:
            return None
        dated = keys[k - 3 : k - 2] == ["tháng"]  # "ngày 17 tháng 01 năm 2017": a date
        if keys[k - 1] == "năm" and len(keys[k]) == 4 and keys[k].isdigit() and not dated:
            return int(keys[k])
    return None


def _chosen(tagged: Tagged, start: int, end: int) -> bool:
    keys = [tagged.key(k) for k in range(start, end)]
    # "đảm nhận" (takes on); "chuyển giao/bàn giao … cho A, cụm phó là B" (handed over)
    return bool(_CHOSEN & set(keys)) or any(pair in _TAKEN_ON for pair in itertools.pairwise(keys))


_TAKEN_ON = frozenset({("đảm", "nhận"), ("chuyển", "giao"), ("bàn", "giao"), ("tiếp", "nhận")})


def _in_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a capitalised word after another: inside a name ("Nam Định"),
    so not a word linking a unit to its role ("chỉ định"); a known body's name ("Bộ Ngoại
    giao") is kept whole by the caller."""
    return k > 0 and tokens[k].is_capitalised and tokens[k - 1].is_capitalised


def _bloc_of_the_role(member: Member, named_at: list[tuple[int, Bloc]]) -> Bloc | None:
    """The bloc named right after the role stated of ``member`` ("Thanh tra Sở Y tế làm Khối
    trưởng Khối Nội chính – Văn xã"), which the roles stated after it in the sentence keep
    ("…, Thanh tra Sở Tư pháp làm Khối phó"); None when none is."""
    if member.at is None:
        return None
    end = member.at[1]
    # (not across a clause: "… Y làm cụm phó; Cụm 2 do …" names the next clause's bloc)
    tagged = member.tagged
    return next(
        (bloc for i, bloc in named_at if end <= i <= end + 1 and tagged.key(end) != ";"),
        None,
    )


def _bloc_before_the_role(member: Member, named_at: list[tuple[int, Bloc]]) -> Bloc | None:
    """In a sentence naming several blocs, the last one named before the role stated of
    ``member`` ("Cụm 1 do A làm cụm trưởng, B làm cụm phó; Cụm 2 do C làm cụm trưởng")."""
    if member.at is None or len(named_at) < 2:
        return None
    before = [bloc for i, bloc in named_at if i < member.at[0]]
    return before[-1] if before else None


def _date_by_the_sentence_before(member: Member, tagged: Tagged, before: Tagged | None) -> None:
    """A role stated with no year in a sentence that opens "Theo đó" (accordingly) takes the
    one year the sentence before names: "… ký kết giao ước thi đua năm 2023. Theo đó, Sở A là
    Cụm trưởng"."""
    if before is None or [t.key for t in tagged.tokens[:2]] != ["theo", "đó"]:
        return
    keys = [t.key for t in before.tokens]
    years = {
        keys[k + 1]
        for k in range(len(keys) - 1)
        if keys[k] == "năm" and _YEAR_KEY.fullmatch(keys[k + 1])
    }
    if len(years) == 1:
        (year,) = years
        member.roles = [replace(r, year=r.year or int(year)) for r in member.roles]


def stated_roles(tagged: Tagged, gazetteer: Gazetteer) -> list[Member]:
    """Bloc roles stated of an organisation, not of a person.

    "bầu Kho bạc Nhà nước giữ vai trò Khối trưởng", "Sở Công Thương - Trưởng khối", "Công an
    tỉnh là Cụm trưởng", "X được bầu làm Khối phó"; and the hand-over of the leadership to
    another unit for a year ("bàn giao … Cụm trưởng … năm 2021 cho Công an tỉnh Đồng Tháp").
    """
    found: list[Member] = []
    tokens = tagged.tokens
    chain: tuple[int, bool] = (-99, False)  # where the last role ended, and whether elected
    in_body = {m for s in tagged.spans if s.of(*ORGANISATIONS) for m in range(s.i, s.j)}
    placed = 0  # the members found so far whose role's place is set
    previous: tuple[int, int] | None = None
    for span in tagged.spans:
        if not span.of(Kind.BLOC_ROLE) or not _leading(span):
            continue  # "các đơn vị A và B là thành viên cụm": members, not a role
        for member in found[placed:]:
            member.at = member.at or previous
        placed, previous = len(found), (span.i, span.j)
        role = "deputy" if span.of(Kind.BLOC_ROLE)[0].iri.endswith("/deputy") else "leader"
        year = _year_after(tagged, span.j) or _year_before_do(tagged, span.i)
        elected = (
            # (a long holder's name between: "suy tôn Ủy ban MTTQ Việt Nam huyện Đông Anh thành
            # phố Hà Nội giữ vai trò Cụm trưởng")
            _chosen(tagged, max(0, span.i - 24), span.i)
            or (
                # "bầu chọn A là đơn vị Cụm trưởng, B là đơn vị Cụm phó": B is elected too
                chain[1]
                and span.i - chain[0] <= 20
                # "X được bầu giữ vai trò Khối trưởng năm 2024; Y giữ vai trò Khối phó": a
                # semicolon between parallel clauses does not end the election
                and "." not in {t.key for t in tokens[chain[0] : span.i]}
            )
        )
        before = [t.key for t in tokens[max(0, span.i - 14) : span.i]]
        if any(pair == ("năm", "nay") for pair in itertools.pairwise(before)):
            elected = False  # "Năm nay, X là đơn vị đảm nhận Khối trưởng": this year's
        chain = (span.j, elected)
        # "Năm 2022, đơn vị khối trưởng là X": the year opening the sentence, else none
        stated = year or _opening_year(tagged)
        giver = _received_from(tagged, span, gazetteer)
        if giver is not None:
            # "Thanh tra tỉnh nhận cờ Khối trưởng năm 2024 từ Sở Tư pháp": the unit it came
            # from held it the year before
            held = BlocRole(role, year - 1 if year else None, False)
            found.append(Member(giver, tagged, [held]))
        respective = _respective(tagged, span, gazetteer)
        if respective is not None:
            # "bầu Khối trưởng, Khối phó năm 2024 lần lượt là Sở Nội vụ và Sở Tư pháp"
            found.append(Member(respective, tagged, [BlocRole(role, stated, elected)]))
            continue
        named = _named_after(tagged, span.j, gazetteer)
        if named:
            # "bầu chọn cụm trưởng và cụm phó năm 2023 là X (Cụm trưởng) và Y (Cụm phó)"
            for member in named:
                member.roles = [
                    replace(r, year=r.year or stated, elected=elected) for r in member.roles
                ]
            found += named
            continue
        capacity = _in_the_capacity_of(tagged, span, gazetteer)
        if capacity is not None:
            # "Với tư cách là Khối trưởng Khối thi đua số IX …, Cục QLTT tỉnh Gia Lai đã …"
            found.append(Member(capacity, tagged, [BlocRole(role, stated, elected)]))
            continue
        several = _holders_counted(tagged, span, gazetteer)
        if several:
            # "bầu … 02 Phó Trưởng khối là Sở Xây dựng và Sở Công Thương": each holds it
            found += [Member(org, tagged, [BlocRole(role, stated, elected)]) for org in several]
            continue
        holder = _holder_after(tagged, span, gazetteer)
        if holder is not None:
            # "Khối trưởng năm 2024 là Bộ Y tế, Khối phó là Bộ Ngoại giao"
            found.append(Member(holder, tagged, [BlocRole(role, stated, elected)]))
            continue
        playing = _playing_the_role(tagged, span, gazetteer)
        if playing is not None:
            found.append(Member(playing, tagged, [BlocRole(role, stated, elected)]))
            continue
        handed = _handed_to(tagged, span.j, gazetteer)
        if handed is not None:
            # "… cho Công ty X thực hiện trong năm 2017": the year the unit takes it for
            year = year or _year_after_name(tagged, handed, span.j)
            found.append(Member(handed, tagged, [BlocRole(role, year, True, handed=True)]))
            giver = _giver_before(tagged, span.i, gazetteer)
            # (not the board that organises emulation: "Ban Thi đua bàn giao Cụm trưởng … cho X")
            organiser = giver is not None and "thi đua" in giver.label.lower()
            if giver is not None and giver != handed and not organiser:
                # "Sở Y tế đã bàn giao nhiệm vụ Cụm trưởng cho Sở Nội vụ": Sở Y tế held the
                # role until then (the year before the one it is handed over for)
                held = BlocRole(role, year - 1 if year else None, False)
                found.append(Member(giver, tagged, [held]))
            continue
        enclosed = _unit_in_parenthesis(tagged, span.j, gazetteer)
        if enclosed is not None:
            # "đại diện đơn vị Khối phó (Trung tâm Lưu trữ quốc gia IV)": the unit the role's
            # parenthesis names
            found.append(Member(enclosed, tagged, [BlocRole(role, stated, elected)]))
            continue
        # "… đơn vị Khối trưởng Sở X", "trao cờ cho Khối trưởng Sở X": the unit after the role
        unit_then = tagged.key(span.i - 1) == "vị" and tagged.key(span.i - 2) == "đơn"
        if unit_then or tagged.key(span.i - 1) == "cho":
            after, _ = _list_org(tagged, span.j, gazetteer) if span.j < len(tokens) else (None, 0)
            bloc_next = tokens[span.j].key in {"khối", "cụm"} if span.j < len(tokens) else False
            if after is not None and tokens[span.j].is_capitalised and not bloc_next:
                found.append(Member(after, tagged, [BlocRole(role, stated, elected)]))
                continue
        k = span.i - 1
        while (
            k >= 0
            and not _in_name(tokens, k)
            and k not in in_body
            and (
                tokens[k].key in _ROLE_LINKS
                or tuple(tagged.key(m) for m in (k - 1, k)) in _LINK_PAIRS
                # "X với vai trò khối trưởng": in the role of
                or (tokens[k].key == "với" and tagged.key(k + 1) == "vai")
                # "X sẽ đảm nhiệm Khối trưởng" (not "Khối … sẽ bầu Khối trưởng": the agent)
                or (tokens[k].key == "sẽ" and tagged.key(k + 1) in _TAKING)
                # "X đã được bầu làm …", "X cũng đã nhận cờ luân lưu Khối trưởng"
                # (not "Khối … đã bầu Khối trưởng": the agent, not the holder)
                or (tokens[k].key in _ADVERBS_BEFORE_A_ROLE and tagged.key(k + 1) in _HOLDS)
            )
        ):
            k -= 1 if tokens[k].key in _ONE_WORD_LINKS else 2
        if _recognised_by(tagged, span.i):
            continue  # "Bộ trưởng Bộ Công thương công nhận Khối trưởng, Khối phó …": the agent
        k = _past_agent(tagged, k, span.i)
        if tagged.key(k) == "," and (tagged.key(k + 1) == "đơn" or k + 1 == span.i):
            k -= 1  # "X, đơn vị Khối trưởng năm 2025", "X, Khối trưởng Khối thi đua …"
            if tagged.key(k) == ")":
                # "Cục Đầu tư nước ngoài (Bộ Tài chính), Trưởng Khối …": past the parent
                opening = next(
                    (m for m in range(k, max(-1, k - 12), -1) if tagged.key(m) == "("), None
                )
                k = opening - 1 if opening is not None else k
        owner = _org_ending_at(tagged, k + 1, gazetteer) or _place_ending_at(tagged, k + 1)
        start = _start_of(tagged, owner, k + 1) if owner is not None else k + 1
        if owner is not None and tagged.key(start - 1) == ",":
            # "Hội Chữ thập đỏ Phường 2, quận Bình Thạnh làm Cụm trưởng": a commune's unit, then
            # its district after a comma
            inner = _org_ending_at(tagged, start - 1, gazetteer)
            if inner is not None and _ends_with_a_commune(inner.label, owner.label):
                owner = Org(f"{inner.label} {owner.label}", None, local=True)
                start = _start_of(tagged, inner, start - 1)
        if owner is not None and tagged.key(start - 1) == "được":
            # "Công an tỉnh Quảng Trị được Bộ Công an phân công là Cụm trưởng": the body after
            # "được" assigns the role; the unit before it holds it
            agent = start - 1
            owner = _org_ending_at(tagged, agent, gazetteer) if agent > 0 else None
            start = _start_of(tagged, owner, agent) if owner is not None else agent
        if owner is None:
            subject = _subject_continued(tagged, k, span.i, gazetteer)
            if subject is not None:
                # "Công ty X đã hoàn thành …, đồng thời được bầu làm Khối phó năm 2023"
                found.append(Member(subject, tagged, [BlocRole(role, stated, elected)]))
                continue
        person = any(s.kind is Kind.PERSON for s in tagged.spans)
        if owner is not None and not (_after_title(tagged, start) and person):
            # "- Giám đốc Đài PT-TH tỉnh X, Cụm trưởng.": with no person named, the unit of the
            # post holds the role; a person's posts give it through the person
            year = year or _year_before(tagged, start) or _opening_year(tagged)
            linked = {tagged.key(m) for m in range(k + 1, span.i)}
            place = owner.entity is None and owner.label[:1].islower()  # "huyện Phong Điền"
            joint = (
                _joint_holders(tagged, start, gazetteer, places=place)
                if {"là", "làm"} & linked
                else []
            )
            second = _second_role(tagged, span)
            if second is not None and len(joint) == 1:
                # "A và B (là đơn vị Khối trưởng và Khối phó …)": respectively
                found.append(Member(joint[0], tagged, [BlocRole(role, year, elected)]))
                found.append(Member(owner, tagged, [BlocRole(second, year, elected)]))
                continue
            found.append(Member(owner, tagged, [BlocRole(role, year, elected)]))
            for other in joint:
                # "B và C là Cụm phó" (not "…, B - Khối trưởng"): both hold the role
                found.append(Member(other, tagged, [BlocRole(role, year, elected)]))
    for member in found[placed:]:
        member.at = member.at or previous
    for member in found:
        member.org = _without_clause(member.org)
    for elected in (False, True):
        years = {
            r.year for m in found for r in m.roles if r.year is not None and r.elected == elected
        }
        if len(years) == 1:
            # "X làm Khối trưởng năm 2024, Y làm Khối phó": the year stated once holds for both;
            # not for the unit chairing the review ("X - đơn vị Cụm trưởng … tổ chức hội nghị
            # … và bầu chọn Y là đơn vị Cụm trưởng … năm 2024")
            (year,) = years
            for member in found:
                member.roles = [
                    replace(r, year=r.year or year) if r.elected == elected else r
                    for r in member.roles
                ]
    return found


# Lower-case words that begin a clause after a unit's name read forwards ("… cho Công ty Cổ
# phần Cấp nước Gia Định thực hiện trong năm 2017", "Trường Văn hóa 3 thời gian qua").
_CLAUSE_AFTER_NAME = frozenset(
    {
        *("thực", "trong", "thời", "đã", "sẽ", "được", "là", "với", "tại", "năm", "đang", "vừa"),
        *("luôn", "cũng"),  # "Công an tỉnh X luôn/cũng được …": adverbs before the predicate
    }
)
# Adverbs of two words before a predicate ("X tiếp tục được bầu", "X vinh dự được bầu"), and
# predicates of a unit's result ("X dẫn đầu Khối", "X hoàn thành xuất sắc", "X xếp thứ nhất").
_CLAUSE_PAIRS_AFTER_NAME = frozenset(
    {
        *(("tiếp", "tục"), ("vinh", "dự"), ("dẫn", "đầu"), ("hoàn", "thành"), ("xếp", "thứ")),
        # "X nhận cờ luân lưu", "X tiếp nhận / đảm nhận vai trò Khối trưởng"
        *(("nhận", "cờ"), ("tiếp", "nhận"), ("đảm", "nhận"), ("đảm", "nhiệm")),
    }
)


def _without_clause(org: Org) -> Org:
    """``org`` without a clause its unknown name ran on into.

    >>> _without_clause(Org("Công ty Cổ phần Cấp nước Gia Định thực hiện trong năm 2017")).label
    'Công ty Cổ phần Cấp nước Gia Định'
    >>> _without_clause(Org("Trung tâm Giáo dục thường xuyên tỉnh")).label
    'Trung tâm Giáo dục thường xuyên tỉnh'
    >>> _without_clause(Org("Công an tỉnh Hà Nam tiếp tục")).label
    'Công an tỉnh Hà Nam'
    """
    if org.entity is not None:
        return org
    tokens = tokenize(org.label)
    for k in range(2, len(tokens)):
        pair = tuple(t.key for t in tokens[k : k + 2])
        clause = tokens[k].key in _CLAUSE_AFTER_NAME or pair in _CLAUSE_PAIRS_AFTER_NAME
        if not tokens[k].is_capitalised and clause:
            return replace(org, label=org.label[: tokens[k - 1].end].rstrip(" ,-–"))
    return org


def _national(keys: tuple[str, ...]) -> bool:
    """Whether a unit's name says it is national ("quốc gia", "Trung ương"), or a national
    system's unit for a region over several provinces ("Kho bạc Nhà nước khu vực V"; not a
    province's "Bệnh viện Đa khoa khu vực Cẩm Phả")."""
    pairs = set(itertools.pairwise(keys))
    regional = ("khu", "vực") in pairs and any(keys[: len(s)] == s for s in _REGIONAL_SYSTEMS)
    return regional or bool(pairs & {("quốc", "gia"), ("trung", "ương")})


# National systems whose units since 2025 (and the reserves' before) serve a region of several
# provinces ("Kho bạc Nhà nước khu vực V", "Chi cục Dự trữ Nhà nước khu vực I", "Thuế …").
_REGIONAL_SYSTEMS = tuple(
    keys_of(name)
    for name in (
        "Kho bạc Nhà nước",
        "Hải quan",
        "Cục Hải quan",
        "Chi cục Hải quan",
        "Thuế",
        "Chi cục Thuế",
        "Cục Dự trữ Nhà nước",
        "Chi cục Dự trữ Nhà nước",
        "Ngân hàng Nhà nước",
        "Ngân hàng Phát triển",
        "Chi nhánh Ngân hàng Phát triển",  # "… khu vực Thừa Thiên Huế - Quảng Trị"
        "Bảo hiểm xã hội",
        "Kiểm toán Nhà nước",
        "Thống kê",
    )
)


def _unit_in_parenthesis(tagged: Tagged, j: int, gazetteer: Gazetteer) -> Org | None:
    """The unit a parenthesis right after a bloc role names, whole ("Khối phó (Trung tâm Lưu
    trữ quốc gia IV)"), when an organisation's name fills it."""
    keys = [t.key for t in tagged.tokens]
    if keys[j : j + 1] == ["năm"] and _YEAR_KEY.fullmatch(tagged.key(j + 1)):
        j += 2  # "đơn vị Khối trưởng năm 2024 (Sở Tài chính)": past the role's year
    if keys[j : j + 1] != ["("] or j + 1 >= len(keys) or not tagged.tokens[j + 1].is_capitalised:
        return None
    if not org_head_at(keys, j + 1) and not tagged.at.get(j + 1):
        return None
    org, end = _list_org(tagged, j + 1, gazetteer)
    return org if org is not None and keys[end : end + 1] == [")"] else None


# Verbs by which a body chooses or assigns a unit for a role ("suy tôn", "bầu", "phân công").
_ASSIGNING = frozenset({"bầu", "tôn", "cử", "chọn", "giao", "định", "công", "thiệu"})


def _in_the_capacity_of(tagged: Tagged, span: Span, gazetteer: Gazetteer) -> Org | None:
    """The unit after the clause "với tư cách (là) ‹role› ‹bloc›, ‹unit› …" or "Với vai trò
    (là) (đơn vị) ‹role›, ‹unit› …": the subject the clause describes."""
    keys = [t.key for t in tagged.tokens]
    at = span.i - 2 * (keys[span.i - 2 : span.i] == ["đơn", "vị"])
    at -= keys[at - 1 : at] == ["là"]
    role_clause = keys[max(0, at - 3) : at] in (["với", "vai", "trò"], ["trong", "vai", "trò"])
    if keys[max(0, at - 2) : at] != ["tư", "cách"] and (
        not role_clause or not _opens_clause(keys, at - 3)
    ):
        return None
    comma = next((k for k in range(span.j, min(span.j + 30, len(keys))) if keys[k] == ","), None)
    if comma is None or comma + 1 >= len(keys):
        return None
    org, _ = _list_org(tagged, comma + 1, gazetteer)
    return org


def _opens_clause(keys: Sequence[str], k: int) -> bool:
    """Whether token ``k`` opens its sentence or a clause after a comma or semicolon (not "X
    với vai trò Khối trưởng", where the unit comes first)."""
    return k <= 0 or keys[k - 1] in {",", ";", ":", "."}


def _subject_continued(tagged: Tagged, k: int, role: int, gazetteer: Gazetteer) -> Org | None:
    """The unit opening the sentence when the role's passive clause ("được bầu làm …", read
    back to ``k``) is joined to that unit's first predicate by a comma, "và" or "đồng thời":
    "Công ty X được đề nghị tặng Cờ thi đua, đồng thời được bầu làm Khối phó năm 2023", "Năm
    2022, X dẫn đầu Khối và được suy tôn làm Khối trưởng". None when a person is named before
    the role (a person's posts give the unit) or nothing names a unit where the sentence, or
    the clause after its opening adverbial ("Năm 2022, "), begins."""
    keys = [t.key for t in tagged.tokens]
    joined = keys[k] in {",", "và"} or keys[k - 1 : k + 1] == ["đồng", "thời"]
    clause = keys[k + 1 : role]
    # "X nhận cờ luân lưu, đảm nhận vai trò Khối trưởng": the unit takes the role itself
    # (not "A trao cờ cho B, …": the one it is handed to)
    taking = any(pair in _TAKING_PAIRS for pair in itertools.pairwise(clause))
    if k <= 0 or not joined or not ("được" in clause or (taking and "cho" not in keys[:k])):
        return None
    if any(s.kind is Kind.PERSON and s.i < role for s in tagged.spans):
        return None
    opening = next((m for m in range(min(k, 8)) if keys[m] == ","), None)
    starts = [0] if opening is None else [0, opening + 1]
    for start in (m for m in starts if m < k):
        org, end = _list_org(tagged, start, gazetteer)
        if org is None:
            continue
        if end <= k:
            return _without_clause(org)
        # "X dẫn đầu Khối và được …": a name read on to the conjunction holds the unit's first
        # predicate, which must be one a name can be cut at
        cut = _without_clause(replace(org, label=tagged.surface(start, k)))
        if org.entity is None and cut.label != tagged.surface(start, k):
            return cut
    return None


# Verbs by which the subject of a sentence takes a bloc role itself, after a comma.
_TAKING_PAIRS = frozenset({("đảm", "nhận"), ("đảm", "nhiệm"), ("tiếp", "nhận")})


def _recognised_by(tagged: Tagged, role: int) -> bool:
    """Whether the role at ``role`` is the object of a body that assigns it, written right
    before it in the active voice ("Bộ Công thương công nhận Khối trưởng, Khối phó …"): the
    body before the verb is not the holder (but "X được công nhận là Khối trưởng" is)."""
    keys = [t.key for t in tagged.tokens]
    verb = tuple(keys[max(0, role - 2) : role])
    if verb not in (("công", "nhận"), ("phân", "công"), ("chỉ", "định")):
        return False
    return "được" not in keys[max(0, role - 5) : role - 2]


def _past_agent(tagged: Tagged, k: int, role: int) -> int:
    """Where to look for the unit that holds a role, past the body that chose it: "Công an
    tỉnh Hà Tĩnh được các đơn vị trong Khối suy tôn làm Khối trưởng" (the back-scan from the
    role stopped at ``k``, inside the agent "các đơn vị trong Khối"). ``k`` itself when no
    "được" opens an agent within eight words before a choosing verb."""
    if k < 0 or (tagged.tokens[k].is_capitalised and tagged.key(k) not in {"khối", "cụm"}):
        return k  # a unit's name ends here (a known agent body is handled by the caller)
    linked = {tagged.key(m) for m in range(k + 1, role)}
    if not _ASSIGNING & linked:
        return k
    for m in range(k, max(-1, k - 8), -1):
        key = tagged.key(m)
        if key == "được":
            while m > 0 and tagged.key(m - 1) in _ADVERBS_BEFORE_A_ROLE:
                m -= 1  # "Công an tỉnh đã được Hội nghị thống nhất bầu làm Khối trưởng"
            # the unit's name may end in lower case ("Sở Tài chính được …")
            return m - 1 if m > 0 and tagged.tokens[m - 1].is_word else k
        if not tagged.tokens[m].is_word:
            return k  # "," or "." before any "được": no agent clause
    return k


def _playing_the_role(tagged: Tagged, span: Span, gazetteer: Gazetteer) -> Org | None:
    """The unit a clause opened by its role is about: "Với vai trò là Khối trưởng Khối thi đua
    X, Viện kiểm sát nhân dân tỉnh Y đã …" (the unit after the comma that ends the bloc)."""
    before = [tagged.key(m) for m in range(max(0, span.i - 4), span.i)]
    # "Là đơn vị Trưởng cụm thi đua năm 2021, …": the role opens the sentence or the clause
    opening = span.i - 2 if before[-2:] == ["đơn", "vị"] else span.i
    # (after punctuation: "…nhiệm vụ…Là đơn vị Trưởng cụm", an ellipsis glued to the clause)
    opens = tagged.key(opening - 1) == "là" and (
        opening < 2 or not tagged.tokens[opening - 2].is_word
    )
    bare = _bare_role_opens(tagged, span.i)  # "Ngày 10/12, Khối trưởng Khối …, Sở X tổ chức"
    in_role = before[-2:] in (["trò", "là"], ["trò", "làm"]) or before[-1:] == ["trò"]
    if not (in_role or opens or bare):
        return None
    if not (opens or bare) and not _role_opens_clause(tagged, span.i):
        return None  # "A giữ vai trò Cụm trưởng, B giữ vai trò Cụm phó": A's, said before it
    comma = next(
        (m for m in range(span.j, min(len(tagged.tokens), span.j + 20)) if tagged.key(m) == ","),
        None,
    )
    if comma is None or comma + 1 >= len(tagged.tokens):
        return None
    if bare and any(tagged.key(m) in ORG_NAME_BREAKS for m in range(span.j, comma)):
        return None  # "Khối trưởng đã trao cờ, …": the role's own clause, not a title
    start = comma + 1
    if bare and tagged.at.get(start) is not None and tagged.at[start].of(Kind.BLOC_ROLE):
        return None  # "Khối trưởng, Khối phó …": roles listed
    for lead in (["đại", "diện", "lãnh", "đạo"], ["đại", "diện"]):
        if [tagged.key(m) for m in range(start, start + len(lead))] == lead:
            start += len(lead)  # "…, đại diện lãnh đạo UBND huyện Đại Từ đã phát động"
            break
    if start >= len(tagged.tokens) or not tagged.tokens[start].is_capitalised:
        return None
    org, _ = _list_org(tagged, start, gazetteer)
    return org


def _bare_role_opens(tagged: Tagged, i: int) -> bool:
    """Whether the role at ``i`` opens its sentence, or the clause after an opening adverbial
    of time or place ("Sáng 23/7, Cụm trưởng Cụm 2 năm 2020, Trường X tổ chức …"): nothing
    before it names a unit, a person or a role."""
    if i == 0:
        return True
    if tagged.key(i - 1) != "," or any(s.i < i for s in tagged.spans if s.kind is not Kind.PLACE):
        return False
    return sum(tagged.key(m) == "," for m in range(i)) == 1


def _role_opens_clause(tagged: Tagged, i: int) -> bool:
    """Whether "vai trò" before the role at ``i`` opens its clause ("Với vai trò là Khối
    trưởng …", "…; vai trò Cụm trưởng …"), not a verb's object after its subject ("A giữ vai
    trò Cụm trưởng")."""
    at = next((m for m in range(i - 1, max(-1, i - 4), -1) if tagged.key(m) == "vai"), None)
    if at is None:
        return False
    at -= tagged.key(at - 1) == "với"
    return at == 0 or not tagged.tokens[at - 1].is_word


def _second_role(tagged: Tagged, span: Span) -> str | None:
    """The role joined to the one at ``span`` by "và" ("Khối trưởng và Khối phó"), or None."""
    if tagged.key(span.j) != "và":
        return None
    after = tagged.at.get(span.j + 1)
    if after is None or not after.of(Kind.BLOC_ROLE) or not _leading(after):
        return None
    return "deputy" if after.of(Kind.BLOC_ROLE)[0].iri.endswith("/deputy") else "leader"


def _joint_holders(
    tagged: Tagged, start: int, gazetteer: Gazetteer, *, places: bool = False
) -> list[Org]:
    """Units joined by "và" or a comma before a role holder whose name begins at ``start``
    ("Trường A và Trường B là Cụm phó"), back to the clause's start; ``places``: the holder is
    a place named as a unit, and so are the others ("Huyện Quảng Điền và huyện Phong Điền")."""
    holders: list[Org] = []
    while tagged.key(start - 1) in {"và", ","} and start > 1:
        if places:
            other = _place_ending_at(tagged, start - 1)
        else:
            other = _org_ending_at(tagged, start - 1, gazetteer)
            if other is not None and other.entity is None and not other.label[:1].isupper():
                break
        if other is None:
            break
        begin = _start_of(tagged, other, start - 1)
        if begin == start - 1:
            break
        if tagged.key(begin - 1) in {"của", "theo"}:
            break  # "Theo phân công của Bộ GD-ĐT, Sở GD-ĐT Hà Nội làm Cụm trưởng": the assigner
        holders.append(other)
        start = begin
    return holders


def _ends_with_a_commune(unit: str, place: str) -> bool:
    """Whether ``unit`` ends with a commune ("… Phường 2", "… xã Minh Sơn") and ``place`` is a
    district's name with its kind ("quận Bình Thạnh"), the district the commune is in."""
    head = _head_before_place(unit)
    rest = unit[len(head) :].lower().split() if head is not None else []
    district = _item_kind(place.lower().split(), 0)
    return _item_kind(rest, 0) in _COMMUNE_KINDS and district in _DISTRICT_KINDS_OF_NAMES


def _place_ending_at(tagged: Tagged, end: int) -> Org | None:
    """A place named as a unit right before ``end`` ("Phường Bến Cát làm Cụm trưởng", "do Đồng
    Nai làm Cụm trưởng"): the place itself, written in lower case ("phường Bến Cát"), which
    :func:`_as_unit` turns into the unit of the bloc's members in that place."""
    keys = [t.key for t in tagged.tokens]
    span = next((s for s in tagged.spans if s.j == end and s.kind is Kind.PLACE), None)
    start = span.i if span is not None else end
    if span is None:
        while start > 0 and end - start < 4 and tagged.tokens[start - 1].is_capitalised:
            if any(tuple(keys[start - len(w) : start]) == w for w in _UNIT_PLACE_WORDS):
                break
            start -= 1
    if start == end:
        return None
    # the longest place word first: "Thị xã La Gi" is a town, not a commune "xã La Gi"; "thành
    # phố Sầm Sơn" (a city the gazetteer does not list as a province) or "thành phố Hưng Yên"
    # (the city written as such, not the province) too
    words = (("thành", "phố"), *_UNIT_PLACE_WORDS_LONGEST_FIRST)
    word = next((w for w in words if tuple(keys[start - len(w) : start]) == w), None)
    if word is not None:  # "Phường Bến Cát", "do xã Kỳ Anh"
        first = start - len(word)
        outer = _place_before_place(tagged, first)
        if outer is not None:
            # "phường Bình Thọ thành phố Thủ Đức làm Cụm trưởng": a commune and its district
            start, word = outer
            first = start - len(word)
        if first > 0 and keys[first - 1] not in {
            "do",
            ",",
            ";",
            "(",
            "là",
            "và",
            "vị",
            "bầu",
            "chọn",
            "cử",
            *_CHOSEN,  # "suy tôn huyện Hoài Đức làm Cụm trưởng"
        }:
            return None
        return Org(" ".join([*word, tagged.surface(start, end)]), None, local=True)
    before = keys[start - 1] if start > 0 else None
    if span is not None and before in {None, "do", "là", ",", ";", "chọn", "phía", *_CHOSEN}:
        # "do Đồng Nai làm Cụm trưởng", "suy tôn tỉnh Kon Tum làm Cụm trưởng", "Tỉnh Lào Cai là
        # đơn vị Trưởng Cụm" opening the sentence, "Về phía tỉnh Lào Cai - đơn vị Trưởng Cụm":
        # the province, its place word written once
        written = keys[span.i] in {"tỉnh", "thành"}
        place = span.text[:1].lower() + span.text[1:]  # "Tỉnh Lào Cai" opening the sentence
        return Org(place if written else f"tỉnh {span.text}", None, local=True)
    province = start - 1 if keys[start - 1 : start] == ["tỉnh"] else start
    if span is not None and keys[province] == "tỉnh" and tagged.key(province - 1) in _RECEIVERS:
        # "chúc mừng tỉnh Hải Dương (đơn vị cụm trưởng năm 2019)": the province itself (not
        # the end of a unit's name, "Trường Chính trị X tỉnh Bạc Liêu")
        return Org(f"tỉnh {tagged.surface(province + 1, end)}", None, local=True)
    return None


def _place_before_place(tagged: Tagged, end: int) -> tuple[int, tuple[str, ...]] | None:
    """A commune or district named with its kind right before ``end``, where the name of the
    place it lies in begins ("phường Bình Thọ| thành phố Thủ Đức"): where its name begins, and
    its kind; None when no such place is there."""
    keys = [t.key for t in tagged.tokens]
    start = end
    while start > 0 and end - start < 4 and tagged.tokens[start - 1].is_capitalised:
        start -= 1
    if start == end:
        return None
    word = next(
        (w for w in _UNIT_PLACE_WORDS_LONGEST_FIRST if tuple(keys[start - len(w) : start]) == w),
        None,
    )
    return (start, word) if word is not None else None


# Words after which "tỉnh X" is the province itself, not the end of a unit's name.
_RECEIVERS = frozenset({"mừng", "và", "cho", "("})


def _listed_as(org: Org, bloc: Bloc) -> Org:
    """The bloc's listed member that a role holder names in short: "Đài Truyền thanh huyện Cư
    Kuin làm Cụm trưởng" is the listed "Đài truyền thanh – Truyền hình huyện Cư Kuin" (same
    place, and its head begins with the holder's)."""
    if org.entity is not None:
        return org
    keys = keys_of(org.label)
    cut = next((k for k in range(1, len(keys)) if keys[k] in _UNIT_WORDS), None)
    if cut is None:
        return org
    head, place = keys[:cut], keys[cut:]
    found = {
        m.org.label: m.org
        for m in bloc.members
        if m.org.entity is None
        and (member := keys_of(m.org.label))[-len(place) :] == place
        and [k for k in member[: len(member) - len(place)] if k not in {"-", "–"}][: len(head)]
        == list(head)
    }
    if not found:
        # "Đoàn đại biểu Quốc hội tỉnh X đảm nhiệm vai trò cụm trưởng" in a bloc of the
        # delegations' offices: the listed "Văn phòng Đoàn đại biểu Quốc hội tỉnh X"
        found = {
            m.org.label: m.org
            for m in bloc.members
            if m.org.entity is None and keys_of(m.org.label) == ("văn", "phòng", *keys)
        }
    return next(iter(found.values())) if len(found) == 1 else org


def _as_unit(org: Org, bloc: Bloc) -> Org:
    """A place named as a bloc's unit (lower case, from :func:`_place_ending_at`) is the member
    of the bloc in that place, else the place's People's Committee."""
    if org.entity is not None or not org.label[:1].islower():
        return org
    words = org.label.split()
    keys = keys_of(org.label)
    if not any(list(keys[: len(words)]) == words for _, words in _PLACE_KIND_WORDS):
        return org  # "phòng Lao động - Thương binh và Xã hội" of "Trưởng phòng …": no place
    skip = 2 if keys[:2] in (("thị", "trấn"), ("thị", "xã")) else 1
    place = keys[skip:]
    for member in bloc.members:
        member_keys = keys_of(member.org.label)
        for k in range(len(member_keys) - len(place) + 1):
            if member_keys[k : k + len(place)] == place:
                return member.org
    head = _members_head(bloc)  # "Liên đoàn Lao động huyện A, …" → "Liên đoàn Lao động"
    return Org(f"{head or 'Ủy ban nhân dân'} {' '.join(words)}", None, local=True)


def _members_head(bloc: Bloc) -> str | None:
    """The one head the bloc's units of places share ("Liên đoàn Lao động" of "Liên đoàn Lao
    động huyện Đức Linh", "… huyện Tánh Linh"), when two or more share it and none has another."""
    heads: set[str] = set()
    count = 0
    for member in bloc.members:
        label = expand_label(member.org.label)  # "LĐLĐ huyện A" and "Liên đoàn Lao động huyện B"
        words, keys = label.split(), keys_of(label)
        at = next((k for k in range(1, len(keys)) if _item_kind(keys, k) is not None), None)
        if at is None:
            continue
        heads.add(" ".join(words[:at]))
        count += 1
    return next(iter(heads)) if len(heads) == 1 and count >= 2 else None


def _holders_counted(tagged: Tagged, span: Span, gazetteer: Gazetteer) -> list[Org]:
    """The units after "là" that share a role counted in the plural ("02 Phó Trưởng khối là A
    và B", "các Khối phó là A, B"), two or more; else none."""
    keys = [t.key for t in tagged.tokens]
    count = tagged.key(span.i - 1)
    counted = count.isdigit() and len(count) <= 2 and int(count) >= 2  # "02", not "năm 2023"
    if not (count in {"các", "hai", "ba"} or counted):
        return []
    k = span.j + 2 * (keys[span.j : span.j + 1] == ["năm"])  # "… năm 2024 là …"
    if keys[k : k + 1] != ["là"] or k + 1 >= len(keys):
        return []
    items = _list_items(tagged, k + 1, gazetteer)
    return [m.org for m in items] if len(items) >= 2 else []


def _holder_after(tagged: Tagged, span: Span, gazetteer: Gazetteer) -> Org | None:
    """The unit named after "là" or "thuộc về" right after a bloc role ("Khối trưởng (năm 2024)
    là Bộ Y tế"; "Cụm phó là Công an tỉnh Lào Cai"), when only a year or the bloc's name stands
    between; or after a dash when the role opens its clause ("Ngày 06/12, Cụm trưởng – Sở Tài
    nguyên và Môi trường Hà Tĩnh chủ trì …")."""
    keys = [t.key for t in tagged.tokens]
    j = span.j
    # "Đơn vị Khối trưởng - Sở Tư pháp đã báo cáo …": "đơn vị" may open the clause too
    at = span.i - 2 if keys[span.i - 2 : span.i] == ["đơn", "vị"] else span.i
    opens = at == 0 or keys[at - 1] in {",", ":", ";", "."}
    dashed = keys[j : j + 1] in (["-"], ["–"]) and j + 1 < len(keys)
    if opens and dashed and tagged.tokens[j + 1].is_capitalised:
        return _org_ending_at(tagged, _clause_verb_after(tagged, j + 1, gazetteer), gazetteer)
    person = any(s.kind is Kind.PERSON and s.j <= span.i for s in tagged.spans)
    if opens and not person:  # a person's list of posts gives the role through the person
        set_off = _set_off_after_bloc(tagged, j, gazetteer)
        if set_off is not None:
            return set_off
    k = j
    while k < len(keys) and k - j < 12:
        if keys[k] == "là":
            break
        if keys[k : k + 2] == ["thuộc", "về"]:
            k += 1  # "Cụm trưởng năm 2021 thuộc về Sở Tư pháp tỉnh Kiên Giang"
            break
        if keys[k] == "do" and k + 1 < len(keys) and tagged.tokens[k + 1].is_capitalised:
            # "vai trò Khối trưởng do Sở Công Thương đảm nhiệm": the unit that takes it on
            org, end = _list_org(tagged, k + 1, gazetteer)
            return org if tagged.key(end) in _TAKING and tagged.key(end) != "là" else None
        if keys[k] == ":" and _numbered_or_dated(keys, j, k):
            break  # "Đơn vị trưởng khối năm 2016: Sở A; Phó khối 1: Kho bạc …"
        if keys[k] in {",", ";", ".", ":", "(", "đã", "được", "và"}:
            return None
        k += 1
    else:
        return None
    if k >= len(keys) or k + 1 >= len(keys):
        return None
    place = tagged.at.get(k + 1)
    if place is not None and place.kind is Kind.PLACE:
        # "Cụm trưởng là tỉnh Gia Lai": the place, for the bloc's member there
        return _place_ending_at(tagged, place.j)
    head = past_honorific(keys, k + 1)
    official = tagged.at.get(head)
    if (
        official is not None
        and official.kind is Kind.PERSON
        and keys[official.j : official.j + 1] == [","]
    ):
        # "Trưởng khối năm 2023 là đồng chí Nguyễn Văn A, Giám đốc Sở Tư pháp": the unit the
        # official heads
        title = tagged.at.get(official.j + 1)
        if title is None or not title.of(Kind.POST_ROLE) or title.j >= len(keys):
            return None
        org, _ = _list_org(tagged, title.j, gazetteer)
        return org if tagged.tokens[title.j].is_capitalised else None
    if not tagged.tokens[k + 1].is_capitalised:
        return None
    org, _ = _list_org(tagged, k + 1, gazetteer)
    return org


def _set_off_after_bloc(tagged: Tagged, j: int, gazetteer: Gazetteer) -> Org | None:
    """The unit set off by a dash or a parenthesis after a role that opens its clause, past the
    bloc's name and year: "Khối trưởng Khối thi đua năm 2023 – Sở Y tế tỉnh Nghệ An – đã chủ
    trì …", "Cụm trưởng Cụm thi đua số 2 năm 2023 (Liên đoàn Lao động tỉnh Long An) chủ trì"."""
    keys = [t.key for t in tagged.tokens]
    if j >= len(keys) or keys[j] not in {"khối", "cụm", "năm"}:
        return None
    for k in range(j + 1, min(len(keys) - 1, j + 16)):
        key = keys[k]
        if key in {",", ";", ".", ":", "là", "đã", "được"}:
            return None
        if key not in {"(", "-", "–"}:
            continue
        start = k + 1
        head = tagged.at.get(start)
        named = head is not None and head.of(*ORGANISATIONS)
        if not tagged.tokens[start].is_capitalised or not (named or org_head_at(keys, start)):
            continue  # "Khối thi đua Văn hóa - Xã hội": the dash is inside the bloc's name
        if keys[start : start + 2] == ["xã", "hội"]:
            continue
        if key == "(":
            close = next(
                (m for m in range(start, min(len(keys), start + 16)) if keys[m] == ")"), None
            )
            org = _org_ending_at(tagged, close, gazetteer) if close is not None else None
        else:
            org = _org_ending_at(tagged, _clause_verb_after(tagged, start, gazetteer), gazetteer)
        if org is not None and not (org.entity is not None and keys_of(org.label)[:1] == ("bộ",)):
            return org  # "Cụm thi đua số 1 - Bộ Công an": the ministry owns the bloc
    return None


# Lower-case verbs that follow the unit a clause is about ("… Hà Tĩnh chủ trì hội nghị").
_CLAUSE_VERBS = frozenset({"chủ", "phát", "tham", "dự", "tổ", "khai", "đăng"})


def _clause_verb_after(tagged: Tagged, start: int, gazetteer: Gazetteer) -> int:
    """Where the name that starts at ``start`` ends: at the first punctuation or lower-case verb
    ("Sở Tài nguyên và Môi trường Hà Tĩnh| chủ trì …"), past a sector's commas ("Sở Văn hóa,
    Thể thao và Du lịch")."""
    keys = [t.key for t in tagged.tokens]
    inside = past_sector(keys, start + 1, gazetteer) if keys[start] in {"sở", "bộ"} else start
    for k in range(inside, min(len(tagged.tokens), start + 16)):
        token = tagged.tokens[k]
        if not token.is_word:
            return k
        verb = token.key in ORG_NAME_BREAKS - {"và"} or token.key in _CLAUSE_VERBS
        if not token.is_capitalised and (verb or _verb_at(tagged, k)):
            return k
    return min(len(tagged.tokens), start + 16)


def _numbered_or_dated(keys: list[str], j: int, colon: int) -> bool:
    """Whether only a year ("năm 2016") or a deputy's number ("1") stands between a bloc role
    ending at ``j`` and a colon at ``colon``."""
    between = keys[j:colon]
    return between == [] or (len(between) <= 2 and all(k == "năm" or k.isdigit() for k in between))


def _named_after(tagged: Tagged, j: int, gazetteer: Gazetteer) -> list[Member]:
    """The units named after "là" that follows a bloc role, each with its role in parentheses:
    "… cụm trưởng và cụm phó năm 2023 là X (Cụm trưởng) và Y (Cụm phó)"."""
    keys = [t.key for t in tagged.tokens]
    for k in range(j, min(j + 12, len(keys))):
        if keys[k] in {";", "."}:
            return []
        if keys[k] == "là":
            return [m for m in _read_list(tagged, k + 1, gazetteer) if m.roles]
    return []


def _after_title(tagged: Tagged, i: int) -> bool:
    """True when the unit at token ``i`` is part of a person's post: a post title stands
    between it and the comma before it ("Ông X - Trưởng ban Dân vận Tỉnh ủy, Phó Chủ tịch HĐND
    tỉnh, đơn vị trưởng Khối"; "Bà Y, Trưởng ban Tuyên giáo Tỉnh ủy, Trưởng Khối thi đua"). The
    bloc role is then the person's, held by the unit of their first post."""
    keys = [t.key for t in tagged.tokens]
    clause = i
    while clause > 0 and keys[clause - 1] not in {",", ";", ":", "cho", "mừng"}:
        # "… trao cờ cho X", "… tặng hoa chúc mừng X": X receives; no part of the giver's post
        clause -= 1
    return any(
        span.of(Kind.POST_ROLE) and clause <= span.i and span.j <= i for span in tagged.spans
    )


def _start_of(tagged: Tagged, org: Org, end: int) -> int:
    """The token where ``org``'s name, which ends before token ``end``, begins (``end`` when
    the name is not the text's as written)."""
    label = org.label[:1].lower() + org.label[1:]  # "Huyện Duy Xuyên" opening a sentence
    for start in range(end - 1, max(-1, end - 20), -1):
        written = tagged.surface(start, end)
        if written == org.label or written[:1].lower() + written[1:] == label:
            return start
    return end


def _year_before(tagged: Tagged, i: int) -> int | None:
    """ "năm 2024" that opens the clause of a unit named at token ``i`` ("…; năm 2024, Hội đồng
    Dân tộc được suy tôn làm Khối trưởng")."""
    keys = [t.key for t in tagged.tokens]
    bare = i >= 2 and keys[i - 2] == "năm" and (i == 2 or keys[i - 3] in {",", ";", ":"})
    if bare and _YEAR_KEY.fullmatch(keys[i - 1]):
        return int(keys[i - 1])  # "…, năm 2025 Sở Nội vụ là Cụm trưởng": the clause's year
    k = i - 3  # "năm", "2024", ",", then the unit
    if k < 0 or keys[k] != "năm" or keys[k + 2] != "," or tagged.key(k - 1).isdigit():
        return None  # "Ngày 14 tháng 10 năm 2020, Sở …" is a date, not the year of the role
    if tagged.key(k - 1) == "tháng" or not _YEAR_KEY.fullmatch(keys[k + 1]):
        return None
    return int(keys[k + 1])


def _opening_year(tagged: Tagged) -> int | None:
    """ "Năm 2017" opening the sentence ("Năm 2017 cụm thi đua do X làm cụm trưởng")."""
    keys = [t.key for t in tagged.tokens]
    if keys[:1] == ["năm"] and len(keys) > 1 and _YEAR_KEY.fullmatch(keys[1]):
        return int(keys[1])
    return None


def _year_after(tagged: Tagged, j: int) -> int | None:
    """ "năm 2023" within the few tokens after a bloc role (past the bloc's name), or the first
    year of a school year ("năm học 2023 - 2024")."""
    keys = [t.key for t in tagged.tokens]
    for k in range(j, min(j + 12, len(keys) - 1)):
        if keys[k] in {";", ".", "cho"}:
            break
        school = keys[k + 1] == "học" and k + 2 < len(keys)
        if keys[k] == "năm" and _YEAR_KEY.fullmatch(keys[k + 1 + school]):
            return int(keys[k + 1 + school])
    return None


def _year_after_name(tagged: Tagged, org: Org, j: int) -> int | None:
    """The year stated in the few words after ``org``'s name (named after token ``j``)."""
    text = tagged.sentence.text[tagged.char_start(j) if j < len(tagged.tokens) else 0 :]
    at = text.find(org.label)
    if at < 0:
        return None
    name = _without_clause(org).label  # the name may have run on into the clause with it
    year = re.match(r"[^.;,]{0,40}?\bnăm (?:học )?(\d{4})\b", text[at + len(name) :])
    return int(year.group(1)) if year else None


def _respective(tagged: Tagged, span: Span, gazetteer: Gazetteer) -> Org | None:
    """The unit a role takes, in order, from the list after "lần lượt (là)" (or "là" after two
    roles or more) that follows the roles of its clause: "bầu Khối trưởng, Khối phó năm 2024
    lần lượt là Sở Nội vụ và Sở Tư pháp" (Sở Nội vụ leads, Sở Tư pháp is deputy); None unless
    the list has one unit a role."""
    keys = [t.key for t in tagged.tokens]
    at = next(
        (
            k
            for k in range(span.j, min(len(keys) - 1, span.j + 20))
            if keys[k] in {".", ";", "là"} or keys[k : k + 2] == ["lần", "lượt"]
        ),
        None,
    )
    if at is None or keys[at] not in {"lần", "là"}:
        return None
    group = [
        s
        for s in tagged.spans
        if s.of(Kind.BLOC_ROLE)
        and _leading(s)
        and s.j <= at
        and not {".", ";", "là"} & set(keys[s.j : at])
        # "bầu X làm Trưởng khối và 02 Phó Trưởng khối là A và B": X's role is no part of it
        and tagged.key(s.i - 1) not in {"làm", "là"}
    ]
    if span not in group:
        return None
    if keys[at] == "là":
        # "bầu Khối trưởng, Khối phó năm 2023 là A và B": roles named together, then "là" and
        # as many units, in order ("Khối trưởng là A" alone is _holder_after's)
        named = any(s.of(*ORGANISATIONS) and span.j <= s.i < at for s in tagged.spans)
        if len(group) < 2 or named:
            return None
        start = at + 1 + (keys[at + 1 : at + 2] == [":"])
    else:
        start = at + 2 + (keys[at + 2 : at + 3] in (["là"], [":"]))
    items = _list_items(tagged, start, gazetteer) if start < len(keys) else []
    if span not in group or len(items) != len(group):
        return None
    return items[group.index(span)].org


# Words between the verb that hands a role over and the role ("bàn giao nhiệm vụ Cụm trưởng",
# "trao cờ luân lưu Cụm trưởng").
_HANDED_WORDS = frozenset(
    {"nhiệm", "vụ", "đơn", "vị", "cờ", "luân", "lưu", "thi", "đua", "chức", "vai", "trò"}
)
_HANDING = (("bàn", "giao"), ("chuyển", "giao"), ("trao",), ("giao", "lại"))


def _before_handed_words(tagged: Tagged, role: int) -> int:
    """The token before the words between a verb and the role at ``role`` ("bàn giao nhiệm vụ
    Cụm trưởng", "nhận cờ Khối trưởng": the verb's last token)."""
    k = role - 1
    while k >= 0 and tagged.key(k) in _HANDED_WORDS:
        k -= 1
    return k


def _received_from(tagged: Tagged, role: Span, gazetteer: Gazetteer) -> Org | None:
    """The unit after "từ" in "‹unit› (tiếp) nhận (cờ, vai trò) Khối trưởng (năm N) từ ‹unit›",
    or None."""
    if tagged.key(_before_handed_words(tagged, role.i)) != "nhận":
        return None
    j = role.j
    if tagged.key(j) == "năm" and tagged.key(j + 1).isdigit():
        j += 2
    if tagged.key(j) != "từ" or j + 1 >= len(tagged.tokens):
        return None
    org, _ = _list_org(tagged, j + 1, gazetteer)
    return org if org is not None and tagged.tokens[j + 1].is_capitalised else None


def _giver_before(tagged: Tagged, role: int, gazetteer: Gazetteer) -> Org | None:
    """The unit that hands over the role at ``role`` ("Sở Y tế đã bàn giao nhiệm vụ Cụm
    trưởng cho …"), or None."""
    k = _before_handed_words(tagged, role)
    verb = next(
        (v for v in _HANDING if tuple(tagged.key(m) for m in range(k - len(v) + 1, k + 1)) == v),
        None,
    )
    if verb is None:
        return None
    k -= len(verb)
    while k >= 0 and tagged.key(k) in _ADVERBS_BEFORE_A_ROLE:
        k -= 1  # "đã bàn giao"
    return _org_ending_at(tagged, k + 1, gazetteer) if k >= 0 else None


def _handed_to(tagged: Tagged, j: int, gazetteer: Gazetteer) -> Org | None:
    """The unit after "cho" in "bàn giao … (Khối|Cụm) trưởng … cho ‹unit›" or "luân phiên
    Cụm trưởng … cho ‹unit›", after "về" in "bàn giao đơn vị Cụm trưởng năm 2024 về Ban CHQS
    huyện Trảng Bom", or after "sang" in "bàn giao … từ ‹unit› sang ‹unit›"."""
    keys = [t.key for t in tagged.tokens]
    before = keys[max(0, j - 8) : j]
    if not {"giao", "trao"} & set(before) and "luân phiên" not in " ".join(before):
        return None
    for k in range(j, min(j + 24, len(keys) - 1)):
        if keys[k] in {";", "."}:
            return None
        # "về Ban CHQS", "sang Công an tỉnh": a unit, not "về việc", "sang năm"
        to_unit = keys[k] in {"về", "sang"} and tagged.tokens[k + 1].is_capitalised
        if keys[k] == "cho" or to_unit:
            m = k + 1
            while keys[m : m + 2] in (["lãnh", "đạo"], ["đại", "diện"], ["đơn", "vị"]):
                m += 2
            org, _ = _list_org(tagged, m, gazetteer) if m < len(keys) else (None, m)
            return org
    return None


def _org_ending_at(tagged: Tagged, end: int, gazetteer: Gazetteer) -> Org | None:
    """The organisation whose name ends right before token ``end``."""
    for span in tagged.spans:
        if span.local and span.of(*ORGANISATIONS) and local_extent(tagged.tokens, span.j) == end:
            # "BHXH tỉnh Quảng Ninh làm Cụm trưởng": a known body's unit in a province; "Đoàn
            # đại biểu Quốc hội tỉnh X": the province's delegation to it
            wider = _unit_before(tagged, span.i)
            return Org(tagged.surface(_branch_of(tagged, wider or span.i), end), None, local=True)
        if span.j == end and span.of(*ORGANISATIONS):
            wider = _unit_before(tagged, span.i)
            if wider is not None:
                # "Ban Dân vận Tỉnh ủy", "Văn phòng Bộ Tư pháp": a unit of the body named
                return Org(tagged.surface(wider, end), None, local=span.local)
            if span.local:
                return Org(
                    tagged.surface(span.i, local_extent(tagged.tokens, span.j)), None, local=True
                )
            return Org(span.text, span.of(*ORGANISATIONS)[0])
    # An unknown name: back to the nearest organisation head word, capitalised.
    keys = [t.key for t in tagged.tokens]
    defined = _defined_before_place(tagged, end, gazetteer)
    if defined is not None:
        return defined
    for start in range(end - 1, max(-1, end - 16), -1):
        inside = tagged.at.get(start)
        verb = keys[start] in ORG_NAME_BREAKS and not tagged.tokens[start].is_capitalised
        if keys[start] == "và" and tagged.tokens[start + 1].is_capitalised:
            verb = False  # "Đài Phát thanh và Truyền hình": "và" inside a name
        if keys[start] == "và" and _lower_words_joined(tagged, start):
            verb = False  # "Liên hiệp các Hội khoa học và kỹ thuật tỉnh": inside a name too
        dash = keys[start] in {"-", "–"}  # "Sở Văn hóa – Thể thao và Du lịch": like a comma
        if keys[start] in _NAME_ENDS or verb or dash:  # "Cục Thống kê" a name, "thống nhất" a verb
            sector = _sector_around(tagged, start, end, gazetteer)
            if sector is None and dash:
                continue  # "Bà Rịa - Vũng Tàu": a dash inside a name
            if sector is None:
                return None
            # "Thanh tra Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh": a body of the Sở
            begin = _body_before(tagged, sector)
            label = tagged.surface(begin, end)
            if begin == sector and not tagged.tokens[sector].is_capitalised:
                # "Trưởng phòng Lao động - Thương binh và Xã hội, Trưởng khối": the title's
                # "phòng" names the unit, a district's (or a province's "sở"), as in the post
                local = keys[sector] in {"sở", "phòng"}
                return Org(label[:1].upper() + label[1:], None, local=local)
            return Org(label, None, local=False)
        school = inside is not None and school_named_after(keys, start)
        if inside is not None and inside.kind in (Kind.PERSON, Kind.POST_ROLE) and not school:
            return None  # (but "Trường Chính trị Châu Văn Đặng": a school named after a person)
        # "Phòng Văn hóa và Thông tin huyện Krông Bông làm cụm trưởng": a district's office
        office = keys[start] == "phòng" and bool(_PLACE_KEYS & set(keys[start + 1 : end]))
        acronym = _unknown_acronym(tagged, start)
        if acronym and start == end - 1:
            # "THACO được bầu làm Khối trưởng": a company known by its acronym
            return Org(tagged.tokens[start].text, None, local=False)
        place_name = any(
            tuple(keys[start - len(w) : start]) == w and not tagged.tokens[start - 1].is_capitalised
            for w in _UNIT_PLACE_WORDS
        )  # "phường Trường Thọ", "xã Hội An": a place's name, though "Trường" heads a school's
        if (
            tagged.tokens[start].is_capitalised
            and (
                org_head_at(keys, start)
                or office
                or capitalised_head_at(tagged, start)
                or brand_at(tagged, start)  # "Agribank chi nhánh tỉnh làm Cụm trưởng"
            )
            and not place_name
        ):
            for back in (2, 1):  # "Liên hiệp Hội Hà Nội": the longer head that takes in "Hội"
                first = start - back
                capitalised = first >= 0 and tagged.tokens[first].is_capitalised
                titled = any(
                    s.i <= first < s.j for s in tagged.spans if s.kind is Kind.POST_ROLE
                )  # "Chánh Văn phòng Bộ": "Văn phòng" is the title's, not a unit's name
                if capitalised and not titled and org_head_length(keys, first) >= back:
                    # "Liên hiệp Hội Hà Nội", "Liên minh Hợp tác xã tỉnh X": the longer name
                    start = first
                    break
            start = _first_head_of_name(tagged, start)
            if keys[start - 3 : start] == ["liên", "hiệp", "các"]:
                start -= 3  # "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh": the union of them
            wider = _unit_before(tagged, start)  # "Ban Dân vận" + "Tỉnh ủy"
            start = start if wider is None else wider
            start = _body_before(tagged, start)  # "Đoàn Công ty CP Cao su Lai Châu"
            start = _branch_of(tagged, start)
            if any(_verb_at(tagged, k) for k in range(start + 1, end)):
                return None  # "Bộ X vừa ban hành quyết định …": a clause, not a name
            label = tagged.surface(start, end)
            local = any(keys[k] in _LOCAL_HEADS for k in range(start, end))
            return Org(label, None, local=local)
    return None


def _first_head_of_name(tagged: Tagged, start: int) -> int:
    """The first head word of the run of capitalised words that ends in the head at ``start``:
    "Công ty Cổ phần Ô tô Trường Hải" is one name, though "Trường" heads a school's. A person's
    or a place's name ends the run."""
    keys = [t.key for t in tagged.tokens]
    first = start
    # a company's name runs on through lower-case words ("Ô tô", "xây dựng"); other names do
    # not, but a head's own words do ("Bộ Chỉ huy Bộ đội Biên phòng")
    lower: list[int] = []
    for b in range(start - 1, max(-1, start - 10), -1):
        token = tagged.tokens[b]
        span = span_covering(tagged, b)
        named = span is not None and span.kind in (Kind.PERSON, Kind.PLACE, Kind.POST_ROLE)
        goes_on = tagged.word_goes_on(b)  # "Hội Truyền| thống Trường Sơn": a word's end
        broken = keys[b] in ORG_NAME_BREAKS and not goes_on
        if not token.is_word or named or broken or keys[b] in _NAME_ENDS:
            break
        if not token.is_capitalised and not goes_on:
            lower.append(b)
        if org_head_at(keys, b) and token.is_capitalised:
            company = keys[b : b + 2] in (["công", "ty"], ["tập", "đoàn"])
            past_head = any(k >= b + org_head_length(keys, b) for k in lower)
            if not past_head or company or keys[b : b + 3] == ["tổng", "công", "ty"]:
                first = b
    return first


def _lower_words_joined(tagged: Tagged, k: int) -> bool:
    """Whether "và" at ``k`` joins two lower-case words of a name written in sentence case
    ("Hội khoa học và kỹ thuật"), not two clauses (a verb after it)."""
    if not 0 < k < len(tagged.tokens) - 1:
        return False
    before, after = tagged.tokens[k - 1], tagged.tokens[k + 1]
    lower = before.is_word and after.is_word and not before.is_capitalised
    named = _covered(tagged, k - 1)  # "Bộ Công an và công an các tỉnh"
    # "Cục Công tác Đảng và công tác chính trị": the name's own words again, in lower case
    again = tuple(tagged.key(m) for m in (k + 1, k + 2)) in {
        (tagged.key(m), tagged.key(m + 1)) for m in range(max(0, k - 5), k - 1)
    }
    lower = lower or (again and before.is_word and not named)
    return lower and not named and not after.is_capitalised and not _verb_at(tagged, k + 1)


def _covered(tagged: Tagged, k: int) -> bool:
    """Whether token ``k`` is inside a span the tagger read (a name, a place, a body)."""
    return span_covering(tagged, k) is not None


def _unknown_acronym(tagged: Tagged, k: int) -> bool:
    """Whether token ``k`` is an acronym of three letters or more that the tagger read as
    nothing and that stands alone after a comma or "theo đó" (a company's: "THACO", "VNPT"),
    not the end of a longer name ("Đoàn cơ quan VRG") nor a person's or a place's name."""
    alone = k == 0 or tagged.key(k - 1) in {",", ";", ":", "đó"}  # not "Đoàn cơ quan VRG"
    return is_company_acronym(tagged.tokens[k].text) and alone and not _covered(tagged, k)


def _defined_before_place(tagged: Tagged, end: int, gazetteer: Gazetteer) -> Org | None:
    """A unit whose abbreviation is defined between its name and its place, ending at ``end``:
    "Sở Văn hóa, Thể thao và Du lịch (VH,TT&DL) tỉnh Lâm Đồng" → the Sở in Lâm Đồng."""
    for close in range(end - 2, max(0, end - 6), -1):
        if tagged.key(close) != ")" or not is_local_after(tagged.tokens, close + 1):
            continue
        if local_extent(tagged.tokens, close + 1) != end:
            continue
        opened = _opening_of([t.key for t in tagged.tokens], close)
        if opened is None or _acronyms_in_parenthesis(tagged, opened) != close:
            return None
        named = _org_ending_at(tagged, opened, gazetteer)
        if named is None:
            return None
        return Org(f"{named.label} {tagged.surface(close + 1, end)}", None, local=True)
    return None


def _branch_of(tagged: Tagged, start: int) -> int:
    """Where a branch's name begins when "Chi nhánh" at ``start`` follows the body it is a
    branch of ("Ngân hàng Nhà nước| Chi nhánh tỉnh Lạng Sơn"); else ``start``."""
    if [tagged.key(start), tagged.key(start + 1)] != ["chi", "nhánh"]:
        return start
    owner = next((s for s in tagged.spans if s.j == start and s.of(*ORGANISATIONS)), None)
    if owner is not None:
        return owner.i
    keys = [t.key for t in tagged.tokens]
    for k in range(start - 1, max(-1, start - 7), -1):
        if not tagged.tokens[k].is_word:
            break
        if tagged.tokens[k].is_capitalised and org_head_at(keys, k):
            return k  # an unknown body: "Ngân hàng Nhà nước", "Ngân hàng Nông nghiệp …"
    return start


# Bodies of an organisation written right before its name ("Đoàn Công ty …", "Công đoàn Tổng
# công ty …", "Đảng ủy Công ty …").
_BODIES_OF = (("công", "đoàn"), ("đảng", "ủy"), ("chi", "bộ"), ("đoàn",), ("thanh", "tra"))
# The same, and longer ones, written before the organisation they belong to, read back from a
# role: "Công đoàn cơ sở Sở Nội vụ", "Ban Chỉ huy quân sự Cục …" (the longest first).
_BODIES_BEFORE = (
    ("ban", "chỉ", "huy", "quân", "sự"),
    ("công", "đoàn", "cơ", "sở"),
    ("đảng", "bộ", "cơ", "sở"),
    ("đoàn", "thanh", "niên"),
    ("đảng", "bộ"),
    ("chi", "đoàn"),
    *_BODIES_OF,
)


def _body_before(tagged: Tagged, start: int) -> int:
    """``start``, or the start of a body of the organisation named from ``start`` written
    right before it, capitalised ("Đoàn Công ty …", "Thanh tra Sở …")."""
    keys = [t.key for t in tagged.tokens]
    for body in _BODIES_BEFORE:
        n = len(body)
        before = tuple(keys[start - n : start]) if start >= n else ()
        if before == body and tagged.tokens[start - n].is_capitalised:
            return start - n
    return start


def _unit_before(tagged: Tagged, i: int) -> int | None:
    """The start of a unit's name that runs into the body named at token ``i``: "Ban Dân vận"
    before "Tỉnh ủy", "Văn phòng" before "Bộ Tư pháp" (a unit head word, then words with no
    break and no other name)."""
    keys = [t.key for t in tagged.tokens]
    covered = {k for span in tagged.spans for k in range(span.i, span.j)}
    before = next((s for s in tagged.spans if s.j == i), None)
    if before is not None and before.of(*ORGANISATIONS) and keys[i : i + 2] in _COMMITTEES:
        return before.i  # "Ban Dân vận" (a name the graph knows centrally) + "Tỉnh ủy"
    for start in range(i - 1, max(-1, i - 6), -1):
        token = tagged.tokens[start]
        broken = keys[start] in ORG_NAME_BREAKS and not token.is_capitalised  # not "Đại biểu"
        broken = broken and keys[start : start + 2] != ["đại", "biểu"]  # "Đoàn đại biểu"
        if not token.is_word or broken or start in covered:
            return None
        if token.is_capitalised and any(
            keys[start : start + len(h)] == h for h in _UNIT_WORDS_HEADS
        ):
            # "Văn phòng" + "Đoàn Đại biểu" + "Quốc hội tỉnh X": the unit of a unit
            return _unit_before(tagged, start) or start
    return None


_COMMITTEES = (["tỉnh", "ủy"], ["thành", "ủy"], ["huyện", "ủy"], ["đảng", "ủy"])
# Head words of the units inside a body ("Ban Tổ chức Tỉnh ủy", "Văn phòng Bộ Tư pháp").
_UNIT_WORDS_HEADS = (
    ["ban"],
    ["thanh", "tra"],  # "Thanh tra Bộ Tài chính": the ministry's inspectorate
    ["văn", "phòng"],
    ["phòng"],
    ["vụ"],
    ["cục"],
    ["ủy", "ban"],
    ["đoàn", "đại", "biểu"],
    # "Chi đoàn" + "Cơ quan" + "Công đoàn Cao su Việt Nam": a youth cell of a body's office
    ["cơ", "quan"],
    ["chi", "đoàn"],
)


def _sector_around(tagged: Tagged, k: int, end: int, gazetteer: Gazetteer) -> int | None:
    """The start of "Sở|Bộ|Phòng ‹sector›" ending at ``end`` whose sector name holds token ``k``
    ("Sở Giáo dục và Đào tạo" read backwards from its end passes "và"), the sector name maybe
    followed by its place ("Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Tháp", "… Hà Tĩnh")."""
    keys = [t.key for t in tagged.tokens]
    for head in range(k - 1, max(-1, k - 8), -1):
        if keys[head] not in {"sở", "bộ", "phòng"}:
            continue
        past = past_sector(keys, head + 1, gazetteer)
        if past == end or (past > k and _place_phrase_between(tagged, past, end)):
            return head
    return None


def _place_phrase_between(tagged: Tagged, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are only a place: capitalised words, maybe after "tỉnh",
    "thành phố" or "TP" ("tỉnh Đồng Tháp", "Hà Tĩnh")."""
    keys = [t.key for t in tagged.tokens]
    at = start
    for unit in (("tỉnh",), ("thành", "phố"), ("tp",), ("tp", ".")):
        if tuple(keys[at : at + len(unit)]) == unit:
            at += len(unit)
            break
    words = tagged.tokens[at:end]
    return bool(words) and len(words) <= 4 and all(t.is_word and t.is_capitalised for t in words)


def report_province(sentences: list[Tagged], known: Collection[str] | None = None) -> str | None:
    """The province a report is about: the place named after "tỉnh"/"thành phố" in at least
    60 % of such mentions (None when there is none, or no clear one); given ``known`` province
    names, only those count."""
    wanted = {_undashed(keys_of(k)) for k in known} if known is not None else None
    counts: dict[str, int] = {}
    for tagged in sentences:
        keys = [t.key for t in tagged.tokens]
        for k, key in enumerate(keys):
            unit = 1 if key == "tỉnh" else 2 if keys[k : k + 2] == ["thành", "phố"] else 0
            if not unit:
                continue
            m = _name_end(tagged, k + unit, dashes=True)
            if wanted is not None and _undashed(keys[k + unit : m]) not in wanted:
                m = _name_end(tagged, k + unit, dashes=False)  # "tỉnh Lạng Sơn - Cao Bằng"
            if keys[m : m + 1] == ["cũ"] or keys[m : m + 3] == ["(", "cũ", ")"]:
                continue  # "tỉnh Hòa Bình (cũ)": a province merged away, not the report's
            if m > k + unit and (wanted is None or _undashed(keys[k + unit : m]) in wanted):
                # "thành phố Tây Ninh" is the province's capital: the province is "tỉnh Tây
                # Ninh"; only the cities run by the centre are provinces called "thành phố"
                city = unit == 2 and (wanted is None or tuple(keys[k + unit : m]) in CITIES)
                place = ("thành phố " if city else "tỉnh ") + tagged.surface(k + unit, m)
                counts[place] = counts.get(place, 0) + 1
    if not counts:
        return None
    place, n = max(counts.items(), key=lambda item: item[1])
    return place if n / sum(counts.values()) >= 0.6 else None


# The words before the name of a place below a province ("xã Hòa Bình", "thị xã Quảng Trị").
_BELOW_PROVINCE = frozenset({"huyện", "quận", "xã", "phường", "trấn", "thị", "khu", "ấp", "thôn"})


def sole_province_named(sentences: list[Tagged]) -> str | None:
    """The one province a report names bare at the end of a unit's name ("Đài PT&TH Long An",
    "Báo Thái Bình"), written as :func:`report_province` writes one ("tỉnh Long An"); None when
    it names none or more than one. The last resort for the province of a province's bloc,
    after "tỉnh X" in the text, the outlet's address and the districts it names. "Hồ Chí Minh"
    alone is the President's name more often than the city's, so it counts only after "TP"."""
    named: set[str] = set()
    for tagged in sentences:
        for span in tagged.spans:
            places = span.of(Kind.PLACE)
            if not places:
                continue
            before = tagged.key(span.i - 1)
            if fold(span.text) == "ho chi minh" and before not in {"tp", "phố"}:
                continue
            if before in _BELOW_PROVINCE:
                continue  # "xã Hòa Bình", "huyện Long An": a place below a province, so named
            if tagged.key(span.i) in {"tỉnh", "thành", "tp", "tp."}:
                continue  # "tỉnh Gia Lai": not bare (report_province counts those)
            if span.i == 0 or not _ends_a_units_name(tagged, span.i):
                continue  # only the end of a unit's name ("Báo Thái Bình"), not "gồm: A, Hòa Bình"
            named.add(places[0].label)
    if len(named) != 1:
        return None
    label = named.pop()
    return label[:1].lower() + label[1:]


def _ends_a_units_name(tagged: Tagged, k: int) -> bool:
    """Whether the place at ``k`` ends a unit's name: after a capitalised word ("Báo Thái
    Bình"), or after a sector in lower case with the unit's head a few words before ("sở Tư
    pháp Đồng Nai"), not after a link ("tại Đồng Nai") nor a comma."""
    before = tagged.tokens[k - 1]
    if before.is_capitalised:
        return True
    if not before.is_word or before.key in _LINKS_BEFORE_A_PLACE:
        return False
    keys = [t.key for t in tagged.tokens]
    for m in range(k - 2, max(-1, k - 6), -1):
        if not tagged.tokens[m].is_word:
            return False
        if org_head_at(keys, m) and tagged.tokens[m + 1].is_capitalised:
            return True  # "sở| Tư pháp Đồng Nai", "Hội| Luật gia Bình Dương"
    return False


def _name_end(tagged: Tagged, start: int, *, dashes: bool) -> int:
    """End of the capitalised words from ``start`` ("Bà Rịa - Vũng Tàu" whole with ``dashes``:
    a dash between capitalised parts of one name)."""
    m = start
    while capitalised_at(tagged, m) or (
        dashes and m > start and tagged.key(m) in {"-", "–"} and capitalised_at(tagged, m + 1)
    ):
        m += 1
    return m


def localise(
    org: Org,
    province: str | None,
    *,
    provincial: bool = False,
    known: Collection[str] | None = None,
    districts: Mapping[str, str] | None = None,
) -> Org:
    """A provincial unit named without its province gets the report's province: "Công an tỉnh",
    "Sở Công Thương", "VKSND huyện Phú Tân", and any unknown member of a provincial bloc.
    Abbreviations in unknown names are written out.

    >>> localise(Org("Sở Xây dựng"), "tỉnh Nam Định").label
    'Sở Xây dựng tỉnh Nam Định'
    >>> localise(Org("Sở Y tế tỉnh Bắc Ninh"), "tỉnh Nam Định").label
    'Sở Y tế tỉnh Bắc Ninh'

    A unit of a district the text names only by its kind ("UBND huyện") is the one district
    of that kind the report names (``districts``, see ``home_districts``):

    >>> localise(Org("UBND huyện"), "Hà Nội", districts={"huyện": "Chương Mỹ"}).label
    'Ủy ban nhân dân huyện Chương Mỹ Hà Nội'
    >>> localise(Org("Công an Thành phố"), "thành phố Hà Nội").label
    'Công an thành phố Hà Nội'
    """
    bare_known = provincial and org.entity is not None and _bare_unit(org.label)
    if org.entity is not None and not org.local and not bare_known:
        return org  # but "Cục Thuế", "Kho bạc Nhà nước" listed in a province's bloc are its
    label = expand_label(org.label)
    keys = keys_of(label)
    if keys[:4] == ("mặt", "trận", "tổ", "quốc") and (org.local or place_of(label)):
        label, keys = f"Ủy ban {label}", ("ủy", "ban", *keys)  # a local Front is its Ủy ban
    if provincial and keys in (("tòa", "án"), ("toà", "án")):
        label, keys = "Tòa án nhân dân", ("tòa", "án", "nhân", "dân")  # a province's court
    label, keys = _in_home_district(label, keys, districts)
    label, keys = _commune_in_home_district(label, keys, districts)
    label, keys = _district_department(label, keys, districts)
    place = place_of(label)
    if place is not None and known is not None and not _known_place(place, known):
        place = None  # "thành phố Long Xuyên" is a city of a province, not a province
    if place is None and known is not None:
        named = _province_at_end(label, keys, known)
        if named is not None:
            # "Sở Giáo dục và Đào tạo Hà Nội": a state unit's name says "thành phố"/"tỉnh"
            return Org(named, None, local=True)
    if province is None or place is not None:
        return Org(label, None, local=org.local or place is not None)
    if keys in _UTILITIES:
        # "Điện lực", "Viễn thông", "Truyền tải điện" listed bare: the province's unit of the
        # national utility, named with the bare province ("Điện lực Hà Giang"); "Bưu điện tỉnh"
        bare = keys != ("bưu", "điện")
        return Org(f"{label} {_bare_place(province) if bare else province}", None, local=True)
    if _national(keys):
        # "Trung tâm Lưu trữ quốc gia IV", "Vườn quốc gia Côn Đảo", "Bệnh viện Trung ương Huế":
        # a national body in the province, named without it
        return Org(label, None, local=org.local)
    if keys[-1:] in (("huyện",), ("quận",), ("xã",), ("phường",)):
        # "Trung tâm Giáo dục thường xuyên huyện": a district's unit the text leaves unnamed,
        # not the province's ("… huyện tỉnh Gia Lai" names nothing)
        return Org(label, None, local=True)
    name = _bare_place(province)
    if _folded(keys[-len(keys_of(name)) :]) == _folded(keys_of(name)):
        # "Báo Nghệ An": the province is in the name (misspelt or not: "Sở Tư pháp Hà Tinh")
        return Org(label, None, local=True)
    if (keys in _PARTY_DEPARTMENTS or (provincial and keys in _LISTED_PARTY_DEPARTMENTS)) and not (
        districts
    ):
        # "Ban Tuyên giáo", "Ban Dân vận": the Party committee's departments (the state has none
        # of that name); in a province's bloc also "Ban Tổ chức", "Ủy ban Kiểm tra"
        committee = "Thành ủy" if keys_of(name) in CITIES else "Tỉnh ủy"
        return Org(f"{label} {committee} {name}", None, local=True)
    if _POLICE_CODE.match(label):
        # "Phòng PV28", "Phòng PC08": a department of the province's police, named by its code
        unit = "thành phố" if keys_of(name) in CITIES else "tỉnh"
        return Org(f"{label} Công an {unit} {name}", None, local=True)
    if keys[-2:] in (("tỉnh", "ủy"), ("thành", "ủy"), ("tỉnh", "đoàn"), ("thành", "đoàn")):
        # "Ban Tổ chức Tỉnh ủy", "Tỉnh Đoàn": the committee takes the bare name
        label = f"{label} {name}"
    elif keys[-1:] == ("tỉnh",) or keys[-2:] == ("thành", "phố"):
        words = label.split()  # "Công an tỉnh", "Công an Thành phố" + the province as written
        label = " ".join([*words[: -1 if keys[-1:] == ("tỉnh",) else -2], province])
    elif (
        _names_a_district(label)
        or _commune_of(label) is not None
        # "Sở Y tế", "Thanh tra Sở Tài chính" (a unit of a Sở): a province's
        or ((keys[:1] == ("sở",) or "sở" in keys[1:3] or provincial) and _provincial_kind(keys))
        or (provincial and _SPECIALTY_HOSPITAL.match(label) is not None)
        # "Phòng Tổ chức cán bộ Sở Y tế", "Công đoàn Sở Tư pháp": a unit inside a department
        or (" Sở " in f" {label} " and not _national(keys))
    ):
        label = f"{label} {province}"
    else:
        return Org(label, None, local=org.local)
    return Org(label, None, local=True)


# A hospital named only by what it treats, in words of one capital each ("Bệnh viện Y dược cổ
# truyền - Phục hồi chức năng", "Bệnh viện Tâm thần"): in a province's bloc, the province's
# (a hospital with a name of its own, "Bệnh viện Đa khoa Mỹ Đức", "Bệnh viện FV", may be private).
_LOWER = r"[a-zà-ỹđ]+"
_SPECIALTY = rf"[A-ZÀ-ỸĐ][a-zà-ỹđ]*(?: {_LOWER})*"
_SPECIALTY_HOSPITAL = re.compile(rf"^Bệnh viện {_SPECIALTY}(?:\s*[-–]\s*{_SPECIALTY})?$")


def _names_a_district(label: str) -> bool:
    """Whether ``label`` names a district, town or city of a province by its word and name
    ("Công an huyện Phú Tân", "Phòng Tư pháp thị xã An Khê"), not a word that only contains
    one ("Tổng công ty Bến Thành", "Công ty TNHH Một thành viên …").

    >>> _names_a_district("Công an huyện Phú Tân"), _names_a_district("Tổng công ty Bến Thành")
    (True, False)
    >>> _names_a_district("Công ty Trách nhiệm hữu hạn Một thành viên Xăng dầu")
    False
    >>> _names_a_district("Ban Tuyên giáo Huyện ủy Kim Sơn")
    True
    """
    tokens = tokenize(label)
    keys = [t.key for t in tokens]
    for k, key in enumerate(keys):
        pairs = (["thị", "xã"], ["thị", "trấn"], ["thành", "phố"])
        # "Huyện ủy Kim Sơn", "Thị ủy Sa Pa": a district's committee and its name
        committee = key in {"huyện", "quận", "thị", "thành"} and keys[k + 1 : k + 2] in (
            ["ủy"],
            ["uỷ"],
        )
        words = 2 if keys[k : k + 2] in pairs or committee else 1
        if words == 1 and key not in {"huyện", "quận"}:
            continue
        after = tokens[k + words] if k + words < len(tokens) else None
        if after is not None and (after.is_capitalised or after.key.isdigit()):
            return True
    return False


# The national utilities whose province's unit a list names by the utility alone.
_UTILITIES = frozenset(
    keys_of(n) for n in ("Điện lực", "Viễn thông", "Truyền tải điện", "Bưu điện")
)


# Departments only a Party committee has, named bare ("Ban Tuyên giáo" of the Tỉnh ủy) …
_PARTY_DEPARTMENTS = frozenset(
    keys_of(n)
    for n in (
        "Ban Tuyên giáo",
        "Ban Dân vận",
        "Ban Nội chính",
        "Ban Tuyên giáo và Dân vận",
        "Ban Tuyên giáo - Dân vận",
    )
)
# … and two that, listed bare in a province's bloc, are the Party committee's too
_LISTED_PARTY_DEPARTMENTS = frozenset(keys_of(n) for n in ("Ban Tổ chức", "Ủy ban Kiểm tra"))


def _province_at_end(label: str, keys: tuple[str, ...], known: Collection[str]) -> str | None:
    """``label`` with "tỉnh"/"thành phố" before the province its name ends with, for the state
    units whose official names say it ("Sở Y tế Nghệ An" → "Sở Y tế tỉnh Nghệ An"); None when
    the name is no such unit or ends with no province."""
    if not names_provincial_unit(keys):
        return None
    said = [k for m, k in enumerate(keys) if k in _PLACE_KEYS and _says_place(keys, m)]
    if said:
        return None  # "Công an tỉnh Thừa Thiên Huế": the place is said already ("xã hội" is none)
    tokens = tokenize(label)
    if len(tokens) != len(keys):
        return None  # "Bà Rịa- Vũng Tàu": tokens and keys do not line up
    for name in known:
        name_keys = keys_of(name)
        n = len(name_keys)
        ends = _folded(keys[-n:]) == _folded(name_keys)  # "… Hà Tinh": "Hà Tĩnh" misspelt
        if len(keys) > n + 1 and ends and keys[-n - 1] not in _UNIT_WORDS:
            before = tokens[-n - 1]
            whole = keys[:-n] in PROVINCIAL_UNIT_HEADS  # "Cục Thuế Bắc Giang": the head alone
            if before.is_capitalised and not before.text.isupper() and not whole:
                continue  # "Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh": a name's part
            unit = "thành phố" if name_keys in CITIES else "tỉnh"
            at = tokens[-n].start  # "Sở Văn hóa, Thể thao và Du lịch| Thái Bình"
            return f"{label[:at]}{unit} {label[at:]}"
    return None


# What follows "thành" and "thị" when they name a kind of place ("thành phố", "Thị ủy"), and
# not a word of a name ("thị trường", "thành viên").
_PLACE_WORD_ENDS = {"thành": ("phố", "ủy"), "thị": ("xã", "trấn", "ủy")}


def _says_place(keys: Sequence[str], m: int) -> bool:
    """Whether ``keys[m]`` (a word of ``_PLACE_KEYS``) says a kind of place: "tỉnh", "thành
    phố", "thị xã", but not "xã hội", "thị trường" ("Cục Quản lý thị trường Gia Lai").

    >>> _says_place(["sở", "lao", "động", "xã", "hội"], 3), _says_place(["thị", "trường"], 0)
    (False, False)
    >>> _says_place(["thị", "xã", "Sơn", "Tây"], 0)
    True
    """
    after = keys[m + 1] if m + 1 < len(keys) else ""
    if keys[m] in _PLACE_WORD_ENDS:
        return after in _PLACE_WORD_ENDS[keys[m]]
    return after != "hội"


def _known_place(place: str, known: Collection[str]) -> bool:
    """Whether ``place`` is one of the ``known`` provinces, with or without its dashes and its
    diacritics ("Quãng Nam" is "Quảng Nam" misspelt; "Long Xuyên" is none).

    >>> _known_place("Quãng Nam", {"Quảng Nam"}), _known_place("Long Xuyên", {"An Giang"})
    (True, False)
    """
    keys = _undashed(keys_of(place))
    keyed = _keyed(known)
    return keys in keyed or _folded(keys) in {_folded(k) for k in keyed}


def _folded(keys: Sequence[str]) -> tuple[str, ...]:
    """Keys without diacritics ("Hà Tinh" and "Hà Tĩnh" are one)."""
    return tuple(fold(k) for k in keys)


def _keyed(names: Collection[str]) -> set[tuple[str, ...]]:
    """The keys of ``names`` ("Hoà Bình" and "Hòa Bình" have the same), with and without
    their dashes ("Bà Rịa Vũng Tàu" is "Bà Rịa - Vũng Tàu")."""
    keyed = {keys_of(name) for name in names}
    return keyed | {_undashed(keys) for keys in keyed}


def _undashed(keys: Sequence[str]) -> tuple[str, ...]:
    return tuple(k for k in keys if k not in {"-", "–"})


def _in_home_district(
    label: str, keys: tuple[str, ...], districts: Mapping[str, str] | None
) -> tuple[str, tuple[str, ...]]:
    """``label`` (and its keys) with the report's district named after a bare district word."""
    for words, kind in DISTRICT_WORDS.items():
        if districts and kind in districts and keys[-len(words) :] == words:
            name = districts[kind]
            return f"{label} {name}", keys + keys_of(name)
    return label, keys


def _district_department(
    label: str, keys: tuple[str, ...], districts: Mapping[str, str] | None
) -> tuple[str, tuple[str, ...]]:
    """A district's department named bare ("Phòng Lao động - Thương binh và Xã hội") in a
    report with one home district is that district's: "… huyện Đăk Pơ"."""
    if keys[:1] != ("phòng",) or place_of(label) is not None or not districts:
        return label, keys
    if _PLACE_NAMED.search(label) or not label[:1].isupper():
        return label, keys  # "Phòng Tư pháp huyện X": placed already
    if any(keys[k : k + len(p)] == p for p in _PROVINCIAL_PARENTS for k in range(1, len(keys))):
        return label, keys  # "Phòng Tổng hợp Sở Nội vụ": a division of a province's body
    home = [(kind, districts[kind]) for kind in _DISTRICT_KINDS if kind in districts]
    if len(home) != 1:
        return label, keys
    kind, name = home[0]
    return f"{label} {kind} {name}", keys + keys_of(kind) + keys_of(name)


# Bodies of a province whose divisions are "Phòng" too ("Phòng Tổng hợp Sở Nội vụ").
_PROVINCIAL_PARENTS = tuple(
    keys_of(h) for h in ("Sở", "Công an", "Bộ Chỉ huy", "Cục", "Ban", "Văn phòng", "Viện kiểm sát")
)
# A kind of place with its name ("huyện Đăk Pơ", "Quận 1"), not "Xã hội" of a sector's name.
_PLACE_NAMED = re.compile(
    r"\b(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|xã|phường|[Tt]hị trấn) [A-ZĐÂĂÊÔƠƯ\d]"
)
# The kinds of district a commune, ward or township belongs to.
_DISTRICT_KINDS = ("huyện", "quận", "thị xã")
# A commune, ward or township named ("xã Thạch Đà", "phường Long Xuyên", "Phường 12").
_NAMED_COMMUNE = re.compile(r"\b(?:xã|phường|thị trấn|Xã|Phường|Thị trấn) (?:[A-ZĐÂĂÊÔƠƯ]\w*|\d+)")


def _commune_in_home_district(
    label: str, keys: tuple[str, ...], districts: Mapping[str, str] | None
) -> tuple[str, tuple[str, ...]]:
    """A named commune's unit that names no district is in the one district the report names
    ("Ủy ban MTTQ xã Thạch Đà" in a report on huyện Mê Linh: "… xã Thạch Đà huyện Mê Linh").

    >>> _commune_in_home_district("UBND xã Bình Thành", ("ubnd", "xã", "bình", "thành"),
    ...     {"huyện": "Định Hóa", "xã": "Bình Thành"})[0]
    'UBND xã Bình Thành huyện Định Hóa'
    """
    if isinstance(districts, HomeDistricts):
        districts = districts.named_in_text()  # not a portal's district
    if not districts or _NAMED_COMMUNE.search(label) is None:
        return label, keys
    if {"huyện", "quận"} & set(keys) or any(
        keys[k : k + 2] == ("thị", "xã") for k in range(len(keys))
    ):
        return label, keys
    home = [(kind, districts[kind]) for kind in _DISTRICT_KINDS if kind in districts]
    if len(home) != 1:
        return label, keys
    kind, name = home[0]
    return f"{label} {kind} {name}", keys + keys_of(kind) + keys_of(name)


# A police department named by its code ("Phòng PV28", "Phòng PC 08", "Phòng PA03").
_POLICE_CODE = re.compile(r"^Phòng P[A-Z]{1,2}\s?\d{1,3}$")


def _bare_place(province: str) -> str:
    """ "tỉnh Nghệ An" → "Nghệ An"; "Thành phố Hải Phòng" → "Hải Phòng"."""
    words = province.split()
    unit = 2 if keys_of(province)[:2] == ("thành", "phố") else 1 if words[:1] else 0
    return " ".join(words[unit:]) if keys_of(province)[:1] in (("tỉnh",), ("thành",)) else province


# Heads of the names of bodies every province has (a central unit in a provincial bloc, such as
# a prison of the Ministry or a central hospital, keeps its name).
_PROVINCIAL_HEADS = tuple(
    keys_of(h)
    for h in (
        "Sở",
        "Quỹ",
        "Văn phòng",
        "Đài Phát thanh",
        "Báo",
        "Ủy ban nhân dân",
        "Công an",
        "Viện kiểm sát nhân dân",
        "Tòa án nhân dân",
        "Bộ Chỉ huy Quân sự",
        "Liên minh Hợp tác xã",
        "Thanh tra",
        "Bộ Chỉ huy Bộ đội Biên phòng",
        "Cục Thi hành án dân sự",
        "Cục Thuế",
        "Cục Thống kê",
        "Cục Hải quan",  # a province's customs department until 2025 ("Cục Hải quan tỉnh X")
        "Cục Quản lý thị trường",  # a province's until 2025 (the centre's is a Tổng cục)
        "Kho bạc Nhà nước",
        "Bảo hiểm xã hội",
        "Ủy ban Mặt trận Tổ quốc",
        "Liên đoàn Lao động",
        # a province's unions of a sector or of its civil servants (the centre's say "Việt Nam")
        "Công đoàn ngành",
        "Công đoàn Viên chức",
        "Bưu điện",
        "Hiệp hội",
        # a province's high schools (its Sở Giáo dục và Đào tạo runs them) and colleges
        "Trường Trung học phổ thông",
        "Trường Cao đẳng",
        # any association, union, council or board listed in a province's bloc: "Hội Nông dân",
        # "Hội Nhà báo", "Hội đồng nhân dân", "Đoàn Luật sư", "Đoàn đại biểu Quốc hội", "Liên
        # hiệp các Hội Khoa học và Kỹ thuật", "Ban Dân tộc", "Ban Quản lý …"
        "Hội",
        "Đoàn",
        "Liên hiệp",
        "Ban",
        "Trung tâm",
        "Chi cục",
        # a bank's or a corporation's branch listed in a province's bloc: the one there
        "Chi nhánh",
        "Trường Chính trị",
        # a sector's Party committee of a province: the central ones say "Trung ương"
        "Đảng ủy Khối",
        "Đảng ủy Dân chính Đảng",
    )
)


def _provincial_kind(keys: tuple[str, ...]) -> bool:
    """Whether a name's head is one of a province's units, and the name does not say it is the
    centre's ("Đảng ủy Khối Doanh nghiệp Trung ương"); the Front's committee listed bare ("Ủy
    ban Mặt trận Tổ quốc Việt Nam, Hội Nông dân, …" in a province's bloc) is the province's,
    whose name says "Việt Nam" too."""
    if keys in _FRONT_COMMITTEES:
        return True
    # "Đảng ủy Khối Doanh nghiệp Trung ương", "Hội Nhà báo Việt Nam"
    return not _says_central(keys) and any(keys[: len(head)] == head for head in _PROVINCIAL_HEADS)


def _says_central(keys: tuple[str, ...]) -> bool:
    """Whether a name says it is the centre's or the nation's ("… Trung ương", "… Việt Nam")."""
    return any(keys[i : i + 2] in (("trung", "ương"), ("việt", "nam")) for i in range(len(keys)))


# The Front's committee as a province's list names it bare (the centre's says "Trung ương").
_FRONT_COMMITTEES = frozenset(
    keys_of(n)
    for n in ("Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "Ủy ban MTTQ Việt Nam")
)


def _bare_unit(label: str) -> bool:
    """Whether ``label`` is only the head of a province's unit ("Công an", "Thanh tra",
    "Viện kiểm sát nhân dân"), with nothing after it."""
    keys = keys_of(label)
    return any(keys == head for head in _PROVINCIAL_HEADS) or keys in _BARE_UNITS


# Heads that are a province's unit by themselves, as lists of a province's bloc write them.
_BARE_UNITS = frozenset({("tòa", "án"), ("toà", "án"), ("cục", "thi", "hành", "án", "dân", "sự")})


# A bloc of the central bodies' units in one province (a Party bloc says "cơ quan Đảng").
_CENTRAL_BODIES_HERE = re.compile(r"\bcac co quan (?:trung uong|tw)\b")


def _says_provincial_level(tagged: Tagged) -> bool:
    """Whether a sentence naming a bloc says its units are the province's ("cấp tỉnh"; "tuyến
    tỉnh", the health service's word: "bệnh viện tuyến tỉnh")."""
    keys = [t.key for t in tagged.tokens]
    return any(pair in _PROVINCIAL_LEVEL for pair in itertools.pairwise(keys))


_PROVINCIAL_LEVEL = frozenset({("cấp", "tỉnh"), ("tuyến", "tỉnh")})


def _is_provincial(bloc: Bloc) -> bool:
    """A bloc of provincial units: its name says so, or most of its members are local units of
    one province (a cluster of the police of several provinces is the Ministry's, not theirs)."""
    if bloc.local or (bloc.entity is None and place_of(bloc.label) is not None):
        return True
    if bloc.entity is None and "sở" in keys_of(bloc.label):
        return True  # "Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo": a department's blocs
    if bloc.entity is None and any(_says_provincial_level(t) for t in bloc.mentions):
        return True  # "Khối thi đua … gồm 10 hội đặc thù cấp tỉnh: Hội Khuyến học, …"
    if bloc.entity is None and _CENTRAL_BODIES_HERE.search(fold(bloc.label)):
        # "Khối thi đua các cơ quan Trung ương (đóng trên địa bàn tỉnh)": the central bodies'
        # units in a province ("Cục Thuế", "Kho bạc Nhà nước" listed bare are the province's)
        return True
    local = [
        m
        for m in bloc.members
        if m.org.local
        or keys_of(m.org.label)[:1] == ("sở",)
        # "Công an", "Thanh tra" listed bare: a province's units (the centre's say "Bộ …"); so
        # are "Cục Thuế", "Kho bạc Nhà nước" when most of the list is such units
        or (place_of(m.org.label) is None and _bare_unit(m.org.label))
        or keys_of(expand_label(m.org.label))[:4] == ("trường", "trung", "học", "phổ")
    ]
    places = {place_of(m.org.label) for m in bloc.members} - {None}
    if len(places) > 1 or not bloc.members:
        return False
    if 2 * len(local) >= len(bloc.members):
        return True
    # "gồm Hội Văn học Nghệ thuật tỉnh (Khối trưởng), Hội Đông y, Hội Khuyến học, …": units
    # of one province, the others written bare, and none the centre's
    placed = any(
        place_of(m.org.label) or keys_of(m.org.label)[-1:] == ("tỉnh",) for m in bloc.members
    )
    central = any(
        (m.org.entity is not None and not m.org.local)
        or not {"việt", "trung"}.isdisjoint(keys_of(m.org.label))
        for m in bloc.members
    )
    return placed and not central


def localise_people(
    mentions: list[PersonMention],
    province: str | None,
    known: Collection[str] | None = None,
    districts: Mapping[str, str] | None = None,
    *,
    provincial_blocs: bool = False,
) -> None:
    """Give the report's province to provincial units in the posts of ``mentions``, and the
    report's one district to a district's unit or committee named bare ("Huyện ủy").
    ``provincial_blocs``: the report's blocs are a province's, so the unit of a person who
    holds a bloc role is one of the province's ("Giám đốc Trung tâm Kiểm soát bệnh tật –
    Trưởng khối")."""
    for mention in mentions:
        in_bloc = provincial_blocs and bool(mention.bloc_roles)
        # "Về phía tỉnh Quảng Nam có Phó Giám đốc Sở Công Thương …": that province's officials
        here = _side_province(mention) or _province_that_has(mention) or province
        # "A, Chủ tịch UBND huyện EaKar và B, Phó Chủ tịch UBND huyện": the district the
        # sentence named before the person, over the report's one district
        before = districts_named(mention.tagged.tokens[: mention.span.i])
        district = HomeDistricts({**(districts or {}), **before})
        if isinstance(districts, HomeDistricts):
            district.from_address = districts.from_address - before.keys()
        _bodies_of_the_committees_place(mention)
        written = [post.org.label if post.org is not None else None for post in mention.posts]
        mention.posts = [
            replace(
                post,
                # "Phó Chính ủy Bộ Chỉ huy Quân sự": a unit every province has, named bare, is
                # the report's province's
                org=localise(
                    post.org,
                    here,
                    provincial=(
                        _bare_unit(post.org.label) or _provincial_post(post.org) or in_bloc
                    ),
                    known=known,
                    districts=district,
                ),
            )
            if post.org is not None
            else post
            for post in mention.posts
        ]
        placed = {
            label: post.org.label
            for label, post in zip(written, mention.posts, strict=True)
            if label is not None and post.org is not None and post.org.label != label
        }
        for index, role in enumerate(mention.party_roles):
            organ = _committee_of_placed_unit(role.organ.label, placed)
            label, _ = _in_home_district(organ, keys_of(organ), district)
            if role.organ.minted and label != role.organ.label:  # "Huyện ủy" → "… Hàm Tân"
                mention.party_roles[index] = PartyRole(role.role, minted_organ(label))
        complete_committees(mention)
        _committees_of_the_province(mention, here)
        drop_bare_committees(mention)


# A place's bodies that every province, district and commune has, and a name that gives no
# place ("Chủ tịch UBND", "Chủ tịch Ủy ban MTTQ Việt Nam").
_BODIES_OF_EVERY_PLACE = frozenset(
    {
        ("ủy", "ban", "nhân", "dân"),
        ("hội", "đồng", "nhân", "dân"),
        ("ủy", "ban", "mặt", "trận", "tổ", "quốc"),
        ("ủy", "ban", "mặt", "trận", "tổ", "quốc", "việt", "nam"),
    }
)
# A local Party committee and the place it names: "Huyện ủy Núi Thành" → "huyện Núi Thành".
_COMMITTEE_OF_A_PLACE = re.compile(
    r"\b(?:(Tỉnh|Thành|Huyện|Quận|Thị) (?:ủy|uỷ)|Đảng (?:ủy|uỷ) (xã|phường|thị trấn)) "
    r"(?=[A-ZĐÂĂÊÔƠƯ0-9])(.+)$"
)
_PLACE_OF_COMMITTEE = {committee.split()[0]: kind for kind, committee in COMMITTEE_OF_KIND.items()}


def _bodies_of_the_committees_place(mention: PersonMention) -> None:
    """A body every place has, named with no place in the same person's titles as a local Party
    committee (a seat on it, or a department of it), is that committee's place's: "Ủy viên Ban
    Thường vụ Huyện ủy Núi Thành, Chủ tịch Ủy ban MTTQ" → Ủy ban MTTQ huyện Núi Thành (the
    national committee is "Ủy ban Trung ương MTTQ Việt Nam"; two places in the titles leave
    it)."""
    places = set()
    named = [role.organ.label for role in mention.party_roles]
    named += [post.org.label for post in mention.posts if post.org is not None]
    for label in named:
        match = _COMMITTEE_OF_A_PLACE.search(expand_label(label))
        if match is not None:
            kind = _PLACE_OF_COMMITTEE[match.group(1)] if match.group(1) else match.group(2)
            places.add(f"{kind} {match.group(3)}")
    if len(places) != 1:
        return
    (place,) = places
    mention.posts = [
        replace(post, org=Org(f"{expand_label(post.org.label)} {place}"))
        if post.org is not None
        and post.org.entity is None
        and keys_of(expand_label(post.org.label)) in _BODIES_OF_EVERY_PLACE
        else post
        for post in mention.posts
    ]


def _committee_of_placed_unit(organ: str, placed: Mapping[str, str]) -> str:
    """A unit's Party committee named after the unit as the person's post wrote it, with the
    place the post's unit has since been given: "Đảng ủy Sở Khoa học và Công nghệ" of "Giám đốc
    Sở Khoa học và Công nghệ" in a report on Cao Bằng → "… Sở Khoa học và Công nghệ tỉnh Cao
    Bằng"."""
    written = {keys_of(expand_label(label)): now for label, now in placed.items()}
    for head in _UNIT_COMMITTEES:
        unit = organ.removeprefix(head)
        if unit != organ and keys_of(expand_label(unit)) in written:
            # "Sở Nông nghiệp và PTNT" written, "… Phát triển nông thôn" in the organ: one unit
            return head + expand_label(written[keys_of(expand_label(unit))])
    return organ


# The Party bodies of a unit, named before the unit.
_UNIT_COMMITTEES = ("Đảng ủy ", "Ban cán sự đảng ", "Đảng đoàn ")


def _provincial_post(org: Org) -> bool:
    """Whether a post's organisation, unknown to the graph and naming no place, is a kind only
    a province has under that name: "Ban Thi đua - Khen thưởng" (the centre's says "Trung
    ương"), "Ban Dân tộc" (the centre's is a Ủy ban), "Chi cục Kiểm lâm"."""
    keys = keys_of(expand_label(org.label))
    named = any(keys[: len(head)] == head for head in _PROVINCIAL_POST_HEADS)
    return org.entity is None and place_of(org.label) is None and named and not _says_central(keys)


# Heads of bodies only a province has under that name (a Ban of anything else, such as a
# steering or organising committee, may be anyone's); a sector's trade union is a province's
# "Công đoàn ngành Y tế" (the centre's is "Công đoàn Y tế Việt Nam").
_PROVINCIAL_POST_HEADS = tuple(
    keys_of(h) for h in ("Ban Thi đua", "Ban Dân tộc", "Chi cục", "Công đoàn ngành")
)


def _committees_of_the_province(mention: PersonMention, province: str | None) -> None:
    """A "Tỉnh ủy" ("Thành ủy") still named bare, of a person whose posts name no place, is the
    report's province's (city's): "Hồ Thanh Sơn, Phó Bí thư Thường trực Tỉnh ủy" in a report
    on Đồng Nai."""
    if province is None:
        return
    unit = keys_of(province)[:1]
    for index, role in enumerate(mention.party_roles):
        keys = keys_of(role.organ.label)
        if not role.organ.minted or keys[-2:] not in (("tỉnh", "ủy"), ("thành", "ủy")):
            continue
        if keys[:-2] and keys[:-2] not in (("ban", "thường", "vụ"),):
            continue  # "Ban Tuyên giáo Tỉnh ủy" is a unit of it, completed with its post
        if (keys[-2] == "tỉnh") != (unit == ("tỉnh",)):
            continue  # a "Thành ủy" in a province is one of its cities'
        label = f"{role.organ.label} {_bare_place(province)}"
        mention.party_roles[index] = PartyRole(role.role, minted_organ(label))


# Heads a report uses bare for the one such body it has named in full ("Tư lệnh Quân khu" after
# "Quân khu 1"; "Chánh Văn phòng Bộ" in a report on one ministry; "Đảng ủy Khối"; "Phó Chủ tịch
# Viện Hàn lâm", "Giám đốc Bệnh viện", "Văn phòng Cục"). Not "Hội": "Trung ương Hội" is the
# centre of the one association a provincial report names.
_BARE_HEADS = frozenset(
    keys_of(h)
    for h in (
        "Bộ",
        "Sở",
        "Quân khu",
        "Quân đoàn",
        "Quân chủng",
        "Binh chủng",
        "Sư đoàn",
        "Tổng cục",
        "Học viện",
        "Đảng ủy Khối",
        "Tập đoàn",
        "Tổng công ty",
        "Bệnh viện",
        "Viện Hàn lâm",
        "Tổng Liên đoàn",
        "Trung tâm",
        "Trường",
        "Viện",
        "Ban Quản lý",
        "Chi cục",
        "Cục",
        "Vụ",
        # an association named in full once, then "Phó Chủ tịch Hội" (not a council, "Hội đồng")
        "Hội",
    )
)


def _under_head(label_keys: tuple[str, ...], head: tuple[str, ...]) -> bool:
    """Whether a full name ``label_keys`` is a body of that bare ``head``: longer, starting with
    it, and not a council when the head is an association's ("Hội đồng …" is no "Hội")."""
    council = head == ("hội",) and label_keys[1:2] == ("đồng",)
    return len(label_keys) > len(head) and label_keys[: len(head)] == head and not council


def name_bare_heads(
    mentions: list[PersonMention], sentences: list[Tagged], gazetteer: Gazetteer | None = None
) -> None:
    """A post's unit or a Party organ that ends with a bare head ("Quân khu", "Văn phòng Bộ",
    "Đảng ủy Quân khu", "Phó Giám đốc Sở") is the one body with that head the report names in
    full; with two or none, it is left as it is."""
    named: dict[tuple[str, ...], dict[tuple[str, ...], Org]] = {}
    for tagged in sentences:
        keys = [t.key for t in tagged.tokens]
        for k in range(len(keys) - 1):
            # "Sở Văn hóa, Thể thao và Du lịch": a province's department, named by its sector
            length = gazetteer.sector_length(keys, k + 1) if gazetteer and keys[k] == "sở" else 0
            if length and tagged.tokens[k].is_capitalised:
                sector = tagged.surface(k, k + 1 + length)
                label = sector + _place_after(tagged, k + 1 + length)
                departments = named.setdefault(("sở",), {})
                if any(x[: len(keys_of(sector))] == keys_of(sector) for x in departments):
                    # "Sở Tư pháp" and "Sở Tư pháp tỉnh Bắc Giang": one department, the fuller
                    if label == sector:
                        continue
                    departments.pop(keys_of(sector), None)
                departments[keys_of(label)] = Org(label, None, local=True)
        for span in tagged.spans:
            if span.local or not span.of(*ORGANISATIONS):
                continue
            entity = span.of(*ORGANISATIONS)[0]
            label_keys = keys_of(entity.label)
            for head in _BARE_HEADS:
                if _under_head(label_keys, head):
                    named.setdefault(head, {})[label_keys] = Org(entity.label, entity)
        for label in _bloc_committees_in_full(tagged):
            _name_in_full(named, _BLOC_COMMITTEE, Org(label, None, local=True))
    known = {head for head, bodies in named.items() if bodies}
    for mention in mentions:
        # "…, Phó Tổng cục trưởng Tổng cục Chính trị CAND": a unit a post names in full, where
        # the text names no body the graph knows with that head
        for post in mention.posts:
            if post.org is None or post.org.entity is not None:
                continue
            label_keys = keys_of(post.org.label)
            for head in _BARE_HEADS - {("sở",), ("bộ",)} - known:
                if _under_head(label_keys, head):
                    _name_in_full(named, head, post.org)

    def full(label: str) -> tuple[str, Org] | None:
        head = _bare_head_ending(label)
        if head is None or len(named.get(head, {})) != 1:
            return None
        (org,) = named[head].values()
        return _head_completed(label, head, org), org

    for mention in mentions:
        side = _side_of(mention, gazetteer) if gazetteer is not None else None
        for index, post in enumerate(mention.posts):
            if post.org is None and side is not None and _one_body(side):
                # "về phía Bộ Công Thương có Thứ trưởng Hoàng Quốc Vượng": the body whose
                # officials the lead-in lists (one the graph lacks too: "về phía Sở Nội vụ
                # tỉnh Hà Nam có ông X, Phó Giám đốc")
                mention.posts[index] = replace(post, org=side)
                continue
            if post.org is None or post.org.entity is not None:
                continue
            found = (
                _of_the_side(post.org.label, side)
                or _of_the_same_person(post.org.label, mention)
                or _of_the_same_sentence(post.org.label, mention, gazetteer)
                or full(post.org.label)
            )
            if found is not None:
                label, org = found
                whole = org if label == org.label else Org(label, None, local=False)
                mention.posts[index] = replace(post, org=whole)
        for index, role in enumerate(mention.party_roles):
            found = full(role.organ.label) if role.organ.minted else None
            if found is not None:
                mention.party_roles[index] = PartyRole(role.role, minted_organ(found[0]))


def _of_the_same_person(label: str, mention: PersonMention) -> tuple[str, Org] | None:
    """``label`` ending with a bare head ("Chánh Văn phòng Đảng ủy Khối") completed by the one
    body with that head the same person's other titles name in full ("Ủy viên Ban Thường vụ
    Đảng ủy Khối các cơ quan tỉnh, Chánh Văn phòng Đảng ủy Khối"), over a body other people's
    titles name."""
    head = _bare_head_ending(label)
    if head is None:
        return None
    own = {r.organ.label: Org(r.organ.label, None, local=True) for r in mention.party_roles}
    own |= {p.org.label: p.org for p in mention.posts if p.org is not None and p.org.label != label}
    bodies = [
        org
        for body, org in own.items()
        if len(body_keys := keys_of(body)) > len(head) and body_keys[: len(head)] == head
    ]
    if len(bodies) != 1:
        return None
    return _head_completed(label, head, bodies[0]), bodies[0]


def _of_the_same_sentence(
    label: str, mention: PersonMention, gazetteer: Gazetteer | None
) -> tuple[str, Org] | None:
    """``label``, a bare head alone ("Học viện"), completed by the unit with that head the
    person's sentence names in full before the person ("tại điểm cầu Học viện Chính trị khu
    vực II, PGS.TS A, Giám đốc Học viện"), over a body the rest of the report names."""
    head = _bare_head_ending(label)
    if head is None or gazetteer is None or keys_of(label) != head:
        return None
    body = unit_named_before(mention.tagged, gazetteer, head, mention.span.i)
    return (body.label, body) if body is not None else None


def _bare_head_ending(label: str) -> tuple[str, ...] | None:
    """The bare head (``_BARE_HEADS``) ``label`` ends with, written capitalised ("Văn phòng
    Bộ", not "Cục An ninh chính trị nội bộ"), or None; no head ends another, so at most one."""
    keys, words = keys_of(label), label.split()
    if keys[-3:] == ("trung", "ương", "hội"):
        return None  # "Trung ương Hội": the national association's board, not a bare head
    return next(
        (
            head
            for head in _BARE_HEADS
            if len(keys) >= len(head)
            and keys[-len(head) :] == head
            and words[-len(head)][:1].isupper()
        ),
        None,
    )


def _head_completed(label: str, head: tuple[str, ...], body: Org) -> str:
    """``label`` with its bare ``head`` written as ``body``'s full name ("Chánh Văn phòng Đảng
    ủy Khối" → "Chánh Văn phòng Đảng ủy Khối các cơ quan tỉnh")."""
    words = label.split()
    return " ".join([*words[: len(words) - len(head)], body.label])


# The Party committee of a bloc of agencies or enterprises ("Đảng ủy Khối Doanh nghiệp tỉnh").
_BLOC_COMMITTEE = keys_of("Đảng ủy Khối")


def _bloc_committees_in_full(tagged: Tagged) -> list[str]:
    """The Party committees of blocs a sentence names in full and the graph does not know:
    "Đảng bộ Khối Doanh nghiệp tỉnh Phú Yên" → "Đảng ủy Khối Doanh nghiệp tỉnh Phú Yên" (the
    Party organisation and its committee bear one name)."""
    keys = [t.key for t in tagged.tokens]
    found = []
    for k in range(len(keys) - 3):
        if keys[k] != "đảng" or keys[k + 1] not in {"ủy", "bộ"} or keys[k + 2] != "khối":
            continue
        if not tagged.tokens[k].is_capitalised or tagged.at.get(k) is not None:
            continue
        end = k + 3
        while end < len(keys) and (tagged.tokens[end].is_capitalised or keys[end] == "các"):
            end += 1
        if end == k + 3 or (keys[k + 3] == "các" and end == k + 4):
            continue
        # "Khối Doanh nghiệp tỉnh": words of the name in lower case, up to its place
        placed = next(
            (
                m
                for m in range(end, min(end + 3, len(keys)))
                if is_local_after(tagged.tokens, m) and all(t.is_word for t in tagged.tokens[end:m])
            ),
            None,
        )
        end = placed if placed is not None else end
        if is_local_after(tagged.tokens, end):
            end = local_extent(tagged.tokens, end)
        found.append("Đảng ủy " + tagged.surface(k + 2, end))
    return found


def _name_in_full(
    named: dict[tuple[str, ...], dict[tuple[str, ...], Org]], head: tuple[str, ...], org: Org
) -> None:
    """Record ``org`` as a body with ``head`` named in full, one body for names that begin one
    another ("Đảng ủy Khối Doanh nghiệp tỉnh" and "… tỉnh Phú Yên": the fuller)."""
    bodies = named.setdefault(head, {})
    label_keys = keys_of(org.label)
    for other in list(bodies):
        if other[: len(label_keys)] == label_keys:
            return
        if label_keys[: len(other)] == other:
            del bodies[other]
    bodies[label_keys] = org


def _place_after(tagged: Tagged, k: int) -> str:
    """The province written right after a department's sector at ``k``, as " tỉnh X" (" thành
    phố X" for a city): "Sở Tư pháp Bắc Giang", "Sở Tư pháp tỉnh Bắc Giang"; "" when none."""
    keys = [t.key for t in tagged.tokens]
    word = 1 if keys[k : k + 1] == ["tỉnh"] else 2 if keys[k : k + 2] == ["thành", "phố"] else 0
    span = tagged.at.get(k + word)
    if span is None or span.kind is not Kind.PLACE or span.i != k + word:
        return ""
    name = tagged.surface(span.i, span.j)
    if keys_of(name)[:1] in (("tỉnh",), ("thành",)):
        return f" {name}"
    city = word == 2 or (word == 0 and keys_of(name) in CITIES)
    return f" {'thành phố' if city else 'tỉnh'} {name}"


def _side_of(mention: PersonMention, gazetteer: Gazetteer) -> Org | None:
    """The body a "Về phía ‹body› có …" lead-in names before the person, in the same clause:
    the body whose officials the clause lists."""
    tagged, keys = mention.tagged, [t.key for t in mention.tagged.tokens]
    k = _lead_in(mention)
    if k is None:
        return None
    has = next((c for c in range(k + 1, min(k + 19, len(keys))) if keys[c] == "có"), None)
    if has is None or not org_head_at(keys, k):
        return None
    span = tagged.at.get(k)
    if span is not None and span.j == has and span.of(*ORGANISATIONS):
        return Org(span.text, span.of(*ORGANISATIONS)[0])
    return Org(tagged.surface(k, has), None, local=True)


def _one_body(side: Org) -> bool:
    """Whether a lead-in's body is one body: a known one, or a name where no second head
    follows a "và" or a comma ("Sở Nội vụ và Ban Thi đua - Khen thưởng" is two; "Sở Văn hóa,
    Thể thao và Du lịch" one).

    >>> _one_body(Org("Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam", None))
    True
    >>> _one_body(Org("Sở Nội vụ và Ban Thi đua - Khen thưởng", None))
    False
    """
    keys = list(keys_of(side.label))
    joined = [k for k in range(1, len(keys)) if keys[k - 1] in {"và", ","}]
    return side.entity is not None or not any(org_head_at(keys, k) for k in joined)


def _lead_in(mention: PersonMention) -> int | None:
    """Where the words after a "Về phía" that opens the person's clause begin, if one does."""
    keys = [t.key for t in mention.tagged.tokens]
    for k in range(mention.span.i - 1, 0, -1):
        if keys[k] in {";", "."}:
            return None
        if keys[k - 1 : k + 1] == ["về", "phía"]:
            return k + 1 if k + 1 < len(keys) else None
    return None


def _side_province(mention: PersonMention) -> str | None:
    """The province a "Về phía tỉnh X có …" lead-in names before the person, in the same
    clause ("tỉnh Quảng Nam")."""
    tagged, keys = mention.tagged, [t.key for t in mention.tagged.tokens]
    k = _lead_in(mention)
    if k is None:
        return None
    unit = 1 if keys[k : k + 1] == ["tỉnh"] else 0
    unit = 2 if keys[k : k + 2] == ["thành", "phố"] else unit
    span = tagged.at.get(k + unit) or tagged.at.get(k)  # "tỉnh X" tagged whole
    if not unit or span is None or span.kind is not Kind.PLACE:
        return None
    word = "tỉnh" if unit == 1 else "thành phố"
    return f"{word} {tagged.surface(max(span.i, k + unit), span.j)}"


def _province_that_has(mention: PersonMention) -> str | None:
    """The one province named in the person's clause before "có" and the person ("chúc mừng
    BĐBP Sơn La có đồng chí Cầm Ngọc Minh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": Sơn La's),
    the clause from the last ";" or "." before."""
    tagged, keys = mention.tagged, [t.key for t in mention.tagged.tokens]
    start = mention.span.i
    while start > 0 and keys[start - 1] not in {";", ".", ":"}:
        start -= 1
    has = next((m for m in range(start, mention.span.i) if keys[m] == "có"), None)
    if has is None:
        return None  # ("…, có đồng chí A và đồng chí B, …": the second person too)
    places = [
        span
        for m in range(start, has)
        if (span := tagged.at.get(m)) is not None and span.kind is Kind.PLACE and span.j <= has
    ]
    if len(places) != 1:
        return None
    name = _bare_place(places[0].text)
    return f"{'thành phố' if keys_of(name) in CITIES else 'tỉnh'} {name}"


def _of_the_side(label: str, side: Org | None) -> tuple[str, Org] | None:
    """``label`` a bare head ("Sở", "Bộ") of the lead-in's body ("Về phía Sở TN&MT Hà Nội có
    Phó giám đốc Sở Mai Trọng Thái"): that body."""
    if side is None:
        return None
    keys, side_keys = keys_of(label), keys_of(expand_label(side.label))
    if keys in _BARE_HEADS and side_keys[: len(keys)] == keys and len(side_keys) > len(keys):
        return expand_label(side.label), side
    return None


def _bloc_for(blocs: list[Bloc], label: str, entity: Entity | None, local: bool) -> Bloc:
    keys = _short_keys(keys_of(label))
    for bloc in blocs:
        if entity is not None and bloc.entity == entity:
            return bloc
        shorter, longer = sorted((keys, bloc.keys), key=len)
        # "Khối thi đua Nội chính" after "Khối thi đua Nội chính tỉnh": the same bloc, its
        # place left out
        unplaced = bloc.local and not local and len(keys) < len(bloc.keys)
        placed_later = (
            local and not bloc.local and bloc.entity is None and len(keys) > len(bloc.keys)
        )
        if placed_later and keys[: len(bloc.keys)] == bloc.keys:
            # "Cụm thi đua số 11" first, "Cụm thi đua số 11 tỉnh Thanh Hóa" later: one bloc
            bloc.label, bloc.keys, bloc.local = label, keys, True
            return bloc
        if (bloc.local == local or unplaced) and longer[: len(shorter)] == shorter:
            if entity is not None and bloc.entity is None:
                bloc.entity, bloc.label = entity, entity.label
            if len(keys) > len(bloc.keys) and bloc.entity is None:
                bloc.label, bloc.keys = label, keys
            return bloc
    blocs.append(Bloc(entity.label if entity else label, entity, local, keys))
    return blocs[-1]


def _read_members(
    bloc: Bloc, tagged: Tagged, after: int, gazetteer: Gazetteer, *, named_at: int | None = None
) -> None:
    """Members listed after the bloc's name (which ends at ``after``; ``named_at`` is where it
    begins, when it is named in this sentence)."""
    text = tagged.sentence.text[tagged.char_start(after) :] if after < len(tagged.tokens) else ""
    count = MEMBER_COUNT.search(text)
    if count and bloc.count is None:
        bloc.count = (int(count.group(1)), tagged)
    keys = [t.key for t in tagged.tokens]
    parent = keys[after : after + 1] == ["thuộc"] or keys[after : after + 2] == ["trực", "thuộc"]
    if parent:
        # "Cụm thi đua số 1 trực thuộc Đảng bộ Khối Doanh nghiệp tỉnh X (Đảng bộ A, …)": the
        # list follows the body the bloc belongs to
        paren = next((k for k in range(after, min(after + 14, len(keys))) if keys[k] == "("), None)
        if paren is not None and not {",", ";", ":", "."} & set(keys[after:paren]):
            after = paren
    if keys[after : after + 1] == ["("]:
        # "… trong Cụm thi đua số 1 (Tổng công ty A (SCIC); Tập đoàn B; …)": the bloc's units
        # ("Khối thi đua số 4 (gồm Sở Nội vụ, …)": past its "gồm")
        listed = _list_items(tagged, _list_start(tagged, after), gazetteer)
        if len(listed) >= 3:
            bloc.members += listed
            return
        # "Cụm thi đua 4 phòng (Tham mưu, Chính trị, …) trực thuộc Bộ CHQS tỉnh": the units
        # the name counts, each named in the parenthesis, of the body after it
        counted = _counted_units_in_parenthesis(tagged, after, gazetteer)
        if len(counted) >= 2:
            bloc.members += counted
            return
        # "Cụm thi đua số 3 (Công an Hà Nam, Nam Định, Ninh Bình)": the first item's unit in
        # each province after it
        first = _head_of_first_item(tagged, after + 1)[1] is not None
        headed = _headed_places(tagged, after + 1, bloc.label, gazetteer) if first else []
        if len(headed) >= 3:
            bloc.members += headed
            return
        # "cụm 7 tỉnh biên giới phía Bắc (Cao Bằng, Lạng Sơn, …)": the places the name counts
        places = _province_list(tagged, after + 1, after + 1, bloc.label, gazetteer)
        if len(places) >= 3:
            bloc.members += places
            return
    cue = _list_cue(keys, after)
    itemised = org_head_at(keys, after + 1) or _item_kind(keys, after + 1) is not None
    if (
        cue is None
        and keys[after : after + 1] == [":"]
        and itemised
        and _heads_its_sentence(tagged, named_at)
    ):
        # "II. KHỐI THI ĐUA NỘI CHÍNH: Bộ Chỉ huy quân sự tỉnh; Tòa án nhân dân tỉnh; …": a
        # heading and the list under it (one item a line in the report, joined by the cleaner),
        # read as after "gồm:"
        cue = after
    if cue is None and named_at is not None and keys[after : after + 1] in ([":"], ["là"]):
        # "8 đơn vị trong Khối thi đua Nội chính: Công an, Tòa án, …", "Các thành viên Cụm
        # thi đua số 2 là A, B và C": the units counted before the bloc's name, listed after it
        units = keys[max(0, named_at - 4) : named_at]
        if any(tuple(units[m : m + 2]) in _UNIT_NOUNS for m in range(len(units) - 1)):
            cue = after + 1
    if cue is None and (listed := _units_the_bloc_has(tagged, after, bloc.label, gazetteer)):
        bloc.members += listed
        return
    if cue is None and named_at is not None and keys[after : after + 1] == [":"]:
        # "Ủy ban MTTQ các huyện thuộc Cụm thi đua số 3: Thanh Trì, Đông Anh, …": each place's
        # unit of the kind named before the bloc
        bloc.members += _places_of_units_before(tagged, named_at, after + 1, gazetteer)
        return
    if cue is None:
        return
    bloc.members += _listed_after(tagged, cue, bloc.label, gazetteer)


# Words that end the name of a bloc read on to "có": punctuation that ends a phrase, and
# the words that begin a clause (the parenthesis of a bloc's body and a dash go on naming it).
_BLOC_NAME_ENDS_BEFORE_CO = (_NAME_ENDS - {"(", ")"} | ORG_NAME_BREAKS) - {"và", "tại"}


def _units_the_bloc_has(
    tagged: Tagged, after: int, label: str, gazetteer: Gazetteer
) -> list[Member]:
    """Units listed after "có" right after the bloc's name, its year or the words that go on
    naming it: "Tham gia Cụm thi đua số 2 năm 2024 có UBND huyện A, UBND huyện B và UBND
    huyện C", "Cụm thi đua số IX Tòa án nhân dân có …". "có" says much else ("có Sở X làm
    Khối trưởng", "tổ chức hội nghị có …"), so no verb may come between, and only a list of
    three or more units counts."""
    keys = [t.key for t in tagged.tokens]
    at = next((k for k in range(after, min(after + 14, len(keys))) if keys[k] == "có"), None)
    if at is None:
        return []
    between = range(after, at)
    if any(keys[k] in _BLOC_NAME_ENDS_BEFORE_CO or _verb_at(tagged, k) for k in between):
        return []
    places = _item_kind(keys, at + 1) is not None  # "có huyện A, huyện B, thị xã C"
    counted = _count_then_parenthesis(tagged, at + 1)  # "có 4 thành viên (A, B, C, D)"
    headed = org_head_at(keys, at + 1) and tagged.tokens[at + 1].is_capitalised
    if not (places or counted or headed):
        return []
    listed = _listed_after(tagged, at + 1, label, gazetteer)
    return listed if len(listed) >= (2 if counted else 3) else []


def _counted_groups(tagged: Tagged, gazetteer: Gazetteer) -> list[Member]:
    """The units named in each parenthesis that follows a count of them in a sentence ("04
    trường trực thuộc UBND tỉnh (A, B, C, D); 02 trường trực thuộc Bộ X (E, F)"), when each
    parenthesis holds as many names as its count says."""
    keys = [t.key for t in tagged.tokens]
    items: list[Member] = []
    for k in range(len(keys)):
        if not keys[k].isdigit() or not 0 < int(keys[k]) < 30 or (k and keys[k - 1].isdigit()):
            continue
        paren = next((m for m in range(k + 1, min(k + 14, len(keys))) if keys[m] == "("), None)
        between = keys[k + 1 : paren]
        if paren is None or {",", ";", ":", ".", ")"} & set(between):
            continue
        if any(key.isdigit() for key in between):
            continue  # "07 trường … gồm 04 trường (…)": the count nearest the parenthesis
        if tagged.tokens[k + 1].is_capitalised:
            continue  # "02 Sở …": a unit's name, not a count of them in lower case
        group = _list_items(tagged, paren + 1, gazetteer)
        if len(group) != int(keys[k]):
            return []
        items += group
    return items


def _count_then_parenthesis(tagged: Tagged, k: int) -> bool:
    """Whether a count of units written in lower case begins at ``k`` and a parenthesis
    follows it ("4 thành viên (…)", "5 trường (…)"), which names them."""
    if not tagged.key(k).isdigit():
        return False
    for m in range(k + 1, min(k + 5, len(tagged.tokens))):
        if tagged.key(m) == "(":
            return m > k + 1
        if not tagged.tokens[m].is_word or tagged.tokens[m].is_capitalised:
            return False
    return False


def _listed_after(
    tagged: Tagged,
    cue: int,
    label: str,
    gazetteer: Gazetteer,
    provinces: list[Member] | None = None,
) -> list[Member]:
    """The units listed after a list's cue (past "gồm" at ``cue``): bare places, items read
    the usual way, or places after a unit written once before them; ``provinces``: the list of
    bare places, when the caller has read it already."""
    start = _list_start(tagged, cue)
    if provinces is None:
        provinces = _province_list(tagged, cue, start, label, gazetteer)
    listed = provinces or _list_items(tagged, start, gazetteer)
    # "11 Sở Thông tin và Truyền thông thuộc Cụm gồm: An Giang, …": a head written once
    headed = _headed_places(tagged, cue, label, gazetteer)
    wider = len(headed) > len(listed) or _misread(listed) or _names_in_full(headed, listed)
    return headed if headed and wider else listed


# Units a bloc's name counts in lower case before naming them ("Cụm thi đua 4 phòng (…)").
_COUNTED_UNITS = {"phòng": "Phòng", "ban": "Ban", "trường": "Trường", "đội": "Đội"}


def _counted_units_in_parenthesis(tagged: Tagged, paren: int, gazetteer: Gazetteer) -> list[Member]:
    """The units a bloc's name counts right before the parenthesis at ``paren`` ("4 phòng"),
    each named bare inside it ("(Tham mưu, Chính trị, Hậu cần, Kỹ thuật)"), with the body
    named after it ("trực thuộc Bộ CHQS tỉnh"): "Phòng Tham mưu Bộ CHQS tỉnh"; else none."""
    keys = [t.key for t in tagged.tokens]
    if paren < 2 or not keys[paren - 2].isdigit() or keys[paren - 1] not in _COUNTED_UNITS:
        return []
    close = next((k for k in range(paren + 1, min(paren + 30, len(keys))) if keys[k] == ")"), None)
    if close is None:
        return []
    names: list[tuple[int, int]] = []
    m = paren + 1
    while m < close:
        end = m
        while end < close and tagged.tokens[end].is_word and keys[end] != "và":
            end += 1
        if end == m or not tagged.tokens[m].is_capitalised:
            return []
        names.append((m, end))
        m = end + 1
    k = close + 1
    k += keys[k : k + 2] == ["trực", "thuộc"]
    k += keys[k : k + 1] in (["thuộc"], ["-"], ["–"], ["của"])
    body = _list_org(tagged, k, gazetteer)[0] if k > close + 1 and k < len(keys) else None
    head = _COUNTED_UNITS[keys[paren - 1]]
    owner = f" {body.label}" if body is not None else ""
    local = body is not None and body.local
    return [
        Member(Org(f"{head} {tagged.surface(a, b)}{owner}", None, local=local), tagged)
        for a, b in names
    ]


def _names_in_full(headed: list[Member], listed: list[Member]) -> bool:
    """Whether each item read the usual way is a generic noun before a place ("gồm các
    trường: Bắc Giang, …" → "Trường Bắc Giang") that the unit named once before the list names
    in full ("07 Trường Chính trị …" → "Trường Chính trị tỉnh Bắc Giang")."""
    if not headed or len(headed) != len(listed):
        return False
    for wide, narrow in zip(headed, listed, strict=True):
        short, full = keys_of(narrow.org.label), keys_of(wide.org.label)
        if len(short) < 2 or len(full) <= len(short) or short[0] != full[0]:
            return False
        if full[-(len(short) - 1) :] != short[1:]:
            return False
    return True


def _misread(members: list[Member]) -> bool:
    """Whether a list read the usual way went wrong for a list of bare provinces: fewer than
    two members, only places, a count or "trong" inside a name ("Sở X 10 tỉnh, thành phố …",
    "Sở X trong tỉnh Y"), or provinces made People's Committees after a first unit of another
    kind."""
    if len(members) < 2 or all(_is_bare_place(m.org) for m in members):
        return True
    labels = [m.org.label for m in members]
    if any(re.search(r"\d+ (?:tỉnh|thành phố)|\btrong (?:tỉnh|thành phố)\b", x) for x in labels):
        return True
    committees = [x for x in labels[1:] if x.startswith("Ủy ban nhân dân tỉnh ")]
    return not labels[0].startswith("Ủy ban nhân dân") and 2 * len(committees) >= len(labels) - 1


def _is_bare_place(org: Org) -> bool:
    """Whether a member is only a province or city ("thành phố Cần Thơ"), no unit of it."""
    return keys_of(org.label)[:1] in (("tỉnh",), ("thành",), ("tp",)) or (
        org.entity is not None and org.entity.kind is Kind.PLACE
    )


def _headed_places(tagged: Tagged, cue: int, label: str, gazetteer: Gazetteer) -> list[Member]:
    """Provinces listed bare after their unit is named once before them, with a count or
    "các" and words that describe the places between: "11 Sở Thông tin và Truyền thông thuộc
    Cụm gồm: An Giang, Long An, …", "Hội Nông dân 14 tỉnh Trung du, miền núi phía Bắc: Điện
    Biên, …", "5 sở TT&TT các thành phố trực thuộc Trung ương là TP Hồ Chí Minh, …": the unit
    in each province. The unit may instead be named in the bloc's name ("Cụm thi đua Hội Nông
    dân 6 tỉnh"). None unless two or more items are provinces the graph knows."""
    keys = [t.key for t in tagged.tokens]
    start = _places_begin(tagged, cue)
    head = None
    if start is None:
        # "gồm Liên hiệp Hội Cần Thơ (cụm trưởng), Sóc Trăng (cụm phó), Cà Mau, …": the first
        # item's unit, for the bare provinces after it
        start, head = _head_of_first_item(tagged, cue)
    if start is None:
        return []
    head = head or _unit_written_before(tagged, start) or _unit_counted_in_name(label)
    if head is None:
        return []
    members: list[Member] = []
    known = 0
    m = start
    parser = _Parser(tagged, gazetteer)
    while m < len(keys):
        place = _province_item(tagged, m)
        known += place is not None
        place = place or _unknown_province(tagged, m)  # "Cao Bẳng": a misspelt one
        if place is None:
            break
        name, m = place
        members.append(Member(Org(f"{head} {name}", None, local=True), tagged))
        if keys[m : m + 1] == ["("]:
            items, m = parser._parenthesis(m + 1)
            members[-1].roles += [item for item in items if isinstance(item, BlocRole)]
        if keys[m : m + 1] in ([","], ["và"], [";"]) and m + 1 < len(keys):
            m += 1
            continue
        break
    return members if known >= 2 and 2 * known >= len(members) else []


def _unknown_province(tagged: Tagged, m: int) -> tuple[str, int] | None:
    """One to four capitalised words at ``m`` that end at a comma, "và" or the list's end and
    name no unit: a province in a list of them, spelt in a way the graph does not know."""
    keys = [t.key for t in tagged.tokens]
    end = m
    while end < len(keys) and end - m < 4 and tagged.tokens[end].is_word:
        if not tagged.tokens[end].is_capitalised:
            return None
        end += 1
    span = tagged.at.get(m)
    if end == m or org_head_at(keys, m) or (span is not None and span.kind is not Kind.PERSON):
        return None  # (a two-syllable place may read as a person's name: "Cao Bẳng")
    if end < len(keys) and keys[end] not in {",", "và", ";", ".", ")"}:
        return None
    return "tỉnh " + tagged.surface(m, end), end


def _head_of_first_item(tagged: Tagged, cue: int) -> tuple[int | None, str | None]:
    """Where the province of a list's first item begins and the unit before it, when the
    item is a unit's name ending with a province ("Liên hiệp Hội Cần Thơ")."""
    keys = [t.key for t in tagged.tokens]
    if cue >= len(keys) or not org_head_at(keys, cue) or not tagged.tokens[cue].is_capitalised:
        return None, None
    for k in range(cue + 1, min(cue + 10, len(keys))):
        if not tagged.tokens[k].is_word or keys[k] in {"các", "những"} or keys[k].isdigit():
            return None, None  # "Công an các tỉnh Lào Cai, …" is read as a plural head
        if _province_item(tagged, k) is not None:
            return k, expand_label(tagged.surface(cue, k))
    return None, None


def _province_item(tagged: Tagged, m: int) -> tuple[str, int] | None:
    """A province named at ``m`` ("An Giang", "tỉnh Bến Tre", "TP Cần Thơ", "TP. Hà Nội") as
    "tỉnh X" or "thành phố X", and where it ends; None when no province the graph knows is
    there."""
    keys = [t.key for t in tagged.tokens]
    city = False
    span = tagged.at.get(m)
    if span is not None and span.kind is Kind.PLACE and keys[m] in {"tp", "tỉnh", "thành"}:
        # "TP Hồ Chí Minh", "tỉnh Nam Định" tagged whole
        word = "tỉnh " if keys[m] == "tỉnh" else "thành phố "
        m += 1 + (keys[m + 1 : m + 2] in (["."], ["phố"]))
        return word + expand_label(tagged.surface(m, span.j)), span.j
    if keys[m : m + 1] == ["tỉnh"]:
        m += 1
    elif keys[m : m + 2] == ["thành", "phố"]:
        m, city = m + 2, True
    elif keys[m : m + 1] in (["tp"],):
        m, city = m + 1 + (keys[m + 1 : m + 2] == ["."]), True
    span = tagged.at.get(m)
    if span is None or span.kind is not Kind.PLACE:
        return None
    name = expand_label(tagged.surface(m, span.j))
    for word in ("tỉnh ", "thành phố ", "Tỉnh ", "Thành phố "):
        if name.startswith(word):
            return name[0].lower() + name[1:], span.j
    city = city or keys_of(name) in CITIES
    return ("thành phố " if city else "tỉnh ") + name, span.j


def _places_begin(tagged: Tagged, cue: int) -> int | None:
    """Where a list of provinces begins at or after ``cue``: there, or after the "là", colon
    or parenthesis that closes a few words describing them ("gồm 13 tỉnh, thành phố (gồm …")."""
    keys = [t.key for t in tagged.tokens]
    for k in range(cue, min(cue + 24, len(keys))):
        if keys[k] in {".", ";"}:
            return None
        if k > cue and keys[k - 1] not in {"là", ":", "(", "gồm"}:
            continue
        if _province_item(tagged, k) is not None:
            return k
    return None


# The count of a system's levels after its name ("Tòa án nhân dân hai cấp thuộc 14 tỉnh"): the
# provinces' units are the members, so the words are not part of their names.
_LEVEL_COUNTS = frozenset({"hai", "ba", "các", "2", "3"})


def _before_levels(keys: Sequence[str], start: int, end: int) -> int:
    """Where the unit's name from ``start`` ends if ``end`` follows a count of its levels
    ("Tòa án nhân dân hai cấp"), else ``end``."""
    levels = end - start > 3 and keys[end - 1] == "cấp" and keys[end - 2] in _LEVEL_COUNTS
    return end - 2 if levels else end


# Words that end a unit's name written before a list of the places it is in.
_HEAD_ENDS = frozenset({"các", "tỉnh", "thành", "huyện", "thuộc", "trong", "gồm", "là", "ở", "tại"})


def _names_a_bloc(keys: Sequence[str], q: int) -> bool:
    """Whether a bloc is named at ``q`` ("Cụm thi đua …", "cụm 5 tỉnh"), after a unit's name."""
    after = keys[q + 1] if q + 1 < len(keys) else ""
    return keys[q : q + 1] in (["cụm"], ["khối"]) and (
        keys[q + 1 : q + 3] == ["thi", "đua"] or after.isdigit()
    )


def _unit_written_before(tagged: Tagged, start: int) -> str | None:
    """The unit named nearest before the list at ``start``, after a number or "các" or before
    one ("11 Sở Thông tin và Truyền thông thuộc Cụm", "Hội Nông dân 14 tỉnh"), without the
    words about its places; None for none, or for a ministry ("Bộ Công an" has no unit named
    so in a province)."""
    keys = [t.key for t in tagged.tokens]
    floor = max(0, start - 20)
    for p in range(start - 1, floor - 1, -1):
        if keys[p] in {";", ".", ")"}:
            return None
        if keys[p] in {"khối", "cụm"} or not org_head_at(keys, p):
            continue
        if not (tagged.tokens[p].is_capitalised or (p > 0 and keys[p - 1].isdigit())):
            continue
        # a head inside a longer one ("Liên minh Hợp tác xã"): the name begins at the first
        p = next(
            (
                b
                for b in range(max(floor, p - 4), p)
                if org_head_at(keys, b)
                and tagged.tokens[b].is_capitalised
                and all(tagged.tokens[c].is_word for c in range(b, p))
            ),
            p,
        )
        q = p + org_head_length(keys, p)
        while q < start and not (
            keys[q] in _HEAD_ENDS
            or keys[q].isdigit()
            or keys[q] in {":", "(", ";", "."}
            or (keys[q] == "," and not tagged.tokens[q + 1].is_capitalised)
            or _names_a_bloc(keys, q)
        ):
            q += 1
        counted = keys[q : q + 1] in (["các"], ["tỉnh"], ["thành"]) or keys[q].isdigit()
        counted = counted or _names_a_bloc(keys, q)  # "Công an Cụm thi đua số 5 gồm: A, B"
        if not counted and not (p > 0 and (keys[p - 1].isdigit() or keys[p - 1] == "các")):
            continue  # "… Bắc Trung Bộ:": no unit whose places are counted
        q = _before_levels(keys, p, q)
        head = expand_label(tagged.surface(p, q))
        return None if _ministry(head) else head[:1].upper() + head[1:]
    return None


def _ministry(unit: str) -> bool:
    """Whether ``unit`` is a ministry ("Bộ Công an"), which has no unit of that name in a
    province, unlike a province's "Bộ Chỉ huy Quân sự"."""
    keys = keys_of(unit)
    return keys[:1] == ("bộ",) and keys[:3] != ("bộ", "chỉ", "huy")


def _unit_counted_in_name(label: str) -> str | None:
    """The unit a bloc's name counts the places of ("Cụm thi đua Hội Nông dân 6 tỉnh" →
    "Hội Nông dân")."""
    words, keys = _label_words(label)
    for p in range(1, len(keys)):
        if keys[p] in {"khối", "cụm"} or not org_head_at(keys, p) or not words[p][:1].isupper():
            continue
        q = p + 1
        while q < len(keys) and not (keys[q].isdigit() or keys[q] in _HEAD_ENDS):
            q += 1
        if q < len(keys) and keys[q].isdigit():
            unit = expand_label(" ".join(words[p:q]))
            return None if _ministry(unit) else unit
        return None
    return None


def _places_of_units_before(
    tagged: Tagged, named_at: int, start: int, gazetteer: Gazetteer
) -> list[Member]:
    """Bare place names listed from ``start`` after a bloc introduced by "‹unit› các ‹kind›
    thuộc|trong": one ‹unit› ‹kind› ‹place› each; none when the sentence does not say so."""
    keys = [t.key for t in tagged.tokens]
    if named_at < 3 or keys[named_at - 1] not in {"thuộc", "trong"}:
        return []
    kind = next(
        (
            w
            for w in _PLACE_KINDS
            if keys[named_at - 1 - len(w.split()) : named_at - 1] == w.split()
        ),
        None,
    )
    if kind is None:
        return []
    plural = named_at - 1 - len(kind.split()) - 1
    if plural < 1 or keys[plural] != "các":
        return []
    unit = _org_ending_at(tagged, plural, gazetteer)
    if unit is None or place_of(unit.label) is not None:
        return []
    members: list[Member] = []
    m = start
    while m < len(keys):
        end = m
        while (
            end < len(keys)
            and end - m < 4
            and tagged.tokens[end].is_word
            and (
                tagged.tokens[end].is_capitalised
                # "Gia lâm": a second syllable a writer left in lower case
                or (end == m + 1 and keys[end] not in _CLAUSE_STARTS | {"và", "các"})
            )
        ):
            end += 1
        if end == m or org_head_at(keys, m):
            break
        name = tagged.surface(m, end)
        members.append(
            Member(Org(f"{expand_label(unit.label)} {kind} {name}", None, local=True), tagged)
        )
        if keys[end : end + 1] in ([","], ["và"]):
            m = end + 1
            continue
        break
    return members if len(members) >= 2 else []


# Words that name the units of a bloc before "là" or a colon: "có 5 thành viên là …", "các đơn
# vị thành viên: …".
_UNIT_NOUNS = (("thành", "viên"), ("đơn", "vị"), ("tổ", "chức"), ("cơ", "quan"))


def _heads_its_sentence(tagged: Tagged, named_at: int | None) -> bool:
    """Whether a bloc's name begins its sentence, after at most a heading's number or bullet
    ("II. KHỐI THI ĐUA NỘI CHÍNH", "* Khối thi đua số 1", "2. Cụm thi đua số 2")."""
    if named_at is None:
        return False
    before = tagged.tokens[:named_at]
    return len(before) <= 2 and all(
        not t.is_word or t.key.isdigit() or re.fullmatch(r"[ivx]+|[a-zđ]", t.key) for t in before
    )


def _list_cue(keys: list[str], after: int) -> int | None:
    """Where a member list begins after token ``after``: past "gồm" ("gồm", "bao gồm", "gồm
    có"), or past "là" or a colon that follows "thành viên"/"đơn vị" ("có 5 thành viên là …"),
    or past "là:" right after the bloc's name ("… thành viên Khối thi đua X là: A, B, C")."""
    if keys[after : after + 2] == ["là", ":"]:
        return after + 2
    for k in range(after, len(keys)):
        if keys[k] in {".", ";"}:
            return None
        if keys[k] == "gồm":
            return k + 2 if keys[k + 1 : k + 2] == ["có"] else k + 1
        if keys[k] in {"là", ":"} and (
            any(tuple(keys[m : m + 2]) in _UNIT_NOUNS for m in range(max(after, k - 3), k))
            or _members_of_the_bloc(keys, k)
        ):
            return k + 1
        if keys[k - 2 : k + 1] == ["như", "sau", ":"] and _results(keys[:k]):
            return k + 1  # "Kết quả thi đua của Khối 4 … năm 2016 như sau: A; B; …": its units
    return None


def _results(keys: Sequence[str]) -> bool:
    """Whether the words say that results follow ("Kết quả thi đua …", "kết quả xếp loại")."""
    return ("kết", "quả") in itertools.pairwise(keys)


def _the_other_members(keys: Sequence[str], k: int) -> bool:
    """Whether the words before ``k`` say the units listed next are the rest of the bloc's,
    after the ones named with their roles: "các thành viên còn lại là …", "các đơn vị khác
    gồm: …".

    >>> _the_other_members("các thành viên còn lại là".split(), 5)
    True
    >>> _the_other_members("các đơn vị khác gồm".split(), 4), _the_other_members("gồm".split(), 0)
    (True, False)
    """
    before = list(keys[max(0, k - 4) : k])
    if before[-2:] == ["còn", "lại"]:
        before = before[:-2]
    elif before[-1:] == ["khác"]:
        before = before[:-1]
    else:
        return False
    return tuple(before[-2:]) in _UNIT_NOUNS


def _members_of_the_bloc(keys: list[str], k: int) -> bool:
    """Whether the colon (or "là") at ``k`` closes "các đơn vị thành viên trong Cụm" / "thành
    viên của Khối thi đua" / "đơn vị thành viên Khối": the units of the bloc itself, not of a
    meeting."""
    for tail in (["khối"], ["cụm"], ["khối", "thi", "đua"], ["cụm", "thi", "đua"]):
        n = len(tail)
        if keys[k - n : k] != tail:
            continue
        if keys[k - n - 1 : k - n] in (["trong"], ["của"], ["thuộc"]):
            # "các đơn vị trong Khối:", "6 trường thuộc Khối gồm:" (a count of units)
            counted = keys[k - n - 3 : k - n - 2] != [] and keys[k - n - 3].isdigit()
            return tuple(keys[k - n - 3 : k - n - 1]) in _UNIT_NOUNS or counted
        # "lãnh đạo các đơn vị thành viên Khối: …"
        return tuple(keys[k - n - 2 : k - n]) == ("thành", "viên")
    return False


def _list_start(tagged: Tagged, start: int) -> int:
    """Where the items of a list after "gồm" begin: after a colon that closes a few words of
    introduction ("gồm 8 đơn vị:"), unless those words are a distributed unit ("gồm công an 6
    tỉnh: …", kept for :func:`_distributive`)."""
    keys = [t.key for t in tagged.tokens]
    colon = next((k for k in range(start, min(start + 8, len(keys))) if keys[k] == ":"), None)
    if colon is not None and not _PLACE_KEYS & set(keys[start:colon]):
        return colon + 1  # (but "gồm Ủy ban MTTQ các xã: A, B": each commune's)
    if colon is not None:
        return start
    first = _skip_count(keys, start)
    if first > start:
        # "gồm 5 đơn vị là thành phố Kon Tum …" (the count's noun skipped already), "gồm 8
        # thành viên là …", "gồm 6 sở là …": the count, its noun, then "là"
        said = next((k for k in range(first, min(first + 3, len(keys))) if keys[k] == "là"), None)
        nouns = tagged.tokens[first:said] if said is not None else []
        if said is not None and all(t.is_word and not t.is_capitalised for t in nouns):
            return said + 1
    if keys[first : first + 1] == ["thuộc"] and first > start:
        # "gồm 6 đơn vị thuộc Bộ Tài chính (A; B; …)": past the units' parent
        paren = next((k for k in range(first, min(first + 12, len(keys))) if keys[k] == "("), None)
        if paren is not None and not {",", ";", ":"} & set(keys[first:paren]):
            first = paren
    elif first > start and keys[first : first + 1] != ["("]:
        # "gồm 7 trường chính trị các tỉnh miền Đông Nam bộ (Trường A, Trường B, …)": past the
        # words that describe the counted units
        paren = next((k for k in range(first, min(first + 12, len(keys))) if keys[k] == "("), None)
        if paren is not None and not {",", ";", ":", "."} & set(keys[first:paren]):
            first = paren
    # "gồm 7 đơn vị (Sở Du lịch, Sở Xây dựng và …)": the list is the parenthesis
    if keys[first : first + 1] != ["("]:
        return first
    inside = first + 1
    for opener in (["bao", "gồm"], ["gồm", "có"], ["gồm"]):
        if keys[inside : inside + len(opener)] == opener:
            # "Khối thi đua số 4 (gồm Sở Nội vụ, …)": the list after the parenthesis's own "gồm"
            inside += len(opener)
            break
    return inside + (keys[inside : inside + 1] == [":"])


def _skip_count(keys: list[str], start: int) -> int:
    if start < len(keys) and re.fullmatch(r"\d+", keys[start]):
        return (
            start + 3
            if keys[start + 1 : start + 3] in (["đơn", "vị"], ["cơ", "quan"])
            else start + 1
        )
    return start


# A body's name → the name of its unit in each province ("Bảo hiểm xã hội Việt Nam" → "Bảo
# hiểm xã hội tỉnh X", "Bộ Công an" → "Công an tỉnh X").
_SYSTEM_UNITS = (
    (("bộ", "công", "an"), "Công an"),
    (("bảo", "hiểm", "xã", "hội"), "Bảo hiểm xã hội"),
    (("bhxh",), "Bảo hiểm xã hội"),
    (("tòa", "án", "nhân", "dân"), "Tòa án nhân dân"),
    (("tand",), "Tòa án nhân dân"),
    (("viện", "kiểm", "sát", "nhân", "dân"), "Viện kiểm sát nhân dân"),
    (("vksnd",), "Viện kiểm sát nhân dân"),
    (("kho", "bạc", "nhà", "nước"), "Kho bạc Nhà nước"),
    (("tổng", "cục", "thuế"), "Cục Thuế"),
    (("cục", "thuế"), "Cục Thuế"),
    (("ngân", "hàng", "nhà", "nước"), "Ngân hàng Nhà nước chi nhánh"),
    (("văn", "phòng", "quốc", "hội"), "Văn phòng Đoàn đại biểu Quốc hội"),
    # "Cụm thi đua số 4 - TANDTC", "… ngành Tòa án", "… ngành Kiểm sát", "… ngành Công an"
    (("tandtc",), "Tòa án nhân dân"),
    (("ngành", "tòa", "án"), "Tòa án nhân dân"),
    (("vksndtc",), "Viện kiểm sát nhân dân"),
    (("ngành", "kiểm", "sát"), "Viện kiểm sát nhân dân"),
    (("ngành", "công", "an"), "Công an"),
)


def _committees_to_system(
    blocs: list[Bloc], system: str | None, committees: tuple[str, ...]
) -> None:
    """A bloc whose members are all People's Committees (labels beginning with one of
    ``committees``) or the bare places they stand for ("TP. Huế"), where the report counts
    another system's units in those places, is made of that system's units: "Ủy ban nhân dân
    huyện X" → "‹system› huyện X"."""
    if system is None:
        return
    places = tuple(c.removeprefix("Ủy ban nhân dân ") for c in committees)

    def a_place(label: str) -> bool:
        # "tỉnh Khánh Hòa", not "Tỉnh đoàn Khánh Hòa"
        lowered = label[:1].lower() + label[1:]
        kind = next((p for p in places if lowered.startswith(p)), None)
        return kind is not None and lowered[len(kind) : len(kind) + 1].isupper()

    for bloc in blocs:
        labels = [expand_label(m.org.label) for m in bloc.members]
        if labels and all(label.startswith(committees) or a_place(label) for label in labels):
            for member, label in zip(bloc.members, labels, strict=True):
                place = label.removeprefix("Ủy ban nhân dân ")
                place = place[:1].lower() + place[1:]
                member.org = Org(f"{system} {place}", None, local=True)


# The People's Committees of provinces and centrally-run cities, as a list of bare provinces
# makes them.
_PROVINCIAL_COMMITTEES = ("Ủy ban nhân dân tỉnh ", "Ủy ban nhân dân thành phố ")
# The People's Committees of places below a province, as a list of bare districts makes them.
_LOCAL_COMMITTEES = tuple(
    f"Ủy ban nhân dân {kind} "
    for kind in ("huyện", "quận", "thị xã", "thành phố", "xã", "phường", "thị trấn")
)
# Abbreviations of the Fatherland Front's committee as reports write them before a count.
_FRONT_KEYS = frozenset({"mttq", "mttqvn", "ubmttq", "ubmttqvn"})


def _districts_system(sentences: list[Tagged]) -> str | None:
    """The one system whose units in the districts (or communes) a report counts: "Ban Thường
    trực UBMTTQVN 5 huyện, thành phố", "Hội Cựu chiến binh 5 huyện trong Cụm", "Mặt trận các
    xã"; None when it counts none, or more than one, or the People's Committees themselves."""
    found: set[str] = set()
    for tagged in sentences:
        keys = [t.key for t in tagged.tokens]
        for k in range(1, len(keys) - 1):
            below = keys[k + 1] in {"huyện", "quận", "xã", "phường"} or keys[k + 1 : k + 3] == [
                "thị",
                "xã",
            ]
            if not below or not (keys[k].isdigit() or keys[k] == "các"):
                continue
            before = keys[max(0, k - 5) : k]
            if before[-4:] == ["ủy", "ban", "nhân", "dân"] or before[-1:] == ["ubnd"]:
                return None  # "Ủy ban nhân dân 5 huyện": the committees themselves
            association = _association_before(tagged, k)
            if _FRONT_KEYS & set(before[-3:]) or ["mặt", "trận"] in (
                before[m : m + 2] for m in range(len(before) - 1)
            ):
                found.add("Ủy ban Mặt trận Tổ quốc Việt Nam")
            elif association is not None:
                found.add(association)
            elif before[-4:] == ["liên", "đoàn", "lao", "động"]:
                found.add("Liên đoàn Lao động")
    return next(iter(found)) if len(found) == 1 else None


# The systems whose unit in each place a bloc of places can be made of, and the words that
# name each in a text (the Front is also written "MTTQ", "UBMTTQ").
_PLACE_SYSTEMS = (
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", (("mặt", "trận"), ("mttq",), ("ubmttq",), ("mttqvn",))),
    ("Hội Cựu chiến binh", (("cựu", "chiến", "binh"), ("ccb",))),
    ("Hội Nông dân", (("hội", "nông", "dân"),)),
    ("Hội Liên hiệp Phụ nữ", (("phụ", "nữ"),)),
    ("Liên đoàn Lao động", (("liên", "đoàn", "lao", "động"), ("lđlđ",))),
    ("Hội Chữ thập đỏ", (("chữ", "thập", "đỏ"),)),
    ("Hội Khuyến học", (("khuyến", "học"),)),
    ("Hội Luật gia", (("luật", "gia"),)),
)


def _system_alone(sentences: list[Tagged]) -> str | None:
    """The one system a report speaks of in two sentences or more, when it never speaks of a
    People's Committee nor of another such system ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh
    cho biết: … theo 3 cụm thi đua. … Cụm thi đua số 1 (gồm TP. Pleiku và các huyện …)"; a
    veterans' report's "Cụm thi đua số 3 gồm các tỉnh: …"): its clusters of places are made of
    that system's units."""
    counts = dict.fromkeys((unit for unit, _ in _PLACE_SYSTEMS), 0)
    for tagged in sentences:
        keys = [t.key for t in tagged.tokens]
        grams = {tuple(keys[k : k + n]) for n in (1, 2, 3, 4) for k in range(len(keys))}
        if ("ủy", "ban", "nhân", "dân") in grams or ("ubnd",) in grams:
            return None
        for unit, words in _PLACE_SYSTEMS:
            counts[unit] += any(w in grams for w in words)
    named = [unit for unit, n in counts.items() if n]
    return named[0] if len(named) == 1 and counts[named[0]] >= 2 else None


def provinces_system(sentences: list[Tagged]) -> str | None:
    """The one system whose provincial units a report counts or lists ("Công an 7 tỉnh", "Bảo
    hiểm xã hội các tỉnh"), when it names no other, and never the People's Committees; but an
    association counted as the bloc's ("Hội Nông dân 13 tỉnh, thành thuộc cụm thi đua số 5")
    is the system even where the committees are named too."""
    found: set[str] = set()
    of_the_bloc: set[str] = set()
    committees = False
    for tagged in sentences:
        keys = [t.key for t in tagged.tokens]
        for k in range(1, len(keys) - 1):
            # "Công an 7 tỉnh", "công an các thành phố trong Cụm thi đua số 2 gồm: TP. Huế, …"
            provinces = keys[k + 1] == "tỉnh" or keys[k + 1 : k + 3] == ["thành", "phố"]
            if not provinces or not (keys[k].isdigit() or keys[k] == "các"):
                continue
            before = tuple(keys[max(0, k - 5) : k])
            if before[-4:] == ("ủy", "ban", "nhân", "dân") or before[-1:] == ("ubnd",):
                committees = True  # "Ủy ban nhân dân các tỉnh": the committees themselves
                continue
            for body, unit in (*_SYSTEM_UNITS, (("công", "an"), "Công an")):
                if before[-len(body) :] == body:
                    found.add(unit)
            association = _association_before(tagged, k)
            if association is not None:
                found.add(association)
                after = keys[k + 2 : k + 8]
                if any(
                    after[m : m + 2]
                    in (["thuộc", "cụm"], ["trong", "cụm"], ["thuộc", "khối"], ["trong", "khối"])
                    for m in range(len(after) - 1)
                ):
                    of_the_bloc.add(association)
    if len(of_the_bloc) == 1:
        return next(iter(of_the_bloc))
    return next(iter(found)) if len(found) == 1 and not committees else None


def _association_before(tagged: Tagged, k: int) -> str | None:
    """An association named right before token ``k`` ("Hội Nông dân| 13 tỉnh"), whose
    provincial associations a count of provinces means; None otherwise."""
    for start in range(k - 1, max(-1, k - 6), -1):
        token = tagged.tokens[start]
        if not token.is_word:
            return None
        if token.text == "Hội" and tagged.key(start + 1) not in _MEETINGS and k - start >= 2:
            return tagged.surface(start, k)
    return None


def _system_unit(label: str) -> str | None:
    """The unit each province has in the system a bloc belongs to, from the bloc's name
    ("Cụm thi đua số 5 Bảo hiểm Xã hội Việt Nam" → "Bảo hiểm xã hội")."""
    keys = keys_of(label)
    for body, unit in _SYSTEM_UNITS:
        if any(keys[k : k + len(body)] == body for k in range(len(keys))):
            return unit
    department = _department_of_ministry(label)
    if department is not None:
        return department
    national = _NATIONAL_ASSOCIATION.search(label)
    if national is not None:
        # "Cụm thi đua số 2, Hội TTTS - Đường HCM Việt Nam": each province's association
        return expand_label(national.group(1))
    return _unit_before_provinces(label) or _system_named(label)


def _department_of_ministry(label: str) -> str | None:
    """The department each province has of the ministry a bloc's name gives: "Cụm thi đua số 1
    - Bộ TN&MT" → "Sở Tài nguyên và Môi trường" (a ministry and its provincial departments bear
    one sector's name, ``SECTOR_NAMES``; the Ministry of Foreign Affairs' are "Sở Ngoại vụ")."""
    keys = keys_of(expand_label(label))
    for k in range(len(keys) - 1):
        if keys[k] != "bộ":
            continue
        if keys[k + 1 : k + 3] == ("ngoại", "giao"):
            return "Sở Ngoại vụ"
        sector = max(
            (n for n in SECTOR_NAMES if keys[k + 1 : k + 1 + len(keys_of(n))] == keys_of(n)),
            key=len,
            default=None,
        )
        if sector is not None:
            return f"Sở {sector}"
    return None


# Heads of the systems whose provincial bodies a bloc named after the system is made of.
_SYSTEM_HEADS = frozenset({"liên", "hội", "mặt", "ủy", "đoàn", "công", "bảo", "kho", "hiệp", "ban"})


# Words that begin the description of a region after a kind of unit in a bloc's name.
_REGION_WORDS = frozenset(
    {"khu", "miền", "vùng", "các", "tỉnh", "thành", "huyện", "trực", "thuộc", "phía", "trên"}
)


def _system_named(label: str) -> str | None:
    """The system a bloc is named after, right after its kind and number ("Cụm thi đua số 1
    Liên minh hợp tác xã" → "Liên minh hợp tác xã"), whose provincial bodies are the members
    when the bloc lists provinces; None for a ministry ("Bộ …") or no system."""
    words, keys = _label_words(label)
    k = 1
    skip = {"thi", "đua", "số", ",", "-", "–", "của", "thuộc"}
    while k < len(keys) and (keys[k] in skip or keys[k].isdigit()):
        k += 1
    plural = keys[k : k + 1] == ["các"]
    k += plural  # "Cụm thi đua các Trường Chính trị khu vực …": the schools
    heads = _SYSTEM_HEADS | ({"trường"} if plural else set())
    if k >= len(keys) or not words[k][:1].isupper() or keys[k] not in heads:
        return None
    if not org_head_at(keys, k):
        return None
    rest = words[k:]
    if plural:
        # the kind of unit, up to the words that describe where ("khu vực", "các tỉnh", …)
        end = k + 1
        while end < len(words) and keys[end] not in _REGION_WORDS:
            end += 1
        rest = words[k:end]
    if [keys_of(w)[0] for w in rest[-2:]] == ["việt", "nam"]:
        rest = rest[:-2]
    unit = expand_label(" ".join(rest))
    place = re.search(r"\s(?:tỉnh|thành phố|huyện|quận|thị xã)\s", f" {unit} ", re.IGNORECASE)
    if place is not None:
        # "Cụm thi đua số 1 của Ban đại diện Hội Người cao tuổi tỉnh Gia Lai": its units in the
        # districts are the same body's; "Cụm thi đua số 2 Hội Cựu chiến binh huyện Lắk": in
        # the communes
        unit = unit[: max(0, place.start() - 1)].strip()
        if not unit:
            return None
    return _system_body(unit)


def _label_words(label: str) -> tuple[list[str], list[str]]:
    """A label's words and the key of each ("" for a word with none, such as a dash alone)."""
    words = label.split()
    return words, [keys_of(w)[0] if keys_of(w) else "" for w in words]


def _system_body(unit: str) -> str:
    """The body of a system in each place: the unit itself, but the Front's committee for the
    Front ("Mặt trận" → "Ủy ban Mặt trận Tổ quốc Việt Nam")."""
    front = keys_of(unit)[:2] == ("mặt", "trận") or keys_of(unit)[:1] == ("mttq",)
    return _default_unit(unit) if front else unit


def _unit_before_provinces(label: str) -> str | None:
    """The unit a bloc's name gives each of its provinces: "Cụm thi đua số 1 Liên minh hợp tác
    xã các tỉnh miền núi phía Bắc" → "Liên minh hợp tác xã"; None when it gives none."""
    words, keys = _label_words(label)
    for k in range(2, len(keys) - 1):
        if not ((keys[k] == "các" or keys[k].isdigit()) and keys[k + 1] in {"tỉnh", "thành"}):
            continue
        for start in range(max(1, k - 6), k):
            if words[start][:1].isupper() and org_head_at(keys, start):
                if keys[start] in {"khối", "cụm"}:
                    continue
                return _system_body(expand_label(" ".join(words[start:k])))
    return None


# A national association or union that a bloc's name ends with, and whose units in the
# provinces are its members ("…, Hội Cựu chiến binh Việt Nam" → "Hội Cựu chiến binh tỉnh X").
_NATIONAL_ASSOCIATION = re.compile(
    r"(?:^|,\s*|\s)((?:Hội|Liên hiệp|Tổng hội|Hiệp hội|Liên đoàn)\b.*?)\s+Việt Nam$"
)


def _stated_unit(tagged: Tagged, cue: int, at: int) -> str | None:
    """The unit an introduction names before its place word: "gồm 6 Thuế tỉnh: …" → "Thuế"."""
    first = cue + 1 if tagged.key(cue).isdigit() else cue
    words = [t for t in tagged.tokens[first:at] if t.is_word]
    if words and all(t.is_capitalised for t in words):
        return tagged.surface(first, at)
    return None


# Administrative units a list can be made of, as the introduction names them ("gồm các xã:",
# "gồm 5 tỉnh", "8 tỉnh, thành:"), with the word each item is written with.
_PLACE_WORDS = {
    ("tỉnh",): "tỉnh",
    ("thành", "phố"): "thành phố",
    ("huyện",): "huyện",
    ("quận",): "quận",
    ("xã",): "xã",
    ("phường",): "phường",
    ("thị", "xã"): "thị xã",
    ("thị", "trấn"): "thị trấn",
    # "gồm các địa phương: Đồng Nai, Bình Dương, …": provinces, when the graph knows each one
    ("địa", "phương"): "địa phương",
}
# The kinds of an administrative unit as a text writes them before its name ("thị xã Bình Long").
_PLACE_KINDS = tuple(w for w in _PLACE_WORDS.values() if w != "địa phương")
_PLACE_KIND_WORDS = tuple((w, w.split()) for w in _PLACE_KINDS)
_PLACE_KIND_TOKENS = frozenset(word for kind in _PLACE_KINDS for word in kind.split())
# Places below a province that can stand for their unit ("Phường Bến Cát làm Cụm trưởng").
_UNIT_PLACE_WORDS = tuple(
    k for k, w in _PLACE_WORDS.items() if w not in {"tỉnh", "thành phố", "địa phương"}
)
# The same, longest first: "thị xã" is tried before "xã".
_UNIT_PLACE_WORDS_LONGEST_FIRST = tuple(sorted(_UNIT_PLACE_WORDS, key=len, reverse=True))
_KINDS_LONGEST_FIRST = tuple(sorted(_PLACE_KINDS, key=lambda w: len(w.split()), reverse=True))
_PROVINCE_KINDS = frozenset({"tỉnh", "thành phố"})
# The body of an administrative unit that takes part in emulation when the bloc's name gives no
# system (a cluster of provinces or communes): its People's Committee; a Front cluster's, the
# Front's committee.
_FRONT = (("mặt", "trận"), ("mttq",), ("ubmttq",))


def _place_word(keys: list[str], cue: int, end: int) -> tuple[int, str] | None:
    """The last place word of a list's introduction ``keys[cue:end]``, and its position."""
    for k in range(end - 1, cue - 1, -1):
        for words, written in _PLACE_WORDS.items():
            if tuple(keys[k : k + len(words)]) == words and k + len(words) <= end:
                if words == ("xã",) and keys[k - 1 : k] == ["thị"]:
                    continue
                return k, written
    return None


def _own_place_word(keys: Sequence[str], m: int) -> str | None:
    """The kind of place below a province an item of a list of places writes itself ("Thị
    trấn Hữu Lũng" in a list of communes), or None."""
    kind = _item_kind(keys, m)
    return None if kind in _PROVINCE_KINDS else kind


# Words that begin a description of where a list's places are, between their count and the
# colon before the names: "gồm 10 tỉnh, thành phố khu vực Đồng bằng sông Hồng: …".
_REGION_STARTS = frozenset({"khu", "vùng", "miền", "phía", "trên", "thuộc", "trong"})


def _colon_after_region(keys: list[str], cue: int) -> int | None:
    """The colon that ends a count of places and a description of their region ("gồm 10
    tỉnh, thành phố khu vực Đồng bằng sông Hồng: Hà Nội, …"), or None."""
    k = cue + (keys[cue : cue + 1] == ["các"] or bool(keys[cue : cue + 1] and keys[cue].isdigit()))
    found = _place_word(keys, k, min(k + 2, len(keys)))
    if found is None or found[0] != k:
        return None
    k += len(found[1].split())
    if keys[k : k + 3] == [",", "thành", "phố"]:
        k += 3
    elif keys[k : k + 2] == [",", "thành"]:
        k += 2
    if k >= len(keys) or keys[k] not in _REGION_STARTS:
        return None
    for end in range(k + 1, min(k + 12, len(keys))):
        if keys[end] in {".", ";", "(", ")"}:
            return None
        if keys[end] == ":":
            return end
    return None


def _plural_unit_of_the_bloc(tagged: Tagged, cue: int, gazetteer: Gazetteer) -> str | None:
    """The unit named in the plural before "trong|thuộc cụm … gồm", whose one in each place
    the places listed after are: "các Sở Kế hoạch và Đầu tư trong cụm gồm các tỉnh: Sóc Trăng,
    Hậu Giang, …" → "Sở Kế hoạch và Đầu tư"; None otherwise."""
    keys = [t.key for t in tagged.tokens]
    if keys[cue - 1 : cue] != ["gồm"]:
        return None
    k = cue - 2
    while k > 0 and (keys[k] in {"thi", "đua", "số", "khối", "cụm"} or keys[k].isdigit()):
        k -= 1
    if keys[k : k + 1] not in (["trong"], ["thuộc"]) or keys[k + 1 : k + 2] not in (
        ["khối"],
        ["cụm"],
    ):
        return None
    org = _org_ending_at(tagged, k, gazetteer)
    if org is None or org.entity is not None or org.local or place_of(org.label) is not None:
        return None
    first = k - len(keys_of(org.label))
    if first < 1 or keys[first - 1] != "các":
        return None  # "các Sở …": one in each place
    return expand_label(org.label)


def _counted_places(keys: list[str], cue: int) -> tuple[str, int] | None:
    """The place word a count or "các" gives just before a list's cue ("12 phường thành viên
    trong cụm, gồm", "các xã thuộc cụm gồm"), and where the count is; or None."""
    for k in range(cue - 1, max(0, cue - 9), -1):
        if keys[k] in {".", ";", ":"}:
            return None
        for words, written in _PLACE_WORDS.items():
            if tuple(keys[k : k + len(words)]) == words and (
                keys[k - 1].isdigit() or keys[k - 1] == "các"
            ):
                if words == ("xã",) and keys[k - 1 : k] == ["thị"]:
                    continue
                return written, k - 1
    return None


def _owns_places(org: Org, bloc_label: str) -> bool:
    """Whether a unit named before a count of places is each place's unit ("Sở Văn hóa, Thể
    thao và Du lịch các tỉnh"), not part of the bloc's name ("Cụm thi đua Mặt trận 5 thành phố")
    nor the bloc's own council ("Hội đồng thi đua khen thưởng cụm 7 tỉnh")."""
    written = " ".join(keys_of(org.label))
    inside = written in " ".join(keys_of(bloc_label))
    council = {"cụm", "khối"} & set(written.split()) or "thi đua" in written
    return not inside and not council


def _system_of_sentence(tagged: Tagged, cue: int) -> str | None:
    """The system the sentence says the bloc is in before its list: "Cụm Thi đua số 6, là 1
    trong 9 Cụm Thi đua trong hệ thống Liên hiệp Hội Việt Nam, gồm các tỉnh: …"."""
    keys = [t.key for t in tagged.tokens]
    at = next((k for k in range(cue - 1, 0, -1) if keys[k - 1 : k + 1] == ["hệ", "thống"]), None)
    if at is None or at + 1 >= cue:
        return None
    end = next((k for k in range(at + 1, cue) if keys[k] in {",", ";", ":", "gồm"}), cue)
    return _system_unit(f"Cụm {tagged.surface(at + 1, end)}")


def _label_written(keys: Sequence[str], label: str, where: range) -> tuple[int, int] | None:
    """The first tokens ``[i, j)`` (``i`` in ``where``) that write ``label``, or None."""
    wanted = list(keys_of(label))
    n = len(wanted)
    return next(((i, i + n) for i in where if wanted and list(keys[i : i + n]) == wanted), None)


def _system_after_bloc(tagged: Tagged, label: str, cue: int) -> str | None:
    """The system the words between the bloc's name and its list name: "Cụm thi đua số 4
    ngành Tòa án gồm các tỉnh: …", "… số 4 Bảo hiểm xã hội gồm …", "Cụm thi đua các tỉnh Tây
    Nguyên của Hội Nhà báo Việt Nam gồm: …", "… do Bộ Công an tổ chức gồm …"."""
    keys = [t.key for t in tagged.tokens]
    written = _label_written(keys, label, range(cue))
    if written is None or written[1] >= cue:
        return None
    start = written[1]
    ends = {",", ";", ":", ".", "gồm", "bao", "là", "có"}
    end = next((k for k in range(start, cue) if keys[k] in ends), cue)
    return _system_unit(f"Cụm {tagged.surface(start, end)}") if end > start else None


def _default_unit(label: str) -> str:
    keys = keys_of(label)
    if any(keys[k : k + len(f)] == f for f in _FRONT for k in range(len(keys))):
        return "Ủy ban Mặt trận Tổ quốc Việt Nam"
    return "Ủy ban nhân dân"


def _unit_before_bloc(tagged: Tagged, label: str, gazetteer: Gazetteer) -> str | None:
    """The unit written right before the bloc's name, whose bloc it is: "Hội Chữ thập đỏ Cụm
    thi đua các tỉnh miền Đông Nam bộ (gồm: Bình Dương, …)" → "Hội Chữ thập đỏ"; None when
    none is, or it is a known body or names a place itself."""
    keys = [t.key for t in tagged.tokens]
    named = _label_written(keys, label, range(1, len(keys)))
    if named is None:
        return None
    org = _org_ending_at(tagged, named[0], gazetteer)
    if org is None or org.entity is not None or org.local or place_of(org.label) is not None:
        return None
    written = keys_of(org.label)
    if _PLACE_KEYS & set(written) or "thi đua" in " ".join(written):
        return None  # not a place's unit, nor the bloc's own council ("Hội đồng Thi đua …")
    return org.label


def _province_list(
    tagged: Tagged, cue: int, start: int, label: str, gazetteer: Gazetteer
) -> list[Member]:
    """Members listed as bare places ("gồm 6 tỉnh: Phú Thọ, Quảng Ninh …", "gồm các xã: Phú
    Hựu, An Hiệp", "gồm 5 tỉnh Lâm Đồng, Đăk Lăk …"): the unit of the bloc's system in each
    ("Bảo hiểm xã hội tỉnh Phú Thọ"), else the unit the introduction names, else the place's
    People's Committee (its Front committee in a Front cluster)."""
    keys = [t.key for t in tagged.tokens]
    if start > cue + 2 and keys[start - 1] == "là":
        cue = start  # "gồm 5 đơn vị là thành phố Kon Tum …": the items begin past the count
    colon = next((k for k in range(cue, min(cue + 6, len(keys))) if keys[k] == ":"), None)
    if colon is None and (said := _colon_after_kinds(keys, cue)) is not None:
        colon = said  # "gồm 05 huyện, thành phố là: Lắk, Krông Bông, …"
    colon = colon if colon is not None else _colon_after_region(keys, cue)
    if colon is not None and _place_named_before(tagged, cue, colon):
        colon = None  # "gồm TP. Pleiku và các huyện: A, B": the colon is the districts'
    limit = min(cue + 4, len(keys))
    # the introduction ends where the items begin ("gồm các xã Thị trấn A, B": "xã")
    limit = next((k for k in range(cue, limit) if tagged.tokens[k].is_capitalised), limit)
    found = _place_word(keys, cue, colon if colon is not None else limit)
    counted = None
    owner = None
    if found is None and (colon == cue or colon is None):
        # "12 phường thành viên trong cụm, gồm: Bến Cát, …": the places counted before "gồm"
        count = _counted_places(keys, cue)
        counted = count[0] if count is not None else None
        found = (cue, counted) if counted is not None else None
        if count is not None and count[1] > 0:
            # "lãnh đạo Sở Văn hóa, Thể thao và Du lịch các tỉnh trong Cụm thi đua gồm: A, B":
            # the unit named before the count is each place's
            before = _org_ending_at(tagged, count[1], gazetteer)
            if keys[count[1] - 1] in {"gồm", "có", ":"}:
                before = None  # "Cụm … Bộ TN&MT gồm 10 tỉnh": the count begins the list
            if before is not None and before.entity is None and _owns_places(before, label):
                owner = before.label
    if found is None and colon is not None and _only_units(keys, cue, colon):
        # "gồm: thành phố Tam Kỳ, huyện Duy Xuyên, …", "gồm 4 đơn vị: huyện A, huyện B": the
        # items write their own kinds of place below a province
        kind = _kind_below_province(keys, colon + 1)
        if kind is not None:
            found, counted = (cue, kind), kind
    if (
        found is None
        and colon is not None
        and _only_units(keys, cue, colon)
        and _provinces_written_in_full(tagged, colon + 1)
    ):
        # "gồm 6 đơn vị: thành phố Cần Thơ, Thành phố Hồ Chí Minh, …": provinces and cities
        # under the centre, each written with its kind and known to the graph
        found, counted = (cue, "tỉnh"), "tỉnh"
    if found is None and colon is None and keys[cue : cue + 1] == ["tp"]:
        # "gồm TP. Pleiku và các huyện: Ia Grai, …": a province's city, written short, then
        # its districts
        stop = next((k for k in range(cue, len(keys)) if keys[k] in {".", ";", ")"}), len(keys))
        if _DISTRICT_KEYS & set(keys[cue + 2 : stop]):
            found, counted = (cue, "thành phố"), "thành phố"
    bare_items = colon is None and cue < len(keys) and tagged.tokens[cue].is_capitalised
    if found is None and (colon == cue or bare_items):
        # "Cụm thi đua Mặt trận 5 thành phố trực thuộc trung ương gồm: Hà Nội, …", "Cụm thi đua
        # Hội Nhà báo các tỉnh Tây Bắc có 6 đơn vị gồm Hà Giang, …": the places the bloc's own
        # name counts
        named = _place_word(list(keys_of(label)), 0, len(keys_of(label)))
        if named is not None and (colon == cue or named[1] in {"tỉnh", "thành phố"}):
            found = (cue, named[1])
            counted = counted or named[1]
    if found is None and colon is not None and colon > cue:
        # "Cụm thi đua số 1 Ủy ban MTTQ huyện X gồm 5 đơn vị: thị trấn A, xã B, …": units
        # counted, then places below a province each writing its kind; the body the bloc is
        # named after in each (a bloc named after no body leaves the unit unknown)
        units = tuple(k for k in keys[cue:colon] if not k.isdigit())
        own = _own_place_word(keys, colon + 1)
        if units in _UNIT_NOUNS and own is not None and _system_unit(label) is not None:
            found, counted = (cue, own), own
    if found is None and colon == cue and _system_unit(label) is not None:
        # "Cụm thi đua các Trường Chính trị khu vực … gồm: Quảng Nam, Quảng Ngãi, …": the
        # system's body in each province the list names
        span = tagged.at.get(cue + 1)
        if span is not None and span.kind is Kind.PLACE:
            found = (cue, "tỉnh")
    if found is None:
        return []
    at, word = found
    if word == "thành phố" and keys[at - 2 : at] == ["tỉnh", ","]:
        at, word = at - 2, "tỉnh"  # "gồm 10 tỉnh, thành phố: …": provinces and cities
    if colon is not None:
        start = colon + 1
    elif counted is not None:
        start = cue
    elif at in (cue, cue + 1) and (at == cue or keys[cue] in {"các"} or keys[cue].isdigit()):
        start = at + len(keys_of(word))  # "gồm các tỉnh Lâm Đồng, …", "gồm 5 tỉnh Lâm Đồng, …"
        start += keys[start : start + 1] == ["là"]  # "gồm 12 tỉnh là Long An, …"
        start += 3 * (keys[start : start + 3] == [",", "thành", "phố"])  # "13 tỉnh, thành phố"
        if keys[start : start + 1] == ["("]:
            # "gồm 13 tỉnh, thành phố (gồm Long An, Tiền Giang, …)": the parenthesis lists them
            start += 1
            start += 2 if keys[start : start + 2] == ["bao", "gồm"] else keys[start] == "gồm"
            start += keys[start : start + 1] == [":"]
    else:
        return []
    if org_head_at(keys, start):
        return []
    stated = _stated_unit(tagged, cue, at)
    intro = [k for k in keys[cue:at] if k != "các" and not k.isdigit()]
    if intro and all(k in _PLACE_KIND_TOKENS or k in {",", "và"} for k in intro):
        intro = []  # "gồm 05 huyện, thành phố là: …": kinds of place, no unit
    if intro and stated is None:
        return []  # "gồm Công an các huyện: …": one unit per place, read by _distributive
    unit = stated or owner or _system_unit(label) or _unit_counted_in_name(label)
    unit = unit or _plural_unit_of_the_bloc(tagged, cue, gazetteer)
    unit = unit or _system_of_sentence(tagged, cue) or _system_after_bloc(tagged, label, cue)
    unit = unit or _unit_before_bloc(tagged, label, gazetteer) or _default_unit(label)
    provinces_only = word == "địa phương"
    stop = next((k for k in range(start, len(keys)) if keys[k] in {".", ";"}), len(keys))
    # "gồm thành phố Kon Tum và các huyện Sa Thầy, …": a province's city among its districts
    # … or "gồm 05 huyện, thành phố là: …": the introduction counts districts with the city,
    # and a bare name in it is a district's
    districts = word == "thành phố" and bool(_DISTRICT_KEYS & set(keys[cue:stop]))
    if districts:
        first = next(
            (_item_kind(keys, k) for k in range(cue, at) if keys[k] in _DISTRICT_KEYS), None
        )
        word = first or word

    provincial = (word in {"tỉnh", "thành phố"} and not districts) or provinces_only
    members: list[Member] = []
    carried: str | None = None  # the kind "các huyện A, B" gives the bare names after it
    m = start
    while m < len(keys):
        # "các huyện A, B", "và 3 huyện: A, B": the kind the names after it share
        plural = (
            _item_kind(keys, m + 1)
            if not provincial and m < len(keys) and (keys[m] == "các" or keys[m].isdigit())
            else None
        )
        m += 1 if plural else 0
        # "các huyện A, B và thành phố C": a province's city among its districts
        below = districts or word in {"huyện", "quận", "thị xã"}
        own = _item_kind(keys, m) if below else None if provincial else _own_place_word(keys, m)
        short = _PLACE_ABBREVIATIONS.get(keys[m]) if m < len(keys) and not provincial else None
        if (
            short is not None
            and not plural
            and capitalised_at(tagged, m + 1 + (tagged.key(m + 1) == "."))
        ):
            # "… và Tp. Buôn Ma Thuột" (the cleaner may have dropped the full stop)
            own = short
            m += 1 + (tagged.key(m + 1) == ".")
        elif own is not None:
            # "gồm các xã Thị trấn Hữu Lũng, Minh Sơn, …": an item with its own kind of place
            m += len(keys_of(own))
            carried = own if plural else carried
            m += bool(plural) and keys[m : m + 1] == [":"]  # "… và các huyện: A, B"
        span = tagged.at.get(m)
        if span is not None and span.kind is Kind.PLACE and provincial:
            end = span.j
        elif provinces_only:
            return []  # "các địa phương" that are not all provinces the graph knows
        else:  # a spelling the graph lacks ("Đăk Nông"), or a commune: the capitalised words
            if org_head_at(keys, m) and _PLACE_KEYS & set(keys[m + 1 : m + 4]):
                break  # "…, Hồng Ngự, UBND huyện Tân Hồng làm Cụm trưởng": a unit, no place
            end = m
            while end < len(keys) and end - m < 4 and tagged.tokens[end].is_capitalised:
                end += 1
            numbered = (own or carried or word) in {"quận", "phường"} and not provincial
            if end == m and numbered and keys[m].isdigit() and len(keys[m]) <= 2:
                end = m + 1  # "gồm các quận: 7, 12, Bình Tân": a city's numbered districts
            if end == m or (provincial and tagged.at.get(m) is not None):
                break
            if _brand_branch(tagged, m, end):
                break  # "gồm Viettel Bến Tre, VNPT Bến Tre, …": companies' branches, no places
        place = expand_label(tagged.surface(m, end))
        if provincial and keys_of(place)[:1] not in (("tỉnh",), ("thành",)):
            city = keys_of(place) in CITIES or word == "thành phố"
            place = ("thành phố " if city else "tỉnh ") + place
        elif not provincial:
            place = f"{own or carried or word} {place}"
        members.append(Member(Org(f"{unit} {place}", None, local=True), tagged))
        m = end
        if keys[m : m + 1] == ["("]:
            items, m = _Parser(tagged, gazetteer)._parenthesis(m + 1)
            members[-1].roles += [item for item in items if isinstance(item, BlocRole)]
        if keys[m : m + 1] in ([","], ["và"], [";"]) and tagged.key(m + 1) not in {"khối", "cụm"}:
            m += 1  # (not "…, Long Khánh; Cụm thi đua số 2 gồm …": the next bloc)
            continue
        break
    owner = _owner_of_places(tagged, m) if stated is None and not provincial else None
    if owner is not None:
        # "gồm các huyện A, B thuộc Liên đoàn Lao động tỉnh X": each place's labour federation
        for member in members:
            place = member.org.label.removeprefix(unit).strip()
            member.org = Org(f"{owner} {place}", None, local=True)
    return members if len(members) >= 2 else []


_DISTRICT_KEYS = frozenset({"huyện", "quận", "thị"})


def _place_named_before(tagged: Tagged, cue: int, colon: int) -> bool:
    """Whether a list begins with a place named with its kind and goes on with "và các
    <kind>" before the colon ("gồm TP. Pleiku và các huyện: …")."""
    keys = [t.key for t in tagged.tokens]
    kind = "thành phố" if keys[cue : cue + 1] == ["tp"] else _item_kind(keys, cue)
    if kind is None or kind == "tỉnh":
        return False
    at = cue + (1 if keys[cue] == "tp" else len(kind.split()))
    at += keys[at : at + 1] == ["."]
    named = at < colon and tagged.tokens[at].is_capitalised
    return named and any(
        keys[k : k + 2] == ["và", "các"] and _item_kind(keys, k + 2) for k in range(at, colon)
    )


def _only_units(keys: Sequence[str], cue: int, colon: int) -> bool:
    """Whether only a count of units stands between a list's cue and its colon ("gồm:", "gồm
    4 đơn vị:", "gồm các thành viên:", "gồm các đơn vị sau (đây):")."""
    words = tuple(k for k in keys[cue:colon] if not k.isdigit() and k != "các")
    for after in (("sau", "đây"), ("sau",)):
        if words[-len(after) :] == after:
            words = words[: -len(after)]
            break
    return not words or words in _UNIT_NOUNS


def _kind_below_province(keys: Sequence[str], start: int) -> str | None:
    """The kind of place below a province that the items of a list write before their names
    ("thành phố Tam Kỳ, huyện Duy Xuyên, huyện Đại Lộc" → "huyện"), or None when an item names
    a province or one writes no kind.

    >>> _kind_below_province("thành phố tam kỳ , huyện duy xuyên , huyện đại lộc .".split(), 0)
    'huyện'
    >>> _kind_below_province("thành phố hà nội , thành phố hải phòng".split(), 0) is None
    True
    >>> _kind_below_province("tỉnh nghệ an , huyện a".split(), 0) is None
    True

    Items may be separated by semicolons ("huyện Quốc Oai; thị xã Sơn Tây; huyện Ba Vì"),
    when each writes its kind:

    >>> _kind_below_province("huyện quốc oai ; thị xã sơn tây ; huyện ba vì .".split(), 0)
    'huyện'
    """
    for separators, ends in ((",", "và"), (".", ";")), ((",", "và", ";"), (".",)):
        stop = next((k for k in range(start, len(keys)) if keys[k] in ends), len(keys))
        starts = [start] + [k + 1 for k in range(start, stop) if keys[k] in separators]
        kinds = [_item_kind(keys, k) for k in starts]
        if len(kinds) < 2 or None in kinds or "tỉnh" in kinds:
            continue
        below = [k for k in kinds if k not in _PROVINCE_KINDS]
        return below[0] if below else None
    return None


def _provinces_written_in_full(tagged: Tagged, start: int) -> bool:
    """Whether the list at ``start`` names two or more places, each written with "tỉnh" or
    "thành phố" and known to the graph as a province: "tỉnh Sơn La, tỉnh Điện Biên", "thành
    phố Cần Thơ, Thành phố Hồ Chí Minh" (not "thành phố Tam Kỳ, huyện Duy Xuyên")."""
    keys = [t.key for t in tagged.tokens]
    m, named = start, 0
    while m < len(keys):
        kind = _item_kind(keys, m)
        if kind not in _PROVINCE_KINDS:
            return False
        place = _province_item(tagged, m)
        if place is None:
            return False
        named, m = named + 1, place[1]
        if keys[m : m + 1] in ([","], ["và"], [";"]):
            m += 1
            continue
        break
    return named >= 2


def _colon_after_kinds(keys: list[str], cue: int) -> int | None:
    """The colon after a count and the kinds of place it counts, and "là" ("05 huyện, thành
    phố là: …"; "các huyện, thị xã, thành phố: …"), or None."""
    k = cue + (keys[cue].isdigit() or keys[cue] == "các") if cue < len(keys) else cue
    kinds, m = _place_kinds(keys, k)
    if not kinds:
        return None
    m += keys[m : m + 1] == ["là"]
    return m if keys[m : m + 1] == [":"] else None


def _owner_of_places(tagged: Tagged, m: int) -> str | None:
    """The system a list of places belongs to, named after it: "… thuộc Liên đoàn Lao động tỉnh
    Bình Thuận" → "Liên đoàn Lao động"."""
    keys = [t.key for t in tagged.tokens]
    if keys[m : m + 1] != ["thuộc"] or not org_head_at(keys, m + 1):
        return None
    for k in range(m + 2, min(m + 10, len(keys))):
        if keys[k] == "tỉnh" or keys[k : k + 2] == ["thành", "phố"]:
            return tagged.surface(m + 1, k)
        if not tagged.tokens[k].is_word:
            return None
    return None


def _shared_head(keys: list[str], start: int) -> str | None:
    """The head word a list's introduction gives all its items: "các Bộ: Y tế; Ngoại giao",
    "09 Sở, ngành …, gồm: Giáo dục và Đào tạo, …"."""
    for k in range(start - 1, max(-1, start - 14), -1):
        if keys[k] in {"bộ", "sở"} and k > 0 and (keys[k - 1] == "các" or keys[k - 1].isdigit()):
            numbered = keys[k - 2 : k - 1] == ["số"] or keys[k - 3 : k - 1] == ["thi", "đua"]
            if keys[k - 1].isdigit() and numbered:
                continue  # "Cụm thi đua số 3 Bộ Quốc phòng gồm …": a bloc's number, no count
            return "Bộ" if keys[k] == "bộ" else "Sở"
    return None


# Heads whose units' names the press writes in sentence case after them ("Hội Chữ thập đỏ",
# "Hội Người cao tuổi"): a bare name listed under such a head runs to the item's end.
_SENTENCE_CASE_HEADS = frozenset({("hội",), ("các", "hội")})


def _sentence_case_item_end(
    tagged: Tagged, j: int, stop: int, *, words: int = 10, dashes: bool = False
) -> int:
    """Where a list item of words begun at ``j`` ends: at a comma, a semicolon, or "và"
    before a capitalised word ("Bảo trợ người khuyết tật và trẻ mồ côi, …"), or at a verb
    that ends the list's sentence ("…, Thông tin liên lạc tổ chức hội nghị"), within ``words``
    words. With ``dashes``, a dash before a capital is inside the name ("Trung cấp Kinh tế -
    Kỹ thuật Tiền Giang")."""
    end = j + 1
    while end < stop and end - j < words:
        key = tagged.key(end)
        inside = dashes and key in {"-", "–"} and capitalised_at(tagged, end + 1) and end + 1 < stop
        if key in {",", ";", ":", "(", ")"} or (
            not tagged.tokens[end].is_word and key != "/" and not inside
        ):
            break
        if key == "và" and end + 1 < stop and tagged.tokens[end + 1].is_capitalised:
            break
        if (key, tagged.key(end + 1)) in _VERBS_AFTER_A_LIST or key in _ADVERBS_AFTER_A_LIST:
            break
        end += 1
    return end


# Verbs that end a list's sentence after its last item ("…, Hóa học tổ chức hội nghị"), and
# the words before a predicate ("…, Bác Ái đã tổ chức …").
_VERBS_AFTER_A_LIST = _NAME_ENDING_VERBS | {("tổ", "chức"), ("ký", "kết"), ("tham", "dự")}
_ADVERBS_AFTER_A_LIST = frozenset({"đã", "sẽ", "đang", "vừa", "được", "cùng", "đều", "cũng"})


def _in_sentence_case(tagged: Tagged, j: int, end: int) -> bool:
    """Whether the item at ``j``, whose capitalised words end at ``end``, goes on in lower case
    to the next comma: a unit's name written in sentence case after its head ("Pháo binh",
    "Thông tin liên lạc"), not a name followed by a clause."""
    if end >= len(tagged.tokens) or end == j or not tagged.tokens[end].is_word:
        return False
    if tagged.tokens[end].is_capitalised or tagged.key(end) in {"và", "là", "của"}:
        return False
    for k in range(end, min(end + 8, len(tagged.tokens))):
        if (tagged.key(k), tagged.key(k + 1)) in _VERBS_AFTER_A_LIST:
            return k > end  # "…, Thông tin liên lạc tổ chức hội nghị"
        if tagged.key(k) in _ADVERBS_AFTER_A_LIST:
            return k > end  # "…, Bác Ái đã tổ chức": no more of the name
        if tagged.key(k) in BLOC_NAME_STOP - {"và", "quan", "hội", "long"}:
            return False  # "…, Lê Quý Đôn họp": a clause, not the rest of a name
        if not tagged.tokens[k].is_word:
            return tagged.key(k) in {",", ";", "."}
    return False


def _named_head(tagged: Tagged, start: int) -> str | None:
    """The head an introduction gives a list of bare names: "gồm các Trường THPT: Nguyễn Du,
    Trường Chinh" → "Trường THPT"; "gồm 3 Hội: Nông dân, Cựu chiến binh" → "Hội". Bộ and Sở
    lists are :func:`_shared_head`'s, places :func:`_province_list`'s."""
    keys = [t.key for t in tagged.tokens]
    if start < 2 or keys[start - 1] != ":":
        return None
    for k in range(start - 2, max(-1, start - 8), -1):
        if keys[k] == "gồm":
            return None  # "Cụm thi đua số 1 VKSND tỉnh X gồm: …": the bloc's name, no head
        if keys[k] == "các" or (keys[k].isdigit() and keys[k - 1 : k] != ["số"]):
            words = tagged.tokens[k + 1 : start - 1]
            generic = keys[k + 1 : k + 3] in (["cơ", "quan"], ["đơn", "vị"], ["tổ", "chức"])
            if words and org_head_at(keys, k + 1) and all(t.is_word for t in words) and not generic:
                head = tagged.surface(k + 1, start - 1)
                return head[:1].upper() + head[1:]
            body = next((b for b in _BODIES_OF if tuple(keys[k - len(b) : k]) == b), None)
            if generic and body is not None and start - k <= 4:
                # "Thanh tra các đơn vị: Sở A, Sở B": each unit's inspectorate
                head = tagged.surface(k - len(body), k)
                return head[:1].upper() + head[1:]
            return None
    return None


# Schools a province runs (secondary, primary, kindergarten): a list of them is a province's.
_LOCAL_SCHOOLS = frozenset({"phổ", "cơ", "tiểu", "mầm"})


def _fuller_head(bloc: Bloc, sentences: list[Tagged]) -> None:
    """Units listed under a bare head ("gồm các Chi cục: Bá Thước, Quan Sơn") that the report
    names in full elsewhere with one of their places ("tại Chi cục THADS huyện Quan Sơn") take
    the full head: "Chi cục THADS huyện Bá Thước"."""
    listed = [
        m for m in bloc.members if m.spread is not None and len(m.spread[1]) == 1
    ]  # (head, (kind,), place) once the kind is known
    heads = {m.spread[0] for m in listed if m.spread is not None}
    if len(heads) != 1:
        return
    (head,) = heads
    fuller: set[str] = set()
    for member in listed:
        assert member.spread is not None
        _, (kind,), place = member.spread
        pattern = rf"\b{re.escape(head)}\s*((?:\S+ ){{1,5}}?){re.escape(kind)} {re.escape(place)}\b"
        for tagged in sentences:
            for found in re.finditer(pattern, tagged.sentence.text):
                middle = found.group(1).strip()
                if middle and not {",", ";", ":"} & set(middle):
                    fuller.add(middle)
    if len(fuller) != 1:
        return
    (middle,) = fuller
    for member in listed:
        assert member.spread is not None
        _, (kind,), place = member.spread
        member.org = Org(f"{head} {middle} {kind} {place}", None, local=True)


# The kinds a bare name listed under a unit's head may be a district of.
_DISTRICT_KINDS_OF_NAMES = ("huyện", "thị xã", "thành phố", "quận")


def _district_kind(name: str, province: str) -> str | None:
    """The kind of the district ``name`` of ``province`` ("tỉnh Thanh Hóa"), when the province
    has one district so named (``districts.district_index``)."""
    kind = district_index().kind(name, province)  # provinces compared by match_key
    return kind if kind in _DISTRICT_KINDS_OF_NAMES else None


# The levels a school's name begins with after "Trường" ("Trường Trung cấp Nghề …").
_SCHOOL_LEVELS = tuple(
    keys_of(w)
    for w in (
        "trung cấp",
        "cao đẳng",
        "đại học",
        "trung học",
        "tiểu học",
        "mầm non",
        "chính trị",
        "thpt",
        "thcs",
        "phổ thông",
    )
)


def _school_level_at(keys: Sequence[str], j: int) -> bool:
    """Whether a school's level ("Trung cấp", "Cao đẳng", "Đại học") begins at ``j``."""
    return any(tuple(keys[j : j + len(level)]) == level for level in _SCHOOL_LEVELS)


def _bare_name(tagged: Tagged, j: int, head: str) -> bool:
    """Whether the item at ``j`` is a bare name to put after ``head``: capitalised, not written
    with the head already, and not another organisation's name (a name that begins with the
    head's own word, "Trường Chinh" in a list of schools, is bare)."""
    if not tagged.tokens[j].is_capitalised or not tagged.tokens[j].is_word:
        return False
    keys = [t.key for t in tagged.tokens]
    own = list(keys_of(head))
    if keys[j : j + len(own)] == own:
        return False
    n = org_head_length(keys, j)
    if n >= 2 and keys[j : j + n] == own[:n]:
        return False  # "Công đoàn Sở Y tế" in a list of "công đoàn cơ sở": its own head word
    span = tagged.at.get(j)
    known = span is not None and span.kind not in (Kind.PERSON, Kind.PLACE)  # "Nguyễn Du"
    if own == ["trường"] and _school_level_at(keys, j) and not known:
        return True  # "gồm các trường: Đại học Tiền Giang, …": "Trường Đại học Tiền Giang"
    if keys[j] == own[0] and j + 1 < len(keys):
        # "Trường ĐH Sài Gòn" in a list of "các trường đại học": the head, abbreviated
        after = tagged.tokens[j + 1].text
        return not (len(after) >= 2 and after.isupper())
    if tagged.word_goes_on(j + 1) and n < 2:
        return True  # "các Ban: Tổ chức, …": a word of a name in sentence case (not "Văn phòng")
    return keys[j] == own[0] or not (org_head_at(keys, j) or known)


def _list_items(tagged: Tagged, start: int, gazetteer: Gazetteer) -> list[Member]:
    return _share_province(_read_list(tagged, start, gazetteer))


def _share_province(members: list[Member]) -> list[Member]:
    """Units every province has, listed bare before the one unit that names its province,
    share that province: "VKSND, Cục THADS, Công an, Sở Tư pháp tỉnh Bình Thuận"."""
    places = {
        full
        for m in members
        if m.org.entity is None and (full := _place_phrase(m.org.label)) is not None
    }
    if len(places) != 1:
        return members
    (place,) = places
    if place.startswith("thành phố") and keys_of(_bare_place(place)) not in CITIES:
        return members  # "Liên đoàn Lao động thành phố Tây Ninh": a province's city, no province
    name = _folded(_undashed(keys_of(_bare_place(place))))
    for member in members:
        keys = keys_of(expand_label(member.org.label))
        bare = member.org.entity is None and not _UNIT_WORDS & set(keys) and not _national(keys)
        said = _folded(_undashed(keys)[-len(name) :]) == name
        if bare and not said and _provincial_kind(keys):  # "Báo Bà Rịa - Vũng Tàu" says it
            member.org = Org(f"{expand_label(member.org.label)} {place}", None, local=True)
    return members


def _place_phrase(label: str) -> str | None:
    """ "tỉnh Bình Thuận" at the end of a unit's name, or None (not "thành phố Hồ Chí Minh tại
    Gia Lai", a branch's place)."""
    match = re.search(
        r"\b(tỉnh|thành phố) [A-ZĐÂĂÊÔƠƯ]\w*(?:[ -]+[A-ZĐÂĂÊÔƠƯ]\w*)*$", expand_label(label)
    )
    return match.group(0) if match else None


def _read_list(tagged: Tagged, start: int, gazetteer: Gazetteer) -> list[Member]:
    parser = _Parser(tagged, gazetteer)
    keys = parser.keys
    members: list[Member] = []
    head = _shared_head(keys, start)
    named = None if head else _named_head(tagged, start)
    place_kind: str | None = None
    j = start
    # a list that opens a parenthesis ("gồm 7 đơn vị (A, B và C) tổ chức …") ends with it
    ends = {".", "!", "?", ")"} if keys[start - 1 : start] == ["("] else {".", "!", "?"}
    stop = next((k for k in range(start, len(keys)) if keys[k] in ends), len(keys))
    # items separated by ";" (at least two of them): commas are inside names
    semicolons = keys[start:stop].count(";") >= 2
    item_end = -1  # where the last item read by its name ended
    last = -1
    while j < len(keys) and keys[j] not in ends:
        if j == last:
            j += 1  # nothing was read at j: step past it, so that no text can stall the reader
            continue
        joins = keys[j] in {"cùng", "với"}  # "Công an tỉnh cùng Tòa án nhân dân tỉnh, …"
        verb = tagged.tokens[j - 1].is_word and _verb_at(tagged, j) and not joins
        if members and verb and not _units_follow(tagged, j, stop):
            # "…, Tỉnh đoàn và Hội Cựu chiến binh tỉnh tổ chức …": the predicate (not "Công an
            # tỉnh làm Khối trưởng, Tòa án nhân dân tỉnh, …": a unit's role, then more units)
            break
        if members and keys[j - 1] in {";", ","} and _names_a_bloc(keys, j):
            cue = next((k for k in range(j + 1, min(j + 8, stop)) if keys[k] in _OWN_LIST), None)
            if cue is not None:
                break  # "Cụm 1 gồm A, B; Cụm 2 gồm C, D": the next bloc's own list
        last = j
        if keys[j] in {"-", "–"} and _role_at(tagged, j + 1):
            role, after = parser.item(j + 1)  # "A – Cụm trưởng, B – Cụm phó, C"
            if members and isinstance(role, BlocRole):
                members[-1].roles.append(role)
            j = max(after, tagged.at[j + 1].j)
        elif members and j == item_end and tagged.tokens[j - 1].is_word and _role_at(tagged, j):
            role, after = parser.item(j)  # "A Trưởng cụm, B Phó cụm và …": with no dash
            if isinstance(role, BlocRole):
                members[-1].roles.append(role)
            j = max(after, tagged.at[j].j)
        elif keys[j] in _LIST_SKIP:
            j += 1
        elif named is not None and (kind := _kind_before_name(tagged, j)) is not None:
            # "gồm các Văn phòng Đảng ủy: phường Bến Cát, Tân Uyên, …": the kind of place the
            # first item names holds for the bare names after it
            place_kind = kind
            j += len(kind.split())
        elif named is not None and _bare_name(tagged, j, named):
            # "gồm các Trường THPT: Nguyễn Du, Trường Chinh, …": each name with the head
            end = j
            while (
                end < len(keys)
                and end - j < 6
                and (tagged.tokens[end].is_capitalised or tagged.word_goes_on(end))
            ):
                end += 1  # "Tuyên giáo", "Nội chính": words of names in sentence case
            if keys_of(named) == ("trường",) and _school_level_at(keys, j):
                # "gồm các trường: Trung cấp Kinh tế - Kỹ thuật Tiền Giang, Đại học X, …"
                end = _sentence_case_item_end(tagged, j, stop, words=16, dashes=True)
            elif keys_of(named) in _SENTENCE_CASE_HEADS or _in_sentence_case(tagged, j, end):
                # "các Hội: Chữ thập đỏ, …", "các Binh chủng: Pháo binh, Tăng thiết giáp, …"
                end = _sentence_case_item_end(tagged, j, stop)
            local = bool(_LOCAL_SCHOOLS & set(keys_of(expand_label(named)))) or bool(place_kind)
            name = tagged.surface(j, end)
            label = f"{named} {place_kind} {name}" if place_kind else f"{named} {name}"
            member = Member(Org(label, None, local=local), tagged)
            if not place_kind and keys_of(named)[:1] != ("trường",):
                # "gồm các Chi cục: Bá Thước, Quan Hóa": the districts' units, once the kind
                # of each name is known (written in the text, or the province's district)
                member.spread = (named, _DISTRICT_KINDS_OF_NAMES, name)
            members.append(member)
            j = end
        elif (
            keys[j] == "("
            and members
            and j == item_end
            and (close := _acronyms_in_parenthesis(tagged, j)) is not None
            and is_local_after(tagged.tokens, close + 1)
        ):
            # "Bộ Chỉ huy Quân sự (CHQS) tỉnh Lâm Đồng": the abbreviation defined, then the
            # unit's place
            end = local_extent(tagged.tokens, close + 1)
            label = f"{members[-1].org.label} {tagged.surface(close + 1, end)}"
            members[-1].org = Org(label, None, local=True)
            item_end = j = end
        elif (
            keys[j] == "("
            and members
            and members[-1].tagged is tagged
            and tagged.tokens[j - 1].is_word
            and (parent := _parent_in_parenthesis(tagged, j)) is not None
        ):
            # "Sư đoàn 302 (Quân khu 7)", "Lữ đoàn 22 (Binh chủng Tăng thiết giáp)": the unit
            # and the body it belongs to, which its name takes
            label, close = parent
            unit = members[-1].org
            members[-1].org = Org(f"{unit.label} {label}", None, local=unit.local)
            j = close + 1
        elif keys[j] == "(":
            items, j = parser._parenthesis(j + 1)
            if members:
                members[-1].roles += [item for item in items if isinstance(item, BlocRole)]
        elif members and (sibling := _sibling_unit(tagged, j, members[-1])) is not None:
            # "UBND thành phố Hạ Long, thị xã Quảng Yên và huyện Vân Đồn": the head again
            members.append(Member(sibling[0], tagged))
            j = sibling[1]
        else:
            spread = (
                _distributive(tagged, j, gazetteer)
                or _counted_series(tagged, j, stop)
                or _code_series(tagged, j, stop)
                or _place_series(tagged, j, stop)
                or _plural_over_places(tagged, j)
                # "gồm các quân khu 1, 2, 3": numbered bodies the graph knows, in the plural
                or (_code_series(tagged, j + 1, stop) if keys[j] == "các" else None)
                # "gồm 10 công đoàn phường, xã: A, B, …": the unit in each place counted
                or (
                    _distributive(tagged, j + 1, gazetteer)
                    if keys[j].isdigit() and j + 1 < stop
                    else None
                )
            )
            if spread is not None:
                found, j = spread
                members += found
                continue
            # "các Bộ: Y tế; Ngoại giao", or "Sở Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và
            # Du lịch": a bare sector takes the head shared or the item before it wrote
            shared = head or (_sector_head(members[-1].org) if members else None)
            sector = gazetteer.sector_length(keys, j) if shared and not org_head_at(keys, j) else 0
            if sector and shared:
                label = f"{shared} {tagged.surface(j, j + sector)}"
                known = gazetteer.lookup(keys_of(label), ORGANISATIONS)
                org: Org | None = Org(label, known[0] if known else None, local=shared == "Sở")
                j += sector
            else:
                begin = j
                org, j = _list_org(tagged, j, gazetteer, semicolons=semicolons)
                item_end = j if org is not None else -1
                if members and members[-1].tagged is tagged:
                    org = _inherit_head(members[-1].org, org, tagged, begin, j)
            if org is not None and named is not None and _body_of_each(named, org):
                # "gồm 7 đảng ủy: Công an tỉnh, Bộ Chỉ huy quân sự tỉnh, …": each unit's body
                org = Org(f"{named} {org.label}", None, local=org.local)
            if org is not None:
                members.append(Member(org, tagged))
    return members


# Words by which a bloc named inside a list opens its own list ("…; Cụm 2 gồm C, D").
_OWN_LIST = frozenset({"gồm", ":", "có"})


def _units_follow(tagged: Tagged, j: int, stop: int) -> bool:
    """Whether the list goes on after the clause at token ``j`` (and before ``stop``): the first
    comma, semicolon or "và" within ten words is followed by a capitalised organisation head
    ("Công an tỉnh làm Khối trưởng, Tòa án nhân dân tỉnh, …"; not "… đã tham mưu, triển khai
    …")."""
    keys = [t.key for t in tagged.tokens]
    for k in range(j + 1, min(stop, len(keys) - 1, j + 11)):
        if keys[k] in {",", ";", "và"}:
            return tagged.tokens[k + 1].is_capitalised and org_head_at(keys, k + 1)
    return False


def _sector_head(org: Org) -> str | None:
    """The head word of a ministry or a province's department ("Bộ", "Sở"), which a list's
    next item may leave out ("Sở Y tế, Giáo dục và Đào tạo")."""
    first = org.label.split(" ", 1)[0]
    return first if first in {"Bộ", "Sở"} else None


# A unit's number or code: "1", "10", "Z111", "K25", "X55A"
_CODE = re.compile(r"[A-ZĐ]{0,3}\d{1,4}[A-Z]?")


def _counted_series(tagged: Tagged, j: int, stop: int) -> tuple[list[Member], int] | None:
    """Units counted in lower case, then their names in a parenthesis: "4 công ty cao su (Lộc
    Ninh, Bình Long, Phú Riềng)" → "Công ty cao su Lộc Ninh", …; None unless two names or more
    are listed."""
    keys = [t.key for t in tagged.tokens]
    if not keys[j].isdigit() or not org_head_at(keys, j + 1):
        return None
    paren = next((k for k in range(j + 2, min(j + 7, stop)) if keys[k] == "("), None)
    if paren is None or any(
        t.is_capitalised or not t.is_word for t in tagged.tokens[j + 1 : paren]
    ):
        return None
    unit = tagged.surface(j + 1, paren)
    unit = unit[:1].upper() + unit[1:]
    members: list[Member] = []
    m = paren + 1
    while m < stop:
        end = m
        while (
            end < stop
            and end - m < 5
            and tagged.tokens[end].is_word
            and tagged.tokens[end].is_capitalised
        ):
            end += 1
        if end == m:
            return None
        members.append(Member(Org(f"{unit} {tagged.surface(m, end)}", None), tagged))
        if keys[end : end + 1] == [")"]:
            return (members, end + 1) if len(members) >= 2 else None
        if keys[end : end + 1] not in ([","], ["và"]):
            return None
        m = end + 1
    return None


def _code_series(tagged: Tagged, j: int, stop: int) -> tuple[list[Member], int] | None:
    """A head written once before a series of numbers or codes: "Nhà máy Z111, Z117 và Z125",
    "Quận ủy 1, 3, 5, 10, Tân Bình" (a local unit's head goes on over bare names after the
    numbers): one unit each, with the head.

    >>> from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
    >>> from nội_chính_graph.ingest.extract.tagger import tag
    >>> from nội_chính_graph.text.cleanup import clean
    >>> from nội_chính_graph.text.sentences import split_sentences
    >>> (s,) = split_sentences(clean("Nhà máy Z111, Z117 và Z125 tham dự."))
    >>> found, end = _code_series(tag(s, Gazetteer()), 0, 9)
    >>> [m.org.label for m in found], end
    (['Nhà máy Z111', 'Nhà máy Z117', 'Nhà máy Z125'], 7)
    """
    tokens, keys = tagged.tokens, [t.key for t in tagged.tokens]
    span = tagged.at.get(j)
    numbered = (
        span is not None and span.of(*ORGANISATIONS) and _CODE.fullmatch(tokens[span.j - 1].text)
    )
    if not org_head_at(keys, j) and not numbered:
        return None
    # "các quân khu 1, 2, 3": a numbered body the graph knows, then the other numbers
    c = span.j - 1 if span is not None and numbered else j + org_head_length(keys, j)
    while c < stop and c - j <= 6 and not _CODE.fullmatch(tokens[c].text):
        if not tokens[c].is_word:
            return None  # "Công an huyện Chư Păh, …": no code before the list goes on
        c += 1
    if c >= stop or not _CODE.fullmatch(tokens[c].text):
        return None
    head = tagged.surface(j, c)
    head = head[:1].upper() + head[1:]
    local = bool(_LOCAL_UNIT_WORDS & set(keys[j:c]))
    items, k, codes = [(c, c + 1)], c + 1, 1
    while k + 1 < stop and keys[k] in {",", "và"}:
        n = k + 1
        if _CODE.fullmatch(tokens[n].text):
            items.append((n, n + 1))
            codes += 1
            k = n + 1
            continue
        end = n
        while end < stop and end - n < 4 and tokens[end].is_capitalised:
            end += 1
        bare = end > n and not org_head_at(keys, n)
        if not (local and codes >= 2 and bare):
            break  # "Quận ủy 1, 3, Tân Bình": a district named, not another kind of unit
        items.append((n, end))
        k = end
    if codes < 2:
        return None
    members = [Member(Org(f"{head} {tagged.surface(a, b)}", None), tagged) for a, b in items]
    return members, k


_SERIES_ENDS = frozenset({",", "và", ".", ";", ")", ":", "("})


def _place_series(tagged: Tagged, j: int, stop: int) -> tuple[list[Member], int] | None:
    """A unit's name written once before a series of bare places of its kind: "Công an tỉnh
    Bắc Giang, Bắc Kạn và Phú Thọ", "7 trường chính trị tỉnh Bắc Giang, Bắc Kạn, …": one unit
    for each place, with the head (capitalised) and the place word.

    >>> from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
    >>> from nội_chính_graph.ingest.extract.tagger import tag
    >>> from nội_chính_graph.text.cleanup import clean
    >>> from nội_chính_graph.text.sentences import split_sentences
    >>> (s,) = split_sentences(clean("gồm 3 trường chính trị tỉnh Bắc Giang, Bắc Kạn và Phú Thọ."))
    >>> found, end = _place_series(tag(s, Gazetteer()), 1, 14)
    >>> [m.org.label.removeprefix("Trường chính trị ") for m in found]
    ['tỉnh Bắc Giang', 'tỉnh Bắc Kạn', 'tỉnh Phú Thọ']
    """
    tokens, keys = tagged.tokens, [t.key for t in tagged.tokens]
    start = j + 1 if keys[j].isdigit() else j  # "7 trường chính trị tỉnh …": past the count
    if start >= stop or not org_head_at(keys, start):
        return None
    k = start + org_head_length(keys, start)
    while k < stop and k - start <= 6 and _item_kind(keys, k) is None:
        if not tokens[k].is_word or keys[k] in _CLAUSE_STARTS:
            return None
        k += 1
    kind = _item_kind(keys, k) if k < stop else None
    if kind is None:
        return None
    at = k + len(kind.split())
    persons = {i for s in tagged.spans if s.kind is Kind.PERSON for i in range(s.i, s.j)}
    head = tagged.surface(start, at)
    head = head[:1].upper() + head[1:]
    items: list[tuple[int, int]] = []
    m = at
    while m < stop:
        end = m
        while end < stop and end - m < 4 and tokens[end].is_capitalised and end not in persons:
            end += 1
        if end == m or org_head_at(keys, m) or _item_kind(keys, m) is not None:
            break
        if end < stop and not (keys[end] in _SERIES_ENDS or keys[end] in _CLAUSE_STARTS):
            break  # "…, Liên hiệp Thanh niên": a name going on in lower case, not a place
        if kind in _PROVINCE_KINDS and _named_before_place(tagged, m, end):
            break  # "Bưu điện tỉnh Hà Giang, Viettel Hà Giang": a unit with the province's name
        items.append((m, end))
        if end + 1 < stop and keys[end] in {",", "và"} and tokens[end + 1].is_capitalised:
            m = end + 1
            continue
        break
    if len(items) < 2:
        return None
    members = [Member(Org(f"{head} {tagged.surface(a, b)}", None), tagged) for a, b in items]
    return members, items[-1][1]


def _named_before_place(tagged: Tagged, start: int, end: int) -> bool:
    """Whether tokens ``start`` … ``end`` are a name, then a province the graph knows that ends
    them ("Viettel Hà Giang", "Bảo Việt Hà Giang"), not a province's name alone."""
    return any(
        s.kind is Kind.PLACE and start < s.i and s.j == end for s in tagged.spans
    ) and not any(s.kind is Kind.PLACE and s.i == start for s in tagged.spans)


def _body_of_each(named: str, org: Org) -> bool:
    """Whether a list's head is a body each listed unit has ("đảng ủy", "công đoàn") and the
    item does not already name it."""
    head = keys_of(named)
    return head in _BODIES_OF and keys_of(org.label)[: len(head)] != head


# Words of a district's or commune's unit, whose list items are often bare place names.
_LOCAL_UNIT_WORDS = frozenset({"huyện", "quận", "thị", "xã", "phường", "ủy", "trường"})


def _head_of(label: str) -> str | None:
    """The head of an unknown unit's name: its first word and the lower-case or all-capital
    words after it, before the capitalised name ("Huyện ủy| Ea H'leo", "Trường THPT| Lê Duẩn",
    "Công an huyện| Chư Păh"); None when no name follows.

    >>> _head_of("Trường THPT Lê Duẩn"), _head_of("Huyện ủy Krông Búk"), _head_of("Sở Y tế")
    ('Trường THPT', 'Huyện ủy', None)
    """
    words = label.split()
    for k in range(1, len(words)):
        word = words[k]
        if word[:1].isupper() and not word.isupper():
            return " ".join(words[:k]) if any(w[:1].isupper() for w in words[k:]) else None
        if not (word.islower() or word.isupper()):
            return None
    return None


def _inherit_head(
    previous: Org, org: Org | None, tagged: Tagged, begin: int, end: int
) -> Org | None:
    """A list item written without the head the item before it has takes that head: "Huyện ủy
    Ea H'leo, Krông Pắc và …" → "Huyện ủy Krông Pắc"; "Trường THPT Lê Duẩn, THPT Bác Ái" →
    "Trường THPT Bác Ái"."""
    if previous.entity is not None or (org is not None and org.entity is not None):
        return org
    head = _head_of(previous.label)
    if head is None:
        return org
    surface = tagged.surface(begin, end)
    words, head_words = surface.split(), head.split()
    if org is None:
        tokens = tagged.tokens[begin:end]
        bare = bool(tokens) and all(t.is_capitalised or t.text in "-–'’" for t in tokens)
        person = any(s.kind is Kind.PERSON for s in tagged.spans if begin <= s.i < end)
        local = _LOCAL_UNIT_WORDS & set(keys_of(head))
        if bare and local and not person and len(tokens) <= 4:  # "Krông Pắc": a name alone
            return Org(f"{head} {surface}", None, local=previous.local)
        return org
    if len(head_words) > 1 and words[: len(head_words) - 1] == head_words[1:]:
        return Org(f"{head_words[0]} {org.label}", None, local=previous.local)  # "THPT Bác Ái"
    return org


# Party committees named by their place's kind ("Huyện ủy Lắk"), unlike "Đảng ủy phường X".
_LOCAL_COMMITTEE_NAMES = frozenset(
    {("tỉnh", "ủy"), ("thành", "ủy"), ("huyện", "ủy"), ("quận", "ủy"), ("thị", "ủy")}
)


def _distributive(tagged: Tagged, j: int, gazetteer: Gazetteer) -> tuple[list[Member], int] | None:
    """ "Công an các tỉnh: Cao Bằng (đơn vị Cụm trưởng), Điện Biên và Lào Cai", "công an 6
    tỉnh: …": one unit per province named, with a bloc role in parentheses kept.
    """
    keys = [t.key for t in tagged.tokens]
    acronym = len(tagged.tokens[j].text) >= 2 and tagged.tokens[j].text.isupper()
    # "Phòng Tư pháp các huyện A, B": a district's department, whose head word is no head
    # elsewhere ("phòng chống", "Phòng 9" of a body)
    department = keys[j] == "phòng" and tagged.tokens[j].is_capitalised
    if keys[j] in _WORD_PART_HEADS and not tagged.tokens[j].is_capitalised:
        return None  # "phụ trách nội vụ 7 xã": "vụ" ends a word; a Vụ is written with a capital
    # "HNB các tỉnh: …", "PCCC ở các tỉnh: …": an acronym the report spells out is a head too
    linked = keys[j + 1 : j + 2] == ["các"] or (
        tagged.key(j + 1) in _LINKS_TO_PLACES and tagged.key(j + 2) == "các"
    )
    if not org_head_at(keys, j) and not department and not (acronym and linked):
        return None
    k = j
    tokens = tagged.tokens
    counted = j > 0 and keys[j - 1].isdigit()  # "5 Đài Truyền thanh huyện, thành phố gồm: …"
    defined: tuple[int, int] | None = None  # "Ban Chỉ huy quân sự (CHQS) các huyện": skipped
    while k < len(keys) and k - j < 12 and keys[k] not in {";", ".", "("}:
        if keys[k] == "các" and keys[k - 1 : k] != ["hiệp"]:
            break  # "Liên hiệp các tổ chức hữu nghị 11 tỉnh": "các" inside the union's name
        close = _acronyms_in_parenthesis(tagged, k + 1) if defined is None else None
        if close is not None:
            defined = (k + 1, close + 1)
            k = close + 1
            continue
        counts_places = tagged.key(k + 1) in _COUNTED_PLACE_WORDS or keys[k + 1 : k + 3] == [
            "địa",
            "phương",
        ]
        if keys[k].isdigit() and counts_places:
            break  # "Hội Khuyến học 5 phường: A, B": the unit in each place counted
        if counted and k > j and not tokens[k].is_capitalised and _place_kinds(keys, k)[0]:
            break
        abbreviated = (
            k > j
            and k + 1 < len(tokens)  # a text cut off right after the comma
            and tokens[k - 1].text.isupper()
            and tokens[k + 1].text.isupper()
        )
        if keys[k] == "," and not abbreviated:
            break  # "Sở VH,TT&DL các tỉnh": a comma inside an abbreviation goes on
        k += 1
    if k == j or k >= len(keys):
        return None
    localities = keys[k + 1 : k + 3] == ["địa", "phương"]
    kinds: tuple[str, ...]
    if (keys[k] in {"các"} or keys[k].isdigit()) and localities:
        # "Cảnh sát PCCC 8 địa phương Quảng Ninh, Nghệ An, …": the provinces it names
        kinds, m = ("tỉnh",), k + 3
    elif keys[k] in {"các"} or keys[k].isdigit():
        kinds, m = _place_kinds(keys, k + 1)
    elif counted:
        kinds, m = _place_kinds(keys, k)
        if keys[m : m + 1] == ["gồm"]:
            m += 1 + (keys[m + 1 : m + 2] == ["có"])
        if keys[m : m + 1] != [":"]:
            return None
    else:
        return None
    if not kinds:
        return None
    plural = kinds[0].split()
    members: list[Member] = []
    if keys[k - 1] == "và":
        # "VKSND thành phố Long Xuyên và các huyện Phú Tân, Châu Thành": the first unit in full,
        # then the same kind of unit in each place listed
        v = keys.index("và", j)
        first = next((u for u in range(j, v) if keys[u] in _UNIT_WORDS), None)
        if first is None or first == j:
            return None
        members.append(Member(Org(tagged.surface(j, v), None, local=True), tagged))
        head = tagged.surface(j, first)
    else:
        # "6 Đài PT-TH của các tỉnh: …": the unit, without the word that links it to its places
        last = k
        # "Công an Cụm thi đua số 5 gồm: …", "Công an cụm 5 tỉnh: …": the unit, not its bloc
        bloc = next(
            (u for u in range(j + 1, k) if _names_a_bloc(keys, u)),
            None,
        )
        last = bloc if bloc is not None else last
        while last - 1 > j and keys[last - 1] in _LINKS_TO_PLACES:
            last -= 1
        last = _before_levels(keys, j, last)
        head = tagged.surface(j, last)
        if defined is not None:
            head = " ".join(
                filter(None, (tagged.surface(j, defined[0]), tagged.surface(defined[1], k)))
            )
    head = head[:1].upper() + head[1:]
    described = next((c for c in range(m, min(m + 9, len(keys))) if keys[c] in {":", "("}), None)
    if described is not None:
        # "5 thành phố trực thuộc trung ương: Hà Nội, …", "Ban CHQS các huyện, thị xã nội địa
        # (Bình Long, Đồng Xoài, …)": the places after a colon or in a parenthesis; also past
        # the bloc named before it ("Công an các tỉnh trong Cụm: A, B", "… các tỉnh Cụm thi
        # đua số 5: A, B")
        named = next((c for c in range(m, described) if keys[c] in {"cụm", "khối"}), None)
        near = named is None and described - m <= 4
        bloc = named is not None and all(t.is_word for t in tokens[named:described])
        lower = all(not t.is_capitalised for t in tokens[m : named or described])
        if ((near or bloc) and lower) or _names_a_region(keys, m, described):
            m = described  # (also "Công an các tỉnh Đồng bằng sông Cửu Long: A, B")
    if keys[m : m + 1] in ([":"], ["("]):
        m += 1
    parser = _Parser(tagged, gazetteer)
    while m < len(keys):
        written = None  # "TP.Biên Hòa", "H.Thống Nhất": the kind of place abbreviated
        if keys[m] in _PLACE_ABBREVIATIONS and keys[m + 1 : m + 2] == ["."]:
            written, m = _PLACE_ABBREVIATIONS[keys[m]], m + 2
        elif (own := _item_kind(keys, m)) is not None:
            if _province_of_the_places(tagged, m, own, kinds) and len(members) >= 2:
                # "Công an các huyện A, B và C, tỉnh Gia Lai": the places' province, no item
                scope = tagged.at[m]
                place = tagged.surface(scope.i, scope.j)
                for member in members:
                    member.org = Org(f"{member.org.label} {place}", None, local=True)
                m = scope.j
                break
            written, m = own, m + len(own.split())  # "Hà Nội, thành phố Hồ Chí Minh, …"
        start = m
        while m < len(keys) and (
            (tagged.tokens[m].is_word and tagged.tokens[m].is_capitalised)
            or (
                # "Bà Rịa - Vũng Tàu", "M’Drắk": a dash or an apostrophe inside a name
                keys[m] in {"-", "'", "’"}
                and m > start
                and m + 1 < len(keys)
                and tagged.tokens[m + 1].is_capitalised
            )
        ):
            m += 1
        if m == start:
            break
        if localities and not _names_a_province(tagged, start, m):
            return None  # "các địa phương" whose names are not all provinces the graph knows
        place = expand_label(tagged.surface(start, m))
        unit = f"{written} " if written else _unit_of(place, plural)
        if keys_of(head)[-2:] in _LOCAL_COMMITTEE_NAMES and not written:
            unit = ""  # "Huyện ủy các huyện Lắk, Ea Kar": "Huyện ủy Lắk", the committee's name
        member = Member(Org(f"{head} {unit}{place}", None, local=True), tagged)
        if len(kinds) > 1 and unit:  # "VKSND các huyện, thị xã: …": which one, the text says
            member.spread = (head, kinds, place)
        members.append(member)
        if keys[m : m + 1] == ["("]:
            items, m = parser._parenthesis(m + 1)
            member.roles += [item for item in items if isinstance(item, BlocRole)]
        if keys[m : m + 1] == [";"] and org_head_at(keys, m + 1):
            break  # "Sở VHTT các tỉnh: A, B; Sở VHTT&DL các tỉnh: C, D": the next group
        if keys[m : m + 1] in ([","], ["và"]) and _placed_unit_at(tagged, m + 1):
            break  # "UBND các huyện A, B và UBND TP Cao Bằng": a unit of its own next
        if keys[m : m + 1] in ([","], ["và"], [";"]) and m + 1 < len(keys):
            m += 1
            continue
        break
    return (members, m) if len(members) >= 2 else None


def _province_of_the_places(tagged: Tagged, m: int, kind: str, kinds: tuple[str, ...]) -> bool:
    """Whether the province the graph knows, written with its ``kind`` at token ``m`` after a
    series of places of the districts' ``kinds``, is their province, not one more item."""
    span = tagged.at.get(m)
    below = not _PROVINCE_KINDS & set(kinds)  # "các huyện, thị xã": not "các tỉnh, thành phố"
    return kind in _PROVINCE_KINDS and below and span is not None and span.kind is Kind.PLACE


def _names_a_region(keys: Sequence[str], start: int, end: int) -> bool:
    """Whether tokens ``start`` … ``end`` name a region of the country, after words that say
    where ("khu vực Tây Nguyên", "Đồng bằng sông Cửu Long", "miền Trung")."""
    for at in range(start, end):
        if tuple(keys[at:end]) in REGIONS:
            return True
        if keys[at] not in _REGION_STARTS | {"vực", "bàn", "địa"}:
            return False
    return False


def _placed_unit_at(tagged: Tagged, k: int) -> bool:
    """Whether a unit named with its head and place starts at ``k`` ("UBND TP Cao Bằng",
    "Công an huyện X"), or with a head and a word in lower case ("Công đoàn ngành Y tế"), not
    a bare place ("Hội An")."""
    keys = [t.key for t in tagged.tokens]
    if k >= len(keys) or not tagged.tokens[k].is_capitalised or not org_head_at(keys, k):
        return False
    near = range(k + 1, min(k + 5, len(keys)))
    if any(is_local_after(tagged.tokens, m) for m in near):
        return True
    # no place's name has a word in lower case: "Công đoàn ngành Y tế" is a unit of its own
    return any(tagged.tokens[m].is_word and not tagged.tokens[m].is_capitalised for m in near[:2])


def _plural_over_places(tagged: Tagged, j: int) -> tuple[list[Member], int] | None:
    """ "(lãnh đạo) các Sở Tư pháp tỉnh Nam Định, Hà Nam, Thái Bình", "Sở Văn hóa và Thể thao
    tỉnh Ninh Bình, Quảng Ninh": a kind of unit, one place word and the two or more provinces it
    is in, each a place the graph knows: the unit in each."""
    keys = [t.key for t in tagged.tokens]
    h = j + (keys[j : j + 2] == ["lãnh", "đạo"]) * 2
    h += keys[h : h + 1] == ["các"]
    if h >= len(keys) or not (tagged.tokens[h].is_capitalised and org_head_at(keys, h)):
        return None
    k = next(
        (
            k
            for k in range(h + 1, min(h + 14, len(keys)))
            if keys[k] == "tỉnh" or keys[k : k + 2] == ["thành", "phố"]
        ),
        None,
    )
    if k is None or any(keys[m] in {";", ":", ".", "("} for m in range(h, k)):
        return None
    word = "tỉnh" if keys[k] == "tỉnh" else "thành phố"
    # (the first place is read with its word: "tỉnh Nam Định")
    m = k if tagged.at.get(k) is not None else k + len(word.split())
    head = tagged.surface(h, k)
    members: list[Member] = []
    while m < len(keys):
        span = tagged.at.get(m)
        if span is None or span.kind is not Kind.PLACE:
            break
        place = _bare_place(tagged.surface(span.i, span.j))  # "tỉnh Nam Định" → "Nam Định"
        if word == "thành phố" and not members and keys_of(place) not in CITIES:
            return None  # "UBND thành phố Bắc Giang, tỉnh Bắc Giang": a province's city in it
        unit = _unit_of(place, word.split())
        members.append(Member(Org(f"{head} {unit}{place}", None, local=True), tagged))
        m = span.j
        if keys[m : m + 1] in ([","], ["và"]) and m + 1 < len(keys):
            m += 1
            continue
        break
    return (members, m) if len(members) >= 2 else None


def _names_a_province(tagged: Tagged, start: int, end: int) -> bool:
    """Whether tokens ``start``…``end`` are the name of a place the graph knows."""
    span = tagged.at.get(start)
    return span is not None and span.kind is Kind.PLACE and span.j == end


# One-syllable heads that in lower case end other words ("nội vụ", "nhiệm vụ", "hội nghị").
_WORD_PART_HEADS = frozenset({"vụ", "ban", "bộ", "sở", "cục", "hội", "viện", "báo", "quỹ", "đài"})


def _opening_of(keys: Sequence[str], close: int) -> int | None:
    """Where the parenthesis closed at ``close`` opens (within six tokens), or None."""
    return next((o for o in range(close - 1, max(-1, close - 7), -1) if keys[o] == "("), None)


# The heads of the bodies a unit listed with its parent in parentheses belongs to.
_PARENT_HEADS = tuple(
    keys_of(w)
    for w in (
        "Bộ",
        "Quân khu",
        "Quân đoàn",
        "Quân chủng",
        "Binh chủng",
        "Bộ Tư lệnh",
        "Tổng cục",
        "Tập đoàn",
        "Tổng công ty",
        "Học viện",
        "Đại học",
    )
)


def _parent_in_parenthesis(tagged: Tagged, k: int) -> tuple[str, int] | None:
    """The body named alone in the parenthesis opened at ``k`` after a listed unit, with where
    the parenthesis closes: "(Quân khu 7)", "(Tổng cục Hậu cần kỹ thuật)", "(Bộ Y tế)"; None for
    anything else ("(đơn vị Khối trưởng)", "(PC08)")."""
    keys = [t.key for t in tagged.tokens]
    close = next((c for c in range(k + 1, min(k + 10, len(keys))) if keys[c] == ")"), None)
    if close is None or not tagged.tokens[k + 1].is_capitalised:
        return None
    if not any(tuple(keys[k + 1 : k + 1 + len(h)]) == h for h in _PARENT_HEADS):
        return None
    inside = tagged.tokens[k + 1 : close]
    if not all(t.is_word or t.text in {"-", "–"} for t in inside):
        return None
    if any(
        tagged.at.get(c) is not None and tagged.at[c].of(Kind.BLOC_ROLE) for c in range(k, close)
    ):
        return None
    return expand_label(tagged.surface(k + 1, close)), close


def _acronyms_in_parenthesis(tagged: Tagged, k: int) -> int | None:
    """Where the parenthesis opened at ``k`` closes, when it holds only acronyms ("(CHQS)",
    "(PCCC-CNCH)"): a name's abbreviation defined inside it."""
    if tagged.key(k) != "(":
        return None
    for c in range(k + 1, min(k + 6, len(tagged.tokens))):
        text = tagged.tokens[c].text
        if text == ")":
            return c if c > k + 1 else None
        if not (is_acronym(text) or text in {"-", "–", "&", ","}):  # "(VH,TT&DL)"
            return None
    return None


# Kinds of place a count before a list of places counts ("Công an 6 tỉnh: …", "5 phường: …").
_COUNTED_PLACE_WORDS = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường"})


# Words between a kind of unit and the places it is counted in ("Đài PT-TH của các tỉnh").
_LINKS_TO_PLACES = frozenset({"của", "ở", "tại", "thuộc", "trên"})
# Words after which a place is where something happens or goes, not the end of a unit's name.
_LINKS_BEFORE_A_PLACE = _LINKS_TO_PLACES | {"về", "đến", "từ", "và", "với"}


def _kind_before_name(tagged: Tagged, j: int) -> str | None:
    """A kind of place below a province written before a capitalised name at ``j`` ("phường
    Bến Cát"), or None."""
    kind = _own_place_word([t.key for t in tagged.tokens], j)
    if kind is None:
        return None
    after = j + len(kind.split())
    return kind if after < len(tagged.tokens) and tagged.tokens[after].is_capitalised else None


def _item_kind(keys: Sequence[str], m: int) -> str | None:
    """The kind of place a list item writes before its name ("thành phố Hồ Chí Minh")."""
    for kind in _KINDS_LONGEST_FIRST:
        words = kind.split()
        if list(keys[m : m + len(words)]) == words:
            return kind
    return None


# Kinds of place the press abbreviates before a name ("TP.Biên Hòa", "H.Thống Nhất", "TX.La Gi").
_PLACE_ABBREVIATIONS = {"tp": "thành phố", "h": "huyện", "tx": "thị xã", "q": "quận"}


# The kinds of place of a commune's level. Places of one level are siblings ("thành phố Hạ
# Long, thị xã Quảng Yên"); a place written before one of a higher level is in it ("xã A,
# huyện B").
_COMMUNE_KINDS = frozenset({"xã", "phường", "thị trấn"})


def _place_kind_at(tagged: Tagged, m: int) -> tuple[str, int] | None:
    """The kind of place written at ``m`` before a capitalised name, in full ("thị xã") or
    abbreviated ("TX.", "TP", "H."), and the token where the name begins; or None."""
    keys = [t.key for t in tagged.tokens]
    if not 0 <= m < len(keys):
        return None
    kind = _item_kind(keys, m)
    if kind is not None:
        at = m + len(kind.split())
    elif keys[m] in _PLACE_ABBREVIATIONS and tagged.tokens[m].text.isupper():
        kind, at = _PLACE_ABBREVIATIONS[keys[m]], m + 1 + (keys[m + 1 : m + 2] == ["."])
    else:
        return None
    return (kind, at) if at < len(keys) and tagged.tokens[at].is_capitalised else None


def _place_levels(tagged: Tagged, kind: str, name: int) -> frozenset[str]:
    """The levels of a place of ``kind`` whose name starts at token ``name``: a "thành phố" is
    of a province's level when the centre runs it ("thành phố Hà Nội"), else of a district's
    ("thành phố Bắc Giang, tỉnh Bắc Giang": the city is in the province)."""
    if kind in _COMMUNE_KINDS:
        return frozenset({"commune"})
    if kind == "tỉnh":
        return frozenset({"province"})
    if kind == "thành phố":
        end = name
        while end < len(tagged.tokens) and end - name < 4 and tagged.tokens[end].is_capitalised:
            end += 1
        central = tuple(tagged.key(m) for m in range(name, end)) in CITIES
        return frozenset({"province" if central else "district"})
    return frozenset({"district"})


def _sibling_place_at(tagged: Tagged, k: int) -> bool:
    """Whether the place written after the comma or "và" at ``k`` is another place of the level
    of the one the item before it names ("UBND thành phố Hạ Long, thị xã Quảng Yên": two
    units), not the place that holds it ("UBND xã A, huyện B", "huyện C, thành phố Hà Nội")."""
    following = _place_kind_at(tagged, k + 1)
    if following is None:
        return False
    before = next(
        (
            found
            for m in range(k - 2, max(-1, k - 8), -1)
            if (found := _place_kind_at(tagged, m)) is not None and found[1] < k
        ),
        None,
    )
    if before is None or any(
        tagged.key(m) in {",", ";", ":", "(", "và"} for m in range(before[1], k)
    ):
        return False
    longer = _place_kind_at(tagged, before[1] - len(before[0].split()) - 1)
    if longer is not None and longer[1] == before[1]:
        before = longer  # "thị xã Quảng Yên", not "xã Quảng Yên"
    return bool(_place_levels(tagged, *before) & _place_levels(tagged, *following))


def _sibling_unit(tagged: Tagged, j: int, previous: Member) -> tuple[Org, int] | None:
    """The unit of the place written at ``j`` with its kind, right after a unit of a place of
    the same level, and the token after it: "Công an TP. Hạ Long, TX. Quảng Yên" → "Công an
    thị xã Quảng Yên" (the head of the unit before, without its kind)."""
    if previous.tagged is not tagged or j == 0 or tagged.key(j - 1) not in {",", "và"}:
        return None
    if not _sibling_place_at(tagged, j - 1):
        return None
    found = _place_kind_at(tagged, j)
    head = _head_before_place(expand_label(previous.org.label))
    if found is None or head is None:
        return None  # (the unit before names no kind of place)
    kind, at = found
    end = local_extent(tagged.tokens, at)
    if end == at:
        return None
    return Org(f"{head} {kind} {tagged.surface(at, end)}", None, local=True), end


def _head_before_place(label: str) -> str | None:
    """The words of a unit's name before the kind of place that ends it ("Hội Cựu chiến binh|
    xã Yang Tao", "Ủy ban nhân dân| thành phố Hạ Long"), or None.

    >>> _head_before_place("Hội Cựu chiến binh xã Yang Tao"), _head_before_place("Sở Y tế")
    ('Hội Cựu chiến binh', None)
    """
    words = label.split()
    lowered = [w.lower() for w in words]
    for i in range(1, len(words) - 1):  # the first kind the name's words follow: "thị xã"
        kind = _item_kind(lowered, i)
        rest = words[i + len(kind.split()) :] if kind else []
        if kind and rest and all(w[:1].isupper() or w.isdigit() or w in "-–" for w in rest):
            return " ".join(words[:i])
    return None


def _own_head_after_dash(tagged: Tagged, k: int) -> bool:
    """Whether the dash at ``k`` is followed by the head the item before it begins with ("Sở
    Tài chính - Sở Xây dựng", "Phòng An ninh kinh tế - Phòng An ninh điều tra"): a unit of the
    same kind, not the unit's parent ("Cục Thi hành án dân sự - Bộ Tư pháp") nor the rest of a
    sector's name ("Sở Lao động - Thương binh và Xã hội")."""
    tokens = tagged.tokens
    keys = [t.key for t in tokens]
    if k + 1 >= len(tokens) or not tokens[k + 1].is_capitalised or not org_head_at(keys, k + 1):
        return False
    first = k - 1
    while first > 0 and keys[first - 1] not in {",", ";", ":", "(", "-", "–", "gồm", "là", "và"}:
        first -= 1
    n = org_head_length(keys, k + 1)
    return first < k - n and keys[first : first + n] == keys[k + 1 : k + 1 + n]


def _item_ends(tagged: Tagged, k: int, *, semicolons: bool = False) -> bool:
    """Whether token ``k`` ends a list item. "và" and a comma end it only when another
    organisation follows: "Sở Tài nguyên và Môi trường" and "Cơ quan Thanh tra, giám sát ngân
    hàng" are one item each, "Sở Xây dựng và Sở Công Thương" two. In a list whose items are
    separated by ";" a comma never ends one ("Vụ Văn hóa, Giáo dục, Thanh niên, Thiếu niên và
    Nhi đồng; Vụ Đối ngoại")."""
    key = tagged.tokens[k].key
    if semicolons and key == ",":
        # only another unit's head ends an item: "Viện A, Báo B; C" is two
        following = tagged.tokens[k + 1] if k + 1 < len(tagged.tokens) else None
        keys = [t.key for t in tagged.tokens]
        return following is not None and following.is_capitalised and org_head_at(keys, k + 1)
    if key in {"(", ")", ".", ";", ":"}:
        return True
    if key in {"-", "–"} and _role_at(tagged, k + 1):
        return True  # "Liên hiệp Hội Hà Nội – Cụm trưởng, …": the item's bloc role
    if key in {"-", "–"} and _own_head_after_dash(tagged, k):
        return True  # "Sở Tài chính - Sở Xây dựng", "Phòng A – Phòng B": two units
    named = k > 0 and tagged.tokens[k - 1].is_word and tagged.tokens[k - 1].is_capitalised
    if named and tagged.tokens[k].is_capitalised and _role_at(tagged, k):
        return True  # "… chi nhánh tỉnh Lạng Sơn Trưởng cụm, …": the role after the name
    if _verb_at(tagged, k):
        # "… Vụ 6 cùng đại diện …", "… Thoại Sơn được …", "… long trọng tổ chức …", "Cục Thú y
        # đồng chủ trì"
        return True
    if key == "thống" and tagged.key(k + 1) == "nhất" and not tagged.tokens[k].is_capitalised:
        return True  # "… thống nhất …" (agreed) after a list; "Cục thống kê" is a name
    if key not in {",", "và"}:
        return False
    nxt = k + 1
    if nxt >= len(tagged.tokens):
        return True
    if _sibling_place_at(tagged, k):
        return True  # "UBND thành phố Hạ Long, thị xã Quảng Yên": another unit of the kind
    if key == "," and (tagged.key(nxt), tagged.key(nxt + 1)) in (("đơn", "vị"), ("cơ", "quan")):
        return True  # "… cho Sở Nội vụ, đơn vị Khối trưởng năm 2024": what the unit is
    if key == "và" and tagged.tokens[nxt].key in _NOT_NAME_AFTER_AND:
        return True  # "Văn phòng Đoàn ĐBQH tỉnh và đại diện Ban Thi đua …"
    if key == "và" and tagged.tokens[nxt].text.isdigit():
        return True  # "Thanh tra tỉnh và 01 đơn vị mới tham gia Khối là …"
    span = tagged.at.get(nxt)
    if span is not None and span.of(Kind.BLOC_ROLE):
        return True  # "Cụm trưởng là Sở A và Cụm phó là Sở B", "… cho Sở A, cụm phó là Sở B"
    upper = tagged.tokens[nxt].text
    again = upper in {t.text for t in tagged.tokens[max(0, k - 6) : k]}
    if key == "và" and len(upper) > 1 and upper.isupper() and again:
        return True  # "THPT Quang Trung và THPT Chu Văn An": the head again, a new item
    if key == "và" and _joint_office(tagged, k):
        return False  # "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office of two bodies
    if key == "," and not tagged.tokens[nxt].is_capitalised:
        if _head_in_sentence_case(tagged, nxt):
            return True  # "Trường Đại học Hạ Long, trường Cao đẳng Y tế Quảng Ninh": two
        return tagged.tokens[nxt].key in _CLAUSE_STARTS
    if span is not None and span.of(*ORGANISATIONS):
        return True
    keys = [t.key for t in tagged.tokens]
    # "… và Trung cấp Tân Bách Khoa": a school listed without "Trường" starts an item too
    starts_org = org_head_at(keys, nxt) or _school_without_truong(keys, nxt)
    starts_org = starts_org or capitalised_head_at(tagged, nxt)
    if key == "và" and _brand_branch(tagged, nxt, min(nxt + 6, len(tagged.tokens))):
        return True  # "… chi nhánh tỉnh và Agribank chi nhánh tỉnh": a company's branch
    if key == "," and not starts_org and _sectors_in_a_name(tagged, k):
        return False  # "Vụ Công tác Quốc hội, Địa phương và Đoàn thể": one unit's sectors
    return key == "," or (starts_org and tagged.tokens[nxt].is_capitalised)


def _sectors_in_a_name(tagged: Tagged, k: int) -> bool:
    """Whether the comma at ``k`` in a list item goes on to the sectors of one unit's name
    ("Vụ Khoa giáo, Văn xã và Môi trường"): :func:`_sectors_joined_at`, and neither side of the
    "và" names a place ("Công an tỉnh Hà Giang, Tuyên Quang và Cao Bằng" are three) or begins
    with an abbreviation ("THPT Trường Chinh, THPT Phan Bội Châu và …": the head again)."""
    joint = _sectors_joined_at(tagged, k)
    if joint is None or tagged.tokens[k + 1].text.isupper():
        return False
    keys = [t.key for t in tagged.tokens]
    for m in (k + 1, joint + 1):
        span = tagged.at.get(m)
        if (span is not None and span.kind is Kind.PLACE) or org_head_at(keys, m):
            return False
    return not any(
        span.kind is Kind.PLACE for span in tagged.spans if span.i < k and span.j >= k - 3
    )


def _head_in_sentence_case(tagged: Tagged, k: int) -> bool:
    """Whether a unit's head word written in lower case, then its capitalised name, begins at
    ``k`` ("trường Cao đẳng Việt Hàn", "sở Tư pháp")."""
    keys = [t.key for t in tagged.tokens]
    length = org_head_length(keys, k)
    return length > 0 and k + length < len(keys) and tagged.tokens[k + length].is_capitalised


def _verb_at(tagged: Tagged, k: int) -> bool:
    """Whether a lower-case verb at ``k`` begins a clause ("vừa ban hành", "đã", "được")."""
    token = tagged.tokens[k]
    if token.is_capitalised or not token.is_word:
        return False
    key = token.key
    if key == "tổ" and k > 0 and tagged.key(k - 1) == "các":
        return False  # "Liên hiệp các tổ chức hữu nghị": organisations, not "tổ chức" (holds)
    if key == "tại" and _branch_place(tagged, k):
        return False  # "Phân hiệu Trường Đại học Lâm nghiệp tại Gia Lai": the branch's name
    if key in {"ký", "kí"} and tagged.key(k - 1) != "đăng":
        # "… Tòa án nhân dân tỉnh ký giao ước thi đua", not "Cục Đăng ký giao dịch …"
        after = (tagged.key(k + 1), tagged.key(k + 2))
        return after[0] == "kết" or after == ("giao", "ước")
    return key in _ITEM_VERBS or tagged.key(k + 1) in _VERB_PAIRS.get(key, ())


# Heads of a branch that is named by where it is ("Chi nhánh Ngân hàng X tại Đà Nẵng").
_BRANCH_HEADS = (
    ("phân", "hiệu"),
    ("chi", "nhánh"),
    ("văn", "phòng", "đại", "diện"),
    ("văn", "phòng", "thường", "trú"),
    ("cơ", "quan", "thường", "trú"),
)


def _branch_place(tagged: Tagged, k: int) -> bool:
    """Whether "tại" at ``k`` ends the name of a branch with its place: the item began with a
    branch's head and a place name follows, then the item's end ("Phân hiệu Trường Đại học
    Nông lâm TP. Hồ Chí Minh tại Gia Lai, …")."""
    start = k
    while start > 0 and start > k - 15 and tagged.key(start - 1) not in {",", ";", ":", "("}:
        start -= 1
    keys = [t.key for t in tagged.tokens[start:k]]
    if not any(keys[i : i + len(h)] == list(h) for h in _BRANCH_HEADS for i in range(len(keys))):
        return False
    m = k + 1
    for word in (("thành", "phố"), ("tp",), ("tp", "."), ("tỉnh",)):
        if tuple(tagged.key(m + n) for n in range(len(word))) == word:
            m += len(word)
            break
    end = _name_end(tagged, m, dashes=True)
    return end > m and (end >= len(tagged.tokens) or tagged.key(end) in {",", ";", ".", "và", ")"})


def _role_at(tagged: Tagged, k: int) -> bool:
    """Whether a bloc role ("Cụm trưởng", "Khối phó") begins at token ``k``."""
    span = tagged.at.get(k)
    return span is not None and bool(span.of(Kind.BLOC_ROLE))


def _joint_office(tagged: Tagged, k: int) -> bool:
    """Whether "và" at ``k`` joins the two bodies one office serves: "Văn phòng Đoàn đại biểu
    Quốc hội và Hội đồng nhân dân tỉnh" (since 2021 one office in each province)."""
    keys = [t.key for t in tagged.tokens]
    start = next(
        (m for m in range(k - 1, max(-1, k - 8), -1) if keys[m : m + 2] == ["văn", "phòng"]), None
    )
    right = keys[k + 1 : k + 4]
    return start is not None and (right[:1] == ["hđnd"] or right == ["hội", "đồng", "nhân"])


def _end_at_place(tagged: Tagged, j: int, end: int) -> int:
    """``end``, or the end of the place a unit's name at ``j`` names, when lower-case words
    follow it ("Sở Tư pháp tỉnh Tuyên Quang thời gian qua" → "… tỉnh Tuyên Quang")."""
    return next((m for m in range(j + 2, end) if past_place(tagged.tokens, j, m)), end)


def _list_org(
    tagged: Tagged, j: int, gazetteer: Gazetteer, *, semicolons: bool = False
) -> tuple[Org | None, int]:
    span = tagged.at.get(j)
    if span is not None and span.of(*ORGANISATIONS):
        if span.local:
            end = local_extent(tagged.tokens, span.j)
            return Org(tagged.surface(j, end), None, local=True), end
        region = region_after(tagged, span.j)
        if region is not None:  # "Kho bạc Nhà nước khu vực V": the body's unit in a region
            return Org(f"{span.text} {tagged.surface(*region)}", None), region[1]
        return Org(span.text, span.of(*ORGANISATIONS)[0]), span.j
    end = j
    keys = [t.key for t in tagged.tokens]
    while end < len(keys) and not _item_ends(tagged, end, semicolons=semicolons):
        end = max(end + 1, past_sector(keys, end + 1, gazetteer))
    if end == j:
        return None, j + 1  # the item is only its end (a role at the start): nothing is named
    # "…, trường Cao đẳng Việt Hàn": an item after another (not "gồm 5 sở TT&TT các …": a
    # count of units, read as such)
    lowered = j > 0 and keys[j - 1] in {",", ";", "và"} and _head_in_sentence_case(tagged, j)
    if not (tagged.tokens[j].is_capitalised or lowered) or keys[j] in {"các", "những"}:
        return None, max(end, j + 1)  # (not "Các đồng chí lãnh đạo …": people, plural)
    end = _end_at_place(tagged, j, end)
    if span is not None and span.kind is Kind.PLACE and span.j >= end:
        return None, end  # a bare place ("Hà Nội") names no unit by itself
    # (an acronym of two letters or more: not "Chiến khu Đ")
    abbreviated = any(
        tagged.tokens[k].text.isupper() and len(tagged.tokens[k].text) >= 2 for k in range(j, end)
    )
    school = _school_without_truong(keys, j) and end > j + 2
    headed = org_head_at(keys, j) or capitalised_head_at(tagged, j)
    if not (headed or abbreviated or school or _brand_branch(tagged, j, end)):
        return None, end  # no head word, no abbreviation: a place ("Đồng Xoài"), not a unit
    local = any(keys[k] in ("tỉnh", "huyện", "quận", "xã", "thành") for k in range(j, end))
    # "UBND thành phố Bắc Giang, tỉnh Bắc Giang": the place it is in, named without the comma
    label = _PLACE_AFTER_COMMA.sub(" ", tagged.surface(j, end)) if local else tagged.surface(j, end)
    return Org(label[:1].upper() + label[1:], None, local=local), end


_PLACE_AFTER_COMMA = re.compile(
    r",\s+(?=(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)\s+[A-ZĐÂĂÊÔƠƯ\d])",
    re.IGNORECASE,
)


def _school_without_truong(keys: Sequence[str], k: int) -> bool:
    """Whether a college or vocational school listed without "Trường" starts at ``k`` ("Cao
    đẳng Sư phạm Tây Ninh", "Trung cấp Y tế Tây Ninh"), as ``expand_label`` writes it out."""
    return tuple(keys[k : k + 2]) in (("cao", "đẳng"), ("trung", "cấp"))


def _brand_branch(tagged: Tagged, j: int, end: int) -> bool:
    """Whether tokens ``j`` … ``end`` are a company's branch named by its brand
    (:func:`brand_at`), its place ending them: "Viettel Bến Tre", "Agribank chi nhánh An
    Giang"."""
    place = tagged.at.get(j + 1)
    ends = place is None or place.kind is not Kind.PLACE or place.j == end
    return j + 1 < end and brand_at(tagged, j) and ends


def named_in_short(label: str, listed: Sequence[str]) -> int | None:
    """The index of the one name in ``listed`` that ``label`` names in short, by its head and
    its district's name: "Chi cục Quan Sơn" (or "… tỉnh Thanh Hóa") is "Chi cục Thi hành án
    dân sự huyện Quan Sơn tỉnh Thanh Hóa"; None when none or several are.

    >>> named_in_short("Chi cục Quan Sơn", ["Chi cục THADS huyện Quan Hóa",
    ...                                     "Chi cục THADS huyện Quan Sơn"])
    1
    """
    keys = keys_of(_without_province(label))
    head = org_head_length(keys, 0)
    name = keys[head:]
    if not head or not name:
        return None
    found = [
        at
        for at, other in enumerate(listed)
        if len(full := keys_of(_without_province(other))) > len(keys)
        and full[:head] == keys[:head]
        and full[-len(name) :] == name
        and full[-len(name) - 1] in _DISTRICT_KIND_ENDS
    ]
    return found[0] if len(found) == 1 else None


def _without_province(label: str) -> str:
    """``label`` without the province its end names ("… tỉnh Thanh Hóa")."""
    match = re.search(r"\s+(?:tỉnh|thành phố) [A-ZĐÂĂÊÔƠƯ]\w*(?:[ -]+[A-ZĐÂĂÊÔƠƯ]\w*)*$", label)
    return label[: match.start()] if match else label


# The last word of a kind of district or commune, before its name ("huyện", "thị xã").
_DISTRICT_KIND_ENDS = frozenset({"huyện", "quận", "xã", "phố", "phường", "trấn"})


def posts_in_listed_units(mentions: Sequence[PersonMention], blocs: Sequence[Bloc]) -> None:
    """A post in a unit named in short by its head and district ("Chi cục trưởng Chi cục Quan
    Sơn") is in the listed unit so named in full ("Chi cục Thi hành án dân sự huyện Quan Sơn")."""
    listed = [m.org for b in blocs for m in b.members]
    labels = [org.label for org in listed]
    for mention in mentions:
        for index, post in enumerate(mention.posts):
            if post.org is None or post.org.entity is not None:
                continue
            at = named_in_short(post.org.label, labels)
            if at is not None:
                mention.posts[index] = replace(post, org=listed[at])


def _bare_department(org: Org | None) -> bool:
    """Whether a post's unit is a "Vụ" or "Cục" the graph lacks, named by its function or
    number alone ("Cục Kế hoạch – Tài chính", "Vụ 15"; see ``_generic_department``)."""
    if org is None or not _listed_bare(org):
        return False
    return keys_of(org.label)[:1] in {("vụ",), ("cục",)}


def posts_in_the_body(
    mentions: Sequence[PersonMention], sentences: Sequence[Tagged], blocs: Sequence[Bloc]
) -> None:
    """A post in a department named bare ("Phó Cục trưởng Cục Kế hoạch – Tài chính", "Vụ
    trưởng Vụ 15") in a report about one central body (the body a bloc is inside, else the one
    named most) is in that body's department ("Cục Kế hoạch – Tài chính Bộ Tư pháp"). A unit
    the bloc lists keeps the name it is listed by."""
    body = next((b for bloc in blocs if (b := _body_of(bloc)) is not None), None)
    body = body or _named_most(sentences, is_central)
    if body is None:
        return
    listed = {match_key(m.org.label) for bloc in blocs for m in bloc.members}
    for mention in mentions:
        mention.posts = [
            replace(post, org=Org(f"{post.org.label} {body.label}", None))
            if _bare_department(post.org)
            and post.org is not None
            and match_key(post.org.label) not in listed
            else post
            for post in mention.posts
        ]


__all__ = [
    "Bloc",
    "Member",
    "bloc_mentions",
    "collect_blocs",
    "is_central",
    "name_bare_heads",
    "named_in_short",
    "posts_in_listed_units",
    "posts_in_the_body",
    "provinces_system",
]
