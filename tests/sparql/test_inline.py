"""Queries known to be cheap run in the server process (issue 16), and only those: the same job
on the same store generation, predictable texts, under the bound."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from nội_chính_graph.sparql.executor import ProcessQueryPool
from nội_chính_graph.sparql.inline import INLINE_MAX_SECONDS, CheapQueries, predictable
from nội_chính_graph.sparql.worker import QueryJob
from nội_chính_graph.store.base import RdfPayload
from nội_chính_graph.store.oxigraph import OxigraphStore
from tests.sparql.pools import run_with_pool

GRAPH = "https://w3id.org/noi-chinh/graph/report/inline"
COUNT = QueryJob("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")


def triple(n: int) -> RdfPayload:
    return RdfPayload(
        f'<https://e.org/s{n}> <https://e.org/p> "{n}" .'.encode(), ox.RdfFormat.N_TRIPLES
    )


@pytest.fixture
def store() -> OxigraphStore:
    opened = OxigraphStore()
    opened.add_to_graph(GRAPH, triple(0))
    return opened


def count(body: bytes) -> int:
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_a_job_cheap_on_a_worker_is_answered_in_process_the_next_time(
    store: OxigraphStore,
) -> None:
    async def scenario(pool: ProcessQueryPool) -> None:
        assert pool.inline is not None
        first = await pool.run(COUNT)
        assert pool.inline.runs == 0
        second = await pool.run(COUNT)
        assert pool.inline.runs == 1
        assert second.body == first.body

    run_with_pool(store, scenario, timeout=10)


def test_after_a_write_a_known_job_goes_back_to_a_worker_and_sees_the_write(
    store: OxigraphStore,
) -> None:
    async def scenario(pool: ProcessQueryPool) -> None:
        assert pool.inline is not None
        await pool.run(COUNT)
        assert count((await pool.run(COUNT)).body) == 1
        runs = pool.inline.runs
        store.add_to_graph(GRAPH, triple(1))
        assert count((await pool.run(COUNT)).body) == 2
        assert pool.inline.runs == runs, "ran in process on a generation it was not measured on"
        assert count((await pool.run(COUNT)).body) == 2
        assert pool.inline.runs == runs + 1

    run_with_pool(store, scenario, timeout=10)


def test_the_same_text_in_another_format_is_another_job(store: OxigraphStore) -> None:
    async def scenario(pool: ProcessQueryPool) -> None:
        assert pool.inline is not None
        await pool.run(COUNT)
        as_csv = QueryJob(COUNT.sparql, solutions_format="csv")
        answer = await pool.run(as_csv)
        assert pool.inline.runs == 0
        assert answer.format == "csv"

    run_with_pool(store, scenario, timeout=10)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { SERVICE <https://dbpedia.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <https://e.org/q> { ?s ?p ?o } }",
        "SELECT (RAND() AS ?r) WHERE {}",
        "SELECT (now() AS ?t) WHERE {}",
        "SELECT (UUID() AS ?u) (STRUUID() AS ?v) WHERE {}",
    ],
)
def test_texts_that_call_services_or_random_or_clock_functions_are_never_remembered(
    sparql: str,
) -> None:
    cheap = CheapQueries()
    cheap.note(QueryJob(sparql), 0, 0.0001)
    assert not predictable(sparql)
    assert cheap.seconds(QueryJob(sparql), 0) is None


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { <http://www.w3.org/ns/sparql-service-description#x> ?p ?now }",
        "SELECT * WHERE { ?s <https://e.org/random> ?o }",
        "PREFIX ex: <https://e.org/> SELECT * WHERE { ?s ex:service ?o }",
    ],
)
def test_keywords_inside_iris_names_and_variables_do_not_count(sparql: str) -> None:
    assert predictable(sparql)


def test_a_job_that_ran_over_the_bound_is_forgotten() -> None:
    cheap = CheapQueries()
    cheap.note(COUNT, 3, 0.0001)
    assert cheap.seconds(COUNT, 3) == 0.0001
    assert cheap.seconds(COUNT, 4) is None  # another generation
    cheap.note(COUNT, 3, INLINE_MAX_SECONDS * 2)
    assert cheap.seconds(COUNT, 3) is None
