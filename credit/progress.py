"""Progress bars on a terminal (rich) for the commands that work through many rows (import,
export): one place for how they look and when they show."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

#: a file of fewer rows is done before a bar would be worth reading
PROGRESS_FROM_ROWS = 1000

#: advance(phase, count); a phase "total:<phase>" sets that phase's total to count instead
Advance = Callable[[str, int], None]


@contextmanager
def progress_bars(phases: Mapping[str, tuple[str, int | None]], show: bool) -> Iterator[Advance]:
    """One bar per phase (phase → its label and total; None: not known yet), on standard error
    when ``show``; yields ``advance``. Without ``show`` it draws nothing and costs nothing."""
    if not show:
        yield lambda phase, count: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True)) as bar:
        tasks = {phase: bar.add_task(label, total=total) for phase, (label, total) in phases.items()}

        def advance(phase: str, count: int) -> None:
            if phase.startswith("total:"):
                bar.update(tasks[phase.removeprefix("total:")], total=count)
            else:
                bar.advance(tasks[phase], count)

        yield advance
