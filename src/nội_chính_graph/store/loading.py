"""Load the shipped ontology and data into a store.

Ontology Turtle files go into ``ncgg:ontology``; every ``data/**/*.trig`` file brings its own
named graphs (one per source report, ``ncgg:reference/*`` for reference data).
"""

from collections.abc import Sequence
from pathlib import Path

from nội_chính_graph import resources
from nội_chính_graph.namespaces import NCGG
from nội_chính_graph.store.base import BooleanResult, LoadReport, ProgressCallback, Store

ONTOLOGY_GRAPH = str(NCGG["ontology"])


def ontology_files(folder: Path | None = None) -> list[Path]:
    """The ontology's Turtle files, sorted."""
    return sorted((folder or resources.ontology_dir()).glob("*.ttl"))


def data_files(folder: Path | None = None) -> list[Path]:
    """Every TriG file under the data folder, sorted."""
    return sorted((folder or resources.data_dir()).rglob("*.trig"))


def load_shipped(
    store: Store,
    *,
    ontology: Sequence[Path] | None = None,
    data: Sequence[Path] | None = None,
    on_file: ProgressCallback | None = None,
) -> LoadReport:
    """Load the ontology (into its graph) and the data (into their own graphs)."""
    onto = list(ontology_files() if ontology is None else ontology)
    trig = list(data_files() if data is None else data)
    first = store.load_files(onto, graph=ONTOLOGY_GRAPH, on_file=on_file)
    second = store.load_files(trig, on_file=on_file)
    return LoadReport(
        first.files + second.files,
        first.statements + second.statements,
        first.seconds + second.seconds,
    )


def holds_data(store: Store) -> bool:
    """Whether any named graph holds a triple: one ``ASK`` per graph until one does (counting
    every quad, as ``store.count()`` does, took two minutes at 10M quads).

    >>> from nội_chính_graph.store.oxigraph import OxigraphStore
    >>> holds_data(OxigraphStore())
    False
    """
    for graph in store.graphs():
        answer = store.query("ASK { ?s ?p ?o }", default_graphs=[graph])
        if isinstance(answer, BooleanResult) and answer.value:
            return True
    return False


def load_if_empty(store: Store, *, on_file: ProgressCallback | None = None) -> LoadReport | None:
    """Load the shipped files when the store holds nothing yet (first start); else do nothing."""
    if holds_data(store):
        return None
    return load_shipped(store, on_file=on_file)


__all__ = [
    "ONTOLOGY_GRAPH",
    "data_files",
    "holds_data",
    "load_if_empty",
    "load_shipped",
    "ontology_files",
]
