"""Deterministic generator of synthetic institution graphs (N-Quads) for benchmarks.

Every entity it mints is marked synthetic in its IRI (``ncgid:agency/syn-…``, ``person/syn-…``,
``report/syn-…``); the names are built from lists of Vietnamese syllables and name nothing real.
The graph follows docs/DESIGN.md: agencies with kinds and sub-agencies, posts, officials with
post holdings and rank assignments, blocs with yearly memberships, conferences, and one named
graph per synthetic report holding the facts with their evidence annotations.

The output is a fixed number of quads per *cluster*: one bloc of six agency trees (a ministry,
two general departments, a board under each; one army and one police tree), 120 officials, their
post holdings and ranks, five years of memberships and two conferences a year, with one evidence
annotation per fact. A scale of 1 is two clusters; the count is exact (:func:`expected_quads`):

=======  ========  ==========  ========  =========  ========
--scale  clusters  quads       agencies  officials  N-Quads
=======  ========  ==========  ========  =========  ========
0.5      1         5,334       30        120        1.3 MB
1        2         10,569      60        240        2.6 MB
10       20        104,799     600       2,400      26 MB
100      200       1,047,099   6,000     24,000     268 MB
=======  ========  ==========  ========  =========  ========

::

    python bench/generate.py --scale 10 --out bench/out/syn-10.nq     # ~100k quads, 0.3 s
    python bench/generate.py --scale 100 --out bench/out/syn-100.nq   # ~1M quads, about 3 s
"""

import argparse
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from bench.names import BLOC_THEMES, LEVELS, RANK_LABELS, RANKS, ROLE_LABELS, Namer
from bench.nquads import QuadWriter, Report, iri, lit, mint, typed
from nội_chính_graph.namespaces import (
    DCTERMS,
    FOAF,
    NCG,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    TIME,
    XSD,
)
from nội_chính_graph.text import fold, slugify

CLUSTERS_PER_SCALE = 2
#: Quads written once, whatever the scale (the synthetic calendar graph).
HEADER_QUADS = 99
#: Quads written per cluster.
CLUSTER_QUADS = 5235
DEFAULT_SEED = 42

BLOC_YEARS = (2019, 2020, 2021, 2022, 2023)
TREES_PER_BLOC = 6
TERMS = (("2016-04-09", "2021-04-07"), ("2021-04-08", "2026-04-07"))


A = iri(str(RDF.type))
P_LABEL, P_ALT = iri(str(SKOS.prefLabel)), iri(str(SKOS.altLabel))
P_DERIVED, P_EVIDENCE = iri(str(PROV.wasDerivedFrom)), iri(NCG.evidence)
XSD_DATE, XSD_INT = str(XSD.date), str(XSD.integer)

_SYNTHETIC_NOTE = "Synthetic benchmark report made by bench/generate.py; it describes nothing real."


# --- emitters -----------------------------------------------------------------------------


@dataclass
class Official:
    """A synthetic official."""

    iri: str
    slug: str
    name: str


@dataclass
class Agency:
    """A synthetic agency; ``heads`` are its head post's holders for each term."""

    iri: str
    slug: str
    vi: str
    en: str
    level: int
    force: str | None
    heads: list[Official] = field(default_factory=list)


def _vi_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def cite(w: QuadWriter, report: Report, fact: str, sentence: str) -> None:
    """Link ``fact`` to ``report`` and to an annotation quoting ``sentence`` in its text."""
    start, end = report.append(sentence)
    report.annotations += 1
    ann = mint(f"annotation/{report.slug}/{report.annotations}")
    target, position, quote = w.bnode(), w.bnode(), w.bnode()
    w.add(fact, P_DERIVED, report.iri)
    w.add(fact, P_EVIDENCE, ann)
    w.add(ann, A, iri(OA.Annotation))
    w.add(ann, iri(OA.hasBody), fact)
    w.add(ann, iri(OA.hasTarget), target)
    w.add(target, A, iri(OA.SpecificResource))
    w.add(target, iri(OA.hasSource), report.iri)
    w.add(target, iri(OA.hasSelector), position)
    w.add(target, iri(OA.hasSelector), quote)
    w.add(position, A, iri(OA.TextPositionSelector))
    w.add(position, iri(OA.start), typed(str(start), XSD_INT))
    w.add(position, iri(OA.end), typed(str(end), XSD_INT))
    w.add(quote, A, iri(OA.TextQuoteSelector))
    w.add(quote, iri(OA.exact), lit(sentence))


def emit_report(w: QuadWriter, report: Report, texts: Path | None) -> None:
    """Describe ``report`` and its graph (in that graph); write its text under ``texts``."""
    w.graph = report.graph
    w.add(report.graph, A, iri(NCG.SourceGraph))
    w.add(report.graph, P_DERIVED, report.iri)
    w.add(report.iri, A, iri(NCG.Report))
    w.add(report.iri, iri(DCTERMS.title), lit(report.title, "vi"))
    w.add(report.iri, iri(DCTERMS.issued), typed(report.issued, XSD_DATE))
    w.add(report.iri, iri(NCG.textFile), lit(f"synthetic/{report.slug}.txt"))
    w.add(report.iri, iri(NCG.sha256), lit(report.sha256))
    w.add(report.iri, iri(SKOS.editorialNote), lit(_SYNTHETIC_NOTE, "en"))
    if texts is not None:
        (texts / f"{report.slug}.txt").write_text(report.text, encoding="utf-8")


def _instant(w: QuadWriter, iso: str) -> str:
    node = mint(f"date/{iso}")
    w.add(node, A, iri(TIME.Instant))
    w.add(node, iri(TIME.inXSDDate), typed(iso, XSD_DATE))
    return node


def _interval(w: QuadWriter, path: str, begin: str, end: str, label: str) -> None:
    node = mint(path)
    w.add(node, A, iri(TIME.ProperInterval))
    w.add(node, iri(TIME.hasBeginning), mint(f"date/{begin}"))
    w.add(node, iri(TIME.hasEnd), mint(f"date/{end}"))
    w.add(node, iri(RDFS.label), lit(label))
    if path.startswith("year/"):
        w.add(node, iri(NCG.precision), mint("precision/year"))


def emit_calendar(w: QuadWriter, texts: Path | None) -> None:
    """The intervals and instants every cluster refers to, in their own graph."""
    report = Report("syn-calendar", "Lịch giả lập cho bộ dữ liệu đo hiệu năng", "2024-01-01")
    w.graph = report.graph
    dates = [d for term in TERMS for d in term]
    for year in BLOC_YEARS:
        dates += [f"{year}-01-01", f"{year}-06-30", f"{year}-12-31"]
    for iso in dates:
        _instant(w, iso)
    for year in BLOC_YEARS:
        _interval(w, f"year/{year}", f"{year}-01-01", f"{year}-12-31", str(year))
        _interval(w, f"half/{year}-h1", f"{year}-01-01", f"{year}-06-30", f"{year} H1")
    for begin, end in TERMS:
        _interval(w, f"interval/{begin}--{end}", begin, end, f"{begin}/{end}")
    emit_report(w, report, texts)


def emit_official(w: QuadWriter, namer: Namer) -> Official:
    """A new official with name, labels and an ASCII-folded alias."""
    name, slug = namer.person()
    node = mint(f"person/{slug}")
    w.add(node, A, iri(NCG.Official))
    w.add(node, iri(FOAF.name), lit(name, "vi"))
    w.add(node, P_LABEL, lit(name, "vi"))
    w.add(node, P_LABEL, lit(name, "en"))
    w.add(node, P_ALT, lit(fold(name), "vi"))
    return Official(node, slug, name)


def emit_agency(w: QuadWriter, agency: Agency, parent: Agency | None) -> None:
    """An agency with its kind, labels, parent and armed force."""
    w.add(agency.iri, A, iri(NCG.StateAgency))
    w.add(agency.iri, iri(ORG.classification), mint(f"kind/{LEVELS[agency.level][0]}"))
    w.add(agency.iri, P_LABEL, lit(agency.vi, "vi"))
    w.add(agency.iri, P_LABEL, lit(agency.en, "en"))
    w.add(agency.iri, P_ALT, lit(fold(agency.vi), "vi"))
    if parent is not None:
        w.add(agency.iri, iri(ORG.subOrganizationOf), parent.iri)
    if agency.force is not None:
        w.add(agency.iri, iri(NCG.armedForce), mint(f"force/{agency.force}"))


def emit_post(w: QuadWriter, agency: Agency, role: str) -> tuple[str, str, str]:
    """The post ``role`` in ``agency``: (IRI, slug, Vietnamese label)."""
    slug = f"{role}--{agency.slug}"
    node, (role_vi, role_en) = mint(f"post/{slug}"), ROLE_LABELS[role]
    label = f"{role_vi} {agency.vi}"
    w.add(node, A, iri(ORG.Post))
    w.add(node, iri(ORG.role), mint(f"role/{role}"))
    w.add(node, iri(ORG.postIn), agency.iri)
    w.add(node, P_LABEL, lit(label, "vi"))
    w.add(node, P_LABEL, lit(f"{role_en}, {agency.en}", "en"))
    return node, slug, label


def emit_holding(
    w: QuadWriter, report: Report, who: Official, post: tuple[str, str, str], term: int
) -> None:
    """``who`` holds ``post`` during synthetic term ``term``."""
    begin, end = TERMS[term]
    node = mint(f"post-holding/{who.slug}/{post[1]}/{report.slug}")
    w.add(node, A, iri(NCG.PostHolding))
    w.add(node, iri(NCG.holder), who.iri)
    w.add(node, iri(NCG.post), post[0])
    w.add(node, iri(NCG.heldDuring), mint(f"interval/{begin}--{end}"))
    w.add(who.iri, iri(ORG.holds), post[0])
    sentence = f"Đồng chí {who.name} giữ chức {post[2]} từ ngày {_vi_date(begin)}"
    cite(w, report, node, f"{sentence} đến ngày {_vi_date(end)}.")


def emit_rank(
    w: QuadWriter, report: Report, who: Official, force: str, rank: str, year: int
) -> None:
    """``who`` is attested with ``rank`` of ``force`` in ``year``."""
    node = mint(f"rank-assignment/{who.slug}/{rank}/{report.slug}")
    w.add(node, A, iri(NCG.RankAssignment))
    w.add(node, iri(NCG.holder), who.iri)
    w.add(node, iri(NCG.rank), mint(f"rank/{force}/{rank}"))
    w.add(node, iri(NCG.attestedDuring), mint(f"year/{year}"))
    cite(w, report, node, f"Năm {year}, đồng chí {RANK_LABELS[rank]} {who.name} được nêu tên.")


# --- clusters -----------------------------------------------------------------------------


def _agency(
    namer: Namer, level: int, force: str | None, fields: Sequence[tuple[str, str]]
) -> Agency:
    vi_name = " và ".join(f[0] for f in fields)
    en_name = " and ".join(f[1] for f in fields)
    _, pre_vi, pre_en, _, _ = LEVELS[level]
    vi, en, slug = namer.unique(f"{pre_vi} {vi_name}", f"{pre_en} {en_name}")
    return Agency(mint(f"agency/{slug}"), slug, vi, en, level, force)


def emit_staff(w: QuadWriter, namer: Namer, report: Report, agency: Agency) -> None:
    """Posts of ``agency`` and their holders (two heads in turn, two deputies), with ranks."""
    _, _, _, head_role, deputy_role = LEVELS[agency.level]
    head, deputy = emit_post(w, agency, head_role), emit_post(w, agency, deputy_role)
    agency.heads = [emit_official(w, namer), emit_official(w, namer)]
    deputies = [emit_official(w, namer), emit_official(w, namer)]
    for term, who in enumerate(agency.heads):
        emit_holding(w, report, who, head, term)
    for who in deputies:
        emit_holding(w, report, who, deputy, 1)
    if agency.force is None:
        return
    for term, who in enumerate(agency.heads):
        emit_rank(w, report, who, agency.force, RANKS[agency.level, True], (2020, 2023)[term])
    for who in deputies:
        emit_rank(w, report, who, agency.force, RANKS[agency.level, False], 2023)


def emit_tree(w: QuadWriter, namer: Namer, force: str | None, texts: Path | None) -> Agency:
    """A ministry, two general departments, one board under each; one staff report."""
    fields = namer.fields(4)
    top = _agency(namer, 0, force, fields[:2])
    report = Report(
        f"syn-nhan-su-{top.slug[4:]}", f"Báo cáo giả lập về nhân sự {top.vi}", "2024-01-15"
    )
    w.graph = report.graph
    emit_agency(w, top, None)
    emit_staff(w, namer, report, top)
    for index in (2, 3):
        sub = _agency(namer, 1, force, fields[index : index + 1])
        emit_agency(w, sub, top)
        emit_staff(w, namer, report, sub)
        leaf = _agency(namer, 2, force, namer.fields(1))
        emit_agency(w, leaf, sub)
        emit_staff(w, namer, report, leaf)
    emit_report(w, report, texts)
    return top


def emit_membership(
    w: QuadWriter, report: Report, bloc: tuple[str, str, str], year: int, who: Agency, role: str
) -> None:
    """``who`` is ``role`` (member, leader, deputy) of ``bloc`` in ``year``."""
    node = mint(f"membership/{bloc[1]}/{year}/{who.slug}/{role}")
    w.add(node, A, iri(NCG.BlocMembership))
    w.add(node, iri(ORG.member), who.iri)
    w.add(node, iri(ORG.organization), bloc[0])
    w.add(node, iri(ORG.role), mint(f"bloc-role/{role}"))
    w.add(node, iri(ORG.memberDuring), mint(f"year/{year}"))
    words = {"member": "thành viên", "leader": "Trưởng khối", "deputy": "Phó Trưởng khối"}[role]
    cite(w, report, node, f"Năm {year}, {who.vi} là {words} {bloc[2]}.")


def emit_conference(
    w: QuadWriter,
    report: Report,
    bloc: tuple[str, str, str],
    tops: list[Agency],
    kind: str,
    day: str,
) -> None:
    """A review conference of ``bloc``: ``tops[0]`` chairs, ``tops[1:3]`` speak."""
    year, half = int(report.slug[-4:]), kind == "so-ket"
    period = f"half/{year}-h1" if half else f"year/{year}"
    what_vi = f"sơ kết 6 tháng đầu năm {year}" if half else f"tổng kết năm {year}"
    what_en = f"Mid-year review {year}" if half else f"Year-end review {year}"
    node = mint(f"event/syn-{slugify(what_vi)}-{bloc[1][4:]}")
    term = 0 if day < TERMS[1][0] else 1
    chair, speakers = tops[0].heads[term], [t.heads[term] for t in tops[1:3]]
    w.add(node, A, iri(NCG.Conference))
    w.add(node, iri(NCG.eventKind), mint(f"event-kind/{kind}"))
    w.add(node, iri(SCHEMA.organizer), bloc[0])
    w.add(node, iri(NCG.chair), chair.iri)
    for who in speakers:
        w.add(node, iri(NCG.speaker), who.iri)
    for agency in tops:
        w.add(node, iri(NCG.attendingAgency), agency.iri)
    w.add(node, iri(SCHEMA.startDate), typed(day, XSD_DATE))
    w.add(node, iri(NCG.periodCovered), mint(period))
    w.add(node, iri(SCHEMA.name), lit(f"Hội nghị {what_vi} {bloc[2]}", "vi"))
    w.add(node, iri(SCHEMA.name), lit(f"{what_en} conference, {bloc[2]}", "en"))
    sentence = f"Ngày {_vi_date(day)}, {bloc[2]} tổ chức Hội nghị {what_vi}; đồng chí {chair.name}"
    cite(w, report, node, f"{sentence} chủ trì, {' và '.join(s.name for s in speakers)} phát biểu.")


def emit_cluster(w: QuadWriter, namer: Namer, cluster: int, texts: Path | None) -> None:
    """One bloc of six agency trees (one army, one police) and its five years of activity."""
    forces: list[str | None] = ["qdnd", "cand"] if cluster % 2 == 0 else ["cand", "qdnd"]
    forces += [None] * (TREES_PER_BLOC - 2)
    tops = [emit_tree(w, namer, force, texts) for force in forces]
    theme_vi, theme_en = namer.rng.choice(BLOC_THEMES)
    vi, en, slug = namer.unique(f"Khối thi đua {theme_vi}", f"Emulation Bloc {theme_en}")
    bloc = (mint(f"bloc/{slug}"), slug, vi)
    for year in BLOC_YEARS:
        report = Report(
            f"{slug}-{year}", f"Báo cáo giả lập năm {year} của {vi}", f"{year + 1}-01-20"
        )
        w.graph = report.graph
        if year == BLOC_YEARS[0]:
            w.add(bloc[0], A, iri(NCG.EmulationBloc))
            w.add(bloc[0], P_LABEL, lit(vi, "vi"))
            w.add(bloc[0], P_LABEL, lit(en, "en"))
        lead = (year + cluster) % TREES_PER_BLOC
        order = tops[lead:] + tops[:lead]
        for agency in tops:
            emit_membership(w, report, bloc, year, agency, "member")
        emit_membership(w, report, bloc, year, order[0], "leader")
        emit_membership(w, report, bloc, year, order[1], "deputy")
        day = 10 + cluster % 15
        emit_conference(w, report, bloc, order, "so-ket", f"{year}-07-{day}")
        emit_conference(w, report, bloc, order, "tong-ket", f"{year + 1}-01-{day}")
        emit_report(w, report, texts)


# --- entry points -------------------------------------------------------------------------


def clusters_for(scale: float) -> int:
    """How many clusters a scale stands for (two per unit of scale, at least one).

    >>> clusters_for(0.5), clusters_for(1), clusters_for(100)
    (1, 2, 200)
    """
    if scale <= 0:
        raise ValueError(f"scale must be positive, got {scale}")
    return max(1, round(scale * CLUSTERS_PER_SCALE))


def expected_quads(scale: float) -> int:
    """The exact number of quads :func:`generate` writes at ``scale``.

    >>> expected_quads(1) == HEADER_QUADS + 2 * CLUSTER_QUADS
    True
    """
    return HEADER_QUADS + clusters_for(scale) * CLUSTER_QUADS


def generate(out: TextIO, scale: float, seed: int = DEFAULT_SEED, texts: Path | None = None) -> int:
    """Write the synthetic graph for ``scale`` and ``seed`` to ``out`` as N-Quads.

    Returns the number of quads written; ``texts``, if given, receives each report's text.
    """
    namer, w = Namer(random.Random(seed)), QuadWriter(out)
    emit_calendar(w, texts)
    for cluster in range(clusters_for(scale)):
        emit_cluster(w, namer, cluster, texts)
    w.flush()
    return w.count


def main(argv: Sequence[str] | None = None) -> int:
    """``python bench/generate.py --scale N --out FILE.nq [--seed S] [--texts DIR]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--scale", type=float, default=1.0, help="1 ≈ 10k quads (default 1)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, required=True, help="N-Quads file to write")
    parser.add_argument("--texts", type=Path, help="folder for the synthetic report texts")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.texts is not None:
        args.texts.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    partial = args.out.with_name(args.out.name + ".part")
    with partial.open("w", encoding="utf-8", newline="\n") as out:
        count = generate(out, args.scale, args.seed, args.texts)
    partial.replace(args.out)  # readers of an older file keep reading it whole
    elapsed = time.perf_counter() - started
    print(f"{count} quads in {elapsed:.1f} s → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
