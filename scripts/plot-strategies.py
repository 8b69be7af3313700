#!/usr/bin/env python3
"""Draws docs/strategies.md's figures as SVG from bench_robustness's CSV (accuracy per round).

    scripts/plot-strategies.py attack.csv --out docs/figures/robustness-attack.svg \
        --title "Fashion-MNIST, 20 clients, 6 sign flippers" --clean fedavg-clean --band 3

Left: test accuracy per round for each run (and a dashed line at --target); right: the final
accuracies as bars, with a band of --band points under the run named by --clean. Standard
library only (no matplotlib).
"""
import argparse
import csv
import html

COLOURS = {
    "fedavg-clean": "#555555", "fedavg": "#d62728", "median": "#1f77b4",
    "trimmed-mean": "#2ca02c", "krum": "#9467bd", "multi-krum": "#ff7f0e",
    "fedprox": "#8c564b", "fedadam": "#e377c2", "scaffold": "#17becf",
}
LABELS = {
    "fedavg-clean": "FedAvg, no attack", "fedavg": "FedAvg", "median": "median",
    "trimmed-mean": "trimmed mean", "krum": "Krum", "multi-krum": "Multi-Krum",
    "fedprox": "FedProx", "fedadam": "FedAdam", "scaffold": "SCAFFOLD",
}


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    names = rows[0][1:]
    series = {name: [] for name in names}
    for row in rows[1:]:
        for name, value in zip(names, row[1:]):
            if value:
                series[name].append(float(value) * 100.0)
    return names, series


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--out", required=True)
    parser.add_argument("--title", default="")
    parser.add_argument("--clean", default=None, help="the run the band is drawn under")
    parser.add_argument("--band", type=float, default=3.0, help="points under --clean")
    parser.add_argument("--ymin", type=float, default=0.0)
    parser.add_argument("--last", type=int, default=1,
                        help="bars show the mean accuracy of the last N rounds (1: the final)")
    parser.add_argument("--target", type=float, default=None,
                        help="draw a dashed line at this accuracy (percent)")
    args = parser.parse_args()
    names, series = read(args.csv)
    rounds = max(len(v) for v in series.values())

    width, height = 920, 380
    left, top, plot_w, plot_h = 60, 50, 440, 270
    bars_x, bars_w = 660, 210
    ymin, ymax = args.ymin, 100.0
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" '
           'viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">' % (width, height,
                                                                          width, height),
           '<rect width="100%" height="100%" fill="white"/>']
    if args.title:
        out.append('<text x="%d" y="24" font-size="15" font-weight="bold">%s</text>'
                   % (left, html.escape(args.title)))

    def y_of(acc):
        return top + plot_h - (acc - ymin) / (ymax - ymin) * plot_h

    def x_of(r):
        return left + (r - 1) / max(1, rounds - 1) * plot_w

    # Axes and grid.
    for tick in range(int(ymin), 101, 10):
        y = y_of(tick)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e0e0e0"/>'
                   % (left, y, left + plot_w, y))
        out.append('<text x="%d" y="%.1f" text-anchor="end">%d%%</text>' % (left - 6, y + 4, tick))
    step = 5 if rounds <= 50 else (10 if rounds <= 100 else 25)
    for r in [1] + list(range(step, rounds + 1, step)):
        x = x_of(r)
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%d</text>'
                   % (x, top + plot_h + 16, r))
    out.append('<text x="%d" y="%d" text-anchor="middle">round</text>'
               % (left + plot_w // 2, top + plot_h + 34))
    out.append('<text x="16" y="%d" transform="rotate(-90 16 %d)" text-anchor="middle">test '
               'accuracy</text>' % (top + plot_h // 2, top + plot_h // 2))
    out.append('<rect x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#888"/>'
               % (left, top, plot_w, plot_h))

    if args.target is not None:
        y = y_of(args.target)
        out.append('<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#444" '
                   'stroke-dasharray="2,3"/>' % (left, y, left + plot_w, y))
        out.append('<text x="%d" y="%.1f" font-size="10" text-anchor="end">%g%%</text>'
                   % (left + plot_w - 4, y - 4, args.target))

    # Curves.
    for name in names:
        points = " ".join("%.1f,%.1f" % (x_of(i + 1), y_of(max(ymin, a)))
                          for i, a in enumerate(series[name]))
        dash = ' stroke-dasharray="5,3"' if name == args.clean else ""
        out.append('<polyline fill="none" stroke="%s" stroke-width="2"%s points="%s"/>'
                   % (COLOURS.get(name, "#000"), dash, points))

    # Final accuracies.
    def summary(values):
        tail = values[-args.last:]
        return sum(tail) / len(tail)

    heading = "final accuracy" if args.last == 1 else "mean of the last %d rounds" % args.last
    out.append('<text x="%d" y="%d" font-weight="bold">%s</text>' % (bars_x, top - 8, heading))
    clean = summary(series[args.clean]) if args.clean in series else None
    bar_h = min(34, plot_h // max(1, len(names)) - 6)
    scale = bars_w / 100.0
    if clean is not None:
        x0 = bars_x + (clean - args.band) * scale
        out.append('<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="#fff3c4"/>'
                   % (x0, top, args.band * scale, plot_h))
        out.append('<text x="%.1f" y="%d" font-size="10" text-anchor="end">−%g points</text>'
                   % (x0 - 2, top + plot_h + 16, args.band))
    for i, name in enumerate(names):
        y = top + 4 + i * (bar_h + 6)
        final = summary(series[name])
        out.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>'
                   % (bars_x, y, max(0.0, final) * scale, bar_h, COLOURS.get(name, "#000")))
        out.append('<text x="%d" y="%d" text-anchor="end">%s</text>'
                   % (bars_x - 6, y + bar_h // 2 + 4, html.escape(LABELS.get(name, name))))
        out.append('<text x="%.1f" y="%d" font-size="11">%.1f%%</text>'
                   % (bars_x + max(0.0, final) * scale + 4, y + bar_h // 2 + 4, final))
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#888"/>'
               % (bars_x, top, bars_x, top + plot_h))
    out.append("</svg>")
    with open(args.out, "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
