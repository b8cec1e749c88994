# Type stubs for the extension module precis (precis_module.cc), installed beside it.
# tests/test_precis.py checks that they name exactly the module's public names and, for
# every call that takes the summarizer's options, exactly its options and defaults.
import builtins
import os
from typing import Literal, Sequence, SupportsIndex, overload

__version__: str

_Path = str | bytes | os.PathLike[str] | os.PathLike[bytes]
_Verdict = Literal["chosen", "headline", "cannot-stand-alone", "too-short", "too-long",
                   "unrelated", "near-duplicate", "no-room"]

# --- Results: made by the calls below only (their constructors raise TypeError); values
# that compare equal when their type and fields are, hash and pickle.

class SourceSentence:
    @property
    def text(self) -> str: ...
    @property
    def document(self) -> int: ...
    @property
    def position(self) -> int: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def headline(self) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Sentence(SourceSentence):
    @property
    def score(self) -> float: ...
    @property
    def rank(self) -> int: ...

class ExplainedSentence(SourceSentence):
    @property
    def score(self) -> float: ...
    @property
    def verdict(self) -> _Verdict: ...
    @property
    def reason(self) -> str: ...

class RemovedText:
    @property
    def text(self) -> str: ...
    @property
    def document(self) -> int: ...
    @property
    def before(self) -> int: ...
    @property
    def rule(self) -> str: ...
    @property
    def reason(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Score:
    @property
    def recall(self) -> float: ...
    @property
    def precision(self) -> float: ...
    @property
    def f(self) -> float: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

# --- Errors and warnings. `path` and `problem` are set on every Error precis raises.

class Error(Exception):
    path: str
    problem: str

class InvalidOptionsError(Error, ValueError): ...
class InvalidInputError(Error, ValueError): ...
class FileError(Error, OSError): ...
class FileNotFoundError(FileError, builtins.FileNotFoundError): ...
class PermissionError(FileError, builtins.PermissionError): ...
class IsADirectoryError(FileError, builtins.IsADirectoryError): ...
class NotADirectoryError(FileError, builtins.NotADirectoryError): ...
class InternalError(Error, RuntimeError): ...
class PrecisWarning(UserWarning): ...

# --- Calls. Every option is keyword only; the defaults are the C++ library's
# (include/precis/options.h). `encoding` applies to bytes texts only. An integer is an int
# or any integer type with __index__ (numpy.int64), as operator.index() takes it, but not
# a bool; a real number may be one too.

def summarize(
    texts: Sequence[str | bytes],
    names: Sequence[str] | None = None,
    *,
    words: SupportsIndex = 100,
    sentences: SupportsIndex = 0,
    chars: SupportsIndex = 0,
    lang: str = "fr",
    markup: bool = True,
    keep_boilerplate: bool = False,
    by_source: bool = False,
    encoding: str = "",
    lambda_: float | SupportsIndex = 0.6,
    centroid_weight: float | SupportsIndex = 0.2,
    min_relevance: float | SupportsIndex = 0.15,
    duplicate_threshold: float | SupportsIndex = 0.5,
    min_words: SupportsIndex = 6,
    max_words: SupportsIndex = 70,
    include_headlines: bool = False,
    similarity: Literal["cosine", "overlap"] = "cosine",
    min_similarity: float | SupportsIndex = 0.05,
    damping: float | SupportsIndex = 0.85,
    position_decay: float | SupportsIndex = 2.0,
    name_weight: float | SupportsIndex = 0.1,
    stem: bool = True,
    remove_stopwords: bool = True,
    threads: SupportsIndex = 0,
) -> list[Sentence]: ...

def segment(
    texts: Sequence[str | bytes],
    names: Sequence[str] | None = None,
    *,
    words: SupportsIndex = 100,
    sentences: SupportsIndex = 0,
    chars: SupportsIndex = 0,
    lang: str = "fr",
    markup: bool = True,
    keep_boilerplate: bool = False,
    by_source: bool = False,
    encoding: str = "",
    lambda_: float | SupportsIndex = 0.6,
    centroid_weight: float | SupportsIndex = 0.2,
    min_relevance: float | SupportsIndex = 0.15,
    duplicate_threshold: float | SupportsIndex = 0.5,
    min_words: SupportsIndex = 6,
    max_words: SupportsIndex = 70,
    include_headlines: bool = False,
    similarity: Literal["cosine", "overlap"] = "cosine",
    min_similarity: float | SupportsIndex = 0.05,
    damping: float | SupportsIndex = 0.85,
    position_decay: float | SupportsIndex = 2.0,
    name_weight: float | SupportsIndex = 0.1,
    stem: bool = True,
    remove_stopwords: bool = True,
    threads: SupportsIndex = 0,
) -> list[SourceSentence]: ...

def explain(
    texts: Sequence[str | bytes],
    names: Sequence[str] | None = None,
    *,
    words: SupportsIndex = 100,
    sentences: SupportsIndex = 0,
    chars: SupportsIndex = 0,
    lang: str = "fr",
    markup: bool = True,
    keep_boilerplate: bool = False,
    by_source: bool = False,
    encoding: str = "",
    lambda_: float | SupportsIndex = 0.6,
    centroid_weight: float | SupportsIndex = 0.2,
    min_relevance: float | SupportsIndex = 0.15,
    duplicate_threshold: float | SupportsIndex = 0.5,
    min_words: SupportsIndex = 6,
    max_words: SupportsIndex = 70,
    include_headlines: bool = False,
    similarity: Literal["cosine", "overlap"] = "cosine",
    min_similarity: float | SupportsIndex = 0.05,
    damping: float | SupportsIndex = 0.85,
    position_decay: float | SupportsIndex = 2.0,
    name_weight: float | SupportsIndex = 0.1,
    stem: bool = True,
    remove_stopwords: bool = True,
    threads: SupportsIndex = 0,
) -> list[ExplainedSentence]: ...

def removed(
    texts: Sequence[str | bytes],
    names: Sequence[str] | None = None,
    *,
    words: SupportsIndex = 100,
    sentences: SupportsIndex = 0,
    chars: SupportsIndex = 0,
    lang: str = "fr",
    markup: bool = True,
    keep_boilerplate: bool = False,
    by_source: bool = False,
    encoding: str = "",
    lambda_: float | SupportsIndex = 0.6,
    centroid_weight: float | SupportsIndex = 0.2,
    min_relevance: float | SupportsIndex = 0.15,
    duplicate_threshold: float | SupportsIndex = 0.5,
    min_words: SupportsIndex = 6,
    max_words: SupportsIndex = 70,
    include_headlines: bool = False,
    similarity: Literal["cosine", "overlap"] = "cosine",
    min_similarity: float | SupportsIndex = 0.05,
    damping: float | SupportsIndex = 0.85,
    position_decay: float | SupportsIndex = 2.0,
    name_weight: float | SupportsIndex = 0.1,
    stem: bool = True,
    remove_stopwords: bool = True,
    threads: SupportsIndex = 0,
) -> list[RemovedText]: ...

def check_options(
    *,
    words: SupportsIndex = 100,
    sentences: SupportsIndex = 0,
    chars: SupportsIndex = 0,
    lang: str = "fr",
    markup: bool = True,
    keep_boilerplate: bool = False,
    by_source: bool = False,
    encoding: str = "",
    lambda_: float | SupportsIndex = 0.6,
    centroid_weight: float | SupportsIndex = 0.2,
    min_relevance: float | SupportsIndex = 0.15,
    duplicate_threshold: float | SupportsIndex = 0.5,
    min_words: SupportsIndex = 6,
    max_words: SupportsIndex = 70,
    include_headlines: bool = False,
    similarity: Literal["cosine", "overlap"] = "cosine",
    min_similarity: float | SupportsIndex = 0.05,
    damping: float | SupportsIndex = 0.85,
    position_decay: float | SupportsIndex = 2.0,
    name_weight: float | SupportsIndex = 0.1,
    stem: bool = True,
    remove_stopwords: bool = True,
    threads: SupportsIndex = 0,
) -> None: ...

def read_inputs(
    paths: _Path | Sequence[_Path], threads: SupportsIndex = 0
) -> tuple[list[str], list[bytes]]: ...

# The options of a line that sets none, without `encoding` (a JSON line is text).
@overload
def summarize_batch_line(
    line: str,
    line_number: SupportsIndex,
    *,
    explain: bool = False,
    words: SupportsIndex = 100,
    sentences: SupportsIndex = 0,
    chars: SupportsIndex = 0,
    lang: str = "fr",
    markup: bool = True,
    keep_boilerplate: bool = False,
    by_source: bool = False,
    lambda_: float | SupportsIndex = 0.6,
    centroid_weight: float | SupportsIndex = 0.2,
    min_relevance: float | SupportsIndex = 0.15,
    duplicate_threshold: float | SupportsIndex = 0.5,
    min_words: SupportsIndex = 6,
    max_words: SupportsIndex = 70,
    include_headlines: bool = False,
    similarity: Literal["cosine", "overlap"] = "cosine",
    min_similarity: float | SupportsIndex = 0.05,
    damping: float | SupportsIndex = 0.85,
    position_decay: float | SupportsIndex = 2.0,
    name_weight: float | SupportsIndex = 0.1,
    stem: bool = True,
    remove_stopwords: bool = True,
    threads: SupportsIndex = 0,
) -> str: ...
@overload
def summarize_batch_line(
    line: bytes,
    line_number: SupportsIndex,
    *,
    explain: bool = False,
    words: SupportsIndex = 100,
    sentences: SupportsIndex = 0,
    chars: SupportsIndex = 0,
    lang: str = "fr",
    markup: bool = True,
    keep_boilerplate: bool = False,
    by_source: bool = False,
    lambda_: float | SupportsIndex = 0.6,
    centroid_weight: float | SupportsIndex = 0.2,
    min_relevance: float | SupportsIndex = 0.15,
    duplicate_threshold: float | SupportsIndex = 0.5,
    min_words: SupportsIndex = 6,
    max_words: SupportsIndex = 70,
    include_headlines: bool = False,
    similarity: Literal["cosine", "overlap"] = "cosine",
    min_similarity: float | SupportsIndex = 0.05,
    damping: float | SupportsIndex = 0.85,
    position_decay: float | SupportsIndex = 2.0,
    name_weight: float | SupportsIndex = 0.1,
    stem: bool = True,
    remove_stopwords: bool = True,
    threads: SupportsIndex = 0,
) -> bytes: ...

def rouge(
    summary: str,
    references: str | Sequence[str],
    *,
    lang: str = "fr",
    stem: bool = True,
    remove_stopwords: bool = False,
    fold_accents: bool = False,
    best: bool = False,
    jackknife: bool = False,
    alpha: float | SupportsIndex = 0.5,
) -> dict[str, Score]: ...

def rouge_n(
    summary: str,
    references: str | Sequence[str],
    n: SupportsIndex = 2,
    *,
    lang: str = "fr",
    stem: bool = True,
    remove_stopwords: bool = False,
    fold_accents: bool = False,
    best: bool = False,
    jackknife: bool = False,
    alpha: float | SupportsIndex = 0.5,
) -> Score: ...
