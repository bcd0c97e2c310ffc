"""Sentences of hard-wrapped text: a line wrapped inside a sentence is joined, a headline is not."""

import pytest

from nội_chính_graph.text.cleanup import clean
from nội_chính_graph.text.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(clean(text))]


def test_a_line_wrapped_inside_a_sentence_is_joined() -> None:
    text = "Hội nghị bầu cụm trưởng năm\n2023 là\nCông an huyện A (Cụm trưởng)."
    assert _texts(text) == ["Hội nghị bầu cụm trưởng năm\n2023 là\nCông an huyện A (Cụm trưởng)."]


def test_a_headline_and_a_finished_sentence_stay_apart() -> None:
    text = (
        "KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2024\nNgày 10/1, Khối thi đua tổ chức hội nghị.\nTin: Văn Nam"
    )
    assert _texts(text) == [
        "KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2024",
        "Ngày 10/1, Khối thi đua tổ chức hội nghị.",
        "Tin: Văn Nam",
    ]


def test_a_quote_of_a_joined_sentence_is_the_original_text() -> None:
    text = "Cụm thi đua gồm\ncác đơn vị."
    (sentence,) = split_sentences(clean(text))
    assert text[sentence.orig_start : sentence.orig_end] == text


def test_a_blocs_members_listed_one_per_line_are_one_sentence_under_its_heading() -> None:
    text = (
        "II. KHỐI THI ĐUA NỘI CHÍNH:\n\n1. Bộ Chỉ huy Quân sự tỉnh.\n\n2. Tòa án nhân dân tỉnh."
        "\n\n3. Công an tỉnh.\n\nIII. KHỐI THI ĐUA TỔNG HỢP:\n\n- Sở Tài chính;\n- Sở Nội vụ.\n"
        "Ban Tuyên giáo Tỉnh ủy làm việc với Khối thi đua số 1."
    )
    assert _texts(text) == [
        "II. KHỐI THI ĐUA NỘI CHÍNH: Bộ Chỉ huy Quân sự tỉnh; Tòa án nhân dân tỉnh; Công an tỉnh.",
        "III. KHỐI THI ĐUA TỔNG HỢP: Sở Tài chính; Sở Nội vụ.",
        "Ban Tuyên giáo Tỉnh ủy làm việc với Khối thi đua số 1.",
    ]


def test_a_joined_list_quotes_the_original_text() -> None:
    text = "Khối thi đua số 2 gồm:\n1. Sở Y tế tỉnh.\n2. Sở Tư pháp tỉnh.\nHết."
    cleaned = clean(text)
    at = cleaned.text.index("Sở Tư pháp")
    start, end = cleaned.to_original(at, at + len("Sở Tư pháp tỉnh"))
    assert text[start:end] == "Sở Tư pháp tỉnh"
    assert "\n" not in cleaned.text.split("Hết")[0].strip()


def test_lines_that_are_not_a_list_after_a_heading_stay_as_they_are() -> None:
    text = "Khối thi đua số 3:\nNgày 10/1, tại Hà Nội, Khối đã tổ chức hội nghị tổng kết năm 2023."
    assert clean(text).text == text


def test_a_caption_after_a_joined_list_is_still_a_caption() -> None:
    text = (
        "Khối thi đua số 2 gồm:\n1. Sở Y tế tỉnh.\n2. Sở Tư pháp tỉnh.\n"
        "leftcenterrightdel\nQuang cảnh hội nghị.\nNội dung."
    )
    cleaned = clean(text)
    assert cleaned.is_caption(cleaned.text.index("Quang cảnh"))
    assert not cleaned.is_caption(cleaned.text.index("Nội dung"))


def test_the_full_stop_of_tp_before_a_city_is_dropped_and_quotes_stay_original() -> None:
    raw = "Khối gồm: Phân hiệu Trường Đại học Nông lâm TP. Hồ Chí Minh tại Gia Lai, Sở Y tế."
    cleaned = clean(raw)
    assert "TP Hồ Chí Minh" in cleaned.text
    at = cleaned.text.index("Nông lâm TP Hồ Chí Minh")
    start, end = cleaned.to_original(at, at + len("Nông lâm TP Hồ Chí Minh"))
    assert raw[start:end] == "Nông lâm TP. Hồ Chí Minh"


@pytest.mark.parametrize(
    ("raw", "written"),
    [
        ("Ban CHQS H.Thống Nhất họp.", "Ban CHQS huyện Thống Nhất họp."),
        ("Hội nghị tại H.Trảng Bom.", "Hội nghị tại huyện Trảng Bom."),
        ("BTV HKH Q.Tân Phú họp.", "BTV HKH quận Tân Phú họp."),
        ("Hội Luật gia TP.Biên Hòa và TX.La Gi.", "Hội Luật gia TP Biên Hòa và thị xã La Gi."),
        # a photographer's initial, and the city's acronym, stay as written
        ("Ảnh: H.Hoa. Tại TP.HCM.", "Ảnh: H.Hoa. Tại TP.HCM."),
    ],
)
def test_a_kind_of_place_abbreviated_before_its_name_is_written_out(raw: str, written: str) -> None:
    cleaned = clean(raw)
    assert cleaned.text == written
    at = cleaned.text.find("huyện Thống Nhất")
    if at >= 0:
        start, end = cleaned.to_original(at, at + len("huyện Thống Nhất"))
        assert raw[start:end] == "H.Thống Nhất"


def test_bch_before_a_party_or_mass_body_is_its_executive_committee() -> None:
    raw = "Bà A, Ủy viên BCH Đảng bộ tỉnh, Giám đốc Sở Y tế. Chỉ huy trưởng BCH Quân sự huyện."
    cleaned = clean(raw)
    assert "Ủy viên Ban Chấp hành Đảng bộ tỉnh" in cleaned.text
    assert "BCH Quân sự" in cleaned.text  # a military command is no executive committee
