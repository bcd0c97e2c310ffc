"""Entity resolution against the graph: same name and context → same IRI.

* An organisation the gazetteer knows keeps its IRI; an unknown one gets a minted IRI
  (``agency/{slug}`` or ``party-organ/{slug}``) and a review flag. Local units ("Công an tỉnh
  …") are always minted, never resolved to a central agency.
* An official whose name is in the graph keeps that IRI when the contexts agree (a shared
  agency, counting parent agencies). With a different agency the mention gets a new IRI
  (slug with ``-2``, ``-3`` …) and an ``ambiguous-person`` flag.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from nội_chính_graph.ingest.extract.gazetteer import Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.people import Org
from nội_chính_graph.ingest.model import Flag
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.text import match_key, slugify


@dataclass
class Resolver:
    """Resolves organisations and people of one report, minting IRIs where needed."""

    gazetteer: Gazetteer
    flags: list[Flag] = field(default_factory=list)
    minted: dict[str, Entity] = field(default_factory=dict)
    people: dict[str, Entity] = field(default_factory=dict)

    def org(self, org: Org, *, party: bool = False) -> Entity:
        """The entity for ``org``, minting one (with a flag) when the graph lacks it."""
        if org.entity is not None and not org.local:
            return org.entity
        kind = Kind.PARTY_ORGAN if party or _looks_party(org.label) else Kind.AGENCY
        iri = str(NCGID[f"{kind.value}/{slugify(org.label)}"])
        if iri in self.gazetteer.entities and not org.local:
            return self.gazetteer.entities[iri]
        if iri not in self.minted:
            level = "local " if org.local else ""
            self.flags.append(
                Flag(
                    code="new-organisation",
                    message=f"{level}{kind.value} not in the graph: '{org.label}' minted as {iri}",
                )
            )
            self.minted[iri] = Entity(iri, kind, org.label, minted=True)
        return self.minted[iri]

    def person(self, name: str, agencies: Iterable[str]) -> Entity:
        """The official called ``name`` working in ``agencies`` (IRIs)."""
        key = match_key(name)
        if key in self.people:
            return self.people[key]
        context = self._widen(agencies)
        candidates = self.gazetteer.people_named(name)
        for candidate in candidates:
            known = self._widen(self.gazetteer.person_agencies.get(candidate.iri, set()))
            if not known or not context or known & context:
                self.people[key] = candidate
                return candidate
        entity = Entity(self._free_iri(name), Kind.PERSON, name, minted=True)
        if candidates:
            self.flags.append(
                Flag(
                    code="ambiguous-person",
                    message=f"'{name}' is in the graph as "
                    f"{candidates[0].iri} with other agencies; minted {entity.iri} for review",
                )
            )
        self.people[key] = entity
        return entity

    def _widen(self, agencies: Iterable[str]) -> set[str]:
        return {a for agency in agencies for a in self.gazetteer.ancestors(agency)}

    def _free_iri(self, name: str) -> str:
        base = slugify(name)
        taken = {e.iri for e in self.gazetteer.entities.values()} | {
            e.iri for e in self.people.values()
        }
        slug, n = base, 1
        while str(NCGID[f"person/{slug}"]) in taken:
            n += 1
            slug = f"{base}-{n}"
        return str(NCGID[f"person/{slug}"])


def _looks_party(label: str) -> bool:
    folded = label.casefold()
    return "đảng" in folded or folded.endswith((" ủy", " uỷ"))


__all__ = ["Resolver"]
