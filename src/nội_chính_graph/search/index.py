"""Name search: diacritic-, case- and tone-placement-insensitive, with aliases and acronyms.

Every name of an entity (display labels, ``skos:altLabel``, ``foaf:name``) is folded with
:func:`nội_chính_graph.text.fold` and split into tokens; each multi-word display label also gets
its acronym (``Kiểm toán Nhà nước`` → ``ktnn``). A query matches a name when each of its tokens
is a prefix of some token of the name; candidates come from a sorted token list (binary search
for the prefix range), so a query touches only the names that can match.

Ranking, best first: the same spelling (:func:`match_key`: case and old/new tone placement
ignored) > the same folded name > a folded name starting with the query > the query as a phrase
inside the name > the tokens anywhere > an abbreviation mixed with words; display labels weigh
more than aliases, aliases more than generated acronyms; shorter names first among equals.

An abbreviation mixed with words (``BHXH Việt Nam``, ``bhxh vn``, ``Viện KSND tối cao``) matches
a name whose acronym starts with the query read as initials: each query word counts either whole
(an abbreviation) or by its first letter, and at least one abbreviation of two letters or more is
taken whole. Such matches come after every match of the words themselves. Tone marks and other
diacritics are folded away, so a name with one mark wrong (``Trần Quốc Tổ``) still finds
``Trần Quốc Tỏ``, after any name spelt exactly so.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, product
from typing import Any, NamedTuple

from nội_chính_graph.search.catalogue import Catalogue, EntityInfo
from nội_chính_graph.store.derived import DerivedCache
from nội_chính_graph.text import fold, match_key, nfc

_LABEL, _ALIAS, _ACRONYM = 1.0, 0.9, 0.75


class _Name(NamedTuple):
    # A tuple: a million of them pickle and load fast (the index is saved with the store).
    entity: int
    text: str
    folded: str
    weight: float


@dataclass(frozen=True)
class SearchHit:
    """One entity found, its score (higher is better) and the name that matched."""

    entity: EntityInfo
    score: float
    matched: str


def _tokens(folded: str) -> list[str]:
    return [t for t in folded.replace("-", " ").replace(",", " ").split() if t]


def acronym(folded: str) -> str | None:
    """Initials of a folded multi-word name.

    >>> acronym(fold("Kiểm toán Nhà nước"))
    'ktnn'
    >>> acronym("bo") is None
    True
    """
    tokens = _tokens(folded)
    return "".join(t[0] for t in tokens) if len(tokens) > 1 else None


def _names_of(entity: EntityInfo) -> Iterable[tuple[str, str, float]]:
    for text in entity.labels.values():
        folded = fold(text)
        yield text, folded, _LABEL
        short = acronym(folded)
        if short is not None:
            yield text, short, _ACRONYM
    for text in entity.alt_labels:
        yield text, fold(text), _ALIAS


_TIERS = (1.0, 0.95, 0.8, 0.7, 0.5, 0.45)
_ABBREVIATED = 5  # the tier of a match through initials (an abbreviation mixed with words)
#: Above this many candidate names a one-word query takes the presorted path.
FAST_PATH = 500
#: Queries of more words than this are not read as initials (2**words readings are tried).
MAX_INITIALS_WORDS = 8
#: One-word queries up to this many letters have their counts precomputed.
SHORT = 2
_STATE = {
    "names",
    "entities",
    "_entity_of",
    "_tokens",
    "_postings",
    "_whole",
    "_whole_ids",
    "_short",
}


def _abbreviation(token: str, typed: str | None) -> bool:
    """Whether a query word may be an abbreviation read whole: typed in capitals (``TƯ``,
    ``VN``), or two letters or more with no vowel (``bhxh``, ``vn``), or four letters or more
    (``tand``); a short word such as ``an`` or ``bo`` is read only by its first letter."""
    if len(token) < 2:
        return False
    if typed is not None and typed.isupper():
        return True
    return len(token) >= 4 or not any(vowel in token for vowel in "aeiouy")


def initials_readings(tokens: Sequence[str], typed: Sequence[str] | None = None) -> list[str]:
    """Every way to read folded query words as an acronym: each word whole or by its first
    letter, at least one abbreviation whole. ``typed`` are the words as typed (capitals count),
    used when they line up with ``tokens``.

    >>> initials_readings(["bhxh", "vn"])
    ['bhxhvn', 'bhxhv', 'bvn']
    >>> "bhxhvn" in initials_readings(["bhxh", "viet", "nam"])
    True
    >>> initials_readings(["bo", "cong", "an"])
    ['bocongan', 'boconga', 'bcongan', 'bconga']
    >>> "bnctu" in initials_readings(["ban", "noi", "chinh", "tu"], ["Ban", "Nội", "chính", "TƯ"])
    True
    """
    words: list[str | None] = [None] * len(tokens)
    if typed is not None and len(typed) == len(tokens):
        words = list(typed)
    readings: list[str] = []
    for whole in product((True, False), repeat=len(tokens)):
        picks = list(zip(whole, tokens, words, strict=True))
        if not any(w and _abbreviation(t, typed_as) for w, t, typed_as in picks):
            continue
        reading = "".join(t if w else t[0] for w, t, _ in picks)
        if reading not in readings:
            readings.append(reading)
    return readings


def _ascending(numbers: Iterable[int]) -> Iterator[int]:
    """``numbers`` smallest first, sorted only as far as they are taken (a heap)."""
    heap = list(numbers)
    heapq.heapify(heap)
    while heap:
        yield heapq.heappop(heap)


def saved_name(types: Sequence[str]) -> str:
    """The name an index over ``types`` is saved under."""
    return "search-" + "-".join(sorted(set(types)))


class SearchIndex:
    """Token index over the names of a :class:`Catalogue`'s entities.

    Names are numbered in a fixed order (display labels before aliases before acronyms, then
    shorter first); within a match tier that number *is* the rank, which lets a one-word query
    that matches thousands of names (``ng``) be ranked by sorting integers.

    >>> from nội_chính_graph.search.catalogue import Catalogue, EntityInfo
    >>> ktnn = EntityInfo("https://w3id.org/noi-chinh/id/agency/kiem-toan-nha-nuoc", "agency",
    ...                   "kiem-toan-nha-nuoc", {"vi": "Kiểm toán Nhà nước"})
    >>> index = SearchIndex(Catalogue([ktnn], 0), ["agency"])
    >>> [hit.entity.slug for hit in index.search("KTNN")[0]]
    ['kiem-toan-nha-nuoc']
    """

    def __init__(self, catalogue: Catalogue, types: Sequence[str], *, saved: bool = True) -> None:
        """Loaded from where it was saved for the catalogue's store state, else built (and
        saved there); with ``saved=False`` built and never loaded or saved."""
        self.generation = catalogue.generation
        cache = catalogue.saved if saved else None
        name = saved_name(types)
        state = cache.load(name) if cache is not None else None
        if state is not None and self._restore(catalogue, state):
            return
        self._build(catalogue, types)
        if cache is not None:  # built from the catalogue alone: no store to check
            cache.save(name, self._state(), check_store=False)

    def save(self, cache: DerivedCache, types: Sequence[str]) -> bool:
        """Save the index for ``cache``'s store state, when the store still has it."""
        return cache.save(saved_name(types), self._state())

    def _state(self) -> dict[str, Any]:
        """What is saved: the entities by IRI, the rest as built."""
        state = {k: v for k, v in vars(self).items() if k not in ("generation", "entities")}
        return {**state, "entities": [e.iri for e in self.entities]}

    def _restore(self, catalogue: Catalogue, state: dict[str, Any]) -> bool:
        if set(state) != _STATE:
            return False
        entities = [catalogue.by_iri.get(iri) for iri in state.pop("entities")]
        if any(e is None for e in entities):
            return False
        vars(self).update(state, entities=entities)
        return True

    def _build(self, catalogue: Catalogue, types: Sequence[str]) -> None:
        self.entities = [e for e in catalogue.by_iri.values() if e.type in types]
        self.names = self._collect(self.entities)
        self._entity_of = [name.entity for name in self.names]
        postings: dict[str, set[int]] = {}
        for number, name in enumerate(self.names):
            for token in _tokens(name.folded):
                postings.setdefault(token, set()).add(number)
        self._tokens = sorted(postings)
        self._postings = [postings[t] for t in self._tokens]
        whole = sorted((name.folded, number) for number, name in enumerate(self.names))
        self._whole = [folded for folded, _ in whole]
        self._whole_ids = [number for _, number in whole]
        self._short = self._short_prefixes()

    def _short_prefixes(self) -> dict[str, tuple[int, dict[str, int]]]:
        """For each query of one or two letters (``n``, ``ng``): how many names it matches
        and how many entities of each type: the count of such a query, which would otherwise
        gather tens of thousands of names per request."""
        found: dict[str, tuple[set[int], set[int]]] = {}
        for token, posting in zip(self._tokens, self._postings, strict=True):
            for prefix in {token[:1], token[:SHORT]}:
                names, entities = found.setdefault(prefix, (set(), set()))
                names |= posting
                entities.update(map(self._entity_of.__getitem__, posting))
        short: dict[str, tuple[int, dict[str, int]]] = {}
        for prefix, (names, entities) in found.items():
            kinds = Counter(self.entities[e].type for e in entities)
            short[prefix] = (len(names), dict(kinds))
        return short

    def _collect(self, entities: Sequence[EntityInfo]) -> list[_Name]:
        """One name per (entity, folded form) with its highest weight, in rank order."""
        kept: dict[tuple[int, str], _Name] = {}
        for number, entity in enumerate(entities):
            for text, folded, weight in _names_of(entity):
                old = kept.get((number, folded))
                if folded and (old is None or old.weight < weight):
                    kept[number, folded] = _Name(number, text, folded, weight)
        order = lambda n: (-n.weight, len(n.folded), self.entities[n.entity].iri, n.folded)  # noqa: E731
        return sorted(kept.values(), key=order)

    def _range(self, token: str) -> tuple[int, int]:
        """The tokens starting with ``token``: a slice of the sorted token list."""
        start = bisect.bisect_left(self._tokens, token)
        return start, bisect.bisect_left(self._tokens, token + "\uffff", start)

    def _candidates(self, tokens: list[str]) -> set[int]:
        """Names with a token starting with each query token. The rarest token's names are
        gathered first; a common token (``nguyen``, ``van``) then only checks those few names
        against its postings instead of gathering its own hundreds of thousands."""
        ranges = [self._range(t) for t in dict.fromkeys(tokens)]
        sizes = [sum(map(len, self._postings[a:b])) for a, b in ranges]
        order = sorted(range(len(ranges)), key=sizes.__getitem__)
        found = self._union(*ranges[order[0]])
        for i in order[1:]:
            if not found:
                break
            start, end = ranges[i]
            if len(found) * (end - start) < sizes[i]:
                kept: set[int] = set()
                for posting in self._postings[start:end]:
                    kept |= found & posting  # in C, over the few found names
                found = kept
            else:
                found &= self._union(start, end)
        return found

    def _union(self, start: int, end: int) -> set[int]:
        found: set[int] = set()
        for posting in self._postings[start:end]:
            found |= posting
        return found

    @staticmethod
    def _tier(name: _Name, folded: str, key: str) -> int:
        """0 same spelling, 1 same folded name, 2 starts with, 3 phrase inside, 4 words anywhere."""
        if name.folded == folded:
            return 0 if name.weight == _ACRONYM or match_key(name.text) == key else 1
        if name.folded.startswith(folded):
            return 2
        return 3 if f" {folded}" in f" {name.folded}" else 4

    def _hit(self, number: int, tier: int) -> SearchHit:
        name = self.names[number]
        score = _TIERS[tier] * name.weight - len(name.folded) / 10_000
        return SearchHit(self.entities[name.entity], round(score, 4), name.text)

    def _wanted(self, types: Sequence[str] | None) -> Callable[[int], bool]:
        if not types:
            return lambda _: True
        allowed = set(types)
        return lambda number: self.entities[self._entity_of[number]].type in allowed

    def _total(self, candidates: set[int], types: Sequence[str] | None) -> int:
        """Distinct entities among the names (the type is the entity's: filtered after)."""
        entities = set(map(self._entity_of.__getitem__, candidates))
        if not types:
            return len(entities)
        allowed = set(types)
        return sum(1 for e in entities if self.entities[e].type in allowed)

    def _ranked(
        self, ordered: Iterable[tuple[int, int]], wanted: Callable[[int], bool], count: int
    ) -> list[SearchHit]:
        """The first ``count`` entities of (tier, name number) pairs already in rank order."""
        hits: list[SearchHit] = []
        seen: set[int] = set()
        for tier, number in ordered:
            entity = self._entity_of[number]
            if entity in seen or not wanted(number):
                continue
            seen.add(entity)
            hits.append(self._hit(number, tier))
            if len(hits) >= count:
                break
        return hits

    def _abbreviated(self, tokens: list[str], typed: list[str]) -> set[int]:
        """One-word names (acronyms, generated or attested) that start with a reading of
        ``tokens`` as initials."""
        if not 2 <= len(tokens) <= MAX_INITIALS_WORDS:
            return set()
        found: set[int] = set()
        for reading in initials_readings(tokens, typed):
            start = bisect.bisect_left(self._whole, reading)
            end = bisect.bisect_left(self._whole, reading + "\uffff")
            found.update(n for n in self._whole_ids[start:end] if " " not in self.names[n].folded)
        return found

    def _general(self, folded: str, key: str, candidates: set[int]) -> list[tuple[int, int]]:
        return sorted((self._tier(self.names[n], folded, key), n) for n in candidates)

    def _one_word(
        self, folded: str, key: str, candidates: Callable[[], set[int]]
    ) -> Iterable[tuple[int, int]]:
        """Rank order for a one-word query without scoring every candidate: names that start
        with the word come from a binary search over the sorted whole names."""
        start = bisect.bisect_left(self._whole, folded)
        equal = bisect.bisect_right(self._whole, folded)
        end = bisect.bisect_left(self._whole, folded + "\uffff")
        same = sorted(
            (self._tier(self.names[n], folded, key), n) for n in self._whole_ids[start:equal]
        )
        yield from same
        # Lazily: a page of hits rarely goes past the names starting with the word.
        yield from ((2, n) for n in _ascending(self._whole_ids[equal:end]))
        rest = candidates().difference(self._whole_ids[start:end])
        yield from ((3, n) for n in _ascending(rest))

    def search(
        self,
        query: str,
        types: Sequence[str] | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[list[SearchHit], int]:
        """Entities matching ``query`` (optionally of some types), best first, and their count.

        Names are folded, so ``tran quoc to`` finds ``Trần Quốc Tỏ``; ``limit``/``offset`` cut
        the ranked list.
        """
        folded, key = fold(query), match_key(query)
        tokens = _tokens(folded)
        if not tokens:
            return [], 0
        short = self._short.get(folded) if tokens == [folded] else None
        if short is not None and short[0] > FAST_PATH:
            # Names matching it: short[0]; entities by type: short[1]; gathered only if the
            # page goes past the names starting with the word.
            lazy = self._one_word(folded, key, lambda: self._candidates(tokens))
            count = len(self.entities) if limit is None else offset + limit
            total = sum(n for kind, n in short[1].items() if not types or kind in types)
            return self._ranked(lazy, self._wanted(types), count)[offset:], total
        candidates = self._candidates(tokens)
        abbreviated = self._abbreviated(tokens, _tokens(nfc(query))) - candidates
        wanted = self._wanted(types)
        if len(tokens) == 1 and tokens[0] == folded and len(candidates) > FAST_PATH:
            ordered: Iterable[tuple[int, int]] = self._one_word(folded, key, lambda: candidates)
        else:
            ordered = self._general(folded, key, candidates)
        ordered = chain(ordered, ((_ABBREVIATED, n) for n in sorted(abbreviated)))
        count = len(self.entities) if limit is None else offset + limit
        hits = self._ranked(ordered, wanted, count)[offset:]
        return hits, self._total(candidates | abbreviated if abbreviated else candidates, types)


__all__ = [
    "FAST_PATH",
    "MAX_INITIALS_WORDS",
    "SearchHit",
    "SearchIndex",
    "acronym",
    "initials_readings",
    "saved_name",
]
