"""Entity IRIs (``ncgid:{type}/{slug}``): minting them from a type and slug, and reading them back.

The type is the first path segment (docs/DESIGN.md); the slug is the rest, which holds slashes
for some kinds (``rank/cand/thuong-tuong``, fact nodes) but not for agencies, people, blocs or
events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nội_chính_graph.namespaces import NCGID

ID_BASE = str(NCGID)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-/][a-z0-9]+|--[a-z0-9]+)*$")

#: Entity types reachable at ``/api/v1/{collection}/{slug}``, by their collection name.
COLLECTIONS: dict[str, str] = {
    "agencies": "agency",
    "people": "person",
    "blocs": "bloc",
    "events": "event",
    "party-organs": "party-organ",
}


@dataclass(frozen=True)
class EntityId:
    """An entity IRI split into its type and slug."""

    type: str
    slug: str

    @property
    def iri(self) -> str:
        """The full IRI."""
        return f"{ID_BASE}{self.type}/{self.slug}"


def entity_iri(kind: str, slug: str) -> str:
    """The IRI of entity ``slug`` of type ``kind``.

    >>> entity_iri("person", "tran-quoc-to")
    'https://w3id.org/noi-chinh/id/person/tran-quoc-to'
    """
    return EntityId(kind, slug).iri


def split_iri(iri: str) -> EntityId | None:
    """Type and slug of one of our IRIs, or None for anybody else's.

    >>> split_iri("https://w3id.org/noi-chinh/id/rank/cand/thuong-tuong")
    EntityId(type='rank', slug='cand/thuong-tuong')
    >>> split_iri("http://www.w3.org/ns/org#Post") is None
    True
    """
    if not iri.startswith(ID_BASE):
        return None
    kind, _, slug = iri[len(ID_BASE) :].partition("/")
    return EntityId(kind, slug) if kind and slug else None


def valid_slug(slug: str) -> bool:
    """Whether ``slug`` has the shape of a slug (lower-case ASCII words joined by ``-``, ``/``).

    >>> valid_slug("kiem-toan-nha-nuoc"), valid_slug("Kiểm toán"), valid_slug("a/../b")
    (True, False, False)
    """
    return bool(_SLUG.match(slug))


__all__ = ["COLLECTIONS", "ID_BASE", "EntityId", "entity_iri", "split_iri", "valid_slug"]
