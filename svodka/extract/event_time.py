"""When an event happened: a date expression of its clause, a date inherited from what came
before ("Затем ...", or the previous sentence about the same actor), or, for an undated
event, the publication date marked ``reported``.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from ..records import Doc, Event
from .event_tree import CLIMB_RELS, Tree, Trigger

DATA = Path(__file__).parent / "data"
LINK_RELS = ("parataxis", "conj", "advcl")
CLAUSE_RELS = ("conj", "parataxis", "advcl", "ccomp")
WINDOW = 5          # tokens an event noun may stand before its date ("переворота 3 июля")


@lru_cache(maxsize=1)
def pointers() -> dict[str, frozenset[str]]:
    """kind -> lemmas, from data/event_pointers.txt."""
    found: dict[str, set[str]] = {}
    for line in (DATA / "event_pointers.txt").read_text(encoding="utf-8").splitlines():
        kind, _, lemma = line.split("#", 1)[0].strip().partition(" ")
        if lemma:
            found.setdefault(kind, set()).add(lemma.strip())
    return {kind: frozenset(lemmas) for kind, lemmas in found.items()}


def linked_dates(doc: Doc, tree: Tree, happen: frozenset[str]) -> dict[int, int]:
    """Token -> index into doc.dates for dates that reach a verb through a pointer, not the
    syntax: "в 1978 году, когда родился ..." (``_when_clause``), "Это произошло 10 декабря"
    and "Об этом стало известно 6 мая" (``_antecedent_clause``)."""
    links: dict[int, int] = {}
    for index, ref in enumerate(doc.dates):
        toks = tree.span_tokens(ref.start, ref.stop)
        if toks:
            for target in _when_clause(tree, toks) + _antecedent_clause(tree, toks, happen):
                links.setdefault(target, index)
    return links


def _when_clause(tree: Tree, toks: range) -> list[int]:
    """The verb of a "когда" clause right after the date ("в 1978 году, когда ...")."""
    after = toks[-1] + 1
    if after + 1 >= len(tree.tokens) or tree.tokens[after].text != ",":
        return []
    word = tree.tokens[after + 1]
    if word.lemma not in pointers().get("when", ()) or word.sent != tree.tokens[toks[0]].sent:
        return []
    return [word.head] if word.head >= 0 and tree.is_verb(word.head) else []


def _antecedent_clause(tree: Tree, toks: range, happen: frozenset[str]) -> list[int]:
    """The verbs a dated pointer stands for: "Это произошло 10 декабря" (a verb of happening
    whose subject points back), "Об этом стало известно 6 мая" (any verb with "об этом"):
    the clause it is joined to, else the main verbs of the sentence before."""
    verb = date_governor(tree, toks)
    if verb < 0 or not is_pointer(tree, verb, happen):
        return []
    t = tree.tokens[verb]
    if t.rel in LINK_RELS and t.head >= 0 and tree.is_verb(t.head) and t.head < verb:
        return [t.head]
    previous = tree.sentence_tokens(t.sent - 1) if t.sent > 0 else range(0)
    root = next((k for k in previous if tree.tokens[k].head < 0), -1)
    if root < 0 or not tree.is_verb(root):
        return []
    return [root] + [c for c in tree.children[root] if tree.tokens[c].rel in CLAUSE_RELS and tree.is_verb(c)]


def is_pointer(tree: Tree, verb: int, happen: frozenset[str]) -> bool:
    """Whether a verb stands for a clause told before it: a verb of happening whose subject
    points back ("это произошло"), or a verb with "об этом" ("об этом стало известно")."""
    if not tree.is_verb(verb):
        return False
    subjects = tree.kids(verb, "nsubj") if tree.tokens[verb].lemma in happen else []
    if subjects and points_back(tree, subjects[0]):
        return True
    return any(tree.tokens[c].lemma in pointers().get("anaphor", ()) and tree.prep(c) == "о"
               for c in tree.kids(verb, "obl"))


def points_back(tree: Tree, s: int) -> bool:
    """"Это", "все это", or a noun with "этот"/"тот" ("эта авария")."""
    t = tree.tokens[s]
    if t.lemma in pointers().get("anaphor", ()) and t.pos in ("PRON", "DET"):
        return True
    demonstratives = pointers().get("demonstrative", ())
    return t.pos == "NOUN" and any(tree.tokens[c].lemma in demonstratives for c in tree.kids(s, "det", "amod"))


def expression_date(doc: Doc, tree: Tree, trig: Trigger, links: dict[int, int] | None = None) -> tuple[int, int]:
    """(index into doc.dates, rank) of the date expression that dates the trigger, or (-1, -1).

    Rank 0: the date hangs on the trigger, its host verb (or a verb the host controls) or its
    relative clause; 1: on a verb it is coordinated with or controlled by ("пошел 7 января
    ..., но его задержали"), or the verb an event noun depends on ("нашли 11 июля при
    обыске"); 2: on a
    verb above it ("6 января в МВД заявили, что задержали ..."); a date ``links`` gives the
    trigger or its host (``linked_dates``) counts as rank 1; a date right after an event noun
    (``following_date``), when nothing else dates it, as rank 0.
    """
    near = set(trig.tokens) | set(trig.relcl)
    if trig.host >= 0:
        near |= {trig.host} | {x for x in tree.kids(trig.host, "xcomp") if tree.is_verb(x)}
    base = trig.host if trig.host >= 0 else trig.head
    ranks = {j: 0 for j in near}
    governor = _noun_governor(tree, trig)
    if governor >= 0:
        ranks.setdefault(governor, 1)
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
            key = (ranks[found], abs(toks[0] - trig.head))
            if best[0] < 0 or key < (best[1], best[2]):
                best = (index, key[0], key[1])
    if best[0] < 0 or best[1] > 1:
        linked = [links[j] for j in (trig.head, trig.host) if links and j in links]
        if linked:
            return linked[0], 1
        after = following_date(doc, tree, max(trig.tokens)) if trig.kind == "noun" else -1
        if after >= 0:
            return after, 0
    return best[0], best[1]


def following_date(doc: Doc, tree: Tree, k: int) -> int:
    """The date expression that follows token ``k`` within WINDOW tokens, with no verb or
    punctuation between ("после военного переворота 3 июля"), else -1."""
    starts = {toks[0]: i for i, d in enumerate(doc.dates) if (toks := tree.span_tokens(d.start, d.stop))}
    for j in range(k + 1, min(k + 1 + WINDOW, len(tree.tokens))):
        if j in starts:
            return starts[j]
        t = tree.tokens[j]
        if t.pos == "PUNCT" or tree.is_verb(j) or t.sent != tree.tokens[k].sent:
            return -1
    return -1


def _noun_governor(tree: Tree, trig: Trigger) -> int:
    """The verb an event noun without a host depends on, -1 for a verb trigger."""
    if trig.kind != "noun" or trig.host >= 0:
        return -1
    n = trig.head
    while tree.tokens[n].rel == "conj" and tree.tokens[n].head >= 0 and tree.tokens[tree.tokens[n].head].pos == "NOUN":
        n = tree.tokens[n].head
    h = tree.tokens[n].head
    return h if h >= 0 and tree.tokens[n].rel in ("obl", "obj", "nsubj", "nsubj:pass") and tree.is_verb(h) else -1


def date_governor(tree: Tree, toks: range) -> int:
    """The head of a date expression, corrected where the parser reaches over a comma or
    past a nearer main verb: "24 мая он покинул пост, а в 2011 году ушел ..." (the first
    verb's date), "родился 10 мая 1993 года в Уфе, в 2011 году поступил ..." (the verb
    just before the date, when a comma parts the date from its parsed head)."""
    top = next((k for k in toks if tree.tokens[k].head not in toks), toks[0])
    j = tree.tokens[top].head
    if j <= toks[-1]:
        return j
    for k in range(toks[-1] + 1, j):
        if tree.tokens[k].pos == "PUNCT":
            before = _verb_before(tree, toks[0])
            return before if before >= 0 else j
        if _main_verb(tree, k):
            return k
    return j


def _verb_before(tree: Tree, k: int) -> int:
    sent = tree.tokens[k].sent
    k -= 1
    while k >= 0 and tree.tokens[k].sent == sent and tree.tokens[k].pos != "PUNCT":
        if _main_verb(tree, k):
            return k
        k -= 1
    return -1


def _main_verb(tree: Tree, k: int) -> bool:
    t = tree.tokens[k]
    return t.pos == "VERB" and (t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short") \
        and t.rel in ("root", "conj", "parataxis")


def _attachment(tree: Tree, toks: range, near: set[int]) -> int:
    """The verb (or event noun) a date expression hangs on."""
    j = date_governor(tree, toks)
    while j >= 0 and not (j in near or tree.is_verb(j) or j in tree.event_nouns):
        j = tree.tokens[j].head
    return j


@lru_cache(maxsize=8)
def _cue_regex(cues: tuple[tuple[str, int], ...]) -> re.Pattern:
    """Cues and "!" non-cues in one alternation, longest first, so that a non-cue
    ("тогда как") is matched, and skipped, before the cue inside it."""
    words = sorted((c.lstrip("!") for c, _ in cues), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def find_cue(text: str, cues: list[tuple[str, int]]) -> tuple[str, int] | None:
    """The first time cue in ``text`` and its day shift; "!" lines of the cue list are
    phrases that only look like cues ("тогда как")."""
    days = _cue_days(tuple(cues))
    for found in _cue_regex(tuple(cues)).finditer(text.lower().replace("ё", "е")):
        if found.group(1) in days:
            return found.group(1), days[found.group(1)]
    return None


@lru_cache(maxsize=8)
def _cue_days(cues: tuple[tuple[str, int], ...]) -> dict[str, int]:
    return {c: d for c, d in cues if not c.startswith("!")}


def previous_date(doc: Doc, position: int, last: Event | None) -> tuple[str | None, str | None, int]:
    """(value, precision, date_ref) of the time the text last spoke of before ``position``:
    the last dated event, unless a date expression came after its trigger."""
    ref = max((i for i, d in enumerate(doc.dates) if d.start < position), key=lambda i: doc.dates[i].start,
              default=-1)
    if last is not None and (ref < 0 or doc.dates[ref].start < last.trigger_start):
        return last.date, last.date_precision, last.date_ref
    if ref < 0:
        return None, None, -1
    return doc.dates[ref].value, doc.dates[ref].precision, ref


def assign_dates(doc: Doc, tree: Tree, items: list[tuple[Trigger, Event]], cues: list[tuple[str, int]]) -> None:
    """Date the events without an expression: by a time cue, by the previous sentence about
    the same actor, else by the publication date (``reported``)."""
    last: Event | None = None
    for trig, event in items:
        if event.date_source == "expression":
            last = event
            continue
        cue = find_cue(doc.text[event.sentence_start:event.trigger_start], cues)
        value, precision, ref = previous_date(doc, event.sentence_start, last) if cue else (None, None, -1)
        if ref >= 0:
            inherit(event, value, precision, ref, cue[1])
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
