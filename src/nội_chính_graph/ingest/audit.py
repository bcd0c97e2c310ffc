"""The audit log: one JSON object per line for every write attempt (accepted or refused).

It is a file, not a named graph, on purpose: reverting an ingest must leave the dataset exactly
as it was before, while the log keeps the history (the ingest *and* its revert). The file sits
beside the store folder, ``{data_dir}.audit.jsonl`` (for every backend; the folder itself
belongs to RocksDB). Entries name the steward, never a token.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

from nội_chính_graph.config import Settings


def audit_path(settings: Settings) -> Path:
    """Where the audit log of ``settings``' store lives.

    >>> audit_path(Settings(data_dir=Path("/srv/ncg-store"))).as_posix()
    '/srv/ncg-store.audit.jsonl'
    """
    folder = settings.data_dir
    return folder.with_name(folder.name + ".audit.jsonl")


class AuditLog:
    """Appends entries to a JSON Lines file (one ``write`` + ``flush`` per entry, under a lock).

    >>> import tempfile
    >>> log = AuditLog(Path(tempfile.mkdtemp()) / "audit.jsonl")
    >>> log.append("ingest", steward="alice", ingest_id="abc", outcome="committed")
    >>> log.entries()[0]["action"], log.entries()[0]["steward"]
    ('ingest', 'alice')
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def append(self, action: str, **fields: Any) -> None:
        """Record one event with the current UTC time."""
        entry = {"time": dt.datetime.now(dt.UTC).isoformat(), "action": action, **fields}
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True, default=str)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as out:
                out.write(line + "\n")
                out.flush()

    def entries(self) -> list[dict[str, Any]]:
        """Every entry so far, oldest first (empty when there is no log yet)."""
        if not self.path.exists():
            return []
        lines = self.path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]


__all__ = ["AuditLog", "audit_path"]
