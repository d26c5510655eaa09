#!/usr/bin/env bash
# Rebuild public/basemap/water.geojson from GSHHG 2.3.7 full-resolution shorelines.
# Usage: bash scripts/basemap/build-basemap.sh   (or: npm run basemap)
# Needs Debian's gmt, gmt-gshhg-full and python3-shapely (run with /usr/bin/python3,
# not a pyenv/venv python). Deterministic: the same packages give byte-identical output.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
install_line='sudo DEBIAN_FRONTEND=noninteractive apt-get install -y gmt gmt-gshhg-full python3-shapely'

missing=()
if ! command -v gmt >/dev/null 2>&1; then
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
/usr/bin/python3 "$here/build_basemap.py" "$@"
/usr/bin/python3 "$here/check_points.py"
