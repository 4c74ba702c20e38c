"""Build womenfed/gazetteer/divisions.tsv.gz from two public data sets (run by hand, offline).

Usage: python tools/make_gazetteer.py DIVISIONS_DIR AREACODES_CSV

- DIVISIONS_DIR: the ``dist/`` folder of modood/Administrative-divisions-of-China (WTFPL):
  provinces.csv, cities.csv, areas.csv, streets.csv — the National Bureau of Statistics'
  2023 statistical division codes down to townships (乡/镇/街道).
- AREACODES_CSV: ``result.csv`` of yescallop/areacodes (CC0): every county-level-and-above
  code of the Ministry of Civil Affairs 1981-2024 with the codes that replaced it, which is
  where renamed units (撤县设区, 撤地设市) come from.

Output rows (tab-separated, sorted by code): code, name, parent, level, successor.
``level`` is province|city|county|township. ``successor`` is empty for a current unit; a
former unit (code written ``<old code>@<year abolished>``) names the current unit it became,
so a report that says 广丰县 still finds 上饶市 and 江西省. Pseudo-levels of the statistics
(市辖区, 省直辖县级行政区划) are dropped: a municipality's districts hang under a city row
named like the municipality, and a county-level city directly under its province (济源市)
is a city, as the sample gold counts it; a county or forestry district there (定安县,
神农架林区) is a county under its province: a 县 is never a city, whatever block it is coded in.
"""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

PSEUDO_CITIES = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
TOWNSHIP_SUFFIXES = ("镇", "乡", "街道", "苏木")
OFFICE = "办事处"
# Names of units directly under a province that no reading takes for a city (定安县, 白沙黎族
# 自治县, 神农架林区); its cities (济源市, 文昌市) are read as cities, as the sample gold has it.
DIRECT_COUNTY_SUFFIXES = ("县", "林区")  # 漓东街道办事处 is 漓东街道


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def current_units(folder: Path) -> dict[str, tuple[str, str, str]]:
    """code -> (name, parent code, level) of today's divisions."""
    units: dict[str, tuple[str, str, str]] = {}
    provinces = {row["code"]: row["name"] for row in _read(folder / "provinces.csv")}
    for code, name in provinces.items():
        units[code] = (name, "", "province")
    city_of: dict[str, str] = {}  # statistics city code -> the code our rows hang under
    for row in _read(folder / "cities.csv"):
        if row["name"] in PSEUDO_CITIES[:2]:  # a municipality: one city row, its own name
            units[row["code"]] = (provinces[row["provinceCode"]], row["provinceCode"], "city")
            city_of[row["code"]] = row["code"]
        elif row["name"] in PSEUDO_CITIES:
            city_of[row["code"]] = row["provinceCode"]
        else:
            units[row["code"]] = (row["name"], row["provinceCode"], "city")
            city_of[row["code"]] = row["code"]
    county_of: dict[str, str] = {}
    for row in _read(folder / "areas.csv"):
        parent = city_of[row["cityCode"]]
        if parent == row["provinceCode"]:  # 济源市, 定安县: directly under the province
            level = "county" if row["name"].endswith(DIRECT_COUNTY_SUFFIXES) else "city"
            units[row["code"]] = (row["name"], parent, level)
        elif row["name"] not in ("市辖区", units.get(parent, ("",))[0]):
            units[row["code"]] = (row["name"], parent, "county")
        # 东莞市 repeats its city as a county row: its towns hang under the city
        county_of[row["code"]] = row["code"] if row["code"] in units else parent
    for row in _read(folder / "streets.csv"):
        parent = county_of.get(row["areaCode"]) or city_of[row["cityCode"]]
        # 济源市玉泉街道 carries its parent's name in front: the name is 玉泉街道
        name = row["name"].removesuffix(OFFICE).removeprefix(units[parent][0])
        if name.endswith(TOWNSHIP_SUFFIXES):  # not farms, forestry bureaus, parks
            units[row["code"]] = (name, parent, "township")
    return units


def former_units(areacodes: Path, units: dict) -> list[tuple[str, str, str, str, str]]:
    """Abolished county- and city-level codes whose name differs from the unit they became."""
    rows = _read(areacodes)
    successor = {row["代码"]: row["新代码"] for row in rows if row["状态"] == "弃用"}
    levels = {"地级": "city", "县级": "county"}
    names = {name for name, _, _ in units.values()}
    out = []
    for row in rows:
        if row["状态"] != "弃用" or row["级别"] not in levels or not row["新代码"]:
            continue
        code, seen = row["代码"], set()
        while code in successor and code not in seen and code not in units:
            seen.add(code)
            code = successor[code].split(";")[0].split("[")[0]
        if code not in units or row["名称"] in names:
            continue
        name, parent, level = units[code]
        out.append((f"{row['代码']}@{row['变更/弃用时间']}", row["名称"], parent,
                    levels[row["级别"]], code))
    return out


def main(folder: str, areacodes: str) -> None:
    units = current_units(Path(folder))
    rows = [(code, name, parent, level, "") for code, (name, parent, level) in units.items()]
    rows += former_units(Path(areacodes), units)
    rows.sort()
    target = Path(__file__).resolve().parents[1] / "womenfed" / "gazetteer" / "divisions.tsv.gz"
    target.parent.mkdir(exist_ok=True)
    body = "".join("\t".join(row) + "\n" for row in rows).encode("utf-8")
    # mtime=0: the same inputs give the same bytes
    with open(target, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as out:
        out.write(b"code\tname\tparent\tlevel\tsuccessor\n" + body)
    print(f"{len(rows)} rows -> {target}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
