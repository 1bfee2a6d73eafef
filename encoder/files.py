"""Writing files so that nothing is half-written and no editor's work is overwritten.

Every output goes to a temporary file in the target folder and is renamed over the
target: a reader (or a build killed midway) sees the old file or the new one, never a
part. Generated TEI files are recorded with a hash of what was written, so a later run
can tell a file an editor has changed by hand from one it may replace.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

__all__ = ["write_atomic", "digest", "Manifest", "MANIFEST_NAME"]

MANIFEST_NAME = ".encoder-manifest.json"


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write data to path via a temporary file and an atomic rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Manifest:
    """What this tool wrote into a folder: file name -> hash of the bytes written.

    A file whose bytes no longer match its recorded hash was edited after it was
    generated; `is_hand_edited` says so, and callers refuse to overwrite it unless forced.
    """

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.path = self.folder / MANIFEST_NAME
        try:
            self.entries: dict[str, dict] = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            self.entries = {}

    def is_hand_edited(self, name: str) -> bool:
        target = self.folder / name
        if not target.exists():
            return False
        recorded = self.entries.get(name, {}).get("output")
        if recorded is None:
            # A file we never wrote (or wrote before manifests existed): treat as an editor's.
            return True
        return digest(target.read_bytes()) != recorded

    def get(self, name: str) -> dict:
        return self.entries.get(name, {})

    def record(self, name: str, **values: str) -> None:
        self.entries[name] = values

    def save(self) -> None:
        data = json.dumps(self.entries, indent=1, sort_keys=True).encode("utf-8")
        write_atomic(self.path, data)
