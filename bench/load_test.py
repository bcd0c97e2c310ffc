"""Bounded load test on 127.0.0.1: mixed reads by concurrent clients while an ingest commits.

A uvicorn server (its own process group) runs ``api.app:create_app`` on an on-disk store in a
temporary folder (the shipped data, loaded on first start). ``--clients`` clients loop over
search, bloc membership, neighbourhood and SPARQL for ``--seconds``; at ``--ingest-at`` a
steward POSTs a report and at ``--revert-at`` DELETEs it again. One more client is the
consistency reader: it asks /sparql, in one query, how many triples the ingest's graph holds and
whether its record exists, and must only ever see (0, no record) or (N, record).

    python bench/load_test.py --clients 32 --seconds 60 --out bench/results/load.json

Reports per call: count, errors, p50/p99 latency in ms; the ingest's and revert's status and
duration; what the reader saw; the server's peak RSS (process tree) in MiB.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from nội_chính_graph.ingest.payload import Submission, content_hash
from nội_chính_graph.ingest.records import RECORDS_GRAPH, graph_iri

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / "data" / "reports" / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
BODY = REPORT.read_bytes() + b"\n"  # a new text (one more newline) whose facts fit the graph
TOKEN = "load-test-steward"
WRITE = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
BLOC = "khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"
KTNN = "https://w3id.org/noi-chinh/id/agency/kiem-toan-nha-nuoc"
SEARCHES = ["kiểm toán", "tran quoc to", "KTNN", "bộ công an", "vksnd toi cao", "khối thi đua"]
SPARQL = (
    "PREFIX org: <http://www.w3.org/ns/org#> SELECT ?m ?a WHERE { "
    "?m org:organization ?bloc ; org:member ?a } LIMIT 50"
)
Call = Callable[[httpx.AsyncClient, int], Awaitable[httpx.Response]]


def _search(client: httpx.AsyncClient, i: int) -> Awaitable[httpx.Response]:
    return client.get("/api/v1/search", params={"q": SEARCHES[i % len(SEARCHES)]})


def _membership(client: httpx.AsyncClient, i: int) -> Awaitable[httpx.Response]:
    return client.get(f"/api/v1/blocs/{BLOC}/membership", params={"year": 2017 + i % 7})


def _neighbourhood(client: httpx.AsyncClient, i: int) -> Awaitable[httpx.Response]:
    return client.get("/api/v1/graph/neighbourhood", params={"iri": KTNN, "depth": 1 + i % 2})


def _sparql(client: httpx.AsyncClient, i: int) -> Awaitable[httpx.Response]:
    del i
    return client.get("/sparql", params={"query": SPARQL})


CALLS: dict[str, Call] = {
    "search": _search,
    "membership": _membership,
    "neighbourhood": _neighbourhood,
    "sparql": _sparql,
}


@dataclass
class Stats:
    """Latencies (s) and failures of one kind of call."""

    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)

    def summary(self) -> dict[str, Any]:
        """Count, errors, error rate, p50 and p99 in ms."""
        ordered = sorted(self.latencies)
        total = len(ordered) + sum(self.errors.values())

        def pct(q: float) -> float:
            return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)

        return {
            "requests": total,
            "errors": sum(self.errors.values()),
            "error_rate": round(sum(self.errors.values()) / total, 5) if total else 0.0,
            "p50_ms": pct(0.50) if ordered else None,
            "p99_ms": pct(0.99) if ordered else None,
            "error_kinds": dict(self.errors),
        }


#: Seconds the ingested graph stays before its revert, however long the ingest took: the
#: consistency reader must get to see it.
MIN_WINDOW = 0.5


@dataclass
class Observed:
    """What the consistency reader saw: (triples in the ingest graph, record present) → times."""

    states: Counter[tuple[int, bool]] = field(default_factory=Counter)


def consistency_query(graph: str) -> str:
    """Count the ingest graph's triples and its record's mentions of it, in one query."""
    return (
        f"SELECT ?n ?r WHERE {{ {{ SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> "
        f"{{ ?s ?p ?o }} }} }} {{ SELECT (COUNT(*) AS ?r) WHERE {{ GRAPH <{RECORDS_GRAPH}> "
        f"{{ ?a ?b <{graph}> }} }} }} }}"
    )


async def client_loop(
    client: httpx.AsyncClient, stop: float, stats: dict[str, Stats], offset: int
) -> None:
    """Call every kind of read in turn until ``stop`` (monotonic time)."""
    names = list(CALLS)
    i = offset
    while time.monotonic() < stop:
        name = names[i % len(names)]
        started = time.monotonic()
        try:
            response = await CALLS[name](client, i)
        except httpx.HTTPError as exc:
            stats[name].errors[type(exc).__name__] += 1
        else:
            if response.status_code >= 400:
                stats[name].errors[str(response.status_code)] += 1
            else:
                stats[name].latencies.append(time.monotonic() - started)
        i += 1


async def reader_loop(
    client: httpx.AsyncClient, stop: float, graph: str, seen: Observed, done: asyncio.Event
) -> None:
    """Ask for the ingest's triple count and record until ``stop`` and the revert are past
    (a slow ingest must not leave the reader blind to the graph it wrote)."""
    query = consistency_query(graph)
    while time.monotonic() < stop or not done.is_set():
        response = await client.get("/sparql", params={"query": query})
        if response.status_code != 200:
            seen.states[(-response.status_code, False)] += 1
            continue
        row = response.json()["results"]["bindings"][0]
        seen.states[(int(row["n"]["value"]), int(row["r"]["value"]) > 0)] += 1


async def write(
    client: httpx.AsyncClient, method: str, url: str, delay: float, out: dict[str, Any]
) -> None:
    """After ``delay`` s, send one write and record its status and duration."""
    await asyncio.sleep(delay)
    started = time.monotonic()
    response = await client.request(method, url, content=BODY if method == "POST" else None)
    out.update(
        status=response.status_code,
        seconds=round(time.monotonic() - started, 2),
        body=response.json() if response.status_code < 500 else response.text[:300],
    )


async def run_load(
    url: str, clients: int, seconds: float, ingest_at: float, revert_at: float
) -> dict[str, Any]:
    """Drive the server at ``url``; return the figures."""
    graph = str(graph_iri(content_hash(Submission(BODY, "text/plain"))[:16]))
    stats: dict[str, Stats] = defaultdict(Stats)
    seen = Observed()
    ingest: dict[str, Any] = {}
    revert: dict[str, Any] = {}
    limits = httpx.Limits(max_connections=clients + 4)
    async with (
        httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client,
        httpx.AsyncClient(base_url=url, timeout=120, headers=WRITE) as writer,
    ):
        stop = time.monotonic() + seconds
        tasks = [client_loop(client, stop, stats, n) for n in range(clients)]
        done = asyncio.Event()
        tasks.append(reader_loop(client, stop, graph, seen, done))
        tasks.append(write(writer, "POST", "/api/v1/ingests", ingest_at, ingest))
        await asyncio.gather(*tasks, _revert_later(writer, revert_at, ingest, revert, done))
    return {
        "clients": clients,
        "seconds": seconds,
        "calls": {name: s.summary() for name, s in sorted(stats.items())},
        "ingest": {k: v for k, v in ingest.items() if k != "body"},
        "ingest_triples": _triples(ingest),
        "revert": {k: v for k, v in revert.items() if k != "body"},
        "reader": {f"{n} triples, record={r}": c for (n, r), c in sorted(seen.states.items())},
        "consistent": _consistent(seen, _triples(ingest)),
    }


async def _revert_later(
    writer: httpx.AsyncClient,
    delay: float,
    ingest: dict[str, Any],
    out: dict[str, Any],
    done: asyncio.Event,
) -> None:
    """Revert the ingest ``delay`` s after the start, and never sooner than
    :data:`MIN_WINDOW` s after the ingest answered; then tell the reader."""
    started = time.monotonic()
    try:
        while "body" not in ingest:
            await asyncio.sleep(0.05)
        ingest_id = ingest["body"]["record"]["id"] if ingest.get("status") == 201 else None
        if ingest_id is not None:
            wait = max(delay - (time.monotonic() - started), MIN_WINDOW)
            await write(writer, "DELETE", f"/api/v1/ingests/{ingest_id}", wait, out)
    finally:
        done.set()


def _triples(ingest: dict[str, Any]) -> int | None:
    body = ingest.get("body")
    return body["record"]["triple_count"] if isinstance(body, dict) and "record" in body else None


def _consistent(seen: Observed, triples: int | None) -> bool:
    """Only (0, no record) and (N, record) were seen."""
    allowed = {(0, False)} | ({(triples, True)} if triples is not None else set())
    return set(seen.states) <= allowed


@dataclass
class ServerProcess:
    """uvicorn in its own process group."""

    process: subprocess.Popen[bytes]
    url: str

    def peak_rss_mib(self) -> float:
        """Peak RSS (VmHWM) of the server and its workers so far."""
        total = 0
        for pid in _tree(self.process.pid):
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            total += next(
                (int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:")), 0
            )
        return round(total / 1024, 1)

    def stop(self) -> None:
        """Stop the process group (SIGTERM, then SIGKILL)."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(20)


def _tree(pid: int) -> list[int]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return [pid]
    return [pid, *(p for child in children for p in _tree(int(child)))]


def start_server(data_dir: Path, port: int, workers: int) -> ServerProcess:
    """Start uvicorn on ``data_dir`` and wait until it answers."""
    env = os.environ | {
        "NCG_STORE": "oxigraph",
        "NCG_DATA_DIR": str(data_dir),
        "NCG_API_TOKENS": f"loadtest:{TOKEN}",
        "NCG_QUERY_WORKERS": str(workers),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.app:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        env=env,
        start_new_session=True,
    )
    server = ServerProcess(process, f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 90
    while True:
        if process.poll() is not None:
            raise RuntimeError("the server exited while starting")
        try:
            if httpx.get(f"{server.url}/api/v1/ingests", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("the server did not start")
        time.sleep(0.2)


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def run(
    clients: int, seconds: float, ingest_at: float, revert_at: float, workers: int = 2
) -> dict[str, Any]:
    """Start a server on a fresh store, load it, stop it; return the figures."""
    folder = Path(tempfile.mkdtemp(prefix="ncg-load-"))
    try:
        server = start_server(folder / "store", free_port(), workers)
        try:
            result = asyncio.run(run_load(server.url, clients, seconds, ingest_at, revert_at))
            result["server_peak_rss_mib"] = server.peak_rss_mib()
            result["server_alive"] = server.process.poll() is None
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the load test and print (or write) the figures; exit 1 on errors or inconsistency."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--ingest-at", type=float, default=20.0)
    parser.add_argument("--revert-at", type=float, default=40.0)
    parser.add_argument("--workers", type=int, default=2, help="SPARQL worker processes")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    result = run(args.clients, args.seconds, args.ingest_at, args.revert_at, args.workers)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    errors = sum(c["errors"] for c in result["calls"].values())
    return 0 if result["consistent"] and not errors and result["server_alive"] else 1


if __name__ == "__main__":
    sys.exit(main())
