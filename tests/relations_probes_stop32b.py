"""Stop-32b probe audit of one-sentence relations: a title the subject of a clause is said to be
(这户就是巾帼脱贫示范户…) is held, as an honour received is: the counts told around it (the
household's income, its land) are the holder's, no result of the programme. Near-misses keep a
programme run after 就是 out of reach of the rule only where a verb of running stands between.
Sentences written for this test (no report text); each case lists every link of its sentence,
names in their canonical forms. ``test_relation_probes.py`` runs this table."""

from __future__ import annotations

PROBES = {
    "a_title_the_subject_is_takes_no_counts": [
        ("这户就是巾帼脱贫示范户李秀英家,她今年58岁,去年种植花椒收入8000余元。", set()),
        ("这家就是巾帼致富示范户,全家年收入达6万元。", set()),
        ("她家就是巾帼创业示范户,承包果园30亩。", set()),
    ],
    # near-misses: the programme run after 就是, the title awarded with its count
    "a_programme_run_keeps_its_counts": [
        ("最好的办法就是开展“巾帼家政”培训,培训妇女300人。", {("巾帼家政", "300人")}),
        ("澄城县评选巾帼创业示范户20户。", {("巾帼创业示范户", "20户")}),
    ],
}
