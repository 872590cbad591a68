"""Who is speaking: the subject of a speech cue, resolved to an entity.

``find_speaker`` reads the cue's subject (syntax first, then the phrase beside
the cue) and ``resolve_phrase`` turns a phrase into a ``Speaker``: a person
named in it, a pronoun's antecedent, the holder of a role noun ("глава МИД"),
the organisation a coreferring noun stands for ("в ведомстве"), an
organisation or place, else a description.
"""
from __future__ import annotations

from .speech import (SUBJECT_RELS, DocView, Speaker, describe, left_phrase, right_phrase)


def find_speaker(view: DocView, first: int, last: int, side: str = "left",
                 phrase: tuple[int, int] | None = None, any_case: bool = False,
                 avoid: tuple[int, int] = (0, 0)) -> Speaker | None:
    """The speaker of the cue at tokens ``[first, last]``: its subject (syntax), else the
    phrase on ``side`` of it, else a name on the other side.  ``avoid``: the content's chars."""
    if phrase:
        return resolve_phrase(view, *phrase, first, any_case, avoid)
    a, b = view.sentence_tokens(first)
    left, right = left_phrase(view, first, a), right_phrase(view, last, b)
    if view.lemma[last] in view.lex.impersonal:
        return document_speaker(view, left, right, avoid)
    subj = syntax_subject(view, first, last)
    if subj >= 0:
        lo, hi = view.subtree(subj, a, b)
        lo, hi = (lo, min(hi, first)) if subj < first else (max(lo, last + 1), hi)
        found = resolve_phrase(view, lo, hi, first, any_case, avoid)
        if found:
            return found
    near, far = (right, left) if side == "right" else (left, right)
    found = resolve_phrase(view, *near, first, any_case, avoid)
    if found is None:
        found = resolve_phrase(view, *far, first, any_case, avoid)
        if found is not None and found.described:
            return None
    return found


def syntax_subject(view: DocView, first: int, last: int) -> int:
    """The nsubj of the cue (or of the verb it hangs on: conj, gerund) that agrees
    with it in number; -1 when none."""
    tokens = view.tokens
    verbs = [first, last]
    if tokens[first].rel in ("conj", "xcomp") or view.feat(first, "VerbForm") == "Conv":
        if 0 <= tokens[first].head < len(tokens):
            verbs.append(tokens[first].head)
    for verb in verbs:
        for c in view.children(verb):
            if tokens[c].rel not in SUBJECT_RELS:
                continue
            if view.lemma[c] == "который" and tokens[verb].rel == "acl:relcl":
                return tokens[verb].head
            number, verb_number = view.feat(c, "Number"), view.feat(verb, "Number")
            if number and verb_number and number != verb_number and view.mention_of[c] < 0:
                return -1
            return c
    return -1


def document_speaker(view: DocView, left, right, avoid) -> Speaker | None:
    """"В заявлении МИД говорится": the author named after the document noun, else the
    organisation named last in this or the previous sentence."""
    for lo, hi in (left, right):
        for d in range(lo, hi):
            if view.lemma[d] not in view.lex.documents:
                continue
            for j in range(d + 1, min(hi, d + 3)):
                if view.mention_of[j] >= 0 and view.doc.mentions[view.mention_of[j]].type in ("ORG", "PER", "LOC"):
                    return from_mention(view, view.mention_of[j])
                if view.lemma[j] in view.lex.coref:
                    mi = nearest_org(view, view.tokens[j].start, avoid)
                    return from_mention(view, mi, "coref", (view.tokens[j].start, view.tokens[j].stop)) \
                        if mi >= 0 else None
                if _names_owner(view, j, hi):
                    return describe(view, j, j + 1, any_case=True)
            mi = nearest_org(view, view.tokens[d].start, avoid)
            s = view.tokens[d].sent
            if mi >= 0 and view.tokens[view.mention_tokens[mi][0]].sent >= s - 1:
                return from_mention(view, mi, "coref", (view.tokens[d].start, view.tokens[d].stop))
            return None
    return None


def resolve_phrase(view: DocView, a: int, b: int, cue: int, any_case: bool = False,
                   avoid: tuple[int, int] = (0, 0)) -> Speaker | None:
    """The speaker named by tokens ``[a, b)`` (a subject phrase) of the cue at token ``cue``."""
    order = sorted((i for i in range(a, b) if not avoid[0] <= view.tokens[i].start < avoid[1]),
                   key=lambda i: abs(i - cue))
    if not order:
        return None
    a, b = min(order), max(order) + 1
    mentions = list(dict.fromkeys(view.mention_of[i] for i in order if view.mention_of[i] >= 0))
    usable = [mi for mi in mentions if any_case or _nominative(view, mi)]
    for mi in usable:
        if view.doc.mentions[mi].type == "PER":
            return from_mention(view, mi)
    lex = view.lex
    for i in order:
        if view.low[i] in lex.pronouns and (view.tokens[i].pos == "PRON" or b - a == 1):
            return resolve_pronoun(view, i, lex.pronouns[view.low[i]], view.feat(cue, "Gender"), avoid)
    for i in range(a, b):
        if view.lemma[i] in lex.roles and view.mention_of[i] < 0:
            holder = role_holder(view, view.lemma[i], view.tokens[i].start)
            if holder >= 0:
                return from_mention(view, holder, "role", (view.tokens[i].start, view.tokens[b - 1].stop))
            break
    for i in range(a, b):
        if view.lemma[i] in lex.coref and view.mention_of[i] < 0:
            inner = [mi for mi in mentions if view.doc.mentions[mi].start > view.tokens[i].start]
            if inner:
                return from_mention(view, inner[0])
            if _names_owner(view, i + 1, b):
                break                       # "пресс-служба полиции": described below
            mi = nearest_org(view, view.tokens[i].start, avoid)
            if mi >= 0:
                return from_mention(view, mi, "coref", (view.tokens[i].start, view.tokens[i].stop))
    for kind in ("ORG", "LOC"):
        for mi in usable:
            if view.doc.mentions[mi].type == kind:
                return from_mention(view, mi)
    return describe(view, a, b, any_case)


def from_mention(view: DocView, mi: int, how: str = "mention", span: tuple[int, int] | None = None) -> Speaker:
    m = view.doc.mentions[mi]
    ent = view.doc.entities[m.entity] if 0 <= m.entity < len(view.doc.entities) else None
    start, stop = span or (m.start, m.stop)
    return Speaker(start, stop, view.text[start:stop], m.entity if ent else -1,
                   ent.name if ent else (m.normal or m.text), how)


def _names_owner(view: DocView, j: int, b: int) -> bool:
    """A genitive noun after a coreferring noun names its owner ("пресс-служба полиции")."""
    return (j < b and view.tokens[j].pos == "NOUN" and view.feat(j, "Case") == "Gen"
            and view.lemma[j] not in view.lex.coref)


def _nominative(view: DocView, mi: int) -> bool:
    first, stop = view.mention_tokens[mi]
    cases = {view.feat(i, "Case") for i in range(first, stop)}
    if not cases or "Nom" in cases or cases == {""}:
        return True
    return first > 0 and view.low[first - 1] in ("в", "во")


# --- pronouns: the nearest compatible person, the previous speaker first ------
PRONOUN_WINDOW = 3          # sentences before the pronoun's own that an antecedent may sit in


def resolve_pronoun(view: DocView, i: int, gender: str, verb_gender: str = "",
                    avoid: tuple[int, int] = (0, 0)) -> Speaker:
    """"он", "она", "его": the person it points at, or the pronoun unresolved.

    Candidates are the people named in this or the ``PRONOUN_WINDOW`` sentences
    before, outside the content and outside other quotes, that agree in gender.
    The previous statement's speaker wins unless a person in the nominative was
    named after its cue; then the nearest nominative person, then (within one
    sentence) the nearest person in any case."""
    t = view.tokens[i]
    speaker = Speaker(t.start, t.stop, t.text, -1, "", "pronoun")
    want = verb_gender if verb_gender in ("Masc", "Fem") else gender
    if want not in ("Masc", "Fem"):
        return speaker
    mi = antecedent(view, i, want, avoid)
    if mi >= 0:
        found = from_mention(view, mi)
        speaker.entity, speaker.name = found.entity, found.name
    return speaker


def antecedent(view: DocView, i: int, want: str, avoid: tuple[int, int]) -> int:
    """The mention index a pronoun at token ``i`` of gender ``want`` refers to (-1 if none)."""
    sent = view.tokens[i].sent
    before = view.tokens[i].start
    nominative = oblique = -1
    for mi in range(view.mention_before(before) - 1, -1, -1):
        m = view.doc.mentions[mi]
        k = view.mention_tokens[mi][0]
        if view.tokens[k].sent < sent - PRONOUN_WINDOW:
            break
        if m.type != "PER" or avoid[0] <= m.start < avoid[1] or view.in_quote(m.start, before):
            continue
        if entity_gender(view, m.entity, mi) not in (want, ""):
            continue
        if nominative < 0 and _case(view, mi) in ("Nom", ""):
            nominative = mi
        if oblique < 0 and view.tokens[k].sent >= sent - 1:
            oblique = mi
    previous = previous_speaker(view, i, want, nominative)
    if previous >= 0:
        return previous
    return nominative if nominative >= 0 else oblique


def previous_speaker(view: DocView, i: int, want: str, nominative: int) -> int:
    """The mention of the last statement's speaker, when it can be the pronoun's antecedent."""
    if not view.said:
        return -1
    cue, sp = view.said[-1]
    if sp.entity < 0 or view.tokens[cue].sent < view.tokens[i].sent - PRONOUN_WINDOW:
        return -1
    if nominative >= 0 and view.doc.mentions[nominative].start > view.tokens[cue].start \
            and view.doc.mentions[nominative].entity != sp.entity:
        return -1                       # a new person became the subject since
    ent = view.doc.entities[sp.entity]
    if ent.type != "PER" or entity_gender(view, sp.entity) not in (want, "") or not ent.mentions:
        return -1
    return ent.mentions[0]


def _case(view: DocView, mi: int) -> str:
    first, stop = view.mention_tokens[mi]
    cases = [view.feat(k, "Case") for k in range(first, stop)]
    return "Nom" if "Nom" in cases else (cases[0] if cases else "")


def entity_gender(view: DocView, entity: int, mi: int = -1) -> str:
    """Masc or Fem: the gender most tokens of the entity's mentions carry ("" when unclear)."""
    key = entity if entity >= 0 else -2 - mi
    if key not in view.genders:
        mentions = view.doc.entities[entity].mentions if entity >= 0 else [mi]
        votes = {"Masc": 0, "Fem": 0}
        for m in mentions:
            first, stop = view.mention_tokens[m] if m < len(view.mention_tokens) else (0, 0)
            for k in range(first, stop):
                g = view.feat(k, "Gender")
                if g in votes:
                    votes[g] += 1
        masc, fem = votes["Masc"], votes["Fem"]
        view.genders[key] = "Masc" if masc > fem else "Fem" if fem > masc else ""
    return view.genders[key]


def nearest_org(view: DocView, before: int, avoid: tuple[int, int] = (0, 0)) -> int:
    """The ORG mention nearest before char ``before``, outside ``avoid`` and not a medium (-1 when none)."""
    for mi in range(len(view.doc.mentions) - 1, -1, -1):
        m = view.doc.mentions[mi]
        if m.stop <= before and m.type == "ORG" and not avoid[0] <= m.start < avoid[1] \
                and m.text.lower() not in view.lex.media and m.text.lower() != "сми":
            return mi
    return -1


def role_holder(view: DocView, role: str, before: int) -> int:
    """The nearest person before char ``before`` named with ``role`` ("Глава МИД Иван Петров")."""
    for mi in range(len(view.doc.mentions) - 1, -1, -1):
        m = view.doc.mentions[mi]
        if m.stop > before or m.type != "PER":
            continue
        k = view.mention_tokens[mi][0]
        lo = max(view.sentence_tokens(k)[0], k - 5)
        if any(view.lemma[j] == role for j in range(lo, k)):
            return mi
    return -1
