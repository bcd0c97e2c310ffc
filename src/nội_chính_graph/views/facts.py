"""Entities with their statements, the facts about them and the sources of every fact."""

from __future__ import annotations

from collections import defaultdict

from pyoxigraph import Literal, NamedNode

from nội_chính_graph.graph.model import local_name
from nội_chính_graph.graph.projection import BUILTIN_LABELS
from nội_chính_graph.namespaces import NCG, OA, PREFIXES, PROV, RDF, SKOS
from nội_chính_graph.queries import named
from nội_chính_graph.store.base import Term
from nội_chính_graph.views.models import EntityDetail, Fact, Source, Statement
from nội_chính_graph.views.service import ReadService, text

_TYPE, _NOTE = str(RDF.type), str(SKOS.editorialNote)
_LABELS = {str(SKOS.prefLabel)}
_SOURCE_PROPS = {str(PROV.wasDerivedFrom), str(NCG.evidence)}
_HIDDEN_INCOMING = {str(OA.hasBody)}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def curie(iri: str) -> str:
    """The shortest CURIE of an IRI with a project prefix, else the IRI.

    >>> curie("http://www.w3.org/ns/org#memberOf")
    'org:memberOf'
    """
    best = iri
    for prefix, namespace in PREFIXES.items():
        ns = str(namespace)
        if iri.startswith(ns) and len(iri) - len(ns) + len(prefix) + 1 < len(best):
            rest = iri[len(ns) :]
            if rest and "/" not in rest and "#" not in rest:
                best = f"{prefix}:{rest}"
    return best


def predicate_label(service: ReadService, iri: str, lang: str) -> str:
    """A property's label: the ontology's, a built-in one, else its local name."""
    labels = service.predicate_names().get(iri) or BUILTIN_LABELS.get(iri) or {}
    return labels.get(lang) or labels.get("vi") or local_name(iri)


def statement(service: ReadService, predicate: str, value: Term, lang: str) -> Statement:
    """One property value for a response."""
    named_label = predicate_label(service, predicate, lang)
    if isinstance(value, NamedNode):
        ref = service.ref(value.value, lang)
        return Statement(predicate=predicate, predicate_label=named_label, entity=ref)
    literal = value if isinstance(value, Literal) else Literal(str(value))
    datatype = literal.datatype.value
    return Statement(
        predicate=predicate,
        predicate_label=named_label,
        value=literal.value,
        lang=literal.language,
        datatype=None if literal.language or datatype == _XSD_STRING else datatype,
    )


def _int(term: Term | None) -> int | None:
    value = text(term)
    return int(value) if value is not None and value.isdigit() else None


def _source(service: ReadService, row: dict[str, Term], lang: str) -> Source:
    source = text(row["source"]) or ""
    report = service.ref(source, lang) if source.startswith(str(PREFIXES["ncgid"])) else None
    return Source(
        report=report,
        source=source,
        url=text(row.get("url")),
        title=text(row.get("title")),
        publisher=text(row.get("publisher")),
        issued=text(row.get("issued")),
        quote=text(row.get("exact")),
        start=_int(row.get("start")),
        end=_int(row.get("end")),
        annotation=text(row.get("annotation")),
    )


def sources_for(service: ReadService, facts: list[str], lang: str) -> dict[str, list[Source]]:
    """The sources of each fact: one per evidence annotation (with its quote), plus every
    ``prov:wasDerivedFrom`` document no annotation already cites."""
    if not facts:
        return {}
    rows = service.select(named.SOURCES, {"fact": [NamedNode(f) for f in facts]})
    quoted: dict[str, dict[str, Source]] = defaultdict(dict)
    plain: dict[str, dict[str, Source]] = defaultdict(dict)
    for row in sorted(rows, key=lambda r: (text(r.get("annotation")) or "", str(r))):
        fact, found = text(row["fact"]) or "", _source(service, row, lang)
        if found.annotation:
            quoted[fact].setdefault(found.annotation, found)
        else:
            plain[fact].setdefault(found.source, found)
    out: dict[str, list[Source]] = {}
    for fact in facts:
        cited = {s.source for s in quoted[fact].values()}
        extra = [s for key, s in plain[fact].items() if key not in cited]
        out[fact] = sorted(quoted[fact].values(), key=lambda s: (s.start or 0, s.source)) + extra
    return out


def _facts(service: ReadService, iri: str, lang: str) -> list[Fact]:
    rows = service.select(named.FACTS_ABOUT, {"entity": [NamedNode(iri)]})
    grouped: dict[str, list[tuple[str, str, Term]]] = defaultdict(list)
    for row in rows:
        fact = text(row["fact"])
        if fact is not None and fact != iri:
            grouped[fact].append((text(row["relation"]) or "", text(row["p"]) or "", row["o"]))
    sources = sources_for(service, list(grouped), lang)
    facts = [_fact(service, fact, items, sources[fact], lang) for fact, items in grouped.items()]
    return sorted(facts, key=lambda f: (f.type, f.id))


def _fact(
    service: ReadService,
    iri: str,
    items: list[tuple[str, str, Term]],
    sources: list[Source],
    lang: str,
) -> Fact:
    relations = sorted({relation for relation, _, _ in items})
    properties = sorted({(p, o) for _, p, o in items}, key=lambda po: (po[0], str(po[1])))
    return Fact(
        id=iri,
        type=service.info(iri).type,
        classes=sorted(text(o) or "" for p, o in properties if p == _TYPE),
        relation=relations[0] if relations else "",
        statements=[
            statement(service, p, o, lang)
            for p, o in properties
            if p not in _SOURCE_PROPS and p != _TYPE and p != _NOTE
        ],
        notes=sorted(text(o) or "" for p, o in properties if p == _NOTE),
        sources=sources,
    )


def entity_exists(service: ReadService, iri: str) -> bool:
    """Whether the store says anything about ``iri``."""
    if iri in service.derived().catalogue.by_iri:
        return True
    return service.ask(named.ENTITY_EXISTS, {"entity": [NamedNode(iri)]})


def entity_detail(service: ReadService, iri: str, lang: str) -> EntityDetail:
    """The entity, its own statements, incoming links, and the facts about it with sources."""
    node = NamedNode(iri)
    own = service.select(named.ENTITY_STATEMENTS, {"entity": [node]})
    pairs = sorted(((text(r["p"]) or "", r["o"]) for r in own), key=lambda po: (po[0], str(po[1])))
    incoming = service.select(named.INCOMING, {"entity": [node]})
    info, ref = service.info(iri), service.ref(iri, lang)
    is_fact = any(p in _SOURCE_PROPS for p, _ in pairs)
    return EntityDetail(
        **ref.model_dump(),
        classes=sorted(text(o) or "" for p, o in pairs if p == _TYPE),
        alt_labels=list(info.alt_labels),
        statements=[
            statement(service, p, o, lang)
            for p, o in pairs
            if p not in _SOURCE_PROPS and p not in (_TYPE, _NOTE) and p not in _LABELS
        ],
        incoming=sorted(
            (
                statement(service, text(row["p"]) or "", row["s"], lang)
                for row in incoming
                if text(row["p"]) not in _HIDDEN_INCOMING
            ),
            key=lambda s: (s.predicate, s.entity.id if s.entity else ""),
        ),
        notes=sorted(text(o) or "" for p, o in pairs if p == _NOTE),
        sources=sources_for(service, [iri], lang)[iri] if is_fact else [],
        facts=_facts(service, iri, lang),
    )


__all__ = [
    "curie",
    "entity_detail",
    "entity_exists",
    "predicate_label",
    "sources_for",
    "statement",
]
