"""TEI back to the transcription: the inverse of the TEI writer, used for the round trip.

The body's text nodes, in document order, are the transcription; elements that stood in
square brackets (`encoder.tei.BRACKETED`) get their brackets back. Nothing else is
needed, which is the point: if this function is simple, the encoding is lossless.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from lxml import etree

from .tei import BRACKETED, TEI_NS

__all__ = ["transcription_of", "transcription_from_file", "Annotation", "annotations_of"]

T = "{%s}" % TEI_NS


def is_bracketed(element: etree._Element) -> bool:
    name = etree.QName(element).localname
    if (name, None) in BRACKETED:
        return True
    return (name, element.get("type")) in BRACKETED


def transcription_of(tree: etree._ElementTree | etree._Element) -> str:
    """The transcription reproduced from a TEI document made by encoder."""
    return annotations_of(tree)[0]


def transcription_from_file(path: str | Path) -> str:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return transcription_of(etree.parse(str(path), parser))


class Annotation(NamedTuple):
    """An element of the body as a range over the reproduced transcription."""

    start: int
    end: int
    name: str  # local element name: persName, date, p...
    attributes: dict


def annotations_of(tree: etree._ElementTree | etree._Element) -> tuple[str, list[Annotation]]:
    """The transcription and every body element as an offset range over it.

    Because the encoding is lossless, a TEI file (also one an editor corrected by hand)
    can be compared with another by character offsets: this is what evaluation uses.
    """
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    body = root.find(f"{T}text/{T}body")
    if body is None:
        raise ValueError("not an encoder TEI document: it has no text/body")
    out: list[str] = []
    found: list[Annotation] = []
    length = 0

    def walk(element: etree._Element) -> None:
        nonlocal length
        start = length
        bracketed = is_bracketed(element)
        pieces = ["["] if bracketed else []
        if element.text:
            pieces.append(element.text)
        for piece in pieces:
            out.append(piece)
            length += len(piece)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                out.append(child.tail)
                length += len(child.tail)
        if bracketed:
            out.append("]")
            length += 1
        if element is not body:
            found.append(Annotation(start, length, etree.QName(element).localname, dict(element.attrib)))

    walk(body)
    return "".join(out), sorted(found, key=lambda a: (a.start, -a.end))
