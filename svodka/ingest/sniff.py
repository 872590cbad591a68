"""Tell an input's format from its first bytes, not its name.

Formats: ``warc``, ``html``, ``jsonl``, ``bsnlp``, ``dated``, ``text``; and
``annotation`` for BSNLP gold annotation files, which are not articles.
The file name only breaks a tie (``.html`` with tags but no ``<html>``).
"""
from __future__ import annotations

import json
import re
import zlib

from .decode import BOMS, guess_utf16

HEAD = 8192
GZIP = b"\x1f\x8b"
_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_TAGS = re.compile(r"<(p|div|article|span|h[1-6]|meta|title)[\s>]", re.IGNORECASE)
DATED = re.compile(r"\s*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)")
_ID = re.compile(r"[\w.-]{1,80}")
_LANG = re.compile(r"[a-z]{2,3}")
_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_URL = re.compile(r"(https?|ftp)://\S+|www\.\S+")


def sniff_format(data: bytes, name: str = "") -> str:
    """The format of ``data``: warc, html, jsonl, bsnlp, dated or text."""
    if is_warc(data):
        return "warc"
    head = head_text(data)
    start = head.lstrip()
    if looks_jsonl(start):
        return "jsonl"
    if start.startswith("<") and _HTML.search(start[:1024]):
        return "html"
    if looks_bsnlp(head):
        return "bsnlp"
    if looks_annotation(head):
        return "annotation"
    if DATED.match(head):
        return "dated"
    if name.lower().endswith((".html", ".htm", ".xhtml")) and _TAGS.search(start[:2048]):
        return "html"
    return "text"


_ANNOTATION = re.compile(r"[^\t\n]+\t[^\t\n]*\t(PER|LOC|ORG|PRO|EVT|MISC)\t[^\t\n]*")


def looks_annotation(head: str) -> bool:
    """A BSNLP annotation file: an id line, then ``mention<TAB>base<TAB>TYPE<TAB>entity`` lines."""
    lines = [l.strip("\r") for l in head.split("\n")[1:6] if l.strip()]
    return bool(lines) and all(_ANNOTATION.fullmatch(l) for l in lines[:-1] or lines)


def is_warc(data: bytes) -> bool:
    """True for a WARC file, plain or gzip-compressed."""
    if data.startswith(b"WARC/"):
        return True
    return data.startswith(GZIP) and gunzip_head(data).startswith(b"WARC/")


def gunzip_head(data: bytes, size: int = 64) -> bytes:
    """The first ``size`` decompressed bytes of gzip ``data`` (empty if damaged)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data[:4096], size)
    except zlib.error:
        return b""


def head_text(data: bytes) -> str:
    """The start of ``data`` as text, good enough to look for ASCII markers."""
    head = data[:HEAD]
    for bom, name in BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(name.replace("-sig", ""), errors="replace")
    wide = guess_utf16(head)
    if wide:
        return head.decode(wide, errors="replace")
    return head.decode("utf-8", errors="replace")


def looks_jsonl(start: str) -> bool:
    """First non-empty line is a JSON object (or at least starts like one)."""
    if not start.startswith("{"):
        return False
    line = start.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return True  # starts with "{": a broken first record is still JSONL


def looks_bsnlp(head: str) -> bool:
    """id / language / date or empty / URL or empty: the BSNLP raw header."""
    lines = head.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) < 5:
        return False
    ident, lang, date, url = (line.strip() for line in lines[:4])
    return bool(
        _ID.fullmatch(ident)
        and _LANG.fullmatch(lang)
        and (not date or _DATE.fullmatch(date))
        and (not url or _URL.fullmatch(url))
    )
