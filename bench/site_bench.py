#!/usr/bin/env python3
"""Benchmark `journeymap build` on the generated corpus, side by side with Hugo.

Command (after `make release`, or `swift build -c release --product journeymap`):

    python3 bench/site_bench.py [--maps 1000] [--touchpoints 20] [--runs 5]
                                [--rebuild-runs 3] [--binary PATH]

journeymap: `journeymap build --maps CORPUS --output TMP/journeymap` on the
1000 x 20 corpus (../shared/bench/gen_corpus.py via benchlib: 1000 journey maps of
20 touchpoints each, plus library.md).
Reference: Debian's `hugo` building the same Markdown files (every *.md of the
corpus, copied to content/) as plain pages with a minimal layout: one HTML shell
rendering .Content per page and a home page listing them; taxonomies, RSS,
sitemap, robots.txt and 404 disabled. Hugo parses the corpus' YAML front matter as
is. `hugo` is installed with apt-get when missing (as root).
Both: one warm-up round, then the median wall time of --runs full builds and the
highest peak RSS (wait4). The two tools take turns, run by run, so that a change in
the machine's load hits both. Every full build writes into a new folder, and no
output is deleted before the end: on this machine's ext4 (no journal), creating a
file skips every inode freed in the last 60 s (360 s while its inode table is
unwritten), one buffer lookup each, so a run made right after deleting the previous
output paid for that deletion, per file it created (journeymap writes 4000 files,
Hugo 1000). The ratio is of full builds. journeymap's rebuild into its previous
output (unchanged maps: it reuses the Graphviz layouts of the old folder, and
deletes the old folder) is timed last, with --rebuild-runs runs.
wait4 gives the largest single process; journeymap draws its diagrams in worker
processes, so one more run samples the summed RSS of the whole process tree every
10 ms ("tree peak"; shared pages count once per process, so it errs high).
Targets (issue): ratio journeymap/hugo <= 1.0 and peak RSS under 1 GiB; goal 0.5.
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import tempfile
import time

import benchlib

PAGE = os.sysconf("SC_PAGE_SIZE")

HUGO_CONFIG = """\
baseURL = "/"
title = "journeymap benchmark corpus"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
"""
SINGLE = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><main>{{ .Content }}</main></body>
</html>
"""
HOME = """\
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head>
<body><main><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .File.BaseFileName }}</a></li>{{ end }}</ul></main></body>
</html>
"""


def hugo_binary():
    hugo = shutil.which("hugo")
    if hugo:
        return hugo
    if os.geteuid() != 0:
        raise SystemExit("hugo is missing: sudo apt-get install hugo")
    print("installing Debian's hugo")
    subprocess.run(["apt-get", "update", "-qq"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["apt-get", "install", "-y", "-qq", "hugo"], check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    return shutil.which("hugo")


def hugo_site(folder, files):
    """A throwaway Hugo site whose content is `files`."""
    for sub in ("content", "layouts/_default"):
        os.makedirs(os.path.join(folder, sub), exist_ok=True)
    with open(os.path.join(folder, "config.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    for name, text in (("single.html", SINGLE), ("list.html", HOME)):
        with open(os.path.join(folder, "layouts", "_default", name), "w") as f:
            f.write(text)
    with open(os.path.join(folder, "layouts", "index.html"), "w") as f:
        f.write(HOME)
    for path in files:
        shutil.copyfile(path, os.path.join(folder, "content", os.path.basename(path)))


def tree_rss_mib(pid):
    """Summed resident memory of `pid` and all its descendants, in MiB."""
    total, stack, seen = 0, [pid], set()
    while stack:
        p = stack.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack += [int(c) for c in f.read().split()]
        except (OSError, ValueError):  # the process ended while we looked
            pass
    return total / 2**20


def tree_peak(cmd):
    """Highest summed RSS of the process tree of one run of `cmd`, sampled every 10 ms."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mib(proc.pid))
        time.sleep(0.01)
    return peak


def measure_full(commands, runs):
    """Full builds of every tool, interleaved run by run (a warm-up round first), each
    into a folder of its own that no earlier run used: `commands[name](folder)` gives
    the command line. Nothing is deleted until the end (see the module's docstring).
    Returns {name: (median wall, max peak RSS, walls)}."""
    samples = {name: [] for name in commands}
    for index in range(runs + 1):
        for name, make in commands.items():
            sample = benchlib.run(make(f"{name}-{index}"))
            if index:
                samples[name].append(sample)
    result = {}
    for name, taken in samples.items():
        walls = [w for w, _ in taken]
        result[name] = (statistics.median(walls), max(r for _, r in taken), walls)
    return result


def html_pages(folder):
    return len(glob.glob(os.path.join(folder, "**", "*.html"), recursive=True))


def line(name, median, rss, tree, walls):
    print(f"{name:<22}median {median:.3f} s  peak RSS {rss:.0f} MiB (tree peak {tree:.0f} MiB)"
          f"  runs {' '.join(f'{w:.3f}' for w in walls)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--maps", type=int, default=1000)
    ap.add_argument("--touchpoints", type=int, default=20)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--rebuild-runs", type=int, default=3, help="0 skips the rebuild timing")
    ap.add_argument("--binary", default=benchlib.BINARY, help="journeymap binary (default: the release build)")
    a = ap.parse_args()
    if not os.path.exists(a.binary):
        benchlib.need_binary()
    hugo = hugo_binary()
    folder = benchlib.corpus(a.maps, a.touchpoints)
    files = sorted(glob.glob(os.path.join(folder, "*.md")))
    size = sum(os.path.getsize(f) for f in files) / 1e6
    version = subprocess.run([hugo, "version"], stdout=subprocess.PIPE, text=True).stdout.split()[1]
    print(f"corpus: {folder} ({len(files)} files, {size:.1f} MB), hugo {version}, "
          f"load average {benchlib.load_average():.2f}")

    with tempfile.TemporaryDirectory(prefix="journeymap-site-bench-") as tmp:
        site = os.path.join(tmp, "hugo-site")
        hugo_site(site, files)

        def ours_cmd(name):
            return [a.binary, "build", "--maps", folder, "--output", os.path.join(tmp, name)]

        def hugo_cmd(name):
            return [hugo, "--source", site, "--destination", os.path.join(tmp, name), "--quiet"]

        print("journeymap: " + " ".join(ours_cmd("journeymap-N")))
        print("hugo: " + " ".join(hugo_cmd("hugo-N")))
        measured = measure_full({"journeymap": ours_cmd, "hugo": hugo_cmd}, a.runs)
        ours, rss, walls = measured["journeymap"]
        ref, ref_rss, ref_walls = measured["hugo"]
        line("journeymap build", ours, rss, tree_peak(ours_cmd("journeymap-tree")), walls)
        line("hugo (reference)", ref, ref_rss, tree_peak(hugo_cmd("hugo-tree")), ref_walls)
        print(f"full build, pages written: journeymap {html_pages(os.path.join(tmp, 'journeymap-1'))} HTML, "
              f"hugo {html_pages(os.path.join(tmp, 'hugo-1'))} HTML")
        if a.rebuild_runs:
            # Last: a rebuild deletes the folder it replaces.
            rebuild = ours_cmd("journeymap-1")
            again, again_rss, again_walls = benchlib.measure(rebuild, a.rebuild_runs)
            line("journeymap rebuild", again, again_rss, tree_peak(rebuild), again_walls)

    ratio = ours / ref
    print(f"ratio journeymap/hugo: {ratio:.2f}  load average {benchlib.load_average():.2f}")
    print(f"target: ratio <= 1.0 and peak RSS < 1024 MiB -> "
          f"{'met' if ratio <= 1.0 and max(rss, tree) < 1024 else 'NOT met'}; goal ratio <= 0.5 -> "
          f"{'met' if ratio <= 0.5 else 'not met'}")


if __name__ == "__main__":
    main()
