"""Each ingest stage on its own: findings, resolution (minting), RDF, summary read from RDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from rdflib import Graph

from nội_chính_graph.ingest.extract.gazetteer import Gazetteer, Kind
from nội_chính_graph.ingest.findings import find
from nội_chính_graph.ingest.minting import (
    CENTRAL,
    PROVINCIAL,
    QDND,
    KindCatalogue,
    profile_org,
    shipped_kinds,
)
from nội_chính_graph.ingest.model import Summary
from nội_chính_graph.ingest.pipeline import ReportMeta, extract_report, write_rdf
from nội_chính_graph.ingest.rdf import Payload
from nội_chính_graph.ingest.resolve import resolve
from nội_chính_graph.ingest.summary_rdf import summary_from_rdf
from nội_chính_graph.namespaces import NCG, NCGID, ORG
from nội_chính_graph.text.tokens import keys_of
from nội_chính_graph.validation.engine import load_ontology

ROOT = Path(__file__).resolve().parents[2]
NOI_CHINH = "Khối thi đua các bộ, ngành nội chính Trung ương"
KINDS_TTL = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix kind: <https://w3id.org/noi-chinh/id/kind/> .
@prefix scheme: <https://w3id.org/noi-chinh/id/scheme/> .
kind:ministry skos:prefLabel "Bộ"@vi ; skos:inScheme scheme:agency-kinds .
kind:department skos:prefLabel "Vụ"@vi ; skos:inScheme scheme:agency-kinds .
kind:provincial-police skos:prefLabel "Công an tỉnh"@vi ; skos:inScheme scheme:agency-kinds .
kind:military-region skos:prefLabel "Quân khu"@vi ; skos:inScheme scheme:agency-kinds .
"""


def _kinds() -> KindCatalogue:
    return KindCatalogue.from_graph(Graph().parse(data=KINDS_TTL, format="turtle"))


def _iri(path: str) -> str:
    return str(NCGID[path])


# -- stage 1: findings ------------------------------------------------------------------------
def test_findings_hold_mentions_and_no_iris_for_unknown_organisations(
    gazetteer: Gazetteer,
) -> None:
    text = "Dự có Vụ trưởng Vụ Thi đua - Khen thưởng Bộ Tư pháp Trần Văn Bình."
    findings = find(text, gazetteer, issued=dt.date(2023, 5, 1))
    orgs = [p.org for m in findings.mentions for p in m.posts if p.org is not None]
    assert [m.name for m in findings.mentions] == ["Trần Văn Bình"]
    assert orgs
    assert orgs[0].entity is None  # named, not resolved: that is stage 2's job
    assert findings.year == 2023


def test_findings_of_a_text_without_facts_are_empty(gazetteer: Gazetteer) -> None:
    assert find("Trời hôm nay đẹp. Không có gì để nói.", gazetteer).empty


def test_findings_know_the_reports_home_province(gazetteer: Gazetteer) -> None:
    text = "Công an tỉnh Bắc Kạn tổ chức hội nghị. Đại diện tỉnh Bắc Kạn phát biểu."
    assert find(text, gazetteer).home_province == "Bắc Kạn"


# -- stage 2: resolution and minting ------------------------------------------------------------
def test_a_department_named_with_its_ministry_is_part_of_the_ministry(
    gazetteer: Gazetteer,
) -> None:
    profile = profile_org(
        "Vụ Thi đua - Khen thưởng Bộ Tư pháp", gazetteer=gazetteer, kinds=_kinds()
    )
    assert profile.parent == _iri("agency/bo-tu-phap")
    assert profile.kind == _iri("kind/department")
    assert profile.level == CENTRAL
    assert profile.entity_kind is Kind.AGENCY


def test_a_provincial_police_unit_gets_its_province_in_its_iri(gazetteer: Gazetteer) -> None:
    profile = profile_org(
        "Công an tỉnh", gazetteer=gazetteer, kinds=_kinds(), local=True,
        context="Đồng chí Giám đốc Công an tỉnh Bắc Kạn phát biểu.",
    )  # fmt: skip
    assert profile.iri == _iri("agency/bac-kan/cong-an-tinh")
    assert profile.label == "Công an tỉnh Bắc Kạn"
    assert (profile.level, profile.province) == (PROVINCIAL, "bac-kan")
    assert profile.kind == _iri("kind/provincial-police")
    assert profile.force == NCGID["force/cand"]


def test_a_provincial_unit_never_resolves_to_a_central_agency(gazetteer: Gazetteer) -> None:
    text = "Giám đốc Công an tỉnh Cao Bằng Nguyễn Văn An phát biểu tại hội nghị năm 2024."
    findings = find(text, gazetteer, issued=dt.date(2024, 5, 1))
    resolution = resolve(findings, gazetteer, _kinds(), scope="r")
    agencies = {e.iri for e in resolution.orgs.values()}
    assert _iri("agency/bo-cong-an") not in agencies
    assert _iri("agency/cao-bang/cong-an-tinh") in agencies


def test_party_bodies_are_party_organs_and_military_regions_are_army(gazetteer: Gazetteer) -> None:
    party = profile_org("Đảng ủy Khối các cơ quan Trung ương", gazetteer=gazetteer, kinds=_kinds())
    region = profile_org("Quân khu 2", gazetteer=gazetteer, kinds=_kinds())
    assert party.entity_kind is Kind.PARTY_ORGAN
    assert party.iri.startswith(_iri("party-organ/"))
    assert (region.kind, region.force) == (_iri("kind/military-region"), QDND)


def test_kinds_come_from_the_ontology_not_from_code() -> None:
    kinds = shipped_kinds()
    assert kinds.infer("Tổng cục Chính trị") == _iri("kind/general-department")
    assert kinds.infer("Bộ Tư lệnh Bảo vệ Lăng") == _iri("kind/military-command")  # not "Bộ"


def test_sub_departments_and_branch_campuses_have_a_kind() -> None:
    kinds = shipped_kinds()
    assert kinds.infer("Chi cục Thuế huyện Kim Bảng") == _iri("kind/sub-department")  # not "Cục"
    assert kinds.infer("Phân hiệu Trường Đại học Lâm nghiệp tại Gia Lai") == _iri("kind/school")
    assert kinds.infer("Trường Chính trị tỉnh Hải Dương") == _iri("kind/school")


def test_each_organisation_mention_is_resolved_once_and_minted_once(gazetteer: Gazetteer) -> None:
    text = (
        "Có Vụ trưởng Vụ Pháp chế Bộ Tư pháp Trần Văn Bình và Phó Vụ trưởng Vụ Pháp chế "
        "Bộ Tư pháp Lê Thị Hoa năm 2023."
    )
    resolution = resolve(find(text, gazetteer), gazetteer, _kinds(), scope="r")
    minted_orgs = [m for m in resolution.minted.values() if m.profile is not None]
    assert [m.entity.iri for m in minted_orgs] == [_iri("agency/vu-phap-che-bo-tu-phap")]
    assert [f.code for f in resolution.flags].count("new-organisation") == 1


def test_an_acronym_the_report_spells_out_elsewhere_resolves_to_the_written_name(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Hội Nông dân tỉnh Lai Châu chủ trì hội nghị năm 2023. Ông Lò Văn Hùng, Chủ tịch "
        "Hội ND tỉnh Lai Châu phát biểu."
    )
    resolution = resolve(find(text, gazetteer), gazetteer, _kinds(), scope="r")
    labels = {m.entity.label for m in resolution.minted.values() if m.profile is not None}
    assert labels == {"Hội Nông dân tỉnh Lai Châu"}


# -- stage 3: RDF -------------------------------------------------------------------------------
def test_a_minted_agency_is_written_with_kind_parent_level_and_review_status(
    gazetteer: Gazetteer,
) -> None:
    text = "Dự có Vụ trưởng Vụ Thi đua - Khen thưởng Bộ Tư pháp Trần Văn Bình."
    findings = find(text, gazetteer, issued=dt.date(2023, 5, 1))
    resolution = resolve(findings, gazetteer, _kinds(), scope="r")
    out, _flags = write_rdf(findings, resolution, gazetteer, ReportMeta("r"))
    graph = out.payload.to_rdflib()
    node = NCGID["agency/vu-thi-dua-khen-thuong-bo-tu-phap"]
    assert graph.value(node, ORG.subOrganizationOf) == NCGID["agency/bo-tu-phap"]
    assert graph.value(node, ORG.classification) == NCGID["kind/department"]
    assert graph.value(node, NCG.level) == CENTRAL
    assert graph.value(node, NCG.reviewStatus) == NCGID["review-status/unreviewed"]
    assert (None, ORG.postIn, node) in graph


def test_the_rdf_stage_writes_pyoxigraph_terms(gazetteer: Gazetteer) -> None:
    x = extract_report(
        "Có Thứ trưởng Bộ Công an Lê Quốc Hùng năm 2023.", gazetteer, report_slug="r"
    )
    assert isinstance(x.payload, Payload)
    assert all(isinstance(t, ox.Triple) for t in x.payload)


# -- stage 4: summary from RDF ------------------------------------------------------------------
def test_the_summary_is_read_from_the_triples(gazetteer: Gazetteer) -> None:
    x = extract_report(
        f"{NOI_CHINH} gồm: Bộ Công an, Bộ Quốc phòng. Thứ trưởng Bộ Tư pháp Lê Văn An dự.",
        gazetteer,
        report_slug="r",
        issued=dt.date(2023, 5, 1),
    )
    reread = summary_from_rdf(x.payload, labels={e: v.label for e, v in gazetteer.entities.items()})
    assert reread == x.summary
    assert {m.label for m in x.summary.blocs[0].members} == {"Bộ Công an", "Bộ Quốc phòng"}


def test_dropping_a_triple_drops_the_fact_from_the_summary(gazetteer: Gazetteer) -> None:
    x = extract_report(
        f"{NOI_CHINH} gồm: Bộ Công an, Bộ Quốc phòng.", gazetteer, report_slug="r",
        issued=dt.date(2023, 5, 1),
    )  # fmt: skip
    member = ox.NamedNode(_iri("agency/bo-quoc-phong"))
    kept = Payload(t for t in x.payload if t.object != member)
    summary = summary_from_rdf(kept)
    assert _iri("agency/bo-quoc-phong") not in {m.id for m in summary.blocs[0].members}


def test_the_summary_lists_every_minted_entity(gazetteer: Gazetteer) -> None:
    x = extract_report(
        "Giám đốc Công an tỉnh Lào Cai Hoàng Văn Sơn phát biểu năm 2024.",
        gazetteer,
        report_slug="r",
        kinds=_kinds(),
    )
    minted = {m.id: m for m in x.summary.minted}
    police = minted[_iri("agency/lao-cai/cong-an-tinh")]
    assert police.level == str(PROVINCIAL)
    assert police.province == _iri("province/lao-cai")
    assert police.kind == _iri("kind/provincial-police")
    assert _iri("person/hoang-van-son") in minted


def test_an_ambiguous_person_is_minted_separately_and_listed(gazetteer: Gazetteer) -> None:
    x = extract_report(
        "Có Nguyễn Văn Thành, Thứ trưởng Bộ Y tế năm 2023.", gazetteer, report_slug="r"
    )
    minted = {m.id for m in x.summary.minted}
    assert _iri("person/nguyen-van-thanh-2") in minted
    assert _iri("person/nguyen-van-thanh") not in minted
    assert any(f.code == "ambiguous-person" for f in x.flags)


def test_shipped_ontology_kinds_cover_what_is_there() -> None:
    kinds = KindCatalogue.from_graph(load_ontology())
    assert _iri("kind/ministry") in kinds
    assert kinds.infer("Tòa án nhân dân tối cao") == _iri("kind/court")


@pytest.mark.parametrize(
    "name",
    [
        "Bộ Tư pháp",
        "Ban Tuyên giáo Trung ương",
        "Ủy ban Chứng khoán Nhà nước",
        "Tòa án nhân dân tỉnh Bắc Kạn",
        "Viện Khoa học pháp lý",
        "Vụ Pháp chế",
        "Cục Thuế",
        "Tổng cục Hải quan",
        "Sở Tư pháp",
        "Công an tỉnh",
        "Công an thành phố",
        "Đảng ủy Khối các cơ quan Trung ương",
        "Hội Luật gia Việt Nam",
        "Báo Nhân Dân",
        "Đài Tiếng nói Việt Nam",
        "Nhà xuất bản Tư pháp",
        "Tập đoàn Dệt may Việt Nam",
        "Quân khu 7",
        "Kho bạc Nhà nước",
    ],
)
def test_every_common_head_of_a_name_has_a_kind(name: str) -> None:
    assert shipped_kinds().infer(name) is not None


def test_abbreviated_city_names_give_the_same_unit(gazetteer: Gazetteer) -> None:
    def iri(label: str) -> str:
        return profile_org(label, gazetteer=gazetteer, kinds=shipped_kinds()).iri

    assert iri("Công an TP.HCM") == _iri("agency/ho-chi-minh/cong-an-thanh-pho")
    assert iri("Công an TP Hà Nội") == iri("Công an thành phố Hà Nội")
    assert iri("Thành ủy Hà Nội") == _iri("party-organ/ha-noi/thanh-uy")


def test_a_unit_after_the_2025_mergers_belongs_to_the_new_province() -> None:
    from nội_chính_graph.ingest.evaluate import default_graph_files, load_graph
    from nội_chính_graph.ingest.extract.gazetteer import Gazetteer as Gaz

    shipped = Gaz.from_graph(load_graph(default_graph_files(ROOT)))
    before = profile_org("Công an tỉnh Lào Cai", gazetteer=shipped, kinds=shipped_kinds(),
                         on=dt.date(2024, 12, 1))  # fmt: skip
    after = profile_org("Công an tỉnh Lào Cai", gazetteer=shipped, kinds=shipped_kinds(),
                        on=dt.date(2025, 12, 1))  # fmt: skip
    assert before.province == "lao-cai"
    assert after.province == "lao-cai-2025"
    assert after.iri == _iri("agency/lao-cai-2025/cong-an-tinh")


def test_a_unit_elected_at_a_year_end_review_leads_the_next_year(gazetteer: Gazetteer) -> None:
    text = (
        f"Ngày 10/12/2023, {NOI_CHINH} tổ chức hội nghị tổng kết công tác thi đua năm 2023. "
        "Hội nghị đã bầu Bộ Tư pháp làm Khối trưởng. Bộ Công an là Khối phó năm 2023."
    )
    x = extract_report(text, gazetteer, report_slug="r", issued=dt.date(2023, 12, 11))
    leaders = {(ld.agency.label, ld.role, ld.year) for b in x.summary.blocs for ld in b.leaders}
    assert ("Bộ Tư pháp", "leader", 2024) in leaders  # elected, no year: the next year
    assert ("Bộ Công an", "deputy", 2023) in leaders  # a year stated is kept


def test_a_ministrys_cluster_of_provincial_units_is_minted_at_their_level(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Cụm thi đua số 8, Bộ Công an gồm Công an các tỉnh: Sơn La, Lai Châu và Điện Biên. "
        "Khối thi đua số 3 gồm: Vụ Pháp chế, Vụ Tổ chức cán bộ và Văn phòng Bộ Tư pháp."
    )
    findings = find(text, gazetteer, issued=dt.date(2024, 5, 1))
    resolution = resolve(findings, gazetteer, _kinds(), scope="r")
    levels = {
        m.profile.label: m.profile.level
        for m in resolution.minted.values()
        if m.entity.kind is Kind.BLOC and m.profile is not None
    }
    assert levels == {"Cụm thi đua số 8, Bộ Công an": PROVINCIAL, "Khối thi đua số 3": CENTRAL}


def test_a_numbered_bloc_no_body_names_is_minted_within_its_report(gazetteer: Gazetteer) -> None:
    text = "Cụm thi đua số 4 gồm: Sở Tư pháp, Sở Nội vụ ký kết giao ước thi đua năm 2023."
    first = resolve(find(text, gazetteer), gazetteer, _kinds(), scope="report-a")
    second = resolve(find(text, gazetteer), gazetteer, _kinds(), scope="report-b")
    iris = [
        {m.entity.iri for m in r.minted.values() if m.entity.kind is Kind.BLOC}
        for r in (first, second)
    ]
    assert iris == [
        {_iri("bloc/unscoped--report-a/cum-thi-dua-so-4")},
        {_iri("bloc/unscoped--report-b/cum-thi-dua-so-4")},
    ]
    assert "bloc-name-ambiguous" in [f.code for f in first.flags]


ECONOMIC_BLOC = (
    "Sáng 20/3/2024, tại {city}, Khối thi đua các sở, ngành kinh tế tổ chức hội nghị ký kết "
    "giao ước thi đua năm 2024. Khối gồm 3 đơn vị: Sở Tài chính, Sở Xây dựng và Sở Công Thương "
    "tỉnh {province}."
)


def _summaries_after(fixture_graph: Graph, texts: list[str]) -> list[Summary]:
    """The summary of each text, extracted against the graph with the texts before it added, as
    if each were committed in turn."""
    found = []
    for n, text in enumerate(texts):
        gazetteer = Gazetteer.from_graph(fixture_graph)
        x = extract_report(text, gazetteer, report_slug=f"r{n}", issued=dt.date(2024, 3, 21))
        found.append(x.summary)
        for triple in x.graph:
            fixture_graph.add(triple)
    return found


def _blocs_after(fixture_graph: Graph, texts: list[str]) -> list[list[tuple[str, str]]]:
    """The blocs (IRI, label) of each text, as ``_summaries_after`` extracts them."""
    return [[(b.id, b.label) for b in s.blocs] for s in _summaries_after(fixture_graph, texts)]


def test_a_longer_name_is_not_a_known_person_it_begins_with(fixture_graph: Graph) -> None:
    first, second = _summaries_after(
        fixture_graph,
        [
            "Ngày 5/3/2024, bà Nguyễn Thị Minh, Giám đốc Sở Tư pháp tỉnh Bình Định, phát biểu.",
            "Ngày 8/3/2024, bà Nguyễn Thị Minh Hạnh, Chủ tịch Hội Nông dân tỉnh Bình Định, phát "
            "biểu tại hội nghị.",
        ],
    )
    assert [p.name for p in first.people] == ["Nguyễn Thị Minh"]
    assert [p.name for p in second.people] == ["Nguyễn Thị Minh Hạnh"]


def test_a_provinces_bloc_named_alike_in_another_province_is_another_bloc(
    fixture_graph: Graph,
) -> None:
    thai_binh = ECONOMIC_BLOC.format(city="thành phố Thái Bình", province="Thái Bình")
    vung_tau = ECONOMIC_BLOC.format(city="thành phố Vũng Tàu", province="Bà Rịa - Vũng Tàu")
    first, second, again = _blocs_after(fixture_graph, [thai_binh, vung_tau, thai_binh])
    assert first == [
        (
            _iri("bloc/thai-binh/khoi-thi-dua-cac-so-nganh-kinh-te"),
            "Khối thi đua các sở, ngành kinh tế tỉnh Thái Bình",
        )
    ]
    assert second == [
        (
            _iri("bloc/ba-ria-vung-tau/khoi-thi-dua-cac-so-nganh-kinh-te"),
            "Khối thi đua các sở, ngành kinh tế tỉnh Bà Rịa - Vũng Tàu",
        )
    ]
    assert again[0][0] == first[0][0]  # the same province's next report: the same bloc


def test_a_group_of_units_named_by_their_kind_is_each_provinces(fixture_graph: Graph) -> None:
    text = (
        "Ngày 5/3/2024, tại {city}, Khối thi đua các trường đại học tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2023."
    )
    first, second = _blocs_after(
        fixture_graph,
        [
            text.format(city="thành phố Quy Nhơn, tỉnh Bình Định"),
            text.format(city="tỉnh Vĩnh Phúc"),
        ],
    )
    assert [iri for iri, _ in first] == [_iri("bloc/binh-dinh/khoi-thi-dua-cac-truong-dai-hoc")]
    assert [iri for iri, _ in second] == [_iri("bloc/vinh-phuc/khoi-thi-dua-cac-truong-dai-hoc")]


def test_a_bloc_named_by_two_sectors_is_each_provinces(fixture_graph: Graph) -> None:
    text = (
        "Ngày 5/3/2024, tại {place}, Khối thi đua Văn hóa - Xã hội tổ chức hội nghị tổng kết "
        "công tác thi đua năm 2023."
    )
    first, second = _blocs_after(
        fixture_graph, [text.format(place="tỉnh Bắc Kạn"), text.format(place="tỉnh Nghệ An")]
    )
    assert first == [
        (
            _iri("bloc/bac-kan/khoi-thi-dua-van-hoa-xa-hoi"),
            "Khối thi đua Văn hóa - Xã hội tỉnh Bắc Kạn",
        )
    ]
    assert second == [
        (
            _iri("bloc/nghe-an/khoi-thi-dua-van-hoa-xa-hoi"),
            "Khối thi đua Văn hóa - Xã hội tỉnh Nghệ An",
        )
    ]


_BAC_KAN_BLOC = "Ngày 5/3/2024, tại tỉnh Bắc Kạn, {bloc} tổ chức hội nghị tổng kết năm 2023. "


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param(
            _BAC_KAN_BLOC.format(bloc="Khối thi đua số 7")
            + "Khối thi đua số 7 gồm: Sở Tư pháp tỉnh Bắc Kạn, Sở Nội vụ tỉnh Bắc Kạn.",
            "Khối thi đua số 7 tỉnh Bắc Kạn",
            id="a numbered bloc of one province's units: with the province",
        ),
        pytest.param(
            _BAC_KAN_BLOC.format(bloc="Khối thi đua số 7")
            + "Khối thi đua số 7 gồm: Tỉnh đoàn, Hội Nông dân, Sở Tư pháp tỉnh Bắc Kạn, Sở Nội vụ "
            "tỉnh Bắc Kạn.",
            "Khối thi đua số 7 tỉnh Bắc Kạn",
            id="units named without a place do not prevent it",
        ),
        pytest.param(
            _BAC_KAN_BLOC.format(bloc="Khối thi đua các trường đại học"),
            "Khối thi đua các trường đại học tỉnh Bắc Kạn",
            id="a province's group of units named by their kind: with the province",
        ),
        pytest.param(
            _BAC_KAN_BLOC.format(bloc="Cụm thi đua số 7")
            + "Cụm thi đua số 7 gồm: Công an tỉnh Bắc Kạn, Công an tỉnh Cao Bằng, Công an tỉnh "
            "Lạng Sơn.",
            "Cụm thi đua số 7",
            id="a cluster of several provinces' units, its body unnamed: bare",
        ),
    ],
)
def test_a_minted_bloc_is_labelled_with_what_scopes_it(
    text: str, label: str, fixture_graph: Graph
) -> None:
    (blocs,) = _blocs_after(fixture_graph, [text])
    assert [found for _, found in blocs] == [label]


def test_a_bloc_of_ministries_is_no_provinces(fixture_graph: Graph) -> None:
    text = (
        "Ngày 5/3/2024, tại tỉnh Sơn La, Khối thi đua các Bộ, ngành tổng hợp tổ chức hội nghị "
        "tổng kết công tác thi đua năm 2023."
    )
    (blocs,) = _blocs_after(fixture_graph, [text])
    assert blocs == [
        (_iri("bloc/khoi-thi-dua-cac-bo-nganh-tong-hop"), "Khối thi đua các Bộ, ngành tổng hợp")
    ]


def test_a_numbered_cluster_of_provinces_police_is_the_ministrys_whoever_reports_it(
    fixture_graph: Graph,
) -> None:
    text = (
        "Ngày 5/3/2024, tại tỉnh {host}, Cụm thi đua số 7 tổ chức hội nghị ký kết giao ước thi "
        "đua năm 2024. Cụm thi đua số 7 gồm: Công an tỉnh Bắc Kạn, Công an tỉnh Cao Bằng, Công "
        "an tỉnh Lạng Sơn. Dự hội nghị có đại diện lãnh đạo Bộ Công an."
    )
    first, second = _blocs_after(
        fixture_graph, [text.format(host="Bắc Kạn"), text.format(host="Lạng Sơn")]
    )
    expected = [(_iri("bloc/cum-thi-dua-so-7-bo-cong-an"), "Cụm thi đua số 7, Bộ Công an")]
    assert first == expected
    assert second == expected


def test_a_numbered_cluster_listing_no_units_is_the_body_whose_units_the_report_counts(
    fixture_graph: Graph,
) -> None:
    text = (
        "Ngày 5/3/2024, tại tỉnh Cao Bằng, Cụm thi đua số 7 tổ chức hội nghị ký kết giao ước thi "
        "đua năm 2024. Năm 2023, Công an các tỉnh trong Cụm đã hoàn thành các chỉ tiêu do Bộ Công "
        "an giao."
    )
    (blocs,) = _blocs_after(fixture_graph, [text])
    assert blocs == [(_iri("bloc/cum-thi-dua-so-7-bo-cong-an"), "Cụm thi đua số 7, Bộ Công an")]


def test_a_provinces_bloc_in_a_report_that_names_no_province_is_that_reports(
    fixture_graph: Graph,
) -> None:
    named = ECONOMIC_BLOC.format(city="thành phố Thái Bình", province="Thái Bình")
    unplaced = (
        "Khối thi đua các sở, ngành kinh tế tổ chức hội nghị ký kết giao ước thi đua năm 2024. "
        "Khối gồm 3 đơn vị: Sở Tài chính, Sở Xây dựng và Sở Công Thương."
    )
    _, blocs = _blocs_after(fixture_graph, [named, unplaced])
    assert [iri for iri, _ in blocs] == [
        _iri("bloc/unknown-province--r1/khoi-thi-dua-cac-so-nganh-kinh-te")
    ]


def test_a_unit_minted_without_a_province_is_not_the_next_reports(
    fixture_graph: Graph,
) -> None:
    unplaced = "Khối thi đua các sở, ngành kinh tế gồm: Sở Tài chính, Sở Xây dựng."
    placed = "Khối thi đua các sở, ngành kinh tế tỉnh Thái Bình gồm: Sở Tài chính, Sở Xây dựng."
    members = [
        sorted(m.id for b in summary.blocs for m in b.members)
        for summary in _summaries_after(fixture_graph, [unplaced, placed, unplaced])
    ]
    assert members[0] == [
        _iri("agency/unknown-province--r0/so-tai-chinh"),
        _iri("agency/unknown-province--r0/so-xay-dung"),
    ]
    assert members[1] == [
        _iri("agency/thai-binh/so-tai-chinh-tinh"),
        _iri("agency/thai-binh/so-xay-dung-tinh"),
    ]
    assert members[2][0].startswith(_iri("agency/unknown-province--r2/"))


def _with(graph: Graph, ttl: str) -> Graph:
    """``graph`` with the Turtle statements ``ttl`` added."""
    prefixes = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix ncg: <https://w3id.org/noi-chinh/ontology#> .
        @prefix org: <http://www.w3.org/ns/org#> ."""
    return graph.parse(data=prefixes + ttl, format="turtle")


def _minted(path: str, cls: str, label: str, status: str = "unreviewed") -> str:
    """Turtle for what an ingest mints: an entity of class ``cls`` (unreviewed until a steward
    confirms it)."""
    review = _iri(f"review-status/{status}")
    return f'<{_iri(path)}> a {cls} ; skos:prefLabel "{label}"@vi ; ncg:reviewStatus <{review}> .'


def _read(graph: Graph, text: str) -> dict[str, Any]:
    gazetteer = Gazetteer.from_graph(graph)
    x = extract_report(text, gazetteer, report_slug="r1", issued=dt.date(2024, 3, 21))
    return x.summary.model_dump(include={"blocs", "people"})


# What an earlier ingest may have minted from a name it cut short or misread, and a text that
# names something longer: the unreviewed entity must not change how the text is read.
_EARLIER_READINGS = [
    (
        _minted("party-organ/dang-uy-khoi", "ncg:PartyOrgan", "Đảng ủy Khối"),
        "Ngày 5/3/2024, ông Huỳnh Văn Minh, Ủy viên Ban Thường vụ Đảng ủy Khối Doanh nghiệp "
        "tỉnh Phú Yên, Giám đốc Sở Tư pháp tỉnh Phú Yên, phát biểu tại hội nghị.",
    ),
    (
        # one province's, minted bare by a report that listed it so
        _minted("agency/hiep-hoi-doanh-nghiep", "ncg:StateAgency", "Hiệp hội Doanh nghiệp"),
        "Ngày 5/3/2024, tại tỉnh Thanh Hóa, Cụm thi đua số 11 gồm: Hiệp hội Doanh nghiệp, Hội Nhà "
        "báo, Hội Đông y, Hội Khuyến học và Hội Làm vườn tỉnh tổ chức hội nghị tổng kết năm 2023.",
    ),
    (
        _minted(
            "bloc/binh-dinh/cum-thi-dua-cac-truong", "ncg:EmulationBloc", "Cụm thi đua các trường"
        ),
        "Ngày 5/3/2024, tại tỉnh Bình Định, Cụm thi đua các Trường Chính trị khu vực Nam Trung Bộ "
        "và Tây Nguyên tổ chức hội nghị tổng kết năm 2023.",
    ),
    (
        _minted("person/doan-bo", "ncg:Official", "Đoàn Bộ"),  # read from "Đoàn Bộ đội …"
        "Ngày 5/3/2024, Đoàn Bộ đội Biên phòng tỉnh Kiên Giang do Đại tá Nguyễn Văn Hùng, Chính ủy "
        "Bộ đội Biên phòng tỉnh Kiên Giang làm trưởng đoàn đã đến thăm.",
    ),
]


@pytest.mark.parametrize(("minted", "text"), _EARLIER_READINGS)
def test_what_earlier_ingests_minted_unreviewed_does_not_change_how_a_text_is_read(
    minted: str, text: str, fixture_graph: Graph
) -> None:
    alone = _read(fixture_graph, text)
    assert _read(_with(fixture_graph, minted), text) == alone


def test_a_provinces_bloc_once_confirmed_still_reads_its_bare_members_as_the_provinces(
    fixture_graph: Graph,
) -> None:
    text = (
        "Sáng 20/1/2025, Cụm thi đua số 11 tỉnh Thanh Hóa tổ chức hội nghị tổng kết năm 2024. "
        "Cụm thi đua số 11 gồm 5 đơn vị: Hội Văn học và Nghệ thuật; Hội Nhà báo; Đoàn Luật sư; "
        "Hội Đông y; Hội Người cao tuổi."
    )
    path, label = "bloc/thanh-hoa/cum-thi-dua-so-11", "Cụm thi đua số 11"
    bloc = _minted(path, "ncg:EmulationBloc", label)
    confirmed = _minted(path, "ncg:EmulationBloc", label, "confirmed")
    before = _read(_with(Graph().parse(data=fixture_graph.serialize()), bloc), text)
    after = _read(_with(fixture_graph, confirmed), text)
    assert after == before
    members = [m["id"] for b in after["blocs"] for m in b["members"]]
    assert members
    assert all("/thanh-hoa/" in m for m in members)


def test_a_name_a_steward_merged_into_an_unreviewed_entity_is_read_for_it(
    fixture_graph: Graph,
) -> None:
    minted = _minted("agency/hiep-hoi-doanh-nghiep", "ncg:StateAgency", "Hiệp hội Doanh nghiệp")
    merged = f'<{_iri("agency/hiep-hoi-doanh-nghiep")}> skos:altLabel "Hiệp hội DN"@vi .'
    gazetteer = Gazetteer.from_graph(_with(fixture_graph, minted + merged))
    assert [e.iri for e in gazetteer.lookup(keys_of("Hiệp hội DN"))] == [
        _iri("agency/hiep-hoi-doanh-nghiep")
    ]
    assert not gazetteer.lookup(keys_of("Hiệp hội Doanh nghiệp"))


def test_an_official_an_ingest_minted_is_found_by_the_name_the_text_gives(
    fixture_graph: Graph,
) -> None:
    graph = _with(
        fixture_graph, _minted("person/y-thanh-ha-nie-kdam", "ncg:Official", "Y Thanh Hà Niê Kđăm")
    )
    gazetteer = Gazetteer.from_graph(graph)
    assert [e.iri for e in gazetteer.people_named("Y Thanh Hà Niê Kđăm")] == [
        _iri("person/y-thanh-ha-nie-kdam")
    ]
    assert not gazetteer.lookup(keys_of("Y Thanh Hà Niê Kđăm"))  # not read by the name alone


def test_a_post_an_ingest_wrote_under_a_party_roles_name_is_not_read_for_it(
    fixture_graph: Graph,
) -> None:
    graph = _with(
        fixture_graph,
        f"""<{_iri("party-role/bi-thu")}> skos:prefLabel "Bí thư"@vi .
        <{_iri("role/bi-thu")}> a org:Role ; skos:prefLabel "Bí thư"@vi .""",  # the Youth Union's
    )
    found = Gazetteer.from_graph(graph).lookup(keys_of("Bí thư"))
    assert [e.iri for e in found] == [_iri("party-role/bi-thu")]


def test_a_seat_on_an_associations_board_an_ingest_wrote_is_not_read_for_a_party_member(
    fixture_graph: Graph,
) -> None:
    graph = _with(
        fixture_graph,
        f"""<{_iri("party-role/uy-vien")}> skos:prefLabel "Ủy viên"@vi .
        <{_iri("role/uy-vien-ban-chap-hanh")}> a org:Role ;
            skos:prefLabel "Ủy viên Ban Chấp hành"@vi .""",  # of Hội Luật gia Việt Nam
    )
    assert not Gazetteer.from_graph(graph).lookup(keys_of("Ủy viên Ban Chấp hành"))


@pytest.mark.parametrize(("status", "found"), [("unreviewed", False), ("confirmed", True)])
def test_a_unit_minted_within_a_report_is_found_by_name_once_confirmed(
    status: str, found: bool
) -> None:
    path = "agency/unknown-province--r0/ban-dan-van-tinh-uy-khanh-hoa"
    iri = _iri(path)
    minted = _minted(path, "ncg:PartyOrgan", "Ban Dân vận Tỉnh ủy Khánh Hòa", status)
    gazetteer = Gazetteer.from_graph(_with(Graph(), minted))
    keys = ("ban", "dân", "vận", "tỉnh", "ủy", "khánh", "hòa")
    assert iri in gazetteer.entities
    assert bool(gazetteer.lookup(keys)) is found


# Names that identify no one bloc: a numbered cluster of several provinces' units (farmers',
# then police), a region's cluster (the Red Cross's, then the propaganda boards'), a bloc never
# named ("Trưởng Khối thi đua").
_EACH_REPORTS_OWN = [
    (
        "Ngày 5/3/2024, Cụm thi đua số 4 gồm Hội Nông dân các tỉnh Hà Giang, Tuyên Quang, Lào "
        "Cai và Yên Bái tổ chức ký kết giao ước thi đua năm 2024.",
        "Ngày 8/3/2024, Cụm thi đua số 4 gồm Công an các tỉnh Quảng Bình, Quảng Trị và Quảng "
        "Nam tổ chức ký kết giao ước thi đua năm 2024.",
        "cum-thi-dua-so-4",
    ),
    (
        "Ngày 5/3/2024, Cụm thi đua miền Đông Nam Bộ gồm Hội Chữ thập đỏ các tỉnh Đồng Nai, "
        "Bình Dương và Tây Ninh tổ chức ký kết giao ước thi đua năm 2024.",
        "Ngày 8/3/2024, tại tỉnh Đồng Nai, Cụm thi đua miền Đông Nam Bộ tổ chức hội nghị giao "
        "ban công tác tuyên giáo năm 2024.",
        "cum-thi-dua-mien-dong-nam-bo",
    ),
    (
        "Ngày 20/6/2024, tại thành phố Quy Nhơn, tỉnh Bình Định, ông Nguyễn Văn An, Trưởng Khối "
        "thi đua, Chủ tịch Hội Nông dân tỉnh Bình Định, phát biểu tại buổi gặp mặt.",
        "Ngày 21/6/2024, tại tỉnh Bình Định, ông Trần Văn Bình, Trưởng Khối thi đua, Giám đốc "
        "Sở Tư pháp tỉnh Bình Định, phát biểu tại hội nghị.",
        "khoi-thi-dua",
    ),
]


@pytest.mark.parametrize(("first", "second", "slug"), _EACH_REPORTS_OWN)
def test_a_bloc_name_that_identifies_no_one_bloc_is_each_reports_own(
    first: str, second: str, slug: str, fixture_graph: Graph
) -> None:
    blocs = _blocs_after(fixture_graph, [first, second])
    assert [[iri for iri, _ in found] for found in blocs] == [
        [_iri(f"bloc/unscoped--r0/{slug}")],
        [_iri(f"bloc/unscoped--r1/{slug}")],
    ]


@pytest.mark.parametrize(
    ("name", "scoped"),
    [
        ("Ban Dân vận", True),
        ("Vụ Tổ chức cán bộ", True),
        ("Hội Luật gia", True),
        ("Tổng cục", True),
        ("Hội Luật gia Việt Nam", False),
        ("Kho bạc Nhà nước", False),
        ("Nhà xuất bản Tư pháp", False),
    ],
)
def test_a_part_of_a_body_named_without_the_body_is_its_reports(
    name: str, scoped: bool, gazetteer: Gazetteer
) -> None:
    profiles = [
        profile_org(name, gazetteer=gazetteer, kinds=_kinds(), scope=scope)
        for scope in ("report-a", "report-b")
    ]
    assert (profiles[0].iri != profiles[1].iri) is scoped
    assert ("/unscoped--report-a/" in profiles[0].iri) is scoped


def test_a_district_unit_the_text_leaves_unnamed_is_scoped_by_its_report(
    gazetteer: Gazetteer,
) -> None:
    profiles = [
        profile_org(
            "Ban Tuyên giáo Huyện ủy", gazetteer=gazetteer, kinds=_kinds(), local=True,
            home_province="Bình Thuận", scope=scope,
        )
        for scope in ("report-a", "report-b")
    ]  # fmt: skip
    assert profiles[0].iri != profiles[1].iri
    assert profiles[0].iri.endswith("/unknown-district--report-a/ban-tuyen-giao-huyen-uy")
