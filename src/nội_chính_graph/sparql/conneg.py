"""HTTP content negotiation (RFC 9110 §12.5.1): q-values, ``type/*`` and ``*/*`` ranges.

Each offered format takes the quality of the *most specific* range matching it; the highest
quality wins, ties go to the server's order of preference; quality 0 means "not this one".
"""

from collections.abc import Sequence
from dataclasses import dataclass

from nội_chính_graph.store.results import ResultFormat


@dataclass(frozen=True)
class MediaRange:
    """One entry of an Accept header."""

    type: str
    subtype: str
    q: float

    @property
    def specificity(self) -> int:
        """2 for ``a/b``, 1 for ``a/*``, 0 for ``*/*``."""
        return 0 if self.type == "*" else 1 if self.subtype == "*" else 2

    def matches(self, media_type: str) -> bool:
        """Whether this range covers ``media_type``."""
        kind, _, sub = media_type.partition("/")
        return self.type in ("*", kind) and self.subtype in ("*", sub)


def _quality(params: list[str]) -> float:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            try:
                return min(max(float(value.strip()), 0.0), 1.0)
            except ValueError:
                return 0.0
    return 1.0


def parse_accept(header: str | None) -> list[MediaRange]:
    """Parse an Accept header; an absent or empty header accepts anything.

    >>> [(r.type, r.subtype, r.q) for r in parse_accept("text/csv;q=0.5, */*;q=0.1")]
    [('text', 'csv', 0.5), ('*', '*', 0.1)]
    """
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0)]
    ranges = []
    for item in header.split(","):
        media, *params = item.split(";")
        kind, _, sub = media.strip().lower().partition("/")
        if kind and sub:
            ranges.append(MediaRange(kind, sub, _quality(params)))
    return ranges


def quality_of(ranges: Sequence[MediaRange], media_types: Sequence[str]) -> float:
    """Quality of the best-matching range for any of a format's media types."""
    best: tuple[int, float] = (-1, 0.0)
    for media_type in media_types:
        for rng in ranges:
            if rng.matches(media_type) and (rng.specificity, rng.q) > best:
                best = (rng.specificity, rng.q)
    return best[1]


def negotiate(header: str | None, offers: Sequence[ResultFormat]) -> ResultFormat | None:
    """Pick the best of ``offers`` for an Accept header, or None when none is acceptable.

    >>> from nội_chính_graph.store.results import SOLUTION_FORMATS
    >>> negotiate("text/csv;q=0.9, application/sparql-results+xml", SOLUTION_FORMATS).name
    'xml'
    >>> negotiate("*/*", SOLUTION_FORMATS).name
    'json'
    >>> negotiate("image/png", SOLUTION_FORMATS) is None
    True
    """
    ranges = parse_accept(header)
    best: ResultFormat | None = None
    best_q = 0.0
    for offer in offers:
        q = quality_of(ranges, (offer.media_type, *offer.aliases))
        if q > best_q:
            best, best_q = offer, q
    return best


def accepts_encoding(header: str | None, coding: str) -> bool:
    """Whether an Accept-Encoding header allows ``coding`` (by name or ``*``, with q > 0).

    >>> accepts_encoding("gzip, deflate, br", "gzip"), accepts_encoding("gzip;q=0", "gzip")
    (True, False)
    >>> accepts_encoding("*", "gzip"), accepts_encoding(None, "gzip")
    (True, False)
    """
    named = star = None
    for item in (header or "").split(","):
        name, *params = item.split(";")
        name = name.strip().lower()
        if name == coding:
            named = _quality(params)
        elif name == "*":
            star = _quality(params)
    quality = named if named is not None else star
    return quality is not None and quality > 0


def prefers_html(header: str | None, offers: Sequence[ResultFormat]) -> bool:
    """Whether a client (a browser) ranks ``text/html`` above every RDF format offered."""
    ranges = parse_accept(header)
    html = quality_of([r for r in ranges if r.specificity > 0], ("text/html",))
    rdf = max((quality_of(ranges, (o.media_type, *o.aliases)) for o in offers), default=0.0)
    return html > 0 and html >= rdf


__all__ = [
    "MediaRange",
    "accepts_encoding",
    "negotiate",
    "parse_accept",
    "prefers_html",
    "quality_of",
]
