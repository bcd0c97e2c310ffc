"""Experiment (not part of the library): does the extractor stay right as the graph grows?

``ncg eval`` reads every report against the shipped graph alone. A steward commits report after
report, so each one is read against a graph that holds the entities the reports before it
minted. This script ingests a split in date order, each report against the shipped graph plus
the extractions before it (the gazetteer rebuilt each time, as the service does after a
commit), and prints:

* the fact scores of the sequential run (compare with ``ncg eval``'s for the split);
* how many minted entities (blocs, bloc members, post agencies) two or more reports share, and
  how many of those whose IRI carries no province are shared by reports about different
  provinces (the same name in two provinces resolved to one entity: should be none).

    python eval/experiments/sequential.py [dev|test] [--limit N] [--show]

About 40 minutes for dev on one core (the gazetteer is rebuilt 652 times over a growing graph).
``--show`` lists the entities shared across provinces (do not use it on test).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt

from nội_chính_graph.ingest.evaluate import (
    CATEGORIES,
    _Facts,
    default_graph_files,
    extract_report,
    load_corpus,
    load_graph,
    score,
    slugify,
)
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.resources import resource_root


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    root = resource_root()
    graph = load_graph(default_graph_files(root))
    shipped = {str(s) for s, _, _, _ in graph.quads()}  # the named graphs' too
    reports = load_corpus(root / "eval" / "corpus", (args.split,))
    reports.sort(key=lambda r: (str(r.gold.get("published") or ""), r.stem))
    reports = reports[: args.limit] if args.limit else reports
    totals = {c: score(set(), set()) for c in CATEGORIES}
    users: dict[str, set[tuple[str, str | None]]] = collections.defaultdict(set)
    labels: dict[str, str] = {}
    # facts are compared as ``ncg eval`` does, through the shipped graph's gazetteer: the grown
    # one would resolve a gold name to an entity an earlier report minted
    facts = _Facts(Gazetteer.from_graph(graph))
    for report in reports:
        gazetteer = Gazetteer.from_graph(graph)
        x = extract_report(
            report.text, gazetteer, report_slug=slugify(report.stem),
            url=report.gold.get("url"), received=dt.date.today(),
        )  # fmt: skip
        expected, found = facts.gold(report.gold), facts.found(x.summary)
        if not any(e.get("kinds") is not None for e in report.gold["events"]):
            found["events"] = {f for f in found["events"] if f[0] != "kind"}
        for category in CATEGORIES:
            if expected[category] is not None:
                totals[category] = totals[category] + score(expected[category], found[category])
        province = x.findings.home_province if x.findings is not None else None
        refs = [(b.id, b.label) for b in x.summary.blocs]
        refs += [(m.id, m.label) for b in x.summary.blocs for m in b.members]
        refs += [
            (p.agency.id, p.agency.label) for pe in x.summary.people for p in pe.posts if p.agency
        ]
        for iri, label in refs:
            if iri not in shipped:
                users[iri].add((report.stem, province))
                labels.setdefault(iri, label)
        for triple in x.graph:
            graph.graph(x.graph.identifier).add(triple)
    for category in CATEGORIES:
        s = totals[category]
        print(f"{category:8} P {s.precision:.2f} R {s.recall:.2f}  {s.tp}/{s.fp}/{s.fn}")
    shared = {i: u for i, u in users.items() if len({stem for stem, _ in u}) >= 2}
    # an IRI that carries its province ("agency/thai-binh/…") may be named in another province's
    # report (a cluster of several provinces' units); one that does not should not be shared
    across = {
        i: u
        for i, u in shared.items()
        if len({p for _, p in u if p is not None}) >= 2 and i.split("/id/")[1].count("/") == 1
    }
    print(f"{len(users)} new entities; {len(shared)} shared by 2+ reports; {len(across)} "
          "without a province shared by reports about different provinces")  # fmt: skip
    if args.show:
        for iri, used in sorted(across.items()):
            print(iri, labels[iri], sorted(used))


if __name__ == "__main__":
    main()
