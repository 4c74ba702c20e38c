"""Shared fixtures: the sample corpus, its gold annotations, and one build of it per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW_DIR = ROOT / "data" / "raw"
GOLD_DIR = Path(__file__).resolve().parent / "gold"


def load_gold() -> dict[str, dict]:
    """Gold annotations by report id (file stem)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(GOLD_DIR.glob("*.json"))}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return load_gold()


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory):
    """The sample corpus built once into a temporary folder (tables as DataFrames)."""
    from womenfed.corpus import build, read_tables

    out = tmp_path_factory.mktemp("processed")
    build(RAW_DIR, out)
    return read_tables(out)
