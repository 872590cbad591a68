"""Offset-preserving normalisation: odd spaces, line breaks and invisible characters.

Replacements are 1:1 (NBSP -> space, tab -> space, lone CR -> LF), so offsets
stay put; soft hyphens, zero-width characters and the CR of CRLF are dropped
(deletions, tracked in the offset map).  Quotes and dashes are left alone:
later rules rely on «» and —.
"""
from __future__ import annotations

import re

from ..records import Removal
from .offsets import Span, delete_spans, identity_map

# char -> (replacement, rule); "" means the char is dropped
CHANGES: dict[str, tuple[str, str]] = {
    "\t": (" ", "tab"),
    "\r": ("\n", "cr"),
    "\u00ad": ("", "soft-hyphen"),
    "\ufeff": ("", "zero-width"),
}
for _ch in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
    CHANGES[_ch] = (" ", "space")
for _ch in "\u200b\u200c\u200d\u2060":
    CHANGES[_ch] = ("", "zero-width")
for _ch in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029":
    CHANGES[_ch] = ("\n", "line-break")

_PATTERN = re.compile("\r\n|[" + re.escape("".join(CHANGES)) + "]")


def normal_form(char: str) -> str:
    """What normalisation turns ``char`` into ("" if it is dropped)."""
    return CHANGES.get(char, (char, ""))[0]


def normalize_text(text: str) -> tuple[str, list[Span], list[Removal]]:
    """Normalise ``text``; return the new text, its map to ``text`` and what changed."""
    if not _PATTERN.search(text):
        return text, identity_map(len(text)), []
    chars = list(text)
    drops: list[tuple[int, int]] = []
    removed: list[Removal] = []
    for m in _PATTERN.finditer(text):
        pos = m.start()
        if m.group() == "\r\n":
            replacement, rule = "", "crlf"
        else:
            replacement, rule = CHANGES[m.group()]
        if replacement:
            chars[pos] = replacement
        else:
            drops.append((pos, pos + 1))
        _note(removed, pos, text[pos], "normalize:" + rule)
    clean, segments = delete_spans("".join(chars), drops)
    return clean, segments, removed


def _note(removed: list[Removal], pos: int, char: str, reason: str) -> None:
    """Record one changed char, extending the last Removal for a contiguous run."""
    if removed and removed[-1].stop == pos and removed[-1].reason == reason:
        last = removed[-1]
        last.stop += 1
        last.text += char
        return
    removed.append(Removal(pos, pos + 1, reason, char))

