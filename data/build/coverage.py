"""Print the README's coverage table: organisations by kind and level, in force on 31 December
of each year 2016-2026 (begin <= D < end), plus those whose validity no source dates.

    python data/build/coverage.py
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from nội_chính_graph.namespaces import sparql_prefixes

ROOT = Path(__file__).resolve().parents[2]
YEARS = range(2016, 2027)
QUERY = """
SELECT DISTINCT ?org ?kind ?level ?begin ?end WHERE {
  ?org org:classification ?k ; ncg:level ?l .
  ?k skos:prefLabel ?kind FILTER (LANG(?kind) = "en")
  ?l skos:prefLabel ?level FILTER (LANG(?level) = "en")
  OPTIONAL { ?org ncg:validDuring ?span . ?span time:hasBeginning/time:inXSDDate ?begin .
             OPTIONAL { ?span time:hasEnd/time:inXSDDate ?end } }
}"""


def load() -> ox.Store:
    """Ontology and every data graph, in memory."""
    store = ox.Store()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        store.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("urn:o"))
    for path in sorted((ROOT / "data").rglob("*.trig")):
        store.load(path=str(path), format=ox.RdfFormat.TRIG)
    return store


def in_force(begin: str | None, end: str | None, year: int) -> bool:
    """Whether [begin, end) holds 31 December of ``year``."""
    day = f"{year}-12-31"
    return begin is not None and begin <= day and (end is None or day < end)


def rows(store: ox.Store) -> dict[tuple[str, str], list[tuple[str | None, str | None]]]:
    """(kind, level) → the validity (begin, end) of each organisation."""
    result = store.query(sparql_prefixes() + QUERY, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    table: dict[tuple[str, str], list[tuple[str | None, str | None]]] = {}
    for s in result:
        begin, end = (s[v].value if s[v] is not None else None for v in ("begin", "end"))
        table.setdefault((s["kind"].value, s["level"].value), []).append((begin, end))
    return table


def markdown(table: dict[tuple[str, str], list[tuple[str | None, str | None]]]) -> str:
    """The coverage table as Markdown."""
    head = "| kind | level | total | " + " | ".join(str(y) for y in YEARS) + " | undated |"
    lines = [head, "|---|---|---:|" + "---:|" * (len(YEARS) + 1)]
    for (kind, level), spans in sorted(table.items(), key=lambda i: (i[0][1], i[0][0])):
        counts = [sum(in_force(b, e, y) for b, e in spans) for y in YEARS]
        undated = sum(b is None for b, _ in spans)
        cells = " | ".join(str(c) for c in counts)
        lines.append(f"| {kind} | {level} | {len(spans)} | {cells} | {undated} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(rows(load())))
