"""The extractor on short Vietnamese texts, against the fixture gazetteer."""

import datetime as dt

from rdflib import Graph, Literal, URIRef

from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.ingest.model import Extraction, PersonOut
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.namespaces import DCTERMS, NCG, NCGID, OA, ORG, SCHEMA, SKOS, XSD

SOURCE = "SOURCE: http://example.vn/bai-viet\nTiêu đề\n22/01/2021 - 20:17\n\n"


def _run(text: str, gazetteer: Gazetteer, slug: str = "r", **kw: object) -> Extraction:
    return extract_report(text, gazetteer, report_slug=slug, **kw)  # type: ignore[arg-type]


def _person(x: Extraction, name: str) -> PersonOut:
    return next(p for p in x.summary.people if p.name == name)


def test_official_name_first_gives_rank_party_role_and_post(gazetteer: Gazetteer) -> None:
    text = "Dự có Thượng tướng Trần Quốc Tỏ, Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Công an."
    person = _person(_run(text, gazetteer), "Trần Quốc Tỏ")
    assert person.rank == "Thượng tướng"
    assert person.party_roles == ["Ủy viên Ban Chấp hành Trung ương Đảng"]
    assert [(p.title, p.agency.label if p.agency else None) for p in person.posts] == [
        ("Thứ trưởng", "Bộ Công an")
    ]


def test_rank_is_read_in_the_ladder_of_the_agency_force(gazetteer: Gazetteer) -> None:
    text = (
        "Có Trung tướng Trịnh Văn Quyết, Phó Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân "
        "Việt Nam."
    )
    x = _run(text, gazetteer)
    ranks = set(x.graph.objects(None, NCG.rank))
    assert ranks == {NCGID["rank/qdnd/trung-tuong"]}


def test_official_title_first_gives_post_and_agency(gazetteer: Gazetteer) -> None:
    text = "Dự có Thứ trưởng Bộ Giáo dục và Đào tạo Nguyễn Thị Nghĩa (Phó Trưởng Khối)."
    person = _person(_run(text, gazetteer), "Nguyễn Thị Nghĩa")
    assert [(p.title, p.agency.label if p.agency else None) for p in person.posts] == [
        ("Thứ trưởng", "Bộ Giáo dục và Đào tạo")
    ]


def test_rank_equivalence_is_not_a_ministry_post(gazetteer: Gazetteer) -> None:
    text = "Dự có Thứ trưởng, Tổng Giám đốc Bảo hiểm xã hội Việt Nam Nguyễn Thị Minh (Trưởng Khối)."
    x = _run(text, gazetteer)
    person = _person(x, "Nguyễn Thị Minh")
    assert [p.title for p in person.posts] == ["Tổng Giám đốc"]
    assert person.equivalent_rank == ["Thứ trưởng"]
    agencies = {str(a) for a in x.graph.objects(None, ORG.postIn)}
    assert agencies == {str(NCGID["agency/bao-hiem-xa-hoi-viet-nam"])}


def test_several_posts_per_person_are_all_kept(gazetteer: Gazetteer) -> None:
    text = "Có Phạm Anh Tuấn, Phó Trưởng ban Nội chính Trung ương, Thứ trưởng Bộ Tư pháp."
    person = _person(_run(text, gazetteer), "Phạm Anh Tuấn")
    assert {(p.title, p.agency.label if p.agency else "") for p in person.posts} == {
        ("Phó Trưởng ban", "Ban Nội chính Trung ương"),
        ("Thứ trưởng", "Bộ Tư pháp"),
    }


def test_commas_inside_agency_names_do_not_split_members(gazetteer: Gazetteer) -> None:
    text = (
        "Khối thi đua các bộ, ngành nội chính Trung ương gồm 3 đơn vị: Bộ Y tế, "
        "Bộ Văn hóa, Thể thao và Du lịch và Bộ Tư pháp."
    )
    members = [
        m.label for m in _run(text, gazetteer, issued=dt.date(2023, 5, 1)).summary.blocs[0].members
    ]
    # The summary is read from the triples, which keep no order within one sentence.
    assert sorted(members) == sorted(["Bộ Y tế", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tư pháp"])


def test_provincial_units_are_not_resolved_to_central_agencies(gazetteer: Gazetteer) -> None:
    text = (
        "Khối thi đua Nội chính tỉnh Bắc Ninh gồm: Công an tỉnh Bắc Ninh, Sở Tư pháp, "
        "Bộ Công an tỉnh Bắc Ninh."
    )
    x = _run(text, gazetteer, issued=dt.date(2023, 5, 1))
    central = {e.iri for e in gazetteer.entities.values()}
    bloc = x.summary.blocs[0]
    assert bloc.id not in central
    assert bloc.members, "the local members are still listed"
    assert not {m.id for m in bloc.members} & central
    assert any(f.code == "local-bloc" for f in x.flags)


def test_party_commission_is_not_the_noi_chinh_bloc(gazetteer: Gazetteer) -> None:
    text = "Có Phạm Anh Tuấn, Phó Trưởng ban Nội chính Trung ương chủ trì Hội nghị."
    x = _run(text, gazetteer)
    assert x.summary.blocs == []
    post = _person(x, "Phạm Anh Tuấn").posts[0]
    assert post.agency is not None
    assert post.agency.id == str(NCGID["party-organ/ban-noi-chinh-trung-uong"])


def test_day_month_date_takes_year_from_publication_date(gazetteer: Gazetteer) -> None:
    text = SOURCE + (
        "Ngày 22/1, tại Hà Nội, Khối thi đua các bộ, ngành nội chính Trung ương tổ chức "
        "Hội nghị tổng kết năm 2020, ký kết giao ước thi đua năm 2021."
    )
    x = _run(text, gazetteer)
    event = x.summary.events[0]
    assert event.date == "2021-01-22"
    assert event.place == "Hà Nội"
    assert event.kinds == ["tong-ket", "ky-ket-giao-uoc"]
    url = Literal("http://example.vn/bai-viet", datatype=XSD.anyURI)
    assert x.graph.value(x.report, SCHEMA.url) == url
    assert x.graph.value(x.report, DCTERMS.issued) == Literal(dt.date(2021, 1, 22))


def test_a_date_without_any_year_is_left_out(gazetteer: Gazetteer) -> None:
    text = (
        "Ngày 22/1, Khối thi đua các bộ, ngành nội chính Trung ương tổ chức Hội nghị "
        "tổng kết công tác thi đua."
    )
    x = _run(text, gazetteer)
    assert x.summary.events[0].date is None
    assert not list(x.graph.objects(None, SCHEMA.startDate))


def test_a_day_month_date_takes_the_year_of_the_conference(gazetteer: Gazetteer) -> None:
    """A year-end review of 2020 held on 22/1 was held in 2021."""
    text = (
        "Ngày 22/1, Khối thi đua các bộ, ngành nội chính Trung ương tổ chức Hội nghị "
        "tổng kết năm 2020."
    )
    x = _run(text, gazetteer)
    assert x.summary.events[0].date == "2021-01-22"


def test_alias_added_to_graph_improves_extraction(fixture_graph: Graph) -> None:
    text = "Khối thi đua các bộ, ngành nội chính Trung ương gồm: BHXHVN, Bộ Y tế."
    before = _run(text, Gazetteer.from_graph(fixture_graph), issued=dt.date(2023, 1, 1))
    agency = URIRef(NCGID["agency/bao-hiem-xa-hoi-viet-nam"])
    fixture_graph.add((agency, SKOS.altLabel, Literal("BHXHVN", lang="vi")))
    after = _run(text, Gazetteer.from_graph(fixture_graph), issued=dt.date(2023, 1, 1))
    assert str(agency) not in [m.id for m in before.summary.blocs[0].members]
    assert str(agency) in [m.id for m in after.summary.blocs[0].members]


def test_annotation_offsets_slice_the_original_text(gazetteer: Gazetteer) -> None:
    text = (
        "Mở đầu.Thượng tướng Trần Quốc Tỏ, Thứ trưởng Bộ Công an chủ trì Hội nghị.\n"
        "leftcenterrightdel\n Quang cảnh.\nhoi nghi toan canh\n"
    )
    x = _run(text, gazetteer)
    selectors = list(x.graph.subjects(None, OA.TextPositionSelector))
    assert selectors
    for selector in selectors:
        start = int(str(x.graph.value(selector, OA.start)))
        end = int(str(x.graph.value(selector, OA.end)))
        quote = URIRef(str(selector).removesuffix("/pos") + "/quote")
        assert x.text[start:end] == str(x.graph.value(quote, OA.exact))
        assert x.text[start:end].startswith("Thượng tướng Trần Quốc Tỏ")


def test_same_agency_in_two_reports_gets_same_iri(gazetteer: Gazetteer) -> None:
    one = _run("Có Thứ trưởng Bộ Công an Lê Quốc Hùng phát biểu.", gazetteer, "a")
    two = _run("Có Lê Quốc Hùng, Thứ trưởng Bộ công an, phát biểu.", gazetteer, "b")
    assert set(one.graph.objects(None, ORG.postIn)) == set(two.graph.objects(None, ORG.postIn))
    assert _person(one, "Lê Quốc Hùng").id == _person(two, "Lê Quốc Hùng").id


def test_known_person_with_same_agency_keeps_graph_iri(gazetteer: Gazetteer) -> None:
    x = _run("Có Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an.", gazetteer)
    assert _person(x, "Nguyễn Văn Thành").id == str(NCGID["person/nguyen-van-thanh"])
    assert not [f for f in x.flags if f.code == "ambiguous-person"]


def test_ambiguous_person_gets_new_iri_and_flag(gazetteer: Gazetteer) -> None:
    x = _run("Có Nguyễn Văn Thành, Thứ trưởng Bộ Y tế.", gazetteer)
    assert _person(x, "Nguyễn Văn Thành").id == str(NCGID["person/nguyen-van-thanh-2"])
    assert [f.code for f in x.flags if f.code == "ambiguous-person"] == ["ambiguous-person"]


def test_leader_only_in_chair_sentence_is_added_and_count_gap_flagged(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Ngày 21 tháng 7 năm 2017, Khối thi đua các bộ, ngành nội chính Trung ương tổ chức "
        "Hội nghị sơ kết 6 tháng đầu năm 2017. Dự có Thứ trưởng, Tổng Giám đốc Bảo hiểm xã "
        "hội Việt Nam Nguyễn Thị Minh (Trưởng Khối). Khối thi đua các bộ, ngành nội chính "
        "Trung ương gồm 03 đơn vị: Bộ Y tế, Bộ Tư pháp."
    )
    x = _run(text, gazetteer)
    bloc = x.summary.blocs[0]
    assert "Bảo hiểm xã hội Việt Nam" in [m.label for m in bloc.members]
    assert [(lead.agency.label, lead.year, lead.role) for lead in bloc.leaders] == [
        ("Bảo hiểm xã hội Việt Nam", 2017, "leader")
    ]
    assert bloc.stated_count == 3
    assert {"member-from-chair", "member-count-mismatch"} <= {f.code for f in x.flags}
    assert x.summary.events[0].date == "2017-07-21"


def test_indirect_leader_forms_give_the_agency_and_parent(gazetteer: Gazetteer) -> None:
    text = (
        "Khối thi đua các bộ, ngành nội chính Trung ương tổ chức Hội nghị tổng kết năm 2020. "
        "Có Thượng tướng Nguyễn Văn Thành, Thứ trưởng Bộ Công an, đại diện Khối trưởng Khối "
        "thi đua; Thượng tướng Nguyễn Trọng Nghĩa, Phó Chủ nhiệm Tổng cục Chính trị Quân đội "
        "nhân dân Việt Nam, đại diện Khối phó."
    )
    leaders = _run(text, gazetteer).summary.blocs[0].leaders
    assert [(lead.agency.label, lead.year, lead.role) for lead in leaders] == [
        ("Bộ Công an", 2020, "leader"),
        ("Bộ Quốc phòng", 2020, "deputy"),
    ]


def test_theme_and_motto_are_quoted_with_year(gazetteer: Gazetteer) -> None:
    text = (
        "Khối thi đua các bộ, ngành nội chính Trung ương tổ chức Hội nghị sơ kết 6 tháng đầu "
        "năm 2023. Năm 2023, phong trào thi đua có chủ đề “Đoàn kết, kỷ cương”. Gắn với "
        "phương châm hành động của Chính phủ năm 2023 “Đoàn kết kỷ cương, bản lĩnh linh hoạt”."
    )
    x = _run(text, gazetteer)
    assert x.graph.value(NCGID["motto/2023"], NCG.text) == Literal(
        "Đoàn kết kỷ cương, bản lĩnh linh hoạt", lang="vi"
    )
    assert x.summary.events[0].theme == "Đoàn kết, kỷ cương"


def test_a_chair_posted_in_a_unit_of_a_listed_member_gives_the_role_to_the_member(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Ngày 20/7/2020, Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Tây Ninh sơ kết, "
        "gồm: Bảo hiểm xã hội tỉnh, Kho bạc Nhà nước tỉnh, Cục Thống kê. Đồng chí Tạ Thị Dân – "
        "Trưởng phòng TCHC Cục Thống kê – Khối trưởng Khối Thi đua trình bày báo cáo."
    )
    bloc = _run(text, gazetteer).summary.blocs[0]
    assert [(lead.agency.label, lead.role) for lead in bloc.leaders] == [
        ("Cục Thống kê tỉnh Tây Ninh", "leader")
    ]
