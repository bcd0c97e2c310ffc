"""How long a steward's dry run of one report takes: extraction, resolution, RDF, summary and
incremental SHACL validation (``IngestWorkflow.review``), for every report of the evaluation
corpus, on the shipped graph and optionally with a synthetic graph loaded beside it.

::

    python bench/dryrun_bench.py                               # the shipped graph
    python bench/dryrun_bench.py --nq bench/out/syn-100.nq     # plus ~1M synthetic quads
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import NcgError
from nội_chính_graph.ingest.audit import AuditLog
from nội_chính_graph.ingest.evaluate import load_corpus
from nội_chính_graph.ingest.payload import TEXT, Submission
from nội_chính_graph.ingest.workflow import IngestWorkflow
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.validation.engine import Validator

ROOT = Path(__file__).resolve().parents[1]


def measure(nq: Path | None, corpus: Path) -> dict[str, Any]:
    """Dry-run every corpus report once after a warm-up; seconds per report."""
    start = time.perf_counter()
    store = open_store(Settings(store="memory", load_data_on_start=False))
    load_shipped(store)
    if nq is not None:
        store.load_files([nq])
    loaded = time.perf_counter() - start
    reports = load_corpus(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        workflow = IngestWorkflow(store, Validator(), AuditLog(Path(tmp) / "audit.jsonl"))
        first = time.perf_counter()
        workflow.review(Submission(reports[0].text.encode(), TEXT), None)  # warms the caches
        cold = time.perf_counter() - first
        seconds = []
        for report in reports:
            begin = time.perf_counter()
            with contextlib.suppress(NcgError):  # a 422 (nothing to extract) is an answer too
                workflow.review(Submission(report.text.encode(), TEXT), None)
            seconds.append(time.perf_counter() - begin)
    ordered = sorted(seconds)
    slowest = sorted(zip(seconds, (r.stem for r in reports), strict=True), reverse=True)[:3]
    return {
        "quads": store.count(),
        "load_seconds": round(loaded, 2),
        "reports": len(seconds),
        "cold_first_seconds": round(cold, 3),
        "p50_seconds": round(statistics.median(ordered), 3),
        "p95_seconds": round(ordered[int(0.95 * (len(ordered) - 1))], 3),
        "max_seconds": round(ordered[-1], 3),
        "slowest": [[stem, round(value, 3)] for value, stem in slowest],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--nq", type=Path, help="synthetic N-Quads to load beside the data")
    parser.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.nq, args.corpus), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
