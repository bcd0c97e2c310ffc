"""Does a cheap query wait behind heavy ones? (issue 16)

Starts ``ncg`` /sparql (uvicorn, embedded store) over a data file, keeps ``--heavy`` cross-product
queries running (each runs to the query timeout and is sent again), and meanwhile sends a
cheap ``ASK { ?s ?p ?o }`` every ``--interval`` seconds; reports its latency (p50, p95, max) and
how many exceeded 100 ms. Every other cheap query carries a comment that makes its text new
(``# fresh 17``): the server has never run it, so it cannot answer it in process from what it
measured before and must send it to a query process; the summary gives both kinds apart
("repeated", "fresh") and together. Run from the repository root::

    python bench/generate.py --scale 10 --out bench/out/syn-10.nq
    python -m bench.lane_bench --data bench/out/syn-10.nq --seconds 30
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx

from bench.servers import start_ncg, wait_ready

HEAVY = (
    "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(4)) + " }"
)
CHEAP = "ASK { ?s ?p ?o }"


def _keep_heavy(url: str, stop: threading.Event) -> None:
    with httpx.Client(timeout=120) as client:
        while not stop.is_set():
            client.get(url, params={"query": HEAVY})


def main(argv: Sequence[str] | None = None) -> int:
    """Run once; print a JSON summary."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--heavy", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--interval", type=float, default=0.2)
    parser.add_argument("--timeout", type=float, default=10.0, help="NCG_QUERY_TIMEOUT")
    args = parser.parse_args(argv)
    os.environ["NCG_QUERY_TIMEOUT"] = str(args.timeout)
    with tempfile.TemporaryDirectory(prefix="ncg-lane-") as tmp:
        server = start_ncg(args.data.resolve(), Path(tmp), Path(tmp))
        try:
            wait_ready(server, 300)
            stop = threading.Event()
            heavy = [
                threading.Thread(target=_keep_heavy, args=(server.url, stop), daemon=True)
                for _ in range(args.heavy)
            ]
            for thread in heavy:
                thread.start()
            time.sleep(1.0)
            waits: dict[str, list[float]] = {"repeated": [], "fresh": []}
            end = time.monotonic() + args.seconds
            with httpx.Client(timeout=120) as client:
                while time.monotonic() < end:
                    n = sum(len(w) for w in waits.values())
                    kind, text = ("fresh", f"{CHEAP} # fresh {n}") if n % 2 else ("repeated", CHEAP)
                    started = time.perf_counter()
                    client.get(server.url, params={"query": text}).raise_for_status()
                    waits[kind].append((time.perf_counter() - started) * 1000)
                    if waits[kind][-1] > 100:
                        print(kind, n, round(waits[kind][-1]), file=sys.stderr)
                    time.sleep(args.interval)
            stop.set()
        finally:
            server.stop()
    summary: dict[str, object] = {"heavy": args.heavy}
    summary.update(_summary(waits["repeated"] + waits["fresh"]))
    for kind, kind_waits in waits.items():
        summary[kind] = _summary(kind_waits)
    summary["load"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(json.dumps(summary))
    return 0


def _summary(waits: list[float]) -> dict[str, float | int]:
    waits = sorted(waits)
    return {
        "cheap_queries": len(waits),
        "p50_ms": round(statistics.median(waits), 1),
        "p95_ms": round(waits[int(0.95 * (len(waits) - 1))], 1),
        "max_ms": round(waits[-1], 1),
        "over_100_ms": sum(1 for w in waits if w > 100),
    }


if __name__ == "__main__":
    sys.exit(main())
