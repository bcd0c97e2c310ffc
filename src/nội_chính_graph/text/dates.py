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
    """
    found: list[DateMention] = []
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


def find_publication_date(text: str) -> dt.date | None:
    """The publication date of a header line such as ``22/01/2021 - 20:17`` (first 6 lines).

    >>> find_publication_date("SOURCE: x\\nTitle\\n22/01/2021 - 20:17\\n\\nBody 05/8/2022.")
    datetime.date(2021, 1, 22)
    """
    for line in text.split("\n")[:6]:
        match = re.fullmatch(
            r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*[-,|]?\s*[\d:]+)?\s*", line
        )
        if match:
            return safe_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    return None


__all__ = ["DateMention", "find_dates", "find_publication_date", "safe_date"]
