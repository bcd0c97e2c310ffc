"""The explorer: a browser client of the JSON API and ``/sparql``, served at ``/``."""

from nội_chính_graph.explorer.router import ExampleQuery, explorer_router, load_examples

__all__ = ["ExampleQuery", "explorer_router", "load_examples"]
