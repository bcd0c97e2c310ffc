"""``ncg load``, ``ncg query`` and ``ncg export`` on an on-disk store in a temporary folder."""

import csv
import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from nội_chính_graph.cli import app

FIXTURES = Path(__file__).resolve().parent / "sparql" / "fixtures"
TRIG_FILES = sorted(FIXTURES.glob("*.trig"))
LABELS = (
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    'SELECT ?s ?l WHERE { ?s skos:prefLabel ?l FILTER(LANG(?l) = "vi") } ORDER BY ?l'
)


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    assert TRIG_FILES
    folder = tmp_path / "store"
    args = ["load", *map(str, TRIG_FILES), "--store", str(folder)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "Loaded 11 statements from 1 file(s)" in result.output
    assert "triples/s" in result.output
    return folder


def test_query_prints_a_table(store_dir: Path) -> None:
    result = CliRunner().invoke(app, ["query", LABELS, "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["s", "l"]
    assert "ncgid:agency/bo-cong-an" in result.output
    assert "Bộ Công an@vi" in result.output
    assert lines[-1] == "(3 rows)"


def test_query_with_format_prints_that_format(store_dir: Path) -> None:
    result = CliRunner().invoke(
        app, ["query", LABELS, "--format", "csv", "--store", str(store_dir)]
    )
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["l"] for r in rows] == [
        "Ban Nội chính Trung ương",
        "Bộ Công an",
        "Kiểm toán nhà nước",
    ]


def test_query_error_is_reported_with_exit_status_1(store_dir: Path) -> None:
    result = CliRunner().invoke(app, ["query", "SELECT * {", "--store", str(store_dir)])
    assert result.exit_code == 1
    assert "query_syntax" in result.output


def test_export_writes_nquads_with_named_graphs(store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.nq"
    args = ["export", "--format", "nquads", "-o", str(target), "--store", str(store_dir)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(path=target, format=ox.RdfFormat.N_QUADS))
    assert len(quads) == 11
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)


def test_store_options_are_exclusive(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["query", "ASK {}", "--memory", "--store", str(tmp_path)])
    assert result.exit_code != 0
    assert "only one of" in result.output


def test_a_dry_run_against_an_empty_store_says_so_and_fails(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(
        "Ngày 5/3/2021, đồng chí Lê Văn Tám, Giám đốc Công an tỉnh Hà Nam phát biểu.",
        encoding="utf-8",
    )
    empty = tmp_path / "store"
    args = ["ingest", str(report), "--dry-run", "--store", str(empty)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "store_empty" in result.output
    assert "--memory" in result.output
    memory = CliRunner().invoke(app, ["ingest", str(report), "--dry-run", "--memory"])
    assert "store_empty" not in memory.output
