"""When an event happened: a date expression of its clause, a date inherited from what came
before ("Затем ...", or the previous sentence about the same actor), or, for an undated
event, the publication date marked ``reported``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..records import Doc, Event
from .event_args import CLIMB_RELS, Tree, Trigger


def expression_date(doc: Doc, tree: Tree, trig: Trigger) -> tuple[int, int]:
    """(index into doc.dates, rank) of the date expression that dates the trigger, or (-1, -1).

    Rank 0: the date hangs on the trigger, its host verb or its relative clause; 1: on a verb
    it is coordinated with or controlled by ("пошел 7 января ..., но его задержали"); 2: on a
    verb above it ("6 января в МВД заявили, что задержали ...").
    """
    near = set(trig.tokens) | set(trig.relcl) | ({trig.host} if trig.host >= 0 else set())
    base = trig.host if trig.host >= 0 else trig.head
    ranks = {j: 0 for j in near}
    rank, j = 1, base
    while j >= 0 and tree.tokens[j].rel in CLIMB_RELS:
        if tree.tokens[j].rel not in ("conj", "xcomp"):
            rank = 2
        j = tree.tokens[j].head
        if j >= 0 and tree.is_verb(j):
            ranks.setdefault(j, rank)
    sent = tree.tokens[trig.head].sent
    best = (-1, -1, 0)
    for index, ref in enumerate(doc.dates):
        # An unresolved expression ("28 апреля" with no publication date) still dates its clause.
        toks = tree.span_tokens(ref.start, ref.stop)
        if not toks or tree.tokens[toks[0]].sent != sent:
            continue
        found = _attachment(tree, toks, near)
        if found in ranks:
            key = (ranks[found], -abs(toks[0] - trig.head))
            if best[0] < 0 or key < (best[1], best[2]):
                best = (index, key[0], key[1])
    return best[0], best[1]


def _attachment(tree: Tree, toks: range, near: set[int]) -> int:
    """The verb (or event noun) a date expression hangs on."""
    top = next((k for k in toks if tree.tokens[k].head not in toks), toks[0])
    j = tree.tokens[top].head
    while j >= 0 and not (j in near or tree.is_verb(j) or j in tree.event_nouns):
        j = tree.tokens[j].head
    return j


@lru_cache(maxsize=8)
def _cue_regex(cues: tuple[tuple[str, int], ...]) -> re.Pattern:
    words = sorted((c for c, _ in cues), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def assign_dates(doc: Doc, tree: Tree, items: list[tuple[Trigger, Event]], cues: list[tuple[str, int]]) -> None:
    """Date the events without an expression: by a time cue, by the previous sentence about
    the same actor, else by the publication date (``reported``)."""
    days = dict(cues)
    regex = _cue_regex(tuple(cues))
    last: Event | None = None
    for trig, event in items:
        if event.date_source == "expression":
            last = event
            continue
        before = doc.text[event.sentence_start:event.trigger_start].lower().replace("ё", "е")
        cue = regex.search(before)
        if cue and last is not None:
            inherit(event, last.date, last.date_precision, last.date_ref, days[cue.group(1)])
            last = event
            continue
        ref = same_actor_date(doc, tree, trig, event)
        if ref >= 0:
            d = doc.dates[ref]
            inherit(event, d.value, d.precision, ref, 0)
            last = event
            continue
        mark_reported(event, doc)


def inherit(event: Event, value: str | None, precision: str | None, ref: int, days: int) -> None:
    if days and precision == "day" and value:
        value = (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()
    event.date, event.date_precision, event.date_source, event.date_ref = value, precision, "inherited", ref


def mark_reported(event: Event, doc: Doc) -> None:
    """The publication date at its precision: the event happened by then."""
    published = doc.article.published
    if not published:
        return
    precision = doc.article.published_precision or {10: "day", 7: "month", 4: "year"}.get(len(published))
    event.date, event.date_precision, event.date_source, event.date_ref = published, precision, "reported", -1


def same_actor_date(doc: Doc, tree: Tree, trig: Trigger, event: Event) -> int:
    """The last date of the previous sentence when that sentence names the same actor
    ("Он 7 января пошел в мечеть. Вечером его задержали.")."""
    wanted = {e for e in (event.agent_entity, event.patient_entity) if e >= 0}
    sent = tree.tokens[trig.head].sent
    if not wanted or sent == 0:
        return -1
    toks = tree.sentence_tokens(sent - 1)
    if not toks:
        return -1
    start, stop = tree.tokens[toks[0]].start, tree.tokens[toks[-1]].stop
    dated = [i for i, d in enumerate(doc.dates) if d.value and start <= d.start < stop]
    if not dated:
        return -1
    actors = {m.entity for m in doc.mentions if start <= m.start < stop and m.entity >= 0}
    for i in toks:
        if tree.tokens[i].rel == "nsubj" and tree.tokens[i].pos == "PRON":
            arg = tree.argument(i)
            if arg is not None and arg.entity >= 0:
                actors.add(arg.entity)
    return dated[-1] if actors & wanted else -1
