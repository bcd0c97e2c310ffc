"""An Oxigraph server started with ``--union-default-graph`` is refused at start, with a message
naming the flag (issue 15, #2). Its union repeats a triple once per named graph holding it and
hides the merged default graph the store keeps; without the flag the merge is what queries read.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import StoreError
from nội_chính_graph.store.base import SolutionsResult
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.remote_generation import SYSTEM_GRAPH
from nội_chính_graph.store.remote_server import PROBE_GRAPH
from tests.store.backends import oxigraph_server
from tests.store.conftest import TRIG_FILES

pytestmark = pytest.mark.remote

FLAG = "--union-default-graph"


def settings_for(url: str) -> Settings:
    return Settings(store="remote", remote_url=f"{url}/query", load_data_on_start=False)


def _graph_names(url: str) -> str:
    return httpx.get(f"{url}/query", params={"query": "SELECT ?g { GRAPH ?g {} }"}).text


def test_an_empty_server_with_the_flag_is_refused(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "db", FLAG) as (url, _):
        with pytest.raises(StoreError, match=FLAG):
            open_store(settings_for(url))
        assert PROBE_GRAPH not in _graph_names(url), "the probe removes what it wrote"


def test_a_server_with_data_and_the_flag_stops_the_app_at_start(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "db", FLAG) as (url, _):
        for path in TRIG_FILES:
            headers = {"content-type": "application/trig"}
            httpx.post(f"{url}/store", content=path.read_bytes(), headers=headers)
        with pytest.raises(StoreError, match=FLAG), TestClient(create_app(settings_for(url))):
            pass


def test_a_server_without_the_flag_is_accepted_and_leaves_no_probe(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "db") as (url, _):
        open_store(settings_for(url)).close()
        assert PROBE_GRAPH not in _graph_names(url)


def test_data_written_before_the_merge_existed_is_merged_at_open(tmp_path: Path) -> None:
    """A store loaded by an older version (named graphs only) gets its merge at first open."""
    with oxigraph_server(tmp_path / "db") as (url, _):
        for path in TRIG_FILES:
            headers = {"content-type": "application/trig"}
            httpx.post(f"{url}/store", content=path.read_bytes(), headers=headers)
        store = open_store(settings_for(url))
        try:
            merged = store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
            distinct = store.query(
                "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o }"
                f" FILTER(?g != <{SYSTEM_GRAPH}>) }} }}"
            )
        finally:
            store.close()
        assert isinstance(merged, SolutionsResult)
        assert isinstance(distinct, SolutionsResult)
        assert str(merged.rows[0]["n"]) == str(distinct.rows[0]["n"])
        assert merged.rows[0]["n"] != ox.Literal(0)
