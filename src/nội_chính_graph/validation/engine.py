"""Run the project's SHACL shapes over a dataset: union of named graphs plus the ontology."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Node

from nội_chính_graph.namespaces import NCG, NCGG
from nội_chính_graph.resources import ontology_dir, shapes_dir
from nội_chính_graph.validation.anchoring import AnchorCheck, ReportTexts
from nội_chính_graph.validation.locate import SourceMap, drop_superseded, locate
from nội_chính_graph.validation.prepared import PreparedQueryGraph, with_compact_queries
from nội_chính_graph.validation.report import (
    ValidationReport,
    ValidationResultItem,
    build_report,
)
from nội_chính_graph.validation.reuse import check_reuse
from nội_chính_graph.validation.vocabulary import Vocabulary, VocabularyCheck

ONTOLOGY_GRAPH = NCGG.ontology


def _parse_folder(folder: Path) -> Graph:
    graph = Graph()
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise FileNotFoundError(f"no Turtle files in {folder}")
    for path in files:
        graph.parse(path, format="turtle")
    return graph


def load_ontology(folder: Path | None = None) -> Graph:
    """The ontology and its concept schemes (``ontology/*.ttl``) as one graph."""
    return _parse_folder(folder or ontology_dir())


def load_shapes(folder: Path | None = None) -> Graph:
    """Every SHACL shape (``shapes/*.ttl``) as one graph."""
    return _parse_folder(folder or shapes_dir())


def data_graphs(data: Dataset | Graph) -> Iterable[tuple[URIRef | None, Graph]]:
    """Yield ``(name, graph)`` for each graph of ``data``; ``None`` names the default graph."""
    if not isinstance(data, Dataset):
        yield None, data
        return
    for graph in data.graphs():
        name = graph.identifier
        yield (None if name == DATASET_DEFAULT_GRAPH_ID else URIRef(str(name))), graph


def union_for_validation(
    data: Dataset | Graph, ontology: Graph, into: Graph | None = None
) -> Graph:
    """Merge every graph with the ontology, marking each subject of a named data graph ``G``
    with ``?s ncg:inGraph G`` so that graph-level shapes can see which graphs hold data."""
    union = into if into is not None else Graph()
    for triple in ontology:
        union.add(triple)
    for name, graph in data_graphs(data):
        for s, p, o in graph:
            union.add((s, p, o))
            if name is not None and name != ONTOLOGY_GRAPH:
                union.add((s, NCG.inGraph, name))
    return union


class Validator:
    """Shapes and ontology loaded once, then used for any number of validations.

    Besides pySHACL it runs the checks written in code (``shapes/code.ttl``): the closed
    vocabulary (:mod:`~nội_chính_graph.validation.vocabulary`, with "did you mean"), the
    evidence anchored in the report's text (:mod:`~nội_chính_graph.validation.anchoring`) and
    reused fact IRIs (:mod:`~nội_chính_graph.validation.reuse`).

    >>> from rdflib import Graph
    >>> Validator().validate(Graph()).conforms
    True
    """

    def __init__(
        self,
        shapes: Graph | None = None,
        ontology: Graph | None = None,
        texts: ReportTexts | None = None,
    ) -> None:
        # compacted once: pySHACL scans a constraint's text per focus node (see compact_query)
        self.shapes = with_compact_queries(shapes if shapes is not None else load_shapes())
        self.ontology = ontology if ontology is not None else load_ontology()
        self.vocabulary = VocabularyCheck(Vocabulary.from_ontology(self.ontology))
        self.anchors = AnchorCheck(texts or ReportTexts())
        self._ontology_subjects = set(self.ontology.subjects())
        self._parsed: dict[str, Query] = {}
        # pySHACL and rdflib's prepared queries are not known to be thread-safe.
        self._lock = threading.Lock()

    def new_union(self) -> PreparedQueryGraph:
        """An empty graph whose SPARQL texts are parsed once for all validations."""
        return PreparedQueryGraph(self._parsed)

    def validate(
        self,
        data: Dataset | Graph,
        sources: SourceMap | None = None,
        texts: Mapping[str, str] | None = None,
    ) -> ValidationReport:
        """Validate ``data`` (all its graphs together) against the shapes.

        ``sources`` names the file of each graph in the results; ``texts`` (SHA-256 → text)
        gives report texts that are not under ``data/reports``.
        """
        union = union_for_validation(data, self.ontology, self.new_union())
        return self.check(union, None, sources=sources, texts=texts)

    def check(
        self,
        union: Graph,
        focus: Sequence[Node] | None,
        sources: SourceMap | None = None,
        texts: Mapping[str, str] | None = None,
    ) -> ValidationReport:
        """Every check over ``union`` (ontology + data, with ``ncg:inGraph`` marks), for the
        ``focus`` nodes only when given."""
        focus_nodes: list[str | URIRef] | None = (
            None if focus is None else [f for f in focus if isinstance(f, URIRef)]
        )
        with self._lock:
            _conforms, results, _text = pyshacl_validate(
                union,
                shacl_graph=self.shapes,
                inference="none",
                advanced=True,
                inplace=True,
                allow_warnings=True,
                focus_nodes=focus_nodes,
            )
            shacl = build_report(results, self.shapes)
        extra = self.vocabulary.run(self._data_triples(union, focus))
        focus_set = None if focus is None else set(focus)
        extra += self.anchors.run(union, focus_set, texts)
        extra += check_reuse(union, focus_set)
        merged = merge(shacl, extra)
        return locate(drop_superseded(merged), union, sources)

    def _data_triples(
        self, union: Graph, focus: Sequence[Node] | None
    ) -> Iterable[tuple[Node, Node, Node]]:
        if focus is None:
            triples: Iterable[tuple[Node, Node, Node]] = union
        else:
            triples = (t for f in focus for t in union.triples((f, None, None)))
        skip = self._ontology_subjects
        return (t for t in triples if t[0] not in skip and t[1] != NCG.inGraph)


def merge(report: ValidationReport, extra: list[ValidationResultItem]) -> ValidationReport:
    """``report`` with ``extra`` results added, sorted as :func:`build_report` sorts."""
    items = sorted(
        [*report.results, *extra],
        key=lambda r: (r.shape, r.focus_node, r.path or "", r.value or ""),
    )
    conforms = not any(r.severity == "Violation" for r in items)
    return ValidationReport(conforms=conforms, results=items)


def validate(data: Dataset | Graph, validator: Validator | None = None) -> ValidationReport:
    """Validate ``data`` with the project's shapes; pass ``validator`` to reuse loaded shapes."""
    return (validator or Validator()).validate(data)


__all__ = [
    "ONTOLOGY_GRAPH",
    "Validator",
    "data_graphs",
    "load_ontology",
    "load_shapes",
    "merge",
    "union_for_validation",
    "validate",
]
