"""How long find_dates takes per 5,000 characters, beside a trivial regex pass.

The text is real FRUS transcriptions when /work/shared is present (cut into 5,000-character
pieces), else a synthetic mix of the forms find_dates reads. Run:

    python bench/bench_dates.py [runs]
"""

from __future__ import annotations

import re
import sys
import timeit
from pathlib import Path

from encoder.dates import find_dates

SIZE = 5_000
SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "frus"
SYNTHETIC = (
    "Received 19:55 13.June.1951. No. 2967. 13.6.51 at 22:00 Beijing time I received your "
    "telegram of 13 June. Today the position at the front in June is weaker; in August we "
    "will be stronger. APRF, f. 45, op. 1, d. 339, ll. 55-56. Moscow, June 3, 1951—4 p.m. "
    "In 1951 and since 1945, 16.XII.1947, 10/14/50, 120 pages, 15%, version 3.2, (2). "
    "The quick brown fox jumps over the lazy dog while the committee deliberates at length. "
)


def samples() -> list[str]:
    """5,000-character pieces of real text if available, else of the synthetic mix."""
    text = ""
    if SHARED.is_dir():
        text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("*/d*.txt"))[:120])
    if len(text) < SIZE:
        text = SYNTHETIC * (SIZE // len(SYNTHETIC) + 1)
    return [text[i:i + SIZE] for i in range(0, len(text) - SIZE + 1, SIZE)][:200]


def per_piece_ms(func, pieces: list[str], runs: int) -> float:
    """Best-of-five mean milliseconds for func over one piece."""
    best = min(timeit.repeat(lambda: [func(p) for p in pieces], number=runs, repeat=5))
    return best / (runs * len(pieces)) * 1000


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    pieces = samples()
    digits = re.compile(r"\d+")
    dates_ms = per_piece_ms(lambda t: find_dates(t, document_date="1951-06-13"), pieces, runs)
    base_ms = per_piece_ms(lambda t: list(digits.finditer(t)), pieces, runs)
    found = sum(len(find_dates(p)) for p in pieces) / len(pieces)
    print(f"pieces: {len(pieces)} x {SIZE} chars, {runs} runs each ({'FRUS' if SHARED.is_dir() else 'synthetic'})")
    print(f"find_dates:           {dates_ms:.3f} ms per 5,000 chars ({found:.1f} mentions per piece)")
    print(f"re.finditer(r'\\d+'):  {base_ms:.3f} ms per 5,000 chars")
    print(f"ratio:                {dates_ms / base_ms:.1f}x")


if __name__ == "__main__":
    main()
