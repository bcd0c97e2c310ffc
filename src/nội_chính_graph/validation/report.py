"""The validation report: a pydantic model built from pySHACL's results graph."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field
from rdflib import BNode, Graph, URIRef
from rdflib import Literal as RDFLiteral
from rdflib.collection import Collection
from rdflib.term import Node

from nội_chính_graph.namespaces import RDF, SH

Severity = Literal["Violation", "Warning", "Info"]


class ValidationResultItem(BaseModel):
    """One SHACL result: which node broke which shape, why, in both languages."""

    focus_node: str = Field(description="IRI (or _:id) of the node that failed.")
    path: str | None = Field(default=None, description="Property path, if the shape has one.")
    value: str | None = Field(default=None, description="Offending value (N3 for literals).")
    message_vi: str
    message_en: str
    severity: Severity
    shape: str = Field(description="IRI of the shape; a blank property shape names its owner.")
    constraint: str = Field(description="IRI of the SHACL constraint component that fired.")
    graphs: list[str] = Field(
        default_factory=list, description="Named graphs that describe the focus node."
    )
    files: list[str] = Field(
        default_factory=list, description="Files those graphs (or the node) were read from."
    )


class ValidationReport(BaseModel):
    """The outcome of :func:`nội_chính_graph.validation.validate`.

    >>> ValidationReport(conforms=True, results=[]).violations
    []
    """

    conforms: bool
    results: list[ValidationResultItem]

    @property
    def violations(self) -> list[ValidationResultItem]:
        """Results of severity ``Violation`` only."""
        return [r for r in self.results if r.severity == "Violation"]


def build_report(results: Graph, shapes: Graph) -> ValidationReport:
    """Turn pySHACL's results graph into a report; only Violations break conformance."""
    # Only top-level results: nested sh:detail results are also typed sh:ValidationResult.
    top = [
        node
        for report in results.subjects(RDF.type, SH.ValidationReport)
        for node in results.objects(report, SH.result)
    ]
    items = [_item(results, shapes, node) for node in top]
    items.sort(key=lambda r: (r.shape, r.focus_node, r.path or "", r.value or ""))
    conforms = not any(r.severity == "Violation" for r in items)
    return ValidationReport(conforms=conforms, results=items)


def _item(results: Graph, shapes: Graph, node: Node) -> ValidationResultItem:
    messages = _tag_languages(
        list(results.objects(node, SH.resultMessage)),
        _templates(shapes, results.value(node, SH.sourceConstraint)),
    )
    path = results.value(node, SH.resultPath)
    value = results.value(node, SH.value)
    return ValidationResultItem(
        focus_node=render_term(results.value(node, SH.focusNode)),
        path=None if path is None else render_path(results, path),
        value=None if value is None else render_term(value),
        message_vi=_message(messages, "vi"),
        message_en=_message(messages, "en"),
        severity=_severity(results.value(node, SH.resultSeverity)),
        shape=_named_shape(shapes, results.value(node, SH.sourceShape)),
        constraint=render_term(results.value(node, SH.sourceConstraintComponent)),
    )


def _templates(shapes: Graph, constraint: Node | None) -> list[RDFLiteral]:
    if constraint is None:
        return []
    return [m for m in shapes.objects(constraint, SH.message) if isinstance(m, RDFLiteral)]


def _tag_languages(messages: list[Node], templates: list[RDFLiteral]) -> list[Node]:
    """pySHACL drops the language tag when it fills ``{?var}`` into a SPARQL constraint's
    message; find the template each filled message came from and restore its tag."""
    tagged: list[Node] = []
    for message in messages:
        if isinstance(message, RDFLiteral) and message.language is None:
            source = next((t for t in templates if _matches(t, str(message))), None)
            if source is not None:
                message = RDFLiteral(str(message), lang=source.language)
        tagged.append(message)
    return tagged


def _matches(template: RDFLiteral, text: str) -> bool:
    parts = re.split(r"\{[?$]\w+\}", str(template))
    pattern = "(?s)" + ".*".join(re.escape(part) for part in parts)
    return re.fullmatch(pattern, text) is not None


def render_term(term: Node | None) -> str:
    """IRIs as plain strings, literals in N3 (so language and datatype stay visible)."""
    if term is None:
        return ""
    if isinstance(term, RDFLiteral | BNode):
        return term.n3()
    return str(term)


def render_path(graph: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL syntax (``a/b``, ``a|b``, ``^a``)."""
    if isinstance(path, URIRef):
        return str(path)
    alternative = graph.value(path, SH.alternativePath)
    if alternative is not None:
        return "|".join(render_path(graph, p) for p in Collection(graph, alternative))
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return "^" + render_path(graph, inverse)
    if graph.value(path, RDF.first) is not None:
        return "/".join(render_path(graph, p) for p in Collection(graph, path))
    return render_term(path)


def _message(messages: list[Node], lang: str) -> str:
    tagged = [str(m) for m in messages if isinstance(m, RDFLiteral) and m.language == lang]
    if tagged:
        return tagged[0]
    plain = [str(m) for m in messages if isinstance(m, RDFLiteral) and m.language in (None, "en")]
    return plain[0] if plain else ""


def _severity(term: Node | None) -> Severity:
    if term == SH.Warning:
        return "Warning"
    if term == SH.Info:
        return "Info"
    return "Violation"


def _named_shape(shapes: Graph, shape: Node | None) -> str:
    """Walk from a blank property shape up to the named shape that owns it."""
    seen: set[Node] = set()
    while isinstance(shape, BNode) and shape not in seen:
        seen.add(shape)
        owner = next(shapes.subjects(SH.property, shape), None)
        if owner is None:
            break
        shape = owner
    return render_term(shape)


__all__ = [
    "Severity",
    "ValidationReport",
    "ValidationResultItem",
    "build_report",
    "render_path",
    "render_term",
]
