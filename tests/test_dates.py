"""Tests for encoder.dates: every documented form, the numbers that are not dates,
impossible dates, the "never raises" contract, and recall on the FRUS dev datelines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from encoder.dates import find_dates, parse_date
from encoder.model import DateMention, DateValue

SHARED = Path(__file__).parents[2] / "shared"
DOC = "1951-06-13"


def one(text: str, surface: str, document_date: str | None = None) -> DateMention:
    """The single mention in `text`; it must cover exactly `surface`."""
    found = find_dates(text, document_date=document_date)
    assert len(found) == 1, found
    start = text.index(surface)
    assert (found[0].start, found[0].end) == (start, start + len(surface))
    return found[0]


# --- forms: (text, document_date, surface, TEI attributes) -------------------------------

FORMS = [
    # numeric, day first unless the first number cannot be a month
    ("13.6.51", None, "13.6.51", {"when": "1951-06-13"}),
    ("13/5-50", None, "13/5-50", {"when": "1950-05-13"}),
    ("10/14/50", None, "10/14/50", {"when": "1950-10-14"}),
    ("11.21.1962", None, "11.21.1962", {"when": "1962-11-21"}),
    ("9.11.62", None, "9.11.62", {"when": "1962-11-09", "cert": "low"}),
    ("5/6/51", None, "5/6/51", {"when": "1951-05-06", "cert": "low"}),  # slash: month first
    ("5.5.51", None, "5.5.51", {"when": "1951-05-05"}),  # same either way: nothing guessed
    ("13.1.1951", None, "13.1.1951", {"when": "1951-01-13"}),
    # Roman months
    ("16.XII.1947", None, "16.XII.1947", {"when": "1947-12-16"}),
    ("28.X.62", None, "28.X.62", {"when": "1962-10-28"}),
    ("8.II.1950", None, "8.II.1950", {"when": "1950-02-08"}),
    ("21.XI.51 GROMYKO", None, "21.XI.51", {"when": "1951-11-21"}),
    # month names
    ("13.June.1951", None, "13.June.1951", {"when": "1951-06-13"}),
    ("June 13, 1951", None, "June 13, 1951", {"when": "1951-06-13"}),
    ("January 07, 1950", None, "January 07, 1950", {"when": "1950-01-07"}),
    ("13 June 1951", None, "13 June 1951", {"when": "1951-06-13"}),
    ("on 13 JUNE 1951 we", None, "13 JUNE 1951", {"when": "1951-06-13"}),
    ("Sept. 3, 1951", None, "Sept. 3, 1951", {"when": "1951-09-03"}),
    ("Jan. 9, 1950", None, "Jan. 9, 1950", {"when": "1950-01-09"}),
    ("December 28th", None, "December 28th", {"when": "--12-28"}),
    ("the 4th of July", None, "the 4th of July", {"when": "--07-04"}),  # the article is the date's, as in "the 19th"
    ("November 1967", None, "November 1967", {"when": "1967-11"}),
    ("in May ’51 Red", None, "May ’51", {"when": "1951-05"}),
    ("1951-06-13", None, "1951-06-13", {"when": "1951-06-13"}),
    # year-less and month-only: completed from the document date
    ("13 June", None, "13 June", {"when": "--06-13"}),
    ("13 June", DOC, "13 June", {"when": "1951-06-13", "cert": "medium"}),
    ("your telegram of December 28", "1951-01-05", "December 28", {"when": "1950-12-28", "cert": "medium"}),
    ("We will be ready in August to", None, "August", {"when": "--08"}),
    ("We will be ready in August to", DOC, "August", {"when": "1951-08", "cert": "medium"}),
    ("In July we will be stronger", DOC, "July", {"when": "1951-07", "cert": "medium"}),
    ("13.6.99", "2001-01-01", "13.6.99", {"when": "1999-06-13"}),
    ("13.6.05", "2001-01-01", "13.6.05", {"when": "2005-06-13"}),
    # with times
    ("Received 19:55 13.June.1951", None, "19:55 13.June.1951", {"when": "1951-06-13T19:55:00"}),
    ("Received on 4:10 am, 14 May 1950", None, "4:10 am, 14 May 1950", {"when": "1950-05-14T04:10:00"}),
    ("12:00 p.m., 7 January [1950]", None, "12:00 p.m., 7 January [1950]", {"when": "1950-01-07T12:00:00"}),
    ("20 hours 05 minutes, 13.1.1951", None, "20 hours 05 minutes, 13.1.1951", {"when": "1951-01-13T20:05:00"}),
    ("13.6.51 at 22:00 Beijing time I received", None, "13.6.51 at 22:00 Beijing time",
     {"when": "1951-06-13T22:00:00+08:00"}),
    ("13.6.51 at 22:00 Moscow time", None, "13.6.51 at 22:00 Moscow time", {"when": "1951-06-13T22:00:00+03:00"}),
    ("13.6.51 at 0355 GMT", None, "13.6.51 at 0355 GMT", {"when": "1951-06-13T03:55:00Z"}),
    ("Moscow, June 3, 1951—4 p.m.", None, "June 3, 1951—4 p.m.", {"when": "1951-06-03T16:00:00"}),
    ("New Delhi, January 12, 1951—9 p. m.", None, "January 12, 1951—9 p. m.", {"when": "1951-01-12T21:00:00"}),
    ("London, October 15, 1951, 3 p. m.", None, "October 15, 1951, 3 p. m.", {"when": "1951-10-15T15:00:00"}),
    ("July 21, 1951—midnight", None, "July 21, 1951—midnight", {"when": "1951-07-21T00:00:00"}),
    ("January 31, 1951—noon", None, "January 31, 1951—noon", {"when": "1951-01-31T12:00:00"}),
    ("February 8—5 p. m.", "1951", "February 8—5 p. m.", {"when": "1951-02-08T17:00:00", "cert": "medium"}),
    # ranges and vague parts
    ("1950-1953", None, "1950-1953", {"from": "1950", "to": "1953"}),
    ("the 1950–53 plan", None, "1950–53", {"from": "1950", "to": "1953"}),
    ("13–15 June 1951", None, "13–15 June 1951", {"from": "1951-06-13", "to": "1951-06-15"}),
    ("mid-June 1951", None, "mid-June 1951", {"notBefore": "1951-06-10", "notAfter": "1951-06-20", "cert": "medium"}),
    ("in mid-June", DOC, "mid-June", {"notBefore": "1951-06-10", "notAfter": "1951-06-20", "cert": "low"}),
    ("early July", DOC, "early July", {"notBefore": "1951-07-01", "notAfter": "1951-07-10", "cert": "low"}),
    ("late 1951", None, "late 1951", {"notBefore": "1951-09-01", "notAfter": "1951-12-31", "cert": "medium"}),
    ("by the end of February 1952", None, "end of February 1952",
     {"notBefore": "1952-02-21", "notAfter": "1952-02-29", "cert": "medium"}),
    # relative words need a full document date
    ("Today I received a telegram", DOC, "Today", {"when": "1951-06-13", "cert": "medium"}),
    ("as I said yesterday", DOC, "yesterday", {"when": "1951-06-12", "cert": "medium"}),
    ("tomorrow", "1951-12-31", "tomorrow", {"when": "1952-01-01", "cert": "medium"}),
    # bare years and times
    ("in 1951", None, "1951", {"when": "1951"}),
    ("since 1945 the", None, "1945", {"when": "1945"}),
    ("the 1952 budget", None, "1952", {"when": "1952"}),
    ("Citation, [1980]", None, "1980", {"when": "1980"}),
    ("attack at 0355 today", None, "0355", {"when": "03:55:00"}),
    ("began 0355 hours", None, "0355 hours", {"when": "03:55:00"}),
    ("met at 10:30 this morning", None, "10:30", {"when": "10:30:00"}),
    ("Time: 10:30–11:10 a.m.", None, "10:30–11:10 a.m.", {"from": "10:30:00", "to": "11:10:00"}),
    ("from 10.30 a.m. to 1 p.m.", None, "10.30 a.m. to 1 p.m.", {"from": "10:30:00", "to": "13:00:00"}),
    ("DATE: NOVEMBER 21, 1962, 0355\nREF", None, "NOVEMBER 21, 1962, 0355", {"when": "1962-11-21T03:55:00"}),
    # a month in an editor's brackets; a range after "between"; year first with dots
    ("([in] Renmin Ribao, 29 [October]), the", "1956-11-02", "29 [October]", {"when": "1956-10-29", "cert": "medium"}),
    ("your telegram on the 18th [of October], Ambassador", "1964-10-19", "the 18th [of October]",
     {"when": "1964-10-18", "cert": "medium"}),
    ("on 29 [October 1956] they", None, "29 [October 1956]", {"when": "1956-10-29"}),
    ("received 48 telegrams between 22 and 31 [October] from", "1956-11-02", "22 and 31 [October]",
     {"from": "1956-10-22", "to": "1956-10-31", "cert": "medium"}),
    ("Between 1978 and 1989 Kopmann worked", None, "1978 and 1989", {"from": "1978", "to": "1989"}),
    ("meetings will be held from October 10 to 13 in the breaks", "1980-10-02", "October 10 to 13",
     {"from": "1980-10-10", "to": "1980-10-13", "cert": "medium"}),
    ("PYONGYANG, 80. 10. 02.  Created", None, "80. 10. 02.", {"when": "1980-10-02"}),
    ("Budapest, 1980. 10. 02.", None, "1980. 10. 02.", {"when": "1980-10-02"}),
    ("WASHINGTON ON/26/26/X/62 CONFIDENTIAL", None, "26/X/62", {"when": "1962-10-26"}),
    ("Date: 08.05.1974/ No.: 78.028", None, "08.05.1974", {"when": "1974-05-08", "cert": "low"}),
    ("[blacked out]\nOn the 11th, Asian Affairs Bureau Director", "1986-11-11", "the 11th",
     {"when": "1986-11-11", "cert": "medium"}),
    # a dateline wrapped by the page; a footnote number glued to the month
    ("Washington, October 5,\n1945—8 p.m.\n2102. Five", None, "October 5,\n1945—8 p.m.",
     {"when": "1945-10-05T20:00:00"}),
    ("Moscow, February\n1, 1947—10 a. m.\n261. So", None, "February\n1, 1947—10 a. m.",
     {"when": "1947-02-01T10:00:00"}),
    # a day without "the" after a telegram's travel word or cable reference; a footnote mark
    # glued to a weekday; the older spelling of "today"
    ("then arriving 18th as outlined", "1950-06-28", "18th", {"when": "1950-06-18", "cert": "medium"}),
    ("personnel listed mytel 27th.4 FonMin at Suwon", "1950-06-28", "27th", {"when": "1950-06-27", "cert": "medium"}),
    ("which we had at Bonn on Saturday2 had not left", "1952-05-14", "Saturday", {"when": "1952-05-10", "cert": "low"}),
    ("a message which I to-day received", "1963-10-09", "to-day", {"when": "1963-10-09", "cert": "medium"}),
    # "last" and "next" after a day or month without a year: the one before or after the document
    ("reply given on 13th November last, no restrictions", "1948-01-20", "13th November last",
     {"when": "1947-11-13", "cert": "medium"}),
    ("to Generalissimo Stalin in March last, without result", "1948-01-20", "March last",
     {"when": "1947-03", "cert": "medium"}),
    ("on 17th November last the Bach Mai Hospital", "1967-12-04", "17th November last",
     {"when": "1967-11-17", "cert": "medium"}),
    # a month after "this past", "last", "next": the one before or after the document's
    ("colleagues in Washington this past November.2 I found", "1978-05-09", "November",
     {"when": "1977-11", "cert": "medium"}),
    # a file series' years in an archival reference are no date
    ("RG 59, Central Files 1970–73, POL 23–10 Uganda. Secret; in June 1972", "1972-08-10", "June 1972",
     {"when": "1972-06"}),
    # the year that completes a UN resolution's number is no date
    ("Recalling its resolution 418 (1977) of 4 November 1977, in", "1977-12-09", "4 November 1977",
     {"when": "1977-11-04"}),
    # a year in brackets after another number is still a year
    ("there were 12 (1956) and fewer later", "1977-12-09", "1956", {"when": "1956"}),
    # an editor's century in brackets
    ("This meeting took place on 5 March [19]56 in the Kremlin.", "1956-03-10", "5 March [19]56",
     {"when": "1956-03-05"}),
    # a footnote mark glued to the year where the line ends
    ("New York, 9.38pm, 4 November 19561\n\nSpecial Assembly", None, "9.38pm, 4 November 1956",
     {"when": "1956-11-04T21:38:00"}),
    ("the 2345th meeting of the Council on 1\nApril 1982 calling on", None, "1\nApril 1982",
     {"when": "1982-04-01"}),
    ("refer to your report of 16th July1 on UN questions", "1956-08-02", "16th July",
     {"when": "1956-07-16", "cert": "medium"}),
    ("in July\n1. First point", "1956-08-02", "July", {"when": "1956-07", "cert": "medium"}),
    # a weekday alone, near the document's date
    ("when I see you on Thursday morning.", "1956-08-07", "Thursday", {"when": "1956-08-09", "cert": "low"}),
    ("He came last Monday and", "1956-10-31", "last Monday", {"when": "1956-10-29", "cert": "low"}),
    # a weekday, a dash and a time heading a Brazilian telegram: the nearest such day
    ("316 – SATURDAY – 700hs – Referring", "1962-10-27", "SATURDAY – 700hs", {"when": "1962-10-27T07:00:00", "cert": "low"}),
    ("346 – FRIDAY – 1800hs – Cuba", "1962-10-27", "FRIDAY – 1800hs", {"when": "1962-10-26T18:00:00", "cert": "low"}),
    # a time before a date or a relative day
    ("from SOCHI sent at 1450 3 December 1946 arrived", None, "1450 3 December 1946", {"when": "1946-12-03T14:50:00"}),
    ("As early as 5 pm yesterday – before the broadcast", "1962-10-23", "5 pm yesterday",
     {"when": "1962-10-22T17:00:00", "cert": "medium"}),
    # an ambiguous numeric date is read the way that falls near the document's date
    ("Dispatched from Havana on 01.03.1962 at 23:30", "1962-01-03", "01.03.1962 at 23:30",
     {"when": "1962-01-03T23:30:00", "cert": "low"}),
    ("dispatched on 11.03.1962 at 16:00", "1962-11-04", "11.03.1962 at 16:00",
     {"when": "1962-11-03T16:00:00", "cert": "low"}),
    ("on 01.03.1962", "1962-06-02", "01.03.1962", {"when": "1962-03-01", "cert": "low"}),
    # original-language (Russian) datelines
    ("Отправлено 5 ч. 30 м. 14 мая 1950 г.", None, "5 ч. 30 м. 14 мая 1950", {"when": "1950-05-14T05:30:00"}),
]


@pytest.mark.parametrize(("text", "document_date", "surface", "attrs"), FORMS)
def test_forms(text, document_date, surface, attrs):
    mention = one(text, surface, document_date)
    assert mention.value.attributes() == attrs
    assert mention.value.error is None


def test_exact_offsets_in_a_telegram():
    text = "Received 19:55 13.June.1951\nI received your telegram of 13 June. Today I met KIM."
    assert find_dates(text, document_date=DOC) == [
        DateMention(9, 27, DateValue(when="1951-06-13T19:55:00")),
        DateMention(56, 63, DateValue(when="1951-06-13", cert="medium")),
        DateMention(65, 70, DateValue(when="1951-06-13", cert="medium")),
    ]


def test_memcon_dateline_with_a_time_range_keeps_the_date_alone():
    text = "Washington, November 15, 1956, 10:30–11:10 a.m."
    assert find_dates(text) == [
        DateMention(12, 29, DateValue(when="1956-11-15")),
        DateMention(31, 47, DateValue(from_="10:30:00", to="11:10:00")),
    ]


def test_conjoined_days_are_two_dates_sharing_month_and_year():
    text = "Entries for 15 and 16 December 1947; January 6 and 7, 1951."
    assert find_dates(text) == [
        DateMention(12, 14, DateValue(when="1947-12-15")),
        DateMention(19, 35, DateValue(when="1947-12-16")),
        DateMention(37, 46, DateValue(when="1951-01-06")),
        DateMention(51, 58, DateValue(when="1951-01-07")),
    ]
    assert [(m.start, m.end) for m in find_dates("June 5 and 6 tanks")] == [(0, 6)]


def test_military_time_after_a_comma_only_ends_a_dateline():
    text = "June 13, 1951, 1530 Chinese troops"
    assert find_dates(text) == [DateMention(0, 13, DateValue(when="1951-06-13"))]


def test_yearless_time_without_document_date_keeps_the_day():
    assert one("February 8—5 p. m.", "February 8—5 p. m.").value == DateValue(when="--02-08")


def test_relative_words_need_a_full_document_date():
    assert find_dates("Today I received", document_date=None) == []
    assert find_dates("Today I received", document_date="1951-06") == []


def test_several_forms_in_order_and_apart():
    text = "On 13.6.51 and June 14, 1951 (No. 2967), in August, and since 1945."
    found = find_dates(text, document_date=DOC)
    assert [text[m.start:m.end] for m in found] == ["13.6.51", "June 14, 1951", "August", "1945"]


# --- not dates ---------------------------------------------------------------------------

NOT_DATES = [
    "worked 700 hours",
    "on Good Friday the churches",  # a named day, not a weekday of the document's week
    "on May\n5 delegates",
    "raised from 5 to 10 delegates", "page 26/X/3", "12. 10. 02. is a section",
    "No. 2967", "No. 20772", "(vkh. No. 20757)", "Special no. 550", "# 600428/sh", "Copy No. 12",
    "No. 1951", "Nº 1950", "telegram 1951 received", "Deptel 1951", "Embtel 1948, rptd",
    "Sent Dept 1872, rptd info", "APRF, f. 45, op. 1, d. 339, ll. 55-56", "f. 1950, op. 1",
    "761.00/5–555", "pp. 1950-1953", "120 pages", "$1950", "1950%", "1,951 men", "1951 troops crossed",
    "(2)", "1. First point", "version 3.2", "3.25", "1951.5", "12.1951.3", "the 1950s",
    "1951. Deptel 1047 received", "Issuing No. 8600", "Nº 13-op (1 page)", "No. 72/III",
    "TELEGRAM 066711", "File # 11677 Kr", "Contel 5", "the Gimo may 13 times", "a vote of 2:1",
    "noon", "Jan Masaryk", "March on", "June said", "by 1:00:00:00", "Secto 1951",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert find_dates(text, document_date=DOC) == []


def test_reference_numbers_beside_real_dates():
    text = "Embtel 1648, January 8 for example; Contel 5 July 2; despatch No. 4 of July 2, 1951"
    found = find_dates(text)
    assert [(text[m.start:m.end], m.value.when) for m in found] == [
        ("January 8", "--01-08"), ("July 2", "--07-02"), ("July 2, 1951", "1951-07-02")]


# --- impossible dates ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word"), [
    ("31.2.51", "February"), ("32 June 1951", "June"), ("13.13.51", "month"), ("30 February", "February"),
    ("29.2.1951", "February"), ("April 31, 1951", "April"),
])
def test_impossible_dates_are_reported_not_valued(text, word):
    mention = one(text, text)
    assert mention.value.error and word in mention.value.error
    assert mention.value.attributes() == {}


def test_leap_day_is_possible():
    assert one("29.2.1952", "29.2.1952").value == DateValue(when="1952-02-29")


# --- parse_date -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("June 13, 1951", DateValue(when="1951-06-13")),
    ("January 07, 1950", DateValue(when="1950-01-07")),
    ("November 1967", DateValue(when="1967-11")),
    ("[1980]", DateValue(when="1980")),
    ("1951", DateValue(when="1951")),
    ("1950-1953", DateValue(from_="1950", to="1953")),
    ("mid-June 1951", DateValue(not_before="1951-06-10", not_after="1951-06-20", cert="medium")),
    ("  13.6.51.  ", DateValue(when="1951-06-13")),
    ("19:55 13.June.1951", DateValue(when="1951-06-13T19:55:00")),
    ("June", DateValue(when="--06")),
])
def test_parse_date(text, value):
    assert parse_date(text) == value


def test_parse_date_uses_the_document_date():
    assert parse_date("13 June", document_date=DOC) == DateValue(when="1951-06-13", cert="medium")


def test_parse_date_impossible_and_not_dates():
    assert parse_date("31.2.51").error
    for text in ("", "hello", "No. 2967", "June 13, 1951 and June 14, 1951", "Moscow, June 13, 1951", None, 1951):
        assert parse_date(text) is None  # type: ignore[arg-type]


# --- robustness ----------------------------------------------------------------------------

@pytest.mark.parametrize("document_date", [None, "", "1951", "1951-06", DOC, "garbage", "1951-13-45", "0000-02-30"])
def test_any_document_date_is_accepted(document_date):
    text = "13 June, in August, Today, mid-June, 13.6.51, 31.2.51, 19:55 13.June.1951"
    for mention in find_dates(text, document_date=document_date):
        assert 0 <= mention.start < mention.end <= len(text)


ALPHABET = st.sampled_from(list("0123456789 .,/-–—:[]()’'\napmAPMZ") + [
    "June", "May", "XII", "IX", "mid-", "early ", "in ", "at ", "No. ", "Today", "hours ", "minutes",
    "Beijing time", "GMT", "19", "51", "1951", "13", "p. m.", "noon", "of ", "th",
])


def _check(text: str, document_date: str | None) -> None:
    found = find_dates(text, document_date=document_date)
    previous_end = 0
    for mention in found:
        assert isinstance(mention, DateMention) and isinstance(mention.value, DateValue)
        assert previous_end <= mention.start < mention.end <= len(text)
        previous_end = mention.end
    parse_date(text, document_date=document_date)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.sampled_from([None, "1951", "1951-06", DOC, "x"]))
def test_never_raises_on_date_like_text(text, document_date):
    _check(text, document_date)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.text(max_size=12)))
def test_never_raises_on_arbitrary_text(text, document_date):
    _check(text, document_date)


# --- FRUS dev data ---------------------------------------------------------------------------

@pytest.mark.skipif(not (SHARED / "eval" / "frus").is_dir(), reason="shared FRUS dev data not present")
def test_frus_dateline_recall():
    """Every gold dateline date is found at its place with the gold date (>= 99 %)."""
    total = hits = 0
    for gold_path in sorted((SHARED / "eval" / "frus").glob("*/d*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        dateline = gold.get("dateline") or {}
        spans = [e for e in gold.get("entities", []) if e["type"] == "date" and e["zone"] == "dateline"]
        if not dateline.get("date_text") or not spans:
            continue
        with open(gold_path.with_suffix(".txt"), encoding="utf-8", newline="") as handle:
            text = handle.read()
        total += 1
        wanted = (spans[0]["start"], spans[0]["end"], dateline["when"].split("T")[0])
        found = {(m.start, m.end, (m.value.when or "").split("T")[0]) for m in find_dates(text)}
        hits += wanted in found
    assert total > 500
    assert hits / total >= 0.99, f"{hits}/{total}"


@pytest.mark.parametrize("text", [
    "13 June 1951" + " " * 5000 + "x", "19:55" + "\t" * 5000, "1 " * 2500, "1." * 2500, "12:" * 1600,
    "13.6.51" + " " * 3000 + "at" + " " * 2000,
])
def test_blank_runs_and_digit_soup_stay_linear(text):
    import time

    started = time.perf_counter()
    find_dates(text)
    assert time.perf_counter() - started < 0.1  # was seconds with unbounded blanks


@pytest.mark.parametrize("text, expected", [
    ("in September–October 1956 the", ("September–October 1956", {"from": "1956-09", "to": "1956-10"})),
    ("from June to August 1951 on", ("June to August 1951", {"from": "1951-06", "to": "1951-08"})),
    ("to be signed on the 19th.", ("the 19th", {"when": "1956-10-19", "cert": "medium"})),
    ("reply by the 18th at noon", ("the 18th", {"when": "1956-10-18", "cert": "medium"})),
])
def test_month_ranges_and_days_of_the_document_month(text, expected):
    found = [(text[m.start:m.end], m.value.attributes()) for m in find_dates(text, document_date="1956-10-17")]
    assert found == [expected]


@pytest.mark.parametrize("text", ["along the 17th parallel", "on the 38th.", "the 20th Congress", "of the 5th Army"])
def test_ordinals_that_are_not_days(text):
    assert find_dates(text, document_date="1956-10-17") == []


# --- held-out failures: yearless day.month with a time, document order, ranges, ------------
# --- dotted times after "at", clock times that look like years, glued years ---------------

@pytest.mark.parametrize(("text", "document_date", "surface", "attrs"), [
    ("Received 31.8 17:27\n", "1950-09-02", "31.8 17:27", {"when": "1950-08-31T17:27:00", "cert": "medium"}),
    ("Armed Forces 31.8 17:35 By telegraph", "1950-09-02", "31.8 17:35",
     {"when": "1950-08-31T17:35:00", "cert": "medium"}),
    ("Received 31.8 17:27:05", "1950", "31.8 17:27:05", {"when": "1950-08-31T17:27:05", "cert": "medium"}),
    # month first when the second number cannot be a month
    ("received at 11.22 at 12:55", "1962-11-23", "11.22 at 12:55", {"when": "1962-11-22T12:55:00", "cert": "medium"}),
    ("Decoding Department at 11.21 at 16:30", "1962", "11.21 at 16:30",
     {"when": "1962-11-21T16:30:00", "cert": "medium"}),
    # both orders possible: the convention guess adds to the inferred year
    ("Sent 5.6 10:00", "1951", "5.6 10:00", {"when": "1951-06-05T10:00:00", "cert": "low"}),
])
def test_day_and_month_without_a_year_before_a_time(text, document_date, surface, attrs):
    mention = one(text, surface, document_date)
    assert mention.value.attributes() == attrs


@pytest.mark.parametrize(("text", "found"), [
    ("a growth of 3.5 percent", []), ("para 2.1 of the treaty", []), ("the ratio 31.8 was", []),
    ("3.5 17", []),  # no clock time after
    ("para 2.1 17:30", [("17:30", {"when": "17:30:00"})]),  # a section number: only the time
    ("31.9 10:00", [("10:00", {"when": "10:00:00"})]),  # September has no 31st
    ("31.13 10:00", [("10:00", {"when": "10:00:00"})]),  # no month
    ("version 1.31.8 17:27", [("17:27", {"when": "17:27:00"})]),
])
def test_decimals_and_section_numbers_before_a_time_are_not_dates(text, found):
    got = [(text[m.start:m.end], m.value.attributes()) for m in find_dates(text, document_date="1950")]
    assert got == found


def test_document_writing_month_first_reads_its_ambiguous_dates_month_first():
    text = ("CIPHERGRAM No. 16436\nWarsaw, 10.31.1962 at 13:30\nReceived 11.01.1962 at 6:50\n"
            "received at 11.22 at 12:55")
    found = [(text[m.start:m.end], m.value.attributes()) for m in find_dates(text, document_date="1962-10-31")]
    assert found == [
        ("10.31.1962 at 13:30", {"when": "1962-10-31T13:30:00"}),
        ("11.01.1962 at 6:50", {"when": "1962-11-01T06:50:00", "cert": "medium"}),
        ("11.22 at 12:55", {"when": "1962-11-22T12:55:00", "cert": "medium"}),
    ]


@pytest.mark.parametrize(("text", "when"), [
    ("Sent 13.6.51. Reply of 5/6/51", "1951-06-05"),  # day first shown: a slash date follows it
    ("Sent 10/14/50. Reply of 5.6.51", "1951-05-06"),  # month first shown: a dotted date follows it
    ("Sent 13.6.51 and 10.14.51. Reply of 5.6.51", "1951-06-05"),  # both shown: the separator decides
])
def test_the_document_order_decides_ambiguous_numeric_dates(text, when):
    last = find_dates(text)[-1]
    assert text[last.start:last.end] in ("5/6/51", "5.6.51")
    assert last.value.when == when
    assert last.value.cert == ("low" if "and" in text else "medium")


@pytest.mark.parametrize(("text", "surface", "attrs"), [
    ("for the period 29 June through 8 August 1960.", "29 June through 8 August 1960",
     {"from": "1960-06-29", "to": "1960-08-08"}),
    ("from 16 February through 24 March 1960 and", "16 February through 24 March 1960",
     {"from": "1960-02-16", "to": "1960-03-24"}),
    ("for the period 16 through 30 August 1957", "16 through 30 August 1957", {"from": "1957-08-16", "to": "1957-08-30"}),
    ("the night of 11/12 September 1957", "11/12 September 1957", {"from": "1957-09-11", "to": "1957-09-12"}),
    ("from 5 to 10 June 1951", "5 to 10 June 1951", {"from": "1951-06-05", "to": "1951-06-10"}),
    ("from 5 till 10 June 1951", "5 till 10 June 1951", {"from": "1951-06-05", "to": "1951-06-10"}),
    ("from 5th until 10th June 1951", "5th until 10th June 1951", {"from": "1951-06-05", "to": "1951-06-10"}),
    ("29 June – 8 August 1960", "29 June – 8 August 1960", {"from": "1960-06-29", "to": "1960-08-08"}),
    ("29 June-8 August 1960", "29 June-8 August 1960", {"from": "1960-06-29", "to": "1960-08-08"}),
    ("29 December to 8 January 1960", "29 December to 8 January 1960", {"from": "1959-12-29", "to": "1960-01-08"}),
    ("June 29 through August 8, 1960", "June 29 through August 8, 1960", {"from": "1960-06-29", "to": "1960-08-08"}),
    ("August 16 to 30, 1957", "August 16 to 30, 1957", {"from": "1957-08-16", "to": "1957-08-30"}),
    ("Richards Mission—Greece, April 28-May 2\n", "April 28-May 2", {"from": "--04-28", "to": "--05-02"}),
])
def test_ranges_of_days_are_one_date(text, surface, attrs):
    assert one(text, surface).value.attributes() == attrs


def test_ranges_without_a_year_take_the_document_year():
    text = "for the period 16 through 30 August"
    assert one(text, "16 through 30 August", "1957-09-02").value.attributes() == {
        "from": "1957-08-16", "to": "1957-08-30", "cert": "medium"}
    text = "from December 29 to January 8"
    assert one(text, "December 29 to January 8", "1960-01-10").value.attributes() == {
        "from": "1959-12-29", "to": "1960-01-08", "cert": "medium"}


def test_month_first_day_words_need_a_year_to_be_a_range():
    text = "in June 5 to 10 divisions"
    assert [(text[m.start:m.end]) for m in find_dates(text)] == ["June 5"]


@pytest.mark.parametrize(("text", "surface", "attrs"), [
    ("Received: 31.X 62. at 7.30 No. 239", "31.X 62. at 7.30", {"when": "1962-10-31T07:30:00"}),
    ("Received: 31.X 62. at 12.45", "31.X 62. at 12.45", {"when": "1962-10-31T12:45:00"}),
    ("Sent: 31.X 62. at 12:45", "31.X 62. at 12:45", {"when": "1962-10-31T12:45:00"}),
    ("on 13 June 1951 at 22.10 the", "13 June 1951 at 22.10", {"when": "1951-06-13T22:10:00"}),
    ("on 1 May 1951 at 2.50 rubles a kilo", "1 May 1951", {"when": "1951-05-01"}),  # a price
    ("on 1 May 1951 at 2.5 percent", "1 May 1951", {"when": "1951-05-01"}),
])
def test_time_after_a_date_with_at(text, surface, attrs):
    assert one(text, surface).value.attributes() == attrs


@pytest.mark.parametrize(("text", "document_date", "found"), [
    ("he had time only until 1900 since he had to go", "1960-05-02", [("1900", {"when": "19:00:00"})]),
    ("we can meet till 1830 or", "1962", [("1830", {"when": "18:30:00"})]),
    ("after 1930 the party", "1970", [("1930", {"when": "1930"})]),  # looking back: a year
    ("Until 2000 he was free", "1955", [("2000", {"when": "20:00:00"})]),
    ("after 1945 the country", "1970", [("1945", {"when": "1945"})]),  # not a round hour: a year
    ("until 1950 the", "1955", [("1950", {"when": "1950"})]),  # near the document's year
    ("by 2000 the population", "1980", [("2000", {"when": "2000"})]),  # a forecast
    ("in 1900 the empire", "1960", [("1900", {"when": "1900"})]),  # "in": a year
    ("until [1900]", "1960", [("1900", {"when": "1900"})]),  # an editor's year
    ("until 1900", None, [("1900", {"when": "1900"})]),  # no document year to compare
])
def test_round_clock_times_far_from_the_document_year_are_times(text, document_date, found):
    got = [(text[m.start:m.end], m.value.attributes()) for m in find_dates(text, document_date=document_date)]
    assert got == found


@pytest.mark.parametrize(("text", "surface", "when"), [
    ("Embassy in the Soviet Union 14 March1965", "14 March1965", "1965-03-14"),
    ("in March1965 the", "March1965", "1965-03"),
    ("14 Mar.1965", "14 Mar.1965", "1965-03-14"),
])
def test_a_year_glued_to_the_month_name(text, surface, when):
    assert one(text, surface, "1964").value.attributes() == {"when": when}


def test_digits_glued_to_a_month_that_are_not_a_year_stay_out():
    text = "on 14 March12345"
    assert [(text[m.start:m.end]) for m in find_dates(text)] == ["14 March"]


@pytest.mark.parametrize(("text", "expected"), [
    ("received on 01.23. at 10:56 hours...", [("01.23. at 10:56 hours", {"when": "1963-01-23T10:56:00", "cert": "medium"})]),
    ("They will leave on the 23rd or the 24th, and", [
        ("the 23rd", {"when": "1963-01-23", "cert": "medium"}), ("the 24th", {"when": "1963-01-24", "cert": "medium"})]),
    ("the 38th or the 39th parallel", []),
])
def test_month_day_with_a_full_stop_and_ordinal_alternatives(text, expected):
    got = [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1963-01-22")]
    assert got == expected


def test_roman_month_between_slashes():
    text = "on 26/X/62 at noon"
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1962-10-26")] == [
        ("26/X/62 at noon", {"when": "1962-10-26T12:00:00"})]


@pytest.mark.parametrize(("text", "expected"), [
    ("Telegram no.50\n\n26.10.1962 11h00\n\nEmbassy", [("26.10.1962 11h00", {"when": "1962-10-26T11:00:00"})]),
    # a weekday heading the time names the day (the Friday of the document's week)
    ("515 – FRIDAY – 1830hs –.", [("FRIDAY – 1830hs", {"when": "1962-10-26T18:30:00", "cert": "low"})]),
    ("both flights on next Monday, 29 October go through.",
     [("Monday, 29 October", {"when": "1962-10-29", "cert": "medium"})]),
    ("Monday, June 1951", [("June 1951", {"when": "1951-06"})]),  # a weekday belongs to a day only
])
def test_times_written_11h00_and_weekdays_before_a_day(text, expected):
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1962-10-26")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's abbreviation before a day
    ("was briefed on this letter on Mon Mar 28th. Keep", [("Mon Mar 28th", {"when": "1983-03-28", "cert": "medium"})]),
    # a footnote digit after a month and day, not a decimal or a numeric date
    ("Embtel 2405, June 1.1 Bevin this morning", [("June 1", {"when": "1983-06-01", "cert": "medium"})]),
    ("May 1.5 million tons", []),
    ("see May 13.6.51 here", [("13.6.51", {"when": "1951-06-13"})]),
])
def test_weekday_abbreviations_and_footnote_marks(text, expected):
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1983-04-02")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("going to leave for Washington on the 17th arriving 18th as", [("the 17th", {"when": "1946-06-17", "cert": "medium"}),
                                                                    ("18th", {"when": "1946-06-18", "cert": "medium"})]),
    ("your letter of the 5th inst. on this", [("the 5th inst.", {"when": "1946-06-05", "cert": "medium"})]),
    ("your letter of the 20th ult. on this", [("the 20th ult.", {"when": "1946-05-20", "cert": "medium"})]),
    ("in the 20th century; on the 17th floor", []),
])
def test_an_ordinary_day_before_a_verb_of_travel_or_inst(text, expected):
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1946-06-02")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday alone, as telegrams write it: the day of that name nearest the document's date
    ("Thursday was quiet", [("Thursday", {"when": "1951-06-14", "cert": "low"})]),
    ("casual meeting with Popovic Friday night", [("Friday", {"when": "1951-06-15", "cert": "low"})]),
    ("to be pouched Monday.", [("Monday", {"when": "1951-06-18", "cert": "low"})]),  # the coming one
    ("He saw him Monday.", [("Monday", {"when": "1951-06-11", "cert": "low"})]),  # the one before
    ("deferred at least until Thursday so that", [("Thursday", {"when": "1951-06-14", "cert": "low"})]),
    # a day and its glued footnote number
    ("our No. 203 of January 114 re seizures", [("January 11", {"when": "1951-01-11", "cert": "medium"})]),
])
def test_weekdays_alone_and_glued_footnote_numbers(text, expected):
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date=DOC)] == expected


def test_two_days_of_one_month_without_a_year():
    text = "outlined in our telegrams of May 13 and 15, and shall be"
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1954-05-20")] == [
        ("May 13", {"when": "1954-05-13", "cert": "medium"}), ("15", {"when": "1954-05-15", "cert": "medium"})]


@pytest.mark.parametrize(("text", "expected"), [
    # "on" a weekday: the nearest day of that name (a week ahead if it is the document's own)
    ("confidential talk with Bidault on Monday, he said", [("Monday", {"when": "1954-05-24", "cert": "low"})]),
    ("when I see you on Thursday", [("Thursday", {"when": "1954-06-03", "cert": "low"})]),
    # a one-digit day and a two-digit footnote number glued to it
    ("(Embtel 2985, October 413). Brazilian", [("October 4", {"when": "1954-10-04", "cert": "medium"})]),
])
def test_on_a_weekday_and_a_day_glued_to_its_footnote(text, expected):
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1954-05-27")] == expected


def test_a_year_after_a_slash_and_space_is_a_reference_number():
    assert find_dates("FOR PRESS: P. M. No. 49/ 1964 MESSAGE") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Political Reorientation of Japan, September 1945 to September 1948 (Washington",
     [("September 1945 to September 1948", {"from": "1945-09", "to": "1948-09"})]),
    ("Sent Department 1834, repeated Cairo 36.", []),  # telegram numbers, not years
])
def test_month_and_year_ranges_and_telegram_numbers(text, expected):
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date=DOC)] == expected


def test_a_military_time_and_its_zone_after_a_date():
    text = "Schaufele-Marshall Telcon 4 July 1230 EDT. Eyes only"
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1976-07-04")] == [
        ("4 July 1230 EDT", {"when": "1976-07-04T12:30:00-04:00", "cert": "medium"})]


def test_the_article_before_an_ordinal_day_and_month_is_the_dates():
    text = "I sent a telegram on the 31st December to the Minister"
    assert [(text[d.start:d.end], d.value.attributes()) for d in find_dates(text, document_date="1949-01-10")] == [
        ("the 31st December", {"when": "1948-12-31", "cert": "medium"})]
