"""Precision and recall of the extractor against hand-written gold facts.

Categories: ``people`` (name, rank, each post as title + agency), ``members`` (bloc members),
``leaders`` (leader/deputy agency by year) and ``events`` (kinds, date, place, chairs). A gold
value of ``null`` for a list means "not assessed"; a ``null`` date or place means the text does
not give it, so extracting one counts as an error.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Dataset

from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Gazetteer
from nội_chính_graph.ingest.model import Summary
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.text import match_key, slugify

CATEGORIES = ("people", "members", "leaders", "events")
Fact = tuple[str, ...]


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one category."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was extracted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def score(gold: set[Fact], found: set[Fact]) -> Score:
    """Compare two fact sets.

    >>> score({("a",), ("b",)}, {("a",), ("c",)})
    Score(tp=1, fp=1, fn=1)
    """
    return Score(len(gold & found), len(found - gold), len(gold - found))


def load_graph(paths: Iterable[Path]) -> Dataset:
    """Parse Turtle/TriG files into one Dataset."""
    dataset = Dataset()
    for path in paths:
        dataset.parse(path, format="trig" if path.suffix == ".trig" else "turtle")
    return dataset


def default_graph_files(root: Path) -> list[Path]:
    """The ontology, reference data and report graphs of a source tree."""
    files = sorted((root / "ontology").glob("*.ttl"))
    files += sorted((root / "data" / "reference").glob("*.trig"))
    return files + sorted((root / "data" / "graphs").glob("*.trig"))


class _Facts:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.g = gazetteer

    def agency(self, label: str) -> str:
        """Slug of the gold agency (its graph IRI's slug, else the slug a minted IRI gets)."""
        entity = self.g.resolve(label, ORGANISATIONS)
        return entity.slug if entity else slugify(label)

    def gold(self, text: dict[str, Any]) -> dict[str, set[Fact] | None]:
        people: set[Fact] = set()
        for person in text["people"]:
            name = match_key(person["name"])
            people.add(("name", name))
            if person["rank"]:
                people.add(("rank", name, match_key(person["rank"])))
            for post in person["posts"]:
                people.add(("post", name, match_key(post["title"]), self.agency(post["agency"])))
        members: set[Fact] | None = set()
        leaders: set[Fact] = set()
        for bloc in text["blocs"]:
            if bloc["members"] is None:
                members = None
            elif members is not None:
                members |= {("member", self.agency(m)) for m in bloc["members"]}
            leaders |= {
                ("leader", self.agency(x["agency"]), str(x["year"]), x["role"])
                for x in bloc["leaders"]
            }
        return {
            "people": people,
            "members": members,
            "leaders": leaders,
            "events": self._gold_events(text["events"]),
        }

    def _gold_events(self, events: list[dict[str, Any]]) -> set[Fact]:
        facts: set[Fact] = set()
        for event in events:
            facts |= {("kind", k) for k in event["kinds"] or []}
            facts.add(("date", event["date"] or "-"))
            facts.add(("place", match_key(event["place"]) if event["place"] else "-"))
            facts |= {("chair", match_key(c)) for c in event["chairs"]}
        return facts

    def found(self, summary: Summary, kinds_assessed: bool) -> dict[str, set[Fact]]:
        people: set[Fact] = set()
        for person in summary.people:
            name = match_key(person.name)
            people.add(("name", name))
            if person.rank:
                people.add(("rank", name, match_key(person.rank)))
            for post in person.posts:
                agency = _slug(post.agency.id) if post.agency else "-"
                people.add(("post", name, match_key(post.title), agency))
        members: set[Fact] = {("member", _slug(m.id)) for b in summary.blocs for m in b.members}
        leaders: set[Fact] = {
            ("leader", _slug(x.agency.id), str(x.year), x.role)
            for b in summary.blocs
            for x in b.leaders
        }
        events: set[Fact] = set()
        for event in summary.events:
            if kinds_assessed:
                events |= {("kind", k) for k in event.kinds}
            events.add(("date", event.date or "-"))
            events.add(("place", match_key(event.place) if event.place else "-"))
            events |= {("chair", match_key(c.label)) for c in event.chairs}
        return {"people": people, "members": members, "leaders": leaders, "events": events}


def _slug(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def evaluate(gold_file: Path, texts_dir: Path, gazetteer: Gazetteer) -> dict[str, dict[str, Score]]:
    """Score every text of ``gold_file`` (texts read from ``texts_dir``)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    facts = _Facts(gazetteer)
    results: dict[str, dict[str, Score]] = {}
    for text in gold["texts"]:
        path = texts_dir / text["file"]
        extraction = extract_report(
            path.read_text(encoding="utf-8"), gazetteer, report_slug=slugify(path.stem)
        )
        expected = facts.gold(text)
        kinds_assessed = all(e["kinds"] is not None for e in text["events"])
        found = facts.found(extraction.summary, kinds_assessed)
        results[text["file"]] = {
            category: score(wanted, found[category])
            for category, wanted in expected.items()
            if wanted is not None
        }
    return results


def format_table(results: dict[str, dict[str, Score]]) -> str:
    """A plain-text table of P/R per category per text, with a total row.

    >>> print(format_table({"a.txt": {"people": Score(3, 0, 1)}}))
    text   category  P     R     tp  fp  fn
    a.txt  people    1.00  0.75  3   0   1
    TOTAL  people    1.00  0.75  3   0   1
    """
    rows: list[tuple[str, ...]] = [("text", "category", "P", "R", "tp", "fp", "fn")]
    totals: dict[str, Score] = {}
    for name, scores in results.items():
        for category in CATEGORIES:
            if category in scores:
                s = scores[category]
                totals[category] = totals.get(category, Score(0, 0, 0)) + s
                rows.append(_row(name, category, s))
    rows += [_row("TOTAL", c, totals[c]) for c in CATEGORIES if c in totals]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows
    )


def _row(name: str, category: str, s: Score) -> tuple[str, ...]:
    return (
        name,
        category,
        f"{s.precision:.2f}",
        f"{s.recall:.2f}",
        str(s.tp),
        str(s.fp),
        str(s.fn),
    )


__all__ = [
    "CATEGORIES",
    "Score",
    "default_graph_files",
    "evaluate",
    "format_table",
    "load_graph",
    "score",
]
