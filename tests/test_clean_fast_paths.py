"""The cleaner's fast paths against their plain definitions, on random input.

``Draft.substitute`` rebuilds the offset map with whole-array steps, the boilerplate rules are
searched as one alternation, mojibake runs are grown around their rare characters: each must
give exactly what the per-character or per-rule definition gives.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from womenfed import garble
from womenfed.clean import HAN_CHAR, Draft, _boilerplate_rules, _han_count, _joined, to_simplified
from womenfed.lexicon import rows

from .conftest import RAW_DIR

REPLACEMENT = st.text(alphabet="ab字\n", max_size=3)


def substitute_by_definition(draft: Draft, spans) -> tuple[str, list[int], list[int], list[tuple]]:
    """Each character of a replacement maps to the whole raw span of what it replaced, others
    keep their own; spans overlapping a kept one or changing nothing are skipped."""
    text, starts, ends = draft.text, draft.starts[:-1].tolist(), draft.ends[:-1].tolist()
    pieces, new_starts, new_ends, edits, pos = [], [], [], [], 0
    for start, end, replacement in sorted(spans):
        if start < pos or text[start:end] == replacement:
            continue
        if start < end:
            raw_start, raw_end = starts[start], ends[end - 1]
        else:
            raw_start = raw_end = starts[start] if start < len(starts) else len(draft.raw)
        edits.append(("rule", raw_start, raw_end, draft.raw[raw_start:raw_end], replacement))
        pieces += [text[pos:start], replacement]
        new_starts += starts[pos:start] + [raw_start] * len(replacement)
        new_ends += ends[pos:start] + [raw_end] * len(replacement)
        pos = end
    return ("".join(pieces) + text[pos:], new_starts + starts[pos:], new_ends + ends[pos:],
            edits)


@st.composite
def text_and_rounds_of_spans(draw):
    text = draw(st.text(alphabet="ab字\n", min_size=0, max_size=30))
    rounds, length = [], len(text)
    for _ in range(draw(st.integers(1, 3))):
        spans = []
        for _ in range(draw(st.integers(0, 6))):
            start = draw(st.integers(0, length))
            end = draw(st.integers(start, min(length, start + 4)))
            spans.append((start, end, draw(REPLACEMENT)))
        rounds.append(spans)
        length = max(0, length - 4)  # later rounds stay inside a text that may have shrunk
    return text, rounds


@settings(max_examples=400, deadline=None, derandomize=True)
@given(text_and_rounds_of_spans())
def test_substitute_matches_the_per_character_definition(case):
    text, rounds = case
    draft = Draft(text)
    for spans in rounds:
        spans = [s for s in spans if s[1] <= len(draft.text)]
        expected = substitute_by_definition(draft, spans)
        draft.edits = []
        draft.substitute("rule", spans)
        assert (draft.text, draft.starts[:-1].tolist(), draft.ends[:-1].tolist(),
                [tuple(e) for e in draft.edits]) == expected
        assert int(draft.starts[-1]) == len(text)  # the anchor of an empty span at the end


TRADITIONAL_MIX = st.text(alphabet="婦聯區發展乾燥後裏妇联区发展干后里著作豐\n,a", max_size=40)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(TRADITIONAL_MIX)
def test_to_simplified_makes_one_edit_per_run_of_changed_characters(text):
    draft = Draft(text)
    to_simplified(draft)
    if len(draft.text) != len(text):
        return  # a phrase of another length: converted line by line, not by runs
    runs = [m.span() for m in re.finditer(r"1+", "".join(
        "1" if old != new else "0" for old, new in zip(text, draft.text, strict=True)))]
    assert [(e.raw_start, e.raw_end, e.before, e.after) for e in draft.edits] == [
        (start, end, text[start:end], draft.text[start:end]) for start, end in runs]
    assert all(draft.starts[i] == start and draft.ends[i] == end
               for start, end in runs for i in range(start, end))


def test_joined_rules_find_a_line_exactly_when_one_rule_does():
    plain = [re.compile(pattern) for kind, pattern in rows("boilerplate.tsv") if kind == "line"]
    odd = [re.compile(r"(来源)\1"), re.compile(r"(?i)copyright \d{4}")]
    lines = {line.strip() for path in sorted(RAW_DIR.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split("\n")}
    lines |= {"来源来源", "COPYRIGHT 2020", "Copyright 2020 某网", "来源:某网", "- 2 -", "第2页 共5页"}
    assert len(_boilerplate_rules()[0]) == 1  # every shipped line rule joins the alternation
    for patterns in (plain, plain + odd):
        joined = _joined(patterns)
        for line in lines:
            assert (any(p.search(line) for p in joined)
                    == any(p.search(line) for p in patterns)), line
    assert any(p.search("来源来源") for p in _joined(plain + odd))


MOJIBAKE_MIX = st.text(alphabet="妇联开展婦聯區濡囪仈缁勭粐龘㐀カナㄅ\ue000\uf900\ufa0e\ufffd?,a 锟斤拷",
                       max_size=60)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(MOJIBAKE_MIX)
def test_rare_cores_are_the_rare_spans_of_long_mojibake_runs(text):
    expected = []
    for run in re.finditer(garble.MOJIBAKE_CHAR.pattern + "{6,}", text):
        rare = [i for i in range(*run.span()) if not garble._is_common_when_simplified(text[i])]
        if rare:
            expected.append((rare[0], rare[-1] + 1))
    assert list(garble._rare_cores(text)) == expected


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.text(alphabet=st.characters(min_codepoint=0x4DF0, max_codepoint=0xA010) | st.characters(),
               max_size=40))
def test_han_count_is_the_number_of_han_matches(text):
    assert _han_count(text) == len(HAN_CHAR.findall(text))
