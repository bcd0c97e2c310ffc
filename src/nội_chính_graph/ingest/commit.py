"""Write an ingest all or nothing, and revert it exactly.

The store has no multi-graph transaction, so a commit is two atomic writes with compensation:

1. the triples go into the ingest's own, fresh named graph (one ``replace_graph``: parsed
   first, then written in one transaction);
2. the record is added to ``ncgg:ingests`` (one ``add_to_graph``).

If step 2 fails, step 1 is undone (``delete_graph``) before the error propagates. Nothing that
was stored before is touched by either step. A revert removes the record, then the graph; if
removing the graph fails the record graph is put back as it was.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from nội_chính_graph.errors import ApiError, NcgError
from nội_chính_graph.ingest.records import RECORDS_GRAPH, IngestRecord, record_graph, without_record
from nội_chính_graph.store.base import RdfPayload, Store

_RECORDS = str(RECORDS_GRAPH)


def commit(store: Store, record: IngestRecord, data: Graph) -> None:
    """Store ``data`` as ``record.graph`` and add ``record``; on failure leave the store as is."""
    if store.count(record.graph) > 0:
        raise ApiError(
            409,
            "graph_exists",
            f"The graph <{record.graph}> already holds triples but has no ingest record; "
            "an administrator should inspect it before this content is ingested again.",
            details={"graph": record.graph},
        )
    store.replace_graph(record.graph, RdfPayload.from_graph(data))
    try:
        store.add_to_graph(_RECORDS, RdfPayload.from_graph(record_graph(record)))
    except NcgError:
        store.delete_graph(record.graph)
        raise


def _put_records(store: Store, records: Graph) -> None:
    if len(records) == 0:
        store.delete_graph(_RECORDS)
    else:
        store.replace_graph(_RECORDS, RdfPayload.from_graph(records))


def revert(store: Store, record: IngestRecord) -> int:
    """Remove the ingest's graph and record; return how many triples the graph held."""
    before = store.get_graph(_RECORDS, ox.RdfFormat.N_TRIPLES)
    records = Graph().parse(data=before, format="nt")
    removed = store.count(record.graph)
    _put_records(store, without_record(records, record.id))
    try:
        store.delete_graph(record.graph)
    except NcgError:
        store.replace_graph(_RECORDS, RdfPayload(before, ox.RdfFormat.N_TRIPLES))
        raise
    return removed


__all__ = ["commit", "revert"]
