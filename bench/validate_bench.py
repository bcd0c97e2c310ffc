"""Incremental vs. full SHACL validation on the synthetic graph.

Loads the shipped ontology and data plus a synthetic N-Quads file (``bench/generate.py``;
``--scale 100`` gives ~1M quads) into an in-memory store, then times:

* **incremental** validation (neighbourhood fetch + pySHACL on the focus nodes) of
  (a) a real report — ``data/reports/06_…`` republished (one more trailing newline, so that it
  is a new text) run through the extractor, and (b) one synthetic report graph taken out of the
  store and validated as if it arrived again;
* **full** validation with pySHACL of the whole graph (shipped data + synthetic), in a child
  process stopped after ``--full-timeout`` seconds (reported as "did not finish"; ``--no-full``
  skips it);
* **shipped**: ``ncg validate`` of all shipped data (every check, the target is 10 s), parse and
  validation timed apart, the shapes and ontology loaded once beforehand.

::

    python bench/validate_bench.py --nq bench/out/syn-100.nq --also bench/out/syn-10.nq
    python bench/validate_bench.py --nq bench/out/syn-100.nq --no-full
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef

from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.store.base import SolutionsResult
from nội_chính_graph.store.loading import data_files, load_shipped, ontology_files
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.validation.engine import Validator
from nội_chính_graph.validation.incremental import IncrementalValidator

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "reports" / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
RUNS = 5


def load(nq: Path) -> tuple[OxigraphStore, float]:
    """The shipped data plus ``nq`` in a fresh in-memory store, and the seconds it took."""
    start = time.perf_counter()
    store = OxigraphStore()
    load_shipped(store)
    store.load_files([nq])
    return store, time.perf_counter() - start


def gazetteer(store: OxigraphStore) -> Gazetteer:
    """The extractor's gazetteer, read from the store."""

    def rows(sparql: str) -> list[dict[str, str]]:
        result = store.query(sparql)
        assert isinstance(result, SolutionsResult)
        return [{k: v.value for k, v in r.items()} for r in result.rows]  # type: ignore[union-attr]

    return Gazetteer.from_query(rows)


def timed_runs(checker: IncrementalValidator, payload: Graph, graph: URIRef) -> dict[str, Any]:
    """Validate ``RUNS`` times; the first run also parses the SPARQL constraints (cold)."""
    totals: list[float] = []
    last: Any = None
    for _ in range(RUNS):
        start = time.perf_counter()
        _hood, last = checker.run(payload, graph)
        totals.append(time.perf_counter() - start)
    return {
        "payload_triples": len(payload),
        "cold_seconds": round(totals[0], 3),
        "warm_median_seconds": round(statistics.median(totals[1:]), 3),
        "max_seconds": round(max(totals), 3),
        "stats": last.stats.model_dump(),
        "conforms": last.report.conforms,
        "results": len(last.report.results),
    }


def real_report(store: OxigraphStore, checker: IncrementalValidator) -> dict[str, Any]:
    """Extract the MOET report (republished) and validate it incrementally."""
    start = time.perf_counter()
    gaz = gazetteer(store)
    built = time.perf_counter() - start
    text = REPORT.read_text(encoding="utf-8") + "\n"
    extraction = extract_report(text, gaz, report_slug="bench-06-moet")
    out = timed_runs(checker, extraction.graph, URIRef(extraction.graph.identifier))
    return {"gazetteer_seconds": round(built, 3), **out}


def synthetic_report(store: OxigraphStore, checker: IncrementalValidator) -> dict[str, Any]:
    """Take the largest synthetic report graph out and validate it as a new payload."""
    names = [g for g in store.graphs() if "/graph/report/syn-" in g and "calendar" not in g]
    name = max(names[:50], key=store.count)
    payload = Graph().parse(data=store.get_graph(name, _nt()), format="nt")
    store.delete_graph(name)
    try:
        return {"graph": name, **timed_runs(checker, payload, URIRef(name))}
    finally:
        from nội_chính_graph.store.base import RdfPayload

        store.replace_graph(name, RdfPayload.from_graph(payload))


def _nt() -> Any:
    import pyoxigraph as ox

    return ox.RdfFormat.N_TRIPLES


def full_child(nq: str) -> None:
    """(Child process) parse everything with rdflib and validate it all; print JSON timings."""
    start = time.perf_counter()
    dataset = Dataset()
    for path in [*ontology_files(), *data_files()]:
        dataset.parse(path, format="turtle" if path.suffix == ".ttl" else "trig")
    dataset.parse(nq, format="nquads")
    parsed = time.perf_counter()
    report = Validator().validate(dataset)
    done = time.perf_counter()
    print(
        json.dumps(
            {
                "parse_seconds": round(parsed - start, 1),
                "validate_seconds": round(done - parsed, 1),
                "results": len(report.results),
            }
        )
    )


def full(nq: Path, timeout: float) -> dict[str, Any]:
    """Full pySHACL validation of shipped data + ``nq``, bounded by ``timeout`` seconds."""
    command = [sys.executable, __file__, "--full-child", str(nq)]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return {"finished": False, "note": f"did not finish in {timeout:.0f} s"}
    except subprocess.CalledProcessError as exc:
        return {"finished": False, "note": f"failed: {exc.stderr[-500:]}"}
    return {
        "finished": True,
        "wall_seconds": round(time.perf_counter() - start, 1),
        **json.loads(done.stdout.strip().splitlines()[-1]),
    }


def shipped(validator: Validator) -> dict[str, Any]:
    """Full validation of every shipped data file (what ``ncg validate data/**/*.trig`` does)."""
    from nội_chính_graph.validation import load_rdf

    start = time.perf_counter()
    dataset = Dataset()
    for path in data_files():
        load_rdf(path, dataset)
    parsed = time.perf_counter()
    report = validator.validate(dataset)
    done = time.perf_counter()
    return {
        "quads": len(dataset),
        "parse_seconds": round(parsed - start, 2),
        "validate_seconds": round(done - parsed, 2),
        "conforms": report.conforms,
        "results": len(report.results),
    }


def bench(nq: Path, full_timeout: float | None, validator: Validator) -> dict[str, Any]:
    """Every measurement for one synthetic file."""
    store, seconds = load(nq)
    checker = IncrementalValidator(store, validator)
    result = {
        "file": str(nq),
        "quads": store.count(),
        "load_seconds": round(seconds, 1),
        "incremental_real_report": real_report(store, checker),
        "incremental_synthetic_report": synthetic_report(store, checker),
    }
    store.close()
    if full_timeout is not None:
        result["full_pyshacl"] = full(nq, full_timeout)
    return result


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print (and optionally write) JSON results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nq", type=Path, default=ROOT / "bench" / "out" / "syn-100.nq")
    parser.add_argument("--also", type=Path, action="append", default=[], help="More files.")
    parser.add_argument("--full-timeout", type=float, default=600.0)
    parser.add_argument("--no-full", action="store_true", help="Skip the full 1M validation.")
    parser.add_argument("--out", type=Path, default=None, help="Write the JSON here too.")
    parser.add_argument("--full-child", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.full_child:
        full_child(args.full_child)
        return
    validator = Validator()
    timeout = None if args.no_full else args.full_timeout
    results: list[dict[str, Any]] = [{"shipped_full_validation": shipped(validator)}]
    results += [bench(path, timeout, validator) for path in [args.nq, *args.also]]
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
