"""Quality on the FRUS development set (../shared/eval/frus): recall, linking, datelines.

Run: .venv/bin/python bench/eval_frus.py [FRUS_DIR]
Prints the figures of `encoder eval` (the same code) and the time it took.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from encoder.evaluate import evaluate_frus

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "frus"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not folder.exists():
        print(f"skipped: {folder} not found (the FRUS development set sits beside the project in ../shared)")
        return 0
    started = time.perf_counter()
    scores = evaluate_frus(folder)
    seconds = time.perf_counter() - started
    for line in scores.lines():
        print(line)
    print(f"seconds: {seconds:.2f} ({1000 * seconds / max(scores.documents, 1):.1f} ms per document, encode included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
