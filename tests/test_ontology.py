"""The ontology and schemes parse, every term we define is documented, rank ladders are right."""

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from nội_chính_graph.namespaces import NCG, NCGID, OWL, RDF, RDFS, SH, SKOS
from nội_chính_graph.validation import load_ontology, load_shapes

DEFINED_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
DESIGN_TERMS = [
    "StateAgency", "PartyOrgan", "ArmedForce", "EmulationBloc", "BlocMembership",
    "PartyRoleMembership", "Official", "PostHolding", "Rank", "RankScheme", "RankAssignment",
    "Conference", "EmulationTheme", "GovernmentMotto", "MemberCountStatement", "Report",
    "SourceGraph", "armedForce", "holder", "post", "modifier", "heldDuring", "attestedDuring",
    "rank", "rankOrder", "navyEquivalentOf", "forForce", "partyTerm", "eventKind", "chair",
    "speaker", "attendingAgency", "periodCovered", "placeName", "theme", "motto", "bloc", "year",
    "text", "statedMemberCount", "precision", "textFile", "sha256", "evidence", "inGraph",
]  # fmt: skip


def _ontology() -> Graph:
    return load_ontology()


def _ours(graph: Graph) -> set[URIRef]:
    return {
        URIRef(str(s))
        for t in DEFINED_TYPES
        for s in graph.subjects(RDF.type, t)
        if str(s).startswith(str(NCG))
    }


def _langs(graph: Graph, term: Node, prop: URIRef) -> set[str | None]:
    return {o.language for o in graph.objects(term, prop) if isinstance(o, Literal)}


def test_every_design_term_is_defined() -> None:
    ours = _ours(_ontology())
    assert sorted(t for t in DESIGN_TERMS if NCG[t] not in ours) == []


def test_every_term_has_vi_and_en_labels_and_definitions() -> None:
    graph = _ontology()
    undocumented = [
        str(term)
        for term in _ours(graph)
        if not {"vi", "en"} <= _langs(graph, term, RDFS.label)
        or not {"vi", "en"} <= _langs(graph, term, SKOS.definition)
    ]
    assert len(_ours(graph)) >= len(DESIGN_TERMS)
    assert undocumented == []


def test_party_organ_is_disjoint_with_state_agency() -> None:
    assert (NCG.StateAgency, OWL.disjointWith, NCG.PartyOrgan) in _ontology()


def _ladder(graph: Graph, force: str) -> list[tuple[int, str]]:
    scheme = NCGID[f"scheme/{force}-ranks"]
    rows = []
    for rank in graph.subjects(SKOS.inScheme, scheme):
        if graph.value(rank, NCG.navyEquivalentOf) is None:
            order = graph.value(rank, NCG.rankOrder)
            label = graph.value(rank, SKOS.prefLabel)
            rows.append((int(str(order)), str(label)))
    return sorted(rows)


def test_rank_ladders_are_ordered_one_to_twelve() -> None:
    graph = _ontology()
    for force in ("qdnd", "cand"):
        ladder = _ladder(graph, force)
        assert [order for order, _ in ladder] == list(range(1, 13))
        assert ladder[0][1] == "Thiếu úy"
        assert ladder[8][1] == "Thiếu tướng"
        assert ladder[11][1] == "Đại tướng"


def test_rank_schemes_cite_their_law_and_force() -> None:
    graph = _ontology()
    for force in ("qdnd", "cand"):
        scheme = NCGID[f"scheme/{force}-ranks"]
        assert graph.value(scheme, NCG.forForce) == NCGID[f"force/{force}"]
        assert len(list(graph.objects(scheme, URIRef("http://purl.org/dc/terms/source")))) == 2


def test_navy_ranks_share_the_order_of_their_army_equivalents() -> None:
    graph = _ontology()
    pairs = {
        "chuan-do-doc": "thieu-tuong",
        "pho-do-doc": "trung-tuong",
        "do-doc": "thuong-tuong",
    }
    for navy, army in pairs.items():
        navy_rank, army_rank = NCGID[f"rank/qdnd/{navy}"], NCGID[f"rank/qdnd/{army}"]
        assert graph.value(navy_rank, NCG.navyEquivalentOf) == army_rank
        assert graph.value(navy_rank, NCG.rankOrder) == graph.value(army_rank, NCG.rankOrder)
    assert len(list(graph.subjects(NCG.navyEquivalentOf, None))) == 3


def test_old_tone_placement_is_an_alt_label() -> None:
    labels = set(_ontology().objects(NCGID["rank/qdnd/thieu-uy"], SKOS.altLabel))
    assert Literal("Thiếu uý", lang="vi") in labels


def test_bloc_role_variants_are_alt_labels() -> None:
    graph = _ontology()
    leader = {str(o) for o in graph.objects(NCGID["bloc-role/leader"], SKOS.altLabel)}
    deputy = {str(o) for o in graph.objects(NCGID["bloc-role/deputy"], SKOS.altLabel)}
    assert {"Trưởng Khối", "Trưởng khối"} <= leader
    assert {"Phó Trưởng Khối", "Phó khối", "Phó trưởng khối"} <= deputy


def test_every_shape_message_comes_in_vietnamese_and_english() -> None:
    shapes = load_shapes()
    carriers = set(shapes.subjects(SH.message, None))
    one_sided = [str(c) for c in carriers if _langs(shapes, c, SH.message) != {"vi", "en"}]
    assert len(carriers) > 50
    assert one_sided == []
