"""The TEI writer: the only module that knows TEI element names for writing.

It receives plain data (the source, stand-off spans, parsed citation, transmission
facts, registry entries) and builds one TEI P5 document. Spans are nested here, once:
`nest` orders them, keeps those that nest cleanly and reports the ones that cross.

The body keeps the transcription's own line breaks as the whitespace between elements,
so that the body's text (with the editorial brackets put back, see `encoder.text`) *is*
the transcription. The header is indented for people to read; the body is not, because
indentation would add characters the transcription does not have.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Iterable

from lxml import etree

from . import __version__
from .brackets import BRACKET_KINDS
from .model import ArchivalSource, DateValue, Metadata, Source, Span

__all__ = [
    "TEI_NS", "XML_NS", "ELEMENTS", "BRACKETED", "Header", "Correspondence", "Action",
    "nest", "build_document", "serialize",
]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
T = "{%s}" % TEI_NS
XML_ID = "{%s}id" % XML_NS
XML_LANG = "{%s}lang" % XML_NS

# Span kind -> TEI element. Attribute names pass through, except those in ATTRIBUTE_NAMES.
ELEMENTS = {
    "div": "div", "floatingText": "floatingText", "opener": "opener", "closer": "closer",
    "head": "head", "p": "p", "ab": "ab", "salute": "salute", "dateline": "dateline",
    "byline": "byline", "signed": "signed", "note": "note", "idno": "idno",
    "list": "list", "item": "item",
    "persName": "persName", "placeName": "placeName", "orgName": "orgName", "date": "date", "time": "time",
    # editorial brackets (see encoder.brackets)
    "supplied": "supplied", "gap": "gap", "editorial-note": "note", "sic": "note",
    "foreign": "note", "footnote-ref": "ref",
}
ATTRIBUTE_NAMES = {"id": XML_ID, "lang": XML_LANG}
# Fixed attributes a span kind always carries.
FIXED_ATTRIBUTES = {
    "sic": {"type": "sic"},
    "foreign": {"type": "transliteration"},
    "footnote-ref": {"type": "noteAnchor"},
}

# Elements that stood in square brackets in the transcription: (element, @type or
# @reason value or None for any). encoder.text puts the brackets back around them.
BRACKETED = {
    ("supplied", None), ("gap", None),
    ("note", "editorial"), ("note", "translator"), ("note", "sic"), ("note", "transliteration"),
    ("ref", "noteAnchor"),
}

# Nesting rank when two spans cover the same range: the lower rank is outside.
RANK = {
    "div": 0, "floatingText": 1, "opener": 2, "closer": 2, "list": 2,
    "head": 3, "p": 3, "ab": 3, "salute": 3, "dateline": 3, "byline": 3, "signed": 3,
    "note": 3, "item": 3,
    "supplied": 5, "gap": 5, "editorial-note": 5, "sic": 5, "foreign": 5, "footnote-ref": 5,
    "persName": 6, "placeName": 6, "orgName": 6, "date": 7, "time": 7, "idno": 4,
}
# Kinds that must not hold other markup (TEI allows none in them): their content
# becomes a single text child.
OPAQUE = {"gap", "sic", "footnote-ref", "idno"}


@dataclass
class Node:
    span: Span
    children: list["Node"] = field(default_factory=list)


def nest(spans: Iterable[Span], length: int) -> tuple[list[Node], list[Span]]:
    """Order spans into a tree; return the roots and the spans that crossed others.

    Larger and structurally higher spans open first; a span that would cross an open one
    is not nested (it is returned, so the caller can report it).
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= length),
        key=lambda s: (s.start, -s.end, RANK.get(s.kind, 9)),
    )
    roots: list[Node] = []
    stack: list[Node] = []
    dropped: list[Span] = []
    for current in ordered:
        while stack and stack[-1].span.end <= current.start:
            stack.pop()
        if stack and current.end > stack[-1].span.end:
            dropped.append(current)
            continue
        if stack and stack[-1].span.kind in OPAQUE:
            dropped.append(current)
            continue
        node = Node(current)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots, dropped


def make_element(current: Span) -> etree._Element:
    name = ELEMENTS.get(current.kind, current.kind)
    element = etree.Element(T + name)
    attributes = dict(FIXED_ATTRIBUTES.get(current.kind, {}))
    attributes.update(current.attrs)
    for key, value in attributes.items():
        if key.startswith("_"):
            continue
        if key == "ref":
            value = "#" + value
        element.set(ATTRIBUTE_NAMES.get(key, key), value)
    return element


def fill(parent: etree._Element, text: str, start: int, end: int, children: list[Node]) -> None:
    """Write text[start:end] into parent, with children as nested elements."""
    cursor = start
    last: etree._Element | None = None

    def add_text(piece: str) -> None:
        if not piece:
            return
        if last is None:
            parent.text = (parent.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece

    for child in children:
        add_text(text[cursor : child.span.start])
        element = make_element(child.span)
        parent.append(element)
        last = element
        inner_start, inner_end = child.span.start, child.span.end
        if child.span.kind in BRACKET_KINDS:  # the brackets themselves are not written
            inner_start, inner_end = inner_start + 1, inner_end - 1
        if child.span.kind == "gap":
            target = etree.SubElement(element, T + "desc")
        elif child.span.kind == "floatingText":
            target = etree.SubElement(element, T + "body")
        elif child.span.kind == "foreign":
            target = etree.SubElement(element, T + "foreign")
            target.set(XML_LANG, element.attrib.pop(XML_LANG, "ru-Latn"))
        else:
            target = element
        fill(target, text, inner_start, inner_end, [n for n in child.children if inner_start <= n.span.start and n.span.end <= inner_end])
        cursor = child.span.end
    add_text(text[cursor:end])


@dataclass(frozen=True)
class Action:
    """One step of a message's transmission: who, where, when."""

    type: str  # sent | transmitted | received
    persons: tuple[tuple[str, str | None], ...] = ()  # (name as written, registry id)
    orgs: tuple[tuple[str, str | None], ...] = ()
    places: tuple[tuple[str, str | None], ...] = ()
    date: DateValue | None = None
    date_text: str | None = None


@dataclass(frozen=True)
class Correspondence:
    """The transmission of one message (the document or a message quoted in it)."""

    target: str  # xml:id of the div or floatingText
    actions: tuple[Action, ...] = ()
    replies_to: tuple[str, ...] = ()  # texts of earlier telegrams it answers


@dataclass(frozen=True)
class Language:
    ident: str
    label: str


@dataclass
class Header:
    """Everything the teiHeader says, as plain data."""

    doc_id: str
    metadata: Metadata
    languages: tuple[Language, ...] = ()
    text_lang: str = "en"
    record: str | None = None
    sources: tuple[ArchivalSource, ...] = ()
    repository_refs: dict[str, str] = field(default_factory=dict)  # repository -> org xml:id
    creation: DateValue | None = None
    correspondence: tuple[Correspondence, ...] = ()
    trailer: str = ""
    source_format: str = "wcda"
    today: str = field(default_factory=lambda: _dt.date.today().isoformat())


def sub(parent: etree._Element, name: str, text: str | None = None, **attributes: str | None) -> etree._Element:
    element = etree.SubElement(parent, T + name)
    for key, value in attributes.items():
        if value is not None:
            element.set(ATTRIBUTE_NAMES.get(key.rstrip("_"), key.rstrip("_")), value)
    if text is not None:
        element.text = text
    return element


def date_element(parent: etree._Element, value: DateValue | None, text: str | None = None) -> etree._Element | None:
    if value is None or value.error:
        if text:
            return sub(parent, "date", text)
        return None
    return sub(parent, "date", text, **value.attributes())


def build_header(header: Header) -> etree._Element:
    meta = header.metadata
    tei_header = etree.Element(T + "teiHeader")
    file_desc = sub(tei_header, "fileDesc")
    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", meta.title or header.doc_id, type="main")
    resp_stmt = sub(title_stmt, "respStmt")
    sub(resp_stmt, "resp", "TEI encoding")
    sub(resp_stmt, "name", f"encoder {__version__}", type="software")

    publication = sub(file_desc, "publicationStmt")
    sub(publication, "authority", "Wilson Center Digital Archive" if header.source_format == "wcda" else "encoder")
    if meta.url:
        sub(publication, "idno", meta.url, type="URI")
    if header.record:
        sub(publication, "idno", header.record, type="record")
    sub(publication, "date", header.today, when=header.today)

    notes = [(name, value) for name, value in meta.extra]
    if meta.contents:
        notes.insert(0, ("Contents", "; ".join(meta.contents)))
    if header.trailer.strip("#\n \t"):
        notes.append(("After the end marker", header.trailer))
    if notes:
        notes_stmt = sub(file_desc, "notesStmt")
        for name, value in notes:
            sub(notes_stmt, "note", value, type=field_type(name))

    source_desc = sub(file_desc, "sourceDesc")
    if meta.citation:
        sub(source_desc, "bibl", meta.citation, type="citation")
    for number, source in enumerate(header.sources, 1):
        ms_desc = sub(source_desc, "msDesc", id=f"src-{number}")
        identifier = sub(ms_desc, "msIdentifier")
        sub(identifier, "repository", source.repository, ref="#" + header.repository_refs[source.repository] if source.repository in header.repository_refs else None)
        for id_type, value in source.identifiers:
            sub(identifier, "idno", value, type=id_type)
        if not source.identifiers:
            sub(identifier, "idno", source.raw, type="citation")
        if source.locus:
            contents = sub(ms_desc, "msContents")
            item = sub(contents, "msItem")
            sub(item, "locus", source.locus.text, from_=source.locus.from_, to=source.locus.to)
            if meta.title:
                sub(item, "title", meta.title)
    if len(source_desc) == 0:
        sub(source_desc, "p", "Transcription supplied without a source citation." if header.source_format == "bare" else "No citation given.")

    encoding = sub(tei_header, "encodingDesc")
    app_info = sub(encoding, "appInfo")
    application = sub(app_info, "application", ident="encoder", version=__version__)
    sub(application, "label", "encoder")

    profile = sub(tei_header, "profileDesc")
    if header.creation and not header.creation.error or meta.date:
        creation = sub(profile, "creation")
        date_element(creation, header.creation, meta.date)
    if meta.summary:
        abstract = sub(profile, "abstract")
        sub(abstract, "p", meta.summary)
    if header.languages:
        lang_usage = sub(profile, "langUsage")
        for language in header.languages:
            sub(lang_usage, "language", language.label, ident=language.ident)
    for correspondence in header.correspondence:
        write_correspondence(profile, correspondence)
    if len(profile) == 0:
        profile.getparent().remove(profile)

    revision = sub(tei_header, "revisionDesc")
    sub(revision, "change", f"Encoded automatically from the plain-text transcription by encoder {__version__}.", when=header.today)
    return tei_header


def field_type(name: str) -> str:
    """An export field name as a note @type: "Associated Places" -> "associated-places"."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "field"


def write_correspondence(profile: etree._Element, correspondence: Correspondence) -> None:
    desc = sub(profile, "correspDesc", ref="#" + correspondence.target)
    for action in correspondence.actions:
        element = sub(desc, "correspAction", type=action.type)
        for name, ref in action.persons:
            sub(element, "persName", name, ref="#" + ref if ref else None)
        for name, ref in action.orgs:
            sub(element, "orgName", name, ref="#" + ref if ref else None)
        for name, ref in action.places:
            sub(element, "placeName", name, ref="#" + ref if ref else None)
        if action.date and not action.date.error:
            sub(element, "date", action.date_text, **action.date.attributes())
        if len(element) == 0:
            desc.remove(element)
    if correspondence.replies_to:
        context = sub(desc, "correspContext")
        for text in correspondence.replies_to:
            sub(context, "ref", text, type="replyTo")
    if len(desc) == 0:
        profile.remove(desc)


def build_document(
    source: Source,
    spans: list[Span],
    header: Header,
    stand_off: list[etree._Element],
) -> tuple[etree._ElementTree, list[Span]]:
    """The TEI document, and the spans that could not be nested (to report)."""
    root = etree.Element(T + "TEI", nsmap={None: TEI_NS})
    root.set(XML_ID, header.doc_id)
    root.set(XML_LANG, header.text_lang)
    tei_header = build_header(header)
    etree.indent(tei_header, space="  ", level=1)
    root.append(tei_header)
    if stand_off:
        stand_off_element = etree.SubElement(root, T + "standOff")
        for element in stand_off:
            stand_off_element.append(element)
        etree.indent(stand_off_element, space="  ", level=1)
    text_element = etree.SubElement(root, T + "text")
    body = etree.SubElement(text_element, T + "body")
    roots, dropped = nest(spans, len(source.text))
    fill(body, source.text, 0, len(source.text), roots)
    # Layout of the document's frame (not of the transcription): newlines between
    # top-level elements so the file reads well; the body keeps its own text exactly.
    root.text = "\n  "
    if stand_off:
        tei_header.tail = "\n  "
        stand_off_element.tail = "\n  "
    else:
        tei_header.tail = "\n  "
    text_element.text = "\n"
    text_element.tail = "\n"
    body.tail = "\n"
    return etree.ElementTree(root), dropped


def serialize(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8") + b"\n"
