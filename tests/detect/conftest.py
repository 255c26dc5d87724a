"""Fixtures of the detection tests: the rules and ONE analyzer for the whole session."""

from __future__ import annotations

import pytest

from redact.detect.engine import Detector
from redact.rules import Rules, load_rules


@pytest.fixture(scope="session")
def rules() -> Rules:
    return load_rules()


@pytest.fixture(scope="session")
def detector(rules: Rules) -> Detector:
    """Built once per session: building is the heavy part, analysing is cheap."""
    return Detector(rules)
