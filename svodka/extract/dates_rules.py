"""Date rules: the word lists of ``data/dates_*.txt``, the regexes built from
them, and matching (``find_hits``: rule matches, longest first, joined where a
weekday stands beside a date).

Everything is loaded and compiled once, on first use (``rules()``).  Each
pattern is one rule; its name is the ``rule`` a ``DateRef`` carries.  Patterns
run on lower-cased text and start with their core word or digit, which keeps
the scan fast (about 1 ms for a 5 KB article).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"

# Adjective endings a modifier stem takes (прошл- -> прошлый, прошлой, ...).
ENDINGS = ("ыми", "ими", "ого", "его", "ому", "ему", "ий", "ый", "ой", "ая", "яя", "ое", "ее",
           "ую", "юю", "ом", "ем", "ым", "им", "ей", "ые", "ие", "ых", "их")
YEAR = r"(?:1[6-9]|20)\d\d"
YEAR_TAIL = r"(?:-?(?:го|м|й))?"
DASH = r"\s*[-–—]\s*"
DAY_RULES = ("day_month", "ordinal_month", "day_range", "numeric", "iso")


def read_rows(name: str) -> list[list[str]]:
    """Rows of a data file: whitespace-split fields, ``#`` comments and blank lines dropped."""
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line.split())
    return rows


def alt(forms) -> str:
    """A non-capturing alternation of ``forms`` as a trie, so the regex engine
    tries one branch per letter (fast), and longer forms win ("января" over "январ")."""
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie_pattern(trie)


def trie_pattern(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else "(?:" + "|".join(branches) + ")"
    return body + "?" if ends else body


@dataclass(frozen=True, slots=True)
class Modifier:
    offset: int
    mode: str    # week | near


@dataclass(slots=True)
class Lexicon:
    months: dict          # any form -> month number
    months_gen: dict      # genitive form -> month number (after a day: "2 января")
    months_abbr: dict     # янв -> 1 (after a day only)
    weekdays: dict        # form after a preposition -> ISO weekday
    weekdays_all: dict    # the same plus nominatives ("10 января (среда)")
    daytimes: list        # утром, вечера, ... ("утром среды")
    relwords: dict        # вчера -> -1
    mod_exact: dict       # этот -> Modifier
    mod_stems: list       # [(stem, Modifier)], longest first
    units: dict           # form -> (unit, prepositional)
    parts: list
    seasons: dict         # form -> (first month, may stand alone)
    future_exact: frozenset
    future_prefixes: tuple
    numbers: dict         # три -> 3
    ordinals: dict        # третьего -> 3
    ago_units: dict       # дней -> (unit, days per unit, may stand without a number)

    def modifier(self, text: str) -> Modifier | None:
        low = text.lower()
        if low in self.mod_exact:
            return self.mod_exact[low]
        for stem, mod in self.mod_stems:
            if low.startswith(stem) and low[len(stem):] in ENDINGS:
                return mod
        return None

    def is_future_word(self, word: str) -> bool:
        return word in self.future_exact or word.startswith(self.future_prefixes)

    def modifier_pattern(self) -> str:
        forms = [stem + end for stem, _ in self.mod_stems for end in ENDINGS]
        return r"(?:\b" + alt(forms + list(self.mod_exact)) + r"\b)"


def load_lexicon() -> Lexicon:
    months, months_gen = {}, {}
    for num, *forms in read_rows("dates_months.txt"):
        months.update({f: int(num) for f in forms})
        months_gen.update({f: int(num) for f in forms[:2]})   # "2 января"; "2 Ноябрь" in datelines
    weekdays, weekdays_all = {}, {}
    for num, nominative, *forms in read_rows("dates_weekdays.txt"):
        weekdays.update({f: int(num) for f in forms})
        weekdays_all.update({f: int(num) for f in (nominative, *forms)})
    mod_exact, mod_stems = {}, []
    for form, offset, mode in read_rows("dates_modifiers.txt"):
        mod = Modifier(int(offset), mode)
        if form.endswith("-"):
            mod_stems.append((form[:-1], mod))
        else:
            mod_exact[form] = mod
    mod_stems.sort(key=lambda item: len(item[0]), reverse=True)
    future = [w for (w,) in read_rows("dates_future.txt")]
    parts = [" ".join(row) for row in read_rows("dates_parts.txt")]
    return Lexicon(
        months=months, months_gen=months_gen, weekdays=weekdays, weekdays_all=weekdays_all,
        months_abbr={f: int(num) for num, *forms in read_rows("dates_month_abbr.txt") for f in forms},
        daytimes=[w for (w,) in read_rows("dates_daytimes.txt")],
        relwords={w: int(o) for w, o in read_rows("dates_relative.txt")},
        mod_exact=mod_exact, mod_stems=mod_stems,
        units={f: (u, p == "1") for f, u, p in read_rows("dates_units.txt")},
        parts=parts,
        seasons={f: (int(m), b == "1") for f, m, b in read_rows("dates_seasons.txt")},
        future_exact=frozenset(w for w in future if not w.endswith("-")),
        future_prefixes=tuple(w[:-1] for w in future if w.endswith("-")),
        numbers={w: int(n) for w, n in read_rows("dates_numbers.txt")},
        ordinals={f.strip(): int(num) for num, *rest in read_rows("dates_ordinals.txt")
                  for f in " ".join(rest).split(";")},
        ago_units={f: (u, int(d), a == "1") for f, u, d, a in read_rows("dates_ago.txt")},
    )


def build_patterns(lex: Lexicon) -> dict[str, re.Pattern]:
    """One compiled regex per rule, for lower-cased text.

    Each starts with its core word or digit (so the regex engine scans fast);
    a preposition, modifier or number before the core is read by ``before``.
    """
    month_gen = alt(lex.months_gen)
    day_month = rf"(?:(?P<month>{month_gen})\b|(?P<abbr>{alt(lex.months_abbr)})\b\.?)"
    months = alt(lex.months)
    mod = lex.modifier_pattern()
    day = r"(?P<day>\d\d?)(?:-?го)?"
    year_tail = (rf"(?:\s*,?\s+(?P<year>{YEAR})\b{YEAR_TAIL}(?:\s*(?:года|году|г\.|г\b))?(?![-–—]?\d)"
                 rf"|\s+(?P<ymod>{mod})\s+года\b)?")
    year_word = r"(?:годах|годами|годам|годов|годы|годом|году|года|год\b|гг\.|г\.|г\b)"
    ago_unit = rf"(?P<unit>{alt(lex.ago_units)})\b"
    sources = {
        "day_month": (rf"{day}(?:{DASH}(?P<day2>\d\d?)(?:-?го)?|\s+(?:и|или)\s+(?P<day3>\d\d?))?"
                      rf"\s+{day_month}{year_tail}"),
        "ordinal_month": rf"(?P<oday>{alt(lex.ordinals)})\s+{day_month}{year_tail}",
        "day_range": rf"с\s+{day}\s+по\s+(?P<day2>\d\d?)(?:-?е|-?го)?\s+{day_month}{year_tail}",
        "numeric": rf"(?P<day>\d\d?)\.(?P<month>\d\d?)\.(?P<year>{YEAR})(?!\.?\d)(?:\s*(?:года|г\.))?",
        "iso": rf"(?P<year>{YEAR})-(?P<month>\d\d)-(?P<day>\d\d)(?![\d-])",
        "month": rf"(?P<month>{months})(?:{DASH}{months})?\b{year_tail}",
        "year": (rf"(?P<year>{YEAR}){YEAR_TAIL}"
                 rf"(?:{DASH}(?P<year2>{YEAR}){YEAR_TAIL}|\s+(?:и|или|по|до)\s+(?P<year3>{YEAR}){YEAR_TAIL})?"
                 rf"\s*{year_word}"),
        "part": (rf"(?P<part>{alt(lex.parts)})\s+"
                 rf"(?:(?P<month>{month_gen})\b{year_tail}"
                 rf"|(?P<pyear>{YEAR}){YEAR_TAIL}\s*(?:года|г\.)"
                 rf"|(?:(?P<umod>{mod})\s+)?(?P<unit>года|месяца|недели)\b)"),
        "season": (rf"(?P<season>{alt(lex.seasons)})\b"
                   rf"(?:\s+(?P<year>{YEAR}){YEAR_TAIL}(?:\s*(?:года|г\.))?|\s+(?P<ymod>{mod})\s+года\b)?"),
        "unit": rf"(?P<umod>{mod})\s+(?P<unit>{alt(lex.units)})\b",
        "relword": rf"(?P<word>{alt(lex.relwords)})\b",
        "weekday": rf"(?P<wd>{alt(lex.weekdays)})\b",
        "ago": rf"{ago_unit}\s+(?:тому\s+)?назад\b",
        "after": rf"через\s+(?:(?P<num>\d\d?|{alt(lex.numbers)})\s+)?{ago_unit}(?!\s+после)",
    }
    return {name: re.compile(src) for name, src in sources.items()}


# What a rule reads before its core: a preposition, a modifier, a number.
BEFORE_RULES = {"month": "prep", "year": "prep", "part": "prep", "unit": "prep",
                "season": "mod", "weekday": "prep mod", "ago": "num"}
SPAN_PREPS = {"unit": ("в", "во", "на")}     # prepositions kept in the span; default в, во


def before_patterns(lex: Lexicon) -> dict[str, re.Pattern]:
    """Anchored at the end: what stands right before a rule's core."""
    mod = lex.modifier_pattern()
    prep = r"(?:(?<!\w)(?P<prep>во|в|со|с|до|ко|к|на|по)\s+)"
    return {
        "prep": re.compile(rf"{prep}$"),
        "mod": re.compile(rf"(?:(?P<mod>{mod})\s+)$"),
        "prep mod": re.compile(rf"(?:{prep}(?:(?P<mod>{mod})\s+)?|(?P<mod2>{mod})\s+"
                               rf"|(?<!\w)(?P<daytime>{alt(lex.daytimes)})\s+)$"),
        "num": re.compile(rf"(?:(?<!\w)(?P<num>\d\d?|{alt(lex.numbers)})\s+)$"),
    }


def weekday_tail_pattern(lex: Lexicon) -> re.Pattern:
    """A weekday right after a date: "10 января, в четверг", "10 января (среда)"."""
    return re.compile(rf"\s*,?\s*(?P<open>\()?\s*(?:во?\s+)?(?P<wd>{alt(lex.weekdays_all)})\b(?(open)\s*\))")


@dataclass(slots=True)
class Rules:
    lex: Lexicon
    patterns: dict
    before: dict
    weekday_tail: re.Pattern


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The lexicon and compiled patterns, built once per process."""
    lex = load_lexicon()
    return Rules(lex=lex, patterns=build_patterns(lex), before=before_patterns(lex),
                 weekday_tail=weekday_tail_pattern(lex))


# --- matching ----------------------------------------------------------------

@dataclass(slots=True)
class Hit:
    """A rule match: its span, the rule, the match of its core and what stood before."""

    start: int
    stop: int
    rule: str                       # provenance: "weekday+day_month"
    m: re.Match
    pre: re.Match | None = None     # preposition, modifier or number before the core
    weekday: int | None = None      # a weekday given beside an explicit date
    kind: str = ""                  # the rule whose match ``m`` is

    def __post_init__(self):
        self.kind = self.kind or self.rule

    def group(self, name: str) -> str | None:
        for m in (self.m, self.pre):
            if m is not None and name in m.re.groupindex and m.group(name) is not None:
                return m.group(name)
        return None


def find_hits(text: str) -> list[Hit]:
    """The date expressions of ``text`` as rule matches, in text order."""
    low = lower(text)
    return merge_hits(low, choose_hits(text, low))


def lower(text: str) -> str:
    """Lower case with the same length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def choose_hits(text: str, low: str) -> list[Hit]:
    """All rule matches, then the longest ones that do not overlap."""
    found = []
    for priority, (name, pattern) in enumerate(rules().patterns.items()):
        for m in pattern.finditer(low):
            hit = make_hit(text, low, name, m)
            if hit:
                found.append((hit.start - hit.stop, priority, hit.start, hit))
    found.sort(key=lambda f: f[:3])
    taken: list[Hit] = []
    for *_, hit in found:
        if all(hit.stop <= h.start or hit.start >= h.stop for h in taken):
            taken.append(hit)
    return sorted(taken, key=lambda h: h.start)


def make_hit(text: str, low: str, name: str, m: re.Match) -> Hit | None:
    """A hit from a core match, or None where the match is part of something else."""
    start = m.start()
    prev = low[start - 1] if start else " "
    if prev.isalnum() or (prev in ".,:/№-" and name in DAY_RULES + ("year",)):
        return None
    if name == "month" and not text[start].islower():     # "Марта" is a name
        return None
    pre = None
    if name in BEFORE_RULES:
        pre = rules().before[BEFORE_RULES[name]].search(low, max(0, start - 40), start)
    if name == "weekday" and pre is None:                 # "среды" alone is not a day
        return None
    return Hit(span_start(name, m, pre), m.end(), name, m, pre)


def span_start(name: str, m: re.Match, pre: re.Match | None) -> int:
    """Keep a leading "в"/"во" (and "на" for weeks) where it governs the date."""
    if pre is None:
        return m.start()
    keep = SPAN_PREPS.get(name, ("в", "во"))
    if name == "unit" and not rules().lex.units[m.group("unit")][1]:
        keep = ()
    if "prep" in pre.re.groupindex and pre.group("prep") in keep:
        return pre.start()
    for g in ("mod", "mod2", "num"):
        if g in pre.re.groupindex and pre.group(g):
            return pre.start(g)
    return m.start()


def merge_hits(low: str, hits: list[Hit]) -> list[Hit]:
    """Join a weekday or relative word with an explicit date beside it: one expression."""
    out: list[Hit] = []
    for hit in hits:
        if hit.rule in DAY_RULES:
            hit = attach_weekday_tail(low, hit)
            prev = out[-1] if out else None
            if prev and prev.rule in ("weekday", "relword") and joinable(low, prev, hit):
                out[-1] = Hit(prev.start, hit.stop, f"{prev.rule}+{hit.rule}", hit.m, hit.pre,
                              weekday_of(prev) or hit.weekday, hit.kind)
                continue
        if out and hit.start < out[-1].stop:
            continue
        out.append(hit)
    return out


def attach_weekday_tail(low: str, hit: Hit) -> Hit:
    tail = rules().weekday_tail.match(low, hit.stop)
    if not tail:
        return hit
    wd = rules().lex.weekdays_all[tail.group("wd")]
    return Hit(hit.start, tail.end(), hit.rule + "+weekday", hit.m, hit.pre, wd, hit.kind)


def joinable(low: str, prev: Hit, hit: Hit) -> bool:
    gap = low[prev.stop:hit.start]
    if prev.rule == "relword":
        return gap.strip() == ","
    return gap.strip() in ("", ",") and "\n" not in gap


def weekday_of(hit: Hit) -> int | None:
    return rules().lex.weekdays[hit.m.group("wd")] if hit.rule == "weekday" else None
