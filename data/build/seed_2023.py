"""Build the named graphs of the seed report ``noi-chinh-2023-mid-year`` (hand-curated).

Every fact below quotes the sentence of the report that states it, with the code-point offsets of
that sentence in the NFC text (end exclusive). The build finds each sentence, checks that the
offsets and the quote agree and that the quote occurs once, then writes two TriG files:

* ``data/graphs/noi-chinh-2023-mid-year.trig`` - the graph of the report
  (``ncgg:report/noi-chinh-2023-mid-year``): what the report says, with its evidence;
* ``data/graphs/seed-context.trig`` - what the seed needs but the report does not say (agency
  kinds, canonical and English names, hierarchy, armed forces), one small graph per cited source.

Run from the repository root: ``python data/build/seed_2023.py`` (``--check`` only compares).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import (
    DCTERMS,
    FOAF,
    NCG,
    NCGG,
    NCGID,
    ORG,
    PREFIXES,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    XSD,
)
from nội_chính_graph.reference.evidence import Fact, evidence_triples
from nội_chính_graph.reference.terms import Triple, en, interval, iri, vi, year
from nội_chính_graph.text import nfc, slugify

ROOT = Path(__file__).resolve().parents[2]
REPORT_SLUG = "noi-chinh-2023-mid-year"
REPORT_FILE = f"{REPORT_SLUG}.txt"
REPORT_SHA256 = "cd01a5269c13852e54ecef150e25403f21325808e428695f769039810aafa8b2"
REPORT_PATH = ROOT / "data" / "reports" / REPORT_FILE
REPORT_TRIG = ROOT / "data" / "graphs" / f"{REPORT_SLUG}.trig"
CONTEXT_TRIG = ROOT / "data" / "graphs" / "seed-context.trig"

REPORT = NCGID[f"report/{REPORT_SLUG}"]
REPORT_GRAPH = NCGG[f"report/{REPORT_SLUG}"]
NBSP = "\xa0"


# ---------------------------------------------------------------------------------------------
# The sentences of the report that state facts (key, start, end, exact text).
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    """One sentence of the report: code-point offsets into the NFC text, end exclusive."""

    start: int
    end: int
    exact: str


QUOTES: dict[str, Quote] = {
    "chairs": Quote(
        0,
        249,
        "Chủ trì và điều hành Hội nghị có các đồng chí Uỷ viên Trung ương Đảng: Ngô Văn Tuấn, "
        "Tổng Kiểm toán Nhà nước; Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an; Trung tướng "
        "Trịnh Văn Quyết, Phó chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam.",
    ),
    "attendance": Quote(
        251,
        342,
        f"Tham dự Hội nghị{NBSP}còn có đại diện{NBSP}lãnh đạo các bộ, ban, ngành Trung ương "
        "thuộc Khối thi đua.",
    ),
    "members": Quote(
        344,
        605,
        "Khối thi đua các bộ, ngành nội chính Trung ương có 8 đơn vị thành viên gồm: Kiểm toán "
        "Nhà nước (khối trưởng khối thi đua năm 2023), TAND tối cao, Bộ Quốc phòng, Bộ Công an, "
        "Bộ Tư pháp, VKSND tối cao, Thanh tra Chính phủ và Ban quản lý Lăng Chủ tịch Hồ Chí Minh.",
    ),
    "period": Quote(
        650,
        922,
        "Theo báo cáo, trong 6 tháng đầu năm 2023, dưới sự quan tâm, chỉ đạo sát sao của lãnh "
        "đạo các bộ, ban, ngành và Ban Thi đua - Khen thưởng Trung ương, công tác thi đua - khen "
        "thưởng của Khối thi đua các bộ, ngành nội chính Trung ương đã đạt"
        f"{NBSP}được nhiều kết quả đáng ghi nhận.",
    ),
    "caption-ngo-van-tuan": Quote(
        944,
        1043,
        f"Đồng chí Ngô Văn Tuấn,{NBSP}Uỷ viên Trung ương Đảng, Tổng Kiểm toán Nhà nước phát biểu "
        "chỉ đạo Hội nghị.",
    ),
    "theme": Quote(
        1045,
        1205,
        "Năm 2023, phong trào thi đua của Khối thi đua các bộ, ngành nội chính Trung ương có chủ "
        "đề “Đoàn kết, kỷ cương, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ”.",
    ),
    "motto": Quote(
        1467,
        1740,
        "Tổ chức phát động các phong trào thi đua thường xuyên, theo đợt, chuyên đề, hướng phong "
        "trào thi đua vào việc thực hiện các nhiệm vụ trọng tâm gắn với phương châm hành động của "
        "Chính phủ năm 2023 “Đoàn kết kỷ cương, bản lĩnh linh hoạt, đổi mới sáng tạo, kịp thời "
        "hiệu quả”.",
    ),
    "caption-tran-quoc-to": Quote(
        2251,
        2348,
        "Thượng tướng Trần Quốc Tỏ, Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Công an phát biểu tại "
        "Hội nghị.",
    ),
    "caption-trinh-van-quyet": Quote(
        4011,
        4148,
        "Trung tướng Trịnh Văn Quyết, Uỷ viên Trung ương Đảng, Phó Chủ nhiệm Tổng cục Chính trị "
        f"Quân đội nhân dân{NBSP}Việt Nam phát biểu tại Hội nghị.",
    ),
    "discussion": Quote(
        4150,
        4357,
        "Tại Hội nghị, các thành viên trong Khối thi đua đã tập trung thảo luận, trao đổi và đề "
        "xuất các biện pháp nhằm đẩy mạnh phong trào thi đua, đi tới thống nhất chương trình công "
        "tác trọng tâm 6 tháng cuối năm.",
    ),
}


def locate(text: str, quote: Quote, key: str) -> None:
    """Check that ``quote`` occurs exactly once in ``text``, at its recorded offsets."""
    found = text.find(quote.exact)
    if found < 0 or text.count(quote.exact) != 1:
        raise ValueError(f"quote {key!r} must occur exactly once in {REPORT_FILE}")
    if (found, found + len(quote.exact)) != (quote.start, quote.end):
        raise ValueError(
            f"quote {key!r} is at [{found}, {found + len(quote.exact)}), "
            f"recorded as [{quote.start}, {quote.end})"
        )


# ---------------------------------------------------------------------------------------------
# Entities the report names
# ---------------------------------------------------------------------------------------------

BLOC_SLUG = "khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"
BLOC = iri(f"bloc/{BLOC_SLUG}")
YEAR = iri("year/2023")
HALF = iri("half/2023-h1")
CONFERENCE = iri(f"event/so-ket-6-thang-dau-nam-2023-{BLOC_SLUG}")
THEME = iri(f"theme/{BLOC_SLUG}/2023")
MOTTO = iri("motto/2023")
MEMBER_COUNT = iri(f"member-count/{BLOC_SLUG}/2023/{REPORT_SLUG}")
CHINH_PHU = iri("agency/chinh-phu")
BAN_TDKT = iri("agency/ban-thi-dua-khen-thuong-trung-uong")
BCH_TW = iri("party-organ/ban-chap-hanh-trung-uong-dang")
UY_VIEN = iri("party-role/uy-vien")
QDND = iri("force/qdnd")
CAND = iri("force/cand")


@dataclass(frozen=True)
class Agency:
    """A state agency: canonical names, the report's surface forms, kind and where it sits."""

    name_vi: str
    name_en: str
    report_forms: tuple[str, ...] = ()
    kind: str | None = None

    @property
    def node(self) -> URIRef:
        """The agency IRI, minted from the canonical Vietnamese name."""
        return iri(f"agency/{slugify(self.name_vi)}")


KTNN = Agency("Kiểm toán Nhà nước", "State Audit Office of Vietnam", kind="state-audit")
TANDTC = Agency(
    "Tòa án nhân dân tối cao", "Supreme People's Court", ("TAND tối cao",), kind="court"
)
BQP = Agency("Bộ Quốc phòng", "Ministry of National Defence", kind="ministry")
BCA = Agency("Bộ Công an", "Ministry of Public Security", kind="ministry")
BTP = Agency("Bộ Tư pháp", "Ministry of Justice", kind="ministry")
VKSNDTC = Agency(
    "Viện kiểm sát nhân dân tối cao",
    "Supreme People's Procuracy",
    ("VKSND tối cao",),
    kind="procuracy",
)
TTCP = Agency("Thanh tra Chính phủ", "Government Inspectorate", kind="ministry-level-agency")
BQLL = Agency(
    "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh",
    "Management Board of President Ho Chi Minh Mausoleum",
    ("Ban quản lý Lăng Chủ tịch Hồ Chí Minh",),
    kind="government-agency",
)
TCCT = Agency(
    "Tổng cục Chính trị Quân đội nhân dân Việt Nam",
    "General Department of Politics of the Vietnam People's Army",
    kind="general-department",
)
MEMBERS: tuple[Agency, ...] = (KTNN, TANDTC, BQP, BCA, BTP, VKSNDTC, TTCP, BQLL)


@dataclass(frozen=True)
class Official:
    """An official of the report with the post, rank and Party role it attests."""

    name: str
    role_slug: str
    agency: Agency
    post_vi: str
    post_en: str
    quotes: tuple[str, ...]
    rank: str | None = None
    rank_note: str | None = None

    @property
    def slug(self) -> str:
        """The person slug."""
        return slugify(self.name)

    @property
    def node(self) -> URIRef:
        """The person IRI."""
        return iri(f"person/{self.slug}")

    @property
    def post(self) -> URIRef:
        """The post IRI (role and agency)."""
        return iri(f"post/{self.role_slug}--{slugify(self.agency.name_vi)}")


NGO_VAN_TUAN = Official(
    "Ngô Văn Tuấn",
    "tong-kiem-toan-nha-nuoc",
    KTNN,
    "Tổng Kiểm toán Nhà nước",
    "State Auditor General",
    ("chairs", "caption-ngo-van-tuan"),
)
TRAN_QUOC_TO = Official(
    "Trần Quốc Tỏ",
    "thu-truong",
    BCA,
    "Thứ trưởng Bộ Công an",
    "Deputy Minister of Public Security",
    ("chairs", "caption-tran-quoc-to"),
    rank="cand/thuong-tuong",
    rank_note="The report writes only 'Thượng tướng'; the rank is read in the CAND ladder "
    "because he is Thứ trưởng Bộ Công an in the same sentence.",
)
TRINH_VAN_QUYET = Official(
    "Trịnh Văn Quyết",
    "pho-chu-nhiem",
    TCCT,
    "Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam",
    "Deputy Director of the General Department of Politics of the Vietnam People's Army",
    ("chairs", "caption-trinh-van-quyet"),
    rank="qdnd/trung-tuong",
    rank_note="The report writes only 'Trung tướng'; the rank is read in the QĐND ladder "
    "because his post is in Tổng cục Chính trị Quân đội nhân dân Việt Nam.",
)
OFFICIALS: tuple[Official, ...] = (NGO_VAN_TUAN, TRAN_QUOC_TO, TRINH_VAN_QUYET)
ROLE_NAMES: dict[str, tuple[str, str]] = {
    "tong-kiem-toan-nha-nuoc": ("Tổng Kiểm toán Nhà nước", "State Auditor General"),
    "thu-truong": ("Thứ trưởng", "Deputy Minister"),
    "pho-chu-nhiem": ("Phó Chủ nhiệm", "Deputy Director"),
}


# ---------------------------------------------------------------------------------------------
# Facts: a node, its class, its statements and the sentences that state it
# ---------------------------------------------------------------------------------------------


def said(*keys: str) -> tuple[str, ...]:
    """The exact sentences of the report with these keys."""
    return tuple(QUOTES[key].exact for key in keys)


def membership(agency: Agency, role: str, quote: str) -> Fact:
    """The membership of ``agency`` in the bloc in 2023 with bloc role ``role``."""
    node = iri(f"membership/{BLOC_SLUG}/2023/{slugify(agency.name_vi)}/{role}")
    statements = (
        (ORG.member, agency.node),
        (ORG.organization, BLOC),
        (ORG.role, iri(f"bloc-role/{role}")),
        (ORG.memberDuring, YEAR),
    )
    return Fact(node, NCG.BlocMembership, statements, said(quote))


def bloc_facts() -> list[Fact]:
    """The 8 memberships for 2023, KTNN as leader for 2023 and the stated member count."""
    note = (
        "The report lists the 8 members in the present tense in a text about 2023; the "
        "membership is recorded for 2023 only.",
    )
    facts = [membership(agency, "member", "members") for agency in MEMBERS]
    facts = [Fact(f.node, f.cls, f.statements, f.quotes, note) for f in facts]
    facts.append(membership(KTNN, "leader", "members"))
    count = (
        (NCG.bloc, BLOC),
        (NCG.year, Literal("2023", datatype=XSD.gYear)),
        (NCG.statedMemberCount, Literal(8)),
    )
    facts.append(Fact(MEMBER_COUNT, NCG.MemberCountStatement, count, said("members")))
    return facts


def official_facts(person: Official) -> list[Fact]:
    """Post holding, Party role and (when given) rank of one official."""
    holding = Fact(
        iri(f"post-holding/{person.slug}/{person.post.split('/post/')[1]}/{REPORT_SLUG}"),
        NCG.PostHolding,
        ((NCG.holder, person.node), (NCG.post, person.post), (NCG.attestedDuring, YEAR)),
        said(*person.quotes),
    )
    party = Fact(
        iri(f"party-membership/{person.slug}/ban-chap-hanh-trung-uong-dang/uy-vien/{REPORT_SLUG}"),
        NCG.PartyRoleMembership,
        (
            (ORG.member, person.node),
            (ORG.organization, BCH_TW),
            (ORG.role, UY_VIEN),
            (NCG.attestedDuring, YEAR),
        ),
        said(*person.quotes),
        ("The report does not give the Party term (khóa).",),
    )
    facts = [holding, party]
    if person.rank is not None:
        rank_slug = person.rank.split("/")[1]
        facts.append(
            Fact(
                iri(f"rank-assignment/{person.slug}/{rank_slug}/{REPORT_SLUG}"),
                NCG.RankAssignment,
                (
                    (NCG.holder, person.node),
                    (NCG.rank, iri(f"rank/{person.rank}")),
                    (NCG.attestedDuring, YEAR),
                ),
                said(*person.quotes),
                (person.rank_note or "",),
            )
        )
    return facts


CONFERENCE_NOTES = (
    "The report does not give the date of the conference, its place, its official title or "
    "the word 'sơ kết': the kind (mid-year review) is read from its content (results of the "
    "first 6 months of 2023, the programme for the last 6 months).",
    "The schema:name is a description written by the curator, not a title quoted from the report.",
    "The report says representatives of the leadership of the bloc's ministries and sectors "
    "attended; it does not name them or say that every member agency sent one.",
)


def conference_fact() -> Fact:
    """The conference: kind, organiser, chairs, speakers, attendance, period, theme, motto."""
    statements: list[tuple[URIRef, Node]] = [
        (SCHEMA.name, vi(f"Hội nghị sơ kết 6 tháng đầu năm 2023 {BLOC_NAME_VI}")),
        (SCHEMA.name, en(f"Mid-year 2023 review conference of the {BLOC_NAME_EN}")),
        (NCG.eventKind, iri("event-kind/so-ket")),
        (SCHEMA.organizer, BLOC),
        (NCG.periodCovered, HALF),
        (NCG.theme, THEME),
        (NCG.motto, MOTTO),
    ]
    statements += [(NCG.chair, person.node) for person in OFFICIALS]
    statements += [(NCG.speaker, person.node) for person in OFFICIALS]
    statements += [(NCG.attendingAgency, agency.node) for agency in MEMBERS]
    statements += [(SKOS.editorialNote, en(note)) for note in CONFERENCE_NOTES]
    quotes = (
        "chairs",
        "attendance",
        "period",
        "caption-ngo-van-tuan",
        "caption-tran-quoc-to",
        "caption-trinh-van-quyet",
        "discussion",
        "theme",
        "motto",
    )
    return Fact(CONFERENCE, NCG.Conference, tuple(statements), said(*quotes))


def theme_and_motto() -> list[Fact]:
    """The bloc's emulation theme for 2023 and the Government's motto for 2023."""
    gyear = Literal("2023", datatype=XSD.gYear)
    theme_text = "Đoàn kết, kỷ cương, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ"
    motto_text = "Đoàn kết kỷ cương, bản lĩnh linh hoạt, đổi mới sáng tạo, kịp thời hiệu quả"
    theme = Fact(
        THEME,
        NCG.EmulationTheme,
        ((NCG.bloc, BLOC), (NCG.year, gyear), (NCG.text, vi(theme_text))),
        said("theme"),
    )
    motto = Fact(
        MOTTO,
        NCG.GovernmentMotto,
        ((NCG.year, gyear), (NCG.text, vi(motto_text)), (DCTERMS.creator, CHINH_PHU)),
        said("motto"),
    )
    return [theme, motto]


BLOC_NAME_VI = "Khối thi đua các bộ, ngành nội chính Trung ương"
BLOC_NAME_EN = "Emulation Bloc of Central Internal Affairs Ministries and Sectors"


def all_facts() -> list[Fact]:
    """Every fact of the report, in a fixed order."""
    facts = bloc_facts()
    for person in OFFICIALS:
        facts += official_facts(person)
    return [*facts, conference_fact(), *theme_and_motto()]


# Mentions that are not fact nodes: the report names the Ban Thi đua - Khen thưởng Trung ương as
# guiding the bloc's work in the first half of 2023; the contract has no property for that.
MENTIONS: tuple[tuple[URIRef, str], ...] = ((BAN_TDKT, "period"),)


# ---------------------------------------------------------------------------------------------
# Report graph
# ---------------------------------------------------------------------------------------------

REPORT_NOTES = (
    "The text gives no URL, publisher, publication date, headline or author name; it ends with "
    "the byline 'P.V' (phóng viên, 'reporter'). None of them is guessed here.",
    "The text carries the token 'leftcenterrightdel', the image toolbar of a newspaper CMS, "
    "before each photo caption; the outlet is not inferred from it.",
    "The report does not give the date or place of the conference.",
    "Not modelled (no term in the contract): the Ban Thi đua - Khen thưởng Trung ương and the "
    "leadership of the bloc's ministries gave 'quan tâm, chỉ đạo sát sao' to the bloc's "
    "emulation work in the first half of 2023; the spirit 'càng khó khăn càng ra sức thi đua'; "
    "the work programme for the last 6 months of 2023.",
)


def report_triples(text_bytes: bytes) -> Iterator[Triple]:
    """The report node and the graph's own description."""
    yield REPORT, RDF.type, NCG.Report
    yield REPORT, NCG.textFile, Literal(REPORT_FILE)
    yield REPORT, NCG.sha256, Literal(hashlib.sha256(text_bytes).hexdigest())
    for note in REPORT_NOTES:
        yield REPORT, SKOS.editorialNote, en(note)
    yield REPORT_GRAPH, RDF.type, NCG.SourceGraph
    yield REPORT_GRAPH, PROV.wasDerivedFrom, REPORT


def time_triples() -> Iterator[Triple]:
    """The year 2023 and its first half."""
    yield from year(2023)
    yield from interval(HALF, "6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")


def entity_triples() -> Iterator[Triple]:
    """Officials, posts and the report's surface forms of agency names."""
    for person in OFFICIALS:
        yield person.node, RDF.type, NCG.Official
        yield person.node, FOAF.name, vi(person.name)
        yield person.node, SKOS.prefLabel, vi(person.name)
        yield person.node, SKOS.prefLabel, en(person.name)
        yield person.node, ORG.holds, person.post
        yield person.post, RDF.type, ORG.Post
        yield person.post, ORG.role, iri(f"role/{person.role_slug}")
        yield person.post, ORG.postIn, person.agency.node
        yield person.post, SKOS.prefLabel, vi(person.post_vi)
        yield person.post, SKOS.prefLabel, en(person.post_en)
    for agency in MEMBERS:
        for form in agency.report_forms:
            yield agency.node, SKOS.altLabel, vi(form)


def report_graph(text: str, text_bytes: bytes) -> Iterator[Triple]:
    """All triples of ``ncgg:report/noi-chinh-2023-mid-year``."""
    for key, quote in QUOTES.items():
        locate(text, quote, key)
    yield from report_triples(text_bytes)
    yield from time_triples()
    yield from entity_triples()
    mentions = [(node, QUOTES[key].exact) for node, key in MENTIONS]
    yield from evidence_triples(REPORT, REPORT_SLUG, text, all_facts(), mentions)


# ---------------------------------------------------------------------------------------------
# Seed context: what the seed needs and the report does not say, one graph per source
# ---------------------------------------------------------------------------------------------

WIKI = "https://github.com/tnt305/tai_lieu_noi_bo/blob/94c5034/src/etl/dataset/"


@dataclass(frozen=True)
class Source:
    """A cited public document and the small reference graph built from it."""

    topic: str
    urls: tuple[str, ...]
    note: str

    @property
    def graph(self) -> URIRef:
        """The named graph of the facts taken from this source."""
        return NCGG[f"reference/{self.topic}"]


GOVERNMENT_SOURCE = Source(
    "seed-government",
    ("https://bannenbiet.com/co-bao-nhieu-bo-va-co-quan-ngang-bo/",),
    "The Government (Chính phủ) whose ministries and ministry-level agencies the page lists "
    "(reference_facts.md §1a); the seed report names it as the author of the year's motto. "
    "Every other agency the seed names is described in data/reference/.",
)
PARTY_SOURCE = Source(
    "seed-party-central-committee",
    (
        "http://sonoivu.hatinh.gov.vn/snv/portal/read/tin-trong-nganh/tintuc/le-ky-niem-70-nam-ngay-thanh-lap-bo-noi-vu-ngay-truyen-thong-nganh-to-chuc-nha-n.html",
    ),
    "'Ban Chấp hành Trung ương Đảng' and its short form 'BCH Trung ương' (reference_facts.md "
    "§3, §5): the Party body of which an 'Ủy viên Trung ương Đảng' is a member.",
)
HIERARCHY_SOURCE = Source(
    "seed-hierarchy",
    (f"{WIKI}2c1d4e991a2bbbc1.md",),
    "Tổng cục Chính trị Quân đội nhân dân Việt Nam 'trực thuộc Bộ Quốc phòng', the Party and "
    "political organ of the army (reference_facts.md §1), hence Bộ Quốc phòng → QĐND.",
)
CAND_SOURCE = Source(
    "seed-armed-forces",
    (
        "https://kienthuc.net.vn/xa-hoi/chan-dung-2-thu-truong-duoc-thang-quan-ham-thuong-tuong-cong-an-1646936.html",
    ),
    "A Thứ trưởng Bộ Công an promoted to the police rank Thượng tướng "
    "(reference_facts.md §6), hence Bộ Công an → CAND.",
)
SOURCES = (GOVERNMENT_SOURCE, PARTY_SOURCE, HIERARCHY_SOURCE, CAND_SOURCE)


def source_triples(source: Source) -> Iterator[Triple]:
    """The graph's description and its cited documents."""
    yield source.graph, RDF.type, NCG.SourceGraph
    yield source.graph, SKOS.editorialNote, en(source.note)
    for url in source.urls:
        document = URIRef(url)
        yield source.graph, PROV.wasDerivedFrom, document
        yield document, RDF.type, PROV.Entity
        yield document, SCHEMA.url, Literal(url, datatype=XSD.anyURI)


CONTEXT_AGENCIES: tuple[Agency, ...] = (
    Agency("Chính phủ", "Government of Vietnam", kind="government"),
)


def agency_triples(agency: Agency) -> Iterator[Triple]:
    """Type, names and kind of one agency."""
    yield agency.node, RDF.type, NCG.StateAgency
    yield agency.node, SKOS.prefLabel, vi(agency.name_vi)
    yield agency.node, SKOS.prefLabel, en(agency.name_en)
    if agency.kind is not None:
        yield agency.node, ORG.classification, iri(f"kind/{agency.kind}")


def party_organ_triples() -> Iterator[Triple]:
    """The Party Central Committee, the organ of 'Uỷ viên Trung ương Đảng'."""
    yield BCH_TW, RDF.type, NCG.PartyOrgan
    yield BCH_TW, SKOS.prefLabel, vi("Ban Chấp hành Trung ương Đảng")
    yield BCH_TW, SKOS.prefLabel, en("Central Committee of the Communist Party of Vietnam")
    yield BCH_TW, ORG.classification, iri("kind/party-central-committee")
    # "Trung ương Đảng" alone is unsourced here (issue 12, item 6); it is an alias in
    # data/reference/tables/aliases.csv, with the page that uses it for the Committee.
    for form in ("BCH Trung ương Đảng", "BCH Trung ương"):
        yield BCH_TW, SKOS.altLabel, vi(form)


def context_graphs() -> Iterator[tuple[URIRef, Triple]]:
    """All (graph, triple) pairs of the seed-context file."""
    for source in SOURCES:
        for triple in source_triples(source):
            yield source.graph, triple
    for agency in CONTEXT_AGENCIES:
        for triple in agency_triples(agency):
            yield GOVERNMENT_SOURCE.graph, triple
    yield from ((PARTY_SOURCE.graph, triple) for triple in party_organ_triples())
    yield HIERARCHY_SOURCE.graph, (BQP.node, NCG.armedForce, QDND)
    yield CAND_SOURCE.graph, (BCA.node, NCG.armedForce, CAND)


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def new_dataset() -> Dataset:
    """An empty dataset with the project prefixes bound."""
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    return dataset


Quad = tuple[URIRef, Triple]
_HEADER = "# Generated by data/build/seed_2023.py from hand-curated facts - do not edit by hand.\n"


def _predicate_key(predicate: URIRef) -> tuple[int, str]:
    """``rdf:type`` first, then predicates in IRI order."""
    return (0 if predicate == RDF.type else 1, str(predicate))


def _term(term: Node, names: Graph) -> str:
    """A term in Turtle syntax; ``ncgid:`` IRIs relative to ``@base`` (their paths hold '/')."""
    if isinstance(term, URIRef) and str(term).startswith(str(NCGID)):
        return f"<{str(term)[len(str(NCGID)) :]}>"
    return term.n3(names.namespace_manager)


def _subject_block(subject: URIRef, pairs: set[tuple[URIRef, Node]], names: Graph) -> str:
    """One subject with its predicate-object list, sorted, in Turtle syntax."""
    lines: list[str] = []
    for predicate in sorted({p for p, _ in pairs}, key=_predicate_key):
        objects = sorted(_term(o, names) for p, o in pairs if p == predicate)
        verb = "a" if predicate == RDF.type else _term(predicate, names)
        lines.append(f"{verb} " + " ,\n            ".join(objects))
    return f"    {_term(subject, names)}\n        " + " ;\n        ".join(lines) + " .\n"


def to_trig(quads: Iterable[Quad]) -> str:
    """Serialise (graph, triple) pairs as TriG: graphs, subjects, predicates, objects sorted."""
    names = new_dataset()
    graphs: dict[URIRef, dict[URIRef, set[tuple[URIRef, Node]]]] = {}
    for graph_iri, (subject, predicate, obj) in quads:
        graphs.setdefault(graph_iri, {}).setdefault(subject, set()).add((predicate, obj))
    out = [_HEADER, f"@base <{NCGID}> .\n"]
    out += [f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())]
    for graph_iri in sorted(graphs):
        subjects = graphs[graph_iri]
        blocks = [_subject_block(s, subjects[s], names) for s in sorted(subjects)]
        out.append(f"\n{_term(graph_iri, names)} {{\n" + "\n".join(blocks) + "}\n")
    return "".join(out)


def build() -> dict[Path, str]:
    """Return the text of every file this script writes, keyed by path."""
    text_bytes = REPORT_PATH.read_bytes()
    if hashlib.sha256(text_bytes).hexdigest() != REPORT_SHA256:
        raise ValueError(f"{REPORT_PATH} is not the recorded seed report (sha256 differs)")
    text = text_bytes.decode("utf-8")
    if nfc(text) != text:
        raise ValueError(f"{REPORT_PATH} is not in NFC")
    report = ((REPORT_GRAPH, triple) for triple in report_graph(text, text_bytes))
    return {REPORT_TRIG: to_trig(report), CONTEXT_TRIG: to_trig(context_graphs())}


def main(argv: list[str] | None = None) -> int:
    """Write the graphs, or with ``--check`` report whether the files on disk are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    stale = []
    for path, content in build().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == content:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(content, encoding="utf-8")
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
