#!/usr/bin/env python3
"""Benchmark journeymap on odd input: huge files, deep nesting, one long line, a
pathological flow. These cases are unit tests of behaviour (Tests/CMarkBridgeTests/
CMarkParserRobustnessTests.swift, Tests/JourneyMapKitTests/RobustnessTests.swift,
DiagramRenderTests.swift); how long they take is measured here.

Each case is one map file in a folder of its own:
- `journeymap check --maps DIR` for the parser cases (exit 0 or 1: some cases have
  errors on purpose, every one of which is reported);
- `journeymap build --maps DIR --output TMP` for the flow with 60 edges into one
  touchpoint, in the full layout (Graphviz in process: one diagram).

One warm-up run, then the median wall time and the peak RSS of --runs runs.

usage: bench/odd_input_bench.py [--runs 5]
"""
import argparse
import os
import tempfile

import benchlib

FRONT = "---\nid: odd\n---\n\n# Odd input\n\n"


def five_megabyte_journey():
    out, k = [FRONT, "## Stage: Only\n\n"], 0
    size = sum(len(s) for s in out)
    while size < 5_000_000:
        tp = (f"### Touchpoint: T{k}\n- channel: web\n- action: does thing number {k} with a few more words\n"
              f"- emotion: -1 anxious\n- score: volume {1 + k % 5}, influence 3, data 2\n- pain: slow\n"
              "- opportunity: faster\n\n")
        out.append(tp)
        size += len(tp)
        k += 1
    return "".join(out)


def ten_thousand_headings():
    return FRONT + "".join(f"## Touchpoint: Step {n} é {{#s{n}}}\n" for n in range(1, 10_001))


def nested_quotes():
    return FRONT + "> " * 500 + "déjà vu\n"


def nested_lists():
    return FRONT + "+ " * 500 + "x\n"


def five_megabytes_mixed():
    chunk = ("## Touchpoint: Checkout 🛒 {#c}\n\n- emotion: -1 frustrated\n- pain: Versandkosten erst an der Kasse\n"
             "  - نص عربي\n> quoted *emphasis* and `code`\n\nParagraph with a [link](https://example.com) and more text.\r\n\n")
    return FRONT + chunk * (5_000_000 // len(chunk.encode()) + 1)


def one_long_line():
    return FRONT + "- " + "é😀" * (5_000_000 // 6) + "\n"


def hub(stages=5, per_stage=15):
    """60 touchpoints flowing to one hub in the middle stage (DiagramCorpus.hub)."""
    out, total, k = ["---\nid: hub\n---\n\n# Hub\n\n"], stages * per_stage, 0
    for s in range(stages):
        out.append(f"## Stage: Stage {s} {{#s{s}}}\n\n")
        if s == stages // 2:
            out.append("### Touchpoint: The hub {#hub}\n- channel: web\n- emotion: -1\n\n")
        for _ in range(per_stage):
            nxt = f"t{k + 1} 50%, " if k + 1 < total else ""
            out.append(f"### Touchpoint: Touchpoint {k} {{#t{k}}}\n- channel: web\n- emotion: {k % 5 - 2}\n"
                       f"- next: {nxt}{'end' if s == stages // 2 else 'hub 20%'}\n\n")
            k += 1
    return "".join(out)


CHECK_CASES = [
    ("5 MB journey, one stage", five_megabyte_journey),
    ("10,000 touchpoint headings", ten_thousand_headings),
    ("500 nested block quotes", nested_quotes),
    ("500 nested lists", nested_lists),
    ("5 MB of mixed Markdown", five_megabytes_mixed),
    ("5 MB on one non-ASCII line", one_long_line),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    benchlib.need_binary()
    print(f"load average {benchlib.load_average():.2f}")
    with tempfile.TemporaryDirectory(prefix="jm-odd-") as tmp:
        def folder(name, text):
            path = os.path.join(tmp, name)
            os.makedirs(path)
            with open(os.path.join(path, "odd.md"), "w", encoding="utf-8", newline="") as f:
                f.write(text)
            return path, os.path.getsize(os.path.join(path, "odd.md")) / 1e6

        for i, (label, make) in enumerate(CHECK_CASES):
            maps, size = folder(f"case{i}", make())
            wall, rss, walls = benchlib.measure([benchlib.BINARY, "check", "--maps", maps], a.runs, ok=(0, 1))
            print(f"check  {label:30s} {size:5.1f} MB  median {wall:.3f} s  peak RSS {rss:.0f} MiB"
                  f"  runs {' '.join(f'{w:.3f}' for w in walls)}")
        maps, size = folder("hub", hub())
        out = os.path.join(tmp, "hub-site")
        wall, rss, walls = benchlib.measure([benchlib.BINARY, "build", "--maps", maps, "--output", out], a.runs)
        print(f"build  {'60 edges into one touchpoint':30s} {size:5.1f} MB  median {wall:.3f} s  peak RSS {rss:.0f} MiB"
              f"  runs {' '.join(f'{w:.3f}' for w in walls)}")


if __name__ == "__main__":
    main()
