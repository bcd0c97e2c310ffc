"""Entity labels and the in-memory name search built from them."""

from nội_chính_graph.search.catalogue import Catalogue, EntityInfo, build_catalogue
from nội_chính_graph.search.index import SearchHit, SearchIndex

__all__ = ["Catalogue", "EntityInfo", "SearchHit", "SearchIndex", "build_catalogue"]
