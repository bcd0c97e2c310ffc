"""Benchmark our /sparql against ``oxigraph serve`` and ``rdflib-endpoint`` on the same data.

Run from the repository root (the servers run on 127.0.0.1 only and are stopped at the end)::

    python -m bench.sparql_bench --scale 10 --out bench/out/scale-10
    python -m bench.sparql_bench --data bench/out/syn-100.nq --out bench/out/scale-100

For each server: load time, start time, sequential latency (median, p95) of each of the six
queries in :mod:`bench.queries` after a warm-up that sends each of its texts three times (see
:data:`WARM_PASSES`; ``--warm-passes 0`` for the earlier 3-request warm-up), throughput at
concurrency 4 over a bounded number of requests, and peak RSS. rdflib-endpoint gets fewer
repetitions and a per-request timeout, since it can take seconds to minutes per query at 1M
triples.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

from bench.queries import (
    DISCOVER_BLOCS,
    DISCOVER_PERSONS,
    DISCOVER_TOP_AGENCIES,
    NEEDLES,
    QUERIES,
    BenchQuery,
    render,
)
from bench.report import markdown
from bench.servers import (
    REPO,
    Server,
    start_ncg,
    start_oxigraph,
    start_rdflib_endpoint,
    wait_ready,
)

ACCEPT = {"select": "application/sparql-results+json", "construct": "application/n-triples"}
CONCURRENCY = 4
ROUNDS = 5
#: How many times the warm-up sends each text of a query (8 texts a query) to each server.
#: /sparql runs a text it has seen cheap in its own process (on the event loop, or on a thread
#: if it took over 1 ms) and an unseen one on a worker process; a text reaches its steady place
#: on its second or third send. With a warm-up of 3 requests, 5 of the 8 texts were first seen,
#: and up to 24 of the 30 timed requests not yet in place: the medians mixed in the hop to a
#: worker (about 0.3 ms) that a client repeating its queries pays once per text.
WARM_PASSES = 3


@dataclass(frozen=True)
class Plan:
    """How hard to push one server."""

    warmup: int
    repetitions: int
    concurrent_requests: int
    timeout: float
    budget: float  # seconds per query, sequential and concurrent phases each
    warm_passes: int = 0  # warm-up sends every parameter set this many times (at least)


@dataclass
class QueryResult:
    """What one server did with one query."""

    query: str
    rows: int | None = None
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    median_ms: float | None = None
    p95_ms: float | None = None
    concurrent_done: int = 0
    concurrent_seconds: float = 0.0
    qps: float | None = None
    note: str = ""
    abandoned: bool = False  # timed out or failed: no more requests for this query


@dataclass
class ServerResult:
    """A server's whole run."""

    server: str
    load_seconds: float
    start_seconds: float
    peak_rss_mib: float = 0.0
    queries: list[QueryResult] = field(default_factory=list)


def _count(form: str, body: bytes) -> int:
    if form == "construct":
        return sum(1 for line in body.splitlines() if line.strip())
    return len(json.loads(body)["results"]["bindings"])


def request(client: httpx.Client, url: str, form: str, sparql: str, timeout: float) -> bytes:
    """One GET of the SPARQL protocol; raises on an error status or a timeout."""
    answer = client.get(
        url, params={"query": sparql}, headers={"Accept": ACCEPT[form]}, timeout=timeout
    )
    answer.raise_for_status()
    return answer.content


def _percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def warm_up(
    client: httpx.Client, url: str, query: BenchQuery, texts: list[str], plan: Plan
) -> QueryResult:
    """Run the query ``plan.warmup`` times, or every text ``plan.warm_passes`` times if that
    is more; record the result size of the first parameter set."""
    result = QueryResult(query.name)
    try:
        result.rows = _count(query.form, request(client, url, query.form, texts[0], plan.timeout))
        for i in range(1, max(plan.warmup, plan.warm_passes * len(texts))):
            request(client, url, query.form, texts[i % len(texts)], plan.timeout)
    except httpx.HTTPError as exc:
        result.errors, result.note = 1, f"warm-up failed: {type(exc).__name__}"
        result.abandoned = True
        drain(url)
    return result


def time_requests(
    client: httpx.Client,
    url: str,
    query: BenchQuery,
    texts: list[str],
    plan: Plan,
    result: QueryResult,
    count: int,
    deadline: float,
) -> None:
    """Time ``count`` more requests one after another, unless the query was given up on."""
    for _ in range(count):
        if result.abandoned:
            return
        if time.monotonic() > deadline:
            result.note = f"sequential budget reached after {len(result.latencies_ms)} requests"
            return
        started, i = time.perf_counter(), len(result.latencies_ms) + result.errors
        try:
            request(client, url, query.form, texts[i % len(texts)], plan.timeout)
        except httpx.TimeoutException:
            result.errors += 1
            result.note = f"timed out after {plan.timeout:.0f} s; query abandoned"
            result.abandoned = True
            drain(url)
            return
        except httpx.HTTPError:
            result.errors += 1
            continue
        result.latencies_ms.append((time.perf_counter() - started) * 1000)


def summarise(result: QueryResult) -> None:
    """Median and p95 of the timed requests."""
    if result.latencies_ms:
        result.median_ms = statistics.median(result.latencies_ms)
        result.p95_ms = _percentile(result.latencies_ms, 0.95)


def drain(url: str, patience: float = 900.0) -> None:
    """Wait until a server that may still be busy with abandoned requests answers again."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=patience).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(1)


def concurrent(
    client: httpx.Client,
    url: str,
    query: BenchQuery,
    texts: list[str],
    plan: Plan,
    result: QueryResult,
) -> None:
    """Send ``plan.concurrent_requests`` requests from four threads; record completed per second."""
    deadline = time.monotonic() + plan.budget

    def one(i: int) -> bool:
        if time.monotonic() > deadline:
            return False
        try:
            request(client, url, query.form, texts[i % len(texts)], plan.timeout)
        except httpx.HTTPError:
            return False
        return True

    started = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        done = list(pool.map(one, range(plan.concurrent_requests)))
    result.concurrent_seconds = time.perf_counter() - started
    if not all(done):
        drain(url)
    result.concurrent_done = sum(done)
    result.qps = (
        result.concurrent_done / result.concurrent_seconds if result.concurrent_done else None
    )
    if result.concurrent_done < plan.concurrent_requests:
        result.note += (
            f" {plan.concurrent_requests - result.concurrent_done} concurrent requests not done"
        )


def discover(url: str) -> dict[str, list[dict[str, str]]]:
    """Parameter sets for each query, taken from the data (spread evenly over it)."""

    def iris(sparql: str, count: int) -> list[str]:
        body = request(httpx.Client(), url, "select", sparql, 120)
        values = [b["x"]["value"] for b in json.loads(body)["results"]["bindings"]]
        step = max(1, len(values) // count)
        return values[::step][:count]

    persons, agencies, blocs = (
        iris(DISCOVER_PERSONS, 8),
        iris(DISCOVER_TOP_AGENCIES, 8),
        iris(DISCOVER_BLOCS, 8),
    )
    years = [f"https://w3id.org/noi-chinh/id/year/{y}" for y in (2019, 2020, 2021, 2022, 2023)]
    return {
        "q1_entity_lookup": [{"person": p} for p in persons],
        "q2_bloc_members_in_year": [{"bloc": b, "year": years[i % 5]} for i, b in enumerate(blocs)],
        "q3_officials_in_agency_subtree": [{"agency": a} for a in agencies],
        "q4_officials_per_agency": [{}],
        "q5_two_hop_construct": [{"agency": a} for a in agencies],
        "q6_name_search_folded": [{"needle": n} for n in NEEDLES],
    }


def measure(
    servers: list[Server], params: dict[str, list[dict[str, str]]], plan: Plan
) -> list[ServerResult]:
    """Every query on every server. Sequential requests go in rounds that alternate between the
    servers (so a change in machine load hits them alike); then throughput, server by server."""
    outcomes = [ServerResult(s.name, s.load_seconds, s.start_seconds) for s in servers]
    limits = httpx.Limits(max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY)
    clients = [httpx.Client(limits=limits) for _ in servers]
    try:
        for query in QUERIES:
            texts = [render(query, p) for p in params[query.name]]
            results = [
                warm_up(c, s.url, query, texts, plan) for c, s in zip(clients, servers, strict=True)
            ]
            deadline = time.monotonic() + plan.budget * len(servers)
            per_round = max(1, plan.repetitions // ROUNDS)
            for turn in range(ROUNDS):
                order = list(zip(clients, servers, results, strict=True))
                for c, s, r in order if turn % 2 == 0 else reversed(order):
                    time_requests(c, s.url, query, texts, plan, r, per_round, deadline)
            for c, s, r in zip(clients, servers, results, strict=True):
                summarise(r)
                if r.median_ms is not None and not r.abandoned:
                    concurrent(c, s.url, query, texts, plan, r)
                print(f"  {s.name} {query.name}: {r.median_ms} ms, {r.qps} q/s", file=sys.stderr)
            for outcome, r in zip(outcomes, results, strict=True):
                outcome.queries.append(r)
    finally:
        for client in clients:
            client.close()
    for outcome, server in zip(outcomes, servers, strict=True):
        outcome.peak_rss_mib = server.peak_rss_mib()
    return outcomes


def _data_file(args: argparse.Namespace, work: Path) -> Path:
    if args.data is not None:
        return Path(args.data).resolve()
    data = work / f"syn-{args.scale:g}.nq"
    generator = [sys.executable, str(REPO / "bench" / "generate.py"), "--scale", str(args.scale)]
    subprocess.run([*generator, "--out", str(data)], check=True, cwd=REPO)
    return data


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; write ``results.json`` and ``results.md`` under ``--out``."""
    parser = argparse.ArgumentParser(description="SPARQL endpoint benchmark (see module docstring)")
    parser.add_argument("--data", help="N-Quads file (default: generate one at --scale)")
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "out" / "results")
    parser.add_argument("--repetitions", type=int, default=30)
    parser.add_argument("--concurrent-requests", type=int, default=100)
    parser.add_argument("--rdflib-repetitions", type=int, default=5)
    parser.add_argument("--rdflib-concurrent-requests", type=int, default=8)
    parser.add_argument("--rdflib-timeout", type=float, default=60.0)
    parser.add_argument("--skip-rdflib", action="store_true")
    parser.add_argument(
        "--warm-passes",
        type=int,
        default=WARM_PASSES,
        help="Warm-up sends each query text this many times to every server (0: 3 requests).",
    )
    args = parser.parse_args(argv)
    logs = args.out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    fast = Plan(3, args.repetitions, args.concurrent_requests, 120.0, 120.0, args.warm_passes)
    slow = Plan(
        1, args.rdflib_repetitions, args.rdflib_concurrent_requests, args.rdflib_timeout, 300.0
    )
    results: list[ServerResult] = []
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="ncg-bench-") as tmp:
        work = Path(tmp)
        data = _data_file(args, work)
        quads = sum(1 for _ in data.open("rb"))
        pair = [start_oxigraph(data, work, logs, 120), start_ncg(data, work, logs)]
        try:
            for server in pair:
                wait_ready(server, 300)
            params = discover(pair[0].url)
            results += measure(pair, params, fast)
        finally:
            for server in pair:
                server.stop()
        if not args.skip_rdflib:
            rdflib = start_rdflib_endpoint(data, logs)
            try:
                wait_ready(rdflib, 1800)
                results += measure([rdflib], params, slow)
            finally:
                rdflib.stop()
    document: dict[str, Any] = {
        "data": str(args.data or f"generated at scale {args.scale:g}"),
        "quads": quads,
        "plans": {"oxigraph_and_ncg": asdict(fast), "rdflib_endpoint": asdict(slow)},
        "concurrency": CONCURRENCY,
        "machine": _machine(load_before),
        "servers": [asdict(r) for r in results],
    }
    (args.out / "results.json").write_text(json.dumps(document, indent=2, ensure_ascii=False))
    table = markdown(document)
    (args.out / "results.md").write_text(table)
    print(table)
    return 0


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _machine(load_before: str) -> dict[str, str]:
    lines = Path("/proc/cpuinfo").read_text().splitlines()
    models = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    return {
        "cpu": models[0] if models else "unknown",
        "cores": str(os.cpu_count()),
        "python": sys.version.split()[0],
        "load_before": load_before,
        "load_after": _load(),
    }


if __name__ == "__main__":
    sys.exit(main())
