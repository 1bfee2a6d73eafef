"""The edition as a static web site: every view, opened from disk or from any web server.

:func:`build_site` writes, under ``out_dir``::

    index.html                 documents by date (kind, sender, recipient, summary),
                               filterable by person, place and year
    html/<doc>.html            reading view of each document
    diplomatic/<doc>.html      diplomatic view: line for line as transcribed
    persons.html places.html orgs.html
                               registers: each entry with its authority links and every
                               occurrence linked back to its place in the reading view
    timeline.html map.html     documents in time; places on an offline world outline
    search.html                full-text search with no server
    assets/edition.css assets/site.js assets/search-index.js

Two stylesheets are compiled once per run: ``document.xsl`` runs once per document and
returns both views and a small record of the document (as one string, cut apart here);
``site.xsl`` turns the records (the catalogue) into the edition's own pages. The search
index is built here from the records' text and written as a script (a JSON file could
not be read by a page opened from disk).

No page loads anything from the network; the only scripts are the site's own (the
index's filters and the search), and every page but search is complete without them.
Outputs are written atomically: every file is written into a staging folder inside
``out_dir``, then moved into place.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Executor
import json
import os
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Mapping

from lxml import etree

from .render import RenderError, compile_stylesheet, _asset_dir, _bracketed, _clean, _html_bytes, _saxon


class _Stderr:
    """Saxon's reports on file descriptor 2, captured into one reused temporary file.

    render._captured_stderr makes a temporary file per call, which costs more than
    rendering a small document; here one file serves the whole run and is read only
    when something was written.
    """

    def __init__(self) -> None:
        self._sink = tempfile.TemporaryFile(mode="w+b")

    @contextlib.contextmanager
    def capture(self) -> Iterator[list[str]]:
        out: list[str] = []
        try:
            saved = os.dup(2)
        except OSError:
            yield out
            return
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os.dup2(self._sink.fileno(), 2)
        try:
            yield out
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            if self._sink.tell():
                self._sink.seek(0)
                out.append(self._sink.read().decode("utf-8", "replace"))
                self._sink.seek(0)
                self._sink.truncate()

    def close(self) -> None:
        self._sink.close()

__all__ = ["build_site", "SiteReport", "SiteBuilder", "search_words", "ASSETS"]

CSS_NAME = "edition.css"
JS_NAME = "site.js"
SEARCH_INDEX_NAME = "search-index.js"
ASSETS = "assets"
SITE_PAGES = ("index.html", "persons.html", "places.html", "orgs.html", "timeline.html", "map.html", "search.html")


@dataclass
class SiteReport:
    """What :func:`build_site` did.

    ``documents``: the TEI files rendered; ``failed``: (file, reason) for each that could
    not be (the others are rendered all the same); ``pages``: every file written, as
    paths; ``seconds``: wall time; ``timings``: seconds of each phase ("compile",
    "documents", "pages" (the edition's pages), "search", "move").
    """

    out_dir: Path
    documents: list[Path] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    pages: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        return (f"site: {len(self.documents)} documents rendered, {len(self.failed)} failed, "
                f"{len(self.pages)} files written to {self.out_dir} in {self.seconds:.1f} s")


_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_MARKS = re.compile("[\u0300-\u036f]")


def search_words(text: str) -> list[str]:
    """The words of a text as the search index and site.js see them.

    Lower case, accents removed (NFKD, combining diacritics U+0300-U+036F dropped): "Zhou Enlai's" gives
    ["zhou", "enlai", "s"]. site.js applies the same rule to what the reader types.
    """
    folded = _MARKS.sub("", unicodedata.normalize("NFKD", text.lower()))
    return _WORD.findall(folded)


# an <entry> of a record with its registry entry copied in (a key without spaces or markup)
_ENTRY = re.compile(r'<entry kind="(person|place|org)" key="([^"\s&<]+)">')


class SiteBuilder:
    """The compiled stylesheets of a site build (one per process; not thread-safe)."""

    def __init__(self) -> None:
        self._proc = _saxon()
        self._assets = _asset_dir()
        self._xslt = self._proc.new_xslt30_processor()
        self._document = self._compile("document.xsl")
        self._site = self._compile("site.xsl")
        self._stderr = _Stderr()
        self._title: str | None = None
        # registry entries (kind:key) that the records of this run (this stage) already carried
        self._entries_stage: Path | None = None
        self._seen_entries: set[str] = set()
        self._seen_text = " "
        # parameters that are the same for every document of the run
        for key, value in {"bracketed": _bracketed(), "site-root": "../", "css-href": f"../{ASSETS}/{CSS_NAME}",
                           "index-href": "../index.html"}.items():
            self._document.set_parameter(key, self._proc.make_string_value(value))

    def _compile(self, name: str):
        return compile_stylesheet(self._xslt, self._assets / name)

    # -- one document -------------------------------------------------------------
    def render_document(self, tei: Path, stage: Path, name: str, title: str) -> str:
        """Write html/<name>.html and diplomatic/<name>.html under ``stage``; return the record.

        ``stage`` must hold the folders html/ and diplomatic/.
        """
        proc, ex = self._proc, self._document
        quoted = _quote(name)
        params = {
            "doc-href": f"html/{quoted}.html",
            "dipl-href": f"diplomatic/{quoted}.html",
            "diplomatic-href": f"../diplomatic/{quoted}.html",
            "reading-href": f"../html/{quoted}.html",
        }
        for key, value in params.items():
            ex.set_parameter(key, proc.make_string_value(value))
        if title != self._title:
            ex.set_parameter("edition-title", proc.make_string_value(title))
            self._title = title
        if stage != self._entries_stage:  # a new run: every entry is copied again
            self._entries_stage, self._seen_entries, self._seen_text = stage, set(), " "
            ex.set_parameter("seen-entries", proc.make_string_value(self._seen_text))
        result, failure = None, None
        with self._stderr.capture() as captured:
            try:
                node = proc.parse_xml(xml_file_name=str(tei))
                result = ex.transform_to_string(xdm_node=node)
            except Exception as exc:  # PySaxonApiError
                failure = str(exc)
        if failure is not None or result is None:
            raise RenderError(tei, _clean(failure or "the transformation produced no output", captured))
        # "D R\n" + diplomatic page + record + reading page (see document.xsl)
        head, _, rest = result.partition("\n")
        n_diplomatic, n_record = map(int, head.split())
        end = n_diplomatic + n_record
        (stage / "diplomatic" / f"{name}.html").write_bytes(_html_bytes(rest[:n_diplomatic]))
        (stage / "html" / f"{name}.html").write_bytes(_html_bytes(rest[end:]))
        record = rest[n_diplomatic:end]
        # The records are put in the catalogue in the order rendered here (a worker gets
        # its documents in that order too), so an entry copied once need not be copied again.
        new = {f"{kind}:{key}" for kind, key in _ENTRY.findall(record)} - self._seen_entries
        if new:
            self._seen_entries |= new
            self._seen_text += " ".join(sorted(new)) + " "
            ex.set_parameter("seen-entries", proc.make_string_value(self._seen_text))
        return record

    def close(self) -> None:
        self._stderr.close()

    # -- the edition's pages --------------------------------------------------------
    def render_pages(self, catalogue: str, stage: Path) -> None:
        proc, ex = self._proc, self._site
        node, failure = None, None
        with self._stderr.capture() as captured:
            try:
                node = proc.parse_xml(xml_text=catalogue)
                ex.set_base_output_uri(stage.as_uri() + "/")
                ex.transform_to_string(xdm_node=node)
            except Exception as exc:  # PySaxonApiError
                failure = str(exc)
        if failure is not None:
            raise RenderError(stage, "edition pages: " + _clean(failure, captured))


def _quote(part: str) -> str:
    from urllib.parse import quote

    return quote(part)


class SearchIndex:
    """The search index, built one record at a time so that no record is kept.

    ``docs``: [href, title, date (ISO), kind, summary] per document; ``words``: each word
    of the texts, titles and summaries, with the indexes of the documents holding it.
    Memory grows with the vocabulary and the postings, not with the texts.
    """

    def __init__(self) -> None:
        self.docs: list[list[str]] = []
        self.words: dict[str, list[int]] = {}

    def add(self, rec: etree._Element) -> None:
        number = len(self.docs)
        title = rec.findtext("title") or ""
        summary = rec.findtext("summary") or ""
        self.docs.append([rec.get("href"), title, rec.get("when") or "", rec.get("kind") or "", summary])
        for word in set(search_words(" ".join((title, summary, rec.findtext("text") or "")))):
            self.words.setdefault(word, []).append(number)

    def script(self) -> bytes:
        """The index as a script: window.EDITION_SEARCH = {docs, words} (a page opened from
        disk cannot fetch a JSON file)."""
        payload = json.dumps({"docs": self.docs, "words": dict(sorted(self.words.items()))},
                             ensure_ascii=True, separators=(",", ":"))
        # ASCII only, and "<" escaped: no "</script>" and no U+2028 can end up in the script.
        payload = payload.replace("<", "\\u003c")
        return ("/* Search index of the edition, made by encoder.site. */\n"
                f"window.EDITION_SEARCH = {payload};\n").encode("ascii")


def _without_text(record: str) -> str:
    """A record without its <text> (the last child): site.xsl never reads it, only the search index does."""
    if record.endswith("<text/></doc>"):
        return record[:-len("<text/></doc>")] + "</doc>"
    if record.endswith("</text></doc>"):
        start = record.rfind("<text>")  # the text itself has "<" escaped
        if start > 0:
            return record[:start] + "</doc>"
    return record


def _render_with(builder: SiteBuilder, task: tuple[str, str, str, str]) -> tuple[str | None, str | None]:
    """One document's pages into the staging folder: (record, None) or (None, the reason it failed)."""
    tei, stage, name, title = task
    try:
        return builder.render_document(Path(tei), Path(stage), name, title), None
    except RenderError as error:
        return None, error.message


_WORKER: dict[str, SiteBuilder] = {}


def _render_in_worker(task: tuple[str, str, str, str]) -> tuple[str | None, str | None]:
    """In a worker process: compile the stylesheets once per process, then render."""
    if "builder" not in _WORKER:
        _WORKER["builder"] = SiteBuilder()
    return _render_with(_WORKER["builder"], task)


def _move_tree(stage: Path, out_dir: Path, written: list[Path]) -> None:
    """Move the staged files into place, each by an atomic rename."""
    for path in sorted(stage.rglob("*")):
        if path.is_file():
            if path.suffix == ".html" and path.parent == stage:
                # Saxon's HTML5 output method writes "<!DOCTYPE HTML>"; every page says it the usual way.
                # (The documents' pages in html/ and diplomatic/ were written so by render_document.)
                data = path.read_bytes()
                if data.startswith(b"<!DOCTYPE HTML>"):
                    path.write_bytes(b"<!DOCTYPE html>" + data[len(b"<!DOCTYPE HTML>"):])
            target = out_dir / path.relative_to(stage)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(path, 0o644)
            os.replace(path, target)
            written.append(target)


def build_site(
    tei_files: list[Path],
    out_dir: Path,
    *,
    title: str = "Edition",
    valid: Mapping[Path, bool] | None = None,
    executor: Executor | None = None,
) -> SiteReport:
    """Write the whole site for ``tei_files`` into ``out_dir`` (see the module doc).

    ``executor``: worker processes to render the documents in (each compiles the
    stylesheets once); the edition's pages are made in this process.

    ``valid`` maps a TEI path to whether it passed validation; ``False`` marks the
    document as not valid in the index. A document that cannot be rendered (unreadable,
    not TEI) is reported in ``SiteReport.failed`` and left out; the rest is built.
    Raises :class:`~encoder.render.RenderError` only when the stylesheets themselves or
    the edition's pages fail.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = SiteReport(out_dir)
    clock = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        report.timings[phase] = report.timings.get(phase, 0.0) + now - clock
        clock = now

    builder = None if executor is not None else SiteBuilder()
    lap("compile")
    valid_by = {Path(p).resolve(): bool(v) for p, v in (valid or {}).items()}
    # A staging folder left by a build that was killed holds nothing anyone reads: remove it.
    for leftover in out_dir.glob(".site-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    stage = Path(tempfile.mkdtemp(dir=out_dir, prefix=".site-")).resolve()
    (stage / "html").mkdir()
    (stage / "diplomatic").mkdir()
    try:
        search = SearchIndex()
        parts: list[str] = []
        names: dict[str, Path] = {}
        tasks = []
        for tei in map(Path, tei_files):
            name = tei.stem
            if name in names:
                report.failed.append((tei, f"same page name {name}.html as {names[name]}; rename one of them"))
                continue
            if not tei.is_file():
                report.failed.append((tei, "no such file"))
                continue
            names[name] = tei
            tasks.append((str(tei), str(stage), name, title))
        if executor is None:
            results = (_render_with(builder, task) for task in tasks)
        else:
            # Each worker process renders with its own Saxon (see _render_in_worker).
            results = executor.map(_render_in_worker, tasks, chunksize=max(1, min(16, len(tasks) // 8)))
        for (tei_text, _, name, _), (record, error) in zip(tasks, results):
            tei = Path(tei_text)
            if error is not None:
                report.failed.append((tei, error))
                del names[name]
                continue
            try:
                rec = etree.fromstring(record)
            except etree.XMLSyntaxError as exc:  # cannot happen with a sound document.xsl
                report.failed.append((tei, f"record: {exc}"))
                continue
            v = valid_by.get(tei.resolve())
            search.add(rec)
            del rec
            if v is not None and record.startswith("<doc "):
                record = f'<doc valid="{"true" if v else "false"}" ' + record[5:]
            parts.append(_without_text(record))
            report.documents.append(tei)
        position = {Path(path): n for n, path in enumerate(tei_files)}
        report.failed.sort(key=lambda failure: position.get(failure[0], len(position)))  # in the order given
        try:
            root = etree.Element("catalogue", title=title)
        except ValueError as exc:
            raise RenderError(out_dir, f"site title: {exc}") from None
        head = etree.tostring(root, encoding="unicode")  # "<catalogue title=.../>", escaped
        catalogue = head[:-2] + ">" + "".join(parts) + "</catalogue>"
        lap("documents")
        if builder is None:
            builder = SiteBuilder()
        builder.render_pages(catalogue, stage)
        lap("pages")
        assets = stage / ASSETS
        assets.mkdir(exist_ok=True)
        folder = _asset_dir()
        shutil.copyfile(folder / CSS_NAME, assets / CSS_NAME)
        shutil.copyfile(folder / JS_NAME, assets / JS_NAME)
        (assets / SEARCH_INDEX_NAME).write_bytes(search.script())
        lap("search")
        _move_tree(stage, out_dir, report.pages)
        lap("move")
    finally:
        if builder is not None:
            builder.close()
        shutil.rmtree(stage, ignore_errors=True)
    report.seconds = time.perf_counter() - started
    return report
