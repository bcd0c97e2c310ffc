"""Write extracted facts as triples following docs/DESIGN.md.

Every fact node gets ``prov:wasDerivedFrom`` the report and ``ncg:evidence`` one annotation per
sentence; an annotation's target carries a ``TextPositionSelector`` (offsets into the NFC
original) and a ``TextQuoteSelector`` whose ``oa:exact`` is ``original[start:end]``.
"""

import datetime as dt
import hashlib

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from nội_chính_graph.ingest.extract.gazetteer import Entity, Kind
from nội_chính_graph.ingest.extract.tagger import Tagged
from nội_chính_graph.ingest.minting import UNREVIEWED, OrgProfile
from nội_chính_graph.ingest.rdf import Payload, annotation_triples
from nội_chính_graph.namespaces import (
    DCTERMS,
    FOAF,
    NCG,
    NCGG,
    NCGID,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    XSD,
)


class ReportGraph:
    """Accumulates the triples of one report in its named graph."""

    def __init__(self, slug: str, original: str) -> None:
        self.slug = slug
        self.original = original
        self.report = NCGID[f"report/{slug}"]
        self.name = NCGG[f"report/{slug}"]
        self.payload = Payload()
        self._annotations: dict[int, URIRef] = {}
        self.add(self.name, RDF.type, NCG.SourceGraph)
        self.add(self.name, PROV.wasDerivedFrom, self.report)

    def add(self, s: Node, p: Node, o: Node) -> None:
        """Add one triple."""
        self.payload.add(s, p, o)

    def report_node(
        self, url: str | None, issued: dt.date | None, title: str | None, text_file: str | None
    ) -> None:
        """The ``ncg:Report`` node with what is known about the source."""
        r = self.report
        self.add(r, RDF.type, NCG.Report)
        digest = hashlib.sha256(self.original.encode("utf-8")).hexdigest()
        self.add(r, NCG.sha256, Literal(digest))
        if url:
            self.add(r, SCHEMA.url, Literal(url, datatype=XSD.anyURI))
        if issued:
            self.add(r, DCTERMS.issued, Literal(issued.isoformat(), datatype=XSD.date))
        if title:
            self.add(r, DCTERMS.title, Literal(title, lang="vi"))
        if text_file:
            self.add(r, NCG.textFile, Literal(text_file))
        missing = [
            n for n, v in (("URL", url), ("publication date", issued), ("title", title)) if not v
        ]
        if missing:
            note = f"Extracted automatically; the source gives no {', '.join(missing)}."
            self.add(r, SKOS.editorialNote, Literal(note, lang="en"))

    def fact(self, node: URIRef, cls: URIRef, evidence: list[Tagged]) -> URIRef:
        """Type a fact node, derive it from the report and attach its evidence."""
        self.add(node, RDF.type, cls)
        self.add(node, PROV.wasDerivedFrom, self.report)
        for tagged in evidence:
            annotation = self._annotation(tagged)
            self.add(node, NCG.evidence, annotation)
            self.add(annotation, OA.hasBody, node)
        return node

    def mention(self, node: URIRef, evidence: list[Tagged]) -> None:
        """The report names ``node`` (``schema:mentions``), and the annotation of each sentence
        in ``evidence`` has it as a body: a bloc the text names is recorded, with a sentence
        that names it, even when nothing else is read of it."""
        if not evidence:
            return  # nothing to trace it to
        self.add(self.report, SCHEMA.mentions, node)
        for tagged in evidence:
            self.add(self._annotation(tagged), OA.hasBody, node)

    def _annotation(self, tagged: Tagged) -> URIRef:
        sentence = tagged.sentence
        if sentence.index in self._annotations:
            return self._annotations[sentence.index]
        n = len(self._annotations) + 1
        a = NCGID[f"annotation/{self.slug}/{n}"]
        start, end = sentence.orig_start, sentence.orig_end
        for triple in annotation_triples(a, self.report, start, end, self.original[start:end]):
            self.add(*triple)
        self._annotations[sentence.index] = a
        return a

    def entity(self, entity: Entity, label_en: str | None = None) -> URIRef:
        """The IRI of ``entity``; a minted one also gets its type and labels."""
        node = URIRef(entity.iri)
        if not entity.minted:
            return node
        if entity.kind is not Kind.POST_ROLE:
            self.add(node, NCG.reviewStatus, UNREVIEWED)
        cls = {
            Kind.AGENCY: NCG.StateAgency,
            Kind.PARTY_ORGAN: NCG.PartyOrgan,
            Kind.ORGANISATION: ORG.FormalOrganization,
            Kind.PLACE: NCG.AdministrativeUnit,
            Kind.BLOC: NCG.EmulationBloc,
            Kind.PERSON: NCG.Official,
            Kind.POST_ROLE: ORG.Role,
        }[entity.kind]
        self.add(node, RDF.type, cls)
        self.add(node, SKOS.prefLabel, Literal(entity.label, lang="vi"))
        if entity.kind is Kind.PERSON:
            self.add(node, FOAF.name, Literal(entity.label, lang="vi"))
            self.add(node, SKOS.prefLabel, Literal(entity.label, lang="en"))
        elif entity.kind is Kind.POST_ROLE:
            self.add(node, RDF.type, SKOS.Concept)
            self.add(node, SKOS.inScheme, NCGID["scheme/post-roles"])
        else:
            note = "Minted by an ingest; not yet in the reference data. Review it."
            self.add(node, SKOS.editorialNote, Literal(note, lang="en"))
        label_en = label_en or entity.label_en
        if label_en and entity.kind is not Kind.PERSON:
            self.add(node, SKOS.prefLabel, Literal(label_en, lang="en"))
        return node

    def profile(self, profile: OrgProfile) -> None:
        """What a minted organisation or bloc says of itself: kind, level, province, parent."""
        node = URIRef(profile.iri)
        if profile.kind is not None:
            self.add(node, ORG.classification, URIRef(profile.kind))
        self.add(node, NCG.level, profile.level)
        if profile.province is not None:
            self.add(node, NCG.province, NCGID[f"province/{profile.province}"])
        if profile.parent is not None:
            self.add(node, ORG.subOrganizationOf, URIRef(profile.parent))
        if profile.force is not None:
            self.add(node, NCG.armedForce, profile.force)

    def year(self, year: int) -> URIRef:
        """``year/YYYY`` with its beginning and end."""
        return self._interval(f"year/{year}", f"{year}", dt.date(year, 1, 1), dt.date(year, 12, 31))

    def half(self, year: int) -> URIRef:
        """``half/YYYY-h1``, the first six months."""
        label = f"6 tháng đầu năm {year}"
        return self._interval(f"half/{year}-h1", label, dt.date(year, 1, 1), dt.date(year, 6, 30))

    def until(self, day: dt.date) -> URIRef:
        """``until/YYYY-MM-DD``: an interval that ends on ``day`` and whose beginning is unknown
        (what an undated report attests held at some time before the day it was received)."""
        node = NCGID[f"until/{day.isoformat()}"]
        self.add(node, RDF.type, TIME.ProperInterval)
        self.add(node, RDFS.label, Literal(f"đến {day:%d/%m/%Y}", lang="vi"))
        self.add(node, TIME.hasEnd, self.instant(day))
        return node

    def _interval(self, path: str, label: str, begin: dt.date, end: dt.date) -> URIRef:
        node = NCGID[path]
        self.add(node, RDF.type, TIME.ProperInterval)
        self.add(node, RDFS.label, Literal(label, lang="vi"))
        self.add(node, TIME.hasBeginning, self.instant(begin))
        self.add(node, TIME.hasEnd, self.instant(end))
        if path.startswith("year/"):
            self.add(node, NCG.precision, NCGID["precision/year"])
        return node

    def instant(self, day: dt.date) -> URIRef:
        """``date/YYYY-MM-DD``."""
        node = NCGID[f"date/{day.isoformat()}"]
        self.add(node, RDF.type, TIME.Instant)
        self.add(node, TIME.inXSDDate, Literal(day.isoformat(), datatype=XSD.date))
        return node

    def place(self, event: URIRef, name: str) -> None:
        """``schema:location`` with the place name as written."""
        place = BNode()
        self.add(event, SCHEMA.location, place)
        self.add(place, RDF.type, SCHEMA.Place)
        self.add(place, NCG.placeName, Literal(name, lang="vi"))


__all__ = ["ReportGraph"]
