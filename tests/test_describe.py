"""Report metadata against the gold annotations."""

from __future__ import annotations

import pytest

from womenfed.clean import clean_text
from womenfed.describe import describe
from womenfed.segment import segment

from .conftest import RAW_DIR, load_gold

GOLD = load_gold()
META = {}
for stem in GOLD:
    raw = (RAW_DIR / f"{stem}.txt").read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    META[stem] = describe(raw, cleaned, segment(cleaned.text))


def _exact(field: str) -> int:
    return sum(getattr(META[stem], field) == gold[field] for stem, gold in GOLD.items())


def test_outlet_date_organisation_level_and_period_exact_on_four_of_five():
    for field in ("source", "date", "organisation", "admin_level", "period"):
        assert _exact(field) >= 4, field  # measured 5, 5, 4, 5, 5


def test_places_stated_in_the_text_are_exact():
    for stem, gold in GOLD.items():
        for level in ("province", "city", "county", "township"):
            found = getattr(META[stem], level)
            if found is not None:  # what is filled in must be right
                assert found == gold["place"][level], (stem, level)
    assert sum(META[s].province == g["place"]["province"] for s, g in GOLD.items()
               if "province" not in g["place_inferred"]) == sum(
        "province" not in g["place_inferred"] for g in GOLD.values())


def test_authors_from_bylines():
    assert sum(META[stem].authors == gold["authors"] for stem, gold in GOLD.items()) == 5


def test_template_contradiction_is_flagged_not_guessed():
    flags = META["004_c86030df2740568a"].contradictions
    assert any("2008" in flag for flag in flags)
    assert META["004_c86030df2740568a"].period == "2021"  # the stated year, flagged
    assert all(not META[stem].contradictions for stem in GOLD if not stem.startswith("004"))


def _describe(text: str):
    cleaned = clean_text(text)
    return describe(text, cleaned, segment(cleaned.text))


@pytest.mark.parametrize("text, organisation, level, places", [
    ("宁乡市妇女联合会2020年工作总结\n2020年,宁乡市妇女联合会团结带领全市妇女建功立业。",
     "宁乡市妇联", "county", {"city": "长沙市", "county": "宁乡市"}),  # a 县级市 since 2017
    ("东城街道妇联2023年上半年工作总结\n今年上半年,东城街道妇联组织辖区妇女开展活动。",
     "东城街道妇联", "township", {"township": "东城街道"}),
    ("内蒙古自治区鄂尔多斯市东胜区妇联开展维权周活动\n3月8日,东胜区妇联发放资料500余份。",
     "东胜区妇联", "county", {"province": "内蒙古自治区", "city": "鄂尔多斯市", "county": "东胜区"}),
])
def test_federations_by_full_name_and_places_whose_names_hold_a_level_character(
        text, organisation, level, places):
    meta = _describe(text)
    assert (meta.organisation, meta.admin_level) == (organisation, level)
    assert {key: getattr(meta, key) for key in places} == places
