"""The HTTP layer: module-level routers over the read model (:mod:`nội_chính_graph.views`),
the SPARQL service and the ingest workflow, with their dependencies in :mod:`.deps`.

``api.app.create_app`` includes them; their shared objects are built once, in its lifespan.
"""
