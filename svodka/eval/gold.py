"""Gold records every dataset reader returns, and the text normalisation scoring shares.

Offsets are Python string indices into ``GoldDoc.text`` (stop exclusive).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvalError

TYPES = ("PER", "LOC", "ORG")
QUOTES = "\"'«»„“”‘’`"
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class GoldEntity:
    """A gold document entity: its type, mention spans and normalised attributes.

    Each attribute holds every value gold accepts (factRuEval lists variants).
    """

    type: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    first: set[str] = field(default_factory=set)
    middle: set[str] = field(default_factory=set)
    last: set[str] = field(default_factory=set)

    @property
    def scorable(self) -> bool:
        if self.type == "PER":
            return bool(self.first or self.last)
        return bool(self.names)


@dataclass(slots=True)
class GoldRole:
    """A gold occupation: a person, the role texts gold accepts, and where (variants; empty when none).

    ``first`` and ``last`` hold the person's name parts as gold gives them
    (factRuEval's normalised attributes; NEREL and the svodka gold: the words
    of the name, the last word as ``last``).
    """

    person: str
    first: set[str] = field(default_factory=set)
    last: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)


GoldSpan = tuple[int, int, str]   # (start, stop, text as written)


@dataclass(slots=True)
class GoldEvent:
    """A gold event (NEREL EVENT) and the arguments its relations give it.

    ``parts`` are the event's fragments (one unless discontinuous);
    ``start``/``stop`` span them all.  ``times``: POINT_IN_TIME targets
    (DATE, TIME); ``places``: TAKES_PLACE_IN targets; ``participants``:
    sources of PARTICIPANT_IN and AGENT.
    """

    start: int
    stop: int
    text: str
    parts: list[tuple[int, int]] = field(default_factory=list)
    times: list[GoldSpan] = field(default_factory=list)
    places: list[GoldSpan] = field(default_factory=list)
    participants: list[GoldSpan] = field(default_factory=list)

    def __post_init__(self):
        if not self.parts:
            self.parts = [(self.start, self.stop)]


@dataclass(slots=True)
class GoldDoc:
    """One gold document.

    ``spans``: (start, stop, type) mentions with offsets (factru, NEREL);
    ``mentions``: (string, type) pairs without offsets (BSNLP);
    ``norms``: (string, base form, type) (BSNLP);
    ``entities``: document entities with attributes (factru);
    ``roles``: occupations (factru Occupation facts, NEREL WORKS_AS + WORKPLACE);
    ``events``: NEREL EVENT entities with their time, place and participants.
    """

    id: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    mentions: set[tuple[str, str]] = field(default_factory=set)
    norms: list[tuple[str, str, str]] = field(default_factory=list)
    entities: list[GoldEntity] = field(default_factory=list)
    other: set[str] = field(default_factory=set)   # BSNLP strings gold types PRO/EVT/MISC
    groups: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # BSNLP entity id -> forms
    published: str | None = None
    url: str = ""
    roles: list[GoldRole] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)


def normal_text(value: str) -> str:
    """The form strings are compared in: lower case, ё as е, quotes stripped, spaces collapsed."""
    value = value.lower().replace("ё", "е")
    value = _SPACES.sub(" ", value).strip()
    return value.strip(QUOTES).strip()


def check_dir(path: str | Path, what: str) -> Path:
    """The directory ``path``, or an EvalError saying what is wrong."""
    path = Path(path)
    if not path.exists():
        raise EvalError(f"{path} does not exist", hint=f"give the path of a {what} directory")
    if not path.is_dir():
        raise EvalError(f"{path} is not a directory", hint=f"give the path of a {what} directory")
    return path


def read_text(path: Path) -> str:
    """A gold text exactly as its offsets count it (no newline translation)."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return f.read()


def outermost(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans that overlap an earlier, longer one, as naeval's filter_overlapping does.

    Spans are visited by start, longest first; a span overlapping the last kept
    one is dropped.  Returns the kept spans sorted by start.
    """
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(spans), key=lambda s: (s[0], -s[1], s[2])):
        if kept and kept[-1][1] > span[0]:
            continue
        kept.append(span)
    return kept
