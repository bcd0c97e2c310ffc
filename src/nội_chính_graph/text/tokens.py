"""Word tokens with character spans and tone/case-insensitive keys.

Gazetteer matching works on token keys, so spacing around dashes ("Lao động- Thương binh") and
old/new tone placement ("Uỷ"/"Ủy") never matter, while every token keeps its span in the text.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from nội_chính_graph.text.normalise import match_key

# A word may carry inner dots or ampersands ("T.Ư", "TP.HCM", "GD&ĐT") and the apostrophes of
# ethnic-minority names ("H’Drai", "M’Drắk", "Ayun H’Bút"); anything else that is not a space is
# a one-character punctuation token.
_TOKEN = re.compile(r"\w+(?:[.&'’]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its surface ``text``, its ``start``/``end`` offsets and its matching ``key``."""

    text: str
    start: int
    end: int
    key: str

    @property
    def is_word(self) -> bool:
        """True for letters/digits, False for punctuation."""
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """True when the token starts with an upper-case letter."""
        return self.text[0].isupper()


@lru_cache(maxsize=1 << 16)
def token_key(text: str) -> str:
    """Matching key of one token (dashes of every kind become ``-``); cached, since a report
    repeats its words and the extractor tokenizes its sentences more than once.

    >>> token_key("Uỷ") == token_key("ủy")
    True
    >>> token_key("–")
    '-'
    >>> token_key("&")  # "Khoa học & Kỹ thuật" is "Khoa học và Kỹ thuật"
    'và'
    >>> token_key("H’Drai") == token_key("H'Drai")  # one apostrophe, however typed
    True
    """
    if text == "&":
        return "và"
    return match_key(text.replace("’", "'")) or text


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens whose spans are shifted by ``offset``.

    >>> [t.text for t in tokenize("Bộ Văn hóa, Thể thao")]
    ['Bộ', 'Văn', 'hóa', ',', 'Thể', 'thao']
    >>> tokenize("T.Ư", 10)[0].start
    10
    """
    return [
        Token(m.group(0), m.start() + offset, m.end() + offset, token_key(m.group(0)))
        for m in _TOKEN.finditer(text)
    ]


@lru_cache(maxsize=1 << 15)
def keys_of(text: str) -> tuple[str, ...]:
    """The key sequence of a label, as the gazetteer stores it (cached: the extractor keys the
    same labels and places for every sentence).

    >>> keys_of("Bộ Lao động- Thương binh") == keys_of("bộ lao động – thương binh")
    True
    """
    return tuple(t.key for t in tokenize(text))


__all__ = ["Token", "keys_of", "token_key", "tokenize"]
