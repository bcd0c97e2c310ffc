"""Shared fixtures: the small test gazetteer graph, found relative to this file."""

from pathlib import Path

import pytest
from rdflib import Graph

from nội_chính_graph.ingest.extract.gazetteer import Gazetteer

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "gazetteer.ttl"


@pytest.fixture
def fixture_graph() -> Graph:
    """A fresh copy of the fixture graph (tests may add triples to it)."""
    return Graph().parse(FIXTURE, format="turtle")


@pytest.fixture
def gazetteer(fixture_graph: Graph) -> Gazetteer:
    """The gazetteer of the fixture graph."""
    return Gazetteer.from_graph(fixture_graph)
