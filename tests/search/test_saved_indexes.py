"""Indexes saved with the store: loaded after a restart they equal a fresh build; after a
write they are never used, and an index built while the store changed is never saved."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from nội_chính_graph.graph.projection import PROJECTIONS, Projection, build_projections
from nội_chính_graph.graph.traverse import neighbourhood, shortest_paths
from nội_chính_graph.ingest.workflow import store_gazetteer
from nội_chính_graph.namespaces import NCGID
from nội_chính_graph.search.catalogue import CATALOGUE, Catalogue, build_catalogue, read_catalogue
from nội_chính_graph.search.index import SearchIndex
from nội_chính_graph.store.base import RdfPayload
from nội_chính_graph.store.derived import FOLDER, DerivedCache
from nội_chính_graph.store.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY = sorted((ROOT / "ontology").glob("*.ttl"))
DATA = sorted((ROOT / "data").rglob("*.trig"))
TYPES = ("agency", "party-organ", "organisation", "province", "force", "person", "bloc", "event")
BLOC = str(NCGID["bloc/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"])
NEW_AGENCY = str(NCGID["agency/co-quan-thu-nghiem"])
NEW_FACTS = f"""
<{NEW_AGENCY}> <http://www.w3.org/2004/02/skos/core#prefLabel> "Cơ quan Thử nghiệm"@vi .
<{NCGID["membership/thu-nghiem-2023"]}> <http://www.w3.org/ns/org#member> <{NEW_AGENCY}> .
<{NCGID["membership/thu-nghiem-2023"]}> <http://www.w3.org/ns/org#organization> <{BLOC}> .
""".encode()
QUERIES = ("bo cong an", "KTNN", "ng", "tran quoc", "Viện KSND tối cao", "thu nghiem")


def test_fixture_globs_found_files() -> None:
    assert ONTOLOGY
    assert DATA


def _restart(store: OxigraphStore) -> OxigraphStore:
    assert store.path is not None
    store.close()
    return OxigraphStore(store.path)


def _entities(catalogue: Catalogue) -> list[tuple[object, ...]]:
    return sorted((e.iri, e.type, e.slug, e.labels, e.alt_labels) for e in catalogue)


def _edges(view: Projection) -> list[tuple[object, ...]]:
    edges = (view.edge(n) for n in range(view.edge_count()))
    return sorted(
        (e.id, e.source, e.target, e.predicate, sorted(e.labels.items()), e.year, e.role, e.fact)
        for e in edges
    )


def _hits(index: SearchIndex) -> list[tuple[list[tuple[str, float, str]], int]]:
    found = []
    for query in QUERIES:
        hits, total = index.search(query, limit=20)
        found.append(([(h.entity.iri, h.score, h.matched) for h in hits], total))
    return found


def _saved_file(store: OxigraphStore, name: str) -> Path:
    assert store.path is not None
    return store.path / FOLDER / f"{name}.pickle"


def test_a_restart_loads_a_catalogue_equal_to_a_fresh_read(store: OxigraphStore) -> None:
    built = build_catalogue(store)
    assert built.saved is not None
    assert _saved_file(store, CATALOGUE).exists()
    written = _saved_file(store, CATALOGUE).stat().st_mtime_ns
    store = _restart(store)
    loaded = build_catalogue(store)
    assert _saved_file(store, CATALOGUE).stat().st_mtime_ns == written, "loaded, not rebuilt"
    assert _entities(loaded) == _entities(built) == _entities(read_catalogue(store, 0))
    assert len(loaded) > 100


def test_a_restart_loads_a_search_index_that_answers_as_a_fresh_one(
    store: OxigraphStore,
) -> None:
    fresh = SearchIndex(build_catalogue(store), TYPES)
    store = _restart(store)
    catalogue = build_catalogue(store)
    loaded = SearchIndex(catalogue, TYPES)
    assert loaded.entities
    assert all(catalogue.by_iri[e.iri] is e for e in loaded.entities)
    assert _hits(loaded) == _hits(fresh)
    assert _hits(loaded) == _hits(SearchIndex(Catalogue(list(catalogue), 0), TYPES))


def test_a_restart_loads_projections_equal_to_a_fresh_build(store: OxigraphStore) -> None:
    fresh = build_projections(store, build_catalogue(store))
    assert _saved_file(store, PROJECTIONS).exists()
    store = _restart(store)
    catalogue = build_catalogue(store)
    loaded = build_projections(store, catalogue)
    rebuilt = build_projections(store, Catalogue(list(catalogue), 0))  # no saved: a fresh scan
    for old, new, again in zip(fresh, loaded, rebuilt, strict=True):
        assert _edges(new) == _edges(old) == _edges(again)
        assert len(new) == len(old)
        assert new.edge_count() > 50
        walk = neighbourhood(new, BLOC, depth=2, limit=500)
        assert walk.nodes == neighbourhood(old, BLOC, depth=2, limit=500).nodes
    person = next(n for n in loaded[0].graph if "/person/" in n)
    assert (
        shortest_paths(loaded[0], person, BLOC).paths
        == shortest_paths(fresh[0], person, BLOC).paths
    )


def test_after_a_write_the_saved_indexes_are_not_used(store: OxigraphStore) -> None:
    catalogue = build_catalogue(store)
    SearchIndex(catalogue, TYPES)
    build_projections(store, catalogue)
    store.add_to_graph(
        str(NCGID["graph/thu-nghiem"]), RdfPayload(NEW_FACTS, ox.RdfFormat.N_TRIPLES)
    )
    store = _restart(store)
    catalogue = build_catalogue(store)
    assert NEW_AGENCY in catalogue.by_iri
    hits, _ = SearchIndex(catalogue, TYPES).search("Cơ quan Thử nghiệm")
    assert [h.entity.iri for h in hits][:1] == [NEW_AGENCY]
    collapsed, _ = build_projections(store, catalogue)
    assert BLOC in neighbourhood(collapsed, NEW_AGENCY).nodes


def test_views_built_after_the_store_moved_on_are_not_saved(store: OxigraphStore) -> None:
    catalogue = build_catalogue(store)  # read for the state before the write
    store.add_to_graph(
        str(NCGID["graph/thu-nghiem"]), RdfPayload(NEW_FACTS, ox.RdfFormat.N_TRIPLES)
    )
    collapsed, _ = build_projections(store, catalogue)
    assert BLOC in neighbourhood(collapsed, NEW_AGENCY).nodes, "built from the store as it is"
    assert not _saved_file(store, PROJECTIONS).exists()
    saved = DerivedCache.of(store)
    assert saved is not None
    assert saved.load(CATALOGUE) is None


def test_a_restart_loads_the_gazetteer_saved_with_the_store(store: OxigraphStore) -> None:
    fresh = store_gazetteer(store)
    store = _restart(store)
    loaded = store_gazetteer(store)
    assert loaded.entities.keys() == fresh.entities.keys()
    assert len(loaded.entities) > 100
    assert dict(loaded.index) == dict(fresh.index)
    assert dict(loaded.bloc_members) == dict(fresh.bloc_members)
    keys = ("bộ", "công", "an")
    assert [e.iri for e in loaded.lookup(keys)] == [e.iri for e in fresh.lookup(keys)]
