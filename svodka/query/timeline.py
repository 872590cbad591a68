"""Events as a timeline and as an ACLED-like table."""
from __future__ import annotations

import csv
import io

from ..errors import UsageError

EXPORT_COLUMNS = ("event_date", "precision", "event_type", "sub_event_type", "actor1", "actor2",
                  "location", "modality", "date_source", "article", "source", "notes")


def within(date: str | None, start: str | None, stop: str | None) -> bool:
    """Whether an ISO date at any precision can fall within [start, stop] (both inclusive)."""
    if not date:
        return not (start or stop)
    if start and date < start[: len(date)]:
        return False
    if stop and date[: len(stop)] > stop:
        return False
    return True


def check_date(value: str | None, flag: str) -> None:
    import re
    if value and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise UsageError(f"{flag} must be a date like 2022-01-07, 2022-01 or 2022, not {value!r}")


def timeline(events: list[dict], start: str | None = None, stop: str | None = None,
             reported: bool = False, typed: str | None = None) -> list[dict]:
    """Dated events in date order, each with its group of reports of the same real event.

    Events the text does not date carry the publication date (``date_source``
    "reported"); they join the timeline only with ``reported``.  Untyped dated
    occurrences (type ``other``) join it only when asked for with ``--type other``.
    """
    check_date(start, "--from")
    check_date(stop, "--to")
    dated = [e for e in events if e.get("date") and within(e["date"], start, stop)
             and (reported or e.get("date_source") != "reported")
             and (e["type"] != "other" or typed == "other")]
    groups = group_ids(dated)
    for event, group in zip(dated, groups):
        event["group"] = group
    return sorted(dated, key=lambda e: (e["date"], e["doc"], e["trigger_start"]))


def group_ids(events: list[dict]) -> list[int]:
    """A group number per event: reports of the same real event share it."""
    try:
        from ..extract.event_groups import group_events
    except ImportError:
        return list(range(len(events)))
    rows = [dict(type=e["type"], location=e.get("location") or "", date=e.get("date"),
                 date_precision=e.get("date_precision"), article=e["doc"]) for e in events]
    ids = [0] * len(events)
    for number, members in enumerate(group_events(rows)):
        for i in members:
            ids[i] = number
    return ids


def export_csv(events: list[dict]) -> str:
    """Events in an ACLED-like layout, one row per report."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in sorted(events, key=lambda e: (e.get("date") or "9999", e["doc"], e["trigger_start"])):
        writer.writerow({
            "event_date": e.get("date") or "", "precision": e.get("date_precision") or "",
            "event_type": e["type"], "sub_event_type": e.get("subtype") or "",
            "actor1": e.get("agent") or "", "actor2": e.get("patient") or "",
            "location": e.get("location") or "", "modality": e.get("modality") or "",
            "date_source": e.get("date_source") or "", "article": e["doc"], "source": e.get("source") or "",
            "notes": " ".join((e.get("sentence") or "").split()),
        })
    return out.getvalue()
