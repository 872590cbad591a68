"""Words that stand for an entity named elsewhere in the document: pronouns
("он", "по её словам"), role nouns ("министр заявил", "глава МИД") and nouns
for an organisation ("в ведомстве").

``resolve_pronoun`` finds a pronoun's antecedent (the previous speaker first);
``role_person`` finds the person who holds a role in ``doc.roles`` or is
titled with the noun in the text; ``nearest_org`` the organisation named last.
"""
from __future__ import annotations

from .role_lexicon import lexicon as role_lexicon, norm
from .role_places import country_at
from .speaker_names import Speaker, entity_gender, from_mention, inflected
from .speech import OPENERS, DocView
from .syntax import SUBJECT_RELS, is_subject, subject_token

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
    if want == "Neut":
        mi = neuter_org(view, i, avoid)         # "предприятие «Лекхим». Оно заявило"
        if mi >= 0:
            found = from_mention(view, mi)
            speaker.entity, speaker.name = found.entity, found.name
        return speaker
    if want not in ("Masc", "Fem"):
        body = continued_body(view, i, want, avoid) if want == "Plur" else None
        if body is not None:    # "— продолжили аналитики Stratfor. «...», — добавили они"
            speaker.entity, speaker.name = body.entity, body.name
        return speaker
    if view.feat(i, "Case") not in ("Nom", ""):
        avoid = (0, 0)          # "Антон, по его словам, ...": the person may sit in the content
    mi = antecedent(view, i, want, avoid)
    if mi < 0 and want == "Masc" and view.feat(i, "Case") != "Nom" and view.low[i] == "его":
        mi = speaking_org(view, i)      # "..., сообщает агентство AP. По его данным, ..."
    body = continued_body(view, i, want, avoid) if mi < 0 else None
    if body is not None:                            # "сообщил представитель МИД. Он отметил"
        speaker.entity, speaker.name = body.entity, body.name
    elif mi >= 0:
        found = from_mention(view, mi)
        speaker.entity, speaker.name = found.entity, found.name
    return speaker


def continued_body(view: DocView, i: int, want: str, avoid: tuple[int, int]) -> Speaker | None:
    """The organisation the pronoun at token ``i`` goes on with: the last statement's speaker, at
    most a sentence back, when it spoke through words that agree with the pronoun: a spokesman
    for "он" ("сообщил представитель МИД Франции. Он отметил"), members for "они" ("— продолжили
    аналитики Stratfor. ..., — добавили они").  That speaker, else None."""
    said = [(cue, sp) for cue, sp in view.said if not avoid[0] <= view.tokens[cue].start < avoid[1]]
    if not said:
        return None
    cue, sp = said[-1]
    if sp.entity < 0 or view.doc.entities[sp.entity].type == "PER" or cue >= i \
            or view.tokens[cue].sent < view.tokens[i].sent - 1:
        return None
    first = view.tok_at.get(sp.start, -1)
    head = next((k for k in range(first, len(view.tokens)) if view.tokens[k].start >= sp.stop
                 or view.tokens[k].pos == "NOUN" and view.mention_of[k] < 0), -1) if first >= 0 else -1
    if head < 0 or view.tokens[head].start >= sp.stop:
        head = first - 1            # "представитель | МИД Франции": the span is the name alone
        while head > 0 and view.tokens[head].pos == "ADJ":
            head -= 1
        if first < 0 or head < 0 or view.tokens[head].pos != "NOUN" or view.mention_of[head] >= 0:
            return None
    if subject_between(view, cue, i):
        return None                 # "— отметили аналитики Goldman Sachs, однако инвесторы ... Они"
    if want == "Plur":
        agrees = view.feat(head, "Number") == "Plur"
    else:
        agrees = view.lemma[head] in view.lex.spokespeople and view.feat(head, "Number") == "Sing" \
            and view.feat(head, "Gender") in (want, "")
    return sp if agrees else None


def subject_between(view: DocView, cue: int, i: int, heads: frozenset[str] | None = None) -> bool:
    """Whether a noun or pronoun other than the cue's own subject is a subject between token
    ``cue`` and token ``i``, outside quotes; with ``heads``, only of a verb whose relation is one
    of them (a main clause, not what was said)."""
    for j in range(cue + 1, i):
        t = view.tokens[j]
        if t.rel not in SUBJECT_RELS or t.pos not in ("NOUN", "PROPN", "PRON") or t.head == cue \
                or view.in_quote(t.start, view.tokens[i].start):
            continue
        if heads is None or 0 <= t.head < len(view.tokens) and view.tokens[t.head].rel in heads:
            return True
    return False


def latter_person(view: DocView, i: int, cue: int, avoid: tuple[int, int]) -> int:
    """The person "тот" or "последний" at token ``i`` points at: the one named last before it,
    in its sentence or the one before, outside quotes and the content, of the gender the word
    or the verb shows (-1 when there is none)."""
    want = view.feat(cue, "Gender") or view.feat(i, "Gender")
    sent = view.tokens[i].sent
    for mi in range(view.mention_before(view.tokens[i].start) - 1, -1, -1):
        m = view.doc.mentions[mi]
        if view.tokens[view.mention_tokens[mi][0]].sent < sent - 1:
            break
        if m.type == "PER" and m.entity >= 0 and not avoid[0] <= m.start < avoid[1] \
                and not view.in_quote(m.start, view.tokens[i].start):
            return mi if _agrees(view, m.entity, want) else -1
    return -1


def neuter_org(view: DocView, i: int, avoid: tuple[int, int]) -> int:
    """The organisation "оно" at token ``i`` points at: the one named last, in its sentence or
    the one before, outside the content (-1 when there is none)."""
    mi = nearest_org(view, view.tokens[i].start, avoid)
    if mi < 0 or view.tokens[view.mention_tokens[mi][0]].sent < view.tokens[i].sent - 1:
        return -1
    return mi


def speaking_org(view: DocView, i: int) -> int:
    """The organisation that spoke last, at most a sentence before the pronoun at ``i``, else a
    medium named there ("агентство Associated Press"); -1 when there is none."""
    sent = view.tokens[i].sent
    if view.said:
        cue, sp = view.said[-1]
        if sp.entity >= 0 and view.tokens[cue].sent >= sent - 1 and cue < i \
                and view.doc.entities[sp.entity].type == "ORG":
            return view.doc.entities[sp.entity].mentions[0]
    mi = nearest_medium(view, view.tokens[i].start)
    if mi >= 0 and view.tokens[view.mention_tokens[mi][0]].sent >= sent - 1:
        return mi
    return -1


def nearest_medium(view: DocView, before: int) -> int:
    """The medium named last before char ``before``: a known one ("ТАСС") or one a medium noun
    introduces ("газета Guardian"); -1 when none is."""
    for mi in range(view.mention_before(before) - 1, -1, -1):
        if view.is_medium_mention(mi):
            return mi
    return -1


def medium_meant(view: DocView, i: int, since: int = -1) -> int:
    """The medium a bare "издание" at token ``i`` means: one named in its sentence or the one
    before, else the medium the lead cites, else the last one named.  ``since``: where the
    statement opens, when a quote before "— комментирует издание" does."""
    anchor = i if since < 0 else min(i, since)
    mi = nearest_medium(view, view.tokens[anchor].start)
    if mi >= 0 and view.tokens[view.mention_tokens[mi][0]].sent >= view.tokens[anchor].sent - 1:
        return mi
    return view.lead_medium if view.lead_medium >= 0 else mi


def antecedent(view: DocView, i: int, want: str, avoid: tuple[int, int]) -> int:
    """The mention index a pronoun at token ``i`` of gender ``want`` refers to (-1 if none)."""
    sent = view.tokens[i].sent
    before = view.tokens[i].start
    possessive = view.feat(i, "Case") not in ("Nom", "")    # "по его словам"; "он" skips objects beside it
    if avoid[1] > avoid[0] and avoid[0] < before:
        sent = view.tokens[view.token_at(avoid[0])].sent    # the window starts before the quote
    nominative = oblique = -1
    window = PRONOUN_WINDOW + sum(_pronoun_subject(view, s, want) for s in range(sent - PRONOUN_WINDOW, sent))
    for mi in range(view.mention_before(before) - 1, -1, -1):
        m = view.doc.mentions[mi]
        k = view.mention_tokens[mi][0]
        if view.tokens[k].sent < sent - window:
            break       # each sentence with a subject "он" on the way carries the person one further
        if m.type != "PER" or avoid[0] <= m.start < avoid[1] or view.in_quote(m.start, before) \
                or (k > 1 and view.low[k - 1] == "(" and view.mention_of[k - 2] >= 0):
            continue        # not the original spelling in brackets: "Вольфганг Бюхель (Wolfgang Büchele)"
        if entity_gender(view, m.entity, mi) not in (want, ""):
            continue
        if not possessive and view.tokens[k].sent == view.tokens[i].sent \
                and not is_subject(view.tokens, *view.mention_tokens[mi]):
            continue        # "В письме министру Саджиду Джавиду он написал": not the one written to
        if nominative < 0 and _case(view, mi) in ("Nom", ""):
            nominative = mi
        elif nominative >= 0 and _sent(view, mi) == _sent(view, nominative) and _case(view, mi) in ("Nom", "") \
                and not is_subject(view.tokens, *view.mention_tokens[nominative]) \
                and is_subject(view.tokens, *view.mention_tokens[mi]) and m.entity != view.doc.mentions[nominative].entity:
            nominative = mi     # "Пушков уверен, что ... что и Борис Джонсон. «...», — пошутил он": the subject
        if oblique < 0 and view.tokens[k].sent >= sent - 1 and (possessive or view.tokens[k].sent < sent):
            oblique = mi
    if oblique >= 0 and not possessive and _sent(view, oblique) == sent - 1 \
            and (nominative < 0 or _sent(view, nominative) < sent - 1) \
            and not (view.said and view.tokens[view.said[-1][0]].sent >= sent - 1) \
            and not _pronoun_subject(view, sent - 1, want):
        return oblique      # "... описанные политологом Джином Шарпом. В своем труде он утверждает"
    previous = previous_speaker(view, i, want, nominative, avoid)
    if previous != -1:
        return max(previous, -1)
    return nominative if nominative >= 0 else oblique


def _pronoun_subject(view: DocView, s: int, gender: str) -> bool:
    """Whether sentence ``s`` has a personal pronoun of ``gender`` as a subject ("Он отказался")."""
    if s not in view.sent_first:
        return False
    return any(view.lex.pronouns.get(view.low[k]) == gender and view.feat(k, "Case") == "Nom"
               for k in range(view.sent_first[s], view.sent_stop[s]))


def _sent(view: DocView, mi: int) -> int:
    return view.tokens[view.mention_tokens[mi][0]].sent


def previous_speaker(view: DocView, i: int, want: str, nominative: int, avoid: tuple[int, int] = (0, 0)) -> int:
    """The mention of the last statement's speaker, when it can be the pronoun's antecedent;
    -2 when that speaker, at most a sentence back, is a person without a name ("эксперт"):
    the pronoun stays unresolved.  Statements inside the quote being attributed (``avoid``)
    do not count: "«... в договоре говорится ...», — сказал он"."""
    said = [(cue, sp) for cue, sp in view.said if not avoid[0] <= view.tokens[cue].start < avoid[1]]
    if not said:
        return -1
    cue, sp = said[-1]
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
    """The case of a mention: nominative when any word is, or when a name of two words or more is
    written as its base form ("Рашида Тлаиб", whatever case the tagger read for "Рашида")."""
    first, stop = view.mention_tokens[mi]
    cases = [view.feat(k, "Case") for k in range(first, stop)]
    m = view.doc.mentions[mi]
    if "Nom" in cases or (len(m.text.split()) >= 2 and m.text.lower() == m.normal.lower()):
        return "Nom"
    return cases[0] if cases else ""



# --- role nouns: "министр заявил" -> the person who holds the role ------------
TITLE_STOPS = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "PRON"})
QUOTES = frozenset("«»„“”\"")

HEAD_OF_STATE = frozenset({"глава", "руководитель", "лидер"})


def title_noun(view: DocView, k: int) -> str:
    """The title a word for a person names: "глава государства" is the president."""
    if view.lemma[k] in HEAD_OF_STATE and k + 1 < len(view.tokens) and view.lemma[k + 1] == "государство":
        return "президент"
    return view.lemma[k]


def role_person(view: DocView, i: int, b: int, cue: int, any_gender: bool = False) -> int:
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
    readings = [(noun, keys)]
    title = title_noun(view, i)
    if title != noun:                               # "пресс-секретарь главы государства": the president
        readings.append((title, frozenset()))
    holders = set()
    for r in view.doc.roles:
        if r.person_entity >= 0 and any(role_matches(view, n, r.role, r.org)
                                        and (not k or k & (stems(r.role) | place_stems(r.org))) for n, k in readings):
            holders.add(r.person_entity)
    for mi in titled_mentions(view, noun, keys):
        holders.add(view.doc.mentions[mi].entity)
    want = "" if any_gender else view.feat(cue, "Gender")    # "— констатировала премьер": not a man
    return nearest_holder(view, {e for e in holders - {-1} if _agrees(view, e, want)}, cue)


def client_holder(view: DocView, i: int, owner: int, cue: int) -> int:
    """"Адвокат Асии Биби заявил": the person the document titles with the relational noun at
    ``i`` (or a synonym: "юрист Сайфул Малук"), other than ``owner``, the entity it is defined
    by; -1 when there is none or the verb's gender rules them out."""
    noun = view.lemma[i]
    holders = {r.person_entity for r in view.doc.roles if role_matches(view, noun, r.role, r.org)}
    for target, _ in view.lex.role_synonyms.get(noun, ()):
        holders |= {view.doc.mentions[mi].entity for mi in titled_mentions(view, target, frozenset())}
    holders |= {view.doc.mentions[mi].entity for mi in titled_mentions(view, noun, frozenset())}
    want = view.feat(cue, "Gender")
    holders = {e for e in holders - {-1, owner} if _agrees(view, e, want)}
    found = nearest_holder(view, holders, cue)
    if found < 0 and len(holders) == 1:         # named just after: "Адвокат X заявил ... юрист Y"
        first = view.doc.entities[holders.pop()].mentions[0]
        if view.tokens[view.mention_tokens[first][0]].sent <= view.tokens[cue].sent + 1:
            return first
    return found


def owner_elsewhere(view: DocView, i: int, mi: int) -> bool:
    """Whether the person of mention ``mi``, written right after the relational noun at ``i``
    ("Адвокат Биби", where an indeclinable name hides the case), is elsewhere the genitive
    owner of the same noun ("адвоката Асии Биби")."""
    entity = view.doc.mentions[mi].entity
    for other in view.doc.entities[entity].mentions if entity >= 0 else ():
        first = view.mention_tokens[other][0]
        if other != mi and first > 0 and view.lemma[first - 1] == view.lemma[i] \
                and inflected(view.doc.mentions[other]):        # not its base form: the genitive
            return True
    return False


def org_keys(view: DocView, i: int, b: int) -> frozenset[str]:
    """Stems of the names and genitives that qualify the role noun at ``i`` ("глава МИД Латвии")."""
    keys = []
    for j in range(i + 1, min(b, i + 4)):
        if view.mention_of[j] < 0 and not (view.tokens[j].pos in ("NOUN", "PROPN") and view.feat(j, "Case") == "Gen"):
            break
        if view.lemma[j] not in view.lex.coref:
            keys.append(view.low[j])
            title = view.lex.ministries.get(view.lemma[j]) or view.lex.ministries.get(view.low[j])
            if title and " " in title:
                keys.append(title.split(" ", 1)[1])     # "Минздрава": "здравоохранения"
            elif title:
                keys.append(title)
            mi = view.mention_of[j]
            keys.append(country_name(view.doc.entities[view.doc.mentions[mi].entity].name
                                     if mi >= 0 and view.doc.mentions[mi].entity >= 0 else view.lemma[j]))
            if view.lemma[j] in ("страна", "государство"):     # "Премьер-министр страны": the country meant
                keys.append(country_at(view.doc, view.countries(), j)[0])
    return stems(" ".join(keys))


def stems(text: str) -> frozenset[str]:
    return frozenset(w[:4] for w in text.lower().replace("ё", "е").replace("-", " ").split() if len(w) > 2)


def place_stems(org: str) -> frozenset[str]:
    """Stems of a role's place, with its country's usual name: "Соединённые Штаты Америки" ~ "США"."""
    return stems(f"{org} {country_name(org)}")


def country_name(name: str) -> str:
    """The usual name of the country ``name`` is another name of ("" when it is none)."""
    return role_lexicon().countries.get(norm(name), "")


def role_matches(view: DocView, noun: str, role: str, org: str) -> bool:
    """Whether a role of ``doc.roles`` is what the noun names ("министр" ~ "министр финансов")."""
    role = role.removeprefix("бывший ").removeprefix("экс-")
    noun = noun.removeprefix("экс-")                # "экс-президент" is a former "президент"
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


def recent_person(view: DocView, i: int, b: int, cue: int) -> int:
    """The person a role noun without a holder ("по словам премьера", "добавил представитель
    Кремля") most likely stands for (-1 when unsure): the previous statement's speaker, its cue
    at most a sentence back, else the person the previous sentence has as its subject (the
    last one when it has several).
    The verb's gender must agree; a person the phrase's own words name otherwise is no match."""
    sent, want = view.tokens[i].sent, wanted_gender(view, i, cue)
    noun, keys = view.lemma[i], org_keys(view, i, b)
    last = last_speaker(view, i, cue)
    if last >= 0 and not holds_other(view, view.doc.mentions[last].entity, noun, keys):
        return last
    subjects = {}
    for mi in range(view.mention_before(view.tokens[i].start) - 1, -1, -1):
        m = view.doc.mentions[mi]
        first, stop = view.mention_tokens[mi]
        if view.tokens[first].sent < sent - 1:
            break
        if view.tokens[first].sent == sent - 1 and m.type == "PER" and m.entity >= 0 \
                and is_subject(view.tokens, first, stop) and not view.in_quote(m.start, m.stop):
            subjects.setdefault(m.entity, mi)
    for entity, mi in subjects.items():         # the subject nearest the noun
        return mi if _agrees(view, entity, want) and not holds_other(view, entity, noun, keys) else -1
    return -1


def holds_other(view: DocView, entity: int, noun: str, keys: frozenset[str]) -> bool:
    """Whether the person holds the noun's title at another named place ("глава МВД" for
    "глава МЧС"); a title whose place is only a common noun ("глава организации") does not count."""
    return bool(keys) and any(r.person_entity == entity and r.org_entity >= 0
                              and role_matches(view, noun, r.role, r.org)
                              and not keys & stems(f"{r.org} {r.role}") for r in view.doc.roles)


def last_speaker(view: DocView, i: int, cue: int, since: int = -1) -> int:
    """The named person who spoke last, when the gender of the cue at ``cue`` agrees and either
    that cue is at most a sentence before token ``i`` (or before ``since``, where the statement
    opens: a quote of several sentences before "— сказал эксперт") or no other person is named
    between them outside quotes ("— сказал Павел Петров. «...» — сказал эксперт"); -1 if none."""
    before = [(c, sp) for c, sp in view.said if since < 0 or c < since]     # not one inside the quote
    if not before:
        return -1
    prev_cue, sp = before[-1]
    sent, prev_sent = view.tokens[i if since < 0 else min(i, since)].sent, view.tokens[prev_cue].sent
    if sp.entity < 0 or prev_cue >= i or prev_sent < sent - PRONOUN_WINDOW \
            or view.doc.entities[sp.entity].type != "PER" or not _agrees(view, sp.entity, wanted_gender(view, i, cue)):
        return -1
    if prev_sent < sent - 1 and any(
            m.type == "PER" and m.entity != sp.entity and not view.in_quote(m.start, view.tokens[i].start)
            for m in view.doc.mentions if view.tokens[prev_cue].stop <= m.start < view.tokens[i].start):
        return -1
    return view.doc.entities[sp.entity].mentions[0]


def introduced_person(view: DocView, i: int, cue: int) -> int:
    """The person the sentence before token ``i`` introduces as its subject, named there for the
    first time ("С ним не согласен директор института Олег Крылов. В беседе с журналистами
    эксперт заявил"): its mention, when the cue's gender agrees; else -1."""
    sent = view.tokens[i].sent
    found = set()
    for mi, m in enumerate(view.doc.mentions):
        first, stop = view.mention_tokens[mi]
        if m.type != "PER" or m.entity < 0 or first >= len(view.tokens) or view.tokens[first].sent != sent - 1:
            continue
        if view.tokens[subject_token(view.tokens, first, stop)].rel == "nsubj" and view.doc.entities[m.entity].mentions[0] == mi and not view.in_quote(m.start, view.tokens[i].start):
            found.add(mi)
    if len(found) != 1:
        return -1
    mi = found.pop()
    entity = view.doc.mentions[mi].entity
    return mi if _agrees(view, entity, wanted_gender(view, i, cue)) and expert(view, entity) else -1


def expert(view: DocView, entity: int) -> bool:
    """Whether the document gives the person a trade ("политолог") or a post in a research body
    (``data/speech_expert_bodies.txt``: "директор института"), not only a post elsewhere."""
    for r in view.doc.roles:
        if r.person_entity != entity:
            continue
        if occupation(r.role):
            return True
        if r.org and norm(r.org.split()[0]) in view.lex.expert_bodies:
            return True
    return False


def occupation(role: str) -> bool:
    """A role that is a trade ("режиссер", "капитан команды"), not a post ("министр культуры")."""
    head = norm(role.removeprefix("бывший ").removeprefix("экс-").split()[0]) if role.strip() else ""
    return any(t.kind == "occupation" for t in role_lexicon().titles.get(head, ()))


def wanted_gender(view: DocView, i: int, cue: int) -> str:
    """The gender a person the noun at ``i`` stands for must have: the cue's, else the noun's own
    when it names one sex ("женщина", ``data/speech_gendered_nouns.txt``); "" when any."""
    gender = view.feat(cue, "Gender")
    return gender if gender in ("Masc", "Fem") else view.lex.gendered.get(view.lemma[i], "").capitalize()


def _agrees(view: DocView, entity: int, want: str) -> bool:
    return want not in ("Masc", "Fem") or entity_gender(view, entity) in (want, "")


def org_named_by(view: DocView, i: int, noun: str = "") -> int:
    """The organisation named before token ``i`` whose head noun is the common noun at ``i``
    ("Институт имени Роберта Коха ... заявление института"), or ``noun`` when given; -1 when none is."""
    for mi in range(view.mention_before(view.tokens[i].start) - 1, -1, -1):
        if view.doc.mentions[mi].type != "ORG":
            continue
        first, stop = view.mention_tokens[mi]
        head = next((k for k in range(first, stop) if view.tokens[k].pos in ("NOUN", "PROPN")), -1)
        if head >= 0 and view.lemma[head] == (noun or view.lemma[i]) \
                and (noun or _adjectives_agree(view, i, first, head)):
            return mi
        intro = first - 1       # "группа U2 ... по словам группы": the noun that introduced the name
        while intro > 0 and view.low[intro] in OPENERS:
            intro -= 1
        if not noun and intro >= 0 and view.mention_of[intro] < 0 and view.lemma[intro] == view.lemma[i] \
                and view.lemma[i] in role_lexicon().orgnouns and view.org_named_after(i, len(view.tokens)) < 0 \
                and _adjectives_agree(view, i, intro, intro + 1):
            return mi           # not "сообщает телеканал The Florida Channel" after "телеканал Fox 10"
    return -1


def _adjectives_agree(view: DocView, i: int, first: int, head: int) -> bool:
    """"следственного управления" is not the "Духовное управление" named before: an adjective
    before the noun at ``i`` must be among the named organisation's own."""
    k = i - 1
    mine = set()
    while k >= 0 and view.tokens[k].pos == "ADJ" and view.mention_of[k] < 0:
        mine.add(view.lemma[k])
        k -= 1
    return not mine or bool(mine & {view.lemma[j] for j in range(first, head)})


def nearest_org(view: DocView, before: int, avoid: tuple[int, int] = (0, 0), noun: str = "") -> int:
    """The ORG mention nearest before char ``before``, outside ``avoid`` and not a medium (-1 when
    none); for a coreferring ``noun`` ("министерство"), the nearest one whose name fits it first."""
    found = [mi for mi in range(len(view.doc.mentions) - 1, -1, -1) if _org_before(view, mi, before, avoid)]
    starts = view.lex.coref_kinds.get(noun, ())
    fitting = [mi for mi in found if starts and _name_fits(view, mi, starts)]
    return (fitting or found or [-1])[0]


def _org_before(view: DocView, mi: int, before: int, avoid: tuple[int, int]) -> bool:
    m = view.doc.mentions[mi]
    return m.stop <= before and m.type == "ORG" and not avoid[0] <= m.start < avoid[1] \
        and not view.is_media_name(m.text) and m.text.lower() != "сми" and not view.is_platform(mi)


def _name_fits(view: DocView, mi: int, starts: tuple[str, ...]) -> bool:
    m = view.doc.mentions[mi]
    names = {(m.normal or m.text).lower(), m.text.lower()}
    if 0 <= m.entity < len(view.doc.entities):
        names.add(view.doc.entities[m.entity].name.lower())
    return any(name.startswith(starts) for name in names)
