"""Roles: the titles and positions a text gives its people.

    >>> doc = svodka.analyze("Глава МИД Руслан Казакбаев прибыл в Бишкек.")
    >>> [(r.person, r.role, r.org) for r in extract_roles(doc).roles]
    [('Руслан Казакбаев', 'глава', 'МИД')]

Patterns, each a ``rule`` on the Role it gives:

- ``apposition``: a title phrase right before a name, in the same case
  ("первого президента Казахстана Нурсултана Назарбаева"); titles joined by
  "и", a comma or nothing all go to the name ("премьер-министр Армении и
  председатель ОДКБ X", "депутат Госдумы, член комитета X", "представитель
  армии полковник X"); a genitive name is the title's complement, not its
  holder ("адвокат Иванова Пётр Сидоров" gives the title to Сидоров);
- ``apposition:after``: a name, then a comma, dash or bracket, then a title,
  then more titles joined by "и" or a comma;
- ``list``: a plural title, then its names ("пианисты X, Y и Z");
- ``predicate``: "назначен министром", "занимает пост министра", "стал главой";
- ``verb``: "X возглавляет МИД", "X, возглавляющий МИД" -> глава (the object
  must be a named organisation or a noun of ``roles_orgnouns.txt``);
- ``reference``: a title with no name ("глава ГКНБ заявил"), linked only when
  exactly one named person holds that title in the document.

The place (``org``) is what the phrase names (``titles.py``); "страны" is the
country of the sentence, else the last country named, else the most named.
A title the text gives no place gets one by these guesses, each marked on the
rule: a national title (roles_national.txt) the one country of its sentence,
else of the whole doc, not counting countries that are other titles' places
(``+where:sentence``, ``+where:doc``), or the appointer's country ("президент
Казахстана назначил X премьер-министром", ``+where:appointer``); another
position the one organisation its sentence names (``+where:sentence``).

Roles are nominative and lower case.  "первый" stays in the title; "бывший"
and "экс-" give the prefix "бывший ".  Jobs (журналист, пианист) are roles too:
``titles.is_occupation`` tells them apart.  One Role per (person, role, org),
the first span kept; a role without org is dropped when the same person has
that role with an org, and a guessed place when the text gives one.
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
    every = read_phrases(view)
    view.taken = {p.org_mention for p in every if p.org_mention >= 0}
    phrases = [p for p in every if not p.plural]
    found: list[tuple[Phrase, int, str]] = []      # (phrase, PER mention, rule)
    used: set[int] = set()
    for rule, finder in (("apposition", find_before), ("apposition:after", find_after),
                         ("predicate", find_predicates)):
        for pi, mi in finder(view, phrases, used):
            used.add(pi)
            found.append((phrases[pi], mi, rule))
    found += [(p, mi, "list") for p in every if p.plural for mi in find_list(view, p)]
    roles = [make_role(view, phrase, mi, rule) for phrase, mi, rule in found]
    inherit_country(view, found, roles)
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
        if mi >= 0 and complement_name(view, p, mi):      # "адвокат Иванова Пётр Сидоров"
            mi = view.mention_at(view.mention_tokens[mi][1], ("PER",))
        if mi < 0 or relative_before(view, phrases[chain[0]] if chain else p):
            chain.append(pi)
            continue
        name = view.mention_tokens[mi][0]
        if not (p.acting or agree(view, p.anchor, name)):
            inner = read_phrase(view, p.inner) if p.inner >= 0 else None
            if inner is not None and inner.stop == p.stop and agree(view, inner.head, name):
                phrases.append(inner)       # "пресс-секретаря президента Владимира Путина"
                out.append((len(phrases) - 1, mi))
            chain = []
            continue
        out += [(qi, mi) for qi in chain + [pi] if phrases[qi].acting or agree(view, phrases[qi].anchor, name)]
        chain = []
    return out


def complement_name(view: View, p: Phrase, mi: int) -> bool:
    """The name is the title's complement, not its holder: "помощник Хиллари Клинтон по делам
    Европы", "адвокат Иванова заявил" (the parser reads the name as a genitive dependent)."""
    first, stop = view.mention_tokens[mi]
    if p.relational and stop < len(view.tokens) and norm(view.tokens[stop].text) == "по":
        return True
    name, title = view.tokens[first], view.tokens[p.anchor]
    return name.feats.get("Case") == "Gen" and title.feats.get("Case") not in ("Gen", None) \
        and name.rel == "nmod" and p.first <= name.head < p.stop


def relative_before(view: View, p: Phrase) -> bool:
    """"дочь президента Иванка Трамп": the name is the relative's, not the title holder's.
    When the title agrees with the kin word ("его жены, певицы Анны") it is the name's."""
    k = p.first - 1
    if k >= 0 and view.tokens[k].text == ",":
        return False
    return k >= 0 and view.tokens[k].sent == view.tokens[p.first].sent \
        and view.tokens[k].lemma in lexicon().relations \
        and view.tokens[k].feats.get("Case") != view.tokens[p.anchor].feats.get("Case")


def joined(view: View, a: Phrase, b: Phrase, after: bool = False) -> bool:
    """Two titles of one person: "премьер-министр Армении и председатель ОДКБ", "глава
    комитета, сенатор", "представитель армии полковник"; after a name any two joined by "и"."""
    if b.first == a.stop:
        return a.org_mention >= 0 or a.org_text != "" or a.refers != ""
    if b.first != a.stop + 1 or norm(view.tokens[a.stop].text) not in ("и", ","):
        return False
    return (after and view.tokens[a.stop].text == "и") or a.kind == b.kind == "occupation" \
        or a.org_mention >= 0 or bool(a.refers) or bool(a.org_text) or a.role.count(" ") > 0


def find_after(view: View, phrases: list[Phrase], used: set) -> list[tuple[int, int]]:
    """"Name, title," / "Name — title" / "Name (title)"; then "и title" for the same name."""
    out, last = [], None
    for pi, p in enumerate(phrases):
        if pi in used:
            last = None
            continue
        k = p.first - 1
        mi = view.mention_ending(k - 1) if k > 0 and view.tokens[k].text in SEPARATORS else -1
        if mi >= 0 and (p.acting or agree(view, p.anchor, view.mention_tokens[mi][0])):
            out.append((pi, mi))
            last = (p, mi)
        elif last and joined(view, last[0], p, after=True) and agree(view, p.anchor, last[0].anchor):
            out.append((pi, last[1]))
            last = (p, last[1])
        else:
            last = None
    return out


def find_list(view: View, p: Phrase) -> list[int]:
    """"музыканты Иван Орлов, Пётр Сидоров и Анна Белова": a plural title, then its names."""
    names, k = [], p.stop
    end = view.sent_stop[p.head] if p.head < len(view.tokens) else 0
    while k < end:
        mi = view.mention_at(k, ("PER",))
        if mi < 0 or not agree(view, p.anchor, k):
            break
        names.append(mi)
        k = skip_brackets(view, view.mention_tokens[mi][1], end)
        if k < end and view.tokens[k].text == ",":
            k += 1
        if k < end and norm(view.tokens[k].text) == "и":
            k += 1
    return names if len(names) > 1 else []


def skip_brackets(view: View, k: int, end: int) -> int:
    """The token after a bracketed aside starting at ``k`` ("Иван Орлов (группа «Вега»)")."""
    if k < end and view.tokens[k].text == "(":
        while k < end and view.tokens[k].text != ")":
            k += 1
        return k + 1
    return k


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
            if kind == "appoint":
                view.appointers[id(p)] = max([person_of(view, j) for j in children(view, verb, SUBJECTS)],
                                             default=-1)
    return out


def inherit_country(view: View, found: list, roles: list[Role]) -> None:
    """"Президент Казахстана назначил X премьер-министром": a national title given by an
    appointment takes the appointer's country when the text gives it none."""
    for (phrase, _, _), role in zip(found, roles):
        appointer = view.appointers.get(id(phrase), -1)
        if role.org or appointer < 0 or role.role.removeprefix("бывший ") not in lexicon().national:
            continue
        entity = view.doc.mentions[appointer].entity
        for other in roles:
            if other.person_entity == entity >= 0 and other.org_entity in country_entities(view):
                role.org, role.org_entity, role.rule = other.org, other.org_entity, role.rule + "+where:appointer"
                break


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
        if kind != "head" or negated(view, k) or token.feats.get("VerbForm") == "Inf":
            continue
        objects = [j for j in children(view, k, ("obj", "obl", "iobj"))
                   if tokens[j].pos in ("NOUN", "PROPN") and not children(view, j, ("case",))
                   and (is_named(view, j) or norm(tokens[j].lemma) in lex.orgnouns)]
        mi = subject_of(view, k, "predicate")
        if not objects or mi < 0:
            continue
        org, org_entity, (start, stop) = object_name(view, objects[0])
        start, stop = min(start, token.start), max(stop, token.stop)
        out.append(Role(-1, "", role, start, stop, org, org_entity, rule="verb"))
        fill_person(view, out[-1], mi)
    return out


def is_named(view: View, k: int) -> bool:
    mi = view.mention_of[k]
    return mi >= 0 and view.doc.mentions[mi].type in ("ORG", "LOC")


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
    if view.countries is None:
        countries = lexicon().countries
        view.countries = {i: e.name for i, e in enumerate(view.doc.entities)
                          if e.type == "LOC" and norm(e.name) in countries}
    return view.countries


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


def free_countries(view: View, start: int = 0, stop: int | None = None) -> dict:
    """Countries named between ``start`` and ``stop``: canonical name -> the doc's entity most
    named for it ("Британия", "Великобритания" are one), leaving out mentions that are another
    title's place ("премьер-министром Турции" does not make Турция the sentence's)."""
    countries, canonical = country_entities(view), lexicon().countries
    stop = len(view.doc.text) if stop is None else stop
    counts = Counter(m.entity for mi, m in enumerate(view.doc.mentions)
                     if m.entity in countries and start <= m.start < stop and mi not in view.taken)
    named: dict[str, int] = {}
    for entity, _ in counts.most_common():
        named.setdefault(canonical[norm(countries[entity])], entity)
    return named


def national_country(view: View, token: int) -> tuple[str, int, str]:
    """The country of a national title given without one: the one country its sentence names
    ("В Грузии ... президент Михаил Саакашвили"), else the one country the whole doc names;
    nothing when there are none or several.  Returns (name, entity, where it came from)."""
    if not view.doc.sentences:
        return "", -1, ""
    sentence = view.doc.sentences[view.tokens[token].sent]
    for named, source in ((free_countries(view, sentence.start, sentence.stop), "sentence"),
                          (free_countries(view), "doc")):
        if len(named) == 1:
            (entity,) = named.values()
            return country_entities(view)[entity], entity, source
        if named:
            break
    return "", -1, ""


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
    elif phrase.role.removeprefix("бывший ") in lexicon().national:
        org, org_entity, source = national_country(view, phrase.head)
        rule += f"+where:{source}" if org else ""
    elif phrase.kind == "position":
        org, org_entity = sentence_org(view, phrase)
        rule += "+where:sentence" if org else ""
    role = Role(-1, "", phrase.role, start, stop, org, org_entity, rule=rule)
    if mi >= 0:
        fill_person(view, role, mi)
    role.text = view.doc.text[start:stop]
    return role


def sentence_org(view: View, phrase: Phrase) -> tuple[str, int]:
    """The one organisation its sentence names, for a position given without one ("В Сенате,
    где ..., спикер Гарри Рид"); none when the sentence names several or none."""
    sentence = view.doc.sentences[view.tokens[phrase.head].sent] if view.doc.sentences else None
    if sentence is None:
        return "", -1
    named = {view.doc.mentions[mi].entity: mi for mi in range(len(view.doc.mentions))
             if view.doc.mentions[mi].type == "ORG" and mi not in view.taken
             and sentence.start <= view.doc.mentions[mi].start < sentence.stop
             and not owned(view, mi, phrase)}
    if len(named) != 1:
        return "", -1
    return org_name(view, named.popitem()[1])


def owned(view: View, mi: int, phrase: Phrase) -> bool:
    """Whether a mention depends on a common noun other than the title ("роспуск Думы")."""
    first, stop = view.mention_tokens.get(mi, (0, 0))
    for k in range(first, stop):
        head = view.tokens[k].head
        if not first <= head < stop:
            return view.tokens[k].rel == "nmod" and head >= 0 and view.tokens[head].pos == "NOUN" \
                and not phrase.first <= head < phrase.stop
    return False


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
    """One Role per (person, role, org), the first in the text; drop org-less duplicates, and
    roles whose place was only guessed ("+where:") when the text gives that person's title one."""
    roles = sorted(roles, key=lambda r: (r.start, r.stop))
    seen, out = set(), []
    for r in roles:
        key = (r.person_entity, r.person, r.role, r.org)
        if key not in seen:
            seen.add(key)
            out.append(r)
    with_org = {(r.person_entity, r.person, r.role) for r in out if r.org}
    given = {(r.person_entity, r.person, r.role) for r in out if r.org and "+where:" not in r.rule}
    return [r for r in out if (r.org or (r.person_entity, r.person, r.role) not in with_org)
            and ("+where:" not in r.rule or (r.person_entity, r.person, r.role) not in given)]
