"""Stop-29 probe audit of agencies: short pages written for this test (no report text). A standard
sector before 线 names its line (教育线: 教育局), but 线上 and 线下 (online, offline), which jieba
splits as 线|上, are no line: the sector word before them is a verb or the activity's (组织线上恳谈,
宣传线下活动). The stop-28 convention that a place author's own party committee and government are
the author, not agencies (eval/dev/README.md, "Settled in the stop-28 adjudication of batch 26's
questions"), was tried again in stop 29 in a narrower statement than the stop-28 rule that lost on
the test half (only where the page itself writes the place as the author, in a byline, the
headline or the opening, and only for bodies written with the place or its level word: 县委,
甲镇党委, 街道办事处); it lost on the test half too and was dropped, so the cases it decides are
strict gaps. A leader who greets on behalf of them (代表县委、县政府向…致以问候) names them no less.
Places are real ones of the gazetteer. ``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

WRITTEN_AUTHORS_OWN_LEADERSHIP = (
    "a place author the page writes (byline, headline, opening): its own scoped party committee and "
    "government are listed as agencies, not read as the author (stop-28 convention); the stop-29 "
    "agencies family for it (a place author's own scoped leadership) was dropped: lost 3 right "
    "items on the test half")

PROBES = {
    # the page opens on the place as the author: its own scoped leadership is the author
    # (dropped: strict gaps)
    "a_written_place_authors_own_leadership": [
        # (a greeting on the bodies' behalf lists none whoever the author is: stop 29 of eval/dev)
        ("霍邱县举办“三八”表彰大会。县委书记代表县委、县政府向全县妇女致以节日问候。", []),
        known_because(WRITTEN_AUTHORS_OWN_LEADERSHIP,
                      "长汀县召开妇女工作会议。会上，长汀县委、长汀县人民政府表彰了三八红旗手。", []),
        # near misses: another place's bodies and a federation author's
        ("长汀县开展巾帼建功活动。在龙岩市委、龙岩市人民政府的领导下，全县妇女积极投身乡村振兴。",
         ["龙岩市委", "龙岩市人民政府"]),
        ("霍邱县妇联举办“三八”表彰大会。会上，县委、县政府表彰了三八红旗手。",
         ["县委", "县人民政府"]),
    ],
    # 线上 and 线下 are online and offline, not a sector's line
    "online_is_no_sectors_line": [
        ("霍邱县妇联组织线上恳谈，听取妇女意见建议。", []),
        ("长汀县妇联积极宣传线上线下相结合的维权服务。", []),
        ("平舆县妇联通过组织线下走访和线上问卷收集诉求。", []),
        # near misses: a sector's line, alone or in a list, works with the federation
        ("霍邱县妇联联合教育线开展家庭教育宣传。", ["教育线"]),
        ("长汀县妇联联合卫生线、教育线开展“两癌”筛查宣传。", ["卫生线", "教育线"]),
    ],
}
