"""The remote backend: any SPARQL 1.1 Query / Update / Graph Store Protocol server, over httpx.

The default graph is the merge of the named graphs, kept by this backend on every write in the
same request (:mod:`nội_chính_graph.store.default_graph`): in the server's own default graph
(Oxigraph, started *without* ``--union-default-graph``, or any standard server), or in the named
graph ``MERGED_GRAPH`` on Virtuoso, which has none of its own. Graph IRIs travel as protocol
parameters or checked IRIs, never as unchecked text.

Queries go as form-encoded POSTs (``query=``), the one protocol form every server tested here
answers (Virtuoso 7 never answers a ``application/sparql-query`` POST:
openlink/virtuoso-opensource#842). Servers with graphs of their own (Virtuoso's system graphs)
get a ``graph_prefix``: only named graphs whose IRI starts with it are the store's, for
:meth:`RemoteStore.graphs`, :meth:`RemoteStore.count` and :meth:`RemoteStore.export`.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlencode

import httpx
import pyoxigraph as ox

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import (
    DataFormatError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    StoreUnavailableError,
)
from nội_chính_graph.store.base import (
    BooleanResult,
    GraphResult,
    LoadReport,
    ProgressCallback,
    QueryResult,
    RdfPayload,
    Snapshot,
    SolutionsResult,
    rdf_bytes,
    rdf_format_for,
    require_graph_for,
    update_for_writes,
)
from nội_chính_graph.store.canonical import written
from nội_chính_graph.store.default_graph import MERGED_GRAPH, DefaultGraph, virtuoso_dataset
from nội_chính_graph.store.oxigraph import solution_row
from nội_chính_graph.store.remote_generation import (
    READ_TOKEN,
    SYSTEM_GRAPH,
    Generation,
    bump_operations,
    new_token,
)
from nội_chính_graph.store.remote_server import (
    PROBE_GRAPH,
    VIRTUOSO,
    cancelled_mid_answer,
    deadline_parameters,
    prepared_query,
    server_kind,
    stopped_by_deadline,
)
from nội_chính_graph.store.sparql_text import require_query, strip_opaque

_SOLUTIONS_MEDIA = "application/sparql-results+json"
_TRIPLES_MEDIA = "application/n-triples"
_FORM = re.compile(r"(?<![\w:?$\-.])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:\-])", re.IGNORECASE)
_COUNT_NAMED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_ANY = "ASK { ?s ?p ?o }"
_PROBE = ox.Triple(ox.NamedNode(PROBE_GRAPH), ox.NamedNode(PROBE_GRAPH + "#probe"), ox.Literal("1"))


_log = logging.getLogger(__name__)


def _base(url: str) -> str:
    return url.rsplit("/", 1)[0]


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}"


def _blank_label(value: str) -> str:
    """A valid blank node label for a server's blank node id (Virtuoso: ``nodeID://b10000``)."""
    label = value.removeprefix("nodeID://")
    try:
        ox.BlankNode(label)
    except ValueError:
        return "x" + value.encode().hex()
    return label


def _relabel(term: Any) -> None:
    if isinstance(term, dict):
        if term.get("type") == "bnode" and isinstance(term.get("value"), str):
            term["value"] = _blank_label(term["value"])
        for key in ("subject", "predicate", "object"):
            _relabel(term.get(key))


def _results(data: bytes) -> BooleanResult | SolutionsResult:
    parsed = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
    if isinstance(parsed, ox.QueryBoolean):
        return BooleanResult(bool(parsed))
    variables = tuple(v.value for v in parsed.variables)
    return SolutionsResult(variables, [solution_row(s, variables) for s in parsed])


def read_results(data: bytes) -> BooleanResult | SolutionsResult:
    """Parse SPARQL JSON results, renaming blank nodes whose ids are not valid labels.

    >>> body = b'{"head": {"vars": ["b"]}, "results": {"bindings": ['
    >>> body += b'{"b": {"type": "bnode", "value": "nodeID://b7"}}]}}'
    >>> read_results(body).rows
    [{'b': <BlankNode value=b7>}]
    """
    try:
        return _results(data)
    except SyntaxError as first:
        try:
            document = json.loads(data)
            for row in document["results"]["bindings"]:
                for term in row.values():
                    _relabel(term)
            return _results(json.dumps(document).encode())
        except (ValueError, KeyError, TypeError, SyntaxError):
            raise StoreError(f"Remote store sent unreadable results: {first}") from first


def accept_for(sparql: str) -> str:
    """The one result media type to ask for, from the query form (its first form keyword).

    Servers differ in weighing a list (Virtuoso takes its first entry it can produce, ignoring
    ``q``), so the backend asks for exactly one type.

    >>> accept_for("PREFIX s: <http://e/SELECT> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'application/n-triples'
    >>> accept_for("ASK { ?describe ?p 'CONSTRUCT' }")
    'application/sparql-results+json'
    """
    found = _FORM.search(strip_opaque(sparql))
    graph = found is not None and found.group(1).upper() in ("CONSTRUCT", "DESCRIBE")
    return _TRIPLES_MEDIA if graph else _SOLUTIONS_MEDIA


class RemoteStore:
    """A :class:`~nội_chính_graph.store.base.Store` talking to a SPARQL server.

    Endpoints default to Oxigraph's layout next to the query URL (``/update``, ``/store``).
    """

    def __init__(
        self,
        query_url: str,
        *,
        update_url: str | None = None,
        gsp_url: str | None = None,
        timeout: float = 30.0,
        client: httpx.Client | None = None,
        graph_prefix: str | None = None,
        query_timeout: float | None = None,
        freshness: float = 1.0,
    ) -> None:
        self.query_url = query_url
        self.graph_prefix = graph_prefix
        self.update_url = update_url or _base(query_url) + "/update"
        self.gsp_url = gsp_url or _base(query_url) + "/store"
        self.query_timeout = query_timeout
        #: The server's product from its ``Server`` header (``virtuoso``, ``oxigraph``, or
        #: ``None`` until a first answer or when unknown); decides how the deadline is passed.
        self.server_kind: str | None = None
        self._client = client or httpx.Client(timeout=timeout)
        self._generation = Generation(self._read_token, freshness)

    @classmethod
    def from_settings(cls, settings: Settings) -> RemoteStore:
        """Build from ``settings.remote_*``."""
        if settings.remote_url is None:
            raise StoreError("store='remote' needs remote_url (NCG_REMOTE_URL)")
        return cls(
            settings.remote_url,
            update_url=settings.remote_update_url,
            gsp_url=settings.remote_gsp_url,
            timeout=settings.remote_timeout,
            graph_prefix=settings.remote_graph_prefix,
            query_timeout=settings.query_timeout,
            freshness=settings.remote_freshness,
        )

    @property
    def generation(self) -> int:
        """Moves with every write to the store by any process (checked at most every
        ``freshness`` seconds; see :mod:`nội_chính_graph.store.remote_generation`)."""
        return self._generation.current()

    def _read_token(self) -> str | None:
        rows = self._select(READ_TOKEN).rows
        token = rows[0].get("token") if rows else None
        return token.value if isinstance(token, ox.Literal) else None

    def _bump(self) -> None:
        """Replace the store-wide token after a write that could not carry it."""
        token = new_token()
        self._update(bump_operations(token))
        self._generation.wrote(token)

    def _update(self, update: str) -> None:
        response = self._send(
            "POST",
            self.update_url,
            content=urlencode({"update": update}).encode(),
            headers={"content-type": "application/x-www-form-urlencoded", "accept": "*/*"},
        )
        if response.status_code == 400:
            text = self._hide_address(response.text[:2000])
            raise DataFormatError(f"Remote store rejected the update: {text}")
        if response.is_error:
            raise self._fail(response, "a graph update")

    def _send(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        # Messages never name the store's address: they reach API clients (issue 13, #7).
        try:
            response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        except httpx.TransportError as exc:
            # Down, refusing connections or not answering in time: the client may retry.
            _log.warning("remote store %s unreachable: %r", url, exc)
            raise StoreUnavailableError(
                f"The remote store is unreachable ({type(exc).__name__})."
            ) from exc
        except httpx.HTTPError as exc:
            _log.warning("remote store %s failed: %r", url, exc)
            raise StoreError(f"The remote store failed ({type(exc).__name__}).") from exc
        if self.server_kind is None:
            self.server_kind = server_kind(response.headers.get("server", ""))
        return response

    def _fail(self, response: httpx.Response, what: str) -> StoreError:
        text = self._hide_address(response.text[:2000])
        return StoreError(
            f"Remote store refused {what}: HTTP {response.status_code}: {text}",
            details={"status": response.status_code},
        )

    def _hide_address(self, text: str) -> str:
        """``text`` without the store's own address (servers echo it in messages)."""
        for url in (self.query_url, self.update_url, self.gsp_url):
            text = text.replace(_origin(url), "<remote store>")
        return text

    def _post_query(
        self,
        sparql: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
    ) -> httpx.Response:
        form = [("query", sparql)]
        form += [("default-graph-uri", g) for g in default_graphs or ()]
        form += [("named-graph-uri", g) for g in named_graphs or ()]
        form += deadline_parameters(self.server_kind, self.query_timeout)
        headers = {
            "content-type": "application/x-www-form-urlencoded; charset=utf-8",
            "accept": accept_for(sparql),
        }
        body = urlencode(form).encode("ascii")
        response = self._send("POST", self.query_url, content=body, headers=headers)
        if stopped_by_deadline(response):
            raise self._timed_out()
        if response.status_code == 400:
            text = self._hide_address(response.text[:2000])
            raise QuerySyntaxError(f"Remote store rejected the query: {text}")
        if response.is_error:
            raise self._fail(response, "the query")
        return response

    def _timed_out(self) -> QueryTimeoutError:
        limit = self.query_timeout or 0.0
        return QueryTimeoutError(
            f"The query ran longer than the {limit:g} s limit and the store stopped it. "
            "Narrow it (more selective patterns, LIMIT) and try again.",
            details={"timeout_seconds": limit},
        )

    def _parse_answer(self, response: httpx.Response, max_rows: int | None) -> QueryResult:
        media = response.headers.get("content-type", "").split(";")[0].strip()
        try:
            if media in ("application/n-triples", "text/plain"):
                triples = [
                    ox.Triple(q.subject, q.predicate, q.object)
                    for q in ox.parse(response.content, ox.RdfFormat.N_TRIPLES)
                ]
                cut = max_rows is not None and len(triples) > max_rows
                return GraphResult(triples[:max_rows] if cut else triples, cut)
            parsed = read_results(response.content)
        except (SyntaxError, StoreError) as exc:
            if cancelled_mid_answer(response.content):
                raise self._timed_out() from exc
            raise StoreError("The remote store sent an answer that does not parse.") from exc
        if isinstance(parsed, BooleanResult):
            return parsed
        rows = parsed.rows
        cut = max_rows is not None and len(rows) > max_rows
        return SolutionsResult(parsed.variables, rows[:max_rows] if cut else rows, cut)

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        max_rows: int | None = None,
        base_iri: str | None = None,
    ) -> QueryResult:
        """Run a query on the server and parse the answer into typed results.

        Only a read-only query is sent: a store may run an update given as ``query=``.
        ``base_iri`` travels as a ``BASE`` in front of the query (the protocol has no parameter
        for it), so relative IRIs never resolve against the store's own address.
        """
        require_query(sparql)
        text = prepared_query(sparql, base_iri, self.server_kind)
        if self.server_kind == VIRTUOSO:
            text, default_graphs = virtuoso_dataset(text, default_graphs, named_graphs)
        response = self._post_query(text, default_graphs, named_graphs)
        return self._parse_answer(response, max_rows)

    def _learn_kind(self) -> None:
        if self.server_kind is None:
            self._post_query("ASK {}", None, None)

    @property
    def default_graph(self) -> DefaultGraph:
        """Where this server keeps the merged default graph (asks the server once)."""
        self._learn_kind()
        return DefaultGraph(MERGED_GRAPH if self.server_kind == VIRTUOSO else None)

    def default_graph_is_the_merge(self) -> bool:
        """Whether queries without a dataset read the merge, not the server's union of named
        graphs: a triple written to a named graph only (the probe) must stay unseen there."""
        self._learn_kind()
        probe = f"{_PROBE.subject} {_PROBE.predicate} {_PROBE.object}"
        self._update(f"INSERT DATA {{ GRAPH <{PROBE_GRAPH}> {{ {probe} }} }}")
        try:
            seen = self.query(f"ASK {{ {probe} }}")
            return isinstance(seen, BooleanResult) and not seen.value
        finally:
            self._update(f"DROP SILENT GRAPH <{PROBE_GRAPH}>")

    def merge_if_missing(self) -> bool:
        """Fill the merged default graph of a store written before it existed; whether it did."""
        merged = self.query(_ANY)
        if (isinstance(merged, BooleanResult) and merged.value) or not self._own_graphs():
            return False
        self._update(self.default_graph.rebuild(self.graph_prefix))
        self._bump()
        return True

    def _select(self, sparql: str, named_graphs: Sequence[str] | None = None) -> SolutionsResult:
        result = self.query(sparql, named_graphs=named_graphs)
        assert isinstance(result, SolutionsResult)
        return result

    def graphs(self) -> list[str]:
        """IRIs of the named graphs (those under ``graph_prefix`` when set), sorted."""
        rows = self._select(_GRAPHS).rows
        names = (r.get("g") for r in rows)
        iris = (g.value for g in names if isinstance(g, ox.NamedNode))
        prefix = self.graph_prefix or ""
        hidden = (SYSTEM_GRAPH, MERGED_GRAPH)
        return sorted(iri for iri in iris if iri.startswith(prefix) and iri not in hidden)

    def _own_graphs(self) -> list[str]:
        """The graphs whole-store questions are about: ours, not the system graph."""
        return self.graphs()

    def count(self, graph: str | None = None) -> int:
        """Number of quads in ``graph`` or in the whole store (its graphs under the prefix)."""
        scope = [graph] if graph is not None else self._own_graphs()
        if scope == []:
            return 0
        rows = self._select(_COUNT_NAMED, scope).rows
        value = rows[0]["n"] if rows else None
        return int(value.value) if isinstance(value, ox.Literal) else 0

    def _gsp(self, method: str, graph: str, payload: RdfPayload | None = None) -> httpx.Response:
        # Only a GET answers with RDF; Virtuoso answers writes with HTML (406 if refused).
        headers = {"accept": "application/n-triples" if method == "GET" else "*/*"}
        content = None
        if payload is not None:
            headers["content-type"] = payload.format.media_type
            content = payload.data
        return self._send(
            method, self.gsp_url, params={"graph": graph}, content=content, headers=headers
        )

    def _post_triples(self, graph: str | None, triples: bytes) -> None:
        """GSP POST of N-Triples to ``graph`` (``None``: the server's default graph)."""
        payload = RdfPayload(triples, ox.RdfFormat.N_TRIPLES)
        headers = {"accept": "*/*", "content-type": payload.format.media_type}
        params = {"graph": graph} if graph is not None else {"default": ""}
        response = self._send("POST", self.gsp_url, params=params, content=triples, headers=headers)
        if response.status_code == 400:
            raise DataFormatError(f"Remote store rejected the data: {response.text[:2000]}")
        if response.is_error:
            raise self._fail(response, f"POST to graph <{graph or 'default'}>")

    def add_to_graph(self, graph: str, payload: RdfPayload) -> None:
        """Add triples to ``graph`` and the merge: one SPARQL Update request."""
        self.write_graphs(add={graph: payload})

    def replace_graph(self, graph: str, payload: RdfPayload) -> None:
        """Make ``graph`` hold exactly ``payload``: one SPARQL Update request."""
        self.write_graphs(replace={graph: payload})

    def write_graphs(
        self,
        *,
        add: Mapping[str, RdfPayload] | None = None,
        replace: Mapping[str, RdfPayload] | None = None,
        delete: Sequence[str] = (),
    ) -> None:
        """Apply the changes as one SPARQL Update request (one transaction on the server)."""
        update = update_for_writes(add or {}, replace or {}, delete, self.default_graph)
        if not update:
            return
        token = new_token()  # the generation moves in the same request as the write
        self._update(f"{update} ;\n{bump_operations(token)}")
        self._generation.wrote(token)

    def delete_graph(self, graph: str) -> bool:
        """Drop ``graph`` and take out of the merge what only it held (one SPARQL Update)."""
        exists = self.query(f"ASK {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}")
        if not (isinstance(exists, BooleanResult) and exists.value):
            return False
        self.write_graphs(delete=[graph])
        return True

    def get_graph(self, graph: str, fmt: ox.RdfFormat) -> bytes:
        """GSP GET as N-Triples, re-serialized in ``fmt``."""
        response = self._gsp("GET", graph)
        if response.status_code == 404:
            return b""
        if response.is_error:
            raise self._fail(response, f"GET of graph <{graph}>")
        quads = list(ox.parse(response.content, ox.RdfFormat.N_TRIPLES))
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            node = ox.NamedNode(graph)
            return rdf_bytes([ox.Quad(q.subject, q.predicate, q.object, node) for q in quads], fmt)
        return rdf_bytes([ox.Triple(q.subject, q.predicate, q.object) for q in quads], fmt)

    def _graph_payloads(self, path: Path, graph: str | None) -> Iterator[tuple[str, bytes, int]]:
        fmt = rdf_format_for(path)
        target = require_graph_for(path, fmt, graph)
        groups: dict[str, list[ox.Triple]] = {}
        try:
            for quad in written(ox.parse(path=path, format=fmt)):
                name = target or (
                    quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else None
                )
                if name is None:
                    raise DataFormatError(
                        f"{path}: triples in the default graph cannot be loaded remotely"
                    )
                groups.setdefault(name, []).append(
                    ox.Triple(quad.subject, quad.predicate, quad.object)
                )
        except SyntaxError as exc:
            raise DataFormatError(f"{path}: {exc}", details={"path": str(path)}) from exc
        for name, triples in groups.items():
            yield name, rdf_bytes(triples, ox.RdfFormat.N_TRIPLES), len(triples)

    def load_files(
        self,
        paths: Sequence[Path],
        *,
        graph: str | None = None,
        on_file: ProgressCallback | None = None,
    ) -> LoadReport:
        """Parse each file locally and POST its triples graph by graph (Graph Store Protocol),
        each graph's triples then to the merge too. A bulk load is not one transaction."""
        start, total = time.perf_counter(), 0
        merged = self.default_graph.graph
        for path in paths:
            loaded = 0
            for name, data, size in self._graph_payloads(path, graph):
                self._post_triples(name, data)
                self._post_triples(merged, data)
                self._bump()
                loaded += size
            total += loaded
            if on_file is not None:
                on_file(path, loaded)
        return LoadReport(len(paths), total, time.perf_counter() - start)

    def export(self, output: BinaryIO, fmt: ox.RdfFormat) -> None:
        """Write every named-graph quad as TriG or N-Quads."""
        if fmt not in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            raise DataFormatError(f"export writes TriG or N-Quads, not {fmt.name}")
        scope = self._own_graphs()
        rows = [] if scope == [] else self._select(_QUADS, scope).rows
        quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]  # type: ignore[arg-type]
        ox.serialize(quads, output, fmt)

    def snapshot(self) -> Snapshot | None:
        """None: queries run on the server, which has its own timeout."""
        return None

    def release_snapshot(self, snapshot: Snapshot) -> None:
        """Nothing to release."""

    def close(self) -> None:
        """Close the HTTP client."""
        self._client.close()


__all__ = ["RemoteStore"]
