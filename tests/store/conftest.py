"""Fixtures for store tests: fixture files found next to this file and tests/sparql/fixtures."""

from pathlib import Path

HERE = Path(__file__).resolve().parent
ONTOLOGY_FILES = sorted((HERE / "fixtures").glob("*.ttl"))
TRIG_FILES = sorted((HERE.parent / "sparql" / "fixtures").glob("*.trig"))
GRAPH_A = "https://w3id.org/noi-chinh/graph/report/test-a"
GRAPH_B = "https://w3id.org/noi-chinh/graph/report/test-b"
