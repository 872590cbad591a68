"""Ingest: paths, globs, directories and stdin to ``Article`` or ``Failure``.

``read_inputs`` is the entry point.  It never raises for a bad input: every
file that cannot become an article gives a ``Failure`` with a code and a
reason, and the other files are still read.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import sys
from typing import Callable, Iterable, Iterator

from ..errors import (
    EmptyInput, InputError, MissingInput, PipelineError, SvodkaError, TooLarge, UndecodableInput,
)
from ..records import Article, Failure
from ..settings import Settings
from .bsnlp import read_bsnlp
from .decode import decode_bytes
from .html import read_html
from .jsonl import read_jsonl
from .published import check_day
from .rules import load_lines
from .sniff import sniff_format
from .text import read_annotation, read_dated, read_text
from .warc import read_warc

Item = Article | Failure
READERS: dict[str, Callable[[bytes, str], Iterator[Item]]] = {
    "warc": read_warc,
    "html": read_html,
    "jsonl": read_jsonl,
    "bsnlp": read_bsnlp,
    "dated": read_dated,
    "text": read_text,
    "annotation": read_annotation,
}
STDIN = "-"

__all__ = [
    "read_inputs", "iter_files", "read_bytes", "READERS", "decode_bytes", "sniff_format",
    "read_text", "read_dated", "read_jsonl", "read_html", "read_bsnlp", "read_warc",
]


def read_inputs(
    paths: Iterable[str], settings: Settings | None = None, default_date: str | None = None
) -> Iterator[Item]:
    """Articles and failures from files, directories, globs and ``-`` (stdin), in order.

    ``default_date`` (``YYYY-MM-DD``, the CLI's ``--date``) is the
    publication day of articles that give none; it falls back to
    ``settings.default_date``.  A malformed date raises ``UsageError`` here,
    before anything is read.
    """
    settings = settings or Settings()
    day = default_date or settings.default_date or None
    if day:
        day = check_day(day)
    return _read_all(paths, settings, day)


def _read_all(paths: Iterable[str], settings: Settings, day: str | None) -> Iterator[Item]:
    for item in iter_files(paths):
        if isinstance(item, Failure):
            yield item
            continue
        for result in read_path(item, settings.max_bytes):
            if day and isinstance(result, Article) and not result.published:
                result.published, result.published_precision = day, "day"
            yield result


def iter_files(paths: Iterable[str]) -> Iterator[str | Failure]:
    """File paths (or ``-``) named by ``paths``; a ``MissingInput`` failure for each that names nothing.

    Directories are walked recursively in sorted order, skipping hidden
    files and folders; globs are expanded (``**`` included).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    seen: set[str] = set()
    for spec in paths:
        for item in _expand(os.fspath(spec)):
            if isinstance(item, Failure) or item == STDIN:
                yield item
                continue
            key = os.path.realpath(item)
            if key not in seen:  # a file named twice (or by two globs) is read once
                seen.add(key)
                yield item


def _expand(spec: str) -> Iterator[str | Failure]:
    if spec == STDIN:
        yield STDIN
    elif os.path.isdir(spec):
        yield from walk_dir(spec)
    elif os.path.isfile(spec):
        yield spec
    elif glob.has_magic(spec):
        yield from _expand_glob(spec)
    else:
        yield Failure.from_error(spec, "read", MissingInput(f"{spec}: no such file or directory"))


def walk_dir(root: str) -> Iterator[str]:
    """Files under ``root``, sorted, without hidden files or folders or READMEs (``data/skip_files.txt``)."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not is_skipped(name):
                yield os.path.join(folder, name)


def is_skipped(name: str) -> bool:
    """True for documentation files a directory walk passes over."""
    return any(fnmatch.fnmatch(name.lower(), pattern) for pattern in load_lines("skip_files.txt"))


def _expand_glob(pattern: str) -> Iterator[str | Failure]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Failure.from_error(pattern, "read", MissingInput(f"no file matches the pattern {pattern!r}"))
    for match in matches:
        if os.path.isdir(match):
            yield from walk_dir(match)
        elif os.path.isfile(match):
            yield match


def read_path(path: str, max_bytes: int) -> Iterator[Item]:
    """Articles and failures from one file path, or ``-`` for stdin."""
    try:
        data = _load(path, max_bytes)
    except InputError as exc:
        yield Failure.from_error(path, "read", exc)
        return
    yield from read_bytes(data, path, name=path)


def read_bytes(data: bytes, source: str, name: str = "") -> Iterator[Item]:
    """Sniff ``data`` and run its reader; any error becomes a ``Failure`` for ``source``."""
    if not data.strip():
        yield Failure.from_error(source, "read", EmptyInput("the input is empty" if not data else "the input has only whitespace"))
        return
    try:
        reader = READERS[sniff_format(data, name or source)]
        yield from reader(data, source)
    except UndecodableInput as exc:
        yield Failure.from_error(source, "decode", exc)
    except SvodkaError as exc:
        yield Failure.from_error(source, "read", exc)
    except Exception as exc:  # a reader bug must not stop the batch
        error = PipelineError(f"reading failed unexpectedly ({type(exc).__name__}: {exc})")
        yield Failure.from_error(source, "read", error)


def _load(path: str, max_bytes: int) -> bytes:
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        size = len(data)
    else:
        try:
            size = os.path.getsize(path)
            data = b"" if size > max_bytes else _read_file(path)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror or exc}", "check that the file exists and is readable") from None
    if size > max_bytes:
        what = "standard input is" if path == STDIN else f"the file is {_megabytes(size)}"
        raise TooLarge(f"{what} larger than the max_bytes limit of {_megabytes(max_bytes)}")
    return data


def _read_file(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size:,} bytes"
