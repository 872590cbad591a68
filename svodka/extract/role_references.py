"""Roles a text gives by reference: a title with no name beside it ("глава ГКНБ заявил",
"Премьер-министр Израиля заявил"), linked to the one person who holds it in the document, or
to the person who is the subject of the title's own or an adjacent sentence; and the helpers
that turn a title phrase into a ``Role``.
"""
from __future__ import annotations

from ..records import Role
from .role_places import place_of
from .syntax import SUBJECT_RELS, subject_token
from .titles import Phrase, View, lexicon



def relative_before(view: View, p: Phrase) -> bool:
    """"дочь президента Иванка Трамп": the name is the relative's, not the title holder's.
    When the title agrees with the kin word in case and gender ("его жены, певицы Анны") it is
    the name's; "мужа журналистки Андрея Ждановича" is the husband's name."""
    k = p.first - 1
    if k >= 0 and view.tokens[k].text == ",":
        return False
    if not (k >= 0 and view.tokens[k].sent == view.tokens[p.first].sent
            and view.tokens[k].lemma in lexicon().relations):
        return False
    kin, title = view.tokens[k].feats, view.tokens[p.anchor].feats
    genders = {kin.get("Gender"), title.get("Gender")}
    return kin.get("Case") != title.get("Case") or genders == {"Masc", "Fem"}    # "мужа журналистки Андрея"


def make_role(view: View, phrase: Phrase, mi: int, rule: str) -> Role:
    tokens = view.tokens
    start, stop = tokens[phrase.first].start, tokens[phrase.stop - 1].stop
    org, org_entity, guessed = place_of(view, phrase)
    role = Role(-1, "", phrase.role, start, stop, org, org_entity, rule=rule + guessed)
    if mi >= 0:
        fill_person(view, role, mi)
    role.text = view.doc.text[start:stop]
    return role


def fill_person(view: View, role: Role, mi: int) -> None:
    m = view.doc.mentions[mi]
    role.person_entity = m.entity
    role.person = view.doc.entities[m.entity].name if 0 <= m.entity < len(view.doc.entities) \
        else (m.normal or m.text)
    role.text = role.text or view.doc.text[role.start:role.stop]


def find_references(view: View, phrases: list[Phrase], named: list[Role]) -> list[Role]:
    """Titles without a name ("глава ГКНБ заявил"), linked when one named person holds that title."""
    out = []
    for phrase in phrases:
        before = view.tokens[phrase.first - 1] if phrase.first > 0 else None
        if before is not None and (before.pos == "NUM" or relative_before(view, phrase)):
            continue        # "134 журналиста", "дочь основателя партии"
        ref = make_role(view, phrase, -1, "reference")
        holders = {(r.person_entity, r.person) for r in named if r.role == ref.role}
        if not holders and ref.org and phrase.kind == "position":
            mi = nearby_subject(view, phrase, named)
            if mi >= 0:
                fill_person(view, ref, mi)
                ref.rule = "reference:nearby"
                out.append(ref)
            continue
        if len(holders) != 1:
            continue
        orgs = {r.org for r in named if r.role == ref.role}
        if ref.org and orgs - {"", ref.org}:
            continue
        person_entity, person = holders.pop()
        ref.person_entity, ref.person = person_entity, person
        out.append(ref)
    return out


def nearby_subject(view: View, phrase: Phrase, named: list[Role]) -> int:
    """"Премьер-министр Израиля заявил ..." with nobody holding that title: the person who is
    the subject of this sentence or of the one before or after ("Беньямин Нетаньяху отказался
    ..."), the nearest such person, and only when that person holds no title with a place, agrees with
    the title's verb in gender and is not the subject of another verb in the title's sentence;
    -1 otherwise."""
    head = view.tokens[phrase.head]
    if head.pos not in ("NOUN", "PROPN") or head.rel not in SUBJECT_RELS:
        return -1                       # the title is a subject; not "управлять страной" as "управляющий"
    sent = head.sent
    busy = {r.person_entity for r in named if r.org}
    verb = view.tokens[head.head] if 0 <= head.head < len(view.tokens) else None
    gender = verb.feats.get("Gender", "") if verb is not None else ""
    found = []
    for mi, (first, stop) in view.mention_tokens.items():
        m = view.doc.mentions[mi]
        if m.type != "PER" or m.entity < 0 or abs(view.tokens[first].sent - sent) > 1:
            continue
        k = subject_token(view.tokens, first, stop)
        if view.tokens[k].rel in SUBJECT_RELS:
            found.append((abs(first - phrase.first), mi, k))
    if not found:
        return -1
    _, mi, k = min(found)
    if view.doc.mentions[mi].entity in busy:
        return -1
    if gender in ("Masc", "Fem") and view.tokens[k].feats.get("Gender") not in (gender, None, ""):
        return -1                       # "Председатель комиссии заявила": not Олег Смирнов
    if head.rel in SUBJECT_RELS and view.tokens[k].sent == sent and view.tokens[k].head != head.head:
        return -1                       # "Ожидается, что Керри задаст вопрос, как глава подполья мог ..."
    host = view.tokens[k].head
    if view.tokens[k].sent == sent + 1 and 0 <= host < len(view.tokens) and view.tokens[host].pos not in ("VERB", "AUX"):
        return -1                       # "..., сказал министр Латвии. Франк Мюллер – лучшая иллюстрация":
    return mi                           # the next sentence says what he is, not that he acts
