"""Stop-30 probe audit of agencies: short pages written for this test (no report text). A bare
party committee or government right after a verb word is that verb's object (服务党委政府中心工作,
希望政府给予扶持, 争取政府支持): the walk over a nominal verb (建设, 指导 inside …指导中心) must
not make the verb the scope of a leadership body, which then stood as a body of its own
(服务党委, 负责人希望政府). A bare 党委 or 政府 names no one body (GENERIC_LEADERSHIP), so
nothing is listed. Near misses keep their scope: a place (霍邱县委), a unit whose party
committee it is (县教育局党委, 机关党委) and a verb before a scoped body (服务平舆县委). A place's party
committee and government written as one word (山阳县委县政府) share the place: the government is
that place's (山阳县人民政府), as the stop-17 reading completes a compound's shared scope, and so
does a list with a mark (山阳县委、县政府: the stop-30 adjudication of the rounds, row 1); a compound
with no place (县委县政府) stays as written. Places
are real ones of the gazetteer. ``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {
    # a verb word right before a bare leadership body: its object, no scope (kept)
    "a_verb_before_a_bare_leadership_body": [
        ("平舆县妇联发挥组织作用，服务党委政府中心工作。", []),
        ("长汀县妇联调研发现，合作社负责人希望政府给予贴息扶持。", []),
        ("霍邱县妇联主动服务党委和政府大局，开展巾帼创业培训。", []),
        # near misses: a place or a unit before the body, a verb before a scoped body
        ("平舆县妇联积极服务平舆县委、县政府工作大局。", ["平舆县委", "平舆县人民政府"]),
        ("在霍邱县委的领导下，霍邱县妇联开展巾帼创业培训。", ["霍邱县委"]),
        ("长汀县妇联联合长汀县教育局党委开展家庭教育讲座。", ["长汀县教育局党委"]),
    ],
    # a place's committee and government as one word share the place (kept)
    "a_compound_of_committee_and_government_shares_its_place": [
        ("在霍邱县委县政府的领导下，霍邱县妇联开展巾帼创业培训。", ["霍邱县委", "霍邱县人民政府"]),
        ("长汀县委县政府高度重视妇女工作。", ["长汀县委", "长汀县人民政府"]),
        ("在中共海淀区委区政府的领导下，海淀区妇联开展家庭教育讲座。", ["海淀区委", "海淀区人民政府"]),
        # a list with a mark shares the place as well (stop-30 adjudication of the rounds, row 1)
        ("在长汀县委、县政府的领导下，长汀县妇联开展维权宣传。", ["长汀县委", "长汀县人民政府"]),
        # near misses: no place, a party committee and bare government
        ("在县委县政府的领导下，县妇联开展巾帼创业培训。", ["县委", "县人民政府"]),
        ("在平舆县委、政府的领导下，平舆县妇联开展家庭教育讲座。", ["平舆县委", "平舆县人民政府"]),
    ],
}
