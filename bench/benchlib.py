"""Shared helpers for the journeymap benchmarks: corpus generation, timing, RSS."""
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
GEN = os.path.join(SHARED, "bench", "gen_corpus.py")
BINARY = os.path.join(ROOT, ".build", "release", "journeymap")


def corpus(maps, touchpoints, stages=5):
    """Generate (once) the corpus of ../shared/bench/gen_corpus.py and return its folder."""
    out = os.path.join(ROOT, "bench", f"corpus-{maps}x{touchpoints}")
    if not os.path.exists(os.path.join(out, "library.md")):
        subprocess.run([sys.executable, GEN, out, "--maps", str(maps), "--touchpoints", str(touchpoints),
                        "--stages", str(stages)], check=True)
    return out


def run(cmd, ok=(0,), stdout=subprocess.DEVNULL):
    """Run cmd once; return (wall seconds, peak RSS in MiB of that child)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        raise SystemExit(f"{' '.join(cmd)} exited with {code}")
    return wall, usage.ru_maxrss / 1024.0


def measure(cmd, runs, ok=(0,)):
    """Median wall time and max peak RSS over `runs` runs after one warm-up run."""
    run(cmd, ok)
    samples = [run(cmd, ok) for _ in range(runs)]
    walls = [w for w, _ in samples]
    return statistics.median(walls), max(r for _, r in samples), walls


def load_average():
    return os.getloadavg()[0]


def need_binary():
    if not os.path.exists(BINARY):
        raise SystemExit("build first: swift build -c release --product journeymap (or make release)")
