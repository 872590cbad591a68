"""``read_bsnlp``: a BSNLP shared-task raw file.

Lines 1-4 are id, language, publication date (may be empty) and URL; the
title line and the text follow.  ``Article.text`` is the gold TEXT of
GOLD_FORMAT.md: the file as ``open(path, encoding='utf-8').read()`` reads
it (universal newlines), after its first four lines, so gold offsets line up.
"""
from __future__ import annotations

from typing import Iterator

from ..errors import InputError, NoText
from ..records import Article, Failure
from .published import parse_published
from .text import decode_text

HEADER_LINES = 4


def read_bsnlp(data: bytes, source: str, declared: str | None = None) -> Iterator[Article | Failure]:
    """One article from a BSNLP raw file; ``title`` is line 5."""
    text, encoding = decode_text(data, declared or "utf-8")
    header, body = split_bsnlp(text)
    if not body.strip():
        raise NoText("the BSNLP file has its four header lines but no title or text after them")
    ext_id, _language, date, url = header
    published, precision = parse_published(date)
    yield Article(
        text=body,
        source=source,
        format="bsnlp",
        title=body.split("\n", 1)[0].strip(),
        url=url,
        published=published,
        published_precision=precision,
        ext_id=ext_id,
        encoding=encoding,
    )


def split_bsnlp(text: str) -> tuple[list[str], str]:
    """``([id, language, date, url], TEXT)`` of a decoded, newline-normalised BSNLP file."""
    parts = text.split("\n", HEADER_LINES)
    if len(parts) <= HEADER_LINES:
        raise InputError(f"a BSNLP raw file needs {HEADER_LINES} header lines and a text; this one has {len(parts)} lines")
    return [p.strip() for p in parts[:HEADER_LINES]], parts[HEADER_LINES]
