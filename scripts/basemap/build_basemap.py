#!/usr/bin/python3
"""Build public/basemap/water.geojson (sea + lakes) from GSHHG 2.3.7 full resolution.

Run through scripts/basemap/build-basemap.sh (it checks the Debian packages first).
Needs: gmt, gmt-gshhg-full, python3-shapely (Debian), run with /usr/bin/python3.

Method
  1. `gmt coast -R<box> -Df -M -W` exports the shoreline fragments (GSHHG polygons cut at
     bin edges and at the box).
  2. Snap every coordinate to a 1e-5 degree grid (the output precision), add the box
     outline, node all lines (unary_union) and polygonize them into faces.
  3. Classify each face by asking GMT about one interior point (`gmt select -Df -N...`):
     ocean -> sea; lake or pond -> lake; land or island-in-lake -> land.
  4. Union the faces per class, round to 5 decimals, drop degenerate rings, rewind to
     RFC 7946 (exterior counter-clockwise, holes clockwise), sort for determinism.
  5. Write one compact FeatureCollection.
"""
import json
import os
import subprocess
import sys
import tempfile

from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box, mapping
from shapely.geometry.polygon import orient
from geom import polygons_of  # noqa: E402 (sibling module)
from shapely.ops import polygonize, unary_union

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "basemap-src", "gshhg", "water-gshhg.geojson")

# The basemap box (lon/lat). Keep MapLibre's maxBounds inside it.
WEST, EAST, SOUTH, NORTH = 15.5, 19.9, 58.75, 60.3
REGION = f"-R{WEST}/{EAST}/{SOUTH}/{NORTH}"
NDP = 5  # decimals in the output (~1.1 m north-south, ~0.6 m east-west here)

# Lakes named only when a point we are sure of lies inside the lake polygon.
# (lon, lat, name): open water of Mälaren (Ekoln/Skarven area is part of Mälaren too)
# and of Erken (the lake south-west of Norrtälje).
LAKE_NAMES = [
    (17.45, 59.45, "Mälaren"),
    (17.62, 59.77, "Mälaren"),
    (18.60, 59.84, "Erken"),
]


def log(msg):
    print(f"build_basemap: {msg}", file=sys.stderr)


def run_gmt(args, stdin_text=None, cwd=None):
    res = subprocess.run(
        ["gmt"] + args,
        input=stdin_text,
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "LC_ALL": "C"},
    )
    if res.returncode != 0:
        raise SystemExit(f"gmt {' '.join(args)} failed:\n{res.stderr}")
    return res.stdout


def snap(v):
    return round(v, NDP)


def read_shore_fragments(tmp):
    text = run_gmt(["coast", REGION, "-Df", "-M", "-W"], cwd=tmp)
    frags, cur = [], []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith(">"):
            if cur:
                frags.append(cur)
            cur = []
            continue
        x, y = line.split()[:2]
        x, y = snap(float(x)), snap(float(y))
        # points within a grid step of the box edge go exactly onto it
        if abs(x - WEST) < 2e-5:
            x = WEST
        if abs(x - EAST) < 2e-5:
            x = EAST
        if abs(y - SOUTH) < 2e-5:
            y = SOUTH
        if abs(y - NORTH) < 2e-5:
            y = NORTH
        if not cur or cur[-1] != (x, y):
            cur.append((x, y))
    if cur:
        frags.append(cur)
    return [f for f in frags if len(f) >= 2]


def classify(faces, tmp):
    """Return a list of 'sea' | 'lake' | 'land' per face, asking GMT at one interior point."""
    pts_file = os.path.join(tmp, "faces.txt")
    with open(pts_file, "w") as fh:
        for i, f in enumerate(faces):
            p = f.representative_point()
            fh.write(f"{p.x:.10f}\t{p.y:.10f}\t{i}\n")
    # -N flags: ocean/land/lake/island/pond, k = keep, s = skip
    kept = {}
    for kind, flags in (("sea", "k/s/s/s/s"), ("lake", "s/s/k/s/k"), ("land", "s/k/s/k/s")):
        out = run_gmt(["select", pts_file, "-Df", REGION, f"-N{flags}"], cwd=tmp)
        for line in out.splitlines():
            if line.strip() and not line.startswith(">"):
                i = int(round(float(line.split()[2])))
                if i in kept:
                    raise SystemExit(f"face {i} classified twice ({kept[i]}, {kind})")
                kept[i] = kind
    missing = [i for i in range(len(faces)) if i not in kept]
    if missing:
        raise SystemExit(f"{len(missing)} faces not classified by gmt select")
    return [kept[i] for i in range(len(faces))]


def clean_ring(coords):
    out = []
    for x, y in coords:
        p = (round(x, NDP), round(y, NDP))
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def ring_area(ring):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        a += x1 * y2 - x2 * y1
    return a / 2.0


def finish(geom):
    """Round, drop degenerate rings, rewind (RFC 7946), sort. Returns a list of polygons
    as lists of rings of [lon, lat]."""
    result = []
    for poly in polygons_of(geom):
        ext = clean_ring(poly.exterior.coords)
        if len(ext) < 4 or abs(ring_area(ext)) == 0:
            continue
        holes = []
        for h in poly.interiors:
            r = clean_ring(h.coords)
            if len(r) >= 4 and abs(ring_area(r)) > 0:
                holes.append(r)
        p = Polygon(ext, holes)
        if not p.is_valid:
            p = p.buffer(0)  # rare: rounding made a ring touch itself
        for q in polygons_of(p):
            q = orient(q, sign=1.0)  # exterior CCW, holes CW
            ext = clean_ring(q.exterior.coords)
            holes = [clean_ring(h.coords) for h in q.interiors]
            holes = [h for h in holes if len(h) >= 4 and abs(ring_area(h)) > 0]
            holes.sort(key=lambda r: (min(r), len(r)))
            result.append([ext] + holes)
    result.sort(key=lambda rings: (min(rings[0]), len(rings[0])))
    return result


def to_json_coords(rings):
    return [[[x, y] for x, y in r] for r in rings]


def main():
    with tempfile.TemporaryDirectory(prefix="basemap-") as tmp:
        frags = read_shore_fragments(tmp)
        log(f"{len(frags)} shoreline fragments from GSHHG (full resolution)")
        lines = [LineString(f) for f in frags]
        bbox = box(WEST, SOUTH, EAST, NORTH)
        lines.append(LineString(list(bbox.exterior.coords)))
        noded = unary_union(lines)
        faces = [f for f in polygonize(noded) if f.area > 0]
        log(f"{len(faces)} faces after noding and polygonizing")
        covered = unary_union(faces).area
        if abs(covered - bbox.area) > 1e-9:
            raise SystemExit(f"faces cover {covered}, box is {bbox.area}: shoreline not closed")
        kinds = classify(faces, tmp)

    sea = unary_union([f for f, k in zip(faces, kinds) if k == "sea"])
    lake = unary_union([f for f, k in zip(faces, kinds) if k == "lake"])
    log(f"faces: {kinds.count('sea')} sea, {kinds.count('lake')} lake, {kinds.count('land')} land")

    features = []
    sea_polys = finish(sea)
    features.append({
        "type": "Feature",
        "properties": {"kind": "sea"},
        "geometry": {"type": "MultiPolygon", "coordinates": [to_json_coords(p) for p in sea_polys]},
    })

    # Lakes: one feature per name (MultiPolygon), unnamed lakes one Polygon feature each.
    named, unnamed = {}, []
    for rings in finish(lake):
        poly = Polygon(rings[0], rings[1:])
        name = None
        for lon, lat, n in LAKE_NAMES:
            if poly.contains(Point(lon, lat)):
                name = n
                break
        if name:
            named.setdefault(name, []).append(rings)
        else:
            unnamed.append(rings)
    for name in sorted(named):
        polys = named[name]
        geom = (
            {"type": "Polygon", "coordinates": to_json_coords(polys[0])}
            if len(polys) == 1
            else {"type": "MultiPolygon", "coordinates": [to_json_coords(p) for p in polys]}
        )
        features.append({"type": "Feature", "properties": {"kind": "lake", "name": name}, "geometry": geom})
    for rings in unnamed:
        features.append({
            "type": "Feature",
            "properties": {"kind": "lake"},
            "geometry": {"type": "Polygon", "coordinates": to_json_coords(rings)},
        })

    for lon, lat, n in LAKE_NAMES:
        if n not in named:
            raise SystemExit(f"lake name check failed: {n} ({lat}, {lon}) not inside any lake")

    fc = {
        "type": "FeatureCollection",
        "bbox": [WEST, SOUTH, EAST, NORTH],
        "features": features,
    }
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)

    nverts = 0
    nrings = 0
    for f in features:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        for p in polys:
            for r in p:
                nverts += len(r)
                nrings += 1
    log(
        f"wrote {os.path.relpath(OUT, ROOT)}: {len(features)} features "
        f"({len(sea_polys)} sea polygons; lakes named: {', '.join(sorted(named)) or '-'}; "
        f"{len(unnamed)} unnamed), {nrings} rings, {nverts} vertices, {len(text.encode())} bytes"
    )


if __name__ == "__main__":
    main()
