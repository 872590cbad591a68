"""Where a speech cue's subject is: the syntax's subject of the cue (or of the verb it hangs
on), a relative "который" and its antecedent, a name set off by commas beside the subject,
the phrase after the cue cut where another clause runs on, and the verb whose subject a
gerund or a conjunct shares.  ``speakers.py`` turns the words found here into a speaker.
"""
from __future__ import annotations

from ..annotate.morph import parses
from .role_lexicon import lexicon as role_lexicon
from .speech import DocView
from .syntax import SUBJECT_RELS


def appended_name(view: DocView, hi: int, b: int) -> int:
    """Where a subject after its cue ends, with a name set off by a comma at the end of the
    sentence: "сказал профессор университета в Вашингтоне, политолог Джеймс Кверк" (the
    parser hangs the apposition elsewhere), or with a name right after it: "сообщила председатель
    Еврокомиссии Урсула фон дер Ляйен"."""
    mi = view.mention_of[hi] if hi < b else -1
    if mi >= 0 and view.doc.mentions[mi].type == "PER" and view.mention_tokens[mi][0] == hi:
        return min(b, view.mention_tokens[mi][1])
    if hi + 1 >= b or view.low[hi] != ",":
        return hi
    k = hi + 1
    while k < b and view.mention_of[k] < 0 and view.tokens[k].pos in ("NOUN", "ADJ"):
        k += 1
    mi = view.mention_of[k] if k < b else -1
    if mi < 0 or view.doc.mentions[mi].type != "PER":
        return hi
    end = view.mention_tokens[mi][1]
    return end if end >= b or view.low[end] in (".", "!", "?", ",") else hi


def inserted_name(view: DocView, hi: int, first: int) -> int:
    """The person named in an apposition between a described subject and its cue: "Один
    республиканец, член палаты представителей Мо Брукс, сказал" (-1 when there is none)."""
    if hi >= first - 2 or view.low[hi] != "," or view.low[first - 1] != ",":
        return -1
    people = {view.mention_of[k] for k in range(hi + 1, first - 1) if view.mention_of[k] >= 0
              and view.doc.mentions[view.mention_of[k]].type == "PER"}
    plain = all(view.mention_of[k] >= 0 or view.tokens[k].pos in ("NOUN", "ADJ", "PROPN")
                for k in range(hi + 1, first - 1))
    return people.pop() if len(people) == 1 and plain else -1


def trailing_name(view: DocView, subj: int, hi: int, first: int) -> int:
    """The person named right before the cue when the parser cut a long described subject short
    and hung the name elsewhere: "Главный переговорщик Лондона в диалоге с Брюсселем Дэвид Дэвис
    объявил" (-1 when there is none)."""
    mi = view.mention_of[first - 1] if first > 0 else -1
    if mi < 0 or view.doc.mentions[mi].type != "PER" or view.tokens[subj].pos != "NOUN" \
            or view.mention_of[subj] >= 0:
        return -1
    start, stop = view.mention_tokens[mi]
    if stop != first or start < hi or any(view.feat(k, "Case") not in ("Nom", "") for k in range(start, stop)):
        return -1
    between = range(subj + 1, start)
    if any(view.low[k] in (".", ";", ":", "«", "»", "—", "–") or view.feat(k, "VerbForm") == "Fin" for k in between):
        return -1
    return mi


CLAUSE_OPENERS = frozenset({"что", "чтобы", "если", "когда", "хотя", "поскольку", "потому"})


def inner_subject(view: DocView, subj: int, first: int) -> bool:
    """Whether a clause opens between ``subj`` and the cue ("..., что") and names a subject of
    its own that no verb before the cue takes: the cue belongs to that clause, not to ``subj``."""
    for k in range(subj + 1, first):
        if view.low[k] in CLAUSE_OPENERS and view.low[k - 1] == ",":
            for m in range(k + 1, first):
                if view.tokens[m].pos in ("NOUN", "PROPN") and view.feat(m, "Case") == "Nom" \
                        and not any(view.feat(v, "VerbForm") == "Fin" for v in range(m, first)):
                    return True
    return False


def own_phrase(view: DocView, last: int, right: tuple[int, int]) -> tuple[int, int]:
    """The phrase after a cue, cut where another sentence runs on after a dropped link:
    at a capitalised common word inside it ("сообщает пресс-служба в Ранее ..."), or before
    all of it when a finite verb follows ("сообщает Жители района перекрыли ...")."""
    lo, hi = right
    for j in range(lo, hi):
        t = view.tokens[j]
        if t.pos in ("VERB", "AUX") and view.feat(j, "VerbForm") == "Fin" \
                and any(p.pos in ("VERB", "AUX") for p in parses(t.text)):     # not "украинка" tagged VERB
            return lo, lo                   # what comes before it is its subject
        if j > lo and t.text[:1].isupper() and not t.text.isupper() and t.pos not in ("PROPN", "X") \
                and view.mention_of[j] < 0 and view.low[j - 1] not in ("«", "\"", "„", "“"):
            return lo, j                # (a quoted name opens with a capital: "ФБА «Экономика сегодня»")
    return right


def syntax_subject(view: DocView, first: int, last: int) -> int:
    """The nsubj of the cue (or of the verb it hangs on: conj, gerund) that agrees
    with it in number; -1 when none.  "X, который заявил": X."""
    tokens = view.tokens
    verbs = [first, last]
    if tokens[first].rel in ("conj", "xcomp") or view.feat(first, "VerbForm") == "Conv":
        if 0 <= tokens[first].head < len(tokens):
            verbs.append(tokens[first].head)
    for verb in verbs:
        subjects = [c for c in view.children(verb) if tokens[c].rel in SUBJECT_RELS]
        # two subjects ("кандидат ... Митт Ромни"): the one a person's name starts
        subjects.sort(key=lambda c: (view.mention_of[c] >= 0 and view.is_platform(view.mention_of[c]),
                                     not _names_person(view, c)))     # "В микроблоге Twitter политик"
        for c in subjects[:1]:
            if view.lemma[c] == "который":
                head = tokens[verb].head if tokens[verb].rel == "acl:relcl" else -1
                if head >= 0 and _agree(view, c, head):
                    return head
                antecedent = relative_antecedent(view, c)   # "слова Путина, который сказал": Путина
                return antecedent if antecedent != c or head < 0 else head
            number, verb_number = view.feat(c, "Number"), view.feat(verb, "Number")
            if number and verb_number and number != verb_number and view.mention_of[c] < 0:
                return -1
            if verb not in (first, last) and not can_speak(view, c):
                return -1               # "Теперь предстоит трудная работа, написал X ... и заверил"
            return c
    return -1


def can_speak(view: DocView, c: int) -> bool:
    """Whether the subject at token ``c`` can be a speaker: a name, a person, or a noun for an
    organisation, a body, a medium or a document ("работа" cannot)."""
    if view.mention_of[c] >= 0 or view.tokens[c].pos != "NOUN" or view.feat(c, "Animacy") != "Inan":
        return True
    lex, lemma = view.lex, view.lemma[c]
    return lemma in lex.coref or lemma in lex.bodies or lemma in lex.documents or view.medium_noun(c) \
        or lemma in role_lexicon().orgnouns or lemma in SPEAKING_THINGS


SPEAKING_THINGS = frozenset({"власть", "источник", "сми", "сторона"})


def _names_person(view: DocView, c: int) -> bool:
    """Whether token ``c`` is a person's name, or a noun with one in apposition ("экономист
    Борис Пивовар"): that subject wins over an organisation tagged as one ("рассказал ФБА")."""
    for k in [c] + [d for d in view.children(c) if view.tokens[d].rel == "appos"]:
        mi = view.mention_of[k]
        if mi >= 0 and view.doc.mentions[mi].type == "PER":
            return True
    return False


def relative_subject(view: DocView, first: int, a: int) -> int:
    """", который в интервью телеканалу Sky News сообщил" parsed with "который" as no subject:
    the word before the comma, when "который" is nominative, agrees with the cue and no other
    verb stands between them (-1 if not)."""
    for k in range(first - 1, a, -1):
        if view.tokens[k].pos in ("VERB", "AUX") and view.feat(k, "VerbForm") == "Fin":
            return -1
        if view.lemma[k] == "который":
            agrees = all(view.feat(k, f) in (view.feat(first, f), "") for f in ("Number", "Gender"))
            if view.feat(k, "Case") == "Nom" and agrees and view.low[k - 1] == ",":
                antecedent = relative_antecedent(view, k)
                return antecedent if antecedent != k else -1
            return -1
    return -1


def _agree(view: DocView, k: int, noun: int) -> bool:
    """Whether "который" at ``k`` agrees with ``noun`` in number (and, singular, in gender)."""
    number, gender = view.feat(k, "Number"), view.feat(k, "Gender")
    if number and view.feat(noun, "Number") and number != view.feat(noun, "Number"):
        return False
    return not (number == "Sing" and gender and view.feat(noun, "Gender") and gender != view.feat(noun, "Gender"))


def relative_antecedent(view: DocView, k: int) -> int:
    """The word "который" at token ``k`` refers to: the word before its comma, past a bracketed
    aside and closing quotes (``k`` itself when there is none)."""
    j = k - 1
    if j < 1 or view.low[j] != ",":
        return k
    j -= 1
    if view.low[j] == ")":              # "газета «Нью-Йорк таймс» (NYT), которая": before the aside
        while j > 0 and view.low[j] != "(":
            j -= 1
        j -= 1
    while j > 0 and view.low[j] in ("»", "\"", "“"):
        j -= 1
    return j if j >= 0 and view.tokens[j].pos in ("NOUN", "PROPN") else k


# --- a subject the cue shares with another verb ---------------------------------


COORDINATORS = frozenset({"и", "а", "но", "также", "затем", "потом"})


def host_verb(view: DocView, first: int, lo: int, a: int) -> int:
    """The verb whose subject the cue shares (-1 when none): the verb a gerund or a
    conjunct hangs on, the verb of the noun a "в котором" clause qualifies."""
    tokens = view.tokens
    rel = next((k for k in range(lo, first) if view.lemma[k] == "который"), -1)
    if rel >= 0:
        if view.feat(rel, "Case") == "Nom":
            return -1
        noun = rel - 2 if rel - 2 > a and view.low[rel - 1] in ("в", "во") and view.low[rel - 2] == "," else -1
        if noun < 0 or noun - 1 < a:
            return -1
        return _verb_before(view, noun, a, "")
    joined = first > a and (view.low[first - 1] in COORDINATORS
                            or (first - 1 > a and view.tokens[first - 1].pos == "ADV"
                                and view.low[first - 2] in COORDINATORS))
    if view.feat(first, "VerbForm") == "Conv" or joined or tokens[first].rel == "conj":
        near = _verb_before(view, first, a, view.feat(first, "Gender"))
        head = tokens[first].head
        if near < 0 and 0 <= head < first and tokens[head].pos in ("VERB", "AUX") \
                and view.feat(head, "VerbForm") == "Fin":
            return head
        return near
    return -1


def _verb_before(view: DocView, i: int, a: int, gender: str) -> int:
    """The nearest main-clause finite verb before token ``i`` that agrees in gender (-1 if none)."""
    for k in range(i - 1, a - 1, -1):
        t = view.tokens[k]
        if view.in_quote(t.start, view.tokens[i].start):
            continue
        if t.pos in ("VERB", "AUX") and view.feat(k, "VerbForm") == "Fin":
            if t.rel not in ("root", "conj", "parataxis"):
                continue
            g = view.feat(k, "Gender")
            return k if not gender or not g or g == gender else -1
    return -1
