"""TEI back to the transcription: the inverse of the TEI writer, used for the round trip.

The body's text nodes, in document order, are the transcription; elements that stood in
square brackets (`encoder.tei.BRACKETED`) get their brackets back. Nothing else is
needed, which is the point: if this function is simple, the encoding is lossless.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .tei import BRACKETED, TEI_NS

__all__ = ["transcription_of", "transcription_from_file"]

T = "{%s}" % TEI_NS


def is_bracketed(element: etree._Element) -> bool:
    name = etree.QName(element).localname
    if (name, None) in BRACKETED:
        return True
    return (name, element.get("type")) in BRACKETED


def write(element: etree._Element, out: list[str]) -> None:
    bracketed = is_bracketed(element)
    if bracketed:
        out.append("[")
    if element.text:
        out.append(element.text)
    for child in element:
        if isinstance(child.tag, str):
            write(child, out)
        if child.tail:
            out.append(child.tail)
    if bracketed:
        out.append("]")


def transcription_of(tree: etree._ElementTree | etree._Element) -> str:
    """The transcription reproduced from a TEI document made by encoder."""
    root = tree.getroot() if isinstance(tree, etree._ElementTree) else tree
    body = root.find(f"{T}text/{T}body")
    if body is None:
        raise ValueError("not an encoder TEI document: it has no text/body")
    out: list[str] = []
    write(body, out)
    return "".join(out)


def transcription_from_file(path: str | Path) -> str:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return transcription_of(etree.parse(str(path), parser))
