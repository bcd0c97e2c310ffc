"""Write an ingest all or nothing, and revert it exactly.

Both are ONE store write (:meth:`Store.write_graphs`, a single transaction): a commit puts the
triples into the ingest's own, fresh named graph and adds its record to ``ncgg:ingests``; a
revert drops the ingest's graph and rewrites ``ncgg:ingests`` without the record. A crash
(even ``kill -9``) therefore leaves either the whole change or none of it, and nothing stored
before is touched.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from nội_chính_graph.errors import ApiError
from nội_chính_graph.ingest.rdf import Payload
from nội_chính_graph.ingest.records import RECORDS_GRAPH, IngestRecord, record_graph, without_record
from nội_chính_graph.store.base import RdfPayload, Store
from nội_chính_graph.store.derived import WriteJournal, write_graphs

_RECORDS = str(RECORDS_GRAPH)


def commit(
    store: Store, record: IngestRecord, data: Payload, journal: WriteJournal | None = None
) -> None:
    """Store ``data`` as ``record.graph`` and add ``record``; on failure leave the store as is.
    With a ``journal``, the write's change is recorded there (the read service follows it)."""
    if store.count(record.graph) > 0:
        raise ApiError(
            409,
            "graph_exists",
            f"The graph <{record.graph}> already holds triples but has no ingest record; "
            "an administrator should inspect it before this content is ingested again.",
            details={"graph": record.graph},
        )
    write_graphs(
        store,
        journal,
        replace={record.graph: RdfPayload(data.nt(), ox.RdfFormat.N_TRIPLES)},
        add={_RECORDS: RdfPayload.from_graph(record_graph(record))},
    )


def revert(store: Store, record: IngestRecord, journal: WriteJournal | None = None) -> int:
    """Remove the ingest's graph and record; return how many triples the graph held."""
    before = store.get_graph(_RECORDS, ox.RdfFormat.N_TRIPLES)
    records = Graph().parse(data=before, format="nt")
    removed = store.count(record.graph)
    write_graphs(
        store,
        journal,
        replace={_RECORDS: RdfPayload.from_graph(without_record(records, record.id))},
        delete=[record.graph],
    )
    return removed


__all__ = ["commit", "revert"]
