"""Dates as Vietnamese news writes them.

Forms handled (``/work/shared/reference/text-pitfalls.md`` §4): ``05/8/2022``, ``1-6-2024``,
``ngày 21 tháng 7 năm 2017``, and day-month forms after a cue word: ``Ngày 22/1``, ``Sáng 6.8``,
``Chiều nay (10/4)``, ``Ngày 8-11``. A missing year comes only from the publication date; with
no publication date the date is left out, never guessed.
"""

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

_LONG = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.IGNORECASE)
_FULL = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])")
_CUED = re.compile(
    r"\b(?:ngày|sáng|chiều|tối|trưa|đêm)(?:\s+nay)?\s*\(?\s*(\d{1,2})[/.-](\d{1,2})(?![\d/.-]*\d)",
    re.IGNORECASE,
)
_BARE_PAREN = re.compile(r"\((\d{1,2})/(\d{1,2})\)")
# "ngày 5 và 6/7/2022", "ngày 27 - 28/9": two days of one month, after "ngày"
_SPAN_OF_DAYS = re.compile(
    r"(?<=ngày )(\d{1,2})\s*(?:và|-|–)\s*\d{1,2}([/.-])(\d{1,2})(?:(\2)(\d{4}))?(?![\d/])",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text: span, day, month and the year when written."""

    start: int
    end: int
    day: int
    month: int
    year: int | None

    def resolve(self, published: dt.date | None) -> dt.date | None:
        """The full date; a missing year comes from ``published`` (never later than it).

        >>> find_dates("Ngày 22/1, tại Hà Nội")[0].resolve(dt.date(2021, 1, 22))
        datetime.date(2021, 1, 22)
        >>> find_dates("Ngày 22/1")[0].resolve(None) is None
        True
        """
        year = self.year
        if year is None:
            if published is None:
                return None
            year = published.year
            if safe_date(year, self.month, self.day) and dt.date(
                year, self.month, self.day
            ) > published + dt.timedelta(days=1):
                year -= 1
        return safe_date(year, self.month, self.day)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (31/2).

    >>> safe_date(2024, 2, 29), safe_date(2023, 2, 29)
    (datetime.date(2024, 2, 29), None)
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """All date mentions in ``text``, in order, without overlaps.

    >>> [(d.day, d.month, d.year) for d in find_dates("ngày 21 tháng 7 năm 2017 và 1-6-2024")]
    [(21, 7, 2017), (1, 6, 2024)]
    >>> [(d.day, d.month, d.year) for d in find_dates("Sáng 6.8, Chiều nay (10/4)")]
    [(6, 8, None), (10, 4, None)]
    >>> find_dates("tăng 6.8 lần")
    []
    >>> [(d.day, d.month, d.year) for d in find_dates("Trong 2 ngày 5 và 6/7/2022, tại Côn Đảo")]
    [(5, 7, 2022)]
    """
    found: list[DateMention] = []
    for match in _SPAN_OF_DAYS.finditer(text):
        # "Trong 2 ngày 5 và 6/7/2022": a meeting over days, dated by its first
        year = int(match.group(5)) if match.group(5) else None
        found.append(_mention(match, int(match.group(1)), int(match.group(3)), year))
    for match in _LONG.finditer(text):
        year = int(match.group(3)) if match.group(3) else None
        found.append(_mention(match, int(match.group(1)), int(match.group(2)), year))
    for match in _FULL.finditer(text):
        found.append(_mention(match, int(match.group(1)), int(match.group(3)), int(match.group(4))))
    for pattern in (_CUED, _BARE_PAREN):
        for match in pattern.finditer(text):
            found.append(_mention(match, int(match.group(1)), int(match.group(2)), None))
    return _without_overlaps(m for m in found if 1 <= m.day <= 31 and 1 <= m.month <= 12)


def _mention(match: re.Match[str], day: int, month: int, year: int | None) -> DateMention:
    return DateMention(match.start(), match.end(), day, month, year)


def _without_overlaps(mentions: Iterable[DateMention]) -> list[DateMention]:
    kept: list[DateMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept


@dataclass(frozen=True, slots=True)
class Dateline:
    """A report's dateline: year and month, and the day when the header gives one."""

    year: int
    month: int
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The publication date, only when the day is written."""
        return safe_date(self.year, self.month, self.day) if self.day is not None else None

    @property
    def latest(self) -> dt.date:
        """The latest day the dateline allows (the last of its month when the day is missing):
        the bound a day-month date in the text ("Chiều 29/6") is resolved against."""
        if self.date is not None:
            return self.date
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)


_ISO_PREFIX = re.compile(r"\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")
_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?!\d)", re.IGNORECASE)
_DATELINE_WORDS = re.compile(
    r"\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|cập\s+nhật|ngày\s+đăng"
    r"|đăng\s+(?:lúc|ngày)|ngày|lúc|gmt\s*[+-]\s*\d{1,2}|am|pm|sa|ch)\b",
    re.IGNORECASE,
)
_DATELINE_REST = re.compile(r"[\s,.;:|()\[\]/–—-]*")


def find_dateline(text: str) -> Dateline | None:
    """The dateline among a report's first 6 lines: a line holding only a date, a clock time and
    dateline words, as news pages print them; or a leading ``date YYYY-MM[-DD]`` field.

    >>> find_dateline("Tiêu đề\\n(Thứ tư, 22/02/2017, 02:38 GMT+7)\\nNgày 21/02/2017, ...")
    Dateline(year=2017, month=2, day=22)
    >>> find_dateline("Thứ sáu, ngày 19 tháng 4 năm 2024\\nBody")
    Dateline(year=2024, month=4, day=19)
    >>> find_dateline(" date 2025-06 TPO - Chiều 29/6, tại Hội trường ...")
    Dateline(year=2025, month=6, day=None)
    >>> find_dateline("Ngày 21/02/2017, Khối thi đua tổ chức hội nghị") is None
    True
    """
    prefix = _ISO_PREFIX.match(text)
    if prefix and 1 <= int(prefix.group(2)) <= 12:
        day = int(prefix.group(3)) if prefix.group(3) else None
        dateline = Dateline(int(prefix.group(1)), int(prefix.group(2)), day)
        return dateline if day is None or dateline.date is not None else None
    for line in text.split("\n")[:6]:
        found = _dateline_of(line)
        if found is not None:
            return found
    return None


def _dateline_of(line: str) -> Dateline | None:
    if len(line) > 80:
        return None
    iso = _ISO.search(line)
    dates = find_dates(line)
    if iso is not None:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
        rest = line[: iso.start()] + " " + line[iso.end() :]
    elif len(dates) == 1 and dates[0].year is not None:
        found = dates[0]
        year, month, day = dates[0].year, found.month, found.day
        rest = line[: found.start] + " " + line[found.end :]
    else:
        return None
    rest = _DATELINE_WORDS.sub(" ", _CLOCK.sub(" ", rest))
    if not _DATELINE_REST.fullmatch(rest):
        return None
    dateline = Dateline(year, month, day)
    return dateline if dateline.date is not None else None


def find_publication_date(text: str) -> dt.date | None:
    """The publication date of a dateline that gives the day (see :func:`find_dateline`).

    >>> find_publication_date("SOURCE: x\\nTitle\\n22/01/2021 - 20:17\\n\\nBody 05/8/2022.")
    datetime.date(2021, 1, 22)
    """
    dateline = find_dateline(text)
    return dateline.date if dateline is not None else None


_URL_DAY_PATH = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})(?:/|$)")
_URL_MONTH_PATH = re.compile(r"/((?:19|20)\d{2})(\d{2})/")
# "…/d20090326041900000.htm", "…-20211222153….htm": a date, then perhaps a clock and a counter
_URL_STAMP = re.compile(r"(?:^|[/_\-d])((?:19|20)\d{2})(\d{2})(\d{2})\d{0,9}(?=$|[./_?\-])")


def dateline_from_url(url: str | None) -> Dateline | None:
    """The publication date a news page's address carries, when it carries one (outlets put
    it in the path: "/2017/03/22/", "/201801/", "/d20090326041900000.htm").

    >>> dateline_from_url("http://tapchicaosu.vn/2017/03/22/khoi-thi-dua-so-10")
    Dateline(year=2017, month=3, day=22)
    >>> dateline_from_url("http://baohungyen.vn/chinh-tri/201801/ky-giao-uoc-776241/")
    Dateline(year=2018, month=1, day=None)
    >>> dateline_from_url("https://baoninhbinh.org.vn/khoi/d20090326041900000.htm")
    Dateline(year=2009, month=3, day=26)
    >>> dateline_from_url("https://kienthuc.net.vn/6-nhiem-vu-post1591834.html") is None
    True
    """
    if not url:
        return None
    path = url.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for pattern in (_URL_DAY_PATH, _URL_STAMP):
        for match in pattern.finditer(path):
            year, month, day = (int(g) for g in match.groups())
            if 1990 <= year <= 2100 and safe_date(year, month, day) is not None:
                return Dateline(year, month, day)
    for match in _URL_MONTH_PATH.finditer(path):
        year, month = int(match.group(1)), int(match.group(2))
        if 1990 <= year <= 2100 and 1 <= month <= 12:
            return Dateline(year, month)
    return None


# "…-nganh-kiem-sat-nam-2024-151137.html": the year a page's title names, in its address
_URL_TITLE_YEAR = re.compile(r"(?:^|[/_\-])nam-((?:19|20)\d{2})(?=$|[./_?\-])")


def year_in_address(url: str | None) -> int | None:
    """The year a page's address names in its title words ("…-nam-2024-…"), the last when it
    names several; a weaker sign than a date (the title may name the year reviewed).

    >>> year_in_address("https://baovephapluat.vn/x/hoi-nghi-trien-khai-nam-2024-151137.html")
    2024
    >>> year_in_address("https://example.vn/tin-2024-151137.html") is None
    True
    """
    if not url:
        return None
    years = [int(m.group(1)) for m in _URL_TITLE_YEAR.finditer(url.split("://", 1)[-1])]
    return years[-1] if years else None


def full_date_years(text: str) -> list[int]:
    """The years of the full dates a text writes ("15/9/2022", "1-6-2024"), in order; dates
    before 1990 are history the report recalls ("19/8/1945"), not its own time.

    >>> full_date_years("Ngày 19/8/2022, kỷ niệm Cách mạng Tháng Tám (19/8/1945), 1.6.2023")
    [2022, 2023]
    """
    years = []
    for match in _FULL.finditer(text):
        year = int(match.group(4))
        if 1990 <= year <= 2100 and safe_date(year, int(match.group(3)), int(match.group(1))):
            years.append(year)
    return years


__all__ = [
    "DateMention",
    "Dateline",
    "dateline_from_url",
    "find_dateline",
    "find_dates",
    "find_publication_date",
    "full_date_years",
    "safe_date",
    "year_in_address",
]
