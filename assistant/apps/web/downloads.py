"""Files made for a download (briefings, exports, calendars, eval items) — never left behind.

Each file gets its own sub-folder of one folder owned by this process; anything older than ``ttl`` seconds is
removed at the next write (Gradio copies a returned file into its own cache at once, and cleans that cache
itself: see ``DELETE_CACHE``), and the whole folder goes when the process exits.
"""
from __future__ import annotations

import atexit
import re
import shutil
import tempfile
import threading
import time
import uuid
from pathlib import Path

# gr.Blocks(delete_cache=…): every 5 minutes, Gradio removes the files it cached that are older than 15 minutes
DELETE_CACHE = (300, 900)


class Downloads:
    def __init__(self, ttl: float = 600.0, root: Path | None = None):
        self.ttl = ttl
        self.dir = Path(root) if root else Path(tempfile.mkdtemp(prefix="par-downloads-"))
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        atexit.register(self.close)

    def write(self, name: str, data: bytes) -> str:
        """Write ``data`` under ``name`` (kept as the download's file name); returns the path."""
        self.sweep()
        safe = re.sub(r"[^\w.\- ]+", "_", Path(name).name).strip() or "tai-ve"
        sub = self.dir / uuid.uuid4().hex
        sub.mkdir()
        path = sub / safe
        path.write_bytes(data)
        return str(path)

    def sweep(self, now: float | None = None) -> int:
        """Remove the files older than the time to live; returns how many folders were removed."""
        now = time.time() if now is None else now
        removed = 0
        with self._lock:
            for p in list(self.dir.iterdir()) if self.dir.exists() else []:
                try:
                    if now - p.stat().st_mtime >= self.ttl:
                        shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
                        removed += 1
                except FileNotFoundError:
                    continue
        return removed

    def count(self) -> int:
        return sum(1 for _ in self.dir.iterdir()) if self.dir.exists() else 0

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


_shared: Downloads | None = None


def downloads() -> Downloads:
    """The process's download folder."""
    global _shared
    if _shared is None:
        _shared = Downloads()
    return _shared
