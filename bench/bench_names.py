"""Benchmark the name matcher: ms per 5,000 characters, beside a trivial regex pass.

    python bench/bench_names.py

The registry (editions/registry/*.xml) is loaded and its lookup tables built once, as in a
real run; the figure is the per-document cost of find_names. The baseline is one pass of
a capitalized-word regex over the same text.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from encoder.names.matcher import find_names  # noqa: E402
from encoder.names.registry import load_registry  # noqa: E402

SAMPLE = """SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY
CIPHERED TELEGRAM No. 20772
Copies: Stalin (2)
From BEIJING
To Comrade FILIPPOV [Stalin]

13.6.51 at 22:00 Beijing time I received the following telegram addressed to you from MAO ZEDONG.
Today I received a telegram from Comrades GAO GANG and KIM IL SUNG. I communicated our opinion on
the question of an armistice to Comrade GAO GANG in order for him to relay it to you. Comrade
PENG DEHUI very much needs Soviet advisers on strategy and tactics. I gave an order to the General
Staff to draw up a plan. Ambassador Panyushkin and Comrade Ivanov met Chou En-lai in Peking on
Monday; the Polish Embassy in Havana and the Ministry of Foreign Affairs of the USSR were told.
Secretary Acheson said that General Ridgway and Van Fleet would meet Syngman Rhee at Pusan.
N.S. Khrushchev told Gromyko A.A. that Zhukov's plan was sound. Stephanopoulos said so too.

ROSHCHIN
"""


def main() -> None:
    t0 = time.perf_counter()
    registry = load_registry(sorted((ROOT / "editions" / "registry").glob("*.xml")))
    find_names("warm up", registry)
    build_ms = (time.perf_counter() - t0) * 1000
    text = (SAMPLE * (5000 // len(SAMPLE) + 1))[:5000]
    baseline = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")
    runs = 200
    find_names(text, registry)
    t0 = time.perf_counter()
    for _ in range(runs):
        found = find_names(text, registry)
    ms = (time.perf_counter() - t0) * 1000 / runs
    t0 = time.perf_counter()
    for _ in range(runs):
        base = baseline.findall(text)
    base_ms = (time.perf_counter() - t0) * 1000 / runs
    print(f"registry: {len(registry)} entries, load + index {build_ms:.1f} ms (once per run)")
    print(f"find_names: {ms:.2f} ms per 5,000 chars ({len(found)} mentions)")
    print(f"baseline (one capitalized-word regex pass): {base_ms:.3f} ms per 5,000 chars "
          f"({len(base)} matches); ratio {ms / base_ms:.1f}x")


if __name__ == "__main__":
    main()
