"""Small geometry helpers shared by the basemap build scripts (shapely)."""
from shapely.geometry import MultiPolygon, Polygon


def polygons_of(geom):
    """The polygons of any shapely geometry (a Polygon, a MultiPolygon or a collection)."""
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]
