"""Linked Data: dereferenceable entity IRIs and the ontology, by content negotiation."""

from nội_chính_graph.linked_data.router import linked_data_router

__all__ = ["linked_data_router"]
