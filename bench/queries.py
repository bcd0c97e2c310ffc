"""The six benchmark queries and the parameters they are run with.

Each query is a template over IRIs or a search string that the benchmark discovers in the data
(or takes from the generator's name lists); :func:`render` checks every value before putting it
in the text, so nothing unchecked reaches a SPARQL string.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from string import Template

from nội_chính_graph.namespaces import sparql_prefixes
from nội_chính_graph.text import fold

_SAFE_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_SAFE_TEXT = re.compile(r"^[a-z0-9 ]+$")


@dataclass(frozen=True)
class BenchQuery:
    """A named query template and the targets (see :data:`TARGETS`) it is judged against."""

    name: str
    targets: tuple[str, ...]
    form: str  # "select" or "construct"
    template: str


#: The goals of the benchmark, each as (what is compared, the bound).
TARGETS: dict[str, str] = {
    "engine": "median latency of /sparql ≤ 1.3 × oxigraph serve's",
    "lookup": "throughput of /sparql at concurrency 4 ≥ 0.5 × oxigraph serve's",
    "join": "throughput of /sparql at concurrency 4 ≥ 10 × rdflib-endpoint's",
}

QUERIES: tuple[BenchQuery, ...] = (
    BenchQuery(
        "q1_entity_lookup",
        ("lookup",),
        "select",
        "SELECT ?p ?o WHERE { <$person> ?p ?o }",
    ),
    BenchQuery(
        "q2_bloc_members_in_year",
        ("lookup", "join"),
        "select",
        """SELECT ?agency ?label ?role WHERE {
  ?m a ncg:BlocMembership ; org:organization <$bloc> ; org:memberDuring <$year> ;
     org:member ?agency ; org:role ?role .
  ?agency skos:prefLabel ?label . FILTER(LANG(?label) = "vi")
} ORDER BY ?agency ?role""",
    ),
    BenchQuery(
        "q3_officials_in_agency_subtree",
        ("engine", "join"),
        "select",
        """SELECT DISTINCT ?person ?name ?agency WHERE {
  ?agency org:subOrganizationOf* <$agency> .
  ?post org:postIn ?agency .
  ?holding ncg:post ?post ; ncg:holder ?person .
  ?person foaf:name ?name .
} ORDER BY ?agency ?person""",
    ),
    BenchQuery(
        "q4_officials_per_agency",
        ("engine", "join"),
        "select",
        """SELECT ?agency (COUNT(DISTINCT ?person) AS ?officials) WHERE {
  ?post org:postIn ?agency .
  ?holding ncg:post ?post ; ncg:holder ?person .
} GROUP BY ?agency ORDER BY DESC(?officials) ?agency LIMIT 100""",
    ),
    BenchQuery(
        "q5_two_hop_construct",
        ("engine", "join"),
        "construct",
        """CONSTRUCT { <$agency> ?p ?o . ?s ?q <$agency> . ?s2 ?q2 ?s . } WHERE {
  { <$agency> ?p ?o } UNION { ?s ?q <$agency> OPTIONAL { ?s2 ?q2 ?s } }
}""",
    ),
    BenchQuery(
        "q6_name_search_folded",
        ("engine",),
        "select",
        """SELECT ?person ?name WHERE {
  ?person a ncg:Official ; foaf:name ?name ; skos:altLabel ?folded .
  FILTER(CONTAINS(LCASE(STR(?folded)), "$needle"))
} ORDER BY ?name ?person LIMIT 50""",
    ),
)

#: Name fragments for q6, ASCII-folded as a user would type them without diacritics.
NEEDLES = tuple(
    fold(n)
    for n in ("Trần Thị", "Nguyễn Văn", "Lê Hữu", "Phạm Đức", "Đặng Minh", "Hoàng Quốc", "Vũ Thanh")
)


def _check(name: str, value: str) -> str:
    pattern = _SAFE_TEXT if name == "needle" else _SAFE_IRI
    if not pattern.match(value):
        raise ValueError(f"unsafe value for ${name} in a benchmark query: {value!r}")
    return value


def render(query: BenchQuery, params: Mapping[str, str]) -> str:
    """The full query text with checked parameters and the project's prefixes.

    >>> "<https://e.org/p>" in render(QUERIES[0], {"person": "https://e.org/p"})
    True
    """
    checked = {name: _check(name, value) for name, value in params.items()}
    return sparql_prefixes() + Template(query.template).substitute(checked)


DISCOVER_PERSONS = sparql_prefixes() + "SELECT ?x WHERE { ?x a ncg:Official } ORDER BY ?x"
DISCOVER_TOP_AGENCIES = sparql_prefixes() + (
    "SELECT ?x WHERE { ?x a ncg:StateAgency FILTER NOT EXISTS { ?x org:subOrganizationOf ?up } }"
    " ORDER BY ?x"
)
DISCOVER_BLOCS = sparql_prefixes() + "SELECT ?x WHERE { ?x a ncg:EmulationBloc } ORDER BY ?x"

__all__ = ["NEEDLES", "QUERIES", "TARGETS", "BenchQuery", "render"]
