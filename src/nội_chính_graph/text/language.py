"""Is a text a Vietnamese report on emulation at all? Cheap checks, for review flags."""

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+")
# Words of every report on an emulation bloc or its conference.
_TOPIC = re.compile(
    r"thi\s+đua|khen\s+thưởng|khối|cụm|hội\s+nghị|giao\s+ước|sơ\s+kết|tổng\s+kết",
    re.IGNORECASE,
)


def vietnamese_share(text: str) -> float:
    """The share of words written with a Vietnamese letter or tone mark.

    >>> vietnamese_share("Hội nghị tổng kết công tác thi đua") > 0.8
    True
    >>> vietnamese_share("The annual review of the emulation bloc")
    0.0
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text.casefold()))
    if not words:
        return 0.0
    return sum(1 for word in words if _marked(word)) / len(words)


def _marked(word: str) -> bool:
    return "đ" in word or any(
        unicodedata.category(c) == "Mn" for c in unicodedata.normalize("NFD", word)
    )


def looks_vietnamese(text: str) -> bool:
    """At least a third of the words carry Vietnamese letters or tones (real reports: > 0.6).

    >>> looks_vietnamese("Khối thi đua các bộ, ngành Nội chính Trung ương tổ chức hội nghị.")
    True
    >>> looks_vietnamese("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")
    False
    """
    return vietnamese_share(text) >= 1 / 3


def about_emulation(text: str) -> bool:
    """Whether the text speaks of emulation, awards, blocs or their conferences.

    >>> about_emulation("Giá vàng hôm nay tăng mạnh."), about_emulation("Hội nghị tổng kết")
    (False, True)
    """
    return _TOPIC.search(text) is not None


__all__ = ["about_emulation", "looks_vietnamese", "vietnamese_share"]
