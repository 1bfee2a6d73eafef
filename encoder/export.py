"""Exports of a built edition for the systems that consume TEI.

``cmif``
    The Correspondence Metadata Interchange Format (CMIF, v1) that correspSearch
    harvests: one ``correspDesc`` per letter that has both a sender (``sent``) and an
    addressee (``received``), its persons and organizations linked only to the authority
    files correspSearch accepts (VIAF, GND, Library of Congress, BnF — not Wikidata), its
    places only to GeoNames (``https://www.geonames.org/N``), its dates as ``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD``. Each source is a ``bibl`` with a stable ``xml:id``
    (from the document's id) and a ``@type`` (print, online, hybrid), referenced by
    ``correspDesc/@source``; the file carries a CC-BY 4.0 or CC0 licence.
``corpus``
    One ``teiCorpus`` holding every TEI document of the edition, each document's
    ``xml:id``s prefixed with its own id (``wcda-112109.pers-stalin``) so that they are
    unique in the corpus and every ``#pointer`` still resolves.

Both read the TEI files one at a time and write their output atomically.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from lxml import etree

from .files import atomic_output, write_atomic

__all__ = ["LICENCES", "CmifReport", "export_cmif", "export_corpus", "authority_uri", "cmif_date", "tei_files"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
T = f"{{{TEI_NS}}}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NSMAP = {"t": TEI_NS}

LICENCES = {
    "cc-by": ("https://creativecommons.org/licenses/by/4.0/",
              "This file is licensed under the terms of the Creative Commons licence CC BY 4.0."),
    "cc0": ("https://creativecommons.org/publicdomain/zero/1.0/",
            "This file is dedicated to the public domain under Creative Commons CC0 1.0."),
}
BIBL_TYPES = ("print", "online", "hybrid")

#: Authority URIs correspSearch accepts for persons and organizations, by idno/@type.
PERSON_AUTHORITIES = {
    "viaf": "https://viaf.org/viaf/{}",
    "gnd": "https://d-nb.info/gnd/{}",
    "lc": "http://id.loc.gov/authorities/names/{}",
    "lccn": "http://id.loc.gov/authorities/names/{}",
    "loc": "http://id.loc.gov/authorities/names/{}",
    "bnf": "https://data.bnf.fr/ark:/12148/{}",
}
PERSON_URI = re.compile(
    r"^(?:https?://viaf\.org/viaf/\d+"
    r"|https?://d-nb\.info/gnd/[0-9X-]+"
    r"|https?://id\.loc\.gov/authorities/names/[a-z]+\d+"
    r"|https?://(?:data|catalogue)\.bnf\.fr/ark:/12148/cb\d+[0-9a-z])$"
)
CMIF_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def tei_files(paths: Iterable[str | Path]) -> list[Path]:
    """TEI files named or found in folders (a built edition's ``_build/tei`` if given the edition)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            if (path / "_build" / "tei").is_dir():
                path = path / "_build" / "tei"
            elif (path / "tei").is_dir() and not list(path.glob("*.xml")):
                path = path / "tei"
            found.extend(sorted(p for p in path.glob("*.xml") if not p.name.startswith(".")))
        else:
            found.append(path)
    return found


def authority_uri(kind: str, value: str) -> str | None:
    """The URI correspSearch accepts for an authority id, or None (e.g. for Wikidata)."""
    value = value.strip()
    if kind == "place":
        if value.startswith(("http://", "https://")):
            match = re.match(r"^https?://(?:www\.|sws\.)?geonames\.org/(\d+)", value)
            return f"https://www.geonames.org/{match.group(1)}" if match else None
        return f"https://www.geonames.org/{value}" if value.isdigit() else None
    if value.startswith(("http://", "https://")):
        return value if PERSON_URI.match(value) else None
    return None


def _entry_uri(entry: etree._Element | None, kind: str) -> str | None:
    if entry is None:
        return None
    for idno in entry.iterfind(f"{T}idno"):
        idno_type = (idno.get("type") or "").lower()
        value = (idno.text or "").strip()
        if not value:
            continue
        if kind == "place":
            if idno_type == "geonames" or "geonames.org" in value:
                uri = authority_uri("place", value)
                if uri:
                    return uri
        else:
            if value.startswith(("http://", "https://")):
                uri = authority_uri(kind, value)
            elif idno_type in PERSON_AUTHORITIES:
                uri = authority_uri(kind, PERSON_AUTHORITIES[idno_type].format(value))
            else:
                uri = None
            if uri:
                return uri
    return None


def cmif_date(value: str | None) -> str | None:
    """A TEI date value as CMIF takes it: YYYY, YYYY-MM or YYYY-MM-DD (times dropped)."""
    if not value:
        return None
    value = value.strip()[:10]
    return value if CMIF_DATE.match(value) else None


@dataclass
class CmifReport:
    """What went into a CMIF file."""

    documents: int = 0
    letters: int = 0
    skipped: list[str] = field(default_factory=list)  # "file: why"
    linked: int = 0    # names given an authority URI
    unlinked: int = 0  # names written without one (no accepted authority id known)
    path: Path | None = None


def _text(element: etree._Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def _cmif_action(action: etree._Element, entries: dict[str, etree._Element], report: CmifReport) -> etree._Element:
    out = etree.Element(T + "correspAction", type=action.get("type"))
    for child in action:
        if not isinstance(child.tag, str):
            continue
        local = etree.QName(child).localname
        if local in ("persName", "orgName", "placeName"):
            name = _text(child)
            if not name:
                continue
            ref = child.get("ref") or ""
            kind = "place" if local == "placeName" else "person"
            if ref.startswith("#"):
                uri = _entry_uri(entries.get(ref[1:]), kind)
            else:
                uri = authority_uri(kind, ref) if ref else None
            element = etree.SubElement(out, T + local)
            element.text = name
            if uri:
                element.set("ref", uri)
                report.linked += 1
            else:
                report.unlinked += 1
        elif local == "date":
            values = {attr: cmif_date(child.get(attr)) for attr in ("when", "from", "to", "notBefore", "notAfter")}
            values = {k: v for k, v in values.items() if v}
            if values:
                etree.SubElement(out, T + "date", values)
    return out


def export_cmif(
    paths: Iterable[str | Path],
    out_path: Path,
    *,
    title: str,
    editor: str,
    email: str,
    url: str,
    publisher: str | None = None,
    licence: str = "cc-by",
    bibl_type: str | None = None,
    today: str | None = None,
) -> CmifReport:
    """Write the CMIF file of the TEI documents at ``paths`` to ``out_path``.

    ``url``: where the CMIF file will be published (correspSearch harvests it from
    there). ``bibl_type``: print, online or hybrid for every source; by default a
    document with a URL is ``online``, one without ``print``.
    """
    if licence not in LICENCES:
        raise ValueError(f"licence must be one of {', '.join(LICENCES)}")
    if bibl_type is not None and bibl_type not in BIBL_TYPES:
        raise ValueError(f"bibl type must be one of {', '.join(BIBL_TYPES)}")
    report = CmifReport(path=out_path)
    bibls: list[etree._Element] = []
    letters: list[bytes] = []
    seen_ids: set[str] = set()
    for path in tei_files(paths):
        report.documents += 1
        try:
            tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
        except (etree.XMLSyntaxError, OSError) as error:
            report.skipped.append(f"{path}: not readable XML ({error})")
            continue
        root = tree.getroot()
        doc_id = root.get(XML_ID) or path.stem
        uri = _text(root.find(".//t:publicationStmt/t:idno[@type='URI']", NSMAP)) or None
        entries = {e.get(XML_ID): e for e in root.iterfind(".//t:standOff//*", NSMAP) if e.get(XML_ID)}
        bibl_id = "bibl-" + re.sub(r"[^A-Za-z0-9._-]", "-", doc_id)
        while bibl_id in seen_ids:
            bibl_id += "-"
        correspondence = root.findall(".//t:profileDesc/t:correspDesc", NSMAP)
        kept = 0
        for number, desc in enumerate(correspondence):
            actions = {a.get("type"): a for a in desc.iterfind("t:correspAction", NSMAP)}
            missing = [kind for kind in ("sent", "received") if kind not in actions]
            if missing:
                report.skipped.append(f"{path}: correspDesc {desc.get('ref') or number + 1} has no {' or '.join(missing)} action")
                continue
            out = etree.Element(T + "correspDesc", source="#" + bibl_id, nsmap={None: TEI_NS})
            target = (desc.get("ref") or "").lstrip("#")
            if uri:
                out.set("ref", uri if number == 0 or not target else f"{uri}#{target}")
            else:
                out.set("key", doc_id if number == 0 or not target else f"{doc_id}#{target}")
            for kind in ("sent", "received"):
                out.append(_cmif_action(actions[kind], entries, report))
            letters.append(etree.tostring(out, encoding="unicode").replace(f' xmlns="{TEI_NS}"', "").encode("utf-8"))
            kept += 1
        if kept:
            seen_ids.add(bibl_id)
            report.letters += kept
            bibl = etree.Element(T + "bibl", type=bibl_type or ("online" if uri else "print"))
            bibl.set(XML_ID, bibl_id)
            citation = _text(root.find(".//t:sourceDesc/t:bibl", NSMAP)) or _text(root.find(".//t:titleStmt/t:title", NSMAP)) or doc_id
            bibl.text = citation + (" " if uri else "")
            if uri:
                etree.SubElement(bibl, T + "ref", target=uri).text = uri
            bibls.append(bibl)

    target, statement = LICENCES[licence]
    tei = etree.Element(T + "TEI", nsmap={None: TEI_NS})
    header = etree.SubElement(tei, T + "teiHeader")
    file_desc = etree.SubElement(header, T + "fileDesc")
    title_stmt = etree.SubElement(file_desc, T + "titleStmt")
    etree.SubElement(title_stmt, T + "title").text = title
    editor_el = etree.SubElement(title_stmt, T + "editor")
    editor_el.text = editor
    etree.SubElement(editor_el, T + "email").text = email
    publication = etree.SubElement(file_desc, T + "publicationStmt")
    etree.SubElement(etree.SubElement(publication, T + "publisher"), T + "ref", target=url).text = publisher or editor
    etree.SubElement(publication, T + "idno", type="url").text = url
    etree.SubElement(publication, T + "date", when=today or _dt.date.today().isoformat())
    availability = etree.SubElement(publication, T + "availability")
    etree.SubElement(availability, T + "licence", target=target).text = statement
    source_desc = etree.SubElement(file_desc, T + "sourceDesc")
    source_desc.extend(bibls)
    profile = etree.SubElement(header, T + "profileDesc")
    profile.text = "@@LETTERS@@"
    etree.SubElement(etree.SubElement(etree.SubElement(tei, T + "text"), T + "body"), T + "p")
    etree.indent(tei, space="  ")
    profile.text = "@@LETTERS@@"
    skeleton = etree.tostring(tei, xml_declaration=True, encoding="UTF-8")
    before, after = skeleton.split(b"@@LETTERS@@")
    write_atomic(out_path, before + b"\n      " + b"\n      ".join(letters) + b"\n    " + after.lstrip() + b"\n")
    return report


def _prefix_ids(root: etree._Element, doc_id: str) -> None:
    """Make the document's xml:ids unique in a corpus: ``ID`` -> ``DOC.ID``, pointers too."""
    ids = {}
    for element in root.iter():
        if isinstance(element.tag, str) and element is not root and element.get(XML_ID):
            ids[element.get(XML_ID)] = f"{doc_id}.{element.get(XML_ID)}"
    if not ids:
        return
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element is not root and element.get(XML_ID) in ids:
            element.set(XML_ID, ids[element.get(XML_ID)])
        for attribute, value in element.attrib.items():
            if "#" in value and attribute != XML_ID:
                tokens = value.split(" ")
                changed = [("#" + ids[t[1:]]) if t.startswith("#") and t[1:] in ids else t for t in tokens]
                if changed != tokens:
                    element.set(attribute, " ".join(changed))


def export_corpus(paths: Iterable[str | Path], out_path: Path, *, title: str = "Edition", today: str | None = None) -> int:
    """Write one teiCorpus of the TEI documents at ``paths``; returns how many it holds.

    The documents are read and written one at a time (memory stays flat however big the
    edition), into a temporary file renamed over ``out_path`` at the end.
    """
    files = tei_files(paths)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)
    with atomic_output(out_path) as stream:
        with etree.xmlfile(stream, encoding="UTF-8") as xf:
            xf.write_declaration()
            with xf.element(T + "teiCorpus", nsmap={None: TEI_NS}):
                header = etree.Element(T + "teiHeader", nsmap={None: TEI_NS})
                file_desc = etree.SubElement(header, T + "fileDesc")
                etree.SubElement(etree.SubElement(file_desc, T + "titleStmt"), T + "title").text = title
                publication = etree.SubElement(file_desc, T + "publicationStmt")
                etree.SubElement(publication, T + "authority").text = "Compiled by encoder from the edition's TEI files."
                etree.SubElement(publication, T + "date", when=today or _dt.date.today().isoformat())
                etree.SubElement(etree.SubElement(file_desc, T + "sourceDesc"), T + "p").text = (
                    f"{len(files)} TEI documents, each with its own header; their xml:ids are prefixed "
                    "with the document's id so that they are unique in this corpus."
                )
                xf.write("\n")
                xf.write(header)
                for path in files:
                    root = etree.parse(str(path), parser).getroot()
                    doc_id = root.get(XML_ID) or re.sub(r"[^A-Za-z0-9._-]", "-", path.stem)
                    if not root.get(XML_ID):
                        root.set(XML_ID, doc_id)
                    _prefix_ids(root, doc_id)
                    xf.write("\n")
                    xf.write(root)
                    count += 1
                xf.write("\n")
        stream.write(b"\n")
    return count
