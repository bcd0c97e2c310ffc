"""Normalisation of Vietnamese strings.

Three levels, each built on the previous one:

* :func:`nfc` - the storage form: Unicode NFC, nothing else changed.
* :func:`match_key` - equal for spellings that differ only in case, in old/new tone placement
  (``Uỷ``/``Ủy``, ``hoà``/``hòa``), in dash style or in spacing.
* :func:`fold` - diacritic-insensitive search key (``Trần Quốc Tỏ`` → ``tran quoc to``,
  ``đ`` → ``d``).
"""

import re
import unicodedata

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"\w+", re.UNICODE)
_DASHES = re.compile(r"\s*[-‐‑‒–—―]\s*")
_SPACES = re.compile(r"\s+")
_NON_SLUG = re.compile(r"[^a-z0-9]+")
# The vowel pairs whose tone mark is written on either vowel when nothing follows them.
_MOVABLE_PAIRS = ("oa", "oe", "uy")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the form every stored string takes.

    >>> nfc("La\\u0323i") == "Lại"
    True
    """
    return unicodedata.normalize("NFC", text)


def _split_tone(word: str) -> tuple[str, str | None, int]:
    """Split an NFD word into (letters without tone, the tone mark, index of its letter)."""
    letters: list[str] = []
    tone: str | None = None
    index = -1
    for char in word:
        if char in _TONE_MARKS:
            tone, index = char, len([c for c in letters if not unicodedata.combining(c)]) - 1
        else:
            letters.append(char)
    return "".join(letters), tone, index


def _canonical_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    bare, tone, index = _split_tone(decomposed)
    if tone is None:
        return word
    base = "".join(c for c in bare if not unicodedata.combining(c)).lower()
    if not base.endswith(_MOVABLE_PAIRS) or base.endswith(("qua", "que", "quy")):
        return word
    if index != len(base) - 1:
        return word
    return _place_tone(bare, tone, len(base) - 2)


def _place_tone(bare: str, tone: str, base_index: int) -> str:
    """Put ``tone`` after the letter at ``base_index`` (counting base letters only)."""
    out: list[str] = []
    seen = -1
    for char in bare:
        out.append(char)
        if not unicodedata.combining(char):
            seen += 1
            if seen == base_index:
                out.append(tone)
    return unicodedata.normalize("NFC", "".join(out))


def canonical_tones(text: str) -> str:
    """Write every open ``oa``/``oe``/``uy`` syllable with its tone on the first vowel.

    >>> canonical_tones("Uỷ ban hoà bình") == "Ủy ban hòa bình"
    True
    >>> canonical_tones("hoàng quý") == "hoàng quý"
    True
    """
    return _WORD.sub(lambda m: _canonical_word(m.group(0)), nfc(text))


def match_key(text: str) -> str:
    """Key for exact-name matching: NFC, canonical tones, case-folded, dashes and spaces unified.

    >>> match_key("Bộ Lao động- Thương binh và Xã hội") == match_key(
    ...     "Bộ Lao động – Thương binh và Xã hội")
    True
    """
    key = canonical_tones(text).casefold()
    key = _DASHES.sub(" - ", key)
    return _SPACES.sub(" ", key).strip()


def fold(text: str) -> str:
    """Diacritic- and case-insensitive search key (``đ`` → ``d``).

    >>> fold("Trần Quốc Tỏ")
    'tran quoc to'
    >>> fold("ĐẠI TƯỚNG")
    'dai tuong'
    """
    # Case-fold before stripping marks (``İ`` folds to ``i`` + a combining dot), and recompose
    # what is left, so the key is NFC and folding it again changes nothing (Hangul, Kana).
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").casefold())
    bare = nfc("".join(c for c in decomposed if not unicodedata.combining(c)))
    bare = _DASHES.sub(" - ", bare)
    return _SPACES.sub(" ", bare).strip()


def slugify(text: str) -> str:
    """ASCII slug for IRIs: folded, non-alphanumerics become ``-``.

    >>> slugify("Bộ Văn hóa, Thể thao và Du lịch")
    'bo-van-hoa-the-thao-va-du-lich'
    >>> slugify("Đoàn 969")
    'doan-969'
    """
    return _NON_SLUG.sub("-", fold(text)).strip("-")


# A Vietnamese syllable, folded: an initial consonant (or none), a vowel nucleus of one to three
# vowels (the glides written "o", "u", "i", "y" included) and a final consonant (or none).
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` can be one Vietnamese syllable; a brand ("Viettel", "Agribank") or a
    foreign word cannot.

    >>> [is_vietnamese_syllable(w) for w in ("Nguyễn", "Khuya", "Đường", "giữ")]
    [True, True, True, True]
    >>> is_vietnamese_syllable("Viettel"), is_vietnamese_syllable("Agribank")
    (False, False)
    """
    return _SYLLABLE.fullmatch(fold(word)) is not None
