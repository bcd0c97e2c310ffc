"""Closed vocabulary: every ``ncg:`` term the data uses is defined in the ontology.

No SHACL shape targets a class that does not exist, so a typo such as ``ncg:Blocmembership``
would leave its node silently unchecked. This check (``ncgsh:ClosedVocabularyShape``) reads
every data triple and reports each ``ncg:`` class or property the ontology does not define,
with a "did you mean" taken from the defined terms of the same sort.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import NCG, NCGSH, OWL, RDF, RDFS
from nội_chính_graph.validation.report import ValidationResultItem

SHAPE = NCGSH.ClosedVocabularyShape
COMPONENT = NCGSH.ClosedVocabularyConstraintComponent

_CLASS_TYPES = (OWL.Class, RDFS.Class)
_PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


def _local(term: str) -> str:
    return term.removeprefix(str(NCG))


@dataclass(frozen=True)
class Vocabulary:
    """The ``ncg:`` classes and properties the ontology defines.

    >>> v = Vocabulary(classes=frozenset({"BlocMembership"}), properties=frozenset({"bloc"}))
    >>> v.suggest("Blocmembership", v.classes)
    'BlocMembership'
    """

    classes: frozenset[str]
    properties: frozenset[str]

    @classmethod
    def from_ontology(cls, ontology: Graph) -> Vocabulary:
        """Read the defined terms (typed as a class or a property) from the ontology graph."""

        def defined(types: tuple[URIRef, ...]) -> frozenset[str]:
            return frozenset(
                _local(str(s))
                for t in types
                for s in ontology.subjects(RDF.type, t)
                if isinstance(s, URIRef) and str(s).startswith(str(NCG))
            )

        return cls(classes=defined(_CLASS_TYPES), properties=defined(_PROPERTY_TYPES))

    def suggest(self, name: str, among: Collection[str]) -> str | None:
        """The defined name closest to ``name`` (case first, then spelling), if any is close."""
        folded = {n.casefold(): n for n in among}
        if name.casefold() in folded:
            return folded[name.casefold()]
        close = difflib.get_close_matches(name.casefold(), list(folded), n=1, cutoff=0.75)
        return folded[close[0]] if close else None


def _is_ncg(term: Node) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(NCG))


def _item(triple: tuple[Node, Node, Node], term: str, vi: str, en: str) -> ValidationResultItem:
    s, p, o = triple
    return ValidationResultItem(
        focus_node=str(s),
        path=str(p),
        value=str(o) if isinstance(o, URIRef) else o.n3(),
        message_vi=vi,
        message_en=en,
        severity="Violation",
        shape=str(SHAPE),
        constraint=str(COMPONENT),
    )


class VocabularyCheck:
    """Reports each data triple that uses an ``ncg:`` term the ontology does not define."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary

    def run(self, triples: Iterable[tuple[Node, Node, Node]]) -> list[ValidationResultItem]:
        """Results for ``triples`` (data only: the ontology's own triples are not passed in)."""
        found: list[ValidationResultItem] = []
        for triple in triples:
            found += self._triple(triple)
        return found

    def _triple(self, triple: tuple[Node, Node, Node]) -> list[ValidationResultItem]:
        s, p, o = triple
        out: list[ValidationResultItem] = []
        if _is_ncg(p):
            out += self._term(triple, _local(str(p)), want="property")
        if p == RDF.type and _is_ncg(o):
            out += self._term(triple, _local(str(o)), want="class")
        elif _is_ncg(o) and p != RDF.type:
            out += self._term(triple, _local(str(o)), want="any")
        if _is_ncg(s):
            out += self._term(triple, _local(str(s)), want="any")
        return out

    def _term(
        self, triple: tuple[Node, Node, Node], name: str, want: str
    ) -> list[ValidationResultItem]:
        v = self.vocabulary
        if want == "property" and name in v.properties:
            return []
        if want == "class" and name in v.classes:
            return []
        if want == "any" and (name in v.classes or name in v.properties):
            return []
        if want == "property" and name in v.classes:
            vi = f"ncg:{name} là một lớp, không phải thuộc tính: không dùng được làm vị từ."
            en = f"ncg:{name} is a class, not a property: it cannot be used as a predicate."
            return [_item(triple, name, vi, en)]
        if want == "class" and name in v.properties:
            vi = f"ncg:{name} là một thuộc tính, không phải lớp: không dùng được với rdf:type."
            en = f"ncg:{name} is a property, not a class: it cannot be the object of rdf:type."
            return [_item(triple, name, vi, en)]
        return [_item(triple, name, *self._unknown(name, want))]

    def _unknown(self, name: str, want: str) -> tuple[str, str]:
        v = self.vocabulary
        among = {"class": v.classes, "property": v.properties}.get(want, v.classes | v.properties)
        sort_vi = {"class": "lớp", "property": "thuộc tính"}.get(want, "thuật ngữ")
        sort_en = {"class": "class", "property": "property"}.get(want, "term")
        vi = f"ncg:{name} không phải {sort_vi} nào của bản thể học (ontology/*.ttl)."
        en = f"ncg:{name} is not a {sort_en} defined in the ontology (ontology/*.ttl)."
        guess = v.suggest(name, among)
        if guess is None:
            return (
                vi + " Không có thuật ngữ nào gần giống; xem ontology/noi-chinh.ttl.",
                en + " No defined term is close; see ontology/noi-chinh.ttl.",
            )
        return vi + f" Có phải ý bạn là ncg:{guess}?", en + f" Did you mean ncg:{guess}?"


__all__ = ["COMPONENT", "SHAPE", "Vocabulary", "VocabularyCheck"]
