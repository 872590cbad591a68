"""``read_warc``: web archives (``.warc`` and ``.warc.gz``), via warcio.

Each ``response`` (or ``resource``) record with an HTML or plain-text
payload and a 2xx status becomes an article, its source ``path#N`` (N is
the record's 1-based position in the archive) and its URL the record's
``WARC-Target-URI``.  A truncated archive yields the good records, then a
``BrokenArchive`` failure.  No warcio type leaves this module.
"""
from __future__ import annotations

import io
import re
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator

from ..errors import BrokenArchive, NoText, PipelineError, SvodkaError
from ..records import Article, Failure
from .html import html_article
from .text import decode_text

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def read_warc(data: bytes, source: str, declared: str | None = None) -> Iterator[Article | Failure]:
    """Articles from the HTML and text records of a WARC; failures for bad records and truncation."""
    archive = ArchiveIterator(io.BytesIO(data))
    number, end, found = 0, 0, 0
    try:
        for record in archive:
            number += 1
            where = f"{source}#{number}"
            if _header_cut(record):
                yield _broken(where, f"the archive ends inside the header of record {number}", number - 1)
                return
            payload = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0):
                yield _broken(where, f"the archive is cut off inside record {number}", number - 1)
                return
            archive.read_to_end()
            end = archive.get_record_offset() + archive.get_record_length()
            item = record_article(_record_info(record), payload, where)
            if item is not None:
                found += 1
                yield item
    except Exception as exc:  # warcio raises several types for damaged bytes
        yield _broken(f"{source}#{number + 1}", f"record {number + 1} is damaged ({type(exc).__name__}: {exc})", number)
        return
    if data[end:].strip():
        yield _broken(f"{source}#{number + 1}", f"the archive ends inside record {number + 1}", number)
    elif not found:
        raise NoText("the archive has no HTML or plain-text response records")


def record_article(info: dict, payload: bytes, where: str) -> Article | Failure | None:
    """An article (or failure) for one record; ``None`` for records that are not pages."""
    if info["type"] not in ("response", "resource") or not info["ok"]:
        return None
    mime = info["content_type"].split(";", 1)[0].strip().lower()
    if mime not in HTML_TYPES + TEXT_TYPES or not payload.strip():
        return None
    match = _CHARSET.search(info["content_type"])
    declared = match.group(1) if match else None
    try:
        text, encoding = decode_text(payload, declared)
        if mime in HTML_TYPES:
            return html_article(text, where, encoding, url=info["url"], format="warc")
        return Article(text=text, source=where, format="warc", url=info["url"], encoding=encoding)
    except SvodkaError as exc:
        return Failure.from_error(where, "read", exc)
    except Exception as exc:  # one odd page must not lose the rest of the archive
        return Failure.from_error(where, "read", PipelineError(f"reading this record failed ({type(exc).__name__}: {exc})"))


def _record_info(record) -> dict:
    """The few fields of a warcio record that matter, as plain values."""
    http = record.http_headers
    status = http.get_statuscode() if http is not None and record.rec_type == "response" else "200"
    if http is not None:
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return {
        "type": record.rec_type,
        "url": record.rec_headers.get_header("WARC-Target-URI") or "",
        "content_type": content_type,
        "ok": str(status or "").startswith("2"),
    }


def _header_cut(record) -> bool:
    """A record whose WARC header was cut short: no type or length, or an empty response."""
    if record.rec_type is None or record.length is None:
        return True
    return record.rec_type == "response" and not record.length


def _broken(where: str, what: str, good: int) -> Failure:
    error = BrokenArchive(f"{what}; {good} record(s) before it were read")
    return Failure.from_error(where, "read", error)

