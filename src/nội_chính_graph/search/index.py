"""Name search: diacritic-, case- and tone-placement-insensitive, with aliases and acronyms.

Every name of an entity (display labels, ``skos:altLabel``, ``foaf:name``) is folded with
:func:`nội_chính_graph.text.fold` and split into tokens; each multi-word display label also gets
its acronym (``Kiểm toán Nhà nước`` → ``ktnn``). A query matches a name when each of its tokens
is a prefix of some token of the name; candidates come from a sorted token list (binary search
for the prefix range), so a query touches only the names that can match.

Ranking, best first: the same spelling (:func:`match_key`: case and old/new tone placement
ignored) > the same folded name > a folded name starting with the query > the query as a phrase
inside the name > the tokens anywhere; display labels weigh more than aliases, aliases more than
generated acronyms; shorter names first among equals.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from nội_chính_graph.search.catalogue import Catalogue, EntityInfo
from nội_chính_graph.text import fold, match_key

_LABEL, _ALIAS, _ACRONYM = 1.0, 0.9, 0.75


@dataclass(frozen=True)
class _Name:
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


class SearchIndex:
    """Token index over the names of a :class:`Catalogue`'s entities.

    >>> from nội_chính_graph.search.catalogue import Catalogue, EntityInfo
    >>> ktnn = EntityInfo("https://w3id.org/noi-chinh/id/agency/kiem-toan-nha-nuoc", "agency",
    ...                   "kiem-toan-nha-nuoc", {"vi": "Kiểm toán Nhà nước"})
    >>> index = SearchIndex(Catalogue([ktnn], 0), ["agency"])
    >>> [hit.entity.slug for hit in index.search("KTNN")[0]]
    ['kiem-toan-nha-nuoc']
    """

    def __init__(self, catalogue: Catalogue, types: Sequence[str]) -> None:
        self.generation = catalogue.generation
        self.entities = [e for e in catalogue.by_iri.values() if e.type in types]
        self.names = self._collect(self.entities)
        postings: dict[str, set[int]] = {}
        for number, name in enumerate(self.names):
            for token in _tokens(name.folded):
                postings.setdefault(token, set()).add(number)
        self._tokens = sorted(postings)
        self._postings = [postings[t] for t in self._tokens]

    @staticmethod
    def _collect(entities: Sequence[EntityInfo]) -> list[_Name]:
        """One name per (entity, folded form), with the highest weight it was given."""
        kept: dict[tuple[int, str], _Name] = {}
        for number, entity in enumerate(entities):
            for text, folded, weight in _names_of(entity):
                old = kept.get((number, folded))
                if folded and (old is None or old.weight < weight):
                    kept[number, folded] = _Name(number, text, folded, weight)
        return list(kept.values())

    def _prefixed(self, token: str) -> set[int]:
        start = bisect.bisect_left(self._tokens, token)
        end = bisect.bisect_left(self._tokens, token + "\uffff")
        found: set[int] = set()
        for posting in self._postings[start:end]:
            found |= posting
        return found

    def _candidates(self, tokens: list[str]) -> set[int]:
        sets = sorted((self._prefixed(t) for t in tokens), key=len)
        found = sets[0]
        for other in sets[1:]:
            found = found & other
            if not found:
                break
        return found

    @staticmethod
    def _score(name: _Name, folded: str, key: str) -> float:
        if name.folded == folded:
            base = 1.0 if match_key(name.text) == key or name.weight == _ACRONYM else 0.95
        elif name.folded.startswith(folded):
            base = 0.8
        elif f" {folded}" in f" {name.folded}":
            base = 0.7
        else:
            base = 0.5
        return base * name.weight - len(name.folded) / 10_000

    def search(self, query: str, types: Sequence[str] | None = None) -> tuple[list[SearchHit], int]:
        """Every entity matching ``query`` (optionally of some types), best first, and the count.

        Names are folded, so ``tran quoc to`` finds ``Trần Quốc Tỏ``.
        """
        folded, key = fold(query), match_key(query)
        tokens = _tokens(folded)
        if not tokens:
            return [], 0
        best: dict[int, tuple[float, str]] = {}
        for number in self._candidates(tokens):
            name = self.names[number]
            entity = self.entities[name.entity]
            if types and entity.type not in types:
                continue
            score = self._score(name, folded, key)
            if name.entity not in best or score > best[name.entity][0]:
                best[name.entity] = (score, name.text)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], self.entities[kv[0]].iri))
        hits = [SearchHit(self.entities[n], round(s, 4), text) for n, (s, text) in ranked]
        return hits, len(hits)


__all__ = ["SearchHit", "SearchIndex", "acronym"]
