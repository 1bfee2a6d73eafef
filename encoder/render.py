"""HTML rendering of TEI documents with saxonche: compile once, transform many.

A :class:`Renderer` holds one Saxon processor and the compiled reading view
(``xslt/reading.xsl``) and reuses it for every document (``encoder render``); the
edition's site, with its index and registers, is made by :mod:`encoder.site`. It is not thread-safe (Saxon executables are not):
use one Renderer per process (or per thread).

Outputs are written atomically (a temporary file in the target folder, then
``os.replace``). The stylesheet ``edition.css`` is copied beside every output, so each
folder of pages opens from disk, with no network, as it is.

Every Saxon failure (static error, malformed TEI, dynamic error) becomes a
:class:`RenderError` naming the file and saying what went wrong; Saxon's own messages,
which SaxonC prints on the process's standard error, are captured into that message.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Iterator, Mapping, Sequence


from .files import write_atomic

__all__ = ["Renderer", "RenderError", "CSS_NAME"]

CSS_NAME = "edition.css"


class RenderError(Exception):
    """A document, manifest or stylesheet that could not be rendered.

    ``path`` is the file concerned; ``message`` says why, in a line or two.
    """

    def __init__(self, path: Path | str | None, message: str):
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(f"{path}: {message}" if path is not None else message)


_processor = None


def _saxon():
    """The process's one PySaxonProcessor (SaxonC wants exactly one per process)."""
    global _processor
    if _processor is None:
        from saxonche import PySaxonProcessor

        _processor = PySaxonProcessor(license=False)
    return _processor


def _asset_dir() -> Path:
    folder = resources.files("encoder.xslt")
    if not isinstance(folder, Path):  # e.g. a zipped install: xsl:include needs real files
        raise RenderError(str(folder), "the encoder.xslt stylesheets are not on the file system")
    return folder


@contextlib.contextmanager
def _captured_stderr() -> Iterator[list[str]]:
    """Capture what native code writes on file descriptor 2 while the block runs.

    SaxonC reports errors there (with line numbers) before raising; the text ends up in
    the RenderError instead of on the user's terminal.
    """
    out: list[str] = []
    fd = 2  # native code writes to fd 2 whatever sys.stderr is (pytest swaps it, for one)
    try:
        saved = os.dup(fd)
    except OSError:  # no usable stderr: nothing to capture
        yield out
        return
    with tempfile.TemporaryFile(mode="w+b") as sink:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os.dup2(sink.fileno(), fd)
        try:
            yield out
        finally:
            os.dup2(saved, fd)
            os.close(saved)
            sink.seek(0)
            out.append(sink.read().decode("utf-8", "replace"))


_STACK = ("at ", "In template", "invoked by", "In function", "In mode", "In xsl:")


def _clean(message: str, captured: Sequence[str] = ()) -> str:
    """One readable line from a PySaxonApiError and what Saxon printed on stderr.

    Saxon's printed report carries the location ("Error on line 1 column 67 of x.xml:
    SXXP0003 ..."); the exception only the reason. Stack lines ("In template rule ...")
    are dropped.
    """
    printed = " ".join(
        ln.strip()
        for text in captured
        for ln in text.splitlines()
        if ln.strip() and not ln.strip().startswith(_STACK)
    )
    reason = " ".join((message or "").split())
    text = printed if reason and reason in " ".join(printed.split()) else " ".join(p for p in (printed, reason) if p)
    text = " ".join(text.split())
    if len(text) > 600:
        text = text[:597] + "..."
    return text or "Saxon reported an error without a message"


def _bracketed() -> str:
    """encoder.tei.BRACKETED as the stylesheet's "bracketed" parameter ("gap note:sic ...").

    One table decides where brackets are: the TEI writer drops them, encoder.text puts
    them back, and the reading view shows them.
    """
    try:
        from .tei import BRACKETED
    except ImportError:  # keep the stylesheet's own default
        return "supplied gap note:editorial note:translator note:sic note:transliteration ref:noteAnchor"
    return " ".join(sorted(name if kind is None else f"{name}:{kind}" for name, kind in BRACKETED))


def compile_stylesheet(xslt, path: Path):
    """Compile one stylesheet with a Saxon XSLT 3.0 processor; RenderError with Saxon's words if it fails."""
    executable, failure = None, None
    with _captured_stderr() as captured:
        try:
            executable = xslt.compile_stylesheet(stylesheet_file=str(path))
        except Exception as exc:  # PySaxonApiError
            failure = str(exc)
    if failure is not None or executable is None:
        raise RenderError(path, _clean(failure or "stylesheet did not compile", captured))
    return executable


def _html_bytes(html: str) -> bytes:
    # Saxon's HTML5 serializer writes "<!DOCTYPE HTML>"; the edition uses the usual lower case.
    if html.startswith("<!DOCTYPE HTML>"):
        html = "<!DOCTYPE html>" + html[len("<!DOCTYPE HTML>"):]
    return html.encode("utf-8")


class Renderer:
    """Compiled stylesheets, reused for every document of a run.

    >>> r = Renderer()
    >>> r.render_document(Path("tei/wcda-112109.xml"), Path("html/wcda-112109.html"),
    ...                   index_href="index.html")
    """

    def __init__(self, *, edition_title: str = "Edition"):
        self.edition_title = edition_title
        self._proc = _saxon()
        self._assets = _asset_dir()
        self._css = (self._assets / CSS_NAME).read_bytes()
        self._xslt = self._proc.new_xslt30_processor()
        self._reading = self._compile("reading.xsl")

    # -- public -------------------------------------------------------------------
    def render_document(
        self,
        tei_path: Path,
        out_path: Path,
        *,
        index_href: str | None = None,
        edition_title: str | None = None,
    ) -> None:
        """Render one TEI file as a reading view at ``out_path`` (and copy the CSS beside it).

        ``index_href``: the URL of the edition's index relative to ``out_path``, shown as
        a link in the page header (``None``: no link).
        """
        tei_path, out_path = Path(tei_path), Path(out_path)
        if not tei_path.is_file():
            raise RenderError(tei_path, "no such file")
        params = {
            "bracketed": _bracketed(),
            "css-href": CSS_NAME,
            "index-href": index_href or "",
            "edition-title": edition_title or self.edition_title,
        }
        html = self._run(self._reading, tei_path, params, source_file=str(tei_path.resolve()))
        write_atomic(out_path, _html_bytes(html))
        self._copy_css(out_path.parent)

    # -- internals ----------------------------------------------------------------
    def _compile(self, name: str):
        return compile_stylesheet(self._xslt, self._assets / name)

    def _run(self, executable, path: Path, params: Mapping[str, str], **source) -> str:
        for name, value in params.items():
            executable.set_parameter(name, self._proc.make_string_value(value))
        result, failure = None, None
        with _captured_stderr() as captured:
            try:
                result = executable.transform_to_string(**source)
            except Exception as exc:  # PySaxonApiError
                failure = str(exc)
        if failure is not None:
            raise RenderError(path, _clean(failure, captured))
        if result is None or getattr(executable, "exception_occurred", False):
            raise RenderError(path, _clean("the transformation produced no output", captured))
        return result

    def _copy_css(self, folder: Path) -> None:
        target = folder / CSS_NAME
        try:
            if target.read_bytes() == self._css:
                return
        except OSError:
            pass
        write_atomic(target, self._css)
