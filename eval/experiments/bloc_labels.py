"""Experiment (not part of the library): how often is a bloc's label the gold's?

``ncg eval`` scores a bloc's members and leaders, not its name. This script compares, per report
of a split, the set of blocs found with the gold's: a bloc of the shipped graph by its IRI, any
other by its label's comparison key (``name_key``: folded, abbreviations written out). It prints
the right / wrong / missed counts over the split.

    python eval/experiments/bloc_labels.py [dev|test]
"""

from __future__ import annotations

import datetime as dt
import sys

from nội_chính_graph.ingest.evaluate import (
    default_graph_files,
    extract_report,
    load_corpus,
    load_graph,
    name_key,
    slugify,
)
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer, Kind
from nội_chính_graph.resources import resource_root


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "dev"
    root = resource_root()
    gazetteer = Gazetteer.from_graph(load_graph(default_graph_files(root)))

    def key(label: str, iri: str | None = None) -> str:
        if iri in gazetteer.entities and not gazetteer.entities[iri].minted:
            return iri
        known = gazetteer.resolve(label, [Kind.BLOC])
        return known.iri if known is not None else "label:" + name_key(label)

    right = wrong = missed = 0
    for report in load_corpus(root / "eval" / "corpus", (split,)):
        x = extract_report(
            report.text, gazetteer, report_slug=slugify(report.stem),
            url=report.gold.get("url"), received=dt.date.today(),
        )  # fmt: skip
        gold = {key(b["label"]) for b in report.gold["blocs"]}
        found = {key(b.label, b.id) for b in x.summary.blocs}
        right, wrong, missed = (
            right + len(gold & found),
            wrong + len(found - gold),
            missed + len(gold - found),
        )
    print(f"bloc labels ({split}): right {right}, wrong {wrong}, missed {missed}")


if __name__ == "__main__":
    main()
