"""Markdown tables for the benchmark's JSON document."""

from typing import Any

from bench.queries import QUERIES, TARGETS

OURS, OXIGRAPH, RDFLIB = "ncg /sparql", "oxigraph serve", "rdflib-endpoint"


def _fmt(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def _ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def _by_query(document: dict[str, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    table: dict[str, dict[str, dict[str, Any]]] = {}
    for server in document["servers"]:
        for result in server["queries"]:
            table.setdefault(result["query"], {})[server["server"]] = result
    return table


def _servers_table(document: dict[str, Any]) -> list[str]:
    rows = ["| server | bulk load (s) | start until first answer (s) | peak RSS (MiB) |"]
    rows.append("|---|---:|---:|---:|")
    for s in document["servers"]:
        rows.append(
            f"| {s['server']} | {_fmt(s['load_seconds'])} | {_fmt(s['start_seconds'])}"
            f" | {_fmt(s['peak_rss_mib'], 0)} |"
        )
    return rows


def _queries_table(document: dict[str, Any]) -> list[str]:
    rows = ["| query | server | rows | median (ms) | p95 (ms) | q/s at 4 | note |"]
    rows.append("|---|---|---:|---:|---:|---:|---|")
    for name, servers in _by_query(document).items():
        for server, r in servers.items():
            rows.append(
                f"| {name} | {server} | {r['rows'] if r['rows'] is not None else '–'}"
                f" | {_fmt(r['median_ms'], 2)} | {_fmt(r['p95_ms'], 2)} | {_fmt(r['qps'])}"
                f" | {r['note'].strip()} |"
            )
    return rows


def target_checks(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per query: the three ratios and, for each target that applies, whether it was met."""
    by_query, checks = _by_query(document), {}
    for query in QUERIES:
        servers = by_query.get(query.name, {})
        ours, ox, rdf = (servers.get(n, {}) for n in (OURS, OXIGRAPH, RDFLIB))
        latency = _ratio(ours.get("median_ms"), ox.get("median_ms"))
        vs_ox = _ratio(ours.get("qps"), ox.get("qps"))
        vs_rdf = _ratio(ours.get("qps"), rdf.get("qps"))
        met = {"engine": latency, "lookup": vs_ox, "join": vs_rdf}
        bound = {"engine": 1.3, "lookup": 0.5, "join": 10.0}
        verdict: dict[str, bool | None] = {}
        for target in query.targets:
            value = met[target]
            ok = (
                None
                if value is None
                else (value <= 1.3 if target == "engine" else value >= bound[target])
            )
            verdict[target] = ok
        checks[query.name] = {
            "latency_vs_oxigraph": latency,
            "qps_vs_oxigraph": vs_ox,
            "qps_vs_rdflib": vs_rdf,
            "targets": verdict,
        }
    return checks


def _ratios_table(document: dict[str, Any]) -> list[str]:
    rows = ["| query | latency ours/oxigraph | q/s ours/oxigraph | q/s ours/rdflib | targets |"]
    rows.append("|---|---:|---:|---:|---|")
    for name, c in target_checks(document).items():
        verdicts = ", ".join(
            f"{t}: {'met' if ok else 'n/a' if ok is None else 'MISSED'}"
            for t, ok in c["targets"].items()
        )
        rows.append(
            f"| {name} | {_fmt(c['latency_vs_oxigraph'], 2)} | {_fmt(c['qps_vs_oxigraph'], 2)}"
            f" | {_fmt(c['qps_vs_rdflib'], 1)} | {verdicts} |"
        )
    return rows


def row_mismatches(document: dict[str, Any]) -> list[str]:
    """Queries whose first parameter set gave different result sizes on different servers."""
    return [
        name
        for name, servers in _by_query(document).items()
        if len({r["rows"] for r in servers.values() if r["rows"] is not None}) > 1
    ]


def _plans(document: dict[str, Any]) -> str:
    parts = []
    for who, p in document["plans"].items():
        parts.append(
            f"{who}: {p['warmup']} warm-up, {p['repetitions']} timed sequential requests,"
            f" {p['concurrent_requests']} requests at concurrency {document['concurrency']},"
            f" {p['timeout']:.0f} s timeout per request, {p['budget']:.0f} s budget per phase"
        )
    return "Plans: " + "; ".join(parts) + "."


def markdown(document: dict[str, Any]) -> str:
    """The whole report: dataset, servers, per-query figures, ratios against the targets."""
    machine = document["machine"]
    lines = [
        f"Data: {document['data']}, {document['quads']:,} quads. Machine: {machine['cpu']},"
        f" {machine['cores']} cores, Python {machine['python']}."
        f" Concurrency {document['concurrency']}. Load average before/after the run:"
        f" {machine['load_before']} / {machine['load_after']} (other work shared the machine).",
        "",
        _plans(document),
        "",
        *_servers_table(document),
        "",
        "rdflib-endpoint parses the file when it starts, so its load time is in the start column."
        " Peak RSS adds up the server process and its children (/sparql runs query worker"
        " processes), so pages they share count more than once.",
        "",
        *_queries_table(document),
        "",
        "Targets: " + "; ".join(f"**{k}**: {v}" for k, v in TARGETS.items()) + ".",
        "",
        *_ratios_table(document),
        "",
        "Result sizes agree across servers: "
        + ("yes" if not row_mismatches(document) else "NO: " + ", ".join(row_mismatches(document))),
        "",
    ]
    return "\n".join(lines)


__all__ = ["markdown", "row_mismatches", "target_checks"]
