"""Read the rule files in ``clean/data``: one item a line, ``#`` starts a comment line
(patterns may hold ``#``, so only whole comment lines are comments)."""
from __future__ import annotations

from pathlib import Path

from ..wordlists import read_numbered

DATA = Path(__file__).resolve().parent / "data"


def read_lines(name: str) -> tuple[tuple[int, str], ...]:
    """The non-blank, non-comment lines of ``data/<name>`` with their line numbers."""
    return read_numbered(DATA / name, inline_comments=False)


def read_words(name: str) -> frozenset[str]:
    """A set of lower-case words from ``data/<name>`` (the first field of each line)."""
    return frozenset(line.split()[0].lower() for _, line in read_lines(name))
