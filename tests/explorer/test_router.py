"""The explorer router: the page at ``/`` and the example queries at ``/explorer/examples``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.app import STATIC
from nội_chính_graph.explorer import Explorer, load_examples
from nội_chính_graph.explorer.examples import default_queries_dir
from nội_chính_graph.explorer.titles_vi import TITLES_VI
from nội_chính_graph.web import explorer
from nội_chính_graph.web.deps import get_explorer

from .conftest import ROOT

COMPETENCY = sorted((ROOT / "queries" / "competency").glob("*.rq"))
EXPLORER = STATIC / "explorer"
# An asset loaded from another host: src/href attributes, ES imports, CSS url() and @import.
EXTERNAL = re.compile(
    r"""(src|href)=["']?(https?:)?//"""
    r"""|from ["'](https?:)?//"""
    r"""|url\(["']?(https?:)?//|@import"""
)


def client(queries: Path | None = None) -> TestClient:
    app = FastAPI()
    app.include_router(explorer.router)
    loaded = Explorer.load(EXPLORER, queries)
    app.dependency_overrides[get_explorer] = lambda: loaded
    return TestClient(app)


def test_competency_queries_found() -> None:
    assert len(COMPETENCY) >= 18
    assert default_queries_dir() == ROOT / "queries" / "competency"


def test_root_serves_the_explorer_page_in_vietnamese() -> None:
    response = client().get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="vi">' in response.text
    assert "/static/explorer/app.js" in response.text


def test_examples_are_the_competency_questions_with_their_titles() -> None:
    examples = client().get("/explorer/examples").json()
    assert [e["name"] for e in examples] == [p.stem for p in COMPETENCY]
    first = examples[0]
    assert first["title"].startswith("CQ1: Which agencies are members")
    assert first["query"] == COMPETENCY[0].read_text(encoding="utf-8")


def test_a_query_file_without_comment_is_titled_by_its_name(tmp_path: Path) -> None:
    (tmp_path / "plain.rq").write_text("ASK {}", encoding="utf-8")
    assert [(e.name, e.title) for e in load_examples(tmp_path)] == [("plain", "plain")]


def test_missing_page_fails_when_the_explorer_is_loaded(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"index\.html"):
        Explorer.load(tmp_path)


def test_no_asset_comes_from_another_host() -> None:
    assets = sorted(EXPLORER.glob("*.*"))
    assert len(assets) >= 8
    for asset in assets:
        text = asset.read_text(encoding="utf-8")
        assert not EXTERNAL.search(text), f"{asset.name}: {EXTERNAL.search(text)}"


def test_every_example_is_titled_in_vietnamese_and_english() -> None:
    examples = client().get("/explorer/examples").json()
    assert len(examples) == len(COMPETENCY)
    for example in examples:
        assert set(example["titles"]) == {"vi", "en"}, example["name"]
        assert example["titles"]["en"] == example["title"]
        assert example["titles"]["vi"] != example["titles"]["en"]
        number = example["title"].split(":")[0]
        assert example["titles"]["vi"].startswith(f"{number}:"), example["name"]


def test_no_vietnamese_title_is_left_without_its_query() -> None:
    assert set(TITLES_VI) <= {path.stem for path in COMPETENCY}


def test_a_title_wrapped_over_two_comment_lines_is_read_whole(tmp_path: Path) -> None:
    (tmp_path / "q.rq").write_text("# CQ9: Which bodies\n# took over?\nASK {}", encoding="utf-8")
    [example] = load_examples(tmp_path)
    assert example.title == "CQ9: Which bodies took over?"
    assert example.titles == {"en": "CQ9: Which bodies took over?"}
