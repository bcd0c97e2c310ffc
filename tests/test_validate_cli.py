"""``ncg validate``: exit codes 0/1/2, JSON output, parse errors with line and column."""

import json
from pathlib import Path

from typer.testing import CliRunner

from nội_chính_graph.cli import app

HERE = Path(__file__).parent / "shapes"
BASE = HERE / "base.trig"
INVALID = HERE / "fixtures" / "BlocSingleLeaderShape-invalid-01.trig"
runner = CliRunner()


def test_fixtures_exist() -> None:
    assert BASE.is_file()
    assert INVALID.is_file()


def test_conforming_data_exits_0() -> None:
    result = runner.invoke(app, ["validate", str(BASE)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_violations_exit_1_with_the_shape_in_the_table() -> None:
    result = runner.invoke(app, ["validate", str(BASE), str(INVALID), "--lang", "en"])
    assert result.exit_code == 1
    assert "ncgsh:BlocSingleLeaderShape" in result.output
    assert "more than one leader" in result.output


def test_vietnamese_messages_by_default() -> None:
    result = runner.invoke(app, ["validate", str(BASE), str(INVALID)])
    assert "nhiều hơn một Khối trưởng" in result.output


def test_json_format_is_a_validation_report() -> None:
    result = runner.invoke(app, ["validate", str(BASE), str(INVALID), "--format", "json"])
    report = json.loads(result.output)
    assert result.exit_code == 1
    assert report["conforms"] is False
    assert (
        report["results"][0]["shape"] == "https://w3id.org/noi-chinh/shapes#BlocSingleLeaderShape"
    )
    assert report["results"][0]["message_vi"] != report["results"][0]["message_en"]


def test_turtle_syntax_error_exits_2_with_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://ex/> .\nex:a ex:b ex:c .\nex:a ex:b "x\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:3:13:" in result.output


def test_json_ld_error_exits_2_with_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"@id": "http://ex/a",\n "http://ex/b": [1,}\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:2:20:" in result.output


def test_ntriples_error_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.nt"
    bad.write_text(
        "<http://ex/a> <http://ex/b> <http://ex/c> .\n<http://ex/a> <http://ex/b> oops .\n"
    )
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 2
    assert f"{bad}:2:" in result.output


def test_unknown_extension_exits_2(tmp_path: Path) -> None:
    odd = tmp_path / "data.xyz"
    odd.write_text("x")
    result = runner.invoke(app, ["validate", str(odd)])
    assert result.exit_code == 2
    assert "unknown RDF extension" in result.output


def test_version_still_works() -> None:
    assert runner.invoke(app, ["version"]).exit_code == 0
