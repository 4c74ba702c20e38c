"""Stop 31 second-round probes of the campaign finder, written from the errors of val31 and
new31 (fresh dev reports no rule writer had read): each family varies the pattern over other
places of the gazetteer, other sites and other frames, with near-misses that must stay
unchanged. Expected readings by docs/CODEBOOK.md and eval/dev/README.md; every sentence and
page is written for this test (no report text). ``test_campaign_probes.py`` runs these tables."""

from __future__ import annotations

from .conftest import known_because

# (page, campaigns the report holds): a site's menu printed once above the report is page
# furniture, its links the site's sections, whatever words they end in (…驿站, …计划, …行动)
MENU_PAGES = [
    ("首页 走进妇联 信息咨询 巾帼风采 维权驿站 妇儿工委 联系我们\n"
     "6月2日,万宁市妇联开展“巾帼暖万家”志愿服务活动。", ["巾帼暖万家"]),
    ("网站首页 妇联动态 春蕾计划 巾帼行动 联系我们\n"
     "3月8日,文昌市妇联举办家庭教育讲座,80名家长参加。", []),
    ("首页 机构概况 美丽庭院 家庭驿站 巾帼课堂 政策法规\n"
     "5月,琼海市妇联组织妇女干部学习培训。", []),
    # a menu the cleaner joins to the title under it: its links still name no campaign
    ("首页 新闻中心 巾帼家园 儿童驿站 权益服务 联系我们澄迈县妇联实施“春蕾护航”工程\n"
     "近日,澄迈县妇联实施“春蕾护航”工程,资助女童50名。", ["春蕾护航工程"]),
    ("本站首页 巾帼建功 最美家庭 妇女之家 在线留言 儋州市妇联召开执委会议\n"
     "儋州市妇联召开执委会议。", []),
    # near-misses: a spaced title of a few parts and a title line are no menu
    ("巾帼创业行动 助力乡村振兴\n定安县妇联深入实施巾帼创业行动,培训妇女300人。", ["巾帼创业行动"]),
    ("陵水县妇联 实施春蕾助学计划 资助女童\n陵水县妇联实施春蕾助学计划。", ["春蕾助学计划"]),
    ("屯昌县妇联启动“美丽庭院”创建\n4月,屯昌县妇联启动“美丽庭院”创建活动。", ["美丽庭院"]),
]

# (sentence, campaigns): "topic 进 place" whose topic is a one-character verb and its object says
# what is done and where (送法进村 is sending the law to villages), as 送温暖活动 does; a topic
# that is a noun or a dictionary word keeps the name (家政进社区, 普法进社区)
PROBES = [
    ("镇妇联开展形式多样的送戏进村活动", []),
    ("县妇联联合司法局开展送法进社区活动", []),
    ("区妇联举办送书进校园活动,捐赠图书500册", []),
    ("市妇联开展送岗进村活动,提供岗位300个", []),
    ("乡妇联组织送温暖进万家活动", []),
    ("社区开展讲文明进社区活动", []),
    # near-misses: a noun topic, a dictionary word, a quoted name keep it
    ("大理市妇联开展家政进社区活动", ["家政进社区"]),
    ("县妇联开展普法进社区活动", ["普法进社区"]),
    ("镇妇联组织家庭教育进社区活动", ["家庭教育进社区"]),
    ("县妇联开展“送法进万家”活动", ["送法进万家"]),
    ("启动巾帼家政进乡村活动", ["巾帼家政进乡村"]),
]

# (sentence, campaigns): a two-character quote whose head opens a team word (“村嫂”志愿服务队,
# “苗姐”宣讲团) is the team's brand, as a quote before 巾帼志愿者队伍 is: not cut inside the team
# word (村嫂志愿服务) (stop 31b)
PROBES += [
    ("城西乡妇联推动白沙村“村嫂”志愿服务队领办项目", ["村嫂"]),
    ("临沂市妇联组建“红嫂”志愿服务队,走访老人", ["红嫂"]),
    ("社区“百合”志愿服务队领办项目10个", ["百合"]),
    ("凯里市妇联发挥“苗姐”宣讲队作用", ["苗姐"]),
    ("柳州市妇联组建“桂嫂”志愿服务团", ["桂嫂"]),
    # near-misses: an activity after the short quote, the screening and its relief, the money
    # a programme pays out, a longer quote before a team keep their readings
    ("临沂市妇联组织“红嫂”志愿服务活动", ["红嫂志愿服务"]),
    ("开展“两癌”筛查项目", ["两癌筛查"]),
    ("开展“两癌”免费筛查和救助", ["两癌筛查", "两癌救助"]),
    ("为贫困母亲发放“两癌”救助金", []),
    ("镇妇联发挥“巾帼红”志愿服务队作用", ["巾帼红"]),
]

# (sentence, campaigns): a quality word alone before a programme suffix (…性: 标志性工程, a
# landmark undertaking) rates or describes, as 优秀工程 does; women (女性) and gender (两性) are
# the people served, not a quality (stop 31b)
PROBES += [
    ("“锦绣计划”已成为黔东南州妇联的标志性工程", ["锦绣计划"]),
    ("妇女儿童事业是一项全局性工程", []),
    ("凯里市妇联打造一批示范性工程", []),
    ("都匀市妇联实施标志性工程10项", []),
    ("兴义市妇联建成一批示范性课堂", []),
    ("家庭教育是一项基础性工程", []),
    # near-misses: names with words of their own, the people served
    ("深入实施女性创业行动", ["女性创业行动"]),
    ("铜仁市妇联开展两性课堂", ["两性课堂"]),
    ("实施巾帼示范工程", ["巾帼示范工程"]),
]

# (sentence, campaigns): an unquoted name that opens with a task of governing before its object
# (整治村环境工程) is the government's drive told by its task, as 人居环境整治行动 is; the
# federation's share carries its mark, and a quote may coin a name from the words (stop 31b)
PROBES += [
    ("结合两个重点村与整治村环境工程,打造美丽庭院", []),
    ("湄潭县妇联参与治理河道行动", []),
    ("余庆县实施整治村容村貌工程", []),
    ("凤冈县妇联投身防控疫情行动", []),
    ("务川县妇联参与整治人居环境行动", []),
    # near-misses: the federation's mark, the task after its object, a quoted coined name
    ("正安县妇联开展巾帼整治环境行动", ["巾帼整治环境行动"]),
    ("开展人居环境整治巾帼行动", ["人居环境整治巾帼行动"]),
    ("参与农村人居环境整治行动", []),
    ("绥阳县妇联实施“治理有方”工程", ["治理有方工程"]),
]

# (sentence, campaigns): a launching verb that opens the words after a quoted list (结合“A、B”常年
# 开展走访活动) takes the programme word after it as its own object, another event, and the list
# is its topic, as after one quote (围绕“X”开展培训: `verb_opens_after`) (stop 31b)
PROBES += [
    ("镇妇联结合“网格连心、组团服务”常年开展走访活动", []),
    ("兰溪市妇联围绕“乡村振兴、共同富裕”开展培训活动", []),
    ("义乌市妇联依托“网格连心、组团服务”积极开展走访活动", []),
    ("围绕“学、练、创”举办讲座", []),
    ("东阳市妇联围绕“文明家风、和谐邻里”举办讲座活动", []),
    # near-misses: the programme word right after the list, a theme, a run closed by 等
    ("投身“清洁城乡、美化家园”活动", ["清洁城乡、美化家园"]),
    ("开展了“学、练、创”活动", ["学、练、创"]),
    ("开展“净楼道、美庭院”美丽行动", ["净楼道、美庭院美丽行动"]),
    ("推动“巾帼护绿”、“进村入户、问需解难”等活动深入开展", ["巾帼护绿", "进村入户、问需解难"]),
]

# (sentence, campaigns): a special feature or programme a paper, station or account runs after a
# quote (“X”特别策划, “X”专题策划, “X”特别报道, “X”专题节目) is a channel of publicity, as “X”专栏
# and “X”系列报道 are, whatever its title (stop 31b)
PROBES += [
    ("今日女报推出“湖南妇女 巾帼建功新时代”特别策划", []),
    ("县融媒体中心推出“她力量”专题策划", []),
    ("市妇联官微推出“她故事”特别策划", []),
    ("湘潭日报推出“芙蓉花开”特别报道", []),
    ("岳阳电视台推出“洞庭巾帼”专题节目", []),
    # near-misses: an action after the quote, a series of activities
    ("常德市妇联开展“桃花源里好家风”特别行动", ["桃花源里好家风特别行动"]),
    ("益阳市妇联开展“春风送暖”系列活动", ["春风送暖"]),
]

# (sentence, campaigns): how a class is taught (讲授, 研学, 体验) before 课堂 names a kind of
# class, as 网络课堂 does (val31 研学体验课堂, dev31 集中讲授课堂): not tried, a narrower form of
# the unquoted-room rule stop 29 dropped (campaign_probes_stop29c.UNQUOTED_ROOM_DROPPED), which
# the brief says not to retry; the near-misses hold today
TEACHING_MODE = ("a class named only by how it is taught (研学体验课堂, 集中讲授课堂) as a kind of class: "
                 "left at stop 31b as a narrower form of the unquoted-room rule dropped at stop 29 "
                 "(lost a right campaign on the test half), not to be retried without the lead")
PROBES += [
    known_because(TEACHING_MODE, "非遗馆内还设置了研学体验课堂", []),
    known_because(TEACHING_MODE, "培训采取集中讲授课堂与现场教学相结合", []),
    known_because(TEACHING_MODE, "青岩镇妇联开设研学课堂", []),
    known_because(TEACHING_MODE, "花溪区妇联开设体验课堂,每月两期", []),
    known_because(TEACHING_MODE, "开阳县妇联开设讲授课堂", []),
    # near-misses: the federation's mark and a name of its own
    ("开设巾帼课堂", ["巾帼课堂"]),
    ("息烽县妇联开展巾帼研学体验行动", ["巾帼研学体验行动"]),
    ("修文县妇联开设“阳明心学”研学课堂", ["阳明心学"]),
]
