"""Load test of two API processes over one remote store (issue 13, "done means").

Starts ``oxigraph serve`` (``--store oxigraph``) or Virtuoso (``--store virtuoso``, the test
suite's throw-away server), then two uvicorn processes A and B of the app over it, A loading the
shipped data. ``--clients`` clients, spread over A and B, loop over search, bloc membership,
neighbourhood and SPARQL for ``--seconds``; an ingest is committed through A at ``--ingest-at``
and reverted at ``--revert-at``. A watcher asks B, every 50 ms, for the reads an ingest changes
(people, search) and records how long after each write B still answered as before it.

    python -m bench.scale_out_load --store oxigraph --clients 32 --seconds 40

Reports per process and call: count, errors, p50/p99 ms; each write's status and duration; and
B's lag after each write (the freshness setting plus the rebuild of its indexes).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from tests.store.backends import oxigraph_server
from tests.store.test_two_processes import api_process, environment
from tests.store.virtuoso import running_virtuoso

from bench.load_test import TOKEN, WRITE, Stats, client_loop, write
from nội_chính_graph.config import Settings

WATCHED = ("/api/v1/people?limit=100", "/api/v1/search?q=nguyen%20thi&limit=50")


@contextmanager
def remote_store(kind: str, folder: Path) -> Iterator[Settings]:
    """Settings for a fresh remote store of ``kind``, running until the block ends."""
    if kind == "virtuoso":
        with running_virtuoso(folder) as server:
            yield server.settings()
        return
    with oxigraph_server(folder / "db", "--timeout-s", "30") as (url, _):
        yield Settings(store="remote", remote_url=f"{url}/query")


async def _watched(client: httpx.AsyncClient) -> list[Any]:
    return [(await client.get(path)).json() for path in WATCHED]


async def watch(b: str, stop: float, seen: list[tuple[float, list[Any]]]) -> None:
    """Record B's answers to the watched reads, with when each was asked."""
    async with httpx.AsyncClient(base_url=b, timeout=60) as client:
        while time.monotonic() < stop:
            asked = time.monotonic()
            seen.append((asked, await _watched(client)))
            await asyncio.sleep(0.05)


def lag(seen: list[tuple[float, list[Any]]], done: float, old: list[Any], until: float) -> float:
    """Seconds from ``done`` to B's last answer still equal to ``old``, among reads asked
    before ``until`` (the next write); 0 when B never answered as before."""
    stale = [t - done for t, answer in seen if done <= t < until and answer == old]
    return round(max(stale), 3) if stale else 0.0


async def drive(a: str, b: str, args: argparse.Namespace) -> dict[str, Any]:
    stats: dict[str, dict[str, Stats]] = {"A": defaultdict(Stats), "B": defaultdict(Stats)}
    ingest: dict[str, Any] = {}
    revert: dict[str, Any] = {}
    seen: list[tuple[float, list[Any]]] = []
    limits = httpx.Limits(max_connections=args.clients + 4)
    async with (
        httpx.AsyncClient(base_url=a, timeout=60, limits=limits) as on_a,
        httpx.AsyncClient(base_url=b, timeout=60, limits=limits) as on_b,
        httpx.AsyncClient(base_url=a, timeout=300, headers=WRITE) as writer,
        httpx.AsyncClient(base_url=a, timeout=60) as probe,
    ):
        before = await _watched(probe)
        start = time.monotonic()
        stop = start + args.seconds
        tasks = [
            client_loop(on_a if n % 2 else on_b, stop, stats["A" if n % 2 else "B"], n)
            for n in range(args.clients)
        ]
        tasks.append(watch(b, stop, seen))
        tasks.append(write(writer, "POST", "/api/v1/ingests", args.ingest_at, ingest))
        tasks.append(_revert(writer, probe, args.revert_at, ingest, revert))
        await asyncio.gather(*tasks)
    return {
        "clients": args.clients,
        "seconds": args.seconds,
        "freshness_seconds": args.freshness,
        "calls": {p: {k: s.summary() for k, s in sorted(v.items())} for p, v in stats.items()},
        "ingest": {k: v for k, v in ingest.items() if k not in ("body", "done", "after")},
        "revert": {k: v for k, v in revert.items() if k not in ("body", "done", "sent")},
        "watched_reads_changed_by_the_ingest": ingest.get("after") not in (None, before),
        "lag_after_commit_s": (
            lag(seen, ingest["done"], before, revert.get("sent", stop))
            if "done" in ingest
            else None
        ),
        "lag_after_revert_s": (
            lag(seen, revert["done"], ingest["after"], stop) if "done" in revert else None
        ),
        "watcher_reads": len(seen),
    }


async def _revert(
    writer: httpx.AsyncClient,
    probe: httpx.AsyncClient,
    at: float,
    ingest: dict[str, Any],
    out: dict[str, Any],
) -> None:
    started = time.monotonic()
    while "body" not in ingest:
        await asyncio.sleep(0.01)
    ingest["done"] = time.monotonic()
    ingest["after"] = await _watched(probe)
    if ingest.get("status") != 201:
        return
    ingest_id = ingest["body"]["record"]["id"]
    await _review(writer, out)
    await asyncio.sleep(max(at - (time.monotonic() - started), 0))
    out["sent"] = time.monotonic()
    await write(writer, "DELETE", f"/api/v1/ingests/{ingest_id}", 0, out)
    out["done"] = time.monotonic()


async def _review(writer: httpx.AsyncClient, out: dict[str, Any]) -> None:
    """A steward's review action on an entity the ingest minted (a rename), then its revert,
    so that the ingest's own revert afterwards finds the graph as it wrote it."""
    listed = await writer.get("/api/v1/review")
    items = listed.json() if listed.status_code == 200 else []
    if not items:
        out["review"] = {"status": listed.status_code, "minted": 0}
        return
    entity = items[0]["id"]
    started = time.monotonic()
    action = {"action": "rename", "entity": entity, "label": f"{items[0]['label']} (đã rà soát)"}
    done = await writer.post(
        "/api/v1/review", json=action, headers={"content-type": "application/json"}
    )
    seconds = round(time.monotonic() - started, 2)
    review = {"status": done.status_code, "seconds": seconds, "minted": len(items)}
    if done.status_code == 201:
        undone = await writer.delete(f"/api/v1/review/actions/{done.json()['id']}")
        review["revert_status"] = undone.status_code
    out["review"] = review


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", choices=("oxigraph", "virtuoso"), default="oxigraph")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--ingest-at", type=float, default=10.0)
    parser.add_argument("--revert-at", type=float, default=15.0)
    parser.add_argument("--freshness", type=float, default=1.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="ncg-scale-out-"))
    with remote_store(args.store, folder) as settings:
        settings = settings.model_copy(update={"remote_freshness": args.freshness})
        env_a = environment(settings, folder / "a", load=True)
        env_b = environment(settings, folder / "b", load=False)
        for env in (env_a, env_b):
            env["NCG_REMOTE_FRESHNESS"] = str(args.freshness)
            env["NCG_API_TOKENS"] = f"loadtest:{TOKEN}"
        with api_process(env_a) as a, api_process(env_b) as b:
            result = asyncio.run(drive(a, b, args))
    result["store"] = args.store
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["main"]
