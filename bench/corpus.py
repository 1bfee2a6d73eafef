"""Synthetic editions for benchmarks and tests: N transcriptions made from the examples.

Each document is one of the example transcriptions (``editions/wcda``, ``editions/bare``)
with its names, dates and length varied, deterministically from a seed:

- **names**: surnames of persons the registry knows are swapped for other known ones or
  for invented surnames (which end up in the review report, as in a real corpus);
- **dates**: every year 1940-1969 moves by the same multiple of 4 years (so that a
  29 February stays a real date) — the date line, the datelines and the metadata move
  together;
- **length**: a body paragraph is repeated (up to 3 times) or the document is left as is,
  so lengths vary from the example's to about twice it.

The registry (``editions/registry/*.xml``) is copied into ``EDITION/registry``. Run:

    python bench/corpus.py N OUT_DIR [--seed S]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = ROOT / "editions"

KNOWN = [
    "Stalin", "Molotov", "Vyshinsky", "Gromyko", "Malenkov", "Khrushchev", "Bulganin", "Mikoyan",
    "Zhukov", "Beria", "Kaganovich", "Voroshilov", "Suslov", "Roshchin", "Yudin", "Panyushkin",
]
INVENTED = [
    "Petrenko", "Sidorenko", "Arkhipov", "Belyakov", "Demidov", "Golubev", "Karpenko", "Lavrentyev",
    "Orlovsky", "Rudakov", "Tikhonov", "Vasnetsov", "Yermolov", "Zaitsev", "Kholodov", "Mironenko",
]
YEAR = re.compile(r"\b(19[4-6]\d)\b")


def examples() -> list[tuple[Path, Path | None]]:
    """The example transcriptions, each with its NAME.meta.json if it has one."""
    found = []
    for path in sorted((EDITIONS / "wcda").glob("*.txt")) + sorted((EDITIONS / "bare").glob("*.txt")):
        sidecar = path.with_name(path.stem + ".meta.json")
        found.append((path, sidecar if sidecar.exists() else None))
    return found


def vary_names(text: str, rng: random.Random) -> str:
    swaps = {}
    for name in KNOWN:
        if name in text and rng.random() < 0.5:
            swaps[name] = rng.choice(KNOWN + INVENTED + INVENTED)
    if not swaps:
        return text
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, swaps)) + r")\b")
    return pattern.sub(lambda m: swaps[m.group(1)], text)


def vary_years(text: str, shift: int) -> str:
    return YEAR.sub(lambda m: str(int(m.group(1)) + shift), text) if shift else text


def vary_length(text: str, rng: random.Random) -> str:
    """Repeat one long body paragraph 0-3 times, right after itself."""
    paragraphs = text.split("\n\n")
    candidates = [i for i, p in enumerate(paragraphs) if len(p) > 200 and not p.lstrip().startswith(("**", "<", "["))
                  and i > len(paragraphs) // 3]
    if not candidates:
        return text
    index = rng.choice(candidates)
    copies = rng.choice([0, 0, 1, 2, 3])
    paragraphs[index + 1:index + 1] = [paragraphs[index]] * copies
    return "\n\n".join(paragraphs)


def generate(count: int, out_dir: Path, *, seed: int = 1) -> list[Path]:
    """Write ``count`` transcriptions into ``out_dir/docs`` and the registry; return the files."""
    rng = random.Random(seed)
    out_dir = Path(out_dir)
    docs = out_dir / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    registry = out_dir / "registry"
    registry.mkdir(exist_ok=True)
    for path in sorted((EDITIONS / "registry").glob("*.xml")):
        shutil.copy(path, registry / path.name)
    sources = [(path, path.read_text(encoding="utf-8"), json.loads(meta.read_text(encoding="utf-8")) if meta else None)
               for path, meta in examples()]
    written = []
    for i in range(count):
        path, text, meta = sources[i % len(sources)]
        shift = rng.choice([-8, -4, 0, 4, 8])
        text = vary_length(vary_years(vary_names(text, rng), shift), rng)
        target = docs / f"{path.stem}-{i:05d}.txt"
        target.write_text(text, encoding="utf-8")
        if meta is not None:
            varied = {key: (vary_years(value, shift) if isinstance(value, str) else value) for key, value in meta.items()}
            target.with_name(target.stem + ".meta.json").write_text(json.dumps(varied, ensure_ascii=False), encoding="utf-8")
        written.append(target)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = generate(args.count, args.out_dir, seed=args.seed)
    print(f"{len(files)} transcriptions in {args.out_dir / 'docs'}, registry in {args.out_dir / 'registry'}")


if __name__ == "__main__":
    main()
