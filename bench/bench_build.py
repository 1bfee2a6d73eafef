"""Build throughput and peak memory on synthetic corpora of 100, 1,000 and 10,000 documents.

For each size (corpora made by bench/corpus.py, cached in a temporary folder) and for 1
job and every core, each measurement runs in a fresh process and reports documents per
second and peak memory (resident set, MB: the largest of the process and its workers):

``encode``    transcription -> TEI file (registry loaded before the clock starts)
``validate``  project schema, tei_all and rules over those TEI files (grammars compiled
              before the clock starts; their compile time is printed apart)
``render``    HTML reading views of those TEI files
``build``     ``build_edition`` from nothing: everything, index and review included
``again``     the same build a second time, nothing changed (and its ratio to ``build``)

Run:
    python bench/bench_build.py                      # 100 and 1000
    python bench/bench_build.py --sizes 100,1000,10000
    python bench/bench_build.py --stages build,again --sizes 10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CACHE = Path(tempfile.gettempdir()) / "encoder-bench"


def peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def corpus_for(size: int) -> Path:
    import corpus

    folder = CACHE / f"corpus-{size}"
    if not (folder / "docs").is_dir() or len(list((folder / "docs").glob("*.txt"))) != size:
        shutil.rmtree(folder, ignore_errors=True)
        corpus.generate(size, folder, seed=size)
    return folder


def measure(stage: str, size: int, jobs: int) -> dict:
    """One stage in this process (called in a fresh child by main)."""
    from concurrent.futures import ProcessPoolExecutor
    import multiprocessing

    from encoder import build as b

    edition = corpus_for(size)
    work = CACHE / f"work-{size}-{jobs}"
    out = work / "_build"
    tei_dir = out / "tei"
    result = {"stage": stage, "documents": size, "jobs": jobs, "setup": 0.0}
    inputs = b.discover([edition / "docs"])
    registry_paths = b.registry_files(edition)

    def pool(tei_all=None, registry=False):
        if jobs == 1:
            return None
        return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork"),
                                   initializer=b._init_worker,
                                   initargs=([str(p) for p in registry_paths] if registry else None, tei_all, os.getpid()))

    def tasks(encode: bool, validate: bool) -> list[dict]:
        out_tasks = []
        for path in inputs:
            name = b.document_id(path) + ".xml"
            out_tasks.append({
                "name": name, "input": str(path), "tei": str(tei_dir / name), "current": None, "base": {},
                "input_hash": None, "registry_hash": "", "encoding": None, "today": "2024-05-01", "tei_all": True,
                "encode": encode, "validate": validate, "render": False, "status": "new",
            })
        return out_tasks

    if stage in ("build", "again"):
        if stage == "build":
            shutil.rmtree(work, ignore_errors=True)
        started = time.perf_counter()
        summary = b.build_edition(edition, out, jobs=jobs, echo=lambda line: None, progress=False)
        result["seconds"] = time.perf_counter() - started
        result["ok"] = summary.ok and summary.documents == size
        result["detail"] = summary.line()
    elif stage == "encode":
        shutil.rmtree(work, ignore_errors=True)
        tei_dir.mkdir(parents=True)
        started = time.perf_counter()
        b._prepare(registry_paths=[str(p) for p in registry_paths], registry=None, tei_all=None)
        result["setup"] = time.perf_counter() - started
        executor = pool()
        started = time.perf_counter()
        results = list(b._run_all(b._encode_and_check, tasks(True, False), executor))
        result["seconds"] = time.perf_counter() - started
        result["ok"] = all(r["status"] != "failed" for r in results)
    elif stage == "validate":
        started = time.perf_counter()
        b._prepare(registry_paths=None, registry=None, tei_all=True)
        result["setup"] = time.perf_counter() - started
        executor = pool(tei_all=True)
        started = time.perf_counter()
        results = list(b._run_all(b._encode_and_check, tasks(False, True), executor))
        result["seconds"] = time.perf_counter() - started
        result["ok"] = all(r["entry"]["valid"] for r in results)
    elif stage == "render":
        files = sorted(tei_dir.glob("*.xml"))
        started = time.perf_counter()
        problems = b.render_outputs(files, out, {})
        result["seconds"] = time.perf_counter() - started
        result["ok"] = not problems and len(files) == size
    result["per_second"] = size / result["seconds"]
    result["peak_mb"] = round(peak_mb())
    return result


def run(stage: str, size: int, jobs: int) -> dict:
    command = [sys.executable, __file__, "--child", stage, str(size), str(jobs)]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{stage} {size} {jobs} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--stages", default="encode,validate,render,build,again")
    parser.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stage, size, jobs = args.child
        print(json.dumps(measure(stage, int(size), int(jobs))))
        return
    rows = []
    print(f"{'stage':<9} {'docs':>6} {'jobs':>4} {'seconds':>8} {'docs/s':>8} {'setup s':>8} {'peak MB':>8}  ok")
    for size in map(int, args.sizes.split(",")):
        corpus_for(size)
        for jobs in map(int, args.jobs.split(",")):
            first = None
            for stage in args.stages.split(","):
                row = run(stage, size, jobs)
                rows.append(row)
                extra = ""
                if stage == "build":
                    first = row["seconds"]
                if stage == "again" and first:
                    extra = f"  second run = {100 * row['seconds'] / first:.1f} % of the first"
                print(f"{stage:<9} {size:>6} {jobs:>4} {row['seconds']:>8.2f} {row['per_second']:>8.1f} "
                      f"{row['setup']:>8.2f} {row['peak_mb']:>8}  {row['ok']}{extra}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
