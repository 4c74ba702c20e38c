"""Relations found in one sentence: campaign↔agency, campaign↔outcome, agency↔outcome.

A work report ties a programme to its partners and results inside one sentence (联合人社等
部门举办“春风行动”…为2000余名女性求职者牵线搭桥); across sentences the link is the reader's
inference, so only links within the sentence are recorded, each row naming its evidence
sentence in the table. A pair is emitted only where the sentence's grammar ties both ends:

- **Partners.** An agency is a partner only in a partner position: after a word of
  co-operation (联合, 会同, 由…, 与…; its kind or a quote mark may stand between: 联合本土家政企业
  “X公司”, 携手公益组织X协会), before one (…共同主办, …承办的, …的大力支持下, 以X为主体), or as the
  subject that opens its clause (区某中学率先成立…). Framing bodies (围绕县委中心工作, 在…的
  领导下) and agencies merely mentioned (走进某公司, 利用社区学校) are no partners. A clause that
  is a frame of circumstance (在…下, 在…中) holds a partner only where its head word is one of
  support (在X的大力支持下; not 在X的指导下, 在X的牵头组织和协调下), and its names reach only
  the clause it modifies (stacked frames: the first clause that is no frame). Names joined
  by 、/和/与/及 form one list and share its position; a 、 before a verb parts items of work
  as a comma does (开展“A”、联合B开展“C”: B co-runs C alone). A partner goes with the campaigns of its
  own clause, else with those of the nearest clause that names one (before it, across at
  most one clause: a partner told far after the work joins a step its own clause tells) and
  those the later clauses run (按照区委部署,开展“A”,深入推进“B”: both). A body whose member
  opens the clause (县医院的专家为妇女义诊) takes part through that member, and so does each
  body of a list of people by body, post and name that opens it (A医院主任甲、B医院医师乙为村民
  义诊: ``_sends_a_listed_member``). A list may open with
  the reporting federation itself (由县妇联、县团委主办; 联合社区妇联、社区团委…), which the
  agency finder leaves out. A body whose name holds a campaign's (县“双学双比”活动协调小组)
  runs it wherever it stands. No partner runs an honour its clause says was received (联合区
  文明办对荣获“A”和“B”的先进事迹进行宣传: the partner goes with the work named before).
  A partner co-produces the results of the campaigns it co-runs, whichever clause tells them
  (争取A支持,新建“B”12个,配备图书6000册: one row with all three ends, A's too). Once they are
  told, a clause whose subject is the reporting federation itself ends them (A、B协作,提供贷款
  9000万元,2013年该县妇联又为1300名妇女…: the federation's own work, ``_federation_acts``; not
  通过与A合作,县妇联培训妇女800人次, the joint work itself).
- **Outcomes.** Clauses decide which count belongs to which name. A list sentence pairs each
  count with the name in its own clause (评选最美家庭22户,“五好新女性”25名); where a clause
  holds several counts, a count written against a name (最美家庭22户, 10户好婆婆, a sum
  as the value of its items: 价值54万元的“A”) is that
  name's, and another goes to the nearest name's list among the names holding none
  (培养40名“A”女能手和20名致富带头人: the 20 are not A's; but the people its counted members
  serve are: 组织100余名“A”对125名儿童…帮扶, ``_serves``; a count followed by a joining
  word closes its own item: A示范点12家及B加工点15处), with all names of
  the clause where it holds one (“好婆婆”“好媳妇”等97人); a count of collectives or of
  individuals goes only to the honours of its kind of holder (24个集体和34名个人被评为“A集体”
  “B手”: ``_holder_fits``). After 分别 ("respectively") names and
  counts, or partners and campaigns, of equally long lists go together one by one in order
  (人社局、农业局分别举办“A”和“B”,分别培训120人和80人; also where the partner list closes its
  clause and the next opens with 分别: 联合A、B,分别举办“X”和“Y”). A narrative sentence names its
  programme in one clause and its results in the others (…实施“邑润花开”项目,资助儿童
  500余人次,募集助学金16万余元): a name in a clause without counts takes the counts of the
  clauses around it (so does one whose clause counts only who takes part, before the verb
  that runs it: 1515个村开展“A”活动,植树344万棵; not a count qualifying it: 346名老“A”; one
  whose clause holds its results goes on only through clauses that sum them up or repeat its
  verb: 开展“A”培训绣娘500人次,培训锦绣女1300人次, that tell whom it served or what it handed
  out, answered or found: 开展“A”活动20场,服务群众3000人次, or, where it is its clause's subject
  or counted as a set of units of its own, open with a predicate, the subject dropped:
  全镇“A”共举行培训330场,服务妇女3万人; 建成“A”120个,共开展活动360场; and a partner's
  money the next clause
  spends: 争取A资金30万元,组织50名妇女参加培训), up
  to a semicolon (A;B are parallel items of work; but a name that opens the sentence as its only
  named work, with no counts in its clause and results after it in its item, heads all the
  items: 深入实施“A”,宣讲3200场;举办培训3243期,…;发展电商1866个), a clause that
  opens a new topic (目前, 此外; a year's total, 全年…, only where more than one clause stands
  between it and the last clause naming work: right after the work it measures it, 实施“A”,
  全年资助女童85名) or one that runs, joins or receives other named work
  (…举办“A”大赛,评出20名,并推荐5名参加“B”大赛: the 5 are B's; names listed as the parts of
  the first work, 表彰了“B”“C”等30人, go on with it) or writes its count against another name
  (…培训学员200人,新增15个“B”: the 15 are B's alone; but an item without a verb of its own
  goes on with the clause before: 培育基地24个,省级“B”24名: both's); results written before
  a campaign are taken only where none follow it (…发放“母亲邮包”1800个,开展“春风行动”,3551名女性达成就业
  意向: the results told after a name are its own, those before belong to the work told
  earlier), only across at most one clause without counts (a longer run is a purpose, a
  comment or a list of who took part, not the programme's reach), and that only for a name
  that is its clause's subject (培训妇女120人,提升了技能,“A”品牌由此打响; work a verb runs takes
  the clause right before it alone: 培育…5家组织,策划…项目,推动“A”落地), across no clause that
  runs unnamed work of its own (…组织5家,策划实施了…项目,推动“A”: the 5 are the first item's) and not
  from a clause that opens with an anaphor (本次活动吸引300人: the counts of the work the anaphor points
  to) or that runs other named work (开展“B”活动6期,…,举办“A”: the 6 are B's) or follows a
  clause naming other work (开展“B”,为35名孩子提供辅导,开展“A”: B's, where B itself takes them), and not
  by a partner (its part begins where it is named: 全省14个基地…,由农业部门监督管理; it shares them
  only through the campaign it co-runs), and not
  from clauses that take the names listed first one by one (宣读A、B表彰决定,
  授予…A称号,授予…B称号); a clause without names that reports the reach of the work just
  named (…活动40场,覆盖22个居民区; …活动46场,受众达2万人; what each unit counted got: …20户,每户
  奖励500元) gives it its count. An honour a
  clause receives (某村获评“A”) is a result and takes no counts from other clauses; nor does a
  name that is part of a post (各级“A”负责人: it says who people are).
- **Not outcomes.** Counts of the partners themselves (联合司法局等五个单位), of the listed
  programmes themselves (“A”“B”“C”三项行动), the size of an officials' visit (领导一行8人; a
  party an official leads to look and learn: 主席率…共30余人到我县观摩) or audience (…主席、
  …书记共150人参加了此次活动), officials counted as the subject who act
  (40余名村妇联主席结合工作实际…; not 200名妇联干部参加培训), the speakers at a meeting (3位代表作了交流
  发言, 3位“A”代表作典型发言: never the result of the honour they hold, stop 29), and names inside run-in
  headings (【…】) or document titles (《…》), which are not actors of the sentence.

The cue words are data (``lexicon/relation_cues.tsv``). No library does this clause pairing
for Chinese report prose; it is hand-written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from . import lexicon
from .tokenize import default_tokenizer

# Clause breaks outside quotes and brackets; 、 joins the items of one list (A、B等18人). A
# sentence end left inside a segment (a quote the page never closed kept the segmenter from
# cutting) breaks too, and opens a new topic: a relation stays inside its sentence.
CLAUSE_BREAK = re.compile(r"[,;:。!?]")
OPENERS = {"“": "”", "《": "》", "‘": "’", "(": ")"}
CLAUSE_MARKS = re.compile("[,;:。!?“”《》‘’()]")
# Run-in headings and document titles: the names inside them act in no clause.
ASIDES = re.compile(r"【[^【】]*】|《[^《》]*》")
# What may stand between two names of one list: a joining word, quote marks, spaces.
LIST_GAP = re.compile(r"[“”‘’\"\s]*(?:、|和|与|及|以及|或)?[“”‘’\"\s]*")
# A joining word right after a count: the count closes its list item (A12家及B15处).
ITEM_JOIN = re.compile(r"[“”‘’\"\s]*(?:、|和|与|及|以及)")
# What may stand between a list and the count of its items (“A”“B”等两项).
ENUMERATION_GAP = re.compile(r"[“”‘’\"\s]*等?")
# What may stand between a count and the name it counts written after it (40名“A”女能手).
QUOTES = re.compile(r"[“”‘’\"\s]*")
# What may open a list item before its name when the item repeats no verb: a level (省级“B”24名,
# 全国“B”3个), never a verb (新增“B”15个).
ITEM_QUALIFIER = re.compile(r"(?:[^\d,;:。“”‘’\s]{1,2}级|全[国省市县区镇])?[“”‘’\"\s]*")
# What may stand between a sum of money and the things it is the value of (价值54万元的“A”).
VALUE_OF = re.compile(r"的?[“”‘’\"\s]*")
# A list closed by 等 gives examples of a kind of work (开展“A”“B”等活动): parts of the work
# named before it, not other work.
EXAMPLES = re.compile(r"[“”‘’\"\s]*等")
# Numbering, dates and spaces that may open a clause before its subject (1、…, (二)…,
# 3月5日…).
CLAUSE_OPENING = re.compile(r"[\s\d〇一二三四五六七八九十、.．()年月日号]*")
# Characters of a qualifier allowed between a listed name's 等 and the co-operation word
# (司法局等相关部门共同主办).
PARTNER_TAIL = 6
# Characters of the people a visiting party's count names before where it goes (30余名学员赴…).
PARTY_NOUN = 6
# Characters of a partner's kind told between the co-operation word and its name (本土优质家政企业).
PARTNER_KIND_CHARS = 8
# Characters of the place before the reporting federation's own name (上海市静安区妇联).
FEDERATION_SCOPE = 8
# Characters of title between a body's 的 and the member it sends (县医院的妇产科主任医师).
MEMBER_TITLE = 12
# Characters of a person's name after the post in a list of people (主任医师王晓双、).
PERSON_NAME = 4
# Clauses without counts that may stand between a narrative name and the results written
# before it (…募集助学金16万余元,“X”项目被推选为…); a longer run (purposes, comments, an
# enumeration of who took part) ends them. Results after the name run on through the topic.
BACKWARD_GAP = 1
# Clauses that may stand between a partner and an earlier clause naming the work it co-runs
# (开展“A”,邀请B参与: B's); a partner told further on joins a step its own clause tells, not
# the work named far before it (…“A”…,…,…,县妇联与县文明办联合行文: no partner of A), unless
# the work frames the whole sentence (在“A”创建中,…).
PARTNER_BACKWARD = 1
# jieba tags of a word that opens a predicate: a verb, a nominal verb (服务妇女, 培训妇女), an idiom
# (积极参与) or a preposition before its verb (为1000名妇女提供…); an adverb (共, 已) may stand
# before it.
PREDICATE_TAGS = frozenset({"v", "vd", "vi", "vn", "i", "p"})
ADVERB_TAGS = frozenset({"d", "ad"})
# An existential verb introduces a new subject (…进行评估,有23项指标达标): no predicate of the
# subject before.
EXISTENTIAL = frozenset({"有", "共有"})


@dataclass(frozen=True)
class Relation:
    source_type: str
    source: str
    target_type: str
    target: str


def relate(sentence: str, entities, quantities) -> list[Relation]:
    """All links among the sentence's campaigns, agencies and quantities, without repeats.

    Examples
    --------
    >>> from womenfed.entities import extract_entities
    >>> from womenfed.quantities import extract_quantities
    >>> s = "联合人社等部门举办“春风行动”,为2000余名求职者牵线搭桥"
    >>> [(r.source, r.target) for r in relate(s, extract_entities(s), extract_quantities(s))]
    [('春风行动', '人力资源和社会保障局'), ('春风行动', '2000余名'), ('人力资源和社会保障局', '2000余名')]
    """
    if not entities or not quantities and not {"campaign", "agency"} <= {e.type for e in entities}:
        return []  # checked before the asides are looked for: most sentences end here
    asides = [m.span() for m in ASIDES.finditer(sentence)]
    names = [e for e in entities
             if not any(start <= e.start and e.end <= end for start, end in asides)]
    if not names or not quantities and not {"campaign", "agency"} <= {e.type for e in names}:
        return []  # with no count, only a campaign and an agency make a link
    clauses = _Clauses(sentence, names)
    lists = _name_lists(sentence, names)
    campaigns = [e for e in names if e.type == "campaign"]
    agencies = [e for e in names if e.type == "agency"
                and _is_partner(sentence, lists[e.start], clauses)]
    speakers = [q for q in quantities if _speakers(q, clauses)]
    counts = [q for q in quantities if not _counts_no_outcome(sentence, q, agencies, clauses)
              and not _counts_its_list(sentence, q, names, lists) and q not in speakers]
    run_by = _respective_campaigns(agencies, campaigns, lists, clauses)
    run = [c for c in campaigns if not _received(lists[c.start], clauses)]
    links = [("campaign", campaign.canonical, "agency", agency.canonical)
             for agency in agencies
             for campaign in run_by.get(agency.start) or _campaigns_of(agency, run, clauses)]
    links += [("campaign", campaign.canonical, "agency", body.canonical)
              for body, campaign in _bodies_named_after(names, campaigns)]
    for kind, group in (("campaign", campaigns), ("agency", agencies)):
        owners = _respective_owners(group, counts, clauses)
        pairs = [(name, quantity) for name, quantity
                 in _outcome_pairs(group, counts, lists, clauses, campaigns + agencies)
                 if quantity.start not in owners
                 or owners[quantity.start].canonical == name.canonical]
        pairs += [(owners[q.start], q) for q in counts if q.start in owners]
        pairs = [(name, q) for name, q in pairs if _holder_fits(sentence, name, q)]
        links += [(kind, name.canonical, "outcome", quantity.text) for name, quantity in pairs]
    links += _partners_share(links)
    return [Relation(*link) for link in dict.fromkeys(links)]


def _holder_fits(sentence: str, name, quantity) -> bool:
    """Whether a count of holders fits the honour's kind of holder: a count of collectives
    (24个集体) goes to the honours of collectives (…集体, …岗), one of individuals (34名个人) to
    those of individuals (…手, …个人, …标兵), as the stop-20 convention reads a list of honours
    sharing both counts; a name or count of no stated kind, or an honour written for both
    (…集体(手), …先进集体(个人)), fits any."""
    holders = _cue_patterns()
    counted = holders["holder_count"].match(sentence, quantity.end)
    honour = holders["holder_name"].search(name.name)
    return not (counted and honour) or bool(counted.group("collective")) == bool(
        honour.group("collective"))


def _partners_share(links: list[tuple]) -> list[tuple]:
    """A partner that co-runs a campaign co-produces its results: the count is the partner's
    too (one row with all three ends), whichever clauses told them."""
    partners: dict[str, list[str]] = {}
    for _, campaign, target_kind, agency in links:
        if target_kind == "agency":
            partners.setdefault(campaign, []).append(agency)
    return [("agency", agency, "outcome", count)
            for kind, campaign, target_kind, count in links
            if kind == "campaign" and target_kind == "outcome"
            for agency in partners.get(campaign, ())]


class _Clauses:
    """The clauses of a sentence: breaks outside quotes and brackets (see ``CLAUSE_BREAK``); a
    quote or bracket never closed (scraped pages lose marks) hides no break."""

    def __init__(self, sentence: str, names=()):
        self.sentence = sentence
        self.name_starts = {name.start for name in names}
        self.breaks = []
        closers = []
        for mark in CLAUSE_MARKS.finditer(sentence):
            ch = mark.group()
            if closers and ch == closers[-1]:
                closers.pop()
            elif ch in OPENERS and _closed(sentence, ch, mark.end()):
                closers.append(OPENERS[ch])
            elif not closers and CLAUSE_BREAK.match(ch):
                self.breaks.append(mark.start() + 1)
        # An item of a list of work with a verb of its own (开展“A”、举办“B”、联合C开展“D”) is a
        # clause of its own: a 、 before a verb of running or co-operation parts the items as a
        # comma does (C co-runs D alone); a 、 between names (A、B) joins one list.
        self.breaks = sorted({*self.breaks, *(
            item.start() + 1 for item in _cue_patterns()["item_break"].finditer(sentence)
            if not _inside_quotes(sentence, item.start()))})

        # A clause opens a new stretch of topic after a semicolon (A;B are parallel items of
        # work) or with a topic-shift word (目前, 此外), or with a year's total (全年) far from
        # the last clause naming work; clauses of one stretch share an id.
        topic_shift, yearly_total = _cue_patterns()["topic_shift"], _cue_patterns()["yearly_total"]
        named = {self.of(name.start) for name in names}
        # ``shift`` counts the stretches the topic-shift words alone open: a name heading the
        # whole sentence reaches across its semicolons (see ``_outcome_pairs``).
        self.topic, self.shift = [0], [0]
        for clause in range(1, self.count):
            shifts = sentence[self.breaks[clause - 1] - 1] in "。!?" or \
                bool(topic_shift.match(self.text(clause))) or \
                bool(yearly_total.match(self.text(clause))) and not named & {clause - 1, clause - 2}
            opens = shifts or sentence[self.breaks[clause - 1] - 1] == ";"
            self.topic.append(self.topic[-1] + opens)
            self.shift.append(self.shift[-1] + shifts)
        # A clause that is a frame of circumstance (在X的支持下,…) modifies the first clause
        # after it that is no frame (frames stack: 在A的支持下,在B的协助下,…): the names in a
        # frame take part in that clause's work only. A frame that names a campaign (在“A”创建中)
        # names the work the whole sentence tells, and limits no reach.
        frame = _cue_patterns()["circumstance"]
        works = {self.of(name.start) for name in names if name.type == "campaign"}
        framing = [bool(frame.search(self.text(clause))) for clause in range(self.count)]
        self.frame = [framed and clause not in works for clause, framed in enumerate(framing)]
        self.frames_work = [framed and clause in works for clause, framed in enumerate(framing)]

    def reach(self, clause: int) -> int:
        """The last clause the names of a clause may reach forward (see ``frame``)."""
        if not self.frame[clause]:
            return self.count - 1
        while clause + 1 < self.count and self.frame[clause + 1]:
            clause += 1
        return min(clause + 1, self.count - 1)

    def same_topic(self, a: int, b: int) -> bool:
        return self.topic[a] == self.topic[b]

    @property
    def count(self) -> int:
        return len(self.breaks) + 1

    def of(self, position: int) -> int:
        return bisect_right(self.breaks, position)

    def start(self, clause: int) -> int:
        return self.breaks[clause - 1] if clause else 0

    def end(self, clause: int) -> int:
        return self.breaks[clause] - 1 if clause < len(self.breaks) else len(self.sentence)

    def text(self, clause: int) -> str:
        return self.sentence[self.start(clause):self.end(clause)]


def _inside_quotes(sentence: str, position: int) -> bool:
    """Whether a position stands inside a quote or title opened before it and closed after."""
    return any(sentence.count(opener, 0, position) > sentence.count(OPENERS[opener], 0, position)
               for opener in ("“", "《"))


def _closed(sentence: str, opener: str, start: int) -> bool:
    """Whether a quote or bracket opened before ``start`` closes before the next one of its
    kind opens (“A。B“C”: the first is never closed; “A。”: a quoted sentence)."""
    following = sentence.find(opener, start)
    return sentence.find(OPENERS[opener], start,
                         following if following >= 0 else len(sentence)) >= 0


@cache
def _cue(kind: str) -> str:
    """The alternatives of one cue kind from ``relation_cues.tsv``."""
    return "|".join(pattern for row_kind, pattern in lexicon.rows("relation_cues.tsv")
                    if row_kind == kind)


@cache
def _cue_patterns() -> dict[str, re.Pattern]:
    return {
        "partner_before": re.compile(
            f"(?:{_cue('partner_before')})(?:[^,;:。、“”\\d]{{0,{PARTNER_KIND_CHARS}}}?"
            f"(?:{_cue('partner_kind')}))?[“‘\"\\s]*$"),
        "partner_after": re.compile(
            f"(?:(?:{_cue('partner_count')})[^,;:。]{{0,{PARTNER_TAIL}}}?)?的?"
            f"(?:{_cue('partner_after_adverb')})?(?:{_cue('partner_after')})"),
        "framing_before": re.compile(f"(?:{_cue('framing_before')})$"),
        "framing_after": re.compile(f"的?[^,;:。的]{{0,2}}(?:{_cue('framing_after')})"),
        "circumstance_open": re.compile(f"(?:{_cue('circumstance_open')})$"),
        "circumstance_close": re.compile(f"[^,;:。]*(?:{_cue('circumstance_close')})\\s*"),
        "circumstance": re.compile(
            f"(?:{_cue('circumstance_open')})[^,;:。]*(?:{_cue('circumstance_close')})\\s*$"),
        "circumstance_partner": re.compile(_cue("circumstance_partner")),
        "continuation": re.compile(f"\\s*(?:{_cue('continuation')})"),
        "reach_adverb": re.compile(f"\\s*(?:{_cue('reach_adverb')})?"),
        "reach": re.compile(_cue("reach")),
        "officials_counted": re.compile(
            f"[^,;:。\\d“”]{{0,{MEMBER_TITLE}}}?(?:{_cue('officials')})"),
        "topic_shift": re.compile(f"\\s*(?:{_cue('topic_shift')})"),
        "served_object": re.compile(f"(?:{_cue('served_object')})\\s*$"),
        "yearly_total": re.compile(f"\\s*(?:{_cue('yearly_total')})"),
        "respectively": re.compile(_cue("respectively")),
        "anaphor": re.compile(f"[\\s\\d、.．()]*(?:{_cue('anaphor')})"),
        "respectively_after": re.compile(
            f"[^,;:。]{{0,{PARTNER_TAIL}}}?(?:,\\s*)?(?:{_cue('respectively')})"),
        "officials": re.compile(_cue("officials")),
        "member": re.compile(f"的[^,;:。]{{0,{MEMBER_TITLE}}}?(?:{_cue('member')})"),
        "titled_person": re.compile(
            f"[^,;:。、“”]{{0,{MEMBER_TITLE}}}?(?:{_cue('member')}|{_cue('officials')})"),
        "members_listed": re.compile(
            f"(?:[^,;:。、“”]{{1,{2 * MEMBER_TITLE}}}?(?:{_cue('member')}|{_cue('officials')})"
            f"[^,;:。、“”\\d]{{0,{PERSON_NAME}}}、)+"),
        "attendance": re.compile(f"\\s*(?:{_cue('attendance')})"),
        "delegation": re.compile(f"(?:{_cue('delegation')})$"),
        "leads": re.compile(_cue("leads")),
        "visit": re.compile(f"[^,;:。\\d“”]{{0,{PARTY_NOUN}}}?(?:{_cue('visit')})"),
        "speaking": re.compile(_cue("speaking")),
        "runs": re.compile(_cue("runs")),
        "item_break": re.compile(f"、\\s*(?:{_cue('runs')}|{_cue('joins_work')})"),
        "received": re.compile(f"(?:{_cue('received')})(?:(?!{_cue('runs')})[^,;:。])*$"),
        "partner_count": re.compile(f"(?:{_cue('partner_count')})$"),
        "holder_count": re.compile(f"(?P<collective>{_cue('collective_holder')})|"
                                   f"{_cue('individual_holder')}"),
        "holder_name": re.compile(f"(?:(?P<collective>{_cue('collective_holder')})|"
                                  f"{_cue('individual_holder')})$"),
        "federation_acts": re.compile(
            f"[^,;:、和与及同\\d“”]{{0,{FEDERATION_SCOPE}}}?(?:{_cue('reporting_body')})(?![、和与及同])"),
        "reporting_body": re.compile(
            f"(?:[^,;:、和与及同]{{0,{FEDERATION_SCOPE}}}(?:{_cue('reporting_body')})[、和与及同])+$"),
    }


def _name_lists(sentence: str, names) -> dict[int, tuple]:
    """Each name's list: the run of names with only a joining word between neighbours."""
    ordered = sorted(names, key=lambda e: e.start)
    runs = [[ordered[0]]]
    for previous, name in pairwise(ordered):
        if LIST_GAP.fullmatch(sentence[previous.end:name.start]):
            runs[-1].append(name)
        else:
            runs.append([name])
    return {name.start: tuple(run) for run in runs for name in run}


def _bodies_named_after(names, campaigns) -> list[tuple]:
    """A body whose name holds a campaign's runs it, wherever it stands (县“双学双比”活动协调
    小组, “春蕾计划”办公室): the structure of the name says so."""
    return [(body, campaign) for body in names if body.type == "agency" for campaign in campaigns
            if body.start <= campaign.start and campaign.end <= body.end]


def _is_partner(sentence: str, names: tuple, clauses: _Clauses) -> bool:
    """Whether a list of names stands where a co-running body stands (module docstring)."""
    cues = _cue_patterns()
    clause = clauses.of(names[0].start)
    before = sentence[clauses.start(clause):names[0].start]
    after = sentence[names[-1].end:clauses.end(clauses.of(names[-1].start))]
    if cues["framing_before"].search(before) or cues["framing_after"].match(after):
        return False
    readings = _without_the_federation(before)
    if cues["circumstance_close"].fullmatch(after) and any(
            cues["circumstance_open"].search(text) for text in readings):
        return bool(cues["circumstance_partner"].search(after))  # 在X的支持下, not 在X的指导下
    opens_clause = (any(CLAUSE_OPENING.fullmatch(text) for text in readings)
                    or _sends_a_listed_member(clauses, clauses.start(clause), names[0].start,
                                              after)) and (
        not after.startswith("的") or cues["member"].match(after))
    return bool(opens_clause or any(cues["partner_before"].search(text) for text in readings)
                or cues["partner_after"].match(after))


def _sends_a_listed_member(clauses: _Clauses, start: int, end: int, after: str) -> bool:
    """Whether a body opens an item of a list of people, each named by body, post and name, that
    opens the clause as its subject (A医院主任甲、B科医师乙、C医院主任丙为村民义诊): each listed
    body takes part through its member, as the first, a name opening the clause, does;
    ``start`` and ``end`` bound the text before the body in its clause."""
    cues = _cue_patterns()
    opening = CLAUSE_OPENING.match(clauses.sentence, start).end()
    return opening in clauses.name_starts and bool(cues["titled_person"].match(after)) and bool(
        cues["members_listed"].fullmatch(clauses.sentence, opening, end))


def _without_the_federation(before: str) -> list[str]:
    """The text before a list, and, where the list opens with the reporting federation (由县
    妇联、县团委主办), that text without it: cut at each place where the federation's name with
    its place may begin, as a place is not told from the word before it (联合社区妇联、…: the
    place is 社区, not 合社区)."""
    federation = _cue_patterns()["reporting_body"]
    found = federation.search(before)
    if not found:
        return [before]
    return [before] + [before[:start] for start in range(found.start(), len(before))
                       if federation.fullmatch(before, start)]


def _counts_no_outcome(sentence: str, quantity, partners, clauses: _Clauses) -> bool:
    """A count of the partners themselves (联合A等五个单位), of an officials' visit, of an
    officials' audience or of officials who act."""
    cues = _cue_patterns()
    before = sentence[:quantity.start]
    if cues["delegation"].search(before) or _officials_attending(quantity, clauses) or \
            _officials_acting(quantity, clauses) or _visiting_party(quantity, clauses):
        return True
    word = cues["partner_count"].search(before)
    return bool(word) and any(p.end == word.start() for p in partners)


def _officials_acting(quantity, clauses: _Clauses) -> bool:
    """Officials counted as the subject of their clause (40余名村妇联主席结合工作实际发言, 所辖43个
    村妇联主席积极宣传, …等四位女企业家代表讲述…): who act at the event, not its reach; officials
    counted as taking part in the work (300名妇联干部参加培训) or as its object (培训村妇联主席300名) stay."""
    cues, sentence = _cue_patterns(), clauses.sentence
    clause = clauses.of(quantity.start)
    opening = CLAUSE_OPENING.match(sentence, clauses.start(clause)).end()
    tags, words = lexicon.dictionary_tags(), default_tokenizer().tokens(sentence[opening:quantity.start])
    # a verb after 所 qualifies the people (所辖, 所属: the units under the body), no predicate
    if any(tags.get(word) in PREDICATE_TAGS and previous != "所"
           for previous, word in pairwise(["", *words])):
        return False
    people = cues["officials_counted"].match(sentence, quantity.end)
    return bool(people) and not cues["continuation"].match(sentence, people.end())


def _visiting_party(quantity, clauses: _Clauses) -> bool:
    """The size of a party an official leads on a visit (主席率…妇联主席、…代表共30余人到我县
    观摩, 带领…学员60余人赴某市参观学习): the officials' visit, as 领导一行8人 is, whatever
    event or drive names the people it brings."""
    cues, sentence = _cue_patterns(), clauses.sentence
    clause = clauses.of(quantity.start)
    return bool(cues["leads"].search(sentence, clauses.start(clause), quantity.start)
                and cues["visit"].match(sentence[quantity.end:clauses.end(clause)]))


def _officials_attending(quantity, clauses: _Clauses) -> bool:
    """The audience of officials at an event (…主席、…书记共150人参加了此次表彰活动)."""
    cues, sentence = _cue_patterns(), clauses.sentence
    clause = clauses.of(quantity.start)
    return bool(cues["officials"].search(sentence[clauses.start(clause):quantity.start])
                and cues["attendance"].match(sentence[quantity.end:clauses.end(clause)]))


def _speakers(quantity, clauses: _Clauses) -> bool:
    """The number of people who spoke at a meeting (4位代表作了交流发言, 3位同志作典型发言):
    no result of the work, nor of the honour they hold or the programme they speak about (3位
    “A”代表; the stop-29 convention of eval/dev), nor of the body whose people speak (县司法局3位
    律师)."""
    after = clauses.sentence[quantity.end:clauses.end(clauses.of(quantity.start))]
    return quantity.kind == "people" and bool(_cue_patterns()["speaking"].search(after))


def _counts_its_list(sentence: str, quantity, names, lists: dict[int, tuple]) -> bool:
    """A count right after a list that counts the list's own names (A、B、C三大工程, …、E五项
    巾帼行动): the number of programmes named, not a result of them."""
    last = max((n for n in names if n.end <= quantity.start), key=lambda n: n.end, default=None)
    if last is None or not ENUMERATION_GAP.fullmatch(sentence[last.end:quantity.start]):
        return False
    size = len(lists[last.start])
    return size > 1 and getattr(quantity, "value", None) == size


def _in_order(names: list, items: list) -> list[tuple]:
    """Names paired one by one with items after 分别 (A、B分别…X、Y): only where both lists,
    repeats left out, are as long as each other and longer than one."""
    first: dict[str, object] = {}
    for name in names:
        first.setdefault(name.canonical, name)
    names = list(first.values())
    return list(zip(names, items, strict=True)) if len(names) == len(items) > 1 else []


def _respective_owners(names, quantities, clauses: _Clauses) -> dict[int, object]:
    """Counts after 分别 ("respectively") and the names they go to in order (A、B两个培训班
    分别培训120人、80人): the names of the nearest clause before the word that names any."""
    owners = {}
    for word in _cue_patterns()["respectively"].finditer(clauses.sentence):
        clause = clauses.of(word.start())
        counts = [q for q in quantities if q.start >= word.end() and clauses.of(q.start) == clause]
        before = [n for n in names if n.end <= word.start()
                  and clauses.same_topic(clauses.of(n.start), clause)]
        if counts and before:
            nearest = max(clauses.of(n.start) for n in before)
            owned = _in_order([n for n in before if clauses.of(n.start) == nearest], counts)
            owners.update({q.start: name for name, q in owned})
    return owners


def _respective_campaigns(agencies, campaigns, lists, clauses: _Clauses) -> dict[int, list]:
    """A partner list followed by 分别 runs the campaigns of its clause one each, in order
    (县人社局、县农业局分别举办“A”和“B”); so does a list that closes its clause where the
    next clause opens with 分别, its subject dropped (联合县人社局、县农业局,分别举办“A”和“B”)."""
    runs = {}
    respectively = _cue_patterns()["respectively_after"]
    for agency in agencies:
        names = [a for a in lists[agency.start] if a in agencies]
        word = respectively.match(clauses.sentence, names[-1].end)
        if not word:
            continue
        clause = clauses.of(word.end() - 1)
        after = [c for c in campaigns if c.start > names[-1].end and clauses.of(c.start) == clause]
        runs.update({a.start: [c] for a, c in _in_order(names, after)})
    return runs


def _campaigns_of(agency, campaigns, clauses: _Clauses) -> list:
    """The campaigns of the agency's clause, else of the nearest clause that names one (before
    it, only across ``PARTNER_BACKWARD`` clauses) and those the later clauses run (``runs``:
    按照区委部署,开展“A”活动,深入推进“B”工程: the partner's clause governs the verbs that follow
    it), in the same stretch of topic (see ``_Clauses``)."""
    if not campaigns:
        return []
    home = clauses.of(agency.start)
    by_clause: dict[int, list] = {}
    for campaign in campaigns:
        clause = clauses.of(campaign.start)
        near = home - clause <= PARTNER_BACKWARD + 1 or clauses.frames_work[clause]
        if clauses.same_topic(clause, home) and near and clause <= clauses.reach(home):
            by_clause.setdefault(clause, []).append(campaign)
    if not by_clause:
        return []
    nearest = min(by_clause, key=lambda clause: (abs(clause - home), clause < home))
    runs = _cue_patterns()["runs"]
    run_later = [c for clause, found in by_clause.items() if clause > nearest > home
                 for c in found if runs.search(clauses.sentence, clauses.start(clause), c.start)]
    return by_clause[nearest] + run_later


def _outcome_pairs(names, quantities, lists: dict[int, tuple], clauses: _Clauses, actors):
    """Names paired with counts by clause (see the module docstring); ``actors`` are all the
    sentence's campaigns and partners, whose own counts no other name takes and whose work, run
    in a later clause, ends a partner's results as a campaign's (联合A举办“B”,推选20名,并推荐
    3名参加“C”: the 3 are C's, not A's)."""
    clause_of = {e.start: clauses.of(e.start) for e in (*names, *quantities)}
    counts_in = Counter(clause_of[q.start] for q in quantities)
    for quantity in quantities:
        clause = clause_of[quantity.start]
        mates = [n for n in names if clause_of[n.start] == clause]
        if counts_in[clause] == 1:
            yield from ((name, quantity) for name in mates)
        elif mates:
            owners = [n for n in mates if _holds(clauses.sentence, n, quantity)] or [
                n for n in mates if not any(_holds(clauses.sentence, n, q) for q in quantities)
                and not _closes_item_before(clauses.sentence, quantity, n)] or [
                n for n in mates if _serves(clauses.sentence, n, quantity, quantities)]
            if owners:
                nearest = min(owners, key=lambda n: (_distance(n, quantity), n.start))
                yield from ((name, quantity) for name in lists[nearest.start] if name in mates)
    anaphor = _cue_patterns()["anaphor"]
    canonicals: dict[int, set] = {}
    for name in names:
        canonicals.setdefault(clause_of[name.start], set()).add(name.canonical)
    run_in = _other_work(actors, lists, clauses)
    held = _holders(actors, quantities, lists, clauses)
    for name in names:
        home = clause_of[name.start]
        if _received(lists[name.start], clauses) or _titles_people(lists[name.start], clauses):
            continue  # an honour received is a result, a post names people: no work of their own
        own = [q for q in quantities if clause_of[q.start] == home]
        last = clauses.reach(home)
        # the sole named work of the sentence, opening it without counts, whose first item
        # goes on to tell results, heads the whole sentence: the items its semicolons part are
        # its own (深入实施“A”,宣讲300场;举办培训30期,…); not a bare item (开展“A”;举办培训30期)
        heads = not own and clauses.topic[home] == 0 and all(
            clauses.of(other.start) == home for other in actors) and any(
            clause_of[q.start] > home and clauses.same_topic(clause_of[q.start], home)
            for q in quantities)
        if own and not _results_follow(clauses.sentence, name, own):
            last = _continued(clauses, name, home, own, canonicals)
            if last == home:
                continue
        # the clause of the work named last before this name in its stretch: the counts told
        # from there on are that work's (开展“A”,为35名孩子…,开展“B”: not B's)
        earlier = max((clause_of[other.start] for other in names
                       if clause_of[other.start] < home
                       and clauses.same_topic(clause_of[other.start], home)
                       and not _same_work(other.canonical, name.canonical)), default=-1)
        found_after, taken = False, []  # taken: the pairs of the clause before
        for steps, gap in ((range(home + 1, last + 1), None),
                           (range(home - 1, -1, -1), BACKWARD_GAP)):
            if gap is not None and (found_after or own or name.type == "agency"):
                # results told after the name are its own; those before belong to earlier work,
                # and a partner's part begins where it is named (…14个基地…,农业部门监督管理)
                break
            if gap is not None and not _is_subject(clauses, name, home):
                gap = 0  # work a verb runs takes only the clause right before (培育…5家组织,
                # 策划…项目,推动“A”落地: not A's); the work praised after its results reaches
                # further (培训妇女120人,提升了技能,“A”品牌由此打响)
            for clause in steps:
                if not (clauses.same_topic(clause, home) or gap is None and heads
                        and clauses.shift[clause] == clauses.shift[home]):
                    break
                if gap is None and name.type == "agency" and (found_after or own) \
                        and _federation_acts(clauses, clause):
                    break  # after the joint results the federation goes on alone (…贷款9000万元,
                    # 2013年县妇联又为1300名妇女…; not 在A的资助下,县妇联为120名…: A's part)
                if canonicals.get(clause, set()) & canonicals[home]:
                    continue  # the names listed first are taken one by one (A、B表彰…,授予…A)
                if any(not _same_work(other.canonical, name.canonical)
                       for other in (*run_in.get(clause, ()), *held.get(clause, ()))) and not (
                        gap is None and taken and _list_item(clauses, clause, held.get(clause))):
                    break  # …举办“A”大赛,并推荐3名参加“B”大赛; …,新增15个“B”: B's counts
                if gap is not None and (anaphor.match(clauses.text(clause))
                                        or counts_in[clause] and 0 <= earlier <= clause
                                        or not counts_in[clause] and (
                                            gap == 0 or clause not in canonicals
                                            and _runs_unnamed_work(clauses, clause))):
                    # the counts of an anaphor's clause are its referent's (本次活动…)
                    break
                if gap is not None and not counts_in[clause]:
                    gap -= 1
                taken = [(name, q) for q in quantities if clause_of[q.start] == clause]
                found_after = found_after or (gap is None and bool(taken))
                yield from taken


def _serves(sentence: str, name, quantity, quantities) -> bool:
    """Whether a count is the people whom the members a name counts serve: it stands after a
    preposition of service (为, 对, 给, 向) behind the name's own count (组织100余名“A”对125名儿童
    进行结对帮扶, 选派12名“A”为80名妇女提供咨询): the drive's reach, as its members are its own;
    a count joined to the name's by 和 or 与 (培养40名“A”女能手和20名带头人) is another item."""
    return name.end <= quantity.start and any(
        _holds(sentence, name, q) for q in quantities if q is not quantity) and bool(
        _cue_patterns()["served_object"].search(sentence, name.end, quantity.start))


def _runs_unnamed_work(clauses: _Clauses, clause: int) -> bool:
    """Whether a clause that names nothing runs work of its own (…女性社会组织5家,策划实施了…项目,
    推动“A”落地): it parts the items of a list of work, so the counts before it are the earlier
    item's, not the results of the work named after it. An honour received (团队获评…集体) is a
    result and runs nothing; an effect or a comment (提升了就业技能) lets the counts through."""
    cues, start, end = _cue_patterns(), clauses.start(clause), clauses.end(clause)
    return bool(cues["runs"].search(clauses.sentence, start, end)) and \
        not cues["received"].search(clauses.sentence, start, end)


def _federation_acts(clauses: _Clauses, clause: int) -> bool:
    """Whether a clause opens with the reporting federation as its subject, after at most a date
    and its place (2013年该县妇联又协调…, 同时市妇联还…): its own work, which no partner named
    before takes part in; a list it opens (县妇联、县人社局联合…) names partners of its own."""
    opening = CLAUSE_OPENING.match(clauses.sentence, clauses.start(clause)).end()
    federation = _cue_patterns()["federation_acts"].match(clauses.sentence, opening)
    return bool(federation) and not _predicate_before(clauses.sentence[opening:federation.end()])


def _list_item(clauses: _Clauses, clause: int, held) -> bool:
    """Whether a clause is an item of the list the clause before began, its verb left out: it
    opens with the name its count is written against, after at most a short qualifier
    (培育省级示范基地24个,省级“B”24名: B's 24 are results of the same cultivating)."""
    if not held:
        return False
    opening = CLAUSE_OPENING.match(clauses.sentence, clauses.start(clause)).end()
    return bool(ITEM_QUALIFIER.fullmatch(clauses.sentence, opening, min(n.start for n in held)))


def _titles_people(names: tuple, clauses: _Clauses) -> bool:
    """Whether a list of names is part of a post (各级“A”负责人, “A”主任): it says who the people
    counted elsewhere are (…,各级“A”负责人,…妇女代表260余人参加了大会), not work with results."""
    end = QUOTES.match(clauses.sentence, names[-1].end).end()
    return bool(_cue_patterns()["officials"].match(clauses.sentence, end))


def _received(names: tuple, clauses: _Clauses) -> bool:
    """Whether a list of names is an honour received (某村获评“A”, 对荣获市“A”和市“B”的先进事迹
    进行宣传): a result of work, which no partner runs; the verb of receiving stands before the
    list's first name with no verb of running between (``received`` cue)."""
    first = names[0]
    return bool(_cue_patterns()["received"].search(
        clauses.sentence, clauses.start(clauses.of(first.start)), first.start))


def _results_follow(sentence: str, name, own) -> bool:
    """Whether a name whose clause holds counts still takes those of the clauses after it:
    where every count of its clause stands before the verb that runs or joins it (组织3名巾帼
    电商参加“A”, 1515个村开展“A”活动), they count who or what takes part, and the results are
    told after. A count that qualifies the name (346名老“A”, 46名干部参加的“A”) is no subject."""
    last = max(q.end for q in own)
    verb = _cue_patterns()["runs"].search(sentence, last, name.start)
    return all(q.end <= name.start for q in own) and bool(verb) and \
        "的" not in sentence[verb.end():name.start]


def _continued(clauses: _Clauses, name, home: int, own, named: dict) -> int:
    """The last clause that goes on telling the results of a name whose own clause holds
    them: each clause of the run sums them up (累计, 共计: ``continuation``) or repeats the verb
    written right after the name with the subject dropped (开展“A”培训绣娘500人次,培训锦绣女
    1300人次; an adverb of sum may stand first: 举办“A”培训班6期,共培训妇女420人): one event told
    in parallel clauses; so does a clause naming nothing that tells whom the event served, what
    it handed out, answered or found (``reach``: 开展“A”活动20场,服务群众3000人次). A name that
    is the subject of its clause
    goes on through clauses that open with a predicate and name nothing (全镇“A”共举行培训330场,
    服务妇女3万人: its reach); so does a name counted as a set of bodies or places of its own
    (建成“A”120个,共开展活动360场: what those units did; not households or people counted, who
    are honoured or served, not actors). Anything else (开展“A”活动12场,举办培训8期: an object's next verb
    may be other work; a new subject, 全州从业人员已达…) ends the run (``home`` if none). A
    partner whose clause counts only money (争取A资金30万元, A等单位共帮扶资金1亿元) puts it
    into the work the next clause tells with the subject dropped and no name of its own
    (…,组织50名妇女参加培训; …,支持贷款6亿元); not one opening with a count (a new subject)."""
    cues, sentence = _cue_patterns(), clauses.sentence
    verb = sentence[QUOTES.match(sentence, name.end).end():][:2]
    parallel = len(verb) == 2 and not CLAUSE_MARKS.search(verb)
    subject = _is_subject(clauses, name, home) or any(
        q.kind == "organisations" and _holds(sentence, name, q) for q in own)
    last = home
    while last < clauses.reach(home) and clauses.same_topic(home, last + 1):
        opening = CLAUSE_OPENING.match(sentence, clauses.start(last + 1)).end()
        told = cues["reach_adverb"].match(sentence, opening).end()
        if not (cues["continuation"].match(sentence, opening)
                or parallel and sentence.startswith(verb, told)
                or last + 1 not in named and cues["reach"].match(sentence, told)
                or subject and last + 1 not in named
                and _opens_predicate(sentence[opening:clauses.end(last + 1)])):
            break
        last += 1
    following = home + 1
    if last == home and name.type == "agency" and following <= clauses.reach(home) and \
            clauses.same_topic(home, following) and following not in named and \
            all(q.kind and q.kind.startswith("money") for q in own):
        opening = CLAUSE_OPENING.match(sentence, clauses.start(following)).end()
        return home if sentence[opening - 1].isdigit() else following
    return last


def _is_subject(clauses: _Clauses, name, clause: int) -> bool:
    """Whether a name is the subject of its clause: no verb or preposition stands before it
    (全镇“A”共举行培训330场; not 开展“A”活动12场, where it is an object)."""
    opening = CLAUSE_OPENING.match(clauses.sentence, clauses.start(clause)).end()
    return not _predicate_before(clauses.sentence[opening:name.start])


def _predicate_before(text: str) -> bool:
    """Whether a verb or preposition stands in a clause's text before a name (要求村妇联…: the
    name is an object, not the subject)."""
    tags = lexicon.dictionary_tags()
    return any(tags.get(word) in PREDICATE_TAGS for word in default_tokenizer().tokens(text))


def _opens_predicate(text: str) -> bool:
    """Whether a clause opens with its predicate, its subject dropped (服务妇女3万人, 共帮扶200户):
    it goes on telling what the subject of the clause before did (``EXISTENTIAL`` excepted)."""
    tags = lexicon.dictionary_tags()
    words = default_tokenizer().tokens(text)[:2]
    if words and tags.get(words[0]) in ADVERB_TAGS:
        words = words[1:]
    return bool(words) and tags.get(words[0]) in PREDICATE_TAGS and words[0] not in EXISTENTIAL


def _holders(names, quantities, lists, clauses: _Clauses) -> dict[int, list]:
    """The names each clause writes a count against (新增15个“B”, 创建“B”2个): the clause's
    counts are theirs, so a name of another clause takes none of them. A list closed by 等
    (表彰了“B”“C”等30人) names parts of the work told before it, which goes on with it."""
    sentence = clauses.sentence
    found: dict[int, list] = {}
    for name in names:
        if not EXAMPLES.match(sentence, lists[name.start][-1].end) and any(
                _holds(sentence, name, q) for q in quantities):
            found.setdefault(clauses.of(name.start), []).append(name)
    return found


def _other_work(names, lists, clauses: _Clauses) -> dict[int, list]:
    """The names each clause runs, joins or receives (开展“B”, 参加“B”大赛, 荣获“B”): after a
    name, the results told from such a clause on are that work's, unless it is the same work
    (``_same_work``). A name the clause merely lists as a part of the first work (表彰了“B”“C”
    等97人, 开展“B”“C”等活动17场, 培育“B”基地24个) or as a word for the people counted (“B”代表)
    goes on with it."""
    runs, sentence = _cue_patterns()["runs"], clauses.sentence
    found: dict[int, list] = {}
    for name in names:
        clause = clauses.of(name.start)
        if runs.search(sentence, clauses.start(clause), name.start) and \
                not EXAMPLES.match(sentence, lists[name.start][-1].end):
            found.setdefault(clause, []).append(name)
    return found


def _same_work(a: str, b: str) -> bool:
    """Whether two names are one work: equal, or one is the other with a programme word
    added (“A”行动 and “A”; not “A”集体, an honour of its own)."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and (
        long == short or bool(_programme_suffix().fullmatch(long[len(short):])))


@cache
def _programme_suffix() -> re.Pattern:
    """The heads of campaign names (``campaign_suffix`` of ``entity_patterns.tsv``)."""
    return re.compile("|".join(pattern for kind, pattern in lexicon.rows("entity_patterns.tsv")
                               if kind == "campaign_suffix"))


def _closes_item_before(sentence: str, quantity, name) -> bool:
    """Whether a count ends the list item before a name: a joining word follows it (示范基地
    12家及“B”加工点15处, 红旗集体50个、“B”标兵10人), so the count was written after its own item's
    name and the name after the joining word opens the next item."""
    return quantity.end <= name.start and bool(ITEM_JOIN.match(sentence, quantity.end))


def _holds(sentence: str, name, quantity) -> bool:
    """Whether a count is written against the name itself: right after it (最美家庭22户,
    “A”“B”等97人) or right before it (10户好婆婆, 40名“A”女能手, a sum of money with 的:
    价值54万元的“A”). In a clause of several counts
    such a count is that name's, and a name holding one takes no other by nearness."""
    if name.end <= quantity.start:
        return bool(ENUMERATION_GAP.fullmatch(sentence[name.end:quantity.start]))
    gap = VALUE_OF if quantity.kind and quantity.kind.startswith("money") else QUOTES
    return quantity.end <= name.start and bool(gap.fullmatch(sentence[quantity.end:name.start]))


def _distance(name, quantity) -> int:
    return max(name.start - quantity.end, quantity.start - name.end, 0)
