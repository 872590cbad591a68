"""Publication dates as ISO strings at their precision."""
from __future__ import annotations

import re
from datetime import date

from ..errors import UsageError

_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*")
_DOTTED = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,T]+[\d:.]+)?\s*")
PRECISION = {1: "year", 2: "month", 3: "day"}


def parse_published(value) -> tuple[str | None, str | None]:
    """``(iso, precision)`` for a date string, or ``(None, None)``.

    Accepts ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ISO datetimes
    (``2021-03-04T10:00:00Z`` is the day ``2021-03-04``) and ``DD.MM.YYYY``.
    Impossible dates (``2021-02-30``) give ``(None, None)``.
    """
    if not isinstance(value, str) or not value.strip():
        return None, None
    match = _ISO.fullmatch(value)
    if match:
        parts = [p for p in match.groups() if p is not None]
    else:
        match = _DOTTED.fullmatch(value)
        if not match:
            return None, None
        parts = list(reversed(match.groups()))
    return format_date([int(p) for p in parts])


def format_date(parts: list[int]) -> tuple[str | None, str | None]:
    """ISO string and precision for ``[year]``, ``[year, month]`` or ``[year, month, day]``."""
    year, month, day = (parts + [1, 1])[:3]
    try:
        date(year, month, day)
    except ValueError:
        return None, None
    iso = "-".join([f"{year:04d}", f"{month:02d}", f"{day:02d}"][: len(parts)])
    return iso, PRECISION[len(parts)]


def check_day(value: str) -> str:
    """``value`` if it is a valid ``YYYY-MM-DD`` day, else a ``UsageError``."""
    iso, precision = parse_published(value)
    if precision != "day" or iso != value.strip():
        raise UsageError(f"the date must be a day as YYYY-MM-DD, for example 2022-01-07; got {value!r}")
    return iso
