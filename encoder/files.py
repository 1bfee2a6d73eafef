"""Writing files so that nothing is half-written and no editor's work is overwritten.

Every output goes to a temporary file in the target folder and is renamed over the
target: a reader (or a build killed midway) sees the old file or the new one, never a
part. Generated TEI files are recorded with a hash of what was written, so a later run
can tell a file an editor has changed by hand from one it may replace.

The record of a folder is its manifest, ``.encoder-manifest.json``, plus journals
(``.encoder-journal.<pid>.jsonl``) that the processes of a running build append to, one
complete JSON line per event:

``{"intent": NAME, "output": SHA}``
    written *before* a new TEI file is renamed into place: if the build is killed right
    after the rename, the next one still knows the file as its own (not an editor's) and
    simply encodes it again.
``{"record": NAME, "entry": {...}}``
    written once a document's outputs are all in place: the new manifest entry.
``{"patch": NAME, "if_output": SHA, "set": {...}}``
    a later fact about the same output (e.g. the HTML was rendered from it).

A line cut short by a kill is ignored, so a killed build loses at most the records of the
documents it was working on. :meth:`Manifest.compact` folds the journals into the
manifest (written atomically) and removes them; every build starts and ends with it.
Journals are appended with single ``write`` calls and not fsync'ed: they survive the
process being killed, which is what they are for; after a power cut, a lost line only
means that a document is encoded again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import BinaryIO, Iterator

__all__ = [
    "write_atomic", "atomic_output", "digest", "digest_file", "Manifest", "Journal", "MANIFEST_NAME",
    "remove_stale_temporaries", "exclusive", "FolderBusy",
]

MANIFEST_NAME = ".encoder-manifest.json"
LOCK_NAME = ".encoder-lock"
JOURNAL_PREFIX = ".encoder-journal."
JOURNAL_SUFFIX = ".jsonl"
MANIFEST_FORMAT = 2


@contextlib.contextmanager
def atomic_output(path: str | Path, *, sync: bool = True) -> Iterator[BinaryIO]:
    """A binary stream whose bytes replace ``path`` only when the block ends without error.

    The data goes to a temporary file in the same folder, renamed over ``path`` at the
    end: a reader (or a process killed midway) sees the old file or the new one, never a
    part. ``sync`` flushes the data to disk before the rename, so that even a power cut
    leaves one or the other; a killed process does that without it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
            stream.flush()
            if sync:
                os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # mkstemp makes 0600; editions are read by others too
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def write_atomic(path: str | Path, data: bytes, *, sync: bool = True) -> None:
    """Write data to path atomically (see `atomic_output`)."""
    with atomic_output(path, sync=sync) as stream:
        stream.write(data)


def remove_stale_temporaries(folder: str | Path) -> int:
    """Remove the temporary files (``.NAME.xxxx.tmp``) a killed run left in folder."""
    removed = 0
    try:
        candidates = list(Path(folder).glob(".*.tmp"))
    except OSError:
        return 0
    for candidate in candidates:
        try:
            candidate.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def digest_file(path: str | Path) -> str | None:
    """The sha256 of a file's bytes, or None if it cannot be read."""
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return None


class Journal:
    """One process's append-only log of what it wrote into a folder (see the module doc)."""

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.path = self.folder / f"{JOURNAL_PREFIX}{os.getpid()}{JOURNAL_SUFFIX}"
        self._fd: int | None = None
        self._pid = os.getpid()

    def _append(self, event: dict) -> None:
        if self._fd is not None and self._pid == os.getpid() and not self.path.exists():
            os.close(self._fd)  # compacted away since: start a new file
            self._fd = None
        if self._fd is None or self._pid != os.getpid():  # a forked child gets its own file
            self._pid = os.getpid()
            self.path = self.folder / f"{JOURNAL_PREFIX}{self._pid}{JOURNAL_SUFFIX}"
            self.folder.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        event["t"] = time.time_ns()
        line = (json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
        os.write(self._fd, line)  # one write: a kill leaves the line whole or cut, never mixed

    def intent(self, name: str, output: str) -> None:
        self._append({"intent": name, "output": output})

    def record(self, name: str, entry: dict) -> None:
        self._append({"record": name, "entry": entry})

    def patch(self, name: str, if_output: str, values: dict) -> None:
        self._append({"patch": name, "if_output": if_output, "set": values})

    def close(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            os.close(self._fd)
        self._fd = None


class Manifest:
    """What this tool wrote into a folder: file name -> a record of what was written.

    Each entry holds at least ``output`` (the sha256 of the bytes written); builds add
    ``input``, ``registry`` and ``version`` (what the file was made from) and more. Hashes
    written by a run that was killed before it recorded them are kept in ``pending``: the
    file is still ours.

    A file whose bytes match neither the recorded hash nor a pending one was edited after
    it was generated; `is_hand_edited` says so, and callers refuse to overwrite it unless
    forced.
    """

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.path = self.folder / MANIFEST_NAME
        self.state: dict = {}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            data = {}
        if isinstance(data, dict) and data.get("format") == MANIFEST_FORMAT:
            self.entries: dict[str, dict] = data.get("files", {})
            self.state = data.get("state", {})
        else:  # the first format: a plain name -> entry mapping
            self.entries = data if isinstance(data, dict) else {}
        self.journals = sorted(self.folder.glob(f"{JOURNAL_PREFIX}*{JOURNAL_SUFFIX}"))
        if self.journals:
            self._replay(self.journals)

    def _replay(self, journals: list[Path]) -> None:
        events = []
        for journal in journals:
            try:
                lines = journal.read_bytes().split(b"\n")
            except OSError:
                continue
            for line in lines:
                try:
                    event = json.loads(line)
                except ValueError:  # empty, or cut short by a kill
                    continue
                if isinstance(event, dict):
                    events.append(event)
        events.sort(key=lambda e: e.get("t", 0))
        for event in events:
            if "intent" in event:
                entry = self.entries.setdefault(event["intent"], {})
                pending = entry.setdefault("pending", [])
                if event["output"] not in pending:
                    pending.append(event["output"])
            elif "record" in event:
                self.entries[event["record"]] = event["entry"]
            elif "patch" in event:
                entry = self.entries.get(event["patch"])
                if entry is not None and entry.get("output") == event.get("if_output"):
                    entry.update(event["set"])

    def known_outputs(self, name: str) -> set[str]:
        entry = self.entries.get(name, {})
        known = set(entry.get("pending", ()))
        if entry.get("output"):
            known.add(entry["output"])
        return known

    def is_hand_edited(self, name: str, current: str | None = None) -> bool:
        """True if ``name`` exists and is not what this tool last wrote (nor was writing).

        ``current``: the file's sha256 if the caller has it already.
        """
        target = self.folder / name
        if current is None:
            if not target.exists():
                return False
            current = digest_file(target)
            if current is None:
                return False
        # A file we never wrote (or wrote before manifests existed) has no known hash:
        # it is treated as an editor's.
        return current not in self.known_outputs(name)

    def get(self, name: str) -> dict:
        return self.entries.get(name, {})

    def record(self, name: str, **values) -> None:
        self.entries[name] = values

    def save(self) -> None:
        # Compact, unindented: the C encoder (an indented dump is ~10x slower on 10,000 entries).
        data = json.dumps(
            {"format": MANIFEST_FORMAT, "files": self.entries, "state": self.state},
            ensure_ascii=False, separators=(",", ":"),
        ).encode("utf-8")
        write_atomic(self.path, data)

    def compact(self) -> None:
        """Write the manifest with everything the journals say, then remove the journals."""
        self.save()
        for journal in self.journals:
            try:
                journal.unlink()
            except OSError:
                pass
        self.journals = []

    def reload(self) -> "Manifest":
        """The manifest as it is on disk now, journals included."""
        return Manifest(self.folder)


class FolderBusy(Exception):
    """Another process holds the folder (see :func:`exclusive`)."""

    def __init__(self, folder: Path, holder: str):
        self.folder, self.holder = folder, holder
        who = f"process {holder}" if holder else "another process"
        super().__init__(f"{folder} is being written by {who} (another encoder build); wait for it to finish")


@contextlib.contextmanager
def exclusive(folder: str | Path) -> Iterator[None]:
    """Hold ``folder`` for one run: a second run into the same folder stops at once.

    Two builds writing one folder would interleave their manifests and pages. The lock is
    an advisory ``flock`` on ``FOLDER/.encoder-lock`` (it holds the owner's pid, for the
    message); the operating system releases it when the process ends, even when killed,
    so a stale lock never blocks the next build. Where ``fcntl`` is missing (Windows) no
    lock is taken.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    descriptor = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = os.pread(descriptor, 32, 0).decode("ascii", "replace").strip()
            raise FolderBusy(folder, holder) from None
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, str(os.getpid()).encode("ascii"), 0)
        yield
    finally:
        os.close(descriptor)
