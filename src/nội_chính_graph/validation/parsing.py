"""Read RDF files into a :class:`rdflib.Dataset`, turning parser failures into one typed error."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Dataset
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
        target.parse(data=text, format=fmt, publicID=path.resolve().as_uri())
    except BadSyntax as err:
        raise _from_bad_syntax(path, err) from err
    except json.JSONDecodeError as err:
        raise RDFParseError(str(path), err.lineno, err.colno, err.msg) from err
    except (ParserError, ValueError, SyntaxError) as err:
        raise RDFParseError(str(path), _first_bad_line(text, fmt), None, str(err)) from err
    return target


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
