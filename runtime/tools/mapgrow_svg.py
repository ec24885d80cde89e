#!/usr/bin/env python3
"""Draw a GOSCAPEDEBUG=mapgrow=1 trace as an SVG picture.

The runtime prints one line per growth event of a map (see
runtime/src/Map.cpp):

  mapgrow: <start|step|end> count=N B=B noverflow=N oldbuckets=0|1
           nevacuate=N noldbuckets=N samesize=0|1

This script reads such lines (other lines are ignored) from a file or
stdin and draws, against the entry count on a log scale (the number of
inserts when the program only inserts):
  * top: the number of buckets (2^B) and of overflow buckets, log scale;
  * bottom: evacuation progress of each growth, nevacuate / old buckets,
    from the assignment that starts it to the one that ends it.
The trace should come from a program growing one map (for example
bench/maps/MapGrowDemo.cpp).

Usage: mapgrow_svg.py [TRACE] -o OUT.svg [--title TEXT]
Standard library only.
"""

import argparse
import math
import re
import sys

LINE = re.compile(r"mapgrow: (start|step|end) (.*)")

W, H = 900, 560
LEFT, RIGHT = 80, 30
TOP_Y0, TOP_Y1 = 60, 300     # table size panel
BOT_Y0, BOT_Y1 = 350, 500    # evacuation panel


def parse(lines):
    events = []
    for line in lines:
        m = LINE.search(line)
        if not m:
            continue
        fields = dict(kv.split("=") for kv in m.group(2).split())
        ev = {k: int(v) for k, v in fields.items()}
        ev["event"] = m.group(1)
        events.append(ev)
    return events


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render(events, title):
    if not events:
        sys.exit("no mapgrow lines in the input")
    max_count = max(e["count"] for e in events) or 1
    max_log = max(max(e["B"] for e in events),
                  max(math.log2(e["noverflow"] + 1) for e in events)) + 1

    # Log scale: every doubling gets the same width.
    min_log = 3.0  # growth starts at 9 entries
    span = max(math.log2(max_count) - min_log, 1.0)

    def x(count):
        v = (math.log2(max(count, 8)) - min_log) / span
        return LEFT + (W - LEFT - RIGHT) * v

    def y_log(v):  # v is a log2 value
        return TOP_Y1 - (TOP_Y1 - TOP_Y0) * v / max_log

    def y_frac(f):
        return BOT_Y1 - (BOT_Y1 - BOT_Y0) * f

    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'font-family="sans-serif" font-size="12">' % (W, H),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="28" font-size="16" font-weight="bold">%s</text>'
           % (LEFT, esc(title))]

    # Growth intervals, shaded in both panels.
    growths, cur = [], None
    for e in events:
        if e["event"] == "start":
            cur = {"start": e["count"], "samesize": e["samesize"],
                   "points": [(e["count"], 0.0)]}
        elif cur is not None:
            old = e["noldbuckets"] or None
            frac = 1.0 if e["event"] == "end" else e["nevacuate"] / old
            cur["points"].append((e["count"], frac))
            if e["event"] == "end":
                cur["end"] = e["count"]
                growths.append(cur)
                cur = None
    if cur is not None:
        cur["end"] = cur["points"][-1][0]
        growths.append(cur)
    for g in growths:
        x0, x1 = x(g["start"]), max(x(g["end"]), x(g["start"]) + 1)
        color = "#fde2c4" if g["samesize"] else "#dbe9f6"
        for y0, y1 in ((TOP_Y0, TOP_Y1), (BOT_Y0, BOT_Y1)):
            out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" '
                       'fill="%s"/>' % (x0, y0, x1 - x0, y1 - y0, color))

    # Axes and grid.
    for y0, y1 in ((TOP_Y0, TOP_Y1), (BOT_Y0, BOT_Y1)):
        out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" '
                   'stroke="#444"/>' % (LEFT, y0, W - LEFT - RIGHT, y1 - y0))
    step = max(1, int(math.ceil(max_log / 8)))
    for v in range(0, int(max_log) + 1, step):
        yy = y_log(v)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>'
                   % (LEFT, yy, W - RIGHT, yy))
        out.append('<text x="%d" y="%.1f" text-anchor="end">%d</text>'
                   % (LEFT - 6, yy + 4, 2 ** v))
    for f in (0, 0.5, 1):
        yy = y_frac(f)
        out.append('<text x="%d" y="%.1f" text-anchor="end">%d%%</text>'
                   % (LEFT - 6, yy + 4, f * 100))
    c = 8
    while c <= max_count:
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%d</text>'
                   % (x(c), BOT_Y1 + 18, c))
        c *= 4
    out.append('<text x="%d" y="%d" text-anchor="middle">entries in the map '
               '(count; log scale)</text>' % ((LEFT + W - RIGHT) // 2,
                                              BOT_Y1 + 40))
    out.append('<text x="%d" y="%d">buckets and overflow buckets (log '
               'scale)</text>' % (LEFT, TOP_Y0 - 8))
    out.append('<text x="%d" y="%d">evacuation progress: nevacuate / old '
               'buckets</text>' % (LEFT, BOT_Y0 - 8))

    # Buckets (2^B) and overflow buckets, as steps over the events.
    def steps(values):
        pts, prev = [], None
        for c, v in values:
            if v == prev:
                continue
            if prev is not None:
                pts.append("%.1f,%.1f" % (x(c), y_log(prev)))
            pts.append("%.1f,%.1f" % (x(c), y_log(v)))
            prev = v
        pts.append("%.1f,%.1f" % (x(values[-1][0]), y_log(prev)))
        return " ".join(pts)
    out.append('<polyline fill="none" stroke="#1f5fa8" stroke-width="2" '
               'points="%s"/>' % steps([(e["count"], e["B"]) for e in events]))
    out.append('<polyline fill="none" stroke="#c0392b" stroke-width="1.5" '
               'points="%s"/>' % steps(
                   [(e["count"], math.log2(e["noverflow"] + 1))
                    for e in events]))

    # Evacuation progress per growth; points on the same pixel column are
    # merged (a growth of 2^15 buckets has thousands of steps).
    for g in growths:
        cols = {}
        for c, f in g["points"]:
            cols[round(x(c), 1)] = f
        pts = " ".join("%.1f,%.1f" % (px, y_frac(f))
                       for px, f in sorted(cols.items()))
        out.append('<polyline fill="none" stroke="#2e7d32" '
                   'stroke-width="1.5" points="%s"/>' % pts)
        if len(g["points"]) <= 40:  # mark the steps of short growths
            for c, f in g["points"]:
                out.append('<circle cx="%.1f" cy="%.1f" r="1.8" '
                           'fill="#2e7d32"/>' % (x(c), y_frac(f)))

    # Legend.
    lx, ly = W - RIGHT - 250, TOP_Y0 + 14
    for i, (color, label, kind) in enumerate([
            ("#1f5fa8", "buckets (2^B)", "line"),
            ("#c0392b", "overflow buckets (noverflow + 1)", "line"),
            ("#2e7d32", "evacuated old buckets", "line"),
            ("#dbe9f6", "doubling in progress", "box"),
            ("#fde2c4", "same-size growth in progress", "box")]):
        yy = ly + 16 * i
        if kind == "line":
            out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" '
                       'stroke-width="2"/>' % (lx, yy - 4, lx + 20, yy - 4,
                                               color))
        else:
            out.append('<rect x="%d" y="%d" width="20" height="10" '
                       'fill="%s" stroke="#999"/>' % (lx, yy - 9, color))
        out.append('<text x="%d" y="%d">%s</text>' % (lx + 26, yy, label))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description="Draw a mapgrow trace as SVG.")
    ap.add_argument("trace", nargs="?", help="trace file (default: stdin)")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--title", default="goscape map growth "
                    "(GOSCAPEDEBUG=mapgrow=1)")
    a = ap.parse_args()
    lines = open(a.trace) if a.trace else sys.stdin
    svg = render(parse(lines), a.title)
    with open(a.output, "w") as f:
        f.write(svg)


if __name__ == "__main__":
    main()
