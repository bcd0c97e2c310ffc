"""Every SHACL shape (and every check written in code, ``ncgsh:CodeShape``) has valid/invalid
fixtures; invalid ones fail with the expected shape and constraint component, named in an
``# expect: ncgsh:Shape sh:Component`` (or ``ncgsh:Component``) header. The report texts the
fixtures annotate are in ``tests/shapes/reports/``."""

import re
from pathlib import Path

import pytest
from rdflib import Graph

from nội_chính_graph.namespaces import NCGSH, RDF, SH
from nội_chính_graph.validation import ValidationReport, Validator, load_rdf
from nội_chính_graph.validation.anchoring import ReportTexts

HERE = Path(__file__).parent / "shapes"
FIXTURES = sorted((HERE / "fixtures").glob("*.trig"))
VALID = [p for p in FIXTURES if p.stem.endswith("-valid")]
INVALID = [p for p in FIXTURES if re.search(r"-invalid-\d\d$", p.stem)]
EXPECT = re.compile(r"^# expect: ncgsh:(\S+) (sh|ncgsh):(\S+)$", re.MULTILINE)
NAMESPACES = {"sh": str(SH), "ncgsh": str(NCGSH)}


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(texts=ReportTexts(folder=HERE / "reports"))


def _validate(validator: Validator, fixture: Path) -> ValidationReport:
    dataset = load_rdf(HERE / "base.trig")
    load_rdf(fixture, dataset)
    return validator.validate(dataset)


def _expected(fixture: Path) -> set[tuple[str, str]]:
    text = fixture.read_text(encoding="utf-8")
    return {(str(NCGSH[shape]), NAMESPACES[ns] + comp) for shape, ns, comp in EXPECT.findall(text)}


def test_fixtures_were_found() -> None:
    assert len(VALID) >= 30
    assert len(INVALID) >= len(VALID)
    assert len(VALID) + len(INVALID) == len(FIXTURES)


def test_every_invalid_fixture_names_what_fires() -> None:
    assert all(_expected(p) for p in INVALID)


def test_every_targeted_shape_has_a_valid_and_an_invalid_fixture(validator: Validator) -> None:
    shapes: Graph = validator.shapes
    targets = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)
    targeted = {str(s).removeprefix(str(NCGSH)) for t in targets for s in shapes.subjects(t, None)}
    targeted |= {
        str(s).removeprefix(str(NCGSH)) for s in shapes.subjects(RDF.type, NCGSH.CodeShape)
    }
    stems = {p.stem for p in FIXTURES}
    missing = sorted(
        name
        for name in targeted
        if f"{name}-valid" not in stems or f"{name}-invalid-01" not in stems
    )
    assert missing == []


def test_base_world_conforms(validator: Validator) -> None:
    report = validator.validate(load_rdf(HERE / "base.trig"))
    assert report.conforms, report.results


@pytest.mark.parametrize("fixture", VALID, ids=lambda p: p.stem)
def test_valid_fixture_conforms(validator: Validator, fixture: Path) -> None:
    report = _validate(validator, fixture)
    assert report.results == []
    assert report.conforms


@pytest.mark.parametrize("fixture", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_fails_on_the_expected_shape_with_bilingual_messages(
    validator: Validator, fixture: Path
) -> None:
    report = _validate(validator, fixture)
    fired = {(r.shape, r.constraint) for r in report.results}
    # "# severity: Warning" in a fixture: a finding for review, which does not refuse the data
    severity = "Warning" if "# severity: Warning" in fixture.read_text(encoding="utf-8") else None
    assert {r.severity for r in report.results} == {severity or "Violation"}
    assert report.conforms == (severity == "Warning")
    assert fired == _expected(fixture)
    assert all(r.message_vi and r.message_en for r in report.results)
    assert all(r.message_vi != r.message_en for r in report.results)
