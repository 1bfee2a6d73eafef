"""The plain data that flows between the stages of the pipeline.

The transcription text is never edited. Every stage after reading adds *stand-off*
annotations: ranges ``[start, end)`` of character offsets into ``Source.text``. Only the
TEI writer (``encoder.tei``) turns ranges into nested elements.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Metadata:
    """The document-level facts read from a metadata block, a sidecar file or options.

    Every field is the text as found (stripped); interpretation (dates, citations,
    languages) happens later. ``extra`` keeps fields the encoder does not map, in order,
    so nothing the source said is dropped.
    """

    title: str | None = None
    date: str | None = None
    citation: str | None = None
    url: str | None = None
    summary: str | None = None
    original_language: str | None = None
    contents: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()
    lines: tuple[tuple[str, int], ...] = ()  # (field, 1-based line in the file) for messages

    def line_of(self, field_name: str) -> int:
        return next((line for name, line in self.lines if name == field_name), 1)


@dataclass(frozen=True)
class Source:
    """One transcription as read from disk.

    ``text`` is the transcription itself (newlines normalized to ``\\n``); ``text_line``
    is the 1-based line of the file on which ``text`` starts, so that messages about an
    offset in ``text`` can name the line in the file. ``trailer`` is whatever followed an
    end marker (``###``), kept verbatim.
    """

    path: str
    text: str
    metadata: Metadata
    format: str  # "wcda" or "bare"
    text_line: int = 1
    trailer: str = ""

    def line_of(self, offset: int) -> int:
        """The 1-based line in the file of a character offset into ``text``."""
        return self.text_line + self.text.count("\n", 0, offset)


@dataclass(frozen=True)
class Span:
    """A stand-off annotation: ``text[start:end]`` is a ``kind`` with ``attrs``.

    ``kind`` names what the range *is* in the project's vocabulary (``persName``,
    ``date``, ``p``, ``salute``, ``supplied``...); ``encoder.tei`` decides the element.
    ``attrs`` is a tuple of ``(name, value)`` pairs so that spans stay hashable.
    """

    start: int
    end: int
    kind: str
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str | None = None) -> str | None:
        for key, value in self.attrs:
            if key == name:
                return value
        return default

    def with_attrs(self, **changes: str | None) -> "Span":
        kept = {k: v for k, v in self.attrs}
        for key, value in changes.items():
            key = key.rstrip("_")
            if value is None:
                kept.pop(key, None)
            else:
                kept[key] = value
        return Span(self.start, self.end, self.kind, tuple(sorted(kept.items())))


def span(start: int, end: int, kind: str, **attrs: str | None) -> Span:
    """Build a Span; keyword ``from_`` stands for the attribute ``from``; None is left out."""
    return Span(start, end, kind, tuple(sorted((k.rstrip("_"), v) for k, v in attrs.items() if v is not None)))


@dataclass(frozen=True)
class DateValue:
    """A normalized date: ISO 8601 values for TEI's dating attributes.

    Exactly what the text supports is filled in: ``when`` for a point (``1951-06-13``,
    ``1951-06``, ``1951-06-13T22:00:00+08:00``), ``from_``/``to`` for a stated range,
    ``not_before``/``not_after`` for a vague one ("mid-June"). ``cert`` is ``"medium"`` or
    ``"low"`` when part of the value was inferred rather than read (a year taken from the
    document date, an ambiguous day/month order). ``error`` is set (and no value) for an
    impossible date such as 31.2.51.
    """

    when: str | None = None
    from_: str | None = None
    to: str | None = None
    not_before: str | None = None
    not_after: str | None = None
    cert: str | None = None
    error: str | None = None

    def attributes(self) -> dict[str, str]:
        """The TEI attributes for this value, in a stable order, Nones left out."""
        pairs = {
            "when": self.when,
            "from": self.from_,
            "to": self.to,
            "notBefore": self.not_before,
            "notAfter": self.not_after,
            "cert": self.cert,
        }
        return {k: v for k, v in pairs.items() if v is not None}


@dataclass(frozen=True)
class DateMention:
    """A date or time expression found in a text: ``text[start:end]`` means ``value``."""

    start: int
    end: int
    value: DateValue


@dataclass(frozen=True)
class Locus:
    """Folios cited for a document: ``text`` as cited ("ll. 55-56"), ``from_``/``to`` parsed."""

    text: str
    from_: str | None = None
    to: str | None = None


@dataclass(frozen=True)
class ArchivalSource:
    """One archive named in a citation, with its structured identifiers.

    ``identifiers`` are ``(type, value)`` pairs in citation order, types from a closed
    vocabulary: ``fond``, ``opis``, ``delo``, ``papka``, ``collection``, ``series``,
    ``box``, ``folder``, ``file``, ``record-group``, ``signature`` (a shelfmark kept
    whole, e.g. ``DY 30/3386``). ``raw`` is the part of the citation this was read from.
    """

    repository: str
    identifiers: tuple[tuple[str, str], ...] = ()
    locus: Locus | None = None
    raw: str = ""


@dataclass(frozen=True)
class NameMention:
    """A person, place or organization named in a text.

    ``kind`` is ``persName``, ``placeName`` or ``orgName``; ``ref`` is the registry
    ``xml:id`` it was linked to, or None when unknown or ambiguous; ``candidates`` lists
    the ids it could have been when ambiguous (for the review report).
    """

    start: int
    end: int
    kind: str
    ref: str | None = None
    candidates: tuple[str, ...] = ()
    reason: str = ""


@dataclass(frozen=True)
class Problem:
    """Something an editor should know about a document: a message at a place.

    ``severity`` is ``"error"`` (the document could not be encoded or is invalid) or
    ``"warning"`` (encoded, but a value is missing or guessed).
    """

    path: str
    line: int
    column: int
    message: str
    severity: str = "error"
    rule: str = ""

    def __str__(self) -> str:
        rule = f"[{self.rule}] " if self.rule else ""
        return f"{self.path}:{self.line}:{self.column}: {rule}{self.message}"
