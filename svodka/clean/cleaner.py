"""Clean one article: normalise, drop boilerplate lines, split glued headings.

Every step maps its output back to its input, and the maps compose, so each
char of the clean text maps to the raw char it came from
(``Doc.to_raw``).  What was dropped or changed is listed, in raw offsets,
with its reason: ``boilerplate:<rule>``, ``heading``, ``normalize:<rule>``.
"""
from __future__ import annotations

from ..records import Article, Doc, Removal, Segment
from .boilerplate import find_boilerplate
from .headings import find_headings, split_headings
from .normalize import normalize_text
from .offsets import Span, compose, delete_spans, map_span

HEADING = "heading"
HEADING_BREAK = "normalize:heading-break"  # the space around a heading turned into "\n"


def clean_article(article: Article) -> Doc:
    """A ``Doc`` with the clean text of ``article``, its map to the raw text and its removals."""
    text, segments, removed = clean_text(article.text)
    return Doc(article=article, text=text, segments=segments, removed=removed)


def clean_text(raw: str) -> tuple[str, list[Segment], list[Removal]]:
    """Clean ``raw``; return the clean text, segments (clean -> raw) and removals (raw offsets)."""
    text, segments, removed = normalize_text(raw)
    text, segments = _drop_boilerplate(raw, text, segments, removed)
    headings = find_headings(text)
    if headings:
        _note_headings(raw, text, segments, removed, headings)
        text = split_headings(text, headings)
        # a split can leave a boilerplate line standing alone: drop it too
        text, segments = _drop_boilerplate(raw, text, segments, removed)
    removed.sort(key=lambda r: (r.start, r.stop))
    return text, [Segment(*s) for s in segments], removed


def _drop_boilerplate(raw: str, text: str, segments: list[Span], removed: list[Removal]):
    """Delete boilerplate lines from ``text``; return the new text and its map to ``raw``."""
    lines = find_boilerplate(text)
    if not lines:
        return text, segments
    for start, stop, rule in lines:
        removed.append(_removal(raw, segments, start, stop, "boilerplate:" + rule))
    text, inner = delete_spans(text, [(start, stop) for start, stop, _ in lines])
    return text, compose(inner, segments)


def _note_headings(raw, text, segments, removed, headings) -> None:
    """Record each heading and each space around one that becomes a line break."""
    breaks = set()
    for start, stop in headings:
        removed.append(_removal(raw, segments, start, stop, HEADING))
        breaks.update(pos for pos in (start - 1, stop) if pos >= 0 and text[pos] != "\n")
    for pos in sorted(breaks):
        removed.append(_removal(raw, segments, pos, pos + 1, HEADING_BREAK))


def _removal(raw: str, segments: list[Span], start: int, stop: int, reason: str) -> Removal:
    """A Removal for the clean span ``(start, stop)``, in raw offsets with the raw text."""
    raw_start, raw_stop = map_span(segments, start, stop)
    return Removal(raw_start, raw_stop, reason, raw[raw_start:raw_stop])
