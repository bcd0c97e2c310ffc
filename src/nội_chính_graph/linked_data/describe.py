"""RDF descriptions of entities and of the ontology, and their HTML renderings."""

from __future__ import annotations

from collections import defaultdict
from html import escape

import pyoxigraph as ox

from nội_chính_graph.linked_data.html import Row, link, local_href, page, table
from nội_chính_graph.namespaces import ONTOLOGY_IRI, OWL, PREFIXES, RDFS, SKOS
from nội_chính_graph.queries import named
from nội_chính_graph.queries.bind import bind
from nội_chính_graph.search.catalogue import text_of
from nội_chính_graph.store.base import GraphResult, SolutionsResult, Term, rdf_bytes
from nội_chính_graph.store.loading import ONTOLOGY_GRAPH
from nội_chính_graph.views.facts import predicate_label
from nội_chính_graph.views.service import ReadService

PREFIX_MAP = {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def describe(service: ReadService, iri: str) -> list[ox.Triple]:
    """The entity's statements, both ways (a symmetric concise description)."""
    query = bind(named.DESCRIBE_ENTITY, {"entity": [ox.NamedNode(iri)]})
    result = service.store.query(query)
    assert isinstance(result, GraphResult)
    return sorted(result.triples, key=str)


def ontology_triples(service: ReadService) -> list[ox.Triple]:
    """Every statement of the ontology graph."""
    result = service.store.query(bind(named.WHOLE_GRAPH), default_graphs=[ONTOLOGY_GRAPH])
    assert isinstance(result, GraphResult)
    return sorted(result.triples, key=str)


def serialize(triples: list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    """Triples in ``fmt``, with the project prefixes where the format has them."""
    return rdf_bytes(triples, fmt, PREFIX_MAP)


def _value(service: ReadService, term: Term, lang: str) -> tuple[str, str | None]:
    if isinstance(term, ox.NamedNode):
        return service.info(term.value).label(lang), local_href(term.value)
    if isinstance(term, ox.Literal):
        suffix = f" @{term.language}" if term.language else ""
        return term.value + suffix, None
    return str(term), None


def entity_html(
    service: ReadService,
    iri: str,
    triples: list[ox.Triple],
    lang: str,
    alternates: list[tuple[str, str]],
) -> str:
    """An entity page: its statements, then the statements pointing at it."""
    out: dict[str, Row] = {}
    into: dict[str, Row] = {}
    for triple in triples:
        p = triple.predicate.value
        if isinstance(triple.subject, ox.NamedNode) and triple.subject.value == iri:
            row = out.setdefault(p, Row(predicate_label(service, p, lang), p))
            row.values.append(_value(service, triple.object, lang))
        else:
            row = into.setdefault(p, Row(predicate_label(service, p, lang), p))
            row.values.append(_value(service, triple.subject, lang))
    info = service.info(iri)
    body = (
        f'<p class="muted"><code>{escape(iri)}</code> · {escape(info.type)}</p>'
        + table(out.values())
        + (
            f"<section><h2>{'Liên kết đến' if lang == 'vi' else 'Referenced by'}</h2>"
            + table(into.values())
            + "</section>"
            if into
            else ""
        )
    )
    return page(info.label(lang), body, alternates, lang)


def _terms(service: ReadService) -> dict[str, dict[str, list[Term]]]:
    result = service.store.query(bind(named.ONTOLOGY_TERMS), default_graphs=[ONTOLOGY_GRAPH])
    assert isinstance(result, SolutionsResult)
    terms: dict[str, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
    for row in result.rows:
        term, prop, value = row["term"], row["p"], row["o"]
        if isinstance(term, ox.NamedNode) and isinstance(prop, ox.NamedNode):
            terms[term.value][prop.value].append(value)
    return terms


def _in_lang(values: list[Term], lang: str) -> str:
    texts = {v.language: v.value for v in values if isinstance(v, ox.Literal)}
    return texts.get(lang) or texts.get("en") or next(iter(texts.values()), "")


def _term_section(iri: str, props: dict[str, list[Term]], lang: str) -> str:
    name = iri.rsplit("#", 1)[-1]
    label = _in_lang(props.get(str(RDFS.label), []), lang)
    definition = _in_lang(props.get(str(SKOS.definition), []), lang)
    rows = []
    for prop, title in (
        (str(RDFS.subClassOf), "subClassOf"),
        (str(RDFS.domain), "domain"),
        (str(RDFS.range), "range"),
        (str(RDFS.subPropertyOf), "subPropertyOf"),
    ):
        values = [v.value for v in props.get(prop, []) if isinstance(v, ox.NamedNode)]
        if values:
            rows.append(
                Row(
                    title,
                    prop,
                    [
                        (
                            v,
                            v
                            if "#" not in v or not v.startswith(ONTOLOGY_IRI)
                            else "#" + v.rsplit("#", 1)[-1],
                        )
                        for v in values
                    ],
                )
            )
    return (
        f'<section id="{escape(name, quote=True)}"><h3>ncg:{escape(name)} '
        f'<span class="muted">— {escape(label)}</span></h3>'
        f"<p>{escape(definition)}</p>{table(rows) if rows else ''}</section>"
    )


def ontology_html(service: ReadService, lang: str, alternates: list[tuple[str, str]]) -> str:
    """Documentation of every class and property, from their labels and definitions."""
    header_rows = service.select(named.ONTOLOGY_HEADER, {"ontology": [ox.NamedNode(ONTOLOGY_IRI)]})
    header = {r["p"].value: r["o"] for r in header_rows if isinstance(r["p"], ox.NamedNode)}
    terms = _terms(service)
    classes = sorted(t for t, p in terms.items() if _is(p, str(OWL.Class)))
    properties = sorted(t for t in terms if t not in classes)
    title = (
        _in_lang(
            [v for r in header_rows if text_of(r["p"]) == str(RDFS.label) for v in [r["o"]]], lang
        )
        or ONTOLOGY_IRI
    )
    intro = _in_lang([r["o"] for r in header_rows if text_of(r["p"]) == str(SKOS.definition)], lang)
    version = header.get(str(OWL.versionInfo))
    toc = " · ".join(
        link("ncg:" + t.rsplit("#", 1)[-1], "#" + t.rsplit("#", 1)[-1])
        for t in classes + properties
    )
    body = (
        f'<p class="muted"><code>{escape(ONTOLOGY_IRI)}</code>'
        f"{' · ' + escape(version.value) if isinstance(version, ox.Literal) else ''}</p>"
        f"<p>{escape(intro)}</p><p>{toc}</p>"
        f"<h2>{'Lớp' if lang == 'vi' else 'Classes'}</h2>"
        + "".join(_term_section(t, terms[t], lang) for t in classes)
        + f"<h2>{'Thuộc tính' if lang == 'vi' else 'Properties'}</h2>"
        + "".join(_term_section(t, terms[t], lang) for t in properties)
    )
    return page(title, body, alternates, lang)


def _is(props: dict[str, list[Term]], kind: str) -> bool:
    types = props.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", [])
    return any(isinstance(t, ox.NamedNode) and t.value == kind for t in types)


__all__ = ["describe", "entity_html", "ontology_html", "ontology_triples", "serialize"]
