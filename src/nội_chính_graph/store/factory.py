"""Open the store the settings ask for."""

from nội_chính_graph.config import Settings
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.oxigraph import OxigraphStore
from nội_chính_graph.store.remote import RemoteStore


def open_store(settings: Settings) -> Store:
    """Open the configured backend: on-disk Oxigraph, in-memory Oxigraph, or a remote server.

    >>> open_store(Settings(store="memory")).count()
    0
    """
    if settings.store == "memory":
        return OxigraphStore()
    if settings.store == "remote":
        return RemoteStore.from_settings(settings)
    return OxigraphStore(settings.data_dir)


__all__ = ["open_store"]
