"""Fixtures for store tests: fixture files found next to this file and tests/sparql/fixtures,
and the session-wide Virtuoso server (tests/store/virtuoso.py)."""

from pathlib import Path

from tests.store.virtuoso import virtuoso

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILES = sorted((HERE / "fixtures").glob("*.ttl"))
TRIG_FILES = sorted((HERE.parent / "sparql" / "fixtures").glob("*.trig"))
GRAPH_A = "https://w3id.org/noi-chinh/graph/report/test-a"
GRAPH_B = "https://w3id.org/noi-chinh/graph/report/test-b"

__all__ = ["GRAPH_A", "GRAPH_B", "ONTOLOGY_FILES", "TRIG_FILES", "virtuoso"]
