"""Formats in: bytes on disk to a `Source` (the transcription plus its metadata).

Two formats are read:

* the Wilson Center Digital Archive export: a bold date line, a bold title (which may
  run over several lines with Markdown hard breaks), ``**Field:**`` blocks (Citation,
  Summary, Original Language, Contents and others), then the transcription, to the end or
  to a ``###`` line;
* a bare transcription: the whole file is the text; metadata comes from a sidecar
  ``NAME.meta.json`` beside it, if there is one.

Everything that can go wrong with a file an editor hands us (wrong encoding, empty or
binary file, unclosed metadata, characters XML cannot carry) becomes a `SourceError`
naming the file, line and column. Nothing here interprets values (dates, citations):
later stages do, so that this module stays about reading.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .model import Metadata, Problem, Source

__all__ = ["SourceError", "read_source", "decode", "SIDECAR_SUFFIX"]

SIDECAR_SUFFIX = ".meta.json"


class SourceError(ValueError):
    """A transcription that cannot be read; carries the place for the message."""

    def __init__(self, path: str, line: int, column: int, message: str):
        super().__init__(f"{path}:{line}:{column}: {message}")
        self.problem = Problem(str(path), line, column, message, "error", "input")


# Field names of the Wilson Center export, lower-cased, mapped to Metadata attributes.
# Fields not listed here are kept in Metadata.extra under the name the export gives.
FIELD_ATTRIBUTES = {
    "citation": "citation",
    "summary": "summary",
    "original language": "original_language",
    "original languages": "original_language",
    "contents": "contents",
}

# Sidecar keys (JSON) mapped to Metadata attributes; others go to Metadata.extra.
SIDECAR_KEYS = ("title", "date", "citation", "url", "summary", "original_language", "contents")

FIELD_LINE = re.compile(r"^\*\*(?P<name>[^*\n]{1,60}?):\*\*[ \t]*(?P<rest>.*)$")
URL_LINE = re.compile(r"^<(?P<url>https?://[^>\s]+)>$|^(?P<bare>https?://\S+)$")
# An item of the Contents field: "Translation - English", "Original Scan", "Transcript - Russian",
# "Translation (English)". Not a transcription's first line ("TRANSLATION OF CODED TELEGRAM").
CONTENTS_ITEM = re.compile(
    r"^(?:Translation|Transcript(?:ion)?|Original(?: Scan)?|Scan|Facsimile)"
    r"(?:[ \t]*[-–—:][ \t]*[A-Z][\w ,/()-]{0,50}|[ \t]*\([^)\n]{1,40}\))?[ \t]*$"
)
END_MARKER = re.compile(r"^#{3,}[ \t]*$", re.M)  # "###": the end of the transcription

# Characters XML 1.0 cannot carry (besides tab, newline, carriage return).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# A file is binary, not a transcription, when it holds NUL bytes or mostly control bytes.
BINARY_SAMPLE = 4096


def read_source(path: str | Path, *, encoding: str | None = None) -> tuple[Source, list[Problem]]:
    """Read one transcription file; return it with warnings (e.g. a guessed encoding)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SourceError(str(path), 0, 0, f"cannot read file: {error.strerror or error}") from None
    text, warnings = decode(data, str(path), encoding=encoding)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_characters(text, str(path))
    if not text.strip():
        raise SourceError(str(path), 1, 1, "empty file: there is no transcription to encode")
    if looks_like_wcda(text):
        source = read_wcda(text, str(path))
    else:
        source = read_bare(text, str(path), sidecar_metadata(path))
    return source, warnings


def decode(data: bytes, path: str, *, encoding: str | None = None) -> tuple[str, list[Problem]]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else a clear guess or error.

    Windows-1251 and Latin-1 are the two legacy encodings transcriptions of this kind
    arrive in; each is accepted only when the bytes read as that language's letters, and
    a warning says which was assumed. Anything else is refused rather than garbled.
    """
    if encoding:
        try:
            return data.decode(encoding), []
        except (UnicodeDecodeError, LookupError) as error:
            raise SourceError(path, 1, 1, f"cannot decode as {encoding}: {error}") from None
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as error:
            raise SourceError(path, 1, 1, f"broken UTF-16: {error.reason}") from None
    if b"\x00" in data[:BINARY_SAMPLE] or b"\x00" in data:
        offset = data.index(b"\x00")
        line = data.count(b"\n", 0, offset) + 1
        raise SourceError(path, line, 1, f"binary file (NUL byte at byte {offset}): not a plain-text transcription")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        bad = error.start
    line = data.count(b"\n", 0, bad) + 1
    column = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
    for legacy, letters in (("cp1251", is_cyrillic), ("latin-1", is_latin_letter)):
        try:
            text = data.decode(legacy)
        except UnicodeDecodeError:
            continue
        high = [c for c in text if ord(c) > 127]
        if high and sum(map(letters, high)) / len(high) >= 0.9 and not mixed_script_words(text):
            message = f"not UTF-8 (first bad byte at line {line}, column {column}); read as {legacy.upper()}"
            return text, [Problem(path, line, column, message, "warning", "input")]
    raise SourceError(
        path, line, column,
        "not UTF-8 and not recognizably Windows-1251 or Latin-1; save the file as UTF-8 "
        "or name its encoding with --encoding",
    )


def mixed_script_words(text: str) -> bool:
    """True when many words mix Latin and Cyrillic letters ("Cafй"): a wrong legacy guess.

    Real Russian text has Cyrillic words; Latin-1 bytes read as Windows-1251 turn into
    single Cyrillic letters inside Latin words.
    """
    words = [w for w in re.findall(r"\w+", text) if any("\u0400" <= c <= "\u04ff" for c in w)]
    if not words:
        return False
    mixed = sum(1 for w in words if re.search(r"[A-Za-z]", w))
    return mixed / len(words) > 0.3


def is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" or char in "«»–—№"


def is_latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN") or char in "«»°§·"


def check_characters(text: str, path: str) -> None:
    """Refuse characters XML 1.0 cannot carry: they could not be encoded without loss."""
    match = NOT_XML.search(text)
    if match:
        offset = match.start()
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise SourceError(
            path, line, column,
            f"character U+{ord(match.group()):04X} is not allowed in XML; remove or replace it",
        )


def looks_like_wcda(text: str) -> bool:
    """A Wilson Center export starts with a bold line and has ``**Field:**`` markers near the top."""
    head = text.lstrip("\ufeff \t\n")
    if not head.startswith("**"):
        return False
    return any(FIELD_LINE.match(line) for line in head.split("\n")[:80])


@dataclass
class _Field:
    name: str
    line: int  # 1-based line of the marker
    lines: list[tuple[int, str]]  # (1-based line, text) of the value, blank lines included


def read_wcda(text: str, path: str) -> Source:
    """Parse the Wilson Center export: bold blocks, fields, then the transcription."""
    lines = text.split("\n")
    index = 0
    bold_blocks: list[tuple[int, str]] = []  # (first line, joined text)

    def skip_blank(i: int) -> int:
        while i < len(lines) and not lines[i].strip():
            i += 1
        return i

    index = skip_blank(index)
    while index < len(lines) and lines[index].lstrip().startswith("**") and not FIELD_LINE.match(lines[index].strip()):
        start = index
        parts = []
        while True:
            if index >= len(lines) or (index > start and not lines[index].strip()):
                raise SourceError(path, start + 1, 1, "bold line is not closed with '**' (a broken date or title line)")
            parts.append(lines[index])
            if lines[index].rstrip().endswith("**") and (index > start or len(lines[index].strip()) > 3):
                break
            index += 1
        joined = " ".join(part.strip() for part in parts)
        bold_blocks.append((start + 1, re.sub(r"\s+", " ", joined.strip()[2:-2]).strip()))
        index = skip_blank(index + 1)

    date = title = None
    field_lines: list[tuple[str, int]] = []
    for line_number, block in bold_blocks:
        if date is None and looks_like_date_line(block):
            date = block
            field_lines.append(("date", line_number))
        elif title is None:
            title = block
            field_lines.append(("title", line_number))
        else:
            title = f"{title} {block}"

    fields: list[_Field] = []
    while index < len(lines):
        match = FIELD_LINE.match(lines[index].strip())
        if not match:
            break
        field = _Field(match["name"].strip(), index + 1, [])
        if match["rest"].strip():
            field.lines.append((index + 1, match["rest"].strip()))
        index += 1
        while index < len(lines) and not FIELD_LINE.match(lines[index].strip()):
            field.lines.append((index + 1, lines[index]))
            index += 1
        fields.append(field)

    text_start_line = None
    if fields:
        # The last field's value is its first paragraph (or, for Contents, its list of
        # items); what follows it is the transcription.
        last = fields[-1]
        value_lines, rest = split_last_field(last)
        last.lines = value_lines
        if rest:
            text_start_line = rest[0][0]
    elif bold_blocks:
        text_start_line = index + 1 if index < len(lines) else None
    field_lines += [(FIELD_ATTRIBUTES.get(f.name.lower(), f.name), f.line) for f in fields]
    metadata, problems = fields_to_metadata(fields, title, date, path, tuple(field_lines))
    if problems:
        raise SourceError(path, problems[0][0], 1, problems[0][1])

    body, trailer = "", ""
    if text_start_line is not None:
        offset = sum(len(line) + 1 for line in lines[: text_start_line - 1])
        body = text[offset:]
        match = END_MARKER.search(body)
        if match:
            trailer = body[match.start():]
            body = body[: match.start()]
    if not body.strip():
        raise SourceError(path, len(lines), 1, "the metadata block is not followed by a transcription")
    return Source(path, body, metadata, "wcda", text_start_line or 1, trailer)


def looks_like_date_line(value: str) -> bool:
    """The bold date line: short and holding a year ("June 13, 1951", "November 1967", "[1980]")."""
    return len(value) <= 40 and bool(re.search(r"\b1[5-9]\d\d\b|\b20\d\d\b", value))


def split_last_field(field: _Field) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Split the final field's lines into its value and the transcription that follows."""
    lines = field.lines
    i = 0
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    value: list[tuple[int, str]] = []
    if field.name.lower() == "contents":
        while i < len(lines):
            stripped = lines[i][1].strip()
            if not stripped:
                i += 1
                continue
            if CONTENTS_ITEM.match(stripped):
                value.append(lines[i])
                i += 1
                continue
            break
    else:
        while i < len(lines) and lines[i][1].strip():
            value.append(lines[i])
            i += 1
        while i < len(lines) and not lines[i][1].strip():
            i += 1
    return value, lines[i:]


def fields_to_metadata(fields: list[_Field], title: str | None, date: str | None, path: str, field_lines=()):
    """Map the export's fields onto Metadata; unknown fields are kept in ``extra``."""
    values: dict[str, object] = {"title": title, "date": date}
    extra: list[tuple[str, str]] = []
    problems: list[tuple[int, str]] = []
    url = None
    for field in fields:
        paragraphs = []
        for _, line in field.lines:
            url_match = URL_LINE.match(line.strip())
            if url_match and url is None:
                url = url_match["url"] or url_match["bare"]
                continue
            paragraphs.append(line.strip())
        value = re.sub(r"\s+", " ", " ".join(paragraphs)).strip()
        key = FIELD_ATTRIBUTES.get(field.name.lower())
        if key == "contents":
            values["contents"] = tuple(p for p in paragraphs if p)
        elif key and key not in values:
            values[key] = value or None
        else:
            extra.append((field.name, value))
    if date is None and title is None and not fields:
        problems.append((1, "no metadata found"))
    metadata = Metadata(
        title=values.get("title"),
        date=values.get("date"),
        citation=values.get("citation"),
        url=url,
        summary=values.get("summary"),
        original_language=values.get("original_language"),
        contents=values.get("contents", ()),
        extra=tuple(extra),
        lines=field_lines,
    )
    return metadata, problems


def sidecar_metadata(path: Path) -> Metadata | None:
    """Metadata from ``NAME.meta.json`` beside a bare transcription, if there is one."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise SourceError(str(sidecar), 1, 1, f"sidecar is not UTF-8: {error.reason}") from None
    except json.JSONDecodeError as error:
        raise SourceError(str(sidecar), error.lineno, error.colno, f"sidecar is not valid JSON: {error.msg}") from None
    if not isinstance(data, dict):
        raise SourceError(str(sidecar), 1, 1, "sidecar must hold a JSON object of metadata fields")
    known = {}
    extra = []
    for key, value in data.items():
        if key == "contents":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise SourceError(str(sidecar), 1, 1, "sidecar field 'contents' must be a list of strings")
            known["contents"] = tuple(value)
        elif key in SIDECAR_KEYS:
            if value is not None and not isinstance(value, str):
                raise SourceError(str(sidecar), 1, 1, f"sidecar field '{key}' must be a string")
            known[key] = value
        else:
            extra.append((key, value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)))
    for key, value in list(known.items()) + extra:
        if isinstance(value, str):
            check_characters(value, str(sidecar))
    return Metadata(**known, extra=tuple(extra))


def read_bare(text: str, path: str, metadata: Metadata | None) -> Source:
    """A bare transcription: all of it is the text; the title defaults to its first line."""
    text = text.lstrip("\ufeff")
    if metadata is None:
        metadata = Metadata()
    if not metadata.title:
        first = next(line.strip() for line in text.split("\n") if line.strip())
        metadata = Metadata(**{**metadata.__dict__, "title": first})
    return Source(path, text, metadata, "bare", 1, "")
