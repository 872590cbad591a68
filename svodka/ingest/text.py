"""Readers for plain text: ``read_text`` and ``read_dated`` (a `` date YYYY-MM[-DD]`` header)."""
from __future__ import annotations

from typing import Iterator

from ..errors import EmptyInput, InputError, NotAnArticle
from ..records import Article, Failure
from .decode import decode_bytes, universal_newlines
from .published import parse_published
from .sniff import DATED


def read_text(data: bytes, source: str, declared: str | None = None) -> Iterator[Article | Failure]:
    """One article: the whole decoded file (newlines made ``\\n``)."""
    text, encoding = decode_text(data, declared)
    yield Article(text=text, source=source, format="text", encoding=encoding)


def read_dated(data: bytes, source: str, declared: str | None = None) -> Iterator[Article | Failure]:
    """One article from a file whose first line starts with `` date 2022-01`` (or a full day).

    The header gives ``published``; ``Article.text`` is what follows it.
    """
    text, encoding = decode_text(data, declared)
    match = DATED.match(text)
    if not match:
        raise InputError("the file does not start with a 'date YYYY-MM' or 'date YYYY-MM-DD' header")
    published, precision = parse_published(match.group(1))
    if published is None:
        raise InputError(f"the header date {match.group(1)!r} is not a real date", "write it as YYYY-MM or YYYY-MM-DD")
    body = text[match.end():].lstrip()
    if not body.strip():
        raise EmptyInput("the file has a date header but no article text after it")
    yield Article(
        text=body, source=source, format="dated", encoding=encoding,
        published=published, published_precision=precision,
    )


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode and normalise newlines; ``EmptyInput`` if only whitespace is left."""
    text, encoding = decode_bytes(data, declared)
    text = universal_newlines(text)
    if not text.strip():
        raise EmptyInput("the file has only whitespace")
    return text, encoding


def read_annotation(data: bytes, source: str, declared: str | None = None) -> Iterator[Article | Failure]:
    """A BSNLP gold annotation file is not an article: say so, and read nothing."""
    raise NotAnArticle("this is a BSNLP annotation file (mention, base form, type, entity id), not an article")
    yield  # pragma: no cover  (a generator, like every reader)
