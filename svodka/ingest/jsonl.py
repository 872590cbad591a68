"""``read_jsonl``: one JSON object per line, each an article.

Keys: ``text`` (required), ``id``, ``url``, ``title``, ``date`` or
``published``.  A bad line becomes a ``Failure`` for ``path:LINE``; the
other lines are still read.
"""
from __future__ import annotations

import json
from typing import Iterator

from ..errors import BrokenRecord
from ..records import Article, Failure
from .decode import universal_newlines
from .published import parse_published
from .text import decode_text

DATE_KEYS = ("published", "date", "published_at", "datetime")


def read_jsonl(data: bytes, source: str, declared: str | None = None) -> Iterator[Article | Failure]:
    """Articles from a JSON Lines file; a ``Failure`` (E105) for each broken line."""
    text, encoding = decode_text(data, declared)
    lines = universal_newlines(text).split("\n")
    last = _last_content_line(lines)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        truncated = number == last and not text.endswith("\n")
        try:
            record = parse_record(line, number, truncated)
        except BrokenRecord as exc:
            yield Failure.from_error(where, "read", exc)
            continue
        yield build_article(record, where, encoding)


def parse_record(line: str, number: int, truncated: bool = False) -> dict:
    """The JSON object on ``line``, or ``BrokenRecord`` saying what is wrong."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        tail = "; the file looks truncated here" if truncated else ""
        raise BrokenRecord(f"line {number} is not valid JSON ({_short(exc)}){tail}") from None
    if not isinstance(record, dict):
        raise BrokenRecord(f"line {number} is a JSON {type(record).__name__}, not an object with a \"text\" key")
    value = record.get("text")
    if value is None:
        raise BrokenRecord(f"line {number} has no \"text\" key")
    if not isinstance(value, str):
        raise BrokenRecord(f"line {number}: \"text\" is a {type(value).__name__}, not a string")
    if not value.strip():
        raise BrokenRecord(f"line {number}: \"text\" is empty")
    return record


def build_article(record: dict, source: str, encoding: str) -> Article:
    """An ``Article`` from a parsed JSONL record."""
    published, precision = None, None
    for key in DATE_KEYS:
        published, precision = parse_published(record.get(key))
        if published:
            break
    return Article(
        text=universal_newlines(record["text"]),
        source=source,
        format="jsonl",
        title=_string(record.get("title")),
        url=_string(record.get("url")),
        published=published,
        published_precision=precision,
        ext_id=_string(record.get("id")),
        encoding=encoding,
    )


def _string(value) -> str:
    if value is None:
        return ""
    return value.strip() if isinstance(value, str) else str(value)


def _short(exc: ValueError) -> str:
    msg = getattr(exc, "msg", None)
    col = getattr(exc, "colno", None)
    return f"{msg} at column {col}" if msg and col else str(exc)


def _last_content_line(lines: list[str]) -> int:
    for index in range(len(lines), 0, -1):
        if lines[index - 1].strip():
            return index
    return 0
