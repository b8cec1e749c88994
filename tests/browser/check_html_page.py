#!/usr/bin/python3
"""precis --format html in a real browser: the page renders, and what it marks is the summary.

Runs precis on a cluster twice (--format html and --format json), then headless Chromium on
the page twice: a screenshot, which must not be blank and must show the highlight colour,
and --dump-dom, whose <mark> elements in the sources must hold exactly the summary's
sentences (text, rank and score, where they stand in the sources), each the target of a
summary link. Then the same for precis explain's page, whose struck-out paragraphs must
hold exactly what its JSON says cleaning removed, each in its document's article.

Standard library only (it runs under Debian's /usr/bin/python3). Each Chromium run has its
own profile folder, a time limit and a process group of its own, killed afterwards, so that
no browser process outlives the test.

Usage: check_html_page.py PRECIS CHROMIUM DOCS_DIR
"""

import html.parser
import json
import os
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib

TIMEOUT_SECONDS = 60
HIGHLIGHT = (0xFF, 0xE2, 0x7A)  # --mark in render_html.cc: the summary's rank badges


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run_precis(precis, docs, fmt, out_path, command="summarize"):
    result = subprocess.run([precis, command, "--format", fmt, "--output", out_path, docs],
                            capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
    if result.returncode != 0:
        fail("precis %s --format %s exited with %d: %s"
             % (command, fmt, result.returncode, result.stderr))


def live_processes_in_group(pgid):
    """Processes of the group that are still running (zombies excepted)."""
    live = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry, "rb") as f:
                stat = f.read().decode("utf-8", "replace")
        except OSError:
            continue
        # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        fields = stat[stat.rfind(")") + 2:].split()
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            live.append(int(entry))
    return live


def run_chromium(chromium, profile, args):
    """Runs headless Chromium in a process group of its own; returns its stdout."""
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu",
               "--no-first-run", "--no-default-browser-check", "--disable-extensions",
               "--user-data-dir=" + profile] + args
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        out, err = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        fail("chromium %s took more than %d s" % (" ".join(args), TIMEOUT_SECONDS))
    finally:
        # Helpers (zygote, GPU, crashpad) may outlive the browser: end the whole group.
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 5
    while live_processes_in_group(process.pid):
        if time.monotonic() > deadline:
            fail("chromium processes left behind: %s" % live_processes_in_group(process.pid))
        time.sleep(0.05)
    if process.returncode != 0:
        fail("chromium exited with %d: %s" % (process.returncode, err.decode("utf-8", "replace")))
    return out


def decode_png(data):
    """(width, height, rows of (r, g, b) tuples) of an 8-bit RGB or RGBA PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail("the screenshot is not a PNG")
    at = 8
    idat = []
    width = height = None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        at += 12 + length
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace != 0:
                fail("unexpected PNG layout: depth %d, colour type %d, interlace %d"
                     % (depth, color, interlace))
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
                line[i] = (line[i] + predictor) & 0xFF
            elif kind != 0:
                fail("bad PNG filter %d" % kind)
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def check_screenshot(path):
    with open(path, "rb") as f:
        width, height, rows = decode_png(f.read())
    counts = {}
    for row in rows:
        for pixel in row:
            counts[pixel] = counts.get(pixel, 0) + 1
    total = width * height
    background, background_count = max(counts.items(), key=lambda item: item[1])
    inked = 1 - background_count / total
    near_highlight = sum(n for (r, g, b), n in counts.items()
                         if abs(r - HIGHLIGHT[0]) + abs(g - HIGHLIGHT[1]) + abs(b - HIGHLIGHT[2]) <= 12)
    print("screenshot %dx%d: %d distinct colours, background %s, %.1f%% of pixels drawn, "
          "%d highlight pixels" % (width, height, len(counts), background, 100 * inked,
                                   near_highlight))
    if (width, height) != (1200, 2000):
        fail("screenshot is %dx%d, not the window size 1200x2000" % (width, height))
    if len(counts) < 50:
        fail("screenshot has only %d colours: no text was drawn" % len(counts))
    if inked < 0.03:
        fail("only %.2f%% of the screenshot differs from the background" % (100 * inked))
    if near_highlight < 200:
        fail("the highlight colour is missing: the page's CSS was not applied")


class MarkCollector(html.parser.HTMLParser):
    """The <mark> elements inside <section id="sources">, and the summary's link targets."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_in_sources = 0  # open <section> elements, from the sources one
        self.marks = []            # [attributes, text]
        self.in_mark = False
        self.links = []
        self.marks_outside_sources = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            if self.depth_in_sources or attrs.get("id") == "sources":
                self.depth_in_sources += 1
        elif tag == "mark":
            if not self.depth_in_sources:
                self.marks_outside_sources += 1
            else:
                self.marks.append([attrs, ""])
                self.in_mark = True
        elif tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])

    def handle_endtag(self, tag):
        if tag == "section" and self.depth_in_sources:
            self.depth_in_sources -= 1
        elif tag == "mark":
            self.in_mark = False

    def handle_data(self, data):
        if self.in_mark:
            self.marks[-1][1] += data


class RemovedCollector(html.parser.HTMLParser):
    """The <p class="removed"> elements of the explain page: (article id, rule, text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.article = None
        self.removed = []
        self.in_removed = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "article":
            self.article = attrs.get("id")
        elif tag == "p" and attrs.get("class") == "removed":
            self.removed.append([self.article, attrs.get("data-rule"), ""])
            self.in_removed = True

    def handle_endtag(self, tag):
        if tag == "p":
            self.in_removed = False
        elif tag == "article":
            self.article = None

    def handle_data(self, data):
        if self.in_removed:
            self.removed[-1][2] += data


def check_removed(dom, explanation):
    """What cleaning dropped stands in its document's article, each with its rule."""
    collector = RemovedCollector()
    collector.feed(dom)
    collector.close()
    got = collector.removed
    wanted = [["d%d" % r["document"], r["rule"], as_parsed(r["text"])]
              for r in explanation["removed"]]
    print("explain dom: %d removed paragraphs, %d removed in the JSON" % (len(got), len(wanted)))
    if not wanted:
        fail("the JSON explanation removed nothing: nothing to compare")
    if got != wanted:
        fail("removed paragraphs differ from the explanation:\n  page: %r\n  json: %r"
             % (got, wanted))


def as_parsed(text):
    """What an HTML parser makes of the text: CR LF and lone CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_dom(dom, summary):
    collector = MarkCollector()
    collector.feed(dom)
    collector.close()
    expected = summary["sentences"]
    got = collector.marks
    print("dom: %d characters, %d marks in the sources, %d summary sentences"
          % (len(dom), len(got), len(expected)))
    if not expected:
        fail("the JSON summary is empty: nothing to compare")
    if collector.marks_outside_sources:
        fail("%d <mark> elements outside the sources" % collector.marks_outside_sources)
    # The sources show the marks where they stand, by document then position; the
    # summary reads them in its own order.
    expected = sorted(expected, key=lambda s: (s["document"], s["sentence"]))
    texts = [text for _, text in got]
    wanted = [as_parsed(s["text"]) for s in expected]
    if texts != wanted:
        fail("marked texts differ from the summary:\n  marked:  %r\n  summary: %r"
             % (texts, wanted))
    for (attrs, _), sentence in zip(got, expected):
        if attrs.get("data-rank") != str(sentence["rank"] + 1):
            fail("mark %r has data-rank %r, the summary rank %d"
                 % (attrs.get("id"), attrs.get("data-rank"), sentence["rank"]))
        if abs(float(attrs.get("data-score", "nan")) - sentence["score"]) > 1e-12:
            fail("mark %r has data-score %r, the summary %r"
                 % (attrs.get("id"), attrs.get("data-score"), sentence["score"]))
        wanted_id = "s%d-%d" % (sentence["document"], sentence["sentence"])
        if attrs.get("id") != wanted_id:
            fail("mark %r should be %r" % (attrs.get("id"), wanted_id))
        if "rang %d" % (sentence["rank"] + 1) not in attrs.get("title", ""):
            fail("mark %r has no rank in its tooltip: %r" % (wanted_id, attrs.get("title")))
    ids = [attrs["id"] for attrs, _ in got]
    if sorted(collector.links) != sorted(ids):
        fail("summary links %r do not lead to the marks %r" % (collector.links, ids))


def main():
    if len(sys.argv) != 4:
        fail(__doc__)
    precis, chromium, docs = sys.argv[1:]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="precis-browser-") as work:
        page = os.path.join(work, "summary page.html")  # a space: the URL must quote it
        summary_json = os.path.join(work, "summary.json")
        run_precis(precis, docs, "html", page)
        run_precis(precis, docs, "json", summary_json)
        with open(summary_json, encoding="utf-8") as f:
            summary = json.load(f)
        url = "file://" + page.replace(" ", "%20")

        shot = os.path.join(work, "shot.png")
        run_chromium(chromium, os.path.join(work, "profile-shot"),
                     ["--hide-scrollbars", "--window-size=1200,2000", "--screenshot=" + shot, url])
        if not os.path.exists(shot):
            fail("chromium wrote no screenshot")
        check_screenshot(shot)

        dom = run_chromium(chromium, os.path.join(work, "profile-dom"), ["--dump-dom", url])
        check_dom(dom.decode("utf-8"), summary)

        explain_page = os.path.join(work, "explain.html")
        explain_json = os.path.join(work, "explain.json")
        run_precis(precis, docs, "html", explain_page, "explain")
        run_precis(precis, docs, "json", explain_json, "explain")
        with open(explain_json, encoding="utf-8") as f:
            explanation = json.load(f)
        dom = run_chromium(chromium, os.path.join(work, "profile-explain"),
                           ["--dump-dom", "file://" + explain_page])
        check_removed(dom.decode("utf-8"), explanation)
    print("ok in %.1f s" % (time.monotonic() - started))


if __name__ == "__main__":
    main()
