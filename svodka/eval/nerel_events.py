"""NEREL EVENT entities joined to their time, place and participants (``GoldEvent`` records).

Directions, as annotation.conf declares them and the data uses them:

* ``POINT_IN_TIME``  Arg1 EVENT -> Arg2 DATE or TIME: the event's time;
* ``TAKES_PLACE_IN`` Arg1 EVENT -> Arg2 place (CITY, COUNTRY, FACILITY, ...);
* ``PARTICIPANT_IN`` and ``AGENT``: Arg1 participant (PERSON, ORGANIZATION,
  PROFESSION, COUNTRY, ...) -> Arg2 EVENT.

A discontinuous argument ("30 июня [и 1 июля] 2019 года") is kept as its
fragments, each a span with its own text, so the words between are not
part of it.  A relation whose ends are not both defined ``T`` lines, or whose event end
is not an EVENT, is left out.  Other relations (START_TIME, SUBEVENT_OF,
...) are not read.
"""
from __future__ import annotations

from ..errors import EvalError
from .gold import GoldEvent, GoldSpan

# relation: (the end that is the EVENT, the end that is the argument, GoldEvent list it fills)
EVENT_RELATIONS = {
    "POINT_IN_TIME": ("Arg1", "Arg2", "times"),
    "TAKES_PLACE_IN": ("Arg1", "Arg2", "places"),
    "PARTICIPANT_IN": ("Arg2", "Arg1", "participants"),
    "AGENT": ("Arg2", "Arg1", "participants"),
}


def read_events(lines: list[str], text: str) -> list[GoldEvent]:
    """The EVENT entities of one ``.ann`` file on ``text``, in text order, with their arguments."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    for line in lines:
        if line.startswith("T"):
            key, kind, parts, written = parse_spans(line)
            spans[key] = (kind, parts, written)
    events = {key: GoldEvent(parts[0][0], parts[-1][1], written, parts=parts)
              for key, (kind, parts, written) in spans.items() if kind == "EVENT"}
    for line in lines:
        relation = parse_relation(line) if line.startswith("R") else None
        if relation is None or relation[0] not in EVENT_RELATIONS:
            continue
        kind, ends = relation
        event_end, arg_end, slot = EVENT_RELATIONS[kind]
        event, arg = events.get(ends.get(event_end, "")), spans.get(ends.get(arg_end, ""))
        if event is None or arg is None:
            continue
        for start, stop in arg[1]:
            span: GoldSpan = (start, stop, text[start:stop])
            if span not in getattr(event, slot):
                getattr(event, slot).append(span)
    return sorted(events.values(), key=lambda e: (e.start, e.stop))


def parse_spans(line: str) -> tuple[str, str, list[tuple[int, int]], str]:
    """(id, type, fragments, text) of a ``T`` line."""
    parts = line.rstrip("\n").split("\t")
    try:
        kind, _, ranges = parts[1].partition(" ")
        fragments = [(int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))]
    except (IndexError, ValueError):
        raise EvalError(f"cannot read the entity line {line.strip()!r}",
                        hint="NEREL lines look like 'T1<TAB>EVENT 0 5<TAB>text'") from None
    return parts[0], kind, fragments, parts[2] if len(parts) > 2 else ""


def parse_relation(line: str) -> tuple[str, dict[str, str]] | None:
    """(type, {"Arg1": id, "Arg2": id}) of an ``R`` line, None when it has no type."""
    parts = line.rstrip("\n").split("\t")
    if len(parts) < 2 or not parts[1].strip():
        return None
    kind, *args = parts[1].split()
    return kind, dict(a.split(":", 1) for a in args if ":" in a)
