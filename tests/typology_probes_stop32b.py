"""Probe audit of programme types (stop 32b, read from the fresh32b set's errors): a meeting's
agenda told with 就 and a verb of making (就……、……等工作做了安排部署, 作出部署) is the year's lines
of work named in passing, as 对……、……等工作进行了部署 is (stop 30): the works listed weigh nothing;
and the year named by the Party's and the State's calendar (今年是全面贯彻落实党的二十大精神的开局之年,
2022年是“十四五”承上启下的关键一年) is the setting a speech or a summing-up opens with: the congress,
the plan or the anniversary weighs nothing, while a year counted by a programme of the
federation's own (今年是……“春蕾计划”实施20周年) is work told; and volunteers credited with the work
by their effort or help (通过广大志愿者的不懈努力,……; 在巾帼志愿者的帮助下,……) are its agents, as
volunteers right before a verb of doing are (stop 31): the work told before them decides; and a
standing volunteer team founded (组建了一支巾帼志愿者队伍, 成立巾帼志愿服务队) is volunteer work whatever
work it is founded for, though the sentence names that work too (the stop-32 convention); and a
festival held for families, named by the family and a kind of activity (家庭文化节, 亲子运动节), is
the family programme's event, a leaning cue (a festival of the calendar a family keeps is not).

A family tried and dropped keeps its probes as strict gaps: the line naming the bodies that host,
co-host or support an event (本次活动由县妇联主办,县教育局协办,县心理咨询中心承办) read as an
attendance line (no cues of its own), dropped in stop 32b as it moved nothing on fresh32b, fresh32
or dev32 (a keep needs a gain).

Every line here is written for the audit (places from the gazetteer), not taken from any report;
the expected answer is decided by the written conventions (docs/CODEBOOK.md "Programme types":
a meeting's agenda, the works a meeting or a speaker deploys, is the meeting's, not a
programme's; a deployment of one type's tasks keeps that type), not by the tool's output. A case
checks one sentence's type (its index) or the types a report covers ("report": the types
wanted, and those it must not cover). ``test_typology_structure_probes.py`` runs this table.
"""

from __future__ import annotations

from .conftest import known_because

HOSTS_DROPPED = ("dropped in stop 32b: reading the line of the bodies that host, co-host or support "
                 "an event (由……主办,……协办,……承办) as an attendance line changed nothing on fresh32b, "
                 "fresh32 or dev32 (a keep needs a gain)")

# (family, lines, what is checked: "report" or a sentence index, wanted, unwanted)
PROBES = [
    # --- a meeting's agenda told with 就 and a verb of making: the works weigh nothing
    ("agenda_by_jiu",
     ["2月7日,澄江镇妇联召开2024年工作会议。",
      "会上,各分管副主席分别就“两癌”筛查、家庭教育、困境儿童关爱等工作做了安排部署。"],
     "report", {"organisation"}, {"health", "family", "care"}),
    ("agenda_by_jiu",
     ["乌兰浩特市妇联召开执委会议。", "会议就妇女创业就业、反家暴宣传等重点工作作了部署。"],
     "report", {"organisation"}, {"economic", "rights"}),
    ("agenda_by_jiu",
     ["扎兰屯市妇联召开季度工作推进会。",
      "与会人员就“最美家庭”评选、留守儿童关爱等工作进行了安排部署。"],
     "report", {"organisation"}, {"family", "care"}),
    ("agenda_by_jiu",
     ["宁城县妇联召开全体干部会议。", "县妇联主席就下半年家庭教育、巾帼创业就业等工作作出部署。"],
     "report", {"organisation"}, {"family", "economic"}),
    ("agenda_by_jiu",
     ["林西县妇联召开党组会议。", "党组书记就春蕾计划、“两癌”救助等工作进行部署。"],
     1, {"organisation"}, set()),
    ("agenda_by_jiu",
     ["林西县妇联召开党组会议。", "党组书记就春蕾计划、“两癌”救助等工作进行部署。"],
     "report", {"organisation"}, {"care", "health"}),
    # near misses: one line of work deployed keeps its type; 就 of manner and of topics
    # discussed, and 就业, take no agenda
    ("agenda_by_jiu", ["会上,县妇联就“两癌”免费筛查和救助工作做了安排部署,要求各村做好适龄妇女摸底登记。"],
     0, {"health"}, set()),
    # the meeting's deployment read as 对……工作进行了部署 is: the meeting's own work
    ("agenda_by_jiu", ["会上,县妇联就“两癌”免费筛查工作做了安排部署。"], 0, {"organisation"}, set()),
    ("agenda_by_jiu", ["会议对“两癌”免费筛查工作进行了部署。"], 0, {"organisation"}, set()),
    ("agenda_by_jiu", ["镇妇联就近为妇女开展“两癌”筛查、妇科检查等服务。"], 0, {"health"}, set()),
    ("agenda_by_jiu", ["县妇联就家庭教育、亲子沟通等问题与家长进行了交流。"], 0, {"family"}, set()),
    ("agenda_by_jiu", ["县妇联为妇女就业、创业等提供培训服务。"], 0, {"economic"}, set()),
    # --- the year named by the Party's and the State's calendar: the setting, no work
    ("calendar_year",
     ["2022年是“十四五”承上启下的关键一年,是党的二十大召开之年。",
      "一年来,宁城县妇联在县委的坚强领导下,认真履行职责,各项工作取得新成效。"],
     "report", {"organisation"}, {"ideology"}),
    ("calendar_year",
     ["澄江镇妇联召开2024年工作会议。",
      "镇党委副书记指出,今年是全面贯彻落实党的二十大精神的开局之年,各村妇联要团结带领妇女建功立业。"],
     1, {"organisation"}, set()),
    ("calendar_year",
     ["澄江镇妇联召开2024年工作会议。",
      "镇党委副书记指出,今年是全面贯彻落实党的二十大精神的开局之年,各村妇联要团结带领妇女建功立业。"],
     "report", {"organisation"}, {"ideology"}),
    ("calendar_year",
     ["2011年是贯彻落实党的十七大精神的第三年,也是实施“十二五”规划的开局之年。",
      "乌兰浩特市妇联召开执委会议,总结2010年工作,部署2011年任务。"],
     "report", {"organisation"}, {"ideology"}),
    ("calendar_year",
     ["今年是中国共产党成立100周年。", "扎兰屯市妇联召开全委会议。", "全体执委参加会议。"],
     "report", {"organisation"}, {"ideology"}),
    # (the year's digits lost by the page: the line opens with 年)
    ("calendar_year",
     ["年是“十四五”开局之年,是党的二十大召开之年。", "敖汉旗妇联将着力服务全旗工作大局。"],
     "report", set(), {"ideology"}),
    ("calendar_year",
     ["2020年是全面建成小康社会目标实现之年,林西县妇联围绕中心、服务大局,扎实推进各项工作。"],
     0, {"organisation"}, set()),
    # near misses: a year counted by the federation's own programme is work told; the
    # congress studied is thought work
    ("calendar_year", ["今年是翁牛特旗妇联开展“两癌”免费筛查的第五年。"], 0, {"health"}, set()),
    ("calendar_year", ["今年是全国妇联实施“春蕾计划”35周年,县妇联资助春蕾女童50名。"], 0, {"care"}, set()),
    ("calendar_year", ["镇妇联组织干部深入学习贯彻党的二十大精神。"], 0, {"ideology"}, set()),
    ("calendar_year",
     ["今年是党的二十大召开之年。", "县妇联举办学习贯彻党的二十大精神宣讲会,200余名妇女参加。"],
     "report", {"ideology"}, set()),
    # --- volunteers credited with the work by their effort or help: its agents
    ("credited_volunteers",
     ["宁城县大坪村妇联组织妇女开展人居环境整治,清理房前屋后垃圾。",
      "通过广大志愿者的不懈努力,村容村貌焕然一新。"],
     "report", {"family"}, {"volunteer"}),
    ("credited_volunteers",
     ["林西县妇联为困境儿童开展“微心愿”圆梦活动。", "在巾帼志愿者的帮助下,孩子们收到了书包和文具。"],
     "report", {"care"}, {"volunteer"}),
    ("credited_volunteers",
     ["澄江镇妇联开展“两癌”防治知识宣传。", "经过志愿者们的共同努力,共发放宣传资料500余份。"],
     "report", {"health"}, {"volunteer"}),
    ("credited_volunteers",
     ["澄江镇妇联开展“两癌”防治知识宣传。", "经过志愿者们的共同努力,共发放宣传资料500余份。"],
     1, {"health"}, set()),
    ("credited_volunteers",
     ["扎兰屯市妇联开展反家暴宣传进社区活动。", "在巾帼志愿者的热心帮助下,群众了解了反家庭暴力法。"],
     "report", {"rights"}, {"volunteer"}),
    ("credited_volunteers",
     ["翁牛特旗社区组织义诊,为老人测量血压。", "在志愿者的协助下,义诊活动有序进行。"],
     "report", {"health"}, {"volunteer"}),
    # near misses: volunteers as the work itself, or honoured, stay volunteer
    ("credited_volunteers", ["巾帼志愿者的队伍不断壮大,全县已有志愿者3000余名。"], 0, {"volunteer"}, set()),
    ("credited_volunteers", ["县妇联表彰巾帼志愿者的无私奉献,为20名优秀志愿者颁发证书。"],
     "report", {"volunteer"}, set()),
    ("credited_volunteers", ["敖汉旗妇联招募巾帼志愿者。", "在志愿者的帮助下,志愿服务站开始运行。"],
     "report", {"volunteer"}, set()),
    # --- a standing volunteer team founded: volunteer work, whatever work it is founded for
    ("team_founded",
     ["大坪村妇女之家建立了一支巾帼志愿者队伍,积极参与美丽庭院创建、结对留守儿童关爱等活动。"],
     "report", {"volunteer"}, {"care"}),
    ("team_founded", ["宁城县妇联组建了一支由20名退休教师组成的志愿者队伍,为留守儿童辅导功课。"],
     0, {"volunteer"}, set()),
    ("team_founded", ["林西县妇联成立巾帼志愿服务队,定期为空巢老人提供上门服务。"], 0, {"volunteer"}, set()),
    ("team_founded", ["澄江镇各村妇联成立巾帼志愿服务队,定期开展庭院清扫、垃圾分类宣传。"],
     0, {"volunteer"}, set()),
    ("team_founded", ["扎兰屯市妇联组建“两癌”防治志愿服务队,为农村妇女讲解防治知识。"],
     0, {"volunteer"}, set()),
    ("team_founded",
     ["乌兰浩特市妇联召开执委会议。", "会议决定组建一支巾帼志愿者队伍,参与社区困境儿童关爱服务。"],
     "report", {"volunteer"}, {"care"}),
    # near misses: a team that is no volunteers', and work done by volunteers, keep their work
    ("team_founded", ["敖汉旗大坪村组建了一支秧歌队,丰富群众文化生活。"], 0, {"health"}, set()),
    ("team_founded", ["翁牛特旗妇联慰问困境儿童,为他们送去书包和文具。"], 0, {"care"}, set()),
    ("team_founded",
     ["林西县妇联开展关爱留守儿童活动。", "巾帼志愿者为孩子们辅导作业。"], "report", {"care"}, {"volunteer"}),
    # --- a festival held for families: the family programme's event (a leaning cue), here
    # told after a sentence of another type
    ("family_festival",
     ["澄江镇妇联召开“三八”国际妇女节纪念大会。",
      "会后举行了第八届家庭文化节启动仪式暨“巾帼共美”公益项目授牌仪式。"], 1, {"family"}, set()),
    ("family_festival", ["宁城县妇联召开执委会议。", "会后,县妇联启动了首届家庭读书节。"],
     1, {"family"}, set()),
    ("family_festival", ["林西县大坪社区开展“三八”妇女节庆祝活动。", "同时举办了亲子运动节,50组家庭参加。"],
     1, {"family"}, set()),
    ("family_festival", ["扎兰屯市妇联举办庆“三八”文艺汇演。", "随后举行了家庭才艺节颁奖仪式。"],
     1, {"family"}, set()),
    ("family_festival", ["乌兰浩特市妇联召开全委会议。", "会议期间同步启动了家风文化节。"],
     1, {"family"}, set()),
    # near misses: the meeting that launches it keeps its own title; a calendar festival a
    # family keeps is not the programme
    ("family_festival", ["翁牛特旗“三八”国际妇女节纪念大会暨首届家庭文化节启动仪式举行"],
     0, {"ideology"}, set()),
    ("family_festival", ["县妇联为困难家庭中秋节送去月饼。"], 0, {"care"}, set()),
    # --- the bodies that host, co-host or support an event: who, not what (dropped: no gain)
    known_because(HOSTS_DROPPED, "hosts",
                  ["林西县妇联开展家庭教育讲座。", "本次活动由县妇联主办,县教育局协办,县心理咨询中心承办。",
                   "100余名家长参加。"], "report", {"family"}, {"health"}),
    known_because(HOSTS_DROPPED, "hosts",
                  ["敖汉旗妇联举办亲子运动会。",
                   "据了解,本次活动由旗妇联、旗教育局联合主办,旗妇幼保健院支持。"],
                  1, {"family"}, set()),
    # near misses: the event held by its host keeps its work
    ("hosts", ["由宁城县妇联主办的“两癌”免费筛查活动在县妇幼保健院开展。"], 0, {"health"}, set()),
    ("hosts", ["澄江镇妇联开展“两癌”防治宣传。", "活动由镇妇联主办,镇卫生院协办。"],
     "report", {"health"}, set()),
]
