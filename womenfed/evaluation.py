"""Accuracy of built tables against hand-made gold: ``womenfed evaluate TABLES GOLD_DIR``.

Validity in content analysis is reported as agreement with a human coder on a sample. This
stage compares the tables of one build with a folder of gold JSON files (the format of
``docs/ANNOTATION.md``; a gold file's stem is the ``report_id`` it annotates) and gives, per
field, micro-averaged precision, recall and F1 with bootstrap 95% intervals over reports,
per-report counts, and every miss and extra so a reader sees why.

Matching rules (also in docs/ANNOTATION.md):

- Text is compared after ``normalise``: traditional -> simplified (OpenCC), quote marks and
  white space removed.
- Quantities: a multiset per report keyed on (value, value_max, unit); ``approx`` and ``kind``
  are then scored as accuracy over the matched pairs, paired in reading order.
  Gold coded before the ``person_times`` kind existed files 人次 under ``people``; such a
  quantity is read as ``person_times``.
- Campaigns and agencies: sets of canonical names (``entities.canonical_name``); agency names
  containing 妇联 are ignored on both sides (the reporting federation is not a partner).
  Agencies match one to one where one name is the other with its scope dropped (县人社局 and
  人力资源和社会保障局 in one report), never across two scopes (``score_agencies``).
- Programme types: the report-level set; gold ``report_programme_types`` if present, else the
  types of its ``programme_types`` labels; predicted ``typology.report_types`` of the
  sentences (their types and texts).
- Sentence types (``sentence_types``): each gold ``programme_types`` label is located in
  the report's sentences (its words cleaned like a report, then compared on letters and
  digits alone; the longest opening of six characters or more that is found), searching
  after the label before it. Its section runs from the sentence where it is found to the
  sentence before the next located label; sentences before the first label are not scored,
  nor those of a label of type null (page furniture: login and share links, the page after
  the article).
  Every sentence of a section is right when its ``programme_type`` is the label's type (one
  of the labels' types when several labels start in one sentence). ``accuracy`` = right /
  sentences scored; a sentence typed otherwise is an extra, and every wrong or untyped one a
  miss.
- Relations: the set of one-sentence pairs of a report (campaign–agency, campaign–outcome,
  agency–outcome; names canonical, an outcome by its quantity's text without glued pinyin), a
  gold triple giving each pair it holds; ``campaign_relations`` is the same restricted to pairs
  with a campaign (the edges of the notebooks' campaign graph). Each miss and extra is filed under why
  (``MISSED_WHY``, ``EXTRA_WHY``): an end the extractors did not find (anywhere, or in the
  sentence that names it), ends in different sentences, or ends in one sentence not linked;
  a name or a count not annotated, a framing body, or a link across sentences, across
  clauses or inside one clause. The counts are in ``totals["relations"]["breakdown"]``;
  ``linking_scores`` turns them into the precision and recall of the linker alone (over links
  whose ends were both found in one sentence and are both annotated).
- ``partner_agencies``: agencies with the leadership bodies (``agency_role``: 县委, 区政府,
  镇党委) dropped from both sides before matching. Issue 10 has them tagged so a user can keep
  or drop them, and coders disagree on them (the same framing phrase, 围绕县委、县政府中心工作,
  is coded in some gold files and not in others), so the partners alone are scored too.
- Name diagnostics (``totals[field]["diagnosis"]`` for campaigns and agencies, no effect on the
  scores): how many extras overlap a missed gold name of the same report (one contains the
  other: a boundary disagreement such as 六大行动 against 巾帼建功六大行动, which costs one
  extra and one miss), and for agencies how many extras and misses are leadership bodies
  (``agency_role``: 县委, 区政府), which the conventions keep as borderline. They tell a reader
  of the totals alone (a test half) whether the gap is wrong names or names cut differently.
- Period diagnosis (a line under the Markdown table, no effect on the scores): the wrong
  periods counted by how they differ from gold (``period_miss_kind``): a period where gold has
  none, none where gold has one, one year of gold's span, a span for gold's one year, a year
  off by one, other; the conventions the coders disagree on leave different kinds.
- ``date_or_period``: is the report dated right by either field? Counted where gold has a
  date or a period; right where the predicted date agrees with gold's date or the predicted
  period equals gold's period.
- Single-valued fields (date, period, organisation, admin_level, province, city, county): a
  report counts when gold or prediction is non-null. Right = equal; a prediction where gold is
  null is an error (an extra), a null or different prediction where gold has a value is a miss
  (and, if non-null, also an extra). ``accuracy`` = right / reports counted; precision =
  right / predicted, recall = right / gold. Dates compare at the precision gold gives
  (gold ``2021-05`` accepts any day of May 2021); ``admin_level`` ``unknown`` counts as null;
  the dashes of a period range are one ``-``; organisations compare in their short form
  (妇女联合会 = 妇联, ××县妇联 = 县妇联, 临泉妇联 = 临泉县妇联), and a bare level word
  names the federation of its side's place at that level (``named_body``: 区妇联 in a report
  each side places in 天心区 is 天心区妇联).
- Report metadata misses by kind (``totals[field]["misses_by_kind"]`` for organisation,
  admin_level and county; ``metadata_miss``; no effect on the scores): an organisation
  predicted where gold has none or none where gold has one, the same body written
  differently (one unit's name is the other's characters in order, 区 in 临港区, 博州 in
  博尔塔拉蒙古自治州, or both share a proper name before the level word, 长春十委社区 and
  东站十委社区), a body of another level, or another body of the same level; admin levels by
  their confusion pair (``county→township``); a county none, extra or other. They tell a
  reader of the totals alone which family of the metadata rules errs.
- The organisation by its evidence (``totals["organisation"]["by_evidence"]``,
  ``evidence_totals``; no effect on the scores): right and counted reports by where the page
  writes the tool's author (the reports table's ``organisation_evidence``: byline, title,
  opening, body, composed; ``none`` where the tool names none), so a reader knows which
  authors to trust.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import opencc
import pandas as pd

from .agencies import agency_role, clause_frame, without_scope
from .atomic import atomic_path
from .clean import HAN, clean_text, without_glued_pinyin
from .corpus import Corpus, read_tables
from .describe import FEDERATION, PLACE_END
from .entities import canonical_name, finder_of
from .errors import InputError
from .typology import TYPES, report_types

DEFAULT_SEED = 20261127
BOOTSTRAP_SAMPLES = 2000
SET_FIELDS = ("quantities", "campaigns", "agencies", "partner_agencies", "programme_types",
              "relations",
              "campaign_relations")
# Scored over sentences: right / counted, like the single-valued fields over reports.
SENTENCE_FIELDS = ("sentence_types",)
SINGLE_FIELDS = ("date", "period", "date_or_period", "organisation", "admin_level", "province",
                 "city", "county")
FIELDS = SET_FIELDS + SENTENCE_FIELDS + SINGLE_FIELDS
NAME_FIELDS = ("campaigns", "agencies")
COUNTED_FIELDS = SENTENCE_FIELDS + SINGLE_FIELDS
PLACE_LEVELS = ("province", "city", "county")
PAIR_SCORES = ("approx", "kind")  # scored over matched quantity pairs
QUANTITY_KEYS = ("raw", "value", "unit", "approx", "kind")
IGNORED_AGENCY = "妇联"  # the reporting federation and its peers are not partners
# Quote marks: Unicode initial/final quotes (“” ‘’ «»), CJK corner and title brackets, and the
# two ASCII quotes; hand-listed because Unicode has no single "quotation" property.
QUOTES = re.compile(r"[\"'「」『』《》〈〉]")
# A gold label is found by an opening of at least this many letters and digits.
MIN_LABEL_OPENING = 6
FULL_FEDERATION_NAME = re.compile("妇女联合会")
HAN_CHARACTER = re.compile(f"[{HAN}]")
NATIONAL_LONG = re.compile("^中华全国")
# A masked name (××县妇联, XX镇妇联, 某某街道妇联) names no body: it is its level's federation (县妇联)
MASK = re.compile("^[×xXｘＸ#＃*＊○□某]+")
# 临泉妇联 and 临泉县妇联: a two-or-more-character stem with or without its level word
LEVEL_WORD_BEFORE_FEDERATION = re.compile(
    "(?<=[^妇联]{2})(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|省|市|州|盟|县|区|旗|镇|乡)妇联$")


# A federation named by its level word alone, and the place fields that level word names.
# 市 is also the level word of the four municipalities, which stand at province level (上海市妇联)
PLACE_OF_LEVEL_WORD = {"省": ("province",), "自治区": ("province",),
                       "市": ("city", "county", "province"),
                       "州": ("city",), "盟": ("city",), "地区": ("city",), "县": ("county",),
                       "区": ("county",), "旗": ("county",), "镇": ("township",),
                       "乡": ("township",), "街道": ("township",)}
# The organ word that ends a reporting body's name (妇联, 妇委会, 妇儿工委 …): the unit before it is
# what "written differently" compares.
ORGAN_END = re.compile(f"(?:{FEDERATION.pattern})\\Z")
METADATA_MISS_FIELDS = ("organisation", "admin_level", "county")
ORGANISATION_MISSES = ("none", "extra", "written differently", "another level",
                       "another body at the same level")
BARE_FEDERATION = re.compile("(" + "|".join(sorted(PLACE_OF_LEVEL_WORD, key=len, reverse=True))
                             + ")妇联")


def normalise(text) -> str | None:
    """Simplified script, quote marks and white space removed; None for empty or missing."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return None
    text = "".join(c for c in _t2s().convert(str(text))
                   if not (c.isspace() or QUOTES.match(c)
                           or unicodedata.category(c) in ("Pi", "Pf")))
    return text or None


def organisation_key(text) -> str | None:
    """A federation's name in its short form: 妇女联合会 and 妇联 name the same body (临泉县妇女联合会
    is 临泉县妇联, 中华全国妇女联合会 is 全国妇联), as any reader takes them; a mask is dropped
    (××县妇联 is 县妇联)."""
    text = normalise(text)
    if text is None:
        return None
    return MASK.sub("", FULL_FEDERATION_NAME.sub("妇联", NATIONAL_LONG.sub("全国", text)))


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


# --- gold ------------------------------------------------------------------------------------

def read_gold(gold_dir: Path) -> dict[str, dict]:
    """Every ``*.json`` gold file of ``gold_dir`` by stem; a malformed file is an InputError
    naming it."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise NotADirectoryError(f"{gold_dir}: not a folder of gold files")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise InputError("evaluate", f"{gold_dir}: no gold files (*.json)")
    return {path.stem: check_gold(path) for path in files}


def check_gold(path: Path) -> dict:
    """One gold file, read and checked for the keys and types evaluation needs."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("evaluate", f"{path}: not a readable JSON file ({exc})") from None
    problems = gold_problems(gold)
    if problems:
        raise InputError("evaluate", f"{path}: " + "; ".join(problems))
    return gold


def gold_problems(gold) -> list[str]:
    """What keeps a parsed gold annotation from being scored (empty when it is well-formed)."""
    if not isinstance(gold, dict):
        return ["not a JSON object"]
    problems = []
    for key in ("date", "period", "organisation", "admin_level"):
        if key not in gold:
            problems.append(f"missing key {key!r}")
        elif gold[key] is not None and not isinstance(gold[key], str):
            problems.append(f"{key!r} must be a string or null")
    place = gold.get("place")
    if not isinstance(place, dict):
        problems.append("'place' must be an object with province, city, county")
    for key in ("quantities", "campaigns", "agencies", "programme_types"):
        if not isinstance(gold.get(key), list):
            problems.append(f"{key!r} must be a list")
    for number, item in enumerate(gold.get("quantities") or [], start=1):
        if not isinstance(item, dict) or not all(k in item for k in QUANTITY_KEYS):
            problems.append(f"quantity {number} lacks one of {', '.join(QUANTITY_KEYS)}")
        elif not isinstance(item["value"], (int, float)) or isinstance(item["value"], bool):
            problems.append(f"quantity {number}: value must be a number")
    for number, item in enumerate(gold.get("programme_types") or [], start=1):
        if not isinstance(item, dict) or "type" not in item or (
                item["type"] is not None and item["type"] not in TYPES):
            problems.append(f"programme type {number}: type must be one of {', '.join(TYPES)}, "
                            "or null for page furniture")
    stated = gold.get("report_programme_types")
    if stated is not None and (not isinstance(stated, list) or set(stated) - set(TYPES)):
        problems.append(f"'report_programme_types' must list types among {', '.join(TYPES)}")
    date = gold.get("date")
    if isinstance(date, str) and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        problems.append(f"date {date!r} is not yyyy, yyyy-mm or yyyy-mm-dd")
    return problems


# --- what each side says, per report ------------------------------------------------------------

def _quantity_key(value, value_max, unit) -> tuple:
    """Values rounded to 6 decimals, so that 1.1万 computed as 1.1 * 10000 equals 11000."""
    upper = None if value_max is None or pd.isna(value_max) else round(float(value_max), 6)
    return round(float(value), 6), upper, normalise(unit)


def gold_items(gold: dict) -> dict[str, object]:
    """The gold side of every field of one report, normalised."""
    place = gold.get("place") or {}
    stated = gold.get("report_programme_types")
    quantities = sorted(gold["quantities"], key=lambda q: q.get("offset", 0))
    return {
        "quantities": [(_quantity_key(q["value"], q.get("value_max"), q["unit"]),
                        {"approx": bool(q["approx"]), "kind": _gold_kind(q)}, q["raw"])
                       for q in quantities],
        "campaigns": {_entity_key("campaign", n) for n in gold["campaigns"]} - {None},
        "agencies": {_entity_key("agency", n) for n in gold["agencies"]} - {None},
        "programme_types": set(stated if stated is not None
                               else (label["type"] for label in gold["programme_types"]
                                     if label["type"] is not None)),
        "sentence_types": [(_label_key(label.get("heading_or_first_words")), label["type"])
                           for label in gold["programme_types"]],
        "relations": _gold_relations(gold.get("relations") or []),
        "date": normalise(gold.get("date")),
        "period": _period(gold.get("period")),
        "organisation": organisation_key(gold.get("organisation")),
        "admin_level": _level(gold.get("admin_level")),
        **{level: normalise(place.get(level)) for level in (*PLACE_LEVELS, "township")},
    }


def predicted_items(corpus: Corpus, report_id: str) -> dict[str, object]:
    """The tables' side of every field of one report, normalised like the gold."""
    reports = corpus.reports[corpus.reports["report_id"] == report_id]
    row = reports.iloc[0] if len(reports) else pd.Series(dtype=object)
    quantities = corpus.quantities[corpus.quantities["report_id"] == report_id].sort_values(
        ["sentence_id", "start"], kind="stable")
    entities = corpus.entities[corpus.entities["report_id"] == report_id]
    sentences = corpus.sentences[corpus.sentences["report_id"] == report_id].sort_values(
        "sentence_id", kind="stable")
    types = [t if isinstance(t, str) else None for t in sentences["programme_type"]]
    return {
        "quantities": [(_quantity_key(q.value, q.value_max, q.unit),
                        {"approx": bool(q.approx), "kind": q.kind}, q.text)
                       for q in quantities.itertuples()],
        "campaigns": {_entity_key("campaign", n)
                      for n in entities.loc[entities["type"] == "campaign", "canonical"]} - {None},
        "agencies": {_entity_key("agency", n)
                     for n in entities.loc[entities["type"] == "agency", "canonical"]} - {None},
        "programme_types": report_types(types, sentences["text"].fillna("")),
        "sentence_types": [(letters_of(text), kind)
                           for text, kind in zip(sentences["text"].fillna(""), types,
                                                 strict=True)],
        "relations": _predicted_relations(corpus, report_id),
        "date": normalise(row.get("date")),
        "period": _period(row.get("period")),
        "organisation": organisation_key(row.get("organisation")),
        "organisation_evidence": normalise(row.get("organisation_evidence")),
        "admin_level": _level(row.get("admin_level")),
        **{level: normalise(row.get(level)) for level in (*PLACE_LEVELS, "township")},
    }


def letters_of(text) -> str:
    """Letters and digits of the normalised text: what a label and a sentence are matched on
    (punctuation and spacing differ between a coder's copy and the cleaned text)."""
    return "".join(c for c in normalise(text) or "" if c.isalnum())


def _label_key(heading) -> str:
    """A gold label's words as the cleaner leaves them (glued pinyin and doubled punctuation
    gone: coders copy from the raw page), matched on letters and digits."""
    heading = str(heading or "")
    return letters_of(clean_text(heading).text) or letters_of(heading)


def _gold_kind(quantity: dict) -> str:
    """Gold coded before ``person_times`` existed files 人次 under people; read it as what the
    convention now calls it (person-times are never added to persons)."""
    if quantity["kind"] == "people" and normalise(quantity["unit"]) == "人次":
        return "person_times"
    return quantity["kind"]


def _gold_relations(relations: list[dict]) -> set[str]:
    """Every pair a gold triple {campaign, agency, outcome} holds."""
    return {_pair(a, b) for a, b in gold_relation_ends(relations)}


def gold_relation_ends(relations: list[dict]) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    """Every pair of ends ``((kind, key), (kind, key))`` a gold triple holds, normalised."""
    pairs = set()
    for relation in relations:
        ends = [(kind, key) for kind, key in (
            ("campaign", _entity_key("campaign", relation.get("campaign"))),
            ("agency", _entity_key("agency", relation.get("agency"))),
            ("outcome", outcome_key(relation.get("outcome")))) if key is not None]
        pairs |= {(a, b) for i, a in enumerate(ends) for b in ends[i + 1:]}
    return pairs


def _predicted_relations(corpus: Corpus, report_id: str) -> set[str]:
    rows = corpus.relations[corpus.relations["report_id"] == report_id]
    return {_pair(source, target) for _, source, target in predicted_relation_ends(rows)}


def predicted_relation_ends(rows: pd.DataFrame) -> list[tuple[int, tuple, tuple]]:
    """``(sentence_id, source, target)`` of relations rows, ends normalised as gold's."""
    found = []
    for row in rows.itertuples():
        source = (row.source_type, relation_end_key(row.source_type, row.source))
        target = (row.target_type, relation_end_key(row.target_type, row.target))
        if source[1] is not None and target[1] is not None:
            found.append((row.sentence_id, source, target))
    return found


def relation_end_key(kind: str, name) -> str | None:
    """An end as scoring compares it: a canonical name, or an outcome's normalised text."""
    return outcome_key(name) if kind == "outcome" else _entity_key(kind, name)


def outcome_key(text) -> str | None:
    """An outcome's text as scoring compares it: normalised, and without the pinyin a converter
    glued after characters, which the gold keeps (its raw is the page's text) and the tool's
    cleaned outcome has lost."""
    return normalise(without_glued_pinyin(str(text))) if isinstance(text, str) else normalise(text)


def _pair(source: tuple[str, str], target: tuple[str, str]) -> str:
    """A relation as one readable key: ``campaign:春蕾计划 → outcome:212名``."""
    return f"{source[0]}:{source[1]} → {target[0]}:{target[1]}"


def _entity_key(kind: str, name) -> str | None:
    name = normalise(name)
    if name is None or (kind == "agency" and IGNORED_AGENCY in name):
        return None
    return normalise(canonical_name(kind, name))


def _period(period) -> str | None:
    """A period with any dash between its years written ``-`` (``2011—2015`` -> ``2011-2015``)."""
    period = normalise(period)
    return "".join("-" if unicodedata.category(c) == "Pd" or c in "~～" else c
                   for c in period) if period else None


def _level(level) -> str | None:
    level = normalise(level)
    return None if level in (None, "unknown") else level


# --- why relations are missed or extra ---------------------------------------------------------
# A relation error is the extractors' (an end not found, a sentence cut) or the linker's (both
# ends in one sentence, not linked; or linked where gold does not link). Counting them apart
# measures the relation stage on its own.
MISSED_WHY = ("end not extracted", "end not extracted in the sentence",
              "ends in different sentences", "not linked, across clauses", "not linked, same clause")
EXTRA_WHY = ("name not annotated", "count not annotated", "framing body", "across sentences",
             "across clauses", "same clause")
# The kinds of number coders exclude, by the words of their reasons (tests/gold/README.md,
# eval/dev/README.md), first match wins: durations before dates (持续3个月 is "duration, not a
# date"), a number inside a name before an ordinal.
EXCLUDED_KINDS = tuple((kind, re.compile(rf"\b(?:{words})")) for kind, words in (
    ("duration", "duration"),
    ("name_or_set", "name|formula|slogan|set\\b|list|plan|polic|heading|title"),
    ("ordinal", "ordinal|rank|congress|session|numbered"),
    ("date", "date|year|month|day|time|anniversar|festival|observance|publication|period"),
    ("page_or_phone", "page|phone|hotline|icp|chrome"),
    ("vague_or_idiom", "vague|idiom|indefinite|phrase"),
    ("age", "age\\b")))
# Clause breaks and sentence ends (full- and half-width) between two ends of a link.
CLAUSE_BREAKS = re.compile(r"[,;:，；：]")
SENTENCE_ENDS = re.compile(r"[。!?！？]")
# A body that frames the work (在县委领导下, 围绕…中心工作, 根据…精神) rather than running it;
# a diagnostic word list, kept apart from the linker's own cues so it can catch what they miss.
FRAMING = re.compile(r"领导|围绕|根据|依据|遵照|贯彻|落实|号召|要求|精神|关心|重视")


def diagnose_relations(gold_relations: list[dict], gold_ends: set, corpus: Corpus,
                       report_id: str) -> dict[str, dict[str, list[str]]]:
    """The misses and extras of one report's relations, each filed under why (``MISSED_WHY``,
    ``EXTRA_WHY``); ``gold_ends`` are the report's gold names and outcomes as ``(kind, key)``."""
    mentions = _mentions(corpus, report_id)
    sentences = corpus.sentences[corpus.sentences["report_id"] == report_id]
    texts = {row.sentence_id: (row.start, row.text) for row in sentences.itertuples()}
    gold = gold_relation_ends(gold_relations)
    predicted = predicted_relation_ends(
        corpus.relations[corpus.relations["report_id"] == report_id])
    found = {(a, b) for _, a, b in predicted}
    missed = {why: [] for why in MISSED_WHY}
    for a, b in sorted(gold - found):
        if not mentions.get(a) or not mentions.get(b):
            why = "end not extracted"
        else:
            shared = {s for s, *_ in mentions[a]} & {s for s, *_ in mentions[b]}
            why = ("end not extracted in the sentence" if not shared and _named_unfound(
                       a, b, mentions, texts) else
                   "ends in different sentences" if not shared else
                   "not linked, " + _span_kind(a, b, min(shared), mentions, texts))
        missed[why].append(_pair(a, b))
    extra = {why: [] for why in EXTRA_WHY}
    seen = set(gold)
    for sentence_id, a, b in sorted(predicted):
        if (a, b) in seen:
            continue
        seen.add((a, b))
        if a not in gold_ends or b not in gold_ends:
            why = ("name not annotated" if any(end not in gold_ends for end in (a, b)
                                               if end[0] != "outcome")
                   else "count not annotated")
        elif any(kind == "agency" and _framed(end, sentence_id, mentions, texts)
                 for kind, end in ((a[0], a), (b[0], b))):
            why = "framing body"
        else:
            why = _span_kind(a, b, sentence_id, mentions, texts)
        extra[why].append(_pair(a, b))
    return {"missed": missed, "extra": extra}


def _mentions(corpus: Corpus, report_id: str) -> dict[tuple, list[tuple[int, int, int]]]:
    """Where each end occurs: ``(kind, key) -> [(sentence_id, start, end), ...]``."""
    at: dict[tuple, list] = defaultdict(list)
    entities = corpus.entities[corpus.entities["report_id"] == report_id]
    quantities = corpus.quantities[corpus.quantities["report_id"] == report_id]
    for row in entities.itertuples():
        at[(row.type, relation_end_key(row.type, row.canonical))].append(
            (row.sentence_id, row.start, row.end))
    for row in quantities.itertuples():
        at[("outcome", relation_end_key("outcome", row.text))].append(
            (row.sentence_id, row.start, row.end))
    return at


def _named_unfound(a, b, mentions, texts) -> bool:
    """Whether a sentence where one end was found names the other without its being found
    (an unquoted repeat of a campaign, a partner written otherwise)."""
    for found, other in ((a, b), (b, a)):
        for sentence_id, *_ in mentions[found]:
            if normalise(other[1]) in normalise(texts[sentence_id][1]):
                return True
    return False


def _span_kind(a, b, sentence_id: int, mentions, texts) -> str:
    """What stands between the closest mentions of two ends in one sentence."""
    start, text = texts[sentence_id]
    spans = [[(s, e) for sid, s, e in mentions[end] if sid == sentence_id] for end in (a, b)]
    between = min((text[min(e1, e2) - start:max(s1, s2) - start]
                   for s1, e1 in spans[0] for s2, e2 in spans[1]), key=len)
    if SENTENCE_ENDS.search(between):
        return "across sentences"
    return "across clauses" if CLAUSE_BREAKS.search(between) else "same clause"


def _framed(end, sentence_id: int, mentions, texts) -> bool:
    """Whether the agency's clause frames the work (see ``FRAMING``)."""
    start, text = texts[sentence_id]
    for sid, s, e in mentions[end]:
        if sid == sentence_id:
            left = CLAUSE_BREAKS.split(text[:s - start])[-1]
            right = CLAUSE_BREAKS.split(text[e - start:])[0]
            if FRAMING.search(left + right):
                return True
    return False


def name_diagnostics_markdown(totals: Mapping) -> str:
    """One line on the campaign and agency extras and misses, counted by why."""
    campaigns, agencies = (totals[name] for name in NAME_FIELDS)
    if not campaigns.get("diagnosis"):
        return ""
    c, a = campaigns["diagnosis"], agencies["diagnosis"]
    return (f"Name extras: campaigns {campaigns['fp']}, {c['extra_overlapping_missed']} of them "
            f"overlapping a missed name (cut differently); agencies {agencies['fp']}, "
            f"{a['extra_overlapping_missed']} overlapping a missed name and "
            f"{a['extra_leadership']} leadership bodies. Agency misses: {agencies['fn']}, "
            f"{a['missed_leadership']} of them leadership bodies. Campaign extras by the rule "
            "that found them: " + ", ".join(f"{rule} {n}" for rule, n in
                                            c.get("extra_by_rule", {}).items()) + "."
            + (" Partner agency extras by the frame of their clause: "
               + "; ".join(f"{frame} {n}" for frame, n in a["extra_by_frame"].items()) + "."
               if a.get("extra_by_frame") else ""))


def quantity_places_markdown(places: Mapping) -> str:
    """One line on where the quantity extras and misses lie (``quantity_places``)."""
    excluded = {name.removeprefix("extra_excluded_"): n for name, n in places.items()
                if name.startswith("extra_excluded_")}
    return (f"Quantities by place: found where gold has no number "
            f"{places.get('extra_at_no_gold_number', 0)}, where gold excludes one {sum(excluded.values())}"
            + (" (" + ", ".join(f"{kind} {n}" for kind, n in excluded.items()) + ")"
               if excluded else "")
            + f"; read with another value {places.get('extra_other_value', 0)} or unit "
            f"{places.get('extra_other_unit', 0)} than gold's at its place; gold quantities with "
            f"nothing found at their place {places.get('missed_nothing_found', 0)}.")


PERIOD_MISS_KINDS = ("where gold has none", "none where gold has one", "one year of gold's span",
                     "a span for gold's one year", "a year off by one", "other")


def period_miss_kind(gold: str | None, predicted: str | None) -> str:
    """How a wrong period differs from gold's (one of ``PERIOD_MISS_KINDS``): the conventions
    the coders disagree on (a one-event item, a review-and-plan meeting, a look back over
    years) each leave their own kind."""
    if gold is None or predicted is None:
        return PERIOD_MISS_KINDS[0 if gold is None else 1]
    (first, last), (low, high) = ([int(y) for y in (p.split("-") * 2)[:2]] for p in (gold, predicted))
    if low == high and first <= low <= last:
        return PERIOD_MISS_KINDS[2]
    if first == last and low <= first <= high:
        return PERIOD_MISS_KINDS[3]
    return PERIOD_MISS_KINDS[4 if first == last and low == high and abs(low - first) == 1 else 5]


def period_misses_markdown(reports: list[dict]) -> str:
    """One line: the wrong periods counted by ``period_miss_kind``."""
    kinds = Counter(period_miss_kind(score["gold"], score["predicted"])
                    for score in (report["fields"]["period"] for report in reports)
                    if score["fp"] or score["fn"])
    return "Periods wrong: " + ", ".join(f"{kind} {kinds[kind]}" for kind in PERIOD_MISS_KINDS) + "."


def breakdown_markdown(totals: Mapping) -> str:
    """One line each for the misses and extras of relations, counted by why."""
    lines = []
    for side, whys in (("missed", MISSED_WHY), ("extra", EXTRA_WHY)):
        counts = totals.get(side, {})
        lines.append(f"Relations {side}: " + ", ".join(f"{why} {counts.get(why, 0)}"
                                                        for why in whys) + ".")
    return "\n".join(lines)


# The errors of the linker alone: extras whose ends are both annotated, misses whose ends share
# a sentence (``MISSED_WHY``, ``EXTRA_WHY``).
LINKER_MISSED = ("not linked, across clauses", "not linked, same clause")
LINKER_EXTRA = ("framing body", "across sentences", "across clauses", "same clause")


def linking_scores(relations: Mapping) -> dict[str, float | int | None]:
    """Precision and recall of the linker alone, from a relations total and its breakdown:
    over the links whose ends were both found in one sentence and are both annotated, so a name
    the finders missed or a name gold does not hold counts against neither. A test half's totals
    then tell whether the gap is the linking or the names."""
    breakdown = relations["breakdown"]
    fp = sum(breakdown["extra"].get(why, 0) for why in LINKER_EXTRA)
    fn = sum(breakdown["missed"].get(why, 0) for why in LINKER_MISSED)
    tp = relations["tp"]
    return {"tp": tp, "fp": fp, "fn": fn,
            "precision": tp / (tp + fp) if tp + fp else None,
            "recall": tp / (tp + fn) if tp + fn else None}


def linking_markdown(relations: Mapping) -> str:
    """One line on the linker alone (``linking_scores``)."""
    scores = linking_scores(relations)

    def share(name):
        return "–" if scores[name] is None else f"{scores[name]:.2f}"
    return (f"Relations linking alone (both ends found in the sentence and annotated): precision "
            f"{share('precision')} ({scores['tp']} of {scores['tp'] + scores['fp']}), recall "
            f"{share('recall')} ({scores['tp']} of {scores['tp'] + scores['fn']}).")


# --- scoring one report -------------------------------------------------------------------------

def _score_sets(gold: set, predicted: set) -> dict:
    return {"tp": len(gold & predicted), "fp": len(predicted - gold), "fn": len(gold - predicted),
            "missed": sorted(gold - predicted), "extra": sorted(predicted - gold)}


def score_agencies(gold: set, predicted: set) -> dict:
    """Agencies of one report matched as a reader does: equal canonical names, else one name
    the other with its scope dropped (gold 县人社局 and predicted 人力资源和社会保障局 name the
    same body in one county's report), one to one. Two scopes never match (甲县民政局 is not
    乙县民政局). A name left over that is a scope variant of a matched name of its own side names
    a body that side already counted (镇计生办 beside 计生办): it is listed under ``merged``,
    neither extra nor missed."""
    pairs = [(name, name) for name in sorted(gold & predicted)]
    unmatched_gold = sorted(gold - predicted)
    for name in sorted(predicted - gold):
        partner = next((g for g in unmatched_gold if _same_body(g, name)), None)
        if partner is not None:
            unmatched_gold.remove(partner)
            pairs.append((partner, name))
    matched_gold, matched_predicted = ({pair[side] for pair in pairs} for side in (0, 1))
    merged_gold = {name for name in unmatched_gold
                   if any(_same_body(name, other) for other in matched_gold)}
    merged_predicted = {name for name in predicted - matched_predicted
                        if any(_same_body(name, other) for other in matched_predicted)}
    merged = sorted(merged_gold | merged_predicted)
    missed = sorted(set(unmatched_gold) - merged_gold)
    extra = sorted(predicted - matched_predicted - merged_predicted)
    return {"tp": len(pairs), "fp": len(extra), "fn": len(missed), "missed": missed,
            "extra": extra, "merged": merged}


def name_diagnostics(field_name: str, score: Mapping) -> dict[str, int]:
    """Why a name field's extras and misses arose, counted (see the module docstring)."""
    why = {"extra_overlapping_missed": sum(
        any(extra in missed or missed in extra for missed in score["missed"])
        for extra in score["extra"])}
    if field_name == "agencies":
        for side in ("extra", "missed"):
            why[f"{side}_leadership"] = sum(agency_role(name) == "leadership"
                                            for name in score[side])
    return why


def metadata_miss(field_name: str, score: Mapping, gold: Mapping,
                  predicted: Mapping) -> str | None:
    """Why a report's organisation, admin level or county is wrong (see the module docstring);
    None where it is right or both sides are empty. ``score`` is the field's single-valued
    score; ``gold`` and ``predicted`` the sides' items (their admin levels)."""
    if not (score["fp"] or score["fn"]):
        return None
    wanted, found = score["gold"], score["predicted"]
    if field_name == "admin_level":
        return f"{wanted or 'none'}→{found or 'none'}"
    if found is None:
        return "none"
    if wanted is None:
        return "extra"
    if field_name != "organisation":
        return "other"
    if same_body_written_differently(wanted, found):
        return "written differently"
    levels = gold["admin_level"], predicted["admin_level"]
    return "another level" if None not in levels and levels[0] != levels[1] \
        else "another body at the same level"


def same_body_written_differently(one: str, other: str) -> bool:
    """Two names of one organ word whose units differ only in the place prefix: one unit's
    characters stand in the other in order (区 and 临港区, 博州 and 博尔塔拉蒙古自治州, 阿拉尔市
    and 兵团第一师阿拉尔市), or both end in one proper name and level word (长春十委社区 and
    东站十委社区)."""
    organs = [ORGAN_END.search(name) for name in (one, other)]
    if len({organ.group(0) if organ else "" for organ in organs}) > 1:
        return False  # 泰山区妇联 and 泰山景区妇委会: two organs
    units = [name[:m.start()] if m else name for name, m in zip((one, other), organs, strict=True)]
    shorter, longer = sorted(units, key=len)
    rest = iter(longer)
    if shorter and all(ch in rest for ch in shorter) and shorter[-1] == longer[-1]:
        return True
    shared = len(os.path.commonprefix([units[0][::-1], units[1][::-1]]))
    level = PLACE_END.search(longer)
    return level is not None and shared > len(level.group(0))


EVIDENCE_KINDS = ("byline", "title", "opening", "body", "composed", "none")


def evidence_totals(organisation_scores) -> dict[str, dict[str, int]]:
    """The organisation's right and counted reports by where the page writes the tool's author
    (the reports table's ``organisation_evidence``; ``none`` where the tool names no author):
    how far a reader may trust an author by the kind of evidence it stands on."""
    totals = {kind: {"right": 0, "reports": 0} for kind in EVIDENCE_KINDS}
    for score in organisation_scores:
        if score["counted"]:
            totals[score["evidence"]]["reports"] += 1
            totals[score["evidence"]]["right"] += score["tp"]
    return totals


def evidence_markdown(by_evidence: Mapping) -> str:
    """One line: the organisation's accuracy by the evidence of the tool's author."""
    return ("Organisation by where the page writes the tool's author (right of reports): "
            + ", ".join(f"{kind} {n['right']} of {n['reports']}"
                        for kind, n in by_evidence.items()) + ".")


def metadata_misses_markdown(totals: Mapping) -> str:
    """One line on the report metadata misses, counted by kind (``metadata_miss``)."""
    kinds = {name: totals[name].get("misses_by_kind") for name in METADATA_MISS_FIELDS}
    if any(kind is None for kind in kinds.values()):
        return ""
    return ("Report metadata misses by kind: organisation "
            + ", ".join(f"{kind} {kinds['organisation'].get(kind, 0)}"
                        for kind in ORGANISATION_MISSES)
            + "; admin level (gold→predicted) "
            + (", ".join(f"{pair} {n}" for pair, n in kinds["admin_level"].items()) or "none")
            + "; county " + ", ".join(f"{kind} {kinds['county'].get(kind, 0)}"
                                      for kind in ("none", "extra", "other")) + ".")


def quantity_places(gold: dict, corpus: Corpus, report_id: str) -> Counter:
    """Where the found and the coded quantities of one report lie against each other, by raw
    offsets (apart from the matching by value): found numbers at no coded quantity, split by
    the kind of number the coder excluded there (``excluded_numbers``, its reason's words) or
    at none; found numbers read with another value or unit than the coder's at the same place;
    coded quantities with nothing found at their place. Lets a reader of the totals see which
    side of the quantity grammar errs without opening the reports."""
    found = corpus.quantities[corpus.quantities["report_id"] == report_id]
    spans = list(zip(found["raw_start"], found["raw_end"], found["value"], found["unit"],
                     strict=True))
    coded = [(q["offset"], q["offset"] + len(q["raw"]), q) for q in gold["quantities"]
             if q.get("offset") is not None]
    excluded = [(e["offset"], e["offset"] + len(e["raw"]), e.get("reason") or "")
                for e in gold.get("excluded_numbers") or [] if e.get("offset") is not None]
    places = Counter()
    for start, end, value, unit in spans:
        match = next((q for s, e, q in coded if s < end and start < e), None)
        if match is not None:
            if round(float(match["value"]), 6) != round(float(value), 6):
                places["extra_other_value"] += 1
            elif normalise(match["unit"]) != normalise(unit):
                places["extra_other_unit"] += 1
            continue
        reason = next((r for s, e, r in excluded if s < end and start < e), None)
        places["extra_at_no_gold_number" if reason is None
               else f"extra_excluded_{excluded_kind(reason)}"] += 1
    places["missed_nothing_found"] = sum(
        not any(start < e and s < end for start, end, *_ in spans) for s, e, _ in coded)
    return places


def excluded_kind(reason: str) -> str:
    """The kind of number a coder's free-text reason for excluding it names."""
    return next((kind for kind, words in EXCLUDED_KINDS if words.search(reason.lower())),
                "other")


def _extras_by_rule(corpus: Corpus, report_id: str, extras: list[str]) -> dict[str, int]:
    """How many of a report's extra campaigns each finder of ``entities`` claimed (its first
    mention a finder claims, re-read: a report's repeat of the name, ``entities.named_again``,
    is claimed by none)."""
    if not extras:
        return {}
    entities = corpus.entities[(corpus.entities["report_id"] == report_id)
                               & (corpus.entities["type"] == "campaign")]
    texts = corpus.sentences[corpus.sentences["report_id"] == report_id].set_index(
        "sentence_id")["text"]
    mentions: dict[str, list] = {}
    for canonical, sentence_id in zip(entities["canonical"], entities["sentence_id"], strict=True):
        mentions.setdefault(_entity_key("campaign", canonical), []).append((canonical, sentence_id))
    rules = Counter()
    for extra in extras:
        # None where the tables were built by other code than this (a stale build)
        rules[next(filter(None, (finder_of(texts.get(sentence_id, ""), "campaign", canonical)
                                 for canonical, sentence_id in mentions[extra])),
                   "not_refound")] += 1
    return dict(rules)


def _extras_by_frame(corpus: Corpus, report_id: str, extras: list[str]) -> dict[str, int]:
    """How many of a report's extra partner agencies (leadership bodies left out) stand in each
    clause frame (``agencies.clause_frame``, its first mention re-read): says which frame over-reaches
    on a half nobody reads."""
    extras = [extra for extra in extras if agency_role(extra) != "leadership"]
    if not extras:
        return {}
    entities = corpus.entities[(corpus.entities["report_id"] == report_id)
                               & (corpus.entities["type"] == "agency")]
    sentences = corpus.sentences[corpus.sentences["report_id"] == report_id].set_index("sentence_id")
    first = {}
    for row in entities.itertuples():
        first.setdefault(_entity_key("agency", row.canonical), row)
    frames = Counter()
    for extra in extras:
        row = first.get(extra)
        if row is None or row.sentence_id not in sentences.index:
            frames["not_refound"] += 1
            continue
        offset = sentences.at[row.sentence_id, "start"]
        frames[clause_frame(sentences.at[row.sentence_id, "text"], row.start - offset, row.end - offset)] += 1
    return dict(frames)


def _same_body(one: str, other: str) -> bool:
    """Is one name the other with its scope dropped?"""
    return one == other or without_scope(one) == other or without_scope(other) == one


def _score_quantities(gold: list, predicted: list) -> dict:
    """Multiset match on (value, value_max, unit); approx and kind over the matched pairs."""
    by_key_gold, by_key_predicted = defaultdict(list), defaultdict(list)
    for key, attributes, text in gold:
        by_key_gold[key].append((attributes, text))
    for key, attributes, text in predicted:
        by_key_predicted[key].append((attributes, text))
    score = {"tp": 0, "fp": 0, "fn": 0, "pairs": 0, "approx": 0, "kind": 0,
             "missed": [], "extra": [], "disagree": []}
    for key in sorted(by_key_gold.keys() | by_key_predicted.keys(), key=_sortable):
        wanted, found = by_key_gold[key], by_key_predicted[key]
        pairs = list(zip(wanted, found, strict=False))
        score["tp"] += len(pairs)
        score["pairs"] += len(pairs)
        score["missed"] += [text for _, text in wanted[len(pairs):]]
        score["extra"] += [text for _, text in found[len(pairs):]]
        for (want, want_text), (got, got_text) in pairs:
            for name in PAIR_SCORES:
                agree = want[name] == got[name]
                score[name] += agree
                if not agree:
                    score["disagree"].append(
                        f"{got_text}: {name} {got[name]} (gold {want[name]}, {want_text})")
    score["fp"], score["fn"] = len(score["extra"]), len(score["missed"])
    return score


def _score_sentence_types(labels: list[tuple[str, str]],
                          sentences: list[tuple[str, str | None]]) -> dict:
    """Sentence-level accuracy of the types against gold labels by heading or first words.
    A sentence with no Chinese character (a part marker, an image's file name, markup residue,
    a url, a bare time) tells no work of any type, so it is not scored (stop-30 adjudication)."""
    sections = label_sections(labels, sentences)
    right = wrong = counted = 0
    disagree = []
    for start, end, wanted in sections:
        for text, kind in sentences[start:end]:
            if not HAN_CHARACTER.search(text):
                continue
            counted += 1
            if kind in wanted:
                right += 1
                continue
            wrong += kind is not None
            disagree.append(f"{text[:12]}: {kind or '(none)'} (gold {'/'.join(sorted(wanted))})")
    located = {index for index, _ in _located_labels(labels, sentences)}
    return {"tp": right, "fp": wrong, "fn": counted - right, "counted": counted,
            "disagree": disagree,
            "unlocated": [labels[i][0] for i in range(len(labels)) if i not in located]}


def label_sections(labels, sentences) -> list[tuple[int, int, set[str]]]:
    """(first sentence, end, gold types) of each section a located label opens. A label of
    type null marks page furniture (login and share links, the page after the article): it
    ends the section before it and its own section is not scored (stop-33 adjudication of the
    second wave, row 3), so it is left out of the list."""
    starts: dict[int, set[str]] = defaultdict(set)
    for index, sentence in _located_labels(labels, sentences):
        starts[sentence].add(labels[index][1])
    ordered = sorted(starts)
    ends = [*ordered[1:], len(sentences)] if ordered else []
    return [(start, end, starts[start] - {None}) for start, end in zip(ordered, ends, strict=True)
            if starts[start] - {None}]


def _located_labels(labels, sentences) -> list[tuple[int, int]]:
    """(label index, sentence index) of each label found in the joined sentences, searched
    after the previous label's place first, then anywhere."""
    text = "".join(letters for letters, _ in sentences)
    ends = np.cumsum([len(letters) for letters, _ in sentences])
    located, position = [], 0
    for index, (key, _) in enumerate(labels):
        found = _find_opening(text, key, position)
        if found is None:
            found = _find_opening(text, key, 0)
        if found is None:
            continue
        position = found + 1
        located.append((index, int(np.searchsorted(ends, found, side="right"))))
    return located


def _find_opening(text: str, key: str, start: int) -> int | None:
    """Where the longest opening of ``key`` (at least MIN_LABEL_OPENING characters, or all
    of a shorter key) first occurs in ``text`` at or after ``start``."""
    for length in range(len(key), min(len(key), MIN_LABEL_OPENING) - 1, -1):
        found = text.find(key[:length], start) if length else -1
        if found >= 0:
            return found
    return None


def _sortable(key: tuple) -> tuple:
    value, upper, unit = key
    return value, -1.0 if upper is None else upper, unit or ""


def _score_single(field_name: str, gold, predicted) -> dict:
    right = _agrees(field_name, gold, predicted)
    return {"tp": int(right), "fp": int(predicted is not None and not right),
            "fn": int(gold is not None and not right),
            "counted": int(gold is not None or predicted is not None),
            "gold": gold, "predicted": predicted}


def _agrees(field_name: str, gold, predicted) -> bool:
    """Equal values; a date at the precision gold gives (gold ``2021-05`` takes 2021-05-12)."""
    if gold is None or predicted is None:
        return False
    if field_name == "date":
        return len(predicted) >= len(gold) and predicted[:len(gold)] == gold
    if field_name == "organisation" and predicted != gold:
        # the same body with or without its level word (临泉妇联, 临泉县妇联; not 吉林省妇联
        # and 吉林市妇联)
        return gold in (predicted, _without_level_word(predicted)) or \
            predicted == _without_level_word(gold)
    return predicted == gold


def named_body(items: Mapping) -> str | None:
    """A side's organisation, a bare level word (区妇联, or a masked ××区妇联) named by the
    side's own place at that level (天心区 -> 天心区妇联): a report's 区妇联 is the federation of
    its district, so a coder who writes the text's 区妇联 and a tool that writes 天心区妇联 name
    one body when both place the report in 天心区, and not when they place it apart. A word of
    several levels (市) is read at the side's own admin level first."""
    organisation = items["organisation"]
    bare = BARE_FEDERATION.fullmatch(organisation or "")
    if not bare:
        return organisation
    word = bare.group(1)
    # the side's own level first: a county-level city's 市妇联 is that city's (巢湖市), not its
    # prefecture's (合肥市), where the side places the body at county level
    levels = sorted(PLACE_OF_LEVEL_WORD[word], key=lambda level: level != items.get("admin_level"))
    for level in levels:
        place = items.get(level)
        if place and place.endswith(word):
            return organisation_key(place + "妇联")
    return organisation


def _without_level_word(organisation: str) -> str:
    return LEVEL_WORD_BEFORE_FEDERATION.sub("妇联", organisation)


def score_report(gold: dict, predicted: dict) -> dict[str, dict]:
    """Counts, misses and extras of every field for one report (both sides normalised)."""
    scores = {"quantities": _score_quantities(gold["quantities"], predicted["quantities"])}
    for name in ("campaigns", "programme_types", "relations"):
        scores[name] = _score_sets(gold[name], predicted[name])
    scores["sentence_types"] = _score_sentence_types(gold["sentence_types"],
                                                     predicted["sentence_types"])
    scores["agencies"] = score_agencies(gold["agencies"], predicted["agencies"])
    scores["partner_agencies"] = score_agencies(
        *({name for name in side["agencies"] if agency_role(name) != "leadership"}
          for side in (gold, predicted)))
    for name in NAME_FIELDS:
        scores[name]["diagnosis"] = name_diagnostics(name, scores[name])
    scores["campaign_relations"] = _score_sets(
        *({pair for pair in side["relations"] if pair.startswith("campaign:")}
          for side in (gold, predicted)))
    for name in SINGLE_FIELDS:
        if name not in ("date_or_period", "organisation"):
            scores[name] = _score_single(name, gold[name], predicted[name])
    scores["organisation"] = _score_single("organisation", named_body(gold), named_body(predicted))
    scores["organisation"]["evidence"] = predicted.get("organisation_evidence") or "none"
    scores["date_or_period"] = _score_dating(gold, predicted)
    for name in METADATA_MISS_FIELDS:
        scores[name]["miss_kind"] = metadata_miss(name, scores[name], gold, predicted)
    return scores


def _score_dating(gold: dict, predicted: dict) -> dict:
    """Right where the date agrees with gold's date or the period equals gold's period."""
    wanted = gold["date"] or gold["period"]
    found = predicted["date"] or predicted["period"]
    right = _agrees("date", gold["date"], predicted["date"]) or (
        gold["period"] is not None and gold["period"] == predicted["period"])
    return {"tp": int(right), "fp": int(found is not None and not right),
            "fn": int(wanted is not None and not right),
            "counted": int(wanted is not None or found is not None),
            "gold": [gold["date"], gold["period"]],
            "predicted": [predicted["date"], predicted["period"]]}


# --- totals with bootstrap intervals ------------------------------------------------------------

def _ratio(numerator, denominator):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(denominator > 0, numerator / np.maximum(denominator, 1), np.nan)


def _measures(tp, fp, fn, counted=None, pairs=None, agree=None) -> dict[str, np.ndarray]:
    """Micro measures from summed counts (arrays: one value per bootstrap sample)."""
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    measures = {"precision": precision, "recall": recall,
                "f1": _ratio(2 * tp, 2 * tp + fp + fn)}
    if counted is not None:
        measures["accuracy"] = _ratio(tp, counted)
    for name, value in (agree or {}).items():
        measures[f"{name}_accuracy"] = _ratio(value, pairs)
    return measures


def field_totals(per_report: list[dict[str, dict]], seed: int, samples: int) -> dict[str, dict]:
    """Point estimates and percentile 95% intervals, resampling reports with replacement."""
    n = len(per_report)
    draws = np.random.default_rng(seed).integers(0, n, size=(samples, n)) if n else None
    totals = {}
    for name in FIELDS:
        columns = ["tp", "fp", "fn"] + (["counted"] if name in COUNTED_FIELDS else []) + (
            ["pairs", *PAIR_SCORES] if name == "quantities" else [])
        counts = {c: np.array([report[name][c] for report in per_report], dtype=float)
                  for c in columns}
        point = _summed_measures(counts, None)
        resampled = _summed_measures(counts, draws) if n else {}
        entry = {c: int(v.sum()) for c, v in counts.items()}
        entry["reports"] = int(sum(bool(report[name]["counted"]) if name in SENTENCE_FIELDS
                                   else report[name].get("counted", 1)
                                   for report in per_report))
        if name in SENTENCE_FIELDS:
            entry["sentences"] = entry["counted"]
        for measure, value in point.items():
            entry[measure] = _rounded(value)
            values = resampled.get(measure)
            finite = values[np.isfinite(values)] if values is not None else np.array([])
            entry[f"{measure}_ci"] = ([_rounded(np.percentile(finite, 2.5)),
                                       _rounded(np.percentile(finite, 97.5))]
                                      if finite.size else [None, None])
        totals[name] = entry
    return totals


def _summed_measures(counts: dict[str, np.ndarray], draws: np.ndarray | None) -> dict:
    """Measures of the counts summed over all reports, or over each row of ``draws``."""
    summed = {c: (v[draws].sum(axis=-1) if draws is not None else v.sum())
              for c, v in counts.items()}
    return _measures(summed["tp"], summed["fp"], summed["fn"], summed.get("counted"),
                     summed.get("pairs"), {p: summed[p] for p in PAIR_SCORES if p in summed})


def _rounded(value) -> float | None:
    value = float(value)
    return None if math.isnan(value) else round(value, 4)


# --- the evaluation -----------------------------------------------------------------------------

@dataclass
class Evaluation:
    """Totals per field, and per report the counts with the misses and extras behind them."""

    totals: dict[str, dict]
    reports: list[dict] = field(default_factory=list)
    missing_reports: list[str] = field(default_factory=list)
    seed: int = DEFAULT_SEED
    samples: int = BOOTSTRAP_SAMPLES

    def to_dict(self) -> dict:
        return {"seed": self.seed, "bootstrap_samples": self.samples,
                "n_reports": len(self.reports), "missing_reports": self.missing_reports,
                "totals": self.totals, "reports": self.reports}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"

    def totals_frame(self) -> pd.DataFrame:
        """One row per field: counts, measures and interval bounds."""
        rows = []
        for name in FIELDS:
            entry = self.totals[name]
            row = {"field": name, "reports": entry["reports"], "tp": entry["tp"],
                   "fp": entry["fp"], "fn": entry["fn"]}
            for measure in ("precision", "recall", "f1", "accuracy", "approx_accuracy",
                            "kind_accuracy"):
                if measure in entry:
                    row[measure] = entry[measure]
                    row[f"{measure}_low"], row[f"{measure}_high"] = entry[f"{measure}_ci"]
            rows.append(row)
        return pd.DataFrame(rows)

    def to_markdown(self, title: str = "Accuracy against gold") -> str:
        return render_markdown(self, title)


def evaluate(tables: Path | Corpus, gold_dir: Path, seed: int = DEFAULT_SEED,
             samples: int = BOOTSTRAP_SAMPLES) -> Evaluation:
    """Score the tables of a build against the gold files of ``gold_dir``.

    ``tables`` is the folder ``womenfed build`` wrote (or its loaded ``Corpus``). Every gold
    file is scored; a gold report absent from the tables counts with nothing predicted and
    is listed in ``missing_reports``. Reports without gold are not scored.

    Examples
    --------
    >>> result = evaluate("data/processed", "tests/gold")  # doctest: +SKIP
    >>> result.totals["quantities"]["f1"]  # doctest: +SKIP
    """
    corpus = tables if isinstance(tables, Corpus) else read_built_tables(Path(tables))
    gold = read_gold(gold_dir)
    built = set(corpus.reports["report_id"])
    reports = []
    for report_id in sorted(gold):
        items = gold_items(gold[report_id])
        scores = score_report(items, predicted_items(corpus, report_id))
        gold_ends = ({("campaign", n) for n in items["campaigns"]}
                     | {("agency", n) for n in items["agencies"]}
                     | {("outcome", outcome_key(raw)) for *_, raw in items["quantities"]})
        scores["quantities"]["places"] = dict(sorted(
            quantity_places(gold[report_id], corpus, report_id).items()))
        scores["campaigns"]["diagnosis"]["extra_by_rule"] = _extras_by_rule(
            corpus, report_id, scores["campaigns"]["extra"])
        scores["agencies"]["diagnosis"]["extra_by_frame"] = _extras_by_frame(
            corpus, report_id, scores["agencies"]["extra"])
        scores["relations"]["why"] = diagnose_relations(
            gold[report_id].get("relations") or [], gold_ends, corpus, report_id)
        reports.append({"report_id": report_id, "fields": scores})
    totals = field_totals([r["fields"] for r in reports], seed, samples)
    totals["relations"]["breakdown"] = {
        side: {why: sum(len(r["fields"]["relations"]["why"][side][why]) for r in reports)
               for why in whys} for side, whys in (("missed", MISSED_WHY), ("extra", EXTRA_WHY))}
    for name in NAME_FIELDS:
        totals[name]["diagnosis"] = {why: sum(r["fields"][name]["diagnosis"][why] for r in reports)
                                     for why in reports[0]["fields"][name]["diagnosis"]
                                     if why not in ("extra_by_rule", "extra_by_frame")} if reports else {}
    places = Counter()
    for report in reports:
        places.update(report["fields"]["quantities"]["places"])
    totals["quantities"]["places"] = dict(sorted(places.items()))
    totals["organisation"]["by_evidence"] = evidence_totals(r["fields"]["organisation"]
                                                            for r in reports)
    for name in METADATA_MISS_FIELDS:
        kinds = Counter(r["fields"][name]["miss_kind"] for r in reports)
        kinds.pop(None, None)
        totals[name]["misses_by_kind"] = dict(sorted(kinds.items()))
    by_rule = Counter()
    for report in reports:
        by_rule.update(report["fields"]["campaigns"]["diagnosis"]["extra_by_rule"])
    totals["campaigns"]["diagnosis"]["extra_by_rule"] = dict(sorted(by_rule.items()))
    by_frame = Counter()
    for report in reports:
        by_frame.update(report["fields"]["agencies"]["diagnosis"]["extra_by_frame"])
    totals["agencies"]["diagnosis"]["extra_by_frame"] = dict(sorted(by_frame.items()))
    return Evaluation(totals, reports, sorted(set(gold) - built), seed, samples)


def read_built_tables(out_dir: Path) -> Corpus:
    if not out_dir.is_dir():
        raise NotADirectoryError(f"{out_dir}: not a folder of tables (run `womenfed build`)")
    if not (out_dir / "reports.parquet").is_file():
        raise InputError("evaluate", f"{out_dir}: no reports.parquet (run `womenfed build`)")
    return read_tables(out_dir)


def write_evaluation(evaluation: Evaluation, out_dir: Path,
                     title: str = "Accuracy against gold") -> list[Path]:
    """``evaluation.json`` and ``evaluation.md`` in ``out_dir``, each written atomically."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in (("evaluation.json", evaluation.to_json()),
                       ("evaluation.md", evaluation.to_markdown(title))):
        with atomic_path(out_dir / name) as temp:
            temp.write_text(text, encoding="utf-8")
        written.append(out_dir / name)
    return written


# --- Markdown -----------------------------------------------------------------------------------

def measure_cell(entry: Mapping, measure: str) -> str:
    value = entry.get(measure)
    if value is None:
        return "–"
    low, high = entry[f"{measure}_ci"]
    interval = f" [{low:.2f}, {high:.2f}]" if low is not None else ""
    return f"{value:.2f}{interval}"


def totals_markdown(evaluation: Evaluation) -> str:
    """The per-field table: counts, then measures with their 95% intervals."""
    lines = ["| field | reports | tp | fp | fn | precision | recall | F1 | accuracy |",
             "|---|---:|---:|---:|---:|---|---|---|---|"]
    for name in FIELDS:
        entry = evaluation.totals[name]
        lines.append(f"| {name} | {entry['reports']} | {entry['tp']} | {entry['fp']} | "
                     f"{entry['fn']} | {measure_cell(entry, 'precision')} | "
                     f"{measure_cell(entry, 'recall')} | "
                     f"{measure_cell(entry, 'f1')} | {measure_cell(entry, 'accuracy')} |")
    quantities = evaluation.totals["quantities"]
    lines += ["", f"Over the {quantities['pairs']} matched quantities: approx accuracy "
                  f"{measure_cell(quantities, 'approx_accuracy')}, kind accuracy "
                  f"{measure_cell(quantities, 'kind_accuracy')}."]
    if "breakdown" in evaluation.totals["relations"]:
        lines += ["", breakdown_markdown(evaluation.totals["relations"]["breakdown"]),
                  linking_markdown(evaluation.totals["relations"])]
    lines += ["", name_diagnostics_markdown(evaluation.totals)]
    if "places" in quantities:
        lines += ["", quantity_places_markdown(quantities["places"])]
    lines += ["", period_misses_markdown(evaluation.reports)]
    if misses := metadata_misses_markdown(evaluation.totals):
        lines += ["", misses]
    if "by_evidence" in evaluation.totals["organisation"]:
        lines += ["", evidence_markdown(evaluation.totals["organisation"]["by_evidence"])]
    return "\n".join(lines)


def render_markdown(evaluation: Evaluation, title: str) -> str:
    """The whole report: totals, then the per-report details."""
    parts = [f"# {title}", "",
             f"{len(evaluation.reports)} reports with gold; micro-averaged; 95% intervals from "
             f"{evaluation.samples} bootstrap resamples of reports (seed {evaluation.seed}). "
             "Single-valued fields: accuracy over reports where gold or prediction is non-null "
             "(a value predicted where gold is null is an error).", "",
             totals_markdown(evaluation), ""]
    if evaluation.missing_reports:
        parts += ["Gold reports missing from the tables (scored as predicting nothing): "
                  + ", ".join(f"`{r}`" for r in evaluation.missing_reports), ""]
    return "\n".join(parts) + details_markdown(evaluation)


def details_markdown(evaluation: Evaluation) -> str:
    """A report x field grid, then the misses and extras of each report."""
    parts = ["## Per report", "",
             "Set fields: matched/gold/predicted. sentence_types: right/sentences scored. Single "
             "fields: ✓ right, ✗ wrong, · both empty.",
             "", "| report | " + " | ".join(FIELDS) + " |",
             "|---|" + "---|" * len(FIELDS)]
    for report in evaluation.reports:
        cells = []
        for name in FIELDS:
            score = report["fields"][name]
            if name in SINGLE_FIELDS:
                cells.append("·" if not score["counted"] else "✓" if score["tp"] else "✗")
            elif name in SENTENCE_FIELDS:
                cells.append(f"{score['tp']}/{score['counted']}")
            else:
                cells.append(f"{score['tp']}/{score['tp'] + score['fn']}/"
                             f"{score['tp'] + score['fp']}")
        parts.append(f"| `{report['report_id']}` | " + " | ".join(cells) + " |")
    parts += ["", "## Misses and extras", ""]
    for report in evaluation.reports:
        lines = _differences(report["fields"])
        if lines:
            parts += [f"### `{report['report_id']}`", "", *lines, ""]
    return "\n".join(parts).rstrip() + "\n"


def _differences(fields: dict[str, dict]) -> list[str]:
    lines = []
    for name in FIELDS:
        score = fields[name]
        if name in SINGLE_FIELDS:
            if score["fp"] or score["fn"]:
                lines.append(f"- {name}: predicted {score['predicted'] or '(none)'}, "
                             f"gold {score['gold'] or '(none)'}")
            continue
        if "why" in score:
            lines += [f"- {name} {side} ({why}): " + "、".join(pairs)
                      for side, filed in score["why"].items()
                      for why, pairs in filed.items() if pairs]
            continue
        for kind in ("missed", "extra", "merged", "disagree", "unlocated"):
            if score.get(kind):
                lines.append(f"- {name} {kind}: " + "、".join(map(str, score[kind])))
    return lines


__all__ = ["Evaluation", "details_markdown", "evaluate", "normalise", "read_gold", "score_agencies",
           "score_report", "totals_markdown", "write_evaluation"]
