"""Sentences of hard-wrapped text: a line wrapped inside a sentence is joined, a headline is not."""

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
