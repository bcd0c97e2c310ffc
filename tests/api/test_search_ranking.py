"""Ranking in :class:`SearchIndex` on a synthetic catalogue (issue 15, item 7): the same
spelling first, then a name with a tone mark wrong; a match of the words themselves (a name or
an alias) before a match through an abbreviation mixed with words.

The entities are made up (``syn-`` slugs); they describe nothing real.
"""

from __future__ import annotations

from nội_chính_graph.search import Catalogue, EntityInfo, SearchIndex

ID = "https://w3id.org/noi-chinh/id/"


def _entity(slug: str, label: str, *aliases: str) -> EntityInfo:
    return EntityInfo(f"{ID}agency/{slug}", "agency", slug, {"vi": label}, list(aliases))


def _index(*entities: EntityInfo) -> SearchIndex:
    return SearchIndex(Catalogue(entities, 0), ["agency"])


def _slugs(index: SearchIndex, query: str) -> list[str]:
    return [hit.entity.slug for hit in index.search(query)[0]]


def test_the_exact_spelling_ranks_before_a_name_one_tone_mark_away() -> None:
    index = _index(_entity("syn-b", "Sở Hòa Bình Tỏ"), _entity("syn-a", "Sở Hòa Bình Tổ"))
    assert _slugs(index, "Sở Hòa Bình Tổ") == ["syn-a", "syn-b"]
    assert _slugs(index, "Sở Hòa Bình Tỏ") == ["syn-b", "syn-a"]


def test_old_and_new_tone_placement_count_as_the_same_spelling() -> None:
    index = _index(_entity("syn-b", "Sở Hoà Bình Tô"), _entity("syn-a", "Sở Hòa Bình"))
    assert _slugs(index, "Sở Hoà Bình")[0] == "syn-a"


def test_words_and_aliases_rank_before_a_mixed_abbreviation() -> None:
    full = _entity("syn-full", "Bảo hiểm xã hội Sơn Dương")
    alias = _entity("syn-alias", "Trung tâm Sơn Dương", "BHXH Sơn Dương trung tâm")
    index = _index(full, alias)
    hits, total = index.search("BHXH Sơn Dương")
    assert [hit.entity.slug for hit in hits] == ["syn-alias", "syn-full"]
    assert total == 2
    assert hits[0].score > hits[1].score


def test_a_mixed_abbreviation_reads_words_by_their_initials() -> None:
    index = _index(_entity("syn-full", "Bảo hiểm xã hội Sơn Dương"))
    for query in ("bhxh sd", "BHXH Sơn Dương", "bhxh son duong", "bhxhsd"):
        assert _slugs(index, query) == ["syn-full"], query
    assert _slugs(index, "bhxh hn") == []


def test_paging_runs_on_into_the_abbreviated_matches() -> None:
    index = _index(
        _entity("syn-full", "Bảo hiểm xã hội Sơn Dương"),
        _entity("syn-alias", "Trung tâm Sơn Dương", "BHXH Sơn Dương trung tâm"),
    )
    first, total = index.search("BHXH Sơn Dương", limit=1)
    second, _ = index.search("BHXH Sơn Dương", limit=1, offset=1)
    assert [h.entity.slug for h in first + second] == ["syn-alias", "syn-full"]
    assert total == 2
