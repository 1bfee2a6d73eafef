"""encoder.validate: each layer and each rule, on the reference encoding and its mutations.

Mutations are made with lxml on the reference (tests/fixtures/tei/reference.xml, a copy of
shared/design/wcda-112109.reference.xml) and written to tmp_path; lxml keeps the
whitespace, so line numbers are those of the reference. Where a test says a mutation
breaks exactly one rule, it compares the whole list of problems.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import xmlschema
from click.testing import CliRunner
from lxml import etree

from encoder import validate as validate_module
from encoder.cli import main
from encoder.model import Problem
from encoder.validate import RULES, Validator, collect_files, format_report

FIXTURES = Path(__file__).parent / "fixtures" / "tei"
REFERENCE = FIXTURES / "reference.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NS = {"tei": "http://www.tei-c.org/ns/1.0"}


@pytest.fixture(scope="session")
def validator() -> Validator:
    """One Validator for the session; its first use compiles the XSD and tei_all (~5 s)."""
    validator = Validator()
    assert validator.validate(REFERENCE) == []
    return validator


def mutate(tmp_path: Path, change: Callable[[etree._Element], None], name: str = "mutated.xml") -> str:
    """The reference with ``change`` applied to its root, written to tmp_path."""
    tree = etree.parse(str(REFERENCE))
    change(tree.getroot())
    path = tmp_path / name
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert_xsd_verdicts_agree(path)
    return str(path)


def assert_xsd_verdicts_agree(path: Path) -> None:
    """The fast verdicts are sound. libxml2 gives the schema layer's verdict, xmlschema its
    messages: they agree. The restricted and simplified tei_all give that layer's verdict:
    neither accepts what tei_all.rng itself rejects. And the restricted grammar accepts
    every document valid against both encoder.xsd and tei_all (the fast path is taken)."""
    tree = etree.parse(str(path), validate_module._parser())
    fast = validate_module._project_schema_fast().validate(tree)
    assert fast == validate_module._project_schema().is_valid(tree), path
    full = validate_module._tei_all().validate(tree)
    if validate_module._tei_all_fast().validate(tree):
        assert full, path
    restricted = validate_module._tei_all_restricted().validate(tree)
    if restricted:
        assert full, path
    if fast and full:
        assert restricted, path


def one(root: etree._Element, xpath: str) -> etree._Element:
    (element,) = root.xpath(xpath, namespaces=NS)
    return element


def column_of(path: str, line: int, text: str) -> int:
    """1-based column of ``text`` on ``line`` of the file (to check positions exactly)."""
    return Path(path).read_text(encoding="utf-8").split("\n")[line - 1].index(text) + 1


def rules(problems: list[Problem]) -> set[str]:
    return {p.rule for p in problems}


# ------------------------------------------------------------------------------------
# Valid documents
# ------------------------------------------------------------------------------------


def test_reference_passes_every_layer(validator):
    assert validator.validate(REFERENCE) == []


def test_inventory_of_emitted_elements_passes_every_layer(validator):
    """Every element and attribute the encoder may emit, valid in both grammars."""
    assert validator.validate(FIXTURES / "inventory.xml") == []


def test_what_editors_add_by_hand_passes_every_layer(validator):
    """physDesc, history, listBibl, table, figure, lg, emph, q, rs, num (schemas/README.md)."""
    path = FIXTURES / "hand-edited.xml"
    assert validator.validate(path) == []
    assert_xsd_verdicts_agree(path)
    tags = {etree.QName(e).localname for e in etree.parse(str(path)).iter(etree.Element)}
    assert {"physDesc", "history", "origin", "listBibl", "table", "figure", "lg", "emph", "q", "rs", "num"} <= tags


@pytest.mark.parametrize("fixture", ["reference.xml", "inventory.xml", "hand-edited.xml"])
def test_xsd_implementations_agree_on_valid_fixtures(fixture):
    assert_xsd_verdicts_agree(FIXTURES / fixture)


def test_validate_accepts_str_and_path(validator):
    assert validator.validate(str(REFERENCE)) == validator.validate(REFERENCE) == []
    assert validator.is_valid(REFERENCE)


# ------------------------------------------------------------------------------------
# Rules no grammar says
# ------------------------------------------------------------------------------------


def test_ref_resolves(validator, tmp_path):
    def change(root):
        one(root, "//tei:div[@type='telegram']/tei:p[2]/tei:persName").set("ref", "#pers-nobody")

    path = mutate(tmp_path, change)
    assert validator.validate(path) == [
        Problem(
            path, 181, column_of(path, 181, 'ref="#pers-nobody"'),
            '@ref "#pers-nobody" on <persName> points to nothing: no element has xml:id="pers-nobody"; '
            "add it (persons, places and organizations go in <standOff>) or correct the pointer",
            "error", rule="ref-resolves",
        )
    ]


def test_ref_resolves_checks_each_pointer_of_a_list(validator, tmp_path):
    def change(root):
        one(root, "//tei:note[@type='distribution']").set("corresp", "#src-1 #src-9 https://example.org/#x")

    path = mutate(tmp_path, change)
    problems = validator.validate(path)
    assert [(p.rule, p.line) for p in problems] == [("ref-resolves", 174)]
    assert problems[0].message.startswith('@corresp "#src-9" on <note> points to nothing')


def test_id_unique(validator, tmp_path):
    def change(root):
        one(root, "//tei:msDesc[@xml:id='src-2']").set(XML_ID, "src-1")

    path = mutate(tmp_path, change)
    problems = validator.validate(path)
    ours = [p for p in problems if p.rule == "id-unique"]
    assert ours == [
        Problem(
            path, 34, column_of(path, 34, 'xml:id="src-1"'),
            'xml:id="src-1" is already used on line 20 (<msDesc>): an xml:id must be unique in the '
            "document; rename one of them and the pointers to it",
            "error", rule="id-unique",
        )
    ]
    # tei_all's xml:id is of type ID: libxml2 reports the duplicate too, in its words.
    assert rules(problems) == {"id-unique", "tei_all"}


VALID_DATES = [
    "1951", "1951-06", "1951-06-13", "1951-06-13T22:00:00", "1951-06-13T22:00:00+08:00",
    "1951-06-13T19:55:00Z", "1951-06-13T22:00:00.5", "2000-02-29", "--06-13", "22:00:00", "-0044-03-15",
]
INVALID_DATES = {
    "1951-02-31": "is not a real date: February 1951 has 28 days",
    "1900-02-29": "is not a real date: February 1900 has 28 days",
    "1951-13": "has no month 13: months run from 01 to 12",
    "1951-06-13T25:00:00": "has no time 25:00:00",
    "1951-06-13T22:00:00+15:00": "has offset +15:00, outside -14:00 to +14:00",
    "0000": "has year 0000, which XML Schema dates do not have: write 0001 or -0001",
    "13.6.51": "is not a date TEI accepts",
    "1951-6-13": "is not a date TEI accepts",
    "1951-06-13T22:00": "is not a date TEI accepts",
    "June 1951": "is not a date TEI accepts",
}


def date_mutation(value: str, attribute: str = "when"):
    def change(root):
        date = one(root, "//tei:floatingText//tei:p[5]/tei:date[1]")  # line 191, when="1951-06"
        del date.attrib["when"]
        date.set(attribute, value)

    return change


@pytest.mark.parametrize("value", VALID_DATES)
def test_iso_date_accepts_what_tei_accepts(validator, tmp_path, value):
    assert validator.validate(mutate(tmp_path, date_mutation(value))) == []


@pytest.mark.parametrize("value", list(INVALID_DATES))
def test_iso_date_rejects_what_tei_rejects(validator, tmp_path, value):
    path = mutate(tmp_path, date_mutation(value))
    problems = validator.validate(path)
    ours = [p for p in problems if p.rule == "iso-date"]
    assert [(p.line, p.column) for p in ours] == [(191, column_of(path, 191, f'when="{value}"'))]
    assert ours[0].message.startswith(f'@when="{value}" on <date> {INVALID_DATES[value]}')
    # Both grammars type the attribute: they agree with the rule, in vaguer words.
    assert rules(problems) == {"iso-date", "schema", "tei_all"}


def test_iso_date_on_every_dating_attribute(validator, tmp_path):
    for attribute in ("from", "to", "notBefore", "notAfter"):
        problems = validator.validate(mutate(tmp_path, date_mutation("1951-02-30", attribute)))
        assert [p.message for p in problems if p.rule == "iso-date"] == [
            f'@{attribute}="1951-02-30" on <date> is not a real date: February 1951 has 28 days'
        ]


def test_iso_date_ignores_folio_numbers(validator):
    """locus/@from="0055" is a folio, not a year: TEI types it as a token."""
    assert 'locus from="0055"' in REFERENCE.read_text(encoding="utf-8")
    assert validator.validate(REFERENCE) == []


def correspaction_date(**attributes: str):
    def change(root):
        date = one(root, "//tei:correspDesc[1]/tei:correspAction[1]/tei:date")  # line 83
        del date.attrib["when"]
        for name, value in attributes.items():
            date.set(name, value)

    return change


def test_date_order(validator, tmp_path):
    path = mutate(tmp_path, correspaction_date(**{"from": "1951-06-14", "to": "1951-06-13"}))
    assert validator.validate(path) == [
        Problem(
            path, 83, column_of(path, 83, 'from="1951-06-14"'),
            '@from="1951-06-14" is later than @to="1951-06-13" on <date>: swap the values or correct one of them',
            "error", rule="date-order",
        )
    ]


def test_date_order_not_before_not_after(validator, tmp_path):
    path = mutate(tmp_path, correspaction_date(notBefore="1951-07", notAfter="1951-06-30"))
    problems = validator.validate(path)
    assert [(p.rule, p.line) for p in problems] == [("date-order", 83)]
    assert problems[0].message.startswith('@notBefore="1951-07" is later than @notAfter="1951-06-30"')


@pytest.mark.parametrize(
    "start, end",
    [
        ("1951-06", "1951-06-13"),  # a month that contains the end day
        ("1951-06-13", "1951-06"),
        ("1951", "1951-01-01"),
        ("1951-06-13T22:00:00+08:00", "1951-06-13T15:00:00Z"),  # 14:00 UTC before 15:00 UTC
        ("1951-06-13", "1951-06-13"),
    ],
)
def test_date_order_compares_ranges_and_offsets(validator, tmp_path, start, end):
    path = mutate(tmp_path, correspaction_date(**{"from": start, "to": end}))
    assert validator.validate(path) == []


def test_corresp_target(validator, tmp_path):
    def change(root):
        one(root, "//tei:correspDesc[2]").set("ref", "#pers-mao")

    path = mutate(tmp_path, change)
    assert validator.validate(path) == [
        Problem(
            path, 93, column_of(path, 93, 'ref="#pers-mao"'),
            '<correspDesc> @ref "#pers-mao" points to <person xml:id="pers-mao">; it must point to the '
            "<div> or <floatingText> that holds the message",
            "error", rule="corresp-target",
        )
    ]


def test_msdesc_complete_repository(validator, tmp_path):
    def change(root):
        repository = one(root, "//tei:msDesc[@xml:id='src-1']//tei:repository")
        repository.getparent().remove(repository)

    path = mutate(tmp_path, change)
    assert validator.validate(path) == [
        Problem(
            path, 21, 11,
            '<msDesc xml:id="src-1"> has no <repository> in <msIdentifier>: name the archive, '
            'e.g. <repository ref="#org-aprf">APRF</repository>',
            "error", rule="msdesc-complete",
        )
    ]


def test_msdesc_complete_idno(validator, tmp_path):
    def change(root):
        for idno in root.xpath("//tei:msDesc[@xml:id='src-3']//tei:idno", namespaces=NS):
            idno.getparent().remove(idno)

    path = mutate(tmp_path, change)
    problems = validator.validate(path)
    assert [(p.rule, p.line, p.column) for p in problems] == [("msdesc-complete", 49, 11)]
    assert problems[0].message == (
        '<msDesc xml:id="src-3"> has no <idno> in <msIdentifier>: give the archival reference '
        '(fond, opis, delo, box, folder...) as <idno type="...">'
    )


def test_name_not_empty(validator, tmp_path):
    def change(root):
        one(root, "//tei:div/tei:closer/tei:signed/tei:persName").text = " "

    path = mutate(tmp_path, change)
    assert validator.validate(path) == [
        Problem(
            path, 199, column_of(path, 199, "<persName"),
            '<persName ref="#pers-roshchin"> has no text: put the name as written inside it, or remove the element',
            "error", rule="name-not-empty",
        )
    ]


def test_name_with_a_gap_is_not_empty(validator, tmp_path):
    def change(root):
        name = one(root, "//tei:div/tei:closer/tei:signed/tei:persName")
        name.text = None
        etree.SubElement(name, f"{TEI}gap", reason="illegible")

    assert validator.validate(mutate(tmp_path, change)) == []


def test_rules_apply_to_foreign_tei(validator, tmp_path):
    """A minimal hand-made TEI file: no standOff, no msDesc; only what occurs is judged."""
    path = tmp_path / "foreign.xml"
    path.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n'
        "<teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
        "<publicationStmt><p>Unpublished</p></publicationStmt>"
        "<sourceDesc><p>Born digital</p></sourceDesc></fileDesc></teiHeader>\n"
        '<text><body><p>A <persName ref="#nobody">name</persName>.</p></body></text>\n'
        "</TEI>\n",
        encoding="utf-8",
    )
    assert [(p.rule, p.line) for p in validator.validate(path)] == [("ref-resolves", 3)]


# ------------------------------------------------------------------------------------
# Grammar layers
# ------------------------------------------------------------------------------------


def test_unknown_element_is_reported_by_both_grammars(validator, tmp_path):
    def change(root):
        p = one(root, "//tei:div/tei:p[1]")  # line 180
        p.insert(0, etree.Element(f"{TEI}foo"))

    path = mutate(tmp_path, change)
    column = column_of(path, 180, "<foo")
    assert validator.validate(path) == [
        Problem(
            path, 180, column,
            "<foo> is not part of the encoder's TEI (schemas/README.md lists what is): "
            "remove it or extend schemas/encoder.xsd",
            "error", rule="schema",
        ),
        Problem(path, 180, column, "Did not expect element foo there", "error", rule="tei_all"),
    ]


def test_unknown_attribute_is_reported_at_the_attribute(validator, tmp_path):
    def change(root):
        one(root, "//tei:div/tei:head[2]").set("level", "1")  # line 172

    path = mutate(tmp_path, change)
    column = column_of(path, 172, 'level="1"')
    assert validator.validate(path) == [
        Problem(path, 172, column, "<head>: attribute level is not allowed", "error", rule="schema"),
        Problem(path, 172, column, "Invalid attribute level for element head", "error", rule="tei_all"),
    ]


def test_tei_element_outside_the_project_subset_is_schema_only(validator, tmp_path):
    """<soCalled> is TEI, so tei_all accepts it; the project has not adopted it."""

    def change(root):
        one(root, "//tei:div/tei:p[1]").insert(0, etree.Element(f"{TEI}soCalled"))

    problems = validator.validate(mutate(tmp_path, change))
    assert [(p.rule, p.line) for p in problems] == [("schema", 180)]
    assert problems[0].message.startswith("<soCalled> is not part of the encoder's TEI")


@pytest.mark.parametrize("name", ["front", "particDesc", "listEvent"])
def test_elements_not_adopted_are_schema_errors(validator, tmp_path, name):
    """Accepted by tei_all where they are put, not adopted (schemas/README.md says why)."""

    def change(root):
        if name == "front":
            one(root, "tei:text").insert(0, etree.Element(f"{TEI}front"))
            etree.SubElement(one(root, "tei:text/tei:front"), f"{TEI}p").text = "Preface"
        elif name == "particDesc":
            particDesc = etree.Element(f"{TEI}particDesc")
            etree.SubElement(particDesc, f"{TEI}p").text = "Two"
            one(root, "tei:teiHeader/tei:profileDesc").append(particDesc)
        else:
            events = etree.SubElement(one(root, "tei:standOff"), f"{TEI}listEvent")
            etree.SubElement(etree.SubElement(events, f"{TEI}event", when="1951-06-13"), f"{TEI}p").text = "Talks"

    problems = validator.validate(mutate(tmp_path, change))
    assert rules(problems) == {"schema"}


def test_element_out_of_order_is_reported_at_the_element(validator, tmp_path):
    def change(root):
        div = one(root, "//tei:div[@type='telegram']")
        head = etree.SubElement(div, f"{TEI}head")
        head.text = "late heading"
        div.insert(div.index(one(div, "tei:floatingText")), head)

    path = mutate(tmp_path, change)
    problems = [p for p in validator.validate(path) if p.rule == "schema"]
    assert [(p.line, p.column) for p in problems] == [(182, column_of(path, 182, "<head>"))]
    assert problems[0].message.startswith("<head> is not allowed at this place in <div>")


def test_authority_idno_types_are_closed(validator, tmp_path):
    def change(root):
        one(root, "//tei:person[@xml:id='pers-stalin']/tei:idno").set("type", "orcid")

    problems = validator.validate(mutate(tmp_path, change))
    assert [(p.rule, p.line) for p in problems] == [("schema", 117)]
    assert "wikidata" in problems[0].message


def test_text_between_blocks_is_an_error_whitespace_is_not(validator, tmp_path):
    def change(root):
        one(root, "//tei:div/tei:opener").tail = "\n   stray words   \n        "

    problems = validator.validate(mutate(tmp_path, change))
    assert rules(problems) == {"schema", "tei_all"}
    assert validator.validate(REFERENCE) == []  # the reference is full of indentation


def test_tei_all_layer_can_be_skipped(tmp_path):
    def change(root):
        one(root, "//tei:div/tei:p[1]").insert(0, etree.Element(f"{TEI}foo"))

    assert rules(Validator(tei_all=False).validate(mutate(tmp_path, change))) == {"schema"}


# ------------------------------------------------------------------------------------
# Reading: safety, well-formedness, root
# ------------------------------------------------------------------------------------


def test_billion_laughs_is_refused_unread(validator):
    started = time.perf_counter()
    problems = validator.validate(FIXTURES / "billion-laughs.xml")
    assert time.perf_counter() - started < 1
    assert [(p.rule, p.line, p.column) for p in problems] == [("unsafe", 2, 1)]
    assert problems[0].message.startswith(
        "the DOCTYPE declares entities (lol, lol1, lol2, lol3, lol4... (10 in all)); "
        "files that declare entities are refused unread"
    )


def test_external_entity_is_refused(validator, tmp_path):
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE TEI [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">&xxe;</TEI>\n'
    )
    assert [(p.rule, p.line) for p in validator.validate(path)] == [("unsafe", 2)]


def test_undefined_entity_with_an_unread_dtd(validator, tmp_path):
    path = tmp_path / "nbsp.xml"
    text = REFERENCE.read_text(encoding="utf-8").replace(
        "<TEI ", '<!DOCTYPE TEI SYSTEM "tei_all.dtd">\n<TEI ', 1
    ).replace("To my <supplied", "To my&nbsp;<supplied", 1)
    path.write_text(text, encoding="utf-8")
    problems = validator.validate(path)
    assert [(p.rule, p.line) for p in problems] == [("xml", 181)]
    assert problems[0].message.startswith("entity reference &nbsp; cannot be resolved")


def test_non_xml_file(validator):
    path = FIXTURES / "not-xml.txt"
    assert validator.validate(path) == [
        Problem(str(path), 1, 1, "not well-formed XML: Start tag expected, '<' not found", "error", rule="xml")
    ]


def test_malformed_xml_reports_where(validator):
    problems = validator.validate(FIXTURES / "malformed.xml")
    assert problems[0] == Problem(
        str(FIXTURES / "malformed.xml"), 3, 33,
        "not well-formed XML: Opening and ending tag mismatch: p line 3 and body", "error", rule="xml",
    )
    assert rules(problems) == {"xml"}


def test_missing_file(validator, tmp_path):
    (problem,) = validator.validate(tmp_path / "absent.xml")
    assert (problem.rule, problem.line) == ("xml", 1)
    assert "cannot read the file" in problem.message


@pytest.mark.parametrize(
    "text, message",
    [
        ("<html><body/></html>", 'the root element is <html>: this is not a TEI document (<TEI xmlns="http://www.tei-c.org/ns/1.0">)'),
        ("<TEI><teiHeader/></TEI>", 'the root element <TEI> has no namespace: add xmlns="http://www.tei-c.org/ns/1.0" to it'),
        ('<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"/>', "the root element is <teiCorpus>, not <TEI>"),
    ],
)
def test_non_tei_root(validator, tmp_path, text, message):
    path = tmp_path / "other.xml"
    path.write_text(text)
    (problem,) = validator.validate(path)
    assert (problem.rule, problem.line, problem.column) == ("not-tei", 1, 1)
    assert problem.message.startswith(message)


# ------------------------------------------------------------------------------------
# API
# ------------------------------------------------------------------------------------


def test_problem_renders_as_file_line_column_rule_message(validator, tmp_path):
    path = mutate(tmp_path, lambda root: one(root, "//tei:correspDesc[2]").set("ref", "#pers-mao"))
    (problem,) = validator.validate(path)
    assert str(problem) == (
        f'{path}:93:{problem.column}: [corresp-target] <correspDesc> @ref "#pers-mao" points to '
        '<person xml:id="pers-mao">; it must point to the <div> or <floatingText> that holds the message'
    )


def test_iter_errors_yields_every_problem(validator, tmp_path):
    def change(root):
        one(root, "//tei:div/tei:closer/tei:signed/tei:persName").text = ""
        one(root, "//tei:correspDesc[2]").set("ref", "#pers-mao")
        one(root, "//tei:div[@type='telegram']/tei:p[2]/tei:persName").set("ref", "#nobody")

    problems = list(validator.iter_errors(mutate(tmp_path, change)))
    assert sorted(p.rule for p in problems) == ["corresp-target", "name-not-empty", "ref-resolves"]


def test_every_rule_id_is_documented():
    assert set(RULES) == {
        "unsafe", "xml", "not-tei", "schema", "tei_all", "ref-resolves", "id-unique",
        "iso-date", "date-order", "corresp-target", "msdesc-complete", "name-not-empty",
    }
    readme = (Path(__file__).parent.parent / "schemas" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{rule}`" in readme for rule in RULES)


def test_simplified_tei_all_is_shipped_and_current():
    """Derived from the tei_all.rng of the package (else the slow compile comes back)."""
    from encoder import validate

    simplified = validate._schema_file(validate.SIMPLIFIED_TEI_ALL)
    assert simplified.is_file()
    assert validate._simplified_source_hash(simplified) == validate._tei_all_hash()
    assert validate._tei_all_fast() is not None


# ------------------------------------------------------------------------------------
# The restricted tei_all (schemas/tei_all.restricted.rng.gz): sound, current, used.
# ------------------------------------------------------------------------------------

TOOLS = Path(__file__).parent.parent / "tools"


@pytest.fixture(scope="module")
def restriction():
    """tools/gen_restricted_tei_all.py as a module, and the two grammars it relates."""
    sys.path.insert(0, str(TOOLS))
    try:
        import gen_restricted_tei_all as generator
    finally:
        sys.path.remove(str(TOOLS))
    return generator, generator.read_grammar(generator.RESTRICTED), generator.read_grammar(generator.SIMPLIFIED)


def test_restricted_tei_all_is_shipped_and_current(restriction):
    """Made from the shipped tei_all.rng, simplified grammar and encoder.xsd (else remake it:
    python tools/gen_restricted_tei_all.py), and byte for byte what the tool makes now."""
    import gzip

    generator, _, _ = restriction
    assert generator.recorded_hashes() == {
        "tei_all.rng": generator.sha256(generator.TEI_ALL),
        "tei_all.simplified.rng.gz": generator.sha256(generator.SIMPLIFIED),
        "encoder.xsd": generator.sha256(generator.XSD),
    }
    assert gzip.decompress(generator.RESTRICTED.read_bytes()) == generator.build()
    assert validate_module._tei_all_restricted() is not None


def test_restricted_tei_all_only_removes_from_the_simplified_one(restriction):
    """Soundness, structurally: every define of the restricted grammar is that of the
    simplified one with alternatives removed or patterns replaced by notAllowed (see
    generator.derives); element and attribute definitions kept whole are byte-identical."""
    generator, restricted, simplified = restriction
    assert generator.check(restricted, simplified) == []
    R = generator.R
    ours = {d.get("name"): d for d in restricted.getroot().iter(f"{R}define")}
    theirs = {d.get("name"): d for d in simplified.getroot().iter(f"{R}define")}
    assert set(ours) == generator.xsd_elements()  # every element of the XSD is kept
    for name, define in ours.items():
        # Each attribute definition kept is byte-identical to one of the simplified define.
        kept = {generator._canonical(a) for a in define.iter(f"{R}attribute")}
        assert kept and kept <= {generator._canonical(a) for a in theirs[name].iter(f"{R}attribute")}, name
        assert define[0].attrib == theirs[name][0].attrib  # the same element name


@pytest.mark.parametrize("tamper", [
    "add an alternative", "widen a datatype", "drop a required part", "point a ref elsewhere",
    "optional to zeroOrMore", "a new define", "text where there was none", "name class widened",
])
def test_soundness_check_catches_what_would_add_documents(restriction, tamper):
    """The structural check is not vacuous: each edit that could widen the language fails it."""
    import copy

    generator, restricted, simplified = restriction
    R = generator.R
    tree = copy.deepcopy(restricted)
    root = tree.getroot()
    tei = root.find(f"{R}define[@name='TEI']")
    if tamper == "add an alternative":
        next(tei.iter(f"{R}choice")).append(etree.Element(f"{R}text"))
    elif tamper == "widen a datatype":
        next(d for d in tei.iter(f"{R}data") if d.get("type") != "string").set("type", "string")
    elif tamper == "drop a required part":
        group = tei.find(f"{R}element/{R}group")
        group.remove(group.find(f"{R}ref[@name='teiHeader']"))
    elif tamper == "point a ref elsewhere":
        tei.find(f".//{R}ref[@name='teiHeader']").set("name", "text")
    elif tamper == "optional to zeroOrMore":
        next(tei.iter(f"{R}optional")).tag = f"{R}zeroOrMore"
    elif tamper == "a new define":
        etree.SubElement(root, f"{R}define", name="notInTei").append(etree.Element(f"{R}text"))
    elif tamper == "text where there was none":
        tei.find(f"{R}element/{R}group").append(etree.Element(f"{R}text"))
    elif tamper == "name class widened":
        tei.find(f"{R}element").set("ns", "")
    assert generator.check(tree, simplified) != []


def test_removing_alternatives_is_allowed_by_the_check(restriction):
    """What the generator does passes: an alternative less, an optional attribute less."""
    import copy

    generator, restricted, simplified = restriction
    R = generator.R
    tree = copy.deepcopy(restricted)
    tei = tree.getroot().find(f"{R}define[@name='TEI']")
    group = tei.find(f"{R}element/{R}group")
    group.remove(group.find(f"{R}optional"))
    choice = next(tei.iter(f"{R}choice"))
    choice.getparent().replace(choice, choice[0])
    assert generator.check(tree, simplified) == []


def test_restricted_tei_all_takes_every_encoder_output(tmp_path, registry):
    """The fast path is taken: every example of editions/ and a sample of the FRUS texts
    (when ../shared is there), as encoded, are accepted by the restricted grammar."""
    from conftest import EXAMPLES, SHARED
    from encoder.build import encode_to

    frus = sorted(SHARED.glob("eval/frus/*/d*.txt")) if SHARED.exists() else []
    sample = frus[::8]
    restricted = validate_module._tei_all_restricted()
    fixtures = [FIXTURES / name for name in ("reference.xml", "inventory.xml", "hand-edited.xml")]
    outputs = fixtures[:]
    for index, paths in enumerate(p for p in (EXAMPLES, sample) if p):
        for outcome in encode_to(paths, tmp_path / str(index), registry, today="2026-11-26"):
            if outcome.output is not None and outcome.output.exists():
                outputs.append(outcome.output)
    assert len(outputs) >= len(fixtures) + len(EXAMPLES) + len(sample) * 9 // 10
    rejected = [str(p) for p in outputs if not restricted.validate(etree.parse(str(p), validate_module._parser()))]
    assert rejected == []


def test_compile_prepares_what_valid_documents_need():
    from encoder import validate

    Validator().compile()
    assert {"xsd-fast", "rng-restricted"} <= set(validate._grammars)
    Validator().compile(for_invalid=True)
    assert {"xsd-fast", "rng-fast", "xsd", "rng"} <= set(validate._grammars)


def test_grammars_are_compiled_once(validator):
    from encoder import validate

    assert validate._tei_all() is validate._tei_all()
    assert validate._tei_all_fast() is validate._tei_all_fast()
    assert validate._tei_all_restricted() is validate._tei_all_restricted()
    assert validate._project_schema() is validate._project_schema()
    assert validate._project_schema_fast() is validate._project_schema_fast()
    started = time.perf_counter()
    Validator().validate(REFERENCE)
    assert time.perf_counter() - started < 1  # no second 5 s compile


# ------------------------------------------------------------------------------------
# Bounded memory: huge and deeply nested files (generated, streamed, in tmp_path)
# ------------------------------------------------------------------------------------

TEI_START = '<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n'


def test_deeply_nested_file_is_refused_at_the_limit(validator, tmp_path):
    """10,000 nested <div>s: libxml2 stops at depth 256 (huge_tree=False), at once."""
    path = tmp_path / "deep.xml"
    with path.open("w", encoding="utf-8") as file:
        file.write(TEI_START)
        for _ in range(10_000):
            file.write("<div>\n")
        for _ in range(10_000):
            file.write("</div>\n")
        file.write("</TEI>\n")
    started = time.perf_counter()
    problems = validator.validate(path)
    assert time.perf_counter() - started < 1
    assert problems == [
        Problem(
            str(path), 258, 5,  # the 257th element (TEI is on line 2), where libxml2 stopped
            "elements are nested more than 256 deep: refused, since deeper trees can exhaust memory "
            "and no TEI document needs them; look for start tags never closed (<lb> written for <lb/>)",
            "error", rule="unsafe",
        )
    ]


def test_huge_text_node_is_refused(validator, tmp_path):
    """A text node over libxml2's 10 MB limit (the file itself is under the size limit)."""
    path = tmp_path / "long-text.xml"
    with path.open("w", encoding="utf-8") as file:
        file.write(TEI_START + "<text><body><p>")
        for _ in range(11):
            file.write("x" * 1024 * 1024)
        file.write("</p></body></text></TEI>\n")
    (problem,) = validator.validate(path)
    assert (problem.rule, problem.line) == ("unsafe", 3)
    assert problem.message == (
        "a text or attribute value is longer than 10 MB: refused, since it can exhaust memory and no "
        "TEI document needs one; split the text into elements"
    )


def write_large_tei(path: Path, megabytes: int) -> None:
    """A well-formed TEI file of about ``megabytes`` MiB of paragraphs, written in 1 MiB pieces."""
    paragraph = "<p>To my comrade, on 13 June 1951, the text of a telegram.</p>\n"
    chunk = paragraph * (1024 * 1024 // len(paragraph))
    with path.open("w", encoding="utf-8") as file:
        file.write(TEI_START + "<text><body>\n")
        for _ in range(megabytes):
            file.write(chunk)
        file.write("</body></text></TEI>\n")


def test_huge_file_is_refused_unread_quickly_in_little_memory(tmp_path):
    """200 MiB: refused from its size, before a byte is read; measured in a fresh process."""
    path = tmp_path / "huge.xml"
    write_large_tei(path, 200)
    script = (
        "import json, resource, sys, time\n"
        "from encoder.validate import Validator\n"
        "def peak(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "before = peak()\n"
        "started = time.perf_counter()\n"
        "problems = Validator().validate(sys.argv[1])\n"
        "print(json.dumps({'seconds': time.perf_counter() - started, 'grown_mb': peak() - before,\n"
        "                  'problems': [[p.rule, p.line, p.column, p.message] for p in problems]}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True)
    outcome = json.loads(result.stdout)
    assert outcome["problems"] == [[
        "unsafe", 1, 1,
        "the file is 200 MiB, more than the limit of 32 MiB: refused unread, since a tree that large can "
        "exhaust memory; split the document, or raise the limit (encoder validate --max-size)",
    ]]
    assert outcome["seconds"] < 0.1
    assert outcome["grown_mb"] < 5  # peak memory of the process did not grow: no file data read


def test_size_limit_is_an_option(validator):
    size = REFERENCE.stat().st_size
    (problem,) = Validator(max_bytes=size // 2).validate(REFERENCE)
    assert (problem.rule, problem.line, problem.column) == ("unsafe", 1, 1)
    assert problem.message.startswith(f"the file is {size:,} bytes, more than the limit of {size // 2:,} bytes: ")
    assert Validator(max_bytes=size).validate(REFERENCE) == []


def test_depth_just_under_the_limit_is_read(tmp_path):
    """250 nested <seg>s inside a paragraph: allowed by libxml2, judged by the grammars."""
    path = tmp_path / "nested.xml"
    text = REFERENCE.read_text(encoding="utf-8").replace(
        "To my <supplied", "To my " + "<seg>" * 240 + "x" + "</seg>" * 240 + " <supplied", 1
    )
    path.write_text(text, encoding="utf-8")
    assert "unsafe" not in rules(Validator(tei_all=False).validate(path))  # read (no teiHeader: schema)


# ------------------------------------------------------------------------------------
# The command: encoder validate PATH... --format text|json|junit|github
# ------------------------------------------------------------------------------------

CORRESP_MESSAGE = (
    '<correspDesc> @ref "#pers-mao" points to <person xml:id="pers-mao">; it must point to the '
    "<div> or <floatingText> that holds the message"
)


@pytest.fixture
def two_files(validator, tmp_path):
    """A folder with a valid document and one with exactly one problem (line 93)."""
    folder = tmp_path / "tei"
    folder.mkdir()
    good = folder / "a-good.xml"
    good.write_bytes(REFERENCE.read_bytes())
    bad = Path(mutate(folder, lambda root: one(root, "//tei:correspDesc[2]").set("ref", "#pers-mao"), "b-bad.xml"))
    column = column_of(str(bad), 93, 'ref="#pers-mao"')
    return folder, good, bad, column


def run(*arguments: str):
    return CliRunner().invoke(main, ["validate", *arguments])


def test_cli_text_format(two_files):
    folder, good, bad, column = two_files
    result = run(str(folder))
    assert result.exit_code == 1
    assert result.stdout == f"{bad}:93:{column}: [corresp-target] {CORRESP_MESSAGE}\n"
    assert result.stderr == "1 valid, 1 invalid, 0 unreadable\n"


def test_cli_json_format(two_files):
    folder, good, bad, column = two_files
    result = run("--format", "json", str(good), str(bad))
    assert result.exit_code == 1
    assert json.loads(result.stdout) == [
        {"file": str(bad), "line": 93, "column": column, "rule": "corresp-target",
         "message": CORRESP_MESSAGE, "severity": "error"}
    ]
    assert json.loads(run("--format", "json", str(good)).stdout) == []


def test_cli_junit_format(two_files):
    folder, good, bad, column = two_files
    result = run("--format", "junit", str(folder))
    assert result.exit_code == 1
    suites = etree.fromstring(result.stdout.encode("utf-8"))
    assert (suites.tag, suites.get("tests"), suites.get("failures")) == ("testsuites", "2", "1")
    (suite,) = suites
    assert (suite.tag, suite.get("name"), suite.get("tests"), suite.get("failures")) == ("testsuite", "encoder validate", "2", "1")
    cases = list(suite)
    assert [(c.tag, c.get("name"), c.get("classname")) for c in cases] == [
        ("testcase", str(good), "encoder.validate"), ("testcase", str(bad), "encoder.validate")
    ]
    assert len(cases[0]) == 0
    (failure,) = cases[1]
    assert (failure.tag, failure.get("type"), failure.get("message")) == ("failure", "corresp-target", CORRESP_MESSAGE)
    assert failure.text == f"{bad}:93:{column}: [corresp-target] {CORRESP_MESSAGE}"


def test_cli_junit_has_a_failure_per_problem(validator, tmp_path):
    def change(root):
        one(root, "//tei:div/tei:closer/tei:signed/tei:persName").text = ""
        one(root, "//tei:correspDesc[2]").set("ref", "#pers-mao")

    path = mutate(tmp_path, change)
    suites = etree.fromstring(run("--format", "junit", path).stdout.encode("utf-8"))
    assert [f.get("type") for f in suites.iter("failure")] == ["corresp-target", "name-not-empty"]


def test_cli_github_format(two_files):
    folder, good, bad, column = two_files
    result = run("--format", "github", str(folder))
    assert result.exit_code == 1
    message = CORRESP_MESSAGE.replace("%", "%25")
    file = str(bad).replace(":", "%3A").replace(",", "%2C")
    assert result.stdout == f"::error file={file},line=93,col={column},title=[corresp-target]::{message}\n"


def test_github_format_escapes_what_workflow_commands_need():
    problem = Problem("a,b:c.xml", 3, 4, "50% done\nnext: line", rule="iso-date")
    assert format_report([("a,b:c.xml", [problem])], "github") == (
        "::error file=a%2Cb%3Ac.xml,line=3,col=4,title=[iso-date]::50%25 done%0Anext: line\n"
    )


def test_cli_all_valid_exits_0(validator):
    result = run(str(REFERENCE), str(FIXTURES / "inventory.xml"), str(FIXTURES / "hand-edited.xml"))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "3 valid, 0 invalid, 0 unreadable\n")


def test_cli_unreadable_or_unsafe_exits_2(two_files):
    folder, good, bad, column = two_files
    result = run(str(folder), str(FIXTURES / "billion-laughs.xml"), str(FIXTURES / "malformed.xml"))
    assert result.exit_code == 2
    assert result.stderr == "1 valid, 1 invalid, 2 unreadable\n"
    assert f"{FIXTURES / 'billion-laughs.xml'}:2:1: [unsafe] the DOCTYPE declares entities" in result.stdout


def test_cli_max_size(validator):
    result = run("--max-size", "0.001", str(REFERENCE))
    assert result.exit_code == 2
    assert result.stdout == (
        f"{REFERENCE}:1:1: [unsafe] the file is 10,102 bytes, more than the limit of 1,048 bytes: refused unread, "
        "since a tree that large can exhaust memory; split the document, or raise the limit (encoder validate --max-size)\n"
    )


def test_folders_are_recursed_hidden_folders_skipped(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in ("a/b/deep.xml", "a/top.xml", ".git/hidden.xml", "a/notes.txt", "z.xml"):
        (tmp_path / name).write_text("<x/>")
    assert collect_files([tmp_path, tmp_path / "z.xml", tmp_path / "a" / "notes.txt"]) == [
        tmp_path / "a" / "b" / "deep.xml", tmp_path / "a" / "top.xml", tmp_path / "z.xml", tmp_path / "a" / "notes.txt",
    ]
    result = run("--no-tei-all", "--format", "json", str(tmp_path))
    assert result.exit_code == 1
    assert sorted({p["file"] for p in json.loads(result.stdout)}) == [
        str(tmp_path / "a" / "b" / "deep.xml"), str(tmp_path / "a" / "top.xml"), str(tmp_path / "z.xml"),
    ]


def test_cli_usage_errors_exit_2(tmp_path):
    assert run(str(tmp_path / "absent.xml")).exit_code == 2
    assert run("--format", "xml", str(REFERENCE)).exit_code == 2
    result = run(str(tmp_path))  # a folder without .xml files
    assert (result.exit_code, result.stderr) == (2, "error: no .xml files found in the given paths\n")


def test_cli_jobs_gives_the_same_report_in_the_same_order(validator, tmp_path):
    """--jobs 2 forks workers after compiling (Linux): same lines, same order, same exit."""
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(40):
        (folder / f"doc-{index:02d}.xml").write_bytes(REFERENCE.read_bytes())
    mutate(folder, lambda root: one(root, "//tei:correspDesc[2]").set("ref", "#pers-mao"), "doc-07.xml")
    mutate(folder, lambda root: one(root, "//tei:div/tei:closer/tei:signed/tei:persName").set("ref", "#x"), "doc-31.xml")
    one_process, two_processes = run("--format", "json", str(folder)), run("--jobs", "2", "--format", "json", str(folder))
    assert one_process.exit_code == two_processes.exit_code == 1
    assert one_process.stdout == two_processes.stdout
    assert [p["file"][-10:] for p in json.loads(two_processes.stdout)] == ["doc-07.xml", "doc-31.xml"]
    assert two_processes.stderr == "38 valid, 2 invalid, 0 unreadable\n"


def test_large_invalid_document_gets_libxml2_schema_messages_at_once(validator, tmp_path, monkeypatch):
    """Past _XMLSCHEMA_MAX_ELEMENTS elements, xmlschema (~0.2 ms per element) is not run."""
    monkeypatch.setattr(validate_module, "_XMLSCHEMA_MAX_ELEMENTS", 100)

    def change(root):
        one(root, "//tei:div/tei:p[1]").insert(0, etree.Element(f"{TEI}soCalled"))

    path = mutate(tmp_path, change)
    assert Validator(tei_all=False).validate(path) == [
        Problem(
            path, 180, column_of(path, 180, "<soCalled"),
            "<soCalled>: This element is not expected. Expected is one of ( persName, placeName, orgName, "
            "name, seg, list, floatingText, quote, table, figure ).",
            "error", rule="schema",
        )
    ]


def test_the_starter_registry_files_are_valid_tei(tmp_path):
    """A registry is a TEI file with a standOff and no text: valid for both grammars and the rules."""
    from pathlib import Path

    from encoder.validate import Validator

    registry = sorted((Path(__file__).resolve().parents[1] / "editions" / "registry").glob("*.xml"))
    assert len(registry) == 3
    validator = Validator(tei_all=True)
    assert {path.name: [str(p) for p in validator.iter_errors(path) if p.severity == "error"] for path in registry} == {
        path.name: [] for path in registry}
