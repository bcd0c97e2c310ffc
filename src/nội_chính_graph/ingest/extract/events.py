"""The conference a report is about: kinds, period, date, place, chairs, speakers, theme, motto.

A date the text does not give is left out: a day-month date takes its year from the
publication date, else from the year the same sentence states for the conference.
"""

import datetime as dt
import re
from dataclasses import dataclass, field

from nội_chính_graph.ingest.extract import patterns as p
from nội_chính_graph.ingest.extract.people import PersonMention
from nội_chính_graph.ingest.extract.tagger import Tagged
from nội_chính_graph.text.dates import find_dates, full_date_years, safe_date

_UNITS = sorted(p.PLACE_UNITS, key=len, reverse=True)


@dataclass(frozen=True)
class Quote:
    """A quoted theme or motto with its year and sentence."""

    text: str
    year: int | None
    tagged: Tagged


@dataclass
class Event:
    """What the report says about its conference."""

    kinds: list[str]
    kind_inferred: bool
    tagged: Tagged
    period: tuple[str, int] | None = None
    date: dt.date | None = None
    place: str | None = None
    chairs: list[PersonMention] = field(default_factory=list)
    speakers: list[PersonMention] = field(default_factory=list)
    evidence: list[Tagged] = field(default_factory=list)
    theme: Quote | None = None
    motto: Quote | None = None

    @property
    def year(self) -> int | None:
        """The year the conference is about (period first, then date)."""
        if self.period is not None:
            return self.period[1]
        return self.date.year if self.date else None


def _kinds(text: str) -> list[str]:
    found = [(m.start(), kind) for kind, rx in p.EVENT_KIND_CUES.items() for m in rx.finditer(text)]
    return list(dict.fromkeys(kind for _, kind in sorted(found)))


def _period(text: str, kinds: list[str]) -> tuple[str, int] | None:
    half = p.FIRST_HALF.search(text)
    if "event-kind/so-ket" in kinds and half:
        return "half", int(half.group(1))
    for kind in kinds:
        cue = p.EVENT_KIND_CUES[kind].search(text)
        year = p.YEAR.search(text, cue.end()) if cue else None
        if year:
            return "year", int(year.group(1))
    return None


def find_event(
    sentences: list[Tagged], people: list[PersonMention], published: dt.date | None
) -> Event | None:
    """The report's conference, or None when the report names none."""
    body = [t for t in sentences if not t.sentence.caption]
    candidates = [t for t in body if _kinds(t.sentence.text) and _is_event(t)]
    candidates.sort(
        key=lambda t: (
            not _HELD_MEETING.search(t.sentence.text),
            not re.search(r"\btổ\s+chức\b", t.sentence.text),
            not find_dates(t.sentence.text),
        )
    )
    main = candidates[0] if candidates else None
    if main is None:
        main = next((t for t in sentences if _kinds(t.sentence.text)), None)
    event = _explicit(main) if main is not None else _inferred(sentences)
    if event is None:
        return None
    _add_signing(event, sentences)
    event.date = _event_date(event, body or sentences, published)
    event.place = _place(event.tagged)
    event.chairs = [m for m in people if p.CHAIR_CUE.search(m.tagged.sentence.text)]
    event.speakers = [m for m in people if p.SPEAKER_CUE.search(m.tagged.sentence.text)]
    event.evidence = [t for t in sentences if p.CONFERENCE_CUE.search(t.sentence.text)]
    event.theme = _quote(sentences, p.THEME, event.year)
    event.motto = _quote(sentences, p.MOTTO, event.year)
    return event


_SIGNING = "event-kind/ky-ket-giao-uoc"
_PLANNED = re.compile(r"(?:thực\s+hiện|sẽ|tiếp\s+tục|phấn\s+đấu|đăng\s+ký)\s+$", re.IGNORECASE)


def _add_signing(event: Event, sentences: list[Tagged]) -> None:
    """The pact signed at the conference, told in a sentence of its own ("Cụm thi đua số 5 ký
    giao ước thi đua năm 2026"): a signing of the conference's year or the next."""
    if _SIGNING in event.kinds:
        return
    for tagged in sentences:
        text = tagged.sentence.text
        cue = p.EVENT_KIND_CUES[_SIGNING].search(text)
        if cue is None or _PLANNED.search(text[: cue.start()]):
            continue  # "… thực hiện ký giao ước thi đua năm 2020 …": a task, not this meeting
        years = {int(m.group(1)) for m in p.YEAR.finditer(text)}
        if event.year is None or years <= {event.year, event.year + 1}:
            event.kinds.append(_SIGNING)
            return


def stated_year(sentences: list[Tagged]) -> int | None:
    """The year a report speaks of most ("năm 2023"), for reports that name no conference;
    with no such year, the year of the full dates it writes.

    >>> from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
    >>> from nội_chính_graph.ingest.extract.tagger import tag
    >>> from nội_chính_graph.text.cleanup import clean
    >>> from nội_chính_graph.text.sentences import split_sentences
    >>> text = clean("Trong năm 2023, đơn vị hoàn thành nhiệm vụ năm 2023, kế hoạch năm 2024.")
    >>> stated_year([tag(s, Gazetteer()) for s in split_sentences(text)])
    2023
    >>> text = clean("Sáng 19/8/2022, kỷ niệm ngày 19/8/1945 và ngày 2/9/2021.")
    >>> stated_year([tag(s, Gazetteer()) for s in split_sentences(text)])
    2022
    """
    counts: dict[int, int] = {}
    for tagged in sentences:
        for match in p.YEAR.finditer(tagged.sentence.text):
            year = int(match.group(1))
            counts[year] = counts.get(year, 0) + 1
    if counts:
        return max(counts, key=lambda y: (counts[y], -y))
    # no "năm 2023": the full dates it writes ("Sáng 15/9/2022, …"), the latest of a tie
    for tagged in sentences:
        for year in full_date_years(tagged.sentence.text):
            counts[year] = counts.get(year, 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def _is_event(tagged: Tagged) -> bool:
    text = tagged.sentence.text
    return bool(p.CONFERENCE_CUE.search(text) or _HELD.search(text))


# the verbs that tell a meeting took place: "tổ chức", "tiến hành tổng kết", "diễn ra"
_HELD = re.compile(r"\b(?:tổ\s+chức|tiến\s+hành|diễn\s+ra)\b", re.IGNORECASE)
# the verb with its meeting right after it ("tổ chức Hội nghị", "tiến hành tổng kết"), not
# "tổ chức đăng ký thi đua" (a task the report lists)
_HELD_MEETING = re.compile(
    r"\b(?:tổ\s+chức|tiến\s+hành)\s+(?:hội\s+nghị|tổng\s+kết|sơ\s+kết|lễ\s+ký)\b", re.IGNORECASE
)


def _explicit(tagged: Tagged) -> Event:
    kinds = _kinds(tagged.sentence.text)
    return Event(kinds, False, tagged, _period(tagged.sentence.text, kinds))


def _inferred(sentences: list[Tagged]) -> Event | None:
    """No kind word: a conference reviewing the first half is a sơ kết; one launching the
    next year's tasks reviews the year before (tổng kết)."""
    conference = [t for t in sentences if p.CONFERENCE_CUE.search(t.sentence.text)]
    if not conference:
        return None
    for tagged in sentences:
        half = p.FIRST_HALF.search(tagged.sentence.text)
        if half:
            return Event(["event-kind/so-ket"], True, tagged, ("half", int(half.group(1))))
    for tagged in sentences:
        plan = p.PLAN_YEAR.search(tagged.sentence.text)
        if plan:
            return Event(["event-kind/tong-ket"], True, tagged, ("year", int(plan.group(1)) - 1))
    return None


# A time of day right before a date: the date of something that happens, not of a document.
_TIME_OF_DAY = re.compile(r"\b(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)(?:\s+ngày)?\s*$")


# A date inside the span an anniversary's parenthesis gives ("(28/7/1929 - 28/7/2024)"): the
# text before the second date, and the text after the first.
_ANNIVERSARY = re.compile(r"\(\s*\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*$")
_ANNIVERSARY_END = re.compile(r"\s*[-–]\s*\d{1,2}/\d{1,2}/\d{4}\s*\)")


def _date(
    tagged: Tagged, published: dt.date | None, event: "Event | None" = None
) -> dt.date | None:
    """The first date of the sentence that is not a document's date.

    A day-month date with no publication date takes the year the sentence states for the
    conference ("Ngày 21/11, … tổng kết … năm 2025"); a year-end review held in the first
    months reviews the year before.
    """
    text = tagged.sentence.text
    for mention in find_dates(text):
        before = text[: mention.start]
        if _documents_date(before) and not _TIME_OF_DAY.search(before):
            continue  # a document's date, not "…, chiều ngày 02/3/2022" (a meeting's)
        if _ANNIVERSARY.search(before[-20:]) or _ANNIVERSARY_END.match(text, mention.end):
            continue  # "kỷ niệm 95 năm Ngày thành lập Công đoàn (28/7/1929 - 28/7/2024)"
        resolved = mention.resolve(published)
        if resolved is None and mention.year is None and event is not None:
            year = _stated_year(text, mention.month, event)
            if year is not None:
                resolved = safe_date(year, mention.month, mention.day)
        return resolved
    return None


def _documents_date(before: str) -> bool:
    """Whether the date after ``before`` is a document's ("Kế hoạch số 12/KH-UBND ngày …"),
    not a meeting's after a clause that names a plan ("Thực hiện Kế hoạch năm 2024, ngày …",
    "Theo kế hoạch, ngày …"): a comma closes the document's name unless it has a number.

    >>> _documents_date("Thực hiện Quyết định số 12/QĐ-UBND, ngày ")
    True
    >>> _documents_date("Thực hiện kế hoạch năm 2024, ngày ")
    False
    >>> _documents_date("Thực hiện Kế hoạch số 12/KH ngày 2/1/2024, ngày ")
    False
    """
    cue = p.DOC_CUE.search(before)
    if cue is None:
        return False
    if re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*,", cue.group(0)):
        return False  # "Kế hoạch số 12/KH ngày 2/1/2024, ngày 22/3/2024": the document's is given
    return "," not in cue.group(0) or re.search(r"\bsố\b", cue.group(0), re.IGNORECASE) is not None


_SCHOOL_YEAR = re.compile(r"\bnăm\s+học\s+(\d{4})\s*[-–]\s*(\d{4})\b", re.IGNORECASE)


def _stated_year(text: str, month: int, event: "Event") -> int | None:
    """The year of a day-month date in ``text``, from what the sentence says of the meeting: the
    year whose first half it reviews ("Tổng kết năm 2023, 6 tháng đầu năm 2024" → 2024); of a
    school year, the second year before September ("năm học 2017-2018", "Ngày 25-5" → 2018);
    else the year it states for the meeting (or the one year it states, or, stating none, the
    year the report gives the meeting), and the year after for a year-end review held in the
    first three months."""
    half = p.FIRST_HALF.search(text)
    if half is not None:
        return int(half.group(1))
    school = _SCHOOL_YEAR.search(text)
    if school is not None:
        return int(school.group(2)) if month <= 8 else int(school.group(1))
    stated = _period(text, _kinds(text))
    years = {int(m.group(1)) for m in p.YEAR.finditer(text)}
    if stated is not None:
        year = stated[1]
    elif len(years) == 1:
        (year,) = years  # "Chiều 26/11, Khối … tổ chức đánh giá công tác thi đua năm 2015"
    elif not years and event.year is not None:
        year = event.year  # "Chiều 29/3, Cụm thi đua số 5 tổ chức Hội nghị …": the meeting's
    else:
        return None
    if "event-kind/tong-ket" in event.kinds and month <= 3:
        year += 1
    return year


def _event_date(event: Event, sentences: list[Tagged], published: dt.date | None) -> dt.date | None:
    """The date of the main sentence, else of the first other sentence naming the conference."""
    found = _date(event.tagged, published, event)
    if found is not None:
        return found
    for tagged in sentences:
        text = tagged.sentence.text
        if tagged is event.tagged or not (_kinds(text) or p.CONFERENCE_CUE.search(text)):
            continue
        found = _date(tagged, published, event)
        if found is not None:
            return found
    return None


def _place(tagged: Tagged) -> str | None:
    """ "tại Hà Nội", "tại thị trấn Sa Pa, huyện Sa Pa, tỉnh Lào Cai" (as written)."""
    text = tagged.sentence.text
    for match in re.finditer(r"\btại\s+", text):
        end = _place_part(text, match.end(), first=True)
        while end > match.end() and text[end : end + 2] == ", ":
            more = _place_part(text, end + 2, first=False)
            if more == end + 2:
                break
            end = more
        if end > match.end():
            return text[match.end() : end]
    return None


def _place_part(text: str, i: int, *, first: bool) -> int:
    """End of "[unit] Capitalised Words" at ``i`` (a later part needs its unit word).

    >>> text = "tổng kết tại tỉnh Gia Lai."
    >>> text[text.index("tỉnh") : _place_part(text, text.index("tỉnh"), first=True)]
    'tỉnh Gia Lai'
    """
    lowered = text[i:].casefold()
    unit = next((u for u in _UNITS if lowered.startswith(u + " ")), None)
    if unit is None and not first:
        return i
    j = i + len(unit) + 1 if unit else i
    end = j
    skip = 0  # the words of a place's kind inside the name ("UBND huyện Yên Thành")
    # a dot inside a word ("TP.HCM") is part of it; one that ends the sentence is not
    for word in re.finditer(r"[^\W_](?:\w|\.(?=\w))*", text[j:]):
        if skip:
            skip -= 1
            end = j + word.end()
            continue
        if text[j + end - j : j + word.start()].strip():
            break
        if not word.group(0)[0].isupper():
            inner = _unit_inside(text, j + word.start()) if end > j else None
            if inner is None:
                break
            skip = len(inner.split()) - 1
        end = j + word.end()
    if end == j or (unit is None and text[j:end].split()[0] in _NOT_PLACES):
        return i
    return end


_NOT_PLACES = frozenset({"Hội", "Khối", "Bộ", "Ban", "Trụ"})


def _unit_inside(text: str, k: int) -> str | None:
    """The kind of place at ``k`` inside a place's name, a capitalised word after it ("tại UBND
    huyện Yên Thành", "tại Hội trường Công an tỉnh Nghệ An"), or None.

    >>> _unit_inside("UBND huyện Yên Thành", 5), _unit_inside("UBND huyện.", 5)
    ('huyện', None)
    """
    lowered = text[k:].casefold()
    unit = next((u for u in _UNITS if lowered.startswith(u + " ")), None)
    after = text[k + len(unit) + 1 : k + len(unit) + 2] if unit else ""
    return unit if after[:1].isupper() else None


def _quote(sentences: list[Tagged], pattern: re.Pattern[str], year: int | None) -> Quote | None:
    for tagged in sentences:
        match = pattern.search(tagged.sentence.text)
        if match is None:
            continue
        stated = match.group(1) if pattern.groups > 1 else None
        before = p.YEAR.findall(tagged.sentence.text[: match.start()])
        found = int(stated) if stated else int(before[-1]) if before else year
        return Quote(match.group(pattern.groups).strip(), found, tagged)
    return None


__all__ = ["Event", "Quote", "find_event", "stated_year"]
