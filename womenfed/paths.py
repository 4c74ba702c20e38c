"""Where the project's data and outputs live, so no notebook spells out ``"../data"``.

Everything hangs off ``ROOT``: the folder named by the environment variable
``WOMENFED_ROOT`` if it is set (the tests point it at a temporary copy so that running the
notebooks never touches the repository), otherwise the repository holding this package.

>>> from womenfed import paths
>>> paths.PROCESSED.relative_to(paths.ROOT).as_posix()
'data/processed'
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT_VARIABLE = "WOMENFED_ROOT"

# The repository this package was installed from (an editable install): it holds the notebooks.
REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
# Hand-coded gold travels with the code: the sample reports' (tests/gold) and the
# development corpus's manifest and gold (eval/dev; its texts live outside the repository).
SAMPLE_GOLD = REPO / "tests" / "gold"
DEV_CORPUS = REPO / "eval" / "dev"

ROOT = Path(os.environ[ROOT_VARIABLE]).resolve() if os.environ.get(ROOT_VARIABLE) else REPO
RAW = ROOT / "data" / "raw"
PROCESSED = ROOT / "data" / "processed"
EXPORTS = ROOT / "data" / "exports"
FIGURES = ROOT / "figures"
# The notebooks count each repost cluster once unless this variable is "1" (every copy).
COUNT_REPOSTS = os.environ.get("WOMENFED_COUNT_REPOSTS") == "1"

__all__ = ["COUNT_REPOSTS", "DEV_CORPUS", "EXPORTS", "FIGURES", "NOTEBOOKS", "PROCESSED", "RAW",
           "REPO", "ROOT", "ROOT_VARIABLE", "SAMPLE_GOLD"]
