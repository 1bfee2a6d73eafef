"""One transcription through every stage: read → segment → annotate → write.

Each stage is a pure function of its input plus configuration (the registry); this
module only calls them in order and gathers what they report, so the stages stay
testable alone and a document can be encoded in any process.
"""

from __future__ import annotations

import copy
import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import brackets, citations, dates, structure, tei, transmission
from .model import DateValue, NameMention, Problem, Source, Span, span
from .names.heads import names_in_heads
from .names import home
from .names.matcher import find_names
from .names.registry import Registry
from .source import read_source

__all__ = ["Encoded", "encode_source", "encode_file", "LANGUAGES", "document_id"]

# Language names as the Wilson Center export writes them -> BCP 47 codes.
LANGUAGES = {
    "english": "en", "russian": "ru", "chinese": "zh", "korean": "ko", "japanese": "ja",
    "german": "de", "polish": "pl", "hungarian": "hu", "czech": "cs", "slovak": "sk",
    "romanian": "ro", "bulgarian": "bg", "vietnamese": "vi", "french": "fr", "spanish": "es",
    "italian": "it", "portuguese": "pt", "mongolian": "mn", "albanian": "sq", "serbian": "sr",
    "croatian": "hr", "serbo-croatian": "sh", "slovenian": "sl", "macedonian": "mk",
    "ukrainian": "uk", "belarusian": "be", "georgian": "ka", "armenian": "hy", "hindi": "hi",
    "arabic": "ar", "persian": "fa", "farsi": "fa", "hebrew": "he", "turkish": "tr",
    "greek": "el", "finnish": "fi", "swedish": "sv", "dutch": "nl", "indonesian": "id",
    "khmer": "km", "lao": "lo", "thai": "th", "urdu": "ur", "estonian": "et", "latvian": "lv",
    "lithuanian": "lt", "danish": "da", "norwegian": "no",
}

CONTENTS_ITEM = re.compile(r"^(?P<what>[^-–—]+?)\s*[-–—]\s*(?P<lang>.+)$")


@dataclass
class Encoded:
    """The result of encoding one transcription."""

    source: Source
    doc_id: str
    tree: etree._ElementTree
    problems: list[Problem] = field(default_factory=list)
    names: list[tuple[NameMention, str, str]] = field(default_factory=list)  # mention, text, context


def document_id(path: str | Path) -> str:
    """An xml:id from a file name: a letter first, then letters, digits, '-', '_', '.'."""
    stem = Path(path).name
    for suffix in (".txt", ".md"):
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-") or "document"
    return cleaned if cleaned[0].isalpha() or cleaned[0] == "_" else "d-" + cleaned


def languages(metadata) -> tuple[tuple[tei.Language, ...], str]:
    """langUsage entries and the language of the text, from Original Language and Contents."""
    found: dict[str, str] = {}
    text_lang = None
    for item in metadata.contents:
        match = CONTENTS_ITEM.match(item.strip())
        if not match:
            continue
        code = LANGUAGES.get(match["lang"].strip().lower())
        if not code:
            continue
        what = match["what"].strip().lower()
        if what.startswith("translation"):
            found.setdefault(code, f"{match['lang'].strip()} (translation)")
            text_lang = code  # a translation, when given, is the text readers read
        else:
            found.setdefault(code, f"{match['lang'].strip()} ({what})")
            text_lang = text_lang or code
    for name in re.split(r"\s*(?:,|;|\band\b)\s*", metadata.original_language or ""):
        code = LANGUAGES.get(name.strip().lower())
        if code:
            if code in found and "original" not in found[code]:
                found[code] = f"{name.strip()} (original language; {found[code].split('(')[1].rstrip(')')})"
            else:
                found.setdefault(code, f"{name.strip()} (original language)")
    if text_lang is None:
        text_lang = "en"
        if found and not any(code == "en" for code in found):
            found = {"en": "English", **found}
    return tuple(tei.Language(code, label) for code, label in found.items()), text_lang


def record_number(url: str | None) -> str | None:
    if not url:
        return None
    match = re.search(r"/(?:document|record|documents)/(?P<n>[\w-]+)/?$", url)
    return match["n"] if match else None


def encode_source(source: Source, registry: Registry, *, today: str | None = None) -> Encoded:
    """Encode one Source into a TEI tree; problems are reported, not raised.

    The stages in order: the document's date, dates and structure, names, transmission,
    header; then the TEI writer nests everything once.
    """
    problems: list[Problem] = []
    text, metadata = source.text, source.metadata
    doc_id = document_id(source.path)
    langs, text_lang = languages(metadata)

    document_date = metadata_date(source, problems)
    found_dates, spans, document_date = dates_and_structure(source, document_date, langs, text_lang)
    spans = transmission.assign_ids(spans, text, doc_id)
    spans += brackets.find_brackets(text)
    title_names = find_names(metadata.title, registry, year=year_of(document_date)) if metadata.title else []
    mentions = name_mentions(text, spans, registry, year=year_of(document_date),
                             named_before=tuple(m.ref for m in title_names if m.ref and m.kind == "persName"))
    state = home.home_state(metadata.title, metadata.original_language, year_of(document_date), registry)
    mentions = home.link_home_bodies(mentions, text, state, registry)
    if state is None:  # a mission's own state's papers call their ministry by name ("Cable from the Chinese Embassy")
        mentions = home.link_host_foreign_office(mentions, text, home.host_state(metadata.title, registry), registry)
    spans = [s for s in spans if s.kind != "placeName"]  # now among the mentions
    spans += [span(m.start, m.end, m.kind, ref=m.ref) for m in mentions]
    spans += date_spans(source, found_dates, problems)

    correspondence = transmission.find_correspondence(
        text, spans, mentions, found_dates,
        document_date=document_date,
        name_of=lambda ref: registry.get(ref).main if ref in registry else None,
        title=metadata.title,
        title_names=title_names,
    )
    sources = citations.parse_citation(metadata.citation) if metadata.citation else ()
    repository_refs = {s.repository: citations.archive_id(s.repository) for s in sources}
    header = tei.Header(
        doc_id=doc_id,
        metadata=metadata,
        languages=langs,
        text_lang=text_lang,
        record=record_number(metadata.url),
        sources=sources,
        repository_refs=repository_refs,
        creation=document_date,
        correspondence=tuple(correspondence),
        trailer=source.trailer,
        source_format=source.format,
        today=today or _dt.date.today().isoformat(),
    )
    used = [m.ref for m in mentions if m.ref] + [m.ref for m in title_names if m.ref]
    used += [ref for c in correspondence for a in c.actions for _, ref in a.persons + a.orgs + a.places if ref]
    stand_off = stand_off_entries(registry, used, sources, repository_refs)
    tree, dropped = tei.build_document(source, spans, header, stand_off)
    for crossing in dropped:
        if crossing.kind in ("persName", "placeName", "orgName", "date", "supplied", "gap"):
            problems.append(Problem(
                source.path, source.line_of(crossing.start), column_of(text, crossing.start),
                f"{crossing.kind} '{text[crossing.start:crossing.end]}' crosses a structural boundary and was left untagged",
                "warning", "nesting",
            ))
    # names without a link, and links made from a guessed spelling ("Gromkyo") or from the
    # document's home state ("the Foreign Ministry"): for an editor to check
    review = [(m, text[m.start:m.end], context_of(text, m.start, m.end)) for m in mentions
              if not m.ref or m.reason in ("spelling", "home")]
    return Encoded(source, doc_id, tree, problems, review)


def metadata_date(source: Source, problems: list[Problem]) -> DateValue | None:
    """The document's date from its metadata; an impossible or unreadable one is an error."""
    metadata = source.metadata
    if not metadata.date:
        return None
    value = dates.parse_date(metadata.date)
    if value is None or value.error:
        reason = (
            f"impossible date in the metadata: {value.error}" if value
            else f"the metadata date '{metadata.date}' is not a date this encoder can read"
        )
        problems.append(Problem(source.path, metadata.line_of("date"), 1, reason, "error", "input"))
    return value


def dates_and_structure(source: Source, document_date, langs, text_lang):
    """Dates in the text and the body's structure; a bare text is dated by its first dateline.

    Returns (dates, structural spans, the document's date).
    """
    text, metadata = source.text, source.metadata
    context_date = iso_of(document_date)
    found_dates = dates.find_dates(text, document_date=context_date)
    original_lang = next((l.ident for l in langs if "original" in l.label), None)
    layout = dict(title=metadata.title, bare=source.format == "bare", original_lang=original_lang, text_lang=text_lang)
    spans = structure.segment(text, found_dates, **layout)
    if not context_date:
        dated = first_dateline_date(spans, found_dates)
        if dated:
            document_date = dated
            # partial dates ("13 June") are read again against the year now known
            if any(needs_context(d.value) for d in found_dates) or RELATIVE_DAY.search(text):
                found_dates = dates.find_dates(text, document_date=iso_of(dated))
                spans = structure.segment(text, found_dates, **layout)
    return found_dates, spans, document_date


def year_of(value: DateValue | None) -> int | None:
    """The year a document was written, for telling apart persons of the same name."""
    iso = iso_of(value)
    return int(iso[:4]) if iso and iso[:4].isdigit() else None


def name_mentions(text: str, spans: list[Span], registry: Registry, *, year: int | None = None,
                  named_before: tuple[str, ...] = ()) -> list[NameMention]:
    """Persons, places and organizations: the tagger's, those named by heading conventions,
    and the places of datelines the structure found (unless the tagger saw them too)."""
    mentions = find_names(text, registry, year=year, named_before=named_before)
    heads = [(s.start, s.end) for s in spans if s.kind == "head"]
    for extra in (names_in_heads(text, heads, registry),
                  [NameMention(s.start, s.end, "placeName", reason="unknown") for s in spans if s.kind == "placeName"]):
        mentions += [m for m in extra if not any(o.start < m.end and m.start < o.end for o in mentions)]
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def date_spans(source: Source, found_dates, problems: list[Problem]) -> list[Span]:
    """A ``date`` (or ``time``) span per date mention; an impossible date is tagged without a
    value and reported."""
    result = []
    for mention in found_dates:
        if mention.value.error:
            problems.append(Problem(
                source.path, source.line_of(mention.start), column_of(source.text, mention.start),
                f"impossible date, tagged without a value: {mention.value.error}", "warning", "date",
            ))
            result.append(span(mention.start, mention.end, "date"))
        else:
            # A clock time alone ("at 14:00") is a time, not a date.
            kind = "time" if re.match(r"^\d\d:", mention.value.when or "") else "date"
            result.append(Span(mention.start, mention.end, kind, tuple(sorted(mention.value.attributes().items()))))
    return result


RELATIVE_DAY = re.compile(r"\b(?:today|yesterday|tomorrow|tonight)\b", re.I)


def needs_context(value: DateValue) -> bool:
    """A date read without its year ("13 June" -> --06-13) is read again once the year is known."""
    return any((v or "").startswith("--") for v in (value.when, value.from_, value.to, value.not_before, value.not_after))


def first_dateline_date(spans: list[Span], found_dates) -> DateValue | None:
    for block in spans:
        if block.kind == "dateline":
            for mention in found_dates:
                if block.start <= mention.start and mention.end <= block.end and not mention.value.error and iso_of(mention.value):
                    return mention.value
    return None


def iso_of(value: DateValue | None) -> str | None:
    if value is None or value.error:
        return None
    return (value.when or value.from_ or value.not_before or "")[:10] or None


def column_of(text: str, offset: int) -> int:
    return offset - (text.rfind("\n", 0, offset) + 1) + 1


def context_of(text: str, start: int, end: int, width: int = 40) -> str:
    return " ".join(text[max(0, start - width) : min(len(text), end + width)].split())


def stand_off_entries(registry: Registry, used: list[str], sources, repository_refs) -> list[etree._Element]:
    """Copies of the registry entries the document uses, grouped as listPerson/listPlace/listOrg."""
    groups: dict[str, list[etree._Element]] = {"listPerson": [], "listPlace": [], "listOrg": []}
    seen: set[str] = set()
    queue = list(used)
    for ref in queue:  # grows as entries bring their own references
        if ref in seen:
            continue
        seen.add(ref)
        if ref not in registry:
            continue
        entry = registry.entry(ref)
        name = etree.QName(entry).localname
        group = {"person": "listPerson", "personGrp": "listPerson", "place": "listPlace", "org": "listOrg"}.get(name)
        if group:
            entry = copy.deepcopy(entry)
            # An entry's own pointers (a body's state) may name another registry file
            # ("places.xml#place-china"); in the document they point to its copy there.
            for element in entry.iterfind(".//*[@ref]"):
                target = element.get("ref").rpartition("#")[2]
                if target in registry:
                    element.set("ref", "#" + target)
                    queue.append(target)
            groups[group].append(entry)
    for source in sources:
        ref = repository_refs[source.repository]
        if ref in seen:
            continue
        seen.add(ref)
        if ref in registry:
            groups["listOrg"].append(copy.deepcopy(registry.entry(ref)))
            continue
        org = etree.Element(tei.T + "org")
        org.set(tei.XML_ID, ref)
        full = citations.ARCHIVES.get(source.repository)
        main = etree.SubElement(org, tei.T + "orgName", type="main")
        main.text = full or source.repository
        if full and full != source.repository:
            abbreviation = etree.SubElement(org, tei.T + "orgName", type="abbreviation")
            abbreviation.text = source.repository
        groups["listOrg"].append(org)
    result = []
    for name, entries in groups.items():
        if entries:
            group = etree.Element(tei.T + name)
            for entry in entries:
                for element in entry.iter():
                    if isinstance(element.tag, str):
                        element.tail = None
                        if len(element):
                            element.text = element.text if element.text and element.text.strip() else None
                group.append(entry)
            result.append(group)
    return result


def encode_file(path: str | Path, registry: Registry, *, encoding: str | None = None, today: str | None = None) -> Encoded:
    """Read and encode one file; raises SourceError for input that cannot be read."""
    source, warnings = read_source(path, encoding=encoding)
    encoded = encode_source(source, registry, today=today)
    encoded.problems[:0] = warnings
    return encoded
