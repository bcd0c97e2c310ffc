"""Open the store the settings ask for."""

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import StoreError
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.store.remote import RemoteStore


def _check_default_graph(store: RemoteStore) -> None:
    """Refuse a server whose default graph is its own union of the named graphs (a bag that
    hides the merge this backend keeps); fill the merge of a store written before it existed."""
    if not store.default_graph_is_the_merge():
        raise StoreError(
            "The remote store's default graph is the union of its named graphs, which repeats a "
            "triple once per graph; the store keeps the merge (a set) in the default graph "
            "itself. Start Oxigraph server without --union-default-graph "
            "(oxigraph serve --location DIR --bind HOST:PORT --timeout-s N).",
            details={"refused": "--union-default-graph"},
        )
    store.merge_if_missing()


def open_remote(settings: Settings) -> RemoteStore:
    """Open the remote store and check its default graph at once (see
    :mod:`nội_chính_graph.store.default_graph`); a server started with
    ``--union-default-graph`` is refused here, with a message naming the flag.
    """
    store = RemoteStore.from_settings(settings)
    try:
        _check_default_graph(store)
    except BaseException:
        store.close()
        raise
    return store


def open_store(settings: Settings) -> Store:
    """Open the configured backend: on-disk Oxigraph, in-memory Oxigraph, or a remote server.

    >>> open_store(Settings(store="memory")).count()
    0
    """
    if settings.store == "memory":
        return OxigraphStore()
    if settings.store == "remote":
        return open_remote(settings)
    return OxigraphStore(settings.data_dir)


__all__ = ["open_remote", "open_store"]
