"""A document's home state and its own bodies named generically (encoder.names.home)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from encoder.names.home import home_state
from encoder.names.registry import load_registry
from encoder.pipeline import encode_file

ROOT = Path(__file__).resolve().parents[1]
REGISTRY_FILES = [ROOT / "editions" / "registry" / f for f in ("persons.xml", "places.xml", "orgs.xml")]
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def registry():
    return load_registry(REGISTRY_FILES)


def test_the_registry_marks_a_states_own_bodies(registry):
    mfa = registry.get("org-prc-mfa")
    assert (mfa.type, mfa.state) == ("foreign-ministry", "place-china")
    assert (registry.get("org-cpsu-cc").type, registry.get("org-cpsu-cc").state) == ("central-committee", "place-ussr")
    assert (registry.get("org-un").type, registry.get("org-un").state) == ("", "")


@pytest.mark.parametrize("title, language, year, expected", [
    ("Cable from the Chinese Embassy in Hungary, 'Our Attitude towards Hungary'", None, 1956, "place-china"),
    ("Telegram from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs", None, 1978,
     "place-romania"),
    ("Record of Conversation between Soviet Ambassador to Afghanistan A.M. Puzanov and Taraki", None, 1978,
     "place-ussr"),
    ("Report, Embassy of Hungary in North Korea to the Foreign Ministry", None, 1962, "place-hungary"),
    # where a mission sits is not whose it is
    ("Cable from the Embassy in Hungary", None, 1956, None),
    ("Ciphered Telegram No. 3638/IV", "Polish", 1980, "place-poland"),
    ("Ciphered Telegram, Shtykov to Vyshinsky", "Russian", 1950, "place-ussr"),
    # a language spoken by no single state in that year, or by several
    ("Memorandum", "Russian", 1995, None),
    ("Memorandum", "Chinese, Russian", 1958, None),
    ("Letter from F.C. How to Roger Makins", "English", 1951, None),
    (None, None, None, None),
])
def test_home_state_from_title_or_language(registry, title, language, year, expected):
    assert home_state(title, language, year, registry) == expected


def encoded(tmp_path, registry, title, language, body):
    path = tmp_path / "doc.txt"
    path.write_text(f"**June 01, 1957**\n\n**{title}**\n**Original Language:**\n{language}\n**Contents:**\n"
                    "Translation - English\n\n" + body, encoding="utf-8")
    return encode_file(path, registry)


def test_the_foreign_ministry_of_a_chinese_cable_is_the_prcs(tmp_path, registry):
    result = encoded(tmp_path, registry, "Cable from the Chinese Embassy in Bern", "Chinese",
                     "To the Ministry of Foreign Affairs:\nThe Indonesian Ambassador called on us.\n")
    org = result.tree.find(f".//{TEI}body//{TEI}orgName")
    assert (org.text, org.get("ref")) == ("Ministry of Foreign Affairs", "#org-prc-mfa")
    assert result.tree.find(f".//{TEI}standOff//{TEI}org[@{{http://www.w3.org/XML/1998/namespace}}id='org-prc-mfa']") \
        is not None
    # an inferred link is listed for the editor to check
    assert [(m.reason, name) for m, name, _ in result.names if m.kind == "orgName"] == [("home", "Ministry of Foreign Affairs")]


def test_without_a_home_state_the_generic_name_stays_unlinked(tmp_path, registry):
    result = encoded(tmp_path, registry, "Letter from the Embassy in Bern", "English",
                     "To the Ministry of Foreign Affairs:\nThe Indonesian Ambassador called on us.\n")
    org = result.tree.find(f".//{TEI}body//{TEI}orgName")
    assert (org.text, org.get("ref")) == ("Ministry of Foreign Affairs", None)


def test_a_state_with_no_such_body_in_the_registry_links_nothing(tmp_path, registry):
    result = encoded(tmp_path, registry, "Telegram from the Polish Embassy in Beijing", "Polish",
                     "Ministry of Foreign Affairs\nThe Chinese comrades called on us.\n")
    assert [o.get("ref") for o in result.tree.iterfind(f".//{TEI}body//{TEI}orgName")] == [None]


def test_the_standoff_copy_of_a_body_keeps_its_state_resolvable(tmp_path, registry):
    result = encoded(tmp_path, registry, "Cable from the Chinese Embassy in Bern", "Chinese",
                     "To the Ministry of Foreign Affairs:\nThe Indonesian Ambassador called on us.\n")
    state = result.tree.find(f".//{TEI}standOff//{TEI}org/{TEI}placeName")
    assert state.get("ref") == "#place-china"
    ids = {e.get("{http://www.w3.org/XML/1998/namespace}id") for e in result.tree.iter()}
    assert "place-china" in ids
    assert not [p for p in result.problems if p.severity == "error"], result.problems
    etree.tostring(result.tree)


def test_a_nationality_word_names_the_state_whose_body_it_is(tmp_path, registry):
    result = encoded(tmp_path, registry, "Cable from the Cuban Mission in New York", "Spanish",
                     "Mikoyan, a Soviet politburo member, arrived. The Politburo met.\n")
    orgs = [(o.text, o.get("ref")) for o in result.tree.iterfind(f".//{TEI}body//{TEI}orgName")]
    # the Cuban document's own Politburo is not in the registry: no link
    assert orgs == [("politburo", "#org-politburo-cpsu"), ("Politburo", None)]


@pytest.mark.parametrize("title, expected", [
    ("The Ambassador in the Soviet Union (Smith) to the Secretary of State", "place-ussr"),
    ("The Ambassador in Brazil (Pawley) to the Secretary of State", "?Brazil"),  # not in the registry
    ("Memorandum of Conversation", None),
])
def test_the_state_a_mission_writes_from(registry, title, expected):
    from encoder.names.home import host_state
    assert host_state(title, registry) == expected


@pytest.mark.parametrize("title, text, expected", [
    # an embassy's "Foreign Office" is the host state's ministry; "Brit FonOff" the British one
    ("The Ambassador in the Soviet Union (Smith) to the Secretary of State",
     "I handed a note to the Foreign Office today.", [("Foreign Office", "org-mid")]),
    ("The Ambassador in Brazil (Pawley) to the Secretary of State",
     "official reply from the Foreign Office is expected.", [("Foreign Office", None)]),
    ("The Ambassador in Italy (Dunn) to the Secretary of State",
     "given informally to Brit FonOff last week.", [("FonOff", "org-foreign-office")]),
    ("Memorandum of Conversation", "the Foreign Office agreed.", [("Foreign Office", "org-foreign-office")]),
])
def test_an_embassys_foreign_office_is_the_host_states(registry, title, text, expected):
    from encoder.names.home import host_state, link_host_foreign_office
    from encoder.names.matcher import find_names
    mentions = link_host_foreign_office(find_names(text, registry), text, host_state(title, registry), registry)
    assert [(text[m.start:m.end], m.ref) for m in mentions if m.kind == "orgName"] == expected


def test_a_chinese_embassys_foreign_ministry_is_not_its_host_states(tmp_path, registry):
    # "in Hungary" names the host; the cable's own state is China, whose ministry it writes to
    result = encoded(tmp_path, registry, "Cable from the Chinese Embassy in Hungary", "Chinese",
                     "To the Foreign Ministry and the Party Center:\nThe situation is tense.\n")
    assert [(o.text, o.get("ref")) for o in result.tree.iterfind(f".//{TEI}body//{TEI}orgName")][:1] == [
        ("Foreign Ministry", "#org-prc-mfa")]


def test_an_american_telegram_from_moscow_names_the_soviet_foreign_office(tmp_path, registry):
    result = encoded(tmp_path, registry, "The Ambassador in the Soviet Union (Smith) to the Secretary of State",
                     "English", "I handed our note to the Foreign Office today.\n")
    assert [(o.text, o.get("ref")) for o in result.tree.iterfind(f".//{TEI}body//{TEI}orgName")] == [
        ("Foreign Office", "#org-mid")]
