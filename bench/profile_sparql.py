"""Where a small /sparql request spends its time: a py-spy profile of ``ncg serve`` under load.

Run from the repository root (``pip install py-spy``; py-spy needs ptrace rights)::

    python -m bench.profile_sparql --data bench/out/syn-10.nq --out bench/results/profile-sparql

Loads the shipped data and ``--data`` into a fresh on-disk store, starts ``ncg serve`` on a free
port and sends one small query (q1 of :mod:`bench.queries`, an entity lookup) at a time from one
client while ``py-spy record --subprocesses --nonblocking`` samples the server and its query
workers. Each sampled (non-idle) stack is put in one bucket by the first rule of :data:`RULES`
that matches it; the shares and the CPU milliseconds per request are written as JSON and the raw
collapsed stacks kept beside them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from bench.growth_bench import discover, first_ok, run_measured, spawn_serve
from bench.queries import DISCOVER_PERSONS, QUERIES, render
from bench.servers import VENV_BIN
from nội_chính_graph.config import Settings
from nội_chính_graph.sparql.executor import make_runner
from nội_chính_graph.sparql.worker import QueryJob, execute
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.factory import open_store

#: (bucket, substrings of a frame any of which puts the sample there). A sample goes to the
#: bucket of its innermost frame that matches one; frames of the standard library (asyncio,
#: socket, pickle …) match none, so their time goes to the code that called them.
RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("engine: parse + plan (raw_query)", ("raw_query",)),
    ("engine: evaluation + Rust serialisation", ("native_answer",)),
    ("gzip", ("_maybe_gzip",)),
    ("worker: hand-off (frames, pickle, socket, threads)", ("sparql/worker.py", "lane_worker.py")),
    ("server: in-process query thread", ("sparql/inline.py", "concurrent/futures/thread.py")),
    (
        "server: hand-off to a worker (executor, lane, frames)",
        ("sparql/executor.py", "sparql/lane.py", "sparql/channel.py", "sparql/snapshots.py"),
    ),
    (
        "server: our /sparql handler (params, conneg, read-only check)",
        ("sparql/router.py", "web/sparql.py", "sparql_text.py", "sparql/conneg.py"),
    ),
    ("server: thread-pool hop (anyio, sync dependencies)", ("anyio/",)),
    ("server: FastAPI/Starlette (routing, dependencies, middleware)", ("fastapi/", "starlette/")),
    ("server: uvicorn (httptools, access log)", ("uvicorn/", "httptools")),
)
OTHER = "server: event loop and other"


def bucket(stack: str) -> str:
    """The bucket of the innermost frame of ``stack`` that a rule of :data:`RULES` matches."""
    for frame in reversed(stack.split(";")):
        for name, marks in RULES:
            if any(mark in frame for mark in marks):
                return name
    return OTHER


def classify(raw: Path) -> Counter[str]:
    """Samples per bucket from py-spy's collapsed (``--format raw``) output."""
    counts: Counter[str] = Counter()
    for line in raw.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, number = line.rpartition(" ")
        if stack and number.isdigit():
            counts[bucket(stack)] += int(number)
    return counts


def drive(url: str, query: str, stop: threading.Event, latencies: list[float]) -> None:
    """Send ``query`` one request at a time until ``stop`` is set; keep each latency (ms)."""
    headers = {"Accept": "application/sparql-results+json"}
    with httpx.Client(base_url=url, timeout=30) as client:
        while not stop.is_set():
            started = time.perf_counter()
            answer = client.get("/sparql", params={"query": query}, headers=headers)
            latencies.append((time.perf_counter() - started) * 1000)
            answer.raise_for_status()


def profile(url: str, pid: int, query: str, seconds: int, rate: int, raw: Path) -> dict[str, Any]:
    """Record ``pid`` (and children) while one client sends ``query``; the bucketed profile."""
    stop, latencies = threading.Event(), list[float]()
    client = threading.Thread(target=drive, args=(url, query, stop, latencies))
    client.start()
    time.sleep(2)  # warm
    before = len(latencies)
    command = [str(VENV_BIN / "py-spy"), "record", "--pid", str(pid), "--subprocesses"]
    command += ["--gil", "--nonblocking", "--rate", str(rate), "--duration", str(seconds)]
    command += ["--format", "raw", "--output", str(raw)]
    subprocess.run(command, check=True, capture_output=True)
    requests = len(latencies) - before
    stop.set()
    client.join()
    counts = classify(raw)
    total = sum(counts.values())
    return {
        "requests_while_sampled": requests,
        "client_p50_ms": round(statistics.median(latencies[before:]), 2),
        "samples": total,
        "rate_hz": rate,
        "buckets": {
            name: {
                "share": round(n / total, 3),
                "cpu_ms_per_request": round(n / rate / requests * 1000, 3),
            }
            for name, n in counts.most_common()
        },
    }


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


async def _pooled(store: Store, job: QueryJob, repeat: int) -> tuple[list[float], list[float]]:
    """Seconds of ``runner.run(job)`` seen by the event loop, and of ``execute`` in the worker."""
    runner = make_runner(store, workers=2, timeout=30)
    await runner.start()
    try:
        outer, inner = [], []
        for _ in range(repeat):
            started = time.perf_counter()
            answer = await runner.run(job)
            outer.append(time.perf_counter() - started)
            inner.append(answer.seconds)
        return outer, inner
    finally:
        await runner.close()


def wall_breakdown(
    store_dir: Path, query: str, client_p50_ms: float, repeat: int
) -> dict[str, float]:
    """Wall-clock split of one request (medians, ms): engine + Rust serialisation (``execute``
    in this process), the hop to a worker process and back (``runner.run`` minus the worker's
    own ``execute`` time), and the HTTP stack (the client's latency minus ``runner.run``)."""
    store = open_store(Settings(store="oxigraph", data_dir=store_dir, load_data_on_start=False))
    try:
        job = QueryJob(sparql=query, max_rows=10_000, base_iri="http://127.0.0.1/sparql")
        local = []
        for _ in range(repeat):
            started = time.perf_counter()
            execute(store, job)
            local.append(time.perf_counter() - started)
        outer, inner = asyncio.run(_pooled(store, job, repeat))
    finally:
        store.close()
    run_ms, worker_ms = _median_ms(outer), _median_ms(inner)
    return {
        "client_latency_ms": client_p50_ms,
        "engine_and_serialisation_ms (in-process execute)": _median_ms(local),
        "engine_and_serialisation_ms (in the worker)": worker_ms,
        "worker_hand_off_ms (runner.run - worker execute)": round(run_ms - worker_ms, 3),
        "http_stack_and_handler_ms (client - runner.run)": round(client_p50_ms - run_ms, 3),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Load, serve, profile, print and write the breakdown."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--rate", type=int, default=200)
    parser.add_argument("--out", type=Path, default=None, help="Write OUT.json and OUT.txt.")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="ncg-profile-"))
    store, log = work / "store", work / "ncg.log"
    env = dict(os.environ, NCG_STORE="oxigraph", NCG_DATA_DIR=str(store))
    ncg = str(VENV_BIN / "ncg")
    try:
        run_measured([ncg, "load", "--store", str(store)], env, log)
        run_measured([ncg, "load", "--store", str(store), str(args.data)], env, log)
        server = spawn_serve(store, env, log)
        try:
            first_ok(server, "/sparql", {"query": "ASK {}"}, time.monotonic() + 300)
            person = random.Random(7).choice(discover(server.url, DISCOVER_PERSONS))
            query = render(QUERIES[0], {"person": person})
            raw = work / "stacks.txt"
            result = profile(server.url, server.process.pid, query, args.seconds, args.rate, raw)
            result["load_average"] = Path("/proc/loadavg").read_text().split()[:3]
            if args.out is not None:
                args.out.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(raw, args.out.with_suffix(".txt"))
        finally:
            server.stop()
        result["wall_clock"] = wall_breakdown(store, query, result["client_p50_ms"], 2000)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.out is not None:
        args.out.with_suffix(".json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
