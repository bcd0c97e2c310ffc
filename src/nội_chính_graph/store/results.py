"""Result formats of the SPARQL protocol and the serializers that write them.

``SELECT``/``ASK`` results are written here (so a truncated result can say so in JSON); graphs
go through pyoxigraph's serializers. Everything is UTF-8.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any, Literal
from xml.etree import ElementTree as ET

import pyoxigraph as ox

from nội_chính_graph.errors import NotAcceptableError
from nội_chính_graph.namespaces import PREFIXES
from nội_chính_graph.store.base import (
    BooleanResult,
    GraphResult,
    QueryResult,
    SolutionsResult,
    Term,
    rdf_bytes,
)

ResultKind = Literal["solutions", "graph"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


@dataclass(frozen=True)
class ResultFormat:
    """One serialization a client can ask for, by media type or by short name."""

    name: str
    media_type: str
    kind: ResultKind
    aliases: tuple[str, ...] = ()
    rdf_format: ox.RdfFormat | None = None

    @property
    def content_type(self) -> str:
        """The Content-Type header value (charset spelled out for text types)."""
        if self.media_type.startswith("text/"):
            return f"{self.media_type}; charset=utf-8"
        return self.media_type

    def matches(self, media_type: str) -> bool:
        """Whether ``media_type`` (no parameters) names this format."""
        return media_type == self.media_type or media_type in self.aliases


SOLUTION_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("json", "application/sparql-results+json", "solutions", ("application/json",)),
    ResultFormat("xml", "application/sparql-results+xml", "solutions", ("application/xml",)),
    ResultFormat("csv", "text/csv", "solutions"),
    ResultFormat("tsv", "text/tab-separated-values", "solutions"),
)
GRAPH_FORMATS: tuple[ResultFormat, ...] = (
    ResultFormat("turtle", "text/turtle", "graph", ("application/x-turtle",), ox.RdfFormat.TURTLE),
    ResultFormat(
        "ntriples", "application/n-triples", "graph", ("text/plain",), ox.RdfFormat.N_TRIPLES
    ),
    ResultFormat(
        "jsonld", "application/ld+json", "graph", ("application/json",), ox.RdfFormat.JSON_LD
    ),
    ResultFormat(
        "rdfxml", "application/rdf+xml", "graph", ("application/xml",), ox.RdfFormat.RDF_XML
    ),
    ResultFormat("trig", "application/trig", "graph", (), ox.RdfFormat.TRIG),
    ResultFormat("nquads", "application/n-quads", "graph", (), ox.RdfFormat.N_QUADS),
)
ALL_FORMATS = SOLUTION_FORMATS + GRAPH_FORMATS


def format_named(name: str, kind: ResultKind | None = None) -> ResultFormat:
    """Look a format up by short name or media type.

    >>> format_named("tsv").media_type
    'text/tab-separated-values'
    """
    for fmt in ALL_FORMATS:
        if (kind is None or fmt.kind == kind) and (fmt.name == name or fmt.matches(name)):
            return fmt
    names = ", ".join(f.name for f in ALL_FORMATS if kind is None or f.kind == kind)
    raise NotAcceptableError(f"Unknown result format {name!r}; use one of {names}")


def result_kind(result: QueryResult) -> ResultKind:
    """Whether the result is written as query results or as RDF."""
    return "graph" if isinstance(result, GraphResult) else "solutions"


def _prefixes() -> dict[str, str]:
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}


# ---------------------------------------------------------------- JSON


def term_json(term: Term) -> dict[str, Any]:
    """A term in the SPARQL 1.1 JSON results form (triple terms as in SPARQL 1.2).

    >>> term_json(ox.Literal("Bộ", language="vi"))
    {'type': 'literal', 'value': 'Bộ', 'xml:lang': 'vi'}
    """
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": term_json(term.subject),
            "predicate": term_json(term.predicate),
            "object": term_json(term.object),
        },
    }


def _json(result: SolutionsResult | BooleanResult) -> bytes:
    doc: dict[str, Any]
    if isinstance(result, BooleanResult):
        doc = {"head": {}, "boolean": result.value}
    else:
        bindings = [{k: term_json(v) for k, v in row.items()} for row in result.rows]
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        if result.truncated:
            doc["truncated"] = True
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------- XML


def _term_xml(parent: ET.Element, term: Term) -> None:
    if isinstance(term, ox.NamedNode):
        ET.SubElement(parent, "uri").text = term.value
    elif isinstance(term, ox.BlankNode):
        ET.SubElement(parent, "bnode").text = term.value
    elif isinstance(term, ox.Literal):
        node = ET.SubElement(parent, "literal")
        node.text = term.value
        if term.language:
            node.set("xml:lang", term.language)
        elif term.datatype.value != _XSD_STRING:
            node.set("datatype", term.datatype.value)
    else:
        triple = ET.SubElement(parent, "triple")
        for part, value in (("subject", term.subject), ("predicate", term.predicate)):
            _term_xml(ET.SubElement(triple, part), value)
        _term_xml(ET.SubElement(triple, "object"), term.object)


def _xml(result: SolutionsResult | BooleanResult) -> bytes:
    root = ET.Element("sparql", xmlns=_RESULTS_NS)
    head = ET.SubElement(root, "head")
    if isinstance(result, BooleanResult):
        ET.SubElement(root, "boolean").text = "true" if result.value else "false"
    else:
        for var in result.variables:
            ET.SubElement(head, "variable", name=var)
        results = ET.SubElement(root, "results")
        for row in result.rows:
            solution = ET.SubElement(results, "result")
            for name, term in row.items():
                _term_xml(ET.SubElement(solution, "binding", name=name), term)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


# ---------------------------------------------------------------- CSV / TSV


def _csv_value(term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _tsv_value(term: Term) -> str:
    # N-Triples form, as the TSV spec asks; tabs and newlines must not break the row.
    return str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _csv(result: SolutionsResult | BooleanResult) -> bytes:
    if isinstance(result, BooleanResult):
        return b"true\r\n" if result.value else b"false\r\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_csv_value(row[v]) if v in row else "" for v in result.variables])
    return buffer.getvalue().encode("utf-8")


def _tsv(result: SolutionsResult | BooleanResult) -> bytes:
    if isinstance(result, BooleanResult):
        return b"true\n" if result.value else b"false\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join(_tsv_value(row[v]) if v in row else "" for v in result.variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


_SOLUTION_WRITERS = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}


def _graph(result: GraphResult, fmt: ResultFormat) -> bytes:
    assert fmt.rdf_format is not None
    if fmt.rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in result.triples
        ]
        return rdf_bytes(quads, fmt.rdf_format, _prefixes())
    return rdf_bytes(result.triples, fmt.rdf_format, _prefixes())


def serialize_result(result: QueryResult, fmt: ResultFormat) -> bytes:
    """Write ``result`` in ``fmt``; the format must suit the result kind.

    >>> serialize_result(BooleanResult(True), format_named("json"))
    b'{"head": {}, "boolean": true}'
    """
    if result_kind(result) != fmt.kind:
        raise NotAcceptableError(
            f"A {result_kind(result)} result cannot be written as {fmt.media_type}",
            details={"format": fmt.name},
        )
    if isinstance(result, GraphResult):
        return _graph(result, fmt)
    return _SOLUTION_WRITERS[fmt.name](result)


__all__ = [
    "ALL_FORMATS",
    "GRAPH_FORMATS",
    "SOLUTION_FORMATS",
    "ResultFormat",
    "ResultKind",
    "format_named",
    "result_kind",
    "serialize_result",
    "term_json",
]
