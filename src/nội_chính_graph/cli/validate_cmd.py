"""``ncg validate`` (placeholder registration; the validation module provides the command)."""

import typer


def register(app: typer.Typer) -> None:
    """Add the command to ``app``."""

    @app.command()
    def version() -> None:
        """Print the version."""
        from nội_chính_graph import __version__

        typer.echo(__version__)
