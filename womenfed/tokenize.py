"""Words of a report: jieba (or its Rust port) with the domain dictionary, synonyms, stopwords.

Two engines give identical tokens when HMM is off and both load the same dictionaries (a
test checks this on the corpus): ``jieba`` (the reference) and ``rjieba`` (jieba-rs, many
times faster, the default). User words, stopwords and synonyms live in plain files
(``userdict.txt``, ``stopwords.txt``, the optional ``stopwords_report.txt``, ``synonyms.tsv``)
in ``womenfed/lexicon/`` and, optionally, a user folder, so nobody edits code to teach the
tokenizer a word.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache
from pathlib import Path

from . import lexicon

ENGINES = ("rjieba", "jieba")
CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z]")
NUMBER = re.compile(r"^[\d.%,\-+]+$")

DEFAULT_FREQ = 2000
# Token -> term decisions are remembered up to this many distinct tokens (bounded memory).
MAX_SEEN_TOKENS = 500_000


class Tokenizer:
    """Segment text into words and terms with one engine and one set of dictionaries.

    Dictionaries are loaded once per instance; pickling keeps only the settings, so a process
    pool rebuilds the tokenizer once per worker.

    Examples
    --------
    >>> Tokenizer().terms("开展两癌免费检查和反家暴宣传")
    ['两癌筛查', '反家暴', '宣传']
    """

    def __init__(self, engine: str = "rjieba", user_dir: str | Path | None = None,
                 report_stopwords: bool = True):
        if engine not in ENGINES:
            raise ValueError(f"unknown tokenizer engine {engine!r}; choose one of {ENGINES}")
        self.engine = engine
        self.user_dir = str(user_dir) if user_dir else None
        self.report_stopwords = report_stopwords
        self._load()

    def _load(self) -> None:
        user_dir = Path(self.user_dir) if self.user_dir else None
        self.synonyms = {variant: canonical for variant, canonical in
                         lexicon.rows("synonyms.tsv", user_dir)}
        lists = ("stopwords.txt", "stopwords_report.txt") if self.report_stopwords else (
            "stopwords.txt",)
        self.stopwords = frozenset(word for name in lists for word in lexicon.lines(name, user_dir))
        self.user_words = _user_words(user_dir, tuple(self.synonyms) + tuple(
            self.synonyms.values()))
        self._cut = _make_cutter(self.engine, self.user_words)
        self._terms_seen: dict[str, str] = {}

    def __getstate__(self) -> dict:
        return {"engine": self.engine, "user_dir": self.user_dir,
                "report_stopwords": self.report_stopwords}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._load()

    def tokens(self, text: str) -> list[str]:
        """Raw segmentation (HMM off), whitespace dropped."""
        return [token for token in self._cut(text) if token.strip()]

    def terms(self, text: str) -> list[str]:
        """Countable terms: synonyms merged; stopwords, punctuation, numbers, single chars out."""
        term_of = self._term_of
        return [term for token in self._cut(text) if (term := term_of(token))]

    def term_counts(self, text: str) -> Counter[str]:
        """``Counter(self.terms(text))``, deciding each distinct token once: tokens are counted
        first, at C speed, then mapped to their terms."""
        counts: Counter[str] = Counter()
        for token, n in Counter(self._cut(text)).items():
            if term := self._term_of(token):
                counts[term] += n
        return counts

    def _term_of(self, token: str) -> str:
        """The term a token counts as, or '' (decided once per distinct token)."""
        try:
            return self._terms_seen[token]
        except KeyError:
            pass
        term = self.synonyms.get(token, token)
        if not (len(term) > 1 and term not in self.stopwords and CONTENT.search(term)
                and not NUMBER.match(term) and not _count_tail().match(term)):
            term = ""
        if len(self._terms_seen) < MAX_SEEN_TOKENS:
            self._terms_seen[token] = term
        return term

    def coverage(self, words: list[str] | None = None) -> list[tuple[str, list[str]]]:
        """Dictionary words that segmentation still splits, with the tokens they become."""
        words = words if words is not None else [word for word, _ in self.user_words]
        return [(word, tokens) for word in words if (tokens := self.tokens(word)) != [word]]


def _user_words(user_dir: Path | None, extra: tuple[str, ...]) -> tuple[tuple[str, int], ...]:
    words: dict[str, int] = {}
    for row in lexicon.lines("userdict.txt", user_dir):
        parts = row.split()
        words[parts[0]] = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else DEFAULT_FREQ
    for word in extra:
        words.setdefault(word, DEFAULT_FREQ)
    return tuple(words.items())


def _make_cutter(engine: str, user_words: tuple[tuple[str, int], ...]):
    if engine == "rjieba":
        import rjieba

        model = rjieba.Jieba()
        for word, freq in user_words:
            model.add_word(word, freq, None)
        return lambda text: model.cut(text, False)
    model = _jieba_tokenizer(user_words)
    return lambda text: model.lcut(text, HMM=False)


@cache
def _jieba_tokenizer(user_words: tuple[tuple[str, int], ...]):
    import jieba

    jieba.setLogLevel(logging.WARNING)
    model = jieba.Tokenizer()
    model.initialize()
    for word, freq in user_words:
        model.add_word(word, freq)
    return model


@cache
def _count_tail() -> re.Pattern:
    """What is left of a count once its digits are split off (余名, 多人, 万余元), from the
    measure words of the quantities lexicon."""
    units = "|".join(re.escape(unit) for unit in sorted(lexicon.measure_words(), key=len,
                                                         reverse=True))
    return re.compile(f"^[余多万亿]*(?:{units})$")


@cache
def default_tokenizer() -> Tokenizer:
    """The shipped engine and dictionaries, loaded once per process (for word boundaries)."""
    return Tokenizer()


def tokenize_for_sklearn(text: str) -> list[str]:
    """Module-level tokenizer for scikit-learn vectorizers (picklable, unlike a bound method)."""
    return default_tokenizer().terms(text)
