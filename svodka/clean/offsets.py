"""Offset maps: which run of a new text came from which run of an older one.

A map is a sorted list of ``(new, old, length)`` triples (the tuple form of
``records.Segment``): ``length`` characters at ``new`` in the new text came
from ``old`` in the older text.  Deletions leave gaps in ``old``; 1:1
replacements keep the map as it is.  Maps compose, so each cleaning step
maps to the text before it and the result maps to the raw article.
"""
from __future__ import annotations

import bisect

Span = tuple[int, int, int]  # (new, old, length)


def identity_map(length: int) -> list[Span]:
    """The map of a text to itself."""
    return [(0, 0, length)] if length else []


def delete_spans(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[Span]]:
    """Delete sorted, non-overlapping ``(start, stop)`` spans; return the new text and its map."""
    pieces: list[str] = []
    segments: list[Span] = []
    new = old = 0
    for start, stop in spans:
        if start > old:
            pieces.append(text[old:start])
            segments.append((new, old, start - old))
            new += start - old
        old = max(old, stop)
    if old < len(text):
        pieces.append(text[old:])
        segments.append((new, old, len(text) - old))
    return "".join(pieces), segments


def compose(outer: list[Span], inner: list[Span]) -> list[Span]:
    """Map C -> A, given ``outer`` (C -> B) and ``inner`` (B -> A)."""
    starts = [s[0] for s in inner]
    out: list[Span] = []
    for new, mid, length in outer:
        i = max(bisect.bisect_right(starts, mid) - 1, 0)
        end = mid + length
        while length and i < len(inner) and mid < end:
            b, a, n = inner[i]
            lo, hi = max(mid, b), min(end, b + n)
            if lo < hi:
                _append(out, (new + lo - mid, a + lo - b, hi - lo))
            i += 1
            if b + n >= end:
                break
    return out


def _append(out: list[Span], piece: Span) -> None:
    """Add ``piece``, merging it into the last one when both runs continue it."""
    if out:
        new, old, length = out[-1]
        if new + length == piece[0] and old + length == piece[1]:
            out[-1] = (new, old, length + piece[2])
            return
    out.append(piece)


def map_offset(segments: list[Span], offset: int) -> int:
    """Map one offset through ``segments`` (as ``Doc.to_raw`` does)."""
    if not segments:
        return offset
    i = max(bisect.bisect_right([s[0] for s in segments], offset) - 1, 0)
    new, old, length = segments[i]
    return old + min(offset - new, length)


def map_span(segments: list[Span], start: int, stop: int) -> tuple[int, int]:
    """Map a non-empty ``(start, stop)`` span: first char to last char inclusive."""
    return map_offset(segments, start), map_offset(segments, stop - 1) + 1
