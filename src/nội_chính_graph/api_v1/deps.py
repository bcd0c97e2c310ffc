"""Request parameters shared by the routers, as ``Annotated`` aliases."""

from typing import Annotated

from fastapi import Header, Query

from nội_chính_graph.api_v1.http import pick_language
from nội_chính_graph.api_v1.models import Lang


def language(
    lang: Annotated[
        Lang | None, Query(description="Label language; default from Accept-Language, else vi.")
    ] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> str:
    """The response language: ``?lang=``, else Accept-Language, else ``vi``."""
    return pick_language(lang, accept_language)


Limit = Annotated[int, Query(ge=1, le=100, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Items to skip.")]

__all__ = ["Limit", "Offset", "language"]
