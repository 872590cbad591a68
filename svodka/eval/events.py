"""Score svodka's events against NEREL EVENT entities and their relations.

* **Triggers.**  ``trigger`` (the headline): a svodka trigger and a gold
  EVENT that share at least one character, paired one to one, largest
  overlap first; micro P/R/F1 over all documents.  ``trigger_exact``: the
  trigger's (start, stop) equals the gold EVENT's.  A discontinuous gold
  EVENT overlaps only through its fragments.
* **Coverage.**  A gold event is *covered* by the svodka event whose
  trigger overlaps it most (the first in text order on a tie), paired or
  not: nested gold events ("погиб" in "погиб один человек") may share one
  svodka event.
* **Time link**, over gold events with a POINT_IN_TIME relation: right when
  the covering event's date came from a date expression (its
  ``date_source`` is ``expression`` or ``inherited``, with ``date_ref``
  set; a publication date, ``reported``, is not a time link) and either
  that expression's span overlaps a gold DATE/TIME argument (the primary
  rule: the link, whether or not the expression could be resolved), or the
  event has a date and svodka resolved a date expression overlapping the
  gold argument to that same value (ISO strings at their precision equal:
  the event took the same date from another mention of it).
* **Place link**, over gold events with TAKES_PLACE_IN: right when some
  mention of the event's location entity overlaps a gold place (a location
  without an entity: its text found in the event's sentence).
* **Participant link**, over gold events with PARTICIPANT_IN or AGENT (the
  participant is Arg1, the EVENT Arg2): right when a mention of the agent
  or the patient entity overlaps a gold participant (without an entity:
  the text found in the sentence).

Every link accuracy counts gold events svodka did not cover as wrong; the
report gives the counts (``n``, ``right``, ``covered``) beside each.
``time_misses`` lists the wrong time links for error analysis.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from .found import FoundDate, FoundEvent, SystemDoc
from .gold import GoldDoc, GoldEvent, GoldSpan
from .metrics import Accuracy, Counts, count_sets, pair_greedily
from .statements import overlap

LINKS = ("time", "place", "participant")
MISS_ORDER = ("wrong date", "publication date only", "no date", "no svodka event")


def event_overlap(gold: GoldEvent, span: tuple[int, int]) -> int:
    """Characters ``span`` shares with the gold event's fragments."""
    return sum(overlap(part, span) for part in gold.parts)


def match_triggers(gold: list[GoldEvent], pred: list[FoundEvent]) -> dict[int, int]:
    """gold index -> prediction index, overlapping spans paired one to one, largest overlap first."""
    return pair_greedily((-shared, g, i) for g, event in enumerate(gold) for i, p in enumerate(pred)
                         if (shared := event_overlap(event, (p.start, p.stop))) > 0)


def covering_event(gold: GoldEvent, pred: list[FoundEvent]) -> Optional[FoundEvent]:
    """The svodka event whose trigger overlaps ``gold`` most, None when none does."""
    best, most = None, 0
    for event in pred:
        shared = event_overlap(gold, (event.start, event.stop))
        if shared > most:
            best, most = event, shared
    return best


def touches(spans, args: list[GoldSpan]) -> bool:
    return any(overlap(span, (start, stop)) > 0 for span in spans for start, stop, _ in args)


def time_right(gold: GoldEvent, event: Optional[FoundEvent], dates: list[FoundDate]) -> bool:
    if event is None or event.date_span is None:
        return False
    if touches([event.date_span], gold.times):
        return True
    return event.date is not None and any(d.value == event.date for d in dates
                                          if touches([(d.start, d.stop)], gold.times))


def place_right(gold: GoldEvent, event: Optional[FoundEvent]) -> bool:
    return event is not None and touches(event.places, gold.places)


def participant_right(gold: GoldEvent, event: Optional[FoundEvent]) -> bool:
    return event is not None and touches(event.participants, gold.participants)


def link_checks(gold: GoldEvent, event: Optional[FoundEvent], dates: list[FoundDate]) -> dict[str, bool]:
    """For each link gold gives this event: is svodka's right?"""
    checks = {}
    if gold.times:
        checks["time"] = time_right(gold, event, dates)
    if gold.places:
        checks["place"] = place_right(gold, event)
    if gold.participants:
        checks["participant"] = participant_right(gold, event)
    return checks


def score_events(golds: list[GoldDoc], outputs: list[SystemDoc]) -> dict:
    """Trigger P/R/F1 and the three link accuracies, with their counts."""
    found, exact = Counts(), Counts()
    links = {name: Accuracy() for name in LINKS}
    covered = Counter()
    for gold, out in zip(golds, outputs, strict=True):
        exact.add(count_sets({(e.start, e.stop) for e in gold.events}, {(p.start, p.stop) for p in out.events}))
        found.add(Counts(tp=len(match_triggers(gold.events, out.events)),
                         pred=len(out.events), gold=len(gold.events)))
        for event in gold.events:
            cover = covering_event(event, out.events)
            covered["events"] += cover is not None
            for name, ok in link_checks(event, cover, out.dates).items():
                links[name].add(ok)
                covered[name] += cover is not None
    report = {"trigger": found.as_json(), "trigger_exact": exact.as_json()}
    report.update({f"{name}_link_accuracy": round(links[name].value, 4) for name in LINKS})
    report.update({f"{name}_link": {**links[name].as_json(), "covered": covered[name]} for name in LINKS})
    report["counts"] = {"gold_events": found.gold, "svodka_events": found.pred, "covered": covered["events"],
                        **{f"with_{name}": links[name].n for name in LINKS}}
    return report


def miss_kind(event: Optional[FoundEvent]) -> str:
    """Why a time link is wrong: one of MISS_ORDER."""
    if event is None:
        return "no svodka event"
    if event.date_span is None:
        return "publication date only" if event.date else "no date"
    return "wrong date"


def time_misses(golds: list[GoldDoc], outputs: list[SystemDoc]) -> list[dict]:
    """Gold events with a time whose svodka event has no date or a wrong one, worst first.

    Worst: a wrong date, then a publication date, then no date, then no
    event at all; in document order within each kind.
    """
    misses = []
    for gold, out in zip(golds, outputs, strict=True):
        for event in gold.events:
            cover = covering_event(event, out.events)
            if not event.times or time_right(event, cover, out.dates):
                continue
            at_gold = [d for d in out.dates if touches([(d.start, d.stop)], event.times)]
            misses.append({
                "doc": gold.id, "kind": miss_kind(cover), "event": event.text, "start": event.start,
                "gold_time": "; ".join(t[2] for t in event.times),
                "svodka_date_at_gold_time": ", ".join(f"{d.text}={d.value}" for d in at_gold),
                "trigger": cover.trigger if cover else "", "type": cover.type if cover else "",
                "date": cover.date if cover else None, "date_source": cover.date_source if cover else "",
                "date_text": cover.date_text if cover else "",
                "context": _context(gold.text, event)})
    return sorted(misses, key=lambda m: MISS_ORDER.index(m["kind"]))


def _context(text: str, event: GoldEvent, width: int = 60) -> str:
    start, stop = max(0, event.start - width), min(len(text), event.stop + width)
    return " ".join(text[start:stop].split())


def events_report(golds: list[GoldDoc], format: str, results: dict[str, list[SystemDoc]],
                  misses: int = 0) -> dict:
    """The JSON object ``svodka eval events --json`` prints; ``misses`` adds the worst time misses."""
    report = {"task": "events", "format": format, "documents": len(golds),
              "systems": {name: score_events(golds, outs) for name, outs in results.items()},
              "failures": {name: sum(1 for o in outs if o.failure) for name, outs in results.items()}}
    if misses:
        report["time_misses"] = {}
        for name, outs in results.items():
            all_misses = time_misses(golds, outs)
            report["time_misses"][name] = {"by_kind": dict(Counter(m["kind"] for m in all_misses)),
                                           "worst": all_misses[:misses]}
    return report
