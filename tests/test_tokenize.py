"""Tokenizer: the domain dictionary, user files, synonyms, and engine identity."""

from __future__ import annotations

import pickle
from collections import Counter

from womenfed.clean import clean_text
from womenfed.tokenize import Tokenizer, tokenize_for_sklearn

from .conftest import RAW_DIR

CORPUS = "\n".join(clean_text(p.read_text(encoding="utf-8")).text
                   for p in sorted(RAW_DIR.glob("*.txt")))


def test_shipped_dictionary_keeps_domain_words_whole():
    tokens = Tokenizer().tokens("推进反家暴宣传,开展两癌筛查,实施春蕾计划,建好巾帼家美积分超市")
    for word in ("反家暴", "两癌筛查", "春蕾计划", "巾帼家美积分超市"):
        assert word in tokens


def test_engines_give_identical_tokens_on_the_corpus():
    generated = "".join(f"区妇联开展两癌免费检查{i}次,惠及留守儿童和困境妇女。" for i in range(50))
    for text in (CORPUS, generated):
        assert Tokenizer("rjieba").tokens(text) == Tokenizer("jieba").tokens(text)


def test_term_counts_are_the_counted_terms():
    for engine in ("rjieba", "jieba"):
        tokenizer = Tokenizer(engine)
        counts = tokenizer.term_counts(CORPUS)
        assert counts == Counter(tokenizer.terms(CORPUS)) and counts["妇联"] > 10


def test_synonyms_merge_and_stopwords_drop():
    terms = Tokenizer().terms("开展两癌免费检查和两癌检查,积极开展两癌筛查工作")
    assert terms.count("两癌筛查") == 3 and "开展" not in terms and "积极" not in terms


def test_user_files_change_words_stopwords_and_synonyms(tmp_path):
    (tmp_path / "userdict.txt").write_text("玉泉花开行动 3000 nz\n", encoding="utf-8")
    (tmp_path / "stopwords.txt").write_text("宣传\n", encoding="utf-8")
    (tmp_path / "synonyms.tsv").write_text("巾帼志愿者\t志愿者\n", encoding="utf-8")
    tokenizer = Tokenizer(user_dir=tmp_path)
    terms = tokenizer.terms("实施玉泉花开行动,组织巾帼志愿者宣传")
    assert "玉泉花开行动" in terms and "宣传" not in terms and "志愿者" in terms
    assert "玉泉花开行动" not in Tokenizer().terms("实施玉泉花开行动")


def test_coverage_reports_words_the_dictionary_still_splits():
    tokenizer = Tokenizer()
    assert tokenizer.coverage() == []  # every shipped word comes out whole
    split = dict(tokenizer.coverage(["巾帼红娘服务站"]))
    assert len(split["巾帼红娘服务站"]) > 1


def test_tokenizer_pickles_for_process_pools_and_sklearn():
    clone = pickle.loads(pickle.dumps(Tokenizer("jieba")))
    assert clone.engine == "jieba" and clone.terms("两癌检查") == ["两癌筛查"]
    assert tokenize_for_sklearn("开展反家暴宣传") == ["反家暴", "宣传"]


def test_report_boilerplate_stopwords_are_optional():
    text = "妇联深入推进反家暴宣传"
    assert Tokenizer().terms(text) == ["妇联", "反家暴", "宣传"]
    assert Tokenizer(report_stopwords=False).terms(text) == ["妇联", "深入", "推进", "反家暴",
                                                             "宣传"]


def test_count_tails_and_report_filler_are_no_terms():
    terms = Tokenizer().terms("为了帮助700余名妇女,共开展活动20余场")
    assert "余名" not in terms and "余场" not in terms and "为了" not in terms
    assert "帮助" in terms
