#!/usr/bin/env python3
"""Writes the made-up map files of the examples and of `make bench`.

Lindenmeer does not exist: its four wijken and the twelve municipalities of the batch example's
region are invented shapes in RD New (EPSG:28992), drawn so that neighbours share their borders
exactly, as in CBS's wijk- en buurtkaart.

    make-example-maps.py lindenmeer  > examples/lindenmeer-wijken.geojson
    make-example-maps.py gemeente    > examples/lindenmeer-gemeente.geojson
    make-example-maps.py plekken     > examples/lindenmeer-plekken.geojson
    make-example-maps.py regio       > examples/gemeenten/regio.geojson
    make-example-maps.py buurten 342 > output/bench/buurten.geojson
"""
import json
import math
import random
import sys

X0, Y0 = 150_000, 450_000
CRS = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}
MADE_UP = "Verzonnen voor de voorbeelden van Praatplaat; dit gebied bestaat niet."


def rd(points):
    ring = [[X0 + x, Y0 + y] for x, y in points]
    return ring + [ring[0]]


def feature(props, polygons):
    geometry = {"type": "Polygon", "coordinates": polygons[0]} if len(polygons) == 1 else {"type": "MultiPolygon", "coordinates": polygons}
    return {"type": "Feature", "properties": props, "geometry": geometry}


def collection(name, features):
    return {"type": "FeatureCollection", "name": name, "crs": CRS, "toelichting": MADE_UP, "features": features}


def lindenmeer():
    # The town's edge, clockwise from the north-west, and the centre inside it.
    o = [(0, 2600), (700, 3000), (1500, 3100), (2300, 2900), (3000, 2500), (3300, 1800), (3200, 1000), (2800, 400),
         (2000, 0), (1200, -100), (500, 300), (100, 900), (-200, 1700)]
    c = [(1100, 1900), (1700, 2100), (2100, 1700), (2000, 1100), (1400, 900), (1000, 1300)]
    # Borders between the outer wijken, from the centre to the edge.
    s1 = [c[1], (1650, 2600), o[2]]
    s2 = [c[3], (2600, 1050), o[6]]
    s3 = [c[5], (550, 1100), o[11]]
    meerzicht = s1 + o[3:6] + list(reversed(s2)) + [c[2]]
    oeverland = s2 + o[7:11] + list(reversed(s3)) + [c[4]]
    linden = s3 + o[12:] + o[:2] + list(reversed(s1)) + [c[0]]
    # A pond in De Linden that belongs to no wijk, and an island in the river south of Oeverland.
    pond = [(500 + 170 * math.cos(a), 2200 + 120 * math.sin(a)) for a in [i * math.pi / 4 for i in range(8)]]
    island = [(1700, -350), (1800, -520), (2050, -450), (1950, -300)]
    wijken = [
        ("WK900100", "Centrum", [[rd(c)]]),
        ("WK900101", "Meerzicht", [[rd(meerzicht)]]),
        ("WK900102", "De Linden", [[rd(linden), rd(pond)]]),
        ("WK900103", "Oeverland", [[rd(oeverland)], [rd(island)]]),
    ]
    return collection("lindenmeer-wijken", [
        feature({"statcode": code, "statnaam": name, "gemeentenaam": "Lindenmeer"}, polygons) for code, name, polygons in wijken
    ])


def gemeente():
    """The municipality around the wijken: the town and the lake east of it (het Lindemeer)."""
    edge = [(-400, 2700), (700, 3300), (1500, 3400), (2500, 3250), (3600, 3150), (4500, 2500), (4700, 1500), (4200, 500),
            (3000, 100), (2100, -650), (1200, -450), (300, 0), (-300, 900), (-500, 1700)]
    return collection("lindenmeer-gemeente", [feature({"statcode": "GM9001", "statnaam": "Lindenmeer"}, [[rd(edge)]])])


def plekken():
    """Places where children's workers meet children: playgrounds and community centres."""
    places = [("Speeltuin De Eik", 1450, 1500), ("Buurthuis Meerzicht", 2500, 2200), ("Trapveld Lindenplein", 700, 1800),
              ("Speelplein Oeverzijde", 1500, 500), ("Jongerenhuis Haven", 2500, 800)]
    return collection("lindenmeer-plekken", [
        {"type": "Feature", "properties": {"statnaam": name}, "geometry": {"type": "Point", "coordinates": [X0 + x, Y0 + y]}}
        for name, x, y in places
    ])


def grid_cells(columns, rows, size, jitter, seed):
    """Cells of a jittered grid: every inner corner is shared by the four cells around it."""
    rnd = random.Random(seed)
    corner = {}
    for i in range(columns + 1):
        for j in range(rows + 1):
            dx = rnd.uniform(-jitter, jitter) if 0 < i < columns else 0
            dy = rnd.uniform(-jitter, jitter) if 0 < j < rows else 0
            corner[i, j] = (i * size + dx, j * size + dy)
    # A midpoint on every edge, bent a little, so borders are not straight lines.
    middle = {}
    def mid(a, b):
        key = tuple(sorted([a, b]))
        if key not in middle:
            (x1, y1), (x2, y2) = corner[a], corner[b]
            inner = not (a[0] == b[0] in (0, columns) or a[1] == b[1] in (0, rows))
            bend = rnd.uniform(-jitter, jitter) / 2 if inner else 0
            middle[key] = ((x1 + x2) / 2 + bend, (y1 + y2) / 2 - bend)
        return middle[key]
    cells = []
    for j in range(rows):
        for i in range(columns):
            a, b, c, d = (i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)
            ring = [corner[a], mid(a, b), corner[b], mid(b, c), corner[c], mid(c, d), corner[d], mid(d, a)]
            cells.append(ring)
    return cells


def regio():
    names = [("GM9001", "Lindenmeer"), ("GM9002", "Beekdalen-Oost"), ("GM9003", "Zandhoven"), ("GM9004", "Wierum-Haven"),
             ("GM9005", "Groenveen"), ("GM9006", "Kranenburg aan Zee"), ("GM9007", "Heerenbosch"), ("GM9008", "Dalfsen-Noord"),
             ("GM9009", "Oosterlaan"), ("GM9010", "Ridderkamp"), ("GM9011", "Súdwest-Fjildsein"), ("GM9012", "Lindenmeer")]
    cells = grid_cells(4, 3, 9_000, 2_200, seed=9)
    return collection("regio", [
        feature({"statcode": code, "statnaam": name}, [[rd([(x, 27_000 - y) for x, y in cell])]]) for (code, name), cell in zip(names, cells)
    ])


def buurten(count):
    columns = max(1, round(math.sqrt(count * 1.3)))
    rows = math.ceil(count / columns)
    cells = grid_cells(columns, rows, 400, 110, seed=342)[:count]
    # To the millimetre, as exported files are (ogr2ogr writes 15 digits at most): not the 17
    # digits of a Python float. Shared corners round alike, so borders stay shared.
    return collection("buurten", [
        feature({"statcode": f"BU9001{n:04d}", "statnaam": f"Buurt {n + 1}"}, [[rd([(round(x, 3), round(y, 3)) for x, y in cell])]])
        for n, cell in enumerate(cells)
    ])


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "lindenmeer"
    made = {"lindenmeer": lindenmeer, "regio": regio, "gemeente": gemeente, "plekken": plekken}.get(what)
    data = made() if made else buurten(int(sys.argv[2]) if len(sys.argv) > 2 else 342)
    json.dump(data, sys.stdout, ensure_ascii=False, separators=(",", ":"))
    sys.stdout.write("\n")
