"""Probe audit of programme types (stop 31, read from the fresh val31 set's errors): a study tour
or a research visit named as such (赴……考察交流, 观摩学习, ……主题教育专题调研) is the federation's own
work, whatever theme it is named after; and a picture's file name left on its own line
(图片1.png) opens no section; and the days of the family (母亲节, 父亲节, 国际家庭日) are family work.

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types": a
party of visitors going to see work is organisation, the works it looks into weigh nothing, work
done on the visit keeps its own type), not by the tool's output. A case checks one sentence's type
(its index) or the types a report covers ("report": the types wanted, and those it must not
cover). ``test_typology_structure_probes.py`` runs this table.

A family tried and dropped keeps its probes as strict gaps: the study tour or research visit named
as such (its pattern cue and the theme INSPECTED read as looked into), dropped in stop 31 as it lost
on the test half; its near misses, which pass without it, stay plain probes.
"""

from __future__ import annotations

from .conftest import known_because

STUDY_TOUR_DROPPED = "dropped in stop 31: lost on the test half (sentence types -5)"
STUDY_TOUR_HEADING = (STUDY_TOUR_DROPPED + "; this picture probe's section heading (赴……开展专题调研) "
                      "was organisation by the dropped study-tour cue, so the section is not "
                      "organisation with or without the picture's line")

FAMILY_DAY_TIE = ("a typical care cue (送去节日问候) ties the day's typical family cue, and a tie goes "
                  "to the type listed first (family before care in typology.TYPES)")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- a study tour or a research visit named as such
    # (dropped: gaps)
    known_because(STUDY_TOUR_DROPPED, "study_tour",
                  [("宁德市妇联开展“学思想、强党性”主题教育专题调研", 1)], 0, {"organisation"}, set()),
    known_because(STUDY_TOUR_DROPPED, "study_tour",
                  [("贵港市妇联赴南宁市开展“学思想、强党性”主题教育专题调研", 1)],
                  0, {"organisation"}, set()),
    known_because(STUDY_TOUR_DROPPED, "study_tour", ["广安市妇联赴华蓥市开展党史学习教育专题调研。"],
                  0, {"organisation"}, set()),
    known_because(STUDY_TOUR_DROPPED, "study_tour",
                  ["省妇联“不忘初心、牢记使命”主题教育调研组一行来到三明市。"],
                  0, {"organisation"}, set()),
    known_because(STUDY_TOUR_DROPPED, "study_tour", ["安康市妇联理论学习调研组赴汉阴县开展调研。"],
                  0, {"organisation"}, set()),
    known_because(STUDY_TOUR_DROPPED, "study_tour",
                  [("聊城市妇联开展“我为群众办实事”主题教育专题调研", 1),
                   "6月3日,市妇联副主席带领调研组先后来到东昌府区、临清市。",
                   "调研组与基层妇女代表座谈交流。"],
                  "report", {"organisation"}, {"ideology"}),
    # near misses: work done on the visit keeps its type; a programme researched by name keeps it;
    # women studying together is no study tour
    ("study_tour", ["县妇联主席一行赴大坪村走访困境儿童家庭,为孩子们送去慰问金和学习用品。"],
     0, {"care"}, set()),
    ("study_tour", ["省妇联调研“乡村振兴巾帼行动”开展情况。"], 0, {"economic"}, set()),
    ("study_tour", ["社区组织妇女学习交流家庭教育经验。"], 0, {"family"}, set()),
    # --- a picture's file name opens no section
    # (a gap since the study tour was dropped: its heading's cue was the study tour's)
    known_because(STUDY_TOUR_HEADING, "picture_file",
                  [("一、赴万山区开展专题调研", 1),
                   "调研组一行来到万山区妇女儿童之家参观。",
                   ("图片1.png", 1),
                   "中心设有阅览室、健身房和儿童活动室。",
                   "居民在家门口就能健身、读书。"],
                  4, {"organisation"}, set()),
    ("picture_file", [("一、举办家庭教育讲座", 1),
                      "专家讲解了如何与孩子沟通。",
                      ("微信图片_20230712110716.jpg", 1),
                      "讲座结束后,家长们还观看了文艺演出。"],
     3, {"family"}, set()),
    ("picture_file", [("二、开展“两癌”免费筛查", 1),
                      ("QQ截图20170505142607.png", 1),
                      "等候时,妇女们还观看了文艺演出。"],
     2, {"health"}, set()),
    ("picture_file", [("三、开展反家暴法律宣传", 1),
                      "律师为群众讲解了反家庭暴力法。",
                      ("7fed6887ab9e77ce.JPG", 1),
                      "现场还为困难群众发放了米面油。"],
     3, {"rights"}, set()),
    ("picture_file", [("(一)走访慰问困境儿童", 2),
                      "区妇联为孩子们送去书包和文具。",
                      ("图片2.png", 2),
                      "孩子们还表演了合唱。"],
     3, {"care"}, set()),
    # near miss: a real heading of a new section still opens one
    ("picture_file", [("吉安市妇联举办家庭教育讲座", 1),
                      "专家讲解了如何与孩子沟通。",
                      ("二、开展“两癌”免费筛查", 1),
                      "当天共有120人到场。"],
     3, {"health"}, set()),
    # --- the days of the family (母亲节, 父亲节, 国际家庭日) are family work
    ("family_day", ["5月12日,西宁市城东区妇联开展“感恩母爱”母亲节主题活动。"], 0, {"family"}, set()),
    ("family_day", ["社区工作人员向居民介绍母亲节的由来和意义。"], 0, {"family"}, set()),
    ("family_day", ["在国际家庭日到来之际,汕尾市城区妇联在社区开展家庭文化进万家活动。"],
     0, {"family"}, set()),
    ("family_day", ["区妇联举办“父亲节”主题沙龙,邀请辖区父亲分享育儿心得。"], 0, {"family"}, set()),
    ("family_day", ["5月12日,梅州市梅江区妇联开展母亲节主题活动。",
                    "社区工作人员向居民讲述母亲节的由来。",
                    "居民们在横幅上写下对母亲的祝福。"],
     "report", {"family"}, {"ideology"}),
    # near misses: what is done on the day decides
    ("family_day", ["母亲节当天,县妇联为50名妇女开展“两癌”免费筛查。"], 0, {"health"}, set()),
    ("family_day", ["母亲节前夕,镇妇联走访慰问困难母亲,送去慰问金。"], 0, {"care"}, set()),
    known_because(FAMILY_DAY_TIE, "family_day", ["社区为失独老人送去节日问候,陪他们过母亲节。"],
                  0, {"care"}, set()),
]
