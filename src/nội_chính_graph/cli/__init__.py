"""The ``ncg`` command line. Each command group lives in its own module and registers here."""

import typer

from nội_chính_graph.cli import eval_cmd, ingest_cmd, review_cmd, store_cmds, validate_cmd

app = typer.Typer(
    name="ncg",
    help="nội_chính_graph: a knowledge graph of Vietnamese state institutions.",
    no_args_is_help=True,
    add_completion=False,
)
validate_cmd.register(app)
store_cmds.register(app)
eval_cmd.register(app)
ingest_cmd.register(app)
review_cmd.register(app)


@app.callback()
def _root() -> None:
    """nội_chính_graph: a knowledge graph of Vietnamese state institutions."""


def main() -> None:
    """Entry point of the ``ncg`` console script."""
    app()


__all__ = ["app", "main"]
