"""A held-out-style set: each ingest carries one real-world error and must be caught, by the right
shape, with a message that names it (vi and en), when validated as the ingest validates it:
incrementally, against a store holding the shipped data."""

from __future__ import annotations

import pytest
from rdflib import Dataset, URIRef

from nội_chính_graph.namespaces import NCGSH
from nội_chính_graph.store.loading import load_shipped
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.validation import ValidationReport, Validator
from nội_chính_graph.validation.incremental import IncrementalValidator

from .cases import CASES, CLEAN, GRAPH, SHA, TEXT, Case


@pytest.fixture(scope="module")
def checker() -> IncrementalValidator:
    store = OxigraphStore()
    load_shipped(store)
    return IncrementalValidator(store, Validator())


def _validate(checker: IncrementalValidator, case: Case) -> ValidationReport:
    payload = Dataset().parse(data=case.turtle(), format="trig").graph(URIRef(GRAPH))
    assert len(payload) > 5
    return checker.validate(payload, URIRef(GRAPH), texts={SHA: TEXT}).report


def test_there_are_at_least_twenty_cases_with_distinct_names() -> None:
    assert len(CASES) >= 20
    assert len({c.name for c in CASES}) == len(CASES)


def test_a_clean_ingest_with_minted_unreviewed_entities_is_accepted(
    checker: IncrementalValidator,
) -> None:
    report = _validate(checker, CLEAN)
    assert report.conforms, [r.message_en for r in report.violations]
    assert report.results == []


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_the_error_is_caught_with_a_message_that_names_it(
    checker: IncrementalValidator, case: Case
) -> None:
    report = _validate(checker, case)
    hits = [
        r
        for r in report.results
        if r.shape == str(NCGSH[case.shape]) and r.severity == case.severity
    ]
    assert hits, (case.error, [(r.shape, r.message_en) for r in report.results])
    assert any(all(w in r.message_en for w in case.en) for r in hits), [r.message_en for r in hits]
    assert any(all(w in r.message_vi for w in case.vi) for r in hits), [r.message_vi for r in hits]
    assert all(r.graphs for r in hits)
    for words in case.not_en:
        assert not any(words in r.message_en for r in report.results)
