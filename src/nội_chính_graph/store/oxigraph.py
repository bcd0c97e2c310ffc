"""The embedded backend: pyoxigraph, on disk (RocksDB) or in memory."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

from nội_chính_graph.errors import ApiError, DataFormatError, QuerySyntaxError, StoreError
from nội_chính_graph.store.base import (
    BooleanResult,
    DiskSnapshot,
    DumpSnapshot,
    GraphResult,
    LoadReport,
    ProgressCallback,
    QueryResult,
    RdfPayload,
    Snapshot,
    SolutionsResult,
    Term,
    parse_payload,
    rdf_bytes,
    rdf_format_for,
    require_graph_for,
    update_for_writes,
)
from nội_chính_graph.store.canonical import written
from nội_chính_graph.store.default_graph import DefaultGraph

#: The state token's file inside the store's folder (see :meth:`OxigraphStore.state_token`).
STATE_FILE = "ncg-state"
_POSITION = re.compile(r"error at (\d+):(\d+)")
_BULK_BYTES = 16 * 1024 * 1024


def _node(iri: str, what: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise ApiError(400, "invalid_iri", f"{what} {iri!r} is not a valid IRI: {exc}") from exc


def dataset_options(
    sparql: str, default_graphs: Sequence[str] | None, named_graphs: Sequence[str] | None
) -> dict[str, Any]:
    """pyoxigraph ``query()`` keyword arguments for the requested dataset (see ``Store.query``).

    Without a dataset the query reads the store's own default graph, where the store keeps the
    merge of the named graphs (a set; see :mod:`nội_chính_graph.store.default_graph`), never
    Oxigraph's union, which repeats a triple once per graph holding it.
    """
    if default_graphs is None and named_graphs is None:
        return {}
    return {
        "default_graph": [_node(g, "default-graph-uri") for g in default_graphs or ()],
        "named_graphs": [_node(g, "named-graph-uri") for g in named_graphs or ()],
    }


def syntax_error(exc: SyntaxError) -> QuerySyntaxError:
    """Turn the parser's message (``error at L:C: …``) into a positioned error."""
    message = str(exc)
    details: dict[str, Any] = {"parser_message": message}
    found = _POSITION.search(message)
    if found:
        details.update(line=int(found.group(1)), column=int(found.group(2)))
    return QuerySyntaxError(f"Malformed SPARQL query: {message}", details=details)


def _capped(items: Iterator[Any], max_rows: int | None) -> tuple[list[Any], bool]:
    if max_rows is None:
        return list(items), False
    taken = list(islice(items, max_rows + 1))
    return taken[:max_rows], len(taken) > max_rows


def solution_row(solution: ox.QuerySolution, variables: tuple[str, ...]) -> dict[str, Term]:
    """The bound variables of one solution."""
    row: dict[str, Term] = {}
    for name in variables:
        value = solution[name]
        if value is not None:
            row[name] = value
    return row


def raw_query(
    store: ox.Store,
    sparql: str,
    *,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
    base_iri: str | None = None,
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """The engine's own (lazy) answer; errors as the store layer's errors."""
    options = dataset_options(sparql, default_graphs, named_graphs)
    if base_iri is not None:
        options["base_iri"] = base_iri
    try:
        return store.query(sparql, **options)
    except SyntaxError as exc:
        raise syntax_error(exc) from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise StoreError(f"Query evaluation failed: {exc}") from exc


def typed_result(
    raw: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, max_rows: int | None
) -> QueryResult:
    """The engine's answer as a typed, capped result (terms built in Python)."""
    try:
        if isinstance(raw, ox.QueryBoolean):
            return BooleanResult(bool(raw))
        if isinstance(raw, ox.QuerySolutions):
            variables = tuple(v.value for v in raw.variables)
            rows, cut = _capped((solution_row(s, variables) for s in raw), max_rows)
            return SolutionsResult(variables, rows, cut)
        triples, cut = _capped(iter(raw), max_rows)
        return GraphResult(triples, cut)
    except (OSError, ValueError, RuntimeError) as exc:
        raise StoreError(f"Query evaluation failed: {exc}") from exc


def run_query(
    store: ox.Store,
    sparql: str,
    *,
    default_graphs: Sequence[str] | None = None,
    named_graphs: Sequence[str] | None = None,
    max_rows: int | None = None,
    base_iri: str | None = None,
) -> QueryResult:
    """Run a query on a pyoxigraph store and return a typed, capped result."""
    raw = raw_query(
        store, sparql, default_graphs=default_graphs, named_graphs=named_graphs, base_iri=base_iri
    )
    return typed_result(raw, max_rows)


#: Result formats pyoxigraph writes itself (in Rust, straight from the engine's iterator).
NATIVE_FORMATS: dict[str, ox.QueryResultsFormat | ox.RdfFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "ntriples": ox.RdfFormat.N_TRIPLES,
}
_HEADER_LINES = {"csv": 1, "tsv": 1, "ntriples": 0}


def native_rows(name: str, body: bytes) -> int | None:
    """How many solutions or triples a natively written body holds, or None when only a
    bound is known. JSON: one ``},{"`` between rows (inside a string ``"`` is always escaped);
    TSV and N-Triples: one line each (line breaks in terms are escaped).

    >>> native_rows("json", b'{"head":{"vars":["a"]},"results":{"bindings":[{"a":1},{"a":2}]}}')
    2
    """
    if name == "json":
        empty = body.rstrip().endswith(b"[]}}")
        return 0 if empty else body.count(b'},{"') + 1
    if name in ("tsv", "ntriples"):
        return body.count(b"\n") - _HEADER_LINES[name]
    return None


def native_answer(
    raw: ox.QuerySolutions | ox.QueryTriples, name: str, max_rows: int | None
) -> bytes | None:
    """The result written by pyoxigraph in format ``name``, or None when it holds more than
    ``max_rows`` rows (the caller then runs the capped path, which says "truncated")."""
    body = raw.serialize(format=NATIVE_FORMATS[name])  # type: ignore[arg-type]
    assert body is not None
    if max_rows is None or len(body) <= 2 * max_rows:  # no row is shorter than 2 bytes
        return body
    rows = native_rows(name, body)
    return body if rows is not None and rows <= max_rows else None


def _parse_file(path: Path, fmt: ox.RdfFormat) -> Iterator[ox.Quad]:
    return written(ox.parse(path=path, format=fmt))


_DEFAULT = ox.DefaultGraph()


def _into_graph(
    quads: Iterable[ox.Quad], target: ox.NamedNode | None, path: Path
) -> Iterator[ox.Quad]:
    """Each quad in its graph (``target`` for triple files) and in the merged default graph."""
    for quad in quads:
        graph = quad.graph_name if target is None else target
        if isinstance(graph, ox.DefaultGraph):
            raise DataFormatError(
                f"{path}: a triple in the default graph; every triple belongs to a named graph "
                "(the default graph is the merge of them)",
                details={"path": str(path)},
            )
        yield ox.Quad(quad.subject, quad.predicate, quad.object, graph)
        yield ox.Quad(quad.subject, quad.predicate, quad.object, _DEFAULT)


def _with_merge(quads: list[ox.Quad]) -> list[ox.Quad]:
    return quads + [ox.Quad(q.subject, q.predicate, q.object, _DEFAULT) for q in quads]


def _count(store: ox.Store, graph: ox.NamedNode | ox.DefaultGraph) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


def _has_default_triples(store: ox.Store) -> bool:
    return next(iter(store.quads_for_pattern(None, None, None, _DEFAULT)), None) is not None


class OxigraphStore:
    """A :class:`~nội_chính_graph.store.base.Store` on pyoxigraph.

    >>> store = OxigraphStore()
    >>> g = "https://w3id.org/noi-chinh/graph/example"
    >>> data = '<http://e/s> <http://e/p> "Bộ" .'.encode()
    >>> store.add_to_graph(g, RdfPayload(data, ox.RdfFormat.N_TRIPLES))
    >>> store.query("SELECT ?o WHERE { ?s ?p ?o }").rows[0]["o"].value
    'Bộ'
    >>> store.graphs(), store.count(g)
    (['https://w3id.org/noi-chinh/graph/example'], 1)
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        if path is None:
            self._store = ox.Store()
        elif read_only:
            self._store = ox.Store.read_only(str(path))
        else:
            path.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(path))
            self._remove_stale_snapshots()
        self._lock = threading.RLock()
        self._generation = 0
        self._snapshots = 0
        self._token = f"{os.getpid()}-{secrets.token_hex(4)}"  # unique to this open
        # A read-only open sees the data as of its opening, while the token file may move on.
        self._state: str | None = None if read_only else self._read_state()
        if not read_only:
            # Opening took RocksDB's lock: until close, only this object writes the store.
            self._merge_if_missing()
            if self._state is None and path is not None:
                self._new_state()

    def _merge_if_missing(self) -> None:
        """Fill the merged default graph of a store written before it existed (once)."""
        if len(self._store) == 0 or _has_default_triples(self._store):
            return
        self._forget_state()
        self._store.update(DefaultGraph().rebuild())  # one transaction
        self._new_state()

    @classmethod
    def from_snapshot(cls, snapshot: Snapshot) -> OxigraphStore:
        """Open what :meth:`snapshot` produced (in a query worker process)."""
        if isinstance(snapshot, DiskSnapshot):
            return cls(Path(snapshot.path), read_only=True)
        store = cls()
        store._store.load(snapshot.nquads, ox.RdfFormat.N_QUADS)
        return store

    @property
    def generation(self) -> int:
        """Grows by one with every write."""
        return self._generation

    # -- the state token: names the store's content across processes and restarts ----------
    def _state_file(self) -> Path | None:
        # Inside the store's folder (RocksDB leaves names it does not know alone), so a store
        # deleted and made again never finds the token of the old one.
        return None if self.path is None else self.path / STATE_FILE

    def _read_state(self) -> str | None:
        file = self._state_file()
        if file is None:
            return None
        try:
            return file.read_text(encoding="ascii").strip() or None
        except OSError:
            return None

    def _forget_state(self) -> None:
        """Before a write: no token, so nothing derived from the old content is trusted if the
        process dies between the write and :meth:`_new_state`."""
        file, self._state = self._state_file(), None
        if file is not None:
            file.unlink(missing_ok=True)

    def _new_state(self) -> None:
        file = self._state_file()
        if file is None:
            return
        token = secrets.token_hex(16)
        partial = file.with_name(file.name + ".tmp")
        partial.write_text(token + "\n", encoding="ascii")
        os.replace(partial, file)
        self._state = token

    def state_token(self) -> str | None:
        """A random token naming the store's current content, kept in a file beside the store
        (``<store>/ncg-state``) and replaced by every write (removed before it, written after it),
        so it outlives the process: indexes derived from the data and saved under this token
        are valid exactly while it stays the same. None for an in-memory or read-only store, and
        while a write is under way.

        >>> OxigraphStore().state_token() is None
        True
        """
        return self._state

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        max_rows: int | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a SPARQL query (see :meth:`Store.query`)."""
        return run_query(
            self._store,
            sparql,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            max_rows=max_rows,
            base_iri=base_iri,
        )

    def answer(
        self,
        sparql: str,
        formats: tuple[str | None, str | None],
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        max_rows: int | None = None,
        base_iri: str | None = None,
    ) -> tuple[bytes, str] | QueryResult:
        """Run a query for a client accepting ``formats`` (solutions, graph): the body written
        by pyoxigraph itself when it can write that format, else the typed result."""
        raw = raw_query(
            self._store,
            sparql,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            base_iri=base_iri,
        )
        name = formats[1] if isinstance(raw, ox.QueryTriples) else formats[0]
        if isinstance(raw, ox.QueryBoolean) or name not in NATIVE_FORMATS:
            return typed_result(raw, max_rows)
        try:
            body = native_answer(raw, name, max_rows)
        except (OSError, ValueError, RuntimeError) as exc:
            raise StoreError(f"Query evaluation failed: {exc}") from exc
        if body is not None:
            return body, name
        # More rows than the cap: the capped path runs it again and says "truncated".
        return self.query(
            sparql,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
            max_rows=max_rows,
            base_iri=base_iri,
        )

    def graphs(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def count(self, graph: str | None = None) -> int:
        """Number of quads in ``graph`` or in all named graphs (the merge is not counted)."""
        if graph is None:
            return len(self._store) - _count(self._store, _DEFAULT)
        return _count(self._store, _node(graph, "graph"))

    def _quads_of(self, graph: str, payload: RdfPayload) -> list[ox.Quad]:
        target = _node(graph, "graph")
        return [ox.Quad(t.subject, t.predicate, t.object, target) for t in parse_payload(payload)]

    def _write(self) -> None:
        self._generation += 1
        self._new_state()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Around a write (lock held): the state token goes before it and a new one comes
        after it, failed or not (a failed bulk load may have written part of its files)."""
        self._forget_state()
        try:
            yield
        except BaseException:
            self._new_state()
            raise
        self._write()

    def add_to_graph(self, graph: str, payload: RdfPayload) -> None:
        """Add the triples of ``payload`` to ``graph`` and the merge (atomically)."""
        quads = _with_merge(self._quads_of(graph, payload))
        with self._lock, self._writing():
            self._store.extend(quads)

    def replace_graph(self, graph: str, payload: RdfPayload) -> None:
        """Make ``graph`` hold exactly ``payload`` in one transaction (bad data changes nothing)."""
        self.write_graphs(replace={graph: payload})

    def write_graphs(
        self,
        *,
        add: Mapping[str, RdfPayload] | None = None,
        replace: Mapping[str, RdfPayload] | None = None,
        delete: Sequence[str] = (),
    ) -> None:
        """Apply the changes as one SPARQL Update, which Oxigraph runs as one transaction."""
        update = update_for_writes(add or {}, replace or {}, delete)
        if not update:
            return
        with self._lock, self._writing():
            self._store.update(update)

    def delete_graph(self, graph: str) -> bool:
        """Remove ``graph`` (and from the merge what only it held); return whether it existed."""
        node = _node(graph, "graph")
        with self._lock:
            existed = self._store.contains_named_graph(node)
            if existed:
                self.write_graphs(delete=[graph])
        return existed

    def get_graph(self, graph: str, fmt: ox.RdfFormat) -> bytes:
        """Serialize one named graph (as quads in TriG / N-Quads, else as triples)."""
        quads = list(self._store.quads_for_pattern(None, None, None, _node(graph, "graph")))
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            return rdf_bytes(quads, fmt)
        return rdf_bytes([ox.Triple(q.subject, q.predicate, q.object) for q in quads], fmt)

    def _load_one(self, path: Path, graph: str | None) -> int:
        fmt = rdf_format_for(path)
        target = require_graph_for(path, fmt, graph)
        counted = 0

        def counting() -> Iterator[ox.Quad]:
            nonlocal counted
            for quad in _parse_file(path, fmt):
                counted += 1
                yield quad

        node = None if target is None else _node(target, "graph")
        quads = _into_graph(counting(), node, path)
        try:
            # The bulk loader writes fresh files per call: worth it for big files only.
            if self.path is not None and path.stat().st_size > _BULK_BYTES:
                self._store.bulk_extend(quads)
            else:
                self._store.extend(quads)
        except SyntaxError as exc:
            raise DataFormatError(f"{path}: {exc}", details={"path": str(path)}) from exc
        return counted

    def load_files(
        self,
        paths: Sequence[Path],
        *,
        graph: str | None = None,
        on_file: ProgressCallback | None = None,
    ) -> LoadReport:
        """Bulk-load files (see :meth:`Store.load_files`)."""
        start, total = time.perf_counter(), 0
        with self._lock, self._writing():
            for path in paths:
                loaded = self._load_one(path, graph)
                total += loaded
                if on_file is not None:
                    on_file(path, loaded)
            if self.path is not None:
                self._store.flush()
        return LoadReport(len(paths), total, time.perf_counter() - start)

    def export(self, output: BinaryIO, fmt: ox.RdfFormat) -> None:
        """Write every named graph as TriG or N-Quads (the merge is derived, so left out)."""
        if fmt not in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            raise DataFormatError(f"export writes TriG or N-Quads, not {fmt.name}")
        quads = self._store.quads_for_pattern(None, None, None, None)
        named = (q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))
        ox.serialize(named, output, fmt)

    def _snapshot_root(self) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + ".snapshots")

    def _remove_stale_snapshots(self) -> None:
        """Delete checkpoints a crashed process left behind (issue 13, finding 3).

        Opening the store took RocksDB's lock, so no other live process writes it: every
        checkpoint already there belongs to a dead one (its query workers died with it, or keep
        their open files on Linux). Names also carry a per-open token, so a leftover can never
        collide with a new checkpoint even if it could not be removed.
        """
        shutil.rmtree(self._snapshot_root(), ignore_errors=True)

    def snapshot(self) -> Snapshot:
        """A consistent copy for worker processes: a hard-linked checkpoint, or an N-Quads dump."""
        with self._lock:
            if self.path is None:
                dump = self._store.dump(format=ox.RdfFormat.N_QUADS)
                assert dump is not None
                return DumpSnapshot(dump, self._generation)
            self._snapshots += 1
            name = f"{self._token}-{self._generation}-{self._snapshots}"
            target = self._snapshot_root() / name
            target.parent.mkdir(parents=True, exist_ok=True)
            self._store.backup(str(target))
            return DiskSnapshot(str(target), self._generation)

    def release_snapshot(self, snapshot: Snapshot) -> None:
        """Delete a checkpoint directory (dumps need no cleanup)."""
        if isinstance(snapshot, DiskSnapshot):
            shutil.rmtree(snapshot.path, ignore_errors=True)

    def close(self) -> None:
        """Flush to disk, remove leftover checkpoints and release the database lock."""
        if self.path is not None and not self.read_only:
            self._store.flush()
            shutil.rmtree(self._snapshot_root(), ignore_errors=True)
        # pyoxigraph has no close(): dropping the last reference closes RocksDB and its lock.
        self._store = ox.Store()


__all__ = [
    "NATIVE_FORMATS",
    "STATE_FILE",
    "OxigraphStore",
    "dataset_options",
    "native_answer",
    "native_rows",
    "raw_query",
    "run_query",
    "solution_row",
    "syntax_error",
    "typed_result",
]
