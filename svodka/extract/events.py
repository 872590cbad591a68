"""Typed events: triggers from a lexicon, arguments from the syntax, a date and a modality.

    >>> doc = extract_events(svodka.analyze("6 января полиция задержала в Алматы активиста.", published="2022-01-10"))
    >>> [(e.type, e.agent, e.patient, e.location, e.date) for e in doc.events]
    [('arrest', 'полиция', 'активист', 'Алматы', '2022-01-06')]

The rules are data (``extract/data/event_*.txt``, described in docs/EVENTS.md):
triggers ("задержать", "нота протеста", "открыть огонь") with their type and
sub-type; the types with their PLOVER and ACLED counterparts and how their nouns take
arguments; support verbs that anchor an event noun; modality cues; time cues; actor
classes that refine a type ("стрельба по демонстрантам" is violence against civilians).
"""
from __future__ import annotations

from .. import wordlists

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import PipelineError
from ..records import Doc, Event
from .event_args import TypeSpec, read_roles
from .event_tree import Arg, Tree, Trigger, norm_prep
from .event_time import assign_dates, expression_date, linked_dates
from .occurrences import coordinated_occurrences, cued_occurrences, find_occurrences, happen_verbs

DATA = Path(__file__).parent / "data"
STRENGTH = {"denied": 3, "planned": 2, "reported": 1, "happened": 0}
PATTERN_DEPTH = 3
STOP_RELS = {"ccomp", "parataxis", "acl:relcl", "advcl", "conj", "acl", "csubj", "punct"}


@dataclass(frozen=True, slots=True)
class Pattern:
    """One line of event_triggers.txt."""

    parts: tuple[frozenset, ...]    # lemmas the trigger word's subtree must hold
    needs: tuple[str, ...]          # prepositions whose argument must name an entity
    type: str
    subtype: str
    text: str
    order: int


@dataclass(slots=True)
class Lexicon:
    types: dict[str, TypeSpec]
    patterns: dict[str, list[Pattern]]      # by trigger lemma
    support: frozenset
    detached: frozenset                     # prepositions through which no verb anchors a noun
    actors: dict[str, set[str]]             # class -> lemmas, with "control" verbs
    retype: list[tuple[str, str, str, str]]
    governors: dict[str, str]               # lemma -> modality
    modifiers: dict[str, str]
    markers: re.Pattern
    marker_modality: dict[str, str]
    cues: list[tuple[str, int]]


def read_lines(name: str) -> list[str]:
    """The items of a data file: stripped lines without comments and blanks."""
    return list(wordlists.read_items(DATA / name))


def _bad_line(name: str, line: str, why: str) -> PipelineError:
    return PipelineError(f"svodka/extract/data/{name}: {why}: {line!r}",
                         "fix that line (the file's header comment gives the format)")


def _read_types() -> dict[str, TypeSpec]:
    types = {}
    for line in read_lines("event_types.txt"):
        cols = [c.strip() for c in line.split("|")]
        if len(cols) != 6 or cols[3] not in ("agent", "patient"):
            raise _bad_line("event_types.txt", line, "expected 6 fields with genitive role agent|patient")
        preps = [frozenset(norm_prep(p) for p in c.split(",") if p.strip() and p.strip() != "-") for c in cols[4:]]
        types[cols[0]] = TypeSpec(cols[0], cols[1], cols[2], cols[3], preps[0], preps[1])
    return types


def _read_patterns(types: dict[str, TypeSpec]) -> dict[str, list[Pattern]]:
    patterns: dict[str, list[Pattern]] = {}
    for order, line in enumerate(read_lines("event_triggers.txt")):
        left, arrow, right = line.partition("->")
        kind, _, subtype = right.strip().partition("/")
        words = left.split()
        if not arrow or not words or kind not in types:
            raise _bad_line("event_triggers.txt", line,
                            "expected 'lemmas -> type/subtype' with a type of event_types.txt")
        parts = tuple(frozenset(w.split("|")) for w in words if not w.startswith("+"))
        needs = tuple(norm_prep(w[1:]) for w in words if w.startswith("+"))
        pattern = Pattern(parts, needs, kind, subtype, left.strip(), order)
        for lemma in parts[0]:
            patterns.setdefault(lemma, []).append(pattern)
    return patterns


def _read_modality() -> tuple[dict, dict, re.Pattern, dict]:
    governors, modifiers, markers = {}, {}, {}
    for line in read_lines("event_modality.txt"):
        modality, kind, cue = (line.split(None, 2) + ["", ""])[:3]
        table = {"governor": governors, "modifier": modifiers, "marker": markers}.get(kind)
        if modality not in STRENGTH or table is None or not cue:
            raise _bad_line("event_modality.txt", line, "expected 'modality governor|marker|modifier cue'")
        table[cue] = modality
    words = sorted(markers, key=len, reverse=True)
    regex = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return governors, modifiers, regex, markers


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Every event_*.txt file, read once per process."""
    types = _read_types()
    actors: dict[str, set[str]] = {}
    for line in read_lines("event_actors.txt"):
        cls, lemma = line.split(None, 1)
        actors.setdefault(cls, set()).add(lemma)
    support, detached, section = set(), set(), "support"
    for line in read_lines("event_support.txt"):
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "control":
            actors.setdefault("control", set()).add(line)
        elif section == "detached":
            detached.add(norm_prep(line))
        else:
            support.add(line)
    retype = []
    for line in read_lines("event_retype.txt"):
        left, _, new = line.partition("->")
        cols = left.split()
        if len(cols) != 3 or new.strip() not in types or cols[0] not in types:
            raise _bad_line("event_retype.txt", line, "expected 'type role class -> type'")
        retype.append((cols[0], cols[1], cols[2], new.strip()))
    cues = []
    for line in read_lines("event_time_cues.txt"):
        words = line.split()
        days = int(words.pop()) if words[-1].lstrip("-").isdigit() else 0
        cues.append((" ".join(words), days))
    governors, modifiers, markers, marker_modality = _read_modality()
    return Lexicon(types, _read_patterns(types), frozenset(support), frozenset(detached), actors, retype,
                   governors, modifiers, markers, marker_modality, cues)


# --- triggers --------------------------------------------------------------------------------

def trigger_kind(tree: Tree, i: int) -> str | None:
    """verb | noun | None: participles used as adjectives ("задержанный пианист") are not triggers."""
    t = tree.tokens[i]
    if t.pos == "VERB":
        if t.feats.get("VerbForm") == "Part" and t.feats.get("Variant") != "Short":
            return None
        return "verb"
    return "noun" if t.pos == "NOUN" else None


def match_parts(tree: Tree, i: int, parts: tuple[frozenset, ...]) -> tuple[int, ...] | None:
    """Tokens of ``i``'s clause subtree matching each remaining pattern part, nearest first."""
    found: list[int] = []
    for part in parts[1:]:
        frontier, hit = [i], -1
        for _ in range(PATTERN_DEPTH):
            nxt = [c for j in frontier for c in tree.children[j] if tree.tokens[c].rel not in STOP_RELS]
            hit = next((c for c in nxt if tree.tokens[c].lemma in part and c not in found), -1)
            if hit >= 0 or not nxt:
                break
            frontier = nxt
        if hit < 0:
            return None
        found.append(hit)
    return tuple(found)


def names_entity(tree: Tree, i: int, prep: str) -> bool:
    for c in tree.kids(i, "obl", "nmod"):
        if tree.prep(c) == prep:
            arg = tree.argument(c)
            if arg is not None and arg.entity >= 0:
                return True
    return False


def find_triggers(tree: Tree, lex: Lexicon) -> list[Trigger]:
    """Every trigger in the document; overlapping matches go to the longest pattern."""
    found = []
    for i, t in enumerate(tree.tokens):
        for p in lex.patterns.get(t.lemma, ()):
            kind = trigger_kind(tree, i)
            matched = match_parts(tree, i, p.parts) if kind else None
            if matched is None or not all(names_entity(tree, i, prep) for prep in p.needs):
                continue
            found.append(Trigger(i, (i, *matched), p.type, p.subtype, p.text, kind, needs=p.needs, order=p.order))
    found.sort(key=lambda c: (-len(c.tokens), c.order, c.head))
    claimed: set[int] = set()
    chosen = []
    for trig in found:
        if claimed.isdisjoint(trig.tokens):
            claimed.update(trig.tokens)
            chosen.append(trig)
    return sorted(chosen, key=lambda c: c.head)


def attach_host(tree: Tree, trig: Trigger, lex: Lexicon) -> None:
    """The verb an event noun hangs on ("начали стрельбу", "протесты начались"), not
    through a detached preposition ("несмотря на протесты")."""
    n = trig.head
    while tree.tokens[n].rel == "conj" and tree.tokens[n].head >= 0 \
            and tree.tokens[tree.tokens[n].head].pos == "NOUN":
        n = tree.tokens[n].head
    h = tree.tokens[n].head
    if h >= 0 and tree.tokens[h].lemma == "участие":
        n, h = h, tree.tokens[h].head
    if h >= 0 and tree.is_verb(h):
        rel = tree.tokens[n].rel
        if rel in ("obj", "nsubj", "nsubj:pass") or (rel == "obl" and _anchoring(lex, tree.tokens[h].lemma)
                                                      and tree.prep(n) not in lex.detached):
            trig.host = h


def attach_clauses(tree: Tree, trig: Trigger) -> None:
    """Relative clauses and participles on the trigger's nouns ("выборы, которые должны
    пройти в мае", "победил на выборах, прошедших в июле"), with the verbs they control."""
    nouns = [k for k in trig.tokens if tree.tokens[k].pos in ("NOUN", "PROPN")]
    clauses = [c for k in nouns for c in tree.children[k]
               if tree.tokens[c].rel in ("acl:relcl", "acl") and tree.is_verb(c)]
    trig.relcl = tuple(clauses + [x for c in clauses for x in tree.kids(c, "xcomp") if tree.is_verb(x)])


def anchored(tree: Tree, trig: Trigger, lex: Lexicon, date_rank: int) -> bool:
    """Whether an event noun is a real event here, not a generic word ("закон о митингах")."""
    if trig.relcl or date_rank == 0:
        return True
    if trig.host >= 0 and _anchoring(lex, tree.tokens[trig.host].lemma):
        return True
    own = [c for t in trig.tokens for c in tree.children[t] if c not in trig.tokens]
    return any(tree.tokens[c].rel in ("nmod", "obl") and (a := tree.argument(c)) is not None
               and a.entity >= 0 for c in own)


def _anchoring(lex: Lexicon, lemma: str) -> bool:
    """A support verb, or a modality verb ("опровергли задержание", "планируют митинг")."""
    return lemma in lex.support or lemma in lex.governors


# --- modality and type -----------------------------------------------------------------------

def read_modality(doc: Doc, tree: Tree, trig: Trigger, lex: Lexicon, sentence_start: int) -> str:
    """happened | planned | reported | denied, the strongest cue winning."""
    base = trig.host if trig.host >= 0 else trig.head
    chain = [trig.head] + ([trig.host] if trig.host >= 0 else [])
    scope = list(chain)
    while tree.tokens[scope[-1]].rel == "xcomp" and tree.tokens[scope[-1]].head >= 0:
        scope.append(tree.tokens[scope[-1]].head)
    found = {"happened"}
    if any(tree.tokens[c].lemma == "не" for s in scope for c in tree.kids(s, "advmod", "neg")):
        found.add("denied")
    for j in chain:
        f = tree.tokens[j].feats
        if f.get("Tense") == "Fut" or (f.get("VerbForm") == "Inf" and any(
                tree.tokens[a].lemma == "быть" for a in tree.kids(j, "aux"))):
            found.add("planned")
    for a in tree.kids(trig.head, "amod"):
        found.add(lex.modifiers.get(tree.tokens[a].lemma, "happened"))
    governors = ([trig.host] if trig.host >= 0 else []) + tree.ancestors(base)
    for g in governors:
        for j in [g] + tree.kids(g, "xcomp"):
            found.add(lex.governors.get(tree.tokens[j].lemma, "happened"))
    before = doc.text[sentence_start:tree.tokens[trig.head].start].lower().replace("ё", "е")
    for m in lex.markers.finditer(before):
        found.add(lex.marker_modality[m.group(1)])
    return max(found, key=STRENGTH.__getitem__)


def refine_type(tree: Tree, lex: Lexicon, kind: str, agent: Arg | None, patient: Arg | None) -> str:
    for base, role, cls, new in lex.retype:
        if base != kind:
            continue
        args = {"agent": [agent], "patient": [patient], "any": [agent, patient]}.get(role, [])
        if any(tree.actor_class(a) == cls for a in args):
            return new
    return kind


# --- the stage -------------------------------------------------------------------------------

def extract_events(doc: Doc) -> Doc:
    """Set ``doc.events``: typed events with arguments, a date and a modality, in text order."""
    lex = load_lexicon()
    tree = Tree(doc, lex.actors)
    triggers = find_triggers(tree, lex)
    tree.event_nouns = {t.head for t in triggers if t.kind == "noun"}
    links = linked_dates(doc, tree, happen_verbs())
    items = []
    for trig in triggers:
        event = build_event(doc, tree, trig, lex, links)
        if event is not None:
            items.append((trig, event))
    items = merge_coordinated(tree, items)
    assign_dates(doc, tree, items, lex.cues)
    taken = {k for trig, _ in items for k in trig.tokens} | \
        {trig.host for trig, _ in items if trig.host >= 0 and _anchoring(lex, tree.tokens[trig.host].lemma)}
    seeds = [(trig.head, event.date_ref) for trig, event in items if event.date_source == "expression"]
    others = find_occurrences(doc, tree, taken, links, seeds)
    typed = [event for _, event in items]
    others += coordinated_occurrences(doc, tree, typed + others, taken)
    others += cued_occurrences(doc, tree, taken, lex.cues)
    doc.events = sorted(typed + others, key=lambda e: e.trigger_start)
    return doc


def build_event(doc: Doc, tree: Tree, trig: Trigger, lex: Lexicon, links: dict[int, int]) -> Event | None:
    if trig.kind == "noun":
        attach_host(tree, trig, lex)
    attach_clauses(tree, trig)
    date_index, rank = expression_date(doc, tree, trig, links)
    if trig.kind == "noun" and not anchored(tree, trig, lex, rank):
        return None
    agent, patient, location = read_roles(tree, trig, lex.types[trig.type])
    sentence = doc.sentences[tree.tokens[trig.head].sent] if doc.sentences else None
    s_start, s_stop = (sentence.start, sentence.stop) if sentence else (0, len(doc.text))
    start, stop = trigger_span(tree, trig)
    host = f"<{tree.tokens[trig.host].lemma}" if trig.host >= 0 else ""
    event = Event(
        type=refine_type(tree, lex, trig.type, agent, patient), subtype=trig.subtype,
        trigger_start=start, trigger_stop=stop, sentence_start=s_start, sentence_stop=s_stop,
        trigger=doc.text[start:stop],
        trigger_lemma=_lemmas(tree, trig),
        modality=read_modality(doc, tree, trig, lex, s_start),
        rule=f"{trig.kind}:{_lemmas(tree, trig)}{host}")
    for role, arg in (("agent", agent), ("patient", patient), ("location", location)):
        if arg is not None:
            setattr(event, role, arg.text)
            setattr(event, f"{role}_entity", arg.entity)
    if date_index >= 0:
        ref = doc.dates[date_index]
        event.date, event.date_precision, event.date_source, event.date_ref = \
            ref.value, ref.precision, "expression", date_index
    return event


def _lemmas(tree: Tree, trig: Trigger) -> str:
    return " ".join(tree.tokens[i].lemma for i in sorted(trig.tokens)) + "".join(f" +{p}" for p in trig.needs)


def trigger_span(tree: Tree, trig: Trigger) -> tuple[int, int]:
    """The matched words when they stand close together ("ноту протеста"), else the trigger word."""
    toks = sorted(trig.tokens)
    if toks[-1] - toks[0] <= 3 and not any(tree.tokens[k].pos == "PUNCT" for k in range(toks[0], toks[-1])):
        return tree.tokens[toks[0]].start, tree.tokens[toks[-1]].stop
    t = tree.tokens[trig.head]
    return t.start, t.stop


def merge_coordinated(tree: Tree, items: list[tuple[Trigger, Event]]) -> list[tuple[Trigger, Event]]:
    """One event for coordinated triggers of one type and one actor
    ("обратился к ОДКБ и попросил поддержки", "протесты, митинги и шествия")."""
    out: list[tuple[Trigger, Event]] = []
    for trig, event in items:
        root = _coord_top(tree, trig.head)
        same = next((o for o in out if o[1].type == event.type and _coord_top(tree, o[0].head) == root
                     and _compatible(o[1], event)), None)
        if same is None:
            out.append((trig, event))
            continue
        kept = same[1]
        for role in ("agent", "patient", "location"):
            if not getattr(kept, role) and getattr(event, role):
                setattr(kept, role, getattr(event, role))
                setattr(kept, f"{role}_entity", getattr(event, f"{role}_entity"))
        if kept.date is None and event.date is not None:
            kept.date, kept.date_precision, kept.date_source, kept.date_ref = \
                event.date, event.date_precision, event.date_source, event.date_ref
        if len(trig.tokens) > len(same[0].tokens):
            kept.subtype = event.subtype
        kept.rule += f" +{event.rule}"
    return out


def _coord_top(tree: Tree, i: int) -> int:
    while tree.tokens[i].rel == "conj" and tree.tokens[i].head >= 0:
        i = tree.tokens[i].head
    return i


def _compatible(a: Event, b: Event) -> bool:
    def same(x: str, xe: int, y: str, ye: int) -> bool:
        return not x or not y or (xe == ye if xe >= 0 and ye >= 0 else x == y)
    return same(a.agent, a.agent_entity, b.agent, b.agent_entity) and \
        same(a.patient, a.patient_entity, b.patient, b.patient_entity)


def order_events(events: list[Event]) -> list[Event]:
    """A timeline: dated events by date (expression and inherited dates first), then the
    events dated only by publication, each group in text order."""
    return sorted(events, key=lambda e: (e.date_source in ("reported", ""), e.date or "", e.trigger_start))
