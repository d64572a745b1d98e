"""Shipped rule data: the measures catalogue, premium rule sets, holiday calendars."""

from importlib.resources import files


def read_rule_file(name: str) -> str:
    return files(__name__).joinpath(name).read_text(encoding="utf-8")
