"""Date and time recognition in transcriptions, normalized to ISO 8601 for TEI.

One compiled scanner (``_SCANNER``) walks the text once, left to right. Its alternatives are
listed in the order they must win at a given position: a day date with its attached time
before a month-and-year, a vague part ("mid-June") before a month, a year range before a
bare year. Each alternative is a small pattern that is also compiled on its own, with named
groups, to read the pieces once the scanner has found where an expression is. Knowledge
(month names, Roman numerals, zones, vague windows, words that introduce numbers) lives in
the tables below; adding a form means adding a table row or one pattern.

One decision is made for the whole document before any value is read: the order of day and
month in numeric dates that read either way ("11.01.1962"), taken from the document's own
dates that read only one way ("10.31.1962" is month first; ``_document_order``).

The two entry points never raise: a value that cannot be read is either left out (not a
date) or returned with ``DateValue.error`` (a date that cannot exist, such as 31.2.51).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from dataclasses import replace
from typing import NamedTuple

from encoder.model import DateMention, DateValue

__all__ = ["find_dates", "parse_date"]

# --------------------------------------------------------------------------- tables

#: Month names and the abbreviations typists use; matched in Title case and UPPER case.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
#: Russian month names in the genitive, as in "14 мая 1950 г." (original-language texts).
RUSSIAN_MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}
#: Only full names stand alone ("in August"); "Jan" alone is as likely a first name.
FULL_MONTHS = tuple(name.lower() for name in calendar.month_name[1:])

#: Roman month numerals of East European dates ("16.XII.1947").
ROMAN_MONTHS: dict[str, int] = {
    "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6,
    "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12,
}

#: Offsets for zones named with "time" ("22:00 Beijing time"). Standard time as it was in
#: the 1950s; summer time is not guessed. Moscow (decree time) was UTC+3 from 1930 to 1981;
#: both Koreas and Japan kept UTC+9 in the early 1950s; Washington is Eastern Standard Time.
ZONE_NAMES: dict[str, str] = {
    "beijing": "+08:00", "peking": "+08:00", "peiping": "+08:00", "shanghai": "+08:00",
    "moscow": "+03:00", "pyongyang": "+09:00", "seoul": "+09:00", "tokyo": "+09:00",
    "washington": "-05:00", "eastern standard": "-05:00", "eastern daylight": "-04:00",
    "greenwich": "Z", "greenwich mean": "Z", "central european": "+01:00",
}
#: Zone abbreviations written after a time ("0355 GMT", "1200Z"). UTC is written "Z", the
#: canonical form of xs:dateTime (and the one FRUS uses).
ZONE_ABBREVIATIONS: dict[str, str] = {
    "GMT": "Z", "UTC": "Z", "Z": "Z", "EST": "-05:00", "EDT": "-04:00",
    "MSK": "+03:00", "CET": "+01:00",
}

#: Vague parts: (first, last) day of a month and (first, last) month of a year. 31 means
#: "the last day of the month".
VAGUE_WINDOWS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "early": ((1, 10), (1, 4)),
    "beginning of": ((1, 10), (1, 3)),
    "first half of": ((1, 15), (1, 6)),
    "mid": ((10, 20), (5, 8)),
    "middle of": ((10, 20), (5, 8)),
    "second half of": ((16, 31), (7, 12)),
    "late": ((20, 31), (9, 12)),
    "end of": ((21, 31), (10, 12)),
}

#: Relative day words, resolved against a full document date.
RELATIVE_DAYS: dict[str, int] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                                 "to-day": 0, "to-night": 0, "to-morrow": 1}  # the older spelling

#: Words after which a lone month name ("in August") is a date.
MONTH_PREPOSITIONS = (
    "in", "during", "since", "until", "till", "by", "before", "after", "from", "to",
    "through", "throughout", "of", "for", "within",
)

#: Words that introduce a number that is not a year: telegram, file and archival numbers.
#: Any word ending in "tel" ("Deptel", "Embtel", "urtel") counts too.
NUMBER_WORDS = (
    "no", "nos", "nº", "number", "numbers", "telegram", "telegrams", "cable", "despatch",
    "dispatch", "airgram", "circular", "copy", "copies", "page", "pages", "p", "pp", "f",
    "fond", "op", "opis", "d", "delo", "l", "ll", "list", "listy", "file", "files", "files,", "box", "folder",
    "series", "vol", "volume", "doc", "document", "item", "para", "paragraph", "section",
    "sec", "article", "art", "annex", "resolution", "room", "code", "serial", "order",
    "decree", "issuing", "special", "cipher", "rg", "ref", "tab", "appendix", "chapter",
    "ch", "part", "enclosure", "encl", "point", "hill", "height", "secto", "tosec", "dulte",
    "tedul", "delga", "gadel", "polto", "topol", "usun", "niact", "unit", "division",
    "regiment", "route", "highway", "flight", "index", "register", "reg", "record", "dept",
    # telegram numbers: "Sent Department 1834, repeated Cairo 36"
    "department", "embassy", "legation", "consulate", "mission", "repeated",
)

#: Words after which a four-digit number counts things rather than naming a year.
QUANTITY_WORDS = (
    "troops", "men", "soldiers", "persons", "people", "workers", "prisoners", "pows",
    "casualties", "refugees", "tons", "tonnes", "km", "kilometers", "kilometres", "miles",
    "meters", "metres", "feet", "ft", "kg", "dollars", "rubles", "roubles", "yuan", "pounds",
    "francs", "marks", "yen", "won", "planes", "aircraft", "tanks", "guns", "vehicles",
    "trucks", "rounds", "copies", "pages", "sheets", "units", "cases", "items",
)

#: Words that make a following number a year ("in 1951", "since 1945").
YEAR_PREPOSITIONS = MONTH_PREPOSITIONS + ("early", "mid", "late", "year", "spring", "summer",
                                          "autumn", "fall", "winter", "end", "beginning")

# --------------------------------------------------------------------------- patterns

_S = r"[ \t\u00a0]"  # space inside an expression; dates do not run across lines
_S0, _S1 = _S + "{0,3}", _S + "{1,3}"  # bounded, so long runs of blanks cost nothing


def _cases(words) -> str:
    """An alternation of words in lower, Title and UPPER case, longest first."""
    forms = {f for w in words for f in (w, w[:1].upper() + w[1:], w.upper())}
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _month_alternation(names, lower: bool = False) -> str:
    """Month names in Title and UPPER case (and lower case, for languages that write so)."""
    forms = set()
    for name in names:
        for form in (name[:1].upper() + name[1:], name.upper()) + ((name,) if lower else ()):
            abbreviated = len(name) <= 4 and name not in ("may", "june", "july")
            forms.add(re.escape(form) + (r"\.?" if abbreviated else ""))
    return "(?:" + "|".join(sorted(forms, key=len, reverse=True)) + r")(?![^\W\d_])"


_MONTH = "(?:" + _month_alternation(MONTHS) + "|" + _month_alternation(RUSSIAN_MONTHS, lower=True) + ")"
_FULL_MONTH = _month_alternation(FULL_MONTHS)
_ROMAN = "(?:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"
_AMPM = r"(?:[aApP]\.[ ]?[mM]\.?|[aApP][mM](?![A-Za-z])\.?)"
_HOURS_WORD = r"(?:hours|hrs\.?|hr\.?|hs)(?![A-Za-z])"
_ZONE = (
    rf"(?:{_S0}\(?(?P<zn>{_cases(ZONE_NAMES)}){_S1}(?:time|Time|TIME)\)?"
    rf"|{_S0}\(?(?P<za>{'|'.join(sorted(ZONE_ABBREVIATIONS, key=len, reverse=True))})\)?(?![A-Za-z]))"
)
_YEAR4 = r"(?:1[5-9]|20)\d\d"
_LONE_YEAR4 = r"(?:1[89]|20)\d\d"  # alone, 1500-1799 are far likelier telegram numbers


def _year_supplied(prefix: str = "") -> str:
    """A year: four digits, in editor's brackets ("[1950]") or "’51"; not a time ("1700 hours")."""
    return (
        rf"(?:\[(?P<{prefix}yb>{_YEAR4})\??\]|(?P<{prefix}yc>\[(?:1[5-9]|20)\]\d\d)(?!\d)|(?P<{prefix}y>{_YEAR4})"
        # a footnote mark may be glued on where a line or sentence ends: "4 November 19561\n"
        rf"(?:(?!\d|:\d)|(?=\d{{1,2}}(?![\d:.,])(?:[ \t]*\n|[ \t]+[A-Z]|$)))(?!{_S0}{_HOURS_WORD})"
        rf"|[’'](?P<{prefix}ya>\d\d)(?![\w’'])"  # "May ’51"
        r")"
    )


_YEAR_SUPPLIED = _year_supplied()
_ORD = r"(?:st|nd|rd|th)?"
_AND = rf"{_S1}(?:and|&){_S1}"  # "15 and 16 December 1947", "January 6 and 7, 1951": two dates
_TO_WORD = rf"{_S1}(?:through|thru|till|until|til|to){_S1}"  # "16 through 30 August 1957"
_TO = rf"(?:{_S0}[-–—]{_S0}|{_TO_WORD})"  # between the two ends of a range of days
_NEW_NUMBER = r"(?<![\w.,/:\-–])"  # not the tail of "761.00/5", "G–2", "No.4"
# "Contel 5 July 2", "late June 26": the day follows (a digit glued on, "16th July1", is a footnote's)
_NO_DAY_AFTER = rf"(?!{_S1}[0-3]?\d(?![\d:]))"
_END = r"(?!\w|/\S|[.,:-]\d)"  # a number does not go on ("08.05.1974/ No." ends)

# A clock time with an optional zone. "h4"/"mi4" is military time with "hours" or a zone;
# bare military time ("at 0355") is _MILITARY, allowed only after "at".
_TIME = (
    r"(?:(?<![\w:.,/])"
    r"(?:(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:])"
    rf"(?:{_S0}(?P<ap>{_AMPM})|{_S1}(?P<cn>noon|midnight)(?![A-Za-z]))?(?:{_S0}{_HOURS_WORD})?"
    rf"|(?P<h2>1[0-2]|0?[1-9]){_S0}(?P<ap2>{_AMPM})"
    rf"|(?:12{_S1})?(?P<nm>noon|midnight)(?![A-Za-z])"
    rf"|(?P<h3>[01]?\d|2[0-3]){_S1}(?:hours?|hrs?\.?|ч\.?){_S1}(?P<mi3>[0-5]?\d){_S1}(?:min(?:utes?|s?\.?)|м(?:ин)?\.?)(?![^\W\d_])"
    rf"|(?P<hd>1[0-2]|0?[1-9])\.(?P<mid>[0-5]\d){_S0}(?P<apd>{_AMPM})"  # "10.30 a.m."
    rf"|(?P<h7>[01]?\d|2[0-3])h(?P<mi7>[0-5]\d)(?:hs)?(?![\w:])"  # "11h00" 
    rf"|(?P<h8>\d)(?P<mi8>[0-5]\d)hs(?![\w:])"  # "700hs": Portuguese hours of one digit
    rf"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?:{_S0}{_HOURS_WORD}|(?=Z(?![A-Za-z])|{_S0}\(?(?:GMT|UTC)))"
    rf")(?:{_ZONE})?)"
)
_MILITARY = rf"(?P<h5>[01]\d|2[0-3])(?P<mi5>[0-5]\d)(?!\d)(?:{_ZONE})?"

_NUMERIC = (
    _NEW_NUMBER + r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})[./-](?P<y>\d{4}|\d{2})" + _END
)
_DAY_MONTH_NUMERIC = (
    _NEW_NUMBER + r"(?P<a>[0-3]?\d)(?P<sep>\.)(?P<b>[0-3]?\d)\.?"  # "01.23. at 10:56"
    rf"(?=(?:{_S1}|{_S0},{_S0}|{_S1}at{_S1})(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:]))"  # a time follows
)
_ROMAN_DATE = (  # a Roman month makes a date even after a slash: "WASHINGTON ON/26/26/X/62"
    r"(?<![\w.,:\-–])" + rf"(?P<d>[0-3]?\d)(?:\.{_S}?|{_S1}|-|/)(?P<m>{_ROMAN})(?:\.{_S}?|{_S1}|-|/)"
    rf"(?P<y>\d{{4}}|\d{{2}}){_END}"
)
_ISO = _NEW_NUMBER + rf"(?P<y>{_YEAR4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-]|[.,:]\d)"
# year first with dots, as Hungarian writes it: "1980. 10. 02.", "80. 10. 02." (a two-digit
# year only above 31, so that it cannot be a day)
_YMD = _NEW_NUMBER + rf"(?P<y>{_YEAR4}|[3-9]\d)\.{_S0}(?P<m>[01]?\d)\.{_S0}(?P<d>[0-3]?\d)\.(?!\d)"
_GLUED_YEAR = rf"(?={_YEAR4}(?!\d))"  # "14 March1965": a typist's missing space
_DAY_MONTH = (
    _NEW_NUMBER + rf"(?P<d>[0-3]?\d)(?:{_ORD}(?:{_TO}|/)(?P<d2>[0-3]?\d)|{_ORD}{_AND}(?P<d3>[0-3]?\d)"
    rf"|{_ORD}{_S1}(?P<m1>{_MONTH}){_TO}(?P<d4>[0-3]?\d))?"  # "29 June through 8 August 1960"
    rf"(?:(?:st|nd|rd|th)(?:{_S1}\[?of)?)?(?:{_S0}\.{_S0}|{_S1}|{_S0}\n{_S0}(?={_MONTH}{_S1}{_YEAR4}))"  # "4th of July",
    # not "4 of July"; a line may wrap before the month and year: "on 1\nApril 1982"
    rf"\[?(?P<m>{_MONTH})\]?"  # "29 [October]", "18th [of October]" (a bracket left open is cut off)
    rf"(?:(?:{_S0}[.,]{_S0}|{_S1}|{_GLUED_YEAR}){_YEAR_SUPPLIED}|{_NO_DAY_AFTER})"
)
_YEAR_AHEAD = rf"(?={_S0},?{_S0}(?:\[?{_YEAR4}|[’']\d\d))"  # a year follows: "7, 1951"
# after "October 10 to 13", what shows the 13 is a day too (not "to 13 delegates")
# ("$": the piece is read again alone, where what follows is cut off)
_DAY_ENDS = rf"(?=[.,;:)]|{_S1}(?:in|at|and|during|inclusive)\b|$)"
_MONTH_DAY = (
    # "July1" is July and a footnote; "Oct.5" is a day; a dateline may wrap: "February\n1, 1947"
    rf"(?<![\w.])(?P<m>{_MONTH})(?:{_S1}|(?<=\.)|\n(?=[0-3]?\d,{_S0}{_YEAR4}))(?P<d>[0-3]?\d){_ORD}"
    # a footnote mark after the day, with a full stop ("June 1.1 Bevin") or glued ("January 114 re")
    rf"(?:(?<=[0-3]\d)(?=\d(?:[ \t]+[A-Za-z]|[.,;:)]))|(?<=\D[4-9])(?=\d\d(?:[ \t]+[A-Za-z]|[.,;:)]))"
    rf"|(?![\d:]|\.\d(?!\d?(?:[ \t]+[A-Z]|[ \t]*\n|$))))"
    rf"(?:(?:{_S0}[-–]{_S0}|{_TO_WORD}(?=[0-3]?\d{_ORD}(?:{_YEAR_AHEAD}|{_DAY_ENDS})))(?P<d2>[0-3]?\d){_ORD}(?!\d)"
    rf"|{_AND}(?P<d3>[0-3]?\d){_ORD}(?:{_YEAR_AHEAD}|(?=[,;)]|\.(?!\d)|$))"  # "our telegrams of May 13 and 15,"
    rf"|{_TO}(?P<m2>{_MONTH}){_S0}(?P<d4>[0-3]?\d){_ORD}(?![\d:]|\.\d))?"  # "June 29 through August 8, 1960"
    rf"(?:(?:{_S0},?{_S0}|{_S0},{_S0}\n){_YEAR_SUPPLIED})?"  # "October 5,\n1945"
)
_MONTH_YEAR = rf"(?<![\w.])(?P<m>{_MONTH})(?:{_S0},{_S0}|{_S1}(?:of{_S1})?|{_GLUED_YEAR}){_YEAR_SUPPLIED}"
_YEAR_RANGE = (  # "1950-1953", "1950 to 1953", and after "between", "1978 and 1989"
    rf"(?<![\w.,/$#£:\-–])(?:(?<=[Bb]etween )(?=\d{{4}}{_S1}and{_S1}\d)|(?!\d{{4}}{_S1}and))"
    rf"(?P<y1>{_LONE_YEAR4})(?:{_S0}(?:[-–—]|{_S}to{_S}){_S0}|{_S1}and{_S1})(?P<y2>{_YEAR4}|\d\d)"
    r"(?![\w%/-]|[.,:]\d)"
)
_VAGUE = (
    rf"(?<![\w-])(?P<q>{_cases(VAGUE_WINDOWS)})(?:{_S0}-{_S0}|{_S1})"
    rf"(?:(?P<m>{_MONTH})(?:(?:{_S0},{_S0}|{_S1})(?:of{_S1})?{_YEAR_SUPPLIED}|{_NO_DAY_AFTER})"
    rf"|{_year_supplied('v')})"
    r"(?![\w-]|[.,:]\d)"
)
_MONTH_RANGE = (  # "September–October 1956", "June to August 1951"
    rf"(?<![\w.])(?P<m1>{_MONTH}){_S0}(?:[-–—]|{_S1}to{_S1}){_S0}(?P<m>{_MONTH})(?:{_S0},{_S0}|{_S1}){_YEAR_SUPPLIED}"
)
_YEARS_MONTH_RANGE = (  # "September 1945 to September 1948", "June 1950–July 1953"
    rf"(?<![\w.])(?P<m1>{_MONTH}){_S0},?{_S1}(?P<y1>{_YEAR4}){_TO}(?P<m>{_MONTH}){_S0},?{_S1}(?P<y>{_YEAR4})(?![\w])"
)
# Words after which a day stands without "the" in telegrams: "arriving 18th", "mytel 27th".
_BARE_DAY_AFTER = "(?:" + "|".join(f"(?<=\\b{w} )" for w in """arriving arrive arrives arrived leaving leave leaves left
    returning return returns returned mytel urtel reftel deptel embtel contel Mytel Urtel Reftel Deptel Embtel""".split()) + ")"
_ORDINAL_DAY = (  # "on the 19th", "by the 18th": a day of the document's month ("the 6th inst."; "ult.": the month before)
    rf"(?<![\w-])(?:the{_S1}|{_BARE_DAY_AFTER})(?P<d>[0-3]?\d)(?:st|nd|rd|th)"
    rf"(?:{_S1}(?P<iu>inst|instant|ult|ultimo)\b\.?"
    rf"|(?=[.,;:)]|{_S1}(?:at|in{_S1}the|of{_S1}this{_S1}month|and|or"
    rf"|as|morning|afternoon|evening|night|arriving|returning|leaving)\b|$))"  # "on the 17th arriving"
)
_DAY_PREPOSITION = re.compile(r"\b(?:on|by|until|till|before|after|from|since|of)\s+$", re.IGNORECASE)
_DAY_ALTERNATIVE = re.compile(r"\bthe\s+[0-3]?\d(?:st|nd|rd|th)\s+(?:or|and)\s+$")  # "on the 23rd or the 24th"
_RELATIVE = rf"(?<![\w-])(?P<w>{_cases(RELATIVE_DAYS)})(?![\w-])"
# A weekday alone, of the document's week: "on Thursday", "last Monday", "next Friday"
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"
_WEEKDAY_ALONE = (rf"(?<![\w-])(?:(?P<wq>[Ll]ast|[Nn]ext){_S1})?"
                  rf"(?P<wd>{_WEEKDAY})(?:(?![\w-])|(?=\d{{1,2}}[ \t]+[a-z]))")  # a footnote mark may follow: "on Saturday2 had"
# A weekday, a dash and a time, as Brazilian telegrams head their text: "FRIDAY – 1800hs"
_WEEKDAY_TIME = (rf"(?<![\w-])(?P<wt>(?i:{_WEEKDAY}))"
                 rf"{_S0}[–—-]{_S0}(?={_TIME})")
_WEEKDAY_NUMBER = {d: i for i, d in enumerate(_WEEKDAY_NAMES)}
_LONE_MONTH = rf"(?<![\w.-])(?P<m>{_FULL_MONTH})(?![\w-])"
_LONE_YEAR = rf"(?<![\w.,/$#£№:\-–])(?<!/ )\[?(?P<y>{_LONE_YEAR4})\]?(?![\w%/-]|[.,:]\d)"  # not "No. 49/ 1964"

_DAY_DATES = {
    "num": _NUMERIC, "rom": _ROMAN_DATE, "iso": _ISO, "ymd": _YMD, "dmy": _DAY_MONTH, "mdy": _MONTH_DAY,
    "dm": _DAY_MONTH_NUMERIC,
}
_RANGE_DASH = rf"(?:{_S0}[-–—]{_S0}|{_S1}to{_S1})"  # "10:30–11:10 a.m.": a time range, not a dateline time
_TIME_SEP = rf"{_S0}(?:[—–]|--?|,|\.(?={_S1}at{_S1}))?{_S0}(?:at{_S1})?"  # "31.X 62. at 12:45"
_DOT_TIME = r"(?P<h6>[01]?\d|2[0-3])\.(?P<mi6>[0-5]\d)(?!\d|[.,:]\d)"  # "at 7.30", after a date only


def _anonymous(pattern: str) -> str:
    """The pattern with its named groups made plain, to be embedded in the scanner."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# Every expression starts a word (or a "[year]"), and one of few words if not a number:
# testing that first skips most positions.
_FIRST_WORDS = sorted({w[:3] for w in (*MONTHS, *RUSSIAN_MONTHS, *VAGUE_WINDOWS, *RELATIVE_DAYS,
                                        *_WEEKDAY_NAMES, "last", "next", "the", "noon", "midnight")})
_SCANNER = re.compile(
    r"(?<!\w)(?=[\d\[]|(?i:" + "|".join(_FIRST_WORDS) + r"))(?:"
    + "|".join(
        [
            rf"(?P<dt>(?:(?P<tp>{_anonymous(_TIME)}){_S0},?{_S0}(?:on{_S1})?"
            # "sent at 1450 3 December 1946": a military time after "at", before the date
            rf"|(?<=\bat\s)(?P<tpm>{_anonymous(_MILITARY)}){_S1}(?=[0-3]?\d{_S1}[A-Za-z]))?"
            + "(?:" + "|".join(f"(?P<{k}>{_anonymous(p)})" for k, p in _DAY_DATES.items()) + ")"
            + rf"(?:{_TIME_SEP}(?P<ts>(?>{_anonymous(_TIME)}))(?!{_RANGE_DASH}\d)"
            + rf"|{_S0},?{_S0}at{_S1}(?P<tsm>{_anonymous(_MILITARY)})"
            + rf"|\.?{_S1}at{_S1}(?P<tsd>{_anonymous(_DOT_TIME)})"
            + rf"|{_S0},{_S0}(?P<tsc>{_anonymous(_MILITARY)})(?=[ \t]*(?:\n|$|[.;)\]]))"  # "..., 1962, 0355"
            # "4 July 1230 EDT": a military time right after the date, with its zone
            + rf"|{_S1}(?P<tsz>(?:[01]\d|2[0-3])[0-5]\d(?={_S0}\(?(?:{'|'.join(ZONE_ABBREVIATIONS)})\b){_anonymous(_ZONE)}))?)",
            rf"(?P<vague>{_anonymous(_VAGUE)})",
            rf"(?P<range>{_anonymous(_YEAR_RANGE)})",
            rf"(?P<ymrange>{_anonymous(_YEARS_MONTH_RANGE)})",
            rf"(?P<mrange>{_anonymous(_MONTH_RANGE)})",
            rf"(?P<my>{_anonymous(_MONTH_YEAR)})",
            rf"(?P<oday>{_anonymous(_ORDINAL_DAY)})",
            rf"(?P<trel>(?>{_anonymous(_TIME)}){_S1}{_anonymous(_RELATIVE)})",  # "5 pm yesterday"
            rf"(?P<wtime>{_anonymous(_WEEKDAY_TIME)}(?>{_anonymous(_TIME)}))",
            rf"(?P<wday>{_anonymous(_WEEKDAY_ALONE)})",
            rf"(?P<rel>{_anonymous(_RELATIVE)})",
            rf"(?P<trange>(?>{_anonymous(_TIME)}){_RANGE_DASH}(?>{_anonymous(_TIME)}))",
            rf"(?P<time>{_anonymous(_TIME)})",
            rf"(?P<mil>(?=\d)(?<=\bat\s){_anonymous(_MILITARY)})",
            rf"(?P<mon>{_anonymous(_LONE_MONTH)})",
            rf"(?P<year>{_anonymous(_LONE_YEAR)})",
        ]
    )
    + ")"
)

_PIECES = {k: re.compile(p) for k, p in _DAY_DATES.items()}
_PIECES.update(
    wday=re.compile(_WEEKDAY_ALONE), wtime=re.compile(_WEEKDAY_TIME),
    vague=re.compile(_VAGUE), range=re.compile(_YEAR_RANGE), my=re.compile(_MONTH_YEAR),
    mrange=re.compile(_MONTH_RANGE), ymrange=re.compile(_YEARS_MONTH_RANGE), oday=re.compile(_ORDINAL_DAY),
    rel=re.compile(_RELATIVE), mon=re.compile(_LONE_MONTH), year=re.compile(_LONE_YEAR),
    time=re.compile(_TIME), mil=re.compile(_MILITARY), dot=re.compile(_DOT_TIME),
)
_VAGUE_KEYS = {re.sub(r"\s+", " ", k): k for k in VAGUE_WINDOWS}
_NUMBER_BEFORE = re.compile(
    rf"(?:(?<![\w.])(?:{'|'.join(map(re.escape, NUMBER_WORDS))}|\w*tels?)\.?|[#№$£¥]|\bN[º°o]\.?)"
    r"\s*[:.]?\s*$",
    re.IGNORECASE,
)
_YEAR_WORD_BEFORE = re.compile(
    rf"(?<![\w.])(?:{'|'.join(YEAR_PREPOSITIONS)}|the)[\s-]+\[?$", re.IGNORECASE
)
_MONTH_WORD_BEFORE = re.compile(
    rf"(?<![\w.])(?:{_cases(MONTH_PREPOSITIONS)}){_S1}$"
)
# "this past November", "last March", "next May": the month before or after the document's
_MONTH_RELATIVE_BEFORE = re.compile(r"(?<![\w.])(?:(?:this|the)[ \t]+)?(past|last|next|coming)[ \t]+$", re.IGNORECASE)
# The year that completes a UN resolution's number: "resolution 418 (1977)", "242 (1967)".
_RESOLUTION_YEAR_BEFORE = re.compile(r"(?i:resolutions?|res\.?|S/RES/)[ \t]*\d{1,4}[ \t]*\($")
_CLOCK_WORD_BEFORE = re.compile(r"(?<![\w.])(?:until|till)\s+$", re.IGNORECASE)
_QUANTITY_AFTER = re.compile(
    rf"\]?\s*(?:%|per\s?cent\b|percent\b|(?:{'|'.join(QUANTITY_WORDS)})\b)", re.IGNORECASE
)
_PARSE_LEFTOVER = re.compile(r"[\s\[\]().,;:?]*")

# --------------------------------------------------------------------------- reading


class _Doc(NamedTuple):
    """The document date as far as it is known."""

    year: int
    month: int | None
    day: int | None


def _doc_date(value: str | None) -> _Doc | None:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (anything after the date is ignored)."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if month is not None and not 1 <= month <= 12:
        return _Doc(year, None, None)
    if day is not None:
        try:
            _dt.date(year, month, day)
        except ValueError:
            day = None
    return _Doc(year, month, day)


def _full_year(digits: str, doc: _Doc | None) -> int:
    """A two-digit year in the century nearest the document date (19xx without one)."""
    value = int(digits)
    if len(digits) != 2:
        return value
    if doc is None:
        return 1900 + value
    base = doc.year - doc.year % 100
    candidates = (base - 100 + value, base + value, base + 100 + value)
    return min(candidates, key=lambda y: (abs(y - doc.year), y))


def _nearest_year(month: int, day: int | None, doc: _Doc) -> int:
    """The year that puts a year-less month (and day) closest to the document date.

    Telegrams cite recent days ("your telegram of December 28" in early January), so the
    document year is taken unless the adjacent year is more than six months closer.
    """
    if doc.month is None:
        return doc.year
    ref = _dt.date(doc.year, doc.month, doc.day or 15)

    def distance(year: int) -> int:
        last = calendar.monthrange(year, month)[1]
        return abs((_dt.date(year, month, min(day or 15, last)) - ref).days)

    return min((doc.year, doc.year - 1, doc.year + 1), key=lambda y: (distance(y), y != doc.year))


def _iso_day(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year is not None else f"--{month:02d}-{day:02d}"


def _check_day(year: int | None, month: int, day: int, written: str) -> str | None:
    """An explanation if the day cannot exist, else None."""
    if not 1 <= month <= 12:
        return f"{written!r}: there is no month {month}"
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    if not 1 <= day <= last:
        where = f"{calendar.month_name[month]} {year}" if year is not None else calendar.month_name[month]
        return f"{written!r}: {calendar.month_name[month]} has no day {day} ({where} has {last} days)"
    return None


def _month_number(word: str) -> int:
    name = word.rstrip(".").lower()
    return MONTHS[name] if name in MONTHS else RUSSIAN_MONTHS[name]


class _Day(NamedTuple):
    year: int | None
    month: int
    day: int
    day2: int | None = None  # the last day of a range
    cert: str | None = None
    day3: int | None = None  # the second of two conjoined days
    month2: int | None = None  # the month of day2 when the range runs into another month


def _order_evidence(a: int, b: int) -> str | None:
    """ "dmy" or "mdy" when only one order of the numbers a.b can be a day and a month."""
    if a > 12 and 1 <= b <= 12:
        return "dmy"
    if b > 12 and 1 <= a <= 12:
        return "mdy"
    return None


def _document_order(matches: list[re.Match]) -> str | None:
    """How the document writes numeric dates, from those that can be read only one way.

    "10.31.1962" shows month first, "31.8.1950" day first. A document showing one order and
    never the other has its ambiguous dates ("11.01.1962") read that way; otherwise (none,
    or both) the separator's convention decides, as for a date alone.
    """
    seen = set()
    for m in matches:
        if m.lastgroup == "dt" and (m["num"] or m["dm"]):
            a, b = re.match(r"(\d+)\D(\d+)", m["num"] or m["dm"]).groups()
            seen.add(_order_evidence(int(a), int(b)))
    seen.discard(None)
    return seen.pop() if len(seen) == 1 else None


def _day_and_month(m: re.Match, order: str | None) -> tuple[int, int, str | None] | str:
    """Day, month and a certainty for the numbers of a numeric date, or why it is none."""
    a, b = int(m["a"]), int(m["b"])
    if a > 12 and b > 12:
        return f"{m[0]!r}: neither {a} nor {b} can be a month"
    if a > 12 or b > 12 or a == b:
        return (a, b, None) if b <= 12 else (b, a, None)
    if order is not None:  # the document's own unambiguous dates show the order
        return (a, b, "medium") if order == "dmy" else (b, a, "medium")
    return (a, b, "low") if m["sep"] == "." else (b, a, "low")  # the separator's convention: a guess


def _nearer_reading(day: int, month: int, m: re.Match, doc: _Doc) -> tuple[int, int]:
    """Of the two readings of an ambiguous numeric date, the one within two weeks of the
    document's date when only that one is: a telegram of 3 January 1962 "dispatched on
    01.03.1962" was dispatched on 3 January (the separator's convention would say 1 March)."""
    year = _full_year(m["y"], doc) if m.groupdict().get("y") else doc.year
    written = _dt.date(doc.year, doc.month, doc.day)

    def near(d: int, mo: int) -> bool:
        try:
            return abs((_dt.date(year, mo, d) - written).days) <= 14
        except ValueError:
            return False
    if not near(day, month) and near(month, day):
        return month, day
    return day, month


def _read_day_date(kind: str, m: re.Match, doc: _Doc | None, order: str | None = None) -> _Day | str:
    """The parts of a day date, or a string explaining why it cannot exist."""
    written = m[0]
    if kind in ("num", "dm"):
        parts = _day_and_month(m, order)
        if isinstance(parts, str):
            return parts
        day, month, cert = parts
        if cert == "low" and order is None and doc is not None and doc.day is not None:
            day, month = _nearer_reading(day, month, m, doc)
        if kind == "dm":  # "31.8 17:27": the year is the document's
            if doc is None:
                return _Day(None, month, day, None, cert)
            if _check_day(doc.year, month, day, written):
                return f"{written!r}: not a day and month"
            return _Day(_nearest_year(month, day, doc), month, day, None, "low" if cert else "medium")
        year = _full_year(m["y"], doc)
        if year < 1500 or year > 2099:
            return f"{written!r}: year {year} is out of range"
        return _Day(year, month, day, None, cert)
    g = m.groupdict()
    year = _supplied_year(m, doc)
    month = ROMAN_MONTHS[m["m"]] if kind == "rom" else int(m["m"]) if kind in ("iso", "ymd") else _month_number(m["m"])
    day = int(m["d"])
    day2 = int(g["d2"] or g["d4"]) if g.get("d2") or g.get("d4") else None
    day3 = int(g["d3"]) if g.get("d3") else None
    month2 = None
    if g.get("m1"):  # "29 June through 8 August": the month read last is the range's end
        month, month2 = _month_number(g["m1"]), month
    elif g.get("m2"):  # "June 29 through August 8"
        month2 = _month_number(g["m2"])
    cert = None
    if year is not None and month2 is not None and month2 < month:
        year -= 1  # "29 December 1959 through 8 January": the year written is the end's
    if year is None and doc is not None:
        if month2 is None:
            year = _nearest_year(month, day, doc)
        else:  # the year of the end; a range from December into January starts the year before
            year = _nearest_year(month2, day2, doc) - (month > month2)
        cert = "medium"
    return _Day(year, month, day, day2, cert, day3, month2)


class _Time(NamedTuple):
    hour: int
    minute: int
    second: int
    offset: str


def _read_time(m: re.Match) -> _Time | None:
    """A clock time from a _TIME or _MILITARY match; None if it is not a possible time."""
    g = m.groupdict()
    offset = ""
    if g.get("zn"):
        offset = ZONE_NAMES[re.sub(r"\s+", " ", g["zn"].lower())]
    elif g.get("za"):
        offset = ZONE_ABBREVIATIONS[g["za"]]
    if g.get("nm"):
        return _Time(12 if g["nm"].lower() == "noon" else 0, 0, 0, offset)
    for h, mi in (("h", "mi"), ("h3", "mi3"), ("h4", "mi4"), ("h5", "mi5"), ("hd", "mid"), ("h6", "mi6"), ("h7", "mi7"),
                  ("h8", "mi8")):
        if g.get(h) is not None:
            hour, minute = int(g[h]), int(g[mi])
            second = int(g["s"]) if h == "h" and g.get("s") else 0
            ampm = g.get("ap") if h == "h" else g.get("apd") if h == "hd" else None
            if h == "h" and g.get("cn") and hour == 12:
                hour = 12 if g["cn"].lower() == "noon" else 0
            break
    else:
        hour, minute, second, ampm = int(g["h2"]), 0, 0, g["ap2"]
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "pP" else 0)
    if hour == 24 and minute == 0 and second == 0:
        hour = 0
    if hour > 23:
        return None
    return _Time(hour, minute, second, offset)


def _time_text(t: _Time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}{t.offset}"


def _day_value(day: _Day, time: _Time | None, written: str) -> DateValue:
    month2 = day.month2 or day.month
    # a range written in one year's months that runs backwards crosses the new year
    year2 = day.year + 1 if day.year is not None and month2 < day.month else day.year
    problem = _check_day(day.year, day.month, day.day, written)
    if problem is None and day.day2 is not None:
        problem = _check_day(year2, month2, day.day2, written)
        if problem is None and (month2, day.day2) <= (day.month, day.day) and year2 == day.year:
            problem = f"{written!r}: the range ends before it starts"
    if problem:
        return DateValue(error=problem)
    first = _iso_day(day.year, day.month, day.day)
    if day.day2 is not None:
        return DateValue(from_=first, to=_iso_day(year2, month2, day.day2), cert=day.cert)
    if time is not None and day.year is not None:
        return DateValue(when=f"{first}T{_time_text(time)}", cert=day.cert)
    return DateValue(when=first, cert=day.cert)


def _month_value(year: int | None, month: int, cert: str | None) -> DateValue:
    return DateValue(when=f"{year:04d}-{month:02d}" if year is not None else f"--{month:02d}", cert=cert)


def _supplied_year(m: re.Match, doc: _Doc | None) -> int | None:
    g = m.groupdict()
    digits = next((g[k].replace("[", "").replace("]", "") for k in ("y", "yb", "yc", "ya", "vy", "vyb", "vyc", "vya")
                   if g.get(k)), None)
    return _full_year(digits, doc) if digits else None


def _vague_value(m: re.Match, doc: _Doc | None) -> DateValue | None:
    """A notBefore/notAfter window for "mid-June", "early 1951", "the end of July"."""
    days, months = VAGUE_WINDOWS[re.sub(r"\s+", " ", m["q"].lower())]
    year = _supplied_year(m, doc)
    cert = "medium"  # the window's edges are a convention, not read
    if m["m"] is None:
        if year is None:
            return None
        last = calendar.monthrange(year, months[1])[1]
        return DateValue(
            not_before=f"{year:04d}-{months[0]:02d}-01",
            not_after=f"{year:04d}-{months[1]:02d}-{last:02d}", cert=cert,
        )
    month = _month_number(m["m"])
    if year is None and doc is not None:
        year, cert = _nearest_year(month, (days[0] + days[1]) // 2, doc), "low"
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return DateValue(
        not_before=_iso_day(year, month, min(days[0], last)),
        not_after=_iso_day(year, month, min(days[1], last)), cert=cert,
    )


def _range_value(m: re.Match, doc: _Doc | None) -> DateValue | None:
    """ "1950-1953", "1950–53" (a range) or "1950-06" (ISO year and month)."""
    first, second = int(m["y1"]), m["y2"]
    if len(second) == 2:
        to = first - first % 100 + int(second)
        if to <= first:
            month = int(second)
            return _month_value(first, month, None) if 1 <= month <= 12 and m[0][4] == "-" else None
    else:
        to = int(second)
    if to <= first:
        return None
    return DateValue(from_=str(first), to=str(to))


# The tense of the clause before a weekday: which of the two nearest days it names.
_FUTURE = re.compile(r"\b(?:will|shall|would|wld|to be|are to|is to|going to|plans? to|expects? to|intends? to"
                     r"|scheduled|planned|expected|due)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|saw|met|called|received|handed|discussed|reported|took|gave"
                   r"|came|went|spoke|talked|arrived|left)\b", re.IGNORECASE)
# Days named by a weekday and a word before it: "Good Friday", "Black Monday".
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Good|Black|Ash|Holy|Maundy|Bloody|Easter|Palm|Shrove|Whit|Low|Super)[ \t]+$")


def _weekday_value(m: re.Match, text: str, start: int, end: int, doc: _Doc | None) -> DateValue | None:
    """A weekday alone as a day near the document's date: alone or after "on" the coming one
    after a future verb ("will proceed on Sunday"), the one before after a past one ("talked
    with Bidault on Monday"), else the nearest; after "last" the one before, after "next" the one after.
    Not a weekday before a date ("Monday, 29 October": the date takes it)."""
    if doc is None or doc.day is None or re.match(r"(?:,[ \t]*|[ \t]+)(?:the[ \t]+)?\d", text[end:end + 8]) \
            or re.match(rf"(?:,[ \t]*|[ \t]+){_MONTH}", text[end:end + 14]):
        return None  # a weekday before a date is the date's ("Monday, June 1951": not a day of its own)
    written = _dt.date(doc.year, doc.month, doc.day)
    ahead = (_WEEKDAY_NUMBER[m["wd"]] - written.weekday()) % 7
    if not m["wq"]:
        # alone or after "on", as telegrams write it ("meeting with Popovic Friday night", "will
        # be pouched Thursday", "talk with Bidault on Monday"): the day of that name nearest the
        # document's date; not inside a longer name ("Good Friday", "Black Monday")
        if _NAMED_DAY_BEFORE.search(text, max(0, start - 10), start) or re.match(r"[ \t]+[A-Z]", text[end:end + 2]):
            return None
        clause = text[max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - 120) + 1:start]
        if _FUTURE.search(clause) or re.search(r"\b(?:until|till|by|this|coming)[ \t]+$", clause, re.IGNORECASE):
            shift = ahead or 7  # "will proceed to Ankara on Sunday": the coming one
        elif _PAST.search(clause) or re.search(r"\b(?:preceding|previous|past)[ \t]+$", clause, re.IGNORECASE):
            shift = -((7 - ahead) % 7 or 7)  # "I saw him on Monday": the one before
        else:
            shift = ahead if ahead <= 3 else ahead - 7
            if shift == 0 and re.search(r"\b[Oo]n[ \t]+$", text[max(0, start - 4):start]):
                shift = 7  # "on Thursday", written on a Thursday: not today (telegrams say "today")
        return DateValue(when=(written + _dt.timedelta(days=shift)).isoformat(), cert="low")
    if (m["wq"] or "").lower() == "last":
        day = written - _dt.timedelta(days=(7 - ahead) % 7 or 7)
    else:
        day = written + _dt.timedelta(days=ahead or 7)
    return DateValue(when=day.isoformat(), cert="low")


def _weekday_time_value(text: str, start: int, end: int, doc: _Doc | None) -> DateValue | None:
    """"FRIDAY – 1800hs": the day of that name nearest the document's date (up to three days
    before or after), at that time."""
    head = _PIECES["wtime"].match(text, start)
    time = _read_time(_PIECES["time"].match(text, head.end())) if head else None
    if doc is None or doc.day is None or time is None:
        return None
    written = _dt.date(doc.year, doc.month, doc.day)
    ahead = (_WEEKDAY_NUMBER[head["wt"].capitalize()] - written.weekday()) % 7
    shift = ahead if ahead <= 3 else ahead - 7
    return DateValue(when=f"{(written + _dt.timedelta(days=shift)).isoformat()}T{_time_text(time)}", cert="low")


def _time_range_value(text: str, start: int, end: int) -> DateValue | None:
    """ "10:30–11:10 a.m.": from/to times; a half-day mark on the end alone covers both."""
    first = _PIECES["time"].match(text, start, end)
    second = _PIECES["time"].search(text, first.end(), end)
    one, two = _read_time(first), _read_time(second)
    if one is None or two is None:
        return None
    mark = second["ap"] or second["ap2"] or second["apd"]
    if mark and not (first["ap"] or first["ap2"] or first["apd"] or first["nm"] or first["cn"]) and one.hour <= 12:
        shifted = one._replace(hour=one.hour % 12 + (12 if mark[0] in "pP" else 0))
        if (shifted.hour, shifted.minute) < (two.hour, two.minute):
            one = shifted
    return DateValue(from_=_time_text(one), to=_time_text(two))


def _is_counted(text: str, start: int, end: int) -> bool:
    """True when the year-like number at start:end is a reference number or a quantity."""
    before = text[max(0, start - 24):start]
    if _NUMBER_BEFORE.search(before) or _RESOLUTION_YEAR_BEFORE.search(before):
        return True
    if _YEAR_WORD_BEFORE.search(before):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and text.startswith(".", end):
        return True  # "1951. Deptel 1047": a numbered telegram or paragraph
    return bool(_QUANTITY_AFTER.match(text, end))


def _is_clock_time(number: int, text: str, start: int, doc: _Doc | None) -> bool:
    """True when a year-like hhmm is a 24-hour clock time: "he had time only until 1900" in 1960.

    It must follow "until" or "till" ("after 1930", "by 1900", "from 1830" are as often
    years in a report that looks back as they are times), be a round
    hour or half hour (1900, 1830; not 1945, which after "until" is far more often a year)
    and lie far from the document's year: more than ten years before it, or more than 25
    after it, since plans and forecasts reach decades ahead ("by 2000" in 1980). Without a
    document date it stays a year.
    """
    if doc is None or number % 100 not in (0, 30) or number // 100 > 23:
        return False
    if doc.year - 10 <= number <= doc.year + 25:
        return False
    return bool(_CLOCK_WORD_BEFORE.search(text, max(0, start - 8), start))


def _mention(
    kind: str, m: re.Match, text: str, doc: _Doc | None, order: str | None = None
) -> DateMention | list[DateMention] | None:
    """The DateMention for one scanner match (two for conjoined days), or None when it is
    not a date after all. `order` is the document's day/month order, if it shows one."""
    start, end = m.span()
    if kind == "dt":
        sub = next(k for k in _DAY_DATES if m[k] is not None)
        s, e = m.span(sub)
        piece = _PIECES[sub].match(text, s) if sub == "dm" else _PIECES[sub].fullmatch(text, s, e)  # dm looks ahead
        parts = _read_day_date(sub, piece, doc, order)
        if sub == "dm" and (isinstance(parts, str) or _NUMBER_BEFORE.search(text, max(0, s - 24), s)):
            # "para 2.1 17:30", "31.9 10:00": only the time is sure
            t = _PIECES["time"].fullmatch(text, *m.span("ts")) if m["ts"] else None
            time = _read_time(t) if t else None
            return DateMention(*m.span("ts"), DateValue(when=_time_text(time))) if time else None
        if isinstance(parts, str):
            return DateMention(start, end, DateValue(error=parts))
        times = {}
        for group, pattern in (("tp", _PIECES["time"]), ("tpm", _PIECES["mil"]), ("ts", _PIECES["time"]),
                               ("tsm", _PIECES["mil"]), ("tsc", _PIECES["mil"]), ("tsz", _PIECES["mil"]),
                               ("tsd", _PIECES["dot"])):
            if m[group] is not None:
                times[group] = _read_time(pattern.fullmatch(text, *m.span(group)))
                if group == "tsd" and _QUANTITY_AFTER.match(text, end):
                    times[group] = None  # "on 1 May at 2.50 rubles": a price, not a time
                if times[group] is None:  # not a possible time: the date stands alone
                    start, end = (s, end) if group in ("tp", "tpm") else (start, e)
        if text.count("]", start, end) > text.count("[", start, end) and text[end - 1] == "]":
            end -= 1  # "29 October]": the bracket closes something before the date
        elif text.count("[", start, end) > text.count("]", start, end) and text[end:end + 1] == "]":
            end += 1  # "29 [October 1956]": the bracket closes inside the date
        if parts.day3 is not None and re.search(r"\bbetween\s+$", text[max(0, start - 9):start], re.IGNORECASE):
            parts = parts._replace(day2=parts.day3, day3=None)  # "between 22 and 31 [October]": a range
        before = times.get("tp") or times.get("tpm")
        after = times.get("ts") or times.get("tsm") or times.get("tsc") or times.get("tsz") or times.get("tsd")
        if sub == "dmy" and start == s and re.match(r"\d+(?:st|nd|rd|th)", text[start:end]):
            the = re.search(r"(?<![\w-])the[ \t]+$", text[max(0, start - 4):start], re.IGNORECASE)
            if the:
                start -= len(the.group())  # "the 16th July": the article is the date's, as in "the 19th"
        if parts.day3 is None:
            return DateMention(start, end, _day_value(parts, before or after, text[start:end]))
        cut, resume = piece.end("d"), piece.start("d3")
        return [
            DateMention(start, cut, _day_value(parts._replace(day3=None), before, text[start:cut])),
            DateMention(resume, end, _day_value(parts._replace(day=parts.day3, day3=None), after, text[resume:end])),
        ]
    piece = _PIECES[kind].fullmatch(text, start, end) if kind not in ("trange", "trel", "wtime") else None
    if kind == "vague":
        value = _vague_value(piece, doc)
    elif kind == "range":
        value = None if _is_counted(text, start, end) else _range_value(piece, doc)
    elif kind == "my":
        year = _supplied_year(piece, doc)
        value = _month_value(year, _month_number(piece["m"]), None)
    elif kind == "ymrange":
        first = (int(piece["y1"]), _month_number(piece["m1"]))
        last = (int(piece["y"]), _month_number(piece["m"]))
        if last <= first:
            return None
        value = DateValue(from_=f"{first[0]:04d}-{first[1]:02d}", to=f"{last[0]:04d}-{last[1]:02d}")
    elif kind == "mrange":
        year = _supplied_year(piece, doc)
        first, last = _month_number(piece["m1"]), _month_number(piece["m"])
        if year is None or last <= first:
            return None
        value = DateValue(from_=f"{year:04d}-{first:02d}", to=f"{year:04d}-{last:02d}")
    elif kind == "oday":
        if doc is None or doc.month is None or not (
                not text.startswith("the", start)  # "arriving 18th": the word before is the cue
                or _DAY_PREPOSITION.search(text, max(0, start - 8), start)
                or _DAY_ALTERNATIVE.search(text, max(0, start - 24), start)):
            return None
        day = int(piece["d"])
        year, month = doc.year, doc.month
        if (piece["iu"] or "").startswith("ult"):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if _check_day(year, month, day, text[start:end]):
            return None  # "the 38th" is no day of a month
        value = DateValue(when=_iso_day(year, month, day), cert="medium")
    elif kind == "wday":
        value = _weekday_value(piece, text, start, end, doc)
    elif kind == "wtime":
        value = _weekday_time_value(text, start, end, doc)
    elif kind in ("rel", "trel"):
        if doc is None or doc.day is None:
            return None
        word = _PIECES["rel"].search(text, start, end)
        day = _dt.date(doc.year, doc.month, doc.day) + _dt.timedelta(RELATIVE_DAYS[word["w"].lower()])
        time = _read_time(_PIECES["time"].match(text, start)) if kind == "trel" else None
        value = DateValue(when=day.isoformat() + (f"T{_time_text(time)}" if time else ""), cert="medium")
    elif kind == "trange":
        value = _time_range_value(text, start, end)
    elif kind in ("time", "mil"):
        if kind == "time" and piece["nm"]:
            return None  # "noon" alone is not worth a tag
        time = _read_time(piece)
        value = DateValue(when=_time_text(time)) if time else None
    elif kind == "mon":
        relative = _MONTH_RELATIVE_BEFORE.search(text, max(0, start - 16), start)
        if not relative and not _MONTH_WORD_BEFORE.search(text, max(0, start - 12), start):
            return None
        month = _month_number(piece["m"])
        if doc is None:
            value = _month_value(None, month, None)
        elif relative and doc.month is not None:  # "this past November", "next March"
            back = relative[1].lower() in ("past", "last")
            year = doc.year - (month >= doc.month) if back else doc.year + (month <= doc.month)
            value = _month_value(year, month, "medium")
        else:
            value = _month_value(_nearest_year(month, None, doc), month, "medium")
    else:  # year
        if _is_counted(text, start, end):
            return None
        start, end = piece.span("y")
        if start == m.start() and _is_clock_time(int(piece["y"]), text, start, doc):
            value = DateValue(when=f"{piece['y'][:2]}:{piece['y'][2:]}:00")
        else:
            value = DateValue(when=piece["y"])
    return DateMention(start, end, value) if value is not None else None


def find_dates(text: str, *, document_date: str | None = None) -> list[DateMention]:
    """All date/time expressions in `text`, sorted by start, non-overlapping.

    `document_date` (ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) completes partial dates
    ("13 June", "in August", two-digit years) and relative words ("today"); values taken
    from it carry ``cert="medium"``. Never raises: a match that cannot be read is skipped.
    """
    if not isinstance(text, str) or not text:
        return []
    doc = _doc_date(document_date) if isinstance(document_date, str) else None
    found: list[DateMention] = []
    matches = list(_SCANNER.finditer(text))
    order = _document_order(matches)
    for m in matches:
        try:
            mention = _mention(m.lastgroup, m, text, doc, order)  # the outermost group closes last
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, StopIteration):
            mention = None
        if isinstance(mention, list):
            found.extend(mention)
        elif mention is not None:
            found.append(mention)
    found = [_with_weekday(text, d, found[i - 1].end if i else 0) for i, d in enumerate(found)]
    return [_with_last_or_next(text, d, doc) for d in found] if doc is not None else found


_LAST_OR_NEXT = re.compile(r"[ \t]+(last|next)(?![\w-])(?![ \t]+(?:week|weeks|month|months|year|years|time|times|night"
                           r"|session|sessions|meeting|meetings|day|days|occasion|one|two|three|four|few|several"
                           r"|summer|winter|spring|autumn|fall|quarter|stage|step|round|phase)\b)")


def _with_last_or_next(text: str, mention: DateMention, doc: _Doc) -> DateMention:
    """"on 13th November last", "in March next": a British way of saying the year before or
    after the document's; the word belongs to the date and sets its year."""
    value = mention.value
    after = _LAST_OR_NEXT.match(text, mention.end)
    if after is None or value.cert != "medium" or not value.when or doc.month is None:
        return mention
    parts = [int(x) for x in value.when[:10].split("-")]
    if len(parts) < 2:
        return mention
    year, month, day = parts[0], parts[1], parts[2] if len(parts) > 2 else None
    written = (month, day or 0)
    now = (doc.month, doc.day or 0)
    year = doc.year - (written >= now) if after[1] == "last" else doc.year + (written <= now)
    when = f"{year:04d}" + value.when[4:]
    if day is not None and _check_day(year, month, day, ""):
        return mention  # "29th February last" in a year without one
    return DateMention(mention.start, after.end(), replace(value, when=when))


_WEEKDAY_BEFORE = re.compile(  # "Monday, 29 October", "Mon Mar 28th"
    rf"(?<![\w-])(?:{_WEEKDAY}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?)(?:,[ \t]*|[ \t]+)(?:the[ \t]+)?$",
    re.IGNORECASE,
)


def _with_weekday(text: str, mention: DateMention, floor: int) -> DateMention:
    """A weekday written before a day is part of the date: "Monday, 29 October"."""
    if not mention.value.when or len(mention.value.when) < 10:
        return mention  # only a day carries a weekday
    weekday = _WEEKDAY_BEFORE.search(text, max(floor, mention.start - 14), mention.start)
    if weekday is None:
        return mention
    return DateMention(weekday.start(), mention.end, mention.value)


def parse_date(text: str, *, document_date: str | None = None) -> DateValue | None:
    """`text` read as ONE date expression, as in a metadata date line; None if it is not one.

    Surrounding brackets and punctuation are allowed ("[1980]", "June 13, 1951."); a lone
    month name is read as that month. Impossible dates come back with ``error`` set.
    """
    if not isinstance(text, str):
        return None
    try:
        mentions = find_dates(text, document_date=document_date)
        if len(mentions) == 1:
            only = mentions[0]
            if _PARSE_LEFTOVER.fullmatch(text[: only.start]) and _PARSE_LEFTOVER.fullmatch(text[only.end:]):
                return only.value
        if not mentions:
            bare = re.fullmatch(rf"[\s\[(]*({_FULL_MONTH})[\s\]).,?]*", text)
            if bare:
                doc = _doc_date(document_date)
                month = _month_number(bare[1])
                if doc is None:
                    return _month_value(None, month, None)
                return _month_value(_nearest_year(month, None, doc), month, "medium")
    except Exception:  # a metadata line must never stop the pipeline
        return None
    return None
