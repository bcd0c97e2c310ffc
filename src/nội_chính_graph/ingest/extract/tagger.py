"""Tag a sentence's tokens with gazetteer matches and person-name candidates.

Longest match first, left to right, so "Bộ Văn hóa, Thể thao và Du lịch" is one agency and
"Tổng Kiểm toán Nhà nước" one role. A match of an organisation or bloc followed by a locality
word ("tỉnh", "thành phố", …) is marked ``local`` and is never resolved to a central entity.
"""

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from nội_chính_graph.ingest.extract.districts import district_index
from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.patterns import (
    LOCAL_PHRASES,
    LOCAL_WORDS,
    NOT_PEOPLE,
    ORG_HEADS,
    SURNAMES,
    UNITS_IN_EACH_PROVINCE,
)
from nội_chính_graph.text.normalise import fold, is_vietnamese_syllable
from nội_chính_graph.text.sentences import Sentence
from nội_chính_graph.text.tokens import Token, keys_of, tokenize

_PRIORITY = (
    Kind.PERSON,
    Kind.BLOC,
    Kind.POST_ROLE,
    Kind.PARTY_ROLE,
    Kind.BLOC_ROLE,
    Kind.RANK,
    Kind.AGENCY,
    Kind.PARTY_ORGAN,
    Kind.ORGANISATION,
    Kind.FORCE,
    Kind.EVENT_KIND,
    Kind.MODIFIER,
    Kind.PLACE,
)


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens ``[i, j)`` of a sentence naming ``entities`` (empty for an unknown person name)."""

    kind: Kind
    entities: tuple[Entity, ...]
    i: int
    j: int
    text: str
    local: bool = False

    def of(self, *kinds: Kind) -> list[Entity]:
        """The candidate entities of the given kinds."""
        return [e for e in self.entities if e.kind in kinds]


@dataclass
class Tagged:
    """A sentence with its tokens and spans (``at[i]`` is the span starting at token ``i``)."""

    sentence: Sentence
    tokens: list[Token]
    spans: list[Span]
    at: dict[int, Span] = field(default_factory=dict)
    # the two-syllable words the graph's names write in sentence case (``Gazetteer.compounds``)
    compounds: Collection[tuple[str, str]] = frozenset()

    def word_goes_on(self, k: int) -> bool:
        """Whether the lower-case syllable at ``k`` ends a word of a name in sentence case that
        the capitalised syllable before it begins ("Biên| phòng", "Chính| trị")."""
        return (
            0 < k < len(self.tokens)
            and self.tokens[k - 1].is_capitalised
            and not self.tokens[k].is_capitalised
            and (self.tokens[k - 1].key, self.tokens[k].key) in self.compounds
        )

    def key(self, i: int) -> str:
        """Token key at ``i`` ('' past the end)."""
        return self.tokens[i].key if 0 <= i < len(self.tokens) else ""

    def surface(self, i: int, j: int) -> str:
        """The sentence text of tokens ``[i, j)``; when a line break (or a tab) is inside it,
        every run of white space is written as one space (a name broken over two lines is one
        name)."""
        if i >= j:
            return ""
        base = self.sentence.start
        text = self.sentence.text[self.tokens[i].start - base : self.tokens[j - 1].end - base]
        return " ".join(text.split()) if any(c.isspace() and c != " " for c in text) else text

    def char_start(self, i: int) -> int:
        """Offset of token ``i`` inside the sentence text."""
        return self.tokens[i].start - self.sentence.start


def is_local_after(tokens: list[Token], j: int) -> bool:
    """True when token ``j`` starts a locality phrase ("tỉnh", "thành phố", "Tỉnh ủy" …)."""
    if j >= len(tokens):
        return False
    pair = (tokens[j].key, tokens[j + 1].key if j + 1 < len(tokens) else "")
    if pair == ("xã", "hội"):
        return False  # "xã hội" (society), not a commune
    if pair == ("chi", "nhánh"):
        return is_local_after(tokens, j + 2)  # "Ngân hàng Nhà nước … chi nhánh tỉnh Hòa Bình"
    if pair[0] == "địa" and pair[1] != "phương":
        return False  # "trên địa bàn tỉnh Lào Cai": the place comes after "địa bàn"
    if pair[0] == "ủy":
        return False  # "ủy" goes on "Tỉnh ủy", it starts none ("Ủy ban Mặt trận …")
    return tokens[j].key in LOCAL_WORDS or pair in LOCAL_PHRASES


def local_extent(tokens: list[Token], j: int) -> int:
    """End of a locality phrase and the capitalised place name after it."""
    if [t.key for t in tokens[j : j + 2]] == ["chi", "nhánh"]:
        j += 2  # a branch in a province
    while j < len(tokens) and (tokens[j].key in LOCAL_WORDS or tokens[j].key == "phố"):
        if tokens[j].key == "địa" and (j + 1 >= len(tokens) or tokens[j + 1].key != "phương"):
            break  # "địa bàn" (an area) is no locality word; "địa phương" is
        j += 1
    if j > 0 and tokens[j - 1].key in _PROVINCE_WORDS and person_after_province(tokens, j):
        # "Tòa án nhân dân tỉnh Lê Văn Quỳnh – Khối phó", "Chủ tịch Ủy ban MTTQ Việt Nam TP
        # Nguyễn Lan Hương": the report's province or city, then a person
        return j
    start = j
    while j < len(tokens) and tokens[j].is_word and tokens[j].is_capitalised:
        if j - start >= 2 and person_after_province(tokens, j):
            break  # "Công an tỉnh Cao Bằng Nguyễn Văn An": the place, then a person
        if _headline_verb(tokens, j):
            break  # "Bộ CHQS tỉnh Tổng kết …": a headline's verb, capitalised, after the unit
        if rank_at(tokens, j):
            break  # "Giám đốc Công an tỉnh Thiếu tướng Nguyễn Văn Long": a rank, then a person
        j += 1
        j += _dashed_rest(tokens, start, j)
    return j


_RANK_FIRST = frozenset({"thiếu", "trung", "thượng", "đại"})
_RANK_SECOND = frozenset({"tướng", "tá", "úy", "uý"})


def rank_at(tokens: list[Token], j: int) -> bool:
    """Whether an officer's rank ("Thiếu tướng", "Đại tá", "Trung úy") starts at ``j``."""
    following = tokens[j + 1].key if j + 1 < len(tokens) else ""
    return tokens[j].key in _RANK_FIRST and following in _RANK_SECOND


# Provinces whose names are two names joined by a dash, by the words before and after it.
_DASHED_PROVINCES = {("bà", "rịa"): ("vũng", "tàu"), ("thừa", "thiên"): ("huế",)}


def _dashed_rest(tokens: list[Token], start: int, j: int) -> int:
    """How many tokens from ``j`` go on a province's name that has a dash in it ("Bà Rịa -
    Vũng Tàu", "Thừa Thiên – Huế"): the dash and the second name; 0 otherwise.

    >>> from nội_chính_graph.text.tokens import tokenize
    >>> tokens = tokenize("tỉnh Bà Rịa - Vũng Tàu tổ chức")
    >>> _dashed_rest(tokens, 1, 3), _dashed_rest(tokenize("tỉnh Nam Định - Khối"), 1, 3)
    (3, 0)
    """
    if j >= len(tokens) or tokens[j].text not in ("-", "–") or j - start != 2:
        return 0
    rest = _DASHED_PROVINCES.get((tokens[start].key, tokens[start + 1].key))
    after = tuple(t.key for t in tokens[j + 1 : j + 1 + len(rest or ())])
    return 1 + len(after) if rest is not None and after == rest else 0


# Capitalised words that open a headline's verb ("Tổng kết", "Sơ kết", "Ký kết", "Hội nghị"),
# never the first syllable of a place's name when a lowercase syllable follows them.
_HEADLINE_VERBS = frozenset({"tổng", "sơ", "ký", "kí", "hội", "triển", "tổ", "phát", "đại"})


# A headline's verbs and nouns in capitals ("… TỈNH HẢI DƯƠNG TỔNG KẾT NĂM 2023"), where the
# case of the words after them tells nothing.
_HEADLINE_PAIRS = frozenset(
    {
        *(("tổng", "kết"), ("sơ", "kết"), ("ký", "kết"), ("kí", "kết"), ("ký", "giao")),
        *(("hội", "nghị"), ("triển", "khai"), ("tổ", "chức"), ("phát", "động")),
        *(("đại", "hội"), ("giao", "lưu"), ("giao", "ước"), ("thi", "đua"), ("trực", "thuộc")),
    }
)


def _headline_verb(tokens: list[Token], j: int) -> bool:
    """Whether a headline's verb, capitalised, starts at ``j``: "Tổng kết …" before a word in
    lower case, or a verb of two words in capitals ("TỔNG KẾT"), or "NĂM 2023" in capitals."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    lower = following is not None and following.is_word and not following.is_capitalised
    return (tokens[j].key in _HEADLINE_VERBS and lower) or headline_in_capitals(tokens, j)


def headline_in_capitals(tokens: list[Token], j: int) -> bool:
    """Whether a headline's verb or noun of two words in capitals ("TỔNG KẾT", "KÝ GIAO ƯỚC")
    or its year ("NĂM 2023") starts at ``j``."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    if following is None or not following.is_word:
        return False
    capitals = len(tokens[j].text) > 1 and tokens[j].text.isupper()
    if capitals and tokens[j].key == "năm" and following.key.isdigit():
        return True  # "… TỈNH HẢI DƯƠNG NĂM 2023" (but "huyện Năm Căn")
    return (
        capitals and following.text.isupper() and (tokens[j].key, following.key) in _HEADLINE_PAIRS
    )


# The last word of a province's or city's kind ("tỉnh", "TP", "thành phố"), after which a
# person's full name is no place's.
_PROVINCE_WORDS = frozenset({"tỉnh", "tp", "phố"})
# The places whose Party committee is named "<place> ủy" ("Tỉnh ủy", "Quận ủy Hoàng Mai").
_COMMITTEE_PLACES = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})


def person_after_province(tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words after "tỉnh" at ``j`` are a person's full name, not the
    province's: a surname and two or more syllables (no province's name is such a run, but
    "Hồ Chí Minh", which is a city)."""
    k = j
    while k < len(tokens) and k - j < 5 and tokens[k].is_word and tokens[k].is_capitalised:
        k += 1
    run = tuple(t.key for t in tokens[j:k])
    return 3 <= len(run) <= 4 and run[0] in SURNAMES and run not in NOT_PEOPLE


def name_length(tokens: list[Token], i: int, gazetteer: Gazetteer, *, cued: bool = False) -> int:
    """Length of a person name at ``i``: a surname then 1–3 capitalised syllables, else 0.

    After a cue that only a person follows (a rank, "ông", "bà", "đồng chí") any run of two
    to six capitalised syllables is a name, whatever its first syllable: rare surnames and the
    names of ethnic minorities ("Y Thanh Hà Niê Kđăm", "Lò Văn Puốn") are outside the list.
    """
    if not tokens[i].is_capitalised or not tokens[i].is_word or not _syllable(tokens[i]):
        return 0
    if cued and tokens[i].key not in SURNAMES:
        j = i
        while j < len(tokens) and j - i < 6 and _name_syllable(tokens[j]):
            j += 1
        if j - i == 1 and re.search(r"\w['’]\w", tokens[i].text):
            return 1  # "ông K'Bron": one syllable with its prefix, a whole K'Ho name
        return j - i if j - i >= 2 else 0
    if tokens[i].key not in SURNAMES:
        return 0
    if i > 0 and tokens[i - 1].key == "số" and re.fullmatch(r"[IVXL]+", tokens[i].text):
        return 0  # "Cụm thi đua số VI Bộ …": a Roman number, not Ms Vi
    if tuple(t.key for t in tokens[i : i + 3]) in _ORG_NOT_NAME:
        return 0  # "Đoàn đại biểu Quốc hội", "Đoàn Đại biểu …": a delegation, not Mr Đoàn
    committee = i > 1 and tokens[i - 1].key == "ủy" and tokens[i - 2].key in _COMMITTEE_PLACES
    if tokens[i].key == "đoàn" and i > 0 and tokens[i - 1].key in _COMMITTEE_PLACES:
        return 0  # "Tỉnh Đoàn Đồng Nai", "Huyện Đoàn Krông Pắc": the Youth Union's, not Mr Đoàn
    if committee and not person_after_province(tokens, i):
        return 0  # "Quận ủy Hoàng Mai", "Huyện ủy Hoàng Su Phì": the committee's place
    if (
        i > 0
        and tokens[i - 1].key in _PLACE_BEFORE
        and not (
            tokens[i - 1].key in _PROVINCE_WORDS  # "… TP Nguyễn Lan Hương": the city's
            and person_after_province(tokens, i)
            and not gazetteer.longest([t.key for t in tokens], i, [Kind.PLACE])[0]
        )
    ):
        return 0  # "tỉnh Cao Bằng", "TP Hà Nội": a place, not a person
    if i > 1 and tokens[i - 1].key in _DIRECTIONS and tokens[i - 2].key in _PLACE_BEFORE:
        return 0  # "quận Bắc Từ Liêm", "huyện Nam Từ Liêm": a place
    if (
        i > 1
        and tokens[i - 2].key in _PLACE_BEFORE
        and tokens[i - 1].is_capitalised
        and _is_district_name([tokens[i - 1].key, tokens[i].key])
    ):
        return 0  # "huyện Kiên Lương Lâm Thị Xinh": the district's second syllable, not Mr Lương
    if _capitalised_run(tokens, i) > 4:
        return 0  # "Viện … Kỹ thuật Nông Lâm Nghiệp Tây Nguyên": a name's words, not Mr Nông
    if (
        i > 0
        and tokens[i - 1].is_capitalised
        and tokens[i - 1].key not in _PERSON_CUES  # "Bà Bế Thị Hồng" (though "Ba Bể" is one)
        and _is_district_name([tokens[i - 1].key, tokens[i].key])
    ):
        return 0  # "Hạt Kiểm lâm Mai Châu Nguyễn Văn An": the district's name, not Mr Châu
    j = i + 1
    while j < len(tokens) and j - i < 4 and _name_syllable(tokens[j]):
        if j > i + 1 and gazetteer.longest([t.key for t in tokens], j, _NON_PERSON)[0] > 1:
            break
        if j > i + 1 and caption_verb(tokens, j):
            break  # "… Hồ Huy Thành - Giám đốc Sở … Hà Tinh Chủ trì hội nghị": a caption's verb
        if _place_word_at(tokens, j):
            break  # "Trường Đại học Hùng Vương Thành phố Hồ Chí Minh": no Mr Vương Thành
        j += 1
    two = not cued and j - i == 2
    if two and fold(" ".join(t.key for t in tokens[i:j])) in gazetteer.folded_places:
        return 0  # "Sở Tư pháp Hà Tinh": a province misspelt, not a person
    return j - i if j - i >= 2 else 0


# A kind of place written capitalised ("Thành phố", "Thị xã", "Thị trấn"): its first syllable
# is no syllable of a person's name.
_PLACE_WORD_ENDS = {"thành": ("phố",), "thị": ("xã", "trấn")}


def _place_word_at(tokens: list[Token], j: int) -> bool:
    """Whether a kind of place written with a capital starts at token ``j``."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    ends = _PLACE_WORD_ENDS.get(tokens[j].key)
    return following is not None and ends is not None and following.key in ends


# Capitalised verbs a caption writes after a name ("Chủ trì", "Phát biểu"), never the last
# syllable of a name when the lower-case syllable after them follows.
_NAME_VERBS = {"chủ": "trì", "phát": "biểu", "trao": "tặng", "tặng": "hoa", "tổng": "kết"}


def caption_verb(tokens: list[Token], j: int) -> bool:
    """Whether a capitalised verb a caption writes after a name starts at ``j``."""
    following = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        following is not None
        and not following.is_capitalised
        and _NAME_VERBS.get(tokens[j].key) == following.key
    )


_VOWELS = frozenset("aeiouy")


def _syllable(token: Token) -> bool:
    """Whether a token can be a syllable of a name: every Vietnamese syllable has a vowel, so
    "ĐBQH", "TTXVN" or "HĐND" never is one (folded: "Kđăm" → "kdam")."""
    return any(c in _VOWELS for c in fold(token.text))


# Words that start a title, at which a run of capitalised syllables after a name stops
# ("Nguyễn Văn An Phó Chủ tịch …" in a caption without a comma).
_TITLE_STARTS = frozenset(
    {"phó", "chủ", "giám", "bí", "trưởng", "tổng", "thứ", "bộ", "ủy", "uỷ", "chánh", "viện", "cục"}
)


def _capitalised_run(tokens: list[Token], i: int) -> int:
    """How many capitalised syllables run from ``i``, up to a title's first word."""
    j = i
    while j < len(tokens) and _name_syllable(tokens[j]):
        if j > i and tokens[j].key in _TITLE_STARTS:
            break
        j += 1
    return j - i


def _name_syllable(token: Token) -> bool:
    return token.is_word and token.is_capitalised and _syllable(token)


# Surname-initial words that open an organisation's name.
_ORG_NOT_NAME = frozenset(
    {
        ("đoàn", "đại", "biểu"),
        ("đoàn", "thanh", "niên"),  # the Youth Union ("Ban Tổ chức Đoàn Thanh niên Bộ X")
    }
)
# Words only a person's name follows.
_PERSON_CUES = frozenset({"ông", "bà", "chí", "đ/c"})
# Words after which a capitalised name is a place: "tỉnh Hà Giang", "huyện Lâm Hà", "TP Hà Nội".
_PLACE_BEFORE = frozenset(
    {"tỉnh", "phố", "tp", "tp.", "huyện", "quận", "xã", "phường", "trấn", "thị", "tại", "ở"}
)
_NON_PERSON = [k for k in _PRIORITY if k is not Kind.PERSON]
# Words of direction that open a place's name ("Bắc Từ Liêm", "Nam Trà My").
_DIRECTIONS = frozenset({"bắc", "nam", "đông", "tây"})


_HEADS = tuple(tuple(h.split()) for h in ORG_HEADS)
# "Hội nghị" is a meeting and "Hội trường" a hall, not an association ("Hội").
_NOT_ORGS = frozenset(
    {
        ("hội", "nghị"),
        ("hội", "thảo"),
        ("hội", "thi"),
        ("hội", "trường"),
        ("hội", "diễn"),
        ("hội", "thao"),  # a sports meet
        ("hội", "trại"),
        ("hội", "chợ"),
        ("đoàn", "công"),
        ("đoàn", "kết"),
        ("trường", "hợp"),
        ("khoa", "học"),  # science, not a faculty
        ("khoa", "giáo"),  # "Ban Khoa giáo": science and education, a sector
        ("đoàn", "thể"),  # mass organisations, a sector ("Vụ … Địa phương và Đoàn thể")
    }
)


def is_acronym(text: str) -> bool:
    """Whether a token is an abbreviation in capitals ("CHQS", "PCCC", "TT&DL").

    >>> is_acronym("PCCC"), is_acronym("TT&DL"), is_acronym("Sở")
    (True, True, False)
    """
    letters = text.replace("&", "")  # "TT&DL"
    return len(text) >= 2 and letters.isalpha() and text.isupper()


def is_company_acronym(text: str) -> bool:
    """Whether a token is an acronym of three letters or more, letters only, as a company is
    known by ("THACO", "BIDV", "VNPT"), not "TT&DL" nor "Sở".

    >>> is_company_acronym("BIDV"), is_company_acronym("TT&DL"), is_company_acronym("UB")
    (True, False, False)
    """
    return len(text) >= 3 and text.isalpha() and is_acronym(text)


# Words that head a unit's name only when capitalised before a capitalised name or a number
# ("Phòng Tư pháp", "Đội Quản lý thị trường số 3", "Tiểu đoàn 2"); in lower case they are
# common words ("phòng chống", "đội ngũ").
CAPITALISED_HEADS = (("phòng",), ("đội",), ("tiểu", "đoàn"), ("đại", "đội"), ("trạm",), ("hạt",))


def capitalised_head_at(tagged: Tagged, k: int) -> bool:
    """Whether a department or a team starts at ``k``: a head of ``CAPITALISED_HEADS`` and a
    name in capitals ("Phòng Văn hóa và Thông tin", "Đội Kiểm lâm cơ động"), or a number after a
    head of two words ("Đại đội 1"; a bare "Phòng 9" names no body); not "Bộ Quốc phòng" nor
    "đội ngũ"."""
    head = next((h for h in CAPITALISED_HEADS if tagged.key(k) == h[0]), None)
    if head is None or not tagged.tokens[k].is_capitalised:
        return False
    if tuple(tagged.key(m) for m in range(k, k + len(head))) != head:
        return False
    after = k + len(head)
    following = tagged.tokens[after] if after < len(tagged.tokens) else None
    numbered = following is not None and following.text.isdigit() and len(head) == 2
    return following is not None and (
        (following.is_word and following.is_capitalised) or numbered  # not a bare "Phòng 9"
    )


def region_after(tagged: Tagged, j: int) -> tuple[int, int] | None:
    """The region a unit's name ends with after ``j`` ("Kho bạc Nhà nước| khu vực V", "Chi cục
    Dự trữ Nhà nước (DTNN)| khu vực I", "Cục Hải quan| khu vực Hà Nội"): where "khu vực" begins
    and where the region's number or capitalised name ends; None when no region follows."""
    k = j
    if tagged.key(k) == "(" and tagged.key(k + 2) == ")" and is_acronym(tagged.tokens[k + 1].text):
        k += 3  # the unit's abbreviation, defined before its region
    if (tagged.key(k), tagged.key(k + 1)) != ("khu", "vực") or k + 2 >= len(tagged.tokens):
        return None
    if re.fullmatch(r"\d{1,2}|[IVX]{1,4}", tagged.tokens[k + 2].text):
        return k, k + 3  # "khu vực I", "khu vực 3"
    end = k + 2
    while end < len(tagged.tokens) and end - k < 6:
        span = tagged.at.get(end)
        if span is not None and span.kind is Kind.PERSON:
            break  # "… khu vực V Nguyễn Văn An": then the person
        if not (tagged.tokens[end].is_word and tagged.tokens[end].is_capitalised):
            break
        end += 1  # "khu vực Nam Tây Nguyên"
    return (k, end) if end > k + 2 else None


def span_covering(tagged: Tagged, k: int) -> Span | None:
    """The span the tagger read that token ``k`` is inside, or None."""
    return next((s for s in tagged.spans if s.i <= k < s.j), None)


def brand_at(tagged: Tagged, k: int) -> bool:
    """Whether a company's branch named by its brand starts at ``k``: a capitalised word no
    Vietnamese syllable spells, outside every span the tagger read, then "chi nhánh", a place
    or a place word ("Agribank chi nhánh An Giang", "Viettel Bến Tre"; a brand is no place,
    no person and no unit head)."""
    token = tagged.tokens[k] if 0 <= k < len(tagged.tokens) else None
    if token is None or len(token.text) < 4 or not token.is_capitalised:
        return False
    if is_vietnamese_syllable(token.text) or k + 1 >= len(tagged.tokens):
        return False
    if span_covering(tagged, k) is not None:
        return False
    place = tagged.at.get(k + 1)
    placed = place is not None and place.kind is Kind.PLACE
    return placed or tagged.key(k + 1) == "chi" or is_local_after(tagged.tokens, k + 1)


def org_head_at(keys: Sequence[str], k: int) -> bool:
    """Whether an organisation's name may start at ``keys[k]`` ("Sở …", "Hội …", "Cục …").

    >>> org_head_at(["hội", "nông", "dân"], 0), org_head_at(["hội", "nghị"], 0)
    (True, False)

    "Bộ" that ends a region's name is no ministry ("khu vực Đông Nam Bộ"):

    >>> org_head_at(["đông", "nam", "bộ"], 2), org_head_at(["và", "bộ", "công", "an"], 1)
    (False, True)
    """
    if tuple(keys[k : k + 2]) in _NOT_ORGS or _second_half(keys, k) or _region_end(keys, k):
        return False
    return any(tuple(keys[k : k + len(h)]) == h for h in _HEADS)


def _second_half(keys: Sequence[str], k: int) -> bool:
    """Whether "Truyền hình" at ``k`` ends "Phát thanh và (-) Truyền hình", a station's name."""
    return tuple(keys[k : k + 2]) == ("truyền", "hình") and k > 0 and keys[k - 1] in _JOINERS


_JOINERS = frozenset({"và", "thanh", "-", "–", "&", "/"})


def _region_end(keys: Sequence[str], k: int) -> bool:
    """Whether "Bộ" at ``k`` ends a region's name: "Bắc Bộ", "Nam Trung Bộ", "Tây Nam Bộ"."""
    return keys[k : k + 1] == ["bộ"] and k > 0 and keys[k - 1] in {"bắc", "nam", "trung"}


def org_head_length(keys: Sequence[str], k: int) -> int:
    """The length of the longest organisation head word at ``keys[k]`` (0 when none).

    >>> org_head_length(["liên", "hiệp", "hội", "hà", "nội"], 0)
    3
    """
    if tuple(keys[k : k + 2]) in _NOT_ORGS or _second_half(keys, k) or _region_end(keys, k):
        return 0
    return max((len(h) for h in _HEADS if tuple(keys[k : k + len(h)]) == h), default=0)


# Lower-case words that go on naming a unit after its place ("xã A, huyện B", "tỉnh C").
PLACE_GOES_ON = frozenset({"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "phường"})


def past_place(tokens: Sequence[Token], j: int, end: int) -> bool:
    """Whether the lower-case word at ``end`` follows the place a unit's name begun at ``j``
    has named ("Sở Tư pháp tỉnh Tuyên Quang *thời* gian qua"): a unit's name ends with its
    place, unless a place word goes on ("… xã A huyện B").

    >>> words = tokenize("Sở Tư pháp tỉnh Tuyên Quang thời gian qua")
    >>> past_place(words, 0, 6), past_place(words, 0, 3)
    (True, False)
    >>> past_place(tokenize("Liên hiệp Hợp tác xã Thương mại Thành phố"), 0, 6)
    False
    """
    token = tokens[end]
    if not token.is_word or token.is_capitalised or token.key in PLACE_GOES_ON:
        return False
    k = end - 1
    while k > j and tokens[k].is_capitalised:
        k -= 1
    cooperative = tokens[k].key == "xã" and tokens[k - 1].key == "tác"  # "Hợp tác xã", no commune
    return k < end - 1 and tokens[k].key in PLACE_GOES_ON and not cooperative


# Words a sector name follows in an organisation's name ("Sở Y tế", "Thanh tra Bộ Tư pháp").
_SECTOR_HEADS = frozenset({"sở", "bộ", "phòng"})


def past_sector(keys: Sequence[str], k: int, gazetteer: Gazetteer) -> int:
    """``k``, or the end of a sector name at ``k`` after "Sở", "Bộ" or "Phòng": inside "Sở Văn
    hóa, Thể thao và Du lịch" neither the comma nor "và" ends the name."""
    if 0 < k < len(keys) and keys[k - 1] in _SECTOR_HEADS:
        return k + gazetteer.sector_length(keys, k)
    return k


def tag(sentence: Sentence, gazetteer: Gazetteer) -> Tagged:
    """Tag ``sentence``.

    >>> from nội_chính_graph.text.cleanup import clean
    >>> from nội_chính_graph.text.sentences import split_sentences
    >>> s = split_sentences(clean("Thượng tướng Trần Quốc Tỏ phát biểu."))[0]
    >>> [(sp.kind.value, sp.text) for sp in tag(s, Gazetteer()).spans]
    [('person', 'Trần Quốc Tỏ')]
    """
    tokens = tokenize(sentence.text, sentence.start)
    keys = [t.key for t in tokens]
    tagged = Tagged(sentence, tokens, [], compounds=gazetteer.compounds)
    i = 0
    while i < len(tokens):
        span = _span_at(tagged, keys, i, gazetteer)
        if span is None:
            i += 1
            continue
        tagged.spans.append(span)
        tagged.at[span.i] = span
        i = span.j
    return tagged


def _without_glosses(tokens: list[Token], i: int) -> tuple[list[str], list[int]]:
    """Keys from ``i`` on with the abbreviations glossed in parentheses left out, and the token
    index of each kept key: "Ủy ban Trung ương (UBTƯ) Mặt trận Tổ quốc (MTTQ) Việt Nam"."""
    keys: list[str] = []
    where: list[int] = []
    k = i
    while k < len(tokens):
        gloss = (
            tokens[k].key == "("
            and k + 2 < len(tokens)
            and tokens[k + 2].key == ")"
            and tokens[k + 1].text.isupper()
            and len(tokens[k + 1].text) >= 2
        )
        if gloss and keys:
            k += 3
            continue
        keys.append(tokens[k].key)
        where.append(k)
        k += 1
    return keys, where


def _longest(
    tokens: list[Token], keys: list[str], i: int, gazetteer: Gazetteer
) -> tuple[int, list[Entity]]:
    """The longest gazetteer match at ``i``, reading through glossed abbreviations."""
    length, found = gazetteer.longest(keys, i)
    if "(" not in keys[i + 1 : i + gazetteer.max_length + 6]:
        return length, found
    clean, where = _without_glosses(tokens, i)
    plain, hits = gazetteer.longest(clean, 0)
    if plain and where[plain - 1] + 1 > i + length:
        return where[plain - 1] + 1 - i, hits
    return length, found


# The heads of ``UNITS_IN_EACH_PROVINCE``, as keys.
PROVINCIAL_UNIT_HEADS = tuple(keys_of(h) for h in UNITS_IN_EACH_PROVINCE)


def names_provincial_unit(keys: Sequence[str]) -> bool:
    """Whether a name begins with the head of a state unit there is one of in each province
    ("Kho bạc Nhà nước …", "Sở …", "Hội …")."""
    return any(tuple(keys[: len(head)]) == head for head in PROVINCIAL_UNIT_HEADS)


def _province_named_after(
    tagged: Tagged, keys: list[str], i: int, length: int, gazetteer: Gazetteer
) -> bool:
    """Whether a known body with a unit in each province, named at ``i``, is followed by a
    province's bare name: "Kho bạc Nhà nước Bắc Giang", "Cục Thuế Hà Nam" are the province's
    units, not the central body."""
    if not names_provincial_unit(keys[i : i + length]):
        return False
    j = i + length
    if j >= len(keys) or not tagged.tokens[j].is_capitalised:
        return False
    place, found = gazetteer.longest(keys, j)
    return place > 0 and any(e.kind is Kind.PLACE for e in found)


def _district_after_head(keys: list[str], i: int, names: int) -> bool:
    """Whether the name of ``names`` words at ``i`` is a district's ("Quan Sơn", "Lê Chân")
    written right after the head of a unit a district has ("Chi cục", "Công an", "Phòng")."""
    after_head = any(tuple(keys[i - len(h) : i]) == h for h in _DISTRICT_UNIT_HEADS)
    return after_head and _is_district_name(keys[i : i + names])


def _is_district_name(keys: Sequence[str]) -> bool:
    """Whether ``keys`` are a district's name in the shipped table ("kiên lương")."""
    return fold(" ".join(keys)) in district_index().kinds


# Heads of the units every district has, which a district's bare name may follow.
_DISTRICT_UNIT_HEADS = tuple(
    keys_of(h) for h in ("chi cục", "công an", "phòng", "hội", "trung tâm", "ban", "đội")
)


def _titled_list_item(tokens: list[Token], keys: list[str], i: int, gazetteer: Gazetteer) -> bool:
    """Whether a list item opens at ``i`` with a name, then a dash or comma and a title ("…
    các đồng chí: Y Mửi - Phó Bí thư Thường trực Tỉnh ủy; Kring Ba - Ủy viên …"): the name
    of a person, whatever its first syllable (names of the Central Highlands' peoples)."""
    if i == 0 or keys[i - 1] not in {":", ";"} or keys[i] in SURNAMES:
        return False  # a sentence's first word ("Có Nguyễn Văn A, …"); a surname reads as such
    if keys[i] in _PERSON_CUES | {"đồng", "các"}:
        return False  # "…; Ông Lê Văn A - Giám đốc …": the honorific cues the name after it
    j = i
    while j < len(tokens) and j - i < 4 and _name_syllable(tokens[j]):
        j += 1
    if j - i < 2 or j + 1 >= len(tokens) or keys[j] not in {"-", "–", ","}:
        return False
    if gazetteer.longest(keys, i, _NON_PERSON)[0]:
        return False  # a place or a body listed, not a person
    titled, _ = gazetteer.longest(keys, j + 1, [Kind.POST_ROLE, Kind.PARTY_ROLE])
    return titled > 0


# First syllables of words whose second is "vụ" ("nhiệm vụ", a task; "phục vụ", to serve): "vụ"
# after them opens no department ("Vụ …") or title ("Vụ trưởng").
_WORDS_ENDING_IN_VU = frozenset(
    {"nhiệm", "phục", "nghĩa", "dịch", "nghiệp", "chức", "thời", "công"}
)


def _inside_a_units_name(tagged: Tagged, keys: list[str], i: int) -> bool:
    """Whether token ``i`` goes on the name of a unit begun by a capitalised head a few words
    before, with no title between ("Trường Cao đẳng Y tế | Bạch Mai"), not a title's name."""
    previous = tagged.spans[-1] if tagged.spans else None
    if previous is not None and previous.j == i:
        return False  # "Phó Hiệu trưởng | Lê Hùng", "… tỉnh Hà Nam | Lê Hùng": after a span
    for b in range(i - 1, max(-1, i - 7), -1):
        if not tagged.tokens[b].is_word:
            return False
        if org_head_at(keys, b) and tagged.tokens[b].is_capitalised:
            return not any(s.kind is Kind.POST_ROLE and b < s.j <= i for s in tagged.spans)
    return False


def _span_at(tagged: Tagged, keys: list[str], i: int, gazetteer: Gazetteer) -> Span | None:
    tokens = tagged.tokens
    if keys[i : i + 2] == ["thành", "viên"] and i > 0 and keys[i - 1] in {"một", "hai"}:
        return None  # "Công ty TNHH Một thành viên …": a company's legal form, not a member
    if (
        keys[i] == "vụ"
        and i > 0
        and keys[i - 1] in _WORDS_ENDING_IN_VU
        # (but "giữ chức Vụ trưởng": a capital after a word in lower case starts a title)
        and not (tokens[i].is_capitalised and not tokens[i - 1].is_capitalised)
    ):
        return None  # "nhiệm vụ Trưởng khối" (the task of the bloc's leader): no "Vụ trưởng"
    if keys[i : i + 2] == ["chủ", "tịch"] and (
        keys[i + 2 : i + 5] == ["hồ", "chí", "minh"] or (i > 0 and keys[i - 1] == "phủ")
    ):
        # "Khu Di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch": President Hồ Chí Minh and the
        # Presidential Palace in a unit's name, no post
        return None
    length, found = _longest(tokens, keys, i, gazetteer)
    if length and i > 0 and keys[i - 1] == "chi" and any(e.kind in ORGANISATIONS for e in found):
        return None  # "Chi cục Hải quan tỉnh X": a branch, not the known "Cục Hải quan"
    previous = tagged.spans[-1] if tagged.spans else None
    cued = (
        (i > 0 and keys[i - 1] in _PERSON_CUES)
        or (previous is not None and previous.j == i and previous.kind is Kind.RANK)
        or _titled_list_item(tokens, keys, i, gazetteer)
    )
    names = name_length(tokens, i, gazetteer, cued=cued)
    if tuple(keys[i : i + names]) in NOT_PEOPLE:
        names = 0
    if names and not cued and _district_after_head(keys, i, names):
        names = 0  # "Chi cục trưởng Chi cục Quan Sơn": the district of a unit, not a person
    if names == 2 and not cued and _inside_a_units_name(tagged, keys, i):
        names = 0  # "Bệnh viện Bạch Mai", "… Y tế Bạch Mai": two syllables end a unit's name
    if names > length:
        # a longer name than any known one: "Nguyễn Thị Minh Hạnh" is not the graph's "Nguyễn
        # Thị Minh" (whom an earlier report may have minted from a name it cut)
        return Span(Kind.PERSON, (), i, i + names, tagged.surface(i, i + names))
    if not length:
        return None
    kind = min((e.kind for e in found), key=_PRIORITY.index)
    local = kind in ORGANISATIONS | {Kind.BLOC} and (
        is_local_after(tokens, i + length)
        or (kind in ORGANISATIONS and _province_named_after(tagged, keys, i, length, gazetteer))
    )
    ordered = tuple(sorted(found, key=lambda e: _PRIORITY.index(e.kind)))
    return Span(kind, ordered, i, i + length, tagged.surface(i, i + length), local)


__all__ = [
    "PLACE_GOES_ON",
    "PROVINCIAL_UNIT_HEADS",
    "Span",
    "Tagged",
    "caption_verb",
    "is_acronym",
    "is_company_acronym",
    "is_local_after",
    "local_extent",
    "name_length",
    "names_provincial_unit",
    "org_head_at",
    "org_head_length",
    "past_place",
    "past_sector",
    "person_after_province",
    "rank_at",
    "tag",
]
