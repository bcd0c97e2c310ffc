"""Stage 1, text → findings: what the extractors read in a report, with spans and no IRIs yet.

Findings are the extractors' output as they give it (sentences tagged against the gazetteer,
person mentions with their titles, blocs with their member lists, the conference), plus the
report's header and home province. Nothing here is resolved or minted; that is
:mod:`nội_chính_graph.ingest.resolve`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache

from nội_chính_graph.ingest.extract.blocs import (
    Bloc,
    bloc_of_a_role,
    collect_blocs,
    localise_people,
    name_bare_heads,
    posts_in_listed_units,
    posts_in_the_body,
    sole_province_named,
)
from nội_chính_graph.ingest.extract.blocs import report_province as named_province
from nội_chính_graph.ingest.extract.districts import (
    as_written,
    district_from_url,
    province_of_districts,
)
from nội_chính_graph.ingest.extract.events import Event, find_event, stated_year
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.extract.names import (
    HomeDistricts,
    home_districts,
    place_of,
    province_from_path,
    province_from_url,
    province_names,
    sector_of_url,
)
from nội_chính_graph.ingest.extract.people import Org, PersonMention, find_people
from nội_chính_graph.ingest.extract.tagger import Tagged, org_head_at, tag
from nội_chính_graph.ingest.minting import report_province
from nội_chính_graph.text import nfc
from nội_chính_graph.text.cleanup import CleanText, clean
from nội_chính_graph.text.dates import (
    Dateline,
    dateline_from_url,
    find_dateline,
    year_in_address,
)
from nội_chính_graph.text.sentences import split_sentences
from nội_chính_graph.text.tokens import keys_of

_SOURCE = re.compile(r"^\s*SOURCE:\s*(\S+)\s*$", re.MULTILINE)


def header(text: str) -> tuple[str | None, str | None]:
    """(URL, headline) from a ``SOURCE:`` header line and the line after it.

    >>> header("SOURCE: http://x.vn/a\\nTiêu đề bài\\n22/01/2021")
    ('http://x.vn/a', 'Tiêu đề bài')
    """
    match = _SOURCE.search(text[:2000])
    if match is None:
        return None, None
    rest = [line.strip() for line in text[match.end() :].split("\n") if line.strip()]
    title = rest[0] if rest and not rest[0].endswith(".") and len(rest[0]) < 250 else None
    return match.group(1), title


@dataclass
class Findings:
    """What one report says, as the extractors found it."""

    original: str
    sentences: list[Tagged]
    mentions: list[PersonMention]
    blocs: list[Bloc]
    event: Event | None
    published: dt.date | None
    url: str | None = None
    title: str | None = None
    home_province: str | None = None
    stated_year: int | None = None

    @property
    def year(self) -> int | None:
        """The year the report's facts hold in: the event's, else the publication year, else
        the year the text names most."""
        if self.event is not None and self.event.year is not None:
            return self.event.year
        return self.published.year if self.published else self.stated_year

    @property
    def on(self) -> dt.date | None:
        """The day the report speaks of, as well as it is known (conference, publication,
        else 1 January of its year): which province a name means around the 2025 mergers."""
        if self.event is not None and self.event.date is not None:
            return self.event.date
        if self.published is not None:
            return self.published
        return dt.date(self.year, 1, 1) if self.year is not None else None

    @property
    def empty(self) -> bool:
        """True when nothing was found: no official, no bloc, no conference."""
        return not self.mentions and not self.blocs and self.event is None


def cased_places(cleaned: CleanText, names: Collection[str]) -> CleanText:
    """``cleaned`` with the provinces it names after a place word, with a later word in lower
    case ("tỉnh Bạc liêu"), written in the graph's case, so that each reads as one place; only
    the case of letters changes, so the offsets still hold.

    >>> cased_places(clean("Sở Kế hoạch và Đầu tư tỉnh Bạc liêu."), {"Bạc Liêu"}).text
    'Sở Kế hoạch và Đầu tư tỉnh Bạc Liêu.'
    >>> cased_places(clean("tỉnh bạc liêu"), {"Bạc Liêu"}).text  # lower case throughout
    'tỉnh bạc liêu'
    >>> cased_places(clean("Hòa bình là khát vọng"), {"Hòa Bình"}).text  # no place word
    'Hòa bình là khát vọng'
    """
    spaced = tuple(sorted((n for n in names if " " in n), key=len, reverse=True))
    if not spaced:
        return cleaned
    pattern, canonical = _places_after_a_place_word(spaced)
    text = cleaned.text

    def recase(match: re.Match[str]) -> str:
        written = match.group(0)
        name = canonical.get(written.lower())
        if name is None or not written[:1].isupper() or len(name) != len(written):
            return written
        pairs = zip(name, written, strict=True)
        return "".join(c if c.lower() == w.lower() else w for c, w in pairs)

    recased = pattern.sub(recase, text)
    return cleaned if recased == text else replace(cleaned, text=recased)


@cache
def _places_after_a_place_word(names: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of ``names`` written after a place word, however cased ("tỉnh Bạc liêu"; not
    "Hòa bình", peace, opening a sentence), and each name by its lower case; built once for
    the gazetteer's provinces, not once a report."""
    pattern = re.compile(
        r"(?:(?<=tỉnh\s)|(?<=phố\s)|(?<=TP\s)|(?<=TP\.))(?:"
        + "|".join(re.escape(n).replace(r"\ ", r"\s") for n in names)
        + r")(?!\w)",
        re.IGNORECASE,
    )
    return pattern, {n.lower(): n for n in names}


def _plausible(dateline: Dateline | None, spoken: int | None) -> Dateline | None:
    """``dateline``, unless it is older than the year before ``spoken``, the one the report
    speaks of most ("Thứ Sáu, ngày 23 tháng 08 năm 2019" printed above a review of 2024): a
    page's stale date, not the report's."""
    if dateline is None or spoken is None:
        return dateline
    return None if dateline.year < spoken - 1 else dateline


def find(
    text: str,
    gazetteer: Gazetteer,
    *,
    issued: dt.date | None = None,
    url: str | None = None,
) -> Findings:
    """Run the extractors over ``text`` (stored form; offsets index its NFC form).

    ``url`` is the report's address as the steward gives it (else its ``SOURCE:`` header): a
    provincial outlet's address names the province a report is about when the text does not.
    """
    original = nfc(text)
    header_url, title = header(original)
    places = sorted(gazetteer.place_labels)
    known = province_names(places) or None
    cleaned = clean(original)  # "Q.Tân Phú" written out as "quận Tân Phú", offsets kept
    cleaned = cased_places(cleaned, known or ())
    tagged = [tag(s, gazetteer) for s in split_sentences(cleaned)]
    spoken = stated_year(tagged)
    # the page's dateline (unless stale); failing that, the date its address carries
    # ("/2017/03/22/")
    dateline = _plausible(find_dateline(original), spoken) or dateline_from_url(url or header_url)
    published = issued or (dateline.date if dateline is not None else None)
    # a dateline with no day ("date 2025-06") still dates "Chiều 29/6" and the report's year
    bound = published or (dateline.latest if dateline is not None else None)
    mentions = [m for t in tagged for m in find_people(t, gazetteer)]
    event = find_event(tagged, mentions, bound)
    # the province the outlet's address names; else the one the districts named belong to
    address = url or header_url
    portal = district_from_url(address)  # "nari.backan.gov.vn": a district's own portal
    outlet = (
        province_from_url(address, places)
        or province_of_districts(cleaned.text)
        or (as_written(portal[2]) if portal is not None else None)
        or province_from_path(address, places)  # the headline in the address
    )
    districts = HomeDistricts(home_districts(cleaned.text))
    if portal is not None:
        # a unit the district's portal names bare ("UBND huyện", "Huyện ủy") is its own
        districts = districts.with_address(portal[0], portal[1])
    blocs = collect_blocs(tagged, gazetteer, outlet, districts, sector_of_url(address))
    held = bloc_of_a_role(mentions) if not blocs else None
    blocs += [held] if held is not None else []
    name_bare_heads(mentions, tagged, gazetteer)
    people_province = named_province(tagged, known) or outlet or sole_province_named(tagged)
    provincial = any(bloc.local for bloc in blocs)
    localise_people(mentions, people_province, known, districts, provincial_blocs=provincial)
    _short_names_written_out(mentions, short_names(cleaned.text))
    posts_in_listed_units(mentions, blocs)
    posts_in_the_body(mentions, tagged, blocs)
    home = _home_province(original, known, outlet, blocs)
    return Findings(
        original=original,
        sentences=tagged,
        mentions=mentions,
        blocs=blocs,
        event=event,
        published=published,
        url=url or header_url,
        title=title,
        home_province=home,
        stated_year=bound.year
        if bound is not None
        else spoken or year_in_address(url or header_url),
    )


# "Công ty Xăng dầu Cà Mau (Petrolimex Cà Mau)": a unit's name, then the short name it goes by.
_SHORT_NAME = re.compile(r"([^;:,.()\n]+?)\s*\(\s*([A-ZĐ]\w*(?:\s+[A-ZĐ0-9]\w*){1,5})\s*\)")


def short_names(text: str) -> dict[str, str]:
    """The short names a report defines for units in parentheses, each with the unit's name:
    "Công ty Xăng dầu Cà Mau (Petrolimex Cà Mau)" → {"Petrolimex Cà Mau": "Công ty Xăng dầu Cà
    Mau"}. The name runs back to the clause's start or a "và", and must begin with an
    organisation's head word; a short name defined twice is kept only when one name ends the
    other ("tại Văn phòng Công ty X (P)", "Công ty X (P)": "Công ty X").

    >>> short_names("gồm: Công ty Xăng dầu Cà Mau (Petrolimex Cà Mau) và Sở Y tế (SYT)")
    {'Petrolimex Cà Mau': 'Công ty Xăng dầu Cà Mau'}
    """
    found: dict[str, set[str]] = {}
    for match in _SHORT_NAME.finditer(text):
        name = re.split(r"\s(?:và|gồm|là|của)\s", match.group(1))[-1].strip()
        words, keys = name.split(), keys_of(name)
        start = next((k for k in range(len(words)) if org_head_at(keys[k:], 0)), None)
        if start is None:
            continue
        found.setdefault(match.group(2), set()).add(" ".join(words[start:]))
    shortest = {short: min(names, key=len) for short, names in found.items()}
    # "tại Văn phòng Công ty X (P)" and "Công ty X (P)": the name both end with
    return {
        short: name
        for short, name in shortest.items()
        if all(other.endswith(name) for other in found[short])
    }


def _short_names_written_out(mentions: list[PersonMention], names: dict[str, str]) -> None:
    """A post's unit written by a short name the report defines is the unit it names."""
    for mention in mentions:
        mention.posts = [
            replace(post, org=Org(names[post.org.label], None))
            if post.org is not None and post.org.entity is None and post.org.label in names
            else post
            for post in mention.posts
        ]


def _home_province(
    text: str, known: set[str] | None, outlet: str | None, blocs: Sequence[Bloc] = ()
) -> str | None:
    """The report's own province: the outlet's (its address, or the districts named) when the
    text names it too, since a province's outlet writes about its own ("Phân hiệu Trường Đại
    học Nông lâm TP. Hồ Chí Minh tại Gia Lai" twice in a Báo Gia Lai report about a bloc of Gia
    Lai's schools); else the one most of the blocs' members are placed in; else the one the
    text names most ("tỉnh X", "TP. X"); else the outlet's.

    >>> _home_province("Phân hiệu Đại học TP. Hồ Chí Minh, TP. Hồ Chí Minh tại Gia Lai",
    ...                {"Hồ Chí Minh", "Gia Lai"}, "tỉnh Gia Lai")
    'Gia Lai'
    >>> _home_province("Công an tỉnh Lào Cai", {"Lào Cai", "Gia Lai"}, "tỉnh Gia Lai")
    'Lào Cai'
    """
    own = outlet.removeprefix("tỉnh ").removeprefix("thành phố ") if outlet else None
    if own is not None and re.search(rf"(?<!\w){re.escape(own)}(?!\w)", text):
        return own
    placed = [place_of(m.org.label) for b in blocs for m in b.members]
    counts = Counter(p for p in placed if p is not None)
    if counts:
        (top, n), total = counts.most_common(1)[0], sum(counts.values())
        if n / total >= 0.6 and (known is None or top in known):
            return top  # "Sở Y tế tỉnh Vĩnh Long, …, Phân hiệu … TP. Hồ Chí Minh tại Vĩnh Long"
    return report_province(text, known) or own


__all__ = ["Findings", "find", "header"]
