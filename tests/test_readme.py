"""The README's examples run as written, against a real server with the demo data.

The convention, stated in the README ("Run the tests"): every ```bash and ```python block
runs, in order, unless the line just before its fence is ``<!-- not run: why -->``; a line
``<!-- output contains: A | B -->`` just after a block lists fragments its output must
contain. The server is ``credit serve --demo --port 0``, as ``scripts/serve`` starts it, and
the blocks get exactly the variables it prints (``export CREDIT_URL=...`` and the keys).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
CREDIT = str(Path(sys.executable).with_name("credit"))
RUNNABLE = ("bash", "python")
_FENCE = re.compile(r"^```(\S*)\s*$")
_NOT_RUN = re.compile(r"^<!--\s*not run:\s*(\S.*?)\s*-->$")
_CONTAINS = re.compile(r"^<!--\s*output contains:\s*(.+?)\s*-->$")


@dataclass
class Block:
    language: str
    line: int  # of the opening fence, counting from 1
    code: str
    skipped: str | None = None
    expects: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"line{self.line}-{self.language}"


def blocks(text: str) -> list[Block]:
    lines = text.splitlines()
    found: list[Block] = []
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        start = i
        i += 1
        while i < len(lines) and lines[i].rstrip() != "```":
            i += 1
        block = Block(fence.group(1), start + 1, "\n".join(lines[start + 1 : i]) + "\n")
        before = _NOT_RUN.match(lines[start - 1].strip()) if start else None
        block.skipped = before.group(1) if before else None
        after = _CONTAINS.match(lines[i + 1].strip()) if i + 1 < len(lines) else None
        if after:
            block.expects = [part.strip() for part in after.group(1).split("|")]
        found.append(block)
        i += 1
    return found


README_BLOCKS = blocks(README.read_text(encoding="utf-8"))
TO_RUN = [b for b in README_BLOCKS if b.language in RUNNABLE and b.skipped is None]


@pytest.fixture(scope="module")
def demo_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """``credit serve --demo`` on a free port; the environment a reader has after pasting
    the ``export`` lines it printed."""
    home = tmp_path_factory.mktemp("readme")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CREDIT_", "PROMETHEUS_"))}
    env.update(CREDIT_DATABASE_URL=f"sqlite://{home / 'demo.sqlite3'}",
               CREDIT_RECEIPT_KEY_DIR=str(home / "receipt-keys"))
    server = subprocess.Popen([CREDIT, "serve", "--demo", "--port", "0"], cwd=home, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    exported: dict[str, str] = {}
    try:
        assert server.stdout is not None
        for line in server.stdout:
            if line.startswith("export "):
                name, _, value = line[len("export "):].strip().partition("=")
                exported[name] = value
            if line.startswith("serving on "):
                break
        assert {"CREDIT_URL", "PROCUREMENT_KEY", "REGULATOR_KEY", "INSURER_KEY", "ADMIN_KEY"} <= set(exported), (
            f"the demo printed {sorted(exported)}"
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(exported["CREDIT_URL"] + "/readyz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, "the demo server did not come up"
            time.sleep(0.1)
        yield {**env, **exported}
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_the_readme_has_runnable_examples_for_each_consumer() -> None:
    assert len(TO_RUN) >= 6
    text = "".join(b.code for b in TO_RUN)
    for key in ("PROCUREMENT_KEY", "REGULATOR_KEY", "INSURER_KEY"):
        assert key in text
    for language in RUNNABLE:
        assert any(b.language == language for b in TO_RUN)


@pytest.mark.parametrize("block", TO_RUN, ids=[b.name for b in TO_RUN])
def test_readme_block_runs_as_written(block: Block, demo_environment: dict[str, str]) -> None:
    if block.language == "bash":
        command = ["bash", "-euo", "pipefail", "-c", block.code]
        stdin = None
    else:  # the README says to run the Python examples with .venv/bin/python: this interpreter
        command = [sys.executable, "-"]
        stdin = block.code
    done = subprocess.run(command, input=stdin, cwd=ROOT, env=demo_environment, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, f"README line {block.line}:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    assert done.stdout.strip(), f"README line {block.line} printed nothing"
    for fragment in block.expects:
        assert fragment in done.stdout, f"README line {block.line}: {fragment!r} not in\n{done.stdout[-3000:]}"
