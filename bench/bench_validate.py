"""Benchmark validation: ms per document for each layer and the whole, beside jing.

    python bench/bench_validate.py [--documents 1000] [--jing-per-file 50] [--keep DIR]

Generates DOCUMENTS TEI files by encoding the example transcriptions of editions/ (wcda/
and bare/) with varied file names, dates (years shifted) and persons (surnames swapped),
with encoder.build.encode_to, into a temporary folder. Then, on the same files, in the
same run:

- each layer of encoder.validate alone (parse, project XSD verdict by libxml2, xmlschema
  as it runs on an invalid document, tei_all by lxml, the rules), grammars compiled once;
- the whole Validator, in process (compile times shown apart, and amortized);
- ``encoder validate FOLDER`` as a CI step runs it: a fresh process, imports and
  compiles included;
- jing (RelaxNG, tei_all only) if installed (``apt-get install jing``): one process for
  all the files, and one process per file (on a sample of --jing-per-file files, 0 for
  all: a JVM start per file takes ~1.5 s, 1,000 of them ~25 min).

The goal it checks: our whole stack (XSD + tei_all + rules) costs less per document than
jing alone, both in process and as a CI step.

Figures of 2026-11-26, 2-CPU shared machine (another job held one CPU: load 2.4-3.1),
best of four runs each, 1,000 documents of 11.9 KB mean, all valid:

    compile: XSD libxml2 0.01 s, tei_all restricted 0.03 s (only grammars valid documents
             need); tei_all simplified 0.69 s, xmlschema 0.33 s, tei_all.rng 4.5-4.8 s
             (only when a document is rejected by the restricted grammar / invalid)
    per document:    parse 0.22 ms, XSD verdict 0.08, tei_all verdict (restricted) 0.51,
                     simplified 1.83, tei_all.rng 0.53, rules 0.54; xmlschema on an invalid
                     one 12.4
    whole stack, compiled:         1.56 ms (before the restricted grammar: 2.92)
    whole, compile amortized:      1.60 ms (3.65); encoder validate FOLDER, fresh process:
                                   1.78 ms (3.95); --jobs 0, 2 processes: 1.12 ms (2.65)
    jing, one process, 1,000 files: 1.22-2.40 ms (marginal 0.67-1.84 ms): it is fast when
                                   it has both CPUs (JIT and GC threads), 2x slower when the
                                   other job holds one; one process per file: 360-690 ms

So: faster than jing per file (~200x: what a pre-commit hook or a per-file CI step pays),
and than one jing process over 1,000 files when jing shares the machine (1.60-1.8 vs
2.3-2.4 ms); *not* faster than one jing process with both CPUs to itself (1.60 in process,
1.78 as a CI step, vs 1.22 ms), except with --jobs 0 (1.12). What is left of ours: the
rules (0.54 ms) and the restricted tei_all (0.51) are the largest parts.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lxml import etree  # noqa: E402

from encoder import validate as v  # noqa: E402
from encoder.build import encode_to  # noqa: E402
from encoder.names.registry import load_registry  # noqa: E402

EDITIONS = ROOT / "editions"
SURNAMES = ["Roshchin", "Muccio", "Dulles", "Acheson", "Gromyko", "Panyushkin", "Vyshinsky", "Ridgway"]
_YEAR = re.compile(r"\b(19[3-6]\d)\b")


def vary(text: str, index: int, rng: random.Random) -> str:
    """The transcription with its years shifted and one surname swapped for another."""
    shift = index % 7 - 3
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    present = [name for name in SURNAMES if name in text]
    if present:
        old = rng.choice(present)
        text = text.replace(old, rng.choice([n for n in SURNAMES if n != old]))
    return text


def generate(count: int, folder: Path) -> list[Path]:
    """``count`` TEI files in ``folder``/tei, encoded from varied example transcriptions."""
    rng = random.Random(1951)
    examples = sorted((EDITIONS / "wcda").glob("*.txt")) + sorted((EDITIONS / "bare").glob("*.txt"))
    sources = folder / "src"
    sources.mkdir(parents=True)
    inputs = []
    for index in range(count):
        example = examples[index % len(examples)]
        target = sources / f"{example.stem}-v{index:04d}.txt"
        target.write_text(vary(example.read_text(encoding="utf-8-sig"), index, rng), encoding="utf-8")
        meta = example.with_suffix(".meta.json")
        if meta.exists():
            target.with_suffix(".meta.json").write_text(
                vary(meta.read_text(encoding="utf-8"), index, rng), encoding="utf-8"
            )
        inputs.append(target)
    registry = load_registry(sorted((EDITIONS / "registry").glob("*.xml")))
    outcomes = encode_to(inputs, folder / "tei", registry, today="2026-01-01")
    return sorted(o.output for o in outcomes if o.status != "failed" and o.output is not None)


def per_document(label: str, seconds: float, count: int, note: str = "") -> tuple[str, float]:
    ms = seconds / count * 1000
    print(f"  {label:<52} {ms:8.2f} ms/doc" + (f"   {note}" if note else ""))
    return label, ms


def time_layer(files, datas, function) -> float:
    started = time.perf_counter()
    for path, data in zip(files, datas):
        function(path, data)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--jing-per-file", type=int, default=50, help="files run with one jing process each (0: all)")
    parser.add_argument("--keep", type=Path, help="write the generated documents here and keep them")
    arguments = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="bench-validate-"))
    folder = arguments.keep or workdir
    try:
        started = time.perf_counter()
        files = generate(arguments.documents, folder)
        n = len(files)
        kb = statistics.mean(p.stat().st_size for p in files) / 1024
        print(f"{n} documents encoded in {time.perf_counter() - started:.1f} s (mean {kb:.1f} KB) in {folder / 'tei'}")
        datas = [p.read_bytes() for p in files]

        print("\nCompiling, once per process:")
        compile_times = {}
        for name, load in (("project XSD, libxml2 (verdict)", v._project_schema_fast),
                           ("tei_all restricted, lxml (verdict)", v._tei_all_restricted),
                           ("tei_all simplified, lxml (if restricted rejects)", v._tei_all_fast),
                           ("project XSD, xmlschema (messages, if invalid)", v._project_schema),
                           ("tei_all.rng, lxml (messages, if invalid)", v._tei_all)):
            started = time.perf_counter()
            load()
            compile_times[name] = time.perf_counter() - started
            print(f"  {name:<52} {compile_times[name]:8.2f} s")

        print(f"\nEach layer alone, per document ({n} documents):")
        trees = [etree.parse(io.BytesIO(d), v._parser()) for d in datas]
        per_document("read + entity check + parse (libxml2)", time_layer(
            files, datas, lambda p, d: (v._declared_entities(d), etree.parse(io.BytesIO(d), v._parser()))), n)
        fast = v._project_schema_fast()
        invalid = [p for p, t in zip(files, trees) if not fast.validate(t)]
        per_document("schema: verdict, libxml2 XSD", time_layer(files, trees, lambda p, t: fast.validate(t)), n,
                     f"({len(invalid)} invalid)")
        sample = trees[: max(1, n // 10)]
        xsd = v._project_schema()
        per_document("schema: messages, xmlschema (invalid documents only)",
                     time_layer(sample, sample, lambda p, t: list(xsd.iter_errors(t))), len(sample),
                     f"(on {len(sample)} documents)")
        restricted = v._tei_all_restricted()
        rejected = sum(1 for t in trees if not restricted.validate(t))
        per_document("tei_all: verdict, restricted grammar, lxml",
                     time_layer(files, trees, lambda p, t: restricted.validate(t)), n, f"({rejected} rejected)")
        fast_rng = v._tei_all_fast()
        tei_all_invalid = sum(1 for t in trees if not fast_rng.validate(t))
        per_document("tei_all: simplified grammar (if restricted rejects)", time_layer(files, trees, lambda p, t: fast_rng.validate(t)),
                     n, f"({tei_all_invalid} invalid)")
        rng = v._tei_all()
        per_document("tei_all: tei_all.rng, lxml (invalid documents only)",
                     time_layer(files, trees, lambda p, t: rng.validate(t)), n)

        def rules(path, data):
            document = v._Document(str(path), data, etree.parse(io.BytesIO(data), v._parser()))
            for _, check in v._CHECKS:
                for _ in check(document):
                    pass

        per_document("rules (all 7, parse included)", time_layer(files, datas, rules), n)

        print("\nThe whole stack (XSD + tei_all + rules):")
        validator = v.Validator()
        problems = 0
        started = time.perf_counter()
        for path in files:
            problems += len(validator.validate(path))
        whole = time.perf_counter() - started
        _, ours = per_document("Validator, in process, grammars compiled", whole, n, f"({problems} problems)")
        compiled = compile_times["project XSD, libxml2 (verdict)"] + compile_times["tei_all restricted, lxml (verdict)"]
        _, ours_amortized = per_document("Validator, in process, + compile amortized", whole + compiled, n,
                                         "(valid documents: verdict grammars only)")
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "encoder.cli", "validate", str(folder / "tei")],
                                capture_output=True, text=True)
        cli = time.perf_counter() - started
        _, ours_cli = per_document("encoder validate FOLDER (fresh process, all in)", cli, n,
                                   f"(exit {result.returncode}: {result.stderr.strip().splitlines()[-1]})")
        cpus = os.cpu_count() or 1
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "encoder.cli", "validate", "--jobs", "0", str(folder / "tei")],
                                capture_output=True, text=True)
        _, ours_jobs = per_document(f"encoder validate --jobs 0 FOLDER ({cpus} processes)", time.perf_counter() - started,
                                    n, f"(exit {result.returncode})")

        jing = shutil.which("jing")
        print("\njing (tei_all only):")
        if jing is None:
            print("  jing is not installed (apt-get install jing): skipped")
            return
        rng_path = ROOT / "schemas" / "tei_all.rng"
        started = time.perf_counter()
        result = subprocess.run([jing, str(rng_path), *map(str, files)], capture_output=True, text=True)
        _, jing_one = per_document("jing, one process for all files", time.perf_counter() - started, n,
                                   f"(exit {result.returncode})")
        chosen = files if arguments.jing_per_file <= 0 else files[: arguments.jing_per_file]
        started = time.perf_counter()
        for path in chosen:
            subprocess.run([jing, str(rng_path), str(path)], capture_output=True)
        _, jing_each = per_document("jing, one process per file", time.perf_counter() - started, len(chosen),
                                    f"(on {len(chosen)} files)")
        per_document("jing, marginal cost of a document (start excluded)",
                     max(0.0, jing_one * n - jing_each) / 1000, n - 1, "(one process, minus one single-file run)")

        print("\nGoal: the whole stack faster per document than jing alone")
        for label, mine, theirs in (
            ("in process vs jing one process", ours_amortized, jing_one),
            ("CI step (encoder validate) vs jing one process", ours_cli, jing_one),
            ("CI step (encoder validate) vs jing per file", ours_cli, jing_each),
            (f"CI step, --jobs 0 ({cpus} CPUs) vs jing one process", ours_jobs, jing_one),
        ):
            verdict = "met" if mine < theirs else "NOT met"
            print(f"  {label:<52} {mine:8.2f} vs {theirs:8.2f} ms/doc: {verdict} ({theirs / mine:.1f}x)")
    finally:
        if arguments.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
