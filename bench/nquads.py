"""Writing N-Quads fast: term formatting, a buffered quad writer, a synthetic report's text."""

import hashlib
from dataclasses import dataclass, field
from typing import TextIO

from nội_chính_graph.namespaces import NCGG, NCGID


def iri(value: str) -> str:
    """An IRI term."""
    return f"<{value}>"


def mint(path: str) -> str:
    """The IRI term of ``ncgid:{path}``."""
    return iri(NCGID[path])


def _escape(text: str) -> str:
    if '"' in text or "\\" in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"')
        text = text.replace("\n", "\\n").replace("\r", "\\r")
    return text


def lit(text: str, lang: str | None = None) -> str:
    """An N-Quads literal, language-tagged when ``lang`` is given.

    >>> lit('Bộ "X"', "vi")
    '"Bộ \\\\"X\\\\""@vi'
    """
    body = f'"{_escape(text)}"'
    return f"{body}@{lang}" if lang else body


def typed(value: str, datatype: str) -> str:
    """An N-Quads typed literal."""
    return f'"{value}"^^<{datatype}>'


class QuadWriter:
    """Buffers quads for the current graph and writes them in large chunks."""

    def __init__(self, out: TextIO, chunk: int = 20_000) -> None:
        self._out, self._chunk = out, chunk
        self._buffer: list[str] = []
        self._bnodes = 0
        self.count = 0
        self.graph = ""

    def add(self, s: str, p: str, o: str) -> None:
        """Write one quad into the current graph."""
        self._buffer.append(f"{s} {p} {o} {self.graph} .\n")
        if len(self._buffer) >= self._chunk:
            self.flush()

    def bnode(self) -> str:
        """A fresh blank node label, unique in the document."""
        self._bnodes += 1
        return f"_:b{self._bnodes}"

    def flush(self) -> None:
        """Write what is buffered."""
        self.count += len(self._buffer)
        self._out.write("".join(self._buffer))
        self._buffer.clear()


@dataclass
class Report:
    """A synthetic report: its text is built sentence by sentence as facts cite it."""

    slug: str
    title: str
    issued: str
    iri: str = ""
    graph: str = ""
    lines: list[str] = field(default_factory=list)
    offset: int = 0
    annotations: int = 0

    def __post_init__(self) -> None:
        self.iri, self.graph = mint(f"report/{self.slug}"), iri(NCGG[f"report/{self.slug}"])
        self.append(self.title)

    def append(self, sentence: str) -> tuple[int, int]:
        """Add a line to the text; return its code-point span (end exclusive)."""
        start = self.offset
        self.lines.append(sentence + "\n")
        self.offset += len(sentence) + 1
        return start, start + len(sentence)

    @property
    def text(self) -> str:
        """The whole NFC text."""
        return "".join(self.lines)

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the UTF-8 text."""
        return hashlib.sha256(self.text.encode()).hexdigest()


__all__ = ["QuadWriter", "Report", "iri", "lit", "mint", "typed"]
