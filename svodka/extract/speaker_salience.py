"""The person an unresolved word for a person most likely means.

The rules of ``speakers.py`` tie a role noun or a pronoun to the person just
named or the one who spoke last.  What they leave unresolved is often the
article's main character under another word: the headline's "Врач рассказал"
for the oncologist the body names, "Политик заявил" two sentences after the
prime minister was interviewed.  ``salient_speaker`` gives such a word (a
back noun of ``data/speech_back_people.txt``, a noun for one sex, a title the
person holds, or "он"/"она") to the person the document names most often,
when that person clearly leads: at least ``SALIENT_MIN`` mentions and more
than any other person the verb's gender allows.  A word with a name the
tagger missed ("профессор Карповская"), a word that names whose it is
("адвокат Асии Биби", "её соседка") and a plural stay as they are.
"""
from __future__ import annotations

import re
from collections import Counter

from .speaker_names import Speaker, entity_gender, fullest
from .speaker_roles import occupation, role_matches, title_noun, titled_mentions, wanted_gender
from .speech import DocView
from .syntax import SUBJECT_RELS

SALIENT_MIN = 2             # mentions the leading person needs
PERSON_CUES = frozenset({"по словам", "по мнению"})     # "по его данным" may be an organisation's


def salient_speaker(view: DocView, sp: Speaker | None, cue: int, lemma: str) -> Speaker | None:
    """``sp`` tied to the document's leading person when it is a bare word for a person, else ``sp``."""
    if sp is None or sp.entity >= 0 or sp.how not in ("description", "pronoun"):
        return sp
    word = person_word(view, sp, lemma)
    if word < 0:
        return sp
    want = wanted_gender(view, word, cue) or view.lex.pronouns.get(view.low[word], "")   # "по её словам":
    entity = leading_person(view, want if want in ("Masc", "Fem") else "")              # the pronoun's
    if entity < 0 or sp.how == "description" and view.lemma[word] not in view.lex.back_people \
            and view.lemma[word] not in view.lex.gendered and not (holds_title(view, entity, view.lemma[word])
                                                            or holds_title(view, entity, title_noun(view, word))
                                                            or titled(view, entity, view.lemma[word])
                                                            or bare_trade(view, sp, word, entity)):
        return sp               # a title ("сенатор") or trade ("актриса") only for the leading person who holds it
    return Speaker(sp.start, sp.stop, sp.text, entity, view.doc.entities[entity].name, "salient")


def person_word(view: DocView, sp: Speaker, lemma: str) -> int:
    """The token of ``sp`` that names a single person without naming them ("врач", "она"), or -1."""
    first = view.tok_at.get(sp.start, -1)
    if first < 0:
        return -1
    stop = first
    while stop < len(view.tokens) and view.tokens[stop].start < sp.stop:
        if view.mention_of[stop] >= 0 or (stop > first and view.tokens[stop].pos == "PROPN"):
            return -1               # "адвокат Асии Биби", "профессор Карповская": named there
        stop += 1
    if sp.how == "pronoun":
        return first if pronoun_for_person(view, first, lemma) else -1
    head = next((k for k in range(first, stop) if view.tokens[k].pos in ("NOUN", "PROPN")
                 and view.tokens[k].rel != "amod"), -1)      # "Кардиолог рассказал": PROPN at the start
    if head < 0 or view.feat(head, "Number") == "Plur" or any(
            k != head and not (_modifier(view, k) or view.lemma[k] == "сам") for k in range(first, stop)):
        return -1               # "адвокат женщины", "её соседка", "наш корреспондент": someone else's
    noun = view.lemma[head].removeprefix("экс-")        # "Экс-мэр" is a word for a former mayor
    if not (noun in view.lex.back_people or noun in view.lex.roles or noun in view.lex.gendered
            or noun in view.lex.trades) \
            or unnamed_subject_before(view, head):
        return -1
    return head


def _modifier(view: DocView, k: int) -> bool:
    """An adjective of the phrase ("главный внештатный"), not a possessive ("её", "наш")."""
    return (view.tokens[k].pos == "ADJ" or view.tokens[k].rel == "amod") and view.feat(k, "Poss") != "Yes"


def unnamed_subject_before(view: DocView, k: int) -> bool:
    """Whether the sentence before token ``k`` (or its own, before it) has an unnamed person as
    its subject ("Сотрудник министерства встретил журналистов. «...», — сказал чиновник"): the
    word means that one.  A subject with a name among its dependents ("кандидат от
    Демократической партии", "Представитель МИД") does not count: it may be the leading person."""
    sent = view.tokens[k].sent
    lo = view.sent_first.get(sent - 1, view.sent_first[sent])
    for j in range(lo, k):
        t = view.tokens[j]
        if t.rel in SUBJECT_RELS and t.pos == "NOUN" and view.mention_of[j] < 0 \
                and view.feat(j, "Animacy") == "Anim" and view.feat(j, "Number") != "Plur" \
                and not any(view.mention_of[c] >= 0 for c in view.children(j)):
            return True
    return False


def pronoun_for_person(view: DocView, k: int, lemma: str) -> bool:
    """Whether the pronoun at ``k`` stands for a person nobody else was called just before: "он"
    or "по его словам" ("по её данным" may be an agency's), with no unnamed speaker ("— сказал
    эксперт") a sentence back at most, whom it would continue."""
    if view.lex.pronouns.get(view.low[k]) not in ("Masc", "Fem") or view.feat(k, "Number") == "Plur":
        return False
    if view.low[k] not in ("он", "она") and lemma not in PERSON_CUES:
        return False
    if view.said:
        cue, prev = view.said[-1]
        if prev.entity < 0 and view.tokens[cue].sent >= view.tokens[k].sent - 1:
            return False
    return True


AGE = re.compile(r"^\d+-(летн|лет)")


def bare_trade(view: DocView, sp: Speaker, word: int, entity: int) -> bool:
    """A trade word alone ("Актриса сообщила", "66-летний музыкант") for a leading person who holds
    no other title: not "Американская теннисистка", "Актриса, получившая награду", nor the
    actress after a minister who handed out the prizes."""
    if view.lemma[word] not in view.lex.trades:
        return False
    first = view.tok_at.get(sp.start, word)
    if any(k != word and not AGE.match(view.low[k]) for k in range(first, word + 1)):
        return False
    nxt = word + 1
    if nxt + 1 < len(view.tokens) and view.low[nxt] == "," and view.feat(nxt + 1, "VerbForm") == "Part":
        return False
    return not any(r.person_entity == entity and not role_matches(view, view.lemma[word], r.role, r.org)
                   and not occupation(r.role) for r in view.doc.roles)    # a minister is no actress


def titled(view: DocView, entity: int, noun: str) -> bool:
    """Whether the text names the person with the noun as their title ("актриса Анджелина Джоли")."""
    return noun in view.lex.trades and any(view.doc.mentions[mi].entity == entity or
                                           fullest(view, view.doc.mentions[mi].entity) == entity
                                           for mi in titled_mentions(view, noun, frozenset()))


def holds_title(view: DocView, entity: int, noun: str) -> bool:
    """Whether ``doc.roles`` gives the person the title ``noun``."""
    return any(r.person_entity == entity and role_matches(view, noun, r.role, r.org) for r in view.doc.roles)


def leading_person(view: DocView, want: str) -> int:
    """The person entity the document names most often, among those of gender ``want`` (any when
    ""), if they have ``SALIENT_MIN`` mentions and strictly more than the next one; else -1."""
    counts = Counter()
    for m in view.doc.mentions:
        if m.type == "PER" and m.entity >= 0:
            counts[fullest(view, m.entity)] += 1
    ranked = [(n, e) for e, n in counts.most_common()
              if not want or entity_gender(view, e) in (want, "")]
    if not ranked or ranked[0][0] < SALIENT_MIN or len(ranked) > 1 and ranked[1][0] >= ranked[0][0]:
        return -1
    return ranked[0][1]
