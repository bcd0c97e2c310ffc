"""Emulation blocs: names, member lists, stated member counts and bloc roles.

Member lists ("gồm: A, B, C và D") are read with the gazetteer, longest match first, so commas
inside names ("Bộ Văn hóa, Thể thao và Du lịch") never split an agency. A parenthesis after a
member ("Kiểm toán Nhà nước (khối trưởng khối thi đua năm 2023)") states its bloc role.
"""

import re
from dataclasses import dataclass, field

from nội_chính_graph.ingest.extract.gazetteer import ORGANISATIONS, Entity, Gazetteer, Kind
from nội_chính_graph.ingest.extract.patterns import BLOC_NAME_STOP, MEMBER_COUNT, NOT_A_BLOC
from nội_chính_graph.ingest.extract.people import BlocRole, Org, _Parser
from nội_chính_graph.ingest.extract.tagger import Tagged, is_local_after, local_extent
from nội_chính_graph.text.tokens import keys_of

_LIST_SKIP = frozenset({",", "và", ":", ";", "-"})
_CENTRAL = frozenset({"trung", "tw", "tư", "t.ư", "t.w"})


@dataclass
class Member:
    """A member named in a list, with the bloc role stated beside it."""

    org: Org
    tagged: Tagged
    roles: list[BlocRole] = field(default_factory=list)


@dataclass
class Bloc:
    """Everything one report says about one bloc."""

    label: str
    entity: Entity | None
    local: bool
    keys: tuple[str, ...]
    mentions: list[Tagged] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    count: tuple[int, Tagged] | None = None

    @property
    def is_party(self) -> bool:
        """True for a bloc of Party organs ("Khối thi đua các ban Đảng Trung ương")."""
        return "đảng" in self.keys


def _short_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """Keys without "thi đua" after "Khối", the part variants share."""
    if keys[1:3] == ("thi", "đua"):
        return keys[:1] + keys[3:]
    return keys


def _unknown_name(tagged: Tagged, i: int) -> tuple[int, bool]:
    """End of an unknown bloc name at "Khối" (``i``), and whether it is local."""
    keys = [t.key for t in tagged.tokens]
    j = i + 1 + (2 if keys[i + 1 : i + 3] == ["thi", "đua"] else 0)
    end = j
    while end < len(keys) and end - i < 16:
        key = keys[end]
        if is_local_after(tagged.tokens, end):
            return local_extent(tagged.tokens, end), True
        if key in BLOC_NAME_STOP or (not tagged.tokens[end].is_word and key not in {",", "-"}):
            break
        if key == "," and keys[end + 1 : end + 2] != ["ngành"]:
            break
        end += 1
    central = [k for k in range(j, end) if keys[k] in _CENTRAL]
    if central:
        last = central[-1]
        return last + (2 if keys[last] == "trung" else 1), False
    while end > j and not (tagged.tokens[end - 1].is_capitalised or keys[end - 1] == "đảng"):
        end -= 1
    return end, False


def bloc_mentions(tagged: Tagged) -> list[tuple[int, int, Entity | None, bool]]:
    """(start, end, graph bloc or None, local) for each bloc named in the sentence."""
    found: list[tuple[int, int, Entity | None, bool]] = []
    covered: set[int] = set()
    for span in tagged.spans:
        covered.update(range(span.i, span.j))
        if span.kind is Kind.BLOC:
            if span.local:
                found.append((span.i, local_extent(tagged.tokens, span.j), None, True))
            else:
                found.append((span.i, span.j, span.of(Kind.BLOC)[0], False))
    for i, token in enumerate(tagged.tokens):
        if token.text != "Khối" or i in covered:
            continue
        if NOT_A_BLOC.match(tagged.sentence.text[tagged.char_start(i) :]):
            continue
        end, local = _unknown_name(tagged, i)
        if end - i > 3 or (end - i == 3 and tagged.key(i + 1) != "thi"):
            found.append((i, end, None, local))
    return sorted(found, key=lambda f: f[0])


def collect_blocs(sentences: list[Tagged], gazetteer: Gazetteer) -> list[Bloc]:
    """Blocs named in the report, with their member lists and counts."""
    blocs: list[Bloc] = []
    for tagged in sentences:
        for i, j, entity, local in bloc_mentions(tagged):
            bloc = _bloc_for(blocs, tagged.surface(i, j), entity, local)
            bloc.mentions.append(tagged)
            _read_members(bloc, tagged, j, gazetteer)
    return blocs


def _bloc_for(blocs: list[Bloc], label: str, entity: Entity | None, local: bool) -> Bloc:
    keys = _short_keys(keys_of(label))
    for bloc in blocs:
        if entity is not None and bloc.entity == entity:
            return bloc
        shorter, longer = sorted((keys, bloc.keys), key=len)
        if bloc.local == local and longer[: len(shorter)] == shorter:
            if entity is not None and bloc.entity is None:
                bloc.entity, bloc.label = entity, entity.label
            if len(keys) > len(bloc.keys) and bloc.entity is None:
                bloc.label, bloc.keys = label, keys
            return bloc
    blocs.append(Bloc(entity.label if entity else label, entity, local, keys))
    return blocs[-1]


def _read_members(bloc: Bloc, tagged: Tagged, after: int, gazetteer: Gazetteer) -> None:
    text = tagged.sentence.text[tagged.char_start(after) :] if after < len(tagged.tokens) else ""
    count = MEMBER_COUNT.search(text)
    if count and bloc.count is None:
        bloc.count = (int(count.group(1)), tagged)
    keys = [t.key for t in tagged.tokens]
    if "gồm" not in keys[after:]:
        return
    start = keys.index("gồm", after) + 1
    colon = next((k for k in range(start, min(start + 8, len(keys))) if keys[k] == ":"), None)
    start = colon + 1 if colon is not None else _skip_count(keys, start)
    bloc.members += _list_items(tagged, start, gazetteer)


def _skip_count(keys: list[str], start: int) -> int:
    if start < len(keys) and re.fullmatch(r"\d+", keys[start]):
        return (
            start + 3
            if keys[start + 1 : start + 3] in (["đơn", "vị"], ["cơ", "quan"])
            else start + 1
        )
    return start


def _list_items(tagged: Tagged, start: int, gazetteer: Gazetteer) -> list[Member]:
    parser = _Parser(tagged, gazetteer)
    keys = parser.keys
    members: list[Member] = []
    j = start
    while j < len(keys) and keys[j] not in {".", "!", "?"}:
        if keys[j] in _LIST_SKIP:
            j += 1
        elif keys[j] == "(":
            items, j = parser._parenthesis(j + 1)
            if members:
                members[-1].roles += [item for item in items if isinstance(item, BlocRole)]
        else:
            org, j = _list_org(tagged, j)
            if org is not None:
                members.append(Member(org, tagged))
    return members


def _list_org(tagged: Tagged, j: int) -> tuple[Org | None, int]:
    span = tagged.at.get(j)
    if span is not None and span.of(*ORGANISATIONS):
        if span.local:
            end = local_extent(tagged.tokens, span.j)
            return Org(tagged.surface(j, end), None, local=True), end
        return Org(span.text, span.of(*ORGANISATIONS)[0]), span.j
    end = j
    keys = [t.key for t in tagged.tokens]
    while end < len(keys) and keys[end] not in {",", "(", "và", ".", ";"}:
        end += 1
    if not tagged.tokens[j].is_capitalised:
        return None, max(end, j + 1)
    local = any(keys[k] in ("tỉnh", "huyện", "quận", "xã", "thành") for k in range(j, end))
    return Org(tagged.surface(j, end), None, local=local), end


__all__ = ["Bloc", "Member", "bloc_mentions", "collect_blocs"]
