#!/usr/bin/python3
"""Sanity checks for the embedded basemap (run by build-basemap.sh after the build).

Reads only files in public/basemap/:
  water.geojson        - structure, validity, RFC 7946 winding, 5-decimal coordinates
  probe-points.json    - each point is water/land as expected, in the named water body,
                         at least minShoreDistanceM from any shore and inside the box
  labels.geojson       - water labels on water (lake labels inside their lake),
                         place labels on land, all inside the box, unique ids
Exits non-zero and lists every problem if anything fails.
Needs python3-shapely (Debian); run with /usr/bin/python3.
"""
import json
import math
import os
import sys

from shapely.geometry import Point, box, shape
from shapely.ops import unary_union

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DIR = os.path.join(ROOT, "public", "basemap")
WEST, EAST, SOUTH, NORTH = 15.5, 19.9, 58.75, 60.3
LAT0 = 59.5  # metres per degree are taken at the middle of the box
M_PER_DEG_LAT = 111_200.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LAT0))

problems = []

# water labels that name (part of) a lake; every other water label must be on the sea
LAKE_OF_LABEL = {"Mälaren": "Mälaren", "Ekoln": "Mälaren", "Björkfjärden": "Mälaren", "Erken": "Erken"}


def fail(msg):
    problems.append(msg)


def load(name):
    with open(os.path.join(DIR, name), encoding="utf-8") as fh:
        return json.load(fh)


def ring_area(ring):
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2.0


def to_m(geom):
    from shapely.ops import transform

    return transform(lambda x, y, z=None: ((x - WEST) * M_PER_DEG_LON, (y - SOUTH) * M_PER_DEG_LAT), geom)


def check_water(fc):
    if fc.get("type") != "FeatureCollection":
        fail("water.geojson: not a FeatureCollection")
    kinds = [f["properties"].get("kind") for f in fc["features"]]
    if kinds.count("sea") != 1:
        fail(f"water.geojson: expected exactly one sea feature, found {kinds.count('sea')}")
    for f in fc["features"]:
        k = f["properties"].get("kind")
        if k not in ("sea", "lake", "water"):
            fail(f"water.geojson: unexpected kind {k!r}")
        if f["properties"].get("src") not in ("gshhg", "stockholm", "osm"):
            fail(f"water.geojson: {k}: unknown src {f['properties'].get('src')!r}")
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        for p in polys:
            for i, r in enumerate(p):
                if len(r) < 4 or r[0] != r[-1]:
                    fail(f"water.geojson: {k}: degenerate or open ring")
                a = ring_area(r)
                if i == 0 and a <= 0:
                    fail(f"water.geojson: {k}: exterior ring not counter-clockwise")
                if i > 0 and a >= 0:
                    fail(f"water.geojson: {k}: hole not clockwise")
                for x, y in r:
                    if round(x, 5) != x or round(y, 5) != y:
                        fail(f"water.geojson: {k}: coordinate with more than 5 decimals: {x},{y}")
                        break
                    if not (WEST <= x <= EAST and SOUTH <= y <= NORTH):
                        fail(f"water.geojson: {k}: coordinate outside the box: {x},{y}")
                        break
        if not shape(g).is_valid:
            fail(f"water.geojson: {k} {f['properties'].get('name', '')}: invalid geometry")


def classify(features, lng, lat):
    p = Point(lng, lat)
    for props, geom in features:
        if geom.contains(p):
            return props
    return None


def main():
    water = load("water.geojson")
    check_water(water)
    features = [(f["properties"], shape(f["geometry"])) for f in water["features"]]
    union = unary_union([g for _, g in features])
    frame = box(WEST, SOUTH, EAST, NORTH).exterior
    # shorelines = water boundaries minus the box outline (the box edge is not a shore)
    shore_m = to_m(union.boundary.difference(frame.buffer(1e-6)))

    probes = load("probe-points.json")
    n_water = n_land = 0
    for pt in probes["points"]:
        lat, lng, exp, pid = pt["lat"], pt["lng"], pt["expected"], pt["id"]
        props = classify(features, lng, lat)
        got = "water" if props else "land"
        if got != exp:
            fail(f"probe {pid}: expected {exp}, basemap has {got}")
        if exp == "water" and props:
            n_water += 1
            srcs = {pr["src"] for pr, g in features if g.contains(Point(lng, lat))}
            if pt.get("src") not in srcs:
                fail(f"probe {pid}: expected water from {pt.get('src')}, basemap has {', '.join(sorted(srcs))}")
            if props["kind"] == "lake" and props.get("name") != pt.get("waterBody"):
                fail(f"probe {pid}: expected lake {pt.get('waterBody')}, basemap has {props.get('name')}")
        if exp == "land" and not props:
            n_land += 1
        d = shore_m.distance(to_m(Point(lng, lat)))
        min_d = pt["minShoreM"]
        if d < min_d:
            fail(f"probe {pid}: only {d:.0f} m from a shore (need {min_d})")
        if min(lng - WEST, EAST - lng, lat - SOUTH, NORTH - lat) < 0.05:
            fail(f"probe {pid}: too close to the box edge")
        print(f"  probe {pid:32s} {exp:5s} ok, {d:6.0f} m from shore")
    if n_water < 4 or n_land < 4:
        fail(f"probe-points.json: need at least 4 water and 4 land points (have {n_water}, {n_land})")

    labels = load("labels.geojson")
    ids = set()
    for f in labels["features"]:
        p = f["properties"]
        lng, lat = f["geometry"]["coordinates"]
        if set(p) != {"id", "name", "kind", "rank"}:
            fail(f"label {p.get('id')}: properties must be exactly id, name, kind, rank")
        if p["id"] in ids:
            fail(f"label {p['id']}: duplicate id")
        ids.add(p["id"])
        if p["kind"] not in ("place", "water") or p["rank"] not in (1, 2, 3):
            fail(f"label {p['id']}: bad kind/rank")
        if not (WEST < lng < EAST and SOUTH < lat < NORTH):
            fail(f"label {p['id']}: outside the box")
        props = classify(features, lng, lat)
        if p["kind"] == "water":
            # fjärdar of Mälaren lie in the lake Mälaren; other water names are sea
            want = LAKE_OF_LABEL.get(p["name"], "sea")
            # Saltsjön and the Värtan bays are sea; inside Stockholm the city's file calls all water "water".
            have = None if not props else (props.get("name") if props["kind"] == "lake" else "sea")
            if have != want:
                fail(f"label {p['id']}: expected in {want}, basemap has {have or 'land'}")
        elif props:
            fail(f"label {p['id']}: place label on water ({props['kind']})")

    if problems:
        print("check_points: FAILED", file=sys.stderr)
        for m in problems:
            print("  - " + m, file=sys.stderr)
        sys.exit(1)
    print(f"check_points: ok ({len(probes['points'])} probe points, {len(labels['features'])} labels)")


if __name__ == "__main__":
    main()
