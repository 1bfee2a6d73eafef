"""Exports: CMIF for correspSearch (its rules checked one by one) and the teiCorpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import EDITIONS
from encoder.cli import main
from encoder.export import authority_uri, cmif_date, export_cmif, export_corpus

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
TODAY = "2024-05-01"

PERSON_URI = re.compile(
    r"^(https://viaf\.org/viaf/\d+|https://d-nb\.info/gnd/[0-9X-]+|http://id\.loc\.gov/authorities/names/[a-z]+\d+"
    r"|https://data\.bnf\.fr/ark:/12148/cb\d+[0-9a-z])$"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The example edition, built once, plus one document with authority ids of every kind."""
    from encoder.build import build_edition

    out = tmp_path_factory.mktemp("built")
    build_edition(EDITIONS, out, jobs=1, tei_all=False, today=TODAY, echo=lambda line: None, progress=False)
    tei = out / "tei"
    source = (tei / "wcda-112109.xml").read_text(encoding="utf-8")
    # An editor added authority ids: VIAF and GND for Stalin, Wikidata for Roshchin (not
    # accepted by correspSearch), and a received time (times are dropped).
    source = source.replace('<person xml:id="pers-stalin">', '<person xml:id="pers-stalin"><idno type="VIAF">101787139</idno>'
                            '<idno type="GND">118616927</idno>', 1)
    source = source.replace('<person xml:id="pers-roshchin">', '<person xml:id="pers-roshchin"><idno type="wikidata">Q4135929</idno>', 1)
    (tei / "wcda-112109.xml").write_text(source, encoding="utf-8")
    return out


def cmif(built: Path, tmp_path: Path, **options) -> tuple[etree._Element, object]:
    target = tmp_path / "cmif.xml"
    options = {"title": "Korean War telegrams", "editor": "A. Editor", "email": "editor@example.org",
               "url": "https://example.org/cmif.xml", "today": TODAY, **options}
    report = export_cmif([built / "tei"], target, **options)
    return etree.parse(str(target)).getroot(), report


def test_cmif_follows_correspsearch_rules(built, tmp_path):
    root, report = cmif(built, tmp_path)
    letters = root.findall(".//t:profileDesc/t:correspDesc", NS)
    # every letter of the edition with a sender and an addressee, and only those
    expected = 0
    for path in sorted((built / "tei").glob("*.xml")):
        for desc in etree.parse(str(path)).getroot().iterfind(".//t:profileDesc/t:correspDesc", NS):
            types = {a.get("type") for a in desc.iterfind("t:correspAction", NS)}
            expected += {"sent", "received"} <= types
    assert len(letters) == report.letters == expected > 10
    assert report.documents == 23
    for letter in letters:
        actions = letter.findall("t:correspAction", NS)
        assert [a.get("type") for a in actions] == ["sent", "received"]
        for name in letter.iterfind(".//t:persName", NS):
            assert name.get("ref") is None or PERSON_URI.match(name.get("ref")), name.get("ref")
            assert "wikidata" not in (name.get("ref") or "")
        for name in letter.iterfind(".//t:orgName", NS):
            assert name.get("ref") is None or PERSON_URI.match(name.get("ref")), name.get("ref")
        for place in letter.iterfind(".//t:placeName", NS):
            assert place.get("ref") is None or re.match(r"^https://www\.geonames\.org/\d+$", place.get("ref"))
        for date in letter.iterfind(".//t:date", NS):
            assert date.attrib and all(re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", v) for v in date.attrib.values()), date.attrib
    # sources: stable id, a type, referenced by the letters; nothing referenced is missing
    bibls = {b.get(XML_ID): b for b in root.iterfind(".//t:sourceDesc/t:bibl", NS)}
    assert all(b.get("type") in ("print", "online", "hybrid") for b in bibls.values())
    assert {letter.get("source") for letter in letters} == {"#" + i for i in bibls}
    assert "bibl-wcda-112109" in bibls and bibls["bibl-wcda-112109"].get("type") == "online"
    assert bibls["bibl-wcda-112109"].find("t:ref", NS).get("target").endswith("/document/112109")
    licence = root.find(".//t:publicationStmt/t:availability/t:licence", NS)
    assert licence.get("target") == "https://creativecommons.org/licenses/by/4.0/"
    assert root.find(".//t:publicationStmt/t:idno[@type='url']", NS).text == "https://example.org/cmif.xml"
    assert root.find(".//t:titleStmt/t:editor/t:email", NS).text == "editor@example.org"


def test_cmif_exact_letter_with_authority_ids(built, tmp_path):
    root, report = cmif(built, tmp_path, licence="cc0")
    letter = root.find(".//t:correspDesc[@ref='https://wilson-center-digital-archive.dvincitest.com/document/112109']", NS)
    text = etree.tostring(letter, encoding="unicode", with_tail=False).replace(' xmlns="http://www.tei-c.org/ns/1.0"', "")
    assert text == (
        '<correspDesc source="#bibl-wcda-112109" ref="https://wilson-center-digital-archive.dvincitest.com/document/112109">'
        '<correspAction type="sent"><persName>Nikolai Vasilyevich Roshchin</persName>'
        '<placeName ref="https://www.geonames.org/1816670">Beijing</placeName><date when="1951-06-13"/></correspAction>'
        '<correspAction type="received"><persName ref="https://viaf.org/viaf/101787139">Joseph Stalin</persName>'
        '<date when="1951-06-13"/></correspAction></correspDesc>'
    )
    assert root.find(".//t:licence", NS).get("target") == "https://creativecommons.org/publicdomain/zero/1.0/"
    # a memo with no addressee is left out, and the report says why
    assert any("memcon-1955-05-05-washington.xml" in s and "no received action" in s for s in report.skipped)


def test_authority_uris_and_dates():
    assert authority_uri("person", "https://viaf.org/viaf/101787139") == "https://viaf.org/viaf/101787139"
    assert authority_uri("person", "http://www.wikidata.org/entity/Q855") is None
    assert authority_uri("place", "1816670") == "https://www.geonames.org/1816670"
    assert authority_uri("place", "http://sws.geonames.org/1816670/") == "https://www.geonames.org/1816670"
    assert authority_uri("place", "https://www.wikidata.org/wiki/Q956") is None
    assert cmif_date("1951-06-13T19:55:00") == "1951-06-13"
    assert cmif_date("1951-06") == "1951-06" and cmif_date("1951") == "1951"
    assert cmif_date("--06-13") is None


def test_cmif_command(built, tmp_path):
    target = tmp_path / "letters.xml"
    result = CliRunner().invoke(main, [
        "export", "cmif", str(built / "tei"), "-o", str(target), "--title", "Letters", "--editor", "A. Editor",
        "--email", "editor@example.org", "--url", "https://example.org/letters.xml", "--bibl-type", "hybrid",
    ])
    assert result.exit_code == 0, result.output
    letters = len(etree.parse(str(target)).getroot().findall(".//t:correspDesc", NS))
    assert f"{target}: {letters} letters from 23 documents" in result.output
    root = etree.parse(str(target)).getroot()
    assert {b.get("type") for b in root.iterfind(".//t:bibl", NS)} == {"hybrid"}
    assert "--licence" in CliRunner().invoke(main, ["export", "cmif", "--help"]).output


def test_tei_corpus_holds_every_document_with_unique_ids(built, tmp_path):
    target = tmp_path / "corpus.xml"
    count = export_corpus([built / "tei"], target, title="Korean War telegrams", today=TODAY)
    assert count == 23
    root = etree.parse(str(target)).getroot()
    assert root.tag == T + "teiCorpus"
    documents = root.findall(T + "TEI")
    assert len(documents) == 23
    assert root[0].tag == T + "teiHeader"
    ids = [e.get(XML_ID) for e in root.iter() if isinstance(e.tag, str) and e.get(XML_ID)]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            for token in value.split():
                if token.startswith("#") and name in ("ref", "target", "corresp", "source", "who"):
                    assert token[1:] in known, (element.tag, name, token)
    # the text of each document is unchanged
    for document in documents:
        original = etree.parse(str(built / "tei" / (document.get(XML_ID) + ".xml"))).getroot()
        body = original.find(".//t:text", NS)
        assert "".join(document.find(".//t:text", NS).itertext()) == "".join(body.itertext())
    result = CliRunner().invoke(main, ["export", "corpus", str(built / "tei"), "-o", str(tmp_path / "c2.xml")])
    assert result.exit_code == 0 and "23 documents" in result.output


def test_tei_corpus_is_valid_tei_all(built, tmp_path):
    from encoder.validate import _tei_all  # the compiled grammar, shared with the validation tests

    target = tmp_path / "corpus.xml"
    export_corpus([built / "tei"], target, today=TODAY)
    grammar = _tei_all()
    valid = grammar.validate(etree.parse(str(target)))
    assert valid, str(grammar.error_log)[:2000]
