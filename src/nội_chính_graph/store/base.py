"""The store interface every part of the project uses, and the value types it speaks.

Terms are pyoxigraph terms (``NamedNode``, ``BlankNode``, ``Literal``, ``Triple``) whatever the
backend: the embedded store yields them natively, the remote store parses its answers into them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol, runtime_checkable

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Triple, parse, serialize

from nội_chính_graph.errors import DataFormatError
from nội_chính_graph.store.canonical import written
from nội_chính_graph.store.default_graph import DefaultGraph

Term = NamedNode | BlankNode | Literal | Triple


@dataclass(frozen=True)
class SolutionsResult:
    """The answer to a ``SELECT``: variables in projection order, rows binding some of them."""

    variables: tuple[str, ...]
    rows: list[dict[str, Term]]
    truncated: bool = False


@dataclass(frozen=True)
class BooleanResult:
    """The answer to an ``ASK``."""

    value: bool
    truncated: bool = False


@dataclass(frozen=True)
class GraphResult:
    """The answer to a ``CONSTRUCT`` or ``DESCRIBE``."""

    triples: list[Triple]
    truncated: bool = False


QueryResult = SolutionsResult | BooleanResult | GraphResult


@dataclass(frozen=True)
class RdfPayload:
    """Serialized RDF on its way into a graph, in any format pyoxigraph parses.

    >>> RdfPayload(b'<http://e/s> <http://e/p> "1" .', RdfFormat.N_TRIPLES).format.name
    'N-Triples'
    """

    data: bytes
    format: RdfFormat

    @classmethod
    def from_graph(cls, graph: rdflib.Graph) -> RdfPayload:
        """Serialize an rdflib graph (its triples only) as N-Triples."""
        return cls(graph.serialize(format="nt", encoding="utf-8"), RdfFormat.N_TRIPLES)


@dataclass(frozen=True)
class LoadReport:
    """What a bulk load did: files read, statements parsed, elapsed seconds."""

    files: int
    statements: int
    seconds: float

    @property
    def rate(self) -> float:
        """Statements per second (0 when nothing was timed)."""
        return self.statements / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class DiskSnapshot:
    """A read-only, immutable copy of an on-disk store (a RocksDB checkpoint) at ``path``."""

    path: str
    generation: int


@dataclass(frozen=True)
class DumpSnapshot:
    """The whole content of an in-memory store as N-Quads, for a worker to load."""

    nquads: bytes
    generation: int = field(default=0)


Snapshot = DiskSnapshot | DumpSnapshot


def update_for_writes(
    add: Mapping[str, RdfPayload],
    replace: Mapping[str, RdfPayload],
    delete: Sequence[str],
    default: DefaultGraph | None = None,
) -> str:
    """One SPARQL 1.1 Update request doing a :meth:`Store.write_graphs` call, the merged default
    graph kept in step in the same request (see :mod:`nội_chính_graph.store.default_graph`).

    Every payload is parsed first (bad data raises :class:`DataFormatError` before anything is
    sent) and its blank nodes are skolemised, so no blank node is ever written (Virtuoso
    refuses them in ``INSERT DATA``) and two payloads never share one. Terms are
    written as N-Triples terms (escaped by the RDF library), which is valid SPARQL syntax; graph
    names are checked IRIs. A graph dropped (deleted or replaced) first takes out of the merge
    the triples no other graph holds; the triples written go into their graph and the merge.

    >>> triple = RdfPayload(b'<http://s> <http://p> "o" .', RdfFormat.N_TRIPLES)
    >>> print(update_for_writes({"http://g/r": triple}, {}, ["http://g/x"]))
    ... # doctest: +NORMALIZE_WHITESPACE
    DELETE { ?s ?p ?o . } WHERE { GRAPH <http://g/x> { ?s ?p ?o }
      FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER(?other != <http://g/x>) } } ;
    DROP SILENT GRAPH <http://g/x> ;
    INSERT DATA { GRAPH <http://g/r> { <http://s> <http://p> "o" . } <http://s> <http://p> "o" . }
    """
    merged = default or DefaultGraph()
    parsed = [(graph, _triples(payload)) for graph, payload in (*replace.items(), *add.items())]
    operations: list[str] = []
    for graph in (*delete, *replace):
        operations += [merged.before_drop(graph), f"DROP SILENT GRAPH {_graph_term(graph)}"]
    blocks = [
        f"GRAPH {_graph_term(graph)} {{ " + " ".join(triples) + " }"
        for graph, triples in parsed
        if triples
    ]
    distinct = dict.fromkeys(triple for _, triples in parsed for triple in triples)
    if distinct:
        blocks.append(merged.block(" ".join(distinct)))
        operations.append("INSERT DATA { " + " ".join(blocks) + " }")
    return " ;\n".join(operations)


def parse_payload(payload: RdfPayload) -> list[Triple]:
    """The one parser of data on its way into any backend: the payload's triples as every
    backend stores them (blank nodes skolemised, derived integers canonical; see
    :mod:`nội_chính_graph.store.canonical`). Bad data raises :class:`DataFormatError` with the
    parser's message and position.

    >>> [t] = parse_payload(RdfPayload(b'<http://s> <http://p> _:b .', RdfFormat.N_TRIPLES))
    >>> t.object.value.startswith("https://w3id.org/noi-chinh/.well-known/genid/")
    True
    """
    try:
        quads = list(written(parse(payload.data, payload.format)))
    except SyntaxError as exc:
        raise DataFormatError(f"Invalid {payload.format.name} data: {exc}") from exc
    return [Triple(q.subject, q.predicate, q.object) for q in quads]


def _triples(payload: RdfPayload) -> list[str]:
    return [f"{t.subject} {t.predicate} {t.object} ." for t in parse_payload(payload)]


def _graph_term(graph: str) -> str:
    return str(NamedNode(graph))


ProgressCallback = Callable[[Path, int], None]
"""Called after each file of a bulk load with the file and the statements it held."""


@runtime_checkable
class Store(Protocol):
    """A quad store with named graphs. Every backend implements exactly this."""

    @property
    def generation(self) -> int:
        """A number that grows with every write (lets readers notice changes)."""
        ...

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        max_rows: int | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a SPARQL 1.1 query.

        With neither ``default_graphs`` nor ``named_graphs`` the query's own ``FROM`` clauses
        apply, and without those the default graph is the RDF merge of all named graphs: a set,
        each triple once however many graphs hold it (SPARQL 1.1 §13.1). Giving
        either list restricts the dataset to exactly the graphs named (an omitted list is empty).
        ``max_rows`` caps solutions/triples and sets ``truncated`` when more existed.
        ``base_iri`` resolves relative IRIs of the query (the query's own ``BASE`` wins); the
        ``/sparql`` endpoint passes its own URL, on every backend alike.
        """
        ...

    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        ...

    def count(self, graph: str | None = None) -> int:
        """Number of quads in ``graph``, or in the whole store."""
        ...

    def add_to_graph(self, graph: str, payload: RdfPayload) -> None:
        """Add the triples of ``payload`` to the named graph ``graph``."""
        ...

    def replace_graph(self, graph: str, payload: RdfPayload) -> None:
        """Make the named graph ``graph`` hold exactly the triples of ``payload``."""
        ...

    def delete_graph(self, graph: str) -> bool:
        """Remove the named graph; return whether it existed."""
        ...

    def write_graphs(
        self,
        *,
        add: Mapping[str, RdfPayload] | None = None,
        replace: Mapping[str, RdfPayload] | None = None,
        delete: Sequence[str] = (),
    ) -> None:
        """Apply several graph changes as ONE transaction: all of them, or none.

        Graphs in ``delete`` are removed, graphs in ``replace`` end up holding exactly their
        payload, and the payloads in ``add`` are added to their graphs. Used by ingest commit
        and revert, so that a crash can never leave half of them written.
        """
        ...

    def get_graph(self, graph: str, fmt: RdfFormat) -> bytes:
        """Serialize one named graph (empty output when it does not exist)."""
        ...

    def load_files(
        self,
        paths: Sequence[Path],
        *,
        graph: str | None = None,
        on_file: ProgressCallback | None = None,
    ) -> LoadReport:
        """Bulk-load files. Dataset files (TriG, N-Quads) keep their graphs; triple files go
        into ``graph``, which is then required."""
        ...

    def export(self, output: BinaryIO, fmt: RdfFormat) -> None:
        """Write every quad to ``output`` as TriG or N-Quads."""
        ...

    def snapshot(self) -> Snapshot | None:
        """An immutable copy that query worker processes can open, or None (remote stores)."""
        ...

    def release_snapshot(self, snapshot: Snapshot) -> None:
        """Free the resources of a snapshot no worker uses any longer."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...


DATASET_FORMATS = (RdfFormat.TRIG, RdfFormat.N_QUADS)


def rdf_bytes(
    items: Iterable[Triple] | Iterable[Quad],
    fmt: RdfFormat,
    prefixes: dict[str, str] | None = None,
) -> bytes:
    """Serialize triples or quads to bytes (pyoxigraph's ``serialize`` without an output)."""
    data = serialize(items, format=fmt, prefixes=prefixes)
    assert data is not None
    return data


def rdf_format_for(path: Path) -> RdfFormat:
    """The RDF format of a file, from its extension.

    >>> rdf_format_for(Path("a/b.trig")).name
    'TriG'
    """
    fmt = RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise DataFormatError(
            f"{path}: unknown RDF file extension {path.suffix!r}",
            details={"path": str(path), "extension": path.suffix},
        )
    if fmt == RdfFormat.RDF_XML:
        _refuse_entity_declarations(path)
    return fmt


def _refuse_entity_declarations(path: Path) -> None:
    """The RDF/XML parser expands internal entities without a bound: nested ones (billion
    laughs) exhaust memory and abort the process. RDF never needs them, so refuse the file."""
    try:
        declares = b"<!ENTITY" in path.read_bytes()
    except OSError:
        return  # the parser reports the unreadable file
    if declares:
        raise DataFormatError(
            f"{path}: RDF/XML with <!ENTITY declarations is refused (entity expansion)",
            details={"path": str(path)},
        )


def require_graph_for(path: Path, fmt: RdfFormat, graph: str | None) -> str | None:
    """Check a triple file has a target graph; dataset files need none."""
    if fmt in DATASET_FORMATS or graph is not None:
        return graph
    raise DataFormatError(
        f"{path}: a {fmt.name} file holds triples only; give the named graph to load it into",
        details={"path": str(path)},
    )


__all__ = [
    "DATASET_FORMATS",
    "BooleanResult",
    "DiskSnapshot",
    "DumpSnapshot",
    "GraphResult",
    "LoadReport",
    "ProgressCallback",
    "QueryResult",
    "RdfPayload",
    "Snapshot",
    "SolutionsResult",
    "Store",
    "Term",
    "parse_payload",
    "rdf_bytes",
    "rdf_format_for",
    "require_graph_for",
]
