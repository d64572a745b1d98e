"""Fixtures of the push tests: a loopback platform per test."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from loopback_platform import LoopbackPlatform  # noqa: E402
from push_support import SECRET  # noqa: E402


@pytest.fixture
def platform() -> Iterator[LoopbackPlatform]:
    receiver = LoopbackPlatform([SECRET]).start()
    try:
        yield receiver
    finally:
        receiver.close()
