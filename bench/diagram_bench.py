#!/usr/bin/env python3
"""Benchmark diagram rendering: journeymap's in-process libgraphviz against `dot -Tsvg`.

Both sides draw the same DOT files, written by `journeymap export dot` for the corpus
of ../shared/bench/gen_corpus.py (100 journeys x 20 touchpoints by default):

- in-process: one `journeymap _render-worker` process (the worker `journeymap build`
  starts) gets every DOT text over its pipe, lays it out with libgraphviz and answers
  the SVG; timed whole (process start included), and also by the CPU time
  of the child processes it draws each diagram in (render and SVG write), which the
  worker reports under JOURNEYMAP_TIMINGS=1;
- reference: `dot -Tsvg FILE -o OUT` spawned once per diagram (Debian's `graphviz`).

The two take turns run by run, so that both see the same load on a shared machine.

Then the layout time of one journey of 20, 200 and 2000 touchpoints, both ways.

usage: bench/diagram_bench.py [--maps 100] [--runs 5]
"""
import argparse
import glob
import re
import os
import shutil
import statistics
import struct
import subprocess
import tempfile
import time

import benchlib


def export_dots(maps_dir, out_dir):
    subprocess.run([benchlib.BINARY, "export", "dot", "--maps", maps_dir, "--output", out_dir],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return sorted(f for f in glob.glob(os.path.join(out_dir, "*.dot")) if not f.endswith("overview.dot"))


RENDER_CPU = []  # the worker's own report per run: CPU seconds of its drawing children


def in_process(out_dir, dots):
    """Wall time of one worker process drawing every DOT file, sent over its pipe as
    frames (process start included); the CPU time of its drawing children goes to
    RENDER_CPU."""
    request = b""
    for d in dots:
        payload = os.path.basename(d)[:-4].encode() + b"\0" + open(d, "rb").read()
        request += struct.pack(">BI", ord("D"), len(payload)) + payload
    env = dict(os.environ, JOURNEYMAP_TIMINGS="1")
    start = time.perf_counter()
    done = subprocess.run([benchlib.BINARY, "_render-worker"], input=request, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    wall = time.perf_counter() - start
    kinds, offset = [], 0
    while offset + 5 <= len(done.stdout):
        kind, length = struct.unpack(">BI", done.stdout[offset:offset + 5])
        kinds.append(chr(kind))
        offset += 5 + length
    if kinds.count("S") != len(dots):
        raise SystemExit(f"worker answered {kinds[:3]}...: {done.stderr.decode()[:300]}")
    report = re.search(r"timing: render: (\d+) diagrams, ([0-9.]+) ms CPU", done.stderr.decode())
    if report and int(report.group(1)) == len(dots):
        RENDER_CPU.append(float(report.group(2)) / 1000)
    return wall


def spawned(dot_cmd, dots, scratch):
    start = time.perf_counter()
    for d in dots:
        subprocess.run([dot_cmd, "-Tsvg", d, "-o", os.path.join(scratch, os.path.basename(d) + ".svg")],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(fn, runs):
    fn()  # warm-up
    samples = [fn() for _ in range(runs)]
    return statistics.median(samples), samples


def interleaved(ours, ref, runs):
    """Both sides run by run in turn (after one warm-up round), so that both see the
    same load on a shared machine; returns (our samples, reference samples)."""
    ours(), ref()
    pairs = [(ours(), ref()) for _ in range(runs)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--maps", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    benchlib.need_binary()
    dot_cmd = shutil.which("dot")
    if not dot_cmd:
        raise SystemExit("the reference needs Graphviz's dot command: apt-get install graphviz")
    print(f"load average {benchlib.load_average():.2f}")
    with tempfile.TemporaryDirectory(prefix="jm-diagrams-") as tmp:
        folder = benchlib.corpus(a.maps, 20)
        dots = export_dots(folder, os.path.join(tmp, "dot"))
        our_runs, ref_runs = interleaved(lambda: in_process(os.path.join(tmp, "dot"), dots),
                                         lambda: spawned(dot_cmd, dots, tmp), a.runs)
        ours, ref = statistics.median(our_runs), statistics.median(ref_runs)
        print(f"{len(dots)} journeys x 20 touchpoints, same DOT files, the two run by run in turn:")
        print(f"  journeymap in-process   median {ours:.3f} s  ({ours / len(dots) * 1000:.1f} ms/diagram)"
              f"  runs {' '.join(f'{r:.3f}' for r in our_runs)}")
        print(f"  dot -Tsvg per diagram   median {ref:.3f} s  ({ref / len(dots) * 1000:.1f} ms/diagram)"
              f"  runs {' '.join(f'{r:.3f}' for r in ref_runs)}")
        print(f"  speed-up dot/journeymap: {ref / ours:.1f}x of the medians, run by run "
              f"{' '.join(f'{r / o:.1f}' for o, r in zip(our_runs, ref_runs))} (target >= 10x)")
        if len(RENDER_CPU) > a.runs:
            renders = statistics.median(RENDER_CPU[1:])  # without the warm-up
            print(f"  journeymap's drawing children (render, SVG out; CPU, as the worker reports it):"
                  f" median {renders:.3f} s ({renders / len(dots) * 1000:.1f} ms/diagram),"
                  f" {ref / renders:.1f}x faster than dot -Tsvg per diagram")

        print("one journey, layout + SVG:")
        for n in (20, 200, 2000):
            single = os.path.join(tmp, f"single-{n}")
            subprocess.run(["python3", benchlib.GEN, single, "--maps", "1", "--touchpoints", str(n)], check=True)
            one = export_dots(single, os.path.join(single, "dot"))
            runs = max(3, a.runs if n < 2000 else 3)
            ours_n, _ = median_of(lambda: in_process(os.path.join(single, "dot"), one), runs)
            ref_n, _ = median_of(lambda: spawned(dot_cmd, one, single), runs)
            print(f"  {n:5d} touchpoints: journeymap {ours_n:.3f} s, dot -Tsvg {ref_n:.3f} s")


if __name__ == "__main__":
    main()
