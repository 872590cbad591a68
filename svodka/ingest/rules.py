"""Rule lists of the ingest package, read once from ``data/*.txt``."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..wordlists import read_items

DATA = Path(__file__).resolve().parent / "data"


def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of ``data/<name>``, without ``#`` comment lines (patterns may hold ``#``)."""
    return read_items(DATA / name, inline_comments=False)


@lru_cache(maxsize=None)
def load_magic() -> tuple[tuple[bytes, str], ...]:
    """(prefix bytes, format name) pairs from ``data/magic.txt``."""
    pairs = []
    for line in load_lines("magic.txt"):
        hexbytes, _, name = line.partition(" ")
        pairs.append((bytes.fromhex(hexbytes), name.strip()))
    return tuple(pairs)
