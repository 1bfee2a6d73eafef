"""Editorial square brackets: find them and say what each one is.

Editors and translators use ``[...]`` for many things: an identification (``FILIPPOV
[Stalin]``), an expansion (``MID [Ministry of Foreign Affairs]``), letters supplied inside
a word (``Sadov[in]``), an omission (``[...]``), an uncertain reading (``[October?]``), a
remark (``[Ed. note: ...]``, ``[sic]``), a transliteration of the original wording. Each
becomes one span whose range *includes* the brackets; the TEI writer drops the bracket
characters and `encoder.text` puts them back, so the round trip stays exact.

The classification is a table of rules tried in order (`RULES`); the first that matches
the bracket's content and surroundings wins. An unclosed bracket is left as plain text.
"""

from __future__ import annotations

import re
from typing import Callable, NamedTuple

from .model import Span, span

__all__ = ["find_brackets", "BRACKET_KINDS"]

# Span kinds this module produces; the TEI writer maps each to an element and
# encoder.text restores the brackets around each.
BRACKET_KINDS = ("gap", "supplied", "editorial-note", "sic", "foreign", "footnote-ref")


class Context(NamedTuple):
    inner: str      # the text between the brackets
    before: str     # the character before "[" ("" at the start)
    after: str      # the character after "]" ("" at the end)
    preceding: str  # up to 40 characters before "["


OMISSION = re.compile(r"^\s*(?:\.\s*){2,}\.?\s*$|^\s*…\s*$|^\s*\.?…\.?\s*$")
ILLEGIBLE = re.compile(r"\billegible\b|\bunreadable\b|\bnot legible\b", re.I)
NOTE_PREFIX = re.compile(
    r"^\s*(?:Ed(?:itor)?(?:'s|s)?\.?\s*note|Editor|Note|Translator(?:'s)?\s*note|Trans(?:lator)?\.?\s*note"
    r"|Stamp|Seal|Handwritten|handwritten|Hand-written|Signature|signature|Marginal(?:ia)?|Margin"
    r"|Underlined|Crossed out|Emphasis|emphasis|Typed|Resolution|Illegible|Stamped|Written|Text missing"
    r"|Page|Document|Attachment|Original|Remainder|Rest of|Date|In the original)\b"
)
TRANSLATOR_REMARK = re.compile(r"(?:—|--|-)\s*trans(?:\.|lator|lation)?\.?\s*$|\bmeaning\b|\bliterally\b|\blit\.\s", re.I)
SIC = re.compile(r"^\s*sic\s*!?\s*$", re.I)
FOOTNOTE = re.compile(r"^\s*\d{1,3}\s*$")
UNCERTAIN = re.compile(r"\?\s*$")
# Romanized Russian as translators quote it: lower case, with letter clusters English lacks.
TRANSLITERATION = re.compile(
    r"^[a-z' ]+$"
)
TRANSLIT_MARKS = re.compile(r"(?:iia|iiu|ogo|ykh|iye|nyi|skii|zh|kh|shch|ts[iy]|ii\b|aia\b|oe\b|yi\b|\bk\s|\bv\s|\bi\s|\bo\s)")


def is_word_char(char: str) -> bool:
    return bool(char) and (char.isalnum())


Rule = tuple[str, Callable[[Context], bool], dict]

# (kind, test, attributes) in order; the first that holds wins.
RULES: list[Rule] = [
    ("editorial-note", lambda c: c.inner.startswith("[") and c.inner.endswith("]"), {"type": "editorial"}),
    ("gap", lambda c: bool(OMISSION.match(c.inner)) or c.inner.strip() == "", {"reason": "omitted"}),
    ("sic", lambda c: bool(SIC.match(c.inner)), {}),
    ("footnote-ref", lambda c: bool(FOOTNOTE.match(c.inner)), {}),
    ("gap", lambda c: bool(ILLEGIBLE.search(c.inner)) and len(c.inner) < 60, {"reason": "illegible"}),
    ("editorial-note", lambda c: bool(NOTE_PREFIX.match(c.inner)), {"type": "editorial"}),
    ("editorial-note", lambda c: bool(TRANSLATOR_REMARK.search(c.inner)), {"type": "translator"}),
    ("supplied", lambda c: is_word_char(c.before) or is_word_char(c.after), {"reason": "incomplete"}),
    ("supplied", lambda c: bool(UNCERTAIN.search(c.inner)) and len(c.inner) < 40, {"reason": "uncertain", "cert": "low"}),
    ("foreign", lambda c: bool(TRANSLITERATION.match(c.inner)) and len(c.inner.split()) >= 2 and bool(TRANSLIT_MARKS.search(c.inner)), {"lang": "ru-Latn"}),
    ("supplied", lambda c: len(c.inner.split()) >= 2 and re.search(r"\b[A-Z]{2,6}\s*$", c.preceding) is not None, {"reason": "expansion"}),
    ("supplied", lambda c: c.inner[:1].isupper() and re.search(r"[A-Za-z]{2}\S*\s*$", c.preceding) is not None
        and bool(re.search(r"(?:[A-Z][\w.'-]*|[A-Z]{2,})\s*$", c.preceding)), {"reason": "identification"}),
    ("editorial-note", lambda c: len(c.inner.split()) > 6, {"type": "editorial"}),
    ("supplied", lambda c: True, {"reason": "clarification"}),
]


def classify(context: Context) -> tuple[str, dict]:
    for kind, test, attributes in RULES:
        if test(context):
            return kind, attributes
    return "supplied", {"reason": "clarification"}  # unreachable: the last rule always holds


def find_brackets(text: str) -> list[Span]:
    """Every balanced ``[...]`` in `text`, outermost first when nested (``[[illegible]]``).

    Brackets do not cross paragraph breaks: a ``[`` with no ``]`` before the next blank
    line is left as text, so one unclosed bracket cannot swallow the document.
    """
    spans: list[Span] = []
    stack: list[int] = []
    for index, char in enumerate(text):
        if char == "[":
            stack.append(index)
        elif char == "]" and stack:
            start = stack.pop()
            end = index + 1
            if "\n\n" in text[start:end]:
                stack.clear()
                continue
            context = Context(
                inner=text[start + 1 : index],
                before=text[start - 1] if start else "",
                after=text[end] if end < len(text) else "",
                preceding=text[max(0, start - 40) : start],
            )
            kind, attributes = classify(context)
            spans.append(span(start, end, kind, **attributes))
        elif char == "\n" and stack and text[index - 1 : index] == "\n":
            stack.clear()
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans
