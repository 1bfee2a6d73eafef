"""Measure the name matcher on the FRUS development data (shared/eval/frus).

    python tools/frus_names_eval.py [volume] [--show-misses N] [--show-fp N]

The volume's persons list (the union of the ``persons`` of its documents) is converted to
a TEI listPerson (FRUS ids kept as xml:id, the name string as the main persName, the
description as a note) and used as the registry. Prints person recall (exact and
lenient), linking accuracy, and a precision proxy: linked predictions that overlap no gold
person span (FRUS tags nearly every mention of a listed person).
"""

from __future__ import annotations

import collections
import json
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from encoder.names.matcher import find_names  # noqa: E402
from encoder.names.registry import load_registry  # noqa: E402


def frus_registry_xml(folder: Path) -> str:
    persons: dict[str, dict] = {}
    for f in sorted(folder.glob("d*.json")):
        persons.update(json.loads(f.read_text(encoding="utf-8"))["persons"])
    rows = []
    for pid, p in sorted(persons.items()):
        note = f"<note>{escape(p['description'])}</note>" if p.get("description") else ""
        rows.append(f'<person xml:id="{pid}"><persName type="main">{escape(p["name"])}'
                    f"</persName>{note}</person>")
    return ('<listPerson xmlns="http://www.tei-c.org/ns/1.0">' + "".join(rows) + "</listPerson>")


def evaluate(folder: Path, show_misses: int = 0, show_fp: int = 0) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "persons.xml"
        path.write_text(frus_registry_xml(folder), encoding="utf-8")
        registry = load_registry([path])
    gold_n = matched = lenient = linked_n = linked_ok = 0
    fp = fp_linked = pred_n = 0
    misses, fps, wrong = [], [], []
    for f in sorted(folder.glob("d*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        with open(folder / doc["text_file"], encoding="utf-8", newline="") as fh:
            text = fh.read()
        gold = [e for e in doc["entities"] if e["type"] == "persName"]
        pred = [m for m in find_names(text, registry) if m.kind == "persName"]
        by_span = {(m.start, m.end): m for m in pred}
        for g in gold:
            gold_n += 1
            m = by_span.get((g["start"], g["end"]))
            if m:
                matched += 1
                if g.get("corresp"):
                    linked_n += 1
                    if m.ref == g["corresp"].lstrip("#"):
                        linked_ok += 1
                    else:
                        wrong.append((f.stem, g["text"], g["corresp"], m.ref, m.reason, m.candidates))
            else:
                if any(p.start < g["end"] and g["start"] < p.end for p in pred):
                    lenient += 1
                ctx = text[max(0, g["start"] - 30):g["end"] + 30].replace("\n", " ")
                misses.append((f.stem, g["text"], g.get("corresp"), ctx))
        for p in pred:
            pred_n += 1
            if not any(p.start < g["end"] and g["start"] < p.end for g in gold):
                fp += 1
                if p.ref:
                    fp_linked += 1
                ctx = text[max(0, p.start - 30):p.end + 30].replace("\n", " ")
                fps.append((f.stem, text[p.start:p.end], p.ref, p.reason, ctx))
    res = {
        "gold": gold_n, "recall": matched / gold_n, "recall_lenient": (matched + lenient / 2) / gold_n,
        "linking": linked_ok / max(1, linked_n), "pred": pred_n,
        "unmatched_pred": fp, "unmatched_linked_pred": fp_linked,
        "precision_linked_proxy": 1 - fp_linked / max(1, pred_n),
    }
    if show_misses:
        c = collections.Counter((m[1], m[2]) for m in misses)
        print("== misses", len(misses), c.most_common(40))
        for m in misses[:show_misses]:
            print("  MISS", m)
        cw = collections.Counter((w[1], w[2], w[3], w[4]) for w in wrong)
        print("== wrong links", len(wrong))
        for k, v in cw.most_common(40):
            print("  ", v, k)
    if show_fp:
        c = collections.Counter((x[1], x[2], x[3]) for x in fps)
        print("== unmatched predictions", len(fps), c.most_common(60))
        for x in fps[:show_fp]:
            print("  FP", x)
    return res


if __name__ == "__main__":
    args = sys.argv[1:]
    vol = next((a for a in args if not a.startswith("--") and not a.isdigit()), "frus1955-57v24")
    nm = int(args[args.index("--show-misses") + 1]) if "--show-misses" in args else 0
    nf = int(args[args.index("--show-fp") + 1]) if "--show-fp" in args else 0
    folder = ROOT.parent / "shared" / "eval" / "frus" / vol
    print(json.dumps(evaluate(folder, nm, nf), indent=1))
