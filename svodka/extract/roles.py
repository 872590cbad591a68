"""Roles: the titles and positions a text gives its people.

    >>> doc = svodka.analyze("Глава МИД Руслан Казакбаев прибыл в Бишкек.")
    >>> [(r.person, r.role, r.org) for r in extract_roles(doc).roles]
    [('Руслан Казакбаев', 'глава', 'МИД')]

Patterns, each a ``rule`` on the Role it gives:

- ``apposition``: a title phrase right before a name, in the same case
  ("первого президента Казахстана Нурсултана Назарбаева"); titles joined by
  "и" all go to the name ("премьер-министр Армении и председатель ОДКБ X");
- ``apposition:after``: a name, then a comma, dash or bracket, then a title;
- ``predicate``: "назначен министром", "занимает пост министра", "стал главой";
- ``verb``: "X возглавляет МИД", "X, возглавляющий МИД" -> глава;
- ``reference``: a title with no name ("глава ГКНБ заявил"), linked only when
  exactly one named person holds that title in the document.

Roles are nominative and lower case.  "первый" stays in the title; "бывший"
and "экс-" give the prefix "бывший ".  Jobs (журналист, пианист) are roles too:
``titles.is_occupation`` tells them apart.  "страны" after a title resolves to
the country of the sentence, else the last country named, else the most named.
One Role per (person, role, org), the first span kept; a role without org is
dropped when the same person has that role with an org.
"""
from __future__ import annotations

from collections import Counter

from ..annotate import morph
from ..records import Doc, Role
from .titles import Phrase, View, lexicon, norm, read_phrase, read_phrases

SUBJECTS = ("nsubj", "nsubj:pass")
SEPARATORS = (",", "—", "–", "-", "(")       # "Name, title", "Name — title", "Name (title)"


def extract_roles(doc: Doc) -> Doc:
    """Set ``doc.roles`` from the annotated, resolved ``doc``."""
    doc.roles = find_roles(doc)
    return doc


def find_roles(doc: Doc) -> list[Role]:
    """The roles of ``doc``'s people, deduplicated, in text order."""
    if not doc.tokens:
        return []
    view = View(doc)
    phrases = [p for p in read_phrases(view) if not p.plural]
    found: list[tuple[Phrase, int, str]] = []      # (phrase, PER mention, rule)
    used: set[int] = set()
    for rule, finder in (("apposition", find_before), ("apposition:after", find_after),
                         ("predicate", find_predicates)):
        for pi, mi in finder(view, phrases, used):
            used.add(pi)
            found.append((phrases[pi], mi, rule))
    roles = [make_role(view, phrase, mi, rule) for phrase, mi, rule in found]
    roles += find_verbs(view)
    roles += find_references(view, [p for i, p in enumerate(phrases) if i not in used], roles)
    return dedupe(roles)


def agree(view: View, a: int, b: int) -> bool:
    """Whether tokens ``a`` and ``b`` can stand in the same case."""
    ta, tb = view.tokens[a], view.tokens[b]
    ca, cb = ta.feats.get("Case"), tb.feats.get("Case")
    if not ca or not cb or ca == cb:
        return True
    return any(p.case == ca for p in morph.parses(tb.text) if norm(p.normal) == tb.lemma) \
        or any(p.case == cb for p in morph.parses(ta.text) if norm(p.normal) == ta.lemma)


def find_before(view: View, phrases: list[Phrase], used: set) -> list[tuple[int, int]]:
    """Title phrases right before a name; a chain "T1 и T2 Name" gives both."""
    out, chain = [], []
    for pi, p in enumerate(list(phrases)):
        if chain and not joined(view, phrases[chain[-1]], p):
            chain = []
        mi = view.mention_at(p.stop, ("PER",))
        if mi < 0 or relative_before(view, p):
            chain.append(pi)
            continue
        name = view.mention_tokens[mi][0]
        if not (p.acting or agree(view, p.head, name)):
            inner = read_phrase(view, p.inner) if p.inner >= 0 else None
            if inner is not None and inner.stop == p.stop and agree(view, inner.head, name):
                phrases.append(inner)       # "пресс-секретаря президента Владимира Путина"
                out.append((len(phrases) - 1, mi))
            chain = []
            continue
        out += [(qi, mi) for qi in chain + [pi] if phrases[qi].acting or agree(view, phrases[qi].head, name)]
        chain = []
    return out


def relative_before(view: View, p: Phrase) -> bool:
    """"дочь президента Иванка Трамп": the name is the relative's, not the title holder's."""
    k = p.first - 1
    return k >= 0 and view.tokens[k].sent == view.tokens[p.first].sent \
        and view.tokens[k].lemma in lexicon().relations


def joined(view: View, a: Phrase, b: Phrase) -> bool:
    """``a`` и ``b``: two titles of one person ("премьер-министр Армении и председатель ОДКБ")."""
    return b.first == a.stop + 1 and norm(view.tokens[a.stop].text) == "и" \
        and (a.org_mention >= 0 or a.refers or a.role.count(" ") > 0)


def find_after(view: View, phrases: list[Phrase], used: set) -> list[tuple[int, int]]:
    """"Name, title," / "Name — title" / "Name (title)"; then "и title" for the same name."""
    out, last = [], None
    for pi, p in enumerate(phrases):
        if pi in used:
            last = None
            continue
        k = p.first - 1
        mi = view.mention_ending(k - 1) if k > 0 and view.tokens[k].text in SEPARATORS else -1
        if mi >= 0 and agree(view, p.head, view.mention_tokens[mi][0]):
            out.append((pi, mi))
            last = (p, mi)
        elif last and joined(view, last[0], p) and agree(view, p.head, last[0].head):
            out.append((pi, last[1]))
            last = (p, last[1])
        else:
            last = None
    return out


def person_of(view: View, k: int) -> int:
    """The PER mention of token ``k``, or of a name in apposition to it ("министр Иванов")."""
    if k < 0:
        return -1
    mi = view.mention_of[k]
    if mi >= 0 and view.doc.mentions[mi].type == "PER":
        return mi
    for j in children(view, k, ("appos", "flat:name")):
        mi = view.mention_of[j]
        if mi >= 0 and view.doc.mentions[mi].type == "PER":
            return mi
    return -1


def children(view: View, k: int, rels: tuple) -> list[int]:
    return [j for j in view.kids[k] if view.tokens[j].rel in rels]


def negated(view: View, k: int) -> bool:
    return any(norm(view.tokens[j].text) == "не" for j in view.kids[k])


def find_predicates(view: View, phrases: list[Phrase], used: set) -> list[tuple[int, int]]:
    """"назначен министром", "занимает пост министра", "был избран председателем"."""
    lex, tokens, out = lexicon(), view.tokens, []
    for pi, p in enumerate(phrases):
        if pi in used:
            continue
        anchor = p.head
        parent = tokens[anchor].head
        if parent >= 0 and norm(tokens[parent].lemma) in lex.posts:
            anchor = parent
        elif tokens[anchor].feats.get("Case") != "Ins":
            continue
        if children(view, anchor, ("cop",)):
            verb, kind = anchor, "predicate"
        else:
            verb = tokens[anchor].head
            kind = lex.verbs.get(norm(tokens[verb].lemma), ("", ""))[0] if verb >= 0 else ""
        if kind not in ("predicate", "appoint") or negated(view, verb):
            continue
        mi = subject_of(view, verb, kind)
        if mi >= 0:
            out.append((pi, mi))
    return out


def subject_of(view: View, verb: int, kind: str, depth: int = 0) -> int:
    """Who holds the role a verb gives: its object for an active "назначить", else its subject."""
    token = view.tokens[verb]
    if token.feats.get("VerbForm") == "Part" and token.rel in ("acl", "amod") and token.head >= 0:
        return person_of(view, token.head)
    active = kind == "appoint" and token.feats.get("Voice") != "Pass"
    if active and children(view, verb, ("obj",)):
        return max(person_of(view, j) for j in children(view, verb, ("obj",)))   # "назначил X министром"
    for j in children(view, verb, SUBJECTS):
        mi = person_of(view, j)
        if mi < 0 and view.tokens[j].lemma == "который":     # "Петров, который стал министром"
            mi = view.mention_ending(j - 2) if view.tokens[j - 1].text == "," else -1
            mi = mi if mi >= 0 else person_of(view, relative_head(view, verb))
        if mi >= 0:
            return mi
    if token.rel == "xcomp" and token.head >= 0 and depth < 2:     # "согласился занять пост"
        return subject_of(view, token.head, "predicate", depth + 1)
    return -1


def relative_head(view: View, k: int) -> int:
    """The noun a relative clause ("..., который стал министром") hangs on."""
    for _ in range(4):
        if k < 0 or view.tokens[k].rel == "acl:relcl":
            break
        k = view.tokens[k].head
    return view.tokens[k].head if k >= 0 else -1


def find_verbs(view: View) -> list[Role]:
    """"X возглавляет МИД", "X, возглавляющий МИД": the verb gives the title, its object the org."""
    lex, tokens, out = lexicon(), view.tokens, []
    for k, token in enumerate(tokens):
        kind, role = lex.verbs.get(token.lemma, ("", ""))
        if kind != "head" or negated(view, k):
            continue
        objects = [j for j in children(view, k, ("obj", "obl", "iobj"))
                   if tokens[j].pos in ("NOUN", "PROPN") and not children(view, j, ("case",))]
        mi = subject_of(view, k, "predicate")
        if not objects or mi < 0:
            continue
        org, org_entity, (start, stop) = object_name(view, objects[0])
        start, stop = min(start, token.start), max(stop, token.stop)
        out.append(Role(-1, "", role, start, stop, org, org_entity, rule="verb"))
        fill_person(view, out[-1], mi)
    return out


def object_name(view: View, k: int) -> tuple[str, int, tuple[int, int]]:
    """The organisation a verb's object names: (name, entity, span)."""
    mi = view.mention_of[k]
    if mi >= 0 and view.doc.mentions[mi].type in ("ORG", "LOC"):
        m = view.doc.mentions[mi]
        return org_name(view, mi) + ((m.start, m.stop),)
    token, words, j = view.tokens[k], [], k + 1
    while j < view.sent_stop[k] and view.tokens[j].feats.get("Case") == "Gen" \
            and view.tokens[j].pos in ("NOUN", "ADJ", "PROPN") and len(words) < 4:
        words.append(view.tokens[j].text)
        j += 1
    head = morph.nominative(token.text, token.feats.get("Case", ""), pos="NOUN") or token.lemma
    return " ".join([head] + words), -1, (token.start, view.tokens[j - 1].stop)


def org_name(view: View, mi: int) -> tuple[str, int]:
    m = view.doc.mentions[mi]
    if 0 <= m.entity < len(view.doc.entities):
        return view.doc.entities[m.entity].name, m.entity
    return (m.normal or m.text), -1


def country_entities(view: View) -> dict[int, str]:
    """Entities of the doc that are countries: entity index -> name."""
    countries = lexicon().countries
    return {i: e.name for i, e in enumerate(view.doc.entities)
            if e.type == "LOC" and norm(e.name) in countries}


def resolve_country(view: View, token: int) -> tuple[str, int]:
    """The country "страны" points at: of the sentence, else the last named, else the most named."""
    countries = country_entities(view)
    if not countries:
        return "", -1
    here = view.tokens[token]
    sentence = view.doc.sentences[here.sent] if view.doc.sentences else None
    before = [m for m in view.doc.mentions if m.entity in countries and m.start < here.start]
    inside = [m for m in before if sentence and m.start >= sentence.start]
    if inside or before:
        entity = (inside or before)[-1].entity
    else:
        counts = Counter(m.entity for m in view.doc.mentions if m.entity in countries)
        entity = counts.most_common(1)[0][0]
    return countries[entity], entity


def sentence_country(view: View, token: int) -> tuple[str, int]:
    """The one country named in the sentence of ``token``, for a national title given without
    one ("В Грузии ... президент Михаил Саакашвили"); nothing when there are none or several."""
    countries = country_entities(view)
    here = view.tokens[token]
    if not view.doc.sentences:
        return "", -1
    sentence = view.doc.sentences[here.sent]
    named = {m.entity for m in view.doc.mentions
             if m.entity in countries and sentence.start <= m.start < sentence.stop}
    if len(named) != 1:
        return "", -1
    entity = named.pop()
    return countries[entity], entity


def adjective_country(view: View, country: str) -> tuple[str, int]:
    """A country from an adjective, as the doc's own entity when it names that country."""
    countries = lexicon().countries
    for i, name in country_entities(view).items():
        if countries[norm(name)] == country:
            return name, i
    return country, -1


def make_role(view: View, phrase: Phrase, mi: int, rule: str) -> Role:
    tokens = view.tokens
    start, stop = tokens[phrase.first].start, tokens[phrase.stop - 1].stop
    org, org_entity = "", -1
    if phrase.org_mention >= 0:
        org, org_entity = org_name(view, phrase.org_mention)
    elif phrase.refers == "country":
        org, org_entity = resolve_country(view, phrase.head)
    elif phrase.country:
        org, org_entity = adjective_country(view, phrase.country)
    elif phrase.org_text:
        org = phrase.org_text
    elif phrase.role in lexicon().national:
        org, org_entity = sentence_country(view, phrase.head)
    role = Role(-1, "", phrase.role, start, stop, org, org_entity, rule=rule)
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
        ref = make_role(view, phrase, -1, "reference")
        holders = {(r.person_entity, r.person) for r in named if r.role == ref.role}
        if len(holders) != 1:
            continue
        orgs = {r.org for r in named if r.role == ref.role}
        if ref.org and orgs - {"", ref.org}:
            continue
        person_entity, person = holders.pop()
        ref.person_entity, ref.person = person_entity, person
        out.append(ref)
    return out


def dedupe(roles: list[Role]) -> list[Role]:
    """One Role per (person, role, org), the first in the text; drop org-less duplicates."""
    roles = sorted(roles, key=lambda r: (r.start, r.stop))
    seen, out = set(), []
    for r in roles:
        key = (r.person_entity, r.person, r.role, r.org)
        if key not in seen:
            seen.add(key)
            out.append(r)
    with_org = {(r.person_entity, r.person, r.role) for r in out if r.org}
    return [r for r in out if r.org or (r.person_entity, r.person, r.role) not in with_org]
