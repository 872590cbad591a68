"""Which event reports speak of the same real event, within and across articles.

    >>> group_events([
    ...     {"type": "protest", "location": "Алматы", "date": "2022-01-05", "date_precision": "day", "article": "a"},
    ...     {"type": "protest", "location": "алматы", "date": "2022-01", "date_precision": "month", "article": "b"},
    ...     {"type": "arrest", "location": "Алматы", "date": "2022-01-05", "date_precision": "day", "article": "b"},
    ... ])
    [[0, 1], [2]]

Two reports are the same event when they have the same type, the same place and
compatible dates: equal at day precision, or one date inside the other ("2022-01-05" is
inside "2022-01").  A report without a place joins only on an equal day.  Grouping is
complete-link (every pair in a group is compatible), so a vague report never chains two
different days together; a vague report that fits several groups stays alone.
"""
from __future__ import annotations

PREFIX_PRECISIONS = {"day", "month", "year"}
RANK = {"day": 0, "week": 1, "month": 2, "approx": 3, "year": 4}


def _place(event: dict) -> str:
    return (event.get("location") or "").strip().casefold().replace("ё", "е")


def _day(event: dict) -> str | None:
    date = event.get("date")
    return date if date and event.get("date_precision") == "day" else None


def dates_compatible(a: dict, b: dict) -> bool:
    """Equal dates, or one ISO date inside the other (day/month/year precisions)."""
    da, db = a.get("date"), b.get("date")
    if not da or not db:
        return False
    if da == db:
        return True
    if a.get("date_precision") in PREFIX_PRECISIONS and b.get("date_precision") in PREFIX_PRECISIONS:
        short, long = sorted((da, db), key=len)
        return long.startswith(short + "-")
    return False


def same_event(a: dict, b: dict) -> bool:
    """Whether two event reports can be the same real event."""
    if a.get("type") != b.get("type") or not dates_compatible(a, b):
        return False
    pa, pb = _place(a), _place(b)
    if pa and pb:
        return pa == pb
    return _day(a) is not None and _day(a) == _day(b)


def group_events(events: list[dict]) -> list[list[int]]:
    """Groups of indexes into ``events``, one group per real event, every index once.

    Each event is a plain dict with ``type``, ``location``, ``date``, ``date_precision``
    and ``article``.  Groups are sorted by their first index.
    """
    order = sorted(range(len(events)), key=lambda i: (RANK.get(events[i].get("date_precision") or "", 5), i))
    groups: list[list[int]] = []
    for i in order:
        fits = [g for g in groups if all(same_event(events[i], events[j]) for j in g)]
        precise = events[i].get("date_precision") == "day"
        if len(fits) == 1 or (fits and precise):
            fits[0].append(i)
        else:
            groups.append([i])
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])
