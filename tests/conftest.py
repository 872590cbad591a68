"""Shared fixtures.

Tests that read ../shared (the seed, the datasets) use the ``shared`` fixture:
it skips when ../shared is absent on a user's machine and fails under CI=true.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SVODKA_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_089b544d4bc94db6.txt"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need_shared(path: Path = SHARED) -> Path:
    if path.exists():
        return path
    if IN_CI:
        pytest.fail(f"{path} is absent, and CI=true needs it: lay ../shared beside the clone")
    pytest.skip(f"{path} is absent (shared data is read at run time, never copied)")


@pytest.fixture(scope="session")
def shared() -> Path:
    return need_shared()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return need_shared(SEED)


@pytest.fixture(scope="session")
def pipeline():
    """One pipeline (natasha models loaded once) for the whole test session."""
    from svodka.pipeline import Pipeline
    return Pipeline()
