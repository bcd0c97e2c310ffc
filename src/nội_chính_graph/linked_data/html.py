"""Small, dependency-free HTML pages: one per entity, and the ontology's documentation."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from nội_chính_graph.queries.ids import ID_BASE

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
line-height:1.45;color:#1b1b1b}
table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{width:28%;font-weight:600}code{font-size:.9em}
.muted{color:#666}nav a{margin-right:1rem}section{margin-top:2rem}
"""


@dataclass
class Row:
    """One property row: the property (text, link) and its values (text, link or None)."""

    prop: str
    prop_href: str | None
    values: list[tuple[str, str | None]] = field(default_factory=list)


def local_href(iri: str) -> str:
    """Where a browser should go for an IRI: our own ``/id/…`` path for our IRIs.

    >>> local_href("https://w3id.org/noi-chinh/id/agency/bo-cong-an")
    '/id/agency/bo-cong-an'
    """
    return "/id/" + iri[len(ID_BASE) :] if iri.startswith(ID_BASE) else iri


def link(text: str, href: str | None) -> str:
    """An escaped anchor (or plain text when there is no target)."""
    if href is None:
        return escape(text)
    return f'<a href="{escape(href, quote=True)}">{escape(text)}</a>'


def page(
    title: str, body: str, alternates: Iterable[tuple[str, str]] = (), lang: str = "vi"
) -> str:
    """A complete HTML document; ``alternates`` are (media type, href) of other formats."""
    links = "".join(
        f'<link rel="alternate" type="{escape(t)}" href="{escape(h, quote=True)}">'
        for t, h in alternates
    )
    nav = " ".join(link(t, h) for t, h in alternates)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title>{links}<style>{_STYLE}</style></head>"
        f"<body><h1>{escape(title)}</h1>"
        f'<nav class="muted">{nav}</nav>{body}</body></html>'
    )


def table(rows: Iterable[Row]) -> str:
    """A property/value table."""
    cells = []
    for row in rows:
        values = "<br>".join(link(text, href) for text, href in row.values)
        cells.append(f"<tr><th>{link(row.prop, row.prop_href)}</th><td>{values}</td></tr>")
    return "<table>" + "".join(cells) + "</table>"


__all__ = ["Row", "link", "local_href", "page", "table"]
