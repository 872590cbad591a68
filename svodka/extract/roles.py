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
  exactly one named person holds that title in the document;
  ``reference:nearby``: a title with a place used as a subject that nobody holds
  ("Премьер-министр Израиля заявил"), linked to the subject person of its own or an
  adjacent sentence (``role_references.py``).

The place (``org``) is chosen in ``role_places.py``: what the phrase names,
else a guess marked on the rule ("+where:sentence", "+where:doc", ...).

A title with no place is kept ("президент Садыр Жапаров", "журналист X"):
factRuEval annotates only jobs held in an organisation, but NEREL annotates
them without one (223 of its 382 dev facts), as the seed does, so this is a
corpus convention, not a rule of news role facts.

Roles are nominative and lower case; "бывший" and "экс-" give "бывший ".
``titles.is_occupation`` tells jobs (журналист) from positions.  One Role per
(person, role, org): see ``role_places.dedupe``.
"""
from __future__ import annotations

from ..records import Doc, Role
from .role_places import dedupe, drop_held_guesses, inherit_country, object_name, share_place
from .role_references import fill_person, find_references, make_role, relative_before
from .syntax import SUBJECT_RELS
from .titles import Phrase, View, lexicon, norm, read_phrase, read_phrases

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
    view.country_words = {p.country_at for p in every if p.country_at >= 0}
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
    return dedupe(drop_held_guesses(roles))


def find_before(view: View, phrases: list[Phrase], used: set) -> list[tuple[int, int]]:
    """Title phrases right before a name; a chain "T1 и T2 Name" gives both."""
    out, chain = [], []
    for pi, p in enumerate(list(phrases)):
        if chain and not joined(view, phrases[chain[-1]], p):
            chain = []
        mi = view.mention_at(p.stop, ("PER",))
        if mi < 0:
            mi = comma_apposed(view, p)                     # "Бывший спикер палаты, Нэнси Пелоси, стала"
        if mi >= 0 and complement_name(view, p, mi):      # "адвокат Иванова Пётр Сидоров"
            mi = view.mention_at(view.mention_tokens[mi][1], ("PER",))
        if mi < 0 or relative_before(view, phrases[chain[0]] if chain else p):
            chain.append(pi)
            continue
        name = view.mention_tokens[mi][0]
        if not (p.acting or view.agree(p.anchor, name)):
            inner = read_phrase(view, p.inner) if p.inner >= 0 else None
            if inner is not None and inner.stop == p.stop and view.agree(inner.head, name):
                phrases.append(inner)       # "пресс-секретаря президента Владимира Путина"
                out.append((len(phrases) - 1, mi))
            chain = []
            continue
        out += [(qi, mi) for qi in chain + [pi] if phrases[qi].acting or view.agree(phrases[qi].anchor, name)]
        share_place([phrases[qi] for qi in chain + [pi]])
        chain = []
    return out


def comma_apposed(view: View, p: Phrase) -> int:
    """A name set off by commas right after a title that opens its sentence ("Бывший спикер
    палаты представителей, Нэнси Пелоси, стала ..."): its PER mention, else -1."""
    k = p.stop
    if k >= len(view.tokens) or view.tokens[k].text != "," or p.first != _sentence_start(view, p.first):
        return -1
    mi = view.mention_at(k + 1, ("PER",))
    if mi < 0:
        return -1
    after = view.mention_tokens[mi][1]
    return mi if after < len(view.tokens) and view.tokens[after].text == "," else -1


def _sentence_start(view: View, k: int) -> int:
    while k > 0 and view.tokens[k - 1].sent == view.tokens[k].sent:
        k -= 1
    return k


def complement_name(view: View, p: Phrase, mi: int) -> bool:
    """The name is the title's complement, not its holder: "помощник Хиллари Клинтон по делам
    Европы", "адвокат Иванова заявил" (the parser reads the name as a genitive dependent)."""
    first, stop = view.mention_tokens[mi]
    if p.relational and stop < len(view.tokens) and norm(view.tokens[stop].text) == "по":
        return True
    name, title = view.tokens[first], view.tokens[p.anchor]
    return name.feats.get("Case") == "Gen" and title.feats.get("Case") not in ("Gen", None) \
        and name.rel == "nmod" and p.first <= name.head < p.stop


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
        mi = view.mention_ending(before_brackets(view, k - 1)) if k > 0 and view.tokens[k].text in SEPARATORS else -1
        if mi >= 0 and (p.acting or view.agree(p.anchor, view.mention_tokens[mi][0])):
            out.append((pi, mi))
            last = (p, mi)
        elif last and joined(view, last[0], p, after=True) and view.agree(p.anchor, last[0].anchor):
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
        if mi < 0 or not view.agree(p.anchor, k):
            break
        names.append(mi)
        k = skip_brackets(view, view.mention_tokens[mi][1], end)
        if k < end and view.tokens[k].text == ",":
            k += 1
        if k < end and norm(view.tokens[k].text) == "и":
            k += 1
    return names if len(names) > 1 else []


def before_brackets(view: View, k: int) -> int:
    """The token before a bracketed aside ending at ``k`` ("Скотт Хоровитц (Scott Horowitz), ...")."""
    if k > 0 and view.tokens[k].text == ")":
        j = k - 1
        while j > 0 and k - j < 8 and view.tokens[j].text != "(":
            j -= 1
        if view.tokens[j].text == "(":
            return j - 1
    return k


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
    for j in view.children(k, ("appos", "flat:name")):
        mi = view.mention_of[j]
        if mi >= 0 and view.doc.mentions[mi].type == "PER":
            return mi
    return -1


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
        if view.children(anchor, ("cop",)):
            verb, kind = anchor, "predicate"
        else:
            verb = tokens[anchor].head
            kind = lex.verbs.get(norm(tokens[verb].lemma), ("", ""))[0] if verb >= 0 else ""
        if kind not in ("predicate", "appoint") or view.negated(verb):
            continue
        mi = subject_of(view, verb, kind)
        if mi >= 0:
            out.append((pi, mi))
            if kind == "appoint":
                view.appointers[id(p)] = max([person_of(view, j) for j in view.children(verb, SUBJECT_RELS)],
                                             default=-1)
    return out


def subject_of(view: View, verb: int, kind: str, depth: int = 0) -> int:
    """Who holds the role a verb gives: its object for an active "назначить", else its subject."""
    token = view.tokens[verb]
    if token.feats.get("VerbForm") == "Part" and token.rel in ("acl", "amod") and token.head >= 0:
        return person_of(view, token.head)
    active = kind == "appoint" and token.feats.get("Voice") != "Pass"
    if active and view.children(verb, ("obj",)):
        return max(person_of(view, j) for j in view.children(verb, ("obj",)))   # "назначил X министром"
    for j in view.children(verb, SUBJECT_RELS):
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
        if kind != "head" or view.negated(k) or token.feats.get("VerbForm") == "Inf":
            continue
        objects = [j for j in view.children(k, ("obj", "obl", "iobj"))
                   if tokens[j].pos in ("NOUN", "PROPN") and not view.children(j, ("case",))
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


