"""The competency questions in queries/competency/ give exactly the expected answers.

The ontology (ontology/*.ttl, in ``ncgg:ontology``) and every data graph (data/**/*.trig) are
loaded into an rdflib Dataset and into an in-memory Oxigraph store, both queried with the default
graph as the union of the named graphs; each question must give the same answer on both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.query import ResultRow

from nội_chính_graph.namespaces import NCGG, NCGID
from nội_chính_graph.text import fold

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "queries" / "competency"
REPORTS = ROOT / "data" / "reports"

Row = tuple[str | None, ...]
Runner = Callable[[str], list[Row]]

BLOC = "bloc/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"
REPORT = str(NCGID["report/noi-chinh-2023-mid-year"])
CONFERENCE = str(NCGID[f"event/so-ket-6-thang-dau-nam-2023-{BLOC[5:]}"])
NGO_VAN_TUAN = str(NCGID["person/ngo-van-tuan"])
TRAN_QUOC_TO = str(NCGID["person/tran-quoc-to"])
TRINH_VAN_QUYET = str(NCGID["person/trinh-van-quyet"])
OFFICIALS = {NGO_VAN_TUAN, TRAN_QUOC_TO, TRINH_VAN_QUYET}
MEMBERS = {
    str(NCGID[f"agency/{slug}"])
    for slug in (
        "kiem-toan-nha-nuoc",
        "toa-an-nhan-dan-toi-cao",
        "bo-quoc-phong",
        "bo-cong-an",
        "bo-tu-phap",
        "vien-kiem-sat-nhan-dan-toi-cao",
        "thanh-tra-chinh-phu",
        "ban-quan-ly-lang-chu-tich-ho-chi-minh",
    )
}
SEED_FACT_COUNT = (
    21  # 9 bloc memberships, 1 member count, 3 posts, 3 Party roles, 2 ranks, 3 others
)


def _id(path: str) -> str:
    return str(NCGID[path])


def _data_files(pattern: str, folder: Path) -> list[Path]:
    files = sorted(folder.glob(pattern))
    assert files, f"no {pattern} under {folder}"
    return files


def _ontology_files() -> list[Path]:
    return _data_files("*.ttl", ROOT / "ontology")


def _trig_files() -> list[Path]:
    return _data_files("**/*.trig", ROOT / "data")


def _query(name: str) -> str:
    return (QUERIES / name).read_text(encoding="utf-8")


# --- the two stores ----------------------------------------------------------------------------


def _rdflib_value(value: object) -> str | None:
    if value is None:
        return None
    assert isinstance(value, URIRef | Literal), value
    return str(value)


@pytest.fixture(scope="module")
def rdflib_dataset() -> Dataset:
    dataset = Dataset(default_union=True)
    for path in _ontology_files():
        dataset.graph(NCGG.ontology).parse(path, format="turtle")
    for path in _trig_files():
        dataset.parse(path, format="trig")
    return dataset


@pytest.fixture(scope="module")
def oxigraph_store() -> ox.Store:
    store = ox.Store()
    for path in _ontology_files():
        store.load(path=path, format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(NCGG.ontology)))
    for path in _trig_files():
        store.load(path=path, format=ox.RdfFormat.TRIG)
    return store


def _rdflib_runner(dataset: Dataset) -> Runner:
    def run(name: str) -> list[Row]:
        rows: list[Row] = []
        for row in dataset.query(_query(name)):
            assert isinstance(row, ResultRow)
            rows.append(tuple(_rdflib_value(value) for value in row))
        return rows

    return run


def _oxigraph_value(term: object) -> str | None:
    if term is None:
        return None
    assert isinstance(term, ox.NamedNode | ox.Literal), term
    return term.value


def _oxigraph_runner(store: ox.Store) -> Runner:
    def run(name: str) -> list[Row]:
        solutions = store.query(_query(name), use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)
        names = solutions.variables
        return [tuple(_oxigraph_value(s[v]) for v in names) for s in solutions]

    return run


@pytest.fixture(params=["rdflib", "oxigraph"])
def run(request: pytest.FixtureRequest) -> Runner:
    """Run a named competency query on one backend; rows of lexical forms (None if unbound)."""
    if request.param == "rdflib":
        return _rdflib_runner(request.getfixturevalue("rdflib_dataset"))
    return _oxigraph_runner(request.getfixturevalue("oxigraph_store"))


# --- every query file is exercised ------------------------------------------------------------


def question(name: str) -> str:
    """Mark ``name`` as a query this module checks (found by test_every_query_file_is_tested)."""
    assert (QUERIES / name).is_file(), name
    return name


def _query_names() -> Iterator[str]:
    return (path.name for path in QUERIES.glob("*.rq"))


def _questions_in_this_module() -> set[str]:
    return set(re.findall(r'question\("([^"]+)"\)', Path(__file__).read_text(encoding="utf-8")))


# --- the questions -----------------------------------------------------------------------------


def test_bloc_has_eight_members_in_2023(run: Runner) -> None:
    rows = run(question("01-bloc-members-2023.rq"))
    assert len(rows) == 8
    assert {row[0] for row in rows} == MEMBERS


def test_bloc_leader_2023_is_kiem_toan_nha_nuoc(run: Runner) -> None:
    rows = run(question("02-bloc-leader-2023.rq"))
    assert rows == [(_id("agency/kiem-toan-nha-nuoc"),)]


def test_conference_speakers_and_their_ranks(run: Runner) -> None:
    rows = run(question("03-conference-speakers-and-ranks.rq"))
    assert set(rows) == {
        (NGO_VAN_TUAN, "Ngô Văn Tuấn", None),
        (TRAN_QUOC_TO, "Trần Quốc Tỏ", _id("rank/cand/thuong-tuong")),
        (TRINH_VAN_QUYET, "Trịnh Văn Quyết", _id("rank/qdnd/trung-tuong")),
    }
    assert len(rows) == 3


def test_officials_ranked_trung_tuong_or_above(run: Runner) -> None:
    rows = run(question("04-officials-rank-at-least-trung-tuong.rq"))
    assert rows == [
        (TRAN_QUOC_TO, _id("rank/cand/thuong-tuong"), "11"),
        (TRINH_VAN_QUYET, _id("rank/qdnd/trung-tuong"), "10"),
    ]


def test_post_and_agency_of_tran_quoc_to(run: Runner) -> None:
    rows = run(question("05-post-and-agency-of-tran-quoc-to.rq"))
    assert rows == [
        (
            _id("post/thu-truong--bo-cong-an"),
            _id("role/thu-truong"),
            _id("agency/bo-cong-an"),
            "Thứ trưởng Bộ Công an",
            "Bộ Công an",
        )
    ]


def test_leader_fact_points_at_its_sentence(run: Runner) -> None:
    rows = run(question("06-source-sentence-of-leader-2023.rq"))
    assert len(rows) == 1
    report, file, start, end, exact = rows[0]
    assert (report, file) == (REPORT, "noi-chinh-2023-mid-year.txt")
    assert exact is not None
    assert exact.startswith("Khối thi đua các bộ, ngành nội chính Trung ương có 8 đơn vị")
    assert "Kiểm toán Nhà nước (khối trưởng khối thi đua năm 2023)" in exact
    text = (REPORTS / str(file)).read_text(encoding="utf-8")
    assert text[int(str(start)) : int(str(end))] == exact


def test_conference_chairs(run: Runner) -> None:
    rows = run(question("07-conference-chairs.rq"))
    assert sorted(rows) == sorted((person,) for person in OFFICIALS)


def test_theme_2023(run: Runner) -> None:
    rows = run(question("08-theme-2023.rq"))
    assert rows == [("Đoàn kết, kỷ cương, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ",)]


def test_government_motto_2023(run: Runner) -> None:
    rows = run(question("09-government-motto-2023.rq"))
    motto = "Đoàn kết kỷ cương, bản lĩnh linh hoạt, đổi mới sáng tạo, kịp thời hiệu quả"
    assert rows == [(motto, _id("agency/chinh-phu"))]


def test_central_committee_members(run: Runner) -> None:
    rows = run(question("10-central-committee-members.rq"))
    assert sorted(rows) == sorted((person,) for person in OFFICIALS)


def test_period_covered_is_first_half_of_2023(run: Runner) -> None:
    rows = run(question("11-period-covered.rq"))
    assert rows == [(CONFERENCE, _id("half/2023-h1"), "2023-01-01", "2023-06-30")]


@pytest.mark.parametrize(
    ("folded", "agency"),
    [
        ("tand toi cao", "agency/toa-an-nhan-dan-toi-cao"),
        ("vksnd toi cao", "agency/vien-kiem-sat-nhan-dan-toi-cao"),
        ("ban quan ly lang chu tich ho chi minh", "agency/ban-quan-ly-lang-chu-tich-ho-chi-minh"),
    ],
)
def test_agency_found_by_folded_alt_label(run: Runner, folded: str, agency: str) -> None:
    rows = run(question("12-agency-alt-labels.rq"))
    assert {row[0] for row in rows if fold(str(row[1])) == folded} == {_id(agency)}


def test_no_fact_lacks_evidence(run: Runner) -> None:
    assert run(question("13-facts-without-evidence.rq")) == [("0",)]


def test_every_fact_graph_has_a_source(run: Runner) -> None:
    rows = run(question("14-fact-graphs-provenance.rq"))
    assert rows, "no fact found"
    assert [row for row in rows if row[2] is None] == []
    seed_graph = str(NCGG["report/noi-chinh-2023-mid-year"])
    seed = {row[0] for row in rows if row[1] == seed_graph}
    assert len(seed) == SEED_FACT_COUNT
    assert {row[2] for row in rows if row[1] == seed_graph} == {REPORT}


def test_stated_member_count_2023(run: Runner) -> None:
    assert run(question("15-stated-member-count-2023.rq")) == [("8", REPORT)]


def test_every_annotation_slices_the_report_to_its_quote(run: Runner) -> None:
    rows = run(question("16-annotation-offsets.rq"))
    seed = [
        row for row in rows if str(row[0]).startswith(_id("annotation/noi-chinh-2023-mid-year/"))
    ]
    assert len(seed) == 10
    for annotation, file, start, end, exact in rows:
        text = (REPORTS / str(file)).read_text(encoding="utf-8")
        assert text[int(str(start)) : int(str(end))] == exact, annotation


def test_units_of_bo_quoc_phong_and_their_officials(run: Runner) -> None:
    rows = run(question("17-suborganisation-of-ministry.rq"))
    assert rows == [(_id("agency/tong-cuc-chinh-tri-quan-doi-nhan-dan-viet-nam"), TRINH_VAN_QUYET)]


def test_report_url_publisher_and_date_are_unknown(run: Runner) -> None:
    rows = run(question("18-report-known-metadata.rq"))
    assert rows == [(REPORT, None, None, None, "4")]


def test_every_query_file_is_tested() -> None:
    names = set(_query_names())
    assert len(names) >= 14
    assert names == _questions_in_this_module()


# --- reference data (issue 12, item 7) ---------------------------------------------------------


def _successors(rows: list[Row], original: str) -> set[str | None]:
    return {row[1] for row in rows if row[0] == _id(original)}


def test_bodies_that_took_over_a_ministrys_functions_in_2025(run: Runner) -> None:
    rows = run(question("19-functions-taken-over-2025.rq"))
    assert _successors(rows, "agency/bo-lao-dong-thuong-binh-va-xa-hoi") == {
        _id("agency/bo-noi-vu"),
        _id("agency/bo-giao-duc-va-dao-tao"),
        _id("agency/bo-y-te"),
        _id("agency/bo-nong-nghiep-va-moi-truong"),
    }
    assert _successors(rows, "agency/uy-ban-doi-ngoai") == {
        _id("agency/uy-ban-quoc-phong-an-ninh-va-doi-ngoai"),
        _id("agency/van-phong-quoc-hoi"),
        _id("agency/bo-ngoai-giao"),
    }
    assert _successors(rows, "party-organ/ban-dan-van-trung-uong") == {
        _id("party-organ/ban-tuyen-giao-va-dan-van-trung-uong")
    }


def test_provinces_merged_into_each_new_unit_on_1_7_2025(run: Runner) -> None:
    rows = run(question("20-provinces-merged-2025-07-01.rq"))
    assert len({row[0] for row in rows}) == 23
    assert len(rows) == 52
    merged_into_hcm = {row[1] for row in rows if row[0] == _id("province/ho-chi-minh-2025")}
    assert merged_into_hcm == {
        _id("province/ho-chi-minh"),
        _id("province/binh-duong"),
        _id("province/ba-ria-vung-tau"),
    }


PARTY_ORGANS_2024 = {
    *(f"party-organ/{slug}" for slug in ("uy-ban-kiem-tra-trung-uong", "ban-to-chuc-trung-uong")),
    *(f"party-organ/{slug}" for slug in ("ban-noi-chinh-trung-uong", "van-phong-trung-uong-dang")),
    "party-organ/ban-tuyen-giao-trung-uong",
    "party-organ/ban-dan-van-trung-uong",
    "party-organ/ban-kinh-te-trung-uong",
    "party-organ/ban-doi-ngoai-trung-uong",
    "party-organ/dang-uy-khoi-cac-co-quan-trung-uong",
    "party-organ/dang-uy-khoi-doanh-nghiep-trung-uong",
    "party-organ/bao-nhan-dan",
    "party-organ/tap-chi-cong-san",
    "party-organ/nha-xuat-ban-chinh-tri-quoc-gia-su-that",
    "party-organ/hoc-vien-chinh-tri-quoc-gia-ho-chi-minh",
}
ENDED_2025 = {
    "party-organ/ban-tuyen-giao-trung-uong",
    "party-organ/ban-dan-van-trung-uong",
    "party-organ/ban-kinh-te-trung-uong",
    "party-organ/ban-doi-ngoai-trung-uong",
    "party-organ/dang-uy-khoi-cac-co-quan-trung-uong",
    "party-organ/dang-uy-khoi-doanh-nghiep-trung-uong",
}
BEGUN_2025 = {
    "party-organ/ban-tuyen-giao-va-dan-van-trung-uong",
    "party-organ/ban-chinh-sach-chien-luoc-trung-uong",
    "party-organ/dang-uy-cac-co-quan-dang-trung-uong",
    "party-organ/dang-uy-chinh-phu",
    "party-organ/dang-uy-quoc-hoi",
    "party-organ/dang-uy-mat-tran-to-quoc-cac-doan-the-trung-uong",
}


def test_party_central_organs_in_force_on_a_date(run: Runner) -> None:
    rows = run(question("21-party-central-organs-in-force.rq"))
    on_2024 = {row[1] for row in rows if row[0] == "2024-06-01"}
    on_2025 = {row[1] for row in rows if row[0] == "2025-06-01"}
    assert on_2024 == {_id(path) for path in PARTY_ORGANS_2024}
    assert on_2025 == {_id(path) for path in (PARTY_ORGANS_2024 - ENDED_2025) | BEGUN_2025}


def test_blocs_of_an_agency_by_year(run: Runner) -> None:
    rows = run(question("22-blocs-of-agency-by-year.rq"))
    noi_chinh = _id(BLOC)
    of_bo_cong_an = {(row[1], row[2]) for row in rows if row[0] == _id("agency/bo-cong-an")}
    assert of_bo_cong_an == {(noi_chinh, "2020"), (noi_chinh, "2022"), (noi_chinh, "2023")}
    leader_years = {
        row[2]
        for row in rows
        if row[0] == _id("agency/bo-cong-an") and row[3] == _id("bloc-role/leader")
    }
    assert leader_years == {"2020"}


def test_leaders_of_the_central_blocs_by_year(run: Runner) -> None:
    rows = run(question("26-bloc-leaders-by-year.rq"))
    noi_chinh = _id(BLOC)
    fronts = _id("bloc/khoi-thi-dua-cac-to-chuc-chinh-tri-xa-hoi-va-cac-to-chuc-lien-hiep")
    leader, deputy = _id("bloc-role/leader"), _id("bloc-role/deputy")
    led = {(row[0], row[1], row[2], row[3]) for row in rows}
    assert {
        (noi_chinh, "2020", leader, _id("agency/bo-cong-an")),
        (noi_chinh, "2020", deputy, _id("agency/bo-quoc-phong")),
        (noi_chinh, "2022", leader, _id("agency/bo-tu-phap")),
        (noi_chinh, "2022", deputy, _id("agency/ban-quan-ly-lang-chu-tich-ho-chi-minh")),
        (noi_chinh, "2023", leader, _id("agency/kiem-toan-nha-nuoc")),
        (fronts, "2018", leader, _id("organisation/uy-ban-trung-uong-mat-tran-to-quoc-viet-nam")),
    } <= led
    # one leader per bloc and year, whatever the number of reports that state it
    leaders = [(b, y) for b, y, r, _ in led if r == leader]
    assert len(leaders) == len(set(leaders))
    # Bộ Công an led the nội chính bloc for 2020 according to two reports
    reports = {row[4] for row in rows if row[1] == "2020" and row[2] == leader}
    assert len(reports) == 2


def test_institutions_by_kind_and_level(run: Runner) -> None:
    counts = {
        (row[0], row[1]): int(str(row[2]))
        for row in run(question("23-institutions-by-kind-and-level.rq"))
    }
    provincial, central = _id("level/provincial"), _id("level/central")
    assert counts[(_id("kind/province"), provincial)] == 76
    assert counts[(_id("kind/centrally-run-city"), provincial)] == 10
    assert counts[(_id("kind/military-region"), central)] == 7
    assert counts[(_id("kind/party-committee"), central)] == 8


# --- the Party's leadership bodies per term (issue 12, item 1) ---------------------------------


def test_party_roles_of_term_xiii(run: Runner) -> None:
    rows = run(question("24-party-roles-of-term.rq"))
    by_position = {row[0]: row for row in rows}
    assert set(by_position) == {
        _id(f"party-position/{path}/xiii")
        for path in (
            "ban-chap-hanh-trung-uong-dang/uy-vien",
            "ban-chap-hanh-trung-uong-dang/uy-vien-du-khuyet",
            "ban-chap-hanh-trung-uong-dang/tong-bi-thu",
            "bo-chinh-tri/uy-vien",
            "ban-bi-thu/bi-thu",
            "ban-bi-thu/thuong-truc-ban-bi-thu",
        )
    }
    politburo = by_position[_id("party-position/bo-chinh-tri/uy-vien/xiii")]
    assert politburo[1:5] == (
        _id("party-organ/bo-chinh-tri"),
        _id("party-role/uy-vien"),
        "Ủy viên Bộ Chính trị khóa XIII",
        "18",
    )
    secretary = by_position[_id("party-position/ban-bi-thu/bi-thu/xiii")]
    assert secretary[1:4] == (
        _id("party-organ/ban-bi-thu"),
        _id("party-role/bi-thu"),
        "Bí thư Trung ương Đảng khóa XIII",
    )
    counts = {row[0]: row[4] for row in rows}
    assert counts[_id("party-position/ban-chap-hanh-trung-uong-dang/uy-vien/xiii")] == "180"
    assert (
        counts[_id("party-position/ban-chap-hanh-trung-uong-dang/uy-vien-du-khuyet/xiii")] == "20"
    )


def test_party_term_running_on_a_date(run: Runner) -> None:
    rows = run(question("25-party-term-on-a-date.rq"))
    assert [(row[0], row[2], row[3]) for row in rows] == [
        ("2016-06-01", "XII", "2016-01-26"),
        ("2023-06-01", "XIII", "2021-01-30"),
        ("2026-06-01", "XIV", "2026-01-22"),
    ]
