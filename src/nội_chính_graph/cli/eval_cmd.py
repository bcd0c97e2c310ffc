"""``ncg eval``: precision and recall of the extractor on the gold texts."""

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add the ``eval`` command to ``app``."""

    @app.command("eval")
    def eval_command(
        gold: Annotated[Path | None, typer.Option(help="Gold JSON file.")] = None,
        texts: Annotated[Path | None, typer.Option(help="Folder of the report texts.")] = None,
        graph: Annotated[
            list[Path] | None, typer.Option(help="Turtle/TriG files for the gazetteer.")
        ] = None,
    ) -> None:
        """Print P/R per category per text (gazetteer: ontology + reference + report graphs)."""
        from nội_chính_graph.ingest.evaluate import (
            default_graph_files,
            evaluate,
            format_table,
            load_graph,
        )
        from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
        from nội_chính_graph.resources import resource_root

        root = resource_root()
        files = graph or default_graph_files(root)
        gazetteer = Gazetteer.from_graph(load_graph(files))
        gold_file = gold or root / "tests" / "ingest" / "gold" / "gold.json"
        texts_dir = texts or root / "tests" / "ingest" / "texts"
        typer.echo(format_table(evaluate(gold_file, texts_dir, gazetteer)))


__all__ = ["register"]
