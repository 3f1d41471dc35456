#!/usr/bin/env python3
"""Benchmark `journeymap serve`: from a saved edit to the page that shows it.

Command (after `make release`, or `swift build -c release --product journeymap`):

    python3 bench/serve_bench.py [--maps 1000] [--touchpoints 20] [--edits 30]
                                 [--rss-edits 300] [--library-edits 5] [--binary PATH]
                                 [--log FILE]

Starts `journeymap serve --port 0` on a copy of the corpus of
../shared/bench/gen_corpus.py (1000 maps x 20 touchpoints by default, in a
temporary folder, removed at the end) and waits until the index is served. Then,
--edits times, changes the emotion of one touchpoint in one map (a different map
each time) to a label never used before, and measures from the moment the file is
written and closed to
  - "page": the first answer of GET /journeys/<id>.html (polled every 5 ms over
    one keep-alive connection) that holds the new label;
  - "reload": the first WebSocket message of /_journeymap/live (a client written on
    the standard library) that names that page;
one second apart, so each edit's other pages are done before the next edit.
RSS of the server (VmRSS) is read after 10 edits and, after more edits one after
the other until --rss-edits in all, again. Last, --library-edits edits of a
persona's goal in library.md, which every journey of that persona shows: the time
until the persona page, and until the last journey page of that persona, holds it.
Prints p50/p95 and the machine's load average before and after.
Targets (issue): page p50 < 100 ms and p95 < 250 ms, library edit p50 < 1 s, RSS
growth from 10 to 300 edits < 20 MB.
"""
import argparse
import base64
import http.client
import os
import re
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time

import benchlib


class ReloadListener(threading.Thread):
    """A WebSocket client of /_journeymap/live: every text message with its arrival time."""

    def __init__(self, port):
        super().__init__(daemon=True)
        self.sock = socket.create_connection(("127.0.0.1", port))
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /_journeymap/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(4096)
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if not head.startswith(b"HTTP/1.1 101"):
            raise SystemExit(f"WebSocket handshake failed: {head[:80]!r}")
        self.lock = threading.Lock()
        self.messages = []  # (perf_counter, text)

    def take(self, n):
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise EOFError
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def run(self):
        parts = b""
        try:
            while True:
                b0, b1 = self.take(2)
                length = b1 & 0x7F
                if length == 126:
                    length = struct.unpack(">H", self.take(2))[0]
                elif length == 127:
                    length = struct.unpack(">Q", self.take(8))[0]
                payload = self.take(length)
                if b0 & 0x0F == 0x8:
                    return
                parts += payload
                if b0 & 0x80:
                    with self.lock:
                        self.messages.append((time.perf_counter(), parts.decode()))
                    parts = b""
        except (EOFError, OSError):
            return

    def first_after(self, start, needle):
        with self.lock:
            for at, text in self.messages:
                if at >= start and (needle in text or '"paths":null' in text):
                    return at
        return None


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


class Server:
    def __init__(self, binary, maps, log):
        self.proc = subprocess.Popen([binary, "serve", "--maps", maps, "--port", "0"],
                                     stdout=subprocess.PIPE, stderr=log, text=True)
        line = self.proc.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            raise SystemExit(f"serve printed no URL: {line!r}")
        self.port = int(match.group(1))
        self.http = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)

    def get(self, path):
        try:
            self.http.request("GET", path)
            response = self.http.getresponse()
            return response.status, response.read()
        except (http.client.HTTPException, OSError):
            self.http.close()
            self.http = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return 0, b""

    def wait_for(self, path, needle, start, limit=120.0):
        """Seconds from `start` to the first answer holding `needle` (polled every 5 ms)."""
        while time.perf_counter() - start < limit:
            status, body = self.get(path)
            if status == 200 and needle in body:
                return time.perf_counter() - start
            time.sleep(0.005)
        raise SystemExit(f"{path} never showed {needle!r}")

    def stop(self):
        self.proc.send_signal(2)
        return self.proc.wait(timeout=60)


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def edit_emotion(path, label):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text, count = re.subn(r"^- emotion: .*$", f"- emotion: -1 {label}", text, count=1, flags=re.M)
    assert count == 1, path
    write(path, text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--maps", type=int, default=1000)
    ap.add_argument("--touchpoints", type=int, default=20)
    ap.add_argument("--edits", type=int, default=30)
    ap.add_argument("--rss-edits", type=int, default=300)
    ap.add_argument("--library-edits", type=int, default=5)
    ap.add_argument("--binary", default=benchlib.BINARY)
    ap.add_argument("--log", help="copy serve's standard error here (with JOURNEYMAP_TIMINGS=1 in the "
                                  "environment, the time of each step of each build)")
    args = ap.parse_args()
    if not os.path.exists(args.binary):
        benchlib.need_binary()
    load_before = os.getloadavg()
    corpus = benchlib.corpus(args.maps, args.touchpoints)
    work = tempfile.mkdtemp(prefix="journeymap-serve-bench-")
    maps = os.path.join(work, "maps")
    shutil.copytree(corpus, maps)
    names = sorted(n for n in os.listdir(maps) if n.startswith("map-"))
    log = open(os.path.join(work, "serve.log"), "w")
    started = time.perf_counter()
    server = Server(args.binary, maps, log)
    try:
        server.wait_for("/index.html", b"</html>", started, limit=900)
        ready = time.perf_counter() - started
        listener = ReloadListener(server.port)
        listener.start()
        time.sleep(1.0)
        print(f"serve ready after {ready:.1f} s (first build of {args.maps} maps x {args.touchpoints} touchpoints)")

        page, reload_times, rss = [], [], {}
        stride = max(1, len(names) // max(1, args.rss_edits)) | 1
        for k in range(max(args.edits, args.rss_edits)):
            name = names[(k * stride) % len(names)]
            label = f"bench{k}x{os.getpid()}"
            start = time.perf_counter()
            edit_emotion(os.path.join(maps, name), label)
            start = time.perf_counter()
            path = "/journeys/" + name[:-3] + ".html"
            seen = server.wait_for(path, label.encode(), start)
            if k < args.edits:
                page.append(seen)
                deadline = time.perf_counter() + 30
                while listener.first_after(start, '"' + path[1:] + '"') is None and time.perf_counter() < deadline:
                    time.sleep(0.005)
                at = listener.first_after(start, '"' + path[1:] + '"')
                if at is not None:
                    reload_times.append(at - start)
                time.sleep(1.0)
            if k + 1 in (10, args.rss_edits):
                time.sleep(2.0)
                rss[k + 1] = rss_mib(server.proc.pid)

        library = os.path.join(maps, "library.md")
        with open(library, encoding="utf-8") as f:
            base = f.read()
        persona_of = {}
        for name in names:
            with open(os.path.join(maps, name), encoding="utf-8") as f:
                head = f.read(400)
            match = re.search(r"^persona: (\S+)", head, re.M)
            persona_of[name] = match.group(1) if match else None
        probe = max(n for n in names if persona_of[n] == "persona-0")
        lib_persona, lib_journey = [], []
        for k in range(args.library_edits):
            goal = f"Goal of persona 0, take {k} {os.getpid()}"
            start = time.perf_counter()
            write(library, base.replace("- goal: Goal of persona 0\n", f"- goal: {goal}\n", 1))
            start = time.perf_counter()
            lib_persona.append(server.wait_for("/personas/persona-0.html", goal.encode(), start))
            lib_journey.append(server.wait_for("/journeys/" + probe[:-3] + ".html", goal.encode(), start))
            time.sleep(2.0)
        status = server.stop()
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
        log.close()
        if args.log:
            shutil.copyfile(os.path.join(work, "serve.log"), args.log)
        shutil.rmtree(work, ignore_errors=True)

    ms = lambda s: f"{s * 1000:.0f} ms"
    print(f"edits: {len(page)} (one touchpoint's emotion, a different map each time, 1 s apart)")
    print(f"  write -> journey page served with the new value: p50 {ms(statistics.median(page))}, "
          f"p95 {ms(percentile(page, 95))}, max {ms(max(page))}")
    if reload_times:
        print(f"  write -> reload message naming the page:       p50 {ms(statistics.median(reload_times))}, "
              f"p95 {ms(percentile(reload_times, 95))}, max {ms(max(reload_times))} ({len(reload_times)} seen)")
    print(f"library edits: {len(lib_persona)} (a persona's goal, shown on its page and on its journeys' pages)")
    print(f"  write -> persona page: p50 {ms(statistics.median(lib_persona))}; "
          f"-> last journey page of that persona ({probe[:-3]}): p50 {ms(statistics.median(lib_journey))}, "
          f"max {ms(max(lib_journey))}")
    first, last = min(rss), max(rss)
    print(f"RSS: {rss[first]:.1f} MiB after {first} edits, {rss[last]:.1f} MiB after {last} edits "
          f"(growth {rss[last] - rss[first]:+.1f} MiB)")
    print(f"serve exit status after SIGINT: {status}")
    load_after = os.getloadavg()
    print(f"load average before: {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}; "
          f"after: {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} (2 cores)")


if __name__ == "__main__":
    sys.exit(main())
