"""Where a result is: the named graphs that describe its focus node, and the files they came from.

The validator marks every subject of a named data graph ``G`` with ``?s ncg:inGraph G`` (in the
full and in the incremental validation alike), so the graphs are read from the validated union.
A :class:`SourceMap` (built by ``ncg validate`` while it reads its files) adds the file names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from nội_chính_graph.namespaces import NCG, NCGSH
from nội_chính_graph.validation.report import ValidationReport, ValidationResultItem


@dataclass
class SourceMap:
    """Which file each named graph, and each subject of a default graph, was read from."""

    graph_files: dict[str, str] = field(default_factory=dict)
    subject_files: dict[str, str] = field(default_factory=dict)

    def record(self, file: str, dataset: Dataset) -> None:
        """Note what ``file`` (just parsed into ``dataset`` on its own) holds."""
        for graph in dataset.graphs():
            if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
                for s in graph.subjects():
                    self.subject_files.setdefault(str(s), file)
            elif len(graph):
                self.graph_files.setdefault(str(graph.identifier), file)


def locate(
    report: ValidationReport, union: Graph, sources: SourceMap | None = None
) -> ValidationReport:
    """The report with ``graphs`` and ``files`` filled in for every result."""
    sources = sources or SourceMap()
    items = [_located(item, union, sources) for item in report.results]
    return ValidationReport(conforms=report.conforms, results=items)


def _located(item: ValidationResultItem, union: Graph, sources: SourceMap) -> ValidationResultItem:
    focus = URIRef(item.focus_node)
    graphs = sorted(str(g) for g in union.objects(focus, NCG.inGraph))
    files = [sources.graph_files[g] for g in graphs if g in sources.graph_files]
    if item.focus_node in sources.subject_files:
        files.append(sources.subject_files[item.focus_node])
    return item.model_copy(update={"graphs": graphs, "files": sorted(set(files))})


REUSE_SHAPE = str(NCGSH.ReusedFactIriShape)
_MAX_COUNT = "http://www.w3.org/ns/shacl#MaxCountConstraintComponent"


def drop_superseded(report: ValidationReport) -> ValidationReport:
    """Without the "exactly one" results that a reused fact IRI explains: when two graphs give
    one fact IRI two values of a property, ``ncgsh:ReusedFactIriShape`` says so, and the
    ``sh:maxCount`` result on the same node and property would only mislead."""
    reused = {(r.focus_node, r.path) for r in report.results if r.shape == REUSE_SHAPE}
    if not reused:
        return report
    kept = [
        r
        for r in report.results
        if not (r.constraint == _MAX_COUNT and (r.focus_node, r.path) in reused)
    ]
    conforms = not any(r.severity == "Violation" for r in kept)
    return ValidationReport(conforms=conforms, results=kept)


__all__ = ["SourceMap", "drop_superseded", "locate"]
