"""Boilerplate lines: share buttons, "read also", cookie banners, login notices.

Patterns live in ``data/boilerplate.txt`` as ``rule<TAB>regex``; a line of
text is boilerplate when one of them matches the whole (stripped) line.  Only
whole lines are removed, never sentences inside a paragraph.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..errors import PipelineError
from .lexicon import read_lines

MAX_LINE = 300  # longer lines are article text, never boilerplate
FILE = "boilerplate.txt"


@lru_cache(maxsize=1)
def load_patterns() -> tuple[re.Pattern, tuple[str, ...]]:
    """One compiled alternation of all patterns, and the rule of each group."""
    parts, rules = [], []
    for number, line in read_lines(FILE):
        rule, sep, regex = line.partition("\t")
        if not sep or not rule.strip() or not regex.strip():
            raise PipelineError(f"{FILE} line {number} is not 'rule<TAB>regex'",
                                "fix the rule file: one rule name, a tab, one regex")
        try:
            re.compile(regex)
        except re.error as exc:
            raise PipelineError(f"{FILE} line {number}: bad regex ({exc})",
                                "fix the regex in the rule file") from exc
        parts.append(f"(?:{regex.strip()})")
        rules.append(rule.strip())
    pattern = "|".join(f"(?P<r{i}>{p})" for i, p in enumerate(parts))
    return re.compile(pattern, re.IGNORECASE), tuple(rules)


def match_line(line: str) -> str | None:
    """The rule that makes ``line`` boilerplate, or None."""
    line = line.strip()
    if not line or len(line) > MAX_LINE:
        return None
    pattern, rules = load_patterns()
    m = pattern.fullmatch(line)
    if m is None:
        return None
    return rules[int(m.lastgroup[1:])]


def find_boilerplate(text: str) -> list[tuple[int, int, str]]:
    """``(start, stop, rule)`` of each boilerplate line, with the line break that goes with it."""
    found: list[tuple[int, int, str]] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start <= MAX_LINE + 20:
            rule = match_line(text[start:end])
            if rule:
                found.append(_with_break(text, start, end, rule, found))
        start = end + 1
    return found


def _with_break(text: str, start: int, end: int, rule: str, found: list) -> tuple[int, int, str]:
    """Extend a line span by its own line break, or by the one before it on the last line."""
    if end < len(text):
        return start, end + 1, rule
    if start > 0 and not (found and found[-1][1] == start):
        return start - 1, end, rule
    return start, end, rule
