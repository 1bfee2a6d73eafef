"""Corpus runs: find the transcriptions, encode, validate and render them, summarize.

One bad file never stops the others: its problem is reported and counted. A generated
TEI file that an editor has changed by hand is kept (and rendered from), never silently
overwritten; ``force`` overrides that.

A build is incremental: the manifest of the TEI folder (:mod:`encoder.files`) records,
for every document, the hashes of its transcription (with its ``.meta.json``), of the
registry and the encoder version it was made with, of the TEI written, of the TEI that
was validated (and the verdict) and of the TEI the HTML was rendered from. A document
whose record still matches is not encoded, validated or rendered again.

It runs on every core (``jobs``): documents are independent, so each worker process
encodes, validates and renders whole documents and appends what it wrote to its own
journal; the parent only decides what to do, counts, and writes the index and review.
"""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import os
import signal
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Executor, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import __version__
from .files import Journal, Manifest, digest, digest_file, exclusive, remove_stale_temporaries, write_atomic
from .model import Problem
from .names.registry import Registry, load_registry
from .pipeline import Encoded, document_id, encode_file
from .source import SIDECAR_SUFFIX, SourceError
from .tei import serialize

__all__ = [
    "discover", "registry_files", "starter_registry", "registry_digest", "input_digest",
    "EncodeOutcome", "encode_to", "BuildSummary", "build_edition", "write_review",
    "render_outputs", "review_of", "default_jobs", "edition_title",
]

INPUT_SUFFIXES = (".txt",)
SKIP_DIRS = {"registry", "_build", ".git", "__pycache__"}


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Transcription files named directly or found (recursively, sorted) in folders."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            for candidate in sorted(path.rglob("*")):
                if any(part in SKIP_DIRS or part.startswith(".") for part in candidate.relative_to(path).parts[:-1]):
                    continue
                if candidate.is_file() and candidate.suffix in INPUT_SUFFIXES and not candidate.name.endswith(SIDECAR_SUFFIX):
                    found.append(candidate)
        else:
            found.append(path)
    return found


def starter_registry() -> list[Path]:
    """The Cold War starter registry shipped with encoder (``editions/registry/``)."""
    folder = Path(str(resources.files("encoder.registry")))
    return sorted(folder.glob("*.xml"))


def registry_files(edition: Path, extra: Iterable[str | Path] = ()) -> list[Path]:
    """The edition's registry (``EDITION/registry/*.xml``, else the starter), then any given."""
    folder = edition / "registry"
    files = sorted(folder.glob("*.xml")) if folder.is_dir() else []
    return (files or starter_registry()) + [Path(p) for p in extra]


def registry_digest(paths: Iterable[str | Path]) -> str:
    """One hash of the registry files' contents, in the order they are read."""
    parts = []
    for path in paths:
        parts.append(digest(Path(path).read_bytes()))
    return digest("\n".join(parts).encode("ascii"))


def input_digest(path: Path) -> str | None:
    """The hash of a transcription and of its ``NAME.meta.json`` (if any): what it is made from."""
    text = digest_file(path)
    if text is None:
        return None
    sidecar = digest_file(path.with_name(path.stem + SIDECAR_SUFFIX))
    return text if sidecar is None else digest(f"{text}\n{sidecar}".encode("ascii"))


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def review_of(encoded: Encoded) -> list[dict]:
    """One document's names without a registry link: one entry per distinct name.

    Kept in the manifest so that an unchanged document, which is not encoded again,
    still counts in the review report.
    """
    table: dict[tuple[str, str], dict] = {}
    for mention, text, context in encoded.names:
        key = (mention.kind, " ".join(text.split()))
        entry = table.setdefault(key, {
            "kind": mention.kind, "name": key[1], "reason": mention.reason or "unknown",
            "candidates": list(mention.candidates) or ([mention.ref] if mention.ref else []),
            "count": 0, "contexts": [],
        })
        entry["count"] += 1
        if len(entry["contexts"]) < 3:
            entry["contexts"].append(context)
    return list(table.values())


def _problem_data(problem: Problem) -> list:
    return [problem.path, problem.line, problem.column, problem.message, problem.severity, problem.rule]


def _problem(data) -> Problem:
    return Problem(*data)


@dataclass
class EncodeOutcome:
    """What happened to one input."""

    input: Path
    output: Path | None = None
    status: str = "encoded"  # encoded | kept-edit | failed
    problems: list[Problem] = field(default_factory=list)
    encoded: Encoded | None = None
    review: list[dict] = field(default_factory=list)


def _kept_edit_problem(target: Path) -> Problem:
    return Problem(
        str(target), 0, 0,
        "changed by hand since it was generated: kept as it is (rendered from your edit); "
        "run with --force to replace it with a fresh encoding",
        "warning", "hand-edited",
    )


def encode_to(
    inputs: list[Path],
    out_dir: Path,
    registry: Registry,
    *,
    force: bool = False,
    encoding: str | None = None,
    today: str | None = None,
    progress: Callable[[EncodeOutcome], None] | None = None,
) -> list[EncodeOutcome]:
    """Encode each input to ``out_dir/<stem>.xml``, atomically, keeping hand-edited files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_dir)
    manifest = Manifest(out_dir)
    manifest.compact()
    journal = Journal(out_dir)
    outcomes = []
    names_taken: dict[str, Path] = {}
    try:
        for path in inputs:
            outcome = EncodeOutcome(path)
            name = document_id(path) + ".xml"
            if name in names_taken:
                outcome.status = "failed"
                outcome.problems.append(Problem(str(path), 0, 0, f"same output name {name} as {names_taken[name]}; rename one of them"))
                outcomes.append(outcome)
                continue
            names_taken[name] = path
            target = out_dir / name
            outcome.output = target
            try:
                encoded = encode_file(path, registry, encoding=encoding, today=today)
            except SourceError as error:
                outcome.status = "failed"
                outcome.problems.append(error.problem)
            else:
                outcome.encoded = encoded
                outcome.review = review_of(encoded)
                outcome.problems.extend(encoded.problems)
                if any(p.severity == "error" for p in encoded.problems):
                    outcome.status = "failed"
                elif not force and manifest.is_hand_edited(name):
                    outcome.status = "kept-edit"
                    outcome.problems.append(_kept_edit_problem(target))
                else:
                    data = serialize(encoded.tree)
                    written = digest(data)
                    journal.intent(name, written)
                    write_atomic(target, data)
                    entry = {"output": written, "input": input_digest(path), "version": __version__}
                    manifest.record(name, **entry)
                    journal.record(name, entry)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    finally:
        journal.close()
        manifest.reload().compact()
    return outcomes


def write_review(outcomes: Iterable[EncodeOutcome | list[dict]], out_dir: Path) -> tuple[Path, Path]:
    """The review report: names without a registry link, with counts and contexts.

    ``outcomes``: EncodeOutcomes, or each document's review entries (see `review_of`)
    as ``(document name, entries)`` pairs. An editor reads the text version and extends
    the registry in one pass; tools read the JSON.
    """
    table: dict[tuple[str, str, str], dict] = {}
    for item in outcomes:
        if isinstance(item, EncodeOutcome):
            if item.encoded is None and not item.review:
                continue
            document, entries = item.input.name, item.review or review_of(item.encoded)
        else:
            document, entries = item
        for found in entries:
            key = (found["kind"], found["name"], found["reason"])
            entry = table.setdefault(key, {
                "kind": found["kind"], "name": found["name"], "reason": found["reason"],
                "candidates": list(found["candidates"]), "count": 0, "contexts": [],
            })
            entry["count"] += found["count"]
            for context in found["contexts"]:
                if len(entry["contexts"]) < 3:
                    entry["contexts"].append({"document": document, "context": context})
    entries = sorted(table.values(), key=lambda e: (-e["count"], e["kind"], e["name"]))
    json_path = out_dir / "review.json"
    text_path = out_dir / "review.txt"
    write_atomic(json_path, json.dumps({"names": entries}, indent=1, ensure_ascii=False).encode("utf-8"))
    lines = [f"{len(entries)} names need review (no registry entry, more than one, or linked from a "
             "guessed spelling or from the document's own state)", ""]
    for entry in entries:
        joined = ", ".join(entry["candidates"])
        extra = (f" — linked to {joined}" if entry["reason"] in ("spelling", "home")
                 else f" — could be {joined}" if entry["candidates"] else "")
        lines.append(f"{entry['count']:4d}  {entry['kind']:<9} {entry['name']}  [{entry['reason']}]{extra}")
        for context in entry["contexts"]:
            lines.append(f"        {context['document']}: …{context['context']}…")
    write_atomic(text_path, ("\n".join(lines) + "\n").encode("utf-8"))
    return json_path, text_path


# --------------------------------------------------------------------------------------
# Progress: a bar on a terminal, a few plain lines elsewhere (CI logs).
# --------------------------------------------------------------------------------------


class Progress:
    """Counts documents through a stage.

    On a terminal, a tqdm bar on stderr; otherwise (CI, a pipe) a plain line at every
    tenth of the way or every 10 seconds, whichever comes first, through ``echo``.
    ``enabled=False`` says nothing at all.
    """

    def __init__(self, label: str, total: int, *, echo: Callable[[str], None], bar: bool, enabled: bool = True):
        self.label, self.total, self.echo, self.enabled = label, total, echo, enabled and total > 0
        self.done = 0
        self.started = self.last_time = time.perf_counter()
        self.next_mark = max(1, total // 10)
        self.bar = None
        if self.enabled and bar:
            from tqdm import tqdm

            self.bar = tqdm(total=total, desc=label, unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)

    def advance(self, count: int = 1) -> None:
        if not self.enabled:
            return
        self.done += count
        if self.bar is not None:
            self.bar.update(count)
            return
        now = time.perf_counter()
        if self.done >= self.next_mark or now - self.last_time >= 10 or self.done == self.total:
            rate = self.done / max(now - self.started, 1e-9)
            self.echo(f"{self.label}: {self.done}/{self.total} documents ({100 * self.done // self.total}%), {rate:.0f} per second")
            self.last_time = now
            while self.next_mark <= self.done:
                self.next_mark += max(1, self.total // 10)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------------------
# Workers: each process keeps its registry, validator and renderer for all its documents.
# --------------------------------------------------------------------------------------

# The state of this process as a builder: set in the parent before the worker processes
# are forked (so they share it), or by _init_worker where processes are spawned.
_STATE: dict = {}


def _prepare(*, registry_paths: list[str] | None, registry: Registry | None, tei_all: bool | None) -> None:
    """Load the registry and compile the grammars in this process, if not done already.

    Called in the parent before forking the workers: the registry and the compiled
    grammars are then shared by every worker through copy-on-write instead of being
    built again in each. Only what valid documents need is compiled (the project XSD and
    the restricted tei_all, ~0.1 s); the grammars that word the errors of an invalid
    document (~5 s) are compiled by a worker the first time it meets one.
    """
    if registry is not None:
        _STATE["registry"] = registry
    elif registry_paths is not None and "registry" not in _STATE:
        _STATE["registry"] = load_registry([Path(p) for p in registry_paths])
    if tei_all is not None:
        from .validate import Validator

        validator = Validator(tei_all=tei_all)
        _STATE["validator"] = validator
        if not _STATE.get("warm" + str(tei_all)):
            validator.compile()
            _STATE["warm" + str(tei_all)] = True


def _init_worker(registry_paths: list[str] | None, tei_all: bool | None, parent: int) -> None:
    """A worker's start: die with the parent, then have the registry and grammars."""
    if sys.platform.startswith("linux"):
        # If the build is killed (even with SIGKILL), its workers go too, instead of
        # finishing their documents after a new build has started.
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent:
            os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _prepare(registry_paths=registry_paths, registry=None, tei_all=tei_all)
    _STATE.pop("journals", None)


def _journal(folder: Path) -> Journal:
    journals = _STATE.setdefault("journals", {})
    if folder not in journals:
        journals[folder] = Journal(folder)
    return journals[folder]


REVIEW_DIR = ".encoder-review"


def _review_file(tei: Path) -> Path:
    """Where a document's names to review are kept: TEI_DIR/.encoder-review/NAME.json."""
    return tei.parent / REVIEW_DIR / (tei.name + ".json")


def _review_entries(tei: Path, entry: dict) -> list[dict]:
    try:
        return json.loads(_review_file(tei).read_bytes())
    except (OSError, ValueError):
        return entry.get("review", [])  # a manifest of the first builds kept them inline


def _encode_and_check(task: dict) -> dict:
    """One document: encode (if asked), write its TEI, validate it (if asked).

    Runs in a worker. Returns the document's manifest entry and what to report; the
    entry is also appended to this process's journal once the TEI is in place.
    """
    name, tei = task["name"], Path(task["tei"])
    entry = dict(task["base"])
    result = {"name": name, "status": task["status"], "problems": [], "entry": None, "seconds": {}}
    current = task["current"]
    if task["encode"]:
        started = time.perf_counter()
        try:
            encoded = encode_file(Path(task["input"]), _STATE["registry"], encoding=task["encoding"], today=task["today"])
        except SourceError as error:
            result["status"] = "failed"
            result["problems"].append(_problem_data(error.problem))
            return result
        warnings = [_problem_data(p) for p in encoded.problems]
        result["problems"].extend(warnings)
        if any(p.severity == "error" for p in encoded.problems):
            result["status"] = "failed"
            return result
        data = serialize(encoded.tree)
        current = digest(data)
        review = review_of(encoded)
        del encoded
        journal = _journal(tei.parent)
        # The names to review go beside the manifest, one small file per document, so
        # that no process holds those of the whole edition (memory stays flat).
        write_atomic(_review_file(tei), json.dumps(review, ensure_ascii=False).encode("utf-8"), sync=False)
        journal.intent(name, current)  # before the rename: see encoder.files
        write_atomic(tei, data)
        entry = {
            "output": current, "input": task["input_hash"], "registry": task["registry_hash"],
            "version": __version__, "source": Path(task["input"]).name, "warnings": len(warnings),
        }
        result["seconds"]["encode"] = time.perf_counter() - started
    if task["validate"]:
        started = time.perf_counter()
        errors = [_problem_data(p) for p in _STATE["validator"].iter_errors(tei) if p.severity == "error"]
        entry.update({"checked": current, "tei_all": task["tei_all"], "valid": not errors, "errors": errors})
        result["seconds"]["validate"] = time.perf_counter() - started
    result["entry"] = entry
    if task["encode"] or task["validate"]:
        _journal(tei.parent).record(name, entry)
    return result


def _run_chunk(function_name: str, tasks: list) -> list:
    function = globals()[function_name]
    return [function(task) for task in tasks]


def _run_all(function: Callable, tasks: list, executor: Executor | None, *, chunk: int = 4) -> Iterator:
    """Results of function over tasks, in the order they complete, in this process or the executor's."""
    if executor is None:
        for task in tasks:
            yield function(task)
        return
    # Small chunks keep every worker busy to the end; at most a few chunks per worker are
    # queued at once, so that a big corpus does not sit in the queue (memory stays flat).
    pending = set()
    queued = iter(range(0, len(tasks), chunk))
    window = 4 * getattr(executor, "_max_workers", 2)
    for start in queued:
        pending.add(executor.submit(_run_chunk, function.__name__, tasks[start:start + chunk]))
        if len(pending) >= window:
            break
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield from future.result()
            start = next(queued, None)
            if start is not None:
                pending.add(executor.submit(_run_chunk, function.__name__, tasks[start:start + chunk]))


# --------------------------------------------------------------------------------------
# Rendering: the one place the edition's HTML is made.
# --------------------------------------------------------------------------------------


def render_outputs(
    tei_files: list[Path],
    out_dir: Path,
    valid: dict[Path, bool],
    *,
    title: str = "Edition",
    on_rendered: Callable[[Path, str | None, Problem | None], None] | None = None,
    executor: Executor | None = None,
) -> list[Problem]:
    """Write the edition's static site into out_dir (see encoder.site): reading and
    diplomatic views, registers, index, timeline, map and search.

    This is the only function of the build that makes HTML. The site is made whole each
    time anything changed, because its registers, index and search cover every document.
    ``on_rendered`` is told of each document: (tei, sha256 of the TEI its pages were made
    from, or None; problem or None). Returns the problems.
    """
    from .render import RenderError
    from .site import build_site

    made_from = {path: digest_file(path) for path in tei_files}
    try:
        report = build_site(tei_files, out_dir, title=title, valid=valid, executor=executor)
    except RenderError as error:
        problem = Problem(str(error.path or out_dir), 0, 0, f"could not render the site: {error.message}", "error", "render")
        for path in tei_files:
            if on_rendered:
                on_rendered(path, None, problem)
        return [problem]
    failed = {Path(path): message for path, message in report.failed}
    problems = []
    for path in tei_files:
        problem = None
        if path in failed:
            problem = Problem(str(path), 0, 0, f"could not render: {failed[path]}", "error", "render")
            problems.append(problem)
        if on_rendered:
            on_rendered(path, None if problem else made_from[path], problem)
    return problems


# --------------------------------------------------------------------------------------
# The build.
# --------------------------------------------------------------------------------------

STATUSES = ("new", "changed", "rebuilt", "unchanged", "kept-edit", "replaced-edit", "failed")


@dataclass
class BuildSummary:
    """What a build did; ``statuses`` maps each input to one of STATUSES."""

    documents: int = 0
    new: int = 0
    changed: int = 0
    rebuilt: int = 0
    unchanged: int = 0
    kept_edits: int = 0
    replaced_edits: int = 0
    removed: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable: int = 0
    unknown_names: int = 0
    unknown_mentions: int = 0
    encoded: int = 0
    validated: int = 0
    rendered: int = 0
    jobs: int = 1
    seconds: float = 0.0
    review: Path | None = None
    index: Path | None = None
    problems: list[Problem] = field(default_factory=list)
    statuses: dict[str, str] = field(default_factory=dict)
    kept: list[Path] = field(default_factory=list)
    replaced: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.invalid == 0 and self.unreadable == 0

    def line(self) -> str:
        return (
            f"documents: {self.documents} (new {self.new}, changed {self.changed}, unchanged {self.unchanged}, "
            f"rebuilt {self.rebuilt}, kept hand edits {self.kept_edits}); valid: {self.valid}, "
            f"invalid: {self.invalid}, unreadable: {self.unreadable}; unknown names: {self.unknown_names}; "
            f"seconds: {self.seconds:.1f}"
        )

    def lines(self) -> list[str]:
        """The summary an editor reads at the end of a build, each line explaining itself."""
        rate = self.documents / self.seconds if self.seconds else 0.0
        out = [
            f"documents: {self.documents} — new {self.new}, changed {self.changed} (transcription, registry or "
            f"encoder version differs), unchanged {self.unchanged} (not encoded again), rebuilt {self.rebuilt} "
            f"(outputs missing or left incomplete by an interrupted build), kept hand edits {self.kept_edits}"
            + (f", hand edits replaced (--force) {self.replaced_edits}" if self.replaced_edits else "")
            + (f"; outputs removed of {self.removed} transcriptions no longer in the edition" if self.removed else ""),
            f"checks: valid {self.valid}, invalid {self.invalid}, unreadable {self.unreadable} (could not be "
            "read or encoded)",
            f"work done: encoded {self.encoded}, validated {self.validated}, rendered {self.rendered} "
            f"with {self.jobs} job{'s' if self.jobs != 1 else ''} in {self.seconds:.1f} s ({rate:.0f} documents per second)",
            f"unknown names: {self.unknown_names} distinct names to review: no registry entry, more than one, "
            f"a guessed spelling or the document's own state ({self.unknown_mentions} mentions)" + (f", listed in {self.review}" if self.review else ""),
        ]
        for path in self.kept:
            out.append(
                f"kept your edit of {path} (changed by hand since it was generated); rendered from it. "
                "Use --force to replace it with a fresh encoding."
            )
        for path in self.replaced:
            out.append(f"replaced your edit of {path} with a fresh encoding (--force)")
        if not self.ok:
            out.append("the build failed: fix the invalid or unreadable documents reported above (exit code 1)")
        return out


def _status_for(record: dict, input_hash: str | None, registry_hash: str, current: str | None, rebuild: bool) -> str:
    if not record.get("input"):
        return "new"
    if record.get("input") != input_hash or record.get("registry") != registry_hash or record.get("version") != __version__:
        return "changed"
    if rebuild or current is None or record.get("output") != current:
        return "rebuilt"
    return "unchanged"


def _remove_orphans(manifest: Manifest, names: set[str], out_dir: Path, summary: BuildSummary) -> list[str]:
    """Remove what the build made for transcriptions that are gone; return their names.

    Only files the build itself wrote are removed (the manifest records them with their
    transcription's name); a TEI file an editor changed is kept and reported.
    """
    removed = []
    for name in sorted(set(manifest.entries) - names):
        record = manifest.entries[name]
        if "source" not in record:  # not made by a build (e.g. `encoder encode` into this folder)
            continue
        tei = manifest.folder / name
        if manifest.is_hand_edited(name):
            summary.problems.append(Problem(
                str(tei), 0, 0,
                f"its transcription {record['source']} is no longer in the edition; kept because it was "
                "changed by hand (it is left out of the site): delete it if it is no longer wanted",
                "warning", "orphan",
            ))
            continue
        stem = Path(name).stem
        for path in (tei, _review_file(tei), out_dir / "html" / f"{stem}.html", out_dir / "diplomatic" / f"{stem}.html"):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        removed.append(name)
    summary.removed = len(removed)
    return removed


def edition_title(edition: Path) -> str:
    """The site's title when none is given: the edition folder's name, as a person would
    write it ("cold-war_telegrams" -> "Cold war telegrams"); "Edition" for editions/."""
    name = edition.resolve().name.replace("_", " ").replace("-", " ").strip()
    if not name or name.lower() in ("editions", "edition"):
        return "Edition"
    return name[:1].upper() + name[1:]


def build_edition(
    edition: Path,
    out_dir: Path,
    *,
    registry_paths: Iterable[str | Path] = (),
    force: bool = False,
    rebuild: bool = False,
    tei_all: bool = True,
    today: str | None = None,
    jobs: int | None = None,
    echo: Callable[[str], None] = print,
    progress: bool | None = None,
    title: str | None = None,
) -> BuildSummary:
    """Encode, validate and render a whole edition folder; write the index and review.

    Only what changed is done again (see the module doc). ``force`` replaces TEI files
    changed by hand; ``rebuild`` encodes, validates and renders every document even if
    unchanged (hand edits are still kept unless ``force``). ``jobs``: worker processes
    (default: every core; 1 works in this process). ``progress``: a bar on a terminal,
    plain lines otherwise (default: a bar if stderr is a terminal).

    The outputs of a transcription no longer in the edition are removed (its TEI is kept
    if an editor changed it). One build at a time writes into ``out_dir``: a second one
    raises :class:`~encoder.files.FolderBusy` at once.
    """
    with exclusive(out_dir):
        return _build(
            edition, Path(out_dir), registry_paths=registry_paths, force=force, rebuild=rebuild, tei_all=tei_all,
            today=today, jobs=jobs, echo=echo, progress=progress, title=title,
        )


def _build(
    edition: Path,
    out_dir: Path,
    *,
    registry_paths: Iterable[str | Path],
    force: bool,
    rebuild: bool,
    tei_all: bool,
    today: str | None,
    jobs: int | None,
    echo: Callable[[str], None],
    progress: bool | None,
    title: str | None,
) -> BuildSummary:
    started = time.perf_counter()
    jobs = jobs or default_jobs()
    bar = sys.stderr.isatty() if progress is None else progress
    summary = BuildSummary(jobs=jobs)
    reg_files = registry_files(edition, registry_paths)
    registry_hash = registry_digest(reg_files)
    inputs = discover([edition])
    tei_dir, html_dir = out_dir / "tei", out_dir / "html"
    tei_dir.mkdir(parents=True, exist_ok=True)
    for folder in (out_dir, tei_dir, html_dir, out_dir / "diplomatic", tei_dir / REVIEW_DIR):
        remove_stale_temporaries(folder)
    manifest = Manifest(tei_dir)
    if manifest.journals:
        manifest.compact()  # what a killed build had finished is kept

    # 1. Decide, per document, what must be done.
    tasks: list[dict] = []
    final: dict[str, dict] = {}  # name -> manifest entry as it stands after this build
    names_taken: dict[str, Path] = {}
    order: list[tuple[str, Path]] = []
    render_wanted: set[str] = set()
    for path in inputs:
        summary.documents += 1
        name = document_id(path) + ".xml"
        if name in names_taken:
            summary.unreadable += 1
            summary.statuses[str(path)] = "failed"
            summary.problems.append(Problem(str(path), 0, 0, f"same output name {name} as {names_taken[name]}; rename one of them"))
            continue
        names_taken[name] = path
        order.append((name, path))
        tei, html = tei_dir / name, html_dir / (Path(name).stem + ".html")
        record = manifest.get(name)
        current = digest_file(tei) if tei.exists() else None
        input_hash = input_digest(path)
        hand_edited = current is not None and manifest.is_hand_edited(name, current)
        task = {
            "name": name, "input": str(path), "tei": str(tei), "current": current, "base": record,
            "input_hash": input_hash, "registry_hash": registry_hash, "encoding": None, "today": today,
            "tei_all": tei_all, "encode": False, "validate": False, "render": False,
        }
        checked_ok = record.get("checked") == current and (record.get("tei_all") or not tei_all)
        render = record.get("rendered") != current or not html.exists()
        if hand_edited and not force:
            task["status"] = "kept-edit"
            task["validate"] = not checked_ok or rebuild
            task["render"] = render or rebuild
            summary.kept.append(tei)
            if record.get("input") and record.get("input") != input_hash:
                summary.problems.append(Problem(
                    str(tei), 0, 0,
                    f"its transcription {path} has changed since this file was generated; the changes are "
                    "not in your edited TEI: make them by hand, or run with --force for a fresh encoding",
                    "warning", "hand-edited",
                ))
        else:
            status = _status_for(record, input_hash, registry_hash, current, rebuild)
            if hand_edited:
                status = "replaced-edit"
                summary.replaced.append(tei)
            task["status"] = status
            if status == "unchanged":
                task["validate"] = not checked_ok
                task["render"] = render
            else:
                task["encode"] = task["validate"] = task["render"] = True
        if task["encode"] or task["validate"]:
            tasks.append(task)
        else:
            final[name] = record
            summary.statuses[str(path)] = task["status"]
        if task["render"]:
            render_wanted.add(name)
    removed = _remove_orphans(manifest, set(names_taken), out_dir, summary)
    need_encode = any(t["encode"] for t in tasks)
    need_validate = bool(tasks)
    parallel = jobs > 1 and len(tasks) + len(render_wanted) > 1
    summary.jobs = jobs if parallel else 1
    echo(
        f"building {summary.documents} documents from {edition} into {out_dir}: {len(tasks)} to encode or check, "
        f"{len(render_wanted)} to render, the rest unchanged; {jobs if parallel else 1} job{'s' if parallel and jobs > 1 else ''}"
    )

    # 2. Set up the workers (see _prepare for why the grammars are compiled here first).
    registry = None
    if need_encode:
        registry = load_registry(reg_files)
    _prepare(registry_paths=None, registry=registry, tei_all=tei_all if need_validate else None)
    executor = None
    if parallel:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        gc.collect()
        gc.freeze()  # the parent's objects stay shared with the forked workers, untouched by their GC
        executor = ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=_init_worker,
            initargs=([str(p) for p in reg_files] if need_encode else None, tei_all if need_validate else None, os.getpid()),
        )
    parent_journal = Journal(tei_dir)
    try:
        # 3. Encode and validate.
        meter = Progress("encode and validate", len(tasks), echo=echo, bar=bar)
        for result in _run_all(_encode_and_check, tasks, executor):
            meter.advance()
            name = result["name"]
            summary.problems.extend(_problem(p) for p in result["problems"])
            summary.statuses[str(names_taken[name])] = result["status"]
            if result["status"] == "failed":
                summary.unreadable += 1
                render_wanted.discard(name)
                continue
            final[name] = result["entry"]
            summary.encoded += bool(result["seconds"].get("encode") is not None)
            summary.validated += bool(result["seconds"].get("validate") is not None)
        meter.close()

        # 4. Render.
        tei_files = [tei_dir / name for name, _ in order if name in final]
        valid = {tei_dir / name: bool(final[name].get("valid")) for name, _ in order if name in final}
        stale = {tei_dir / name for name in render_wanted if name in final}
        title = title or edition_title(edition)
        index_key = digest(json.dumps(
            [title] + [[name, final[name].get("checked"), bool(final[name].get("valid"))] for name, _ in order if name in final]
        ).encode("utf-8"))
        index_needed = bool(stale) or manifest.state.get("index") != index_key or not (out_dir / "index.html").exists()
        meter = Progress("render", len(tei_files) if stale or index_needed else 0, echo=echo, bar=bar)

        def rendered(tei: Path, rendered_from: str | None, problem: Problem | None) -> None:
            meter.advance()
            if rendered_from is not None:
                summary.rendered += 1
                entry = final.get(tei.name)
                if entry is not None and entry.get("checked") == rendered_from:
                    entry["rendered"] = rendered_from
                    parent_journal.patch(tei.name, entry.get("output"), {"rendered": rendered_from})

        if stale or index_needed:
            summary.problems.extend(render_outputs(
                tei_files, out_dir, valid, title=title, on_rendered=rendered, executor=executor))
        meter.close()
    finally:
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
            gc.unfreeze()
        parent_journal.close()
    summary.index = out_dir / "index.html"

    # 5. Fold the journals into the manifest; review; count.
    for journal in _STATE.pop("journals", {}).values():  # this process's, when it did the work itself
        journal.close()
    # What this build did is in `final` (the workers' journal records, with the
    # rendered-from hashes the parent added): it becomes the manifest, the journals go.
    journals = list(tei_dir.glob(".encoder-journal.*"))
    changed = bool(journals) or bool(removed) or manifest.state.get("index") != index_key
    if changed:
        for name in removed:
            manifest.entries.pop(name, None)
        manifest.entries.update(final)
        manifest.state["index"] = index_key
    review_done = changed or not (out_dir / "review.json").exists() or "review" not in manifest.state
    if review_done:
        review_items = (
            (final[name].get("source", path.name), _review_entries(tei_dir / name, final[name]))
            for name, path in order if name in final
        )
        json_path, text_path = write_review(review_items, out_dir)
        with open(json_path, encoding="utf-8") as stream:
            names = json.load(stream)["names"]
        manifest.state["review"] = [len(names), sum(entry["count"] for entry in names)]
    if changed or review_done:
        manifest.save()
        for journal in journals:
            try:
                journal.unlink()
            except OSError:
                pass
    summary.review = out_dir / "review.txt"
    summary.unknown_names, summary.unknown_mentions = manifest.state["review"]
    counters = {"kept-edit": "kept_edits", "replaced-edit": "replaced_edits"}
    for name, path in order:
        entry = final.get(name)
        if entry is None:
            continue
        counter = counters.get(summary.statuses[str(path)], summary.statuses[str(path)])
        setattr(summary, counter, getattr(summary, counter) + 1)
        if entry.get("valid"):
            summary.valid += 1
        else:
            summary.invalid += 1
            summary.problems.extend(_problem(p) for p in entry.get("errors", ()))
    summary.seconds = time.perf_counter() - started
    return summary
