"""``ncg validate FILE… [--against DIR|URL]``: check RDF files against the project's shapes.

Alone, the files are validated together (one dataset). With ``--against`` they are validated
as the ingest validates a payload: together with the part of a graph they touch (the IRIs they
mention, the facts pointing at them, a few hops out), read from an Oxigraph store folder, a
folder of RDF files (``data/``: loaded into memory with the ontology; the given files replace
their copies there), or a SPARQL endpoint URL.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rdflib import Dataset

from nội_chính_graph.cli.store_cmds import opened, store_settings
from nội_chính_graph.namespaces import PREFIXES
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.loading import load_shipped, ontology_files
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.validation import RDFParseError, ValidationReport, Validator, load_rdf
from nội_chính_graph.validation.anchoring import ReportTexts
from nội_chính_graph.validation.incremental import IncrementalValidator
from nội_chính_graph.validation.locate import SourceMap

EXIT_CONFORMS = 0
EXIT_VIOLATIONS = 1
EXIT_UNREADABLE = 2


class OutputFormat(StrEnum):
    """How ``ncg validate`` prints its report."""

    table = "table"
    json = "json"


class Language(StrEnum):
    """Language of the messages."""

    vi = "vi"
    en = "en"


def compact(iri: str) -> str:
    """Shorten an IRI with the project prefixes.

    >>> compact("https://w3id.org/noi-chinh/id/agency/bo-cong-an")
    'ncgid:agency/bo-cong-an'
    """
    best = max(
        ((p, str(ns)) for p, ns in PREFIXES.items() if iri.startswith(str(ns))),
        key=lambda item: len(item[1]),
        default=None,
    )
    return iri if best is None else f"{best[0]}:{iri[len(best[1]) :]}"


def render_table(report: ValidationReport, lang: Language) -> str:
    """The report as aligned text: one block per result."""
    if not report.results:
        return "conforms: no SHACL results"
    blocks = []
    for r in report.results:
        message = r.message_vi if lang is Language.vi else r.message_en
        where = ", ".join([*r.files, *(compact(g) for g in r.graphs)]) or "-"
        blocks.append(
            "\n".join(
                [
                    f"{r.severity}: {message}",
                    f"  where      : {where}",
                    f"  focus node : {compact(r.focus_node)}",
                    f"  path       : {compact(r.path) if r.path else '-'}",
                    f"  value      : {compact(r.value) if r.value else '-'}",
                    f"  shape      : {compact(r.shape)} ({compact(r.constraint)})",
                ]
            )
        )
    verdict = "conforms" if report.conforms else "does not conform"
    return "\n\n".join([*blocks, f"{len(report.results)} result(s); {verdict}"])


RDF_SUFFIXES = (".trig", ".ttl", ".nq", ".nt", ".jsonld")


def load_files(files: list[Path]) -> tuple[Dataset, SourceMap]:
    """The files as one dataset, and which file each graph (or default-graph subject) came from."""
    dataset, sources = Dataset(), SourceMap()
    for path in files:
        single = load_rdf(path)
        sources.record(str(path), single)
        for graph in single.graphs():
            target = dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
    return dataset, sources


def _is_oxigraph_store(folder: Path) -> bool:
    return (folder / "CURRENT").is_file()


@contextmanager
def against_store(target: str, given: list[Path]) -> Iterator[Store]:
    """The store ``--against`` names: an Oxigraph folder or a URL (read-only), or a folder of
    RDF files loaded into memory with the ontology, leaving out the files being validated."""
    if target.startswith(("http://", "https://")):
        with opened(store_settings(None, False, target), writes=False) as store:
            yield store
        return
    folder = Path(target)
    if not folder.is_dir():
        raise typer.BadParameter(
            f"{target} is neither a folder nor an http(s) URL", param_hint="--against"
        )
    if _is_oxigraph_store(folder):
        with opened(store_settings(folder, False, None), writes=False) as store:
            yield store
        return
    skip = {p.resolve() for p in given}
    data = sorted(
        p for p in folder.rglob("*") if p.suffix in RDF_SUFFIXES and p.resolve() not in skip
    )
    store = OxigraphStore()
    try:
        load_shipped(store, ontology=ontology_files(), data=data)
        yield store
    finally:
        store.close()


def run_validation(files: list[Path], against: str | None, texts: Path | None) -> ValidationReport:
    """Load ``files`` and validate them, alone or against a graph (see the module docstring)."""
    dataset, sources = load_files(files)
    validator = Validator(texts=ReportTexts(folder=texts))
    if against is None:
        return validator.validate(dataset, sources=sources)
    with against_store(against, files) as store:
        checker = IncrementalValidator(store, validator)
        return checker.validate_dataset(dataset, sources=sources).report


def register(app: typer.Typer) -> None:
    """Add ``version`` and ``validate`` to ``app``."""

    @app.command()
    def version() -> None:
        """Print the version."""
        from nội_chính_graph import __version__

        typer.echo(__version__)

    @app.command("validate")
    def validate_command(
        files: Annotated[
            list[Path], typer.Argument(help="RDF files (.ttl .trig .nt .nq .jsonld).")
        ],
        output: Annotated[
            OutputFormat, typer.Option("--format", "-f", help="table or json.")
        ] = OutputFormat.table,
        lang: Annotated[Language, typer.Option("--lang", help="Message language.")] = Language.vi,
        against: Annotated[
            str | None,
            typer.Option(
                "--against",
                help="Validate with the part of this graph the files touch: an Oxigraph store "
                "folder, a folder of RDF files (e.g. data/), or a SPARQL endpoint URL.",
            ),
        ] = None,
        texts: Annotated[
            Path | None,
            typer.Option(
                "--texts", help="Folder of report texts (ncg:textFile); default data/reports."
            ),
        ] = None,
    ) -> None:
        """Validate FILES together (one dataset) against the SHACL shapes, alone or --against
        the graph they would join.

        Exit 0 when the data conforms, 1 on violations, 2 when a file cannot be read.
        """
        try:
            report = run_validation(files, against, texts)
        except RDFParseError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(EXIT_UNREADABLE) from err
        if output is OutputFormat.json:
            typer.echo(report.model_dump_json(indent=2))
        else:
            typer.echo(render_table(report, lang))
        raise typer.Exit(EXIT_CONFORMS if report.conforms else EXIT_VIOLATIONS)


__all__ = [
    "EXIT_CONFORMS",
    "EXIT_UNREADABLE",
    "EXIT_VIOLATIONS",
    "against_store",
    "compact",
    "load_files",
    "register",
    "render_table",
    "run_validation",
]
