"""Names of organisations as the press abbreviates them, written out for minted entities."""

import re
from collections.abc import Iterable
from urllib.parse import urlparse

from nội_chính_graph.ingest.extract.outlets import outlet_province
from nội_chính_graph.ingest.extract.patterns import CITY_FORMS, LABEL_EXPANSIONS, SURNAMES
from nội_chính_graph.text import slugify
from nội_chính_graph.text.normalise import fold
from nội_chính_graph.text.tokens import Token, keys_of, tokenize

# The centrally-run cities (thành phố trực thuộc trung ương), the rest being provinces (tỉnh).
CITIES = frozenset(
    keys_of(c) for c in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")
)
_POLICE_OF_PLACE = re.compile(
    r"^Công an (?!tỉnh|thành phố|huyện|quận|nhân dân|xã|phường|Trung ương)"
    r"([A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]\w*(?: [A-ZĐ]\w*){0,3})$"
)


def expand_city(text: str) -> str:
    """ "TP.HCM", "TP Hà Nội" → "thành phố Hồ Chí Minh", "thành phố Hà Nội" (one spelling, one
    IRI).

    >>> expand_city("Công an TP.HCM và Công an TP Hà Nội")
    'Công an thành phố Hồ Chí Minh và Công an thành phố Hà Nội'
    """
    for pattern, full in CITY_FORMS:
        text = pattern.sub(full, text)
    return text


# A body's term written after its name: "nhiệm kỳ 2020 - 2025", "khóa X", "khoá XV".
_TERM = re.compile(
    r"[\s,]+(?:nhiệm kỳ\s+\d{4}(?:\s*[-–]\s*\d{4})?|kh(?:óa|oá)\s+(?:[IVXLC]+|\d{1,2}))\b.*$",
    re.IGNORECASE,
)


def without_term(label: str) -> str:
    """A body's name without the term written after it: the Party committee of 2020–2025 is
    the committee, and its term no part of its name.

    >>> without_term("Tỉnh ủy Bình Dương nhiệm kỳ 2020-2025")
    'Tỉnh ủy Bình Dương'
    >>> without_term("Hội đồng nhân dân tỉnh khóa X")
    'Hội đồng nhân dân tỉnh'
    >>> without_term("Trường Đại học Khoa học")  # "Khoa" is no term
    'Trường Đại học Khoa học'
    """
    return _TERM.sub("", label)


def expand_label(label: str) -> str:
    """A minted organisation's label with place abbreviations written out.

    >>> expand_label("Công an TP HCM"), expand_label("Công an TP. Hà Nội")
    ('Công an thành phố Hồ Chí Minh', 'Công an thành phố Hà Nội')
    >>> expand_label("TW Hội Chữ thập đỏ")
    'Trung ương Hội Chữ thập đỏ Việt Nam'

    An acronym defined inside the name is dropped:

    >>> expand_label("Hội Cựu chiến binh (CCB) Việt Nam")
    'Hội Cựu chiến binh Việt Nam'
    """
    label = without_definitions(label)
    label = expand_city(label)
    for pattern, full in LABEL_EXPANSIONS:
        label = pattern.sub(full, label)
    bare = _POLICE_OF_PLACE.match(label)
    if bare is not None:  # "Công an Bình Phước" is the police of the province
        place = bare.group(1)
        unit = "thành phố" if keys_of(place) in CITIES else "tỉnh"
        label = f"Công an {unit} {place}"
    if _CENTRAL_OF_ASSOCIATION.fullmatch(label) and not label.endswith("Việt Nam"):
        label += " Việt Nam"  # "Trung ương Hội Chữ thập đỏ": of the national association
    return label


_DEFINED = re.compile(r"\s*\(([A-ZĐ]{2,8})\)")


def without_definitions(label: str) -> str:
    """``label`` without the acronyms it defines in parentheses ("Hội Cựu chiến binh (CCB)"),
    an acronym being the initials of the words right before it."""
    for found in reversed(list(_DEFINED.finditer(label))):
        acronym = fold(found.group(1))
        words = [w for w in label[: found.start()].split() if fold(w) != "va"]
        initials = "".join(fold(w)[:1] for w in words[-len(acronym) :])
        if len(words) >= len(acronym) and initials == acronym:
            label = label[: found.start()] + label[found.end() :]
    return label


# "Trung ương Hội Nông dân": the central committee of a national association ("… Việt Nam")
_CENTRAL_OF_ASSOCIATION = re.compile(r"Trung ương Hội(?: [A-ZĐ]\w*(?: \w+){0,4})")


_ACRONYM = re.compile(r"(?<!\w)([A-ZĐ]{2,6})(?!\w)")


def _glossed(acronym: str, text: str) -> str | None:
    """The words the text glosses ``acronym`` with, "Hội Nhà báo (HNB)", when their initials
    spell it and the text glosses it one way only.

    >>> _glossed("HNB", "Cụm thi đua Hội Nhà báo (HNB) các tỉnh")
    'Hội Nhà báo'
    """
    words = r"\s+".join(r"(\w+)" for _ in acronym)
    found = {
        " ".join(m.groups())
        for m in re.finditer(rf"(?<!\w){words}\s*\(\s*{re.escape(acronym)}\s*\)", text)
        if all(g[0].upper() == c for g, c in zip(m.groups(), acronym, strict=True))
    }
    return next(iter(found)) if len(found) == 1 else None


def expand_acronyms(label: str, text: str) -> str:
    """An organisation's label with an acronym the report does not gloss written out from the
    words of the report it abbreviates: "Hội CTĐ tỉnh" in a text that also writes "Hội Chữ thập
    đỏ tỉnh …" is "Hội Chữ thập đỏ tỉnh". The words must follow the same word as the acronym
    does, and their initials must spell it; an acronym with two such readings is left as is.

    >>> expand_acronyms("Hội CTĐ tỉnh", "Hội Chữ thập đỏ tỉnh chủ trì. Chủ tịch Hội CTĐ tỉnh")
    'Hội Chữ thập đỏ tỉnh'
    >>> expand_acronyms("Hội CCB tỉnh", "Hội Chữ thập đỏ tỉnh chủ trì.")
    'Hội CCB tỉnh'

    A Roman number is no acronym, and a reading that holds the acronym again is none:

    >>> expand_acronyms("Trung tâm Lưu trữ quốc gia IV", "Trung tâm Lưu trữ quốc gia IV và Sở")
    'Trung tâm Lưu trữ quốc gia IV'
    >>> expand_acronyms("Sở KH tỉnh", "Sở KH Hà Nội")
    'Sở KH tỉnh'
    """
    for match in _ACRONYM.finditer(label):
        acronym = match.group(1)
        if re.fullmatch(r"[IVXLC]+", acronym):
            continue  # "Trung tâm Lưu trữ quốc gia IV": a Roman number, no acronym
        before = label[: match.start()].split()
        if not before:
            glossed = _glossed(acronym, text)
            if glossed is not None:  # "HNB tỉnh X" where the text says "Hội Nhà báo (HNB)"
                return expand_acronyms(glossed + label[match.end() :], text)
            continue
        words = r"\s+".join(rf"({re.escape(c)}\w*)" for c in acronym)
        found = {
            " ".join(m.groups())
            for m in re.finditer(rf"(?<!\w){re.escape(before[-1])}\s+{words}(?!\w)", text, re.I)
            if all(g[0].upper() == c for g, c in zip(m.groups(), acronym, strict=True))
        }
        if len(found) == 1 and acronym not in (written := next(iter(found))).split():
            return expand_acronyms(label[: match.start()] + written + label[match.end() :], text)
    return label


def place_of(label: str) -> str | None:
    """The province or city a unit's label names ("Công an TP Hà Nội" → "Hà Nội").

    >>> place_of("Công an TP Hà Nội"), place_of("Bộ Công an")
    ('Hà Nội', None)
    >>> place_of("Đại học Quốc gia Thành phố Hồ Chí Minh")
    'Hồ Chí Minh'
    >>> place_of("Tỉnh Đoàn Bình Dương"), place_of("Tỉnh Đoàn")
    ('Bình Dương', None)
    """
    match = _PLACE.search(expand_label(label))
    return match.group(2) if match else None


# Words in a sector's outlet's host name and the unit that sector has in each place: a
# veterans' association's site ("cuuchienbinh.vn") reports on its provincial associations.
_SECTOR_HOSTS = (
    (("cuuchienbinh", "hoiccb"), "Hội Cựu chiến binh"),
    (("hoinongdan",), "Hội Nông dân"),
    (("baohiemxahoi", "bhxh"), "Bảo hiểm xã hội"),
    (("mattran", "mttq"), "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (("congdoan", "ldld"), "Liên đoàn Lao động"),
    (("hoiluatgia",), "Hội Luật gia"),
    (("chuthapdo", "redcross"), "Hội Chữ thập đỏ"),
    (("hoinhabao",), "Hội Nhà báo"),
    (("hoilhpn", "phunu"), "Hội Liên hiệp Phụ nữ"),
    (("khuyenhoc",), "Hội Khuyến học"),
    (("lienminhhtx", "lmhtx"), "Liên minh Hợp tác xã"),
    (("vksnd", "kiemsat"), "Viện kiểm sát nhân dân"),
    (("toaan",), "Tòa án nhân dân"),
    (("congan",), "Công an"),
)


def sector_of_url(url: str | None) -> str | None:
    """The unit each place has in the sector whose outlet ``url`` is (by words of its host
    name), or None; the last resort for bare places a list gives (see ``collect_blocs``).

    >>> sector_of_url("https://cuuchienbinh.vn/tin/x"), sector_of_url("https://baomoi.com/x")
    ('Hội Cựu chiến binh', None)
    >>> sector_of_url("http://mttq.hanoi.gov.vn/a")
    'Ủy ban Mặt trận Tổ quốc Việt Nam'
    """
    host = (urlparse(url).hostname or "") if url else ""
    letters = host.replace(".", "").replace("-", "")
    found = {unit for words, unit in _SECTOR_HOSTS if any(w in letters for w in words)}
    return found.pop() if len(found) == 1 else None


def province_from_url(url: str | None, places: Iterable[str]) -> str | None:
    """The province whose name is in the outlet's host name ("portal.thaibinh.gov.vn",
    "baophutho.vn"), among ``places`` (labels such as "Tỉnh Thái Bình"); None when no name or
    more than one is there. A provincial outlet reports on its own province's units.

    >>> province_from_url("https://portal.thaibinh.gov.vn/x", ["Tỉnh Thái Bình", "Tỉnh Bình Dương"])
    'tỉnh Thái Bình'
    >>> province_from_url("https://baomoi.com/x", ["Tỉnh Thái Bình"]) is None
    True

    An outlet whose host does not say its province is looked up (``outlets.OUTLETS``):

    >>> province_from_url("https://www.sggp.org.vn/x", [])
    'thành phố Hồ Chí Minh'
    """
    host = (urlparse(url).hostname or "") if url else ""
    listed = outlet_province(host)
    if listed is not None:
        return listed
    compact = host.replace(".", "").replace("-", "")
    found: dict[str, str] = {}
    for label in places:
        match = _UNIT.match(label)
        unit, name = (match.group(1), match.group(2)) if match else ("tỉnh", label)
        slug = slugify(name).replace("-", "")
        if len(slug) >= 5 and slug in compact:
            found[slug] = f"{unit.lower()} {name}"
    if not found:
        return None
    longest = max(found, key=len)
    others = [s for s in found if s not in longest]
    return found[longest] if not others else None


_UNIT = re.compile(r"^(Tỉnh|Thành phố) (.+)$")


def province_from_path(url: str | None, places: Iterable[str]) -> str | None:
    """The one province whose name the address's path writes as words of its slug (an article's
    headline: "/print/dak-lak-vieng-nghia-trang-…"), among ``places``; None when none or more
    than one is there, or when the name is a word of a longer one ("ha-nam" in "ha-nam-dinh").

    >>> places = ["Tỉnh Đắk Lắk", "Tỉnh Hà Nam", "Tỉnh Nam Định"]
    >>> province_from_path("https://baochinhphu.vn/print/dak-lak-vieng-nghia-trang-1.htm", places)
    'tỉnh Đắk Lắk'
    >>> province_from_path("https://x.vn/ha-nam-va-nam-dinh-hop", places) is None
    True
    """
    path = urlparse(url).path if url else ""
    words = [w for w in re.split(r"[^a-z0-9]+", path.lower()) if w]
    found: dict[str, str] = {}
    for label in places:
        match = _UNIT.match(label)
        unit, name = (match.group(1), match.group(2)) if match else ("tỉnh", label)
        slug = slugify(name).split("-")
        at = [k for k in range(len(words)) if words[k : k + len(slug)] == slug]
        if len(slug) >= 2 and at:
            found[name] = f"{unit.lower()} {name}"
    return next(iter(found.values())) if len(found) == 1 else None


def province_names(labels: Iterable[str]) -> set[str]:
    """Short names of provinces from their labels ("Tỉnh Hà Giang" → "Hà Giang").

    >>> sorted(province_names(["Tỉnh Hà Giang", "Thành phố Hà Nội"]))
    ['Hà Giang', 'Hà Nội']
    """
    names = set()
    for label in labels:
        match = _UNIT.match(label)
        names.add(match.group(2) if match else label)
    return names


# District kinds: the words that name one, and the Party committee of one.
DISTRICT_WORDS: dict[tuple[str, ...], str] = {
    ("huyện", "ủy"): "huyện",
    ("quận", "ủy"): "quận",
    ("thị", "ủy"): "thị xã",
    ("huyện",): "huyện",
    ("quận",): "quận",
    ("thị", "xã"): "thị xã",
    ("thị", "trấn"): "thị trấn",
    ("xã",): "xã",
    ("phường",): "phường",
}
# Words before a district word that make it a plural or a count, not one district's name.
_NOT_ONE = frozenset({"các", "những", "mọi", "hai", "ba", "bốn", "năm"})


class HomeDistricts(dict[str, str]):
    """The report's one district of each kind (kind → name). The kinds in ``from_address``
    come from the outlet's address (a district's own portal, "nari.backan.gov.vn"), not the
    text: they complete a unit named bare ("UBND huyện" → "UBND huyện Na Rì") but do not
    place a commune the text names ("UBND xã Cai Kinh" stays as written)."""

    from_address: frozenset[str] = frozenset()

    def with_address(self, kind: str, name: str) -> "HomeDistricts":
        """These districts and, when the text names no district of ``kind``, the address's."""
        merged = HomeDistricts(self)
        merged.from_address = self.from_address
        if kind not in self:
            merged[kind] = name
            merged.from_address = self.from_address | {kind}
        return merged

    def named_in_text(self) -> dict[str, str]:
        """The districts the text itself names."""
        return {k: v for k, v in self.items() if k not in self.from_address}


def home_districts(text: str) -> dict[str, str]:
    """The one district of each kind a report names ("huyện Chương Mỹ", "Huyện ủy Hàm Tân"),
    so that a unit it then names bare ("UBND huyện", "Huyện ủy") is that district's. A kind
    whose text names two districts has none; "các huyện A, B" names no one district.

    >>> home_districts("UBND huyện Chương Mỹ và Huyện ủy Chương Mỹ. Công an các huyện Mỹ Đức")
    {'huyện': 'Chương Mỹ'}
    >>> home_districts("huyện Ba Vì và huyện Thạch Thất")
    {}
    >>> home_districts("thị xã Sơn Tây")
    {'thị xã': 'Sơn Tây'}
    >>> home_districts("Cụm thi đua số 02 huyện Định Hóa"), home_districts("3 huyện Ba Vì")
    ({'huyện': 'Định Hóa'}, {})
    """
    return districts_named(tokenize(text))


def districts_named(tokens: list[Token]) -> dict[str, str]:
    """:func:`home_districts` of text already tokenised (a sentence's tokens up to a person)."""
    names: dict[str, dict[tuple[str, ...], str]] = {}
    i = 0
    while i < len(tokens):
        key = tokens[i].key
        for words, kind in DISTRICT_WORDS.items():
            if key != words[0] or tuple(t.key for t in tokens[i : i + len(words)]) != words:
                continue
            if i == 0 or (tokens[i - 1].key not in _NOT_ONE and not _counts(tokens, i - 1)):
                name = _name_after(tokens[i + len(words) :])
                if name:
                    names.setdefault(kind, {})[keys_of(name)] = name
            i += len(words) - 1  # "thị xã" is not also a "xã"
            break
        i += 1
    return {kind: next(iter(found.values())) for kind, found in names.items() if len(found) == 1}


def _counts(tokens: list[Token], k: int) -> bool:
    """Whether the token at ``k`` counts the districts after it ("3 huyện A, B"), unlike the
    number of a bloc before its district ("Cụm thi đua số 02 huyện Định Hóa")."""
    return tokens[k].text.isdigit() and not (k > 0 and tokens[k - 1].key == "số")


def _name_after(tokens: list[Token]) -> str:
    """Up to four capitalised words at the start of ``tokens`` ("Chư Păh", "Ia Grai"), unless
    they are a person's full name ("Chủ tịch UBND huyện Đinh Mạnh Hùng").

    >>> _name_after(tokenize("Chương Mỹ dự")), _name_after(tokenize("Đinh Mạnh Hùng phát biểu"))
    ('Chương Mỹ', '')
    >>> _name_after(tokenize("Đoàn và Trung tâm Văn hóa"))
    ''
    """
    words: list[Token] = []
    for token in tokens[:5]:
        if not (token.is_word and token.is_capitalised):
            break
        words.append(token)
    if (len(words) >= 3 and words[0].key in SURNAMES) or len(words) > 4:
        return ""
    if words and words[0].key in BODY_AFTER_PLACE_WORD:
        return ""  # "Huyện Đoàn", "Huyện Ủy", "Huyện Đội": a district's body, not a district
    return " ".join(t.text for t in words)


# Words that make a district's or province's word the name of one of its bodies: "Huyện Đoàn"
# (its Youth Union), "Huyện Ủy", "Huyện Đội" (its military command), "Huyện Hội".
BODY_AFTER_PLACE_WORD = frozenset({"đoàn", "ủy", "uỷ", "đội", "hội"})
_BODY = "|".join(sorted(w.capitalize() for w in BODY_AFTER_PLACE_WORD))
# (after "Tỉnh Đoàn", "Tỉnh Ủy", "Tỉnh Hội", a province's body written with a capital, the
# place is the name that follows: "Tỉnh Đoàn Bình Dương")
_PLACE = re.compile(
    rf"\b((?i:tỉnh|thành phố)) (?:(?:{_BODY}) )?(?!(?:{_BODY})\b)"
    r"((?:[A-ZĐÂĂÊÔƠƯ]\w*)(?:[ -]+[A-ZĐÂĂÊÔƠƯ]\w*){0,3})"
)


__all__ = [
    "BODY_AFTER_PLACE_WORD",
    "CITIES",
    "DISTRICT_WORDS",
    "HomeDistricts",
    "districts_named",
    "expand_city",
    "expand_label",
    "home_districts",
    "place_of",
    "province_from_url",
    "province_names",
    "without_term",
]
