"""Load the editable data files (word lists, patterns, typology) shipped in ``womenfed/lexicon/``.

Lexicons are plain UTF-8 text so a researcher can read and extend them without touching
code: one entry per line, a line starting with ``#`` is a comment, blank lines are ignored,
and TSV files separate columns with a tab. A user directory, when given, is read after the
shipped one, so user entries add to (or, for keyed tables, override) the shipped ones.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

LEXICON_PACKAGE = "womenfed"
LEXICON_DIR = "lexicon"


def _shipped_text(name: str) -> str:
    return resources.files(LEXICON_PACKAGE).joinpath(LEXICON_DIR, name).read_text(encoding="utf-8")


def _entries(text: str) -> list[str]:
    stripped = (line.rstrip() for line in text.splitlines())
    return [line for line in stripped if line.strip() and not line.lstrip().startswith("#")]


@cache
def shipped_lines(name: str) -> tuple[str, ...]:
    """Entries of a shipped lexicon file, in file order."""
    return tuple(_entries(_shipped_text(name)))


def lines(name: str, user_dir: Path | None = None) -> tuple[str, ...]:
    """Entries of lexicon ``name``: the shipped file, then ``user_dir/name`` if it exists."""
    entries = list(shipped_lines(name))
    if user_dir is not None and (Path(user_dir) / name).is_file():
        entries += _entries((Path(user_dir) / name).read_text(encoding="utf-8"))
    return tuple(entries)


def rows(name: str, user_dir: Path | None = None) -> tuple[tuple[str, ...], ...]:
    """Tab-separated entries of lexicon ``name`` as tuples of stripped cells."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in lines(name, user_dir))


def path(name: str) -> Path:
    """Filesystem path of a shipped lexicon file (for libraries that want a file, e.g. jieba)."""
    return Path(str(resources.files(LEXICON_PACKAGE).joinpath(LEXICON_DIR, name)))


@cache
def measure_words() -> dict[str, str]:
    """Measure word -> kind: those generated from maintained dictionaries (measure_words.tsv,
    see tools/make_units.py), then the hand-written units.tsv, whose rows take precedence."""
    kinds = {row[0]: row[1] for row in rows("measure_words.tsv")}
    kinds.update(rows("units.tsv"))
    return kinds


@cache
def generated_measure_words() -> frozenset[str]:
    """The measure words that only the generated measure_words.tsv gives."""
    return frozenset(measure_words()) - {row[0] for row in rows("units.tsv")}


@cache
def _jieba_dictionary() -> tuple[dict[str, int], dict[str, str]]:
    """jieba's dictionary file read once: word frequencies and part-of-speech tags."""
    import jieba

    freq, tags = {}, {}
    with jieba.get_dict_file() as handle:
        for line in handle:
            word, count, tag = line.decode("utf-8").split()
            freq[word] = int(count)
            tags[word] = tag
    return freq, tags


def dictionary_freq() -> dict[str, int]:
    """Word frequencies of jieba's dictionary: how common a word is (garble scoring)."""
    return _jieba_dictionary()[0]


PERSON_NAME_TAGS = frozenset({"nr", "nrt", "nrfg"})  # jieba's tags of a surname or full name


def dictionary_tags() -> dict[str, str]:
    """Part-of-speech tags of jieba's dictionary words.

    Name finders use them to tell proper names (ns, nr, nz) from common words, and the
    quantity reader to tell a noun after a number (28个镇街) from a verb.
    """
    return _jieba_dictionary()[1]
