"""Shared test helpers: where the project's examples and the optional ../shared folder are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EDITIONS = ROOT / "editions"
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
EXAMPLES = sorted((EDITIONS / "wcda").glob("*.txt")) + sorted((EDITIONS / "bare").glob("*.txt"))
SEED = EDITIONS / "wcda" / "wcda-112109.txt"


def shared_or_skip(*parts: str) -> Path:
    """A path inside ../shared, or skip the test: a user's clone has no ../shared."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is only beside the development checkout)")
    return path


@pytest.fixture(scope="session")
def registry():
    from encoder.names.registry import load_registry

    return load_registry(sorted((EDITIONS / "registry").glob("*.xml")))
