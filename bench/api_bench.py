"""Benchmark the JSON API's hot calls on a large synthetic graph, and projection vs SPARQL.

Run from the repository root::

    python bench/generate.py --scale 100 --out bench/out/syn-100.nq     # ~1M quads, once
    python -m bench.api_bench --data bench/out/syn-100.nq --out bench/out/api-100.json

The synthetic quads and the shipped ontology and data are loaded into an in-memory store; the
app (``/api/v1`` router on that store) is called in-process through httpx's ASGI transport, so
figures include routing, validation, the thread-pool hop and JSON encoding but no sockets. Each
call is repeated ``--repeat`` times over a set of targets (blocs, people, names) after one untimed
round; building the label index and the graph projections is timed separately (``warm_up``).
The engine section times the neighbourhood and path walks on the projection and with SPARQL.

Targets: neighbourhood depth 2 limit 200 p50 ≤ 20 ms; bloc membership for a year ≤ 10 ms;
search ≤ 20 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import install_error_handlers
from nội_chính_graph.graph.sparql_engine import neighbourhood_sparql, shortest_path_sparql
from nội_chính_graph.graph.traverse import neighbourhood, shortest_paths
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.views import ReadService
from nội_chính_graph.web import api_v1
from nội_chính_graph.web.deps import get_read_service, get_settings, get_store

ROOT = Path(__file__).resolve().parents[1]


def summary(samples: list[float]) -> dict[str, float]:
    """p50 / p95 / max of samples in milliseconds."""
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 2),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 2),
        "max_ms": round(samples[-1], 2),
        "n": len(samples),
    }


def timed(call: Callable[[], object], repeat: int) -> dict[str, float]:
    """p50 / p95 / max in milliseconds of ``repeat`` calls."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return summary(samples)


async def timed_get(
    client: httpx.AsyncClient, requests: Sequence[tuple[str, dict[str, Any]]], repeat: int
) -> dict[str, float]:
    """Timings of ``repeat`` GETs cycling through ``requests``; each must answer 200."""
    samples = []
    for number in range(repeat):
        url, params = requests[number % len(requests)]
        start = time.perf_counter()
        response = await client.get(url, params=params)
        samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.text
    return summary(samples)


def cycle(calls: Sequence[Callable[[], object]]) -> Callable[[], object]:
    """One callable that runs the next of ``calls`` each time."""
    state = {"i": 0}

    def run() -> object:
        state["i"] += 1
        return calls[state["i"] % len(calls)]()

    return run


def load(data: Path) -> tuple[OxigraphStore, float]:
    """The synthetic quads plus the shipped files in a fresh in-memory store."""
    store = OxigraphStore()
    start = time.perf_counter()
    load_shipped(store)
    store.load_files([data])
    return store, time.perf_counter() - start


def targets(service: ReadService, rng: random.Random, count: int) -> dict[str, list[str]]:
    """Random blocs, people and agencies of the synthetic graph."""
    catalogue = service.derived().catalogue
    picked = {}
    for kind in ("bloc", "person", "agency"):
        every = sorted(e.iri for e in catalogue.by_iri.values() if e.type == kind)
        picked[kind] = rng.sample(every, min(count, len(every)))
    return picked


def api_requests(picks: dict[str, list[str]]) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    """The requests to time, by name."""
    names = [p.rsplit("/", 1)[-1].removeprefix("syn-").replace("-", " ") for p in picks["person"]]
    slugs = {kind: [i.rsplit("/", 1)[-1] for i in iris] for kind, iris in picks.items()}
    centres = picks["bloc"] + picks["agency"]
    pairs = zip(picks["person"], picks["bloc"], strict=False)
    return {
        "search (folded full name)": [("/api/v1/search", {"q": n}) for n in names],
        "search (2-letter prefix)": [("/api/v1/search", {"q": n[:2]}) for n in names],
        "bloc membership, one year": [
            (f"/api/v1/blocs/{b}/membership", {"year": 2022}) for b in slugs["bloc"]
        ],
        "neighbourhood depth 2 limit 200": [
            ("/api/v1/graph/neighbourhood", {"iri": i, "depth": 2, "limit": 200}) for i in centres
        ],
        "neighbourhood depth 2 limit 200, cytoscape": [
            ("/api/v1/graph/neighbourhood", {"iri": i, "depth": 2, "format": "cytoscape"})
            for i in centres
        ],
        "path person → bloc (max 4)": [
            ("/api/v1/graph/path", {"from": p, "to": b, "max": 4}) for p, b in pairs
        ],
        "person detail": [(f"/api/v1/people/{p}", {}) for p in slugs["person"]],
        "person timeline": [(f"/api/v1/people/{p}/timeline", {}) for p in slugs["person"]],
        "agency detail": [(f"/api/v1/agencies/{a}", {}) for a in slugs["agency"]],
    }


async def bench_api(app: FastAPI, picks: dict[str, list[str]], repeat: int) -> dict[str, Any]:
    """End-to-end timings of the hot endpoints (after one untimed call of each)."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        figures = {}
        for name, requests in api_requests(picks).items():
            await timed_get(client, requests, len(requests))
            figures[name] = await timed_get(client, requests, repeat)
        return figures


def bench_engines(service: ReadService, picks: dict[str, list[str]], repeat: int) -> dict[str, Any]:
    """Projection (networkx) against SPARQL for the same walks, without HTTP."""
    store = service.store
    collapsed, reified = service.projection(False), service.projection(True)
    centres = picks["bloc"] + picks["agency"]
    pairs = list(zip(picks["person"], picks["bloc"], strict=False))

    def each(calls: list[Callable[[], object]], times: int = repeat) -> dict[str, float]:
        return timed(cycle(calls), times)

    return {
        "neighbourhood d2 l200: projection (collapsed)": each(
            [partial(neighbourhood, collapsed, c, depth=2, limit=200) for c in centres]
        ),
        "neighbourhood d2 l200: projection (reified)": each(
            [partial(neighbourhood, reified, c, depth=2, limit=200) for c in centres]
        ),
        "neighbourhood d2 l200: SPARQL (reified)": each(
            [partial(neighbourhood_sparql, store, c, depth=2, limit=200) for c in centres]
        ),
        "path max 4: projection (reified)": each(
            [partial(shortest_paths, reified, a, b, max_length=4, limit=1) for a, b in pairs]
        ),
        "path max 4: SPARQL (reified)": each(
            [partial(shortest_path_sparql, store, a, b, max_length=4) for a, b in pairs],
            max(repeat // 5, 5),
        ),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Load, warm up, measure, print and write the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "out" / "syn-100.nq")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    store, load_seconds = load(args.data)
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(api_v1.router)
    service, settings = ReadService(store), Settings(store="memory")
    app.dependency_overrides[get_store] = lambda: store
    app.dependency_overrides[get_read_service] = lambda: service
    app.dependency_overrides[get_settings] = lambda: settings

    warm: dict[str, float] = {}
    start = time.perf_counter()
    service.derived()
    warm["catalogue + search index build (s)"] = round(time.perf_counter() - start, 2)
    start = time.perf_counter()
    service.projection()
    warm["graph projections build (s)"] = round(time.perf_counter() - start, 2)

    picks = targets(service, random.Random(args.seed), 20)
    api = asyncio.run(bench_api(app, picks, args.repeat))
    engines = bench_engines(service, picks, args.repeat)
    report = {
        "data": str(args.data),
        "quads": store.count(),
        "load_s": round(load_seconds, 1),
        "entities_indexed": len(service.derived().catalogue),
        "projection_nodes": len(service.projection()),
        "projection_edges": int(service.projection().graph.number_of_edges()),
        "warm_up": warm,
        "api": api,
        "engines": engines,
    }
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
