"""Words of a transcription for name matching: lookup keys, tokens, and the gaps between them.

A document is tokenized once (:func:`tokenize`); every later step works on these tokens
and their character offsets, never on a changed copy of the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                          "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "œ": "oe", "Œ": "OE"})
_ENDING = re.compile(r"(?<=[a-z]{3})(?:iy|ii|ij|yy|yi)$")
_VOWEL_YE = re.compile(r"([aeiou])ye")
# Russian names in other transliterations: Andrei = Andrey, Nikolai = Nikolay, Litvinoff = Litvinov
_ENDING_2 = re.compile(r"(?<=[a-z]{3})(?:(?P<ey>ei)|(?P<ay>ai)|(?P<ov>off)|(?P<ev>eff))$")
WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W\d_]+)*")
FOOTNOTE_GLUED = re.compile(r"([^\W\d_]{3,})\d{1,2}")  # "JELEN1": a name and its footnote number
LETTER_SPACED = re.compile(r"(?<![^\W\d_])(?:[^\W\d_a-z] ){3,}[^\W\d_a-z](?![^\W\d_])")
# What every letter-spaced name contains; starting with a space, it is found far faster.
_SPACED_HINT = re.compile(r" [^\W\d_a-z] [^\W\d_a-z] ")


_NORM_CACHE: dict[str, str] = {}


def unaccented(word: str) -> str:
    """The word without accents and other diacritics, its case kept ("Hùng" -> "Hung",
    "Đức" -> "Duc", "Łódź" -> "Lodz")."""
    if word.isascii():
        return word
    s = unicodedata.normalize("NFKD", word.translate(_SPECIAL))
    return "".join(c for c in s if not unicodedata.combining(c))


def norm(token: str) -> str:
    """The lookup key of one word: no accents, no apostrophes, case-folded, with the
    Russian adjectival endings -iy/-ii/-ij/-yy folded to -y (Vyshinskii = Vyshinsky) and other
    spellings of one Russian name made one: -ei/-ey, -ai/-ay, -off/-ov, vowel + ye/e
    (Andrei Andreyevich = Andrey Andreevich, Litvinoff = Litvinov)."""
    key = _NORM_CACHE.get(token)
    if key is not None:
        return key
    if token.isascii():
        s = token.lower().replace("'", "")
    else:
        s = unaccented(token).casefold().replace("'", "").replace("’", "").replace("ʼ", "")
    if len(s) > 4:
        s = s.replace("ou", "u")
        if "ye" in s:
            s = _VOWEL_YE.sub(r"\1e", s)  # Andreyevich = Andreevich, Nikolayev = Nikolaev
        if s[-1] in "iyj":
            s = _ENDING.sub("y", s)
        if s[-1] in "if":
            s = _ENDING_2.sub(lambda m: m.lastgroup, s)
    if len(_NORM_CACHE) > 500_000:
        _NORM_CACHE.clear()
    _NORM_CACHE[token] = s
    return s


@dataclass(slots=True)
class Tok:
    start: int
    end: int  # end of the name part (before a possessive 's)
    raw: str
    key: str
    possessive: bool = False
    spaced: bool = False
    full: str = ""  # key of the whole word when possessive ("People's" inside a name)


def tokenize(text: str) -> list[Tok]:
    spaced = [(m.start(), m.end()) for m in LETTER_SPACED.finditer(text)] if _SPACED_HINT.search(text) else []
    if not spaced:
        toks = []
        append = toks.append
        cache = _NORM_CACHE
        get = cache.get
        for m in WORD.finditer(text):
            raw = m.group()
            last = raw[-1]
            if last in "sS":
                if len(raw) > 3 and raw[-2] in "'’ʼ":
                    append(Tok(m.start(), m.end() - 2, raw[:-2], norm(raw[:-2]), True, False, norm(raw)))
                    continue
            elif last.isdigit():
                glued = FOOTNOTE_GLUED.fullmatch(raw)
                if glued:
                    raw = glued.group(1)
                    append(Tok(m.start(), m.start() + len(raw), raw, norm(raw)))
                    continue
            append(Tok(m.start(), m.end(), raw, get(raw) or norm(raw)))
        return toks
    toks: list[Tok] = []
    si = 0
    for m in WORD.finditer(text):
        s, e = m.start(), m.end()
        while si < len(spaced) and spaced[si][1] <= s:
            si += 1
        if si < len(spaced) and spaced[si][0] <= s < spaced[si][1]:
            a, b = spaced[si]
            if s == a:
                letters = text[a:b].replace(" ", "")
                toks.append(Tok(a, b, letters, norm(letters), spaced=True))
            continue
        raw = m.group()
        glued = FOOTNOTE_GLUED.fullmatch(raw) if raw[-1].isdigit() else None
        if glued:
            raw = glued.group(1)
            e = s + len(raw)
        possessive = False
        full = ""
        if len(raw) > 3 and raw[-2] in "'’ʼ" and raw[-1] in "sS":
            full = norm(raw)
            raw, e, possessive = raw[:-2], e - 2, True
        toks.append(Tok(s, e, raw, norm(raw), possessive, False, full))
    return toks


def gaps(text: str, toks: list[Tok]) -> list[bool]:
    """gap_ok[k]: may a name run from toks[k] on to toks[k+1]?"""
    out = []
    for k in range(len(toks) - 1):
        a, b = toks[k], toks[k + 1]
        g = text[a.end + 2:b.start] if a.possessive else text[a.end:b.start]
        if g in (" ", "-", "\n", "  ", "‐", " \n", "\n "):
            out.append(True)
        elif (len(a.raw) == 1 or a.raw in INITIAL_DIGRAPHS) and g in (".", ". ", ".\n", ".  "):
            out.append(True)  # an initial: N.S. / N. S. / Yu. V.
        elif a.raw.endswith("s") and g in ("' ", "’ "):
            out.append(True)  # a plural possessive inside a name: "Korean Workers' Party"
        elif (g == "] " and text[a.start - 1:a.start] == "[") or (g == " [" and "]" in text[b.end:b.end + 12]):
            out.append(True)  # an editor's part of the name in brackets: "[Liu] Shaoqi", "Kim [Il Sung]"
        else:
            out.append(False)
    return out


def alone_on_line(text: str, start: int, end: int) -> bool:
    """Is the name all there is on its line (a signature, a heading name)?"""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return bool(re.fullmatch(r"[\s\"“(\[]*", text[a:start])) and bool(
        re.fullmatch(r"[\s.,:;\"”’')\]]*", text[end:b]))


# Initials of two letters: Russian Yu. (Yuri), Ya. (Yakov), Zh., Kh., Ts., Ch., Sh.; Romanian Gh.
INITIAL_DIGRAPHS = {"Yu", "Ya", "Ye", "Yo", "Zh", "Kh", "Ts", "Ch", "Sh", "Gh", "Th"}  # Gh. = Gheorghe


def is_initial(t: Tok) -> bool:
    """One capital letter, or a two-letter Russian initial: a given name's initial."""
    return (len(t.raw) == 1 and t.raw.isupper()) or t.raw in INITIAL_DIGRAPHS


def word_list(s: str) -> list[str]:
    return WORD.findall(s)
