"""What the SPARQL router needs, in one object: the store, the query runner and the limits."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Triple

from nội_chính_graph.config import Settings
from nội_chính_graph.sparql.executor import QueryRunner, make_runner
from nội_chính_graph.sparql.service_description import void_triples
from nội_chính_graph.store.base import Store


@dataclass
class SparqlService:
    """The endpoint's collaborators and limits (built once per app, from Settings)."""

    store: Store
    runner: QueryRunner
    max_rows: int
    allow_service: bool = False
    max_body_bytes: int = 5_000_000
    #: An HTML page shown to browsers that open the endpoint without a query.
    query_page: Path | None = None
    _void: dict[tuple[str, int], list[Triple]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_settings(
        cls, store: Store, settings: Settings, *, query_page: Path | None = None
    ) -> SparqlService:
        """Wire a service for ``store`` with the limits of ``settings``."""
        runner = make_runner(store, workers=settings.query_workers, timeout=settings.query_timeout)
        return cls(
            store=store,
            runner=runner,
            max_rows=settings.max_rows,
            allow_service=settings.allow_service,
            max_body_bytes=settings.max_body_bytes,
            query_page=query_page,
        )

    async def void(self, endpoint: str) -> list[Triple]:
        """The VoID description, recomputed only after the store changed."""
        key = (endpoint, self.store.generation)
        if key not in self._void:
            triples = await asyncio.to_thread(void_triples, self.store, endpoint)
            self._void = {key: triples}
        return self._void[key]


__all__ = ["SparqlService"]
