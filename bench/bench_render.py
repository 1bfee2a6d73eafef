"""How long the site takes per document, beside a saxonche identity transform (the floor).

1,000 TEI documents are made by encoding the example edition (editions/, with its
registry) and copying the results under new names until there are N of them (their
xml:id made unique). Then, in one process:

- floor: one compiled identity stylesheet (xsl:mode on-no-match="shallow-copy"),
  source file in, result file out, for each document: what reading, transforming and
  writing a document costs at the least with saxonche;
- site: encoder.site.build_site over the same files: reading view, diplomatic view and
  record per document, then the registers (persons, places, organizations), index,
  timeline, map and search pages and the search index: everything, divided by N.

Both are measured after a warm-up run over the first 100 documents (the JIT of SaxonC's
native image and Python's imports are not counted), best of ``runs``. Goal: site within
3x of the floor. Run:

    python bench/bench_render.py [N] [runs]
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from encoder.build import discover, encode_to, registry_files
from encoder.names.registry import load_registry
from encoder.render import _saxon
from encoder.site import build_site

ROOT = Path(__file__).resolve().parents[1]
IDENTITY = """<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:mode on-no-match="shallow-copy"/><xsl:output method="xml" encoding="UTF-8"/>
</xsl:stylesheet>"""


def corpus(folder: Path, n: int) -> list[Path]:
    editions = ROOT / "editions"
    outcomes = encode_to(discover([editions]), folder / "seed", load_registry(registry_files(editions)))
    seeds = [o.output for o in outcomes if o.status != "failed"]
    texts = [s.read_text(encoding="utf-8") for s in seeds]
    files = []
    for i in range(n):
        src = texts[i % len(texts)]
        name = f"{seeds[i % len(seeds)].stem}-{i:04d}"
        out = folder / "tei" / f"{name}.xml"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(re.sub(r'(<TEI [^>]*xml:id=")[^"]*"', rf'\g<1>{name}"', src, count=1), encoding="utf-8")
        files.append(out)
    return files


def floor(files: list[Path], out: Path) -> float:
    proc = _saxon()
    identity = proc.new_xslt30_processor().compile_stylesheet(stylesheet_text=IDENTITY)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for f in files:
        identity.transform_to_file(source_file=str(f), output_file=str(out / f.name))
    return time.perf_counter() - started


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 1000
    runs = int(argv[2]) if len(argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = corpus(tmp, n)
        floor(files[:100], tmp / "warm-floor")
        build_site(files[:100], tmp / "warm-site")
        floors, sites, reports = [], [], []
        for run in range(runs):
            floors.append(floor(files, tmp / f"floor-{run}"))
            report = build_site(files, tmp / f"site-{run}", title="Benchmark edition")
            assert not report.failed, report.failed[:3]
            sites.append(report.seconds)
            reports.append(report)
            shutil.rmtree(tmp / f"floor-{run}")
            shutil.rmtree(tmp / f"site-{run}")
        best_floor, best_site = min(floors), min(sites)
        report = reports[sites.index(best_site)]
        per_floor, per_site = best_floor / n * 1000, best_site / n * 1000
        print(f"documents: {n} (from {len(set(f.stem.rsplit('-', 1)[0] for f in files))} encoded examples), "
              f"best of {runs}")
        print(f"floor (saxonche identity, file to file): {per_floor:.3f} ms per document, {best_floor:.2f} s in all")
        print(f"site  (encoder.site.build_site):          {per_site:.3f} ms per document, {best_site:.2f} s in all, "
              f"{len(report.pages)} files")
        print("      phases: " + ", ".join(f"{k} {v:.2f} s" for k, v in report.timings.items()))
        ratio = per_site / per_floor
        print(f"ratio: {ratio:.2f}x the floor (goal: within 3x) -> {'met' if ratio <= 3 else 'NOT met'}")


if __name__ == "__main__":
    main(sys.argv)
