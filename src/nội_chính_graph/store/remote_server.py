"""What the remote backend needs to know about the server behind it, and checks it makes.

* **Which server**: the ``Server`` header of its first answer (``Virtuoso/07.20…``,
  ``Oxigraph/0.5…``) decides how the query deadline is passed on.
* **The deadline** (issue 13, finding 5): Virtuoso takes a per-request ``timeout`` (ms) and stops
  the query there, answering with whatever it found so far and ``X-SQL-State: S1TAT``; such an
  answer is incomplete and is turned into a timeout, never served. Oxigraph server has no
  per-request deadline, only ``oxigraph serve --timeout-s N`` for every query, after which it
  cuts its answer short with "The SPARQL operation has been cancelled"; that is a timeout too.
* **A base IRI**: the protocol has no parameter for it, so it goes in front of the query as
  ``BASE <…>`` (a query's own ``BASE`` comes later and wins, as SPARQL 1.1 §4.1.1 resolves them
  in order).
* **The union default graph** (finding 6): every query of ours without ``GRAPH`` expects the
  default graph to be the union of the named graphs; a server started otherwise answers every
  JSON API read with nothing. :func:`require_union_default_graph` refuses such a server.
"""

from __future__ import annotations

import httpx
import pyoxigraph as ox

from nội_chính_graph.errors import ApiError, StoreError
from nội_chính_graph.namespaces import NCGG
from nội_chính_graph.store.base import (
    BooleanResult,
    RdfPayload,
    SolutionsResult,
    Store,
)
from nội_chính_graph.store.sparql_text import base_declaration, has_base

VIRTUOSO, OXIGRAPH = "virtuoso", "oxigraph"
_CANCELLED = b"The SPARQL operation has been cancelled"
#: The graph the probe writes to when the store is still empty (removed right after).
PROBE_GRAPH = str(NCGG["system/probe"])
_PROBE_TRIPLE = f"<{PROBE_GRAPH}> <{PROBE_GRAPH}#probe> <{PROBE_GRAPH}> .\n"
_SOME_QUAD = """SELECT ?s ?p ?o WHERE {
  GRAPH ?g { ?s ?p ?o FILTER(isIRI(?s) && isIRI(?o)) } } LIMIT 1"""


def server_kind(header: str) -> str | None:
    """The server product named by a ``Server`` header, when it is one we know.

    >>> server_kind("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu"), server_kind("nginx")
    ('virtuoso', None)
    """
    product = header.split("/", 1)[0].strip().lower()
    return product if product in (VIRTUOSO, OXIGRAPH) else None


def deadline_parameters(kind: str | None, seconds: float | None) -> list[tuple[str, str]]:
    """Protocol parameters passing the query deadline to a server that takes one per request.

    >>> deadline_parameters("virtuoso", 2.5), deadline_parameters("oxigraph", 2.5)
    ([('timeout', '2500')], [])
    """
    if kind != VIRTUOSO or seconds is None:
        return []
    return [("timeout", str(max(1, round(seconds * 1000))))]


def stopped_by_deadline(response: httpx.Response) -> bool:
    """Whether Virtuoso stopped the query at its deadline (its answer is then incomplete)."""
    state: str = response.headers.get("x-sql-state", "")
    return state.upper() == "S1TAT"


def cancelled_mid_answer(body: bytes) -> bool:
    """Whether Oxigraph server cut its answer short at ``--timeout-s``."""
    return _CANCELLED in body[-4096:]


def with_base(sparql: str, base_iri: str) -> str:
    """``sparql`` with ``BASE <base_iri>`` in front, on the same line (positions stay on
    later lines). The IRI is checked first, so nothing but an IRI is ever put in the text.

    >>> with_base("CONSTRUCT { <s> <p> 1 } WHERE {}", "http://h/sparql")
    'BASE <http://h/sparql> CONSTRUCT { <s> <p> 1 } WHERE {}'
    """
    try:
        node = ox.NamedNode(base_iri)
    except ValueError as exc:
        raise ApiError(
            400, "invalid_iri", f"The endpoint URL {base_iri!r} is not an IRI to resolve against."
        ) from exc
    return f"BASE {node} {sparql}"


def base_first(sparql: str) -> str:
    """The query with its ``BASE`` declaration moved in front of its prologue, on the first
    line (later lines keep their numbers): Virtuoso 7 refuses a ``BASE`` after a ``PREFIX``,
    which SPARQL 1.1 allows (our competency questions have one).

    >>> base_first("PREFIX a: <http://a/>\\nBASE <http://e/>\\nASK {}")
    'BASE <http://e/> PREFIX a: <http://a/>\\n\\nASK {}'
    """
    span = base_declaration(sparql)
    if span is None or span[0] == 0:
        return sparql
    start, end = span
    return f"{sparql[start:end]} {sparql[:start]}{sparql[end:]}"


def prepared_query(sparql: str, base_iri: str | None, kind: str | None) -> str:
    """The text to send: with ``BASE <base_iri>`` in front when the query has no ``BASE`` of
    its own (Virtuoso refuses a second one), else with its ``BASE`` first for Virtuoso."""
    if not has_base(sparql):
        return sparql if base_iri is None else with_base(sparql, base_iri)
    return base_first(sparql) if kind == VIRTUOSO else sparql


def _sees_in_default_graph(store: Store, row: dict[str, object]) -> bool:
    s, p, o = (row[name] for name in ("s", "p", "o"))
    # Terms from the store's own answer, checked IRIs, written as N-Triples terms.
    ask = store.query(f"ASK {{ {s} {p} {o} }}")
    return isinstance(ask, BooleanResult) and ask.value


def _probe_with_a_quad_of_our_own(store: Store) -> bool:
    payload = RdfPayload(_PROBE_TRIPLE.encode(), ox.RdfFormat.N_TRIPLES)
    store.add_to_graph(PROBE_GRAPH, payload)
    try:
        ask = store.query(f"ASK {{ {_PROBE_TRIPLE[:-2]} }}")
        return isinstance(ask, BooleanResult) and ask.value
    finally:
        store.delete_graph(PROBE_GRAPH)


def require_union_default_graph(store: Store) -> None:
    """Refuse a store whose default graph is not the union of its named graphs.

    Asks whether a quad of some named graph is seen without ``GRAPH``; on an empty store it
    writes one quad to :data:`PROBE_GRAPH` to ask, and removes it again.
    """
    found = store.query(_SOME_QUAD)
    assert isinstance(found, SolutionsResult)
    if found.rows:
        union = _sees_in_default_graph(store, dict(found.rows[0]))
    else:
        union = _probe_with_a_quad_of_our_own(store)
    if not union:
        raise StoreError(
            "The remote store's default graph is not the union of its named graphs, so every "
            "query without GRAPH would find nothing. Start Oxigraph server with "
            "--union-default-graph (oxigraph serve --union-default-graph …); other servers "
            "need the same setting.",
            details={"required": "--union-default-graph"},
        )


__all__ = [
    "OXIGRAPH",
    "PROBE_GRAPH",
    "VIRTUOSO",
    "base_first",
    "cancelled_mid_answer",
    "deadline_parameters",
    "prepared_query",
    "require_union_default_graph",
    "server_kind",
    "stopped_by_deadline",
    "with_base",
]
