"""Look at SPARQL text without running it: which keywords occur outside strings, IRIs, comments.

A full parse is the engine's job; these checks only need to know whether a keyword token is
present, so a small lexer that blanks out the places keywords cannot hide in is enough. It errs
on the side of finding a keyword (a false positive refuses a query; it never lets one through).
"""

import re

from nội_chính_graph.errors import ApiError, QueryRefusedError, QuerySyntaxError

_STRINGS = (
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long double-quoted string
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"  # long single-quoted string
    r'|"(?:[^"\\\n\r]|\\.)*"'  # double-quoted string
    r"|'(?:[^'\\\n\r]|\\.)*'"  # single-quoted string
)
_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*>"  # IRI reference (cannot contain spaces or '<')
_COMMENT = r"#[^\n\r]*"
_OPAQUE = re.compile(f"{_STRINGS}|{_IRI}|{_COMMENT}", re.DOTALL)


def _keyword(word: str) -> re.Pattern[str]:
    # Not part of a prefixed name, variable or longer word on either side. A "." before the
    # word does not hide it: it ends a triple pattern ("?o .SERVICE <…>", "1.SERVICE <…>");
    # only a local name like ex:a.service is refused by mistake.
    return re.compile(rf"(?<![\w:?$\-]){word}(?![\w:\-])", re.IGNORECASE)


_SERVICE = _keyword("SERVICE")
_FROM = _keyword("FROM")
_BASE = _keyword("BASE")

#: Deepest nesting of ``{ ( [`` accepted. The engine's parser and optimiser recurse on the
#: query's tree: a few thousand levels overflow the stack of the process running it (a
#: segfault), and nested FILTER EXISTS overflows below 1,000. Real queries stay under 20.
MAX_NESTING = 128
#: Most operators accepted (``|| && + - * / | ^ !``, UNION, OPTIONAL, MINUS, EXISTS): long
#: flat chains (20,000 ``+`` or UNIONs) overflow the stack the same way.
MAX_OPERATORS = 2_000
_BRACKET = re.compile(r"[{}()\[\]]")
# Variables and prefixed names hold "-" and "." that are not operators.
_NAME = re.compile(r"[?$][\w\u00b7]+|(?:[A-Za-z][\w.\-]*)?:[\w.\-:%\\]*")
_OPERATOR = re.compile(
    r"\|\||&&|[|/^!+*\-]|(?<![\w:?$\-])(?:UNION|OPTIONAL|MINUS|EXISTS)(?![\w:\-])",
    re.IGNORECASE,
)


#: The four query forms of SPARQL 1.1 Query (§10); anything else is not a query.
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
#: Keywords of SPARQL 1.1 Update (§3) and of store-specific extensions that change data or
#: reach out (Virtuoso's ``DEFINE`` pragmas, ``SPARQL`` prefix for SQL, ``LOAD``): none of
#: them is a keyword of the query grammar, so a query that holds one outside strings, IRIs and
#: comments is refused.
_UPDATE_WORDS = "INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH|USING|DEFINE|SPARQL"
_UPDATE = re.compile(rf"(?<![\w:?$\-])(?:{_UPDATE_WORDS})(?![\w:\-])", re.IGNORECASE)
# The prologue: BASE <iri> and PREFIX pn: <iri> (the IRIs already blanked to a space).
_PROLOGUE = re.compile(
    r"\s*(?:(?:BASE|PREFIX\s*[A-Za-z\u00c0-\uffff][\w.\-]*:|PREFIX\s*:)\s*)*", re.I
)
_FIRST_WORD = re.compile(r"[A-Za-z]+")
# Schemes of store built-ins that run code in the store (Virtuoso's bif: and sql: functions).
_BUILTIN_SCHEME = re.compile(r"<\s*(?:bif|sql):|(?<![\w\-])(?:bif|sql):", re.IGNORECASE)


def _keep_iri(match: re.Match[str]) -> str:
    text = match.group(0)
    return text if text.startswith("<") else " "


def query_form(sparql: str) -> str | None:
    """The query form (``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``), or ``None`` when the
    text is not a read-only query: an update, a store extension, or no query at all.

    Every request to ``/sparql`` goes through this before any backend sees it: some stores
    (Virtuoso) run an update sent as ``query=``.

    >>> query_form("PREFIX ex: <http://e/> SELECT * { ?s ex:p ?o }")
    'SELECT'
    >>> query_form('ASK { ?s ?p "INSERT DATA" } # DELETE')
    'ASK'
    >>> query_form("INSERT DATA { <http://e/s> <http://e/p> 1 }") is None
    True
    >>> query_form("SELECT * { ?s ?p ?o } ; DROP ALL") is None
    True
    >>> query_form("SELECT * { ?s ?p ?o FILTER(bif:contains(?o, 'x')) }") is None
    True
    """
    return _classify(sparql)[0]


def _classify(sparql: str) -> tuple[str | None, str | None]:
    """(query form, None) for a read-only query, else (None, why): "update", "builtin" or
    "syntax" — each check made once."""
    text = strip_opaque(sparql)
    if _UPDATE.search(text):
        return None, "update"
    if _BUILTIN_SCHEME.search(_OPAQUE.sub(_keep_iri, sparql)):
        return None, "builtin"
    prologue = _PROLOGUE.match(text)
    rest = text[prologue.end() :] if prologue else text
    word = _FIRST_WORD.match(rest)
    form = word.group(0).upper() if word else None
    return (form, None) if form in QUERY_FORMS else (None, "syntax")


def update_refused() -> ApiError:
    """The one error for an update sent where only queries are accepted."""
    return ApiError(
        400,
        "update_not_allowed",
        "This endpoint is read-only: SPARQL Update is not accepted and nothing was executed.",
    )


def require_query(sparql: str) -> str:
    """The query form of ``sparql``; raise when it is anything but a read-only query.

    Updates get ``update_not_allowed``, store built-ins ``query_refused``, other text a syntax
    error: nothing that is not a SELECT, ASK, CONSTRUCT or DESCRIBE query reaches a store.
    """
    form, refusal = _classify(sparql)
    if form is not None:
        return form
    if refusal == "update":
        raise update_refused()
    if refusal == "builtin":
        raise QueryRefusedError(
            "Store built-in functions (bif:, sql:) are not allowed.",
            details={"refused": "builtin"},
        )
    raise QuerySyntaxError(
        "Not a SPARQL query: after the prologue (BASE, PREFIX) it must begin with SELECT, ASK,"
        " CONSTRUCT or DESCRIBE.",
        details={"line": 1, "column": 1},
    )


def strip_opaque(sparql: str) -> str:
    """Replace strings, IRIs and comments by a space, leaving keywords and punctuation.

    >>> strip_opaque('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE')
    'SELECT * WHERE { ?s ?p   }  '
    """
    return _OPAQUE.sub(" ", sparql)


def uses_service(sparql: str) -> bool:
    """Whether the query contains a ``SERVICE`` clause (federated query).

    >>> uses_service("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT * { ?service ex:SERVICE "SERVICE" }')
    False
    >>> uses_service("SELECT * { ?s ?p ?o .SERVICE <http://x/sparql> { ?s ?p ?o } }")
    True
    """
    return _SERVICE.search(strip_opaque(sparql)) is not None


def _iri_brackets(match: re.Match[str]) -> str:
    # "<" may be the less-than operator ("?a<((1))>0"): brackets inside what looks like an IRI
    # still count, so nesting cannot hide there; strings and comments count for nothing.
    text = match.group(0)
    return "".join(_BRACKET.findall(text)) if text.startswith("<") else " "


def nesting_depth(sparql: str) -> int:
    """How deep ``{ ( [`` nest outside strings and comments.

    >>> nesting_depth("SELECT * { ?s ?p ?o FILTER(?o > (1 + 2)) } # ((((")
    3
    """
    depth = deepest = 0
    for bracket in _BRACKET.findall(_OPAQUE.sub(_iri_brackets, sparql)):
        if bracket in "{([":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth = max(depth - 1, 0)
    return deepest


def operator_count(sparql: str) -> int:
    """How many operators (and UNION, OPTIONAL, MINUS, EXISTS) the query holds; may over-count.

    >>> operator_count("SELECT ?s { { ?s ex:a-b ?o } UNION { ?s ?p 1 } FILTER(!(?o + 1 > 2)) }")
    3
    """
    return len(_OPERATOR.findall(_NAME.sub(" ", strip_opaque(sparql))))


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query declares its own dataset with ``FROM`` / ``FROM NAMED``.

    >>> has_dataset_clause("SELECT * FROM <http://g> { ?s ?p ?o }")
    True
    >>> has_dataset_clause("SELECT * { ?s <http://from> ?o }")
    False
    """
    return _FROM.search(strip_opaque(sparql)) is not None


def _same_length_blank(match: re.Match[str]) -> str:
    text = match.group(0)
    return text if text.startswith("<") else re.sub(r"[^\n]", " ", text)


_BASE_DECLARATION = re.compile(r"(?<![\w:?$\-])BASE\s*<[^<>]*>", re.IGNORECASE)


def base_declaration(sparql: str) -> tuple[int, int] | None:
    """Where the query's ``BASE <…>`` declaration is (start, end), outside strings/comments.

    >>> base_declaration('PREFIX a: <http://a/> # BASE <x>\\nBASE <http://e/> ASK {}')
    (33, 49)
    """
    found = _BASE_DECLARATION.search(_OPAQUE.sub(_same_length_blank, sparql))
    return found.span() if found else None


def has_base(sparql: str) -> bool:
    """Whether the query declares its own ``BASE`` (only a prologue can hold the keyword).

    >>> has_base("BASE <http://e/> SELECT * { ?s ?p <o> }"), has_base("SELECT ?base { }")
    (True, False)
    """
    return _BASE.search(strip_opaque(sparql)) is not None


__all__ = [
    "MAX_NESTING",
    "MAX_OPERATORS",
    "QUERY_FORMS",
    "base_declaration",
    "has_base",
    "has_dataset_clause",
    "nesting_depth",
    "operator_count",
    "query_form",
    "require_query",
    "strip_opaque",
    "update_refused",
    "uses_service",
]
