"""The seed report's graphs are reproducible from data/build/seed_2023.py and keep their contract.

Checks: the stored report is the recorded, NFC, unchanged file; the build is deterministic and
the committed TriG is current; every quote is found once at its offsets (and a wrong offset is
refused); every fact has its provenance and evidence; nothing the report does not say (URL,
publisher, date) is in its graph; agency names follow the label rules.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, SKOS

from nội_chính_graph.namespaces import NCG, NCGG, NCGID, OA, SCHEMA

ROOT = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = ROOT / "data" / "build" / "seed_2023.py"
REPORT_TEXT = ROOT / "data" / "reports" / "noi-chinh-2023-mid-year.txt"
REPORT_TRIG = ROOT / "data" / "graphs" / "noi-chinh-2023-mid-year.trig"
CONTEXT_TRIG = ROOT / "data" / "graphs" / "seed-context.trig"
REPORT = NCGID["report/noi-chinh-2023-mid-year"]
REPORT_GRAPH = NCGG["report/noi-chinh-2023-mid-year"]
SHA256 = "cd01a5269c13852e54ecef150e25403f21325808e428695f769039810aafa8b2"
FACT_CLASSES = (
    NCG.BlocMembership,
    NCG.PostHolding,
    NCG.RankAssignment,
    NCG.PartyRoleMembership,
    NCG.Conference,
    NCG.EmulationTheme,
    NCG.GovernmentMotto,
    NCG.MemberCountStatement,
)


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("seed_2023_build", BUILD_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build() -> ModuleType:
    return _load_build()


@pytest.fixture(scope="module")
def text() -> str:
    return REPORT_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report_graph() -> Graph:
    dataset = Dataset()
    dataset.parse(REPORT_TRIG, format="trig")
    return dataset.graph(REPORT_GRAPH)


@pytest.fixture(scope="module")
def union() -> Graph:
    graph = Graph()
    reference = sorted((ROOT / "data" / "reference").glob("*.trig"))
    assert reference, "no reference graphs found"
    for path in (REPORT_TRIG, CONTEXT_TRIG, *reference):
        dataset = Dataset()
        dataset.parse(path, format="trig")
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
    return graph


def _facts(graph: Graph) -> set[URIRef]:
    return {
        s for cls in FACT_CLASSES for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)
    }


# --- the stored report ------------------------------------------------------------------------


def test_report_file_is_the_recorded_one() -> None:
    assert hashlib.sha256(REPORT_TEXT.read_bytes()).hexdigest() == SHA256


def test_report_file_is_nfc(text: str) -> None:
    assert unicodedata.normalize("NFC", text) == text


def test_report_graph_records_the_file_and_digest(report_graph: Graph) -> None:
    assert report_graph.value(REPORT, NCG.textFile) == Literal("noi-chinh-2023-mid-year.txt")
    assert report_graph.value(REPORT, NCG.sha256) == Literal(SHA256)


# --- reproducible build ------------------------------------------------------------------------


def test_committed_trig_is_what_the_build_writes(build: ModuleType) -> None:
    outputs: dict[Path, str] = build.build()
    assert set(outputs) == {REPORT_TRIG, CONTEXT_TRIG}
    for path, content in outputs.items():
        assert path.read_text(encoding="utf-8") == content, f"{path.name} is stale: rebuild it"


def test_build_is_deterministic(build: ModuleType) -> None:
    assert build.build() == build.build()


def test_every_quote_is_found_at_its_offsets(build: ModuleType, text: str) -> None:
    quotes = build.QUOTES
    assert len(quotes) == 10
    for key, quote in quotes.items():
        build.locate(text, quote, key)
        assert text[quote.start : quote.end] == quote.exact


def test_a_wrong_offset_is_refused(build: ModuleType, text: str) -> None:
    quote = build.QUOTES["members"]
    shifted = build.Quote(quote.start + 1, quote.end + 1, quote.exact)
    with pytest.raises(ValueError, match="recorded as"):
        build.locate(text, shifted, "members")


def test_a_quote_not_in_the_text_is_refused(build: ModuleType, text: str) -> None:
    with pytest.raises(ValueError, match="exactly once"):
        build.locate(text, build.Quote(0, 5, "Ủy ban"), "invented")


# --- facts, provenance, evidence ---------------------------------------------------------------


def test_report_graph_describes_itself(report_graph: Graph) -> None:
    assert (REPORT_GRAPH, RDF.type, NCG.SourceGraph) in report_graph
    assert (REPORT_GRAPH, PROV.wasDerivedFrom, REPORT) in report_graph


def test_every_fact_has_provenance_and_evidence(report_graph: Graph) -> None:
    facts = _facts(report_graph)
    assert len(facts) == 21
    for fact in facts:
        assert (fact, PROV.wasDerivedFrom, REPORT) in report_graph, fact
        annotations = set(report_graph.objects(fact, NCG.evidence))
        assert annotations, fact
        for annotation in annotations:
            assert (annotation, OA.hasBody, fact) in report_graph, (fact, annotation)


def test_annotations_slice_the_text_to_their_quote(report_graph: Graph, text: str) -> None:
    selectors = list(report_graph.subjects(RDF.type, OA.TextPositionSelector))
    assert len(selectors) == 10
    for target in report_graph.subjects(RDF.type, OA.SpecificResource):
        assert report_graph.value(target, OA.hasSource) == REPORT
        found = {
            report_graph.value(s, RDF.type): s for s in report_graph.objects(target, OA.hasSelector)
        }
        position, quote = found[OA.TextPositionSelector], found[OA.TextQuoteSelector]
        start = int(str(report_graph.value(position, OA.start)))
        end = int(str(report_graph.value(position, OA.end)))
        assert text[start:end] == str(report_graph.value(quote, OA.exact))


def test_unknown_report_metadata_is_not_guessed(report_graph: Graph) -> None:
    for prop in (SCHEMA.url, DCTERMS.publisher, DCTERMS.issued, DCTERMS.title):
        assert report_graph.value(REPORT, prop) is None, prop
    notes = " ".join(str(n) for n in report_graph.objects(REPORT, SKOS.editorialNote))
    for word in ("URL", "publisher", "date"):
        assert word in notes, word


def test_conference_has_no_date_or_place(report_graph: Graph) -> None:
    conference = next(iter(report_graph.subjects(RDF.type, NCG.Conference)))
    assert report_graph.value(conference, SCHEMA.startDate) is None
    assert report_graph.value(conference, NCG.placeName) is None
    assert report_graph.value(conference, SKOS.editorialNote) is not None


# --- labels ------------------------------------------------------------------------------------


def test_every_agency_of_the_seed_has_one_pref_label_per_language(
    report_graph: Graph, union: Graph
) -> None:
    agencies = set(report_graph.objects(None, ORG.member)) | {NCGID["agency/chinh-phu"]}
    agencies &= set(union.subjects(RDF.type, NCG.StateAgency))
    assert len(agencies) == 9
    for agency in agencies:
        langs = sorted(
            label.language or ""
            for label in union.objects(agency, SKOS.prefLabel)
            if isinstance(label, Literal)
        )
        assert langs == ["en", "vi"], agency


def test_report_alt_labels_are_surface_forms_of_the_text(report_graph: Graph, text: str) -> None:
    labels = [str(o) for o in report_graph.objects(None, SKOS.altLabel)]
    assert sorted(labels) == [
        "Ban quản lý Lăng Chủ tịch Hồ Chí Minh",
        "TAND tối cao",
        "VKSND tối cao",
    ]
    assert all(label in text for label in labels)


def test_seed_context_graphs_cite_documents_with_urls() -> None:
    dataset = Dataset()
    dataset.parse(CONTEXT_TRIG, format="trig")
    graphs = [g for g in dataset.graphs() if (g.identifier, RDF.type, NCG.SourceGraph) in g]
    assert len(graphs) == 4
    for graph in graphs:
        documents = list(graph.objects(graph.identifier, PROV.wasDerivedFrom))
        assert len(documents) == 1, graph.identifier
        for document in documents:
            assert graph.value(document, SCHEMA.url) == Literal(str(document), datatype=_ANYURI)


def test_tong_cuc_chinh_tri_under_bo_quoc_phong_is_not_in_the_report_graph(
    report_graph: Graph, union: Graph
) -> None:
    tcct = NCGID["agency/tong-cuc-chinh-tri-quan-doi-nhan-dan-viet-nam"]
    link = (
        tcct,
        URIRef("http://www.w3.org/ns/org#subOrganizationOf"),
        NCGID["agency/bo-quoc-phong"],
    )
    assert link not in report_graph
    assert link in union


_ANYURI = URIRef("http://www.w3.org/2001/XMLSchema#anyURI")
