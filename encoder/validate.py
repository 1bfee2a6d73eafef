"""Validate TEI documents: well-formedness, the project schema, tei_all, and project rules.

One primitive, :meth:`Validator.iter_errors`, yields every :class:`~encoder.model.Problem`
of a file, layer by layer; everything else derives from it. Layers and their rule ids:

``unsafe``  a DOCTYPE declares entities: refused before the body is read, never expanded.
``xml``     not well-formed (or not readable, or an entity reference that cannot be resolved).
``not-tei`` the root is not ``<TEI>`` in the TEI namespace (nothing else is checked then).
``schema``  the project schema ``schemas/encoder.xsd`` (the subset of TEI we write).
``tei_all`` the official TEI P5 grammar (4.3.0), ``schemas/tei_all.rng``.
then the rules no grammar says, in :data:`RULES` (``ref-resolves``, ``id-unique``...).

The rules apply to any TEI file, not only the encoder's: each only looks at the elements
it is about, so a hand-edited or foreign document gets a fair verdict.

Expensive things are built once per process and only when first needed. Valid documents
need only the fast grammars: the XSD compiled by libxml2 (~0.01 s) and tei_all restricted
to the project's elements (~0.04 s, :func:`_tei_all_restricted`); the simplified tei_all
(~0.7 s), xmlschema (~0.35 s) and tei_all.rng (~4.7 s) are compiled when a document fails
(or uses TEI the project has not adopted), for the verdict and to word its errors. A valid
document of ~12 KB then takes ~1.6 ms, all layers, compile included over 1,000 documents
(bench/bench_validate.py).
"""

from __future__ import annotations

import bisect
import calendar
import io
import json
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from importlib import resources
from pathlib import Path

import xmlschema
from lxml import etree

from encoder.model import Problem

__all__ = ["DEFAULT_MAX_BYTES", "FORMATS", "RULES", "Validator", "collect_files", "format_report", "validate_files"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_XML_ID = f"{{{XML_NS}}}id"

#: Every rule id a Problem from this module can carry, with what it checks. Stable: tools
#: and editors may filter on them.
RULES: dict[str, str] = {
    "unsafe": "refused as unsafe to read: entities declared in a DOCTYPE, a file over the size "
    "limit, elements nested over 256 deep, a text or attribute over 10 MB",
    "xml": "the file is readable, well-formed XML",
    "not-tei": "the root element is <TEI> in the TEI namespace",
    "schema": "valid against the project schema (schemas/encoder.xsd)",
    "tei_all": "valid against TEI P5 tei_all (schemas/tei_all.rng)",
    "ref-resolves": 'every "#id" pointer (@ref, @target, @corresp...) names an xml:id of the document',
    "id-unique": "no two elements share an xml:id",
    "iso-date": "@when, @from, @to, @notBefore, @notAfter are ISO 8601 dates TEI accepts, and real ones",
    "date-order": "@from is not after @to, @notBefore not after @notAfter",
    "corresp-target": "correspDesc/@ref points to the div or floatingText holding the message",
    "msdesc-complete": "each msDesc names a repository and an idno in its msIdentifier",
    "name-not-empty": "persName, placeName and orgName contain text",
}


# --------------------------------------------------------------------------------------
# Grammars: compiled once per process, on first use.
# --------------------------------------------------------------------------------------

#: Files larger than this are refused unread (rule ``unsafe``). An edition's documents are
#: 10-200 KB; a whole book in TEI is a few MB. Validating a 32 MB document takes ~1 GB.
DEFAULT_MAX_BYTES = 32 * 1024 * 1024
#: Up to this many documents in a run, the simplified tei_all gives the verdicts the
#: restricted one cannot (it saves ~4 s of compile and costs ~1.4 ms more per document:
#: see _tei_all_fast).
_FAST_TEI_ALL_UP_TO = 2000
#: Past this many elements, an invalid document's schema errors are libxml2's (xmlschema,
#: which words them better, would take ~0.2 ms per element).
_XMLSCHEMA_MAX_ELEMENTS = 20_000
#: libxml2's nesting limit without huge_tree.
_MAX_DEPTH = 256

_compile_lock = threading.Lock()
# lxml's RelaxNG keeps its error log on the validator object: one validation at a time.
_tei_all_lock = threading.Lock()
_grammars: dict[str, object] = {}


def _schema_file(name: str):
    """A file of the package ``encoder.schemas`` (the folder ``schemas/``)."""
    return resources.files("encoder.schemas") / name


def _project_schema() -> xmlschema.XMLSchema10:
    """The project XSD, compiled with xmlschema (~0.25 s).

    xmlschema rather than lxml's XMLSchema because its errors are data (the element, the
    offending child, the expected particles), from which an editor-facing message is made.
    """
    with _compile_lock:
        if "xsd" not in _grammars:
            with resources.as_file(_schema_file("encoder.xsd")) as path:
                _grammars["xsd"] = xmlschema.XMLSchema10(str(path))
        return _grammars["xsd"]  # type: ignore[return-value]


def _project_schema_fast() -> etree.XMLSchema:
    """The same XSD compiled by libxml2, used for the verdict only.

    Measured on the 23 documents of the example edition (bench/bench_validate.py has the
    figures for 1,000): xmlschema takes ~30 ms per document, libxml2 ~0.3 ms. libxml2's
    messages are strings without the offending child or the expected elements, so it
    decides *whether* a document is valid, and only an invalid one is run through
    xmlschema for messages. This is why encoder.xsd stays XSD 1.0 (libxml2 has no XSD
    1.1 assertions): the checks an assertion would make are rules in this module, which
    give better messages and positions anyway. The two implementations agree on every
    document of the test suite (tests/test_validate.py checks both verdicts on each).
    """
    with _compile_lock:
        if "xsd-fast" not in _grammars:
            with resources.as_file(_schema_file("encoder.xsd")) as path:
                tree = etree.parse(str(path), _parser())
                _grammars["xsd-fast"] = etree.XMLSchema(tree)
        return _grammars["xsd-fast"]  # type: ignore[return-value]


#: tei_all.rng after RELAX NG simplification (jing -s), gzipped: the same grammar, which
#: libxml2 compiles ~4x faster (:func:`_tei_all_fast`). Derived, never edited: see
#: :func:`write_simplified_tei_all`.
SIMPLIFIED_TEI_ALL = "tei_all.simplified.rng.gz"


#: tei_all restricted to the elements and attributes encoder.xsd declares (the simplified
#: grammar with every other element and attribute made notAllowed): it accepts a subset
#: of tei_all, compiles in ~0.04 s and checks a document in ~0.5 ms. Derived, never edited:
#: tools/gen_restricted_tei_all.py (:func:`_tei_all_restricted`).
RESTRICTED_TEI_ALL = "tei_all.restricted.rng.gz"


def _tei_all() -> etree.RelaxNG:
    """TEI P5 tei_all as published (schemas/tei_all.rng), compiled with lxml (libxml2).

    Why lxml in process and not jing (bench/bench_validate.py, 1,000 documents of ~12 KB,
    same run; figures in that file's docstring): once compiled, lxml checks a document
    against tei_all.rng in ~0.6 ms, and our whole stack costs ~1.6 ms, less than jing's
    marginal ~1.8 ms for tei_all alone. jing as a process per file costs ~0.65 s per
    file (JVM start and compile each time); one jing process for all 1,000 files ~2.5 ms
    per document. lxml also needs no JVM (pip installs everything), gives its errors as
    data, and shares the parsed tree with the other layers. Its weak point is the
    compile, ~4.8 s on a quiet machine (up to 16 s on a loaded one) for the 1 MB grammar:
    see :func:`_tei_all_restricted` (~0.04 s, all that valid documents need) and
    :func:`_tei_all_fast` (~0.8 s, for runs of up to 2,000 documents).
    xmlschema does not read RelaxNG; libxml2 does not run the grammar's embedded Schematron.
    """
    with _compile_lock:
        if "rng" not in _grammars:
            with resources.as_file(_schema_file("tei_all.rng")) as path:
                _grammars["rng"] = etree.RelaxNG(etree.parse(str(path), _parser()))
        return _grammars["rng"]  # type: ignore[return-value]


def _tei_all_fast() -> etree.RelaxNG | None:
    """tei_all after RELAX NG simplification (``jing -s``), for the verdict only; None if
    the shipped file is absent or was not derived from the current tei_all.rng.

    libxml2 spends most of tei_all's compile simplifying it (includes, defines, combines):
    the simplified grammar compiles in ~0.8 s instead of ~4.8 s (quiet machine), but
    checks a document in ~1.9 ms instead of ~0.6 ms, hence Validator(documents=...). It is the same language
    by definition (RELAX NG spec, section 4), but libxml2 words its errors worse on it
    (e.g. "Element TEI has extra content: text" where the original says "Did not expect
    element foo there", at the element). So, as with the XSD: the simplified grammar gives
    the verdict, and only a document it rejects is checked again, with the original
    grammar (compiled then, once), whose errors are reported; if the original accepts the
    document, it is valid. The tests check on every mutation that the simplified grammar
    never accepts what the original rejects.
    """
    with _compile_lock:
        if "rng-fast" not in _grammars:
            grammar = None
            simplified = _schema_file(SIMPLIFIED_TEI_ALL)
            if simplified.is_file() and _simplified_source_hash(simplified) == _tei_all_hash():
                import gzip  # decompressed here: libxml2 may be built without zlib

                with simplified.open("rb") as file:
                    tree = etree.parse(io.BytesIO(gzip.decompress(file.read())), _parser())
                grammar = etree.RelaxNG(tree)
            _grammars["rng-fast"] = grammar
        return _grammars["rng-fast"]  # type: ignore[return-value]


def _tei_all_restricted() -> etree.RelaxNG | None:
    """tei_all restricted to the project's elements and attributes, for the verdict on
    valid documents only; None if the shipped file is absent or was not made from the
    current tei_all.rng.

    tools/gen_restricted_tei_all.py makes it from the simplified grammar by replacing the
    definition of every element (and, in each element kept, every attribute) that
    encoder.xsd does not declare with ``<notAllowed/>``, and propagating that (a choice
    loses the alternative, an optional one is left out, a required one makes its parent
    notAllowed). Removing alternatives can only remove documents from a RELAX NG grammar's
    language (its pattern operators are monotone, and no ``data/except`` or name class is
    edited), so a document it accepts is valid against tei_all; tests/test_validate.py
    checks the shipped file edit by edit against the simplified grammar. A document it
    rejects is checked again by the simplified grammar or tei_all.rng, which give the
    verdict and the messages. Nothing but what encoder.xsd lacks was removed, so every
    document valid against encoder.xsd and tei_all is accepted here: the fast path is
    taken for all valid documents of the project. libxml2 compiles it in ~0.04 s (the
    simplified grammar ~0.7 s, tei_all.rng ~4.7 s) and checks a ~12 KB document in
    ~0.5 ms (~1.9 and ~0.54 ms): 151 element definitions of 595, each with ~15 attributes
    instead of up to ~100.
    """
    with _compile_lock:
        if "rng-restricted" not in _grammars:
            grammar = None
            restricted = _schema_file(RESTRICTED_TEI_ALL)
            if restricted.is_file() and _simplified_source_hash(restricted) == _tei_all_hash():
                import gzip

                with restricted.open("rb") as file:
                    tree = etree.parse(io.BytesIO(gzip.decompress(file.read())), _parser())
                grammar = etree.RelaxNG(tree)
            _grammars["rng-restricted"] = grammar
        return _grammars["rng-restricted"]  # type: ignore[return-value]


def _tei_all_hash() -> str:
    import hashlib

    return hashlib.sha256(_schema_file("tei_all.rng").read_bytes()).hexdigest()


def _simplified_source_hash(resource) -> str | None:
    """The sha256 of tei_all.rng recorded in a derived grammar's first comment."""
    import gzip

    with gzip.open(resource.open("rb")) as file:
        head = file.read(1000).decode("utf-8", errors="replace")
    match = re.search(r"tei_all\.rng sha256 ([0-9a-f]{64})", head)
    return match.group(1) if match else None


def write_simplified_tei_all(jing: str = "jing", target: Path | None = None) -> Path:
    """(Re)make schemas/tei_all.simplified.rng.gz from schemas/tei_all.rng with ``jing -s``.

    Run after replacing tei_all.rng (a new TEI release)::

        python -c "from encoder.validate import write_simplified_tei_all as w; w()"
    """
    import gzip
    import subprocess

    with resources.as_file(_schema_file("tei_all.rng")) as path:
        simplified = subprocess.run([jing, "-s", str(path)], capture_output=True, check=True).stdout
        target = target or Path(path).with_name(SIMPLIFIED_TEI_ALL)
    body = simplified.split(b"?>", 1)[1] if simplified.startswith(b"<?xml") else simplified
    header = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<!-- Derived, do not edit: `jing -s tei_all.rng` (RELAX NG simplification, the same grammar).\n"
        f"     tei_all.rng sha256 {_tei_all_hash()}\n"
        "     Remake with encoder.validate.write_simplified_tei_all(). -->"
    ).encode("utf-8")
    with gzip.GzipFile(target, "wb", compresslevel=9, mtime=0) as file:
        file.write(header + body)
    return target


# --------------------------------------------------------------------------------------
# Reading: safe parsing, positions.
# --------------------------------------------------------------------------------------


def _parser() -> etree.XMLParser:
    """A parser safe on untrusted input.

    No entity expansion, no DTD loading, no network, libxml2's resource limits kept
    (huge_tree=False): elements nested at most 256 deep, text nodes and attribute values
    at most 10 MB. Breaking one is reported as ``unsafe`` (see :func:`_syntax_problems`);
    the file's size is capped before it is read (``Validator(max_bytes=...)``). ``collect_ids=False``: otherwise libxml2 itself rejects a duplicate
    xml:id as a parse error, and an editor would read "not well-formed" instead of the
    id-unique rule's message.
    """
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        collect_ids=False,
        remove_blank_text=False,
    )


def _declared_entities(data: bytes) -> tuple[list[str], int] | None:
    """Names of entities declared in the internal DTD subset, read up to the root's start tag.

    Parsing stops at the first start tag, so references in the body are never reached.
    Returns None when there is no such declaration (or the prolog does not parse: the full
    parse will report that as "xml").
    """
    try:
        events = etree.iterparse(
            io.BytesIO(data),
            events=("start",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
            collect_ids=False,
        )
        for _, element in events:
            return _entities_of(element.getroottree(), data)
    except etree.XMLSyntaxError:
        return None
    return None


def _entities_of(tree: etree._ElementTree, data: bytes) -> tuple[list[str], int] | None:
    """Entities declared in the internal DTD subset of ``tree``, and the DOCTYPE's line."""
    dtd = tree.docinfo.internalDTD
    names = [entity.name for entity in dtd.iterentities()] if dtd is not None else []
    if not names:
        return None
    start = data.find(b"<!DOCTYPE")
    return names, (data.count(b"\n", 0, start) + 1 if start >= 0 else 1)


# A start tag (group 1: its name, group 2: its attributes), or something to skip over.
_START_TAG = re.compile(
    r"<!--.*?-->"
    r"|<!\[CDATA\[.*?\]\]>"
    r"|<\?.*?\?>"
    r"|<!DOCTYPE(?:[^\[>]*\[.*?\]\s*>|[^>]*>)"
    r"|<([^\s/>!?=]+)((?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>",
    re.S,
)
_ATTRIBUTE = re.compile(r"\s+([^\s=/>]+)\s*=\s*(?:\"[^\"]*\"|'[^']*')")
_NEWLINE = re.compile(r"\r\n|\r|\n")


class _Positions:
    """Line and column of each element's start tag, and of its attributes.

    libxml2 gives an element the line where its start tag *ends* and no column; editors
    want to be taken to the ``<``. Start tags are found in the source text in document
    order, which is the order of ``root.iter()``.
    """

    def __init__(self, text: str, root: etree._Element):
        self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
        self._elements = list(root.iter(etree.Element))  # keeps lxml proxies (and identity) alive
        self._where: dict[etree._Element, tuple[int, dict[str, int]]] = {}
        tags = [m for m in _START_TAG.finditer(text) if m.group(1)]
        if len(tags) == len(self._elements):
            for element, match in zip(self._elements, tags):
                attributes = {
                    a.group(1): match.start(2) + a.start(1) for a in _ATTRIBUTE.finditer(match.group(2))
                }
                self._where[element] = (match.start(), attributes)

    def _line_column(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1

    def of(self, element: etree._Element, attribute: str | None = None) -> tuple[int, int]:
        """(line, column), 1-based, of the start tag of ``element`` or of one of its attributes."""
        where = self._where.get(element)
        if where is None:
            return element.sourceline or 1, 1
        start, attributes = where
        if attribute is not None:
            qname = _qname(element, attribute)
            if qname in attributes:
                return self._line_column(attributes[qname])
        return self._line_column(start)

    def on_line(self, line: int) -> list[etree._Element]:
        """Elements whose start tag ends on ``line`` (how libxml2 numbers them)."""
        return [e for e in self._elements if e.sourceline == line]


def _qname(element: etree._Element, attribute: str) -> str:
    """The attribute name as written in the source: ``xml:id``, ``when``."""
    if attribute.startswith("{"):
        namespace, local = attribute[1:].split("}", 1)
        if namespace == XML_NS:
            return f"xml:{local}"
        for prefix, uri in (element.nsmap or {}).items():
            if uri == namespace and prefix:
                return f"{prefix}:{local}"
        return local
    return attribute


def _name(element: etree._Element) -> str:
    """How to name an element in a message: ``persName``, or ``{ns}foo`` outside TEI."""
    qname = etree.QName(element)
    if qname.namespace in (TEI_NS, None):
        return qname.localname
    return f"{element.prefix}:{qname.localname}" if element.prefix else element.tag


def _clark_to_names(text: str) -> str:
    return text.replace(f"{{{TEI_NS}}}", "").replace(f"{{{XML_NS}}}", "xml:")


@dataclass
class _Document:
    """A parsed TEI file and what the layers share: positions, the xml:id index."""

    path: str
    data: bytes
    tree: etree._ElementTree

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()

    @cached_property
    def positions(self) -> _Positions:
        encoding = self.tree.docinfo.encoding or "utf-8"
        try:
            text = self.data.decode(encoding, errors="replace")
        except LookupError:
            text = self.data.decode("utf-8", errors="replace")
        return _Positions(text.lstrip("\ufeff"), self.root)

    @cached_property
    def tei_elements(self) -> list[etree._Element]:
        return list(self.root.iter(f"{{{TEI_NS}}}*"))

    @cached_property
    def ids(self) -> dict[str, etree._Element]:
        """xml:id -> the first element that carries it (any namespace)."""
        index: dict[str, etree._Element] = {}
        for element in self.root.iter(etree.Element):
            value = element.get(_XML_ID)
            if value is not None:
                index.setdefault(value, element)
        return index

    def problem(self, rule: str, element: etree._Element, message: str, attribute: str | None = None) -> Problem:
        line, column = self.positions.of(element, attribute)
        return Problem(self.path, line, column, message, "error", rule=rule)


# --------------------------------------------------------------------------------------
# The validator.
# --------------------------------------------------------------------------------------


class Validator:
    """Checks TEI files against every layer; build one, validate many.

    ``tei_all=False`` skips the official grammar (~0.04 s of compile and ~0.5 ms per
    valid document; ~5 s more at the first invalid one), e.g. for quick checks while
    editing; the project schema and rules always run. A file larger
    than ``max_bytes`` is refused unread (rule ``unsafe``). ``documents``, the number of
    files the run will check if known, chooses the faster tei_all grammar for that many
    (for documents the restricted grammar rejects; it gives every other verdict).
    Grammars are compiled on first use and shared by all Validators of the process.
    """

    def __init__(self, *, tei_all: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, documents: int | None = None):
        self.tei_all = tei_all
        self.max_bytes = max_bytes
        # For documents the restricted tei_all rejects: the simplified one compiles ~4 s
        # faster but checks ~1.4 ms slower; past ~2,000 of them, tei_all.rng pays off.
        self._fast_tei_all = documents is None or documents <= _FAST_TEI_ALL_UP_TO

    def compile(self, *, for_invalid: bool = False) -> None:
        """Compile now the grammars valid documents need (e.g. before forking workers, which
        then share them); ``for_invalid=True`` also those that word the errors of invalid
        ones (xmlschema, tei_all.rng: ~5 s more). Valid documents need the libxml2 XSD and
        the restricted tei_all (~0.1 s); without that file, the simplified or full one."""
        _project_schema_fast()
        if self.tei_all and _tei_all_restricted() is None:
            if self._fast_tei_all:
                _tei_all_fast()
            if not self._fast_tei_all or _tei_all_fast() is None:
                _tei_all()
        if self.tei_all and for_invalid:
            _tei_all()
        if for_invalid:
            _project_schema()

    def validate(self, path: str | Path) -> list[Problem]:
        """Every problem of ``path``, in reading order (line, column). Empty: valid."""
        return sorted(self.iter_errors(path), key=lambda p: (p.line, p.column))

    def is_valid(self, path: str | Path) -> bool:
        """True if ``path`` has no problem at all (stops at the first one)."""
        return next(self.iter_errors(path), None) is None

    def iter_errors(self, path: str | Path) -> Iterator[Problem]:
        """Yield every problem of ``path``: safety, XML, root, schema, tei_all, rules."""
        name = str(path)
        try:
            with open(path, "rb") as file:
                size = os.fstat(file.fileno()).st_size
                if size > self.max_bytes:
                    yield _too_large(name, size, self.max_bytes)
                    return
                data = file.read(self.max_bytes + 1)  # not a regular file: its size is not known
        except OSError as error:
            yield Problem(name, 1, 1, f"cannot read the file: {error.strerror or error}", rule="xml")
            return
        if len(data) > self.max_bytes:
            yield _too_large(name, len(data), self.max_bytes, at_least=True)
            return

        declared = _declared_entities(data)
        if declared is not None:
            yield _unsafe(name, *declared)
            return

        parser = _parser()
        try:
            tree = etree.parse(io.BytesIO(data), parser, base_url=name)
        except etree.XMLSyntaxError as error:
            yield from _syntax_problems(name, error, parser.error_log)
            return
        declared = _entities_of(tree, data)  # in case the prolog check could not read them
        if declared is not None:
            yield _unsafe(name, *declared)
            return
        document = _Document(name, data, tree)

        for entity in document.root.iter(etree.Entity):
            line, _ = document.positions.of(entity.getparent())
            yield Problem(
                name, entity.sourceline or line, 1,
                f"entity reference {entity.text} cannot be resolved (DTDs are not read): "
                "write the character itself or a numeric reference such as &#160;",
                rule="xml",
            )

        root_problem = _check_root(document)
        if root_problem is not None:
            yield root_problem
            return

        yield from _schema_problems(document)
        if self.tei_all:
            yield from _tei_all_problems(document, self._fast_tei_all)
        for _rule_id, check in _CHECKS:
            yield from check(document)


def _megabytes(size: int) -> str:
    """``200 MiB``, ``1.5 MiB``; under 1 MiB in bytes (``10,102 bytes``)."""
    if size < 1024 * 1024:
        return f"{size:,} bytes"
    return f"{size / 1024 / 1024:.1f}".rstrip("0").rstrip(".") + " MiB"


def _too_large(path: str, size: int, limit: int, at_least: bool = False) -> Problem:
    return Problem(
        path, 1, 1,
        f"the file is {'over ' if at_least else ''}{_megabytes(size)}, more than the limit of "
        f"{_megabytes(limit)}: refused unread, since a tree that large can exhaust memory; "
        "split the document, or raise the limit (encoder validate --max-size)",
        rule="unsafe",
    )


def _unsafe(path: str, names: list[str], line: int) -> Problem:
    shown = ", ".join(names[:5]) + (f"... ({len(names)} in all)" if len(names) > 5 else "")
    return Problem(
        path, line, 1,
        f"the DOCTYPE declares entities ({shown}); files that declare entities are refused "
        "unread, since expanding them can exhaust memory (\"billion laughs\") or read local "
        "files: remove the DOCTYPE and write the characters themselves",
        rule="unsafe",
    )


def _syntax_problems(path: str, error: etree.XMLSyntaxError, log) -> Iterator[Problem]:
    """The parser's errors (libxml2 stops at the first fatal one). ``log`` is the parser's
    own log: ``error.error_log`` may also hold entries of earlier parses of the thread."""
    entries = [e for e in log if e.level >= etree.ErrorLevels.ERROR]
    if not entries:
        line, column = error.position if error.position else (1, 1)
        yield Problem(path, line or 1, column or 1, f"not well-formed XML: {error.msg}", rule="xml")
        return
    seen = set()
    for entry in entries:
        key = (entry.line, entry.column, entry.message)
        if key in seen:
            continue
        seen.add(key)
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            yield _resource_limit(path, entry)
            return  # libxml2 stops there: what follows is an artefact of the stop
        yield Problem(path, entry.line or 1, entry.column or 1, f"not well-formed XML: {entry.message.strip()}", rule="xml")


def _resource_limit(path: str, entry) -> Problem:
    """libxml2 refused to go on (huge_tree=False): say which limit, and what to do."""
    if "depth" in entry.message:
        message = (
            f"elements are nested more than {_MAX_DEPTH} deep: refused, since deeper trees can "
            "exhaust memory and no TEI document needs them; look for start tags never closed "
            "(<lb> written for <lb/>)"
        )
    else:
        message = (
            "a text or attribute value is longer than 10 MB: refused, since it can exhaust "
            "memory and no TEI document needs one; split the text into elements"
        )
    return Problem(path, entry.line or 1, entry.column or 1, message, rule="unsafe")


def _check_root(document: _Document) -> Problem | None:
    root = document.root
    qname = etree.QName(root)
    if qname.namespace == TEI_NS and qname.localname == "TEI":
        return None
    if qname.localname == "TEI" and qname.namespace is None:
        message = (
            f'the root element <TEI> has no namespace: add xmlns="{TEI_NS}" to it '
            "(without it, no TEI element is recognized)"
        )
    elif qname.namespace == TEI_NS:
        message = (
            f"the root element is <{qname.localname}>, not <TEI>: validate a single TEI "
            "document (a teiCorpus or a fragment is not checked)"
        )
    else:
        message = f"the root element is <{_name(root)}>: this is not a TEI document (<TEI xmlns=\"{TEI_NS}\">)"
    return document.problem("not-tei", root, message)


# --------------------------------------------------------------------------------------
# Grammar layers.
# --------------------------------------------------------------------------------------

_ATTRIBUTE_IN_REASON = re.compile(r"attribute (\S+?)=|'([^']+)' attribute not allowed")


def _schema_problems(document: _Document) -> Iterator[Problem]:
    """Errors of the project XSD, each at the element (or attribute) concerned.

    libxml2 gives the verdict (fast); xmlschema words the errors of an invalid document.
    Should xmlschema find nothing where libxml2 found errors, libxml2's are reported.
    """
    fast = _project_schema_fast()
    try:
        if fast.validate(document.tree):
            return
    except etree.XMLSchemaValidateError:  # libxml2 gives up on unresolved entity references
        yield from _xmlschema_problems(document, _project_schema())
        return
    if sum(1 for _ in document.root.iter()) > _XMLSCHEMA_MAX_ELEMENTS:
        # xmlschema takes ~0.2 ms per element on an invalid document (~4 s at the cap,
        # minutes for a 32 MiB one): past the cap, libxml2's own words, at once.
        for entry in fast.error_log:
            message = _clark_to_names(entry.message).replace("Element '", "<").replace("': ", ">: ", 1)
            yield _at_line(document, "schema", entry.line, message)
        return
    found = False
    for problem in _xmlschema_problems(document, _project_schema()):
        found = True
        yield problem
    if not found:
        for entry in fast.error_log:
            yield _at_line(document, "schema", entry.line, _clark_to_names(entry.message))


def _xmlschema_problems(document: _Document, schema: xmlschema.XMLSchema10) -> Iterator[Problem]:
    for error in schema.iter_errors(document.tree):
        element = error.elem if isinstance(error.elem, etree._Element) else document.root
        child = getattr(error, "invalid_child", None)
        reason = _clark_to_names(error.reason or str(error))
        if isinstance(error, xmlschema.XMLSchemaChildrenValidationError) and isinstance(child, etree._Element):
            if child.tag not in schema.maps.elements:
                message = (
                    f"<{_name(child)}> is not part of the encoder's TEI (schemas/README.md lists "
                    f"what is): remove it or extend schemas/encoder.xsd"
                )
            else:
                message = f"<{_name(child)}> is not allowed at this place in <{_name(element)}>"
                expected = _expected(error)
                if expected:
                    message += f"; expected {expected}"
            yield document.problem("schema", child, message)
        elif isinstance(error, xmlschema.XMLSchemaChildrenValidationError):
            expected = _expected(error)
            message = f"<{_name(element)}> is incomplete" + (f": expected {expected}" if expected else f": {reason}")
            yield document.problem("schema", element, message)
        else:
            match = _ATTRIBUTE_IN_REASON.search(reason)
            attribute = (match.group(1) or match.group(2)) if match else None
            if attribute and attribute.startswith("xml:"):
                attribute = f"{{{XML_NS}}}{attribute[4:]}"
            reason = re.sub(r"^'([^']+)' attribute not allowed for element$", r"attribute \1 is not allowed", reason)
            yield document.problem("schema", element, f"<{_name(element)}>: {reason}", attribute)


def _expected(error) -> str:
    """The expected elements of a content error, short: '<p>, <ab> or <list>'."""
    names = []
    for particle in getattr(error, "expected", None) or ():
        name = getattr(particle, "local_name", None) or getattr(particle, "name", None)
        if name and f"<{name}>" not in names:
            names.append(f"<{_clark_to_names(name)}>")
    if not names:
        return ""
    if len(names) > 6:
        return ", ".join(names[:6]) + " or another"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


_ELEMENT_IN_MESSAGE = re.compile(r"[Ee]lement (\S+)")
_ATTRIBUTE_IN_MESSAGE = re.compile(r"attribute (\S+) for element")
_ELEMENT_IN_XSD_MESSAGE = re.compile(r"^<([^>\s]+)>")


def _tei_all_problems(document: _Document, use_fast: bool = True) -> Iterator[Problem]:
    """tei_all's errors, as libxml2 words them, at the element they name.

    Verdict: the restricted grammar if it accepts (every valid document of the project),
    else the simplified one (``use_fast``) if it accepts, else tei_all.rng, whose errors
    are reported."""
    restricted = _tei_all_restricted()
    with _tei_all_lock:
        if restricted is not None and restricted.validate(document.tree):
            return
    fast = _tei_all_fast() if use_fast else None
    with _tei_all_lock:
        if fast is not None and fast.validate(document.tree):
            return
    grammar = _tei_all()
    with _tei_all_lock:
        grammar.validate(document.tree)
        entries = [(e.line, e.message) for e in grammar.error_log]
    seen = set()
    for line, message in entries:
        if (line, message) in seen:
            continue
        seen.add((line, message))
        yield _at_line(document, "tei_all", line, message)


def _at_line(document: _Document, rule: str, line: int, message: str) -> Problem:
    """A libxml2 message (which gives a line only) at the element it names on that line."""
    candidates = document.positions.on_line(line)
    match = _ELEMENT_IN_XSD_MESSAGE.search(message) or _ELEMENT_IN_MESSAGE.search(message)
    named = [e for e in candidates if match and etree.QName(e).localname == match.group(1).rstrip(":,")]
    target = (named or candidates or [None])[0]
    if target is None:
        return Problem(document.path, line or 1, 1, message, "error", rule=rule)
    attribute = _ATTRIBUTE_IN_MESSAGE.search(message)
    name = attribute.group(1) if attribute else None
    if name == "id" and target.get(_XML_ID) is not None:
        name = _XML_ID
    return document.problem(rule, target, message, name)


# --------------------------------------------------------------------------------------
# Rules no grammar says. Each: (id, function of a _Document yielding Problems).
#
# Code, not Schematron. Measured (200 generated documents, same run): four of these rules
# as the XSLT a Schematron compiler would make, run by saxonche, cost ~1.1-1.4 ms per
# document (Saxon parses the file again: it cannot take lxml's tree); all seven here
# cost ~1.2 ms, parse included, on the tree the other layers already share. Speed is a
# draw; the rest is not: SVRL reports an XPath, not the line and column editors are sent
# to (mapping it back costs a second walk); messages such as "February 1951 has 28 days"
# or the UTC comparison of offsets in date-order are awkward in XPath asserts; and neither
# compiler is installable: SchXslt is not on PyPI (its XSLT would be vendored), and the
# pyschematron the package index offers (0.1.0) is an empty placeholder. For editors,
# each rule's id, what it checks and its message are listed in RULES (above) and in
# schemas/README.md, which is what they read; the functions below are short and each
# names the rule it implements.
# --------------------------------------------------------------------------------------

_CHECKS: list[tuple[str, Callable[[_Document], Iterator[Problem]]]] = []


def _rule(rule_id: str):
    assert rule_id in RULES, rule_id

    def register(function):
        _CHECKS.append((rule_id, function))
        return function

    return register


#: TEI attributes whose values are pointers (teidata.pointer): a "#id" must resolve.
_POINTER_ATTRIBUTES = (
    "ref", "target", "corresp", "who", "resp", "source", "ana", "sameAs", "targetEnd",
    "facs", "rendition", "hand", "scheme", "decls", "calendar",
)
_POINTER_SET = frozenset(_POINTER_ATTRIBUTES)


def _describe(element: etree._Element) -> str:
    """``<persName ref="#x">`` or ``<msDesc xml:id="src-1">``: enough to find it."""
    for attribute, shown in ((_XML_ID, "xml:id"), ("ref", "ref"), ("type", "type")):
        value = element.get(attribute)
        if value:
            return f'<{_name(element)} {shown}="{value}">'
    return f"<{_name(element)}>"


@_rule("ref-resolves")
def _check_pointers(document: _Document) -> Iterator[Problem]:
    ids = document.ids
    for element in document.tei_elements:
        for attribute, value in element.attrib.items():
            if attribute not in _POINTER_SET:
                continue
            for token in value.split():
                if token.startswith("#") and token[1:] not in ids:
                    yield document.problem(
                        "ref-resolves", element,
                        f'@{attribute} "{token}" on <{_name(element)}> points to nothing: no element has '
                        f'xml:id="{token[1:]}"; add it (persons, places and organizations go in <standOff>) '
                        "or correct the pointer",
                        attribute,
                    )


@_rule("id-unique")
def _check_ids(document: _Document) -> Iterator[Problem]:
    first: dict[str, etree._Element] = {}
    for element in document.root.iter(etree.Element):
        value = element.get(_XML_ID)
        if value is None:
            continue
        if value in first:
            line, _ = document.positions.of(first[value], _XML_ID)
            yield document.problem(
                "id-unique", element,
                f'xml:id="{value}" is already used on line {line} (<{_name(first[value])}>): '
                "an xml:id must be unique in the document; rename one of them and the pointers to it",
                _XML_ID,
            )
        else:
            first[value] = element


# Dates: teidata.temporal.w3c, the XML Schema date and time types TEI allows.
_DATING_ATTRIBUTES = ("when", "from", "to", "notBefore", "notAfter")
#: Elements whose @from/@to are not dates in TEI 4.3.0 (folio or page numbers, pointers).
_NOT_DATING = frozenset({"locus", "biblScope", "citedRange", "span", "app", "arc", "rt"})

_YEAR = r"(?P<year>-?(?:[1-9]\d{4,}|\d{4}))"
_TIME = r"(?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2}(?:\.\d+)?)"
_ZONE = r"(?P<zone>Z|[+-]\d{2}:\d{2})?"
_TEMPORAL_FORMS = {
    "dateTime": re.compile(rf"{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})T{_TIME}{_ZONE}"),
    "date": re.compile(rf"{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}}){_ZONE}"),
    "gYearMonth": re.compile(rf"{_YEAR}-(?P<month>\d{{2}}){_ZONE}"),
    "gYear": re.compile(rf"{_YEAR}{_ZONE}"),
    "time": re.compile(rf"{_TIME}{_ZONE}"),
    "gMonthDay": re.compile(rf"--(?P<month>\d{{2}})-(?P<day>\d{{2}}){_ZONE}"),
    "gMonth": re.compile(rf"--(?P<month>\d{{2}}){_ZONE}"),
    "gDay": re.compile(rf"---(?P<day>\d{{2}}){_ZONE}"),
}
_ISO_HINT = (
    "write ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss with an optional "
    "offset such as +08:00"
)


@dataclass(frozen=True)
class _Temporal:
    """A parsed dating value: its form, and the first and last instants it covers."""

    form: str
    low: tuple = field(default=())
    high: tuple = field(default=())
    zone: timedelta | None = None


def _parse_temporal(value: str) -> tuple[_Temporal | None, str | None]:
    """(value, None) if ``value`` is a real date in a form TEI accepts, else (None, why)."""
    for form, pattern in _TEMPORAL_FORMS.items():
        match = pattern.fullmatch(value)
        if match:
            break
    else:
        return None, f"is not a date TEI accepts: {_ISO_HINT}"
    parts = match.groupdict()
    year = int(parts["year"]) if parts.get("year") else None
    month = int(parts["month"]) if parts.get("month") else None
    day = int(parts["day"]) if parts.get("day") else None
    if year == 0:
        return None, "has year 0000, which XML Schema dates do not have: write 0001 or -0001"
    if month is not None and not 1 <= month <= 12:
        return None, f"has no month {month:02d}: months run from 01 to 12"
    if day is not None:
        leap_year = 2000 if year is None else (year if year > 0 else year + 1)
        last = calendar.monthrange(leap_year, month)[1] if month is not None else 31
        if not 1 <= day <= last:
            if month is None:
                return None, f"has no day {day:02d}: days run from 01 to 31"
            month_name = calendar.month_name[month]
            when = f"{month_name} {year}" if year is not None else month_name
            return None, f"is not a real date: {when} has {last} days"
    if parts.get("hour") is not None:
        hour, minute, second = int(parts["hour"]), int(parts["minute"]), float(parts["second"])
        midnight = hour == 24 and minute == 0 and second == 0
        if not (midnight or (hour < 24 and minute < 60 and second < 60)):
            return None, f"has no time {parts['hour']}:{parts['minute']}:{parts['second']}"
    else:
        hour, minute, second = None, None, None
    zone = None
    if parts.get("zone"):
        if parts["zone"] == "Z":
            zone = timedelta(0)
        else:
            sign = -1 if parts["zone"][0] == "-" else 1
            zone_hours, zone_minutes = int(parts["zone"][1:3]), int(parts["zone"][4:6])
            if zone_minutes > 59 or zone_hours > 14 or (zone_hours == 14 and zone_minutes):
                return None, f"has offset {parts['zone']}, outside -14:00 to +14:00"
            zone = sign * timedelta(hours=zone_hours, minutes=zone_minutes)
    if year is None:  # gMonth, gDay, gMonthDay, time: no place on a time line
        return _Temporal(form), None
    if form == "gYear":
        low, high = (year, 1, 1, 0, 0, 0.0), (year, 12, 31, 24, 0, 0.0)
    elif form == "gYearMonth":
        low, high = (year, month, 1, 0, 0, 0.0), (year, month, 31, 24, 0, 0.0)
    elif form == "date":
        low, high = (year, month, day, 0, 0, 0.0), (year, month, day, 24, 0, 0.0)
    else:
        low = high = (year, month, day, hour, minute, second)
    return _Temporal(form, low, high, zone), None


def _is_dating(element: etree._Element) -> bool:
    return etree.QName(element).localname not in _NOT_DATING


@_rule("iso-date")
def _check_dates(document: _Document) -> Iterator[Problem]:
    for element in document.tei_elements:
        if not element.attrib or not _is_dating(element):
            continue
        for attribute in _DATING_ATTRIBUTES:
            value = element.get(attribute)
            if value is None:
                continue
            _, why = _parse_temporal(value)
            if why:
                yield document.problem(
                    "iso-date", element, f'@{attribute}="{value}" on <{_name(element)}> {why}', attribute
                )


def _instant(value: _Temporal, bound: tuple, other: _Temporal) -> object:
    """A comparable instant: UTC when both values carry an offset, wall-clock otherwise."""
    if value.zone is not None and other.zone is not None and value.form == other.form == "dateTime":
        year, month, day, hour, minute, second = bound
        if 1 <= year <= 9999:
            moment = datetime(year, month, day, min(hour, 23), minute, int(second))
            return (moment - value.zone).timetuple()[:6]
    return bound


@_rule("date-order")
def _check_date_order(document: _Document) -> Iterator[Problem]:
    for element in document.tei_elements:
        if not element.attrib or not _is_dating(element):
            continue
        for start, end in (("from", "to"), ("notBefore", "notAfter")):
            first, last = element.get(start), element.get(end)
            if first is None or last is None:
                continue
            (a, _), (b, _) = _parse_temporal(first), _parse_temporal(last)
            if a is None or b is None or not a.low or not b.low:
                continue  # iso-date reports unreadable values; month-days have no order
            if _instant(a, a.low, b) > _instant(b, b.high, a):
                yield document.problem(
                    "date-order", element,
                    f'@{start}="{first}" is later than @{end}="{last}" on <{_name(element)}>: '
                    "swap the values or correct one of them",
                    start,
                )


@_rule("corresp-target")
def _check_corresp_targets(document: _Document) -> Iterator[Problem]:
    for element in document.root.iter(f"{{{TEI_NS}}}correspDesc"):
        for token in (element.get("ref") or "").split():
            target = document.ids.get(token[1:]) if token.startswith("#") else None
            if target is None:
                continue  # an external URI, or a dangling pointer (rule ref-resolves)
            if target.tag not in (f"{{{TEI_NS}}}div", f"{{{TEI_NS}}}floatingText"):
                yield document.problem(
                    "corresp-target", element,
                    f'<correspDesc> @ref "{token}" points to {_describe(target)}; it must point to the '
                    "<div> or <floatingText> that holds the message",
                    "ref",
                )


def _has_text(element: etree._Element) -> bool:
    return bool("".join(element.itertext()).strip())


@_rule("msdesc-complete")
def _check_msdesc(document: _Document) -> Iterator[Problem]:
    tei = f"{{{TEI_NS}}}"
    for element in document.root.iter(f"{tei}msDesc"):
        identifier = element.find(f"{tei}msIdentifier")
        where = identifier if identifier is not None else element
        repository = identifier.find(f"{tei}repository") if identifier is not None else None
        if repository is None:
            yield document.problem(
                "msdesc-complete", where,
                f"{_describe(element)} has no <repository> in <msIdentifier>: name the archive, "
                'e.g. <repository ref="#org-aprf">APRF</repository>',
            )
        elif not _has_text(repository):
            yield document.problem(
                "msdesc-complete", repository,
                f"{_describe(element)} has an empty <repository>: write the archive's name in it",
            )
        has_idno = identifier is not None and (
            identifier.find(f"{tei}idno") is not None or identifier.find(f"{tei}altIdentifier/{tei}idno") is not None
        )
        if not has_idno:
            yield document.problem(
                "msdesc-complete", where,
                f"{_describe(element)} has no <idno> in <msIdentifier>: give the archival reference "
                '(fond, opis, delo, box, folder...) as <idno type="...">',
            )


@_rule("name-not-empty")
def _check_names(document: _Document) -> Iterator[Problem]:
    tei = f"{{{TEI_NS}}}"
    for element in document.root.iter(f"{tei}persName", f"{tei}placeName", f"{tei}orgName"):
        if _has_text(element) or element.find(f".//{tei}gap") is not None:
            continue  # a name lost in the source is <persName><gap/></persName>, not empty
        yield document.problem(
            "name-not-empty", element,
            f"{_describe(element)} has no text: put the name as written inside it, or remove the element",
        )


# --------------------------------------------------------------------------------------
# Running over paths, and reporting (the `encoder validate` command is a thin shell).
# --------------------------------------------------------------------------------------


def collect_files(paths: list[str | Path]) -> list[Path]:
    """The files to validate: files as given (any name), folders searched recursively for
    ``*.xml``, in sorted order, skipping hidden folders (``.git``, ``.venv``...); each
    file once. Symbolic links to folders are not followed (no cycles)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        inside = []
        for folder, subfolders, files in os.walk(path):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            inside.extend(Path(folder) / f for f in files if f.endswith(".xml"))
        found.extend(sorted(inside, key=lambda p: p.parts))
    seen: set[Path] = set()
    unique = []
    for path in found:
        key = Path(os.path.normpath(path))
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


#: Output formats of :func:`format_report` (``encoder validate --format``).
FORMATS = ("text", "json", "junit", "github")


def is_unreadable(problems: list[Problem]) -> bool:
    """True if the file could not be checked at all (exit code 2 rather than 1)."""
    return any(p.rule in ("xml", "unsafe") for p in problems)


def format_problem(problem: Problem, format: str = "text") -> str:
    """One problem as one line: ``file:line:col: [rule] message`` or a GitHub annotation."""
    if format == "github":
        # Workflow commands: % CR LF escaped everywhere, also : and , in properties.
        def data(value: str) -> str:
            return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

        def prop(value: str) -> str:
            return data(value).replace(":", "%3A").replace(",", "%2C")

        level = "warning" if problem.severity == "warning" else "error"
        return (
            f"::{level} file={prop(problem.path)},line={problem.line},col={problem.column},"
            f"title={prop(f'[{problem.rule}]')}::{data(problem.message)}"
        )
    return str(problem)


def format_report(results: list[tuple[str, list[Problem]]], format: str = "text") -> str:
    """The whole report of a run: ``results`` is (file, its problems) for every file checked.

    ``text`` and ``github``: one line per problem (nothing for a valid file). ``json``: a
    list of {file, line, column, rule, message, severity}. ``junit``: JUnit XML, one
    testsuite, one testcase per file (named after it), one <failure> per problem.
    """
    if format in ("text", "github"):
        return "".join(format_problem(p, format) + "\n" for _, problems in results for p in problems)
    if format == "json":
        return json.dumps(
            [
                {"file": p.path, "line": p.line, "column": p.column, "rule": p.rule,
                 "message": p.message, "severity": p.severity}
                for _, problems in results for p in problems
            ],
            ensure_ascii=False, indent=2,
        ) + "\n"
    if format == "junit":
        return _junit(results)
    raise ValueError(f"unknown format {format!r}: one of {', '.join(FORMATS)}")


_NOT_XML_CHARACTER = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_safe(text: str) -> str:
    """Text an XML document can hold (a file name may have any character)."""
    return _NOT_XML_CHARACTER.sub("\ufffd", text)


def _junit(results: list[tuple[str, list[Problem]]]) -> str:
    failures = sum(1 for _, problems in results if problems)
    attributes = {"name": "encoder validate", "tests": str(len(results)), "failures": str(failures), "errors": "0"}
    suites = etree.Element("testsuites", attributes)
    suite = etree.SubElement(suites, "testsuite", attributes)
    for path, problems in results:
        path = _xml_safe(path)
        case = etree.SubElement(suite, "testcase", classname="encoder.validate", name=path, file=path)
        for problem in problems:
            failure = etree.SubElement(case, "failure", type=problem.rule, message=_xml_safe(problem.message))
            failure.text = _xml_safe(str(problem))
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def _check_in_worker(path: Path) -> tuple[str, list[Problem]]:
    return str(path), _WORKER_VALIDATOR.validate(path)  # type: ignore[union-attr]


_WORKER_VALIDATOR: Validator | None = None


def validate_files(paths: list[Path], validator: Validator, jobs: int = 1) -> Iterator[tuple[str, list[Problem]]]:
    """(file, its problems) for each of ``paths``, in order, in ``jobs`` processes.

    With ``jobs`` > 1 (Linux), the grammars valid documents need are compiled once, here,
    and worker processes are forked from this one: they share the compiled grammars, so
    the compile is paid once and the documents are checked in parallel. Elsewhere, or
    for few files, the files are checked in this process.
    """
    import multiprocessing

    jobs = max(1, min(jobs, len(paths) // 20 or 1))
    if jobs == 1 or "fork" not in multiprocessing.get_all_start_methods() or not sys.platform.startswith("linux"):
        for path in paths:
            yield str(path), validator.validate(path)
        return
    global _WORKER_VALIDATOR
    validator.compile()
    _WORKER_VALIDATOR = validator
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from pool.imap(_check_in_worker, paths, chunksize=8)
    finally:
        _WORKER_VALIDATOR = None
