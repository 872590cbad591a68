"""Who is speaking: the subject of a speech cue, resolved to an entity.

``find_speaker`` reads the cue's subject (syntax first, then the phrase beside
the cue) and ``resolve_phrase`` turns a phrase into a ``Speaker``: a person
named in it, a pronoun's antecedent, the holder of a role noun ("глава МИД"),
the organisation a coreferring noun stands for ("в ведомстве"), an
organisation or place, else a description.
"""
from __future__ import annotations

from .speaker_names import (NOT_SPEAKERS, Speaker, body_speaker, country_side, describe, from_mention,
                            fuller_body, inflected, place_body)
from .speaker_roles import (client_holder, introduced_person, last_speaker, latter_person, medium_meant, nearest_org,
                            org_named_by, owner_elsewhere, recent_person, resolve_pronoun, role_person,
                            speaking_org)
from .speaker_documents import document_speaker, names_owner, previous_source, pronoun_document
from .speaker_subjects import (appended_name, host_verb, inner_subject, inserted_name, own_phrase,
                               relative_subject, syntax_subject, trailing_name)
from .speech import OPENERS, DocView, left_phrase, right_phrase
from .role_lexicon import lexicon as role_lexicon
from .syntax import SUBJECT_RELS, mention_head


# "по его данным": words for what an organisation reports, not for a person's words ("по его словам")
DATA_WORDS = frozenset({"данным", "информации", "сведениям", "подсчетам", "подсчётам", "оценкам",
                        "сообщению", "сообщениям"})


def find_speaker(view: DocView, first: int, last: int, side: str = "left",
                 phrase: tuple[int, int] | None = None, any_case: bool = False,
                 avoid: tuple[int, int] = (0, 0), depth: int = 0) -> Speaker | None:
    """The speaker of the cue at tokens ``[first, last]``: its subject (syntax), else the
    phrase on ``side`` of it, else a name on the other side, else the subject the cue
    shares with the verb it follows ("X, глава Y, заявил"; "X выступил, заявив").
    ``avoid``: the content's chars."""
    if phrase:
        return resolve_phrase(view, *phrase, first, any_case, avoid)
    a, b = view.sentence_tokens(first)
    left, raw = left_phrase(view, first, a), right_phrase(view, last, b)
    right = own_phrase(view, last, raw)
    if view.lemma[last] in view.lex.impersonal:
        found = document_speaker(view, left, right, avoid)
        inserted = inserted_clause(view, left[0], a)
        if found is None and inserted >= 0:     # "В заявлении МВД, опубликованном в Facebook, говорится"
            before = left_phrase(view, inserted, a)
            found = document_speaker(view, before, (inserted, inserted), avoid)
            if found is not None and (found.how != "mention"
                                      or not view.tokens[before[0]].start <= found.start < view.tokens[inserted].start):
                found = None                    # named there, not guessed ("В письме, направленном ...")
        if found is None and depth < 2 and any(view.lemma[k] == "который" for k in range(*left)):
            found = shared_subject(view, first, left, avoid, depth)     # "опубликовал заявление, в котором говорится"
        if found is None:
            found = pronoun_document(view, left, avoid)     # "опубликовал комментарий. В нём сказано"
        if found is None and depth == 0:
            found = previous_source(view, first)        # "пишет Handelsblatt. Отмечается, что"
        return found
    subj = syntax_subject(view, first, last)
    if subj < 0:
        subj = relative_subject(view, first, a)
    if 0 <= subj < first and inner_subject(view, subj, first):
        subj = -1                       # "Интрига в том, что X заявил": the subject of another clause
    gerund_host = view.tokens[first].head if view.feat(first, "VerbForm") == "Conv" else -2
    if subj > last and view.tokens[subj].head != gerund_host \
            and (right[1] < raw[1] and subj >= right[1]
                 or any(view.feat(k, "VerbForm") == "Fin" for k in range(last + 1, subj))):
        subj = -1                       # the subject of a verb after the cue (not of the verb a
                                        # leading gerund hangs on: "Напомнив, что ..., X отметил")
    if subj >= 0:
        lo, hi = view.subtree(subj, a, b)
        lo, hi = (lo, min(hi, first)) if subj < first else (max(lo, last + 1), appended_name(view, hi, b))
        relative = view.tokens[subj].rel not in SUBJECT_RELS     # "Дэвиса, который заявил"
        named = inserted_name(view, hi, first) if subj < first else -1
        if named < 0 and subj < first:
            named = trailing_name(view, subj, hi, first)
        if named >= 0:
            return from_mention(view, named)
        found = resolve_phrase(view, lo, hi, first, any_case or relative, avoid)
        if found or view.lemma[subj] == "который":
            return found
    near, far = (right, left) if side == "right" else (left, right)
    found = resolve_phrase(view, *near, first, any_case, avoid)
    if found is None:
        found = resolve_phrase(view, *far, first, any_case, avoid)
        if found is not None and found.described:
            return None
    if found is None and depth < 2:
        found = shared_subject(view, first, left, avoid, depth)
    return found


def principal_of(view: DocView, i: int, b: int, cue: int) -> Speaker | None:
    """The person a spokesman at token ``i`` speaks for: one named right after the noun
    ("представитель Гренелла") or the holder of the title after it ("пресс-секретарь губернатора
    Санкт-Петербурга" when the document names the governor)."""
    k = i + 1
    while k < b and view.low[k] in OPENERS:
        k += 1
    if k >= b:
        return None
    mi = view.mention_of[k]
    if mi >= 0 and view.mention_tokens[mi][0] == k and view.doc.mentions[mi].type == "PER":
        return from_mention(view, mi, "role", (view.tokens[i].start, view.tokens[view.mention_tokens[mi][1] - 1].stop))
    if mi < 0 and view.lemma[k] in view.lex.roles and view.feat(k, "Case") == "Gen":
        holder = role_person(view, k, b, cue, any_gender=True)    # the verb agrees with the spokesman
        if holder >= 0:
            return from_mention(view, holder, "role", (view.tokens[i].start, view.tokens[b - 1].stop))
    return None


RELATIVE_OPENERS = frozenset({"который", "где", "куда", "откуда", "чей"})


def inserted_clause(view: DocView, lo: int, a: int, relative: bool = False) -> int:
    """The comma that opens a participle clause ending right before token ``lo`` (", опубликованном
    в Facebook,"), or with ``relative`` a relative clause too (", где произошел переворот,"); -1."""
    if lo - 1 <= a or view.low[lo - 1] != ",":
        return -1
    for c in range(lo - 2, max(a, lo - 14) - 1, -1):
        if view.low[c] == ",":
            opens = view.feat(c + 1, "VerbForm") == "Part" or relative and view.lemma[c + 1] in RELATIVE_OPENERS
            return c if c + 1 < lo - 1 and opens else -1
        if view.is_punct(c):
            return -1
    return -1


def shared_subject(view: DocView, first: int, left: tuple[int, int], avoid, depth: int) -> Speaker | None:
    """A speaker the sentence names for another part of it:

    * "Пол Райан, спикер палаты, заявил": the name before a comma-enclosed apposition;
    * "X выступил с обращением, в котором заявил": the subject of the verb the clause hangs on;
    * "X назвал ... и заявил", "X выступил, заявив": the subject of the verb coordinated with the cue.

    Only a named entity (or a role holder) counts: a description here is a guess."""
    a = view.sentence_tokens(first)[0]
    lo = left[0]
    found = apposed_subject(view, lo, a, first, avoid)
    inserted = inserted_clause(view, lo, a, relative=True) if found is None and lo < first else -1
    if inserted >= 0 and all(view.tokens[k].pos in ("ADV", "PART") for k in range(lo, first)):
        found = resolve_phrase(view, *left_phrase(view, inserted, a), first, False, avoid)
        if found is not None and found.described:   # "Совет Туниса, где произошел переворот, подтвердил"
            found = None
    if found is None:
        host = host_verb(view, first, lo, a)
        if host >= 0:
            found = find_speaker(view, host, host, "left", avoid=avoid, depth=depth + 1)
    if found is None or found.described:
        return None
    if found.how == "pronoun" and view.feat(view.tok_at.get(found.start, 0), "Case") not in ("Nom", ""):
        return None                     # "Её попросили ..., заявив": not the subject
    return found


def apposed_subject(view: DocView, lo: int, a: int, cue: int, avoid) -> Speaker | None:
    """"Пол Райан, спикер палаты представителей, заявил": the person before the apposition."""
    if lo - 1 <= a or view.low[lo - 1] != ",":
        return None
    start = max(a, lo - 14)
    relative = any(view.lemma[j] == "который" for j in range(start, lo))     # ", который работал в ...,"
    for k in range(lo - 2, start - 1, -1):
        low = view.low[k]
        if low in (".", ";", ":", "«", "»", "(", ")") or view.feat(k, "VerbForm") == "Fin" and not relative:
            return None
        if low == ",":
            mi = view.mention_of[k - 1] if k > a else -1
            if mi < 0 or view.doc.mentions[mi].type != "PER" or not _nominative(view, mi):
                return None
            first, stop = view.mention_tokens[mi]
            return resolve_phrase(view, first, stop, cue, False, avoid)
    return None


def resolve_phrase(view: DocView, a: int, b: int, cue: int, any_case: bool = False,
                   avoid: tuple[int, int] = (0, 0)) -> Speaker | None:
    """The speaker named by tokens ``[a, b)`` (a subject phrase) of the cue at token ``cue``."""
    order = sorted((i for i in range(a, b) if not avoid[0] <= view.tokens[i].start < avoid[1]),
                   key=lambda i: abs(i - cue))
    if not order:
        return None
    a, b = min(order), max(order) + 1
    end = cue if a < cue else b             # the parser may end the phrase at "во главе"
    led = next((k for k in range(a, end - 3) if view.low[k:k + 3] == ["во", "главе", "с"]), -1)
    if led > a and all(view.mention_of[k] < 0 and view.low[k] != "," for k in range(a, led)):
        found = resolve_phrase(view, led + 3, end, cue, True, avoid)    # "Юристы истцов во главе с
        if found is not None and found.entity >= 0 \
                and view.doc.entities[found.entity].type in ("PER", "ORG"):   # Эриком Шмиттом": the leader
            return found
    mentions = [mi for mi in dict.fromkeys(view.mention_of[i] for i in order if view.mention_of[i] >= 0)
                if not addressed_medium(view, mi, cue)]
    usable = [mi for mi in mentions if (any_case or _nominative(view, mi)) and not _place_of(view, mi, a)
              and not view.is_platform(mi)]
    usable.sort(key=lambda mi: _bracketed(view, mi))    # "Вольфганг Бюхеле (Wolfgang Büchele)"
    for mi in usable:
        if view.doc.mentions[mi].type == "PER" and not _owner(view, view.mention_tokens[mi][0], a):
            k = view.mention_tokens[mi][0]
            if k > a and view.lemma[k - 1] in view.lex.relational and view.mention_of[k - 1] < 0 \
                    and (owner_elsewhere(view, k - 1, mi) or inflected(view.doc.mentions[mi])
                         and view.feat(k - 1, "Case") in ("Nom", "")):     # "Адвокат Асии Биби заявил",
                                                                           # "Адвокат Биби подчеркивает"
                return client_speaker(view, k - 1, mi, b, cue) or describe(view, a, b, any_case)
            return from_mention(view, mi)
    group = member_group(view, a, b)
    if group >= 0:
        return from_mention(view, group)
    lex = view.lex
    for i in order:
        if view.lemma[i] in lex.latter and view.feat(i, "Case") in ("Nom", "") and view.mention_of[i] < 0 \
                and view.feat(i, "Number") != "Plur" \
                and (i + 1 >= b or view.tokens[i + 1].pos not in ("NOUN", "PROPN")):     # not "тот министр"
            mi = latter_person(view, i, cue, avoid)
            if mi >= 0:
                return from_mention(view, mi, "pronoun", (view.tokens[i].start, view.tokens[i].stop))
        if view.low[i] in lex.pronouns and (view.tokens[i].pos == "PRON" or b - a == 1) \
                and (b - a == 1 or view.feat(i, "Case") in ("Nom", "")):     # not "его помощники"
            if (view.low[cue] in DATA_WORDS or i + 1 < len(view.low) and view.low[i + 1] in DATA_WORDS) \
                    and view.low[i] not in ("он", "она"):
                mi = speaking_org(view, i)      # "..., сообщило агентство AP. По его данным, ..."
                if mi >= 0:
                    return from_mention(view, mi, "pronoun", (view.tokens[i].start, view.tokens[i].stop))
            return resolve_pronoun(view, i, lex.pronouns[view.low[i]], view.feat(cue, "Gender"), avoid)
    for i in range(a, b):
        if _owner(view, i, a):
            break                   # "советник главы Еврокомиссии": the adviser, not the head
        if view.lemma[i] in lex.roles and view.mention_of[i] < 0:
            owner = view.mention_of[i + 1] if i + 1 < b else -1
            if owner >= 0 and view.doc.mentions[owner].type == "PER" and view.lemma[i] in lex.relational \
                    and (_owner(view, i + 1, a) or inflected(view.doc.mentions[owner])):
                found = client_speaker(view, i, owner, b, cue)      # "Адвокат Асии Биби заявил"
                if found is not None:
                    return found
            holder = role_person(view, i, b, cue)
            if holder < 0 and view.lemma[i] in lex.spokespeople:
                owner = view.org_named_after(i, b)
                if owner >= 0:          # "Официальный представитель МИД Нидерландов": the ministry
                    return from_mention(view, owner)
                found = place_body(view, i + 1, b) or principal_of(view, i, b, cue) \
                    or (fuller_body(view, i + 1, i + 2) if i + 2 <= b and view.feat(i + 1, "Case") == "Gen" else None)
                if found is not None:   # "Представитель полицейского управления Вашингтона",
                    return found        # "пресс-секретарь губернатора", "представитель Гренелла"
            if holder < 0 and view.feat(i, "Number") != "Plur" and not _unknown_name(view, i, b):
                holder = recent_person(view, i, b, cue)        # "По словам премьера": the person just named
            if holder >= 0:
                return from_mention(view, holder, "role", (view.tokens[i].start, view.tokens[b - 1].stop))
            if view.lemma[i] not in lex.spokespeople and _heads(view, i, any_case):
                return describe(view, a, b, any_case)       # "глава МИД": a person, not the ministry
            break
    for i in range(a, b):
        if view.lemma[i] in lex.coref and view.mention_of[i] < 0:
            inner = sorted((mi for mi in mentions if view.doc.mentions[mi].start > view.tokens[i].start
                            and "," not in view.low[i + 1:view.mention_tokens[mi][0]]),   # not "организация,
                           key=lambda mi: (_bracketed(view, mi), mi))   # действующая под эгидой ООН"; "компания Moderna (США)"
            if inner and view.doc.mentions[inner[0]].type == "LOC":
                body = place_body(view, i, b)       # "по данным министерства здравоохранения Казахстана"
                if body is not None:
                    return body
            if inner:
                return from_mention(view, inner[0])
            if names_owner(view, i + 1, b) or _unknown_name(view, i, min(b, i + 2)) \
                    or (i + 1 < b and view.tokens[i + 1].text.isascii() and view.tokens[i + 1].text.isalpha()):
                break                       # "пресс-служба полиции", "организация missio": described below
            mi = nearest_org(view, view.tokens[i].start, avoid, view.lemma[i])
            if mi >= 0:
                return from_mention(view, mi, "coref", (view.tokens[i].start, view.tokens[i].stop))
        elif view.mention_of[i] < 0 and view.tokens[i].pos in ("NOUN", "PROPN") and view.tokens[i].lemma.islower() \
                and not names_owner(view, i + 1, b):
            mi = org_named_by(view, i)          # "уточнили в центре": the "Федеральный центр ..." named before
            if mi < 0 and view.lemma[i] in lex.members and view.feat(i, "Number") == "Plur":
                mi = org_named_by(view, i, lex.members[view.lemma[i]])     # "Судьи отметили": the court
            if mi >= 0:
                return from_mention(view, mi, "coref", (view.tokens[i].start, view.tokens[i].stop))
    if not any(view.doc.mentions[mi].type == "ORG" for mi in usable):
        body = place_body(view, a, b)       # "по данным минздрава Иркутской области"
        if body is not None:
            return body
    for kind in ("ORG", "LOC"):
        for mi in usable:
            if view.doc.mentions[mi].type == kind:
                return from_mention(view, mi)
    for i in range(a, b):
        if view.medium_noun(i) and view.mention_of[i] < 0 and (_heads(view, i, any_case)
                                                                           or _after_v(view, i)):
            since = view.token_at(avoid[0]) if avoid[0] < avoid[1] else -1
            mi = medium_meant(view, i, since)      # "пишет газета": the paper named before
            if mi >= 0:
                return from_mention(view, mi, "coref", (view.tokens[i].start, view.tokens[i].stop))
            break
    body = body_speaker(view, a, b, cue) or country_side(view, a, b, any_case)
    if body is not None:
        return body
    head = next((i for i in range(a, b) if _heads(view, i, any_case) and view.tokens[i].pos == "NOUN"), -1)
    if head >= 0 and view.feat(head, "Number") != "Plur" and view.lemma[head] not in NOT_SPEAKERS \
            and view.lemma[head] not in view.lex.documents:     # "письмо гласило": not "письмо Джонсона"
        holder = role_person(view, head, b, cue)      # "вирусолог" named before as "вирусолог Иван Петров"
        if holder < 0 and view.lemma[head] in view.lex.back_people and not _unknown_name(view, head, b):
            since = view.token_at(avoid[0]) if avoid[0] < avoid[1] else -1
            holder = last_speaker(view, head, cue, since)   # "— сказал Павел Петров. Эксперт считает ..."
            if holder < 0:
                holder = introduced_person(view, head, cue)     # "... директор института Олег Крылов. Эксперт заявил"
        if holder >= 0:
            return from_mention(view, holder, "role", (view.tokens[head].start, view.tokens[b - 1].stop))
    return fuller_body(view, a, b) or describe(view, a, b, any_case)


def addressed_medium(view: DocView, mi: int, cue: int) -> bool:
    """"В казанской мэрии «Ъ» сообщили", "В правительстве Башкирии ТАСС сообщили": a medium
    between a body the phrase names with "в" and a plural cue is who was told, not who spoke
    (not the medium's own agency or press service: "В пресс-службе ТАСС заявили")."""
    if view.feat(cue, "Number") != "Plur" or not view.is_medium_mention(mi):
        return False
    first = view.mention_tokens[mi][0]
    lo = max(view.sentence_tokens(cue)[0], first - 6)      # the parser may give the medium alone
    for k in range(lo, first - 1):
        if view.low[k] not in ("в", "во") or view.mention_of[k + 1] >= 0:
            continue
        body = k + 2 if view.tokens[k + 1].pos == "ADJ" else k + 1
        if body >= first or view.lemma[body] not in view.lex.bodies and view.lemma[body] not in view.lex.coref:
            continue
        own = all(view.is_punct(j) for j in range(body + 1, first))
        if own and (view.lemma[body] in view.lex.coref or view.medium_noun(body)):
            return False        # "В агентстве Bloomberg", "в пресс-службе ТАСС": the medium's own
        return True
    return False


def client_speaker(view: DocView, i: int, mi: int, b: int, cue: int) -> Speaker | None:
    """The person the relational noun at ``i`` stands for, defined by mention ``mi`` ("адвокат
    Асии Биби" -> the lawyer the document names), or None."""
    holder = client_holder(view, i, view.doc.mentions[mi].entity, cue)
    if holder < 0:
        return None
    return from_mention(view, holder, "role", (view.tokens[i].start, view.tokens[b - 1].stop))


def _owner(view: DocView, i: int, a: int) -> bool:
    """Whether token ``i`` is a genitive after a common noun that heads the phrase: it names
    whose that noun is ("советник главы", "адвокат Асии Биби"), not who speaks."""
    return i > a and view.tokens[i - 1].pos == "NOUN" and view.mention_of[i - 1] < 0 \
        and view.feat(i, "Case") == "Gen" \
        and (view.feat(i - 1, "Case") not in ("Gen", "") or view.lemma[i - 1] in view.lex.relational)


def _unknown_name(view: DocView, i: int, b: int) -> bool:
    """Whether a capitalised word no mention holds follows the noun at ``i`` in its phrase
    ("профессор Карпова", where the tagger missed the name): the noun is someone named there,
    not the person who spoke before."""
    return any(view.tokens[k].text[:1].isupper() and view.mention_of[k] < 0
               and view.tokens[k].pos in ("PROPN", "NOUN", "ADJ") for k in range(i + 1, b))


def _after_v(view: DocView, i: int) -> bool:
    """Whether token ``i`` follows "в", adjectives aside ("В упомянутом издании заявили")."""
    k = i - 1
    while k > 0 and (view.tokens[k].pos in ("ADJ", "DET") or view.tokens[k].rel == "amod"):
        k -= 1
    return k >= 0 and view.low[k] in ("в", "во")


def _bracketed(view: DocView, mi: int) -> bool:
    """Whether a mention sits in brackets right after another name (its original spelling)."""
    first, stop = view.mention_tokens[mi]
    return first > 1 and view.low[first - 1] == "(" and view.mention_of[first - 2] >= 0


def _heads(view: DocView, i: int, any_case: bool = False) -> bool:
    """Whether token ``i`` can head a subject phrase: nominative (or caseless), not after a preposition."""
    return (any_case or view.feat(i, "Case") in ("Nom", "")) and not (i > 0 and view.tokens[i - 1].pos == "ADP")


def _place_of(view: DocView, mi: int, a: int) -> bool:
    """"канцелярия премьер-министра в Twitter": a name after "в" that follows a nominative noun of
    the phrase says where, not who ("В МИД заявили" has no such noun before it)."""
    k = view.mention_tokens[mi][0] - 1
    while k > a and (view.low[k] in OPENERS or view.tokens[k].pos == "ADJ" and view.mention_of[k] < 0):
        k -= 1                          # "Источник в российском МИД", "в «Газпроме»"
    return k >= a and view.low[k] in ("в", "во") and any(
        view.tokens[j].pos == "NOUN" and view.feat(j, "Case") == "Nom" and view.mention_of[j] < 0
        and view.lemma[j] not in view.lex.verbs for j in range(a, k))


def _folded(text: str) -> str:
    return text.lower().replace("ё", "е")


NOT_MEMBERS = frozenset({"бывший", "уволенный", "прежний", "некоторый", "многий", "отдельный", "рядовой",
                         "несколько", "иной", "другой", "ряд", "часть"})


def member_group(view: DocView, a: int, b: int) -> int:
    """The organisation a plural member noun heading ``[a, b)`` speaks for ("Члены КПРФ", "аналитики
    Stratfor", "члены радикальной партии «Техрик-э-Лабайк»"), or -1."""
    i = a           # past adjectives and a date: "заявили 31 октября члены партии"
    while i < b and (view.tokens[i].pos == "ADJ" or view.in_date(i)):
        if view.lemma[i] in NOT_MEMBERS:
            return -1               # "Бывшие члены КПРФ", "некоторые аналитики": not its voice
        i += 1
    if i >= b or view.lemma[i] not in view.lex.member_groups or view.feat(i, "Number") != "Plur" \
            or view.mention_of[i] >= 0:
        return -1
    k = i + 1
    while k < b and (view.tokens[k].pos == "ADJ" or view.low[k] in OPENERS):
        k += 1
    if k < b and view.mention_of[k] < 0 and view.lemma[k] in role_lexicon().orgnouns:
        k += 1
    while k < b and view.low[k] in OPENERS:
        k += 1
    mi = view.mention_of[k] if k < b else -1
    if mi < 0 or view.mention_tokens[mi][0] != k or view.doc.mentions[mi].type != "ORG":
        return -1
    return mi


def _nominative(view: DocView, mi: int) -> bool:
    """Whether a mention can be a subject: nominative or caseless, or after "в" ("в МИД заявили");
    not a genitive that hangs on a noun ("муж Асии Биби")."""
    first, stop = view.mention_tokens[mi]
    head = mention_head(view.tokens, first, stop)
    if view.tokens[head].rel in ("nmod", "appos", "obj", "iobj", "obl") and view.tokens[head - 1].pos != "ADP" \
            and inflected(view.doc.mentions[mi]):
        return False
    verb = view.tokens[head].head
    if view.tokens[head].rel in SUBJECT_RELS and view.tokens[head].text.isupper() \
            and 0 <= verb < len(view.tokens) and view.feat(verb, "Number") == "Sing":
        return True                     # "РФ подчеркнула": an abbreviation the tagger gave a case
    cases = {view.feat(i, "Case") for i in range(first, stop)}
    if not cases or "Nom" in cases or cases == {""}:
        return True
    if view.doc.mentions[mi].text.isupper() and stop < len(view.tokens) and view.feat(stop, "VerbForm") == "Fin" \
            and not (first > 0 and view.tokens[first - 1].pos == "ADP") \
            and not any(view.tokens[c].rel in SUBJECT_RELS and not first <= c < stop for c in view.children(stop)):
        return True                     # "в ответ ЕС пообещал": an abbreviation right before a verb
                                        # that has no other subject (not "К ООН обратились")
    if view.tokens[head].rel in SUBJECT_RELS and view.feat(head, "Case") == "Acc" \
            and view.feat(head, "Animacy") == "Inan":
        return True                     # "Центр контроля ... сообщает": the parser's subject, the
                                        # tagger's accusative (the same form for such nouns)
    m = view.doc.mentions[mi]
    owner = view.tokens[head].head if view.tokens[head].rel == "nmod" else -1
    if m.type == "PER" and _folded(m.text) == _folded(m.normal) \
            and (owner < 0 or view.lemma[owner] in view.lex.cue_objects):
        return True                     # "— обратила внимание Ткачева": her base form, whatever the tagger read
    k = first - 1
    while k > 0 and view.low[k] in OPENERS:
        k -= 1                          # "В «Нафтогазе» сообщили"
    if k > 0 and (view.medium_noun(k) or view.lemma[k] in view.lex.coref):
        k -= 1                          # "В издании Axios увидели"
    while k > 0 and view.tokens[k].pos == "ADJ" and view.mention_of[k] < 0:
        k -= 1                          # "в российском «Газпроме» сообщили"
    return k >= 0 and view.low[k] in ("в", "во")
