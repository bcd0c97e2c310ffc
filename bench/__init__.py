"""Benchmarks: a synthetic graph generator and a SPARQL endpoint benchmark (not shipped)."""
