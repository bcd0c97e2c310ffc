"""Clean-up, sentence splitting and dates keep offsets into the original text."""

import datetime as dt
import unicodedata

import pytest

from nội_chính_graph.text.cleanup import clean
from nội_chính_graph.text.dates import find_dateline, find_dates, find_publication_date
from nội_chính_graph.text.sentences import split_sentences


def test_cleanup_drops_toolbar_alt_text_and_chrome_but_keeps_offsets() -> None:
    raw = (
        "Skip to main content\nHội nghị diễn ra.Năm 2023 tốt.\nleftcenterrightdel\n"
        " Quang cảnh Hội nghị.\nhoi nghi toan canh\nảnh khoi_cac_co_quan(1) đẹp.\n"
    )
    c = clean(raw)
    assert "leftcenterrightdel" not in c.text
    assert "Skip to main" not in c.text
    assert "hoi nghi toan canh" not in c.text
    assert "khoi_cac_co_quan" not in c.text
    assert "ra. Năm" in c.text
    for s in split_sentences(c):
        quoted = c.original[s.orig_start : s.orig_end]
        assert quoted[:3] == s.text[:3]
        assert quoted[-3:] == s.text[-3:]


def test_abbreviated_local_titles_are_written_out_with_offsets_on_the_abbreviation() -> None:
    raw = "Đồng chí Lê Văn Tám - PBT TTHU, CT.UBND huyện Đông Anh; đồng chí B, TVTU dự."
    cleaned = clean(raw)
    assert "Phó Bí thư Thường trực Huyện ủy, Chủ tịch UBND huyện Đông Anh" in cleaned.text
    assert "Ủy viên Ban Thường vụ Tỉnh ủy dự" in cleaned.text
    start = cleaned.text.index("Phó Bí thư")
    end = start + len("Phó Bí thư Thường trực Huyện ủy")
    assert raw[slice(*cleaned.to_original(start, end))] == "PBT TTHU"
    # a word that only contains the letters is left alone
    assert clean("Công ty ACTUV và PCTX").text == "Công ty ACTUV và PCTX"


def test_caption_after_toolbar_is_marked_as_caption() -> None:
    sentences = split_sentences(clean("Thân bài.\nleftcenterrightdel\n Quang cảnh Hội nghị.\n"))
    assert [(s.text, s.caption) for s in sentences] == [
        ("Thân bài.", False),
        ("Quang cảnh Hội nghị.", True),
    ]


def test_decomposed_input_is_composed_before_offsets() -> None:
    raw = unicodedata.normalize("NFD", "Trần Quốc Tỏ phát biểu.")
    sentence = split_sentences(clean(raw))[0]
    assert sentence.text == "Trần Quốc Tỏ phát biểu."
    assert (sentence.orig_start, sentence.orig_end) == (0, len("Trần Quốc Tỏ phát biểu."))


def test_every_news_date_format_is_read() -> None:
    text = "05/8/2022; ngày 21 tháng 7 năm 2017; Ngày 22/1; 1-6-2024; Sáng 6.8; Ngày 8-11"
    found = [(d.day, d.month, d.year) for d in find_dates(text)]
    assert found == [
        (5, 8, 2022),
        (21, 7, 2017),
        (22, 1, None),
        (1, 6, 2024),
        (6, 8, None),
        (8, 11, None),
    ]


def test_day_month_year_comes_from_publication_and_never_after_it() -> None:
    (late_december,) = find_dates("Ngày 30/12")
    assert late_december.resolve(dt.date(2021, 1, 3)) == dt.date(2020, 12, 30)
    assert late_december.resolve(None) is None


def test_publication_date_is_read_from_the_header_only() -> None:
    assert find_publication_date("SOURCE: u\nTitle\n22/01/2021 - 20:17\n") == dt.date(2021, 1, 22)
    assert find_publication_date("a\nb\nc\nd\ne\nf\ng\n22/01/2021\n") is None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Tiêu đề\n(Thứ tư, 22/02/2017, 02:38 GMT+7)\nNội dung", dt.date(2017, 2, 22)),
        ("Thứ sáu, ngày 19 tháng 4 năm 2024\nNội dung", dt.date(2024, 4, 19)),
        ("Tiêu đề\n13/08/2024 09:38 AM\nNội dung", dt.date(2024, 8, 13)),
        ("Tiêu đề\nNgày đăng: 30.03.2022\nNội dung", dt.date(2022, 3, 30)),
        ("Tiêu đề\n( Cập nhật lúc: 09/01/2023  )\nNội dung", dt.date(2023, 1, 9)),
        ("01:03, 10/03/2020\n\nTiêu đề", dt.date(2020, 3, 10)),
        (" date 2026-01-23 Cụm thi đua số 5 họp", dt.date(2026, 1, 23)),
    ],
)
def test_a_dateline_as_news_pages_print_it_is_the_publication_date(
    header: str, expected: dt.date
) -> None:
    assert find_publication_date(header) == expected


def test_a_body_sentence_that_opens_with_a_date_is_no_dateline() -> None:
    assert find_dateline("Ngày 21/02/2017, Khối thi đua tổ chức hội nghị tổng kết.") is None


def test_a_dateline_without_a_day_dates_day_month_mentions_but_not_the_report() -> None:
    dateline = find_dateline(" date 2025-06 Chiều 29/6, tại Hội trường …")
    assert dateline is not None
    assert dateline.date is None
    assert dateline.latest == dt.date(2025, 6, 30)
    assert find_dates("Chiều 29/6")[0].resolve(dateline.latest) == dt.date(2025, 6, 29)
