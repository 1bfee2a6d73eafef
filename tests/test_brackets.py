"""Editorial brackets: each kind classified, ranges include the brackets, unclosed ones left alone."""

import pytest

from encoder.brackets import find_brackets


def kinds(text):
    return [(text[s.start:s.end], s.kind, dict(s.attrs)) for s in find_brackets(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("To Comrade FILIPPOV [Stalin]", ("[Stalin]", "supplied", {"reason": "identification"})),
        ("To my [telegram] No. 2967", ("[telegram]", "supplied", {"reason": "clarification"})),
        ("the MID [Ministry of Foreign Affairs] said", ("[Ministry of Foreign Affairs]", "supplied", {"reason": "expansion"})),
        ("He said [...] and left", ("[...]", "gap", {"reason": "omitted"})),
        ("He said […] and left", ("[…]", "gap", {"reason": "omitted"})),
        ("He said [. . .] and left", ("[. . .]", "gap", {"reason": "omitted"})),
        ("Comrade Sadov[in] arrived", ("[in]", "supplied", {"reason": "incomplete"})),
        ("the [R]evolution", ("[R]", "supplied", {"reason": "incomplete"})),
        ("on 5 [October?] 1950", ("[October?]", "supplied", {"reason": "uncertain", "cert": "low"})),
        ("Gromkyo [sic] wrote", ("[sic]", "sic", {})),
        ("[Ed. note: the page is torn]", ("[Ed. note: the page is torn]", "editorial-note", {"type": "editorial"})),
        ("[Stamp: Declassified]", ("[Stamp: Declassified]", "editorial-note", {"type": "editorial"})),
        ("[handwritten: agreed]", ("[handwritten: agreed]", "editorial-note", {"type": "editorial"})),
        ("proceed [meaning to unite—trans.]", ("[meaning to unite—trans.]", "editorial-note", {"type": "translator"})),
        ("to unite [pristupit k obiedineniiu]", ("[pristupit k obiedineniiu]", "foreign", {"lang": "ru-Latn"})),
        ("as agreed.[1]", ("[1]", "footnote-ref", {})),
        ("[number is illegible]", ("[number is illegible]", "gap", {"reason": "illegible"})),
    ],
)
def test_bracket_kinds(text, expected):
    assert kinds(text)[0] == expected


def test_double_brackets_are_a_note_around_the_inner_bracket():
    text = "[[illegible signature]]"
    assert kinds(text) == [
        ("[[illegible signature]]", "editorial-note", {"type": "editorial"}),
        ("[illegible signature]", "gap", {"reason": "illegible"}),
    ]


def test_unclosed_bracket_is_left_as_text_and_does_not_swallow_the_document():
    text = "He said [that the\n\nTo Comrade FILIPPOV [Stalin] here"
    assert kinds(text) == [("[Stalin]", "supplied", {"reason": "identification"})]


def test_stray_closing_bracket_is_ignored():
    assert kinds("a ] b [c]") == [("[c]", "supplied", {"reason": "clarification"})]
