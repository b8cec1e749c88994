"""The Python module against the C++ library and CLI it wraps.

Run by CTest (python/CMakeLists.txt) with PYTHONPATH on the built module and
PRECIS_SOURCE_DIR / PRECIS_BIN_DIR set.
"""

import functools
import inspect
import json
import os
import pickle
import random
import re
import subprocess
import sys
import threading
import time
import unicodedata
import warnings
from pathlib import Path

import pytest

import precis

SOURCE_DIR = Path(os.environ.get("PRECIS_SOURCE_DIR", Path(__file__).resolve().parents[2]))
BIN_DIR = Path(os.environ.get("PRECIS_BIN_DIR", SOURCE_DIR / "build" / "bin"))
SAMPLE_DOCS = SOURCE_DIR / "samples" / "poutine-coree-du-nord-2024" / "docs"
NBSP, NNBSP = "\u00a0", "\u202f"

# Three short articles in French typography: guillemets with U+00A0 and U+202F,
# apostrophe U+2019, "M." that ends no sentence, 6.700 and 3,5 %, a decomposed accent
# and CRLF line ends. The quotation is a cleft ("C’est ... qui"): a bare "C’est un
# document..." would lean on the accord before it, and be refused.
FRENCH = [
    "Poutine à Pyongyang\r\n\r\n"
    "Le président russe est arrivé mercredi soir à Pyongyang pour une visite de deux jours.\r\n"
    "M. Poutine a été accueilli à l’aéroport par Kim Jong-un, selon l’agence officielle.\r\n"
    "Les deux dirigeants doivent signer un accord de partenariat stratégique jeudi.\r\n",
    f"Kim Jong-un a salué «{NBSP}un soutien total{NBSP}» de la Russie à la Corée du Nord. "
    f"Selon Séoul, 6.700 conteneurs de munitions auraient été livrés à Moscou depuis l’été. "
    f"Le commerce entre les deux pays a progressé de 3,5{NBSP}% l’an dernier, d’après les douanes.",
    f"Vladimir Poutine et Kim Jong-un ont signé jeudi un accord de partenariat stratégique. "
    f"«{NNBSP}C’est un document vraiment révolutionnaire qui nous lie{NNBSP}», a déclaré M. Poutine à la presse. "
    f"Le pre\u0301sident russe doit ensuite se rendre au Vietnam pour une visite officielle.",
]


def sample_texts():
    """The sample cluster's documents in name order, as the CLI reads a directory,
    decoded from their exact bytes (no newline translation)."""
    paths = sorted(SAMPLE_DOCS.iterdir())
    return paths, [p.read_bytes().decode("utf-8") for p in paths]


@functools.lru_cache(maxsize=None)
def sample_explanation_json():
    """What `precis explain --format json` prints for the sample cluster (run once)."""
    cli = subprocess.run([str(BIN_DIR / "precis"), "explain", "--format", "json", str(SAMPLE_DOCS)],
                         capture_output=True, check=True, timeout=60)
    return json.loads(cli.stdout)


def sentence_tuple(s):
    return (s.text, s.document, s.paragraph, s.position, s.rank, s.score, s.headline)


# --- summarize ------------------------------------------------------------------------


@pytest.mark.parametrize("budget", [
    {"words": 25}, {"words": 60}, {"words": 0, "sentences": 2}, {"chars": 200},
    {"words": 1000},
])
def test_summary_sentences_are_verbatim_within_budget(budget):
    summary = precis.summarize(FRENCH, **budget)
    assert summary, budget
    for s in summary:
        assert isinstance(s, precis.Sentence)
        # Verbatim: found as is in the text its document index names, and only from a
        # document that holds it.
        assert s.text in FRENCH[s.document], s
        assert not s.text.startswith((" ", "\r", "\n")) and not s.text.endswith(("\r", "\n"))
    words = sum(len(s.text.split()) for s in summary)  # str.split knows U+00A0, U+202F
    chars = sum(len(s.text.replace("\r", "").replace("\n", "")) for s in summary)
    if budget.get("words", 100):
        assert words <= budget.get("words", 100)
    if budget.get("chars"):
        assert chars <= budget["chars"]
    if budget.get("sentences"):
        assert len(summary) <= budget["sentences"]
    # Reading order keeps each document's own; ranks are the order of choice, 0..n-1.
    for document in {s.document for s in summary}:
        positions = [s.position for s in summary if s.document == document]
        assert positions == sorted(positions)
    assert sorted(s.rank for s in summary) == list(range(len(summary)))
    assert all(0 < s.score < 1 for s in summary)


def test_typography_survives_the_round_trip():
    # With no budget every sentence that may stand alone is chosen: the ones with
    # guillemets, M., 6.700, 3,5 % and the decomposed accent come back unchanged.
    texts = {s.text for s in precis.summarize(FRENCH, words=0)}
    assert f"«{NNBSP}C’est un document vraiment révolutionnaire qui nous lie{NNBSP}», a déclaré M. Poutine à la presse." in texts
    assert any("6.700 conteneurs" in t for t in texts)
    assert any(f"3,5{NBSP}%" in t for t in texts)
    # NFC is for matching, never for output: the decomposed accent stays decomposed.
    decomposed = "Le pre\u0301sident russe doit ensuite se rendre au Vietnam pour une visite officielle."
    assert decomposed in texts
    assert unicodedata.normalize("NFC", decomposed) not in texts
    # "M." ends no sentence.
    assert not any(t.endswith(" M.") for t in texts)


def test_deterministic():
    first = [sentence_tuple(s) for s in precis.summarize(FRENCH, words=50)]
    for threads in (1, 2, 0):
        again = [sentence_tuple(s) for s in precis.summarize(FRENCH, words=50, threads=threads)]
        assert again == first


def test_results_are_values():
    # Equal when type and fields are: a summary computed twice, or pickled and back.
    summary = precis.summarize(FRENCH, words=50)
    assert len(summary) >= 2
    assert summary == precis.summarize(FRENCH, words=50)
    assert pickle.loads(pickle.dumps(summary)) == summary
    assert summary[0] != summary[1]
    assert len(set(summary) | set(precis.summarize(FRENCH, words=50))) == len(summary)
    # The same sentence listed by segment() is another kind of value than the summary's.
    assert summary[0] not in precis.segment(FRENCH)
    assert precis.rouge_n("a b", "a b") == precis.rouge_n("a b", "a b")
    assert precis.rouge_n("a b", "a b") != precis.rouge_n("a b", "a c")


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_results_pickle(protocol):
    # Dask and multiprocessing move results between processes by pickling them. Protocols
    # 0 and 1 once aborted the interpreter ("instance allocation failed").
    summary = precis.summarize(FRENCH, words=50)
    again = pickle.loads(pickle.dumps(summary, protocol=protocol))
    assert [type(s) for s in again] == [precis.Sentence] * len(summary)
    assert [sentence_tuple(s) for s in again] == [sentence_tuple(s) for s in summary]
    score = precis.rouge_n("Poutine arrive.", "Poutine arrive à Pyongyang.", 1)
    copy = pickle.loads(pickle.dumps(score, protocol=protocol))
    assert (copy.recall, copy.precision, copy.f) == (score.recall, score.precision, score.f)
    assert score.recall == pytest.approx(2 / 4)
    _, texts = sample_texts()
    for listed in (precis.explain(texts), precis.removed(texts), precis.segment(texts)):
        assert listed
        again = pickle.loads(pickle.dumps(listed, protocol=protocol))
        assert [type(x) for x in again] == [type(x) for x in listed]
        assert [repr(x) for x in again] == [repr(x) for x in listed]


def test_a_str_is_read_as_the_text_it_is_never_as_bytes_to_sniff():
    # A str was re-read as a file's bytes: a stray NUL made it a binary file and lost the
    # article, NULs between letters made it UTF-16 ("abc\\0" became one CJK character), and
    # RTF source came out in mojibake ("prÃ©sident"), its UTF-8 read as windows-1252.
    article = "Le président a annoncé une réforme majeure des retraites mardi soir à Paris."
    with pytest.warns(precis.PrecisWarning, match=r"texts\[0\]: a NUL character dropped"):
        assert [s.text for s in precis.segment([article + "\x00"])] == [article]
    # An empty name names nothing: the warning said "a NUL character dropped" of no text.
    with pytest.warns(precis.PrecisWarning, match=r"^texts\[1\]: a NUL character dropped"):
        precis.segment([article, article + "\x00"], ["a", ""])
    with pytest.warns(precis.PrecisWarning, match="4 NUL characters dropped"):
        assert [s.text for s in precis.segment(["a\x00b\x00c\x00d\x00"],
                                                include_headlines=True)] == ["abcd"]
    rtf = r"{\rtf1\ansi\ansicpg1252 " + article.replace("é", r"\'e9", 1) + r"\par}"
    assert [s.text for s in precis.segment([rtf])] == [article]
    # bytes are still a file's contents, in whatever encoding and format.
    with pytest.warns(precis.PrecisWarning, match="read as windows-1252"):
        assert [s.text for s in precis.segment([article.encode("cp1252")])] == [article]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing to say about a clean str
        assert [s.text for s in precis.segment([article])] == [article]


def test_read_inputs_refuses_a_path_with_a_nul(tmp_path):
    # The name was cut at its NUL, and another file read: "dir/a\\0zzz" gave dir/a.
    (tmp_path / "a").write_text("Texte du fichier a.")
    for path in (str(tmp_path / "a") + "\x00zzz", os.fsencode(tmp_path / "a") + b"\x00zzz"):
        with pytest.raises(ValueError, match="embedded null byte"):
            precis.read_inputs(path)


FUNCTIONS = ["summarize", "segment", "explain", "removed", "read_inputs",
             "summarize_batch_line", "check_options", "rouge", "rouge_n"]


@pytest.mark.parametrize("name", FUNCTIONS)
def test_functions_pickle_by_name(name):
    # pool.map(precis.summarize, clusters) and dask.delayed(precis.summarize) pickle the
    # function: a pybind11 function's capsule could not be ("cannot pickle 'PyCapsule'").
    function = getattr(precis, name)
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(function, protocol=protocol)) is function
    assert function.__module__ == "precis" and function.__name__ == name
    assert function.__doc__.startswith(name + "(")


def _summary_texts(texts):
    return [s.text for s in precis.summarize(texts, words=40)]


def test_a_process_pool_runs_precis_functions_and_partials():
    import concurrent.futures
    import multiprocessing
    partial = functools.partial(precis.summarize, words=40)
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(2, mp_context=context) as pool:
        results = list(pool.map(partial, [FRENCH, FRENCH[:2]]))
    assert [[s.text for s in r] for r in results] == [
        _summary_texts(FRENCH), _summary_texts(FRENCH[:2])]


def test_a_fork_while_another_thread_summarizes_does_not_hang():
    # The child of a fork taken while a thread built the library's lazily made tables (on
    # the process's first call) waited forever on their guard; the module builds them at
    # import. A fresh interpreter, so that this first call is really the first.
    script = """
import glob, multiprocessing, sys, threading
import precis
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(sys.argv[1] + "/*"))]
def job(t):
    return len(precis.summarize(t, lang="en")) + len(precis.summarize(t))
threading.Thread(target=precis.summarize, args=(texts,), kwargs={"lang": "auto"}).start()
with multiprocessing.get_context("fork").Pool(1) as pool:
    print(pool.apply_async(job, (texts,)).get(timeout=60))
"""
    for _ in range(3):
        child = subprocess.run([sys.executable, "-c", script, str(SAMPLE_DOCS)],
                               capture_output=True, text=True, timeout=120)
        assert child.returncode == 0, child.stderr
        assert int(child.stdout) > 0


@pytest.mark.parametrize(
    "name", ["SourceSentence", "Sentence", "ExplainedSentence", "RemovedText", "Score"])
def test_results_cannot_be_made_empty(name):
    # pybind11's __new__ allocates without building the C++ value: fields read whatever
    # the memory held (document=4210338076690244718), and a text could crash.
    cls = getattr(precis, name)
    with pytest.raises(TypeError, match=f"precis.{name} objects cannot be created directly"):
        cls.__new__(cls)
    with pytest.raises(TypeError):
        cls()
    with pytest.raises(TypeError):
        object.__new__(cls)


def test_encoding_reads_bytes_as_the_command_line_does():
    # ISO-8859-15 cannot be told from ISO-8859-1 by its bytes: 0xA4 is € in one, ¤ in the
    # other. Python once had no way to say which, as --encoding does.
    text = ("Le billet coûte 10 € à Pyongyang, selon l'agence officielle du pays. "
            "Le président russe est arrivé mercredi pour une visite d'État de deux jours.")
    raw = text.encode("iso-8859-15")
    given = precis.segment([raw], encoding="ISO-8859-15")
    assert given[0].text == "Le billet coûte 10 € à Pyongyang, selon l'agence officielle du pays."
    assert precis.summarize([raw], encoding="ISO-8859-15", words=50)[0].text == given[0].text
    # A str is decoded already: its UTF-8 read as ISO-8859-15 would come out garbled.
    with pytest.raises(precis.InvalidOptionsError,
                       match=r"^encoding: applies to bytes texts, and texts\[1\] is a str"):
        precis.summarize([raw, text], encoding="ISO-8859-15")
    with pytest.raises(precis.InvalidOptionsError, match="^encoding: unknown encoding 'klingon'"):
        precis.summarize([raw], encoding="klingon")
    # A JSON line is text: no encoding to give.
    with pytest.raises(TypeError, match="unexpected keyword argument 'encoding'"):
        precis.summarize_batch_line("{}", 1, encoding="latin1")
    assert "encoding=" not in precis.summarize_batch_line.__doc__
    assert "encoding=" in precis.summarize.__doc__


def test_document_indexes_follow_the_list():
    # The same texts in the reverse order: the same sentences, their indexes mirrored.
    forward = precis.summarize(FRENCH, words=50)
    backward = precis.summarize(FRENCH[::-1], words=50)
    last = len(FRENCH) - 1
    assert sorted((s.text, s.document) for s in forward) == sorted(
        (s.text, last - s.document) for s in backward)


def test_options_reach_the_library():
    assert len(precis.summarize(FRENCH, words=0, sentences=1)) == 1
    headline = "Poutine à Pyongyang"
    assert headline not in {s.text for s in precis.summarize(FRENCH, words=0)}
    with_headlines = precis.summarize(FRENCH, words=0, include_headlines=True, min_words=2)
    assert headline in {s.text for s in with_headlines}
    assert [s.headline for s in with_headlines if s.text == headline] == [True]


def test_lang_auto_reads_each_list_in_its_language():
    english = [
        "The Russian president arrived in Pyongyang on Tuesday for a two-day state visit, and "
        "he was met at the airport by the leader of the country. It is not clear what the "
        "treaty will mean for the war, but it was seen as a warning to the West.",
        "The two leaders signed a treaty that binds each of them to help the other if it is "
        "attacked, the first such pact between the two countries in decades. The West has "
        "been trying to isolate both of them for years, and it is worried by the pact.",
    ]
    def tuples(texts, **options):
        return [sentence_tuple(s) for s in precis.summarize(texts, **options)]

    assert tuples(english, lang="auto") == tuples(english, lang="en")
    # Read as French (the default), the text is flagged; read with auto, it is English.
    # Its advice in Python's words: it said "give --lang en", which no call takes.
    with pytest.warns(precis.PrecisWarning,
                      match=r"looks like en, not fr; the summary may be poor: give lang=\"en\"$"):
        precis.summarize(english)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        precis.summarize(english, lang="auto")
    assert tuples(FRENCH, lang="auto") == tuples(FRENCH)
    with pytest.raises(precis.InvalidOptionsError, match="known: auto, en, fr"):
        precis.summarize(FRENCH, lang="tlh")


def test_paragraphs_are_the_cleaned_texts_paragraphs():
    every = precis.summarize(FRENCH, words=0, include_headlines=True, min_words=2)
    # The first text opens with a headline paragraph; its body lines follow in later ones.
    first = [s for s in every if s.document == 0]
    assert [(s.text, s.paragraph) for s in first if s.headline] == [("Poutine à Pyongyang", 0)]
    assert len(first) >= 3 and all(s.paragraph >= 1 for s in first if not s.headline)
    # The others are one paragraph each, however many sentences they hold.
    for document in (1, 2):
        sentences = [s for s in every if s.document == document]
        assert len(sentences) == 3 and {s.paragraph for s in sentences} == {0}
    # In a text, a later sentence is never in an earlier paragraph.
    for document in range(len(FRENCH)):
        paragraphs = [s.paragraph for s in every if s.document == document]
        assert paragraphs == sorted(paragraphs)
    assert "paragraph=0" in repr(first[0])


def test_same_sentences_as_the_command_line():
    paths, texts = sample_texts()
    for args in ([], ["--words", "60", "--lambda", "0.5"]):
        cli = subprocess.run([str(BIN_DIR / "precis"), "--format", "json", *args, str(SAMPLE_DOCS)],
                             capture_output=True, check=True, timeout=60)
        expected = json.loads(cli.stdout)["sentences"]
        kwargs = {"words": 60, "lambda_": 0.5} if args else {}
        got = precis.summarize(texts, names=[str(p) for p in paths], **kwargs)
        assert len(expected) >= 2
        assert [(s.text, s.document, s.position, s.rank, s.score) for s in got] == [
            (e["text"], e["document"], e["sentence"], e["rank"], e["score"]) for e in expected]


def test_bytes_are_read_as_files_are():
    """A file's bytes, as open(path, "rb").read() gives them: a PDF, a Word document, a
    Windows-1252 text, summarized like the same files on the command line."""
    data = SOURCE_DIR / "tests" / "data"
    files = [data / "pdf" / "article-pages.pdf", data / "office" / "article.docx"]
    texts = [p.read_bytes() for p in files] + [FRENCH[1].encode("cp1252", "replace")]
    got = precis.summarize(texts, names=[str(p) for p in files] + ["latin.txt"], words=0)
    assert all(isinstance(s.text, str) for s in got)
    assert {s.document for s in got} == {0, 1, 2}
    assert any(s.document == 2 and "Séoul" in s.text for s in got)
    cli = subprocess.run([str(BIN_DIR / "precis"), "--format", "json", *map(str, files)],
                         capture_output=True, check=True, timeout=60)
    expected = json.loads(cli.stdout)["sentences"]
    assert [s.text for s in precis.summarize(texts[:2])] == [e["text"] for e in expected]
    with pytest.warns(precis.PrecisWarning, match=r"texts\[0\]: damaged PDF, skipped"):
        assert precis.summarize([b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"]) == []


def test_read_inputs_names_files_that_are_not_utf8_as_os_listdir_does(tmp_path):
    # Python names such a file with surrogateescape ("caf\udce9.txt"). read_inputs() gave
    # "caf\ufffd.txt" back, a name open() and precis could not find; and a warning naming
    # such a file raised UnicodeDecodeError instead of warning.
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(raw, "wb") as f:
        f.write(FRENCH[0].encode())
    (tmp_path / os.fsdecode(b"vid\xe9.txt")).write_bytes(b"")
    (tmp_path / os.fsdecode(b"\xff.png")).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    name = os.fsdecode(raw)
    empty = os.fsdecode(os.fsencode(tmp_path) + b"/vid\xe9.txt")
    assert name == str(tmp_path / "caf\udce9.txt")
    with pytest.warns(precis.PrecisWarning, match="/\ufffd.png: binary file"):
        names, texts = precis.read_inputs(tmp_path)
    assert names == [name, empty]
    assert texts == [FRENCH[0].encode(), b""]
    with open(names[0], "rb") as f:
        assert f.read() == texts[0]
    # Every form of the path reads the same file under the same name.
    for path in (name, raw, Path(name), [name], [raw], [Path(name)], names[:1]):
        assert precis.read_inputs(path) == ([name], texts[:1]), path
    # The names go back to precis as they came, and a warning reads with U+FFFD, as the
    # command line prints it.
    with pytest.warns(precis.PrecisWarning, match="vid\ufffd.txt: no text"):
        assert precis.summarize(texts, names)
    with pytest.raises(precis.FileError, match="caf\ufffd.txtx: No such file") as caught:
        precis.read_inputs([name + "x"])
    assert caught.value.filename == caught.value.path == name + "x"  # as open() sets it


def test_read_inputs_reads_folders_and_archives_as_the_command_line_does(tmp_path):
    """A folder and a ZIP of the same articles give the same names (the archive's prefixed),
    the same bytes and, summarized, the command line's summary of the folder."""
    import zipfile
    docs = SOURCE_DIR / "samples" / "poutine-coree-du-nord-2024" / "docs"
    names, texts = precis.read_inputs(docs)
    files = sorted(docs.iterdir())
    assert names == [str(docs / f.name) for f in files]
    assert texts == [f.read_bytes() for f in files]
    archive = tmp_path / "articles é.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in files:
            z.write(f, f"docs/{f.name}")
        z.writestr("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.warns(precis.PrecisWarning, match=r"photo\.png: binary file \(PNG image\)"):
        zipped_names, zipped_texts = precis.read_inputs([str(archive)])
    assert zipped_names == [f"{archive}/docs/{f.name}" for f in files]
    assert zipped_texts == texts
    cli = subprocess.run([str(BIN_DIR / "precis"), str(docs)], capture_output=True, check=True,
                         timeout=60, text=True)
    assert [s.text for s in precis.summarize(zipped_texts, zipped_names)] == \
        cli.stdout.splitlines()
    with pytest.raises(precis.FileError, match="nowhere"):
        precis.read_inputs(tmp_path / "nowhere")
    with pytest.raises(TypeError):
        precis.read_inputs([3])


# --- segment --------------------------------------------------------------------------


def test_segment_matches_the_command_line():
    paths, texts = sample_texts()
    cli = subprocess.run([str(BIN_DIR / "precis"), "segment", "--format", "json", str(SAMPLE_DOCS)],
                         capture_output=True, check=True, timeout=60)
    expected = json.loads(cli.stdout)["sentences"]
    got = precis.segment(texts, names=[str(p) for p in paths])
    assert len(expected) > 50
    assert [(s.text, s.document, s.position, s.paragraph, s.headline) for s in got] == [
        (e["text"], e["document"], e["sentence"], e["paragraph"], e["headline"])
        for e in expected]


def test_segment_lists_what_summarize_chooses_from():
    listed = precis.segment(FRENCH)
    # French typography: "M." ends no sentence, nor do 6.700 and 3,5 %; the guillemets
    # with their narrow no-break spaces stay inside their sentence.
    texts = [s.text for s in listed]
    assert "Poutine à Pyongyang" in texts
    assert "M. Poutine a été accueilli à l’aéroport par Kim Jong-un, selon l’agence officielle." in texts
    assert any(t.startswith("Selon Séoul, 6.700 conteneurs") for t in texts)
    assert any(t.endswith(f"3,5{NBSP}% l’an dernier, d’après les douanes.") for t in texts)
    assert any(t.startswith(f"«{NNBSP}C’est un document") for t in texts)
    assert [s.headline for s in listed].count(True) == 1
    by_place = {(s.document, s.position): s for s in listed}
    summary = precis.summarize(FRENCH, words=0, min_words=1)
    assert summary
    for chosen in summary:
        assert isinstance(chosen, precis.SourceSentence)
        source = by_place[(chosen.document, chosen.position)]
        assert (source.text, source.paragraph) == (chosen.text, chosen.paragraph)
    again = pickle.loads(pickle.dumps(listed))
    assert [repr(s) for s in again] == [repr(s) for s in listed]
    assert repr(listed[0]).startswith("SourceSentence(document=0, paragraph=0, position=0, "
                                      "headline=True")


def test_segment_warns_and_raises_as_summarize_does():
    with pytest.warns(precis.PrecisWarning, match="vide.txt: no text"):
        assert len(precis.segment([FRENCH[0], ""], names=["a.txt", "vide.txt"])) >= 3
    with pytest.raises(precis.InvalidOptionsError, match="lang"):
        precis.segment(FRENCH, lang="xx")
    with pytest.raises(TypeError, match="wordz"):
        precis.segment(FRENCH, wordz=3)


def test_warnings_name_the_document():
    with pytest.warns(precis.PrecisWarning, match=r"texts\[1\]"):
        summary = precis.summarize([FRENCH[0], "   \n", FRENCH[2]])
    assert summary and {s.document for s in summary} <= {0, 2}
    with pytest.warns(precis.PrecisWarning, match="vide.txt"):
        precis.summarize([FRENCH[0], ""], names=["a.txt", "vide.txt"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        precis.summarize(FRENCH)  # nothing to warn about
    # No sentence at all is not an error for the library (the CLI makes it one).
    with pytest.warns(precis.PrecisWarning, match=r"texts\[0\]: no text"):
        assert precis.summarize(["", " \n "]) == []
    with pytest.warns(precis.PrecisWarning, match="no document to summarize"):
        assert precis.summarize([]) == []


def test_a_warning_points_at_the_line_that_called():
    # Every warning pointed at the module's own wrapper ("<string>:8"), so that Python's
    # default filter showed one warning once for all the caller's lines.
    with pytest.warns(precis.PrecisWarning) as caught:
        line = inspect.currentframe().f_lineno + 1
        precis.summarize([""], ["vide.txt"])
        precis.segment([""], ["vide.txt"])
    assert [(w.filename, w.lineno) for w in caught] == [(__file__, line), (__file__, line + 1)]


@pytest.mark.parametrize("call", [precis.summarize, precis.segment, precis.explain, precis.removed])
def test_no_document_warns_in_every_call(call):
    # segment([]) once returned [] without a word, where the other calls warn.
    with pytest.warns(precis.PrecisWarning, match="^no document to summarize$") as caught:
        assert call([]) == []
    assert len(caught) == 1


@pytest.mark.parametrize("call, error, match", [
    # A str may hold a lone surrogate, which UTF-8 cannot: named, not "Unable to cast".
    (lambda: precis.summarize(["Le chat \ud800 dort."]), ValueError,
     r"texts\[0\] holds a lone surrogate"),
    # A name is a path, os.fsencode()d: "\udcff" is the byte 0xff, "\ud800" nothing.
    (lambda: precis.summarize(FRENCH[:1], names=["\ud800"]), ValueError,
     r"names\[0\] holds a lone surrogate"),
    (lambda: precis.summarize(FRENCH, lang="\ud800"), ValueError, "lang holds a lone surrogate"),
    (lambda: precis.summarize(FRENCH, **{"\ud800": 1}), ValueError,
     "keyword argument's name holds a lone surrogate"),
    (lambda: precis.summarize_batch_line('{"documents": ["\ud800"]}', 1), ValueError,
     "line holds a lone surrogate"),
    (lambda: precis.rouge("a\ud800", "a"), ValueError, "summary holds a lone surrogate"),
    (lambda: precis.rouge("a", ["a", "b\ud800"]), ValueError,
     r"references\[1\] holds a lone surrogate"),
    (lambda: precis.rouge(b"a", "a"), TypeError, "summary must be a str"),
    (lambda: precis.summarize_batch_line('{"documents": ["x"]}', 0), precis.InvalidOptionsError,
     "line_number: must be 1 or more, not 0"),
    (lambda: precis.summarize(FRENCH, lambda_=10**400), precis.InvalidOptionsError,
     "lambda_: too large"),
    (lambda: precis.summarize(FRENCH, lang="xx"), precis.InvalidOptionsError, "lang"),
    (lambda: precis.summarize(FRENCH, lambda_=1.5), precis.InvalidOptionsError, "lambda"),
    (lambda: precis.summarize(FRENCH, similarity="jaccard"), precis.InvalidOptionsError,
     "similarity"),
    (lambda: precis.summarize(FRENCH, words=-1), precis.InvalidOptionsError,
     "words: must be 0 or more, not -1"),
    (lambda: precis.check_options(min_words=-3), precis.InvalidOptionsError, "min_words"),
    (lambda: precis.summarize(FRENCH, words=2**70), precis.InvalidOptionsError,
     "words: too large"),
    (lambda: precis.summarize(FRENCH, words=-2**70), precis.InvalidOptionsError,
     "words: must be 0 or more"),
    (lambda: precis.summarize(FRENCH, names=["a", 2, "c"]), TypeError,
     r"names\[1\] must be a str"),
    (lambda: precis.summarize(FRENCH, names=["a"]), ValueError, "names"),
    (lambda: precis.summarize(FRENCH, words="10"), TypeError, "words"),
    (lambda: precis.summarize(FRENCH, keep_boilerplate=1), TypeError, "keep_boilerplate"),
    (lambda: precis.summarize(FRENCH, word=10), TypeError, "word"),
    (lambda: precis.summarize(FRENCH[0]), TypeError, "list of str"),
    (lambda: precis.summarize([1]), TypeError, r"texts\[0\] must be a str or bytes"),
    (lambda: precis.check_options(damping=2.0), precis.InvalidOptionsError, "damping"),
    (lambda: precis.check_options(position_decay=-1.0), precis.InvalidOptionsError,
     "position_decay"),
    (lambda: precis.check_options(centroid_weight=-0.1), precis.InvalidOptionsError,
     "centroid_weight"),
    (lambda: precis.check_options(name_weight=-0.1), precis.InvalidOptionsError, "name_weight"),
    (lambda: precis.check_options(min_relevance=1.5), precis.InvalidOptionsError,
     "min_relevance"),
    # Named as the caller wrote it (lambda_, not the command line's lambda), and whole:
    # a NUL in a value once cut the message short. It shows as '?', as in what().
    (lambda: precis.check_options(lambda_=2.0), precis.InvalidOptionsError,
     r"^lambda_: must be in \[0, 1\]$"),
    (lambda: precis.check_options(lang="fr\0x"), precis.InvalidOptionsError,
     r"^lang: unknown language 'fr\?x' "),
    # The other option a problem names is named as a keyword too, not as "max-words".
    (lambda: precis.check_options(min_words=80, max_words=10), precis.InvalidOptionsError,
     r"^min_words: must not exceed max_words \(10\)$"),
    # ...but a value the caller gave stays as written.
    (lambda: precis.check_options(lang="max-words"), precis.InvalidOptionsError,
     r"^lang: unknown language 'max-words'"),
])
def test_errors(call, error, match):
    with pytest.raises(error, match=match):
        call()


def test_error_classes():
    assert issubclass(precis.InvalidOptionsError, ValueError)
    assert issubclass(precis.InvalidInputError, ValueError)
    assert issubclass(precis.FileError, OSError)
    for cls in (precis.InvalidOptionsError, precis.InvalidInputError, precis.FileError,
                precis.InternalError):
        assert issubclass(cls, precis.Error)
    with pytest.raises(precis.Error) as caught:
        precis.summarize(FRENCH, lang="xx")
    assert caught.value.path == "lang"
    assert "xx" in caught.value.problem
    assert str(caught.value) == f"{caught.value.path}: {caught.value.problem}"
    precis.check_options(words=10, lang="en")  # valid: no exception


def test_file_errors_are_the_oserrors_open_raises(tmp_path):
    # errno, strerror and filename were None, and `except FileNotFoundError` missed.
    import errno
    missing = str(tmp_path / "absent.txt")
    with pytest.raises(FileNotFoundError) as caught:
        precis.read_inputs(missing)
    error = caught.value
    assert isinstance(error, precis.FileError) and isinstance(error, precis.Error)
    assert (error.errno, error.filename, error.strerror) == (
        errno.ENOENT, missing, os.strerror(errno.ENOENT))
    assert str(error) == f"{missing}: {os.strerror(errno.ENOENT)}"  # not "[Errno 2] ..."
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotADirectoryError) as caught:
        precis.read_inputs(str(tmp_path / "file" / "a.txt"))
    assert caught.value.errno == errno.ENOTDIR
    # A problem of precis's own words has no errno, but still its file.
    with pytest.raises(precis.FileError) as caught:
        precis.read_inputs("/dev/null")
    assert caught.value.errno is None and caught.value.filename == "/dev/null"


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_a_file_error_pickles_whole(tmp_path, protocol):
    # Through a multiprocessing pool or a Dask worker, errno, strerror and filename came
    # back None: OSError pickles only what its arguments were.
    missing = str(tmp_path / "absent.txt")
    with pytest.raises(FileNotFoundError) as caught:
        precis.read_inputs(missing)
    again = pickle.loads(pickle.dumps(caught.value, protocol=protocol))
    assert type(again) is type(caught.value)
    for name in ("errno", "strerror", "filename", "path", "problem", "args"):
        assert getattr(again, name) == getattr(caught.value, name), name
    assert str(again) == str(caught.value)

def test_an_error_message_is_one_line_whatever_the_path_holds(tmp_path):
    # A line break or a terminal's escape in a path went into str(e) raw, where the C++
    # what() writes '?'; the path itself stays as given, for open() to take back.
    missing = str(tmp_path / "a\nb\x1b[31mred.txt")
    with pytest.raises(FileNotFoundError) as caught:
        precis.read_inputs(missing)
    shown = missing.replace("\n", "?").replace("\x1b", "?")
    assert str(caught.value) == f"{shown}: {os.strerror(caught.value.errno)}"
    assert caught.value.filename == missing and caught.value.path == missing


def test_arguments_that_fit_no_signature_are_named_without_the_texts():
    # pybind11 quoted every argument: 17 MB of message for summarize(texts, None, 60).
    texts = ["Le président russe est arrivé mardi soir à Pyongyang. " * 20000] * 3
    for call in (lambda: precis.summarize(texts, None, 60),
                 lambda: precis.explain(texts, names=None, texts=texts),
                 lambda: precis.rouge(texts[0], texts, 2)):
        with pytest.raises(TypeError) as caught:
            call()
        message = str(caught.value)
        assert "incompatible function arguments" in message and len(message) < 1000
        assert "Pyongyang" not in message and "keyword arguments" in message


def big_cluster(documents, seed=7):
    """A cluster large enough for a summary to take a noticeable time: the sample's
    sentences (those that may stand in a summary) shuffled into many documents."""
    _, texts = sample_texts()
    sentences = [s.text for s in precis.summarize(texts, words=0)]
    rng = random.Random(seed)
    return [" ".join(rng.sample(sentences, 12)) for _ in range(documents)]


def test_gil_is_released_while_summarizing():
    # Large enough to take a good part of a second on one thread, however fast precis gets
    # (200 documents did, until the implicit graph took over from 2 million triples).
    texts = big_cluster(3000)
    # A pure-Python counter runs alongside; if the call held the GIL it would stand still.
    counter = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            counter[0] += 1

    # Its pace alone first, for reference.
    thread = threading.Thread(target=count)
    thread.start()
    time.sleep(0.2)
    stop.set()
    thread.join()
    pace = counter[0] / 0.2

    counter[0] = 0
    stop.clear()
    thread = threading.Thread(target=count)
    thread.start()
    start = time.perf_counter()
    at_start = counter[0]
    precis.summarize(texts, threads=1)
    at_end = counter[0]
    elapsed = time.perf_counter() - start
    stop.set()
    thread.join()
    assert elapsed > 0.1, "the input is too small to tell"
    # Held, the counter would gain about one switch interval's worth (5 ms; measured: 2%
    # of its pace); released, it keeps most of its pace, half if it shares a core.
    assert at_end - at_start > 0.1 * pace * elapsed, (at_end - at_start, pace, elapsed)


def test_threads_summarize_concurrently_and_agree():
    # About 0.15 s a call on one core here: long enough that calls released together overlap however
    # the threads are scheduled, which they could not if a call held the GIL throughout
    # (a second thread could not even read the clock until the first call returned).
    texts = big_cluster(1000)
    expected = [sentence_tuple(s) for s in precis.summarize(texts, threads=1)]
    results = [None] * 4
    spans = [None] * 4
    together = threading.Barrier(len(results))

    def run(i):
        together.wait()
        start = time.perf_counter()
        summary = precis.summarize(texts, threads=1)
        spans[i] = (start, time.perf_counter())
        results[i] = [sentence_tuple(s) for s in summary]

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(results))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Calls running side by side share no state that makes one differ from a lone call.
    assert results == [expected] * len(results)
    # Every call had started before the first one ended.
    assert max(start for start, _ in spans) < min(end for _, end in spans), spans


def test_exit_while_daemon_threads_summarize():
    """Daemon threads inside precis when the interpreter exits: once, now and then, a
    segfault (tables destroyed under them) or an abort (pthread_exit unwinding through a
    noexcept destructor). Each run here exits in the middle of four threads' calls."""
    script = (
        "import sys, threading, time, warnings\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "import precis\n"
        "warnings.simplefilter('ignore')\n"
        "texts = [open(p, encoding='utf-8').read() * 200 for p in sys.argv[2:]]\n"
        "def loop():\n"
        "    while True:\n"
        "        precis.summarize(texts, words=30, threads=1)\n"
        "        precis.rouge(texts[0][:2000], texts[1][:2000])\n"
        "for _ in range(4):\n"
        "    threading.Thread(target=loop, daemon=True).start()\n"
        "time.sleep(0.3)\n")
    paths, _ = sample_texts()
    module_dir = os.path.dirname(precis.__file__)
    for run in range(10):
        result = subprocess.run([sys.executable, "-c", script, module_dir, *map(str, paths)],
                                capture_output=True, timeout=120)
        assert result.returncode == 0, (run, result.returncode, result.stderr[-500:])


# --- summarize_batch_line ---------------------------------------------------------------


def test_batch_line_matches_summarize():
    line = json.dumps({"id": "c1", "documents": FRENCH, "options": {"words": 40}})
    record = json.loads(precis.summarize_batch_line(line, 1))
    assert record["id"] == "c1"
    expected = precis.summarize(FRENCH, words=40)
    assert [(s["text"], s["document"], s["sentence"]) for s in record["summary"]] == [
        (s.text, s.document, s.position) for s in expected]


def as_line_keys(reason):
    """A reason in Python's keywords (words=40, include_headlines=True) as a batch line
    names the same options ("words": 40, "include_headlines": true)."""
    import re
    return re.sub(r'\b([a-z_]+)=(True|False|"[^"]*"|[0-9.]+)',
                  lambda m: '"{}": {}'.format(m.group(1), {"True": "true", "False": "false"}
                                              .get(m.group(2), m.group(2))), reason)


def test_batch_line_explain_matches_explain():
    line = json.dumps({"id": 2, "documents": FRENCH, "options": {"words": 40},
                       "explain": True})
    record = json.loads(precis.summarize_batch_line(line, 1))
    assert list(record) == ["id", "language", "summary", "sentences", "removed", "warnings"]
    expected = precis.explain(FRENCH, words=40)
    # The same reasons, their options named as a line names them: "words": 40, not words=40.
    assert [(s["text"], s["document"], s["sentence"], s["verdict"], s["reason"])
            for s in record["sentences"]] == [
        (s.text, s.document, s.position, s.verdict, as_line_keys(s.reason)) for s in expected]
    assert any('left of "words": 40' in s["reason"] for s in record["sentences"])
    assert {s["text"] for s in record["summary"]} == {
        s.text for s in expected if s.verdict == "chosen"}
    # explain=True is the default of lines that do not say; the line's own word wins.
    unsaid = json.dumps({"id": 2, "documents": FRENCH, "options": {"words": 40}})
    assert precis.summarize_batch_line(unsaid, 1, explain=True) == \
        precis.summarize_batch_line(line, 1)
    refused = json.dumps({"documents": FRENCH, "explain": False})
    refused_record = json.loads(precis.summarize_batch_line(refused, 1, explain=True))
    assert "sentences" not in refused_record and "removed" not in refused_record
    with pytest.raises(TypeError, match="explain"):
        precis.summarize_batch_line(unsaid, 1, explain="yes")


def test_batch_line_types_and_errors():
    line = json.dumps({"documents": FRENCH}, ensure_ascii=False)
    as_str = precis.summarize_batch_line(line, 3, words=30)
    as_bytes = precis.summarize_batch_line(line.encode(), 3, words=30)
    assert isinstance(as_str, str) and isinstance(as_bytes, bytes)
    assert as_bytes == as_str.encode()
    assert "\n" not in as_str
    bad = json.loads(precis.summarize_batch_line("{not json", 17))
    assert bad["line"] == 17 and "error" in bad
    with pytest.raises(TypeError):
        precis.summarize_batch_line(42, 1)
    # Bad defaults are the caller's, raised once as precis batch exits 2 for them; they
    # once made every record an error ("defaults.lambda: must be in [0, 1]").
    with pytest.raises(precis.InvalidOptionsError, match="^lang: unknown language 'xx'"):
        precis.summarize_batch_line(line, 4, lang="xx")
    with pytest.raises(precis.InvalidOptionsError, match=r"^lambda_: must be in \[0, 1\]$"):
        precis.summarize_batch_line(line, 4, lambda_=3.0)
    # A line's own bad option is still its record's error, named as the line wrote it.
    own = json.dumps({"documents": FRENCH, "options": {"lambda": 3}}, ensure_ascii=False)
    assert json.loads(precis.summarize_batch_line(own, 5))["error"] == "options.lambda: must be in [0, 1]"


def test_batch_lines_equal_the_command_line(tmp_path):
    _, texts = sample_texts()
    lines = [
        json.dumps({"id": 1, "documents": texts}, ensure_ascii=False),
        json.dumps({"id": "f", "documents": FRENCH, "options": {"words": 30, "lambda": 0.4}}),
        json.dumps({"id": "e", "documents": FRENCH, "explain": True}),
        "",
        '{"id": "x", "documents": []}',
        json.dumps({"documents": [{"name": "a", "text": FRENCH[1]}]}) + "\r",
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes("\n".join(lines).encode())  # the last line without a newline
    cli = subprocess.run([str(BIN_DIR / "precis"), "batch", "--words", "50", str(path)],
                         capture_output=True, check=True, timeout=60)
    ours = b"".join(precis.summarize_batch_line(line.encode(), n, words=50) + b"\n"
                    for n, line in enumerate(lines, 1))
    assert ours == cli.stdout


# --- ROUGE --------------------------------------------------------------------------------


def test_rouge_identical_and_disjoint():
    text = f"L’Élysée a confirmé la visite.\n«{NNBSP}6.700 morts{NNBSP}», selon M. Dupont."
    for score in precis.rouge(text, [text]).values():
        assert (score.recall, score.precision, score.f) == (1.0, 1.0, 1.0)
    # Same words in another typography: apostrophe, case, spaces, decomposed accent.
    other = "l'E\u0301lysée A CONFIRMÉ la visite.\n« 6.700 morts », selon M. Dupont."
    assert precis.rouge(text, other)["ROUGE-2"].f == 1.0
    disjoint = precis.rouge("Pyongyang accueille Poutine.", ["Séoul proteste vivement."])
    assert set(disjoint) == {"ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-SU4"}
    for score in disjoint.values():
        assert (score.recall, score.precision, score.f) == (0.0, 0.0, 0.0)
    assert precis.rouge("", ["Séoul proteste."])["ROUGE-1"].f == 0.0


def test_rouge_bigrams_by_hand():
    # Summary tokens (no stemming): le président russe arrivé à pyongyang -> 5 bigrams.
    # Reference: le président russe arrive à pyongyang mercredi -> 6 bigrams.
    # Shared: "le président", "président russe", "à pyongyang" (the "é" decomposed and
    # upper-case in the summary still matches); "arrivé" is not "arrive".
    summary = "Le PRE\u0301SIDENT russe arrivé à Pyongyang."
    reference = "Le président russe arrive à Pyongyang mercredi."
    r2 = precis.rouge_n(summary, [reference], 2, stem=False)
    assert r2.recall == pytest.approx(3 / 6)
    assert r2.precision == pytest.approx(3 / 5)
    assert r2.f == pytest.approx(2 * 0.5 * 0.6 / 1.1)
    assert precis.rouge(summary, reference, stem=False)["ROUGE-2"].f == pytest.approx(r2.f)
    # Accent folding: "arrivé" meets "arrive", so 5 of 6 and 5 of 5.
    folded = precis.rouge_n(summary, reference, 2, stem=False, fold_accents=True)
    assert (folded.recall, folded.precision) == (pytest.approx(5 / 6), pytest.approx(1.0))
    r1 = precis.rouge_n(summary, reference, 1, stem=False)
    assert (r1.recall, r1.precision) == (pytest.approx(5 / 7), pytest.approx(5 / 6))


def test_rouge_several_references():
    good, bad = "Poutine arrive à Pyongyang.", "Séoul proteste vivement."
    pooled = precis.rouge_n("Poutine arrive à Pyongyang.", [good, bad], 1)
    best = precis.rouge_n("Poutine arrive à Pyongyang.", [good, bad], 1, best=True)
    assert best.recall == 1.0
    assert pooled.recall == pytest.approx(4 / 7)  # 4 hits of 4 + 3 reference tokens


def test_rouge_leaves_out_a_reference_without_a_word():
    # An empty reference counted as one the summary missed: precision and F halved, where
    # precis-eval leaves it out with a warning.
    summary, reference = "Le président russe est arrivé.", "Le président russe arrive."
    alone = precis.rouge(summary, [reference])
    with pytest.warns(precis.PrecisWarning) as caught:
        assert precis.rouge(summary, ["", reference, "« … »"]) == alone
    assert [str(w.message) for w in caught] == [
        "references[0]: empty reference summary, skipped",
        "references[2]: reference summary without a word (no letter or digit), skipped"]
    with pytest.raises(precis.InvalidInputError, match="^references: none given$"):
        precis.rouge_n(summary, [])
    with pytest.warns(precis.PrecisWarning), pytest.raises(
            precis.InvalidInputError, match="^references: no reference summary holds a word$"):
        precis.rouge(summary, " \n")


def test_rouge_errors():
    with pytest.raises(precis.InvalidOptionsError):
        precis.rouge("a", ["a"], lang="xx")
    with pytest.raises(precis.InvalidOptionsError, match="^n: must be 1 or more, not 0$"):
        precis.rouge_n("a", ["a"], 0)
    with pytest.raises(TypeError):
        precis.rouge("a", [1])


def test_a_negative_count_is_an_option_error_naming_it():
    # pybind11 once answered "incompatible function arguments" with the whole text quoted.
    text = "Le président est arrivé mardi. " * 200
    cases = [(lambda: precis.read_inputs("x", threads=-1), "threads: must be 0 or more, not -1"),
             (lambda: precis.rouge_n(text, [text], n=-1), "n: must be 1 or more, not -1"),
             (lambda: precis.summarize_batch_line("{}", -1),
              "line_number: must be 1 or more, not -1"),
             (lambda: precis.summarize_batch_line("{}", 2**64), "line_number: too large"),
             (lambda: precis.rouge_n(text, [text], n=2**64), "n: too large"),
             (lambda: precis.read_inputs("x", threads=2**70), "threads: too large")]
    for call, message in cases:
        with pytest.raises(precis.InvalidOptionsError) as caught:
            call()
        assert str(caught.value) == message
        assert caught.value.path == message.split(":")[0]
    with pytest.raises(TypeError, match="^threads must be an int, not float$"):
        precis.read_inputs("x", threads=1.5)


def test_version():
    cli = subprocess.run([str(BIN_DIR / "precis"), "--version"], capture_output=True,
                         check=True, timeout=30, text=True)
    assert precis.__version__ and precis.__version__ in cli.stdout


# --- one set of options, three interfaces ------------------------------------------------

# The command line's options that are not a cluster's: how to read, write and report.
NOT_CLUSTER_OPTIONS = {"--format", "--encoding", "--threads", "--output", "--timings",
                       "--help", "--version"}
# Python spells a switch that clears a default as the default's own name.
CLEARING_SWITCHES = {"--no-stem": "stem", "--keep-stopwords": "remove_stopwords",
                     "--plain-text": "markup"}
# Options about how a document's text is read, which leave the plain-text sample as it is:
# each is checked on input it changes, in its own test below.
READING_OPTIONS = {"--plain-text"}


def cluster_options_of_the_command_line():
    """The long flags `precis --help` lists, less those in NOT_CLUSTER_OPTIONS."""
    help_text = subprocess.run([str(BIN_DIR / "precis"), "--help"], capture_output=True,
                               check=True, timeout=60).stdout.decode()
    return set(re.findall(r"^\s+(?:-\w \[ )?(--[a-z-]+)", help_text, re.M)) - NOT_CLUSTER_OPTIONS


# For each cluster option, a valid value other than its default that changes the sample's
# summary (None: a switch). A new option fails the test below until it is given one here.
OTHER_VALUES = {
    "--words": "50", "--sentences": "2", "--chars": "300", "--lang": "en",
    "--keep-boilerplate": None, "--lambda": "0.3", "--centroid-weight": "0.6",
    "--min-relevance": "0",
    "--duplicate-threshold": "0.25", "--min-words": "12", "--max-words": "20",
    "--include-headlines": None, "--similarity": "overlap", "--min-similarity": "0.2",
    "--damping": "0.5", "--position-decay": "0.0", "--name-weight": "1", "--no-stem": None,
    "--keep-stopwords": None, "--by-source": None,
}


def python_keyword(flag, value):
    if flag in CLEARING_SWITCHES:
        return CLEARING_SWITCHES[flag], False
    name = flag[2:].replace("-", "_")
    if name == "lambda":
        name = "lambda_"
    if value is None:
        return name, True
    if flag in ("--lang", "--similarity"):
        return name, value
    return name, float(value) if "." in value else int(value)


def test_every_option_means_the_same_on_the_command_line_in_batch_and_in_python():
    # Each interface lists the options again (Boost in the CLI, batch.cc's table, the
    # module's keywords): an option one of them forgets, or applies to another field,
    # gives another summary here.
    options = cluster_options_of_the_command_line() - READING_OPTIONS
    assert {"--words", "--lambda", "--position-decay", "--no-stem"} <= options
    assert options == set(OTHER_VALUES)
    documented = set(re.findall(r"^\s+(\w+)=", precis.summarize.__doc__, re.M))
    assert documented == {python_keyword(f, v)[0] for f, v in OTHER_VALUES.items()} | {
        python_keyword(f, None)[0] for f in READING_OPTIONS} | {"threads"} | {
        "encoding"}  # bytes only, as files are: test_encoding_reads_bytes_... checks it
    paths, texts = sample_texts()
    names = [str(p) for p in paths]
    default_cli = None
    unchanged = []
    for flag in [None] + sorted(options):
        value = OTHER_VALUES[flag] if flag else None
        args = [] if flag is None else [flag] + ([value] if value is not None else [])
        cli = subprocess.run([str(BIN_DIR / "precis"), "--format", "json", *args,
                              str(SAMPLE_DOCS)], capture_output=True, timeout=60)
        assert cli.returncode == 0, (args, cli.stderr)
        expected = [s["text"] for s in json.loads(cli.stdout)["sentences"]]
        kwargs = dict([python_keyword(flag, value)]) if flag else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # English stopwords in French text, say
            got = [s.text for s in precis.summarize(texts, names=names, **kwargs)]
        assert got == expected, args
        # Batch takes the long names, a switch as true.
        batch_options = {flag[2:]: True if value is None else kwargs[python_keyword(
            flag, value)[0]]} if flag else {}
        line = json.dumps({"documents": [{"name": n, "text": t} for n, t in zip(names, texts)],
                           "options": batch_options})
        record = json.loads(precis.summarize_batch_line(line, 1))
        assert "error" not in record, (args, record)
        assert [s["text"] for s in record["summary"]] == expected, args
        if flag is None:
            default_cli = expected
        else:
            unchanged += [flag] if expected == default_cli else []
    # Agreeing means something only where the option moves the summary.
    assert unchanged == []


PAGE = ("<!DOCTYPE html><html><head><title>Poutine à Pyongyang</title>"
        "<script>var pub = 1;</script></head><body>"
        "<p>Le président russe Vladimir Poutine est arrivé mardi à Pyongyang pour une "
        "visite d&rsquo;État de deux jours.</p>\n"
        "<p>Les deux dirigeants ont signé un accord de partenariat stratégique, selon "
        "l&rsquo;agence officielle KCNA.</p>\n</body></html>\n")
MARKDOWN = ("# Poutine à Pyongyang\n\n![Photo](poutine.jpg)\n\n"
            "Le président russe **Vladimir Poutine** est arrivé mardi à Pyongyang pour une "
            "visite d&rsquo;État de deux jours.\n\n"
            "Les deux dirigeants ont signé un accord de partenariat stratégique, selon "
            "[l’agence officielle KCNA](https://kcna.kp).\n")


@pytest.mark.parametrize("name, text, note, syntax", [
    ("page.html", PAGE, "read as an HTML page", ("<", "var pub")),
    ("article.md", MARKDOWN, "read as Markdown", ("**", "](")),
])
def test_markup_is_read_as_its_text_unless_plain_text_everywhere(tmp_path, name, text, note,
                                                                 syntax):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    results = {}
    for plain in (False, True):
        # Headlines let in, so that markup read as text (a line ending with ">") can show.
        args = ["--include-headlines"] + (["--plain-text"] if plain else [])
        cli = subprocess.run([str(BIN_DIR / "precis"), "--format", "json", *args, str(path)],
                             capture_output=True, timeout=60)
        assert cli.returncode == 0, cli.stderr
        expected = [s["text"] for s in json.loads(cli.stdout)["sentences"]]
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            got = [s.text for s in precis.summarize([text], names=[str(path)],
                                                    include_headlines=True, markup=not plain)]
        assert got == expected
        assert any(note in str(w.message) for w in caught) != plain
        line = json.dumps({"documents": [{"name": str(path), "text": text}],
                           "options": {"include-headlines": True, "plain-text": plain}})
        record = json.loads(precis.summarize_batch_line(line, 1))
        assert [s["text"] for s in record["summary"]] == expected
        results[plain] = expected
    assert any("visite d’État" in s for s in results[False])
    assert not any(mark in s for s in results[False] for mark in syntax)
    assert any(syntax[0] in s for s in results[True])


def test_explain_matches_the_command_line_and_summarize():
    paths, texts = sample_texts()
    names = [str(p) for p in paths]
    expected = sample_explanation_json()["sentences"]
    got = precis.explain(texts, names=names)
    assert len(expected) > 50
    assert [(s.text, s.document, s.position, s.paragraph, s.headline, s.verdict)
            for s in got] == [
        (e["text"], e["document"], e["sentence"], e["paragraph"], e["headline"], e["verdict"])
        for e in expected]
    # The reasons are the command line's, their options named as Python's keywords.
    flagged = 0
    for s, e in zip(got, expected):
        assert "--" not in s.reason, s.reason
        if "--" not in e["reason"]:
            assert s.reason == e["reason"]
            continue
        flagged += 1
        for flag, keyword in (("--min-words ", "min_words="), ("--max-words ", "max_words="),
                              ("--words ", "words="), ("--min-relevance ", "min_relevance="),
                              ("--include-headlines", "include_headlines=True")):
            if flag in e["reason"]:
                assert s.reason == e["reason"].replace(flag, keyword), (s.reason, e["reason"])
    assert flagged > 10
    chosen = {(s.document, s.position): s.score for s in got if s.verdict == "chosen"}
    summary = precis.summarize(texts, names=names)
    assert chosen == {(s.document, s.position): s.score for s in summary}
    assert isinstance(got[0], precis.SourceSentence)
    again = pickle.loads(pickle.dumps(got))
    assert [repr(s) for s in again] == [repr(s) for s in got]
    assert repr(got[0]).startswith("ExplainedSentence(document=0, paragraph=0, position=0, ")


def test_removed_matches_the_command_line():
    paths, texts = sample_texts()
    names = [str(p) for p in paths]
    expected = sample_explanation_json()["removed"]
    got = precis.removed(texts, names=names)
    assert len(expected) >= 10
    python_advice = "(keep_boilerplate=True keeps it)"
    assert [(r.text, r.document, r.before, r.rule, r.reason) for r in got] == [
        (e["text"], e["document"], e["before"], e["rule"],
         e["reason"].replace("(--keep-boilerplate keeps it)", python_advice)) for e in expected]
    signoff = got[-1]
    assert (signoff.text, signoff.rule) == ("afp/ami", "agency-signoff")
    assert signoff.reason == "removed as an agency's or author's sign-off " + python_advice
    again = pickle.loads(pickle.dumps(got))
    assert [repr(r) for r in again] == [repr(r) for r in got]
    assert repr(signoff) == ("RemovedText(document=3, before={}, rule='agency-signoff', "
                             "text='afp/ami')").format(signoff.before)
    assert precis.removed(texts, names=names, keep_boilerplate=True) == []
    with pytest.raises(precis.InvalidOptionsError, match="lang"):
        precis.removed(texts, lang="xx")


def test_explain_says_why_and_follows_the_options():
    listed = precis.explain(FRENCH, words=0)
    by_text = {s.text: s for s in listed}
    title = by_text["Poutine à Pyongyang"]
    assert (title.verdict, title.reason) == ("headline",
                                             "a headline or title (include_headlines=True)")
    short = precis.explain(FRENCH, words=0, min_words=12)
    assert any(s.verdict == "too-short" and s.reason.endswith(" words, under min_words=12")
               for s in short), [s.reason for s in short]
    assert all(s.verdict != "no-room" for s in listed)  # no budget
    with_titles = precis.explain(FRENCH, words=0, include_headlines=True)
    assert all(s.verdict != "headline" for s in with_titles)
    with pytest.raises(precis.InvalidOptionsError, match="lang"):
        precis.explain(FRENCH, lang="xx")


# --- type stubs (python/precis.pyi) ----------------------------------------------------------
# The stubs are written by hand: these tests hold them to the module, so that a name, a
# class's base or attribute, an option or a default cannot change in one and not the other.

def _stub():
    """The stub's top-level definitions by name (a function's overloads as one)."""
    import ast
    tree = ast.parse((SOURCE_DIR / "python" / "precis.pyi").read_text(encoding="utf-8"))
    defined = {}
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            defined.setdefault(node.name, []).append(node)
        elif isinstance(node, ast.AnnAssign):
            defined[node.target.id] = [node]
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                defined[target.id] = [node]
    return defined


def _public(names):
    return sorted(n for n in names if not n.startswith("_"))


def test_stub_names_exactly_the_public_names():
    stub = _stub()
    assert _public(stub) == _public(dir(precis))
    assert "__version__" in stub and isinstance(precis.__version__, str)


def test_stub_classes_have_the_module_classes_bases_and_attributes():
    import ast
    for name, (node,) in ((n, nodes) for n, nodes in _stub().items()
                          if isinstance(nodes[0], ast.ClassDef)):
        cls = getattr(precis, name)
        # A built-in exception that precis's own class of the same name shadows is
        # builtins.X in the stub; pybind11's own base is left out.
        expected = [b.__name__ if b.__module__ == "precis" or not hasattr(precis, b.__name__)
                    else "builtins." + b.__name__
                    for b in cls.__bases__ if b.__module__ != "pybind11_builtins"]
        assert [ast.unparse(b) for b in node.bases] == expected, name
        members = _public(m.name if isinstance(m, ast.FunctionDef) else m.target.id
                          for m in node.body if not isinstance(m, ast.Expr))
        if issubclass(cls, BaseException):
            # Set on each instance the module raises, not on the class.
            assert members == (["path", "problem"] if cls is precis.Error else []), name
        else:
            assert members == _public(vars(cls)), name


def _options_table(function):
    """{keyword: default} from the options table of `function`'s docstring."""
    import ast
    table = function.__doc__.split("Options (keyword only", 1)[1].splitlines()[1:]
    options = {}
    for line in table:
        match = re.match(r"    (\w+)=(.*?): ", line)
        if match:
            options[match.group(1)] = ast.literal_eval(match.group(2))
    return options


def _keyword_only(node):
    import ast
    return {a.arg: ast.literal_eval(d) for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults)}


@pytest.mark.parametrize("name", ["summarize", "segment", "explain", "removed", "check_options",
                                  "summarize_batch_line"])
def test_stub_options_are_the_module_options_with_their_defaults(name):
    function = getattr(precis, name)
    expected = _options_table(function)
    if name == "summarize_batch_line":
        expected["explain"] = False  # the batch's own default, not a summarizer option
    for node in _stub()[name]:  # each overload
        assert _keyword_only(node) == expected
    # The module takes every option at the stub's default, and gives what it gives
    # without them.
    options = _keyword_only(_stub()[name][0])
    if name == "summarize_batch_line":
        assert function('{"documents": []}', 1, **options) == \
            function('{"documents": []}', 1)
    elif name == "check_options":
        function(**options)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", precis.PrecisWarning)
            assert function(FRENCH, **{k: v for k, v in options.items() if k != "encoding"}) == \
                function(FRENCH)


@pytest.mark.parametrize("name", FUNCTIONS)
def test_stub_positional_parameters_are_the_docstring_signature(name):
    import ast
    function = getattr(precis, name)
    documented = function.__doc__.split("(", 1)[1].split(")", 1)[0].split(", ")
    for node in _stub()[name]:
        arguments = node.args.args
        defaults = [None] * (len(arguments) - len(node.args.defaults)) + node.args.defaults
        stub = [a.arg if d is None else f"{a.arg}={ast.unparse(d)}"
                for a, d in zip(arguments, defaults)]
        if name == "summarize_batch_line":
            stub.append("explain=False")
        if node.args.kwonlyargs:
            stub.append("**options")
        assert stub == [p for p in documented if p], name


@pytest.mark.parametrize("name", ["rouge", "rouge_n"])
def test_stub_rouge_keywords_and_defaults_are_the_module_ones(name):
    function = getattr(precis, name)
    (node,) = _stub()[name]
    options = _keyword_only(node)
    documented = re.findall(r"^    (\w+): ", function.__doc__, flags=re.MULTILINE)
    assert sorted(options) == sorted(documented)
    summary, references = "Le chat dort sur le canapé.", ["Le chat dort.", "Un chien dort."]
    assert function(summary, references, **options) == function(summary, references)
    # A default that differed would change a score.
    for option, default in options.items():
        if isinstance(default, bool):
            changed = function(summary, references, **{option: not default})
            if changed != function(summary, references):
                break
    else:
        pytest.fail("no boolean option changes the score: the check above proves nothing")


# --- interruption ------------------------------------------------------------------------

INTERRUPTED_CHILD = r"""
import random, sys, precis
rng = random.Random(1)
words = ["".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou")
                 for _ in range(rng.randint(2, 4))) for _ in range(20000)]
def sentence():
    return " ".join(rng.choice(words) for _ in range(rng.randint(8, 20))).capitalize() + "."
# 600,000 distinct sentences in 20,000 documents: about 15 s uninterrupted on one thread
# (a third of that once was 12 s; precis got faster), most of it choosing every sentence
# (words=0). Far longer than the bound below, however loaded the machine.
texts = [" ".join(sentence() for _ in range(30)) for _ in range(20000)]
print("started", flush=True)
try:
    precis.%s(texts, words=0, threads=1)
    print("returned", flush=True)
except KeyboardInterrupt:
    print("KeyboardInterrupt", flush=True)
"""


@pytest.mark.parametrize("call", ["summarize", "explain"])
def test_ctrl_c_stops_a_long_call(call):
    # The call held on until it returned, however long, before KeyboardInterrupt: the
    # library now asks between stages and during selection whether to stop.
    import signal
    child = subprocess.Popen([sys.executable, "-c", INTERRUPTED_CHILD % call],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline() == "started\n"
        time.sleep(0.5)
        child.send_signal(signal.SIGINT)
        sent = time.monotonic()
        out, err = child.communicate(timeout=60)
    finally:
        child.kill()
        child.wait()
    assert (out, child.returncode) == ("KeyboardInterrupt\n", 0), err
    # Under 0.4 s on an idle machine, 1.5 s with four times as many jobs as cores: a bound
    # that load does not reach, and that a call left to run its course (15 s) would not meet.
    assert time.monotonic() - sent < 8



# --- Bytes as the command line reads a file: one compressed document is decompressed.

def _compressors():
    import bz2
    import gzip
    import lzma
    found = {"gz": gzip.compress, "bz2": bz2.compress, "xz": lzma.compress}
    zstd = subprocess.run(["sh", "-c", "command -v zstd"], capture_output=True)
    if zstd.returncode == 0:
        found["zst"] = lambda data: subprocess.run(["zstd", "-q", "-c"], input=data,
                                                   capture_output=True, check=True).stdout
    return found


@pytest.mark.parametrize("suffix", ["gz", "bz2", "xz", "zst"])
def test_compressed_bytes_are_read_as_the_command_line_reads_the_file(suffix, tmp_path):
    # summarize([gzip bytes]) skipped the document ("binary file (gzip file), skipped"),
    # where `precis a.txt.gz` and read_inputs() decompress it.
    compress = _compressors().get(suffix)
    if compress is None:
        pytest.skip(f"no {suffix} compressor here")
    text = FRENCH[0].encode() + FRENCH[2].encode()
    path = tmp_path / f"article.txt.{suffix}"
    path.write_bytes(compress(text))
    names, texts = precis.read_inputs(str(path))
    assert texts == [text]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        from_bytes = precis.summarize([path.read_bytes()], [path.name], words=40)
    assert from_bytes == precis.summarize([text], [path.name], words=40) != []
    assert precis.segment([path.read_bytes()]) == precis.segment([text])
    cli = subprocess.run([str(BIN_DIR / "precis"), "--format", "json", "-w", "40", str(path)],
                         capture_output=True, check=True, timeout=60)
    assert [s.text for s in from_bytes] == [s["text"] for s in json.loads(cli.stdout)["sentences"]]


def test_archive_and_damaged_bytes_are_skipped_saying_why(tmp_path):
    import gzip
    import io
    import zipfile
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", FRENCH[0])
        z.writestr("b.txt", FRENCH[1])
    damaged = gzip.compress(FRENCH[1].encode())[:-20]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        summary = precis.summarize([archive.getvalue(), FRENCH[2], damaged],
                                   ["a.zip", "c.txt", "d.txt.gz"])
    # One text is one document, which results name by index: the archive's files are
    # read_inputs()'s to list. Each skipped text says why, once.
    assert {s.document for s in summary} == {1}
    assert [str(w.message) for w in caught] == [
        "a.zip: an archive of 2 files, skipped: read_inputs() reads each file in it as a "
        "document",
        "d.txt.gz: damaged gzip file (cut short), skipped"]


# --- rouge()'s keywords are checked as the summarizer's options are.

@pytest.mark.parametrize("call", [
    lambda **kw: precis.rouge("le président", ["le président"], **kw),
    lambda **kw: precis.rouge_n("le président", ["le président"], **kw)])
def test_rouge_keywords_refuse_other_types(call):
    # pybind11's bool took any truth value: stem=None turned stemming off without a word.
    for keyword in ("stem", "remove_stopwords", "fold_accents", "best", "jackknife"):
        for value in (None, 0.0, 1, "yes"):
            with pytest.raises(TypeError, match=f"^{keyword} must be a bool$"):
                call(**{keyword: value})
        call(**{keyword: False})
    for value in (True, None, "0.5"):
        with pytest.raises(TypeError, match="^alpha must be a number$"):
            call(alpha=value)
    call(alpha=1)
    with pytest.raises(TypeError, match="^lang must be a str$"):
        call(lang=None)


# --- Integers of any type that says so with __index__ (numpy.int64) are ints.

class _Index:
    """As numpy.int64: an integer by __index__, not an int subclass."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


def test_index_integers_are_taken_wherever_an_int_is():
    line = json.dumps({"id": 1, "documents": FRENCH})
    assert precis.summarize(FRENCH, words=_Index(20), threads=_Index(1)) == precis.summarize(
        FRENCH, words=20, threads=1)
    assert precis.summarize(FRENCH, lambda_=_Index(1)) == precis.summarize(FRENCH, lambda_=1)
    assert precis.summarize_batch_line(line, _Index(3)) == precis.summarize_batch_line(line, 3)
    assert precis.rouge_n(FRENCH[0], [FRENCH[1]], n=_Index(1)) == precis.rouge_n(
        FRENCH[0], [FRENCH[1]], n=1)
    assert precis.rouge(FRENCH[0], [FRENCH[1]], alpha=_Index(1)) == precis.rouge(
        FRENCH[0], [FRENCH[1]], alpha=1)
    with pytest.raises(precis.FileNotFoundError):
        precis.read_inputs("missing-file", threads=_Index(2))
    # Checked as an int is: out of range is an option error, bool and float stay refused.
    with pytest.raises(precis.InvalidOptionsError, match="^words: must be 0 or more, not -1$"):
        precis.check_options(words=_Index(-1))
    with pytest.raises(TypeError, match="^words must be an int$"):
        precis.check_options(words=True)
    with pytest.raises(TypeError, match="^words must be an int$"):
        precis.check_options(words=20.0)
    with pytest.raises(TypeError, match="^line_number must be an int, not bool$"):
        precis.summarize_batch_line(line, True)


# --- Warnings advise the keywords Python takes, not the command line's flags.

FURNITURE = "Publicité\n\nPartager sur Facebook\n\n© AFP\n"


def test_warnings_advise_python_keywords_not_command_line_flags():
    html = "<html><body><p>" + FRENCH[2] + "</p></body></html>"
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        precis.summarize([html, "# Titre\n\n" + FRENCH[1], FURNITURE, FRENCH[0]],
                         ["--words 3.html", "b.md", "c.txt", "d.txt"])
        precis.summarize([FRENCH[2]], words=3)
    messages = [str(w.message) for w in caught]
    # A name that reads as a flag is the caller's, left as it is.
    assert messages[:2] == ["--words 3.html: read as an HTML page (markup=False reads it as text)",
                            "b.md: read as Markdown (markup=False reads it as text)"]
    assert any(m.startswith("c.txt: ") and m.endswith("; keep_boilerplate=True keeps it)")
               for m in messages), messages
    assert any(m.endswith("longer than the budget of words=3") for m in messages), messages
    assert not any("--" in m for m in messages[1:]), messages
    # Advice that Python follows: no TypeError.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        precis.summarize([html], markup=False, words=100)
