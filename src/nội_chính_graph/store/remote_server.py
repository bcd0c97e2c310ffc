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
* **The default graph** (issue 15): queries without ``GRAPH`` read the merge of the named graphs
  that the backend keeps (:mod:`nội_chính_graph.store.default_graph`); an Oxigraph server started
  with ``--union-default-graph`` would hide it behind its own union, which repeats triples, and
  is refused at open (:func:`nội_chính_graph.store.factory.open_remote`).
"""

from __future__ import annotations

import httpx
import pyoxigraph as ox

from nội_chính_graph.errors import ApiError
from nội_chính_graph.namespaces import NCGG
from nội_chính_graph.store.sparql_text import base_declaration, has_base

VIRTUOSO, OXIGRAPH = "virtuoso", "oxigraph"
_CANCELLED = b"The SPARQL operation has been cancelled"
#: The graph the default-graph probe writes one triple to at open (removed right after).
PROBE_GRAPH = str(NCGG["system/probe"])


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


__all__ = [
    "OXIGRAPH",
    "PROBE_GRAPH",
    "VIRTUOSO",
    "base_first",
    "cancelled_mid_answer",
    "deadline_parameters",
    "prepared_query",
    "server_kind",
    "stopped_by_deadline",
    "with_base",
]
