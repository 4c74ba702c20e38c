"""environment.yml (conda) and pyproject.toml must list the same dependencies."""

import re
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[ ;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = project["dependencies"] + project["optional-dependencies"]["dev"]
    return {_name(r): r.split(";")[0].replace(" ", "") for r in requirements}


def _conda_requirements() -> dict[str, str]:
    found = {}
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\s*-\s+(\S+)\s*$", line)
        if match and match.group(1) not in ("pip", "pip:", "conda-forge") and \
                not re.match(r"python(?![\w-])|-e", match.group(1)):  # the interpreter itself
            found[_name(match.group(1))] = match.group(1)
    return found


def test_same_dependencies_and_bounds():
    assert _conda_requirements() == _pyproject_requirements()


def test_environment_installs_the_package_itself():
    assert "- -e ." in (ROOT / "environment.yml").read_text(encoding="utf-8")
