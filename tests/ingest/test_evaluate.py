"""The evaluation corpus is well formed, and the scorer counts what it should."""

import copy
import json
from pathlib import Path

import pytest

from nội_chính_graph.ingest.evaluate import (
    CATEGORIES,
    Report,
    Score,
    _Facts,
    default_graph_files,
    evaluate_report,
    load_corpus,
    load_graph,
    party_role_key,
    provincial_as_central,
)
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer
from nội_chính_graph.text import nfc

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "eval" / "corpus"
KINDS = {"central-bloc", "ministry-bloc", "provincial-bloc", "decoy"}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_graph(load_graph(default_graph_files(ROOT)))


def test_every_report_has_its_text_gold_and_provenance() -> None:
    for split in ("dev", "test"):
        texts = {p.name.removesuffix(".txt") for p in (CORPUS / split).glob("*.txt")}
        golds = {p.name.removesuffix(".gold.json") for p in (CORPUS / split).glob("*.gold.json")}
        assert texts == golds, f"{split}: text without gold or gold without text"
    reports = load_corpus(CORPUS)
    assert len({r.stem for r in reports}) == len(reports), "a stem is in both splits"
    for report in reports:
        assert report.gold["kind"] in KINDS, report.stem
        assert "url" in report.gold, report.stem
        assert "blocs" in report.gold, report.stem
        assert report.text == nfc(report.text), f"{report.stem} is not NFC"


def test_no_page_is_in_both_splits() -> None:
    # a test report whose page (address or opening text) is also in dev was tuned on
    def pages(split: str) -> tuple[set[str], set[str]]:
        reports = load_corpus(CORPUS, [split])
        urls = {r.gold["url"] for r in reports if r.gold.get("url")}
        openings = {" ".join(r.text.split())[:400] for r in reports}
        return urls, openings

    (dev_urls, dev_texts), (test_urls, test_texts) = pages("dev"), pages("test")
    assert dev_urls.isdisjoint(test_urls)
    assert dev_texts.isdisjoint(test_texts)


def test_the_test_split_is_large_enough_to_measure() -> None:
    test = load_corpus(CORPUS, ["test"])
    assert len(test) >= 15
    assert len({r.gold["kind"] for r in test}) >= 2


def test_gold_agencies_of_provinces_never_resolve_to_central_iris(gazetteer: Gazetteer) -> None:
    facts = _Facts(gazetteer)
    assert facts.agency("Công an tỉnh Bắc Kạn") == "label:cong-an-bac-kan"
    assert facts.agency("Bộ Công an").endswith("/agency/bo-cong-an")


def test_a_provinces_unit_written_with_or_without_tinh_is_one_agency(gazetteer: Gazetteer) -> None:
    facts = _Facts(gazetteer)
    assert facts.agency("Đài Phát thanh và Truyền hình tỉnh Long An") == facts.agency(
        "Đài Phát thanh và Truyền hình Long An"
    )
    assert facts.agency("Sở Y tế tỉnh Hà Nam") != facts.agency("Sở Y tế tỉnh Nam Định")


def test_secretariat_membership_is_not_a_central_committee_secretary() -> None:
    assert party_role_key("Bí thư Trung ương Đảng") != party_role_key(
        "Bí thư Ban Chấp hành Trung ương Đảng"
    )
    assert party_role_key("Uỷ viên Trung ương Đảng") == party_role_key(
        "Ủy viên Ban Chấp hành Trung ương Đảng"
    )


def test_a_report_is_scored_in_every_assessed_category(gazetteer: Gazetteer) -> None:
    report = next(r for r in load_corpus(CORPUS, ["dev"]) if r.stem == "d-noichinh-2023-soket")
    scores = evaluate_report(report, gazetteer)
    assert set(scores) == set(CATEGORIES)
    assert scores["members"] == Score(8, 0, 0)
    assert scores["party"].tp == 3


def test_a_wrong_gold_fact_costs_recall(gazetteer: Gazetteer) -> None:
    """The scorer is not a rubber stamp: a gold member the text lacks is a false negative."""
    report = next(r for r in load_corpus(CORPUS, ["dev"]) if r.stem == "d-noichinh-2023-soket")
    gold = json.loads(json.dumps(report.gold))
    gold["blocs"][0]["members"].append("Bộ Ngoại giao")
    scores = evaluate_report(Report(report.stem, "dev", report.text, gold), gazetteer)
    assert scores["members"] == Score(8, 0, 1)


def test_a_provincial_unit_read_as_a_central_one_is_counted(gazetteer: Gazetteer) -> None:
    text = "Dự có ông Nguyễn Văn An, Giám đốc Sở Tư pháp tỉnh Bắc Kạn."
    report = Report("x", "dev", text, {"url": None})
    assert provincial_as_central(report, gazetteer) == []
    wrong = copy.deepcopy(gazetteer)  # a bad alias: the province's department as the ministry
    ministry = wrong.resolve("Bộ Tư pháp")
    assert ministry is not None
    wrong.add(ministry, "Sở Tư pháp tỉnh Bắc Kạn")
    assert provincial_as_central(report, wrong) == ["Sở Tư pháp tỉnh Bắc Kạn"]


def test_extraction_never_changes_the_gazetteer(gazetteer: Gazetteer) -> None:
    """The ingest shares one gazetteer between extractions; none may leave anything in it."""
    before = copy.deepcopy(gazetteer)
    for report in load_corpus(CORPUS):
        evaluate_report(report, gazetteer)
    assert gazetteer.entities == before.entities
    assert dict(gazetteer.index) == dict(before.index)
    assert dict(gazetteer.parents) == dict(before.parents)


def test_a_district_units_province_is_optional_in_gold_and_found() -> None:
    from nội_chính_graph.ingest.evaluate import district_unit

    assert district_unit("Huyện ủy Hàm Tân tỉnh Bình Thuận") == "Huyện ủy Hàm Tân"
    assert district_unit("UBND xã Bình Minh, huyện Vĩnh Thuận, tỉnh Kiên Giang") == (
        "UBND xã Bình Minh, huyện Vĩnh Thuận"
    )


def test_a_provinces_own_unit_keeps_its_province_in_scoring() -> None:
    from nội_chính_graph.ingest.evaluate import district_unit

    assert (
        district_unit("Đảng ủy Dân chính Đảng tỉnh Cà Mau") == "Đảng ủy Dân chính Đảng tỉnh Cà Mau"
    )
    assert district_unit("Công an thành phố Hà Nội") == "Công an thành phố Hà Nội"
    # "Xã Hội" written with a capital is the sector's "social", not a commune named "Hội"
    social = "Sở Lao động - Thương binh và Xã Hội tỉnh Ninh Thuận"
    assert district_unit(social) == social


def test_a_place_named_alone_as_a_member_is_its_peoples_committee(gazetteer: Gazetteer) -> None:
    facts = _Facts(gazetteer)
    committee = facts.agency("Ủy ban nhân dân tỉnh Bắc Ninh")
    assert facts.agency("tỉnh Bắc Ninh") == committee
    province = next(e for e in gazetteer.entities.values() if e.kind.value == "province")
    assert facts.agency(province.label, province.iri) == facts.agency(
        f"Ủy ban nhân dân {province.label}"
    )
    assert facts.agency("Sở Y tế tỉnh Bắc Ninh") != committee


def test_the_differences_of_a_report_are_its_scores_misses_and_wrong_facts(
    gazetteer: Gazetteer,
) -> None:
    from nội_chính_graph.ingest.evaluate import differences

    report = next(r for r in load_corpus(CORPUS, ["dev"]) if r.stem == "d-noichinh-2023-soket")
    gold = json.loads(json.dumps(report.gold))
    gold["blocs"][0]["members"].append("Bộ Ngoại giao")
    changed = Report(report.stem, "dev", report.text, gold)
    found = differences(changed, gazetteer)
    scores = evaluate_report(changed, gazetteer)
    for category, s in scores.items():
        assert len([d for d in found if d.category == category and d.kind == "missed"]) == s.fn
        assert len([d for d in found if d.category == category and d.kind == "wrong"]) == s.fp
    (member,) = [d for d in found if d.category == "members"]
    assert member.kind == "missed"
    assert member.fact[1].endswith("/agency/bo-ngoai-giao")


def test_eval_lists_misses_on_dev_and_refuses_to_on_test(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from nội_chính_graph.cli import app

    for split in ("dev", "test"):
        (tmp_path / split).mkdir()
        for suffix in (".txt", ".gold.json"):
            name = "d-noichinh-2023-soket" + suffix
            (tmp_path / split / name).write_bytes((CORPUS / "dev" / name).read_bytes())
    gold = json.loads((tmp_path / "dev" / "d-noichinh-2023-soket.gold.json").read_text())
    gold["blocs"][0]["members"].append("Bộ Ngoại giao")
    (tmp_path / "dev" / "d-noichinh-2023-soket.gold.json").write_text(json.dumps(gold))
    listed = CliRunner().invoke(
        app, ["eval", "--corpus", str(tmp_path), "--split", "dev", "--misses"]
    )
    assert listed.exit_code == 0, listed.output
    assert "d-noichinh-2023-soket\tmembers\tmissed\tmember | " in listed.output
    refused = CliRunner().invoke(app, ["eval", "--corpus", str(tmp_path), "--misses"])
    assert refused.exit_code == 2
    assert "dev split only" in refused.output


def _member_scores(gazetteer: Gazetteer, text: str, members: list[str]) -> Score:
    gold = {
        "url": None,
        "blocs": [{"label": "Khối", "level": "provincial", "members": members, "leaders": []}],
        "people": [],
        "events": [],
    }
    return evaluate_report(Report("x", "dev", text, gold), gazetteer)["members"]


def test_a_member_named_with_or_without_its_province_is_one_unit(gazetteer: Gazetteer) -> None:
    """Writers name one school with or without its province; the scorer takes either for the
    other, so the key counts the membership, not the writer's habit."""
    text = (
        "Khối thi đua các trường cao đẳng tỉnh Hà Tĩnh gồm: Trường Cao đẳng Nghề Việt Đức, "
        "Trường Cao đẳng Y tế. Khối tổ chức hội nghị tổng kết."
    )
    for gold in ("Trường Cao đẳng Nghề Việt Đức Hà Tĩnh", "Trường Cao đẳng Nghề Việt Đức"):
        found = _member_scores(gazetteer, text, [gold, "Trường Cao đẳng Y tế Hà Tĩnh"])
        assert (found.tp, found.fn) == (2, 0), gold


def test_a_member_named_with_its_parent_is_the_unit_the_text_names_alone(
    gazetteer: Gazetteer,
) -> None:
    facts = _Facts(gazetteer)
    assert "Vụ Pháp chế" in facts.without_qualifiers("Vụ Pháp chế Thanh tra Chính phủ")
    assert "Báo Thanh tra" in facts.without_qualifiers("Báo Thanh tra, Thanh tra Chính phủ")
    assert "Hội Chữ thập đỏ phường 12" in facts.without_qualifiers(
        "Hội Chữ thập đỏ phường 12 quận Bình Thạnh"
    )


def test_a_qualifier_is_a_known_place_or_body_never_the_rest_of_a_name(
    gazetteer: Gazetteer,
) -> None:
    """A name cut short is not the same unit: "Cục Cảnh sát điều tra tội phạm" is not the
    department "… về tham nhũng, kinh tế, buôn lậu"; a ward's own number is not a qualifier."""
    facts = _Facts(gazetteer)
    assert "Cục Cảnh sát điều tra tội phạm" not in facts.without_qualifiers(
        "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"
    )
    assert "Hội Chữ thập đỏ" not in facts.without_qualifiers("Hội Chữ thập đỏ phường 12")
    assert facts.without_qualifiers("Ban Thư ký Biên tập") == set()


def test_a_provinces_branch_never_matches_the_central_unit(gazetteer: Gazetteer) -> None:
    """The central State Bank is a known unit: found for a province's branch it stays wrong."""
    from nội_chính_graph.ingest.evaluate import qualified_matches

    facts = _Facts(gazetteer)
    branch = facts.agency("Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Tây Ninh")
    central = facts.agency("Ngân hàng Nhà nước Việt Nam")
    assert central.startswith("https://")
    gold: set[tuple[str, ...]] = {("member", branch)}
    found: set[tuple[str, ...]] = {("member", central)}
    assert qualified_matches(gold, found, 1, facts.unqualified) == found


def test_one_gold_unit_is_matched_by_one_found_unit(gazetteer: Gazetteer) -> None:
    from nội_chính_graph.ingest.evaluate import qualified_matches

    unqualified = {"label:truong-x-ha-tinh": {"label:truong-x"}}
    gold: set[tuple[str, ...]] = {("member", "label:truong-x-ha-tinh")}
    found: set[tuple[str, ...]] = {
        ("member", "label:truong-x"),
        ("member", "label:truong-x-ha-tinh"),
    }
    assert qualified_matches(gold, found, 1, unqualified) == found
    # a post's other parts must agree: another person's post is no match
    gold_post: set[tuple[str, ...]] = {("post", "a", "giám đốc", "label:truong-x-ha-tinh")}
    found_post: set[tuple[str, ...]] = {("post", "b", "giám đốc", "label:truong-x")}
    assert qualified_matches(gold_post, found_post, 3, unqualified) == found_post


def test_a_leader_whose_year_the_gold_cannot_give_is_scored_by_agency_and_role() -> None:
    from nội_chính_graph.ingest.evaluate import undated_leaders

    gold: set[tuple[str, ...]] = {("leader", "label:x", "None", "leader")}
    assert undated_leaders(gold, {("leader", "label:x", "2020", "leader")}) == gold
    # another role, or another unit, stays wrong
    other: set[tuple[str, ...]] = {("leader", "label:x", "2020", "deputy")}
    assert undated_leaders(gold, other) == other
    # a dated gold leader still needs its year
    dated: set[tuple[str, ...]] = {("leader", "label:x", "2019", "leader")}
    found: set[tuple[str, ...]] = {("leader", "label:x", "2020", "leader")}
    assert undated_leaders(dated, found) == found


def test_a_university_is_one_with_or_without_the_word_truong() -> None:
    from nội_chính_graph.ingest.evaluate import name_key

    assert name_key("Đại học Thái Bình") == name_key("Trường Đại học Thái Bình")
    assert name_key("Cao đẳng Y tế Điện Biên") == name_key("Trường Cao đẳng Y tế Điện Biên")
    # only a school's own name: another unit keeps its words
    assert name_key("Trường Chính trị tỉnh") != name_key("Chính trị tỉnh")
