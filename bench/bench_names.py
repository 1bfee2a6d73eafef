"""Benchmark the name matcher: ms per 5,000 characters, beside a trivial regex pass.

    python bench/bench_names.py

The registry (editions/registry/*.xml) is loaded and its lookup tables built once, as in a
real run; the figures are the per-document cost of find_names:

- on a dense sample (a name every ~30 characters: the worst case);
- on real text: 5,000-character pieces of the FRUS evaluation documents when ../shared is
  beside the project, else of the example transcriptions in editions/;
- tagging as a whole on that real text: names and dates (find_names + find_dates), the
  figure the 5 ms bound is about.

The baseline is one pass of a capitalized-word regex over the same text.
"""

from __future__ import annotations

import re
import sys
import time
import timeit
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_FRUS = ROOT.parent / "shared" / "eval" / "frus"
SIZE = 5_000
sys.path.insert(0, str(ROOT))

from encoder.dates import find_dates  # noqa: E402
from encoder.names.matcher import find_names  # noqa: E402
from encoder.source import read_source  # noqa: E402
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


def real_pieces() -> tuple[str, list[str]]:
    """5,000-character pieces of real transcriptions, and where they come from."""
    if SHARED_FRUS.is_dir():
        label, files = "FRUS evaluation documents", sorted(SHARED_FRUS.glob("*/d*.txt"))[:120]
    else:
        label, files = "editions/ examples", sorted((ROOT / "editions").glob("*/*.txt"))
    text = "\n\n".join(read_source(path)[0].text for path in files)
    return label, [text[i:i + SIZE] for i in range(0, len(text) - SIZE + 1, SIZE)]


def per_piece_ms(func, pieces: list[str], runs: int) -> float:
    """Best-of-three mean milliseconds for func over one piece."""
    best = min(timeit.repeat(lambda: [func(p) for p in pieces], number=runs, repeat=3))
    return best / (runs * len(pieces)) * 1000


def main() -> None:
    t0 = time.perf_counter()
    registry = load_registry(sorted((ROOT / "editions" / "registry").glob("*.xml")))
    find_names("warm up", registry)
    build_ms = (time.perf_counter() - t0) * 1000
    baseline = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*")
    dense = [(SAMPLE * (SIZE // len(SAMPLE) + 1))[:SIZE]]
    label, real = real_pieces()
    names = lambda t: find_names(t, registry)  # noqa: E731
    dense_ms = per_piece_ms(names, dense, 100)
    real_ms = per_piece_ms(names, real, 3)
    dates_ms = per_piece_ms(lambda t: find_dates(t, document_date="1955-06-13"), real, 3)
    base_ms = per_piece_ms(baseline.findall, real, 3)
    mentions = sum(len(find_names(p, registry)) for p in real) / len(real)
    print(f"registry: {len(registry)} entries, load + index {build_ms:.1f} ms (once per run)")
    print(f"find_names, dense sample:  {dense_ms:.2f} ms per 5,000 chars ({len(find_names(dense[0], registry))} mentions)")
    print(f"find_names, real text:     {real_ms:.2f} ms per 5,000 chars ({len(real)} pieces of {label}, "
          f"{mentions:.0f} mentions each)")
    print(f"tagging (names + dates):   {real_ms + dates_ms:.2f} ms per 5,000 chars of real text (dates {dates_ms:.2f})")
    print(f"baseline (one capitalized-word regex pass): {base_ms:.3f} ms per 5,000 chars of real text; "
          f"ratio {real_ms / base_ms:.1f}x")


if __name__ == "__main__":
    main()
