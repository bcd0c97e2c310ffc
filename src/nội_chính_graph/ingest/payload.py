"""What a client submits for validation or ingest: report text or RDF, by media type.

RDF is parsed with pyoxigraph, whose errors carry the line and column; quads from TriG or
N-Quads are flattened (an ingest gets one named graph of its own).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph

from nội_chính_graph.errors import ApiError, DataFormatError
from nội_chính_graph.store.base import rdf_bytes
from nội_chính_graph.text import nfc

TEXT = "text/plain"
RDF_MEDIA_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
ACCEPTED = (TEXT, *RDF_MEDIA_TYPES)


@dataclass(frozen=True)
class Submission:
    """A payload as received: bytes, their media type, and what the client says of the source.

    >>> Submission(b"x", "text/plain").is_text
    True
    """

    body: bytes
    media_type: str
    source_url: str | None = None
    published: dt.date | None = None
    title: str | None = None

    @property
    def is_text(self) -> bool:
        """Whether the body is report text (else RDF)."""
        return self.media_type == TEXT

    @property
    def rdf_format(self) -> ox.RdfFormat:
        """The RDF format of the body (only for RDF submissions)."""
        return RDF_MEDIA_TYPES[self.media_type]


def media_type(content_type: str | None) -> str:
    """The bare, lower-case media type of a Content-Type header, checked (415 otherwise).

    >>> media_type("Text/Turtle; charset=utf-8")
    'text/turtle'
    """
    media = (content_type or "").split(";")[0].strip().lower()
    if media not in ACCEPTED:
        raise ApiError(
            415,
            "unsupported_media_type",
            f"Submit report text as {TEXT} or RDF as one of "
            f"{', '.join(RDF_MEDIA_TYPES)}, not {media or 'an untyped body'!r}.",
            details={"accepted": list(ACCEPTED), "received": media},
        )
    return media


def decode_text(body: bytes) -> str:
    """Report text as NFC, or 400 when it is not UTF-8 or empty."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(
            400,
            "bad_encoding",
            f"The report text is not UTF-8 (byte {exc.start}).",
            details={"byte": exc.start},
        ) from exc
    if not text.strip():
        raise ApiError(400, "empty_payload", "The report text is empty.")
    return nfc(text)


def content_hash(submission: Submission) -> str:
    """SHA-256 of what was submitted: of the NFC text for reports (as ``ncg:sha256`` of the
    report is), of the bytes for RDF."""
    data = decode_text(submission.body).encode("utf-8") if submission.is_text else submission.body
    return hashlib.sha256(data).hexdigest()


def _syntax_error(fmt: ox.RdfFormat, exc: SyntaxError) -> DataFormatError:
    line, column = exc.lineno, exc.offset
    where = f" at line {line}, column {column}" if line is not None else ""
    return DataFormatError(
        f"Malformed {fmt.name}{where}: {exc.msg or exc}",
        details={"format": fmt.name, "line": line, "column": column},
    )


def parse_quads(data: bytes, fmt: ox.RdfFormat) -> list[ox.Quad]:
    """Every quad of ``data``; a syntax error becomes a 400 naming the line and column."""
    try:
        quads = list(ox.parse(data, fmt, rename_blank_nodes=True))
    except SyntaxError as exc:
        raise _syntax_error(fmt, exc) from exc
    for quad in quads:
        if isinstance(quad.subject, ox.Triple) or isinstance(quad.object, ox.Triple):
            raise DataFormatError(
                "Quoted triples (RDF-star) are not accepted.", details={"format": fmt.name}
            )
    if not quads:
        raise ApiError(400, "empty_payload", f"The {fmt.name} payload holds no triples.")
    return quads


def graph_names(quads: list[ox.Quad]) -> set[str]:
    """IRIs of the named graphs the quads were in (TriG / N-Quads)."""
    return {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}


def to_rdflib(quads: list[ox.Quad]) -> Graph:
    """The quads' triples as an rdflib graph (what pySHACL and the summary read)."""
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    graph = Graph()
    graph.parse(data=rdf_bytes(triples, ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


__all__ = [
    "ACCEPTED",
    "RDF_MEDIA_TYPES",
    "TEXT",
    "Submission",
    "content_hash",
    "decode_text",
    "graph_names",
    "media_type",
    "parse_quads",
    "to_rdflib",
]
