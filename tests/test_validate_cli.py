"""``ncg validate``: exit codes 0/1/2, JSON output, parse errors with line and column, the file
and graph of each result, and ``--against`` a folder of RDF files or an Oxigraph store."""

import json
import re
import shutil
from pathlib import Path

from typer.testing import CliRunner

from nội_chính_graph.cli import app
from nội_chính_graph.store.loading import load_shipped, ontology_files
from nội_chính_graph.store.oxigraph import OxigraphStore

HERE = Path(__file__).parent / "shapes"
BASE = HERE / "base.trig"
TEXTS = ["--texts", str(HERE / "reports")]
INVALID = HERE / "fixtures" / "BlocSingleLeaderShape-invalid-01.trig"
runner = CliRunner()


def test_fixtures_exist() -> None:
    assert BASE.is_file()
    assert INVALID.is_file()
    assert (HERE / "reports" / "test.txt").is_file()


def test_conforming_data_exits_0() -> None:
    result = runner.invoke(app, ["validate", str(BASE), *TEXTS])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_violations_exit_1_with_the_shape_in_the_table() -> None:
    result = runner.invoke(app, ["validate", str(BASE), str(INVALID), "--lang", "en", *TEXTS])
    assert result.exit_code == 1
    assert "ncgsh:BlocSingleLeaderShape" in result.output
    assert "has two leaders" in result.output
    assert "Bộ Quốc phòng" in result.output
    assert "Kiểm toán Nhà nước" in result.output


def test_each_result_names_its_file_and_graph() -> None:
    result = runner.invoke(app, ["validate", str(BASE), str(INVALID), *TEXTS])
    assert f"where      : {BASE}, ncgg:report/test" in result.output


def test_vietnamese_messages_by_default() -> None:
    result = runner.invoke(app, ["validate", str(BASE), str(INVALID), *TEXTS])
    assert "có hai Khối trưởng" in result.output


def test_a_missing_report_text_is_a_warning_naming_the_folder_searched(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(BASE), "--texts", str(tmp_path), "--lang", "en"])
    assert result.exit_code == 0
    assert f'Warning: ncg:textFile "test.txt" is not in {tmp_path}' in result.output


def test_the_file_alone_does_not_see_the_leader_already_in_the_graph() -> None:
    result = runner.invoke(app, ["validate", str(INVALID), *TEXTS])
    assert "ncgsh:BlocSingleLeaderShape" not in result.output


def test_against_a_folder_of_rdf_files_sees_the_graph_the_file_touches(tmp_path: Path) -> None:
    shutil.copy(BASE, tmp_path / "base.trig")
    result = runner.invoke(
        app, ["validate", str(INVALID), "--against", str(tmp_path), "--lang", "en", *TEXTS]
    )
    assert result.exit_code == 1, result.output
    assert "ncgsh:BlocSingleLeaderShape" in result.output
    assert "Kiểm toán Nhà nước" in result.output


def test_against_a_folder_leaves_out_the_files_being_validated(tmp_path: Path) -> None:
    shutil.copy(BASE, tmp_path / "base.trig")
    result = runner.invoke(
        app, ["validate", str(tmp_path / "base.trig"), "--against", str(tmp_path), *TEXTS]
    )
    assert result.exit_code == 0, result.output


def test_against_an_oxigraph_store_folder(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    load_shipped(store, ontology=ontology_files(), data=[BASE])
    store.close()
    result = runner.invoke(
        app, ["validate", str(INVALID), "--against", str(tmp_path / "store"), *TEXTS]
    )
    assert result.exit_code == 1, result.output
    assert "ncgsh:BlocSingleLeaderShape" in result.output


def test_against_something_that_is_neither_a_folder_nor_a_url_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(INVALID), "--against", str(tmp_path / "none")])
    assert result.exit_code == 2
    # the message sits in a box whose lines break where the (temporary) path's length puts them
    words = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.output).split())
    assert "neither a folder nor an http(s) URL" in words


def test_json_format_is_a_validation_report() -> None:
    result = runner.invoke(app, ["validate", str(BASE), str(INVALID), "--format", "json", *TEXTS])
    report = json.loads(result.output)
    assert result.exit_code == 1
    assert report["conforms"] is False
    assert (
        report["results"][0]["shape"] == "https://w3id.org/noi-chinh/shapes#BlocSingleLeaderShape"
    )
    assert report["results"][0]["message_vi"] != report["results"][0]["message_en"]
    assert report["results"][0]["files"] == [str(BASE)]


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
