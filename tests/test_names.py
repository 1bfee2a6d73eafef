"""The authority registry (encoder.names.registry) and the name matcher (encoder.names.matcher)."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from lxml import etree

from encoder.model import NameMention
from encoder.names.matcher import find_names
from encoder.names.registry import RegistryError, load_registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "registry"
SHARED = Path(__file__).resolve().parents[2] / "shared"
REGISTRY_FILES = [ROOT / "editions" / "registry" / f for f in ("persons.xml", "places.xml", "orgs.xml")]


@pytest.fixture(scope="module")
def registry():
    return load_registry(REGISTRY_FILES)


@pytest.fixture(scope="module")
def small():
    return load_registry([FIXTURES / "base.xml"])


def at(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    """The [start, end) of the nth occurrence of sub in text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def spans(mentions: list[NameMention]) -> list[tuple[int, int, str, str | None]]:
    return [(m.start, m.end, m.kind, m.ref) for m in mentions]


def find(text: str, registry, sub: str, nth: int = 0) -> NameMention | None:
    s, e = at(text, sub, nth)
    for m in find_names(text, registry):
        if m.start == s and m.end == e:
            return m
    return None


# ---------------------------------------------------------------------------------
# The shipped registry

def test_shipped_registry_is_valid_tei():
    rng = etree.RelaxNG(etree.parse(str(ROOT / "schemas" / "tei_all.rng")))
    for path in REGISTRY_FILES:
        doc = etree.parse(str(path))
        assert rng.validate(doc), (path.name, str(rng.error_log)[:500])


def test_shipped_registry_contents(registry):
    persons = registry.entries("persName")
    places = registry.entries("placeName")
    orgs = registry.entries("orgName")
    assert len(persons) >= 250 and len(places) >= 80 and len(orgs) >= 40
    stalin = registry.entry("pers-stalin")
    tei = "{http://www.tei-c.org/ns/1.0}"
    assert stalin.findtext(f"{tei}idno[@type='wikidata']") == "Q855"
    assert "Filippov" in [p.text for p in stalin.findall(f"{tei}persName[@type='pseudonym']")]
    beijing = registry.entry("#place-beijing")  # a @ref value works too
    assert beijing.findtext(f"{tei}idno[@type='geonames']") == "1816670"
    assert beijing.findtext(f"{tei}location/{tei}geo").startswith("39.9")
    assert registry.get("org-mid").kind == "orgName"
    assert "pers-peng-dehuai" in registry and "pers-nobody" not in registry


def test_shipped_registry_authority_ids_match_their_tables():
    """The registry's Wikidata / VIAF idnos are exactly those of tools/registry_data.py (whose
    sources tools/README.md gives): generated, well-formed, and no QID on two entries."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("registry_data", ROOT / "tools" / "registry_data.py")
    data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(data)
    expected = set()
    for prefix, tables in (("pers", (("wikidata", data.WIKIDATA), ("viaf", data.VIAF))),
                           ("place", (("wikidata", data.PLACE_WIKIDATA), ("viaf", data.PLACE_VIAF))),
                           ("org", (("wikidata", data.ORG_WIKIDATA), ("viaf", data.ORG_VIAF)))):
        for idno_type, ids in tables:
            expected |= {(f"{prefix}-{key}", idno_type, value) for key, value in ids.items()}
    found = set()
    for path in REGISTRY_FILES:
        for idno in etree.parse(str(path)).iter("{http://www.tei-c.org/ns/1.0}idno"):
            if idno.get("type") in ("wikidata", "viaf"):
                entry = idno.getparent().get("{http://www.w3.org/XML/1998/namespace}id")
                found.add((entry, idno.get("type"), idno.text))
    assert found == expected  # regenerate with tools/build_registry.py after editing the tables
    assert all(re.fullmatch(r"Q[1-9][0-9]*", v) for _, t, v in found if t == "wikidata")
    assert all(re.fullmatch(r"[1-9][0-9]*", v) for _, t, v in found if t == "viaf")
    qids = [v for _, t, v in found if t == "wikidata"]
    assert len(qids) == len(set(qids))
    assert ("pers-brezhnev", "wikidata", "Q765165") in found and ("org-un", "wikidata", "Q1065") in found


# ---------------------------------------------------------------------------------
# The reference document (wcda-112109)

REFERENCE = """SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY
CIPHERED TELEGRAM No. 20772
Copies: Stalin (2)
From BEIJING
Received 19:55 13.June.1951
Series "G" T
To Comrade FILIPPOV [Stalin]

To my [telegram] No. 2967 (vkh. No. 20757).

13.6.51 at 22:00 Beijing time I received the following telegram addressed to you from MAO ZEDONG.

"To Comrade FILIPPOV.

I received your telegram of 13 June.

Today I received a telegram from Comrades GAO GANG and KIM IL SUNG. I communicated our opinion on the question of an armistice to Comrade GAO GANG in order for him to relay it to you and receive instructions from you. I won't write about it in detail here.

Comrade PENG DEHUI very much needs Soviet advisers on strategy and tactics. It would be desirable if you could send them as soon as possible.

With regard to the participation of eight fighter divisions in battles, in accordance with your advice, I gave an order to the General Staff to draw up a plan. In addition, I gave an order to Comrade PENG DEHUI that our troops firmly hold the line of defense at the second and third defensive lines and create a new defensive line.

The position at the front in June will be such that our forces will be comparatively weaker than those of the enemy. In July we will be stronger than in June and in August we will be even stronger. We will be ready in August to make a stronger blow to the enemy.

MAO ZEDONG
13.6.51"

ROSHCHIN
No. 2974
13.6.51
"""


def test_reference_mentions(registry):
    t = REFERENCE
    got = spans(find_names(t, registry))
    expected = [
        (*at(t, "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY"), "orgName", "org-gru"),
        (*at(t, "Stalin"), "persName", "pers-stalin"),
        (*at(t, "BEIJING"), "placeName", "place-beijing"),
        (*at(t, "FILIPPOV"), "persName", "pers-stalin"),
        (*at(t, "Stalin", 1), "persName", "pers-stalin"),
        (*at(t, "Beijing"), "placeName", "place-beijing"),
        (*at(t, "MAO ZEDONG"), "persName", "pers-mao"),
        (*at(t, "FILIPPOV", 1), "persName", "pers-stalin"),
        (*at(t, "GAO GANG"), "persName", "pers-gao-gang"),
        (*at(t, "KIM IL SUNG"), "persName", "pers-kim-il-sung"),
        (*at(t, "GAO GANG", 1), "persName", "pers-gao-gang"),
        (*at(t, "PENG DEHUI"), "persName", "pers-peng-dehuai"),
        (*at(t, "General Staff"), "orgName", "org-general-staff"),
        (*at(t, "PENG DEHUI", 1), "persName", "pers-peng-dehuai"),
        (*at(t, "MAO ZEDONG", 1), "persName", "pers-mao"),
        (*at(t, "ROSHCHIN"), "persName", "pers-roshchin"),
    ]
    assert got == expected


def test_no_false_positives_on_telegram_header(registry):
    header = (
        "CIPHERED TELEGRAM No. 709\nTOP SECRET\nMaking Copies Prohibited Copy No. 12\n"
        "COPIES: 3\nSPECIAL\nTOP PRIORITY\nSeries \"G\" T\nStrictly secret\n"
        "Received on 4:10 am, 14 May 1950\nSent on 5:30 am, 14 May 1950\nIssuing No. 8600\n"
        "Special no. 550\n\nOn Monday, in June, the Comrade said: Today we met.\n"
        "Comrade\nThe meeting ended. Yesterday it rained.\n"
    )
    assert find_names(header, registry) == []


# ---------------------------------------------------------------------------------
# Matching rules, one by one

@pytest.mark.parametrize("text,sub,ref", [
    ("We met PENG DEHUI today.", "PENG DEHUI", "pers-peng-dehuai"),
    ("We met Peng Dehuai today.", "Peng Dehuai", "pers-peng-dehuai"),
    ("We met MAO ZEDONG today.", "MAO ZEDONG", "pers-mao"),
    ("We met Chou En-lai today.", "Chou En-lai", "pers-zhou-enlai"),          # transliteration
    ("We met Kim Il-sung today.", "Kim Il-sung", "pers-kim-il-sung"),
    ("a talk with Vyshinskii on Korea", "Vyshinskii", "pers-vyshinsky"),     # -ii = -y
    ("Letter to Gomulka from Moscow", "Gomulka", "pers-gomulka"),            # no diacritics
    ("signed by N.S. Khrushchev.", "N.S. Khrushchev", "pers-khrushchev"),     # initials
    ("signed by N. S. Khrushchev.", "N. S. Khrushchev", "pers-khrushchev"),
    ("(A. Gromyko)", "A. Gromyko", "pers-gromyko"),
    ("Copy to Gromyko A.A. for action", "Gromyko A.A.", "pers-gromyko"),
    ("21.XI.51 GROMYKO", "GROMYKO", "pers-gromyko"),                         # surname alone
    ("Marshal Zhukov arrived.", "Zhukov", "pers-zhukov"),                     # title outside
    ("Comrade Stalin agreed.", "Stalin", "pers-stalin"),
    ("Cde. Bulganin—", "Bulganin", "pers-bulganin"),
    ("Comr. Molotov spoke", "Molotov", "pers-molotov"),
    ("Generalissimo Stalin received him", "Stalin", "pers-stalin"),
    ("Prime Minister Nehru said", "Nehru", "pers-nehru"),
    ("Foreign Minister Gromyko said", "Gromyko", "pers-gromyko"),
    ("President Truman said", "Truman", "pers-truman"),
    ("Mr. Acheson said", "Acheson", "pers-acheson"),
    ("Chairman Mao said", "Mao", "pers-mao"),
    ("Premier Zhou Enlai said", "Zhou Enlai", "pers-zhou-enlai"),
    ("General Ridgway said", "Ridgway", "pers-ridgway"),
    ("Ambassador Roshchin said", "Roshchin", "pers-roshchin"),
    ("Secretary Acheson said", "Acheson", "pers-acheson"),
    ("Feng Xi replied at once.", "Feng Xi", "pers-stalin"),                   # code name
    ("Dear Comrade Filippov,", "Filippov", "pers-stalin"),
    ("the PEKING government", "PEKING", "place-beijing"),
    ("troops crossed the Yalu near Antung", "Antung", "place-andong"),
    ("north of the 38th parallel", "38th parallel", "place-parallel-38"),
    ("the Chinese People's Volunteers attacked", "Chinese People's Volunteers", "org-cpv"),
    ("instructions of the Central Committee of the CPSU", "Central Committee of the CPSU", "org-cpsu-cc"),
    ("MID USSR / Tenth Department", "MID USSR", "org-mid"),
    ("a note from MID to the embassy", "MID", "org-mid"),
])
def test_registry_forms(registry, text, sub, ref):
    m = find(text, registry, sub)
    assert m is not None, find_names(text, registry)
    kind = {"pers": "persName", "place": "placeName", "org": "orgName"}[ref.split("-")[0]]
    assert (m.kind, m.ref) == (kind, ref)


def test_letter_spaced_signature(registry):
    t = "Confirm receipt.\nS H T Y K O V\n"
    assert spans(find_names(t, registry)) == [(*at(t, "S H T Y K O V"), "persName", "pers-shtykov")]


def test_possessive_excluded(registry):
    t = "after Stalin's death and STALIN’s funeral"
    assert spans(find_names(t, registry)) == [
        (*at(t, "Stalin"), "persName", "pers-stalin"),
        (*at(t, "STALIN"), "persName", "pers-stalin"),
    ]


def test_titles_stay_outside_and_kinds(registry):
    t = "Comrades Kim Il Sung and Pak Hon-yong met Ambassador Shtykov in Pyongyang."
    assert spans(find_names(t, registry)) == [
        (*at(t, "Kim Il Sung"), "persName", "pers-kim-il-sung"),
        (*at(t, "Pak Hon-yong"), "persName", "pers-pak-hon-yong"),
        (*at(t, "Shtykov"), "persName", "pers-shtykov"),
        (*at(t, "Pyongyang"), "placeName", "place-pyongyang"),
    ]


def test_surname_after_full_name(registry):
    t = "Georgy Zhukov arrived. Later Zhukov left; ZHUKOV wired."
    assert spans(find_names(t, registry)) == [
        (*at(t, "Georgy Zhukov"), "persName", "pers-zhukov"),
        (*at(t, "Zhukov", 1), "persName", "pers-zhukov"),
        (*at(t, "ZHUKOV"), "persName", "pers-zhukov"),
    ]


def test_lowercase_words_not_names(registry):
    # "mao" and "peking" in lower case, "Young" at the start of a sentence
    t = "the mao jacket; peking duck. Young men went to the front."
    assert find_names(t, registry) == []


# ---------------------------------------------------------------------------------
# Unknown names

def test_unknown_after_title(registry):
    t = "Comrade Ivanov met Ambassador Lavrentiev and Comrades Petrenko and Sidorov."
    got = find_names(t, registry)
    assert spans(got) == [
        (*at(t, "Ivanov"), "persName", None),
        (*at(t, "Lavrentiev"), "persName", None),
        (*at(t, "Petrenko"), "persName", None),
        (*at(t, "Sidorov"), "persName", None),
    ]
    assert all(m.reason == "unknown" for m in got)


def test_unknown_caps_lines_and_signature(registry):
    t = "TO KUZMINOV\nFrom CHITA\n\nThe text.\n\nZVEREV\n(N. Fedotkin)\n"
    assert spans(find_names(t, registry)) == [
        (*at(t, "KUZMINOV"), "persName", None),
        (*at(t, "CHITA"), "placeName", None),
        (*at(t, "ZVEREV"), "persName", None),
        (*at(t, "N. Fedotkin"), "persName", None),
    ]


def test_unknown_organizations(registry):
    t = ("He called at the Polish Embassy in Havana. The Ministry of Foreign Trade objected; "
         "the Central Committee of the Albanian Party of Labor and the Mongolian People's Army "
         "were informed.")
    got = find_names(t, registry)
    assert spans(got) == [
        (*at(t, "Polish Embassy in Havana"), "orgName", None),
        (*at(t, "Ministry of Foreign Trade"), "orgName", None),
        (*at(t, "Central Committee of the Albanian Party of Labor"), "orgName", None),
        (*at(t, "Mongolian People's Army"), "orgName", None),
    ]


def test_dateline_place(registry):
    t = "Chita, June 13, 1951—7 p.m.\n\nSECRET\n\nMoscow, 14 June 1951\n"
    assert spans(find_names(t, registry)) == [
        (*at(t, "Chita"), "placeName", None),
        (*at(t, "Moscow"), "placeName", "place-moscow"),
    ]


def test_unknown_speaker_propagates(registry):
    t = "Stephanopoulos said he would come. Later we saw Stephanopoulos again."
    assert spans(find_names(t, registry)) == [
        (*at(t, "Stephanopoulos"), "persName", None),
        (*at(t, "Stephanopoulos", 1), "persName", None),
    ]


def test_other_person_with_registry_surname(small):
    # J. Edgar Hoover is not in the registry; Robert Dulles is not Allen or John Foster
    t = "Mr. Robert Dulles came."
    (m,) = find_names(t, small)
    assert (m.start, m.end, m.ref, m.reason) == (*at(t, "Robert Dulles"), None, "unknown")
    assert set(m.candidates) == {"pers-dulles-jf", "pers-dulles-a"}


# ---------------------------------------------------------------------------------
# Ambiguity: one surname, two persons

def test_ambiguous_surname_unresolved(small):
    t = "Dulles said that the talks should go on."
    (m,) = find_names(t, small)
    assert (m.start, m.end, m.kind, m.ref, m.reason) == (*at(t, "Dulles"), "persName", None, "ambiguous")
    assert set(m.candidates) == {"pers-dulles-jf", "pers-dulles-a"}


def test_ambiguous_surname_resolved_by_fuller_form(small):
    t = "Allen Dulles reported on Moscow. Then Dulles said the Soviets would wait."
    assert spans(find_names(t, small)) == [
        (*at(t, "Allen Dulles"), "persName", "pers-dulles-a"),
        (*at(t, "Moscow"), "placeName", "place-moscow"),
        (*at(t, "Dulles", 1), "persName", "pers-dulles-a"),
    ]
    t2 = "Dulles opened the meeting. John Foster Dulles had flown in."
    assert spans(find_names(t2, small))[0] == (*at(t2, "Dulles"), "persName", "pers-dulles-jf")


def test_ambiguous_surname_resolved_by_title_or_initial(small):
    t = "Secretary Dulles and A. Dulles met C. Douglas Dillon and Dillon Anderson; Anderson left."
    assert spans(find_names(t, small)) == [
        (*at(t, "Dulles"), "persName", "pers-dulles-jf"),
        (*at(t, "A. Dulles"), "persName", "pers-dulles-a"),
        (*at(t, "C. Douglas Dillon"), "persName", "pers-dillon"),
        (*at(t, "Dillon Anderson"), "persName", "pers-anderson"),
        (*at(t, "Anderson", 1), "persName", "pers-anderson"),
    ]


# ---------------------------------------------------------------------------------
# Loading

def test_override_by_later_file():
    reg = load_registry([FIXTURES / "base.xml", FIXTURES / "override.xml"])
    assert "pers-zorin" in reg and "pers-dillon" in reg
    el = reg.entry("pers-gromyko")
    assert el.get("{http://www.w3.org/XML/1998/namespace}id") == "pers-gromyko"
    assert reg.get("pers-gromyko").main == "Gromyko, Andrei"
    t = "Grom and Zorin met."
    assert spans(find_names(t, reg)) == [
        (*at(t, "Grom"), "persName", "pers-gromyko"),
        (*at(t, "Zorin"), "persName", "pers-zorin"),
    ]


@pytest.mark.parametrize("name,line,words", [
    ("malformed.xml", 5, "well-formed"),
    ("no-id.xml", 4, "xml:id"),
    ("no-name.xml", 3, "no <orgName>"),
])
def test_registry_errors(name, line, words):
    with pytest.raises(RegistryError) as info:
        load_registry([FIXTURES / "base.xml", FIXTURES / name])
    err = info.value
    assert err.path.endswith(name) and err.line == line and words in err.message
    assert str(err).startswith(f"{err.path}:{line}:")


def test_registry_error_not_tei(tmp_path):
    p = tmp_path / "x.xml"
    p.write_text("<listPerson><person xml:id='a'><persName>A</persName></person></listPerson>")
    with pytest.raises(RegistryError, match="TEI namespace"):
        load_registry([p])


def test_matching_is_fast(registry):
    text = (REFERENCE * 4)[:5000]
    find_names(text, registry)
    t0 = time.perf_counter()
    for _ in range(10):
        find_names(text, registry)
    per_doc = (time.perf_counter() - t0) / 10
    assert per_doc < 0.025  # well under 5 ms on a quiet machine; generous for CI


# ---------------------------------------------------------------------------------
# FRUS development data: person recall and linking with the volume's persons list

FRUS = SHARED / "eval" / "frus" / "frus1955-57v24"


def frus_registry(folder: Path, tmp: Path):
    persons: dict[str, dict] = {}
    for f in sorted(folder.glob("d*.json")):
        persons.update(json.loads(f.read_text(encoding="utf-8"))["persons"])
    rows = "".join(
        f'<person xml:id="{pid}"><persName type="main">{escape(p["name"])}</persName>'
        + (f"<note>{escape(p['description'])}</note>" if p.get("description") else "")
        + "</person>"
        for pid, p in sorted(persons.items())
    )
    path = tmp / "frus-persons.xml"
    path.write_text(f'<listPerson xmlns="http://www.tei-c.org/ns/1.0">{rows}</listPerson>',
                    encoding="utf-8")
    return load_registry([path])


@pytest.mark.skipif(not FRUS.is_dir(), reason="shared FRUS evaluation data not present")
def test_frus_person_recall_and_linking(tmp_path):
    registry = frus_registry(FRUS, tmp_path)
    gold_n = matched = linked = linked_ok = 0
    for f in sorted(FRUS.glob("d*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        with open(FRUS / doc["text_file"], encoding="utf-8", newline="") as fh:
            text = fh.read()
        pred = {(m.start, m.end): m for m in find_names(text, registry) if m.kind == "persName"}
        for g in doc["entities"]:
            if g["type"] != "persName":
                continue
            gold_n += 1
            m = pred.get((g["start"], g["end"]))
            if m is None:
                continue
            matched += 1
            if g.get("corresp"):
                linked += 1
                linked_ok += m.ref == g["corresp"].lstrip("#")
    recall, linking = matched / gold_n, linked_ok / linked
    # measured: recall 0.981, linking 0.998 (3,187 gold person spans)
    assert recall >= 0.975, recall
    assert linking >= 0.99, linking


def test_generic_institutions_are_organizations_without_a_link():
    from encoder.names.matcher import find_names
    from encoder.names.registry import Registry

    text = "The Politburo met on Monday. The Senate adjourned. The CC of the Workers' Party of Vietnam decided."
    found = [(text[m.start:m.end], m.kind, m.ref) for m in find_names(text, Registry())]
    assert ("Politburo", "orgName", None) in found
    assert ("Senate", "orgName", None) in found
    assert ("CC of the Workers' Party of Vietnam", "orgName", None) in found


def test_a_word_before_a_surname_written_first_is_not_its_given_name(registry):
    # Cai Chang is in the registry (surname first); "Lao Cai" after a verb of movement is a place
    t = "The Chinese troops entered Lao Cai on 17 February; Cai Chang spoke."
    assert spans(find_names(t, registry)) == [
        (*at(t, "Lao Cai"), "placeName", None),
        (*at(t, "Cai Chang"), "persName", "pers-cai-chang"),
    ]


def test_the_document_year_parts_persons_of_one_name(registry):
    # Yakov Malik (UN 1948-1952) and Adam Malik (Indonesian minister from 1966)
    t = "Malik told the Security Council that he would speak."
    malik = at(t, "Malik")
    assert [(m.start, m.end, m.ref, m.reason) for m in find_names(t, registry) if m.kind == "persName"] == [
        (*malik, None, "ambiguous")]
    assert [(m.ref, m.reason) for m in find_names(t, registry, year=1951) if m.kind == "persName"] == [
        ("pers-malik", "context")]
    # in 1970 both were in office: left for the editor
    assert [m.ref for m in find_names(t, registry, year=1970) if m.kind == "persName"] == [None]


def test_a_slip_of_the_typist_is_the_person_named_elsewhere(registry):
    t = "Gromyko arrived. Comrade Gromkyo said that Molotow agreed with Molotov and Khrushcheva."
    got = [(t[m.start:m.end], m.ref, m.reason) for m in find_names(t, registry) if m.kind == "persName"]
    assert got == [
        ("Gromyko", "pers-gromyko", "surname"),
        ("Gromkyo", "pers-gromyko", "spelling"),
        ("Molotow", "pers-molotov", "spelling"),
        ("Molotov", "pers-molotov", "surname"),
        ("Khrushcheva", None, "unknown"),  # a wife (in a list of persons), not a slip for Khrushchev
    ]
    # not named elsewhere: an unknown name, not a guess
    assert [(m.ref, m.reason) for m in find_names("Comrade Gromkyo said.", registry)] == [(None, "unknown")]


def test_a_given_name_alone_after_the_full_name(registry):
    t = "Nikita came first. Nikita Khrushchev spoke. Then Nikita came to the residence; Nikita Ramos too."
    got = [(t[m.start:m.end], m.ref, m.reason) for m in find_names(t, registry) if m.kind == "persName"]
    # before the full name, and as part of another name, "Nikita" is not Khrushchev (Nikita Ramos
    # is someone the registry does not know)
    assert got == [("Nikita Khrushchev", "pers-khrushchev", "registry"), ("Nikita", "pers-khrushchev", "forename"),
                   ("Nikita Ramos", None, "unknown")]
    assert at(t, "Nikita", 2) == (t.index("Nikita came to"), t.index("Nikita came to") + 6)


def test_a_person_the_registry_knows_by_the_given_name_alone(registry):
    # the registry lists "Fidel" among Castro's names; a surname after it is someone else's
    t = "Fidel came to the residence. This was accepted by Fidel. Fidel Ramos too."
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry) if m.kind == "persName"] == [
        ("Fidel", "pers-castro-fidel"), ("Fidel", "pers-castro-fidel"), ("Fidel Ramos", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ministry of Foreign Affairs Cable\nLevel: Extra Urgent", [("Ministry of Foreign Affairs", None)]),
    ("To the Ministry of Foreign Affairs and Ministry of Higher Education:\nOn",
     [("Ministry of Foreign Affairs", None), ("Ministry of Higher Education", None)]),
    ("the Ministry of Agriculture and Food said", [("Ministry of Agriculture and Food", None)]),
    ("According to [Ministry of the Revolutionary Armed Forces’] list",
     [("Ministry of the Revolutionary Armed Forces", None)]),
    ("Sent to the 8th Department of the General Staff of the Armed Forces by telegraph",
     [("8th Department of the General Staff of the Armed Forces", None)]),
    ("Chief of the KWP CC International Department spoke", [("KWP CC International Department", None)]),
    ("From the Moscow Desk\nReceived", [("Moscow Desk", None)]),
    ("Notified by the DPRK MFA that", [("DPRK MFA", None)]),
    ("4 - USSR MFA UVPI\n", [("USSR MFA UVPI", None)]),
    ("Copies: USSR MFA, file", [("USSR MFA", "org-mid")]),
    ("the US UN delegation", [("UN", "org-un")]),
])
def test_organization_spans(registry, text, expected):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "orgName"] == expected


def test_a_person_right_after_an_organization_is_not_part_of_it(registry):
    t = "Deputy Chief of the First Department of the MFA Choe Won-sik (as interpreter)"
    assert [(t[m.start:m.end], m.kind) for m in find_names(t, registry)] == [
        ("First Department of the MFA", "orgName"), ("Choe Won-sik", "persName")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Da Silva expressed the standpoint of Brazil on all", [("Brazil", None)]),  # a country anywhere
    ("From: Ministry of Foreign Affairs\nTo: Ankara\nAccording", [("Ankara", None)]),
    ("on the Yalu River not far", [("Yalu River", "place-yalu")]),  # the registry's whole name
    ("the South China Sea", [("South China Sea", None)]),  # not China
    ("directly with the Bulgarian People’s Republic, nor", [("Bulgarian People’s Republic", "place-bulgaria")]),
    ("Ministry of Foreign Affairs, FPRY\n", [("FPRY", "place-yugoslavia")]),
])
def test_place_spans(registry, text, expected):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "placeName"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The appointment of [Carlos] Lechuga as permanent", ["Carlos", "Lechuga"]),
    ("from [Bulgarian Ambassador Radenko] Grigorov from London", ["Radenko", "Grigorov"]),
    ("the Brazilian ambassador [Luis] Bastian Pinto.", ["Luis", "Bastian Pinto"]),
    ("Private Secretary Da Silva for a couple. Da Silva expressed", ["Da Silva", "Da Silva"]),
    ("To: Krajewski\nFrom: Ambassador JELEN\n", ["Krajewski", "JELEN"]),
    ("the [Soviet] Government and the [Moscow] Times", []),
])
def test_person_spans_around_brackets_particles_and_address_lines(registry, text, expected):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == expected


def test_a_bracketed_given_name_of_a_registry_person_is_linked(registry):
    t = "to [the Polish leader Władysław] Gomulka."
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry)] == [
        ("Władysław", "pers-gomulka"), ("Gomulka", "pers-gomulka")]


def test_initials_alone_on_a_line_sign_for_a_person_named(tmp_path):
    registry_file = tmp_path / "persons.xml"
    registry_file.write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">'
        '<person xml:id="p_DJF1"><persName type="main">Dulles, John Foster</persName></person>'
        "</listPerson>", encoding="utf-8")
    small = load_registry([registry_file])
    t = "I told Dulles that we agreed.\n\nJFD\n"
    assert [(t[m.start:m.end], m.ref, m.reason) for m in find_names(t, small)] == [
        ("Dulles", "p_DJF1", "surname"), ("JFD", "p_DJF1", "initials")]
    # not named in the document: an abbreviation, left alone
    assert find_names("The report follows.\n\nJFD\n", small) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("a meeting with Molotov, Macmillan and Pinay on Tuesday", ["Molotov", "Macmillan", "Pinay"]),
    ("Pinay and Molotov", ["Pinay", "Molotov"]),
    ("Eden, Pinay, Dulles", ["Eden", "Pinay", "Dulles"]),
    ("between Stalin and Monday", ["Stalin"]),  # a weekday, an ordinary word or a place is not a person
    ("Eden and Paris", ["Eden"]),
])
def test_a_name_in_a_list_of_persons_is_a_person(registry, text, expected):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deciphered by Piecuch, checked by Fiutowski\n", [("Piecuch", "persName"), ("Fiutowski", "persName")]),
    ("Approved by: Liao Chengzhi, Han Nianlong\nLevel: Urgent",
     [("Liao Chengzhi", "persName"), ("Han Nianlong", "persName")]),
    ("Message sent by Zachař.\nPavlíček 388.\n", [("Zachař", "persName"), ("Pavlíček", "persName")]),
    ("a translation of Ri Sang-jo's letter", [("Ri Sang-jo", "persName")]),
    ("to [John F.] Kennedy, don’t", [("John F.", "persName"), ("Kennedy", "persName")]),
    ("Comrade [Mikhail Stepanovich] Kapitsa told", [("Mikhail Stepanovich", "persName"), ("Kapitsa", "persName")]),
    ("students at Kim Il Sung University in Pyongyang", [("Kim Il Sung University", "orgName"), ("Pyongyang", "placeName")]),
    ("the Deputy Premier of the State Council of the PRC said", [("State Council of the PRC", "orgName")]),
    ("arrived for the 12th Congress of the party", []),
    ("(1) [PRC Embassy in India Counsellor] Comrade Sheng Jian will",
     [("PRC Embassy in India", "orgName"), ("Sheng Jian", "persName")]),
    ("copies of letters from Rangoon, Ceylon and Karachi) for",
     [("Rangoon", "placeName"), ("Ceylon", "placeName"), ("Karachi", "placeName")]),
    ("people who come to the Far East know", [("Far East", "placeName")]),
])
def test_spans_found_on_real_cables(registry, text, expected):
    assert [(text[m.start:m.end], m.kind) for m in find_names(text, registry)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the railways Hanoi–Lao Cai;", [("Hanoi", "placeName"), ("Lao Cai", "placeName")]),
    ("ВНЕ ОЧЕРЕДИ\n\nТОВАРИЩУ ФИЛИППОВУ\n\nТекст.", [("ФИЛИППОВУ", "persName")]),  # a header, a title
    ("DIRECTIVE OF THE SECRETARIAT\n\nText.", []),  # a heading's first words are not an organization's
])
def test_headings_and_routes(registry, text, expected):
    assert [(text[m.start:m.end], m.kind) for m in find_names(text, registry)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("the C.I.A. and the U.S.S.R. said", [("C.I.A.", "org-cia"), ("U.S.S.R.", "place-ussr")]),
    ("the government of the Republic of Cuba said", [("Republic of Cuba", "place-cuba")]),
    ("the PR of Bulgaria", [("PR of Bulgaria", "place-bulgaria")]),
    ("Signed: Corneliu Bogdan\n", [("Corneliu Bogdan", None)]),
    ("the text.\n\nTerebin.\n", [("Terebin", None)]),
    ("From: [Ambassador Boleslaw] JELEN1\n\nAccording", [("Boleslaw", None), ("JELEN", None)]),  # a footnote number
    ("Johnson Cheng met Kennedy", [("Johnson Cheng", None), ("Kennedy", "pers-kennedy")]),
])
def test_forms_from_unseen_cables(registry, text, expected):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry)] == expected


def test_a_frus_persons_list_with_particles_and_old_romanizations():
    from encoder.evaluate import registry_from_frus

    registry = registry_from_frus({"p_CDM": {"name": "Couve de Murville, Maurice"}, "p_DG": {"name": "Gaulle, Charles de"},
                                   "p_TTF": {"name": "Tsiang Ting-fu"}})
    t = "Couve said that de Gaulle agreed with Tsiang; FonMin Shen nodded."
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry)] == [
        ("Couve", "p_CDM"), ("de Gaulle", "p_DG"), ("Tsiang", "p_TTF"), ("Shen", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("To Comrade STALIN I.V.\n", [("STALIN I.V.", "pers-stalin")]),
    ('"Comrade STALIN Iosif Vissarionovich,\n\nLet me ask you, dear Iosif Vissarionovich, for',
     [("STALIN Iosif Vissarionovich", "pers-stalin"), ("Iosif Vissarionovich", "pers-stalin")]),
    ("[1] Eugeniusz Milnikiel (1905 -1969), former", [("Eugeniusz Milnikiel", None)]),
    ("To be seen by\n\nComrade Szabó F.\n\nComrade Barity\n", [("Szabó F.", None), ("Barity", None)]),
    ("sent by Yerofeyev\nreceived by Novoselova\n", [("Yerofeyev", None), ("Novoselova", None)]),
    ("Sent to: Nicolae Ceausescu; Stefan Andrei;", [("Nicolae Ceausescu", "pers-ceausescu"), ("Stefan Andrei", None)]),
    ("Signed: Gh. Ionita\n", [("Gh. Ionita", None)]),
    ("Dispatched from Washington, D.C., on", [("Washington, D.C.", "place-washington")]),
    ("tensions in the Korean Peninsula.", [("Korean Peninsula", None)]),
    ("Legation of FPRY – Montevideo\n", [("Legation of FPRY", None), ("Montevideo", None)]),
    ("because the Rancho Boyeros airport near Havana", [("Rancho Boyeros", None), ("Havana", "place-havana")]),
    ("Ministry of Foreign Relations\nSecretariat of the Minister\n",
     [("Ministry of Foreign Relations", None), ("Secretariat of the Minister", None)]),
    ("Subject: KWP’s 6th Congress\n", [("KWP", "org-kwp")]),
    ("Embassy in Rio on Army’s reaction:\n", [("Embassy in Rio", None)]),
    ("secretaries of the Soviet Embassy, Mr. Goundarev, who", [("Goundarev", None)]),
    ("Todor Zhivkov --\nFirst Secretary CC BCP\n", [("Todor Zhivkov", "pers-zhivkov"), ("CC BCP", None)]),
    ("the CCP CC and the OAS", [("CCP CC", "org-ccp-cc"), ("OAS", "org-oas")]),
])
def test_forms_from_the_third_batch(registry, text, expected):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry)] == expected


def test_a_title_before_a_chinese_family_name_that_is_also_a_word(registry):
    t = "Please convey this to Comrade Ding and others."
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry)] == [("Ding", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Xie Feng said", [("Xie Feng", None)]),  # not Xie Fang: pinyin given names must be equal
    ("Comrade V.E. Kuznetsov and V.V. Kuznetsov", [("V.E. Kuznetsov", None), ("V.V. Kuznetsov", "pers-kuznetsov")]),
    ("(signed) Roger Makins\n", [("Roger Makins", None)]),
    # an editor's bracketed part of a name is inside it: one person, one name
    ("Ambassador Yao [Zhongming] said", [("Yao [Zhongming]", None)]),
    ("[Li] Kenong met [Xi] Zhongxun", [("[Li] Kenong", "pers-li-kenong"), ("[Xi] Zhongxun", None)]),
    ("delegations of Sri Lanka and the Central African Republic came", [("Sri Lanka", None), ("Central African Republic", None)]),
    ("South Africa and South Korea", [("South Africa", None), ("South Korea", "place-south-korea")]),
    ("Tunisia and Morocco agreed", [("Tunisia", None), ("Morocco", None)]),
    ("the situation in the DRA", [("DRA", "place-afghanistan")]),
])
def test_forms_from_the_fourth_batch(registry, text, expected):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry)] == expected


def test_a_title_before_a_city_name_or_a_hyphenated_chinese_name(registry):
    t = "From Plenipotentiary Matsumoto to Ambassador Pan Tzu-li; Ambassador Moscow."
    assert [(t[m.start:m.end], m.kind) for m in find_names(t, registry)] == [
        ("Matsumoto", "persName"), ("Pan Tzu-li", "persName"), ("Moscow", "placeName")]


@pytest.mark.parametrize("text, persons", [
    # said to act, with an auxiliary
    ("It was an informal talk. Cockcroft did mention, however, that the reactor was ready. "
     "I put this point to Cockcroft, who agreed.", ["Cockcroft", "Cockcroft"]),
    ("In his opinion, Mengistu will travel in the next days to Asmara.", ["Mengistu"]),
    # owning what only a person has
    ("The proposals set out in Bhabha’s letter seem to me to be extravagant.", ["Bhabha"]),
    # written to
    ("With reference to your letter to Harpham of the 17th May, nothing has changed.", ["Harpham"]),
    # a relative named after the relation
    ("News of the illness of his sons Yuriy and Nikolay had been sent to us today.", ["Yuriy", "Nikolay"]),
    # telegraphese, places, titles and bodies are not persons
    ("2. ChiComs had previously promised nothing. UKDel will abstain.", []),
    ("The Comite has followed with sympathy the work of the Assembly.", []),
    ("The movement of these forces toward Lhasa will coincide with the talks in Lhasa.", []),
    ("It was decided to hold the letter to Dalai Lama until his arrival.", []),
    ("The annexed draft Aide-Mémoire may make possible a prompt reply.", []),
])
def test_a_surname_alone_is_a_person_when_its_context_says_so(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, persons", [
    ("The new U.S. Ambassador to Vietnam, Eldridge Durbrow, called on you. Durbrow said little.",
     ["Eldridge Durbrow", "Durbrow"]),
    ("The Romanian delegation was led by Ilie Verdeț, and the Chinese one by others.", ["Ilie Verdeț"]),
    ("Yesterday the Cuban Ambassador José Ruiz Velasco brought a statement.", ["José Ruiz Velasco"]),
    ("better than Mexico.\nLUIZ LEIVAS BASTIAN PINTO\n", ["LUIZ LEIVAS BASTIAN PINTO"]),
    # places, institutions, telegraphese and East Asian names read elsewhere
    ("He flew on to San Francisco and Santa Barbara.", []),
    ("He studied at Karl Marx University for a year.", []),
    ("The people of Thanh Hoa province were evacuated.", []),
    ("Chi Nats will attack the islands. GRANT BEFORE MONDAY", []),
])
def test_a_given_name_and_a_surname_make_a_person(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, orgs", [
    ("that would stir up undesired reactions in Congress, become permanent", ["Congress"]),
    # a party's numbered congress is a meeting, not a body
    ("speeches at the 20th Congress were long", []),
    ("on the Twentieth Congress of the CPSU", ["CPSU"]),
    ("To the Foreign Ministry and the Party Center:", ["Foreign Ministry", "Party Center"]),
    ("[Soviet politburo member Anastas] Mikoyan", ["politburo"]),
])
def test_bodies_named_alone(registry, text, orgs):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "orgName"] == orgs


def test_a_list_of_persons_grows_from_each_name_found(registry):
    t = "Present: Comrades Kania, Pinkowski, Barcikowski, Grabski, Jagielski, Jaruzelski, Moczar, Olszowski."
    assert [t[m.start:m.end] for m in find_names(t, registry) if m.kind == "persName"] == [
        "Kania", "Pinkowski", "Barcikowski", "Grabski", "Jagielski", "Jaruzelski", "Moczar", "Olszowski"]


def test_a_surname_inside_a_hyphenated_word_is_found_only_beside_a_person(registry):
    t = ("Lennox-Boyd reported that the talks went well. Raschin said he agreed. "
         "The Bohlen-Raschin conversation was brief. Scripps-Howard printed it.")
    # a hyphenated surname said to speak is one name (step 20b); its parts alone are not
    assert [t[m.start:m.end] for m in find_names(t, registry) if m.kind == "persName"] == [
        "Lennox-Boyd", "Raschin", "Bohlen", "Raschin"]


@pytest.mark.parametrize("text, places", [
    ("Legations in Havana, Mexico, Caracas, La Paz", ["Havana", "Mexico", "Caracas", "La Paz"]),
    ("after the Kuala Lumpur countries bring forth suggestions", ["Kuala Lumpur"]),
    ("an invitation from the Ceylon embassy", ["Ceylon"]),
    # a district named after a person is not read as a place; the registry's name stays linked
    ("Benito Juárez and Miguel Hidalgo met.", []),
    ("He flew to New York City.", ["New York"]),
])
def test_places_of_several_words_and_of_the_period(registry, text, places):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "placeName"] == places


def test_a_plural_possessive_inside_a_registry_name(registry):
    t = "the decision of the Korean Workers’ Party and of the Workers' Party of Korea"
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry) if m.kind == "orgName"] == [
        ("Korean Workers’ Party", "org-kwp"), ("Workers' Party of Korea", "org-kwp")]


@pytest.mark.parametrize("text, persons", [
    ("To Foreign Minister Ohira from Chargés d’affaires ad interim Kataoka\nRe: The Situation", ["Ohira", "Kataoka"]),
    ("American journalists (Donovan and [Warren] Rogers) said", ["[Warren] Rogers"]),  # one person, one name
])
def test_titles_with_an_apostrophe_and_a_bracketed_given_name(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


def test_the_year_rules_out_a_person_before_the_title_chooses(registry):
    # Adam Malik was Indonesia's Foreign Minister from 1966; in 1947 "Foreign Minister Malik" is Yakov Malik
    t = "Called yesterday on Acting Foreign Minister Malik. He said"
    assert [(m.ref, m.reason) for m in find_names(t, registry, year=1947)] == [("pers-malik", "context")]
    assert [(m.ref, m.reason) for m in find_names(t, registry, year=1970)] == [("pers-malik-adam", "context")]


@pytest.mark.parametrize("text, ref", [
    ("representations to Soviet Foreign Office.", "org-mid"),
    ("the enlargement of ECOSOC and of the Council", "org-un-ecosoc"),
])
def test_registry_names_of_bodies(registry, text, ref):
    assert [m.ref for m in find_names(text, registry) if m.kind == "orgName"][:1] == [ref]


@pytest.mark.parametrize("text, expected", [
    ("who succeeded Andrey Andreyevich Gromyko as Ambassador", [("Andrey Andreyevich Gromyko", "pers-gromyko")]),
    # a given name and patronymic before another surname are someone else's
    ("Comrade Nikolay Vasilyevich Novikov said", [("Nikolay Vasilyevich Novikov", None)]),
    ("Comrade Nikolai Vasilyevich Roshchin said", [("Nikolai Vasilyevich Roshchin", "pers-roshchin")]),
])
def test_russian_names_in_other_transliterations(registry, text, expected):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "persName"] == expected


@pytest.mark.parametrize("text, persons", [
    ("Ambassador Smith presented your letter. Mr. Young agreed.", ["Smith", "Young"]),
    ("1180. Eyes only for Ambassador. Immediately following telegram contains the text.", []),
    ("The Indonesian Ambassador Discussed the Issue of Next Year’s Conference", []),
])
def test_after_a_personal_title_an_ordinary_word_is_a_surname(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


def test_the_french_m_before_a_surname_is_monsieur(registry):
    t = "the speech given last night by M. Kennedy. On the radio"
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry) if m.kind == "persName"] == [
        ("Kennedy", "pers-kennedy")]


@pytest.mark.parametrize("text, expected", [
    # the registry gives the bare surname to Fidel (a variant "Castro")...
    ("the reasons why Castro reportedly refused", [("Castro", "pers-castro-fidel")]),
    # ...unless the document named only Raúl in full before
    ("Raúl Castro came. Later Castro said", [("Raúl Castro", "pers-castro-raul"), ("Castro", "pers-castro-raul")]),
    ("Fidel Castro and Raúl Castro came. Later Castro said",
     [("Fidel Castro", "pers-castro-fidel"), ("Raúl Castro", "pers-castro-raul"), ("Castro", "pers-castro-fidel")]),
])
def test_a_surname_the_registry_gives_one_namesake(registry, text, expected):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "persName"] == expected


@pytest.mark.parametrize("text, expected", [
    # a state's government: the state is a place, the phrase no organization
    ("the hope that the Government of the United States will support", [("United States", "placeName")]),
    ("extent the Government of Australia may desire", [("Australia", "placeName")]),
    ("the Government of National Unity", [("Government of National Unity", "orgName")]),
    # territories of the period; a post in brackets after a person
    ("military intervention in Portuguese Timor in the absence", [("Portuguese Timor", "placeName")]),
    ("For Woolcott (Jakarta), Cooper (Lisbon) and",
     [("Woolcott", "persName"), ("Jakarta", "placeName"), ("Lisbon", "placeName")]),
    ("The Ambassador in India (Henderson) to the Secretary", [("India", "placeName")]),  # not a post
    # an initial is no article; a telegram's reference is no name
    ("Our Minister Eduard A. Shevardnadze has informed me", [("Eduard A. Shevardnadze", "persName")]),
    ("have discussed your telegram O.JA1408 with the Acting Minister", []),
])
def test_names_in_australian_and_american_papers(registry, text, expected):
    assert [(text[m.start:m.end], m.kind) for m in find_names(text, registry)] == expected


def test_a_name_in_brackets_after_an_office_is_not_a_post():
    from encoder.evaluate import registry_from_frus

    registry = registry_from_frus({"p1": {"name": "Austin, Warren R."}})
    t = "The United States Representative at the United Nations (Austin) to the Secretary of State"
    assert [(t[m.start:m.end], m.kind) for m in find_names(t, registry)] == [
        ("United States", "placeName"), ("Austin", "persName")]


@pytest.mark.parametrize("text, persons", [
    ("Deciphered at 1530. Two copies printed.\nBelova Smirova Novoselova\n", ["Belova", "Smirova", "Novoselova"]),
    ("Immediately But not at Night\nNaszkowski\n1. Further talks", ["Naszkowski"]),
    # places and ordinary words with such endings are not persons
    ("He flew from Kosovo to Minsk and Rostov.", []),
])
def test_a_slavic_surname_by_its_ending(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


def test_the_brazilian_ministry_heading(registry):
    t = "SECRETARY OF STATE FOR EXTERNAL RELATIONS\nTELEGRAM\nRECEIVED\n12.880\n"
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry)] == [
        ("SECRETARY OF STATE FOR EXTERNAL RELATIONS", "org-brazil-mre")]


@pytest.mark.parametrize("text, places", [
    ("a build-up of Indonesian forces in Kalimantan and in Johore", ["Kalimantan", "Johore"]),
    ("troops moved into Kwangsi and Yunnan", ["Kwangsi", "Yunnan"]),
])
def test_provinces_and_regions(registry, text, places):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "placeName"] == places


@pytest.mark.parametrize("text, persons", [
    # a rank before an ordinary-word surname inside a sentence; found again inside a sentence
    ("I have had a talk with your Ambassador General Smith who presented your letter. Later Smith said",
     ["Smith", "Smith"]),
    ("and Secretary Chase will be present.", ["Chase"]),
    # the rank's own noun, a plural, or the start of a longer name are no surnames
    ("Mr. Cutler read most of the General Considerations and Courses of Action", ["Cutler"]),
    ("with Minister Coordination and Minister Commerce", []),
    ("The General Strike Committee met.", []),
])
def test_a_rank_before_an_ordinary_word_surname(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, persons", [
    ("you emphasized to Sunarso and Tjan the importance. We note Sunarso reported in paragraph 3",
     ["Sunarso", "Tjan", "Sunarso"]),
    # nationality words made from a place's name are no persons
    ("Tibetans and Pakistani officers met Shakabpa and Tibetan delegates", []),
])
def test_a_list_grows_from_a_surname_found_by_its_cue(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, persons", [
    # the signature of a cable above the editor's footnotes; a town's name there is a signer's
    ("He said so.\n\nHenderson\n1. Not printed.\n", ["Henderson"]),
    ("Sent Department 4790, repeated London 828.\nBruce\n- René Massigli, French Ambassador in the United Kingdom.\n",
     ["Bruce", "René Massigli"]),
    ("Report follows.\n– Monori – 423 –\n", ["Monori"]),
    # a given name before initials after a footnote number
    ("3. Erle R. Dickover, Counselor of Embassy", ["Erle R. Dickover"]),
])
def test_signatures_and_names_after_a_list_number(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


def test_a_person_the_title_names_counts_as_mentioned(registry):
    t = "July 18, 1984\n\nDear Margaret:\n\nIn recent weeks I have thought"
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry, named_before=("pers-thatcher",))] == [
        ("Margaret", "pers-thatcher")]
    assert [m.ref for m in find_names(t, registry)] == [None]


@pytest.mark.parametrize("text, orgs", [
    ("sent simultaneously to various members of Commonwealth and Burma", [("Commonwealth", None)]),
    ("Geoffrey Kemp (NSC) memorandum", [("NSC", "org-nsc")]),
    ("on behalf of the Central People's Government and the people", [("Central People's Government", "org-prc-cpg")]),
])
def test_bodies_of_the_commonwealth_us_and_prc(registry, text, orgs):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "orgName"] == orgs


@pytest.mark.parametrize("text, persons", [
    # only a person is "who"; a possessive before an adjective and a personal thing
    ("You will see that Pawley (who, according to the Times, is here) came.", ["Pawley"]),
    ("the background of Pawley’s impending visit", ["Pawley"]),
    ("Moscow, which is cold, and Yatung, which is far.", []),
    # a small town's name can be a Chinese given name's syllables
    ("the Minister of Foreign Affairs Wang Shijie by telegraph", ["Wang Shijie"]),
    # a signature above a date line at the end
    ("Offered me to stay here somewhat longer.\nTerebin.\n17.XII.1947\n", ["Terebin"]),
])
def test_who_cues_chinese_given_names_and_dated_signatures(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, orgs", [
    # two ordinary words joined by "and" before the head are one name; a head word before "and" is another body
    ("the Press and Cultural Section of the Embassy", [("Press and Cultural Section of the Embassy", None)]),
    ("a meeting of State Department and Commerce Department officials",
     [("State Department", "org-state-department"), ("Commerce Department", None)]),
    ("Declassified 98-005#11\nBy SMF, NARA, Date 10/13/98", [("NARA", "org-nara")]),
])
def test_joined_names_of_bodies_and_the_us_archives(registry, text, orgs):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "orgName"] == orgs


@pytest.mark.parametrize("text, persons", [
    # alone on a cable's last line an ordinary word is the signer's name, a closing word is not
    ("French statement available.\n\nWright\n", ["Wright"]),
    ("Text follows.\n\nEnds\n", []),
    ("From: [Ambassador Boleslaw] JELEN1\n\nAccording\n", ["Boleslaw", "JELEN"]),
])
def test_a_signature_may_be_an_ordinary_word(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, places", [
    # a registry org's first word ("Baghdad Pact") does not stop a city's name
    ("Repeated to London, Paris, Amman, Beirut, Baghdad, Cairo, and Damascus.",
     ["London", "Paris", "Amman", "Beirut", "Baghdad", "Cairo", "Damascus"]),
    # "US" beside another abbreviation is the country; beside capitals words it is the pronoun
    ("the US and UK Ambassadors had approached", ["US", "UK"]),
    ("PLEASE LET US KNOW AT ONCE", []),
])
def test_cities_in_lists_and_us_beside_abbreviations(registry, text, places):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "placeName"] == places


@pytest.mark.parametrize("text, persons", [
    ("NOTE: Ben-Gurion was replying to Sharett. D. Ben Gurion", [
        ("Ben-Gurion", "pers-ben-gurion"), ("Sharett", "pers-sharett"), ("D. Ben Gurion", "pers-ben-gurion")]),
    # a hyphenated surname's first part is its short form, unless it is a particle ("Ben")
    ("Ben Wood available as you require", []),
])
def test_leaders_of_israel_and_hyphenated_surnames(registry, text, persons):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, expected", [
    # "His Excellency" is a title; a generational suffix the registry entry lacks is someone else
    ("• His Excellency Mongi Slim, Secretary of State", [("Mongi Slim", "persName", None)]),
    ("• His Excellency Habib Bourguiba, Jr., Tunisian Ambassador", [("Habib Bourguiba, Jr.", "persName", None)]),
    # where an army goes is no part of its name; legislatures by their own names
    ("send troops of the Indian Army to Kashmir", [("Indian Army", "orgName", None), ("Kashmir", "placeName", "place-kashmir")]),
    ("presenting ourselves in the Knesset", [("Knesset", "orgName", None)]),
])
def test_excellencies_suffixes_and_bodies(registry, text, expected):
    assert [(text[m.start:m.end], m.kind, m.ref) for m in find_names(text, registry)] == expected


@pytest.mark.parametrize("text, persons", [
    # what is done only to a person or with one, and a person's conversation
    ("Fawzi said that what he had told Trevelyan and me had been discussed", ["Fawzi", "Trevelyan"]),
    ("A memorandum of Lawson’s conversation with Eban was sent.", ["Lawson", "Eban"]),
    ("I had expressed to Vaithianathan along line suggested.", ["Vaithianathan"]),
    ("during discussions with Treas on the loan", []),
])
def test_a_person_by_what_is_done_to_them(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, places", [
    # a town where a telegram's repeat list, a place and date, or a place's event expect one
    ("Department please repeat urgently Rome as 80, London as 320 and Trieste as unnumbered.",
     ["Rome", "London", "Trieste"]),
    ("Cablegram 632 CANBERRA, 1 October 1946 Please pass", ["CANBERRA"]),
    ("no progress was made at the Bangkok meeting which has just concluded", ["Bangkok"]),
    ("Military activities in the Near East continue", ["Near East"]),
])
def test_towns_where_a_telegram_expects_them(registry, text, places):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "placeName"] == places


def test_an_office_named_after_a_role(registry):
    t = "which was released by the Office of the Press Secretary on July 8"
    assert [(t[m.start:m.end], m.kind) for m in find_names(t, registry)] == [("Office of the Press Secretary", "orgName")]


@pytest.mark.parametrize("text, persons", [
    ("Telegram 112 urged Lamm to continue his efforts.", ["Lamm"]),  # a short name after "urged"
    ("during discussions with Brit and Amer representatives", []),  # telegraphese nationalities
])
def test_short_names_told_and_telegraphese_nationalities(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, places", [
    # a town no list knows, after "in" / "at" / "near", and the names listed after it
    ("soldiers have been killed in Jadotville, citizens fired on in Kipushi, Dilolo, Bukama and Kaniamba. In",
     ["Jadotville", "Kipushi", "Dilolo", "Bukama", "Kaniamba"]),
    ("district headquarters at Heidelberg and Munich respectively", ["Heidelberg", "Munich"]),
    # a reference or an adjective is no town
    ("as stated in Para 3 of the note, in Marxist terms", []),
    # the period's names of states and places
    ("reporting to our office at Frankfurt from the provinces of the Congo", ["Frankfurt", "Congo"]),
    ("The Government of the State of Israel fully shares", ["State of Israel"]),
])
def test_towns_after_a_preposition_and_states_of_the_period(registry, text, places):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "placeName"] == places


@pytest.mark.parametrize("text, expected", [
    # "Commonwealth" inside an office's name is no body of its own
    ("the Secretary of State for Foreign and Commonwealth Affairs whether", []),
    # a government writing to a president: the president is no part of its name
    ("a message from the Government to the President of the United States indicating",
     [("United States", "placeName", "place-usa")]),
    # a registry surname written with its particle in lower case
    ("the approval of de Gaulle and the Council", [("de Gaulle", "persName", "pers-de-gaulle")]),
    # a registry surname that is also a given name, before another surname, is someone else
    ("Fraser Wilkins said so", [("Fraser Wilkins", "persName", None)]),
])
def test_office_names_particles_and_given_names_before_surnames(registry, text, expected):
    assert [(text[m.start:m.end], m.kind, m.ref) for m in find_names(text, registry)] == expected


def test_a_state_form_of_a_registry_country_is_that_country(registry):
    t = "the accession of Kashmir State to the Dominion of India. The Union of South Africa."
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry) if m.kind == "placeName"] == [
        ("Kashmir", "place-kashmir"), ("Dominion of India", "place-india"), ("Union of South Africa", None)]


@pytest.mark.parametrize("text, places", [
    # a list of towns goes on through a gazetteer town; telegraphese lists without commas
    ("the settlers have fired on citizens in Kabalo, Albertville, Kabongo and Kaniamba. In",
     ["Kabalo", "Albertville", "Kabongo", "Kaniamba"]),
    ("who recently visited Spain Vatican and presently in Paris", ["Spain", "Vatican", "Paris"]),
    # a province's name without the word "Province"; a place before the act named after it
    ("are concentrating in Katanga Province, where", ["Katanga"]),
    ("failures to implement the Helsinki final act; and", ["Helsinki"]),
])
def test_town_lists_provinces_and_acts(registry, text, places):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "placeName"] == places


def test_a_body_before_a_person_loses_its_dangling_connector(registry):
    t = "the approval of the Council of Ministers for the Cadogan formula"
    assert [(t[m.start:m.end], m.kind) for m in find_names(t, registry)] == [
        ("Council of Ministers", "orgName"), ("Cadogan", "persName")]


@pytest.mark.parametrize("text, expected", [
    ("issuing an invitation to Senora Peron. He", [("Peron", "persName")]),
    ("his services as an adviser to Hodgson. Glad", [("Hodgson", "persName")]),
    ("I left for Cairo yesterday", [("Cairo", "placeName")]),
])
def test_spanish_titles_advisers_and_travel(registry, text, expected):
    assert [(text[m.start:m.end], m.kind) for m in find_names(text, registry)] == expected


@pytest.mark.parametrize("text, expected", [
    ("the Secretary of State for the Home Department what", [("Home Department", "orgName", None)]),
    ("to impose economic sanctions on the Netherlands although", [("Netherlands", "placeName", None)]),
    ("official personages visiting Rome for audiences", [("Rome", "placeName", None)]),
    ("transfer of personnel to Dutch Timor was necessary", [("Dutch Timor", "placeName", None)]),
    ("S. G. Holland said so.", [("S. G. Holland", "persName", None)]),  # two initials: a person
])
def test_bodies_and_places_named_like_persons(registry, text, expected):
    assert [(text[m.start:m.end], m.kind, m.ref) for m in find_names(text, registry)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sent Department 1834, repeated Cairo 36.", [("Cairo", "placeName")]),
    ("following dated Batavia 17th: the", [("Batavia", "placeName")]),
    ("He will leave Manila by regular airline and take another plane for Baltimore.",
     [("Manila", "placeName"), ("Baltimore", "placeName")]),
    ("Drafted in NEA; cleared with Rountree and Jones.", [("Rountree", "persName"), ("Jones", "persName")]),
])
def test_telegram_routing_and_clearances(registry, text, expected):
    assert [(text[m.start:m.end], m.kind) for m in find_names(text, registry)] == expected


@pytest.mark.parametrize("text, persons", [
    # a copy that glued the next word to a speaker's name (Historic Hansard): the name ends before it
    ("§ Mr. Wrayasked the Secretary of State.", ["Wray"]),
    ("§ Sir Geoffrey HoweWe are continuing to develop contacts.", ["Geoffrey Howe"]),
    ("§ Mr. R. A. ButlerA communication has been received.", ["R. A. Butler"]),
    ("Mr. McCloy said so.", ["McCloy"]),  # a capital inside a name is no glued word
])
def test_names_glued_to_the_next_word(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, persons", [
    # a hyphenated surname said to speak, and its other occurrences; no compound adjective
    ("1834. Scott-Fox, acting head. In same vein Scott-Fox said that it might help.", ["Scott-Fox", "Scott-Fox"]),
    ("the Franco-German talks and the Anglo-Egyptian dispute said nothing", []),
    ("a copy of it to Monsignore Paro, who will forward it", ["Paro"]),
])
def test_double_barrelled_surnames_and_monsignori(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, persons", [
    ("to Your Royal Highness and Captain Mark Phillips on the joyful occasion", ["Mark Phillips"]),
    ("The Prime Minister sent a telegram.\nHer Royal Highness and Captain Mark Phillips:\n", ["Mark Phillips"]),
    # an ordinary word as the surname, after a middle initial
    ("Brig. Gen. John H. Church was chosen to lead the group.", ["John H. Church"]),
])
def test_a_title_before_a_given_name_that_is_also_a_word(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, persons", [
    # a given name no dictionary has as a word, and an ordinary word as the surname
    ("I then saw Gordon Gray, and later Burke Trend, at the office of the company today.",
     ["Gordon Gray", "Burke Trend"]),
    ("We have spoken with the people from Washington University about it.", []),
    ("He stayed at the Porter Hotel and read the Irish Independent.", []),
    ("the meeting with Paul Grey was short", ["Paul Grey"]),
])
def test_a_given_name_before_an_ordinary_word_surname(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


def test_a_chinese_family_name_before_a_given_name_the_registry_has_as_a_surname(registry):
    t = ("On 14th July, Communist Chinese Ambassador (Tseng Tao) approached me. Tseng Tao replied "
         "that his Government hoped so. Minister Duk Shin Choi came.")
    assert [t[m.start:m.end] for m in find_names(t, registry) if m.kind == "persName"] == \
        ["Tseng Tao", "Tseng Tao", "Duk Shin Choi"]


@pytest.mark.parametrize("text, persons", [
    # a list after an Oxford comma, and a list after a verb done only to persons
    ("The message, sent to Papandreou, Inonu, and Makarios, urged restraint.", ["Papandreou", "Inonu", "Makarios"]),
    ("The text was approved by Sisco, Atherton, and Saunders.", ["Sisco", "Atherton", "Saunders"]),
    ("He will seek an immediate appointment with Ioannides to convey it.", ["Ioannides"]),
    ("Sisco ordered Chargé Sober to cease acting.", ["Sisco", "Sober"]),
])
def test_persons_in_lists_and_after_object_cues(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, places", [
    # a cable cited by its post and number in a telegram's reference list
    ("Ref:\n\n• Kampala 2695 [Notal]\n\nFor Ambassador from Newsom", [("Kampala", None)]),
    # a compass word before a place names a part of it (no link); the registry's whole names stay
    ("trip to North China and Northwest China, and the Eastern Mediterranean",
     [("North China", None), ("Northwest China", None), ("Eastern Mediterranean", None)]),
    ("North Korea and South Vietnam, in northern Greece", [("North Korea", "place-north-korea"),
     ("South Vietnam", "place-south-vietnam"), ("Greece", "place-greece")]),
    ("relations with Communist China and Red China", [("Communist China", "place-china"), ("Red China", "place-china")]),
])
def test_places_by_cable_reference_and_region(registry, text, places):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "placeName"] == places


@pytest.mark.parametrize("text, names", [
    # a state's possessive before a body is the state's, not part of the body's name
    ("requested that China’s Xinhua News Agency broadcast it",
     [("placeName", "China", "place-china"), ("orgName", "Xinhua News Agency", "org-xinhua")]),
    # a title line run into the text: a capitalized "The" starts a new name
    ("rights of China in the United Nations The General Assembly, Recalling",
     [("placeName", "China", "place-china"), ("orgName", "United Nations", "org-un"),
      ("orgName", "General Assembly", "org-un-general-assembly")]),
])
def test_organizations_after_a_possessive_state_or_a_run_in_title(registry, text, names):
    assert [(m.kind, text[m.start:m.end], m.ref) for m in find_names(text, registry)] == names


@pytest.mark.parametrize("text, persons", [
    # a message's heading line names its sender; not a place, not a title
    ("240. Under Secretary from Belcher. Since I have seen him", ["Belcher"]),
    ("Ref:\n\nFor Ambassador from Newsom\n\n1. Dept concurs", ["Newsom"]),
    ("Telegram from Vienna.\nFor the Secretary from the President.\n", []),
])
def test_the_sender_in_a_message_heading(registry, text, persons):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "persName"] == persons


@pytest.mark.parametrize("text, names", [
    # a legislature by its own name where a town could stand; a state's cue of a person
    ("which complicates his position in Bundesrat.3 I am also advised", [("orgName", "Bundesrat")]),
    ("Member of the Legislative Yuan.", [("orgName", "Legislative Yuan")]),
    ("(2) Bajpai is not very precise about the date.", [("persName", "Bajpai")]),
    # a name a list found is the same person elsewhere
    ("The message, sent to Papandreou, Inonu, and Makarios, urged restraint. Conditions imposed by Inonu.",
     [("persName", "Papandreou"), ("persName", "Inonu"), ("persName", "Makarios"), ("persName", "Inonu")]),
])
def test_legislatures_states_of_persons_and_listed_names_again(registry, text, names):
    assert [(m.kind, text[m.start:m.end]) for m in find_names(text, registry)] == names


@pytest.mark.parametrize("text, names", [
    # a capitalized particle and its surname; a middle name written out after an initial
    ("any approach to Van Kleffens based on it; Nguyen Van Thieu; Lake Van",
     [("persName", "Van Kleffens", None), ("persName", "Nguyen Van Thieu", "pers-nguyen-van-thieu")]),
    ("2. J. Russell Andrus, of the Division", [("persName", "J. Russell Andrus", None)]),
    # "M." before a registry person whose given name is not an M is Monsieur
    ("had written to M. Molotov; V. M. Molotov agreed",
     [("persName", "Molotov", "pers-molotov"), ("persName", "V. M. Molotov", "pers-molotov")]),
    # a capital city is a place wherever it stands, as a country is
    ("U.S. diplomatic agent Rangoon also have title; AmEmbassy Bangkok 799",
     [("placeName", "U.S.", "place-usa"), ("placeName", "Rangoon", None), ("placeName", "Bangkok", None)]),
])
def test_particles_middle_names_monsieur_and_capitals(registry, text, names):
    assert [(m.kind, text[m.start:m.end], m.ref) for m in find_names(text, registry)] == names


@pytest.mark.parametrize("text, persons", [
    # a registry surname that is also a verb, before its object; one that begins a compound adjective
    ("Then Begin the negotiations. Prime Minister Begin said.", [("Begin", "pers-begin")]),
    ("the Franco-German talks; Franco said", [("Franco", "pers-franco")]),
    # a given name before the registry surname makes someone else ("Franco Nogueira")
    ("your next talk with Franco Nogueira", [("Franco Nogueira", None)]),
    # a nickname the registry carries, and a leader known by a title alone
    ("on Gimo’s behalf; the Tunku said", [("Gimo", "pers-chiang-kai-shek"), ("Tunku", "pers-tunku-abdul-rahman")]),
])
def test_registry_surnames_that_are_words_or_compounds(registry, text, persons):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "persName"] == persons


def test_the_archivists_initials_in_a_declassification_stamp(registry):
    t = "Declassified F96-107#183\nBy SMF, NARA, Date 3/28/00\n\nDear Ron,"
    assert [(m.kind, t[m.start:m.end]) for m in find_names(t, registry)][:2] == \
        [("persName", "SMF"), ("orgName", "NARA")]


def test_a_place_before_a_hyphen_stays_a_place(registry):
    t = "reduced US aid; a ROK-Japan settlement; and the Franco-German talks"
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry)] == \
        [("US", "place-usa"), ("ROK", "place-south-korea"), ("Japan", "place-japan")]


@pytest.mark.parametrize("text, names", [
    # a question's first word is no part of a name; what only a person has after a possessive
    ("Should Jamieson's appointment be a long one", [("persName", "Jamieson")]),
    ("2364. Should Government move to Canton", [("placeName", "Canton")]),
    ("on Gimo’s behalf participation", [("persName", "Gimo")]),
])
def test_question_words_and_personal_things(registry, text, names):
    assert [(m.kind, text[m.start:m.end]) for m in find_names(text, registry)] == names


@pytest.mark.parametrize("text, names", [
    # an editor's bracketed family or given name is part of the registry name it completes
    ("To [Liu] Shaoqi and [Zhou] Enlai:", [("[Liu] Shaoqi", "pers-liu-shaoqi"), ("[Zhou] Enlai", "pers-zhou-enlai")]),
    ("Comrade Kim [Il Sung] said", [("Kim [Il Sung]", "pers-kim-il-sung")]),
    # a Vietnamese family name with tone marks and the given name after it
    ("Vice Premier Phạm Hùng and", [("Phạm Hùng", None)]),
    # a plural title before the names it belongs to
    ("that of Secretaries Rusk and MacNamara, was one", [("Rusk", "pers-rusk"), ("MacNamara", "pers-mcnamara")]),
])
def test_bracketed_parts_tone_marks_and_plural_titles(registry, text, names):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "persName"] == names


@pytest.mark.parametrize("text, orgs", [
    # a party's congress is a meeting the party holds, not part of its name
    ("his speech to the Socialist Party Congress. The 20th Party Congress; the Party Congress met.",
     ["Socialist Party"]),
])
def test_a_party_congress_is_a_meeting(registry, text, orgs):
    assert [text[m.start:m.end] for m in find_names(text, registry) if m.kind == "orgName"] == orgs


@pytest.mark.parametrize("text, names", [
    # a state by its people's adjective and "Republic", linked to the state where the registry has it
    ("the building of the Czechoslovakian Republic; the Weimar Republic",
     [("placeName", "Czechoslovakian Republic", "place-czechoslovakia")]),
    # a post's own telegram cited by its possessive and number
    ("Concur all points Vienna’s 2346.3", [("placeName", "Vienna", None)]),
    # what only a person has after a possessive; a region named with "Basin"
    ("Figl’s oral briefing; in the Pacific Basin", [("persName", "Figl", None), ("placeName", "Pacific Basin", None)]),
])
def test_states_by_adjective_post_cables_and_briefings(registry, text, names):
    assert [(m.kind, text[m.start:m.end], m.ref) for m in find_names(text, registry)] == names


def test_names_in_an_archives_file_titles_are_labels(registry):
    t = ("Source: RG 59, Central Files 1964–66, POL 23–9 THE CONGO. Brzezinski Material, Country File, "
         "Box 48, Mexico, 1–12/78. In Mexico the President agreed.")
    assert [(m.kind, t[m.start:m.end]) for m in find_names(t, registry)] == [("placeName", "Mexico")]
    assert t.rindex("Mexico") == find_names(t, registry)[0].start


@pytest.mark.parametrize("text, names", [
    # a middle initial between the registry person's given name and surname ("A." is no article)
    ("He met Eduard A. Shevardnadze today; Senator Jesse A. Helms; U. A. Johnson",
     [("Eduard A. Shevardnadze", "pers-shevardnadze"), ("Jesse A. Helms", None), ("U. A. Johnson", None)]),
    # a staff line's names joined by "and", a surname that is also a word
    ("Drafted by Spear on March 10; cleared by Dillery and Ewing; prepared by Secretariat.",
     [("Spear", None), ("Dillery", None), ("Ewing", None)]),
    # given names before a surname a list or cue found; a double-barrelled surname
    ("comrades Nicolae Ceausescu, Ion Gheorghe Mauer, Paul Niculescu-Mizil, Gheorghe Pana.",
     [("Nicolae Ceausescu", "pers-ceausescu"), ("Gheorghe Mauer", None), ("Paul Niculescu-Mizil", None),
      ("Gheorghe Pana", None)]),
    # two signers on the last lines, above a date
    ("with the exiles and the US government.\nLanger\nMahlow\n14.12. [1978]\n", [("Langer", None), ("Mahlow", None)]),
])
def test_middle_initials_staff_lists_given_names_and_co_signers(registry, text, names):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "persName"] == names


def test_a_city_in_a_message_heading_is_a_place(registry):
    t = "Telegram from Addis Ababa\n\nAugust 18, 1981"
    assert [(m.kind, t[m.start:m.end]) for m in find_names(t, registry)] == [("placeName", "Addis Ababa")]


@pytest.mark.parametrize("text, places", [
    # a state by its formal name, a US state, an empire of two names
    ("the Government of the Kingdom of Thailand and the Republic of Honduras; the People's Republic of China",
     [("Kingdom of Thailand", None), ("Republic of Honduras", None), ("People's Republic of China", "place-china")]),
    ("Senator Jesse A. Helms of North Carolina; William F. Goodling of Pennsylvania", [("North Carolina", None),
                                                                                      ("Pennsylvania", None)]),
    ("similar to former Austria-Hungary", [("Austria-Hungary", None)]),
])
def test_formal_state_names_us_states_and_empires(registry, text, places):
    assert [(text[m.start:m.end], m.ref) for m in find_names(text, registry) if m.kind == "placeName"] == places


def test_the_peoples_republic_and_the_republic_of_china_are_two_states(registry):
    t = "the People's Republic of China and the Republic of China; OPEC and the IEA; Brigadier Hassan Ragab"
    assert [(t[m.start:m.end], m.ref) for m in find_names(t, registry)] == [
        ("People's Republic of China", "place-china"), ("Republic of China", "place-roc"),
        ("OPEC", "org-opec"), ("IEA", "org-iea"), ("Hassan Ragab", None)]


@pytest.mark.parametrize("text, names", [
    # a registry name may begin with a possessive word; "The" before a formal state name is no part of a longer one
    ("the People's Liberation Army. The Republic of Honduras signed.",
     [("orgName", "People's Liberation Army", "org-pla"), ("placeName", "Republic of Honduras", None)]),
    # a sentence's first word is no family name; a brigadier is a rank; a stamp's "the" is no archivist
    ("Do Mao and Zhou agree? Brigadier Gray said.\nBy the NARA staff",
     [("persName", "Mao", "pers-mao"), ("persName", "Zhou", "pers-zhou-enlai"), ("persName", "Gray", None),
      ("orgName", "NARA", "org-nara")]),
])
def test_review_findings(registry, text, names):
    assert [(m.kind, text[m.start:m.end], m.ref) for m in find_names(text, registry)] == names
