#!/usr/bin/python3
"""Build what the app loads for the embedded basemap (public/basemap/*.geojson) from the copies
of open data in basemap-src/ (see basemap-src/README.md for sources and licences).

Needs only python3 with shapely (Debian's python3-shapely); deterministic: the same inputs give
the same bytes. Run through scripts/basemap/build-basemap.sh (npm run basemap).

Outputs
  water.geojson     GSHHG sea/lakes outside Stockholm municipality + the city's own water inside
                    it + Brunnsviken from OSM (each feature keeps its source in `src`)
  rail.geojson      SL's rail network as track geometry, one feature per line (OSM)
  planned.geojson   planned lines/stations from basemap-src/planned.json (sources cited there)
  stations.geojson  rail, metro, tram and ferry stations with their lines (GTFS Sverige 3)
  stops.geojson     bus and other stops, one point per stop area (GTFS Sverige 3)
  areas.geojson     district (stadsdel) and municipality borders and label points
"""
import json
import os
import sys

from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, box, mapping, shape
from shapely.geometry.polygon import orient
from geom import polygons_of  # noqa: E402 (sibling module)
from shapely.ops import linemerge, unary_union

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SRC = os.path.join(ROOT, "basemap-src")
OUT = os.path.join(ROOT, "public", "basemap")
NDP = 5
# Rail, stations and stops are cut to the data region plus a margin (the atlas's REGION is
# 17.3–18.9°E, 59.0–59.95°N); the water keeps GSHHG's wider box so a projector view has no cut edge.
NET_BOX = box(17.0, 58.85, 19.1, 60.05)


def log(msg):
    print(f"build_city: {msg}", file=sys.stderr)


def load(*parts):
    with open(os.path.join(SRC, *parts), encoding="utf-8") as fh:
        return json.load(fh)


def rnd(v):
    return round(v + 0.0, NDP)


def ring(coords):
    out = []
    for x, y in coords:
        p = [rnd(x), rnd(y)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def poly_json(geom, min_area=0.0):
    """Rounded, RFC 7946-wound MultiPolygon coordinates, sorted for determinism."""
    polys = []
    for p in polygons_of(geom):
        if p.area <= min_area:
            continue
        p = orient(p, sign=1.0)
        ext = ring(p.exterior.coords)
        if len(ext) < 4:
            continue
        holes = [ring(h.coords) for h in p.interiors]
        holes = sorted((h for h in holes if len(h) >= 4), key=lambda r: (min(r), len(r)))
        polys.append([ext] + holes)
    polys.sort(key=lambda rings: (min(rings[0]), len(rings[0])))
    return polys


def line_json(geom):
    lines = []
    if isinstance(geom, LineString):
        geom = [geom]
    elif isinstance(geom, MultiLineString):
        geom = list(geom.geoms)
    else:
        geom = [g for g in getattr(geom, "geoms", []) if isinstance(g, LineString)]
    for g in geom:
        c = ring(g.coords)
        if len(c) >= 2:
            lines.append(c)
    lines.sort(key=lambda c: (min(c), len(c)))
    return lines


def write(name, features, meta):
    fc = {"type": "FeatureCollection", "metadata": meta, "features": features}
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    log(f"wrote public/basemap/{name}: {len(features)} features, {len(text.encode())} bytes")


def feature(props, geom_type, coords):
    return {"type": "Feature", "properties": props, "geometry": {"type": geom_type, "coordinates": coords}}


def municipality_of_stockholm():
    districts = load("opendata", "stockholm-stadsdelar.geojson")["features"]
    # The districts tile the municipality (their union is it, water included). A hair of buffer
    # closes slivers between neighbours that rounding left open.
    return unary_union([shape(f["geometry"]).buffer(0) for f in districts]).buffer(1e-6).buffer(-1e-6)


def build_water(stockholm):
    gshhg = load("gshhg", "water-gshhg.geojson")
    city = shape(load("opendata", "stockholm-city-water.geojson")["features"][0]["geometry"]).buffer(0)
    brunnsviken = shape(load("opendata", "osm-brunnsviken.geojson")["features"][0]["geometry"]).buffer(0)
    features = []
    # GSHHG outside the municipality. One colour for sea and lake on the map, so where GSHHG's
    # Mälaren meets the city's Mälaren there is no change of tone at the border.
    for f in gshhg["features"]:
        g = shape(f["geometry"]).difference(stockholm)
        coords = poly_json(g, min_area=1e-10)
        if coords:
            props = {"src": "gshhg", "kind": f["properties"]["kind"]}
            if "name" in f["properties"]:
                props["name"] = f["properties"]["name"]
            features.append(feature(props, "MultiPolygon", coords))
    # The city's survey has a vertex every metre or so; 1e-5° (about 1 m) keeps the shape and
    # drops two thirds of the vertices.
    features.append(feature({"src": "stockholm", "kind": "water"}, "MultiPolygon", poly_json(city.simplify(1e-5))))
    # Brunnsviken whole (the city file stops at the Solna border); GSHHG has no Brunnsviken.
    features.append(feature({"src": "osm", "kind": "lake", "name": "Brunnsviken"}, "MultiPolygon", poly_json(brunnsviken.simplify(1e-5))))
    write("water.geojson", features, {
        "sources": {
            "gshhg": "GSHHG 2.3.7 full resolution, LGPL-3.0-or-later (basemap-src/gshhg)",
            "stockholm": "Stockholms stad, Stadskarta 2021-04-13, CC0 1.0",
            "osm": "OpenStreetMap relation 14277500, extract 2026-10-08, ODbL 1.0",
        },
        "note": "A collective file: each feature keeps its source's licence (property src).",
    })


RAIL_SHORT = {
    "Pendeltåg (J40–J48)": ("pendeltag", "Pendeltåg"),
    "Roslagsbanan (L27, L28, L29)": ("roslagsbanan", "Roslagsbanan"),
    "Gröna linjen (T17, T18, T19)": ("metro-green", "T17–19"),
    "Röda linjen (T13, T14)": ("metro-red", "T13–14"),
    "Blå linjen (T10, T11)": ("metro-blue", "T10–11"),
    "Tvärbanan (L30, L31)": ("tvarbanan", "Tvärbanan"),
    "Saltsjöbanan (L25, L26; without Slussen)": ("saltsjobanan", "Saltsjöbanan"),
    "Lidingöbanan (L21)": ("lidingobanan", "Lidingöbanan"),
    "Nockebybanan (L12)": ("nockebybanan", "Nockebybanan"),
    "Spårväg City (L7)": ("sparvag-city", "Spårväg City"),
}


def build_rail():
    src = load("opendata", "sl-rail-lines.osm.geojson")
    by_line = {}
    for f in src["features"]:
        p = f["properties"]
        by_line.setdefault(p["line"], {"props": p, "geoms": []})["geoms"].append(shape(f["geometry"]))
    features = []
    for line in sorted(by_line):
        if line not in RAIL_SHORT:
            raise SystemExit(f"build_city: rail line {line!r} has no short name in RAIL_SHORT")
        entry = by_line[line]
        merged = linemerge(unary_union(entry["geoms"])).intersection(NET_BOX)
        key, short = RAIL_SHORT[line]
        p = entry["props"]
        props = {"id": key, "name": line.split(" (")[0], "short": short, "mode": p["mode"], "colour": p["colour"]}
        features.append(feature(props, "MultiLineString", line_json(merged)))
    write("rail.geojson", features, {
        "source": src["metadata"]["source"],
        "licence": "ODbL 1.0",
        "attribution": "© OpenStreetMap contributors",
        "changed": "merged per line, cut to 17.0–19.1°E, 58.85–60.05°N, rounded to 5 decimals",
    })


MODE = {"subway": "metro", "rail": "rail", "lightrail": "light-rail", "tram": "tram", "ferry": "ferry"}
LINE_NAMES = {"red": "T13, T14", "green": "T17, T18, T19", "blue": "T10, T11"}


def osm_lines_near():
    """GTFS names the lines only at metro stations; elsewhere take the lines of the OSM
    station nodes (same network, other source) within about 300 m."""
    osm = load("opendata", "sl-rail-stations.osm.geojson")["features"]
    pts = [(shape(f["geometry"]), RAIL_SHORT[f["properties"]["line"]][1]) for f in osm]

    def near(x, y):
        here = Point(x, y)
        names = {name for g, name in pts if abs(g.x - x) < 0.006 and abs(g.y - y) < 0.003 and g.distance(here) < 0.004}
        return sorted(names)

    return near


def atlas_stations():
    """The atlas's own transit layer (data/transit.geojson) draws key stations with sources and
    descriptions; the basemap leaves those out so a station is not drawn and named twice."""
    with open(os.path.join(ROOT, "data", "transit.geojson"), encoding="utf-8") as fh:
        return [(Point(*f["geometry"]["coordinates"]), f["properties"]["name"]) for f in json.load(fh)["features"]]


def norm(name):
    n = name.lower().replace(" station", "").replace("stockholm ", "").replace("(planerad)", "").strip()
    return n.split(" /")[0].split(" (")[0]


def shown_by_atlas(x, y, name, atlas):
    here = Point(x, y)
    # About 400 m: GTFS stop areas and Wikipedia's station coordinates differ by up to that.
    return any(g.distance(here) < 0.006 and (norm(n) in norm(name) or norm(name) in norm(n)) for g, n in atlas)


def build_stations():
    src = load("opendata", "sl-network.gtfs.geojson")
    near = osm_lines_near()
    atlas = atlas_stations()
    features = []
    seen = set()
    for f in src["features"]:
        if f["geometry"]["type"] != "Point":
            continue
        p = f["properties"]
        x, y = f["geometry"]["coordinates"][:2]
        if not NET_BOX.contains(Point(x, y)):
            continue
        sid = f"sta-{p['id']}"
        if sid in seen:
            raise SystemExit(f"build_city: duplicate station id {sid}")
        seen.add(sid)
        lines = ", ".join(LINE_NAMES.get(l, l) for l in p["lines"]) if p.get("lines") else ", ".join(near(x, y))
        props = {"id": sid, "name": p["name"], "mode": MODE[p["mode"]], "lines": lines, "status": "open"}
        if shown_by_atlas(x, y, p["name"], atlas):
            props["atlas"] = True
        features.append(feature(props, "Point", [rnd(x), rnd(y)]))
    features.sort(key=lambda f: f["properties"]["id"])
    planned = load("planned.json")
    for s in planned["stations"]:
        props = {k: s[k] for k in ("id", "name", "mode", "lines", "status", "opens", "source")}
        if shown_by_atlas(s["lon"], s["lat"], s["name"], atlas):
            props["atlas"] = True
        features.append(feature(props, "Point", [s["lon"], s["lat"]]))
    write("stations.geojson", features, {
        "source": src["metadata"]["source"],
        "licence": src["metadata"]["licence"],
        "attribution": "Trafiklab.se (GTFS Sverige 3, CC0); compiled by Anders Bjarby (CC BY 4.0)",
        "planned": "planned stations from basemap-src/planned.json, each with its source",
    })
    lines = [feature({k: l[k] for k in ("id", "name", "status", "opens", "colour", "source", "schematic")},
                     "LineString", l["coordinates"]) for l in planned["lines"]]
    write("planned.geojson", lines, {"note": "schematic: drawn between the planned stations, not the tunnel's alignment"})


def build_stops():
    src = load("opendata", "stops-stockholm-uppsala.gtfs.geojson")
    features = []
    for f in src["features"]:
        x, y = f["geometry"]["coordinates"][:2]
        if not NET_BOX.contains(Point(x, y)):
            continue
        features.append(feature({"id": f"stp-{f['properties']['id']}", "name": f["properties"]["name"]}, "Point", [rnd(x), rnd(y)]))
    features.sort(key=lambda f: int(f["properties"]["id"][4:]))
    write("stops.geojson", features, {
        "source": src["metadata"]["source"],
        "licence": src["metadata"]["licence"],
        "attribution": "Trafiklab.se (GTFS Sverige 3, CC0); compiled by Anders Bjarby (CC BY 4.0)",
    })


def label_point(geom):
    """A point well inside the area (the centre of the largest inscribed-ish circle is not in
    shapely 1.8; the representative point of the largest part is inside and stable)."""
    part = max(polygons_of(geom), key=lambda p: p.area)
    c = part.centroid
    return c if part.contains(c) else part.representative_point()


def bbox_of(geom):
    w, s, e, n = geom.bounds
    return [rnd(w), rnd(s), rnd(e), rnd(n)]


def borders(polys):
    """Shared edges once: the union of all boundaries, merged into lines."""
    return linemerge(unary_union([p.boundary for p in polys]))


# Where a computed label point would sit far from where people look for the name: the town
# centre (the municipality's seat) instead. Same points as the hand-placed labels they replace.
LABEL_AT = {"Stockholm": (18.0686, 59.3294), "Uppsala": (17.6333, 59.8581), "Södertälje": (17.6281, 59.1958)}


def build_areas(stockholm):
    districts = load("opendata", "stockholm-stadsdelar.geojson")["features"]
    munis = load("opendata", "kommuner-stockholm-uppsala.geojson")["features"]
    features = []
    d_shapes = [shape(f["geometry"]).buffer(0) for f in districts]
    # District borders, Stockholm's own outer edge included: at city zoom it is the exact
    # municipal border (the SCB one below is generalised and only drawn at region zoom).
    features.append(feature({"kind": "district-border"}, "MultiLineString", line_json(borders(d_shapes).simplify(1e-5))))
    m_shapes = [shape(f["geometry"]).buffer(0) for f in munis]
    features.append(feature({"kind": "municipality-border"}, "MultiLineString", line_json(borders(m_shapes).simplify(2e-4))))
    for f, g in sorted(zip(districts, d_shapes), key=lambda t: t[0]["properties"]["name"]):
        name = f["properties"]["name"]
        pt = label_point(g)
        features.append(feature({"kind": "district", "name": name, "bbox": bbox_of(g)}, "Point", [rnd(pt.x), rnd(pt.y)]))
    for f, g in sorted(zip(munis, m_shapes), key=lambda t: t[0]["properties"]["name"]):
        p = f["properties"]
        pt = Point(*LABEL_AT[p["name"]]) if p["name"] in LABEL_AT else label_point(g)
        features.append(feature({"kind": "municipality", "name": p["name"], "code": p["code"], "bbox": bbox_of(g)},
                                "Point", [rnd(pt.x), rnd(pt.y)]))
    write("areas.geojson", features, {
        "sources": {
            "district": "Stockholms stad, Stadskarta 2021-04-13 (117 stadsdelar), CC0 1.0",
            "municipality": "SCB kommungränser, generalised (about 100 m), Källa: SCB",
        },
        "changed": "borders drawn once per shared edge and simplified; label points computed",
    })


def main():
    os.makedirs(OUT, exist_ok=True)
    stockholm = municipality_of_stockholm()
    build_water(stockholm)
    build_rail()
    build_stations()
    build_stops()
    build_areas(stockholm)
    write_outline(stockholm)


def write_outline(stockholm):
    """Stockholm municipality's exact outline, for `npm run data:check` (not loaded by the app):
    the generalised SCB border is off by up to 500 m at Hagastaden, where the border runs
    between buildings."""
    os.makedirs(os.path.join(SRC, "derived"), exist_ok=True)
    fc = {"type": "FeatureCollection", "metadata": {"source": "union of the 117 stadsdelar, Stockholms stad (CC0)"},
          "features": [feature({"name": "Stockholm"}, "MultiPolygon", poly_json(stockholm.simplify(1e-5)))]}
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":")) + "\n"
    with open(os.path.join(SRC, "derived", "stockholm-outline.geojson"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    log(f"wrote basemap-src/derived/stockholm-outline.geojson: {len(text.encode())} bytes")


if __name__ == "__main__":
    main()
