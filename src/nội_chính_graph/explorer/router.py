"""``explorer_router(static_dir)``: the explorer page at ``/`` and its example queries.

The page itself (``index.html`` and the ES modules beside it) is static and talks only to
``/api/v1`` and ``/sparql``; this router serves the page and, at ``/explorer/examples``, the
competency questions (``queries/competency/*.rq``) as examples for its SPARQL editor, titled
in English (the file's leading comment) and in Vietnamese (:data:`TITLES_VI`).
"""

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
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


def explorer_router(static_dir: Path, *, queries_dir: Path | None = None) -> APIRouter:
    """The explorer page (``GET /``) and its examples (``GET /explorer/examples``).

    ``static_dir`` holds ``index.html``; the app serves the rest of that folder under
    ``/static/explorer/``. The examples are read once, when the router is built.
    """
    index = static_dir / "index.html"
    if not index.is_file():
        raise FileNotFoundError(f"explorer page not found: {index}")
    examples = load_examples(queries_dir or default_queries_dir())
    router = APIRouter(tags=["explorer"])

    @router.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(index, media_type="text/html; charset=utf-8")

    @router.get(
        "/explorer/examples",
        response_model=list[ExampleQuery],
        summary="Example SPARQL queries (the competency questions) for the explorer",
    )
    def example_queries() -> list[ExampleQuery]:
        return examples

    return router


__all__ = ["ExampleQuery", "default_queries_dir", "explorer_router", "load_examples"]
