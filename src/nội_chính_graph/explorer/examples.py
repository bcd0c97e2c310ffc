"""The explorer's page and its example queries (the routes are in ``web.explorer``).

The page itself (``index.html`` and the ES modules beside it) is static and talks only to
``/api/v1`` and ``/sparql``; the examples for its SPARQL editor are the competency questions
(``queries/competency/*.rq``), titled in English (the file's leading comment) and in Vietnamese
(:data:`TITLES_VI`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

from nội_chính_graph.explorer.titles_vi import TITLES_VI
from nội_chính_graph.resources import resource_root


class ExampleQuery(BaseModel):
    """One example query for the SPARQL editor."""

    name: str = Field(description="File name without extension, e.g. 01-bloc-members-2023.")
    title: str = Field(description="The question in English, from the file's leading comment.")
    titles: dict[str, str] = Field(
        description="The question by language ('en', and 'vi' when translated)."
    )
    query: str


def default_queries_dir() -> Path:
    """``queries/competency`` beside the shipped ontology and data."""
    return resource_root() / "queries" / "competency"


def _title(name: str, text: str) -> str:
    r"""The leading comment lines joined (a title may wrap), else the file name.

    >>> _title("q", "# Which agencies lead\n# the bloc?\nSELECT")
    'Which agencies lead the bloc?'
    """
    lines = []
    for line in text.lstrip().splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(filter(None, lines)) or name


def _example(path: Path) -> ExampleQuery:
    text = path.read_text(encoding="utf-8")
    title = _title(path.stem, text)
    titles = {"en": title, "vi": TITLES_VI[path.stem]} if path.stem in TITLES_VI else {"en": title}
    return ExampleQuery(name=path.stem, title=title, titles=titles, query=text)


def load_examples(folder: Path) -> list[ExampleQuery]:
    """Every ``*.rq`` file of ``folder``, sorted by name; none when the folder is missing.

    >>> load_examples(Path("/nonexistent"))
    []
    """
    return [_example(path) for path in sorted(folder.glob("*.rq"))]


@dataclass(frozen=True)
class Explorer:
    """The page to serve at ``/`` and the examples, read once when the app starts."""

    index: Path
    examples: list[ExampleQuery]

    @classmethod
    def load(cls, static_dir: Path, queries_dir: Path | None = None) -> Explorer:
        """``static_dir`` holds ``index.html`` (the app serves the rest of that folder under
        ``/static/explorer/``); a missing page fails here, at start, not on the first visit."""
        index = static_dir / "index.html"
        if not index.is_file():
            raise FileNotFoundError(f"explorer page not found: {index}")
        return cls(index, load_examples(queries_dir or default_queries_dir()))


__all__ = ["ExampleQuery", "Explorer", "default_queries_dir", "load_examples"]
