"""Aggregates on Oxigraph against Virtuoso over the same synthetic file: when Virtuoso pays.

Run from the repository root (``virtuoso-t`` and ``isql-vt`` installed by
``scripts/install-virtuoso``; both servers on 127.0.0.1, stopped at the end)::

    python -m bench.aggregate_bench --data bench/out/syn-100.nq --out bench/results/aggregate-100

``oxigraph serve --union-default-graph`` (``oxigraph load`` first) and Virtuoso Open Source 7
(bulk loader ``ld_dir`` + ``rdf_loader_run``, buffers sized for 2 GB as Virtuoso's own ini
advises, not the 80 MB of the test fixture) get the same queries straight over the SPARQL
protocol: engine against engine, without our API in front. Per query: the median and minimum
of ``--repeat`` sequential runs after one warm-up, and the number of result rows (the two must
agree). The default graph is each engine's union of the named graphs (a bag on both).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from tests.store import virtuoso as fixture

from bench.queries import QUERIES
from bench.servers import start_oxigraph, wait_ready
from nội_chính_graph.namespaces import sparql_prefixes

#: The aggregates compared (q4 of the SPARQL bench and counts per bloc and year).
AGGREGATES = {
    "members per bloc and year (COUNT, GROUP BY 2 keys)": """
SELECT ?bloc ?year (COUNT(DISTINCT ?agency) AS ?members) WHERE {
  ?m a ncg:BlocMembership ; org:organization ?bloc ; org:memberDuring ?year ;
     org:member ?agency .
} GROUP BY ?bloc ?year ORDER BY ?bloc ?year""",
    "officials per agency (q4: COUNT DISTINCT over a 3-pattern join)": next(
        q.template for q in QUERIES if q.name == "q4_officials_per_agency"
    ),
}
BUFFERS = {"NumberOfBuffers = 10000": "NumberOfBuffers = 170000"}
BUFFERS["MaxDirtyBuffers = 6000"] = "MaxDirtyBuffers = 130000"


@contextmanager
def virtuoso(data: Path, folder: Path) -> Iterator[tuple[str, float]]:
    """A Virtuoso holding ``data``: its SPARQL URL and the bulk-load seconds."""
    original = fixture.write_ini

    def roomy_ini(directory: Path, sql_port: int, http_port: int) -> Path:
        ini = original(directory, sql_port, http_port)
        text = ini.read_text(encoding="utf-8")
        for old, new in BUFFERS.items():
            text = text.replace(old, new)
        ini.write_text(text, encoding="utf-8")
        return ini

    fixture.write_ini = roomy_ini  # the fixture has no parameter for the buffer sizes
    try:
        with fixture.running_virtuoso(folder) as server:
            os.link(data, folder / data.name)  # the loader reads only from DirsAllowed
            started = time.perf_counter()
            load = f"ld_dir('{folder}', '{data.name}', 'urn:ncg:bench:default');"
            isql(server.sql_port, load + " rdf_loader_run(); checkpoint;")
            yield server.sparql_url, time.perf_counter() - started
    finally:
        fixture.write_ini = original


def isql(port: int, statements: str) -> None:
    """Run SQL as dba with ``isql-vt`` (the fixture's helper stops after 30 s)."""
    program = fixture.find_program("isql-vt", "isql-v")
    command = [program, f"127.0.0.1:{port}", "dba", "dba", f"exec={statements}"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
        raise RuntimeError(f"isql failed: {(done.stdout + done.stderr)[-2000:]}")


def run(client: httpx.Client, url: str, query: str) -> tuple[float, int]:
    """Milliseconds and result rows of one SELECT."""
    started = time.perf_counter()
    answer = client.post(
        url, data={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    elapsed = (time.perf_counter() - started) * 1000
    answer.raise_for_status()
    return elapsed, len(answer.json()["results"]["bindings"])


def timings(url: str, repeat: int) -> dict[str, dict[str, Any]]:
    """Median, minimum and rows of each aggregate on the server at ``url``."""
    figures = {}
    with httpx.Client(timeout=600) as client:
        for name, body in AGGREGATES.items():
            query = sparql_prefixes() + body
            _warm, rows = run(client, url, query)
            samples = [run(client, url, query)[0] for _ in range(repeat)]
            figures[name] = {
                "median_ms": round(statistics.median(samples), 1),
                "min_ms": round(min(samples), 1),
                "rows": rows,
            }
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Load both servers in turn, time the aggregates, print and write the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=None, help="Write OUT.json.")
    args = parser.parse_args(argv)
    data = args.data.resolve()
    result: dict[str, Any] = {"data": str(args.data), "load_average": {}}
    with tempfile.TemporaryDirectory(prefix="ncg-aggregate-") as tmp:
        work = Path(tmp)
        result["load_average"]["before"] = Path("/proc/loadavg").read_text().split()[:3]
        oxigraph = start_oxigraph(data, work, work, timeout=600)
        try:
            wait_ready(oxigraph, 300)
            result["oxigraph"] = {"load_s": round(oxigraph.load_seconds, 1)}
            result["oxigraph"]["queries"] = timings(oxigraph.url, args.repeat)
        finally:
            oxigraph.stop()
        (work / "virtuoso").mkdir()
        with virtuoso(data, work / "virtuoso") as (url, seconds):
            result["virtuoso"] = {"load_s": round(seconds, 1)}
            result["virtuoso"]["queries"] = timings(url, args.repeat)
        result["load_average"]["after"] = Path("/proc/loadavg").read_text().split()[:3]
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.with_suffix(".json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
