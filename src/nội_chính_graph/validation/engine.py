"""Run the project's SHACL shapes over a dataset: union of named graphs plus the ontology."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pyshacl import validate as pyshacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from nội_chính_graph.namespaces import NCG, NCGG
from nội_chính_graph.resources import ontology_dir, shapes_dir
from nội_chính_graph.validation.report import ValidationReport, build_report

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


def union_for_validation(data: Dataset | Graph, ontology: Graph) -> Graph:
    """Merge every graph with the ontology, marking each subject of a named data graph ``G``
    with ``?s ncg:inGraph G`` so that graph-level shapes can see which graphs hold data."""
    union = Graph()
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

    >>> from rdflib import Graph
    >>> Validator().validate(Graph()).conforms
    True
    """

    def __init__(self, shapes: Graph | None = None, ontology: Graph | None = None) -> None:
        self.shapes = shapes if shapes is not None else load_shapes()
        self.ontology = ontology if ontology is not None else load_ontology()

    def validate(self, data: Dataset | Graph) -> ValidationReport:
        """Validate ``data`` (all its graphs together) against the shapes."""
        union = union_for_validation(data, self.ontology)
        _conforms, results, _text = pyshacl_validate(
            union,
            shacl_graph=self.shapes,
            inference="none",
            advanced=True,
            inplace=True,
            allow_warnings=True,
        )
        return build_report(results, self.shapes)


def validate(data: Dataset | Graph, validator: Validator | None = None) -> ValidationReport:
    """Validate ``data`` with the project's shapes; pass ``validator`` to reuse loaded shapes."""
    return (validator or Validator()).validate(data)


__all__ = [
    "ONTOLOGY_GRAPH",
    "Validator",
    "data_graphs",
    "load_ontology",
    "load_shapes",
    "union_for_validation",
    "validate",
]
