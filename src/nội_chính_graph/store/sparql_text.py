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
    # Not part of a prefixed name, variable or longer word on either side.
    return re.compile(rf"(?<![\w:?$\-.]){word}(?![\w:\-])", re.IGNORECASE)


_SERVICE = _keyword("SERVICE")
_FROM = _keyword("FROM")


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
    """
    return _SERVICE.search(strip_opaque(sparql)) is not None


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query declares its own dataset with ``FROM`` / ``FROM NAMED``.

    >>> has_dataset_clause("SELECT * FROM <http://g> { ?s ?p ?o }")
    True
    >>> has_dataset_clause("SELECT * { ?s <http://from> ?o }")
    False
    """
    return _FROM.search(strip_opaque(sparql)) is not None


__all__ = ["has_dataset_clause", "strip_opaque", "uses_service"]
