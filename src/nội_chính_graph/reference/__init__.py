"""Reference data as tables: read ``data/reference/tables/*.csv``, write one TriG graph per
cited source (see :mod:`.tables` for the columns and :mod:`.generate` for the RDF)."""

from nội_chính_graph.reference.generate import HEADER, build, graph_triples, write
from nội_chính_graph.reference.tables import TableError, Tables, load_tables

__all__ = ["HEADER", "TableError", "Tables", "build", "graph_triples", "load_tables", "write"]
