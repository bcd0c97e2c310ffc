"""The quad store: one interface (:class:`Store`), an embedded and a remote backend."""

from nội_chính_graph.store.base import (
    BooleanResult,
    GraphResult,
    LoadReport,
    QueryResult,
    RdfPayload,
    SolutionsResult,
    Store,
)
from nội_chính_graph.store.factory import open_store

__all__ = [
    "BooleanResult",
    "GraphResult",
    "LoadReport",
    "QueryResult",
    "RdfPayload",
    "SolutionsResult",
    "Store",
    "open_store",
]
