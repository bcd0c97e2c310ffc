"""The reference graphs (data/reference/*.trig): the queries they must answer, their provenance,
their evidence offsets and their conformance to the shapes."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from nội_chính_graph.namespaces import PROV, sparql_prefixes
from nội_chính_graph.validation import Validator, load_rdf

ROOT = Path(__file__).resolve().parents[1]
REFERENCE_DIR = ROOT / "data" / "reference"
REFERENCE_FILES = sorted(REFERENCE_DIR.glob("*.trig"))
DATA_FILES = sorted((ROOT / "data").glob("**/*.trig"))
ONTOLOGY_FILES = sorted((ROOT / "ontology").glob("*.ttl"))
REPORTS_DIR = ROOT / "data" / "reports"
ID = "https://w3id.org/noi-chinh/id/"
KHVHXH = f"{ID}bloc/khoi-thi-dua-cac-bo-nganh-khoa-hoc-van-hoa-xa-hoi"
NOI_CHINH = f"{ID}bloc/khoi-thi-dua-cac-bo-nganh-noi-chinh-trung-uong"


def test_fixture_globs_find_files() -> None:
    assert len(REFERENCE_FILES) >= 20
    assert set(REFERENCE_FILES) <= set(DATA_FILES)
    assert ONTOLOGY_FILES


@pytest.fixture(scope="module")
def store() -> ox.Store:
    """Ontology in ``ncgg:ontology`` plus every data/**/*.trig, in memory."""
    result = ox.Store()
    for path in ONTOLOGY_FILES:
        result.load(
            path=str(path),
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode("https://w3id.org/noi-chinh/graph/ontology"),
        )
    for path in DATA_FILES:
        result.load(path=str(path), format=ox.RdfFormat.TRIG)
    return result


def select(store: ox.Store, query: str, **bindings: ox.Literal | ox.NamedNode) -> list[list[str]]:
    """Run a SELECT over the union of all graphs; rows of plain values.

    Parameters are bound with a ``VALUES`` row of pyoxigraph terms (serialised and escaped by
    pyoxigraph itself), never by formatting values into the query text.
    """
    if bindings:
        names = " ".join(f"?{name}" for name in bindings)
        terms = " ".join(str(term) for term in bindings.values())
        query = query.replace("WHERE {", f"WHERE {{ VALUES ({names}) {{ ({terms}) }}", 1)
    results = store.query(sparql_prefixes() + query, use_default_graph_as_union=True)
    assert isinstance(results, ox.QuerySolutions)
    return [[term.value for term in row] for row in results]


IN_FORCE = """
SELECT DISTINCT ?agency WHERE {
    FILTER (?kind IN (?ministry, ?ministry_level))
    ?agency org:classification ?kind ; ncg:validDuring ?span .
    ?span time:hasBeginning/time:inXSDDate ?begin .
    OPTIONAL { ?span time:hasEnd/time:inXSDDate ?end }
    FILTER (?begin <= ?day && (!BOUND(?end) || ?day < ?end))
}"""


def in_force(store: ox.Store, day: str) -> set[str]:
    """The ministries and ministry-level agencies in force on ``day``."""
    rows = select(
        store,
        IN_FORCE,
        day=ox.Literal(day, datatype=ox.NamedNode(XSD_DATE)),
        ministry=ox.NamedNode(f"{ID}kind/ministry"),
        ministry_level=ox.NamedNode(f"{ID}kind/ministry-level-agency"),
    )
    return {row[0].removeprefix(f"{ID}agency/") for row in rows}


XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"


def test_twenty_two_ministries_in_force_on_2024_06_01(store: ox.Store) -> None:
    agencies = in_force(store, "2024-06-01")
    assert len(agencies) == 22
    assert {"bo-ke-hoach-va-dau-tu", "uy-ban-dan-toc", "bo-cong-an"} <= agencies
    assert "bo-nong-nghiep-va-moi-truong" not in agencies


def test_seventeen_ministries_in_force_on_2025_06_01(store: ox.Store) -> None:
    agencies = in_force(store, "2025-06-01")
    assert len(agencies) == 17
    assert {"bo-dan-toc-va-ton-giao", "bo-nong-nghiep-va-moi-truong", "thanh-tra-chinh-phu"} <= (
        agencies
    )
    assert "bo-ke-hoach-va-dau-tu" not in agencies


def test_no_ministry_claimed_before_the_earliest_sourced_date(store: ox.Store) -> None:
    assert in_force(store, "2010-01-01") == set()


def test_bo_tai_chinh_replaced_bo_ke_hoach_va_dau_tu(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT DISTINCT ?label WHERE {
            ?change a ncg:OrganisationalChange ; org:originalOrganization ?old ;
                org:resultingOrganization ?new ; time:hasTime/time:inXSDDate ?day .
            ?new skos:prefLabel ?label . FILTER (LANG(?label) = "vi" && ?new != ?old)
        }""",
        old=ox.NamedNode(f"{ID}agency/bo-ke-hoach-va-dau-tu"),
    )
    assert rows == [["Bộ Tài chính"]]


def test_bo_nong_nghiep_va_moi_truong_took_over_from_three_ministries(store: ox.Store) -> None:
    # Two merged; Bộ Lao động - Thương binh và Xã hội gave up poverty reduction (issue 12, item 6).
    rows = select(
        store,
        "SELECT ?old WHERE { ?c org:resultingOrganization ?new ; org:originalOrganization ?old }",
        new=ox.NamedNode(f"{ID}agency/bo-nong-nghiep-va-moi-truong"),
    )
    assert {row[0].removeprefix(f"{ID}agency/") for row in rows} == {
        "bo-nong-nghiep-va-phat-trien-nong-thon",
        "bo-tai-nguyen-va-moi-truong",
        "bo-lao-dong-thuong-binh-va-xa-hoi",
    }


def test_every_alias_of_vien_kiem_sat_nhan_dan_toi_cao(store: ox.Store) -> None:
    rows = select(
        store,
        "SELECT DISTINCT ?alias WHERE { ?agency skos:altLabel ?alias }",
        agency=ox.NamedNode(f"{ID}agency/vien-kiem-sat-nhan-dan-toi-cao"),
    )
    aliases = {row[0] for row in rows}
    assert {"VKSNDTC", "VKSND tối cao", "Viện KSND tối cao", "Viện Kiểm sát nhân dân tối cao"} <= (
        aliases
    )


def test_requested_abbreviations_resolve_to_their_agency(store: ox.Store) -> None:
    expected = {
        "TAND tối cao": "toa-an-nhan-dan-toi-cao",
        "TANDTC": "toa-an-nhan-dan-toi-cao",
        "VKSNDTC": "vien-kiem-sat-nhan-dan-toi-cao",
        "KTNN": "kiem-toan-nha-nuoc",
        "BQP": "bo-quoc-phong",
        "TTCP": "thanh-tra-chinh-phu",
        "Ban QL Lăng": "ban-quan-ly-lang-chu-tich-ho-chi-minh",
        "UBKTTW": "uy-ban-kiem-tra-trung-uong",
    }
    for alias, slug in expected.items():
        rows = select(
            store,
            "SELECT DISTINCT ?org WHERE { ?org skos:altLabel ?alias }",
            alias=ox.Literal(alias, language="vi"),
        )
        assert [row[0].rsplit("/", 1)[1] for row in rows] == [slug], alias


def test_unsourced_alias_bql_lang_is_absent(store: ox.Store) -> None:
    rows = select(store, 'SELECT ?s WHERE { ?s ?p "BQL Lăng"@vi }')
    assert rows == []


BLOC_ROLE = """
SELECT DISTINCT ?label WHERE {
    ?m a ncg:BlocMembership ; org:organization ?bloc ; org:role ?role ;
        org:memberDuring ?year ; org:member ?org .
    ?org skos:prefLabel ?label . FILTER (LANG(?label) = "vi")
}"""


def bloc_role(store: ox.Store, bloc: str, year: int, role: str) -> set[str]:
    """Vietnamese names of the bloc's units in ``role`` that year."""
    rows = select(
        store,
        BLOC_ROLE,
        bloc=ox.NamedNode(bloc),
        role=ox.NamedNode(f"{ID}bloc-role/{role}"),
        year=ox.NamedNode(f"{ID}year/{year}"),
    )
    return {row[0] for row in rows}


def test_science_culture_social_bloc_2017_has_nine_members(store: ox.Store) -> None:
    members = bloc_role(store, KHVHXH, 2017, "member")
    assert len(members) == 9
    assert {"Bảo hiểm xã hội Việt Nam", "Đại học Quốc gia Thành phố Hồ Chí Minh"} <= members


def test_science_culture_social_bloc_2017_leader_and_deputy(store: ox.Store) -> None:
    assert bloc_role(store, KHVHXH, 2017, "leader") == {"Bảo hiểm xã hội Việt Nam"}
    assert bloc_role(store, KHVHXH, 2017, "deputy") == {"Bộ Giáo dục và Đào tạo"}


def test_noi_chinh_bloc_2020_leader_and_deputy(store: ox.Store) -> None:
    assert bloc_role(store, NOI_CHINH, 2020, "leader") == {"Bộ Công an"}
    assert bloc_role(store, NOI_CHINH, 2020, "deputy") == {"Bộ Quốc phòng"}


def test_party_bloc_2016_members_are_party_organs(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT DISTINCT ?org ?cls WHERE {
            ?m a ncg:BlocMembership ; org:organization ?bloc ; org:member ?org .
            ?org a ?cls . FILTER (?cls IN (ncg:PartyOrgan, ncg:StateAgency))
        }""",
        bloc=ox.NamedNode(f"{ID}bloc/khoi-thi-dua-cac-ban-dang-trung-uong"),
    )
    assert len(rows) == 8
    assert {row[1].rsplit("#", 1)[1] for row in rows} == {"PartyOrgan"}


def test_stated_member_counts_match_listed_members(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?statement ?stated (COUNT(DISTINCT ?member) AS ?listed) WHERE {
            ?statement a ncg:MemberCountStatement ; ncg:bloc ?bloc ; ncg:year ?year ;
                ncg:statedMemberCount ?stated .
            ?m a ncg:BlocMembership ; org:organization ?bloc ; org:member ?member ;
                org:role ?member_role ;
                org:memberDuring/time:hasBeginning/time:inXSDDate ?begin .
            FILTER (YEAR(?begin) = xsd:integer(STR(?year)))
        } GROUP BY ?statement ?stated""",
        member_role=ox.NamedNode(f"{ID}bloc-role/member"),
    )
    assert rows
    for statement, stated, listed in rows:
        assert stated == listed, statement


def graph_sources(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(graph name, its prov:wasDerivedFrom sources) for each named graph of a TriG file."""
    dataset = Dataset()
    dataset.parse(path, format="trig")
    for graph in dataset.graphs():
        if len(graph):
            name = graph.identifier
            yield str(name), [str(o) for o in graph.objects(name, PROV.wasDerivedFrom)]


@pytest.mark.parametrize("path", REFERENCE_FILES, ids=lambda p: p.stem)
def test_each_reference_graph_names_exactly_one_source(path: Path) -> None:
    graphs = list(graph_sources(path))
    assert len(graphs) == 1
    name, sources = graphs[0]
    assert name == f"https://w3id.org/noi-chinh/graph/reference/{path.stem}"
    assert len(sources) == 1


def test_every_source_is_described(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT DISTINCT ?source WHERE {
            ?g a ncg:SourceGraph ; prov:wasDerivedFrom ?source .
            FILTER NOT EXISTS { ?source schema:url|skos:editorialNote ?described }
        }""",
    )
    assert rows == []


def test_unsourced_effective_date_of_the_ministries_is_not_used(store: ox.Store) -> None:
    # 1/3/2025 is sourced for the Ministry of Finance's departments, not for the ministries.
    rows = select(
        store,
        """SELECT ?s WHERE {
            { ?s time:hasTime ?day ; org:originalOrganization|org:resultingOrganization ?org }
            UNION { ?org ncg:validDuring ?s . ?s time:hasBeginning|time:hasEnd ?day }
            ?org org:classification ?kind . ?day time:inXSDDate "2025-03-01"^^xsd:date .
            FILTER (?kind IN (ncgid:kind\\/ministry, ncgid:kind\\/ministry-level-agency))
        }""",
    )
    assert rows == []


def test_evidence_offsets_point_at_the_quoted_text(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?file ?sha ?start ?end ?exact WHERE {
            ?report ncg:textFile ?file ; ncg:sha256 ?sha .
            ?target oa:hasSource ?report ; oa:hasSelector ?pos , ?quote .
            ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
            ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
            FILTER (STRSTARTS(?file, "0"))
        }""",
    )
    assert len(rows) >= 4
    for file, sha, start, end, exact in rows:
        data = (REPORTS_DIR / file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha
        assert data.decode("utf-8")[int(start) : int(end)] == exact


def test_every_reference_graph_is_generated_from_the_tables() -> None:
    header = "# Generated by data/build/reference_tables.py"
    assert all(p.read_text(encoding="utf-8").startswith(header) for p in REFERENCE_FILES)
    assert not (ROOT / "data" / "build" / "reference.py").exists()


def test_all_data_conforms_to_the_shapes() -> None:
    dataset = Dataset()
    for path in DATA_FILES:
        load_rdf(path, dataset)
    report = Validator().validate(dataset)
    assert report.conforms, [str(result) for result in report.results[:10]]


def graph_of(name: str) -> Dataset:
    """The named graph ``ncgg:reference/{name}`` from its file."""
    dataset = Dataset()
    dataset.parse(REFERENCE_DIR / f"{name}.trig", format="trig")
    return dataset


def test_each_government_date_is_in_the_graph_of_the_source_that_states_it() -> None:
    # issue 12, item 6: the 2016 list does not state the 2025 end, NQ 177 not the 2016 start
    begin = "https://w3id.org/noi-chinh/id/date/2016-07-26"
    end = "https://w3id.org/noi-chinh/id/date/2025-02-18"
    old = {str(o) for _, _, o, _ in graph_of("government-2016-2021").quads()}
    new = {str(o) for _, _, o, _ in graph_of("government-2025").quads()}
    assert old
    assert begin in old
    assert end not in old
    assert end in new
    assert begin not in new


def test_bare_ban_thi_dua_khen_thuong_is_no_alias(store: ox.Store) -> None:
    # every ministry and province has a Ban Thi đua - Khen thưởng (issue 12, item 6)
    for bare in ("Ban Thi đua – Khen thưởng", "Ban Thi đua - Khen thưởng"):
        rows = select(
            store,
            "SELECT ?s WHERE { ?s skos:altLabel|skos:hiddenLabel ?label }",
            label=ox.Literal(bare, language="vi"),
        )
        assert rows == [], bare
