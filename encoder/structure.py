"""The body's structure: which lines are heads, datelines, salutes, paragraphs, closers.

A document is read as a sequence of lines. Each message (the document itself, or a
message quoted whole inside it) has a *top zone* of header lines (issuing office,
telegram number, copies, classification, From/Received lines, the address), a *middle*
of paragraphs and lists, and a *bottom zone* read backwards from its end (signature,
closing number and date, closing formulas, copy lists). Footnotes at the very end are
notes after the closer.

Every role is decided by a table of line patterns (`TOP_RULES`, `BOTTOM_RULES`), not by
branches: a new header form is a new row. The output is stand-off spans over the text;
`encoder.tei` nests them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import DateMention, Span, span

__all__ = ["segment", "document_kind", "KIND_KEYWORDS", "Line"]

# Document kinds by keywords in the title or heads; the earliest keyword in the title wins.
KIND_KEYWORDS: list[tuple[str, str]] = [
    (r"ciphered telegram|telegram|telegramme|wire|шифртелеграмма|телеграмма", "telegram"),
    (r"cable|cablegram", "cable"),
    (r"memorandum of (?:a )?conversation|record of (?:a |the )?(?:main content of (?:the )?)?(?:conversations?|talks?|meetings?)|minutes of (?:a |the )?conversation|conversation|запись беседы|беседа", "conversation"),
    (r"minutes|protocol|transcript of (?:the )?meeting|stenographic record|протокол|стенограмма", "minutes"),
    (r"diary|journal of|дневник", "diary"),
    (r"letter|message|note verbale|note from|note to|письмо|послание", "letter"),
    (r"memorandum|memo\b|aide-m[ée]moire|information note", "memorandum"),
    (r"report|information on|information about|assessment|analysis|review of|доклад|справка|информация|отчет|отчёт", "report"),
    (r"resolution|decree|decision|directive|instruction|order\b", "resolution"),
    (r"speech|address|statement|declaration|communiqu[ée]|toast", "speech"),
    (r"draft|treaty|agreement", "agreement"),
]

CLASSIFICATION = re.compile(
    r"""^[(\[]?\s*(?:top\s+secret|strictly\s+secret|secret|confidential|restricted|unclassified|for\s+official\s+use
    |top\s+priority|priority|extremely\s+urgent|very\s+urgent|most\s+urgent|urgent|immediate|flash|niact|operational
    |special(?:\s+(?:file|folder|importance))?|personal|eyes\s+only|limited\s+distribution|not\s+for\s+publication
    |making\s+copies\s+prohibited|copy\s+(?:no\.?\s*)?\d+|level\s*:|classification\s*:|series\s+["“]|indefinite\s+duration
    |official\s+use|declassified|sensitive|exclusive|no\s+distribution|nodis|exdis|limdis|eyes
    |совершенно\s+секретно|секретно|строго\s+секретно|вне\s+очереди|срочно|весьма\s+срочно|особая\s+папка|лично|экз\.)(?:\b|(?<=[:.]))""",
    re.I | re.X,
)
DISTRIBUTION = re.compile(
    r"^(?:written\s*:\s*in\s+\d+\s+copies|(?:made|typed|printed)\s+in\s+\d+\s+copies|копии|рассылка|разослано|copies|distribution(?:\s+list)?|produced\s+in\s+\d+\s+copies|sent\s+to|cc\s*:|copy\s+to|distributed|\d+x\s|typed\s+by|verified\s+by|deciphered\s+by|printed\s+in)\b",
    re.I,
)
DATELINE = re.compile(
    r"^(?:from|received|sent|dispatched|despatched|arrived|processed|deciphered|transmitted|departed|date|destination|time|incoming|outgoing"
    r"|отправлено|получено|передано|расшифровано|из)\b\s*(?:on\b|at\b|:)?",
    re.I,
)
PLACE_DASHES = re.compile(r"^[A-Z][A-Z .'-]{2,40}\s*(?:--|—|–)\s*$")  # BEIJING--
PLACE_DATE = re.compile(r"^\[?[A-Z][\w .'’-]{1,40},\]?\s+\S")  # Washington, May 5, 1955. / [Washington,] June 4
UNDATED = re.compile(r",\s*(?:undated|n\.\s?d\.|no date|date unknown)\W*$", re.I)
MEMO_TO = re.compile(r"^(?:to|to whom|addressee|attention)\s*:", re.I)
MEMO_FROM = re.compile(r"^(?:from|sender|by)\s*:", re.I)
SUBJECT = re.compile(r"^(?:subject|re|concerning|regarding|topic)\s*:?\s*$|^(?:subject|re|concerning|regarding|topic)\s*:\s*\S", re.I)
SALUTE = re.compile(
    r"""^["“«]?\s*(?:(?i:товарищу|тов\.|т\.)\s+[А-ЯЁA-Z]|(?i:to)\s+(?:(?i:the|comrade|comrades|cde\.|comr\.|mr\.|mrs\.|ms\.|dr\.|his|her|general|marshal|ambassador|chairman|premier|president|secretary|minister|prime|foreign|first|deputy)\b|[A-Z][A-Z]+\b)
    |(?i:dear|respected|esteemed|honou?red|my\s+dear|excellency)\b|(?i:comrades?|dear|esteemed|respected)\s+(?:[A-Z][\w.'-]*\s*){1,4}[!,:]\s*["”»]?$|(?i:mr\.)\s+[A-Z][\w-]+\s*[:,]\s*$|(?i:sir|gentlemen)\s*[:,]?$)""",
    re.X,
)
MINOR_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "de", "du", "des", "la", "le", "der", "die", "des", "für"}
ADDRESS_LINE = re.compile(r"^(?:to\s+)?(?:comrades?|cde\.|comr\.|dear|товарищ\w*)\s+[A-ZА-Я].*[:!]$", re.I)
MOTTO = re.compile(r"^[A-ZА-Я][^.!?]{5,80}!$")
CLOSING_NOTE = re.compile(r"^(?:item\s+\d+\b.*\breturn|to be returned|return (?:it )?to\b|subject to return|пункт\s+\d+)", re.I)
SIGNATORY_TITLE = re.compile(r"\b(?:SECRETARY|CHAIRMAN|MINISTER|AMBASSADOR|DIRECTOR|CHIEF|COMMANDER|PRESIDENT|PREMIER|HEAD|CHARGÉ|CONSUL|СЕКРЕТАРЬ|ПРЕДСЕДАТЕЛЬ|МИНИСТР|ПОСОЛ)\b")
DISTRIBUTION_ITEM = re.compile(r"^(?:[-–•]\s+|\d{1,2}\.\s+|\d+x\s+)\S")
PARTICIPANTS = re.compile(r"^(?:participants|present|attendees|in attendance|присутствовали)\s*:?\s*$", re.I)
SOURCE_NOTE = re.compile(r"^from\s+the\s+(?:journal|diary|notes|files|papers|records?|archive)\s+of\b", re.I)
HEAD_ISSUER = re.compile(
    r"\b(?:ADMINISTRATION|MINISTRY|EMBASSY|DEPARTMENT|COMMITTEE|MID|STAFF|OFFICE|GOVERNMENT|CONSULATE|MISSION|AGENCY|BUREAU|COUNCIL|LEGATION|HEADQUARTERS|COMMAND|PARTY|PRESIDIUM|POLITBURO|SECRETARIAT)\b",
    re.I,
)
HEAD_DOCUMENT = re.compile(
    r"\b(?:TELEGRAM|CABLE|MEMORANDUM|RECORD|MINUTES|PROTOCOL|REPORT|LETTER|NOTE|DIARY|RESOLUTION|DECISION|DIRECTIVE|INFORMATION|TRANSCRIPT|CONVERSATION|STATEMENT|INSTRUCTIONS?|DRAFT"
    r"|ШИФРТЕЛЕГРАММА|ТЕЛЕГРАММА|ЗАПИСЬ|ПРОТОКОЛ|ДОКЛАД|ПИСЬМО|СПРАВКА|ДНЕВНИК|ПОСТАНОВЛЕНИЕ|ИНФОРМАЦИЯ)\b",
    re.I,
)
NUMBER_LINE = re.compile(
    r"^(?:(?:special|issuing|outgoing|incoming|registration|reg\.|file|ref\.|our|your)\s+)?(?:no\.|nº|№|#|number)\s*[\w/.–—-]*\d[\w/.()\s–—-]*$|^[\w\s]*(?:incoming|outgoing)\s*\(\d+\)",
    re.I,
)
NUMBER_VALUE = re.compile(r"(?:no\.|nº|№|#|number|telegram)\s*(?P<n>[A-Z]?\d[\w/.-]*\w|\d)", re.I)
CLOSING_FORMULA = re.compile(
    r"^(?:confirm\s+receipt|telegraph\s+(?:the\s+)?(?:fulfillment|execution|receipt)|report\s+(?:on\s+)?(?:fulfillment|execution)|with\s+(?:communist|comradely|fraternal|best|warm)\s+greetings|respectfully|sincerely|yours|faithfully|cordially|with\s+respect|best\s+regards|regards|greetings|by\s+order\s+of|on\s+behalf\s+of|for\s+the\s+(?:minister|ambassador|chief)|signed\s*:?\s*$|\(sd\)|long\s+live)\b",
    re.I,
)
SIGNATURE_MARK = re.compile(r"^(?:signed|sgd|sd|signature|recorded by|compiled by|prepared by|drafted by|translated by|written by|typed by|minutes taken by|taken by|записал|составил)\b|^\[signature\]|^\((?:sd|signed)\)|^/s/", re.I)
NAME_TOKEN = r"(?:[A-ZА-Я][a-zа-яё'’-]+|[A-ZА-Я]{2,}(?:-[A-ZА-Я]+)?|[A-ZА-Я]\.(?:\s?[A-ZА-Я]\.)*|Mc[A-Z][a-z]+|de|van|von|al-)"
SIGNATURE = re.compile(rf"^[(\[]?\s*(?:{NAME_TOKEN}\s*){{1,4}}[)\].,]?\s*[\"”»]?\s*$")
LETTER_SPACED = re.compile(r"^(?:[A-ZА-Я]\s){3,}[A-ZА-Я]\s*[\"”»]?$")
FOOTNOTE_HEADING = re.compile(r"^(?:translator[’']?s\s+notes?|notes?|footnotes?|endnotes?|editor[’']?s\s+notes?)\s*:?\s*$", re.I)
FOOTNOTE_START = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]?\s|x/|\*)\s*\S")
LIST_ITEM = re.compile(r"^(?:[a-zа-я]\)|\([a-zа-я]\)|\(\d{1,2}\)|\d{1,2}\)|[•·▪◦]|[-–]\s)\s*\S")
RULE_LINE = re.compile(r"^[\s_=*~-]{3,}$")


@dataclass(frozen=True)
class Line:
    """One non-blank line: its range in the text and its stripped content."""

    start: int
    end: int
    content: str


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Non-blank lines of text[start:end] with their offsets (trailing spaces excluded)."""
    end = len(text) if end is None else end
    lines = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline < 0 else newline
        raw = text[position:stop]
        stripped = raw.strip()
        if stripped:
            left = position + (len(raw) - len(raw.lstrip()))
            right = left + len(stripped)
            lines.append(Line(left, right, stripped))
        position = stop + 1
    return lines


def join_wrapped_dates(text: str, lines: list[Line], dates: list[DateMention]) -> list[Line]:
    """Two lines that one date runs across are one line: a page wrapped the dateline
    ("Moscow, February" / "1, 1947—10 a. m."). The content keeps its length, the line break
    read as a space."""
    wrapped = [d for d in dates if "\n" in text[d.start:d.end]]
    if not wrapped:
        return lines
    out: list[Line] = []
    for line in lines:
        if out and any(out[-1].start <= d.start < out[-1].end and line.start < d.end <= line.end for d in wrapped) \
                and text[out[-1].end:line.start].count("\n") == 1:
            first = out.pop()
            line = Line(first.start, line.end, text[first.start:line.end].replace("\n", " "))
        out.append(line)
    return out


def document_kind(title: str | None, heads: list[str]) -> str:
    """The kind of document (telegram, letter, ...) from its title, else from its heads."""
    for source in [title or ""] + heads:
        best: tuple[int, str] | None = None
        for pattern, kind in KIND_KEYWORDS:
            match = re.search(rf"\b(?:{pattern})", source, re.I)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), kind)
        if best:
            return best[1]
    return "document"


def is_date_line(line: Line, dates: list[DateMention]) -> bool:
    """A line that is (almost) only a date, e.g. ``13.6.51`` or ``June 3, 1951—4 p.m.``."""
    covered = sum(
        min(d.end, line.end) - max(d.start, line.start)
        for d in dates
        if d.start < line.end and d.end > line.start
    )
    letters = sum(ch.isalnum() for ch in line.content)
    return covered > 0 and covered >= 0.6 * len(line.content) and letters > 0


def top_role(line: Line, dates: list[DateMention], first: bool, previous: tuple | None = None) -> tuple[str, dict] | None:
    """The role of a line at the top of a message, or None if it is body text."""
    content = line.content.lstrip("\"“«")
    if first and len(content) < 400:
        return "head", {}  # a bare transcription's first line is its title
    if len(content) > 160:
        return None
    if content.startswith("[") and content.rstrip(".").endswith("]"):
        return "text", {}  # a whole-line editorial remark ([Stamp: ...]) among header lines
    if MEMO_TO.match(content):
        return "salute", {}
    if MEMO_FROM.match(content):
        return "byline", {}
    if SOURCE_NOTE.match(content):
        return "note", {"type": "source"}
    if SUBJECT.match(content):
        return "head", {"type": "subject"}
    if DISTRIBUTION.match(content):
        return "note", {"type": "distribution"}
    if NUMBER_LINE.match(content):
        return "note", {"type": "number"}
    if CLASSIFICATION.match(content):
        return "note", {"type": "classification"}
    if DATELINE.match(content) and not re.match(r"^(?i:from|time)\s+[a-z]", content):
        return "dateline", {}
    if PLACE_DASHES.match(content) or is_date_line(line, dates):
        return "dateline", {}
    if PLACE_DATE.match(content) and len(content) < 80 and (
        any(d.start >= line.start and d.end <= line.end for d in dates) or UNDATED.search(content)
    ):
        return "dateline", {}
    if SALUTE.match(line.content) and len(content) < 120:
        return "salute", {}
    if ADDRESS_LINE.match(content) and len(content) < 160:
        return "salute", {}  # "Comrade Peng Dehuai, and to be forwarded to Comrade Kim Il Sung:"
    if MOTTO.match(content):
        return "note", {"type": "motto"}  # "Proletarians of all countries, unite!"
    letters = [c for c in content if c.isalpha()]
    upper = letters and sum(c.isupper() for c in letters) / len(letters) > 0.8
    if upper and len(content.split()) <= 16 and not content.endswith((".", ",")):
        if HEAD_ISSUER.search(content) and not HEAD_DOCUMENT.search(content):
            return "head", {"type": "issuer"}
        return "head", {}
    short = len(content.split()) <= 8 and not content.endswith((".", ",", ";"))
    if short and HEAD_DOCUMENT.search(content) and not SUBJECT.match(content):
        return "head", {}
    if short and re.search(r"\b(?:No\.|Nº|№)\s*\S*\d", content):
        return "note", {"type": "number"}
    words = content.split()
    title_case = short and all(w[:1].isupper() or w.lower() in MINOR_WORDS for w in words) and not content.endswith((":", "!", "?"))
    if title_case and HEAD_ISSUER.search(content):
        return "head", {"type": "issuer"}  # "Embassy of the Hungarian People's Republic"
    if title_case and len(words) <= 3 and not any(ch.isdigit() for ch in content) and previous \
            and previous[1:] == ("head", {"type": "issuer"}) and not NOT_A_PLACE.match(content):
        return "dateline", {}  # a place alone under a letterhead: "Pyongyang"
    if title_case:
        return "head", {}  # "Director of Intelligence and Research"
    return None


def bottom_role(line: Line, dates: list[DateMention]) -> tuple[str, dict] | None:
    """The role of a line at the end of a message (read backwards), or None for body text."""
    content = line.content.rstrip("\"”»").strip()
    if DISTRIBUTION.match(content) and len(content) < 600:
        return "note", {"type": "distribution"}
    if not content or len(content) > 120:
        return None
    if CLOSING_FORMULA.match(content):
        return "salute", {}
    if SIGNATURE_MARK.match(content) or LETTER_SPACED.match(content):
        return "signed", {}
    if CLOSING_NOTE.match(content):
        return "note", {"type": "instruction"}
    if DISTRIBUTION_ITEM.match(content) and len(content) < 80:
        return "note", {"type": "distribution", "_item": "1"}  # kept only under a distribution line
    if content.isupper() and SIGNATORY_TITLE.search(content) and len(content.split()) <= 8:
        return "signed", {}  # "SECRETARY OF THE CC" above the name
    if content.startswith("[") and content.rstrip(".").endswith("]"):
        return "text", {}  # "[[illegible signature]]", "[Stamp: ...]" among the closing lines
    if HEAD_ISSUER.search(content) and len(content.split()) <= 8 and not content.endswith((".", ":", ";")) and content[:1].isupper():
        return "signed", {}  # an office signs: "Chinese Embassy in Vietnam"
    if NUMBER_LINE.match(content):
        return "idno", {"type": "outgoing"}
    if is_date_line(line, dates):
        return "dateline", {}
    if PLACE_DATE.match(content) and any(d.start >= line.start and d.end <= line.end for d in dates) and len(content) < 80:
        return "dateline", {}
    stripped_dates = content
    for d in dates:
        if d.start >= line.start and d.end <= line.end:
            stripped_dates = stripped_dates.replace(line.content[d.start - line.start : d.end - line.start], " ")
    stripped_dates = re.sub(r"[\[\]]", "", stripped_dates).strip()
    if stripped_dates and SIGNATURE.match(stripped_dates) and not re.search(r"\b(?:the|of|and|to|in|is|was)\b", stripped_dates):
        return "signed", {}
    if CLASSIFICATION.match(content):
        return "note", {"type": "classification"}
    return None


@dataclass
class Message:
    """A message's line range while segmenting: [first, last] indexes into the line list."""

    first: int
    last: int


def find_quoted_messages(lines: list[Line], first: int, last: int) -> list[Message]:
    """Messages quoted whole: from a line opening a quote to the line that closes it.

    A quotation counts as a message when it spans at least three lines; a quoted
    paragraph or two inside a report stays a paragraph.
    """
    found: list[Message] = []
    index = first
    while index <= last:
        if lines[index].content[:1] in "\"“«" and quote_balance(lines[index].content) > 0:
            for end in range(index + 1, last + 1):
                if quote_balance(lines[end].content) < 0:
                    if end - index >= 2:
                        found.append(Message(index, end))
                        index = end
                    break
        index += 1
    return found


def quote_balance(content: str) -> int:
    """+1 if a line opens a quotation it does not close, -1 if it closes one it did not open."""
    opens = content.count("“") + content.count("«")
    closes = content.count("”") + content.count("»")
    straight = content.count('"')
    if opens or closes:
        return (opens > closes) - (closes > opens)
    if straight % 2 == 1:
        stripped = content.strip()
        return 1 if stripped.startswith('"') else -1
    return 0


def segment(
    text: str,
    dates: list[DateMention],
    *,
    title: str | None = None,
    bare: bool = False,
    original_lang: str | None = None,
    text_lang: str = "en",
) -> list[Span]:
    """Structural spans of a whole transcription, and everything inside them.

    One ``div`` for the document; when the original-language text and its translation
    are both given (in different scripts), one ``div`` for each, with ``@xml:lang``; and
    one ``div`` for each attachment (enclosure) that follows a text.
    """
    lines = join_wrapped_dates(text, split_lines(text), dates)
    if not lines:
        return []
    spans: list[Span] = []
    notes_from = footnote_section(text, lines)
    parts = script_parts(lines, notes_from)
    divisions: list[tuple[int, int, dict]] = []
    for part_first, part_last, script in parts:
        language: dict = {}
        if len(parts) > 1:
            if script == "Latn":
                language = {"subtype": "translation", "lang": text_lang}
            else:
                language = {"subtype": "original", "lang": original_lang or f"und-{script}"}
        starts = [part_first] + attachment_starts(lines, part_first + 2, part_last + 1, dates)
        for number, first in enumerate(starts):
            last = (starts[number + 1] if number + 1 < len(starts) else part_last + 1) - 1
            divisions.append((first, last, {**language, "attachment": number > 0}))
    for number, (first, last, attributes) in enumerate(divisions):
        heads_seen: list[str] = []
        attachment = attributes.pop("attachment")
        segment_message(text, lines, first, last, dates, spans, heads_seen, top_level=True, bare=bare or attachment)
        if number + 1 == len(divisions) and notes_from < len(lines):
            segment_notes(text, lines, notes_from, dates, spans, heads_seen)
            last = len(lines) - 1
        if attachment:
            kind = "attachment"
        else:
            kind = document_kind(title, [])
            if kind == "document":
                kind = document_kind(None, heads_seen)
        spans.append(span(lines[first].start, lines[last].end, "div", type=kind, **attributes))
    spans.extend(dateline_places(text, spans))
    return spans


SCRIPTS = (("Cyrl", re.compile(r"[\u0400-\u04ff]")), ("Hani", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
           ("Kore", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")), ("Jpan", re.compile(r"[\u3040-\u30ff]")),
           ("Latn", re.compile(r"[A-Za-z\u00c0-\u024f]")))
MIN_PART_LINES = 3
NON_LATIN = re.compile(r"[\u0400-\u04ff\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def line_script(content: str) -> str | None:
    counts = {name: len(pattern.findall(content)) for name, pattern in SCRIPTS}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def script_parts(lines: list[Line], end: int) -> list[tuple[int, int, str]]:
    """Runs of lines in one script: an original (Cyrillic, Chinese...) and its translation.

    Lines without letters join the run before them; runs shorter than three lines are
    absorbed by their neighbours, so a Cyrillic word in an English text splits nothing.
    """
    if not lines or not NON_LATIN.search(lines[0].content[:0] + "".join(line.content for line in lines[:end])):
        return [(0, end - 1, "Latn")] if end > 0 else [(0, 0, "Latn")]
    runs: list[list] = []
    for index in range(end):
        script = line_script(lines[index].content)
        if runs and (script is None or script == runs[-1][2]):
            runs[-1][1] = index
        else:
            runs.append([index, index, script or "Latn"])
    merged: list[list] = []
    for run in runs:
        if merged and (run[1] - run[0] + 1 < MIN_PART_LINES or run[2] == merged[-1][2]):
            merged[-1][1] = run[1]
        else:
            merged.append(run)
    if len(merged) > 1 and merged[0][1] - merged[0][0] + 1 < MIN_PART_LINES:
        merged[1][0] = merged[0][0]
        merged.pop(0)
    if not merged:
        return [(0, end - 1, "Latn")]
    return [tuple(run) for run in merged]


ATTACHMENT_MARK = re.compile(
    r"^\[?\s*(?:enclosure|attachment|annex|appendix|annexe|tab\s+[A-Z]|inclosure)(?:\s+(?:\d+|[A-Z]|No\.\s*\d+))?\s*\]?[.:]?$",
    re.I,
)
HEADING_LIKE = re.compile(r"^[A-Z].*\b(?:to|from|by|between)\b.*[^.:;,]$")


def attachment_starts(lines: list[Line], start: int, end: int, dates: list[DateMention]) -> list[int]:
    """Lines in [start, end) where an attachment begins: an "[Enclosure]" mark, or a
    heading ("The Secretary of Commerce (Sawyer) to ...") followed by a "Place, date" line."""
    starts = []
    index = start
    while index < end:
        line = lines[index]
        if ATTACHMENT_MARK.match(line.content):
            starts.append(index)
            index += 2
            continue
        if (
            index + 1 < end
            and len(line.content) < 300
            and HEADING_LIKE.match(line.content)
            and top_role(lines[index + 1], dates, False) == ("dateline", {})
            and PLACE_DATE.match(lines[index + 1].content.lstrip("\"“«"))
        ):
            if not starts or starts[-1] != index - 1:  # an "[Enclosure]" mark right above starts it
                starts.append(index)
            index += 2
            continue
        index += 1
    return sorted(set(starts))


# The place a dateline names: "From BEIJING", "BEIJING--", "Moscow, June 13, 1951",
# "[Washington,] June 4, 1951", "Dispatched: Moscow, 16 October 1956".
PLACE_WORD = r"[A-ZА-Я][\w'’.-]*"
DATELINE_PLACE = re.compile(
    rf"\W*(?:(?i:from|to|destination|dispatched|despatched|sent|received|arrived)\s*:?\s+(?:(?i:on|at|in)\s+)?)?\[?"
    rf"(?P<place>{PLACE_WORD}(?:[ -]{PLACE_WORD}){{0,3}})\]?\s*(?:,|--|—|–|$)"
)
NOT_A_PLACE = re.compile(
    r"^(?:No|Nº|Date|Time|Comrade|Comrades|Cde|Mr|Mrs|Dr|Sir|The|Copy|Special|Series|To|From|Top|Secret|Ambassador|Minister"
    r"|Plenipotentiary|Envoy|Chargé|Consul|Secretary|General|Marshal|Chairman|Premier|President|Deputy|Vice|Foreign|Prime"
    # words of a telegram's header: "TELEGRAM / RECEIVED / 12.880"
    r"|Received|Sent|Telegram|Cable|Incoming|Outgoing|Urgent|Immediate|Priority|Confidential|Restricted"
    r"|Ciphered|Deciphered|Decoded|Dispatched|Translation|Original"
    r"|By|Per|Via|On|In|At|Signed|Approved|Drafted|Declassified"  # "By SMF, NARA, Date 10/13/98": a declassification stamp
    # a month or weekday heading its date: "August, 1945", "Monday, 29 October"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.I,
)


def dateline_places(text: str, spans: list[Span]) -> list[Span]:
    """A placeName for the place each dateline names; the name tagger may add a @ref."""
    found = []
    for block in spans:
        if block.kind != "dateline":
            continue
        match = DATELINE_PLACE.match(text, block.start, block.end)
        if not match or NOT_A_PLACE.match(match["place"]) or any(ch.isdigit() for ch in match["place"]):
            continue
        found.append(span(match.start("place"), match.end("place"), "placeName", _source="dateline"))
    return found


def footnote_section(text: str, lines: list[Line]) -> int:
    """Index of the first line of the footnotes at the end (len(lines) if none).

    Either a heading ("Translator's Notes", "Notes") in the last part of the text, or a
    line opening with a footnote mark ("[1] ...") whose anchor appears earlier.
    """
    floor = len(lines) // 3
    for index in range(len(lines) - 1, floor, -1):
        if (FOOTNOTE_HEADING.match(lines[index].content) or RULE_LINE.match(lines[index].content)) and index + 1 < len(lines):
            return index
    for index in range(floor + 1, len(lines)):
        match = re.match(r"^\[(\d{1,3})\]\s+\S", lines[index].content)
        if match and f"[{match[1]}]" in text[: lines[index].start]:
            return index
    return len(lines)


def segment_notes(text: str, lines: list[Line], first: int, dates, spans: list[Span], heads_seen) -> None:
    """Each footnote (from one mark to the next) is a note; its lines keep their structure."""
    index = first
    if FOOTNOTE_HEADING.match(lines[index].content):
        spans.append(span(lines[index].start, lines[index].end, "note", type="footnotes"))
        index += 1
    elif RULE_LINE.match(lines[index].content):
        spans.append(span(lines[index].start, lines[index].end, "note", type="separator"))
        index += 1
    starts = [i for i in range(index, len(lines)) if FOOTNOTE_START.match(lines[i].content)] or [index]
    if starts[0] != index:
        starts.insert(0, index)
    for number, start in enumerate(starts):
        end = (starts[number + 1] if number + 1 < len(starts) else len(lines)) - 1
        spans.append(span(lines[start].start, lines[end].end, "note", type="footnote"))
        quoted = find_quoted_messages(lines, start, end)
        emit_middle(text, lines, start, end, quoted, dates, spans, heads_seen, lists=False)


def segment_message(
    text: str,
    lines: list[Line],
    first: int,
    last: int,
    dates: list[DateMention],
    spans: list[Span],
    heads_seen: list[str],
    *,
    top_level: bool,
    bare: bool = False,
) -> None:
    """Assign roles to lines[first..last] (one message), appending spans."""
    if first > last:
        return
    # A quoted message's own opening and closing lines are not a quotation inside it.
    quoted = find_quoted_messages(lines, first if top_level else first + 1, last if top_level else last - 1)
    quoted_lines = {i for m in quoted for i in range(m.first, m.last + 1)}

    # Top zone. In a bare text the first line is the title, after an "[Enclosure]" mark if any.
    top: list[tuple[int, str, dict]] = []
    index = first
    title_line = first + 1 if ATTACHMENT_MARK.match(lines[first].content) and first < last else first
    while index <= last and index not in quoted_lines:
        role = top_role(lines[index], dates, first=(top_level and bare and index == title_line), previous=top[-1] if top else None)
        if role is None:
            break
        if role[0] == "head" and PARTICIPANTS.match(lines[index].content):
            # "PARTICIPANTS" / "Present:" and the names below it, up to the next blank line
            through = index
            while through + 1 <= last and adjacent(text, lines[through], lines[through + 1]):
                through += 1
            top.append((index, "head", {"type": "participants"}))
            if through > index:
                top.append((index + 1, "note", {"type": "participants", "through": str(through)}))
            index = through + 1
            continue
        if role[0] == "head" and role[1].get("type") == "subject" and re.match(r"^\W*\w+\s*:?\s*$", lines[index].content) and index + 1 <= last:
            top.append((index, "head", {"type": "subject", "through": str(index + 1)}))
            index += 2
            continue
        if top and top[-1][1] == "salute" and role[0] in ("head", "text"):
            break  # after the address only sender and date lines still belong to the header
        top.append((index, *role))
        index += 1
    middle_first = index

    # Bottom zone, read backwards; never into the top zone or a quoted message.
    bottom: list[tuple[int, str, dict]] = []
    index = last
    while index >= middle_first and index not in quoted_lines:
        role = bottom_role(lines[index], dates)
        if role is None:
            break
        bottom.append((index, *role))
        index -= 1
    bottom.reverse()
    # Items of a copy list ("- Comrade A. Rapacki") belong to the closer only under a
    # distribution line; an item with none above it is the body's own list, and the
    # closer starts after it.
    cut, seen = -1, False
    for position, (_, role, attributes) in enumerate(bottom):
        if attributes.get("_item"):
            if not seen:
                cut = position
        elif role == "note" and attributes.get("type") == "distribution":
            seen = True
    if cut >= 0:
        bottom = bottom[cut + 1 :]
        index = bottom[0][0] - 1 if bottom else last
    # A lone "dateline" or "salute" at the very end with no signature is still a closer;
    # but a closer must not swallow the only paragraph of a message.
    middle_last = index
    if middle_last < middle_first and bottom and not quoted:
        keep = bottom[0]
        bottom = bottom[1:]
        middle_last = keep[0]

    emit_top(text, lines, top, spans, heads_seen)
    emit_middle(text, lines, middle_first, middle_last, quoted, dates, spans, heads_seen)
    if bottom:
        closer_start = lines[bottom[0][0]].start
        closer_end = lines[bottom[-1][0]].end
        spans.append(span(closer_start, closer_end, "closer"))
        for line_index, role, attributes in bottom:
            if role == "text":
                continue
            line = lines[line_index]
            dated = [d for d in dates if line.start <= d.start and d.end <= line.end]
            if role == "idno" and dated:
                # "Nº 395 - 9 August 1960": the number is the idno, the date its dateline
                # (an idno holds no elements)
                end = dated[0].start
                while end > line.start and not text[end - 1].isalnum():
                    end -= 1
                if end > line.start:
                    spans.append(span(line.start, end, role, **attributes))
                spans.append(span(dated[0].start, line.end, "dateline"))
                continue
            spans.append(span(line.start, line.end, role, **attributes))


def emit_top(text: str, lines: list[Line], top: list[tuple[int, str, dict]], spans: list[Span], heads_seen: list[str]) -> None:
    """Heads stand alone; the other header lines between them are grouped in an opener."""
    group: list[tuple[int, str, dict]] = []

    def flush() -> None:
        if group:
            final = group[-1]
            spans.append(span(lines[group[0][0]].start, lines[int(final[2].get("through", final[0]))].end, "opener"))
            for line_index, role, attributes in group:
                line = lines[line_index]
                if role == "text":
                    continue
                through = int(attributes.pop("through", line_index))
                spans.append(span(line.start, lines[through].end, role, **attributes))
                add_number(text, line, role, attributes, spans)
            group.clear()

    for line_index, role, attributes in top:
        if role == "text" and not group:
            group.append((line_index, role, attributes))
        elif role == "head":
            flush()
            through = int(attributes.pop("through", line_index))
            line = lines[line_index]
            spans.append(span(line.start, lines[through].end, "head", **attributes))
            heads_seen.append(line.content)
            add_number(text, line, role, attributes, spans)
        else:
            group.append((line_index, role, attributes))
    flush()


def add_number(text: str, line: Line, role: str, attributes: dict, spans: list[Span]) -> None:
    """Telegram and registry numbers in header lines become typed ``idno`` spans."""
    if role not in ("head", "note") or attributes.get("type") not in (None, "number"):
        return
    match = NUMBER_VALUE.search(line.content)
    if not match:
        return
    if role == "head" and not re.search(r"telegram|cable|no\.|nº|№", line.content, re.I):
        return
    start = line.start + match.start("n")
    if role == "head":
        number_type = "telegram" if re.search(r"telegram|cable", line.content, re.I) else "document"
    else:
        number_type = "registry"
    spans.append(span(start, start + len(match["n"]), "idno", type=number_type))


def emit_middle(
    text: str,
    lines: list[Line],
    first: int,
    last: int,
    quoted: list,
    dates: list[DateMention],
    spans: list[Span],
    heads_seen: list[str],
    *,
    lists: bool = True,
) -> None:
    """Paragraphs (runs of adjacent lines), lists, and quoted messages as floatingText."""
    quoted_at = {m.first: m for m in quoted}
    index = first
    pending_list: list[tuple[int, int]] = []

    def flush_list() -> None:
        if pending_list:
            spans.append(span(pending_list[0][0], pending_list[-1][1], "list"))
            for start, end in pending_list:
                spans.append(span(start, end, "item"))
            pending_list.clear()

    while index <= last:
        if index in quoted_at:
            flush_list()
            message = quoted_at[index]
            spans.append(span(lines[message.first].start, lines[message.last].end, "floatingText"))
            segment_message(text, lines, message.first, message.last, dates, spans, heads_seen, top_level=False)
            index = message.last + 1
            continue
        # a paragraph: this line and the lines directly below it (no blank line between)
        end_index = index
        while end_index + 1 <= last and end_index + 1 not in quoted_at and adjacent(text, lines[end_index], lines[end_index + 1]) and not LIST_ITEM.match(lines[end_index + 1].content):
            end_index += 1
        start, end = lines[index].start, lines[end_index].end
        if RULE_LINE.match(lines[index].content) and end_index == index:
            flush_list()
            spans.append(span(start, end, "ab", type="rule"))
        elif lists and LIST_ITEM.match(lines[index].content):
            pending_list.append((start, end))
        else:
            flush_list()
            spans.append(span(start, end, "p"))
        index = end_index + 1
    flush_list()


def adjacent(text: str, upper: Line, lower: Line) -> bool:
    """Two lines with no blank line between them belong to one paragraph."""
    return "\n" not in text[upper.end : lower.start].replace("\n", "", 1)
