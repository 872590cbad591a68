"""Date expressions: find them in a text and resolve them against the publication date.

    >>> [(d.text, d.value) for d in find_dates("Саммит пройдет 21 января.", "2022-01-15", "day")]
    [('21 января', '2022-01-21')]

Resolution reads as a news reader would: "10 января" or "в четверг" is the most
recent such day at or before publication, unless its clause speaks of the
future (a future-tense verb, "пройдет", "планируется", ...), then the next one.
An explicit year always wins.  Without a day-precision publication date, day-
and week-relative words ("вчера", "в четверг", "на прошлой неделе") keep
``value=None`` and ``resolved="unresolved"``; month and year words resolve
when the publication month or year is known.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..records import DateRef, Doc
from .dates_rules import Hit, find_hits, rules

CLAUSE_END = re.compile(r"[.!?;:,\n«»\"“”()—–]")
WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)?", re.IGNORECASE)
RANGE_GAP = re.compile(r"\s*(?:по|до|и|или|[-–—])\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date, filled to a full date, and how much of it is known."""

    date: dt.date | None
    precision: str | None    # day | month | year | None

    @classmethod
    def parse(cls, published: str | None, precision: str | None = None) -> "Anchor":
        parts = (published or "")[:10].split("-")
        try:
            nums = [int(p) for p in parts if p][:3]
            date = dt.date(nums[0], *(nums[1:] + [1, 1])[:2]) if nums else None
        except (ValueError, TypeError):
            return cls(None, None)
        known = ("year", "month", "day")[len(nums) - 1] if nums else None
        if precision in ("year", "month", "day") and known:
            order = ("year", "month", "day")
            known = order[min(order.index(known), order.index(precision))]
        return cls(date, known)

    def knows(self, unit: str) -> bool:
        need = {"year": 1, "month": 2, "week": 3, "day": 3}[unit]
        have = {"year": 1, "month": 2, "day": 3}.get(self.precision, 0)
        return have >= need


Result = tuple  # (value, precision, resolved)
UNRESOLVED_DAY = (None, "day", "unresolved")


def find_dates(text: str, published: str | None = None, precision: str | None = None) -> list[DateRef]:
    """Every date expression of ``text``, resolved against ``published`` (ISO, any precision)."""
    anchor = Anchor.parse(published, precision)
    refs = []
    hits = find_hits(text)
    for hit, after in zip(hits, hits[1:] + [None]):
        result = RESOLVERS[hit.kind](Context(text, hit, anchor, linked_year(text, hit, after)))
        if result is None:
            continue
        value, prec, resolved = result
        refs.append(DateRef(start=hit.start, stop=hit.stop, text=text[hit.start:hit.stop],
                            value=value, precision=prec, resolved=resolved, rule=hit.rule))
    return refs


def extract_dates(doc: Doc) -> Doc:
    """Set ``doc.dates`` from ``doc.text`` and the article's publication date."""
    art = doc.article
    doc.dates = find_dates(doc.text, art.published, art.published_precision)
    return doc


# --- resolving ---------------------------------------------------------------

@dataclass(slots=True)
class Context:
    """One hit being resolved: its text around, the anchor, and a lazy future test."""

    text: str
    hit: Hit
    anchor: Anchor
    inherit: tuple | None = None     # (year, month) of the dated end of a range it opens
    _future: bool | None = None

    def group(self, name: str) -> str | None:
        return self.hit.group(name)

    @property
    def future(self) -> bool:
        if self._future is None:
            self._future = in_future(self.text, self.hit.start, self.hit.stop)
        return self._future


def linked_year(text: str, hit: Hit, after: Hit | None) -> tuple | None:
    """The year a yearless date takes from the dated end of its range:
    "с 25 декабря по 5 января 2022 года", "с февраля по июнь 2016 года"."""
    if after is None or hit.kind not in ("day_month", "ordinal_month", "month"):
        return None
    if hit.group("year") or hit.group("ymod"):
        return None
    if not after.group("year") or not RANGE_GAP.fullmatch(text, hit.stop, after.start):
        return None
    return int(after.group("year")), month_of(after)


def month_of(hit: Hit) -> int:
    lex = rules().lex
    if hit.group("abbr"):
        return lex.months_abbr[hit.group("abbr")]
    raw = hit.group("month")
    if not raw:                  # a year: "с мая по 2016 год"
        return 12
    return int(raw) if raw.isdigit() else lex.months.get(raw, lex.months_gen.get(raw, 0))


def resolve_day(ctx: Context) -> Result | None:
    month = month_of(ctx.hit)
    day = int(ctx.group("day")) if ctx.group("day") else rules().lex.ordinals[ctx.group("oday")]
    if not make_date(2000, month, day):
        return None
    year, named = named_year(ctx, month)
    if named:
        if year is None:
            return UNRESOLVED_DAY
        when = make_date(year, month, day)
        return (when.isoformat(), "day", named) if when else None
    year = guess_year(ctx, month, day)
    when = make_date(year, month, day) if year else None
    return (when.isoformat(), "day", "relative") if when else UNRESOLVED_DAY


def resolve_month(ctx: Context) -> Result:
    month = month_of(ctx.hit)
    year, named = named_year(ctx, month)
    if not named:
        year = guess_year(ctx, month)
    if year is None:
        return (None, "month", "unresolved")
    return (f"{year:04d}-{month:02d}", "month", named or "relative")


def resolve_year(ctx: Context) -> Result:
    return (f"{int(ctx.group('year')):04d}", "year", "absolute")


def resolve_part(ctx: Context) -> Result:
    """"в начале/середине/конце X": the value of X, precision approx (GOLD_FORMAT's rule for
    approximate expressions: the value is the month or year it points at)."""
    if ctx.group("month"):
        return _approx(resolve_month(ctx))
    if ctx.group("pyear"):
        return (ctx.group("pyear"), "approx", "absolute")
    unit = {"года": "year", "месяца": "month", "недели": "week"}[ctx.group("unit").lower()]
    mod = rules().lex.modifier(ctx.group("umod")) if ctx.group("umod") else None
    return _approx(shift_unit(ctx.anchor, unit, mod.offset if mod else 0))


def _approx(result: Result) -> Result:
    value, precision, resolved = result
    return (value, "approx" if precision in ("month", "year") else precision, resolved)


def resolve_unit(ctx: Context) -> Result:
    unit = rules().lex.units[ctx.group("unit").lower()][0]
    return shift_unit(ctx.anchor, unit, rules().lex.modifier(ctx.group("umod")).offset)


def resolve_relword(ctx: Context) -> Result | None:
    word = ctx.group("word").lower()
    if word == "накануне" and names_an_eve(ctx.text, ctx.hit.stop):
        return None
    if in_a_title(ctx.text, ctx.hit.start, ctx.hit.stop):
        return None
    return shift_unit(ctx.anchor, "day", rules().lex.relwords[word])


def resolve_weekday(ctx: Context) -> Result:
    wd = rules().lex.weekdays[ctx.group("wd").lower()]
    if not ctx.anchor.knows("day"):
        return UNRESOLVED_DAY
    p = ctx.anchor.date
    word = ctx.group("mod") or ctx.group("mod2")
    mod = rules().lex.modifier(word) if word else None
    if mod and mod.mode == "week":
        when = p - dt.timedelta(days=p.weekday()) + dt.timedelta(days=7 * mod.offset + wd - 1)
    elif (mod and mod.offset > 0) or (not mod and ctx.future):
        when = p + dt.timedelta(days=(wd - p.isoweekday()) % 7 or 7)
    else:
        back = (p.isoweekday() - wd) % 7
        when = p - dt.timedelta(days=back or (7 if mod else 0))
    return (when.isoformat(), "day", "relative")


def resolve_season(ctx: Context) -> Result | None:
    month, bare = rules().lex.seasons[ctx.group("season").lower()]
    year, named = named_year(ctx, month)
    mod = rules().lex.modifier(ctx.group("mod")) if ctx.group("mod") else None
    if not (named or mod or bare):
        return None
    if mod and not named:
        named, year = "relative", (ctx.anchor.date.year + mod.offset if ctx.anchor.knows("year") else None)
    if not named:
        year = guess_year(ctx, month)
    if year is None:
        return (None, "approx", "unresolved")
    return (f"{year:04d}", "approx", named or "relative")   # a season points at its year


def resolve_shift(ctx: Context) -> Result:
    lex = rules().lex
    raw = (ctx.group("num") or "1").lower()
    count = int(raw) if raw.isdigit() else lex.numbers[raw]
    unit, days, alone = lex.ago_units[ctx.group("unit").lower()]
    if not (ctx.group("num") or alone):      # "несколько лет назад" is no date
        return None
    sign = -1 if ctx.hit.kind == "ago" else 1
    if sign > 0 and not ctx.future:      # "оправдали через 8 лет": after an event, not publication
        return None
    if days:
        return shift_unit(ctx.anchor, "day", sign * count * days)
    return shift_unit(ctx.anchor, unit, sign * count)


RESOLVERS = {
    "day_month": resolve_day, "ordinal_month": resolve_day, "day_range": resolve_day,
    "numeric": resolve_day, "iso": resolve_day,
    "month": resolve_month, "year": resolve_year, "part": resolve_part, "season": resolve_season,
    "unit": resolve_unit, "relword": resolve_relword, "weekday": resolve_weekday,
    "ago": resolve_shift, "after": resolve_shift,
}


# --- calendar ----------------------------------------------------------------

def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def named_year(ctx: Context, month: int) -> tuple[int | None, str | None]:
    """The year the text gives and how: its own ("2022": absolute; "прошлого года":
    relative, None without a publication year) or its range end's (inherited)."""
    if ctx.group("year"):
        return int(ctx.group("year")), "absolute"
    if ctx.group("ymod"):
        mod = rules().lex.modifier(ctx.group("ymod"))
        return (ctx.anchor.date.year + mod.offset if ctx.anchor.knows("year") else None), "relative"
    if ctx.inherit:
        year, end_month = ctx.inherit
        return (year - 1 if month > end_month else year), "inherited"
    return None, None


def guess_year(ctx: Context, month: int, day: int | None = None) -> int | None:
    """The year a reader gives a day or month without one: the latest at or before
    publication, or the next one when the clause speaks of the future."""
    a = ctx.anchor
    if not a.knows("year"):
        return None
    p = a.date
    if a.precision == "year":
        return p.year
    exact = a.precision == "day" and day is not None
    if exact and ctx.hit.weekday:
        fits = [y for y in (p.year, p.year - 1, p.year + 1)
                if (d := make_date(y, month, day)) and d.isoweekday() == ctx.hit.weekday]
        if fits:
            return fits[0]
    key, now = ((month, day), (p.month, p.day)) if exact else ((month,), (p.month,))
    if ctx.future:
        return p.year if key >= now else p.year + 1
    return p.year if key <= now else p.year - 1


def shift_unit(anchor: Anchor, unit: str, offset: int) -> Result:
    """The day, week, month or year ``offset`` units from publication."""
    if not anchor.knows(unit):
        return (None, unit, "unresolved")
    p = anchor.date
    if unit == "day":
        return ((p + dt.timedelta(days=offset)).isoformat(), "day", "relative")
    if unit == "week":
        monday = p - dt.timedelta(days=p.weekday()) + dt.timedelta(weeks=offset)
        return (monday.isoformat(), "week", "relative")
    if unit == "month":
        year, month0 = divmod(p.year * 12 + p.month - 1 + offset, 12)
        return (f"{year:04d}-{month0 + 1:02d}", "month", "relative")
    return (f"{p.year + offset:04d}", "year", "relative")


# --- context -----------------------------------------------------------------

def in_future(text: str, start: int, stop: int) -> bool:
    """Whether the clause around ``text[start:stop]`` speaks of the future."""
    left = max(0, start - 300)
    for m in CLAUSE_END.finditer(text, left, start):
        left = m.end()
    end = CLAUSE_END.search(text, stop, stop + 300)
    right = end.start() if end else min(len(text), stop + 300)
    lex = rules().lex
    for word in WORD.findall(text, left, right):
        low = word.lower()
        if lex.is_future_word(low) or "futr" in morph_tag(low):
            return True
    return False


def names_an_eve(text: str, pos: int) -> bool:
    """"накануне выборов", "накануне 8 марта": the eve of something, not the day before publication."""
    rest = text[pos:pos + 40].lstrip()
    if rest[:1].isdigit():
        return True
    word = WORD.match(rest)
    if not word:
        return False
    tag = morph_tag(word.group().lower() if word.group()[1:].islower() else word.group())
    return "gent" in tag and tag.split(",")[0] in ("NOUN", "ADJF", "PRTF", "NUMR") \
        and not any(t in tag for t in ("Abbr", "Fixd", "Surn", "Name", "Patr"))


def in_a_title(text: str, start: int, stop: int) -> bool:
    """"Экономика сегодня»", "Россия Сегодня": a word of a name, not a date."""
    before = text[max(0, start - 30):start]
    capital_before = bool(re.search(r"[А-ЯЁA-Z][\w-]*\s+$", before))
    return (capital_before and text[stop:stop + 1] in "»\"”“'" and stop < len(text)) or \
        (text[start].isupper() and bool(re.search(r"\w[ \t]+$", before)))


def morph():
    """The process-wide pymorphy3 analyzer, shared with every stage (annotate.morph)."""
    from ..annotate.morph import analyzer
    return analyzer()


@lru_cache(maxsize=65536)
def morph_tag(word: str) -> str:
    """The most likely grammatical tag of a word, as a string ("" without pymorphy3)."""
    analyzer = morph()
    return str(analyzer.parse(word)[0].tag) if analyzer else ""
