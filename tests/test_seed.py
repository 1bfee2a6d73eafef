"""The seed (a real Wilson Center export) encoded end to end: header, sources, structure, transmission."""

import pytest
from lxml import etree

from conftest import SEED
from encoder.build import starter_registry
from encoder.names.registry import load_registry
from encoder.pipeline import encode_file
from encoder.tei import serialize

NS = {"t": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="module")
def tei():
    encoded = encode_file(SEED, load_registry(starter_registry()), today="2026-11-26")
    assert [p for p in encoded.problems if p.severity == "error"] == []
    return etree.fromstring(serialize(encoded.tree))


def values(tree, path):
    return [" ".join("".join(e.itertext()).split()) if isinstance(e, etree._Element) else str(e)
            for e in tree.xpath(path, namespaces=NS)]


def test_document_identity(tei):
    assert tei.get("{http://www.w3.org/XML/1998/namespace}id") == "wcda-112109"
    assert tei.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_header_values(tei):
    h = "t:teiHeader/t:fileDesc/"
    assert values(tei, h + "t:titleStmt/t:title[@type='main']") == [
        "Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin], containing a Message from Mao Zedong"]
    assert values(tei, h + "t:publicationStmt/t:idno[@type='URI']") == [
        "https://wilson-center-digital-archive.dvincitest.com/document/112109"]
    assert values(tei, h + "t:publicationStmt/t:idno[@type='record']") == ["112109"]
    assert values(tei, h + "t:sourceDesc/t:bibl[@type='citation']")[0].endswith(
        "RGASPI, f. 558, op. 11, d. 339, ll. 0055-0056.")
    assert values(tei, h + "t:notesStmt/t:note[@type='contents']") == ["Translation - English"]
    p = "t:teiHeader/t:profileDesc/"
    assert values(tei, p + "t:creation/t:date/@when") == ["1951-06-13"]
    assert values(tei, p + "t:abstract/t:p")[0].startswith("Response to Stalin's telegram from the same day.")
    assert [(l.get("ident"), l.text) for l in tei.xpath(p + "t:langUsage/t:language", namespaces=NS)] == [
        ("en", "English (translation)"), ("ru", "Russian (original language)")]
    assert values(tei, "t:teiHeader/t:encodingDesc/t:appInfo/t:application/@version") == ["0.1.0"]
    assert values(tei, "t:teiHeader/t:revisionDesc/t:change/@when") == ["2026-11-26"]


def test_archival_sources(tei):
    sources = []
    for ms in tei.xpath("//t:sourceDesc/t:msDesc", namespaces=NS):
        ident = ms.find("t:msIdentifier", NS)
        locus = ms.find(".//t:locus", NS)
        sources.append((
            ms.get("{http://www.w3.org/XML/1998/namespace}id"),
            ident.find("t:repository", NS).text,
            ident.find("t:repository", NS).get("ref"),
            [(i.get("type"), i.text) for i in ident.findall("t:idno", NS)],
            (locus.text, locus.get("from"), locus.get("to")),
        ))
    assert sources == [
        ("src-1", "APRF", "#org-aprf", [("fond", "45"), ("opis", "1"), ("delo", "339")], ("ll. 55-56", "55", "56")),
        ("src-2", "AVPRF", "#org-avprf", [("fond", "059a"), ("opis", "5a"), ("papka", "11")], ("ll. 34", "34", "34")),
        ("src-3", "RGASPI", "#org-rgaspi", [("fond", "558"), ("opis", "11"), ("delo", "339")], ("ll. 0055-0056", "0055", "0056")),
    ]
    assert values(tei, "//t:standOff//t:org[@xml:id='org-aprf']/t:orgName[@type='main']") == [
        "Archive of the President of the Russian Federation"]


def test_body_structure(tei):
    div = tei.find("t:text/t:body/t:div", NS)
    assert (div.get("type"), div.get("{http://www.w3.org/XML/1998/namespace}id")) == ("telegram", "telegram-20772")
    assert [etree.QName(c).localname for c in div] == ["head", "head", "opener", "p", "p", "floatingText", "closer"]
    assert values(div, "t:head[@type='issuer']/t:orgName/@ref") == ["#org-gru"]
    assert values(div, "t:head/t:idno[@type='telegram']") == ["20772"]
    opener = div.find("t:opener", NS)
    assert [(etree.QName(c).localname, c.get("type")) for c in opener] == [
        ("note", "distribution"), ("dateline", None), ("dateline", None), ("note", "classification"), ("salute", None)]
    assert values(opener, "t:dateline/t:placeName/@ref") == ["#place-beijing"]
    assert values(opener, "t:dateline/t:date/@when") == ["1951-06-13T19:55:00"]
    assert values(opener, "t:salute/t:persName/@ref") == ["#pers-stalin"]
    assert values(opener, "t:salute/t:supplied[@reason='identification']") == ["Stalin"]
    floating = div.find("t:floatingText", NS)
    assert floating.get("{http://www.w3.org/XML/1998/namespace}id") == "msg-1"
    body = floating.find("t:body", NS)
    assert [etree.QName(c).localname for c in body] == ["opener", "p", "p", "p", "p", "p", "closer"]
    assert values(body, "t:closer/t:signed/t:persName/@ref") == ["#pers-mao"]
    assert values(body, "t:closer/t:dateline/t:date/@when") == ["1951-06-13"]
    closer = div.find("t:closer", NS)
    assert values(closer, "t:signed/t:persName/@ref") == ["#pers-roshchin"]
    assert values(closer, "t:idno[@type='outgoing']") == ["No. 2974"]
    assert values(closer, "t:dateline/t:date/@when") == ["1951-06-13"]
    assert values(div, "t:p[2]/t:date/@when") == ["1951-06-13T22:00:00+08:00"]


def test_names_in_the_text_are_linked(tei):
    refs = values(tei, "//t:body//t:persName/@ref")
    assert refs.count("#pers-peng-dehuai") == 2
    assert refs.count("#pers-gao-gang") == 2
    assert "#pers-kim-il-sung" in refs
    assert values(tei, "//t:body//t:orgName[.='General Staff']/@ref") == ["#org-general-staff"]
    entries = set(values(tei, "//t:standOff//@xml:id"))
    assert {r.lstrip("#") for r in values(tei, "//t:text//@ref | //t:correspAction//@ref | //t:repository/@ref")} <= entries


def test_correspondence(tei):
    def actions(target):
        desc = tei.xpath(f"//t:correspDesc[@ref='{target}']", namespaces=NS)[0]
        out = []
        for action in desc.findall("t:correspAction", NS):
            out.append((
                action.get("type"),
                values(action, "t:persName/@ref"),
                values(action, "t:placeName/@ref"),
                values(action, "t:date/@when"),
            ))
        return out, values(desc, "t:correspContext/t:ref[@type='replyTo']")

    assert actions("#telegram-20772") == ([
        ("sent", ["#pers-roshchin"], ["#place-beijing"], ["1951-06-13"]),
        ("received", ["#pers-stalin"], [], ["1951-06-13T19:55:00"]),
    ], ["telegram No. 2967 (vkh. No. 20757)"])
    assert actions("#msg-1") == ([
        ("sent", ["#pers-mao"], [], ["1951-06-13"]),
        ("transmitted", ["#pers-roshchin"], [], ["1951-06-13T22:00:00+08:00"]),
        ("received", ["#pers-stalin"], [], []),
    ], [])


def test_seed_renders(tmp_path):
    import lxml.html

    from encoder.render import Renderer

    encoded = encode_file(SEED, load_registry(starter_registry()), today="2026-11-26")
    tei_path = tmp_path / "wcda-112109.xml"
    tei_path.write_bytes(serialize(encoded.tree))
    Renderer().render_document(tei_path, tmp_path / "wcda-112109.html")
    page = lxml.html.parse(str(tmp_path / "wcda-112109.html")).getroot()
    assert " ".join(page.findtext(".//h1").split()) == (
        "Ciphered Telegram No. 20772, Roshchin to Comrade Filippov [Stalin], containing a Message from Mao Zedong")
    assert "GAO GANG" in page.text_content()
