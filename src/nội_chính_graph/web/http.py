"""HTTP helpers shared by the routes: language, ETags and 304s, RFC 8288 ``Link`` headers."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from fastapi import Request, Response

from nội_chính_graph.search.catalogue import LANGUAGES

T = TypeVar("T")


def pick_language(lang: str | None, accept_language: str | None) -> str:
    """``?lang=`` if given, else the first supported language of Accept-Language, else vi.

    >>> pick_language(None, "en-GB,en;q=0.9"), pick_language("vi", "en"), pick_language(None, None)
    ('en', 'vi', 'vi')
    """
    if lang:
        return lang
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((accept_language or "").split(",")):
        tag, *params = item.strip().split(";")
        q = 1.0
        for param in params:
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and q > 0:
            ranked.append((-q, position, primary))
    return min(ranked)[2] if ranked else "vi"


def etag_for(request: Request, generation: int, lang: str) -> str:
    """A weak validator: same store generation, path, parameters, language and format."""
    query = sorted(request.query_params.multi_items())
    accept = request.headers.get("accept", "")
    key = f"{generation}|{request.url.path}|{query}|{lang}|{accept}"
    return 'W/"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'


def _matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    tags = {t.strip().removeprefix("W/") for t in header.split(",")}
    return "*" in tags or etag.removeprefix("W/") in tags


def conditional(
    request: Request,
    response: Response,
    generation: int,
    lang: str,
    build: Callable[[], T],
) -> T | Response:
    """Answer 304 when the client's ``If-None-Match`` still holds, else build the body.

    The ETag, ``Vary`` and ``Content-Language`` headers go on either answer.
    """
    etag = etag_for(request, generation, lang)
    headers = {"ETag": etag, "Vary": "Accept, Accept-Language", "Content-Language": lang}
    if _matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    response.headers.update(headers)
    return build()


def link_header(request: Request, offset: int, limit: int, total: int) -> str:
    """RFC 8288 ``Link`` relations first/prev/next/last for an offset-paginated list."""

    def url(at: int) -> str:
        return str(request.url.include_query_params(offset=at, limit=limit))

    links = [f'<{url(0)}>; rel="first"']
    if offset > 0:
        links.append(f'<{url(max(offset - limit, 0))}>; rel="prev"')
    if offset + limit < total:
        links.append(f'<{url(offset + limit)}>; rel="next"')
    last = max(((total - 1) // limit) * limit, 0) if total else 0
    links.append(f'<{url(last)}>; rel="last"')
    return ", ".join(links)


__all__ = ["conditional", "etag_for", "link_header", "pick_language"]
