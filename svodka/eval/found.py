"""What a system found in one gold document, as plain records every scorer reads.

Both systems (svodka and bare natasha) are turned into these, so the
scorers never see a library or pipeline type.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional


@dataclass(slots=True)
class Found:
    """A mention: (start, stop) in the system's own text, (raw_start, raw_stop) in the gold text."""

    start: int
    stop: int
    type: str
    text: str
    normal: str = ""
    raw_start: int = -1
    raw_stop: int = -1
    entity: int = -1

    def __post_init__(self):
        if self.raw_start < 0:
            self.raw_start, self.raw_stop = self.start, self.stop


@dataclass(slots=True)
class FoundEntity:
    type: str
    name: str
    first: str = ""
    middle: str = ""
    last: str = ""
    mentions: list[int] = field(default_factory=list)   # indexes into SystemDoc.mentions


@dataclass(slots=True)
class SystemDoc:
    """One system's output for one document.

    ``base_form(start, stop, type)`` gives the system's base form of any span
    of ``text`` (its own text); None when the system cannot say.
    """

    text: str = ""
    mentions: list[Found] = field(default_factory=list)
    entities: list[FoundEntity] = field(default_factory=list)
    base_form: Optional[Callable[[int, int, str], str]] = None
    failure: str = ""

    def raw_spans(self, types) -> list[tuple[int, int, str]]:
        return [(m.raw_start, m.raw_stop, m.type) for m in self.mentions if m.type in types]
