"""Measure the encoder against gold annotations: recall, precision, linking, datelines.

Two kinds of gold are read:

* **FRUS JSON** (``dN.txt`` + ``dN.json``, spans as character offsets into the text, the
  volume's persons list as the registry; see the FRUS evaluation README), and
* **hand-corrected TEI**: an editor's corrected copy of encoder output. Because the
  encoding is lossless, its elements are ranges over the transcription
  (`encoder.text.annotations_of`) and compare by offsets with a fresh encoding.

Scoring follows the FRUS rules: a predicted span matches a gold span of the same type
when the character ranges are identical; a partial overlap counts half in a second,
lenient figure. Linking accuracy is predicted ``@ref`` equal to gold over matched gold
spans that have one.
"""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .names.registry import Registry, load_registry
from .pipeline import encode_file
from .text import Annotation, annotations_of

__all__ = ["Gold", "Scores", "frus_gold", "tei_gold", "registry_from_frus", "evaluate", "evaluate_frus", "evaluate_tei"]

ENTITY_TYPES = ("persName", "placeName", "orgName", "date")


DATING = ("when", "from", "to", "notBefore", "notAfter")


def dating(attributes: dict) -> tuple:
    """A date's normalized value: its TEI dating attributes, in a fixed order."""
    return tuple(attributes.get(name) for name in DATING)


@dataclass(frozen=True)
class GoldSpan:
    start: int
    end: int
    type: str
    ref: str | None = None
    when: str | None = None
    value: tuple = ()  # the dating attributes (see DATING); for FRUS only @when is known


@dataclass
class Gold:
    """What a gold document says: its spans, and its dateline if known."""

    text_path: Path
    spans: list[GoldSpan]
    dateline_place: str | None = None
    dateline_when: str | None = None
    fully_annotated: frozenset[str] = frozenset()  # types every mention of which is tagged


@dataclass
class Counter:
    gold: int = 0
    matched: float = 0.0
    overlapped: float = 0.0
    predicted: int = 0
    predicted_matched: float = 0.0

    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    def lenient_recall(self) -> float | None:
        return (self.matched + 0.5 * self.overlapped) / self.gold if self.gold else None

    def precision(self) -> float | None:
        return self.predicted_matched / self.predicted if self.predicted else None


@dataclass
class Scores:
    documents: int = 0
    by_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    precision_by_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    linked_precision: Counter = field(default_factory=Counter)
    links_total: int = 0
    links_right: int = 0
    dates_total: int = 0
    dates_found: int = 0
    dates_when_right: int = 0
    dateline_total: int = 0
    dateline_places: int = 0
    dateline_place_right: int = 0
    dateline_dates: int = 0
    dateline_date_right: int = 0
    failures: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        def ratio(a, b):
            return round(a / b, 4) if b else None

        result = {"documents": self.documents}
        for kind, counter in sorted(self.by_type.items()):
            result[f"{kind} recall"] = round(counter.recall(), 4) if counter.gold else None
            result[f"{kind} recall (overlap counts half)"] = round(counter.lenient_recall(), 4) if counter.gold else None
            result[f"{kind} gold spans"] = counter.gold
        for kind, counter in sorted(self.precision_by_type.items()):
            if counter.predicted:
                result[f"{kind} precision (fully annotated documents)"] = round(counter.precision(), 4)
        if self.linked_precision.predicted:
            result["persName precision (mentions linked to a listed person)"] = round(self.linked_precision.precision(), 4)
        result["linking accuracy"] = ratio(self.links_right, self.links_total)
        result["linked spans"] = self.links_total
        result["dates found"] = ratio(self.dates_found, self.dates_total)
        result["dates with the right value"] = ratio(self.dates_when_right, self.dates_total)
        result["dateline place accuracy"] = ratio(self.dateline_place_right, self.dateline_places)
        result["dateline date accuracy"] = ratio(self.dateline_date_right, self.dateline_dates)
        result["datelines"] = self.dateline_total
        return result

    def lines(self) -> list[str]:
        return [f"{key}: {value}" for key, value in self.as_dict().items()]


def read_json(json_path: Path) -> dict:
    """A gold JSON file; one that is not valid JSON is a ValueError naming its file and line."""
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{json_path}:{error.lineno}:{error.colno}: not valid JSON: {error.msg}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{json_path}:1:1: not a FRUS gold file (a JSON object is expected)")
    return data


def frus_gold(json_path: Path) -> Gold:
    """A FRUS gold file: persName/placeName/date spans; dateline place and when."""
    data = read_json(json_path)
    spans = [
        GoldSpan(e["start"], e["end"], e["type"], (e.get("corresp") or "").lstrip("#") or None, e.get("when"),
                 dating({"when": e.get("when")}))
        for e in data.get("entities", [])
        if e.get("type") in ENTITY_TYPES
    ]
    dateline = data.get("dateline") or {}
    return Gold(json_path.with_suffix(".txt"), spans, dateline.get("place"), dateline.get("when"))


def tei_gold(tei_path: Path, text_path: Path, transcription: str | None = None) -> Gold:
    """A hand-corrected TEI file as gold: all its names and dates, fully annotated.

    A file an editor's tool has re-indented has whitespace the transcription lacks: its
    ranges are carried over to the transcription by aligning the non-space characters.
    """
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    text, annotations = annotations_of(etree.parse(str(tei_path), parser))
    if transcription is not None and text != transcription:
        annotations = realign(annotations, text, transcription, tei_path)
        text = transcription
    spans = [
        GoldSpan(a.start, a.end, a.name, (a.attributes.get("ref") or "").lstrip("#") or None, a.attributes.get("when"),
                 dating(a.attributes))
        for a in annotations
        if a.name in ENTITY_TYPES
    ]
    place, when = first_dateline(annotations, text)
    return Gold(text_path, spans, place, when, frozenset(ENTITY_TYPES))


def realign(annotations: list[Annotation], text: str, target: str, path: Path) -> list[Annotation]:
    """Move ranges over `text` to ranges over `target`, which has the same non-space characters."""
    source_positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    target_positions = [i for i, ch in enumerate(target) if not ch.isspace()]
    if "".join(text[i] for i in source_positions) != "".join(target[i] for i in target_positions):
        raise ValueError(f"{path}: its text is not the transcription (beyond whitespace); cannot compare")
    rank = {position: n for n, position in enumerate(source_positions)}
    moved = []
    for a in annotations:
        inside = [rank[i] for i in range(a.start, a.end) if i in rank]
        if not inside:
            continue
        moved.append(a._replace(start=target_positions[inside[0]], end=target_positions[inside[-1]] + 1))
    return moved


def first_dateline(annotations: list[Annotation], text: str) -> tuple[str | None, str | None]:
    """The place and date of the first dateline that has either."""
    for dateline in (a for a in annotations if a.name == "dateline"):
        inside = [a for a in annotations if dateline.start <= a.start and a.end <= dateline.end]
        place = next((a for a in inside if a.name == "placeName"), None)
        date = next((a for a in inside if a.name == "date"), None)
        if place or date:
            place_text = " ".join(text[place.start:place.end].split()) if place else None
            return place_text, date.attributes.get("when") if date else None
    return None, None


def registry_from_frus(persons: dict[str, dict]) -> Registry:
    """The volume's persons list as a TEI registry, keeping the FRUS ids as xml:id."""
    tei = "http://www.tei-c.org/ns/1.0"
    root = etree.Element(f"{{{tei}}}listPerson", nsmap={None: tei})
    for person_id, person in sorted(persons.items()):
        element = etree.SubElement(root, f"{{{tei}}}person")
        element.set("{http://www.w3.org/XML/1998/namespace}id", person_id)
        # "Hoover, Herbert C., Jr.": the registry reads catalogue-style inverted names itself
        name = etree.SubElement(element, f"{{{tei}}}persName", type="main")
        name.text = person["name"]
        if person.get("description"):
            note = etree.SubElement(element, f"{{{tei}}}note")
            note.text = person["description"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "persons.xml"
        path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
        return load_registry([path])


def predicted(path: Path, registry: Registry) -> tuple[str, list[Annotation]]:
    return annotations_of(encode_file(path, registry).tree)


def score(gold: Gold, text: str, annotations: list[Annotation], scores: Scores) -> None:
    """Add one document's comparison to the running scores."""
    scores.documents += 1
    mine = [a for a in annotations if a.name in ENTITY_TYPES]
    exact = {(a.start, a.end, a.name): a for a in mine}
    for span in gold.spans:
        counter = scores.by_type[span.type]
        counter.gold += 1
        hit = exact.get((span.start, span.end, span.type))
        if hit:
            counter.matched += 1
        elif any(a.name == span.type and a.start < span.end and span.start < a.end for a in mine):
            counter.overlapped += 1
        if span.ref and hit is not None:
            scores.links_total += 1
            scores.links_right += (hit.attributes.get("ref") or "").lstrip("#") == span.ref
        if span.type == "date":
            scores.dates_total += 1
            if hit is not None:
                scores.dates_found += 1
                scores.dates_when_right += any(span.value) and dating(hit.attributes) == span.value
    gold_exact = {(s.start, s.end, s.type) for s in gold.spans}
    for kind in gold.fully_annotated:
        counter = scores.precision_by_type[kind]
        for a in mine:
            if a.name == kind:
                counter.predicted += 1
                counter.predicted_matched += (a.start, a.end, a.name) in gold_exact
    # FRUS tags every mention of a listed person: a mention linked to one should be gold.
    if "persName" not in gold.fully_annotated:
        for a in mine:
            if a.name == "persName" and a.attributes.get("ref"):
                scores.linked_precision.predicted += 1
                scores.linked_precision.predicted_matched += (a.start, a.end, "persName") in gold_exact
    if gold.dateline_place or gold.dateline_when:
        scores.dateline_total += 1
        place, when = first_dateline(annotations, text)
        if gold.dateline_place:
            scores.dateline_places += 1
            scores.dateline_place_right += place == gold.dateline_place
        if gold.dateline_when:
            scores.dateline_dates += 1
            scores.dateline_date_right += when == gold.dateline_when


def evaluate_frus(folder: Path) -> Scores:
    """Every ``dN.json`` under folder, each volume with its own persons list as the registry."""
    scores = Scores()
    volumes: dict[Path, list[Path]] = defaultdict(list)
    for json_path in sorted(folder.rglob("d*.json")):
        if json_path.with_suffix(".txt").exists():
            volumes[json_path.parent].append(json_path)
    for volume, files in sorted(volumes.items()):
        persons: dict[str, dict] = {}
        for json_path in files:
            persons.update(read_json(json_path).get("persons") or {})
        registry = registry_from_frus(persons)
        for json_path in files:
            gold = frus_gold(json_path)
            text, annotations = predicted(gold.text_path, registry)
            score(gold, text, annotations, scores)
    return scores


def evaluate_tei(pairs: list[tuple[Path, Path]], registry: Registry) -> Scores:
    """(transcription, hand-corrected TEI) pairs: encode each and compare with its TEI."""
    scores = Scores()
    for text_path, tei_path in pairs:
        text, annotations = predicted(text_path, registry)
        gold = tei_gold(tei_path, text_path, text)
        score(gold, text, annotations, scores)
    return scores


def evaluate(path: Path, registry: Registry | None = None, tei_dir: Path | None = None) -> Scores:
    """FRUS-style gold under path, or (with tei_dir) transcriptions under path against TEI in tei_dir."""
    if tei_dir is None:
        return evaluate_frus(path)
    from .build import discover
    from .pipeline import document_id

    pairs = []
    for text_path in discover([path]):
        tei = tei_dir / (document_id(text_path) + ".xml")
        if tei.exists():
            pairs.append((text_path, tei))
    return evaluate_tei(pairs, registry or Registry())
