"""How load, start, the hot JSON calls, ingest validation and memory grow with the graph.

Run from the repository root, one synthetic file per scale (``bench/generate.py``)::

    python bench/generate.py --scale 1000 --out bench/out/syn-1000.nq     # ~10M quads, ~40 s
    python -m bench.growth_bench --data bench/out/syn-10.nq --data bench/out/syn-100.nq \\
        --data bench/out/syn-1000.nq --out bench/results/growth

For each file, in a fresh on-disk store: ``ncg load`` (no files: the shipped ontology and data,
untimed), then ``ncg load FILE`` timed, with its peak RSS (``wait4``); the load ends by building
the derived indexes (catalogue, search index, graph projections, gazetteer) and saving them with
the store's state (:mod:`nội_chính_graph.store.derived`), which it reports apart. Then
``ncg serve`` on a free port: the seconds from spawning it to the first ``/sparql`` answer, to
the first search answer (catalogue and search index loaded) and to the first neighbourhood
answer (graph projections loaded) — the last is the start time judged against the target. Then
over real HTTP, sequentially: search, bloc membership and neighbourhood (depth 2, limit 200)
p50/p95 with the targets of :mod:`bench.api_bench`, and ``POST /api/v1/validate`` of a real
report's text (extraction + incremental SHACL with the neighbourhood it touches; first call
apart, it also loads the gazetteer). Then memory at rest: RSS and PSS of the server and its
query workers after a few idle seconds (PSS counts shared pages once). Last, the start step by
step in this process, including what each derived index costs when built from the store
instead of loaded. Load averages are recorded: the machine is shared.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

from bench.api_bench import api_requests, summary, timed_get
from bench.queries import DISCOVER_BLOCS, DISCOVER_PERSONS, DISCOVER_TOP_AGENCIES
from bench.servers import REPO, VENV_BIN, Server, ServerError, _tree, free_port
from nội_chính_graph.config import Settings
from nội_chính_graph.graph.projection import build_projections, predicate_labels, read_projections
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.workflow import store_gazetteer
from nội_chính_graph.search.catalogue import Catalogue, build_catalogue, read_catalogue
from nội_chính_graph.search.index import SearchIndex
from nội_chính_graph.sparql.service import SparqlService
from nội_chính_graph.store.base import SolutionsResult, Store
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import holds_data
from nội_chính_graph.views.service import SEARCH_TYPES, ReadService

T = TypeVar("T")

REPORT = REPO / "data" / "reports" / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
#: The calls of :func:`bench.api_bench.api_requests` timed here, with their p50 target at 10M.
CALLS = {
    "search (folded full name)": 5.0,
    "search (2-letter prefix)": 5.0,
    "bloc membership, one year": 10.0,
    "neighbourhood depth 2 limit 200": 20.0,
}
START_TARGET_S, VALIDATE_TARGET_S = 30.0, 0.5
VALIDATE_RUNS = 6
REST_SECONDS = 5.0


@dataclass
class Growth:
    """Every figure for one synthetic file."""

    data: str
    quads: int = 0
    load_s: float = 0.0
    derived_s: float = 0.0
    load_peak_rss_mib: float = 0.0
    store_mib: float = 0.0
    start_listen_s: float = 0.0
    start_search_s: float = 0.0
    start_graph_s: float = 0.0
    api: dict[str, dict[str, float]] = field(default_factory=dict)
    validate: dict[str, Any] = field(default_factory=dict)
    rest_rss_mib: float = 0.0
    rest_pss_mib: float = 0.0
    peak_rss_mib: float = 0.0
    load_average: dict[str, str] = field(default_factory=dict)
    start_steps: dict[str, dict[str, float]] = field(default_factory=dict)


def load_average() -> str:
    """The 1/5/15-minute load averages."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def run_measured(command: list[str], env: dict[str, str], log: Path) -> tuple[float, float]:
    """Run ``command``; its wall seconds and peak RSS in MiB (``ru_maxrss`` from ``wait4``)."""
    with log.open("ab") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=env)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise ServerError(f"{command} failed ({process.returncode}); see {log}")
    return seconds, usage.ru_maxrss / 1024


def derived_seconds(log: Path) -> float:
    """The seconds ``ncg load`` says it spent building the derived indexes (last load)."""
    said = [line for line in log.read_text().splitlines() if line.startswith("Derived indexes")]
    return float(said[-1].rsplit(" in ", 1)[1].split()[0]) if said else 0.0


def folder_mib(folder: Path) -> float:
    """Size of the files under ``folder`` in MiB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def memory_mib(pid: int) -> tuple[float, float, float]:
    """RSS, PSS and peak RSS (``VmHWM``) of ``pid`` and its descendants, in MiB."""
    rss = pss = hwm = 0
    for member in _tree(pid):
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        fields = {
            line.split(":")[0]: int(line.split()[1])
            for line in (rollup + status).splitlines()[1:]
            if line.split()[-1:] == ["kB"]
        }
        rss, pss, hwm = rss + fields["Rss"], pss + fields["Pss"], hwm + fields["VmHWM"]
    return rss / 1024, pss / 1024, hwm / 1024


def spawn_serve(store: Path, env: dict[str, str], log: Path) -> Server:
    """``ncg serve --store STORE`` on a free port, in its own process group."""
    port = free_port()
    command = [str(VENV_BIN / "ncg"), "serve", "--store", str(store), "--port", str(port)]
    with log.open("ab") as sink:
        process = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
    return Server("ncg serve", f"http://127.0.0.1:{port}", process, log, 0.0)


def first_ok(server: Server, path: str, params: dict[str, Any], deadline: float) -> None:
    """Poll ``path`` until it answers 200 (a connection refused is retried)."""
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise ServerError(f"ncg serve exited with {server.process.returncode}; {server.log}")
        try:
            if httpx.get(server.url + path, params=params, timeout=600).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise ServerError(f"no 200 from {path} before the deadline; see {server.log}")


def start_times(server: Server, started: float, growth: Growth, limit: float) -> None:
    """Seconds from spawn to the first SPARQL, search and neighbourhood answers."""
    deadline = time.monotonic() + limit
    first_ok(server, "/sparql", {"query": "ASK {}"}, deadline)
    growth.start_listen_s = round(time.perf_counter() - started, 2)
    first_ok(server, "/api/v1/search", {"q": "bo giao duc"}, deadline)
    growth.start_search_s = round(time.perf_counter() - started, 2)
    hood = {"iri": "https://w3id.org/noi-chinh/id/agency/bo-giao-duc-va-dao-tao", "depth": 1}
    first_ok(server, "/api/v1/graph/neighbourhood", hood, deadline)
    growth.start_graph_s = round(time.perf_counter() - started, 2)


def discover(url: str, query: str) -> list[str]:
    """The ``?x`` column of a SELECT over ``/sparql`` (capped by ``NCG_MAX_ROWS``)."""
    answer = httpx.get(url + "/sparql", params={"query": query}, timeout=600)
    answer.raise_for_status()
    return [b["x"]["value"] for b in answer.json()["results"]["bindings"]]


def picks(url: str, rng: random.Random, count: int) -> dict[str, list[str]]:
    """Random synthetic people, blocs and top agencies, as :func:`api_requests` wants them."""
    found = {
        "person": discover(url, DISCOVER_PERSONS),
        "bloc": discover(url, DISCOVER_BLOCS),
        "agency": discover(url, DISCOVER_TOP_AGENCIES),
    }
    return {k: rng.sample(sorted(v), min(count, len(v))) for k, v in found.items()}


async def api_figures(url: str, chosen: dict[str, list[str]], repeat: int) -> dict[str, Any]:
    """p50/p95 of the timed calls over HTTP, each after one untimed pass over its targets."""
    requests = api_requests(chosen)
    figures = {}
    async with httpx.AsyncClient(base_url=url, timeout=600) as client:
        for name in CALLS:
            await timed_get(client, requests[name], len(requests[name]))
            figures[name] = await timed_get(client, requests[name], repeat)
    return figures


def validate_figures(url: str) -> dict[str, Any]:
    """``POST /api/v1/validate`` of the republished MOET report: first call, then warm p50."""
    body = (REPORT.read_text(encoding="utf-8") + "\n").encode()
    headers = {"Content-Type": "text/plain; charset=utf-8"}
    seconds, last = [], None
    for _ in range(VALIDATE_RUNS):
        started = time.perf_counter()
        last = httpx.post(url + "/api/v1/validate", content=body, headers=headers, timeout=600)
        seconds.append(time.perf_counter() - started)
        if last.status_code != 200:
            raise ServerError(f"/api/v1/validate answered {last.status_code}: {last.text[:500]}")
    assert last is not None
    warm = summary([s * 1000 for s in seconds[1:]])
    outcome = last.json()
    return {
        "first_s": round(seconds[0], 3),
        "warm_p50_s": round(warm["p50_ms"] / 1000, 3),
        "warm_max_s": round(warm["max_ms"] / 1000, 3),
        "runs": len(seconds),
        "conforms": outcome["report"]["conforms"],
        "stats": outcome.get("stats"),
    }


def count_quads(url: str) -> int:
    """Quads in the named graphs, asked over ``/sparql``."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    answer = httpx.get(url + "/sparql", params={"query": query}, timeout=600)
    answer.raise_for_status()
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def measure(data: Path, work: Path, repeat: int, start_limit: float, serve: bool = True) -> Growth:
    """Load ``data`` into a fresh store under ``work``, serve it and measure (``serve=False``:
    load and the in-process start breakdown only)."""
    growth, store, log = Growth(str(data)), work / "store", work / "ncg.log"
    env = dict(os.environ, NCG_STORE="oxigraph", NCG_DATA_DIR=str(store))
    env["NCG_QUERY_TIMEOUT"] = "600"
    ncg = str(VENV_BIN / "ncg")
    run_measured([ncg, "load", "--store", str(store)], env, log)
    growth.load_average["before_load"] = load_average()
    seconds, rss = run_measured([ncg, "load", "--store", str(store), str(data)], env, log)
    growth.load_s, growth.load_peak_rss_mib = round(seconds, 1), round(rss)
    growth.derived_s = derived_seconds(log)
    growth.store_mib = round(folder_mib(store))
    growth.load_average["before_serve"] = load_average()
    if not serve:
        growth.start_steps = start_breakdown(store)
        return growth
    started = time.perf_counter()
    server = spawn_serve(store, env, log)
    try:
        start_times(server, started, growth, start_limit)
        chosen = picks(server.url, random.Random(7), 20)
        growth.api = asyncio.run(api_figures(server.url, chosen, repeat))
        growth.validate = validate_figures(server.url)
        time.sleep(REST_SECONDS)
        rss_now, pss_now, peak = memory_mib(server.process.pid)
        growth.rest_rss_mib, growth.rest_pss_mib = round(rss_now), round(pss_now)
        growth.peak_rss_mib = round(peak)
        growth.quads = count_quads(server.url)
        growth.load_average["after"] = load_average()
    finally:
        server.stop()
    growth.start_steps = start_breakdown(store)
    return growth


def rss_mib() -> float:
    """This process's resident set now, in MiB."""
    status = Path("/proc/self/status").read_text()
    return next(int(x.split()[1]) for x in status.splitlines() if x.startswith("VmRSS")) / 1024


def start_breakdown(store_dir: Path) -> dict[str, dict[str, float]]:
    """What ``ncg serve``'s start and first API calls do, step by step, in this process:
    seconds and resident-memory growth (MiB) of each. The derived indexes come from where
    ``ncg load`` saved them; the last steps build them from the store instead, as a start
    without saved indexes (a store written by an older version) would."""
    steps: dict[str, dict[str, float]] = {}

    def step(name: str, call: Callable[[], T]) -> T:
        memory, started = rss_mib(), time.perf_counter()
        value = call()
        steps[name] = {
            "s": round(time.perf_counter() - started, 2),
            "rss_mib": round(rss_mib() - memory),
        }
        return value

    settings = Settings(store="oxigraph", data_dir=store_dir, load_data_on_start=False)
    store = step("open the store", lambda: open_store(settings))
    try:
        step("any data? (load_if_empty)", lambda: holds_data(store))
        sparql = SparqlService.from_settings(store, settings)
        step("snapshot + spawn query workers", lambda: asyncio.run(_start_stop(sparql)))
        catalogue = step("catalogue (saved)", lambda: build_catalogue(store))
        step("search index (saved)", lambda: SearchIndex(catalogue, SEARCH_TYPES))
        step("predicate labels", lambda: predicate_labels(store))
        step("texts of themes and mottos", ReadService(store)._texts)
        step("graph projections (saved)", lambda: build_projections(store, catalogue))
        step("gazetteer (saved; first validation)", lambda: store_gazetteer(store))
        fresh = step("catalogue, read from the store", lambda: read_catalogue(store, 0))
        alone = Catalogue(list(fresh), 0)  # not tied to saved files: built, not loaded
        step("search index, built", lambda: SearchIndex(alone, SEARCH_TYPES))
        step("graph projections, built", lambda: read_projections(store, alone, 0))
        step("gazetteer, read from the store", lambda: _read_gazetteer(store))
    finally:
        store.close()
    return steps


def _read_gazetteer(store: Store) -> Gazetteer:
    def rows(sparql: str) -> list[dict[str, str]]:
        result = store.query(sparql)
        assert isinstance(result, SolutionsResult)
        return [{k: str(getattr(v, "value", v)) for k, v in row.items()} for row in result.rows]

    return Gazetteer.from_query(rows)


async def _start_stop(sparql: SparqlService) -> None:
    await sparql.runner.start()
    await sparql.runner.close()


def verdict(value: float, bound: float) -> str:
    """``met`` or ``MISSED`` against an upper bound."""
    return "met" if value <= bound else "MISSED"


def markdown(rows: Sequence[Growth], machine: str) -> str:
    """The growth table (one column per file) and the 10M-target verdicts for the last file."""
    head = "| | " + " | ".join(f"{g.quads:,} quads" for g in rows) + " |"
    lines = [head, "|---|" + "---:|" * len(rows)]

    def row(name: str, cells: Sequence[str]) -> None:
        lines.append(f"| {name} | " + " | ".join(cells) + " |")

    row("`ncg load` (s)", [f"{g.load_s:,.1f}" for g in rows])
    row("… of which derived indexes built and saved (s)", [f"{g.derived_s:,.1f}" for g in rows])
    row("`ncg load` peak RSS (MiB)", [f"{g.load_peak_rss_mib:,.0f}" for g in rows])
    row("store on disk (MiB)", [f"{g.store_mib:,.0f}" for g in rows])
    row("`ncg serve`: first /sparql answer (s)", [f"{g.start_listen_s:.1f}" for g in rows])
    row("… first search answer (s)", [f"{g.start_search_s:.1f}" for g in rows])
    row("… first neighbourhood answer = start (s)", [f"{g.start_graph_s:.1f}" for g in rows])
    for call in CALLS:
        row(f"{call} p50 / p95 (ms)", [_p(g.api[call]) for g in rows])
    row("`/api/v1/validate` report: first (s)", [f"{g.validate['first_s']:.2f}" for g in rows])
    row("… warm p50 (s)", [f"{g.validate['warm_p50_s']:.2f}" for g in rows])
    row(
        "memory at rest RSS / PSS (MiB)", [f"{g.rest_rss_mib:,} / {g.rest_pss_mib:,}" for g in rows]
    )
    row("peak RSS, server + workers (MiB)", [f"{g.peak_rss_mib:,}" for g in rows])
    row("load average (1/5/15) before serve", [g.load_average["before_serve"] for g in rows])
    last = rows[-1]
    checks = [f"start {last.start_graph_s:.1f} s ≤ 30 s: {verdict(last.start_graph_s, 30)}"]
    for call, bound in CALLS.items():
        p50 = last.api[call]["p50_ms"]
        checks.append(f"{call} {p50:.2f} ms ≤ {bound:g} ms: {verdict(p50, bound)}")
    warm = last.validate["warm_p50_s"]
    checks.append(f"validate {warm:.2f} s ≤ 0.5 s: {verdict(warm, VALIDATE_TARGET_S)}")
    return (
        "\n".join(
            [machine, "", *lines, "", f"Targets at {last.quads:,} quads:", ""]
            + [f"- {c}" for c in checks]
        )
        + "\n"
    )


def steps_markdown(rows: Sequence[Growth]) -> str:
    """The start breakdown: seconds (resident growth in MiB) of each step, one column a file."""
    head = "| step: s (+MiB resident) | " + " | ".join(f"{g.data}" for g in rows) + " |"
    lines = [head, "|---|" + "---:|" * len(rows)]
    for name in rows[0].start_steps:
        cells = [_step(g.start_steps[name]) for g in rows]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _step(figures: dict[str, float]) -> str:
    return f"{figures['s']:.2f} (+{figures['rss_mib']:,.0f})"


def _p(figures: dict[str, float]) -> str:
    return f"{figures['p50_ms']:.2f} / {figures['p95_ms']:.2f}"


def main(argv: Sequence[str] | None = None) -> int:
    """Measure every ``--data`` file in turn; print and write Markdown and JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path, default=None, help="Write OUT.md and OUT.json.")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--start-limit", type=float, default=1800.0)
    parser.add_argument(
        "--steps-only", action="store_true", help="Load, then only the start breakdown."
    )
    parser.add_argument("--work", type=Path, default=None, help="Stores go here (a temp dir).")
    args = parser.parse_args(argv)
    rows = []
    for data in args.data:
        work = Path(tempfile.mkdtemp(prefix="ncg-growth-", dir=args.work))
        try:
            rows.append(measure(data, work, args.repeat, args.start_limit, not args.steps_only))
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(asdict(rows[-1]), ensure_ascii=False), flush=True)
    machine = (
        f"Machine: {os.cpu_count()} cores shared with other work, Python"
        f" {sys.version.split()[0]}; sequential requests over 127.0.0.1, {args.repeat} per call."
    )
    text = steps_markdown(rows) if args.steps_only else markdown(rows, machine)
    if not args.steps_only and all(g.start_steps for g in rows):
        text += "\n" + steps_markdown(rows)
    print(text)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        document = {"machine": machine, "rows": [asdict(g) for g in rows]}
        args.out.with_suffix(".json").write_text(
            json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        args.out.with_suffix(".md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
