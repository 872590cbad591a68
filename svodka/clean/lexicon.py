"""Read the rule files in ``clean/data``: one item a line, ``#`` starts a comment."""
from __future__ import annotations

from pathlib import Path

from ..errors import PipelineError

DATA = Path(__file__).resolve().parent / "data"


def read_lines(name: str) -> list[tuple[int, str]]:
    """The non-blank, non-comment lines of ``data/<name>`` with their line numbers."""
    path = DATA / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PipelineError(f"rule file {path} cannot be read: {exc}",
                            "reinstall svodka; the package data is missing") from exc
    lines = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.rstrip()
        if line and not line.lstrip().startswith("#"):
            lines.append((number, line))
    return lines


def read_words(name: str) -> frozenset[str]:
    """A set of lower-case words from ``data/<name>`` (the first field of each line)."""
    return frozenset(line.split()[0].lower() for _, line in read_lines(name))
