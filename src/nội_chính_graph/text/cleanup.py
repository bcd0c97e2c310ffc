"""Clean a scraped Vietnamese report while keeping offsets into the original text.

The cleaned text is what the extractor reads; :attr:`CleanText.offsets` maps every cleaned
character back to the original (NFC) text, so an annotation can quote the stored report exactly.

What is removed or repaired (see ``/work/shared/reference/text-pitfalls.md`` §3):

* the CMS image toolbar token ``leftcenterrightdel`` (the line after it is a photo caption);
* photo alt text and file names without diacritics (``hoi nghi toan canh``,
  ``khoi_cac_co_quan(1)``, ``01365.MTS.Still001.jpg``);
* site chrome (``Skip to main content``, ``PrintAaa``, ``[sửa | sửa mã nguồn]`` …);
* the ``SOURCE:`` header line and bare publication time stamps (``22/01/2021 - 20:17``);
* acronyms typed with "D" for "Đ" (``HDND``, ``DBQH``);
* a missing space after a full stop (``Trung ương.Năm 2023``);
* a bloc's members listed one per line under its heading (``Khối thi đua số 1 gồm:`` then
  ``1. Công an tỉnh.`` …) are joined into one sentence, as the press writes them inline.
"""

import bisect
import re
from dataclasses import dataclass, field

from nội_chính_graph.text.normalise import nfc

TOOLBAR_TOKEN = "leftcenterrightdel"
_CHROME = re.compile(
    r"skip ribbon commands|skip to main content|truy cập nội dung luôn|printaaa|"
    r"\[sửa \| sửa mã nguồn\]|ý kiến bạn đọc|gửi bình luận|reset captcha|"
    r"bài viết này cần thêm chú thích nguồn gốc|the government inspectorate of vietnam",
    re.IGNORECASE,
)
_INLINE_ARTEFACT = re.compile(
    r"\[sửa \| sửa mã nguồn\]|\b[\w.-]+\.(?:jpe?g|png|gif|webp|mts)\b|"
    r"\b[a-z0-9]+(?:_[a-z0-9]+)+(?:\(\d+\))?",
    re.IGNORECASE,
)
_TIMESTAMP_LINE = re.compile(
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-,|]?\s*\d{1,2}:\d{2}(?::\d{2})?)?"
)
_SOURCE_LINE = re.compile(r"SOURCE:\s*\S+", re.IGNORECASE)
# "Ðảng" written with the Icelandic eth (U+00D0/U+00F0) instead of "Đ"/"đ" (U+0110/U+0111).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
# The press's acronyms typed with "D" for "Đ" ("Phó Chủ tịch HDND huyện"): one letter for
# another, so the offsets hold.
_D_FOR_Đ = re.compile(r"\b(?:HDND|DBQH|HDQT|HDTV|TDKT|QDND|BDBP|DHQG)\b")


def _restore_đ(line: str) -> str:
    """Write the "Đ" that an acronym typed with "D" stands for.

    >>> _restore_đ("Phó Chủ tịch HDND huyện, đại biểu DBQH, Ban TDKT; DANH sách")
    'Phó Chủ tịch HĐND huyện, đại biểu ĐBQH, Ban TĐKT; DANH sách'
    """
    return _D_FOR_Đ.sub(lambda m: _ACRONYM_WITH_Đ[m.group()], line)


_ACRONYM_WITH_Đ = {
    "HDND": "HĐND",
    "DBQH": "ĐBQH",
    "HDQT": "HĐQT",
    "HDTV": "HĐTV",
    "TDKT": "TĐKT",
    "QDND": "QĐND",
    "BDBP": "BĐBP",
    "DHQG": "ĐHQG",
}
# "trường" in lower case before a school's level written with a capital ("Hiệu trưởng trường
# Cao đẳng Y tế Bình Thuận"): the school's name, whose first word the press did not capitalise.
_SCHOOL = re.compile(
    r"(?<!\w)(\w+\s+)?trường(?=\s+(?:Đại học|Cao đẳng|Trung cấp|Trung học|Tiểu học|Mầm non|"
    r"Chính trị|Sĩ quan|THPT|THCS|ĐH|CĐ)(?!\w))"
)
# Words before "trường" that make it a count of schools, not one school's name.
_SCHOOLS_COUNTED = frozenset({"các", "những", "mọi", "nhiều", "hai", "ba", "bốn", "năm", "cả"})


def _capitalise_school(line: str) -> str:
    """Write "Trường" for a school's name begun in lower case, one letter for another.

    >>> _capitalise_school("Hiệu trưởng trường Cao đẳng Y tế Bình Thuận, các trường Đại học")
    'Hiệu trưởng Trường Cao đẳng Y tế Bình Thuận, các trường Đại học'
    >>> _capitalise_school("14 trường THPT và ngôi trường mới")
    '14 trường THPT và ngôi trường mới'
    """

    def one(match: re.Match[str]) -> str:
        before = (match.group(1) or "").strip().lower()
        if before in _SCHOOLS_COUNTED or before.isdigit():
            return match.group(0)
        return (match.group(1) or "") + "Trường"

    return _SCHOOL.sub(one, line)


# "ương.Năm": a lower-case letter, a full stop, then an upper-case letter with no space.
_GLUED_STOP = re.compile(r"(?<=[^\W\d_])[.!?](?=[^\W\d_])")


@dataclass(frozen=True)
class CleanText:
    """The cleaned ``text`` of ``original`` with the offset map back to it.

    ``offsets[i]`` is the original index of ``text[i]``; ``offsets`` has one extra entry equal
    to ``len(original)``. ``captions`` are cleaned-text spans of photo captions.
    """

    original: str
    text: str
    offsets: tuple[int, ...]
    captions: tuple[tuple[int, int], ...] = field(default=())

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the cleaned span ``[start, end)`` to the original text (end exclusive).

        >>> c = clean("Trung ương.Năm 2023")
        >>> c.text
        'Trung ương. Năm 2023'
        >>> c.to_original(12, 20)
        (11, 19)
        """
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def is_caption(self, start: int) -> bool:
        """True when the cleaned position ``start`` lies in a photo caption."""
        return any(s <= start < e for s, e in self.captions)


class _Builder:
    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def emit(self, text: str, origin: int) -> None:
        for i, char in enumerate(text):
            self.chars.append(char)
            self.offsets.append(origin + i)

    def insert(self, char: str, origin: int) -> None:
        self.chars.append(char)
        self.offsets.append(origin)

    @property
    def position(self) -> int:
        return len(self.chars)


def _is_ascii_artefact(line: str) -> bool:
    """Alt text, file names and English chrome: a line with letters but no Vietnamese letter."""
    return line.isascii() and any(c.isalpha() for c in line)


def _is_dropped_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    return bool(
        _CHROME.search(stripped)
        or _SOURCE_LINE.fullmatch(stripped)
        or _TIMESTAMP_LINE.fullmatch(stripped)
        or _is_ascii_artefact(stripped)
    )


# A capitalised name word after an abbreviated kind of place ("Biên" of "TP.Biên Hòa"), and
# what may stand before a district's or ward's one-letter kind: a unit's acronym ("Ban CHQS
# H.Thống Nhất", "HKH Q.Tân Phú"), "tại", or "Quân sự".
_NAME_WORD = "[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][a-zđà-ỹ]"
_AFTER_UNIT = (
    "(?:"
    + "|".join([f"(?<=\\b[A-ZĐ]{{{n}}} )" for n in range(2, 7)] + ["(?<=\\btại )", "(?<=\\bsự )"])
    + ")"
)
# Abbreviated Party and State titles of local officials, written out so the extractor reads
# them as it reads the full forms (attested in the corpus: "PBT TTHU", "PBT.HU", "PBT HU",
# "UVBTVHU", "TVHU", "TVTU", "TUV", "CT.UBND", "PCT.UBND", "UVBCH", "PBT Tỉnh ủy", "UVTV"). The
# offsets of the written-out words point at the abbreviation, so a quote of the sentence is the
# original's.
_TITLE_ABBREVIATIONS = tuple(
    (re.compile(pattern), full)
    for pattern, full in (
        (r"\bPBT\.?\s*TT\.?\s*([HTQ])U\b", "Phó Bí thư Thường trực {}"),
        (r"\bPBT\.?\s*([HTQ])U\b", "Phó Bí thư {}"),
        # (not "Ủy viên Ban TVTU", which the extractor reads as written)
        (r"(?<!Ban )\b(?:UV\s*BTV\.?\s*|TV)([HTQ])U\b", "Ủy viên Ban Thường vụ {}"),
        (r"\b([HTQ])UV\b", "{} viên"),
        # "PBT Tỉnh ủy", "UVTV Quận ủy", "UV BTV Tỉnh ủy", "UVTV, Phó Chủ tịch UBND huyện"
        (r"\bPBT\.?\s*(?=(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng) ủy\b)", "Phó Bí thư "),
        (r"\b(?:UVTV|UV\s*BTV)\b", "Ủy viên Ban Thường vụ"),
        (r"\bPCT\.?\s*(?=UBND\b)", "Phó Chủ tịch "),
        (r"\bCT\.?\s*(?=UBND\b)", "Chủ tịch "),
        (r"\bUVBCH\b", "Ủy viên Ban Chấp hành"),
        # a comma inside a ministry's or department's abbreviation ("Sở VH,TT&DL", "Bộ VH,
        # TT&DL"), which would end a list item: the dash the abbreviation is also written with
        (r"(?<=\b[A-ZĐ]{2}),\s?(?=[A-ZĐ]{2,}&[A-ZĐ]{2}\b)", "-"),
        # "PGĐ Quỹ", "TGĐ Tổng công ty": a director's title
        (r"\bPTGĐ\b", "Phó Tổng Giám đốc"),
        (r"\bTGĐ\b", "Tổng Giám đốc"),
        (r"\bPGĐ\b", "Phó Giám đốc"),
        (r"\bGĐ\b(?!\s*[-&])", "Giám đốc"),
        # "CN NH BIDV", "CN Ngân hàng Nhà nước": a bank's branch
        (r"\bCN\s+NH\b", "Chi nhánh Ngân hàng"),
        (r"\bCN\s+(?=Ngân hàng\b|NHNN\b)", "Chi nhánh "),
        # "Phó Giám đốc CATP": a city's police
        (r"\bCATP\b", "Công an thành phố"),
        # "Chỉ huy trưởng BCHQS tỉnh X": the provincial military command written as one acronym
        (r"\bBCHQS\b", "Bộ CHQS"),
        # "Thiếu tá QNCN Lê Văn A": a professional soldier's rank; the category is no name
        (r"(?<=tá |úy |uý )QNCN\s+", ""),
        # "Bộ Chỉ huy Quân sự (CHQS) tỉnh X": an acronym glossed between a unit's name and its
        # place, which would cut the unit from its place
        (r"\s*\([A-ZĐ]{2,8}\)(?=\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s)", ""),
        # "Phó Chủ tich": the title with its dot below lost
        (r"\b(?<=[Cc]hủ )tich\b", "tịch"),
        # "Ủy viên BCH Đảng bộ tỉnh", "BCH Trung ương Hội": the executive committee
        (r"\bBCH(?=\s+(?:Đảng bộ|Trung ương|TƯ|TW|Công đoàn|Đoàn|Hội)\b)", "Ban Chấp hành"),
        # "TP. Hồ Chí Minh": the city's short form with a full stop, which ends no list
        (r"\b[Tt][Pp]\.\s+(?=[A-ZĐ])", "TP "),
        # "TP.Biên Hòa", "TX.La Gi", and after a unit's acronym or "tại"/"sự" "Q.Tân Phú",
        # "H.Trảng Bom" (not "Ảnh: H.Hoa", a photographer's initial): the kind of place
        (rf"\b[Tt][Pp]\.(?={_NAME_WORD})", "TP "),
        (rf"\bT[Xx]\.(?={_NAME_WORD})", "thị xã "),
        (rf"{_AFTER_UNIT}Q\.(?={_NAME_WORD})", "quận "),
        (rf"{_AFTER_UNIT}H\.(?={_NAME_WORD})", "huyện "),
    )
)
_COMMITTEE_LETTERS = {"H": "Huyện ủy", "T": "Tỉnh ủy", "Q": "Quận ủy"}
# Counts written in words before the units or places a list counts ("gồm có năm tỉnh", "có
# bảy đơn vị"), after a word that introduces a count ("năm" alone is also "year").
_NUMBER_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_COUNT_IN_WORDS = re.compile(
    r"\b(?:gồm|có|với|cả) (" + "|".join(_NUMBER_WORDS) + r") (?=(?:tỉnh|thành phố|huyện|quận|"
    r"thị xã|đơn vị|cơ quan|sở|hội|tổ chức)\b)",
    re.IGNORECASE,
)


def _expansions(line: str) -> dict[int, tuple[int, str]]:
    """``{start: (end, written out)}`` for the abbreviated titles in ``line``.

    >>> _expansions("A - PBT TTHU, CT.UBND huyện")
    {4: (12, 'Phó Bí thư Thường trực Huyện ủy'), 14: (17, 'Chủ tịch ')}
    >>> _expansions("Cụm gồm có năm tỉnh An Giang")
    {11: (14, '5')}
    >>> _expansions("Sở VH,TT&DL tỉnh")
    {5: (6, '-')}
    """
    found: dict[int, tuple[int, str]] = {}
    taken: set[int] = set()
    for match in _COUNT_IN_WORDS.finditer(line):
        # "gồm có năm tỉnh An Giang, …": a count written in words, read as the digits are
        found[match.start(1)] = (match.end(1), str(_NUMBER_WORDS[match.group(1).lower()]))
        taken.update(range(match.start(1), match.end(1)))
    for pattern, full in _TITLE_ABBREVIATIONS:
        for match in pattern.finditer(line):
            if taken & set(range(match.start(), match.end())):
                continue
            groups = [_COMMITTEE_LETTERS[g] for g in match.groups()]
            found[match.start()] = (match.end(), full.format(*groups))
            taken.update(range(match.start(), match.end()))
    return found


def _emit_line(builder: _Builder, line: str, origin: int) -> None:
    """Copy one kept line, dropping inline artefacts, spacing glued full stops and writing out
    abbreviated titles."""
    removed = {i for m in _INLINE_ARTEFACT.finditer(line) for i in range(m.start(), m.end())}
    glued = {m.start() for m in _GLUED_STOP.finditer(line) if not _is_abbreviation(line, m.start())}
    expanded = _expansions(line)
    i = 0
    while i < len(line):
        if i in expanded and i not in removed:
            end, full = expanded[i]
            for k, char in enumerate(full):
                builder.insert(char, origin + min(i + k, end - 1))
            i = end
            continue
        if i not in removed:
            builder.insert(line[i], origin + i)
            if i in glued:
                builder.insert(" ", origin + i + 1)
        i += 1


def _is_abbreviation(line: str, dot: int) -> bool:
    """``T.Ư``, ``TP.HCM``, ``P.V``: the word before the dot is short or upper case."""
    word = re.search(r"\w+$", line[:dot])
    return word is None or word.group(0).isupper() or len(word.group(0)) <= 1


def clean(raw: str) -> CleanText:
    """Return the cleaned text of ``raw`` (made NFC first) with its offset map.

    >>> c = clean("Hội nghị.\\nleftcenterrightdel\\n Quang cảnh Hội nghị.\\nhoi nghi toan canh\\n")
    >>> c.text
    'Hội nghị.\\n\\n Quang cảnh Hội nghị.\\n\\n'
    >>> c.is_caption(c.text.index("Quang"))
    True
    """
    original = nfc(raw)
    builder = _Builder()
    captions: list[tuple[int, int]] = []
    caption_next = False
    position = 0
    # letters that look like Vietnamese ones, one for one (offsets stay those of the original)
    for line in _capitalise_school(_restore_đ(original.translate(_LOOKALIKES))).split("\n"):
        start = position
        position += len(line) + 1
        stripped = line.strip()
        caption_next, line_start = _strip_toolbar(line, caption_next)
        if line_start or stripped == TOOLBAR_TOKEN:
            line = line[line_start:]
            start += line_start
        if stripped != TOOLBAR_TOKEN and not _is_dropped_line(line):
            begin = builder.position
            _emit_line(builder, line, start)
            if caption_next and line.strip():
                captions.append((begin, builder.position))
                caption_next = False
        if position <= len(original):
            builder.insert("\n", position - 1)
    builder.offsets.append(len(original))
    text, offsets = _join_listed_lines("".join(builder.chars), builder.offsets)
    text, offsets = _drop_inline_markers(text, offsets)
    if len(text) != len(builder.chars):
        # a joined list moved what follows it: the captions, found again by their originals
        captions = [
            (
                bisect.bisect_left(offsets, builder.offsets[start]),
                bisect.bisect_right(offsets, builder.offsets[end - 1]),
            )
            for start, end in captions
        ]
    return CleanText(original, text, tuple(offsets), tuple(captions))


# A heading that names a bloc and ends with a colon ("II. KHỐI THI ĐUA NỘI CHÍNH:", "* Khối Thi
# đua số 1 gồm:"), and the marker an item line may begin with ("1.", "1/", "(1)", "a)", "-", "+",
# "*", "•").
_BLOC_HEADING = re.compile(
    r"\b(?:khối|cụm|thành viên)\b[^:]*(?::|\bgồm(?: có)?|\bsau(?: đây)?)\s*$", re.IGNORECASE
)
_ITEM_MARKER = re.compile(
    r"^\s*(?:(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)/]|\((?:\d{1,2}|[a-zđ])\)|[-+*•–])?\s*"
)
_ITEM_END = re.compile(r"\s*[.;,]?\s*$")
# An item that is a place written with its kind, in lower case ("tỉnh Bình Phước", "thị xã An
# Khê"): a unit of the place.
_PLACE_ITEM = re.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(\w)")
# A unit's result after its name on a list's line: a colon, then lower case or a number ("…: đạt
# danh hiệu xuất sắc", "…: 98,5 điểm").
_ITEM_RESULT = re.compile(r"\s*:\s*(?=\S)")
# (a project board's name runs to twenty words: "Ban Quản lý dự án đầu tư xây dựng các công
# trình nông nghiệp và phát triển nông thôn tỉnh Ninh Thuận")
_MAX_ITEM_WORDS = 24


def _listed_item(line: str) -> tuple[int, int, str] | None:
    """Where the name of a one-per-line list item lies in ``line`` (no marker, no final stop)
    and the kind of its marker ("1", "a", "I", a bullet, or ""), or None when the line is not
    such an item: a name of two words or more, upper case first, with no colon, no second
    sentence and at most a few words."""
    begin = _ITEM_MARKER.match(line)
    start = begin.end() if begin else 0
    end = _ITEM_END.search(line, start)
    stop = end.start() if end else len(line)
    name = line[start:stop]
    result = _ITEM_RESULT.search(name)
    said = name[result.end()] if result is not None else ""
    if result is not None and (said.islower() or said.isdigit()):
        # "2/ Công ty Cổ phần Cấp nước Gia Định: đạt danh hiệu xuất sắc": the unit, then its
        # result
        stop = start + result.start()
        name = line[start:stop]
    kind = _PLACE_ITEM.match(name)  # "tỉnh Bình Phước", "huyện Ea Kar", "phường 3"
    place = kind is not None and (kind.group(1).isupper() or kind.group(1).isdigit())
    if not (name[:1].isupper() or place) or ":" in name or ". " in name:
        return None
    if "thi đua" in name.lower():
        return None  # (a line about the bloc itself, "… làm việc với Khối Thi đua số 1", ends it)
    if not 2 <= len(name.split()) <= _MAX_ITEM_WORDS or _BLOC_HEADING.search(line):
        return None
    return start, stop, _marker_kind(line[:start].strip())


def _marker_kind(marker: str) -> str:
    """ "1.", "2)", "3/" and "(4)" are numbers, "a)" letters, "II." Roman numerals, "-" and "+"
    bullets."""
    marker = marker.removeprefix("(")
    if not marker:
        return ""
    if marker[0].isdigit():
        return "1"
    if marker[0] in "IVX":
        return "I"
    return "a" if marker[0].isalpha() else marker[0]


def _join_listed_lines(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Join the items listed one per line under a bloc's heading into the heading's line,
    separated by semicolons (an item may hold a comma) and ended by a full stop. ``offsets``
    map each kept character back; an inserted semicolon maps to its item's last character.
    Two items or more; text elsewhere is kept.

    >>> text = "Khối số 1 gồm:\\n1. Công an tỉnh.\\n\\n2. Tòa án nhân dân tỉnh.\\n\\nHội nghị."
    >>> _join_listed_lines(text, list(range(len(text) + 1)))[0]
    'Khối số 1 gồm: Công an tỉnh; Tòa án nhân dân tỉnh.\\n\\nHội nghị.'
    >>> text = "Khối gồm các đơn vị sau\\nCông an tỉnh\\nSở Tư pháp"
    >>> _join_listed_lines(text, list(range(len(text) + 1)))[0]
    'Khối gồm các đơn vị sau: Công an tỉnh; Sở Tư pháp.'
    """
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    chars: list[str] = []
    kept: list[int] = []
    i = 0
    while i < len(lines):
        at, line = lines[i]
        items: list[tuple[int, int, int]] = []
        kind = ""
        last = 0
        j = i + 1
        if _BLOC_HEADING.search(line):
            while j < len(lines):
                where, next_line = lines[j]
                if not next_line.strip():
                    j += 1
                    continue
                item = _listed_item(next_line)
                if item is None or (items and item[2] != kind):
                    break  # the list ends at a line of another kind ("Hội nghị …" after "3. …")
                kind = item[2]
                items.append((where, item[0], item[1]))
                last = where + len(next_line)
                j += 1
        if len(items) < 2:
            chars.append(line)
            kept.extend(offsets[at : at + len(line)])
            if at + len(line) < len(text):
                chars.append("\n")
                kept.append(offsets[at + len(line)])
            i += 1
            continue
        stripped = line.rstrip()
        chars.append(stripped)
        kept.extend(offsets[at : at + len(stripped)])
        if not stripped.endswith(":"):
            # "… gồm các đơn vị sau đây" and the items on the lines below: the list's colon
            chars.append(":")
            kept.append(offsets[at + len(stripped) - 1])
        for n, (where, start, stop) in enumerate(items):
            chars.append(" ")
            kept.append(offsets[where + start])
            chars.append(text[where + start : where + stop])
            kept.extend(offsets[where + start : where + stop])
            chars.append("." if n == len(items) - 1 else ";")
            kept.append(offsets[where + stop - 1])
        # the blank lines after the last item, as they were
        end = lines[j][0] if j < len(lines) else len(text)
        chars.append(text[last:end])
        kept.extend(offsets[last:end])
        i = j
    return "".join(chars), [*kept, offsets[-1]]


# An item's number written inline after a colon, a comma, a semicolon or "gồm": "(1) ", "2) ",
# "3. ", "4/ " before an upper-case letter.
_INLINE_MARKER = re.compile(
    r"(?:(?<=[:;,] )|(?<=gồm ))(?:\((\d{1,2})\)|(\d{1,2})[.)/]) (?=[A-ZĐÂĂÊÔƠƯ])"
)


def _drop_inline_markers(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Drop the numbers of items listed inline ("gồm: (1) Sở Y tế, (2) Sở Xây dựng"), which are
    no part of the names: a run of markers 1, 2, 3 … in one line, two or more.

    >>> text = "Khối gồm: (1) Sở Y tế, (2) Sở Xây dựng. Năm 2024, 2) không."
    >>> _drop_inline_markers(text, list(range(len(text) + 1)))[0]
    'Khối gồm: Sở Y tế, Sở Xây dựng. Năm 2024, 2) không.'
    """
    drop: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for match in _INLINE_MARKER.finditer(text):
        number = int(match.group(1) or match.group(2))
        if run and (number != len(run) + 1 or "\n" in text[run[-1][1] : match.start()]):
            drop += run if len(run) >= 2 else []
            run = []
        if number == 1 or run:
            run.append((match.start(), match.end()))
    drop += run if len(run) >= 2 else []
    if not drop:
        return text, offsets
    chars: list[str] = []
    kept: list[int] = []
    at = 0
    for start, end in drop:
        chars.append(text[at:start])
        kept.extend(offsets[at:start])
        at = end
    chars.append(text[at:])
    kept.extend(offsets[at : len(text)])
    return "".join(chars), [*kept, offsets[-1]]


def _strip_toolbar(line: str, caption_next: bool) -> tuple[bool, int]:
    """Return (does a caption follow, index where the kept part of ``line`` starts)."""
    stripped = line.strip()
    if stripped == TOOLBAR_TOKEN:
        return True, 0
    index = line.find(TOOLBAR_TOKEN)
    if index >= 0 and not line[:index].strip():
        return True, index + len(TOOLBAR_TOKEN)
    return caption_next, 0


__all__ = ["TOOLBAR_TOKEN", "CleanText", "clean"]
