"""Experiment (not part of the library): is a report read the same once the graph has grown?

``ncg eval`` reads each report against the shipped graph alone. This script first extracts
every report of a split that way, adds all those extractions to the graph (as if every report
had been committed, the report itself included), then reads each report again against the
grown graph and counts, per category, the facts that differ from the first reading. A report
should read the same: what earlier ingests minted is unreviewed, one report's reading of a
name, and must not change how the next text is read (a re-ingest of the same report included).

    python eval/experiments/grown_graph.py [dev|test] [--show]

About 90 s for dev. ``--show`` prints each differing fact (do not use it on test).

One difference is expected and not a defect: two reports that name two people whose names
differ only in diacritics ("Trần Quốc Vượng", "Trần Quốc Vương") each mint ``person/tran-quoc-
vuong`` when read alone; committed in turn the second would get ``-2``, but added together they
are one IRI with two names. The script counts these IRIs.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt

from rdflib import Dataset, URIRef
from rdflib.namespace import FOAF

from nội_chính_graph.ingest.evaluate import (
    CATEGORIES,
    Fact,
    _Facts,
    default_graph_files,
    load_corpus,
    load_graph,
)
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.resources import resource_root
from nội_chính_graph.text import slugify


def _shared_person_iris(graph: Dataset) -> int:
    names: dict[URIRef, set[str]] = collections.defaultdict(set)
    for s, _, o, _ in graph.quads((None, FOAF.name, None, None)):
        if isinstance(s, URIRef):
            names[s].add(str(o))
    return sum(1 for n in names.values() if len(n) > 1)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="dev")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    root = resource_root()
    graph = load_graph(default_graph_files(root))
    shipped = Gazetteer.from_graph(graph)
    facts = _Facts(shipped)  # facts compared through the shipped graph, as ``ncg eval``
    reports = load_corpus(root / "eval" / "corpus", (args.split,))
    alone: dict[str, dict[str, set[Fact]]] = {}
    for report in reports:
        x = extract_report(
            report.text, shipped, report_slug=slugify(report.stem),
            url=report.gold.get("url"), received=dt.date.today(),
        )  # fmt: skip
        alone[report.stem] = facts.found(x.summary)
        for triple in x.graph:
            graph.graph(x.graph.identifier).add(triple)
    grown = Gazetteer.from_graph(graph)
    lost: collections.Counter[str] = collections.Counter()
    added: collections.Counter[str] = collections.Counter()
    changed = 0
    for report in reports:
        x = extract_report(
            report.text, grown, report_slug=slugify(report.stem),
            url=report.gold.get("url"), received=dt.date.today(),
        )  # fmt: skip
        again = facts.found(x.summary)
        differs = False
        for category in CATEGORIES:
            gone = alone[report.stem][category] - again[category]
            new = again[category] - alone[report.stem][category]
            lost[category] += len(gone)
            added[category] += len(new)
            differs = differs or bool(gone or new)
            if args.show:
                for fact in sorted(gone, key=str):
                    print("-", report.stem, category, fact)
                for fact in sorted(new, key=str):
                    print("+", report.stem, category, fact)
        changed += differs
    print(f"{len(reports)} reports; {changed} read differently against the grown graph")
    for category in CATEGORIES:
        print(f"{category:8} facts lost {lost[category]:4}, gained {added[category]:4}")
    print(f"person IRIs with two names (see above): {_shared_person_iris(graph)}")


if __name__ == "__main__":
    main()
