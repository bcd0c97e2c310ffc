"""The explorer in a real browser (Debian's Chromium, headless, driven by Playwright):
search → entity → graph → year change → timeline → SPARQL → ingest dry run and commit.
Screenshots go to ``test-artifacts/explorer/``."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from .conftest import ROOT, TOKEN

REPORT = ROOT / "data" / "reports" / "06_moet_khoahoc_vanhoa_xahoi_soket2017.txt"
BLOC = "#/entity/bloc/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"
TIMEOUT = 15_000


def test_fixture_files_exist() -> None:
    assert REPORT.is_file()
    assert (ROOT / "api" / "static" / "explorer" / "index.html").is_file()


def open_explorer(page: Page, base_url: str, route: str = "") -> None:
    page.goto(f"{base_url}/{route}")
    expect(page.locator("body[data-ready]")).to_have_count(1, timeout=TIMEOUT)


def test_search_suggests_without_diacritics_and_opens_the_bloc(
    page: Page, base_url: str, artifacts: Path
) -> None:
    open_explorer(page, base_url)
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.locator("#search-input").press_sequentially("khoi noi chinh", delay=20)
    option = page.get_by_role("option").filter(has_text="nội chính Trung ương").first
    expect(option).to_be_visible(timeout=TIMEOUT)
    expect(option.locator("mark").first).to_have_text("Khối")
    page.screenshot(path=artifacts / "01-search.png")
    page.locator("#search-input").press("ArrowDown")
    page.locator("#search-input").press("Enter")
    expect(page.locator("h1")).to_contain_text("Khối thi đua các bộ, ngành nội chính Trung ương")
    expect(page).to_have_url(re.compile(r"khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"))


def test_year_control_redraws_leader_deputy_and_members(
    page: Page, base_url: str, artifacts: Path
) -> None:
    open_explorer(page, base_url, BLOC)
    leader, deputy = page.locator("dd[data-role=leader]"), page.locator("dd[data-role=deputy]")
    expect(leader).to_have_text("Kiểm toán Nhà nước", timeout=TIMEOUT)
    nodes = page.locator("svg.graph .node")
    expect(nodes).to_have_count(9)  # the bloc and its 8 members in 2023
    page.screenshot(path=artifacts / "02-bloc-2023.png")
    page.select_option("#year-select", "2020")
    expect(leader).to_have_text("Bộ Công an", timeout=TIMEOUT)
    expect(deputy).to_have_text("Bộ Quốc phòng")
    # the bloc and its members in 2020, however many the data (which grows) records
    slug = BLOC.rsplit("/", 1)[1]
    found = page.request.get(f"{base_url}/api/v1/blocs/{slug}/membership?year=2020").json()
    assert len(found["members"]) >= 2
    expect(nodes).to_have_count(len(found["members"]) + 1)
    expect(page.locator("svg.graph .edge-label").first).to_contain_text("2020")
    expect(page).to_have_url(re.compile(r"year=2020$"))
    page.screenshot(path=artifacts / "03-bloc-2020.png")


def test_graph_expands_by_keyboard_and_opens_an_agency_with_sourced_facts(
    page: Page, base_url: str, artifacts: Path
) -> None:
    open_explorer(page, base_url, BLOC + "?year=2023")
    nodes = page.locator("svg.graph .node")
    expect(nodes).to_have_count(9, timeout=TIMEOUT)
    agency = page.locator('svg.graph .node[aria-label^="Bộ Công an"]')
    agency.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".graph-info")).to_contain_text("Bộ Công an")
    page.wait_for_function("document.querySelectorAll('svg.graph .node').length > 9")
    page.screenshot(path=artifacts / "04-graph-expanded.png")
    page.locator(".graph-info a.open-node").click()
    expect(page.locator("h1")).to_contain_text("Bộ Công an", timeout=TIMEOUT)
    quote = page.locator(".source blockquote mark").first
    expect(quote).to_contain_text("Bộ Công an")
    # the report that quotes the agency (reference sources without a quote link to their page)
    report = page.locator(".source:has(blockquote mark) .source-head a").first
    expect(report).to_have_attribute("href", re.compile(r"(#:~:text=)|(^/id/report/)"))
    page.screenshot(path=artifacts / "05-agency.png", full_page=True)


def test_official_timeline_lists_post_rank_and_party_role(
    page: Page, base_url: str, artifacts: Path
) -> None:
    open_explorer(page, base_url, "#/search?q=tran%20quoc%20to")
    page.get_by_role("link", name="Trần Quốc Tỏ").click()
    entries = page.locator("ol.timeline > li")
    expect(entries).to_have_count(3, timeout=TIMEOUT)
    expect(page.locator("ol.timeline")).to_contain_text("Thượng tướng")
    expect(page.locator("ol.timeline")).to_contain_text("Thứ trưởng Bộ Công an")
    page.screenshot(path=artifacts / "06-timeline.png")


def test_english_toggle_translates_interface_and_labels(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, BLOC + "?year=2023")
    page.locator("#lang-toggle").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("nav")).to_contain_text("Overview")
    expect(page.locator("h1")).to_contain_text("Emulation Bloc", timeout=TIMEOUT)
    expect(page.locator("dd[data-role=leader]")).to_have_text("State Audit Office of Vietnam")


def test_sparql_example_runs_as_a_table_and_downloads_csv(
    page: Page, base_url: str, artifacts: Path
) -> None:
    open_explorer(page, base_url, "#/sparql")
    option = page.locator("#sparql-example option", has_text="CQ1:")
    expect(option).to_have_count(1, timeout=TIMEOUT)
    page.select_option("#sparql-example", "01-bloc-members-2023")
    page.locator("#sparql-run").click()
    expect(page.locator("#sparql-results tbody tr")).to_have_count(8, timeout=TIMEOUT)
    expect(page.locator("#sparql-results")).to_contain_text("Kiểm toán Nhà nước")
    page.screenshot(path=artifacts / "07-sparql.png")
    with page.expect_download() as download:
        page.get_by_role("button", name=re.compile("CSV")).click()
    lines = Path(download.value.path()).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "agency"
    assert len(lines) == 9


def test_sparql_syntax_error_is_shown(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, "#/sparql")
    page.locator("#sparql-query").fill("SELECT WHERE {")
    page.locator("#sparql-query").press("Control+Enter")
    expect(page.get_by_role("alert")).to_contain_text("Lỗi", timeout=TIMEOUT)


def test_ingest_dry_run_shows_summary_diff_and_shacl_then_commits(
    page: Page, base_url: str, artifacts: Path
) -> None:
    open_explorer(page, base_url, "#/ingest")
    page.get_by_label("Mã truy cập").fill(TOKEN)
    # One more trailing newline: a new text (the shipped one is already in the graph).
    page.get_by_label("Nội dung báo cáo").fill(REPORT.read_text(encoding="utf-8") + "\n")
    page.get_by_role("button", name="Chạy thử").click()
    expect(page.locator("#shacl-status")).to_contain_text("Hợp lệ", timeout=30_000)
    expect(page.locator("#summary-blocs")).to_contain_text("Bảo hiểm xã hội Việt Nam")
    expect(page.locator("#diff-counts")).to_contain_text("Bộ ba mới")
    page.screenshot(path=artifacts / "08-ingest-dry-run.png", full_page=True)
    commit = page.locator("#ingest-commit")
    expect(commit).to_be_enabled()
    commit.click()
    expect(page.locator("#ingest-committed")).to_contain_text("Đã ghi", timeout=30_000)
    expect(page.locator("#ingest-records tbody tr")).to_have_count(1)


def test_ingest_without_token_says_so(page: Page, base_url: str) -> None:
    open_explorer(page, base_url, "#/ingest")
    page.get_by_label("Nội dung báo cáo").fill("Một bản tin.")
    page.get_by_role("button", name="Chạy thử").click()
    expect(page.get_by_role("alert")).to_contain_text("Cần mã truy cập")


def test_phone_width_has_no_horizontal_scroll(
    browser: Browser, base_url: str, artifacts: Path
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    try:
        open_explorer(page, base_url, BLOC + "?year=2023")
        expect(page.locator("svg.graph .node")).to_have_count(9, timeout=TIMEOUT)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390
        page.screenshot(path=artifacts / "09-phone.png")
    finally:
        context.close()
