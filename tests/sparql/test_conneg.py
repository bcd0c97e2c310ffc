"""Accept-header negotiation: q-values, wildcards, specificity, refusal."""

import pytest

from nội_chính_graph.sparql.conneg import negotiate, parse_accept, prefers_html
from nội_chính_graph.store.results import GRAPH_FORMATS, SOLUTION_FORMATS


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "json"),
        ("", "json"),
        ("*/*", "json"),
        ("text/*", "csv"),
        ("text/tab-separated-values;q=0.9, text/csv;q=0.8", "tsv"),
        ("application/sparql-results+xml;q=0.2, */*;q=0.1", "xml"),
        ("application/json", "json"),
        ("text/csv;q=0, */*", "json"),
    ],
)
def test_solution_formats(accept: str | None, expected: str) -> None:
    chosen = negotiate(accept, SOLUTION_FORMATS)
    assert chosen is not None
    assert chosen.name == expected


def test_more_specific_range_overrides_wildcard() -> None:
    chosen = negotiate("text/*;q=0.9, text/csv;q=0.1, */*;q=0.5", SOLUTION_FORMATS)
    assert chosen is not None
    assert chosen.name == "tsv"


def test_graph_formats_default_to_turtle() -> None:
    chosen = negotiate("*/*", GRAPH_FORMATS)
    assert chosen is not None
    assert chosen.name == "turtle"


def test_nothing_acceptable() -> None:
    assert negotiate("image/png, text/html", SOLUTION_FORMATS) is None


def test_bad_q_value_counts_as_zero() -> None:
    assert parse_accept("text/csv;q=abc")[0].q == 0.0


def test_browser_prefers_html_but_curl_does_not() -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    assert prefers_html(browser, GRAPH_FORMATS)
    assert not prefers_html("*/*", GRAPH_FORMATS)
    assert not prefers_html("text/turtle, text/html;q=0.5", GRAPH_FORMATS)
