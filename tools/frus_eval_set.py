"""Turn a FRUS volume (TEI from HistoryAtState/frus) into an evaluation set for `encoder eval`.

    python tools/frus_eval_set.py VOLUME.xml OUTDIR

Why: the development set in shared/eval/frus covers two volumes only, and the encoder is
judged on volumes nobody here has seen. This tool makes held-out sets from other volumes
in the same format (see shared/eval/frus/README.md), so that figures can be measured
honestly. It is a measuring tool, not part of the encoder.

For every document div (editorial notes skipped) it writes ``dN.txt``, the text a
transcriber would type (head without its number, dateline, body blocks separated by blank
lines, signature; no footnotes, no source note, whitespace normalized), and ``dN.json``
with the editors' tags as gold spans: persName in head, body and closer (``corresp`` to the
volume's persons list), placeName and date in the dateline. Offsets are character offsets
into the text; every span is checked (``text[start:end] == entity text``). The input may
be truncated (read in chunks): it is cut before the last document div that is not closed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
BREAK = "\u2028"  # a hard line break inside a block (<lb/>, list items, closer lines)


def local(element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def cut_incomplete(xml: str) -> str:
    """Drop the last document div and everything after it if that div is not closed."""
    starts = [m.start() for m in re.finditer(r'<div\b[^>]*type="document"', xml)]
    if not starts:
        return xml
    last = starts[-1]
    depth = 0
    for tag in re.finditer(r"<(/?)div\b[^>]*?(/?)>", xml[last:]):
        if tag.group(2):
            continue
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return xml
    return xml[:last]


class Block:
    """One block of text (a paragraph, a list, a closer) with the entity ranges inside it."""

    def __init__(self, zone: str):
        self.zone = zone
        self.raw: list[str] = []
        self.spans: list[tuple[int, int, object]] = []  # raw offsets, element

    def length(self) -> int:
        return sum(len(piece) for piece in self.raw)

    def add(self, text: str | None):
        if text:
            self.raw.append(text)

    def normalized(self) -> tuple[str, list[tuple[int, int, object]]]:
        """Whitespace collapsed to single spaces (BREAK becomes a newline); spans moved along."""
        raw = "".join(self.raw)
        out: list[str] = []
        pos = [0] * (len(raw) + 1)
        pending = False
        for i, ch in enumerate(raw):
            if ch == BREAK:
                while out and out[-1] == " ":
                    out.pop()
                if out and out[-1] != "\n":
                    out.append("\n")
                pending = False
                pos[i] = len(out)
                continue
            if ch.isspace():
                pending = True
                pos[i] = len(out)
                continue
            if pending and out and out[-1] != "\n":
                out.append(" ")
            pending = False
            pos[i] = len(out)
            out.append(ch)
        text = "".join(out).strip()
        shift = len("".join(out)) - len("".join(out).lstrip())
        spans = []
        for start, end, element in self.spans:
            inside = [i for i in range(start, end) if not raw[i].isspace() and raw[i] != BREAK]
            if inside:
                spans.append((pos[inside[0]] - shift, pos[inside[-1]] + 1 - shift, element))
        return text, spans


def emit(element, block: Block, skip_number: bool = False):
    """Append the text of element (notes and page breaks left out) to block, recording names."""
    name = local(element)
    if name in ("note", "pb"):
        return
    if name == "lb":
        block.add(BREAK)
        return
    start = block.length()
    text = element.text
    if skip_number and text:  # "12. Memorandum …" or "No. 462<lb/>The Secretary …"
        text = re.sub(r"^\s*(No\.\s*)?\d+\.?\s*", "", text)
    block.add(text)
    children = list(element)
    for index, child in enumerate(children):
        if skip_number and index == 0 and local(child) == "lb" and not (text or "").strip():
            block.add(child.tail)  # the number line itself was dropped
            continue
        emit(child, block)
        block.add(child.tail)
    if name in ("persName", "placeName", "date", "time"):
        block.spans.append((start, block.length(), element))


def blocks_of(element, zone: str) -> list[Block]:
    """The blocks of a document's content below head and dateline."""
    out = []
    for child in element:
        name = local(child)
        if name in ("note", "pb", "head", "dateline", "") or child.get("type") == "source":
            continue
        if name == "closer":
            block = Block("closer")
            for part in child:
                if local(part) in ("note", "pb"):
                    continue
                emit(part, block)
                block.add(BREAK)
            out.append(block)
        elif name == "list":
            block = Block(zone)
            for part in child:
                if local(part) in ("head", "item", "label"):
                    emit(part, block)
                    block.add(BREAK if local(part) != "label" else " ")
            out.append(block)
        elif name in ("div", "frus:attachment", "opener", "postscript"):
            out.extend(blocks_of(child, zone))
        else:
            block = Block(zone)
            emit(child, block)
            out.append(block)
    return out


def persons_list(root) -> dict[str, dict]:
    persons = {}
    for div in root.iter(f"{TEI}div"):
        if div.get(XML_ID) != "persons":
            continue
        for item in div.iter(f"{TEI}item"):
            names = [p for p in item.iter(f"{TEI}persName") if p.get(XML_ID)]
            if not names:
                continue
            name = " ".join("".join(names[0].itertext()).split())
            whole = " ".join("".join(t for t in item.itertext()).split())
            description = whole.split(name, 1)[-1] if name in whole else whole
            persons[names[0].get(XML_ID)] = {"name": name.rstrip(" ,"), "description": description.strip(" ,.;:")}
    return persons


GENRES = [("editorial note", "editorial-note"), ("telegram", "telegram"), ("airgram", "airgram"),
          ("despatch", "despatch"), ("memorandum of discussion", "memcon"), ("memorandum of conversation", "memcon"),
          ("memorandum of a conversation", "memcon"), ("memorandum", "memorandum"), ("letter", "letter"),
          ("paper", "paper"), ("intelligence", "intelligence"), ("message", "message"), ("note", "note")]


def genre_of(head: str, source: str) -> str:
    low = (head + " " + source).lower()
    return next((genre for key, genre in GENRES if key in low), "other")


def convert_document(div, volume: str, persons: dict) -> tuple[str, dict] | None:
    head_element = div.find(f"{TEI}head")
    head_block = Block("head")
    if head_element is not None:
        emit(head_element, head_block, skip_number=True)
    head, _ = head_block.normalized()
    if div.get("subtype") == "editorial-note" or head.lower().startswith("editorial note"):
        return None
    blocks = [head_block]
    dateline = next((d for d in div.iter(f"{TEI}dateline") if not any(local(a) == "closer" for a in d.iterancestors())), None)
    dateline_block = None
    if dateline is not None:
        dateline_block = Block("dateline")
        emit(dateline, dateline_block)
        blocks.append(dateline_block)
    blocks += blocks_of(div, "body")

    text_parts, entities, offset = [], [], 0
    for block in blocks:
        piece, spans = block.normalized()
        if not piece:
            continue
        if text_parts:
            offset += 2
        for start, end, element in spans:
            kind = local(element)
            if block.zone != "dateline" and kind != "persName":
                continue
            if kind == "date" and not any(element.get(a) for a in ("when", "notBefore", "notAfter", "from", "to")):
                continue  # "undated": no date, as in the development set
            entity = {"type": kind, "text": piece[start:end], "start": offset + start, "end": offset + end,
                      "zone": block.zone}
            if kind == "persName":
                corresp = element.get("corresp")
                entity["corresp"] = corresp
                entity["ref_name"] = persons.get((corresp or "").lstrip("#"), {}).get("name")
                if block.zone == "head" and element.get("type") in ("from", "to"):
                    entity["subtype"] = element.get("type")
                    entity["role"] = "sender" if element.get("type") == "from" else "recipient"
            if kind == "date":
                entity["when"] = element.get("when")
            if kind == "time":
                entity.update({"from": element.get("from"), "to": element.get("to")})
            entities.append(entity)
        text_parts.append(piece)
        offset += len(piece)
    text = "\n\n".join(text_parts)
    for entity in entities:
        assert text[entity["start"]:entity["end"]] == entity["text"], entity

    dateline_info = None
    if dateline_block is not None:
        piece, spans = dateline_block.normalized()
        place = next((piece[s:e] for s, e, el in spans if local(el) == "placeName"), None)
        date = next((el for s, e, el in spans if local(el) == "date" and el.get("when")), None)
        when = date.get("when") if date is not None else None
        dateline_info = {"text": piece, "place": place,
                         "date_text": " ".join("".join(date.itertext()).split()) if date is not None else None,
                         "when": None}
        if when:  # kept as FRUS gives it: a time zone only where FRUS states one (see the README)
            dateline_info["when"] = when
            if "T" in when:
                dateline_info["when_has_timezone"] = bool(re.search(r"(Z|[+-]\d\d:\d\d)$", when))
        time = next((el for s, e, el in spans if local(el) == "time"), None)
        if time is not None:
            dateline_info["time"] = {"from": time.get("from"), "to": time.get("to"),
                                     "text": " ".join("".join(time.itertext()).split())}

    source = " ".join(" ".join("".join(n.itertext()).split()) for n in div.iter(f"{TEI}note") if n.get("type") == "source")
    people = [e for e in entities if e["type"] == "persName"]
    doc_id = div.get(XML_ID)
    data = {
        "volume": volume, "doc_id": doc_id, "n": div.get("n"), "subtype": div.get("subtype"),
        "url": f"https://history.state.gov/historicaldocuments/{volume}/{doc_id}",
        "head": head, "genre": genre_of(head, source), "dateline": dateline_info,
        "sender": [{"text": e["text"], "corresp": e["corresp"], "name": e["ref_name"]} for e in people if e.get("role") == "sender"],
        "recipient": [{"text": e["text"], "corresp": e["corresp"], "name": e["ref_name"]} for e in people if e.get("role") == "recipient"],
        "signers": [{"text": e["text"], "corresp": e["corresp"], "name": e["ref_name"]} for e in people if e["zone"] == "closer"],
        "source_note": source or None, "text_file": f"{doc_id}.txt", "n_chars": len(text), "source_note_in_text": False,
        "entity_counts": dict(sorted(Counter(f"{e['type']}@{e['zone']}" for e in entities).items())),
        "body_named_entity_count": sum(e["zone"] == "body" for e in people),
        "entities": entities,
        "persons": {pid: persons[pid] for pid in sorted({(e["corresp"] or "").lstrip("#") for e in people}) if pid in persons},
    }
    return text, data


def convert(volume_path: Path, out_dir: Path) -> dict:
    xml = cut_incomplete(volume_path.read_text(encoding="utf-8"))
    parser = etree.XMLParser(recover=True, huge_tree=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(xml.encode("utf-8"), parser)
    volume = root.get(XML_ID) or volume_path.name.split(".")[0]
    persons = persons_list(root)
    out_dir.mkdir(parents=True, exist_ok=True)
    rows, stats, counts = [], Counter(), Counter()
    for div in root.iter(f"{TEI}div"):
        if div.get("type") != "document":
            continue
        stats["documents_in_volume"] += 1
        result = convert_document(div, volume, persons)
        if result is None:
            stats["genre:editorial-note"] += 1
            continue
        text, data = result
        stats["documents_written"] += 1
        stats[f"genre:{data['genre']}"] += 1
        counts.update(data["entity_counts"])
        with open(out_dir / data["text_file"], "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        (out_dir / f"{data['doc_id']}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        dateline = data["dateline"] or {}
        rows.append([data["doc_id"], data["n"], data["genre"], str(len(text)), dateline.get("place") or "",
                     dateline.get("when") or "", "", str(data["body_named_entity_count"]), str(len(data["entities"])),
                     data["head"][:120]])
    with open(out_dir / "index.tsv", "w", encoding="utf-8", newline="") as handle:
        handle.write("doc_id\tn\tgenre\tn_chars\tplace\twhen\tdoc_dateTime_min\tbody_named_entities\tall_spans\thead\n")
        handle.writelines("\t".join(row) + "\n" for row in rows)
    summary = {"volume": volume, "source_file": str(volume_path), "offset_mismatches": 0, "stats": dict(stats),
               "entity_counts_type@zone": dict(sorted(counts.items())), "persons_in_list": len(persons),
               "options": {"source_note": "omit", "smallcaps": "keep", "keep_number": False, "gloss": "omitted"}}
    (out_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(json.dumps(convert(Path(sys.argv[1]), Path(sys.argv[2])), ensure_ascii=False, indent=1))
