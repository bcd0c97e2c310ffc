"""Hypothesis properties of the Vietnamese normaliser and of slug minting: idempotent, NFC in and
out, insensitive to the Unicode form of the input, stable from one run to the next."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from nội_chính_graph.ingest.resolve import person_iri
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.queries.ids import split_iri, valid_slug
from nội_chính_graph.text import canonical_tones, fold, match_key, nfc, slugify

EXAMPLES = settings(max_examples=400, deadline=None, database=None)
_VOWELS = "aăâeêioôơuưy"
_TONED = "".join(
    unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in "\u0300\u0301\u0303\u0309\u0323"
)
LETTERS = "bcdđghklmnpqrstvx" + _VOWELS + _TONED
VIETNAMESE = LETTERS + LETTERS.upper()
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

#: Any text at all, combining marks, controls and astral characters included.
any_text = st.text(st.characters(codec="utf-8"), max_size=40)
syllable = st.text(st.sampled_from(VIETNAMESE), min_size=1, max_size=7)
#: Vietnamese-looking words, spaced and dashed as in reports.
vietnamese = st.lists(syllable, min_size=1, max_size=6).flatmap(
    lambda words: st.sampled_from([" ", "  ", " - ", "–", "-"]).map(lambda sep: sep.join(words))
)
#: Whether to decompose the input first: the result must not depend on it.
Form = Literal["NFC", "NFD", "NFKC", "NFKD"]
forms: st.SearchStrategy[Form] = st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"])


def nfd(text: str) -> str:
    """``text`` decomposed (what a Mac filesystem or some editors produce)."""
    return unicodedata.normalize("NFD", text)


@EXAMPLES
@given(any_text)
def test_nfc_returns_nfc_and_is_idempotent(text: str) -> None:
    assert unicodedata.is_normalized("NFC", nfc(text))
    assert nfc(nfc(text)) == nfc(text)


@EXAMPLES
@given(any_text)
@example("가")  # regression: fold returned decomposed Hangul jamo (not NFC)
@example("İ")  # regression: case-folding after stripping marks left a combining dot
def test_every_key_is_nfc_and_idempotent(text: str) -> None:
    for function in (canonical_tones, match_key, fold, slugify):
        once = function(text)
        assert unicodedata.is_normalized("NFC", once), function.__name__
        assert function(once) == once, function.__name__


@EXAMPLES
@given(any_text)
def test_keys_do_not_depend_on_the_input_being_composed(text: str) -> None:
    for function in (canonical_tones, match_key, fold, slugify):
        assert function(nfd(text)) == function(nfc(text)), function.__name__


@EXAMPLES
@given(vietnamese)
def test_fold_leaves_plain_ascii_for_vietnamese(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(text.upper()) == folded


def open_syllable(onset: str, pair: str, tone: str, old: bool) -> str:
    """An open ``oa``/``oe``/``uy`` syllable, its tone on the first vowel or (old) the second."""
    first, second = pair[0], pair[1]
    marked = (first, second + tone) if old else (first + tone, second)
    return nfc(onset + "".join(marked))


#: (new spelling, old spelling) of open syllables: "hòa"/"hoà", "thủy"/"thuỷ", "khỏe"/"khoẻ".
tone_pairs = st.builds(
    lambda onset, pair, tone: tuple(open_syllable(onset, pair, tone, old) for old in (False, True)),
    st.sampled_from(["", "h", "t", "th", "kh", "l", "x", "ng", "tr", "s"]),
    st.sampled_from(["oa", "oe", "uy"]),
    st.sampled_from("\u0300\u0301\u0303\u0309\u0323"),
)


@EXAMPLES
@given(st.lists(st.one_of(tone_pairs, syllable.map(lambda s: (s, s))), min_size=1, max_size=6))
def test_match_key_ignores_case_and_tone_placement(words: list[tuple[str, str]]) -> None:
    new = " ".join(n for n, _ in words)
    old = " ".join(o for _, o in words)
    assert match_key(old) == match_key(new)
    assert match_key(new.upper()) == match_key(new)
    assert match_key(canonical_tones(old)) == match_key(new)


@EXAMPLES
@given(any_text)
def test_slug_is_lowercase_ascii_words(text: str) -> None:
    slug = slugify(text)
    assert slug == "" or SLUG.match(slug), slug
    assert slugify(slug) == slug


@EXAMPLES
@given(vietnamese, forms)
def test_a_vietnamese_name_always_gets_a_valid_slug(text: str, form: Form) -> None:
    slug = slugify(unicodedata.normalize(form, text))
    assert valid_slug(slug)
    assert slug == slugify(text)
    assert slug == slugify(match_key(text)) == slugify(fold(text))


@EXAMPLES
@given(st.lists(vietnamese, min_size=1, max_size=8))
def test_minted_person_iris_are_valid_unique_and_stable(names: list[str]) -> None:
    def mint(order: list[str]) -> dict[str, str]:
        # One report: mentions are merged by match key, then each person gets a free IRI.
        taken: set[str] = set()
        by_key: dict[str, str] = {}
        for name in order:
            key = match_key(name)
            if key not in by_key:
                by_key[key] = person_iri(name, taken)
                taken.add(by_key[key])
        return by_key

    minted = mint(names)
    assert minted == mint(list(names)), "minting is not stable from one run to the next"
    assert len(set(minted.values())) == len(minted), "two different names got one IRI"
    assert mint([nfd(n).upper() for n in names]).keys() == minted.keys()
    for name in names:
        iri = minted[match_key(name)]
        parts = split_iri(iri)
        assert parts is not None
        assert parts.type == "person"
        assert valid_slug(parts.slug)
        assert parts.slug.startswith(slugify(name))
    first = [person_iri(name, set()) for name in names]
    assert first == [slug_iri(slugify(name)) for name in names]


def slug_iri(slug: str) -> str:
    """The person IRI for ``slug``."""
    return str(NCGID[f"person/{slug}"])
