"""Corpus runs: find the transcriptions, encode, validate and render them, summarize.

One bad file never stops the others: its problem is reported and counted. A generated
TEI file that an editor has changed by hand is kept (and rendered from), never silently
overwritten; ``force`` overrides that.
"""

from __future__ import annotations

import json
import time
from importlib import resources
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from . import __version__
from .files import Manifest, digest, write_atomic
from .model import Problem
from .names.registry import Registry, load_registry
from .pipeline import Encoded, document_id, encode_file
from .source import SIDECAR_SUFFIX, SourceError
from .tei import serialize

__all__ = ["discover", "registry_files", "starter_registry", "EncodeOutcome", "encode_to", "BuildSummary", "build_edition", "write_review"]

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


@dataclass
class EncodeOutcome:
    """What happened to one input."""

    input: Path
    output: Path | None = None
    status: str = "encoded"  # encoded | unchanged | kept-edit | failed
    problems: list[Problem] = field(default_factory=list)
    encoded: Encoded | None = None


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
    manifest = Manifest(out_dir)
    outcomes = []
    names_taken: dict[str, Path] = {}
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
            outcome.problems.extend(encoded.problems)
            if any(p.severity == "error" for p in encoded.problems):
                outcome.status = "failed"
            elif not force and manifest.is_hand_edited(name):
                outcome.status = "kept-edit"
                outcome.problems.append(Problem(
                    str(target), 0, 0,
                    "changed by hand since it was generated: kept as it is (rendered from your edit); "
                    "run with --force to replace it with a fresh encoding",
                    "warning", "hand-edited",
                ))
            else:
                data = serialize(encoded.tree)
                write_atomic(target, data)
                manifest.record(name, output=digest(data), input=digest(path.read_bytes()), version=__version__)
        outcomes.append(outcome)
        if progress:
            progress(outcome)
    manifest.save()
    return outcomes


def write_review(outcomes: list[EncodeOutcome], out_dir: Path) -> tuple[Path, Path]:
    """The review report: names without a registry link, with counts and contexts.

    An editor reads the text version and extends the registry in one pass; tools read
    the JSON.
    """
    table: dict[tuple[str, str], dict] = {}
    for outcome in outcomes:
        if outcome.encoded is None:
            continue
        for mention, text, context in outcome.encoded.names:
            key = (mention.kind, " ".join(text.split()))
            entry = table.setdefault(key, {
                "kind": mention.kind, "name": key[1], "reason": mention.reason or "unknown",
                "candidates": list(mention.candidates), "count": 0, "contexts": [],
            })
            entry["count"] += 1
            if len(entry["contexts"]) < 3:
                entry["contexts"].append({"document": outcome.input.name, "context": context})
    entries = sorted(table.values(), key=lambda e: (-e["count"], e["kind"], e["name"]))
    json_path = out_dir / "review.json"
    text_path = out_dir / "review.txt"
    write_atomic(json_path, json.dumps({"names": entries}, indent=1, ensure_ascii=False).encode("utf-8"))
    lines = [f"{len(entries)} names need review (no registry entry, or more than one)", ""]
    for entry in entries:
        extra = f" — could be {', '.join(entry['candidates'])}" if entry["candidates"] else ""
        lines.append(f"{entry['count']:4d}  {entry['kind']:<9} {entry['name']}  [{entry['reason']}]{extra}")
        for context in entry["contexts"]:
            lines.append(f"        {context['document']}: …{context['context']}…")
    write_atomic(text_path, ("\n".join(lines) + "\n").encode("utf-8"))
    return json_path, text_path


@dataclass
class BuildSummary:
    documents: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable: int = 0
    kept_edits: int = 0
    seconds: float = 0.0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.invalid == 0 and self.unreadable == 0

    def line(self) -> str:
        return (
            f"documents: {self.documents}, valid: {self.valid}, invalid: {self.invalid}, "
            f"unreadable: {self.unreadable}, kept hand edits: {self.kept_edits}, seconds: {self.seconds:.1f}"
        )


def build_edition(
    edition: Path,
    out_dir: Path,
    *,
    registry_paths: Iterable[str | Path] = (),
    force: bool = False,
    tei_all: bool = True,
    today: str | None = None,
    echo: Callable[[str], None] = print,
) -> BuildSummary:
    """Encode, validate and render a whole edition folder; write the index and review."""
    from .render import Renderer, RenderError
    from .validate import Validator

    started = time.perf_counter()
    summary = BuildSummary()
    registry = load_registry(registry_files(edition, registry_paths))
    inputs = discover([edition])
    tei_dir, html_dir = out_dir / "tei", out_dir / "html"

    def progress(outcome: EncodeOutcome) -> None:
        echo(f"encode {outcome.input}: {outcome.status}")

    outcomes = encode_to(inputs, tei_dir, registry, force=force, today=today, progress=progress)
    validator = Validator(tei_all=tei_all)
    renderer = Renderer()
    entries = []
    for outcome in outcomes:
        summary.documents += 1
        summary.problems.extend(outcome.problems)
        if outcome.status == "failed":
            summary.unreadable += 1
            continue
        if outcome.status == "kept-edit":
            summary.kept_edits += 1
        errors = [p for p in validator.iter_errors(outcome.output) if p.severity == "error"]
        summary.problems.extend(errors)
        if errors:
            summary.invalid += 1
        else:
            summary.valid += 1
        html = html_dir / (outcome.output.stem + ".html")
        try:
            renderer.render_document(outcome.output, html, index_href="../index.html")
        except RenderError as error:
            summary.problems.append(Problem(str(outcome.output), 0, 0, f"could not render: {error}", "error", "render"))
            continue
        entries.append({"tei": outcome.output, "html": html, "valid": not errors})
    renderer.render_index(entries, out_dir / "index.html")
    write_review(outcomes, out_dir)
    summary.seconds = time.perf_counter() - started
    return summary
