"""Sentence splitting over a :class:`~nội_chính_graph.text.cleanup.CleanText`.

Each sentence knows its span in the cleaned text (for matching) and in the original text (for
annotations): ``original[orig_start:orig_end]`` is exactly the quoted sentence.
"""

import re
from dataclasses import dataclass

from nội_chính_graph.text.cleanup import CleanText

# A boundary: end punctuation (optionally a closing quote) then space, and the next sentence
# starts with an upper-case letter, a digit or an opening quote.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[^\W_a-zđ])")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-ZĐ]{1,4}|Tp|Th|ThS|TS|PGS|GS|\w)\.$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: cleaned-text span and text, original span, and whether it is a caption."""

    index: int
    start: int
    end: int
    text: str
    orig_start: int
    orig_end: int
    caption: bool = False


# Words a sentence never ends with: a line ending with one was wrapped mid-sentence.
_CONTINUES = frozenset(
    [
        "là",
        "của",
        "và",
        "các",
        "cho",
        "với",
        "tại",
        "gồm",
        "được",
        "bầu",
        "năm",
        "đã",
        "sẽ",
        "trong",
        "theo",
        "từ",
        "đến",
        "những",
        "một",
        "do",
        "về",
    ]
)
_LAST_WORD = re.compile(r"(\w+)\s*$")


def _wrapped(line: str, following: str) -> bool:
    """Whether a line break inside the text is a hard wrap inside a sentence: the line does not
    end a sentence, and the next line starts in lower case or with a number ("… năm" / "2023
    là"), or the line ends with a word no sentence ends with ("… là" / "UBMTTQVN …")."""
    stripped, nxt = line.rstrip(), following.lstrip()
    if not stripped or not nxt or stripped[-1] in '.!?…:;"”)':
        return False
    if nxt[0].isdigit() or nxt[0].islower():
        return True
    last = _LAST_WORD.search(stripped)
    return last is not None and last.group(1).lower() in _CONTINUES


def _line_spans(text: str) -> list[tuple[int, int]]:
    lines = text.split("\n")
    spans: list[tuple[int, int]] = []
    position = 0
    for index, line in enumerate(lines):
        if spans and _wrapped(lines[index - 1], line):
            spans[-1] = (spans[-1][0], position + len(line))  # a hard wrap: the same sentence
        else:
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, end):
        if _ABBREVIATION.search(text[cursor : match.start()]):
            continue
        pieces.append((cursor, match.start()))
        cursor = match.end()
    pieces.append((cursor, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(clean: CleanText) -> list[Sentence]:
    """Split the cleaned text into sentences (across a line break only where a line was wrapped
    inside a sentence).

    >>> from nội_chính_graph.text.cleanup import clean
    >>> c = clean("Ngày 22/1, tại Hà Nội. TP. Hồ Chí Minh đẹp.\\nDòng hai")
    >>> [s.text for s in split_sentences(c)]  # the cleaner drops the full stop of "TP."
    ['Ngày 22/1, tại Hà Nội.', 'TP Hồ Chí Minh đẹp.', 'Dòng hai']
    """
    sentences: list[Sentence] = []
    text = clean.text
    for line_start, line_end in _line_spans(text):
        for piece in _split_line(text, line_start, line_end):
            start, end = _trim(text, *piece)
            if start == end:
                continue
            orig_start, orig_end = clean.to_original(start, end)
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=start,
                    end=end,
                    text=text[start:end],
                    orig_start=orig_start,
                    orig_end=orig_end,
                    caption=clean.is_caption(start),
                )
            )
    return sentences


__all__ = ["Sentence", "split_sentences"]
