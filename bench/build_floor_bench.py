#!/usr/bin/env python3
"""Benchmark a build's diagrams: the Graphviz floor, a warm cache, cold builds against
an earlier binary, and the memory of one process building many times.

On the corpus of ../shared/bench/gen_corpus.py (1000 journeys x 20 touchpoints by
default), with the release binary:

- floor: the DOT files a cold build writes, laid out and rendered by libgvc in one
  process per core, writing nothing: `journeymap _render-worker --in-process` workers
  (each draws in its own process, no child per diagram) fed over their pipes, largest
  first from one queue, the SVGs read and dropped. Timed in turns with a cold build
  (`build --no-cache` into a fresh folder); the ratio build/floor is what all that is
  not Graphviz costs;
- warm cache: a build whose diagrams are all in the cache, with its JOURNEYMAP_TIMINGS
  lines (it must draw none);
- before/after: cold builds by `--before BINARY` (an earlier journeymap) and by this one,
  in turns, into fresh folders;
- memory: `build --repeat-build N` in one process, its resident memory after each build.

The machine is shared: every comparison runs in turns, and the load average is printed.

usage: bench/build_floor_bench.py [--corpus DIR] [--runs 5] [--before BINARY] [--repeat 20]
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import struct
import subprocess
import tempfile
import threading
import time

import benchlib


def build(binary, maps, out, extra=(), env=None):
    """Wall seconds of one build into a fresh `out`; its standard error."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    done = subprocess.run([binary, "build", "--maps", maps, "--output", out, *extra], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"build exited with {done.returncode}: {done.stderr.decode()[-500:]}")
    return wall, done.stderr.decode()


def read_exactly(pipe, count):
    data = b""
    while len(data) < count:
        chunk = pipe.read(count - len(data))
        if not chunk:
            raise SystemExit("a render worker ended early")
        data += chunk
    return data


def read_frame(pipe):
    kind, length = struct.unpack(">BI", read_exactly(pipe, 5))
    return kind, read_exactly(pipe, length)


def floor(dots):
    """Wall seconds of one process per core drawing every DOT text (largest first, one
    queue), from the workers' start to their end; the answers are read and dropped."""
    queue = sorted(dots, key=lambda d: len(d[1]))  # popped from the end: largest first
    lock = threading.Lock()
    failures = []

    def drive():
        worker = subprocess.Popen([benchlib.BINARY, "_render-worker", "--in-process"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        kind, _ = read_frame(worker.stdout)
        assert kind == ord("R")
        while True:
            with lock:
                if not queue:
                    break
                name, dot = queue.pop()
            payload = name.encode() + b"\0" + dot
            worker.stdin.write(struct.pack(">BI", ord("D"), len(payload)) + payload)
            worker.stdin.flush()
            kind, _ = read_frame(worker.stdout)
            if kind != ord("S"):
                failures.append(name)
        worker.stdin.close()
        worker.wait()

    start = time.perf_counter()
    threads = [threading.Thread(target=drive) for _ in range(os.cpu_count())]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    if failures:
        raise SystemExit(f"the floor failed on {failures[:3]}")
    return wall


def turns(a, b, runs):
    """Both sides run by run in turn after one warm-up round; their samples."""
    a(), b()
    pairs = [(a(), b()) for _ in range(runs)]
    return [x for x, _ in pairs], [y for _, y in pairs]


def show(name, samples):
    return f"{name} median {statistics.median(samples):.3f} s (runs {' '.join(f'{s:.3f}' for s in samples)})"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", help="a maps folder (default: the 1000 x 20 corpus, generated once)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--before", help="an earlier journeymap binary, for cold builds before/after")
    ap.add_argument("--repeat", type=int, default=20, help="builds in one process for the memory figure (0: skip)")
    ap.add_argument("--skip", default="", help="comma-separated parts to skip: floor,warm,before,memory")
    a = ap.parse_args()
    benchlib.need_binary()
    skip = set(a.skip.split(","))
    maps = a.corpus or benchlib.corpus(1000, 20)
    print(f"corpus {maps}; load average {benchlib.load_average():.2f}")
    with tempfile.TemporaryDirectory(prefix="jm-floor-") as tmp:
        out = os.path.join(tmp, "out")
        cold = lambda: build(benchlib.BINARY, maps, out, ["--no-cache"])[0]

        if "floor" not in skip:
            cold()
            paths = sorted(glob.glob(os.path.join(out, "journeys", "*.dot")) + glob.glob(os.path.join(out, "*.dot")))
            dots = [(os.path.basename(p)[:-4], open(p, "rb").read()) for p in paths]
            builds, floors = turns(cold, lambda: floor(dots), a.runs)
            ratio = statistics.median(builds) / statistics.median(floors)
            print(f"Graphviz floor, {len(dots)} diagrams, {os.cpu_count()} processes, in turns with a cold build:")
            print("  " + show("cold build (--no-cache)", builds))
            print("  " + show("floor                  ", floors))
            print(f"  build/floor {ratio:.2f}x of the medians; run by run "
                  f"{' '.join(f'{b / f:.2f}' for b, f in zip(builds, floors))}; load {benchlib.load_average():.2f}")

        if "warm" not in skip:
            cache = os.path.join(tmp, "cache")
            build(benchlib.BINARY, maps, out, ["--cache", cache])
            env = dict(os.environ, JOURNEYMAP_TIMINGS="1")
            wall, err = build(benchlib.BINARY, maps, out, ["--cache", cache], env=env)
            print(f"warm cache: {wall:.3f} s; its timing lines:")
            for line in err.splitlines():
                if line.startswith("timing:"):
                    print("  " + line)
            if not re.search(r"timing: diagrams: 0 drawn, \d+ from the cache, 0 failed", err):
                raise SystemExit("the warm build drew diagrams")
            shutil.rmtree(cache)

        if a.before and "before" not in skip:
            before = lambda: build(a.before, maps, out)[0]
            befores, afters = turns(before, cold, a.runs)
            ratio = statistics.median(afters) / statistics.median(befores)
            print("cold builds, in turns, each into a fresh folder:")
            print("  " + show(f"before {a.before}", befores))
            print("  " + show("after (--no-cache)  ", afters))
            print(f"  after/before {ratio:.2f}x of the medians; run by run "
                  f"{' '.join(f'{x / y:.2f}' for x, y in zip(afters, befores))}; load {benchlib.load_average():.2f}")

        if a.repeat > 1 and "memory" not in skip:
            _, err = build(benchlib.BINARY, maps, out, ["--no-cache", "--repeat-build", str(a.repeat)])
            rss = [int(m) for m in re.findall(r"bench: build \d+: (\d+) KiB resident", err)]
            print(f"memory, {len(rss)} cold builds in one process (KiB resident after each): {' '.join(map(str, rss))}")
            if len(rss) >= 2:
                print(f"  after build {len(rss)}: {rss[-1] / rss[1]:.3f}x the RSS after build 2 (target within 1.10x)")


if __name__ == "__main__":
    main()
