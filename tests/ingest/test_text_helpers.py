"""Clean-up, sentence splitting and dates keep offsets into the original text."""

import datetime as dt
import unicodedata

from nội_chính_graph.text.cleanup import clean
from nội_chính_graph.text.dates import find_dates, find_publication_date
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
