"""Open the store the settings ask for."""

from nội_chính_graph.config import Settings
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.store.remote import RemoteStore
from nội_chính_graph.store.remote_server import require_union_default_graph


def open_remote(settings: Settings) -> RemoteStore:
    """Open the remote store and check it at once: a server whose default graph is not the
    union of its named graphs is refused here, with a message naming the flag to start it with.
    """
    store = RemoteStore.from_settings(settings)
    try:
        require_union_default_graph(store)
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
