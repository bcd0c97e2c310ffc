"""The README's commands name files that ship, and its SPARQL snippets run (issue 15, item 4)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nội_chính_graph.store.base import SolutionsResult
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Files a command reads: curl's @FILE, --file FILE, ncg ingest FILE, python FILE.
_FILE = re.compile(
    r"(?:--data-binary @|--file |ncg ingest |python )"
    r"((?:examples|queries|data|bench|eval)/[^\s'\"`]+)"
)
_SPARQL = re.compile(r"```sparql\n(.*?)```", re.S)


def test_the_readme_names_files() -> None:
    assert len(_FILE.findall(README)) >= 5


@pytest.mark.parametrize("path", sorted(set(_FILE.findall(README))))
def test_every_file_a_readme_command_reads_ships(path: str) -> None:
    assert (ROOT / path).is_file(), f"README.md uses {path}, which is not in the repository"


@pytest.mark.parametrize("snippet", _SPARQL.findall(README))
def test_every_sparql_snippet_runs_as_printed(snippet: str) -> None:
    store = OxigraphStore()
    load_shipped(store)
    result = store.query(snippet)
    assert isinstance(result, SolutionsResult)
    assert result.rows
