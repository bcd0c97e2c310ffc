"""``ncg validate FILE…``: check RDF files against the project's SHACL shapes."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rdflib import Dataset

from nội_chính_graph.namespaces import PREFIXES
from nội_chính_graph.validation import RDFParseError, ValidationReport, load_rdf, validate

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
        blocks.append(
            "\n".join(
                [
                    f"{r.severity}: {message}",
                    f"  focus node : {compact(r.focus_node)}",
                    f"  path       : {compact(r.path) if r.path else '-'}",
                    f"  value      : {compact(r.value) if r.value else '-'}",
                    f"  shape      : {compact(r.shape)} ({compact(r.constraint)})",
                ]
            )
        )
    verdict = "conforms" if report.conforms else "does not conform"
    return "\n\n".join([*blocks, f"{len(report.results)} result(s); {verdict}"])


def _load(files: list[Path]) -> Dataset:
    dataset = Dataset()
    for path in files:
        load_rdf(path, dataset)
    return dataset


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
    ) -> None:
        """Validate FILES together (one dataset) against the SHACL shapes.

        Exit 0 when the data conforms, 1 on violations, 2 when a file cannot be read.
        """
        try:
            dataset = _load(files)
        except RDFParseError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(EXIT_UNREADABLE) from err
        report = validate(dataset)
        if output is OutputFormat.json:
            typer.echo(report.model_dump_json(indent=2))
        else:
            typer.echo(render_table(report, lang))
        raise typer.Exit(EXIT_CONFORMS if report.conforms else EXIT_VIOLATIONS)


__all__ = [
    "EXIT_CONFORMS",
    "EXIT_UNREADABLE",
    "EXIT_VIOLATIONS",
    "compact",
    "register",
    "render_table",
]
