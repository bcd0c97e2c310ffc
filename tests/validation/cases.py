"""Steward cases: ingests in the style of the shipped data, each with one real-world error.

Each case is an RDF payload (as a steward would send to ``POST /api/v1/ingests``) plus the shape
that must catch it and words its messages must contain. Every payload gets a report node whose
text is handed to the validator, and one annotation per fact pointing at a sentence of it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

TEXT = (
    "Ngày 10/7/2026, Khối thi đua các bộ, ngành nội chính Trung ương tổ chức Hội nghị sơ kết "
    "công tác thi đua 6 tháng đầu năm. "
    "Khối gồm các đơn vị: Bộ Công an, Bộ Quốc phòng, Bộ Tư pháp, Bộ Kế hoạch và Đầu tư. "
    "Dự hội nghị có Trung tướng Trịnh Văn Quyết.\n"
)
SENTENCES = [s + "." for s in TEXT.strip().removesuffix(".").split(". ")]
SHA = hashlib.sha256(TEXT.encode()).hexdigest()
GRAPH = "https://w3id.org/noi-chinh/graph/ingest/steward-case"

PREFIXES = """
@prefix ncg: <https://w3id.org/noi-chinh/ontology#> .
@prefix ncgid: <https://w3id.org/noi-chinh/id/> .
@prefix agency: <https://w3id.org/noi-chinh/id/agency/> .
@prefix organ: <https://w3id.org/noi-chinh/id/party-organ/> .
@prefix person: <https://w3id.org/noi-chinh/id/person/> .
@prefix post: <https://w3id.org/noi-chinh/id/post/> .
@prefix role: <https://w3id.org/noi-chinh/id/role/> .
@prefix bloc: <https://w3id.org/noi-chinh/id/bloc/> .
@prefix blocrole: <https://w3id.org/noi-chinh/id/bloc-role/> .
@prefix rankqdnd: <https://w3id.org/noi-chinh/id/rank/qdnd/> .
@prefix rankcand: <https://w3id.org/noi-chinh/id/rank/cand/> .
@prefix year: <https://w3id.org/noi-chinh/id/year/> .
@prefix date: <https://w3id.org/noi-chinh/id/date/> .
@prefix level: <https://w3id.org/noi-chinh/id/level/> .
@prefix province: <https://w3id.org/noi-chinh/id/province/> .
@prefix precision: <https://w3id.org/noi-chinh/id/precision/> .
@prefix force: <https://w3id.org/noi-chinh/id/force/> .
@prefix kind: <https://w3id.org/noi-chinh/id/kind/> .
@prefix unreviewed: <https://w3id.org/noi-chinh/id/review-status/> .
@prefix fact: <https://w3id.org/noi-chinh/id/fact/steward-case/> .
@prefix ann: <https://w3id.org/noi-chinh/id/annotation/steward-case/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

NOI_CHINH = "bloc:khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"
KHXH = "bloc:khoi-thi-dua-cac-bo-nganh-khoa-hoc-van-hoa-xa-hoi"
BAN_DANG = "bloc:khoi-thi-dua-cac-ban-dang-trung-uong"


def year(value: int) -> str:
    """A year interval as an ingest writes it (the shipped data lacks some years)."""
    return f"""
    year:{value} a time:ProperInterval ; rdfs:label "{value}" ; ncg:precision precision:year ;
        time:hasBeginning date:{value}-01-01 ; time:hasEnd date:{value}-12-31 .
    date:{value}-01-01 a time:Instant ; time:inXSDDate "{value}-01-01"^^xsd:date .
    date:{value}-12-31 a time:Instant ; time:inXSDDate "{value}-12-31"^^xsd:date .
"""


def membership(node: str, bloc: str, member: str, role: str, period: str) -> str:
    """A bloc membership."""
    return f"""
    {node} a ncg:BlocMembership ; org:organization {bloc} ; org:member {member} ;
        org:role blocrole:{role} ; org:memberDuring {period} ."""


def span(sentence: int) -> tuple[int, int]:
    """Code-point offsets of a sentence of :data:`TEXT`."""
    start = TEXT.index(SENTENCES[sentence])
    return start, start + len(SENTENCES[sentence])


def annotation(
    facts: list[str], start: int, end: int, exact: str, source: str = "ncgid:report\\/steward-case"
) -> str:
    """One annotation of ``facts`` with the given selectors."""
    bodies = " , ".join(facts)
    return f"""
    ann:1 a oa:Annotation ; oa:hasBody {bodies} ; oa:hasTarget ann:1-target .
    ann:1-target a oa:SpecificResource ; oa:hasSource {source} ;
        oa:hasSelector ann:1-pos , ann:1-quote .
    ann:1-pos a oa:TextPositionSelector ; oa:start {start} ; oa:end {end} .
    ann:1-quote a oa:TextQuoteSelector ; oa:exact {exact!r} ."""


@dataclass(frozen=True)
class Case:
    """One ingest with one error, the shape that must catch it and what its message must say."""

    name: str
    error: str
    body: str
    facts: list[str]
    shape: str
    en: list[str]
    vi: list[str]
    anchor: str | None = None
    not_en: list[str] = field(default_factory=list)
    severity: str = "Violation"

    def turtle(self) -> str:
        """The payload: prefixes, the source graph and report, the body, the evidence."""
        start, end = span(1)
        evidence = self.anchor or annotation(self.facts, start, end, SENTENCES[1])
        evidence = evidence if self.facts else ""
        provenance = "".join(
            f"\n    {f} prov:wasDerivedFrom ncgid:report\\/steward-case ; ncg:evidence ann:1 ."
            for f in self.facts
        )
        return f"""{PREFIXES}
<{GRAPH}> {{
    <{GRAPH}> a ncg:SourceGraph ; prov:wasDerivedFrom ncgid:report\\/steward-case .
    ncgid:report\\/steward-case a ncg:Report ; ncg:sha256 "{SHA}" .
{self.body}
{provenance}
{evidence}
}}
"""


def _cases() -> list[Case]:
    m = "fact:m"
    trinh = "person:trinh-van-quyet"
    return [
        Case(
            "merged-ministry-member-after-it-ended",
            "Bộ Kế hoạch và Đầu tư a bloc member in 2026 (merged into Bộ Tài chính in 2025)",
            year(2026)
            + membership(m, NOI_CHINH, "agency:bo-ke-hoach-va-dau-tu", "member", "year:2026"),
            [m],
            "FactWithinValidityShape",
            ["Bộ Kế hoạch và Đầu tư", "existed only from 2016-07-26 to 2025-02-18", "Bộ Tài chính"],
            ["chỉ tồn tại từ 2016-07-26 đến 2025-02-18", "Đơn vị kế tục"],
        ),
        Case(
            "split-ministry-member-after-it-ended",
            "Bộ Lao động - Thương binh và Xã hội in the Science-Culture-Society bloc in 2026",
            year(2026)
            + membership(
                m, KHXH, "agency:bo-lao-dong-thuong-binh-va-xa-hoi", "member", "year:2026"
            ),
            [m],
            "FactWithinValidityShape",
            ["2025-02-18", "Bộ Nội vụ", "Bộ Y tế"],
            ["2025-02-18", "Bộ Nội vụ"],
        ),
        Case(
            "minister-of-a-merged-ministry",
            "A Minister of Transport attested in 2026, after the ministry was merged",
            year(2026)
            + """
    post:bo-truong--bo-giao-thong-van-tai a org:Post ; org:role role:bo-truong ;
        org:postIn agency:bo-giao-thong-van-tai ;
        skos:prefLabel "Bộ trưởng Bộ Giao thông vận tải"@vi .
    person:nguyen-van-a a ncg:Official ; foaf:name "Nguyễn Văn A"@vi ;
        skos:prefLabel "Nguyễn Văn A"@vi , "Nguyễn Văn A"@en ;
        ncg:reviewStatus unreviewed:unreviewed .
    fact:h a ncg:PostHolding ; ncg:holder person:nguyen-van-a ;
        ncg:post post:bo-truong--bo-giao-thong-van-tai ; ncg:attestedDuring year:2026 .""",
            ["fact:h"],
            "FactWithinValidityShape",
            ["Bộ Giao thông vận tải", "2025-02-18", "Bộ Xây dựng"],
            ["Bộ Giao thông vận tải", "2025-02-18"],
        ),
        Case(
            "ministry-member-before-it-was-founded",
            "Bộ Dân tộc và Tôn giáo (founded 2025) a bloc member in 2023",
            membership(m, KHXH, "agency:bo-dan-toc-va-ton-giao", "member", "year:2023"),
            [m],
            "FactWithinValidityShape",
            ["Bộ Dân tộc và Tôn giáo", "from 2025-02-18", "2023-01-01 – 2023-12-31"],
            ["từ 2025-02-18"],
        ),
        Case(
            "two-ranks-on-the-same-date",
            "Trịnh Văn Quyết as Thiếu tướng in 2023 while the graph has him as Trung tướng in 2023",
            f"""
    fact:r a ncg:RankAssignment ; ncg:holder {trinh} ; ncg:rank rankqdnd:thieu-tuong ;
        ncg:attestedDuring year:2023 .""",
            ["fact:r"],
            "SingleRankPerDateShape",
            ["Trịnh Văn Quyết", "two different ranks", "Thiếu tướng", "Trung tướng"],
            ["hai cấp bậc hàm khác nhau", "Thiếu tướng", "Trung tướng"],
        ),
        Case(
            "police-rank-for-an-army-officer",
            "A CAND rank for an officer whose post is in the General Department of Politics (QĐND)",
            f"""
    fact:r a ncg:RankAssignment ; ncg:holder {trinh} ; ncg:rank rankcand:trung-tuong ;
        ncg:attestedDuring year:2022 .""",
            ["fact:r"],
            "RankForceConsistencyShape",
            ["Công an nhân dân Việt Nam", "Tổng cục Chính trị", "Quân đội nhân dân Việt Nam"],
            ["Cấp bậc hàm của Công an nhân dân Việt Nam", "Tổng cục Chính trị"],
        ),
        Case(
            "army-rank-for-a-police-officer",
            "A navy rank (QĐND) for a Deputy Minister of Public Security",
            """
    fact:r a ncg:RankAssignment ; ncg:holder person:tran-quoc-to ; ncg:rank rankqdnd:pho-do-doc ;
        ncg:attestedDuring year:2022 .""",
            ["fact:r"],
            "RankForceConsistencyShape",
            ["Bộ Công an", "Quân đội nhân dân Việt Nam"],
            ["Bộ Công an"],
        ),
        Case(
            "misspelt-army-rank",
            "Trung tướng misspelt in the rank IRI",
            f"""
    fact:r a ncg:RankAssignment ; ncg:holder {trinh} ; ncg:rank rankqdnd:trung-tuog ;
        ncg:attestedDuring year:2022 .""",
            ["fact:r"],
            "RankInLadderShape",
            ["Vietnam People's Army", "Trung tướng (ncgid:rank/qdnd/trung-tuong)", "Đại tướng"],
            ["Quân đội nhân dân Việt Nam", "Các cấp hợp lệ", "Trung tướng"],
            not_en=["rank/cand/"],
        ),
        Case(
            "misspelt-police-rank-of-a-new-official",
            "A minted official given a CAND rank that does not exist",
            """
    person:nguyen-van-a a ncg:Official ; foaf:name "Nguyễn Văn A"@vi ;
        skos:prefLabel "Nguyễn Văn A"@vi , "Nguyễn Văn A"@en ;
        ncg:reviewStatus unreviewed:unreviewed .
    fact:r a ncg:RankAssignment ; ncg:holder person:nguyen-van-a ; ncg:rank rankcand:dai-ta-ta ;
        ncg:attestedDuring year:2022 .""",
            ["fact:r"],
            "RankInLadderShape",
            ["People's Public Security", "Đại tá (ncgid:rank/cand/dai-ta)"],
            ["Công an nhân dân Việt Nam", "Đại tá"],
            not_en=["rank/qdnd/"],
        ),
        Case(
            "provincial-police-in-a-central-bloc",
            "Công an tỉnh Cao Bằng (minted, provincial) in the central internal-affairs bloc",
            """
    agency:cao-bang\\/cong-an-tinh a ncg:StateAgency ; skos:prefLabel "Công an tỉnh Cao Bằng"@vi ;
        ncg:level level:provincial ; ncg:province province:cao-bang ; ncg:armedForce force:cand ;
        ncg:reviewStatus unreviewed:unreviewed ."""
            + membership(m, NOI_CHINH, "agency:cao-bang\\/cong-an-tinh", "member", "year:2022"),
            [m],
            "BlocLevelShape",
            ["Công an tỉnh Cao Bằng", "provincial unit", "central bloc"],
            ["cấp tỉnh", "khối trung ương"],
        ),
        Case(
            "provincial-party-committee-in-the-central-party-bloc",
            "Tỉnh ủy Cao Bằng a member of the bloc of the Party's central commissions",
            """
    organ:cao-bang\\/tinh-uy a ncg:PartyOrgan ; skos:prefLabel "Tỉnh ủy Cao Bằng"@vi ;
        ncg:level level:provincial ; ncg:province province:cao-bang ;
        ncg:reviewStatus unreviewed:unreviewed ."""
            + membership(m, BAN_DANG, "organ:cao-bang\\/tinh-uy", "member", "year:2017"),
            [m],
            "BlocLevelShape",
            ["Tỉnh ủy Cao Bằng", "provincial unit"],
            ["Tỉnh ủy Cao Bằng", "cấp tỉnh"],
        ),
        Case(
            "provincial-department-without-a-level",
            "Sở Tư pháp tỉnh Hà Giang (ncg:province, no ncg:level) in the internal-affairs bloc",
            """
    agency:ha-giang\\/so-tu-phap a ncg:StateAgency ; skos:prefLabel "Sở Tư pháp tỉnh Hà Giang"@vi ;
        ncg:province province:ha-giang ; ncg:reviewStatus unreviewed:unreviewed ."""
            + membership(m, NOI_CHINH, "agency:ha-giang\\/so-tu-phap", "member", "year:2022"),
            [m],
            "BlocLevelShape",
            ["Sở Tư pháp tỉnh Hà Giang", "provincial unit"],
            ["cấp tỉnh"],
        ),
        Case(
            "class-name-typo",
            "ncg:Blocmembership instead of ncg:BlocMembership",
            membership(m, NOI_CHINH, "agency:bo-tu-phap", "member", "year:2022").replace(
                "ncg:BlocMembership", "ncg:Blocmembership"
            ),
            [m],
            "ClosedVocabularyShape",
            ["ncg:Blocmembership", "Did you mean ncg:BlocMembership?"],
            ["Có phải ý bạn là ncg:BlocMembership?"],
        ),
        Case(
            "property-name-typo",
            "ncg:attestedDurring on a post holding",
            """
    fact:h a ncg:PostHolding ; ncg:holder person:trinh-van-quyet ;
        ncg:post post:pho-chu-nhiem--tong-cuc-chinh-tri-quan-doi-nhan-dan-viet-nam ;
        ncg:attestedDurring year:2022 .""",
            ["fact:h"],
            "ClosedVocabularyShape",
            ["Did you mean ncg:attestedDuring?"],
            ["ncg:attestedDuring?"],
        ),
        Case(
            "official-class-typo",
            "A new official typed ncg:Offical",
            """
    person:nguyen-van-a a ncg:Offical ; foaf:name "Nguyễn Văn A"@vi ;
        skos:prefLabel "Nguyễn Văn A"@vi , "Nguyễn Văn A"@en .""",
            [],
            "ClosedVocabularyShape",
            ["Did you mean ncg:Official?"],
            ["ncg:Official?"],
        ),
        Case(
            "class-used-as-a-property",
            "ncg:EmulationBloc written where ncg:bloc was meant",
            """
    fact:t a ncg:EmulationTheme ; ncg:EmulationBloc """
            + NOI_CHINH
            + """ ; ncg:year "2022"^^xsd:gYear ;
        ncg:text "Đoàn kết, kỷ cương"@vi .""",
            ["fact:t"],
            "ClosedVocabularyShape",
            ["ncg:EmulationBloc is a class, not a property"],
            ["là một lớp, không phải thuộc tính"],
        ),
        Case(
            "offsets-point-at-another-sentence",
            "Offsets of the first sentence with the quote of the second",
            membership(m, NOI_CHINH, "agency:bo-tu-phap", "member", "year:2022"),
            [m],
            "EvidenceAnchorShape",
            ["but oa:exact is", f"The oa:exact quote is at [{span(1)[0]}, {span(1)[1]})"],
            ["nhưng oa:exact là", "sửa oa:start/oa:end"],
            anchor=annotation([m], *span(0), SENTENCES[1]),
        ),
        Case(
            "quote-not-in-the-text",
            "A paraphrase given as oa:exact",
            membership(m, NOI_CHINH, "agency:bo-tu-phap", "member", "year:2022"),
            [m],
            "EvidenceAnchorShape",
            ["is not in the text"],
            ["không có trong văn bản"],
            anchor=annotation([m], *span(1), "Bộ Tư pháp là thành viên của Khối."),
        ),
        Case(
            "offsets-past-the-end",
            "Offsets counted in bytes (UTF-8), not code points, run past the end",
            membership(m, NOI_CHINH, "agency:bo-tu-phap", "member", "year:2022"),
            [m],
            "EvidenceAnchorShape",
            ["run past the end"],
            ["vượt quá độ dài văn bản"],
            anchor=annotation([m], len(TEXT), len(TEXT.encode()), SENTENCES[2]),
        ),
        Case(
            "second-leader-written-as-an-interval",
            "A second Khối trưởng for 2023, its year written as an interval, not year:2023",
            """
    ncgid:interval\\/2023-01-01--2023-12-31 a time:ProperInterval ;
        rdfs:label "2023-01-01 – 2023-12-31" ;
        ncg:precision precision:year ;
        time:hasBeginning ncgid:date\\/2023-01-01 ; time:hasEnd ncgid:date\\/2023-12-31 ."""
            + membership(
                m,
                NOI_CHINH,
                "agency:bo-tu-phap",
                "leader",
                "ncgid:interval\\/2023-01-01--2023-12-31",
            ),
            [m],
            "BlocSingleLeaderShape",
            ["two leaders", "Bộ Tư pháp", "Kiểm toán Nhà nước", "2023-01-01 – 2023-12-31"],
            ["hai Khối trưởng", "Bộ Tư pháp", "Kiểm toán Nhà nước"],
            not_en=["is not also listed", "has no membership"],
        ),
        Case(
            "deputy-not-a-member",
            "Bộ Ngoại giao named Khối phó of the internal-affairs bloc in 2023, not a member",
            membership(m, NOI_CHINH, "agency:bo-ngoai-giao", "deputy", "year:2023"),
            [m],
            "BlocLeaderIsMemberShape",
            ["has no membership", "Bộ Ngoại giao"],
            ["không có tư cách thành viên"],
        ),
        Case(
            "reused-iri-of-a-shipped-membership",
            "An ingest reuses the IRI of Bộ Tư pháp's 2020 membership for 2016",
            membership(
                "ncgid:membership\\/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong\\/2020\\/bo-tu-phap\\/member",
                NOI_CHINH,
                "agency:bo-tu-phap",
                "member",
                "year:2016",
            ),
            [
                "ncgid:membership\\/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong\\/2020\\/bo-tu-phap\\/member"
            ],
            "ReusedFactIriShape",
            ["IRI is reused", GRAPH, "memberDuring", "year/2016", "year/2020"],
            ["bị dùng lại", GRAPH],
            not_en=["Exactly one org:memberDuring"],
        ),
        Case(
            "duplicate-membership-as-an-interval",
            "Bộ Công an's 2023 membership stated again with the year written as an interval",
            """
    ncgid:interval\\/2023-01-01--2023-12-31 a time:ProperInterval ;
        rdfs:label "2023-01-01 – 2023-12-31" ;
        ncg:precision precision:year ;
        time:hasBeginning ncgid:date\\/2023-01-01 ; time:hasEnd ncgid:date\\/2023-12-31 ."""
            + membership(
                m,
                NOI_CHINH,
                "agency:bo-cong-an",
                "member",
                "ncgid:interval\\/2023-01-01--2023-12-31",
            ),
            [m],
            "BlocMembershipUniqueShape",
            ["Duplicate", "2023-01-01"],
            ["Trùng lặp"],
        ),
        Case(
            "text-file-not-in-data-reports",
            "A report whose ncg:textFile was never added to data/reports",
            membership(m, NOI_CHINH, "agency:bo-tu-phap", "member", "year:2022")
            + """
    ncgid:report\\/other a ncg:Report ; ncg:textFile "bao-cao-chua-them.txt" ;
        ncg:sha256 "1111111111111111111111111111111111111111111111111111111111111111" .""",
            [m],
            "EvidenceAnchorShape",
            ['ncg:textFile "bao-cao-chua-them.txt" is not in'],
            ["không có trong"],
            anchor=annotation([m], 0, 3, "Bộ", source="ncgid:report\\/other"),
            severity="Warning",
        ),
    ]


CASES = _cases()

# An ingest as the extractor writes it, with minted entities still unreviewed: must be accepted.
CLEAN = Case(
    "clean-ingest-with-minted-entities",
    "no error",
    year(2026)
    + """
    bloc:khoi-thi-dua-thu-nghiem a ncg:EmulationBloc ; skos:prefLabel "Khối thi đua thử nghiệm"@vi ;
        ncg:reviewStatus unreviewed:unreviewed .
    agency:bo-tu-phap\\/vu-thi-dua-khen-thuong a ncg:StateAgency ;
        skos:prefLabel "Vụ Thi đua - Khen thưởng Bộ Tư pháp"@vi ; ncg:level level:central ;
        org:subOrganizationOf agency:bo-tu-phap ; ncg:reviewStatus unreviewed:unreviewed .
    person:nguyen-van-a a ncg:Official ; foaf:name "Nguyễn Văn A"@vi ;
        skos:prefLabel "Nguyễn Văn A"@vi , "Nguyễn Văn A"@en ;
        ncg:reviewStatus unreviewed:unreviewed .
    fact:r a ncg:RankAssignment ; ncg:holder person:nguyen-van-a ; ncg:rank rankcand:dai-ta ;
        ncg:attestedDuring year:2026 ."""
    + membership(
        "fact:m", "bloc:khoi-thi-dua-thu-nghiem", "agency:bo-tu-phap", "member", "year:2026"
    )
    + membership(
        "fact:m2",
        "bloc:khoi-thi-dua-thu-nghiem",
        "agency:bo-tu-phap\\/vu-thi-dua-khen-thuong",
        "member",
        "year:2026",
    ),
    ["fact:m", "fact:m2", "fact:r"],
    "",
    [],
    [],
)
