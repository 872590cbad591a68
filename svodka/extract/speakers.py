"""Who is speaking: the subject of a speech cue, resolved to an entity.

``find_speaker`` reads the cue's subject (syntax first, then the phrase beside
the cue) and ``resolve_phrase`` turns a phrase into a ``Speaker``: a person
named in it, a pronoun's antecedent, the holder of a role noun ("глава МИД"),
the organisation a coreferring noun stands for ("в ведомстве"), an
organisation or place, else a description.
"""
from __future__ import annotations

from .speech import NOT_SPEAKERS, SUBJECT_RELS, DocView, Speaker, describe, left_phrase, right_phrase


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
        relative = view.tokens[subj].rel not in SUBJECT_RELS     # "Дэвиса, который заявил"
        found = resolve_phrase(view, lo, hi, first, any_case or relative, avoid)
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
        subjects = [c for c in view.children(verb) if tokens[c].rel in SUBJECT_RELS]
        # two subjects ("кандидат ... Митт Ромни"): the one a person's name starts
        subjects.sort(key=lambda c: view.mention_of[c] < 0 or view.doc.mentions[view.mention_of[c]].type != "PER")
        for c in subjects[:1]:
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
            if d > lo and view.low[d - 1] in view.lex.pronouns:         # "в его заявлении"
                return resolve_pronoun(view, d - 1, view.lex.pronouns[view.low[d - 1]], "", avoid)
            for j in range(d + 1, min(hi, d + 3)):
                if view.mention_of[j] >= 0 and view.doc.mentions[view.mention_of[j]].type in ("ORG", "PER", "LOC"):
                    return from_mention(view, view.mention_of[j])
                if view.lemma[j] in view.lex.coref:
                    mi = nearest_org(view, view.tokens[j].start, avoid)
                    return from_mention(view, mi, "coref", (view.tokens[j].start, view.tokens[j].stop)) \
                        if mi >= 0 else None
                if _names_owner(view, j, hi):
                    holder = role_person(view, j, hi, d)      # "на сайте мэра"
                    if holder >= 0:
                        return from_mention(view, holder, "role", (view.tokens[j].start, view.tokens[j].stop))
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
        if view.low[i] in lex.pronouns and (view.tokens[i].pos == "PRON" or b - a == 1) \
                and (b - a == 1 or view.feat(i, "Case") in ("Nom", "")):     # not "его помощники"
            return resolve_pronoun(view, i, lex.pronouns[view.low[i]], view.feat(cue, "Gender"), avoid)
    for i in range(a, b):
        if view.lemma[i] in lex.roles and view.mention_of[i] < 0:
            holder = role_person(view, i, b, cue)
            if holder >= 0:
                return from_mention(view, holder, "role", (view.tokens[i].start, view.tokens[b - 1].stop))
            if view.lemma[i] not in lex.spokespeople and _heads(view, i, any_case):
                return describe(view, a, b, any_case)       # "глава МИД": a person, not the ministry
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
    head = next((i for i in range(a, b) if _heads(view, i, any_case) and view.tokens[i].pos == "NOUN"), -1)
    if head >= 0 and view.feat(head, "Number") != "Plur" and view.lemma[head] not in NOT_SPEAKERS:
        holder = role_person(view, head, b, cue)      # "вирусолог" named before as "вирусолог Иван Петров"
        if holder >= 0:
            return from_mention(view, holder, "role", (view.tokens[head].start, view.tokens[b - 1].stop))
    return describe(view, a, b, any_case)


def _heads(view: DocView, i: int, any_case: bool = False) -> bool:
    """Whether token ``i`` can head a subject phrase: nominative (or caseless), not after a preposition."""
    return (any_case or view.feat(i, "Case") in ("Nom", "")) and not (i > 0 and view.tokens[i - 1].pos == "ADP")


def from_mention(view: DocView, mi: int, how: str = "mention", span: tuple[int, int] | None = None) -> Speaker:
    """The speaker a mention names: its entity under the entity's fullest name."""
    m = view.doc.mentions[mi]
    entity = fullest(view, m.entity) if 0 <= m.entity < len(view.doc.entities) else -1
    start, stop = span or (m.start, m.stop)
    name = view.doc.entities[entity].name if entity >= 0 else (m.normal or m.text)
    return Speaker(start, stop, view.text[start:stop], entity, name, how)


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
PRONOUN_WINDOW = 5          # sentences before the pronoun's own that an antecedent may sit in


def resolve_pronoun(view: DocView, i: int, gender: str, verb_gender: str = "",
                    avoid: tuple[int, int] = (0, 0)) -> Speaker:
    """"он", "она", "его": the person it points at, or the pronoun unresolved.

    Candidates are the people named in this or the ``PRONOUN_WINDOW`` sentences
    before, outside the content and outside other quotes, that agree in gender.
    The previous statement's speaker wins unless a person in the nominative was
    named after its cue; then the nearest nominative person, then (a sentence
    back at most) the nearest person in any case."""
    t = view.tokens[i]
    speaker = Speaker(t.start, t.stop, t.text, -1, "", "pronoun")
    want = verb_gender if verb_gender in ("Masc", "Fem") else gender
    if want not in ("Masc", "Fem"):
        return speaker
    if view.feat(i, "Case") not in ("Nom", ""):
        avoid = (0, 0)          # "Антон, по его словам, ...": the person may sit in the content
    mi = antecedent(view, i, want, avoid)
    if mi >= 0:
        found = from_mention(view, mi)
        speaker.entity, speaker.name = found.entity, found.name
    return speaker


def antecedent(view: DocView, i: int, want: str, avoid: tuple[int, int]) -> int:
    """The mention index a pronoun at token ``i`` of gender ``want`` refers to (-1 if none)."""
    sent = view.tokens[i].sent
    before = view.tokens[i].start
    possessive = view.feat(i, "Case") not in ("Nom", "")    # "по его словам"; "он" skips objects beside it
    if avoid[1] > avoid[0] and avoid[0] < before:
        sent = view.tokens[view.token_at(avoid[0])].sent    # the window starts before the quote
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
        if oblique < 0 and view.tokens[k].sent >= sent - 1 and (possessive or view.tokens[k].sent < sent):
            oblique = mi
    previous = previous_speaker(view, i, want, nominative)
    if previous != -1:
        return max(previous, -1)
    return nominative if nominative >= 0 else oblique


def previous_speaker(view: DocView, i: int, want: str, nominative: int) -> int:
    """The mention of the last statement's speaker, when it can be the pronoun's antecedent;
    -2 when that speaker, at most a sentence back, is a person without a name ("эксперт"):
    the pronoun stays unresolved."""
    if not view.said:
        return -1
    cue, sp = view.said[-1]
    if view.tokens[cue].sent < view.tokens[i].sent - PRONOUN_WINDOW:
        return -1
    if nominative >= 0 and view.doc.mentions[nominative].start > view.tokens[cue].start \
            and view.doc.mentions[nominative].entity != sp.entity:
        return -1                       # a new person became the subject since
    if sp.entity < 0:                   # "— сказал эксперт. Он добавил": an unnamed person goes on
        head = view.tok_at.get(sp.start, -1)
        close = view.tokens[cue].sent >= view.tokens[i].sent - 1
        return -2 if close and sp.described and head >= 0 and view.feat(head, "Number") == "Sing" else -1
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


# --- role nouns: "министр заявил" -> the person who holds the role ------------
TITLE_STOPS = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "PRON"})
QUOTES = frozenset("«»„“”\"")

def role_person(view: DocView, i: int, b: int, cue: int) -> int:
    """The mention of the person the role noun at token ``i`` stands for (-1 when unsure).

    Holders are the people of ``doc.roles`` with that role (or a synonym,
    ``data/speech_role_synonyms.txt``) and the people the text names right after
    the noun ("вирусолог Иван Петров").  Names or genitives after the noun
    ("глава МВФ") must match the holder's organisation.  The holder must be named
    before the cue (in the lead, after it too); among several, the one named
    last, if within ``PRONOUN_WINDOW`` sentences."""
    if i > 0 and view.tokens[i - 1].pos == "ADP":
        return -1                                   # "кандидат в президенты"
    noun, keys = view.lemma[i], org_keys(view, i, b)
    holders = set()
    for r in view.doc.roles:
        if r.person_entity >= 0 and role_matches(view, noun, r.role, r.org) \
                and (not keys or keys & stems(f"{r.org} {r.role}")):
            holders.add(r.person_entity)
    for mi in titled_mentions(view, noun, keys):
        holders.add(view.doc.mentions[mi].entity)
    return nearest_holder(view, holders - {-1}, cue)


def org_keys(view: DocView, i: int, b: int) -> frozenset[str]:
    """Stems of the names and genitives that qualify the role noun at ``i`` ("глава МИД Латвии")."""
    keys = []
    for j in range(i + 1, min(b, i + 4)):
        if view.mention_of[j] < 0 and not (view.tokens[j].pos in ("NOUN", "PROPN") and view.feat(j, "Case") == "Gen"):
            break
        if view.lemma[j] not in view.lex.coref:
            keys.append(view.low[j])
    return stems(" ".join(keys))


def stems(text: str) -> frozenset[str]:
    return frozenset(w[:4] for w in text.lower().replace("ё", "е").replace("-", " ").split() if len(w) > 2)


def role_matches(view: DocView, noun: str, role: str, org: str) -> bool:
    """Whether a role of ``doc.roles`` is what the noun names ("министр" ~ "министр финансов")."""
    role = role.removeprefix("бывший ").removeprefix("экс-")
    if role == noun or role.startswith(noun + " "):
        return True
    org = org.lower()
    for target, prefixes in view.lex.role_synonyms.get(noun, ()):
        if (role == target or role.startswith(target + " ")) and (not prefixes or org.startswith(prefixes)):
            return True
    return False


def titled_mentions(view: DocView, noun: str, keys: frozenset[str]):
    """People the text names with the noun as their title: "глава МИД Латвии Эдгарс Ринкевич"."""
    for mi, m in enumerate(view.doc.mentions):
        if m.type != "PER":
            continue
        k = view.mention_tokens[mi][0]
        lo = max(view.sentence_tokens(k)[0], k - 5)
        for j in range(k - 1, lo - 1, -1):
            if view.tokens[j].pos in TITLE_STOPS and view.low[j] not in QUOTES or _other_person(view, j, mi):
                break
            if view.lemma[j] == noun and not (j > 0 and view.tokens[j - 1].pos == "ADP") \
                    and view.feat(j, "Case") in (view.feat(k, "Case"), ""):     # the title's head, not "глава компании"
                if not keys or keys & stems(view.text[view.tokens[j].stop:m.start]):
                    yield mi
                break


def _other_person(view: DocView, j: int, mi: int) -> bool:
    other = view.mention_of[j]
    return other >= 0 and other != mi and view.doc.mentions[other].type == "PER"


def nearest_holder(view: DocView, holders: set[int], cue: int) -> int:
    """Of the holder entities, the mention named last before the cue (first after it in the lead)."""
    if not holders:
        return -1
    before = view.tokens[cue].start
    best = -1
    for mi in range(view.mention_before(before) - 1, -1, -1):
        if view.doc.mentions[mi].entity in holders:
            best = mi
            break
    sent = view.tokens[cue].sent
    if best < 0:
        if sent > 2 or len(holders) > 1:
            return -1
        return view.doc.entities[holders.pop()].mentions[0]
    if len(holders) > 1 and view.tokens[view.mention_tokens[best][0]].sent < sent - PRONOUN_WINDOW:
        return -1
    return best


# --- names: the fullest form of a person the resolver left apart ---------------
PATRONYMIC = ("вич", "вна", "ична", "чна")


def fullest(view: DocView, entity: int) -> int:
    """The entity with the fullest name for a person written "Хан", "Д.Дэвис" or
    "Светлана Николаевна" when the document names exactly one such person in full."""
    if entity < 0:
        return entity
    if entity not in view.names:
        view.names[entity] = _fuller(view, entity)
    return view.names[entity]


def _fuller(view: DocView, entity: int) -> int:
    ent = view.doc.entities[entity]
    short = _words(ent.name.replace(".", ". "))
    if ent.type != "PER" or _short_form(short) is None:
        return entity
    found = {other.id for other in view.doc.entities
             if other.id != entity and other.type == "PER" and _completes(short, _words(other.name))}
    return found.pop() if len(found) == 1 else entity


def _words(name: str) -> list[str]:
    return name.lower().replace("ё", "е").split()


def _short_form(words: list[str]) -> str | None:
    """surname ("хан"), initial ("д. дэвис") or patronymic ("светлана николаевна"); None for a full name."""
    if len(words) == 1:
        return "surname"
    if len(words) == 2 and words[0].endswith(".") and len(words[0]) <= 3:
        return "initial"
    if len(words) == 2 and words[1].endswith(PATRONYMIC):
        return "patronymic"
    return None


def _completes(short: list[str], full: list[str]) -> bool:
    """Whether the full name ``full`` (2+ words, no initials) is the person ``short`` names."""
    if len(full) < 2 or full[0].endswith(".") or _short_form(full) is not None:
        return False
    form = _short_form(short)
    if form == "surname":
        return full[-1] == short[0]
    if form == "initial":
        return full[-1] == short[1] and full[0].startswith(short[0][:-1])
    return full[0] == short[0]
