"""Does a learned choice among candidate authors beat the rules' cascade (``describe._place``)?

    WOMENFED_DEV_CORPUS=DIR .venv/bin/python tools/author_cv.py --manifest M --gold G [--show]
    WOMENFED_DEV_CORPUS=DIR2 .venv/bin/python tools/author_cv.py --manifest M --gold G \
        --totals-manifest M2 --totals-gold G2

The organisation choice factored in two: (a) candidate generation, every body the page could
be authored by, each with its level and where it was found, plus "no author"; (b) the choice,
a logistic regression over general features of each candidate (where it stands, the frames
around its mentions, its level against the other candidates' and the site's), never the
cascade's own answer. The reports of the manifest's ``dev`` rows are read through the
pipeline's own read -> clean -> segment -> describe; ``describe._place`` is watched, not
changed, for the body, page furniture, title and opening it reads.

Prints: candidate recall (reports whose gold organisation, as the scorer normalises it, is a
candidate; "no author" is the candidate of a null gold), the cascade's in-sample organisation
and admin_level figures, and the learned choice's out-of-fold figures over a 5-fold grouped
cross-validation by report (fixed seed). With ``--totals-*`` the model trained on all of
``--manifest`` is put around ``describe.describe`` in this process only and the other set is
scored in totals only (organisation and admin_level lines; no text, gold or per-report line).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np

# the place before one federation word, the counting of a mention by where it stands and the
# verb classes around it, as the round-8 experiment reads them (tools/ is the script's own
# folder, so the sibling tool imports)
from organisation_cv import ACTOR_AFTER, ATTEND_AFTER, HEAD_OF, INVITED, _mention_place, count_mention
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.preprocessing import StandardScaler

from womenfed import clean, describe, devcorpus, evaluation, places, read, segment
from womenfed.devcorpus import exit_code_of, read_manifest, texts_dir
from womenfed.evaluation import totals_markdown
from womenfed.sources import Listing

FOLDS = 5
SEED = 20261129
LEVELS = ("national", "province", "city", "county", "township", "village", "unknown")
D = describe
CLAUSE_OPEN = re.compile(rf"{D.CLAUSE_START}{D.TIME_OPENER}?[,，]?\s*$")
UNIT_ORGAN = re.compile(rf"({D.LEADING_ORGAN})")
FOOTER_LINES = 3
MENTION_KINDS = ("title", "lead", "furniture", "labelled", "signature", "footer", "body")
FRAMES = ("plural", "superior", "under", "visitor", "guest", "chair", "invited", "officer",
          "attend", "actor", "subject", "lead_subject", "following", "instruction", "sponsor",
          "giver")
ORIGINS = ("federation", "labelled", "unit_federation", "title_unit", "lead_unit", "title_tag",
           "visited_host", "first_place", "delegation", "organ", "supplier", "source_line",
           "author_body", "committee", "grassroots", "institution", "founded", "none")


@dataclass
class Seen:
    """What ``describe._place`` was given for one report."""

    meta: object = None
    body: str = ""
    furniture: str = ""
    title_end: int = 0
    lead_end: int = 0
    url: str | None = None
    gazetteer: object = None


@dataclass
class Candidate:
    organisation: str | None
    level: str
    origins: set[str] = field(default_factory=set)
    counts: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    first: float = 1.0
    pos: int = 10**9  # where the body first names it


def _watch() -> Seen:
    seen = Seen()
    original = describe._place

    def watched(meta, body, furniture, segmented, title_end, lead_end, gazetteer, url=None):
        furniture_read = "\n".join((furniture, *(q or b for q, b in D.LOCAL_PAPER.findall(body))))
        seen.meta, seen.body, seen.furniture, seen.title_end, seen.url, seen.gazetteer = (
            meta, body, furniture_read, title_end, url, gazetteer)
        seen.lead_end = D._lead_end(segmented, title_end)
        return original(meta, body, furniture, segmented, title_end, lead_end, gazetteer, url)

    describe._place = watched
    return seen


# --- (a) candidates ---------------------------------------------------------------------------

def _finish(place: str, seen: Seen) -> tuple[str | None, str]:
    """Organisation and level of a federation's place, as the pipeline finishes its choice."""
    if place == D.NATIONAL:
        return "全国妇联", "national"
    meta = describe.Metadata()
    D._fill_place(meta, place, seen.body, seen.gazetteer, "\n".join((seen.furniture, seen.body)))
    organisation = D._with_organ(meta.organisation, seen.body) if meta.organisation else None
    return organisation, meta.admin_level


def _bare_place(word: str, seen: Seen) -> str:
    """The unit a level word alone (区妇联) stands for: the one the opening, the site, the
    text or the url host names."""
    lead, g = seen.body[:seen.lead_end], seen.gazetteer
    return (D._own_place_named_elsewhere(word, lead, seen.furniture, g) or g.implied(word, seen.body)
            or D._only_place_of_level(word, seen.body, g) or D._unit_above_the_named(word, seen.body, g)
            or (seen.url and (g.named_in_host(seen.url, word, seen.body)
                              or g.initialled_in_host(seen.url, word, seen.body)))
            or (D._level(word) == "province" and D._province_by_evidence(seen.body, g)) or word)


def _unit_level(unit: str, seen: Seen) -> str:
    if D.VILLAGE_END.search(unit):
        return "village"
    resolved = seen.gazetteer.resolve(unit, D._page(seen.furniture, seen.body, seen.url, seen.gazetteer))
    return (resolved.rank or resolved.level or "unknown") if resolved else D._level(unit) or "unknown"


def _own(unit: str) -> str:
    return (D.PLACE_PART.findall(unit) or [unit])[-1]


def candidates(seen: Seen) -> list[Candidate]:
    """Every body the page could be authored by, merged by the scorer's key, and "no author"."""
    body, g, title = seen.body, seen.gazetteer, seen.meta.title or ""
    lead = body[:seen.lead_end]
    by_key: dict[str | None, Candidate] = {}

    def add(organisation: str | None, level: str, origin: str) -> Candidate | None:
        key = evaluation.organisation_key(organisation)
        if organisation and not key:
            return None
        cand = by_key.setdefault(key, Candidate(organisation, level))
        cand.origins.add(origin)
        return cand

    add(None, "unknown", "none")
    signature = D._signature(body, seen.lead_end)
    footer = "\n".join(line for line in body.rstrip().split("\n")[-FOOTER_LINES:]
                       if len(line) <= D.SIGNATURE_MAX)
    labelled_lines = {line for line in "\n".join((seen.furniture, body)).split("\n")
                      if D.FEDERATION_LABEL.search(line)}
    mentions = [(zone, text, match, *_mention_place(text, match.start(), body, g, zone == "furniture"))
                for zone, text in (("furniture", seen.furniture), ("body", body))
                for match in D.FEDERATION.finditer(text)]
    named_places = {named for *_, named, _ in mentions if named}
    bare_cache: dict[str, str] = {}
    for zone, text, match, named, bare in mentions:
        if named or bare:
            # a level word alone (区妇联) is the one federation of that level the page names by
            # place (渤海新区妇联), else the unit of that level the page names
            alike = [p for p in named_places if p.endswith(bare or "\0")]
            place = named or (alike[0] if len(alike) == 1 else
                              bare_cache.setdefault(bare, _bare_place(bare, seen)))
            organisation, level = _finish(place, seen)
            if not organisation and bare:  # a level word no unit of the page resolves: 县妇联
                organisation, level = bare + D.FEDERATION_SHORT, D._level(bare) or "unknown"
            if cand := add(organisation, level, "federation"):
                _count(cand, zone, text, match.start(), match.end(), seen, signature, footer,
                       labelled_lines, bool(bare))
    units = {"title_unit": D._acting_unit(body[:seen.title_end], g),
             "lead_unit": D._acting_unit(lead, g),
             "title_tag": D._title_tag(title, g), "visited_host": D._visited_host(title, body),
             "first_place": D._first_place(lead, seen.furniture, g),
             "delegation": D._delegation(lead, g)}
    for origin, unit in units.items():
        if not unit:
            continue
        own = _own(unit)
        if origin == "title_tag":
            own = D._fullest_name(own, body, g)
        level = _unit_level(unit, seen)
        if cand := add(own, level, origin):
            _count_unit(cand, own, seen, signature, footer, labelled_lines)
        if organ := D._acting_organ(own, lead):
            if cand := add(own + organ, level, "organ"):
                _count_unit(cand, own + organ, seen, signature, footer, labelled_lines)
        if D.PLACE_END.search(own):  # its federation, named or not (its mentions: its own)
            add(own + D.FEDERATION_SHORT, level, "unit_federation")
        opening = body[seen.title_end:seen.lead_end]
        if origin != "delegation" and (inst := D._acting_institution(title, opening, own)):
            add(inst, level, "institution")
        if founded := D._founded_federation(lead, own):
            add(founded, level, "founded")
    for label in (D.BYLINE_LABEL, D.FEDERATION_LABEL):  # a byline's, a 来源 line's, a site owner's
        lines = D._labelled_author(body, seen.furniture, label)
        named = D._organisation_place(lines, len(lines), g, national=True, signed=True)[0] if lines else None
        if named and (cand := add(*_finish(named, seen), "labelled")):
            cand.counts["labelled"] += 1
    if supplier := D._supplier(body, seen.furniture, g):
        own = _own(supplier.group(1))
        name = own + supplier.group(0)[len(supplier.group(1)):]
        if cand := add(name, _unit_level(supplier.group(1), seen), "supplier"):
            cand.counts["labelled"] += 1
    for match in D.SOURCE_LINE.finditer("\n".join((seen.furniture, body))):
        name = match.group(1)
        if D.OTHER_BODY.fullmatch(name) or not g.scan(name)[0]:
            continue
        mentions = g.scan(name)[0]
        own = name[mentions[-1].start:] if mentions else name
        if cand := add(own, _unit_level(name[:mentions[-1].end], seen), "source_line"):
            cand.counts["labelled"] += 1
    if signed_by := D.AUTHOR_BODY.search(f"{seen.furniture}\n{lead}"):
        add(signed_by.group(1), "unknown", "author_body")
    committees = [m.group(1) for m in D.COMMITTEE_ACTS.finditer(body, 0, seen.lead_end)]
    if committees:
        add(max(committees, key=len), "unknown", "committee")
    if grassroots := D._grassroots_organ(lead, g):
        add(grassroots[1], "village", "grassroots")
    found = list(by_key.values())
    total = sum(c.counts["mentions"] for c in found)
    for cand in found:
        cand.counts["share"] = cand.counts["mentions"] / total if total else 0.0
    return found


def _count_unit(cand: Candidate, own: str, seen: Seen, signature: str, footer: str,
                labelled_lines: set[str]) -> None:
    """A unit's mentions (its name as written) counted as a federation's are."""
    if cand.counts["mentions"]:
        return
    for zone, text in (("furniture", seen.furniture), ("body", seen.body)):
        for match in re.finditer(re.escape(own), text):
            _count(cand, zone, text, match.start(), match.end(), seen, signature, footer,
                   labelled_lines, False)


def _count(cand: Candidate, zone: str, text: str, start: int, end: int, seen: Seen,
           signature: str, footer: str, labelled_lines: set[str], bare: bool) -> None:
    c = cand.counts
    where, window, line = count_mention(c, zone, text, start, end, seen, bare)
    if zone == "body":
        cand.pos = min(cand.pos, start)
    if where == "lead":
        cand.first = 0.0
    elif where == "body":
        cand.first = min(cand.first, start / max(1, len(text)))
    c["labelled"] += line in labelled_lines
    c["signature"] += bool(signature) and bool(line.strip()) and line.strip() in signature
    c["footer"] += zone == "body" and bool(line.strip()) and line.strip() in footer
    after = text[end:end + 60]
    c["plural"] += bool(D.SUBORDINATES_BEFORE.search(window))
    c["superior"] += bool(D.SUPERIOR_AFTER.match(after))
    c["under"] += bool(D.UNDER_AFTER.match(after) and D.UNDER_BEFORE.search(window))
    c["visitor"] += bool(D.VISITOR_AFTER.match(after))
    c["guest"] += bool(D.GUEST_AFTER.match(after))
    c["chair"] += bool(D.CHAIR_AFTER.match(after))
    c["invited"] += bool(INVITED.search(window) or D.INVITING_BEFORE.search(window))
    c["officer"] += bool(HEAD_OF.match(after))
    c["attend"] += bool(ATTEND_AFTER.match(after))
    c["following"] += bool(D.FOLLOWING_BEFORE.search(text[max(0, start - 30):start]))
    c["instruction"] += bool(D.INSTRUCTION_AFTER.match(after))
    c["sponsor"] += bool(D.SPONSOR_AFTER.match(after))
    c["giver"] += bool(D.GIVER_BEFORE.search(text[max(0, start - 20):start]))
    actor = bool(ACTOR_AFTER.match(after))
    c["actor"] += actor
    name_start = start - len(D.TRAILING_HAN.search(window).group(0))
    subject = bool(CLAUSE_OPEN.search(text[max(0, name_start - 30):name_start]))
    c["subject"] += subject and actor
    c["lead_subject"] += subject and actor and zone == "body" and start < seen.lead_end


# --- features ---------------------------------------------------------------------------------

PAGE = ("class_author", "joint", "collects", "lists_reports", "no_federation_named", "self_named",
        "nothing_in_lead")
FEATURES = (*(f"from_{o}" for o in ORIGINS), "log_mentions", "share", "bare_share", "early",
            *MENTION_KINDS, *FRAMES, "level_rank", "unknown_level", "lowest", "highest",
            "above_site", "at_site", "below_site", "at_scope", "at_self", "named_in_site",
            "in_host", "is_federation", "unnamed", "level_word_only", "fed_acts", "unit_acts",
            "officers_only", "federation_named", "first_in_lead", "first_named", "most_mentioned",
            "top_lead_subject", *(f"page_{p}" for p in PAGE))


def _site_level(seen: Seen) -> str:
    """The lowest level of a unit the site's own names (outlet, owner, dateline) hold."""
    owners = D._site_owners(seen.furniture)
    ranks = [LEVELS.index(unit.level) for m in seen.gazetteer.scan(owners)[0]
             for unit in {seen.gazetteer.current(c) for c in m.codes} if unit.level in LEVELS]
    return LEVELS[max(ranks)] if ranks else "unknown"


def features(found: list[Candidate], seen: Seen) -> np.ndarray:
    g, body, title = seen.gazetteer, seen.body, seen.meta.title or ""
    site = _site_level(seen)
    scope = D._scope_level(body)
    self_word = D._self_level(body)
    owners = D._site_owners(seen.furniture)
    ranks = [LEVELS.index(c.level) for c in found if c.level in LEVELS[:-1]]
    host = (urlsplit(seen.url).hostname or "") if seen.url else ""
    hosted = {g.named_in_host(seen.url, w, body) for w in ("市", "县", "区", "旗")} - {None} \
        if host else set()
    page = {"class_author": D._class_author(body[seen.title_end:seen.lead_end], body, g),
            "joint": D._joint_federations(body[:seen.lead_end]),
            "collects": D._collects_several(title, body, g),
            "lists_reports": D._lists_reports(body),
            "no_federation_named": not D.FEDERATION.search(body),
            "nothing_in_lead": not any(c.counts["lead"] or c.counts["title"] for c in found),
            "self_named": bool(self_word)}
    lead = body[:seen.lead_end]
    federations = {_own(c.organisation[:-2]) + D.FEDERATION_SHORT for c in found
                   if "federation" in c.origins and c.organisation.endswith("妇联")}
    rows = []
    for cand in found:
        c, n = cand.counts, max(1.0, cand.counts["mentions"])
        rank = LEVELS.index(cand.level) if cand.level in LEVELS else 6
        name = cand.organisation or ""
        unit = name[:-2] if name.endswith(("妇联", "妇委会")) else name
        stem = places.stem(_own(unit)) if len(unit) > 2 else ""
        none = cand.organisation is None
        row = {f"from_{o}": float(o in cand.origins) for o in ORIGINS}
        row |= {"log_mentions": math.log1p(c["mentions"]), "share": c["share"],
                "bare_share": c["bare"] / n, "early": 1.0 - cand.first,
                "level_rank": rank / 6, "unknown_level": float(rank == 6 and not none),
                "lowest": float(bool(ranks) and rank == max(ranks)),
                "highest": float(bool(ranks) and rank == min(ranks) and len(set(ranks)) > 1),
                "above_site": float(site != "unknown" and rank < LEVELS.index(site)),
                "at_site": float(site != "unknown" and rank == LEVELS.index(site)),
                "below_site": float(site != "unknown" and rank < 6 and rank > LEVELS.index(site)),
                "at_scope": float(bool(scope) and D._level(scope) == cand.level),
                "at_self": float(bool(self_word) and D._level(self_word) == cand.level),
                "named_in_site": float(bool(stem) and stem in owners),
                "in_host": float(bool(unit) and any(h.endswith(_own(unit)) for h in hosted)),
                "is_federation": float(bool(D.FEDERATION.search(name)))}
        for kind in MENTION_KINDS:
            row[kind] = math.log1p(c[kind])
        for frame in FRAMES:
            row[frame] = c[frame] / n
        for p in PAGE:
            row[f"page_{p}"] = float(none and page[p])
        own = _own(unit) if unit else ""
        row["unnamed"] = float(not none and not c["mentions"])
        row["level_word_only"] = float(unit in D.PLACE_SUFFIX.split("|"))
        row["fed_acts"] = float(bool(own) and D._federation_acts(own, lead))
        row["unit_acts"] = float(bool(own) and (D._opens_as_actor(own, lead, scene=True, parents=True)
                                               or bool(D._acting_organ(own, lead))))
        row["officers_only"] = float(bool(own) and D._only_through_officers(own, body))
        row["federation_named"] = float(bool(own) and own + D.FEDERATION_SHORT in federations)
        row["first_in_lead"] = float(not none and cand.pos < seen.lead_end and cand.pos == min(
            o.pos for o in found if o.organisation))
        row["first_named"] = float(not none and cand.first == min(c.first for c in found))
        row["most_mentioned"] = float(not none and c["mentions"] == max(
            o.counts["mentions"] for o in found))
        row["top_lead_subject"] = float(c["lead_subject"] > 0 and c["lead_subject"] == max(
            o.counts["lead_subject"] for o in found))
        rows.append([row[f] for f in FEATURES])
    return np.array(rows, dtype=float)


# --- data, scoring, cross-validation ----------------------------------------------------------

@dataclass
class Report:
    id: str
    gold: dict
    cascade: dict
    found: list[Candidate]
    x: np.ndarray


def rules_metadata(meta) -> dict:
    """The rules' report metadata as the scorer compares it."""
    return {"organisation": evaluation.organisation_key(meta.organisation),
            "admin_level": evaluation._level(meta.admin_level),
            **{k: evaluation.normalise(getattr(meta, k)) for k in ("province", "city", "county")}}


def read_dev(manifest: Path, gold_dir: Path, texts: Path):
    """Each dev report read as the pipeline reads it: (row, the rules' metadata, gold, the
    candidates the watch saw, the watch). Use the watch before taking the next report."""
    seen = _watch()
    gazetteer = places.default_gazetteer()
    for row in sorted((r for r in read_manifest(manifest) if r.get("split") == "dev"), key=lambda r: r["id"]):
        document = read.read_document(texts / f"{row['id']}.txt", row["id"], read.MAX_BYTES)
        cleaned = clean.clean_text(document.text)
        segmented = segment.segment(cleaned.text)
        meta = describe.describe(document.text, cleaned, segmented, gazetteer, Listing(url=row["url"]))
        gold = evaluation.gold_items(evaluation.check_gold(gold_dir / f"{row['id']}.json"))
        yield row, meta, gold, candidates(seen), seen


def load(manifest: Path, gold_dir: Path, texts: Path) -> list[Report]:
    return [Report(row["id"], gold, rules_metadata(meta), found, features(found, seen))
            for row, meta, gold, found, seen in read_dev(manifest, gold_dir, texts)]


def _probe_pages() -> list[tuple[str, str | None, str | None, str]]:
    """(page, url, organisation, level) of the stop-24 probes (tests/test_author_probes.py, the
    title as the first line) and the round-23 organisation probes
    (tests/test_organisation_probes.py): pages written for tests, their known limits included
    with the answer the conventions give."""
    sys.path.insert(0, str(Path(__file__).parents[1]))
    from tests.test_author_probes import PROBES
    from tests.test_organisation_probes import PROBES as ROUND23

    pages = []
    for probe in PROBES:
        title, body, url, organisation, level, _ = getattr(probe, "values", probe)
        pages.append((f"{title}\n{body}\n", url, organisation, level))
    for probe in ROUND23:
        text, organisation, level = getattr(probe, "values", probe)
        pages.append((text, None, organisation, level or "unknown"))
    return pages


def read_probes():
    """The probe pages read as the pipeline reads a text: (index, the rules' metadata, gold, the
    candidates the watch saw, the watch), as ``read_dev`` gives a dev report."""
    seen = _watch()
    gazetteer = places.default_gazetteer()
    for k, (raw, url, organisation, level) in enumerate(_probe_pages()):
        cleaned = clean.clean_text(raw)
        segmented = segment.segment(cleaned.text)
        meta = describe.describe(raw, cleaned, segmented, gazetteer, Listing(url=url))
        gold = {"organisation": evaluation.organisation_key(organisation),
                "admin_level": evaluation._level(level), "province": None, "city": None, "county": None}
        yield k, meta, gold, candidates(seen), seen


def probe_reports() -> list[Report]:
    """The probe pages as reports."""
    return [Report(f"probe{k}", gold, rules_metadata(meta), found, features(found, seen))
            for k, meta, gold, found, seen in read_probes()]


def _gold_org(report: Report) -> str | None:
    return evaluation.named_body(report.gold)


def _right(report: Report, cand: Candidate) -> bool:
    gold, key = _gold_org(report), evaluation.organisation_key(cand.organisation)
    return gold is None and key is None or evaluation._agrees("organisation", gold, key)


def _labels(report: Report) -> list[int]:
    return [int(_right(report, c)) for c in report.found]


def score(pairs: list[tuple[Report, tuple[str | None, str | None]]]) -> dict[str, str]:
    """tp/fp/fn and accuracy of organisation and admin_level as the scorer counts them."""
    out = {}
    for k, name in enumerate(("organisation", "admin_level")):
        tp = fp = fn = counted = 0
        for report, predicted in pairs:
            gold = _gold_org(report) if k == 0 else report.gold["admin_level"]
            s = evaluation._score_single(name, gold, predicted[k])
            tp, fp, fn = tp + s["tp"], fp + s["fp"], fn + s["fn"]
            counted += gold is not None or predicted[k] is not None
        out[name] = f"{tp}/{fp}/{fn} acc {tp / max(1, counted):.3f}"
    return out


def _pick(report: Report, cand: Candidate) -> tuple[str | None, str | None]:
    return evaluation.organisation_key(cand.organisation), evaluation._level(cand.level)


def _cascade(report: Report) -> tuple[str | None, str | None]:
    return evaluation.named_body(report.cascade), report.cascade["admin_level"]


def train(reports: list[Report], c: float, pairwise: bool = True):
    """A scorer of candidate rows. Pairwise (the default): a logistic regression on the
    differences between each report's right candidate and each of its wrong ones (a choice
    within one page is relative), its linear score ranking; else pointwise on every row."""
    scaler = StandardScaler().fit(np.vstack([r.x for r in reports]))
    if not pairwise:
        x = scaler.transform(np.vstack([r.x for r in reports]))
        y = np.concatenate([_labels(r) for r in reports])
        model = LogisticRegression(C=c, max_iter=5000, random_state=SEED).fit(x, y) if c else \
            HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.1,
                                           min_samples_leaf=8, random_state=SEED).fit(x, y)
        if not c:
            return lambda rows: model.predict_proba(scaler.transform(rows))[:, 1], model
        return lambda rows: model.decision_function(scaler.transform(rows)), model
    diffs = []
    for r in reports:
        labels, x = _labels(r), scaler.transform(r.x)
        for i in (i for i, y in enumerate(labels) if y):
            diffs += [x[i] - x[j] for j, y in enumerate(labels) if not y]
    diffs = np.array(diffs)
    x = np.vstack([diffs, -diffs])
    y = np.concatenate([np.ones(len(diffs)), np.zeros(len(diffs))])
    model = LogisticRegression(C=c, max_iter=5000, fit_intercept=False, random_state=SEED).fit(x, y)
    return lambda rows: scaler.transform(rows) @ model.coef_[0], model


def cross_validate(reports: list[Report], c: float, pairwise: bool = True,
                   extra: list[Report] = ()) -> list[int]:
    """The out-of-fold choice of each report (an index into its candidates)."""
    groups = np.arange(len(reports))
    order = np.random.default_rng(SEED).permutation(len(reports))
    choices = [0] * len(reports)
    for train_at, test_at in GroupKFold(n_splits=FOLDS).split(order, groups=groups[order]):
        rank, _ = train([reports[order[i]] for i in train_at] + list(extra), c, pairwise)
        for i in test_at:
            report = reports[order[i]]
            choices[order[i]] = int(np.argmax(rank(report.x)))
    return choices


def install(rank) -> None:
    """Let ``describe.describe`` keep the candidate ``rank`` scores highest (organisation and
    admin_level only), in this process only."""
    original, seen = describe.describe, _watch()

    def chosen(raw, cleaned, segmented, gazetteer=None, listing=None, **kwargs):
        meta = original(raw, cleaned, segmented, gazetteer or places.default_gazetteer(), listing, **kwargs)
        found = candidates(seen)
        best = found[int(np.argmax(rank(features(found, seen))))]
        meta.organisation, meta.admin_level = best.organisation, best.level
        return meta

    describe.describe = chosen


def totals(manifest: Path, gold_dir: Path, texts: Path, split: str) -> str:
    """Organisation and admin_level totals of another set, scored by the corpus's evaluation:
    totals only, nothing per report."""
    result = devcorpus.evaluate_split(split, read_manifest(manifest), texts, gold_dir, urls=True)
    lines = totals_markdown(result).split("\n")
    fields = ("| organisation", "| admin_level")
    return "\n".join(lines[:2] + [line for line in lines if line.startswith(fields)])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--manifest", type=Path, default=devcorpus.MANIFEST)
    parser.add_argument("--gold", type=Path, default=devcorpus.GOLD)
    parser.add_argument("--show", action="store_true", help="each report's candidates")
    parser.add_argument("--totals-manifest", type=Path)
    parser.add_argument("--totals-gold", type=Path)
    parser.add_argument("--totals-texts", type=Path)
    parser.add_argument("--totals-split", default="dev", choices=devcorpus.SPLITS)
    parser.add_argument("-C", type=float, default=0.1, help="the model of --show and --totals-*")
    parser.add_argument("--pointwise", dest="pairwise", action="store_false",
                        help="the pointwise model for --totals-* (default: pairwise)")
    args = parser.parse_args(argv)
    return exit_code_of("tools/author_cv.py", lambda: run(args))


def run(args) -> int:
    reports = load(args.manifest, args.gold, texts_dir())
    probes = probe_reports()
    if args.totals_manifest:
        where = (args.totals_manifest, args.totals_gold, args.totals_texts, args.totals_split)
        print("cascade:\n" + totals(*where))
        install(train(reports + probes, args.C, pairwise=args.pairwise)[0])
        print(f"learned ({'pairwise' if args.pairwise else 'pointwise'} C={args.C}, dev and probes):\n"
              + totals(*where))
        return 0
    n = sum(len(r.found) for r in reports)
    print(f"{len(reports)} reports, {n} candidates ({n / len(reports):.1f} a report); candidate recall "
          f"{sum(any(_labels(r)) for r in reports)}/{len(reports)}; probes {len(probes)}, candidate "
          f"recall {sum(any(_labels(p)) for p in probes)}")
    print("cascade (in-sample):", score([(r, _cascade(r)) for r in reports]),
          f"probes right {sum(_right(p, Candidate(p.cascade['organisation'], '')) for p in probes)}")
    for extra in ((), probes):
        for pairwise in (False, True):
            for c in (0.03, 0.1, 0.3, 1.0, *(() if pairwise else (0,))):
                choices = cross_validate(reports, c, pairwise, extra)
                rank, _ = train(reports, c, pairwise)
                on_probes = sum(_labels(p)[int(np.argmax(rank(p.x)))] for p in probes)
                kind = f"logistic C={c}" if c else "boosting"
                model = f"{'pairwise' if pairwise else 'pointwise'} {kind}"
                print(f"learned {model}{' +probes' if extra else ''} ({FOLDS}-fold, out of fold):",
                      score([(r, _pick(r, r.found[k])) for r, k in zip(reports, choices, strict=True)]),
                      "" if extra else f"probes right (trained on all dev): {on_probes}")
    none = Candidate(None, "unknown")
    print("oracle (a right candidate wherever there is one):",
          score([(r, _pick(r, r.found[_labels(r).index(1)] if any(_labels(r)) else none)) for r in reports]))
    if args.show:
        choices = cross_validate(reports, args.C, args.pairwise, probes)
        for r, k in zip(reports, choices, strict=True):
            mark = "ok" if _labels(r)[k] else "XX"
            print(mark, r.id, "gold", _gold_org(r), r.gold["admin_level"], "| cascade", _cascade(r))
            for j, (cand, y) in enumerate(zip(r.found, _labels(r), strict=True)):
                shown = {f: round(float(v), 2) for f, v in zip(FEATURES, r.x[j], strict=True)
                         if v and not f.startswith("from_")}
                print("   ", ">" if j == k else " ", y, cand.organisation, cand.level,
                      sorted(cand.origins), shown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
