"""Statements a document makes: "в заявлении МИД говорится", "в иске сказано".

``document_speaker`` finds who speaks through a document noun (data/speech_documents.txt):
the name after it, a pronoun before it ("в его заявлении"), the owner named with the same
noun before ("иск Хусяйновой ... В иске сказано"), the organisation named last, or the
person the previous sentence has as its subject.
"""
from __future__ import annotations

from .speaker_names import Speaker, describe, from_mention
from .speaker_roles import medium_meant, nearest_org, org_named_by, resolve_pronoun, role_person
from .speech import DocView
from .syntax import SUBJECT_RELS, mention_head


def document_speaker(view: DocView, left, right, avoid) -> Speaker | None:
    """"В заявлении МИД говорится": the author named after the document noun, else the
    organisation named last in this or the previous sentence."""
    for lo, hi in (left, right):
        for d in range(lo, hi):
            if view.lemma[d] not in view.lex.documents:
                continue
            if d > lo and view.low[d - 1] in view.lex.pronouns:         # "в его заявлении"
                return resolve_pronoun(view, d - 1, view.lex.pronouns[view.low[d - 1]], "", avoid)
            for j in range(d + 1, min(hi, d + 4)):       # "в пресс-релизе на сайте Кремля"
                if view.mention_of[j] >= 0 and view.doc.mentions[view.mention_of[j]].type in ("ORG", "PER", "LOC"):
                    return from_mention(view, view.mention_of[j])
                if view.lemma[j] in view.lex.coref:
                    named = view.org_named_after(j, hi)     # "в заявлении компании «Нафтогаз»"
                    if named >= 0:
                        return from_mention(view, named)
                    mi = nearest_org(view, view.tokens[j].start, avoid, view.lemma[j])
                    return from_mention(view, mi, "coref", (view.tokens[j].start, view.tokens[j].stop)) \
                        if mi >= 0 else None
                mi = org_named_by(view, j) if view.tokens[j].pos == "NOUN" and view.mention_of[j] < 0 else -1
                if mi >= 0:                                 # "в заявлении института": the one named before
                    return from_mention(view, mi, "coref", (view.tokens[j].start, view.tokens[j].stop))
                if names_owner(view, j, hi):
                    named = -1
                    if view.lemma[j] in view.lex.documents:     # "в тексте выступления Х.Мааса",
                        named = owner_named(view, j, owner_end(view, j, hi))    # not "в заявлении офиса Мэй"
                    if named >= 0:
                        return from_mention(view, named)
                    holder = role_person(view, j, hi, d)      # "на сайте мэра"
                    if holder >= 0:
                        return from_mention(view, holder, "role", (view.tokens[j].start, view.tokens[j].stop))
                    return describe(view, j, owner_end(view, j, hi), any_case=True)
            mi = owner_named_before(view, d)      # "иск Хусяйновой ... В иске сказано"
            if mi >= 0:
                return from_mention(view, mi, "coref", (view.tokens[d].start, view.tokens[d].stop))
            if view.lemma[d] in view.lex.medium_documents:
                since = view.token_at(avoid[0]) if avoid[0] < avoid[1] else -1     # not one the quote names
                mi = medium_meant(view, d, since)   # "говорится в статье": the paper's
                if mi >= 0:
                    return from_mention(view, mi, "coref", (view.tokens[d].start, view.tokens[d].stop))
            body = previous_body(view, d)      # "Об этом сообщила канцелярия ... в Twitter. ...,
            if body is not None:                # говорится в сообщении"
                return body
            mi = nearest_org(view, view.tokens[d].start, avoid)
            s = view.tokens[d].sent
            if mi >= 0 and view.tokens[view.mention_tokens[mi][0]].sent >= s - 1:
                return from_mention(view, mi, "coref", (view.tokens[d].start, view.tokens[d].stop))
            mi = subject_person(view, s - 1)      # "Хусяйнова подала иск. В иске сказано, что ..."
            if mi >= 0:
                return from_mention(view, mi, "coref", (view.tokens[d].start, view.tokens[d].stop))
            return None
    return None


DOCUMENT_PRONOUNS = frozenset({"нем", "нём", "ней", "них"})
GENERIC_DOCUMENTS = frozenset({"документ", "текст"})     # "В документе также говорится": one named before


def pronoun_document(view: DocView, left, avoid) -> Speaker | None:
    """"МИД России опубликовал комментарий. В нём сказано, что ...", "... в пресс-релизе,
    опубликованном на сайте Белого дома. В документе также говорится": "в нём" and a bare
    "в документе" are the document named last, at most a sentence before (through another
    such word: "Объем документа ... В нем"); its author is the one named with it, else the
    subject of the verb it is the object of."""
    lo, hi = left
    k = next((k for k in range(lo + 1, hi) if view.low[k - 1] in ("в", "во")
              and (view.low[k] in DOCUMENT_PRONOUNS or view.lemma[k] in GENERIC_DOCUMENTS)), -1)
    if k < 0:
        return None
    span = (view.tokens[k].start, view.tokens[k].stop)
    for _ in range(2):
        sent = view.tokens[k].sent
        d = next((d for d in range(k - 1, -1, -1)
                  if view.tokens[d].sent < sent - 1 or view.lemma[d] in view.lex.documents), -1)
        if d < 0 or view.tokens[d].sent < sent - 1 or view.lemma[d] not in view.lex.documents:
            return None
        mi = document_author(view, d, avoid)
        if mi >= 0:
            return from_mention(view, mi, "coref", span)
        if view.lemma[d] not in GENERIC_DOCUMENTS:
            return None
        k = d
    return None


def document_author(view: DocView, d: int, avoid) -> int:
    """The mention of who wrote the document named at token ``d``: one named right after it, in
    the participle clause after it ("пресс-релиз, опубликованный на сайте Белого дома"), else
    the subject of the verb it is the object of ("МИД России опубликовал комментарий"); both
    verbs must be of writing or issuing (``data/speech_publish_verbs.txt``); -1."""
    a, b = view.sentence_tokens(d)
    found = document_speaker(view, (d, b), (d, d), avoid)
    if found is not None and found.entity >= 0 and view.tokens[d].start < found.start:
        k = view.tok_at.get(found.start, -1)
        if k >= 0 and view.mention_of[k] >= 0 and "," not in view.low[d + 1:k]:
            return view.mention_of[k]       # not "в письме, адресованном Владимиру Путину"
    spans = []
    publish = view.lex.publish_verbs
    if d + 2 < b and view.low[d + 1] == "," and view.feat(d + 2, "VerbForm") == "Part" and view.lemma[d + 2] in publish:
        spans.append(view.subtree(d + 2, a, b))         # "пресс-релиз, опубликованный на сайте Х"
    verb = view.tokens[d].head
    if view.tokens[d].rel == "obj" and 0 <= verb < len(view.tokens) and view.lemma[verb] in publish:
        for c in view.children(verb):                   # "МИД опубликовал комментарий"
            if view.tokens[c].rel == "nsubj":
                spans.append(view.subtree(c, a, b))
    for lo, hi in spans:
        mi = next((view.mention_of[j] for j in range(lo, hi) if view.mention_of[j] >= 0
                   and view.doc.mentions[view.mention_of[j]].type in ("PER", "ORG", "LOC")), -1)
        if mi >= 0:
            return mi
    return -1


LEADING = frozenset({"ADV", "CCONJ", "PART", "PUNCT"})     # "Также отмечается", "При этом указано"


def previous_source(view: DocView, cue: int) -> Speaker | None:
    """"..., пишет газета Handelsblatt. Отмечается, что ...": a bare impersonal report that opens
    its sentence goes on with the organisation that spoke just before (its cue at most a
    sentence back, a medium at the end of a sentence too); its span is where it was named."""
    if not view.sources:
        return None
    s = view.tokens[cue].sent
    if view.feat(cue, "Tense") == "Past" and view.feat(cue, "VerbForm") == "Fin" \
            or any(view.tokens[k].pos not in LEADING and view.lemma[k] != "при" and view.lemma[k] != "этот"
                   or view.low[k] in ("ранее", "напомним") for k in range(view.sent_first[s], cue)):
        return None                     # not "Ранее сообщалось": background from elsewhere
    said, sp = view.sources[-1]
    if said >= cue or view.tokens[said].sent < s - 1 or sp.entity < 0 \
            or view.doc.entities[sp.entity].type != "ORG":
        return None
    return Speaker(sp.start, sp.stop, sp.text, sp.entity, sp.name, "continued")


def previous_body(view: DocView, d: int) -> Speaker | None:
    """The speaker of the statement just before the document noun at ``d`` (its cue at most a
    sentence back), when it is a body without a name the tagger found ("канцелярия
    премьер-министра"): the document is its message."""
    if not view.said:
        return None
    cue, sp = view.said[-1]
    if cue >= d or view.tokens[cue].sent < view.tokens[d].sent - 1 or not sp.described:
        return None
    first = view.tok_at.get(sp.start, -1)
    head = next((k for k in range(first, len(view.tokens)) if view.tokens[k].start >= sp.stop
                 or view.tokens[k].pos == "NOUN"), -1) if first >= 0 else -1
    if head < 0 or view.tokens[head].start >= sp.stop \
            or view.lemma[head] not in view.lex.bodies and view.lemma[head] not in view.lex.coref:
        return None                     # "немецкое правительство": its noun, after the adjective
    return Speaker(view.tokens[d].start, view.tokens[d].stop, view.tokens[d].text, -1, sp.name, "coref")


def owner_named_before(view: DocView, d: int) -> int:
    """The name that owned the same document noun a sentence or two before ("зарегистрировал иск
    Хусяйновой ... В иске сказано"): its mention, else -1."""
    sent = view.tokens[d].sent
    for k in range(d - 1, -1, -1):
        if view.tokens[k].sent < sent - 2:
            break
        if view.lemma[k] == view.lemma[d] and k + 1 < len(view.tokens) and view.mention_of[k + 1] >= 0:
            return view.mention_of[k + 1]
    return -1


def owner_named(view: DocView, j: int, end: int) -> int:
    """The person named in a document owner's phrase after its first noun ("выступления
    Х.Мааса"), -1 when none is."""
    for k in range(j + 1, end):
        mi = view.mention_of[k]
        if mi >= 0 and view.doc.mentions[mi].type == "PER":
            return mi
    return -1


def owner_end(view: DocView, j: int, hi: int) -> int:
    """The end of a document owner's phrase from token ``j``: its genitives and names
    ("заявлении офиса премьер-министра Великобритании")."""
    k = j + 1
    while k < hi and (view.mention_of[k] >= 0 or view.feat(k, "Case") == "Gen") \
            and (view.tokens[k].pos != "PUNCT" or view.mention_of[k] >= 0):     # "Х.Мааса"
        k += 1
    return k


def subject_person(view: DocView, s: int) -> int:
    """The one person sentence ``s`` has as its subject (-1 when none or several)."""
    found = set()
    for mi, m in enumerate(view.doc.mentions):
        first, stop = view.mention_tokens[mi]
        if m.type != "PER" or m.entity < 0 or first >= len(view.tokens) or view.tokens[first].sent != s:
            continue
        if view.tokens[mention_head(view.tokens, first, stop)].rel in SUBJECT_RELS:
            found.add(mi)
    entities = {view.doc.mentions[mi].entity for mi in found}
    return min(found) if len(entities) == 1 else -1


def names_owner(view: DocView, j: int, b: int) -> bool:
    """A genitive noun after a coreferring noun names its owner ("пресс-служба полиции")."""
    return (j < b and view.tokens[j].pos == "NOUN" and view.feat(j, "Case") == "Gen"
            and view.lemma[j] not in view.lex.coref)

