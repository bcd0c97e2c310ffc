"""Regression tests for issue 15 (items 5 and 6): the explorer's pages read as sentences in
the page's language, and its graph is legible — labelled edges on a background, parallel
edges apart, whole node labels, the bloc's leader marked, a readable tree at phone width."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from .test_explorer_browser import BLOC, TIMEOUT, open_explorer

AGENCY = "#/entity/agency/bo-cong-an"
PERSON = "#/entity/person/tran-quoc-to"
THEME = "Đoàn kết, kỷ cương, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ"
MOTTO = "Đoàn kết kỷ cương, bản lĩnh linh hoạt, đổi mới sáng tạo, kịp thời hiệu quả"
RAW_NAMES = (
    "BlocMembership",
    "MemberCountStatement",
    "PostHolding",
    "RankAssignment",
    "EmulationTheme",
    "PartyRoleMembership",
    "OrganisationalChange",
    "Conference —",
    "altLabel:",
    "name:",
    "prefLabel",
    "memberDuring",
    "(organization)",
)
ENGLISH_NOTE = "The report lists the 8 members"


def english(page: Page) -> None:
    page.add_init_script("localStorage.setItem('ncg-explorer-lang', 'en')")


def main_text(page: Page) -> str:
    """What a reader sees in the main part (closed disclosures' content is not rendered)."""
    text: str = page.locator("main").inner_text()
    return text


def wait_for_facts(page: Page) -> None:
    expect(page.locator(".fact-group").first).to_be_visible(timeout=TIMEOUT)


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A 390 px wide phone page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    yield tab
    context.close()
    assert errors == []


# ---- item 5: below the graph ---------------------------------------------------------------


@pytest.mark.parametrize("route", [BLOC + "?year=2023", AGENCY, PERSON])
def test_vietnamese_page_shows_no_class_or_property_names(
    page: Page, base_url: str, route: str
) -> None:
    open_explorer(page, base_url, route)
    wait_for_facts(page)
    page.locator("details.fact").evaluate_all("ds => ds.forEach(d => d.open = true)")
    text = main_text(page)
    assert [raw for raw in RAW_NAMES if raw in text] == []


def test_membership_facts_are_distinct_sentences_with_year_and_role(
    page: Page, base_url: str
) -> None:
    open_explorer(page, base_url, AGENCY)
    wait_for_facts(page)
    sentences = page.locator(".fact-BlocMembership > summary").all_inner_texts()
    assert len(sentences) >= 3  # 2020 leader and member, 2023 member (and what newer data adds)
    assert len(set(sentences)) == len(sentences)
    assert (
        "Bộ Công an là khối trưởng của Khối thi đua các bộ, ngành nội chính Trung ương năm 2020."
        in sentences
    )
    role_and_year = r"là (khối trưởng|khối phó|thành viên) của .* năm 20\d\d\.( \(theo .+\))?$"
    assert all(re.search(role_and_year, s) for s in sentences), sentences


def test_every_fact_heading_on_the_bloc_page_is_distinct(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, BLOC + "?year=2023")
    wait_for_facts(page)
    headings = page.locator("details.fact > summary").all_inner_texts()
    assert len(headings) >= 15
    assert len(set(headings)) == len(headings)


def test_person_page_quotes_theme_and_motto_instead_of_slugs(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, PERSON)
    wait_for_facts(page)
    page.locator("details.fact-Conference").evaluate("d => d.open = true")
    text = main_text(page)
    assert f"Chủ đề thi đua: “{THEME}”." in text
    assert f"Phương châm hành động của Chính phủ: “{MOTTO}”." in text
    assert "/2023”" not in text
    assert "“2023”" not in text


def test_person_facts_read_as_vietnamese_sentences(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, PERSON)
    wait_for_facts(page)
    sentences = page.locator("details.fact > summary").all_inner_texts()
    assert "Trần Quốc Tỏ giữ chức vụ Thứ trưởng Bộ Công an (ghi nhận năm 2023)." in sentences
    assert "Trần Quốc Tỏ mang cấp bậc hàm Thượng tướng (ghi nhận năm 2023)." in sentences
    assert "Trần Quốc Tỏ là Ủy viên Ban Chấp hành Trung ương Đảng (ghi nhận năm 2023)." in sentences


def test_english_notes_are_folded_under_a_vietnamese_heading(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, BLOC + "?year=2023")
    wait_for_facts(page)
    page.locator("details.fact").evaluate_all("ds => ds.forEach(d => d.open = true)")
    assert ENGLISH_NOTE not in main_text(page)
    notes = page.locator("details.notes").first
    expect(notes.locator("summary")).to_have_text(
        "Ghi chú của người biên soạn (chỉ có bằng tiếng Anh)"
    )
    expect(notes.locator("p")).to_have_attribute("lang", "en")


def test_english_page_writes_facts_and_notes_in_english(page: Page, base_url: str) -> None:
    english(page)
    open_explorer(page, base_url, AGENCY)
    wait_for_facts(page)
    page.locator("details.fact").evaluate_all("ds => ds.forEach(d => d.open = true)")
    sentences = page.locator(".fact-BlocMembership > summary").all_inner_texts()
    assert (
        "Ministry of Public Security was the leader of the Emulation Bloc of Central Internal "
        "Affairs Ministries and Sectors in 2020." in sentences
    )
    text = main_text(page)
    assert "Ministry of Public Security is a ministry at the central level." in text
    assert "Notes: " in text
    assert [raw for raw in RAW_NAMES if raw in text] == []


# ---- item 6: the graph ---------------------------------------------------------------------


def boxes(page: Page, selector: str) -> list[dict[str, float]]:
    found: list[dict[str, float]] = page.locator(selector).evaluate_all(
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return {x0: r.left, x1: r.right, y0: r.top, y1: r.bottom}; })"
    )
    return found


def overlapping(rects: list[dict[str, float]]) -> list[tuple[int, int]]:
    return [
        (i, j)
        for i, a in enumerate(rects)
        for j, b in enumerate(rects[i + 1 :], i + 1)
        if a["x0"] < b["x1"] - 1
        and b["x0"] < a["x1"] - 1
        and a["y0"] < b["y1"] - 1
        and b["y0"] < a["y1"] - 1
    ]


def test_every_edge_label_sits_on_a_background_wider_than_its_text(
    page: Page, base_url: str
) -> None:
    open_explorer(page, base_url, BLOC + "?year=2023")
    expect(page.locator("svg.graph .node")).to_have_count(9, timeout=TIMEOUT)
    widths = page.locator("svg.graph g.edge-label").evaluate_all(
        "gs => gs.map(g => [g.querySelector('rect.edge-label-bg').getBBox().width,"
        " g.querySelector('text').getBBox().width])"
    )
    slug = BLOC.rsplit("/", 1)[1]
    found = page.request.get(f"{base_url}/api/v1/blocs/{slug}/membership?year=2023").json()
    assert len(widths) == len(found["graph"]["edges"]) >= 9  # 8 members, the leader's 2nd edge
    assert all(rect > text > 0 for rect, text in widths)


def test_parallel_edges_bend_apart_and_no_edge_labels_overlap(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, PERSON)
    expect(page.locator("svg.graph .node")).to_have_count(5, timeout=TIMEOUT)
    event = page.locator('svg.graph .node[data-type="event"]').get_attribute("data-id")
    speaker = page.locator("svg.graph g.edge-label", has_text="người phát biểu")
    chair = page.locator("svg.graph g.edge-label", has_text="chủ trì")
    assert overlapping(boxes(page, "svg.graph g.edge-label")) == []
    assert overlapping([*boxes(page, "svg.graph g.edge-label")]) == []
    assert speaker.count() == chair.count() == 1
    curved = page.locator("svg.graph path.edge").evaluate_all(
        "ps => ps.map(p => p.getAttribute('d')).filter(d => d.includes(' Q '))"
    )
    assert len(curved) == 2, f"edges to {event}"
    assert curved[0] != curved[1]


def test_node_labels_are_whole_and_wrapped(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, BLOC + "?year=2023")
    expect(page.locator("svg.graph .node")).to_have_count(9, timeout=TIMEOUT)
    labels = page.locator("svg.graph .node-label").evaluate_all(
        "ts => ts.map(t => [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' '))"
    )
    assert "Khối thi đua các bộ, ngành nội chính Trung ương" in labels
    assert "Viện kiểm sát nhân dân tối cao" in labels
    assert not any("…" in label for label in labels)
    lines = page.locator("svg.graph .node.center .node-label tspan").count()
    assert lines >= 2


def test_the_leader_is_marked_apart_from_the_members(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, BLOC + "?year=2023")
    leader = page.locator("svg.graph .node[data-role=leader]")
    expect(leader).to_have_count(1, timeout=TIMEOUT)
    expect(leader).to_have_attribute("aria-label", "Kiểm toán Nhà nước (Cơ quan, Khối trưởng)")
    expect(leader.locator(".star")).to_have_text("★")
    expect(leader.locator(".node-role")).to_contain_text("Khối trưởng")
    member = page.locator('svg.graph .node[aria-label^="Bộ Công an"] circle')
    assert float(leader.locator("circle").get_attribute("r") or 0) > float(
        member.get_attribute("r") or 0
    )
    stroke = leader.locator("circle").evaluate("c => getComputedStyle(c).stroke")
    assert stroke != member.evaluate("c => getComputedStyle(c).stroke")
    expect(page.locator(".legend")).to_contain_text("Khối trưởng")


def test_phone_graph_is_a_tree_with_text_of_at_least_11_px(phone: Page, base_url: str) -> None:
    open_explorer(phone, base_url, BLOC + "?year=2023")
    expect(phone.locator("svg.graph.tree .node")).to_have_count(9, timeout=TIMEOUT)
    sizes = phone.locator("svg.graph text").evaluate_all(
        "ts => ts.map(t => { const svg = t.ownerSVGElement;"
        " const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;"
        " return parseFloat(getComputedStyle(t).fontSize) * scale; })"
    )
    assert len(sizes) > 9
    assert min(sizes) >= 11
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    rows = boxes(phone, "svg.graph .node-label")
    assert overlapping(rows) == []


def test_turtle_link_stays_on_one_line_at_phone_width(phone: Page, base_url: str) -> None:
    open_explorer(phone, base_url, BLOC + "?year=2023")
    turtle = phone.get_by_role("link", name="Turtle", exact=True)
    expect(turtle).to_be_visible(timeout=TIMEOUT)
    assert turtle.evaluate("a => a.getClientRects().length") == 1
    expect(turtle).to_have_attribute("href", re.compile(r"^/doc/bloc/.+\.ttl$"))


def test_search_box_is_empty_after_opening_a_suggestion(page: Page, base_url: str) -> None:
    open_explorer(page, base_url)
    box = page.locator("#search-input")
    box.press_sequentially("tran quoc to", delay=20)
    expect(page.get_by_role("option").first).to_be_visible(timeout=TIMEOUT)
    box.press("ArrowDown")
    box.press("Enter")
    expect(page.locator("h1")).to_contain_text("Trần Quốc Tỏ", timeout=TIMEOUT)
    expect(box).to_have_value("")
    page.locator("a", has_text="Bộ Công an").first.click()
    expect(page.locator("h1")).to_contain_text("Bộ Công an", timeout=TIMEOUT)
    expect(box).to_have_value("")


@pytest.mark.parametrize(
    ("lang", "title", "comment"),
    [
        ("vi", "CQ1: Những cơ quan nào là thành viên", "# CQ1: Những cơ quan nào"),
        ("en", "CQ1: Which agencies are members", "# CQ1: Which agencies"),
    ],
)
def test_sparql_examples_are_in_the_page_language_and_results_show_labels(
    page: Page, base_url: str, lang: str, title: str, comment: str
) -> None:
    if lang == "en":
        english(page)
    open_explorer(page, base_url, "#/sparql")
    option = page.locator("#sparql-example option", has_text=title)
    expect(option).to_have_count(1, timeout=TIMEOUT)
    page.select_option("#sparql-example", "01-bloc-members-2023")
    assert page.locator("#sparql-query").input_value().startswith(comment)
    page.locator("#sparql-run").click()
    expect(page.locator("#sparql-results a.labelled")).to_have_count(8, timeout=TIMEOUT)
    name = "Kiểm toán Nhà nước" if lang == "vi" else "State Audit Office of Vietnam"
    link = page.locator("#sparql-results a", has_text=name)
    expect(link).to_have_attribute("href", "#/entity/agency/kiem-toan-nha-nuoc")
    expect(link).to_have_attribute(
        "title", "https://w3id.org/noi-chinh/id/agency/kiem-toan-nha-nuoc"
    )
    assert "https://" not in page.locator("#sparql-results tbody").inner_text()
