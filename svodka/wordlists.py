"""Rules as data: read the word lists and pattern files that stages keep in ``data/`` folders.

One item a line; ``#`` starts a comment (anywhere on the line unless the file holds
patterns that may contain ``#``: pass ``inline_comments=False`` for those).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import PipelineError


@lru_cache(maxsize=None)
def read_numbered(path: Path, inline_comments: bool = True) -> tuple[tuple[int, str], ...]:
    """(line number, item) for the non-blank, non-comment lines of ``path``, stripped; read once
    per process.  Line numbers let a rule file's own errors point at the line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise PipelineError(f"rule file {path} cannot be read: {exc}",
                            "reinstall svodka; its package data is missing") from exc
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0] if inline_comments else ("" if line.lstrip().startswith("#") else line)
        line = line.strip()
        if line:
            items.append((number, line))
    return tuple(items)


def read_items(path: Path, inline_comments: bool = True) -> tuple[str, ...]:
    """The non-blank, non-comment lines of ``path``, stripped; read once per process."""
    return tuple(line for _, line in read_numbered(path, inline_comments))
