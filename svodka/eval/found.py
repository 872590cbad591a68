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
class FoundRole:
    """A role: the person's canonical name (with name parts when known), the role, the organisation."""

    person: str
    role: str
    org: str = ""
    first: str = ""
    last: str = ""


@dataclass(slots=True)
class FoundStatement:
    """A statement with offsets into the gold text (-1 when the system gives no span)."""

    content_start: int
    content_stop: int
    speaker_name: str = ""
    cue: str = ""
    cue_start: int = -1
    cue_stop: int = -1
    kind: str = ""


@dataclass(slots=True)
class FoundDate:
    """A date expression with offsets into the gold text, and its resolved value."""

    start: int
    stop: int
    value: Optional[str] = None
    precision: Optional[str] = None
    text: str = ""


@dataclass(slots=True)
class FoundEvent:
    """An event with offsets into the gold text: its trigger, date expression and argument spans.

    ``date_span`` is the date expression the date came from (None when the
    date is the publication date or there is none); ``places`` and
    ``participants`` are every span that stands for the location, and for
    the agent or patient (all mentions of their entities).
    """

    start: int
    stop: int
    type: str = ""
    trigger: str = ""
    date: Optional[str] = None
    date_source: str = ""
    date_span: Optional[tuple[int, int]] = None
    date_text: str = ""
    places: list[tuple[int, int]] = field(default_factory=list)
    participants: list[tuple[int, int]] = field(default_factory=list)
    sentence: tuple[int, int] = (-1, -1)


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
    roles: list[FoundRole] = field(default_factory=list)
    statements: list[FoundStatement] = field(default_factory=list)
    dates: list[FoundDate] = field(default_factory=list)
    events: list[FoundEvent] = field(default_factory=list)

    def raw_spans(self, types) -> list[tuple[int, int, str]]:
        return [(m.raw_start, m.raw_stop, m.type) for m in self.mentions if m.type in types]
