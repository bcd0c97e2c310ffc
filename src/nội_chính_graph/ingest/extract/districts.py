"""The province of a report that names only its districts.

A provincial paper often writes "huyện Quan Sơn", "TP Cao Lãnh" or "Quận Bình Thạnh" and never
the province. The districts of the 63 provinces until 30/6/2025 come from the package
``vietnamadminunits`` (``data/reference/tables/districts-provinces.csv``, built by
``python data/build/reference_tables.py --provinces``; the package is needed only then). A
district name that more than one province has ("huyện Châu Thành") says nothing.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urlparse

from nội_chính_graph.resources import data_dir
from nội_chính_graph.text import fold, match_key, slugify

TABLE = Path("reference") / "tables" / "districts-provinces.csv"

# A district's kind as the press writes it, then up to four capitalised syllables or a number.
_SYLLABLE = r"[^\W\d_][\w'’]*"
_MENTION = re.compile(
    rf"\b(huyện|quận|thị xã|thành phố|tp\.?)\s+(\d{{1,2}}\b|{_SYLLABLE}(?:\s+{_SYLLABLE}){{0,3}})",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(r"\s*\([^)]*\)$")
_KINDS = frozenset({"huyện", "quận", "thị xã", "thành phố"})


@dataclass(frozen=True)
class DistrictIndex:
    """District names (folded: "Đak Pơ" is "Đăk Pơ") → the kinds and provinces of the
    districts so named."""

    kinds: Mapping[str, frozenset[tuple[str, str]]]
    # a host name's spelling of a district ("nari", "daitu") → (kind, name, province)
    hosts: Mapping[str, frozenset[tuple[str, str, str]]] = field(default_factory=dict)
    # the host names' spellings of the provinces ("backan", "hanoi")
    province_hosts: frozenset[str] = frozenset()

    def kind(self, name: str, province: str | None = None) -> str | None:
        """The kind ("huyện", "thị xã", "thành phố", "quận") of the district ``name`` in
        ``province`` (its name, "Tỉnh Gia Lai"; None: in the one province that has a district so
        named); None when there is no such district, or more than one kind."""
        found = self.kinds.get(fold(name), frozenset())
        if province is not None:
            wanted = match_key(province)
            found = frozenset(k for k in found if match_key(k[1]) == wanted)
        elif len({p for _, p in found}) != 1:
            return None
        kinds = {k for k, _ in found}
        return next(iter(kinds)) if len(kinds) == 1 else None

    def province(self, kind: str, name: str) -> str | None:
        """The one province with a district of that kind and name; else, when the kind differs
        (a "thị xã" that became a "thành phố"), the one province with a district of that name."""
        found = self.kinds.get(fold(name), frozenset())
        of_kind = {p for k, p in found if k == kind}
        provinces = of_kind or {p for _, p in found}
        return next(iter(provinces)) if len(provinces) == 1 else None


def _index(rows: list[dict[str, str]]) -> DistrictIndex:
    kinds: dict[str, set[tuple[str, str]]] = {}
    hosts: dict[str, set[tuple[str, str, str]]] = {}
    for row in rows:
        kind = match_key(row["type"])
        written = _QUALIFIER.sub("", row["name"])
        # "Quận 1" → "1"; "Cao Lãnh (Thành phố)" → "Cao Lãnh" (the package tells the two apart)
        name = fold(written).removeprefix(f"{fold(kind)} ")
        kinds.setdefault(name, set()).add((kind, row["province_name"]))
        host = slugify(written).replace("-", "")
        hosts.setdefault(host, set()).add((kind, written, row["province_name"]))
    return DistrictIndex(
        {k: frozenset(v) for k, v in kinds.items()},
        {k: frozenset(v) for k, v in hosts.items()},
        frozenset(_province_slug(row["province_name"]) for row in rows),
    )


@cache
def district_index(path: Path | None = None) -> DistrictIndex:
    """The shipped table, read once."""
    with (path or data_dir() / TABLE).open(encoding="utf-8", newline="") as handle:
        return _index(list(csv.DictReader(handle)))


def province_of_districts(text: str, index: DistrictIndex | None = None) -> str | None:
    """The province ("tỉnh Thanh Hóa", "thành phố Hồ Chí Minh") that at least 60 % of the
    districts the text names belong to, counting only names one province has; None when it
    names none.

    >>> province_of_districts("các Hạt Kiểm lâm huyện Quan Sơn, huyện Mường Lát")
    'tỉnh Thanh Hóa'
    >>> province_of_districts("tại TP Cao Lãnh"), province_of_districts("Quận 7 và Quận 12")
    ('tỉnh Đồng Tháp', 'thành phố Hồ Chí Minh')
    >>> province_of_districts("huyện Châu Thành") is None
    True
    """
    index = index or district_index()
    counts: dict[str, int] = {}
    for match in _MENTION.finditer(text):
        written = match_key(match.group(1))
        kind = written if written in _KINDS else "thành phố"  # "TP", "Tp."
        words = match.group(2).split()
        if not words[0].isdigit() and not all(w[0].isupper() for w in words[:1]):
            continue
        for n in range(len(words), 0, -1):  # the longest name the table knows
            if not all(w[0].isupper() or w.isdigit() for w in words[:n]):
                continue
            province = index.province(kind, fold(" ".join(words[:n])))
            if province is not None:
                counts[province] = counts.get(province, 0) + 1
                break
    if not counts:
        return None
    best, n = max(counts.items(), key=lambda item: (item[1], item[0]))
    if n / sum(counts.values()) < 0.6:
        return None
    return as_written(best)


def as_written(province: str) -> str:
    """A province of the table as a report writes it: "Tỉnh Bắc Kạn" → "tỉnh Bắc Kạn",
    "Thành phố Hà Nội" → "thành phố Hà Nội"."""
    unit, _, name = province.partition(" ")
    return f"{unit.lower()} {name}"


def district_from_url(
    url: str | None, index: DistrictIndex | None = None
) -> tuple[str, str, str] | None:
    """The district whose portal the outlet is, from its host name: ``(kind, name, province)``
    of "nari.backan.gov.vn" or "ankhanh.daitu.thainguyen.gov.vn". A host label names a district
    when the host also names the district's province, or when no other province has a district
    so spelled and the host names no province; a province's own name ("tayninh", also a city's)
    names none.

    >>> district_from_url("https://nari.backan.gov.vn/khoi-thi-dua")
    ('huyện', 'Na Rì', 'Tỉnh Bắc Kạn')
    >>> district_from_url("http://hoangmai.hanoi.gov.vn/x")
    ('quận', 'Hoàng Mai', 'Thành phố Hà Nội')
    >>> district_from_url("https://chodon.gov.vn/x")
    ('huyện', 'Chợ Đồn', 'Tỉnh Bắc Kạn')
    >>> district_from_url("https://pgdngochoi.kontum.edu.vn/x")
    ('huyện', 'Ngọc Hồi', 'Tỉnh Kon Tum')
    >>> district_from_url("https://sonoivu.tayninh.gov.vn/x") is None
    True
    >>> district_from_url("http://huyendoannhabe.com.vn/x")
    ('huyện', 'Nhà Bè', 'Thành phố Hồ Chí Minh')
    """
    index = index or district_index()
    host = (urlparse(url).hostname or "") if url else ""
    labels = [label.replace("-", "") for label in host.split(".")]
    provinces = index.province_hosts
    named = [label for label in labels if label in provinces]
    for written in labels[:-2]:
        # "huyentumorong", "pgdngochoi": a district's portal or its education office's site
        label = next(
            (written.removeprefix(p) for p in _PORTAL_PREFIXES if written.startswith(p)), written
        )
        if label in provinces or label not in index.hosts:
            continue
        found = [
            (kind, name, province)
            for kind, name, province in index.hosts[label]
            if kind in _HOME_KINDS
            and (_province_slug(province) in named if named else len(index.hosts[label]) == 1)
        ]
        if len(found) == 1:
            return found[0]
    return None


# What a district's site may put before its name in the host ("huyện", "phòng giáo dục", "phòng
# giáo dục thị xã", "ủy ban nhân dân"), longest first.
_PORTAL_PREFIXES = (
    # a district's Youth Union's site ("huyendoannhabe.com.vn"), before its portal's prefix
    *("huyendoan", "quandoan", "thidoan"),
    *("ubndhuyen", "huyen", "pgdtx", "pgd", "ubnd"),
)
# The kinds of district a report's bare unit can be of ("UBND huyện", "Quận ủy"); a "thành phố"
# may be the province itself.
_HOME_KINDS = frozenset({"huyện", "quận", "thị xã"})


def _province_slug(province: str) -> str:
    """ "Tỉnh Bắc Kạn" → "backan"; "Thành phố Hà Nội" → "hanoi"."""
    name = province.removeprefix("Tỉnh ").removeprefix("Thành phố ")
    return slugify(name).replace("-", "")


__all__ = [
    "DistrictIndex",
    "as_written",
    "district_from_url",
    "district_index",
    "province_of_districts",
]
