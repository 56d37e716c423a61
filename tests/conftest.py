from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def shared() -> Path:
    assert SHARED.is_dir(), f"the shared folder is expected beside the project at {SHARED}"
    return SHARED


@pytest.fixture(scope="session")
def seeds(shared) -> Path:
    return shared / "articles" / "seeds"


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "graph.db"
