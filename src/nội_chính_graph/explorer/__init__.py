"""The explorer: a browser client of the JSON API and ``/sparql``, served at ``/``."""

from nội_chính_graph.explorer.examples import ExampleQuery, Explorer, load_examples

__all__ = ["ExampleQuery", "Explorer", "load_examples"]
