"""Dated occurrences: what a date expression hangs on, when no typed trigger claims it.

"Он родился в 1954 году", "концерт 12 мая", "В воскресенье прошли выборы": the
verb or noun a date attaches to is something that happened then, even when the
typed lexicon (``data/event_triggers.txt``) has no entry for it.  Such events get
the type ``other`` with the lemma as sub-type, the date of the expression (resolved
or not) and, where the syntax gives one, a participant.  They keep the record
complete for event-data work; the default timeline shows typed events only.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..records import Doc, Event
from .event_args import Tree

DATA = Path(__file__).parent / "data"
SUBJECT_RELS = ("nsubj", "nsubj:pass")
NOUN_RELS = ("nsubj", "nsubj:pass", "obj", "obl", "iobj")
EVENT_SUFFIXES = ("ние", "тие", "ция", "сия")


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(l.split("#", 1)[0].strip() for l in lines if l.split("#", 1)[0].strip())


@lru_cache(maxsize=1)
def _support_verbs() -> frozenset[str]:
    """Verbs that only carry an event noun ("состояться", "пройти"): [support] of event_support.txt."""
    verbs, section = set(), ""
    for line in (DATA / "event_support.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line
        elif line and section == "[support]":
            verbs.add(line.split()[0])
    return frozenset(verbs)


def not_occurrences() -> frozenset[str]:
    return _words("event_not_occurrences.txt")


def eventive(lemma: str) -> bool:
    """A noun that names an occurrence: listed in event_nouns.txt, or a deverbal -ние/-тие/-ция."""
    return lemma in _words("event_nouns.txt") or (len(lemma) > 5 and lemma.endswith(EVENT_SUFFIXES))


def governed_occurrences(tree: Tree, j: int) -> list[int]:
    """Event nouns the verb ``j`` governs ("выступит с концертом", "состоятся выборы")."""
    if not tree.is_verb(j):
        return []
    return [k for k, t in enumerate(tree.tokens)
            if t.head == j and t.rel in NOUN_RELS and t.pos == "NOUN" and eventive(t.lemma)]


def host_token(tree: Tree, toks: range) -> int:
    """The verb or noun the date expression ``toks`` depends on, -1 when there is none."""
    top = next((k for k in toks if tree.tokens[k].head not in toks), toks[0])
    j = tree.tokens[top].head
    skip = not_occurrences()
    while j >= 0 and j not in toks:
        t = tree.tokens[j]
        if t.lemma in skip and t.pos != "NOUN":
            return -1
        if t.lemma not in skip and (tree.is_verb(j) or (t.pos == "NOUN" and eventive(t.lemma))):
            return j
        j = t.head
    return -1


def find_occurrences(doc: Doc, tree: Tree, taken: set[int], used_dates: set[int]) -> list[Event]:
    """Events of type ``other`` for date expressions no typed event uses."""
    events: list[Event] = []
    hosts: set[int] = set()
    for index, ref in enumerate(doc.dates):
        if index in used_dates:
            continue
        toks = tree.span_tokens(ref.start, ref.stop)
        if not toks:
            continue
        j = host_token(tree, toks)
        if j < 0:
            continue
        # "Концерт состоится 12 мая": the event noun is the occurrence, not its support verb;
        # "выступит с концертом 12 мая": both the verb and the noun are.
        nouns = governed_occurrences(tree, j)
        support = tree.tokens[j].lemma in _support_verbs()
        for k in (nouns if nouns and support else [j] + nouns):
            if k not in taken and k not in hosts:
                hosts.add(k)
                events.append(make_occurrence(doc, tree, k, index))
    return events


def coordinated_occurrences(doc: Doc, tree: Tree, events: list[Event], taken: set[int]) -> list[Event]:
    """Verbs coordinated with a dated event's trigger share its date
    ("28 апреля двое были убиты, еще четверо госпитализированы")."""
    out: list[Event] = []
    for event in events:
        if event.date_source != "expression" or event.date_ref < 0:
            continue
        heads = tree.span_tokens(event.trigger_start, event.trigger_stop)
        for k, t in enumerate(tree.tokens):
            if (t.rel == "conj" and t.head in heads and k not in taken and tree.is_verb(k)
                    and t.lemma not in not_occurrences()):
                taken.add(k)
                out.append(make_occurrence(doc, tree, k, event.date_ref))
    return out


def make_occurrence(doc: Doc, tree: Tree, j: int, date_index: int) -> Event:
    t = tree.tokens[j]
    sentence = doc.sentences[t.sent] if doc.sentences else None
    ref = doc.dates[date_index]
    event = Event(type="other", subtype=t.lemma, trigger_start=t.start, trigger_stop=t.stop,
                  sentence_start=sentence.start if sentence else 0,
                  sentence_stop=sentence.stop if sentence else len(doc.text),
                  trigger=t.text, trigger_lemma=t.lemma, date=ref.value, date_precision=ref.precision,
                  date_source="expression", date_ref=date_index,
                  modality="planned" if t.feats.get("Tense") == "Fut" else "happened",
                  rule=f"occurrence:{t.lemma}")
    for k, other in enumerate(tree.tokens):
        if other.head == j and other.rel in SUBJECT_RELS:
            arg = tree.entity_of(k)
            if arg is not None:
                event.agent, event.agent_entity = arg.text, arg.entity
            break
    return event
