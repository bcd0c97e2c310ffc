"""How a command opens the store when ``ncg serve`` may already hold it.

RocksDB lets one process open an on-disk store for writing; ``ncg serve`` holds that lock while
it runs. So a command that only reads (``query``, ``export``, ``ingest --dry-run``, ``review``
lists) opens the store read-only beside it, and a command that writes either goes through the
running server (``ncg ingest``, with a steward token) or says in one line what to do.

``ncg serve`` leaves a note of where it listens beside the store (``{NCG_DATA_DIR}.server.json``)
so the other commands can name it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from nội_chính_graph.config import Settings
from nội_chính_graph.errors import NcgError, StoreError
from nội_chính_graph.store.base import Store
from nội_chính_graph.store.factory import open_store
from nội_chính_graph.store.oxigraph import OxigraphStore


class StoreInUseError(NcgError):
    """The on-disk store is open for writing in another process."""

    status = 409
    code = "store_in_use"


@dataclass(frozen=True)
class ServerNote:
    """Where a running ``ncg serve`` listens, and its process id."""

    url: str
    pid: int


def note_path(settings: Settings) -> Path:
    """``{data_dir}.server.json``: the note a running ``ncg serve`` leaves beside its store.

    >>> note_path(Settings(data_dir=Path("ncg-store"))).name
    'ncg-store.server.json'
    """
    folder = Path(settings.data_dir)
    return folder.with_name(folder.name + ".server.json")


@contextmanager
def server_note(settings: Settings, host: str, port: int) -> Iterator[None]:
    """Leave the note while the server runs (on-disk stores only)."""
    if settings.store != "oxigraph":
        yield
        return
    path = note_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    url = f"http://[{shown}]:{port}" if ":" in shown else f"http://{shown}:{port}"
    path.write_text(json.dumps({"url": url, "pid": os.getpid()}), encoding="utf-8")
    try:
        yield
    finally:
        path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def running_server(settings: Settings) -> ServerNote | None:
    """The server serving this store, from its note (None: no note, or its process is gone)."""
    try:
        data = json.loads(note_path(settings).read_text(encoding="utf-8"))
        note = ServerNote(str(data["url"]), int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return note if _alive(note.pid) else None


def _is_lock(exc: OSError) -> bool:
    text = str(exc).lower()
    return "lock" in text or "resource temporarily unavailable" in text


def in_use(settings: Settings, what_to_do: str) -> StoreInUseError:
    """The one-line error for a write while another process holds the store."""
    server = running_server(settings)
    holder = f"ncg serve at {server.url} (pid {server.pid})" if server else "another process"
    return StoreInUseError(f"the store {settings.data_dir} is in use by {holder}; {what_to_do}")


STOP_OR_OTHER_STORE = "stop it first (Ctrl+C), or give another folder with --store DIR"


def open_for(settings: Settings, *, writes: bool, hint: str = STOP_OR_OTHER_STORE) -> Store:
    """Open the configured store; an on-disk store held by another process is opened read-only
    for a reader, and refused with :class:`StoreInUseError` (saying ``hint``) for a writer."""
    try:
        return open_store(settings)
    except OSError as exc:
        if settings.store != "oxigraph" or not _is_lock(exc):
            raise StoreError(f"cannot open the store {settings.data_dir}: {exc}") from exc
    if writes:
        raise in_use(settings, hint)
    try:
        return OxigraphStore(Path(settings.data_dir), read_only=True)
    except OSError as exc:  # the server was writing at that very moment
        raise StoreError(f"cannot read the store {settings.data_dir}: {exc}; try again") from exc


__all__ = [
    "STOP_OR_OTHER_STORE",
    "ServerNote",
    "StoreInUseError",
    "in_use",
    "note_path",
    "open_for",
    "running_server",
    "server_note",
]
