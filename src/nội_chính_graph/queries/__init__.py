"""Named SPARQL queries and the binding of values into them (never by pasting raw input)."""

from nội_chính_graph.queries.bind import bind, iri, sparql_term, values_clause

__all__ = ["bind", "iri", "sparql_term", "values_clause"]
