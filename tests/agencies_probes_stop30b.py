"""Stop-30 second probe audit of agencies: short pages written for this test (no report text).
An unscoped party committee or government (党委政府, 党委、政府, 政府) is listed, one entry per
body (党委, 人民政府), where its clause makes it act on the work (stops 26 and 30 adjudications):
the subject of a verb of leading, valuing, supporting, funding or deciding that opens its clause
(党委政府高度重视, 由政府出资), the body a report goes to (向党委政府作了汇报), or the body whose
support the work has (在党委政府的(大力)支持下: support, not framing, stop-30 second wave, row 9; a
wish for support to come is not listed). In a framing, remit or call phrase it names no one body
and stays out (围绕党委政府中心工作, 在党委领导下, 协助政府, 各级党委和政府要高度重视). Where
the report also names a scoped level committee, the bare 党委 is that one (州委: only the scoped
name is listed); a class over levels that acts (全县各级党委政府高度重视) is no single committee
and is listed bare beside it (stop-30 second wave, row 10). A place's leadership bodies written as
a list (大理市委、市政府) are completed as the compound is: the later item takes the place (大理市人民
政府; stop-30 adjudication of the rounds, row 1). 当地, 本地 and 所在地 name no place, so a
leadership body written with them is an unscoped one (row 3). Places are real ones of the gazetteer.
``test_agencies_probes.py`` runs this table."""

from __future__ import annotations

from .conftest import known_because

PROBES = {
    # the subject of a verb of acting, or the body reported to (kept)
    "an_unscoped_leadership_body_that_acts_on_the_work": [
        ("平舆县妇联把留守妇女调查结果及时向党委政府作了汇报。", ["党委", "人民政府"]),
        ("长汀县妇联的调查引起重视，政府决定安排专项资金扶持妇女创业。", ["人民政府"]),
        ("党委、政府高度重视，霍邱县妇联的巾帼创业培训顺利推进。", ["党委", "人民政府"]),
        ("山阳县妇联的妇女之家由政府出资建设。", ["人民政府"]),
        # near misses: a framing, remit or call phrase, a vague class, a scoped body
        ("在党委政府的支持下，平舆县妇联开展巾帼创业培训。", ["党委", "人民政府"]),
        ("在党委政府的大力支持下，长汀县妇联建成妇女之家12个。", ["党委", "人民政府"]),
        ("相信在党委政府的关心支持下，霍邱县妇联一定能够做得更好。", []),
        ("在党委的领导下，山阳县妇联开展巾帼创业培训。", []),
        ("长汀县妇联紧紧围绕党委政府中心工作开展维权宣传。", []),
        ("霍邱县妇联协助党委政府化解矛盾纠纷。", []),
        ("山阳县妇联指出，各级党委和政府要高度重视妇女工作。", []),
        ("平舆县委、县政府高度重视，平舆县妇联开展家庭教育讲座。", ["平舆县委", "平舆县人民政府"]),
    ],
    # a place's leadership bodies written as a list: a later item writing only its level word or no
    # scope takes the first item's place (stop-30 adjudication of the rounds, row 1) (kept)
    "a_list_of_one_places_leadership_bodies_shares_its_place": [
        ("在大理市委、市政府的领导下，大理市妇联开展家庭教育讲座。", ["大理市委", "大理市人民政府"]),
        ("原州区委和区政府高度重视，原州区妇联开展巾帼创业培训。", ["原州区委", "原州区人民政府"]),
        ("在平舆县委、政府的领导下，平舆县妇联开展维权宣传。", ["平舆县委", "平舆县人民政府"]),
        # near misses: an item of another level keeps its own scope, a list with no place stays
        ("在云南省委、大理市政府的支持下，大理市妇联开展巾帼创业培训。", ["云南省委", "大理市人民政府"]),
        ("在省委、市政府的领导下，大理市妇联开展家庭教育讲座。", ["省委", "市人民政府"]),
        ("在县委、县政府的领导下，县妇联开展巾帼创业培训。", ["县委", "县人民政府"]),
    ],
    # 当地, 本地, 所在地 name no place: a leadership body written with them is an unscoped one, so in a
    # call, remit or framing phrase it is no agency (stop-30 adjudication of the rounds, row 3) (kept)
    "a_deictic_word_is_no_scope_of_a_leadership_body": [
        ("长汀县妇联号召各级妇联组织全力配合当地党委政府做好群众疏散。", []),
        ("霍邱县妇联要求各乡镇妇联与当地党委中心工作有机结合。", []),
        ("平舆县妇联号召各村妇联主动配合本地党委和政府开展人居环境整治。", []),
        # near misses: a deictic word before another body, a named place's committee
        ("长汀县妇联联合当地派出所开展普法宣传。", ["当地派出所"]),
        # 当地 is no scope of any body and completes nothing: 当地法院 is not 当地人民法院; a body
        # written with it is listed as written (stop-30 second wave, row 11)
        ("霍邱县妇联联合当地法院开展以案说法。", ["当地法院"]),
        known_because("当地 is no scope (stop-30 second wave, row 11), and a body written with it is "
                      "listed as written where it acts and points to one place; a standard body that "
                      "needs a scope (民政局) is not read after 当地, now no scope word of the lexicon",
                      "平舆县妇联联合当地民政局开展走访慰问。", ["当地民政局"]),
        ("霍邱县妇联配合霍邱县委开展人居环境整治。", ["霍邱县委"]),
    ],
    # a bare party committee beside the one scoped level committee the report names (kept)
    "an_unscoped_party_committee_beside_a_scoped_one": [
        ("党委政府高度重视妇女工作。长汀县委出台巾帼创业扶持办法。", ["长汀县委", "人民政府"]),
        # near miss: two scoped committees, the bare one stays
        ("党委政府高度重视妇女工作。长汀县委、霍邱县委出台巾帼创业扶持办法。",
         ["党委", "人民政府", "长汀县委", "霍邱县委"]),
        # a class over levels is no single committee: listed bare beside the scoped one (row 10)
        ("全县各级党委政府高度重视妇女工作。长汀县委出台巾帼创业扶持办法。",
         ["党委", "人民政府", "长汀县委"]),
    ],
}
