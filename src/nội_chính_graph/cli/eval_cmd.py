"""``ncg eval``: precision and recall of the extractor on the evaluation corpus, per split."""

import json
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from nội_chính_graph.ingest.evaluate import CommitCheck


class Split(StrEnum):
    """Which part of the corpus to score."""

    dev = "dev"
    test = "test"
    all = "all"


def commit_check(audit_dir: Path, context: list[Path]) -> CommitCheck:
    """Whether a report would commit unedited: a dry run on the shipped data conforms (the text
    submitted with its address, as the extraction is scored)."""
    from nội_chính_graph.config import Settings
    from nội_chính_graph.errors import NcgError
    from nội_chính_graph.ingest.audit import AuditLog
    from nội_chính_graph.ingest.payload import TEXT, Submission
    from nội_chính_graph.ingest.workflow import IngestWorkflow
    from nội_chính_graph.store.factory import open_store
    from nội_chính_graph.store.loading import data_files, load_shipped
    from nội_chính_graph.validation.engine import Validator

    store = open_store(Settings(store="memory", load_data_on_start=False))
    # Reference data and context, without the report graphs: every corpus report comes new.
    load_shipped(store, data=[f for f in data_files() if f.parent.name != "graphs"] + context)
    workflow = IngestWorkflow(store, Validator(), AuditLog(audit_dir / "audit.jsonl"))

    def check(text: str, url: str | None) -> bool:
        try:
            submission = Submission(text.encode("utf-8"), TEXT, source_url=url)
            review = workflow.review(submission, None)
        except NcgError:
            return False
        return review.validation.report.conforms

    return check


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command to ``app``."""

    @app.command("eval")
    def eval_command(
        corpus: Annotated[
            Path | None, typer.Option(help="Corpus folder (default: eval/corpus).")
        ] = None,
        split: Annotated[Split, typer.Option(help="dev, test or all.")] = Split.all,
        per_report: Annotated[bool, typer.Option("--per-report", help="A row per report.")] = False,
        misses: Annotated[
            bool,
            typer.Option(
                "--misses",
                help="Print each report's missed and wrong facts instead (dev split only: the "
                "test split is never tuned on).",
            ),
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
        commits: Annotated[
            bool,
            typer.Option(
                "--commits/--no-commits",
                help="Also dry-run each report on the shipped data: does it commit unedited?",
            ),
        ] = True,
        graph: Annotated[
            list[Path] | None, typer.Option(help="Turtle/TriG files for the gazetteer.")
        ] = None,
    ) -> None:
        """Print P/R per category for each split (gazetteer: ontology + reference + reports)."""
        from nội_chính_graph.ingest.evaluate import (
            SPLITS,
            default_graph_files,
            evaluate_corpus,
            format_table,
            load_corpus,
            load_graph,
        )
        from nội_chính_graph.ingest.evaluate import (
            as_json as to_json,
        )
        from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
        from nội_chính_graph.resources import resource_root

        root = resource_root()
        folder = corpus or root / "eval" / "corpus"
        splits = SPLITS if split is Split.all else (split.value,)
        if misses and split is not Split.dev:
            typer.echo(
                "error: --misses prints the facts a split's reports lose, which is how rules are "
                "tuned; it reads the dev split only (add --split dev): the test split is never "
                "tuned on",
                err=True,
            )
            raise typer.Exit(2)
        reports = load_corpus(folder, splits)
        if not reports:
            typer.echo(f"error: no reports under {folder} ({', '.join(splits)})", err=True)
            raise typer.Exit(2)
        gazetteer = Gazetteer.from_graph(load_graph(graph or default_graph_files(root)))
        if misses:
            from nội_chính_graph.ingest.evaluate import differences, format_differences

            lines = format_differences(d for r in reports for d in differences(r, gazetteer))
            if lines:
                typer.echo(lines)
            return
        with tempfile.TemporaryDirectory() as audit_dir:
            context = sorted((root / "data" / "graphs").glob("*context*.trig"))
            check = commit_check(Path(audit_dir), context) if commits else None
            results = evaluate_corpus(reports, gazetteer, check)
        if as_json:
            typer.echo(json.dumps(to_json(results), ensure_ascii=False, indent=2))
        else:
            typer.echo(format_table(results, per_report=per_report))


__all__ = ["register"]
