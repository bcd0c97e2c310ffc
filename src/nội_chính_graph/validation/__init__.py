"""Validation: load the ontology and SHACL shapes, validate data, report results in vi/en."""

from nội_chính_graph.validation.engine import (
    Validator,
    load_ontology,
    load_shapes,
    union_for_validation,
    validate,
)
from nội_chính_graph.validation.parsing import RDFParseError, load_rdf
from nội_chính_graph.validation.report import ValidationReport, ValidationResultItem

__all__ = [
    "RDFParseError",
    "ValidationReport",
    "ValidationResultItem",
    "Validator",
    "load_ontology",
    "load_rdf",
    "load_shapes",
    "union_for_validation",
    "validate",
]
