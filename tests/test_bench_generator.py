"""The benchmark generator is deterministic, writes the documented number of quads, and its
output parses, quotes its synthetic reports exactly and conforms to the project's shapes."""

import hashlib
import io
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, URIRef
from rdflib.term import Node

from bench.generate import CLUSTER_QUADS, HEADER_QUADS, expected_quads, generate
from nội_chính_graph.namespaces import NCGID, OA
from nội_chính_graph.resources import shapes_dir
from nội_chính_graph.validation import validate

TINY = 0.5  # one cluster


def _nquads(scale: float, seed: int = 42, texts: Path | None = None) -> str:
    out = io.StringIO()
    generate(out, scale, seed, texts)
    return out.getvalue()


def _selector(dataset: Dataset, selectors: list[Node], prop: URIRef) -> str:
    values = [dataset.value(selector, prop) for selector in selectors]
    return next(str(value) for value in values if value is not None)


@pytest.fixture(scope="module")
def tiny() -> str:
    return _nquads(TINY)


@pytest.fixture(scope="module")
def tiny_dataset(tiny: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=tiny, format="nquads")
    return dataset


def test_same_seed_gives_the_same_bytes(tiny: str) -> None:
    assert _nquads(TINY).encode() == tiny.encode()


def test_another_seed_gives_other_names(tiny: str) -> None:
    other = _nquads(TINY, seed=7)
    assert other != tiny
    assert len(other.splitlines()) == len(tiny.splitlines())


@pytest.mark.parametrize(("scale", "documented"), [(0.5, 5_334), (1, 10_569), (2, 21_039)])
def test_writes_the_documented_number_of_distinct_quads(scale: float, documented: int) -> None:
    store = ox.Store()
    store.load(_nquads(scale).encode(), ox.RdfFormat.N_QUADS)
    assert expected_quads(scale) == documented
    assert len(store) == documented


def test_documented_figures_for_the_benchmark_scales() -> None:
    assert expected_quads(10) == HEADER_QUADS + 20 * CLUSTER_QUADS == 104_799
    assert expected_quads(100) == 1_047_099


def test_one_named_graph_per_report_plus_the_calendar(tiny_dataset: Dataset) -> None:
    names = {str(g.identifier) for g in tiny_dataset.graphs() if len(g) > 0}
    # one cluster: six staff reports, five bloc-year reports, and the calendar
    assert len(names) == 12
    assert all(name.startswith("https://w3id.org/noi-chinh/graph/report/syn-") for name in names)


def test_minted_entities_are_marked_synthetic(tiny_dataset: Dataset) -> None:
    minted = {
        str(s)
        for s, _p, _o, _g in tiny_dataset.quads((None, None, None, None))
        if str(s).startswith(str(NCGID))
    }
    kinds = ("agency/", "person/", "bloc/", "report/", "event/")
    synthetic = [iri for iri in minted if iri.removeprefix(str(NCGID)).startswith(kinds)]
    assert len(synthetic) > 100
    assert all(
        iri.removeprefix(str(NCGID)).split("/", 1)[1].startswith("syn-") for iri in synthetic
    )


def test_quotes_and_offsets_match_the_report_texts(tmp_path: Path) -> None:
    nquads, dataset = _nquads(TINY, texts=tmp_path), Dataset(default_union=True)
    dataset.parse(data=nquads, format="nquads")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.txt")}
    assert len(texts) == 12
    checked = 0
    for target, _p, source in dataset.triples((None, OA.hasSource, None)):
        text = texts[str(source).rsplit("/", 1)[1]]
        selectors = list(dataset.objects(target, OA.hasSelector))
        start, end = (int(_selector(dataset, selectors, p)) for p in (OA.start, OA.end))
        assert text[start:end] == _selector(dataset, selectors, OA.exact)
        checked += 1
    # 120 post holdings, 40 rank assignments, 40 bloc memberships, 10 conferences
    assert checked == 210
    digests = [hashlib.sha256(t.encode()).hexdigest() for t in texts.values()]
    assert all(f'#sha256> "{d}"' in nquads for d in digests)


def test_tiny_graph_conforms_to_the_shapes(tiny_dataset: Dataset) -> None:
    assert len(list(shapes_dir().glob("*.ttl"))) >= 5
    report = validate(tiny_dataset)
    assert report.violations == []
    assert report.conforms
