#!/usr/bin/env python3
"""Draws docs/contribution.md's figure as SVG from bench_contribution attack's CSV.

    scripts/plot-contribution.py nodes.csv --out docs/figures/contribution-attack.svg \
        --title "Fashion-MNIST, 20 nodes: 2 free riders, 2 sign flippers"

Left: each node's contribution score summed over the rounds, nodes ranked from the highest;
right: each node's reward balance at the end, in the same order. Bars are coloured by the
node's role (honest, free rider, sign flipper). Standard library only (no matplotlib).
"""
import argparse
import csv
import html

COLOURS = {"honest": "#1f77b4", "free-rider": "#ff7f0e", "sign-flip": "#d62728"}
LABELS = {"honest": "honest", "free-rider": "free rider", "sign-flip": "sign flipper"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--out", required=True)
    parser.add_argument("--title", default="")
    args = parser.parse_args()
    with open(args.csv, newline="") as f:
        rows = list(csv.DictReader(f))
    rows.sort(key=lambda r: -float(r["score"]))
    n = len(rows)
    width, height = 920, 110 + 18 * n
    top, bar_h = 60, 14
    panels = [("score", "contribution score (sum over rounds)", 150, 330),
              ("balance", "reward balance", 600, 280)]
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">'
           % (width, height, width, height),
           '<rect width="100%" height="100%" fill="white"/>']
    if args.title:
        out.append('<text x="20" y="24" font-size="15" font-weight="bold">%s</text>'
                   % html.escape(args.title))
    for key, heading, x0, w in panels:
        values = [float(r[key]) for r in rows]
        lo, hi = min(0.0, min(values)), max(0.0, max(values))
        span = (hi - lo) or 1.0
        zero = x0 + (0.0 - lo) / span * w
        out.append('<text x="%d" y="%d" font-weight="bold">%s</text>' % (x0, top - 12, heading))
        for i, (r, v) in enumerate(zip(rows, values)):
            y = top + i * 18
            x = zero + min(0.0, v) / span * w
            out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>'
                       % (x, y, abs(v) / span * w, bar_h, COLOURS.get(r["role"], "#777")))
            if key == "score":
                out.append('<text x="%d" y="%d" text-anchor="end">node %s</text>'
                           % (x0 - 70, y + 11, r["client"]))
            label = "%.4f" % v if key == "score" else "%.1f" % v
            anchor_x = zero + max(0.0, v) / span * w + 4
            out.append('<text x="%.1f" y="%d" font-size="10">%s</text>'
                       % (anchor_x, y + 11, label))
        out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#444"/>'
                   % (zero, top - 4, zero, top + n * 18))
    # Legend.
    y = top + n * 18 + 30
    x = 150
    for role in ("honest", "free-rider", "sign-flip"):
        out.append('<rect x="%d" y="%d" width="14" height="14" fill="%s"/>'
                   % (x, y - 11, COLOURS[role]))
        out.append('<text x="%d" y="%d">%s</text>' % (x + 20, y, LABELS[role]))
        x += 140
    out.append("</svg>")
    with open(args.out, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
