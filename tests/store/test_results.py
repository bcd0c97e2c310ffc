"""Result serializers: SPARQL JSON/XML/CSV/TSV written here, parsed back by pyoxigraph."""

import pyoxigraph as ox
import pytest

from nội_chính_graph.errors import NotAcceptableError
from nội_chính_graph.store.base import BooleanResult, GraphResult, SolutionsResult
from nội_chính_graph.store.results import format_named, serialize_result, term_json

IRI = ox.NamedNode("https://w3id.org/noi-chinh/id/agency/bo-cong-an")
TRICKY = ox.Literal('Ghi chú "có"\ttab\nvà dòng mới', language="vi")
NUMBER = ox.Literal("12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
RESULT = SolutionsResult(
    ("s", "o", "n"), [{"s": IRI, "o": TRICKY}, {"n": NUMBER, "s": ox.BlankNode("b0")}]
)


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
        ("tsv", ox.QueryResultsFormat.TSV),
    ],
)
def test_solutions_round_trip(name: str, fmt: ox.QueryResultsFormat) -> None:
    parsed = ox.parse_query_results(serialize_result(RESULT, format_named(name)), fmt)
    assert isinstance(parsed, ox.QuerySolutions)
    rows = list(parsed)
    assert [v.value for v in parsed.variables] == ["s", "o", "n"]
    assert (rows[0]["s"], rows[0]["o"], rows[0]["n"]) == (IRI, TRICKY, None)
    assert rows[1]["n"] == NUMBER
    assert isinstance(rows[1]["s"], ox.BlankNode)


def test_csv_writes_plain_values_and_quotes_what_needs_it() -> None:
    text = serialize_result(RESULT, format_named("csv")).decode("utf-8")
    assert text.startswith("s,o,n\r\n")
    assert '"Ghi chú ""có""\ttab\nvà dòng mới"' in text
    assert "_:b0,,12\r\n" in text


def test_json_marks_truncation() -> None:
    truncated = SolutionsResult(("s",), [{"s": IRI}], truncated=True)
    assert b'"truncated": true' in serialize_result(truncated, format_named("json"))


def test_boolean_in_xml() -> None:
    parsed = ox.parse_query_results(
        serialize_result(BooleanResult(False), format_named("xml")), ox.QueryResultsFormat.XML
    )
    assert isinstance(parsed, ox.QueryBoolean)
    assert not bool(parsed)


def test_term_json_of_a_typed_literal() -> None:
    assert term_json(NUMBER) == {
        "type": "literal",
        "value": "12",
        "datatype": "http://www.w3.org/2001/XMLSchema#integer",
    }


def test_graph_result_cannot_be_written_as_csv() -> None:
    with pytest.raises(NotAcceptableError):
        serialize_result(GraphResult([]), format_named("csv"))


def test_unknown_format_name_lists_the_known_ones() -> None:
    with pytest.raises(NotAcceptableError, match="json, xml, csv, tsv"):
        format_named("yaml", "solutions")
