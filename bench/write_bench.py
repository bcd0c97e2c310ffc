"""The first requests after a steward's write: how long they wait for the derived indexes.

For each data file: a fresh on-disk store gets the shipped data and the file (as ``ncg load``
does), its derived indexes are built (as ``ncg load`` saves them), and a read service with the
ingest workflow is started in process, as the app wires them. Then, in process (no HTTP):

1. warm p50 of a search, a bloc membership (one year) and a neighbourhood (depth 2, limit 200);
2. one ingest commit (the republished MOET report: extraction, SHACL, one write);
3. the first search, membership and neighbourhood after it, in that order, each timed (the
   first pays for bringing the indexes up to date);
4. the same after reverting that ingest;
5. how long the background save of the updated indexes took (off the request path).

Runs on the code it is given: ``PYTHONPATH=<other checkout>/src`` measures that code (the bench
adapts when the workflow has no write journal).

``python -m bench.write_bench --data bench/out/syn-10.nq --data bench/out/syn-100.nq
--out bench/results/write``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from nội_chính_graph.ingest.audit import AuditLog
from nội_chính_graph.ingest.payload import Submission
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.validation.engine import Validator
from nội_chính_graph.views.blocs import bloc_memberships, membership_for
from nội_chính_graph.views.graphs import neighbourhood_of
from nội_chính_graph.views.service import ReadService

ROOT = Path(__file__).resolve().parents[1]
MOET = ROOT / "data" / "reports" / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
REPEAT = 15


def timed(call: Callable[[], object]) -> float:
    """Milliseconds one call takes."""
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


class Requests:
    """The three requests, on one service."""

    def __init__(self, service: ReadService) -> None:
        self.service = service
        catalogue = service.derived().catalogue
        blocs = [e.iri for e in catalogue.of_type("bloc")]
        rows = {b: bloc_memberships(service, b) for b in blocs[:50]}
        self.bloc = max(rows, key=lambda b: len(rows[b]))
        self.year = statistics.mode(y for r in rows[self.bloc] for y in r.years())
        agencies = [e.iri for e in catalogue.of_type("agency")]
        view = service.projection()
        self.agency = max(agencies[:200], key=lambda a: len(view.grouped(a, False)))

    def search(self) -> object:
        return self.service.derived().index.search("bo giao duc", limit=20)

    def membership(self) -> object:
        return membership_for(self.service, self.bloc, "vi", self.year, None)

    def neighbourhood(self) -> object:
        return neighbourhood_of(
            self.service,
            self.agency,
            "vi",
            depth=2,
            limit=200,
            types=None,
            predicates=None,
            reified=False,
        )

    def firsts(self) -> dict[str, float]:
        return {
            "search_ms": round(timed(self.search), 1),
            "membership_ms": round(timed(self.membership), 1),
            "neighbourhood_ms": round(timed(self.neighbourhood), 1),
        }

    def warm(self) -> dict[str, float]:
        found = {}
        for name in ("search", "membership", "neighbourhood"):
            call = getattr(self, name)
            found[f"{name}_p50_ms"] = round(
                statistics.median(timed(call) for _ in range(REPEAT)), 2
            )
        return found


def measure(data: Path, work: Path) -> dict[str, Any]:
    """Load ``data`` under ``work`` and time the requests around one commit and its revert."""
    figures: dict[str, Any] = {"data": str(data)}
    store = OxigraphStore(work / "store")
    start = time.perf_counter()
    ontology = sorted((ROOT / "ontology").glob("*.ttl"))
    load_shipped(store, ontology=ontology, data=sorted((ROOT / "data").rglob("*.trig")))
    store.load_files([data])
    figures["load_s"] = round(time.perf_counter() - start, 1)
    workflow = IngestWorkflow(store, Validator(), AuditLog(work / "audit.jsonl"))
    journal = getattr(workflow, "journal", None)
    service = ReadService(store, journal) if journal is not None else ReadService(store)
    start = time.perf_counter()
    service.projection()
    figures["full_build_s"] = round(time.perf_counter() - start, 1)
    requests = Requests(service)
    figures["warm"] = requests.warm()
    workflow.validate(Submission(MOET.read_bytes() + b"\n", "text/plain"))  # gazetteer built
    start = time.perf_counter()
    done = workflow.commit(Submission(MOET.read_bytes() + b"\n", "text/plain"), "bench")
    figures["commit_s"] = round(time.perf_counter() - start, 2)
    figures["after_commit"] = requests.firsts()
    figures["after_commit_warm"] = requests.warm()
    start = time.perf_counter()
    workflow.revert(done.record.id, "bench")
    figures["revert_s"] = round(time.perf_counter() - start, 2)
    figures["after_revert"] = requests.firsts()
    saver = getattr(service, "saver", None)
    start = time.perf_counter()
    if saver is not None:
        saver.wait()
    figures["background_save_wait_s"] = round(time.perf_counter() - start, 1)
    figures["step"] = getattr(service, "last_step", "built")
    figures["load_average"] = os.getloadavg()
    store.close()
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    """Measure each ``--data`` file; write JSON to ``--out``.json."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, action="append", required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    results = []
    for data in args.data:
        with tempfile.TemporaryDirectory(prefix="ncg-write-bench-") as work:
            results.append(measure(data, Path(work)))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
