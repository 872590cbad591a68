"""Dated occurrences: what a date expression dates, when no typed trigger claims it.

"Он родился в 1954 году", "концерт 12 мая", "В воскресенье прошли выборы", "принял
участие в концерте 12 мая", "на состоявшемся 12 марта заседании": the verb or event noun
a date dates is something that happened then, even when the typed lexicon
(``data/event_triggers.txt``) has no entry for it.  Such events get the type ``other``
with the lemma as sub-type, the date of the expression (resolved or not) and, where the
syntax gives one, a participant.  Direct attachments are claimed first, then words one
remove away (``secondary_occurrences``, ``preceding_occurrence``); docs/EVENTS.md lists
the rules.  They keep the record complete for event-data work; the default timeline shows
typed events only.
"""
from __future__ import annotations

from .. import wordlists

from functools import lru_cache
from pathlib import Path

from ..records import Doc, Event
from .event_tree import Tree
from .syntax import SUBJECT_RELS
from .event_time import WINDOW, date_governor, is_pointer, find_cue, inherit, previous_date

DATA = Path(__file__).parent / "data"
NOUN_RELS = ("nsubj", "nsubj:pass", "obj", "obl", "iobj")
EVENT_SUFFIXES = ("ние", "тие", "ция", "сия")


@lru_cache(maxsize=None)
def _words(name: str) -> frozenset[str]:
    return frozenset(wordlists.read_items(DATA / name))


def _support_sections() -> dict[str, frozenset[str]]:
    sections: dict[str, set[str]] = {}
    section = ""
    for line in (DATA / "event_support.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line.strip("[]")
        elif line:
            sections.setdefault(section, set()).add(line.split()[0])
    return {name: frozenset(words) for name, words in sections.items()}


@lru_cache(maxsize=1)
def _support_verbs() -> frozenset[str]:
    """Verbs that only carry an event noun ("провести", "состояться"): [support], [happen], [doing]."""
    sections = _support_sections()
    return sections.get("support", frozenset()) | sections.get("happen", frozenset()) | \
        sections.get("doing", frozenset())


@lru_cache(maxsize=1)
def happen_verbs() -> frozenset[str]:
    """Verbs whose subject is whatever happened ("прошел финал"): [happen] of event_support.txt."""
    return _support_sections().get("happen", frozenset())


@lru_cache(maxsize=1)
def doing_verbs() -> frozenset[str]:
    """Verbs whose object is what happened ("совершил полет"): [doing] of event_support.txt."""
    return _support_sections().get("doing", frozenset())


def not_occurrences() -> frozenset[str]:
    return _words("event_not_occurrences.txt")


@lru_cache(maxsize=4096)
def eventive(lemma: str, proper: bool = False) -> bool:
    """A noun that names an occurrence: listed in event_nouns.txt, a compound of a listed
    noun ("рок-фестиваль", "авиакатастрофа"), or a common noun in -ние/-тие/-ция/-сия
    that event_not_occurrences.txt does not exclude ("полиция", "решение")."""
    nouns = _words("event_nouns.txt")
    if lemma in nouns:
        return True
    if lemma in not_occurrences():
        return False
    if not proper and len(lemma) > 5 and lemma.endswith(EVENT_SUFFIXES):
        return True
    if "-" in lemma and any(part in nouns for part in lemma.split("-")):
        return True
    return any(lemma.endswith(n) and len(lemma) - len(n) >= 3 for n in _compound_tails())


def event_noun(tree: Tree, k: int) -> bool:
    """Whether token ``k`` is a noun naming an occurrence."""
    t = tree.tokens[k]
    return t.pos in ("NOUN", "PROPN") and eventive(t.lemma, t.pos == "PROPN")


@lru_cache(maxsize=1)
def _compound_tails() -> tuple[str, ...]:
    return tuple(n for n in _words("event_nouns.txt") if len(n) >= 5)


def governed_occurrences(tree: Tree, j: int) -> list[int]:
    """Event nouns the verb ``j`` governs ("выступит с концертом", "состоятся выборы"), the
    noun subject of a verb of happening ("прошел финал") or object of a verb of doing
    ("ввели мораторий"), and event nouns under a frame noun ("принял участие в саммите",
    "погиб в результате взрыва")."""
    if not tree.is_verb(j):
        return []
    lemma = tree.tokens[j].lemma
    bare = (*SUBJECT_RELS, "obj") if lemma in happen_verbs() else ("obj",) if lemma in doing_verbs() else ()
    skip, frames = not_occurrences(), _words("event_frames.txt")
    found = []
    for k in tree.children[j]:
        t = tree.tokens[k]
        if t.rel not in NOUN_RELS or t.pos not in ("NOUN", "PROPN"):
            continue
        if t.lemma in frames:
            found += [c for c in tree.kids(k, "nmod") if event_noun(tree, c)]
        elif t.lemma not in skip and (event_noun(tree, k) or t.rel in bare):
            found.append(k)
    return found


def related_occurrences(tree: Tree, nouns: list[int]) -> list[int]:
    """Event nouns joined to dated event nouns: coordinated ("полуфинал и финал") or in the
    genitive ("церемония коронации", "финал кубка")."""
    out = []
    for n in nouns:
        for c in tree.children[n]:
            rel = tree.tokens[c].rel
            if (rel == "conj" or (rel == "nmod" and not tree.prep(c))) and event_noun(tree, c):
                out.append(c)
    return out


def described_occurrence(tree: Tree, j: int) -> int:
    """The noun a participle or relative clause describes when that noun is what happened
    ("состоявшееся 20 мая заседание", "финал, который пройдет в воскресенье"), else -1."""
    t = tree.tokens[j]
    if t.rel not in ("acl", "acl:relcl") or t.head < 0 or not tree.is_verb(j):
        return -1
    noun = tree.tokens[t.head]
    if noun.pos not in ("NOUN", "PROPN") or noun.lemma in not_occurrences():
        return -1
    return t.head if event_noun(tree, t.head) or t.lemma in happen_verbs() else -1


def occurrence_tokens(tree: Tree, j: int) -> list[int]:
    """What a date hanging on ``j`` dates.  "Концерт состоится 12 мая": the event noun, not
    its support verb; "выступит с концертом 12 мая": both; "прошедшая в субботу церемония":
    the noun, not the participle; "заявил 3 мая об отставке": the noun, not the speech verb;
    "Это произошло 10 мая": nothing here (``linked_dates`` dates the clause pointed to)."""
    lemma = tree.tokens[j].lemma
    if not tree.is_verb(j) and lemma in _words("event_frames.txt"):
        inner = [c for c in tree.kids(j, "nmod") if event_noun(tree, c)]
        if inner:               # "проведение митинга 26 июля": the rally
            return inner + related_occurrences(tree, inner)
    nouns = governed_occurrences(tree, j)
    described = described_occurrence(tree, j)
    participle = tree.tokens[j].feats.get("VerbForm") == "Part" and tree.tokens[j].rel == "acl"
    if described >= 0:
        nouns.append(described)
    verb_too = lemma not in not_occurrences() and not (nouns and lemma in _support_verbs()) \
        and not (described >= 0 and participle) and not is_pointer(tree, j, happen_verbs())
    nouns += related_occurrences(tree, nouns + ([j] if verb_too and not tree.is_verb(j) else []))
    return ([j] if verb_too else []) + nouns


def secondary_occurrences(tree: Tree, j: int) -> list[int]:
    """Verbs a date on ``j`` reaches at one remove, dated only when nothing nearer dates
    them: what a dated word of saying reports ("В воскресенье она сообщила, что покидает
    группу"), what a word of saying with a plain object is ("в 1998 году написал мемуары"),
    and the verb a dated adverbial participle leans on ("Потеряв в 1985 году власть, он ушел")."""
    t, skip = tree.tokens[j], not_occurrences()
    if not tree.is_verb(j):
        return []
    if t.feats.get("VerbForm") == "Conv" and t.rel == "advcl" and t.head >= 0:
        return [t.head] if tree.is_verb(t.head) and tree.tokens[t.head].lemma not in skip else []
    if t.lemma not in skip or t.pos != "VERB":
        return []
    clauses = [c for c in tree.kids(j, "ccomp") if tree.is_verb(c) and tree.tokens[c].lemma not in skip]
    if not clauses and any(tree.tokens[c].pos == "NOUN" for c in tree.kids(j, "obj")):
        return [j]
    return clauses


def preceding_occurrence(tree: Tree, toks: range) -> list[int]:
    """The event noun just before a date, with no verb or punctuation between ("Великого
    похода в 1934-1935 годах", "военного переворота 3 июля"): dated only when nothing
    nearer dates it."""
    k = toks[0] - 1
    while k >= 0 and toks[0] - k <= WINDOW and tree.tokens[k].sent == tree.tokens[toks[0]].sent:
        t = tree.tokens[k]
        if t.pos == "PUNCT" or tree.is_verb(k):
            return []
        if event_noun(tree, k):
            return [k]
        k -= 1
    return []


def host_token(tree: Tree, toks: range) -> int:
    """The verb or noun the date expression ``toks`` depends on, -1 when there is none."""
    j = date_governor(tree, toks)
    while j >= 0 and j not in toks:
        if tree.is_verb(j) or event_noun(tree, j):
            return j
        j = tree.tokens[j].head
    return -1


def find_occurrences(doc: Doc, tree: Tree, taken: set[int], links: dict[int, int],
                     seeds: list[tuple[int, int]] = ()) -> list[Event]:
    """Events of type ``other`` for what date expressions date, where no typed event is.

    ``seeds`` are (token, date index) of typed events dated by an expression: event nouns
    joined to them share their date too.
    """
    found: list[tuple[int, int]] = []
    later: list[tuple[int, int]] = []
    for index, ref in enumerate(doc.dates):
        toks = tree.span_tokens(ref.start, ref.stop)
        j = host_token(tree, toks) if toks else -1
        if j >= 0:
            found += [(k, index) for k in occurrence_tokens(tree, j)]
            later += [(k, index) for k in secondary_occurrences(tree, j)]
        if toks:
            later += [(k, index) for k in preceding_occurrence(tree, toks)]
    for j, index in links.items():
        found += [(k, index) for k in occurrence_tokens(tree, j)]
    events = claim(doc, tree, found, taken)
    spread = [(k, e.date_ref) for e in events for k in tree.span_tokens(e.trigger_start, e.trigger_stop)]
    events += claim(doc, tree, [(n, i) for k, i in list(seeds) + spread for n in joined_occurrences(tree, k)], taken)
    return events + claim(doc, tree, later, taken)


def claim(doc: Doc, tree: Tree, found: list[tuple[int, int]], taken: set[int]) -> list[Event]:
    """Occurrences for the tokens no event has taken yet, first come first served."""
    events = []
    for k, index in found:
        if k not in taken:
            taken.add(k)
            events.append(make_occurrence(doc, tree, k, index))
    return events


def joined_occurrences(tree: Tree, k: int) -> list[int]:
    """Event nouns joined to the dated event noun ``k``: the noun it is coordinated with
    ("после путча и перехода ... весной 2012 года"), or the event noun it explains, past a
    frame noun ("до свержения в результате переворота 3 июля")."""
    t = tree.tokens[k]
    if t.pos not in ("NOUN", "PROPN") or t.head < 0:
        return []
    h = t.head
    if t.rel in ("nmod", "obl") and tree.tokens[h].lemma in _words("event_frames.txt") and tree.tokens[h].head >= 0:
        h = tree.tokens[h].head
    return [h] if t.rel in ("conj", "nmod", "obl") and event_noun(tree, h) else []


def coordinated_occurrences(doc: Doc, tree: Tree, events: list[Event], taken: set[int]) -> list[Event]:
    """Verbs coordinated with a dated event's trigger share its date
    ("28 апреля двое были убиты, еще четверо госпитализированы")."""
    out: list[Event] = []
    skip = not_occurrences()
    for event in events:
        if event.date_source != "expression" or event.date_ref < 0:
            continue
        for head in tree.span_tokens(event.trigger_start, event.trigger_stop):
            for k in tree.kids(head, "conj"):
                if k not in taken and tree.is_verb(k) and tree.tokens[k].lemma not in skip:
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
    for k in tree.kids(j, *SUBJECT_RELS)[:1]:
        arg = tree.entity_of(k)
        if arg is not None:
            event.agent, event.agent_entity = arg.text, arg.entity
    return event


def cued_occurrences(doc: Doc, tree: Tree, taken: set[int], cues: list[tuple[str, int]]) -> list[Event]:
    """The main verb of a sentence without a date expression that a time cue opens ("Тогда
    погибли ...", "На следующий день ...") inherits the time the text last spoke of."""
    dated = {tree.tokens[toks[0]].sent for d in doc.dates if (toks := tree.span_tokens(d.start, d.stop))}
    skip = not_occurrences()
    events = []
    for sent, first in tree.sentence_start.items():
        root = next((k for k in tree.sentence_tokens(sent) if tree.tokens[k].head < 0), -1)
        if sent in dated or root < 0 or root in taken or not tree.is_verb(root) or tree.tokens[root].lemma in skip:
            continue
        cue = find_cue(doc.text[tree.tokens[first].start:tree.tokens[root].start], cues)
        value, precision, ref = previous_date(doc, tree.tokens[first].start, None) if cue else (None, None, -1)
        if ref >= 0:
            taken.add(root)
            event = make_occurrence(doc, tree, root, ref)
            inherit(event, value, precision, ref, cue[1])
            events.append(event)
    return events
