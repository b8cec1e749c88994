"""python/precis_dask.py on a real Dask cluster (a scheduler and two worker processes on
loopback) writes exactly the bytes `precis batch` writes for the same file.

Run by CTest (python/CMakeLists.txt) with PYTHONPATH on the built module and
PRECIS_SOURCE_DIR / PRECIS_BIN_DIR set. Every process started here is in its own
session and killed by group at the end; the scheduler and workers also stop on their own
when orphaned (--idle-timeout, --death-timeout).
"""

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

SOURCE_DIR = Path(os.environ.get("PRECIS_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BIN_DIR = Path(os.environ.get("PRECIS_BIN_DIR", SOURCE_DIR / "build" / "bin"))
SAMPLE_DOCS = SOURCE_DIR / "samples" / "poutine-coree-du-nord-2024" / "docs"
RUNNER = SOURCE_DIR / "python" / "precis_dask.py"
PYTHON = sys.executable


def stop_group(process, timeout=10):
    """Ends `process` and everything it started (its own session)."""
    if process.poll() is None:
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                break
            try:
                process.wait(wait)
                break
            except subprocess.TimeoutExpired:
                continue
    else:
        try:  # the leader is gone; its children may not be
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def run_group(command, timeout, **kwargs):
    """subprocess.run in a session of its own, killed whole on timeout."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True, **kwargs)
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        stop_group(process)
        process.communicate()
        raise
    finally:
        stop_group(process)
    return subprocess.CompletedProcess(command, process.returncode, out, err)


def env_without_precis():
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.fixture(scope="module")
def scheduler_file(tmp_path_factory):
    """A scheduler and two single-threaded worker processes on 127.0.0.1. The workers do
    NOT have precis on their path: a test must upload it."""
    folder = tmp_path_factory.mktemp("dask")
    address_file = folder / "scheduler.json"
    env = env_without_precis()
    processes = []
    try:
        processes.append(subprocess.Popen(
            [PYTHON, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
             "--port", "0", "--no-dashboard", "--scheduler-file", str(address_file),
             "--idle-timeout", "300"],
            cwd=folder, env=env, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 30
        while not address_file.exists():
            assert processes[0].poll() is None, "the scheduler died"
            assert time.monotonic() < deadline, "no scheduler after 30 s"
            time.sleep(0.1)
        for i in range(2):
            processes.append(subprocess.Popen(
                [PYTHON, "-m", "distributed.cli.dask_worker", "--scheduler-file",
                 str(address_file), "--nworkers", "1", "--nthreads", "1", "--no-nanny",
                 "--no-dashboard", "--host", "127.0.0.1", "--death-timeout", "30",
                 "--local-directory", str(folder / f"worker{i}"), "--name", f"w{i}"],
                cwd=folder, env=env, start_new_session=True,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with distributed.Client(scheduler_file=str(address_file), timeout=30) as client:
            client.wait_for_workers(2, timeout=30)
            workers = client.scheduler_info()["workers"]
            assert len(workers) == 2
            assert all(w["nthreads"] == 1 for w in workers.values())
        yield address_file
    finally:
        for process in reversed(processes):
            stop_group(process)
    for process in processes:
        assert process.poll() is not None


def sample_sentences():
    """The sample cluster's cleaned sentences, one a line, from `precis segment`."""
    out = subprocess.run([str(BIN_DIR / "precis"), "segment", str(SAMPLE_DOCS)],
                         capture_output=True, check=True, timeout=60).stdout.decode()
    return [line for line in out.splitlines() if line.strip()]


def make_clusters(count, seed):
    """`count` JSON lines, deterministic for a seed: clusters of sample sentences with
    every shape the format allows (string and object documents, string, number and
    missing ids, per-cluster options, CRLF, non-ASCII left raw or escaped) and about one
    line in ten broken on purpose."""
    sentences = sample_sentences()
    rng = random.Random(seed)
    bad_lines = [
        "",
        "{not json",
        "[1, 2, 3]",
        '{"documents": []}',
        '{"id": "x", "documents": ["Un texte."], "options": {"wordz": 10}}',
        '{"id": 5, "documents": ["Un texte."], "options": {"words": -3}}',
        '{"documents": [42]}',
        '{"id": {"nested": 1}, "documents": ["Un texte."]}',
        '{"documents": ["Une phrase."], "extra": true}',
    ]
    lines = []
    for n in range(count):
        if rng.random() < 0.1:
            lines.append(rng.choice(bad_lines))
            continue
        documents = []
        for d in range(rng.randint(1, 5)):
            text = " ".join(rng.sample(sentences, rng.randint(2, 9)))
            if rng.random() < 0.3:
                text = text.replace(". ", ".\r\n", 2)
            documents.append({"name": f"src{d}", "text": text} if rng.random() < 0.3 else text)
        record = {"documents": documents}
        id_kind = rng.random()
        if id_kind < 0.5:
            record = {"id": f"cluster-{n}", **record}
        elif id_kind < 0.8:
            record = {"id": n, **record}
        if rng.random() < 0.3:
            record["options"] = rng.choice([
                {"words": rng.randint(10, 80)},
                {"sentences": 2, "words": 0},
                {"lambda": round(rng.uniform(0.3, 1.0), 2), "chars": 300},
                {"include_headlines": True, "min-words": 3},
                {"no-stem": True, "keep-stopwords": True},
                {"similarity": "overlap"},
                {"lang": "en"},
            ])
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.05:
            line += "\r"
        lines.append(line)
    return "\n".join(lines).encode()  # the last line without its newline


def precis_batch(path, *args):
    result = subprocess.run([str(BIN_DIR / "precis"), "batch", *args, str(path)],
                            capture_output=True, check=True, timeout=120)
    return result.stdout


def run_runner(*args, env=None):
    return run_group([PYTHON, str(RUNNER), *args], timeout=120, env=env)


def check_records(output, line_count):
    records = [json.loads(line) for line in output.split(b"\n")[:-1]]
    assert output.endswith(b"\n") and len(records) == line_count
    errors = sum("error" in r for r in records)
    assert 0 < errors < line_count // 4  # both kinds, so that equality means something
    return records


# First in the file: once a run uploads the module, the workers keep it.
def precis_version():
    return subprocess.run([str(BIN_DIR / "precis"), "--version"], capture_output=True,
                          check=True, timeout=60).stdout.decode().split()[-1]


def test_workers_without_precis_fail_clearly(scheduler_file, tmp_path):
    path = tmp_path / "few.jsonl"
    path.write_bytes(make_clusters(5, seed=3))
    output = tmp_path / "summaries.jsonl"
    output.write_bytes(b"yesterday's summaries\n")
    result = run_runner("--scheduler-file", str(scheduler_file), "-o", str(output), str(path))
    assert result.returncode == 1
    assert b"cannot import precis" in result.stderr
    assert b"--upload-module" in result.stderr
    # A failed run leaves the output as it was, and no temporary file beside it.
    assert output.read_bytes() == b"yesterday's summaries\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["few.jsonl", "summaries.jsonl"]


def test_dask_output_equals_precis_batch(scheduler_file, tmp_path):
    path = tmp_path / "clusters.jsonl"
    path.write_bytes(make_clusters(300, seed=20240619))
    expected = precis_batch(path, "--words", "60", "--threads", "2")
    check_records(expected, 300)
    address = json.loads(scheduler_file.read_text())["address"]
    # A small window, so that lines finish out of order and wait for the ones before.
    result = run_runner("--scheduler", address, "--upload-module", "--window", "16",
                        "--words", "60", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == expected
    assert b"lines could not be summarized" in result.stderr


def test_local_cluster_with_defaults_and_several_inputs(tmp_path):
    # No --scheduler: a LocalCluster, whose workers inherit PYTHONPATH. Lines are
    # numbered across the inputs, as precis batch numbers them.
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_bytes(make_clusters(20, seed=1) + b"\n")
    second.write_bytes(make_clusters(20, seed=2))
    expected = subprocess.run(
        [str(BIN_DIR / "precis"), "batch", "--lambda", "0.5", "--sentences", "3", str(first),
         str(second)], capture_output=True, check=True, timeout=120).stdout
    assert len(expected.split(b"\n")) == 41
    output = tmp_path / "out.jsonl"
    result = run_runner("--workers", "2", "--lambda", "0.5", "--sentences", "3", "-o",
                        str(output), str(first), str(second))
    assert result.returncode == 0, result.stderr.decode()
    assert output.read_bytes() == expected
    umask = os.umask(0)
    os.umask(umask)
    assert output.stat().st_mode & 0o777 == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "b.jsonl", "out.jsonl"]


def test_utf16_and_utf32_inputs_read_as_precis_batch_reads_them(tmp_path):
    # As Windows PowerShell writes JSON Lines (UTF-16LE with a byte order mark), and the
    # other wide encodings precis batch reads, with a mark or without (told by where the
    # NUL bytes of the first characters fall). Split at b"\n" and never decoded, every
    # line was an error record ("NUL byte"), and the final "\n\0" one record too many.
    text = make_clusters(12, seed=5).decode() + "\n"
    inputs = []
    # Python's "utf-16" and "utf-32" write a mark, little-endian here; "\ufeff" is one
    # by hand; the others have none.
    for encoding, mark in (("utf-16", ""), ("utf-16-be", "\ufeff"), ("utf-32", ""),
                           ("utf-16-le", ""), ("utf-32-be", "")):
        path = tmp_path / f"{encoding}.jsonl"
        path.write_bytes((mark + text).encode(encoding))
        inputs.append(str(path))
    # Each file's encoding is its own, its lines numbered on from the one before.
    expected = subprocess.run([str(BIN_DIR / "precis"), "batch", *inputs],
                              capture_output=True, check=True, timeout=120).stdout
    records = [json.loads(line) for line in expected.split(b"\n")[:-1]]
    assert len(records) == 5 * 12 and sum("summary" in r for r in records) >= 5 * 8
    result = run_runner("--workers", "2", *inputs)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == expected


def test_every_cluster_option_of_precis_batch_reaches_the_workers(tmp_path):
    # The runner lists the options again; a new one in precis batch must appear here too.
    batch_help = subprocess.run([str(BIN_DIR / "precis"), "batch", "--help"],
                                capture_output=True, check=True, timeout=60).stdout.decode()
    runner_help = run_runner("--help").stdout.decode()
    flags = set(re.findall(r"^\s+(?:-\w \[ )?(--[a-z-]+)", batch_help, re.M))
    flags -= {"--help", "--threads"}  # the runner's workers replace --threads
    assert "--position-decay" in flags and "--lambda" in flags
    for flag in sorted(flags):
        assert re.search(rf"\s{flag}\b", runner_help), f"{flag} missing from the runner"
    # And it is passed on, not only accepted: no position prior changes the summaries.
    path = tmp_path / "clusters.jsonl"
    path.write_bytes(make_clusters(20, seed=7))
    expected = precis_batch(path, "--position-decay", "0")
    assert expected != precis_batch(path)
    result = run_runner("--workers", "2", "--position-decay", "0", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == expected
    # --explain is the batch's own default, passed beside the summarizer's options.
    explained = precis_batch(path, "--explain")
    assert b'"sentences":[' in explained and b'"sentences":[' not in expected
    result = run_runner("--workers", "2", "--explain", str(path))
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == explained


def test_bad_defaults_are_a_usage_error(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_bytes(make_clusters(1, seed=4))
    result = run_runner("--lang", "xx", str(path))
    assert result.returncode == 2 and b"--lang: unknown language 'xx'" in result.stderr
    # Named as the command line spells them, not as Python keywords (lambda_, max_words).
    result = run_runner("--lambda", "3", str(path))
    assert result.returncode == 2 and b"error: --lambda: must be in [0, 1]\n" in result.stderr
    result = run_runner("--min-words", "80", "--max-words", "10", str(path))
    assert result.returncode == 2, result.stderr
    assert b"error: --min-words: must not exceed --max-words (10)\n" in result.stderr
    # A value is the user's, even one that reads as a keyword.
    result = run_runner("--lang", "words", str(path))
    assert result.returncode == 2 and b"--lang: unknown language 'words'" in result.stderr
    result = run_runner(str(tmp_path / "missing.jsonl"))
    assert result.returncode == 1 and b"missing.jsonl" in result.stderr
    # An output that is a folder fails before the run, not after every line was summarized.
    started = time.monotonic()
    result = run_runner("-o", str(tmp_path), str(path))
    assert result.returncode == 1 and result.stderr == f"precis_dask: {tmp_path}: is a folder\n".encode()
    assert time.monotonic() - started < 30
    # Its version is the module's, as precis batch --version tells precis's.
    version = run_runner("--version")
    assert version.returncode == 0 and version.stdout.decode().strip().endswith(
        f"(precis {precis_version()})")


def test_bad_runner_arguments_are_a_usage_error(tmp_path):
    # Before they were checked, --window -1 wrote nothing and exited 0, --workers -2 hung,
    # and a missing --scheduler-file was waited for forever.
    path = tmp_path / "one.jsonl"
    path.write_bytes(make_clusters(1, seed=5))
    for args, said in [(["--window", "-1"], b"--window: must be 0 or more, not -1"),
                       (["--workers", "-2"], b"--workers: must be 0 or more, not -2"),
                       (["--window", "x"], b"not a whole number"),
                       (["--scheduler-file", str(tmp_path / "none.json")], b"none.json: no such file")]:
        result = run_runner(*args, str(path))
        assert result.returncode == 2, args
        assert said in result.stderr, (args, result.stderr)
        assert result.stdout == b""


def test_ctrl_c_stops_the_runner_waiting_for_its_input():
    # Reading through precis batch's reader, which retries a read that a signal cuts
    # short, the runner waited for a silent writer whatever Ctrl-C said; Python's own
    # reads, which it used before, stop.
    probe = (
        "import os, signal, threading, time, precis\n"
        "threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT)).start()\n"
        "start = time.monotonic()\n"
        "try:\n"
        "    next(iter(precis._BatchLines('-')))\n"
        "except KeyboardInterrupt:\n"
        "    print(round(time.monotonic() - start, 1))\n")
    writer = subprocess.Popen(["sleep", "30"], stdout=subprocess.PIPE)
    try:
        result = run_group([PYTHON, "-c", probe], timeout=20, stdin=writer.stdout)
    finally:
        writer.kill()
        writer.wait()
    assert result.returncode == 0, result.stderr.decode()
    assert float(result.stdout) < 3
