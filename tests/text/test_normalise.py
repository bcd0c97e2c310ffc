"""The Vietnamese normaliser: storage form, matching keys, folding and slugs."""

import unicodedata

import pytest

from nội_chính_graph.text import canonical_tones, fold, match_key, nfc, slugify


def test_nfc_composes_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Trần Quốc Tỏ")
    assert decomposed != "Trần Quốc Tỏ"
    assert nfc(decomposed) == "Trần Quốc Tỏ"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Uỷ viên", "Ủy viên"),
        ("hoà bình", "hòa bình"),
        ("Toà án", "Tòa án"),
        ("khoá XIII", "khóa XIII"),
        ("Thiếu uý", "Thiếu úy"),
        ("Thuỷ", "Thủy"),
        ("hoè", "hòe"),
    ],
)
def test_old_and_new_tone_placement_have_one_key(old: str, new: str) -> None:
    assert match_key(old) == match_key(new)
    assert canonical_tones(old) == new


@pytest.mark.parametrize("word", ["hoàng", "quý", "quà", "khuyến", "Nguyễn", "thuyền", "toán"])
def test_tone_placement_is_kept_where_only_one_spelling_exists(word: str) -> None:
    assert canonical_tones(word) == word


def test_match_key_keeps_other_diacritics_apart() -> None:
    assert match_key("Bộ Tư pháp") != match_key("Bộ Tư phap")


def test_match_key_unifies_case_dashes_and_spaces() -> None:
    assert match_key("Ban Thi đua – Khen thưởng  Trung ương") == match_key(
        "ban thi đua - khen thưởng trung ương"
    )


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Trần Quốc Tỏ", "tran quoc to"),
        ("Đại tướng", "dai tuong"),
        ("VKSND tối cao", "vksnd toi cao"),
        ("Uỷ ban", "uy ban"),
    ],
)
def test_fold_is_diacritic_and_case_insensitive(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_slugify_makes_ascii_iri_segments() -> None:
    assert slugify("Tổng cục Chính trị Quân đội nhân dân Việt Nam") == (
        "tong-cuc-chinh-tri-quan-doi-nhan-dan-viet-nam"
    )
    assert slugify("Bộ Lao động- Thương binh và Xã hội") == slugify(
        "Bộ Lao động - Thương binh và Xã hội"
    )


def test_slugify_is_idempotent_and_ascii() -> None:
    slug = slugify("Ủy ban Kiểm tra Trung ương")
    assert slug.isascii()
    assert slugify(slug) == slug
