"""An Oxigraph server started without ``--union-default-graph`` is refused at start, with a
message naming the flag (issue 13, finding 6). Before, every JSON API read came back empty while
VoID still counted every triple."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from nội_chính_graph.config import Settings
from nội_chính_graph.errors import StoreError
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.remote_server import PROBE_GRAPH
from tests.store.backends import oxigraph_server
from tests.store.conftest import TRIG_FILES

pytestmark = pytest.mark.remote

FLAG = "--union-default-graph"


def settings_for(url: str) -> Settings:
    return Settings(store="remote", remote_url=f"{url}/query", load_data_on_start=False)


def test_an_empty_server_without_the_flag_is_refused(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "db") as (url, _):
        with pytest.raises(StoreError, match=FLAG):
            open_store(settings_for(url))
        names = httpx.get(f"{url}/query", params={"query": "SELECT ?g { GRAPH ?g {} }"})
        assert PROBE_GRAPH not in names.text, "the probe removes what it wrote"


def test_a_server_with_data_without_the_flag_stops_the_app_at_start(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "db") as (url, _):
        for path in TRIG_FILES:
            headers = {"content-type": "application/trig"}
            httpx.post(f"{url}/store", content=path.read_bytes(), headers=headers)
        with pytest.raises(StoreError, match=FLAG), TestClient(create_app(settings_for(url))):
            pass


def test_a_server_with_the_flag_is_accepted(tmp_path: Path) -> None:
    with oxigraph_server(tmp_path / "db", FLAG) as (url, _):
        open_store(settings_for(url)).close()
