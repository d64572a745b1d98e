"""What the browser tests are given: the served site's address and the world it shows."""

from __future__ import annotations

from dataclasses import dataclass

from public_world import World


@dataclass
class Site:
    base: str
    world: World
