"""The gazetteer converter on small made-up inputs in the layout of its two sources."""

from __future__ import annotations

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "make_gazetteer.py"
spec = importlib.util.spec_from_file_location("make_gazetteer", TOOL)
make_gazetteer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_gazetteer)


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_pseudo_levels_are_dropped_and_former_units_point_to_their_successors(tmp_path):
    _write(tmp_path, "provinces.csv", 'code,name\n11,"甲市"\n41,"乙省"\n')
    _write(tmp_path, "cities.csv", 'code,name,provinceCode\n1101,"市辖区",11\n'
           '4101,"丙市",41\n4190,"省直辖县级行政区划",41\n')
    _write(tmp_path, "areas.csv", 'code,name,cityCode,provinceCode\n110101,"丁区",1101,11\n'
           '410102,"戊区",4101,41\n419001,"己市",4190,41\n419022,"癸县",4190,41\n')
    _write(tmp_path, "streets.csv", 'code,name,areaCode,provinceCode,cityCode\n'
           '419001001,"己市庚街道",419001,41,4190\n410102001,"辛街道办事处",410102,41,4101\n'
           '410102400,"壬农场",410102,41,4101\n')
    _write(tmp_path, "result.csv", "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n"
           "410122,乙省,丙市,戊县,县级,弃用,1983,2015,410102\n"
           "410123,乙省,丙市,戊区,县级,弃用,1983,1990,410102\n")
    units = make_gazetteer.current_units(tmp_path)
    assert units["1101"] == ("甲市", "11", "city")  # a municipality's city row, its own name
    assert units["419001"] == ("己市", "41", "city")  # directly under its province
    assert units["419022"] == ("癸县", "41", "county")  # a county there is no city
    assert units["419001001"] == ("庚街道", "419001", "township")  # parent's name dropped
    assert units["410102001"] == ("辛街道", "410102", "township")  # 办事处 dropped
    assert "410102400" not in units  # a farm is not a division
    former = make_gazetteer.former_units(tmp_path / "result.csv", units)
    assert former == [("410122@2015", "戊县", "4101", "county", "410102")]  # 戊区 is current
