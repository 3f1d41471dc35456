#!/usr/bin/env python3
"""Benchmark `journeymap check` on the generated corpus, side by side with cmark.

Reference: the `cmark` command (Debian's package `cmark`, the same libcmark the tool
links) rendering every map file of the corpus to HTML in one process. That is the
floor for any tool that parses the same Markdown; the ratio says what validation,
front matter, figures and diagnostics cost on top of it.

usage: bench/check_bench.py [--maps 1000] [--touchpoints 20] [--runs 7]
"""
import argparse
import glob
import os
import shutil

import benchlib


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--maps", type=int, default=1000)
    ap.add_argument("--touchpoints", type=int, default=20)
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    benchlib.need_binary()
    folder = benchlib.corpus(a.maps, a.touchpoints)
    files = sorted(glob.glob(os.path.join(folder, "*.md")))
    size = sum(os.path.getsize(f) for f in files) / 1e6
    print(f"corpus: {folder} ({len(files)} files, {size:.1f} MB), load average {benchlib.load_average():.2f}")

    ours, rss, walls = benchlib.measure([benchlib.BINARY, "check", "--maps", folder], a.runs, ok=(0, 1))
    print(f"journeymap check      median {ours:.3f} s  peak RSS {rss:.0f} MiB  runs {' '.join(f'{w:.3f}' for w in walls)}")
    cmark = shutil.which("cmark")
    if cmark:
        ref, ref_rss, ref_walls = benchlib.measure([cmark] + files, a.runs)
        print(f"cmark (reference)     median {ref:.3f} s  peak RSS {ref_rss:.0f} MiB  runs {' '.join(f'{w:.3f}' for w in ref_walls)}")
        print(f"ratio journeymap/cmark: {ours / ref:.2f}")
    else:
        print("cmark not installed (apt-get install cmark): no reference ratio")
    target = 0.5
    print(f"target: under {target} s and 200 MiB -> {'met' if ours < target and rss < 200 else 'NOT met'}"
          f" (ratio to target {ours / target:.2f})")


if __name__ == "__main__":
    main()
