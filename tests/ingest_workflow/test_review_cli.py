"""``ncg review``: list what an ingest minted, act with a token, revert; all on one store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from nội_chính_graph.cli import ingest_cmd, review_cmd
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore

from .conftest import DATA, ONTOLOGY
from .test_review import DEPARTMENT, ID, POLICE, REPORT

_runner = CliRunner()


def _cli() -> typer.Typer:
    app = typer.Typer()
    ingest_cmd.register(app)
    review_cmd.register(app)

    @app.callback()
    def _root() -> None:
        """Test root."""

    return app


@pytest.fixture
def on_disk(tmp_path: Path) -> list[str]:
    loaded = OxigraphStore(tmp_path / "store")
    load_shipped(loaded, ontology=ONTOLOGY, data=DATA)
    loaded.close()
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    store = ["--store", str(tmp_path / "store")]
    assert _runner.invoke(_cli(), ["ingest", str(report), *store]).exit_code == 0
    return store


def test_ncg_review_lists_what_the_ingest_minted(on_disk: list[str]) -> None:
    listed = _runner.invoke(_cli(), ["review", "--json", *on_disk])
    assert listed.exit_code == 0, listed.output
    assert {POLICE, DEPARTMENT} <= {item["id"] for item in json.loads(listed.stdout)}


def test_ncg_review_actions_need_a_valid_token(
    on_disk: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NCG_API_TOKENS", "alice:token1")
    args = ["review", "set-kind", POLICE, f"{ID}kind/sub-unit", *on_disk]
    assert _runner.invoke(_cli(), args).exit_code == 1
    assert _runner.invoke(_cli(), [*args, "--token", "wrong"]).exit_code == 1
    done = _runner.invoke(_cli(), [*args, "--token", "token1", "--json"])
    assert done.exit_code == 0, done.output
    record = json.loads(done.stdout)
    assert record["steward"] == "alice"
    undone = _runner.invoke(
        _cli(), ["review", "revert", record["id"], "--token", "token1", *on_disk]
    )
    assert undone.exit_code == 0, undone.output
    actions = _runner.invoke(_cli(), ["review", "actions", *on_disk])
    assert json.loads(actions.stdout) == []
