#!/usr/bin/env bash
# Rebuild the embedded basemap (public/basemap/*.geojson) from the sources in basemap-src/.
# Usage: bash scripts/basemap/build-basemap.sh [--gshhg]   (or: npm run basemap)
# Needs Debian's python3-shapely (run with /usr/bin/python3, not a pyenv/venv python); with
# --gshhg (or when basemap-src/gshhg/water-gshhg.geojson is missing) also gmt and
# gmt-gshhg-full, to redo the GSHHG step. Deterministic: the same packages give the same bytes.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
install_line='sudo DEBIAN_FRONTEND=noninteractive apt-get install -y gmt gmt-gshhg-full python3-shapely'

missing=()
need_gmt=0
if [ "${1:-}" = "--gshhg" ] || [ ! -f "$root/basemap-src/gshhg/water-gshhg.geojson" ]; then need_gmt=1; fi
if [ $need_gmt = 0 ]; then
  :
elif ! command -v gmt >/dev/null 2>&1; then
  missing+=("gmt")
elif ! (cd "$(mktemp -d)" && trap 'rm -rf "$PWD"' EXIT && gmt coast -R18/18.1/59.3/59.4 -Df -M -W >/dev/null 2>&1); then
  missing+=("gmt-gshhg-full (full-resolution GSHHG shorelines)")
fi
if [ ! -x /usr/bin/python3 ]; then
  missing+=("python3")
elif ! /usr/bin/python3 -c 'import shapely.geometry, shapely.ops' >/dev/null 2>&1; then
  missing+=("python3-shapely")
fi
if [ "${#missing[@]}" -gt 0 ]; then
  echo "build-basemap: missing: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  $install_line" >&2
  exit 1
fi

cd "$root"
export LC_ALL=C
# 1. GSHHG (needs gmt): only when asked, or when its output is missing. Its output is committed,
#    so the city step below runs with python3-shapely alone.
if [ $need_gmt = 1 ]; then
  /usr/bin/python3 "$here/build_basemap.py"
fi
# 2. What the app loads: city water, GSHHG outside Stockholm, rail, stations, stops, areas.
/usr/bin/python3 "$here/build_city.py"
/usr/bin/python3 "$here/check_points.py"
