"""The curated reference tables (``data/reference/tables/*.csv``) read into typed rows.

Four kinds of table, each UTF-8 (NFC) CSV with a header row; a kind may be split over several
files (``organisations.csv``, ``organisations-provinces.csv``, …), read in name order:

- ``sources*.csv``: ``id,node,url,document,title,publisher,issued,text_file,graph_note,note`` —
  one cited source each, and the graph ``ncgg:reference/{id}`` of what it states; ``node`` is the
  source's IRI path (``source/{id}`` when empty); ``text_file`` names a report text in
  ``data/reports/`` (the node is then an ``ncg:Report`` and quotes are checked against it).
- ``organisations*.csv``: ``iri,class,kind,parent,level,label_vi,label_en,valid_from,valid_to,
  source,note`` — what one source states about one organisation; an empty cell is not stated;
  ``valid_to`` ``open``: the source lists it as still in force, without dating anything.
- ``aliases*.csv``: ``iri,alias,hidden,source,note`` — one attested name of an organisation.
- ``changes*.csv``: ``iri,date,original,result,label_vi,label_en,source,note`` — one
  organisational change as one source states it; ``original`` and ``result`` are ``;``-separated
  IRI paths.
- ``notes*.csv``: ``iri,note,source`` — an editorial note on any node, in the source's graph.
- ``memberships*.csv``: ``bloc,year,member,role,quote,source,note`` — one unit's role (``member``,
  ``leader``, ``deputy``) in an emulation bloc in one year, with the sentence of the report that
  states it (the report's ``text_file`` must hold the quote exactly once).
- ``member-counts*.csv``: ``bloc,year,count,quote,source,note`` — a bloc's member count as a
  report states it, with the sentence.
- ``party-terms*.csv``: ``iri,notation,organ,label_vi,label_en,begin,end,source,note`` — what one
  source states about one term (khóa) of a Party organ (``party-term/{roman numeral}``).
- ``party-positions*.csv``: ``iri,organ,role,term,label_vi,label_en,count,source,note`` — one
  Party role in one Party organ in one term, as one source states it (``count``: the number of
  holders the source states, when it does).

Every row names its source; :func:`load_tables` refuses a row whose source is not in the
sources table, so no fact enters the graph without one.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TypeVar

from nội_chính_graph.text import nfc

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CLASSES = ("StateAgency", "PartyOrgan", "FormalOrganization", "AdministrativeUnit", "EmulationBloc")
BLOC_ROLES = ("member", "leader", "deputy")
LEVELS = ("central", "provincial")


class TableError(ValueError):
    """A table row that cannot be used, with its file and line."""


@dataclass(frozen=True)
class SourceRow:
    """A cited source: a public page, a legal document, a package or a project note."""

    id: str
    node: str
    url: str
    document: str
    title: str
    publisher: str
    issued: str
    text_file: str
    graph_note: str
    note: str

    @property
    def path(self) -> str:
        """The IRI path of the source entity (``source/{id}`` unless given)."""
        return self.node or f"source/{self.id}"


@dataclass(frozen=True)
class OrgRow:
    """What one source states about one organisation."""

    iri: str
    cls: str
    kind: str
    parent: str
    level: str
    label_vi: str
    label_en: str
    valid_from: str
    valid_to: str
    source: str
    note: str


@dataclass(frozen=True)
class AliasRow:
    """One attested name (``skos:altLabel``, or ``skos:hiddenLabel`` for a misspelling)."""

    iri: str
    alias: str
    hidden: str
    source: str
    note: str


@dataclass(frozen=True)
class ChangeRow:
    """An organisational change as one source states it."""

    iri: str
    date: str
    original: str
    result: str
    label_vi: str
    label_en: str
    source: str
    note: str

    @property
    def originals(self) -> list[str]:
        """The original organisations' IRI paths."""
        return [p.strip() for p in self.original.split(";") if p.strip()]

    @property
    def results(self) -> list[str]:
        """The resulting organisations' IRI paths."""
        return [p.strip() for p in self.result.split(";") if p.strip()]


@dataclass(frozen=True)
class TermRow:
    """What one source states about one term (khóa) of a Party organ."""

    iri: str
    notation: str
    organ: str
    label_vi: str
    label_en: str
    begin: str
    end: str
    source: str
    note: str

    @property
    def valid_from(self) -> str:
        """The term's beginning, as the interval builder reads it."""
        return self.begin

    @property
    def valid_to(self) -> str:
        """The term's end, as the interval builder reads it."""
        return self.end


@dataclass(frozen=True)
class PositionRow:
    """One Party role in one Party organ in one term, as one source states it."""

    iri: str
    organ: str
    role: str
    term: str
    label_vi: str
    label_en: str
    count: str
    source: str
    note: str


@dataclass(frozen=True)
class NoteRow:
    """An editorial note on any node, in the graph of its source."""

    iri: str
    note: str
    source: str


@dataclass(frozen=True)
class MembershipRow:
    """One unit's role in an emulation bloc in one year, as a sentence of a report states it."""

    bloc: str
    year: str
    member: str
    role: str
    quote: str
    source: str
    note: str


@dataclass(frozen=True)
class CountRow:
    """A bloc's member count in one year, as a sentence of a report states it."""

    bloc: str
    year: str
    count: str
    quote: str
    source: str
    note: str


@dataclass(frozen=True)
class ReportText:
    """The NFC text of a report in ``data/reports/`` and the sha256 of its file."""

    text: str
    sha256: str


@dataclass(frozen=True)
class Tables:
    """All reference tables."""

    sources: dict[str, SourceRow]
    organisations: list[OrgRow]
    aliases: list[AliasRow]
    changes: list[ChangeRow]
    terms: list[TermRow] = field(default_factory=list)
    positions: list[PositionRow] = field(default_factory=list)
    notes: list[NoteRow] = field(default_factory=list)
    memberships: list[MembershipRow] = field(default_factory=list)
    counts: list[CountRow] = field(default_factory=list)
    texts: dict[str, ReportText] = field(default_factory=dict)


Row = TypeVar(
    "Row",
    SourceRow,
    OrgRow,
    AliasRow,
    ChangeRow,
    TermRow,
    PositionRow,
    NoteRow,
    MembershipRow,
    CountRow,
)
AnyRow = (
    SourceRow
    | OrgRow
    | AliasRow
    | ChangeRow
    | TermRow
    | PositionRow
    | NoteRow
    | MembershipRow
    | CountRow
)


def columns(cls: type[AnyRow]) -> list[str]:
    """The CSV header of a row class (``cls`` is spelled ``class`` in the tables)."""
    return ["class" if f.name == "cls" else f.name for f in fields(cls)]


def read_rows(path: Path, cls: type[Row]) -> Iterator[tuple[int, Row]]:
    """The rows of one CSV file as ``cls``, with their line numbers; NFC, cells stripped.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "aliases.csv"
    >>> _ = p.write_text("iri,alias,hidden,source,note\\nagency/x, X ,,s,\\n", encoding="utf-8")
    >>> [row.alias for _, row in read_rows(p, AliasRow)]
    ['X']
    """
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        expected = columns(cls)
        if reader.fieldnames != expected:
            raise TableError(f"{path}: header {reader.fieldnames} is not {expected}")
        for line, record in enumerate(reader, start=2):
            values = [nfc((record[name] or "").strip()) for name in expected]
            yield line, cls(*values)


def _check_org(where: str, row: OrgRow) -> None:
    if row.cls and row.cls not in CLASSES:
        raise TableError(f"{where}: class {row.cls!r} is not one of {CLASSES}")
    if row.level and row.level not in LEVELS:
        raise TableError(f"{where}: level {row.level!r} is not one of {LEVELS}")
    for day in (row.valid_from, row.valid_to):
        if day and day != "open" and not _DATE.match(day):
            raise TableError(f"{where}: {day!r} is not a YYYY-MM-DD date (or 'open' as an end)")


def _check_change(where: str, row: ChangeRow) -> None:
    if row.date and not _DATE.match(row.date):
        raise TableError(f"{where}: {row.date!r} is not a YYYY-MM-DD date")
    if not row.iri.startswith("change/"):
        raise TableError(f"{where}: a change IRI starts with change/, not {row.iri!r}")


def _check_term(where: str, row: TermRow) -> None:
    if not row.iri.startswith("party-term/"):
        raise TableError(f"{where}: a term IRI starts with party-term/, not {row.iri!r}")
    for day in (row.begin, row.end):
        if day and not _DATE.match(day):
            raise TableError(f"{where}: {day!r} is not a YYYY-MM-DD date")


def _check_position(where: str, row: PositionRow, terms: set[str]) -> None:
    if not row.iri.startswith("party-position/"):
        raise TableError(f"{where}: a position IRI starts with party-position/, not {row.iri!r}")
    if row.term not in terms:
        raise TableError(f"{where}: term {row.term!r} is not in the party-terms table")
    if row.count and not row.count.isdigit():
        raise TableError(f"{where}: count {row.count!r} is not a number")


def _check_fact(where: str, row: MembershipRow | CountRow) -> None:
    if not (row.year.isdigit() and len(row.year) == 4):
        raise TableError(f"{where}: year {row.year!r} is not YYYY")
    if not row.bloc.startswith("bloc/"):
        raise TableError(f"{where}: a bloc IRI starts with bloc/, not {row.bloc!r}")
    if isinstance(row, MembershipRow) and row.role not in BLOC_ROLES:
        raise TableError(f"{where}: role {row.role!r} is not one of {BLOC_ROLES}")
    if isinstance(row, CountRow) and not row.count.isdigit():
        raise TableError(f"{where}: count {row.count!r} is not a number")


def _files(folder: Path, kind: str) -> list[Path]:
    """The files of one kind of table: ``{kind}.csv`` and ``{kind}-{part}.csv``."""
    return sorted(p for p in folder.glob(f"{kind}*.csv") if p.stem[len(kind) :][:1] in ("", "-"))


def read_report(path: Path, url: str) -> ReportText:
    """A report text: NFC, and its ``SOURCE:`` line (if any) must be ``url``."""
    data = path.read_bytes()
    text = nfc(data.decode("utf-8"))
    first = text.splitlines()[0] if text else ""
    if first.startswith("SOURCE: ") and first.removeprefix("SOURCE: ").strip() != url:
        raise TableError(f"{path.name}: its SOURCE line is not the url {url!r}")
    return ReportText(text, hashlib.sha256(data).hexdigest())


def _check_quotes(rows: list[MembershipRow] | list[CountRow], texts: dict[str, ReportText]) -> None:
    for row in rows:
        report = texts.get(row.source)
        if report is None:
            raise TableError(f"{row.bloc} {row.year}: source {row.source!r} has no text_file")
        if report.text.count(row.quote) != 1:
            raise TableError(
                f"{row.bloc} {row.year}: the quote must occur exactly once in the text of "
                f"{row.source!r}: {row.quote[:60]!r}"
            )


def _load(folder: Path, kind: str, cls: type[Row], sources: set[str]) -> list[Row]:
    rows: list[Row] = []
    for path in _files(folder, kind):
        for line, row in read_rows(path, cls):
            where = f"{path.name}:{line}"
            source = getattr(row, "source", None)
            if source is not None and source not in sources:
                raise TableError(f"{where}: source {source!r} is not in the sources table")
            if isinstance(row, OrgRow):
                _check_org(where, row)
            if isinstance(row, ChangeRow):
                _check_change(where, row)
            if isinstance(row, TermRow):
                _check_term(where, row)
            if isinstance(row, MembershipRow | CountRow):
                _check_fact(where, row)
            rows.append(row)
    return rows


def load_tables(folder: Path, reports: Path | None = None) -> Tables:
    """Read every table in ``folder``; raise :class:`TableError` on a row without a source, or on
    a quote that its report text (in ``reports``, by default ``folder/../../reports``, i.e.
    ``data/reports/``) does not hold exactly once."""
    reports = reports or folder.parent.parent / "reports"
    sources: dict[str, SourceRow] = {}
    for path in _files(folder, "sources"):
        for line, row in read_rows(path, SourceRow):
            if row.id in sources:
                raise TableError(f"{path.name}:{line}: source {row.id!r} defined twice")
            sources[row.id] = row
    known = set(sources)
    terms = _load(folder, "party-terms", TermRow, known)
    positions = _load(folder, "party-positions", PositionRow, known)
    term_iris = {term.iri for term in terms}
    for position in positions:
        _check_position(f"party-positions: {position.iri}", position, term_iris)
    texts = {
        source.id: read_report(reports / source.text_file, source.url)
        for source in sources.values()
        if source.text_file
    }
    memberships = _load(folder, "memberships", MembershipRow, known)
    counts = _load(folder, "member-counts", CountRow, known)
    _check_quotes(memberships, texts)
    _check_quotes(counts, texts)
    return Tables(
        sources,
        _load(folder, "organisations", OrgRow, known),
        _load(folder, "aliases", AliasRow, known),
        _load(folder, "changes", ChangeRow, known),
        terms,
        positions,
        _load(folder, "notes", NoteRow, known),
        memberships,
        counts,
        texts,
    )


__all__ = [
    "AliasRow",
    "ChangeRow",
    "CountRow",
    "MembershipRow",
    "NoteRow",
    "OrgRow",
    "PositionRow",
    "ReportText",
    "SourceRow",
    "TableError",
    "Tables",
    "TermRow",
    "columns",
    "load_tables",
    "read_rows",
]
