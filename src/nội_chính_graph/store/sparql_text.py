"""Look at SPARQL text without running it: which keywords occur outside strings, IRIs, comments.

A full parse is the engine's job; these checks only need to know whether a keyword token is
present, so a small lexer that blanks out the places keywords cannot hide in is enough. It errs
on the side of finding a keyword (a false positive refuses a query; it never lets one through).
"""

import re

_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long double-quoted string
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"  # long single-quoted string
    r'|"(?:[^"\\\n\r]|\\.)*"'  # double-quoted string
    r"|'(?:[^'\\\n\r]|\\.)*'"  # single-quoted string
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"  # IRI reference (cannot contain spaces or '<')
    r"|#[^\n\r]*",  # comment
    re.DOTALL,
)


def _keyword(word: str) -> re.Pattern[str]:
    # Not part of a prefixed name, variable or longer word on either side. A "." before the
    # word does not hide it: it ends a triple pattern ("?o .SERVICE <…>", "1.SERVICE <…>");
    # only a local name like ex:a.service is refused by mistake.
    return re.compile(rf"(?<![\w:?$\-]){word}(?![\w:\-])", re.IGNORECASE)


_SERVICE = _keyword("SERVICE")
_FROM = _keyword("FROM")

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


__all__ = [
    "MAX_NESTING",
    "MAX_OPERATORS",
    "has_dataset_clause",
    "nesting_depth",
    "operator_count",
    "strip_opaque",
    "uses_service",
]
