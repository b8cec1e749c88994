#!/usr/bin/python3
"""`precis batch` on a Dask cluster: one task per input line, the same output bytes.

    PYTHONPATH=build/python /usr/bin/python3 python/precis_dask.py \\
        --scheduler tcp://HOST:8786 clusters.jsonl > summaries.jsonl

Reads JSON Lines files of clusters (one {"id", "documents", "options"} object a line; see
include/precis/batch.h), summarizes each line on a worker with
precis.summarize_batch_line, and writes one record a line, in input order: byte for byte
what `precis batch` writes for the same files and options. Without --scheduler it starts
a LocalCluster on this machine.

The workers must be able to import the module precis. Either start them with the
directory that holds precis.cpython-*.so (build/python) on their PYTHONPATH, or pass
--upload-module to send this machine's copy to every worker (present and future) with
Client.upload_file: it lands in each worker's local directory, which Dask puts on
sys.path. Either way the workers run the same Python version on the same platform and
have the shared libraries the module needs (ICU, libstemmer: Debian's libicu72 and
libstemmer0d).

Memory stays bounded on input of any length: at most --window lines are submitted and
not yet written (in flight or waiting for an earlier line), and lines are read as they
are submitted.
"""

import argparse
import json
import os
import re
import sys
import tempfile
import uuid

import precis

# The options of `precis batch` (every cluster's defaults), as precis.summarize's
# keyword arguments: (flag, keyword, type). Switches that clear a default are inverted.
_COUNT_OPTIONS = [
    ("--words", "words"), ("--sentences", "sentences"), ("--chars", "chars"),
    ("--min-words", "min_words"), ("--max-words", "max_words"),
]
_REAL_OPTIONS = [
    ("--lambda", "lambda_"), ("--centroid-weight", "centroid_weight"),
    ("--min-relevance", "min_relevance"), ("--duplicate-threshold", "duplicate_threshold"),
    ("--min-similarity", "min_similarity"), ("--damping", "damping"),
    ("--position-decay", "position_decay"), ("--name-weight", "name_weight"),
]


# Read once, at import, before Dask starts threads: os.umask can only be read by setting it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _summarize_line(line, number, options):
    """Runs on a worker: the record of one line, without its newline."""
    import precis as worker_precis  # the worker's copy, not this process's
    return worker_precis.summarize_batch_line(line, number, **options)


def read_lines(paths):
    """Yields (number, line) for every line of every input, numbered from 1 across all
    of them, read as `precis batch` reads them (precis._BatchLines: lines end at b"\\n",
    a "\\r" stays in the line, a last line without one counts, and a UTF-16 or UTF-32
    file, as PowerShell writes one, is decoded to UTF-8). `line` is None for a line over
    the batch's limit, whose record is precis._overlong_line_record's."""
    number = 0
    for path in paths:
        for line in precis._BatchLines(path):
            number += 1
            yield number, line


def run(client, lines, out, options, window):
    """Summarizes `lines` ((number, bytes or None) pairs, as read_lines yields them) on
    `client`'s workers and writes each record + b"\\n" to `out` (a binary stream) in
    input order. Returns (records, errors).
    Raises whatever a task raised: SummarizeBatchLine never does for a bad line, so that
    is the cluster failing (precis not importable on a worker, a worker lost)."""
    from distributed import as_completed

    run_id = uuid.uuid4().hex
    completed = as_completed(with_results=True)
    number_of = {}  # task key -> line number
    done = {}  # line number -> record, waiting for the lines before it
    next_to_write = 1
    submitted = 0
    records = errors = 0
    lines = iter(lines)
    exhausted = False
    while True:
        while not exhausted and submitted - (next_to_write - 1) < window:
            try:
                number, line = next(lines)
            except StopIteration:
                exhausted = True
                break
            submitted += 1
            if line is None:  # too long to hold: its record needs no worker
                done[number] = precis._overlong_line_record(number)
                continue
            key = f"precis-batch-{run_id}-{number}"
            future = client.submit(_summarize_line, line, number, options, key=key, pure=False)
            number_of[key] = number
            completed.add(future)
        while next_to_write in done:
            record = done.pop(next_to_write)
            out.write(record + b"\n")
            records += 1
            errors += "error" in json.loads(record)
            next_to_write += 1
        if next_to_write > submitted:
            if exhausted:
                break  # everything read was written
            continue
        future, record = next(completed)
        done[number_of.pop(future.key)] = record
        future.release()
    out.flush()
    return records, errors


class AtomicOutput:
    """A binary stream for `path` that replaces it only once complete (commit): written to
    a temporary file in the same directory, flushed to disk, then renamed over `path`, as
    precis --output does. Until then, and for good if the run fails (discard), `path` is
    untouched: a run cut short never leaves half a file where a whole one was."""

    def __init__(self, path):
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        fd, self.temporary = tempfile.mkstemp(
            prefix="." + os.path.basename(path) + ".tmp-", dir=directory)
        self.stream = os.fdopen(fd, "wb")

    def write(self, data):
        return self.stream.write(data)

    def flush(self):
        self.stream.flush()

    def commit(self):
        self.stream.flush()
        os.fsync(self.stream.fileno())
        # mkstemp makes the file 0600; an output gets what any new file would.
        os.fchmod(self.stream.fileno(), 0o666 & ~_UMASK)
        self.stream.close()
        os.replace(self.temporary, self.path)
        self.temporary = None

    def discard(self):
        if self.temporary is not None:
            self.stream.close()
            os.unlink(self.temporary)
            self.temporary = None


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="precis_dask.py",
        description="precis batch on a Dask cluster: JSON Lines of clusters in, one "
                    "summary record a line out, in input order.")
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="FILE",
                        help="JSON Lines files, read in turn (default: standard input)")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="the Dask scheduler, tcp://HOST:8786 (default: start a "
                             "LocalCluster)")
    parser.add_argument("--scheduler-file", metavar="FILE",
                        help="the scheduler's address from this file (dask-scheduler "
                             "--scheduler-file)")
    parser.add_argument("--workers", type=_count, default=0, metavar="N",
                        help="LocalCluster only: worker processes (default: one per core)")
    parser.add_argument("--window", type=_count, default=0, metavar="N",
                        help="lines submitted and not yet written, at most (default: 8 per "
                             "worker thread, at least 64)")
    parser.add_argument("--upload-module", action="store_true",
                        help="send this machine's precis module to the workers")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here instead of standard output")
    parser.add_argument("--version", action="version",
                        version=f"precis_dask (precis {precis.__version__})")
    group = parser.add_argument_group("cluster defaults (as for precis batch)")
    for flag, _ in _COUNT_OPTIONS:
        short = ["-w"] if flag == "--words" else []
        group.add_argument(*short, flag, type=int, metavar="N")
    for flag, _ in _REAL_OPTIONS:
        group.add_argument(flag, type=float, metavar="X")
    group.add_argument("-l", "--lang", metavar="LANG")
    group.add_argument("--similarity", choices=["cosine", "overlap"])
    group.add_argument("--plain-text", action="store_true")
    group.add_argument("--keep-boilerplate", action="store_true")
    group.add_argument("--include-headlines", action="store_true")
    group.add_argument("--by-source", action="store_true")
    group.add_argument("--no-stem", action="store_true")
    group.add_argument("--keep-stopwords", action="store_true")
    group.add_argument("--explain", action="store_true",
                       help='add "sentences" to the record of every line that does not '
                            'say "explain": false')
    args = parser.parse_args(argv)
    if args.scheduler and args.scheduler_file:
        parser.error("give --scheduler or --scheduler-file, not both")
    # Dask waits for a missing scheduler file to appear, however long that takes.
    if args.scheduler_file and not os.path.isfile(args.scheduler_file):
        parser.error(f"--scheduler-file {args.scheduler_file}: no such file")

    options = {}
    for _, keyword in _COUNT_OPTIONS + _REAL_OPTIONS:
        value = getattr(args, keyword.rstrip("_"))
        if value is not None:
            options[keyword] = value
    if args.lang is not None:
        options["lang"] = args.lang
    if args.similarity is not None:
        options["similarity"] = args.similarity
    for switch in ("keep_boilerplate", "include_headlines", "by_source"):
        if getattr(args, switch):
            options[switch] = True
    if args.plain_text:
        options["markup"] = False
    if args.no_stem:
        options["stem"] = False
    if args.keep_stopwords:
        options["remove_stopwords"] = False
    try:
        precis.check_options(**options)
    except precis.Error as e:
        # Named as this command line spells it (--lambda), not as the keyword (lambda_).
        flags = {keyword: flag for flag, keyword in _COUNT_OPTIONS + _REAL_OPTIONS}
        flags.update(lang="--lang", similarity="--similarity")
        # Quoted parts are the user's values ("unknown language 'words'"): left as given.
        parts = e.problem.split("'")
        for i in range(0, len(parts), 2):
            for keyword, flag in flags.items():
                parts[i] = re.sub(rf"\b{keyword}\b", flag, parts[i])
        problem = "'".join(parts)
        parser.error(f"{flags.get(e.path, e.path)}: {problem}" if e.path else problem)
    except TypeError as e:
        parser.error(str(e))
    # Not a summarizer option: summarize_batch_line takes it beside them.
    if args.explain:
        options["explain"] = True
    return args, options


def _count(text):
    """A whole number, 0 or more (0: the default)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        # --window -1 once wrote nothing and exited 0; --workers -2 hung.
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return value


def main(argv=None):
    args, options = parse_args(sys.argv[1:] if argv is None else argv)
    if args.output and os.path.isdir(args.output):  # before the whole run, not after it
        print(f"precis_dask: {args.output}: is a folder", file=sys.stderr)
        return 1
    for path in args.inputs:  # as precis batch: a misspelt path fails before any work
        if path != "-" and not os.path.isfile(path):
            print(f"precis_dask: {path}: no such file", file=sys.stderr)
            return 1
        if args.output and path != "-" and os.path.exists(args.output) and os.path.samefile(
                path, args.output):
            print(f"precis_dask: {path}: the output would overwrite this input",
                  file=sys.stderr)
            return 2

    from distributed import Client, LocalCluster

    cluster = None
    if args.scheduler or args.scheduler_file:
        try:
            client = Client(args.scheduler, scheduler_file=args.scheduler_file)
        except (OSError, TimeoutError) as e:  # no scheduler there: a line, not a traceback
            where = args.scheduler or args.scheduler_file
            print(f"precis_dask: cannot reach the scheduler ({where}): {e}", file=sys.stderr)
            return 1
    else:
        cluster = LocalCluster(n_workers=args.workers or os.cpu_count(), threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    out = None
    try:
        if args.upload_module:
            client.upload_file(precis.__file__)
        window = args.window or max(64, 8 * sum(client.nthreads().values()))
        out = AtomicOutput(args.output) if args.output else sys.stdout.buffer
        records, errors = run(client, read_lines(args.inputs), out, options, window)
        if out is not sys.stdout.buffer:
            out.commit()
    except ImportError as e:  # raised on a worker, re-raised here
        print(f"precis_dask: a worker cannot import precis ({e}): put the folder of "
              "precis.cpython-*.so on the workers' PYTHONPATH or pass --upload-module",
              file=sys.stderr)
        return 1
    except precis.FileError as e:  # an input that cannot be read: it names itself
        print(f"precis_dask: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        print(f"precis_dask: {args.output}: {e.strerror or e}", file=sys.stderr)
        return 1
    finally:
        if out is not None and out is not sys.stdout.buffer:
            out.discard()
        client.close()
        if cluster is not None:
            cluster.close()
    if errors:
        print(f"precis_dask: {errors} of {records} lines could not be summarized (see the "
              "\"error\" records)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
