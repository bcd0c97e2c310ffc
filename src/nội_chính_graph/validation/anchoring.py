"""Evidence anchored in the text (``ncgsh:EvidenceAnchorShape``).

An annotation's ``TextPositionSelector`` gives code-point offsets ``[start, end)`` into the NFC
text of its report, and its ``TextQuoteSelector`` the ``oa:exact`` quote. SHACL cannot read a
file, so this check does: it finds the report's text (a text handed in by the caller, keyed by
its SHA-256, or ``ncg:textFile`` under ``data/reports/``), checks the file's ``ncg:sha256``, and
compares ``text[start:end]`` with ``oa:exact``. When the quote is elsewhere in the text the
message gives the offsets where it is.

Severities: a quote that differs from the text, offsets past its end, or a file that no longer
matches its ``ncg:sha256`` are Violations; a text that cannot be found is a Warning (a named
``ncg:textFile`` that is missing) or Info (a report with no ``ncg:textFile``): the offsets are
then unchecked, which is said, but the data may be right.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import NCG, NCGSH, OA, RDF
from nội_chính_graph.resources import data_dir
from nội_chính_graph.validation.report import Severity, ValidationResultItem

SHAPE = NCGSH.EvidenceAnchorShape
COMPONENT = NCGSH.EvidenceAnchorConstraintComponent
_SHOWN = 80


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


@dataclass
class ReportTexts:
    """Where report texts come from: texts handed in (SHA-256 → NFC text) and a folder."""

    folder: Path | None = None
    supplied: Mapping[str, str] = field(default_factory=dict)
    _cache: dict[Path, tuple[float, str]] = field(default_factory=dict)

    def folder_or_default(self) -> Path:
        """The reports folder (``data/reports`` of the shipped data by default)."""
        return self.folder or data_dir() / "reports"

    def read(self, name: str) -> str | None:
        """The NFC text of ``name`` in the folder, or None when there is no such file."""
        path = self.folder_or_default() / name
        if ".." in Path(name).parts or not path.is_file():
            return None
        mtime = path.stat().st_mtime
        cached = self._cache.get(path)
        if cached is None or cached[0] != mtime:
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
            cached = self._cache[path] = (mtime, text)
        return cached[1]


@dataclass(frozen=True)
class _Anchor:
    annotation: Node
    report: URIRef
    start: int
    end: int
    exact: str


def _int(node: Node | None) -> int | None:
    if isinstance(node, Literal) and isinstance(node.toPython(), int):
        return int(node.toPython())
    return None


def _anchors(union: Graph) -> list[_Anchor]:
    found: list[_Anchor] = []
    for target, report in union.subject_objects(OA.hasSource):
        if not isinstance(report, URIRef):
            continue
        start = end = exact = None
        for selector in union.objects(target, OA.hasSelector):
            start = _int(union.value(selector, OA.start)) if start is None else start
            end = _int(union.value(selector, OA.end)) if end is None else end
            quote = union.value(selector, OA.exact)
            exact = str(quote) if quote is not None and exact is None else exact
        if start is None or end is None or exact is None or start >= end:
            continue  # the SHACL shapes already report a missing or reversed selector
        annotation = union.value(None, OA.hasTarget, target) or target
        found.append(_Anchor(annotation, report, start, end, exact))
    return found


def _result(
    focus: Node, path: URIRef, value: str, vi: str, en: str, severity: Severity = "Violation"
) -> ValidationResultItem:
    return ValidationResultItem(
        focus_node=str(focus),
        path=str(path),
        value=value,
        message_vi=vi,
        message_en=en,
        severity=severity,
        shape=str(SHAPE),
        constraint=str(COMPONENT),
    )


class AnchorCheck:
    """Checks every annotation of ``union`` against its report's text."""

    def __init__(self, texts: ReportTexts) -> None:
        self.texts = texts

    def run(
        self,
        union: Graph,
        focus: Collection[Node] | None = None,
        supplied: Mapping[str, str] | None = None,
    ) -> list[ValidationResultItem]:
        """Results for the annotations (and reports) in ``focus`` (all when None)."""
        anchors = _anchors(union)
        texts: dict[URIRef, str | None] = {}
        out: list[ValidationResultItem] = []
        for report in sorted({a.report for a in anchors}):
            text, problems = self._text(union, report, supplied or {})
            texts[report] = text
            out += [p for p in problems if focus is None or report in focus]
        for anchor in anchors:
            text = texts[anchor.report]
            if text is not None and (focus is None or anchor.annotation in focus):
                out += _compare(anchor, text)
        return out

    def _text(
        self, union: Graph, report: URIRef, supplied: Mapping[str, str]
    ) -> tuple[str | None, list[ValidationResultItem]]:
        digest = union.value(report, NCG.sha256)
        name = union.value(report, NCG.textFile)
        given = {**self.texts.supplied, **supplied}
        if digest is not None and str(digest) in given:
            return unicodedata.normalize("NFC", given[str(digest)]), []
        if name is None:
            if (report, RDF.type, NCG.Report) not in union:
                return None, []  # a cited document whose text the graph never kept
            return None, [_no_text(report)]
        text = self.texts.read(str(name))
        if text is None:
            return None, [_missing_file(report, str(name), self.texts.folder_or_default())]
        if digest is not None and str(digest) != hashlib.sha256(text.encode()).hexdigest():
            return None, [_changed_file(report, str(name), str(digest))]
        return text, []


def _no_text(report: URIRef) -> ValidationResultItem:
    return _result(
        report,
        NCG.textFile,
        "-",
        "Chưa kiểm tra được vị trí trích dẫn: văn bản của bài báo không có trong kho hay "
        "data/reports (bài báo không có ncg:textFile).",
        "Evidence offsets not checked: the report's text is neither in the store nor in "
        "data/reports (the report has no ncg:textFile).",
        severity="Info",
    )


def _missing_file(report: URIRef, name: str, folder: Path) -> ValidationResultItem:
    return _result(
        report,
        NCG.textFile,
        f'"{name}"',
        f'ncg:textFile "{name}" không có trong {folder}: thêm tệp văn bản (NFC) của bài báo '
        "vào đó, hoặc sửa tên tệp, để kiểm tra được các vị trí trích dẫn.",
        f'ncg:textFile "{name}" is not in {folder}: add the report\'s (NFC) text file there, '
        "or fix the name, so that the evidence offsets can be checked.",
        severity="Warning",
    )


def _changed_file(report: URIRef, name: str, digest: str) -> ValidationResultItem:
    return _result(
        report,
        NCG.sha256,
        f'"{digest}"',
        f"Tệp {name} không khớp ncg:sha256 {digest[:12]}…: văn bản đã đổi sau khi lấy vị trí "
        "trích dẫn; khôi phục tệp gốc hoặc tính lại các vị trí và mã băm.",
        f"File {name} does not match ncg:sha256 {digest[:12]}…: the text changed after the "
        "offsets were taken; restore the original file or recompute the offsets and digest.",
    )


def _compare(anchor: _Anchor, text: str) -> list[ValidationResultItem]:
    start, end, exact = anchor.start, anchor.end, anchor.exact
    span = f"[{start}, {end})"
    if end > len(text):
        return [
            _result(
                anchor.annotation,
                OA.end,
                span,
                f"Vị trí {span} vượt quá độ dài văn bản của {anchor.report} ({len(text)} ký tự).",
                f"Offsets {span} run past the end of the text of {anchor.report} "
                f"({len(text)} characters).",
            )
        ]
    found = text[start:end]
    if found == exact:
        return []
    where = text.find(exact)
    hint_vi = hint_en = ""
    if where >= 0:
        hint_vi = f" Đoạn oa:exact nằm ở [{where}, {where + len(exact)}): sửa oa:start/oa:end."
        hint_en = f" The oa:exact quote is at [{where}, {where + len(exact)}): fix oa:start/oa:end."
    else:
        hint_vi = " Đoạn oa:exact không có trong văn bản: sửa oa:exact."
        hint_en = " The oa:exact quote is not in the text: fix oa:exact."
    return [
        _result(
            anchor.annotation,
            OA.exact,
            span,
            f"Văn bản tại {span} của {anchor.report} là «{_short(found)}» nhưng oa:exact là "
            f"«{_short(exact)}».{hint_vi}",
            f"The text at {span} of {anchor.report} is «{_short(found)}» but oa:exact is "
            f"«{_short(exact)}».{hint_en}",
        )
    ]


__all__ = ["COMPONENT", "SHAPE", "AnchorCheck", "ReportTexts"]
