"""Rule lists of the ingest package, read once from ``data/*.txt``."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty lines of ``data/<name>``, without ``#`` comment lines."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=None)
def load_magic() -> tuple[tuple[bytes, str], ...]:
    """(prefix bytes, format name) pairs from ``data/magic.txt``."""
    pairs = []
    for line in load_lines("magic.txt"):
        hexbytes, _, name = line.partition(" ")
        pairs.append((bytes.fromhex(hexbytes), name.strip()))
    return tuple(pairs)
