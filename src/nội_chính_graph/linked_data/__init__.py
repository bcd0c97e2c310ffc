"""Linked Data: RDF descriptions of entities and of the ontology, and their HTML pages.

The routes that serve them by content negotiation are in :mod:`nội_chính_graph.web.linked_data`.
"""
