"""Read RDF files into a :class:`rdflib.Dataset`, turning parser failures into one typed error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, URIRef
from rdflib.exceptions import ParserError
from rdflib.plugins.parsers.notation3 import BadSyntax

FORMATS: dict[str, str] = {
    ".ttl": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
}


class RDFParseError(Exception):
    """An RDF file could not be read; ``line`` and ``column`` are 1-based when known.

    >>> str(RDFParseError("a.ttl", 3, 13, "newline found in string literal"))
    'a.ttl:3:13: newline found in string literal'
    """

    def __init__(self, file: str, line: int | None, column: int | None, message: str) -> None:
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        super().__init__(self._location() + message)

    def _location(self) -> str:
        if self.line is None:
            return f"{self.file}: "
        if self.column is None:
            return f"{self.file}:{self.line}: "
        return f"{self.file}:{self.line}:{self.column}: "


def rdf_format(path: Path) -> str:
    """The rdflib parser name for a file, chosen by its extension.

    >>> rdf_format(Path("data/graphs/report.trig"))
    'trig'
    """
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise RDFParseError(str(path), None, None, f"unknown RDF extension (use {known})") from None


def load_rdf(path: Path | str, dataset: Dataset | None = None) -> Dataset:
    """Parse ``path`` into ``dataset`` (a new one by default) and return it.

    Triple formats go to the default graph; TriG and N-Quads keep their named graphs.
    Raises :class:`RDFParseError` naming the file, line and column of the first error.
    """
    path = Path(path)
    fmt = rdf_format(path)
    target = dataset if dataset is not None else Dataset()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RDFParseError(str(path), None, None, str(err)) from err
    try:
        if fmt == "json-ld":
            _refuse_context_references(path, json.loads(text))
        target.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except BadSyntax as err:
        raise _from_bad_syntax(path, err) from err
    except json.JSONDecodeError as err:
        raise RDFParseError(str(path), err.lineno, err.colno, err.msg) from err
    except (ParserError, ValueError, SyntaxError) as err:
        raise RDFParseError(str(path), _first_bad_line(text, fmt), None, str(err)) from err
    except RecursionError:
        raise RDFParseError(str(path), None, None, "nested too deeply to parse") from None
    _refuse_bad_iris(path, text, target, fmt)
    return target


def _context_reference(node: object) -> str | None:
    """The first ``@context`` / ``@import`` given as a reference (URL or path), if any."""
    if isinstance(node, list):
        return next((r for r in map(_context_reference, node) if r is not None), None)
    if not isinstance(node, dict):
        return None
    for key, value in node.items():
        refs = value if isinstance(value, list) else [value]
        if key in ("@context", "@import") and any(isinstance(r, str) for r in refs):
            return next(r for r in refs if isinstance(r, str))
        found = _context_reference(value)
        if found is not None:
            return found
    return None


def _refuse_context_references(path: Path, document: object) -> None:
    # rdflib would fetch a remote context (or read a local file named by one): never do that.
    reference = _context_reference(document)
    if reference is not None:
        raise RDFParseError(
            str(path),
            None,
            None,
            f"JSON-LD @context {reference!r} is a reference; contexts are never fetched, "
            "put the context inline",
        )


_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


_OXIGRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
}


def _strict_position(text: str, fmt: str) -> tuple[int | None, int | None]:
    """Where a strict parser (pyoxigraph checks every IRI) stops, for the formats it reads."""
    strict = _OXIGRAPH_FORMATS.get(fmt)
    if strict is None:
        return None, None
    try:
        for _ in ox.parse(text.encode("utf-8"), strict):
            pass
    except SyntaxError as err:
        return err.lineno, err.offset
    return None, None


def _refuse_bad_iris(path: Path, text: str, dataset: Dataset, fmt: str) -> None:
    """rdflib accepts IRIs with spaces or control characters (with a log line): refuse them,
    at the position a strict parser gives (a relative IRI is not in the text as resolved)."""
    for quad in dataset.quads((None, None, None, None)):
        for term in quad[:3]:
            if isinstance(term, URIRef) and _BAD_IRI.search(term):
                line, column = _strict_position(text, fmt)
                if line is None:
                    offset = text.find(str(term))
                    line = text.count("\n", 0, offset) + 1 if offset >= 0 else None
                raise RDFParseError(
                    str(path), line, column, f"IRI {str(term)!r} holds a character IRIs cannot"
                )


def _from_bad_syntax(path: Path, err: BadSyntax) -> RDFParseError:
    """Locate a Turtle/TriG error: the parser keeps the buffer and the offset of the failure."""
    buffer: str | bytes = err._str
    head = buffer[: err._i]
    prefix = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    return RDFParseError(str(path), line, column, str(err._why))


def _first_bad_line(text: str, fmt: str) -> int | None:
    """For line-based formats, find the first line that does not parse on its own."""
    if fmt not in ("nt", "nquads"):
        return None
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            Dataset().parse(data=line, format=fmt)
        except (ParserError, ValueError, SyntaxError):
            return number
    return None


__all__ = ["FORMATS", "RDFParseError", "load_rdf", "rdf_format"]
