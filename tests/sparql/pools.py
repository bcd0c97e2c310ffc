"""Run an async scenario against a started query pool (shared by the lane and inline tests)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from nội_chính_graph.sparql.executor import ProcessQueryPool
from nội_chính_graph.store.oxigraph import OxigraphStore

Scenario = Callable[[ProcessQueryPool], Awaitable[None]]


def run_with_pool(store: OxigraphStore, scenario: Scenario, *, timeout: float) -> None:
    """Start a one-worker pool over ``store``, run ``scenario`` with it, close the pool."""

    async def main() -> None:
        pool = ProcessQueryPool(store, size=1, timeout=timeout)
        await pool.start()
        try:
            await scenario(pool)
        finally:
            await pool.close()

    asyncio.run(main())
