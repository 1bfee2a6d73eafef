"""Names written surname first (Chinese, Korean, Vietnamese) and Russian two-letter initials."""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.names.east_asian import is_surname_first
from encoder.names.matcher import find_names
from encoder.names.registry import load_registry, parse_name_string

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", [
    "Chou En-lai", "Wang Ping-nan", "Kim Il Sung", "Ngo Dinh Diem", "Chiang Kai-shek", "Mao Zedong",
    "Deng Xiaoping", "Ho Chi Minh", "Pak Seong-cheol", "Park Chung Hee", "Le Duc Tho", "Sun Yat-sen",
    "Pham Van Dong", "Lee Teng-hui", "Nam Il",
])
def test_surname_first(name):
    assert is_surname_first(name.split())


@pytest.mark.parametrize("name", [
    "Kim Philby", "Lee Harvey Oswald", "Syngman Rhee", "Robert Lee", "Lee Marvin", "Lee Hamilton",
    "John Foster Dulles", "Li", "Wang Ping-nan Chou En-lai",
])
def test_not_surname_first(name):
    assert not is_surname_first(name.split())


def test_a_persons_list_written_uninverted_for_east_asian_names(tmp_path):
    # as in FRUS persons lists: "Dulles, John Foster" inverted, "Wang Ping-nan" as written
    registry_file = tmp_path / "persons.xml"
    registry_file.write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0">'
        '<person xml:id="p_WPN1"><persName type="main">Wang Ping-nan</persName></person>'
        '<person xml:id="p_CEL1"><persName type="main">Chou En-lai</persName></person>'
        '<person xml:id="p_DJF1"><persName type="main">Dulles, John Foster</persName></person>'
        "</listPerson>", encoding="utf-8")
    registry = load_registry([registry_file])
    name = parse_name_string("Wang Ping-nan")
    assert (name.surname, name.forenames, name.surname_first) == (("Wang",), ("Ping-nan",), True)
    t = "The talks initiated by Wang and me last year; Chou’s message reached Dulles. Wang Ping-nan agreed."
    got = [(t[m.start:m.end], m.ref) for m in find_names(t, registry)]
    assert got == [("Wang", "p_WPN1"), ("Chou", "p_CEL1"), ("Dulles", "p_DJF1"), ("Wang Ping-nan", "p_WPN1")]


@pytest.fixture(scope="module")
def starter():
    return load_registry([ROOT / "editions" / "registry" / f for f in ("persons.xml", "places.xml", "orgs.xml")])


def test_russian_two_letter_initials(starter):
    t = "2 - Cde. Yu. V. Andropov; Comrade Ya. A. Malik; signed Yu. Zhukov."
    got = [(t[m.start:m.end], m.ref) for m in find_names(t, starter, year=1951) if m.kind == "persName"]
    # Yu. Zhukov (the journalist) is not Marshal Georgy Zhukov: an initial that fits no one
    assert got == [("Yu. V. Andropov", "pers-andropov"), ("Ya. A. Malik", "pers-malik"), ("Yu. Zhukov", None)]


def test_surname_first_names_in_the_text(starter):
    t = ("I visited Pak Seong-cheol at his invitation. Choe Won-sik (as interpreter) and an attache, "
         "Zhang Motang, were present; Ri Pyeong-nam [Ri Pyong Nam] and Nguyen Van Thieu too. "
         "They crossed the Han River at Tan Son Nhut.")
    got = [(t[m.start:m.end], m.kind, m.ref) for m in find_names(t, starter)]
    assert got == [
        # the registry's Pak Song-chol: the same name in another romanization
        ("Pak Seong-cheol", "persName", "pers-pak-song-chol"),
        ("Choe Won-sik", "persName", None),
        ("Zhang Motang", "persName", None),
        ("Ri Pyeong-nam", "persName", None),
        ("Ri Pyong Nam", "persName", None),
        ("Nguyen Van Thieu", "persName", "pers-nguyen-van-thieu"),  # the registry knows him
        ("Han River", "placeName", None),
    ]


def test_two_letter_initials_after_the_surname(starter):
    t = "Cdes. Suslov M.A. (chairman), Gromyko A.A., Andropov Yu.V., Ustinov D.F."
    got = [(t[m.start:m.end], m.ref) for m in find_names(t, starter) if m.kind == "persName"]
    assert ("Andropov Yu.V.", "pers-andropov") in got
