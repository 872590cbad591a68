"""Mentions into document entities: candidates by name keys, then one decision.

People: a mention joins an entity that shares its surname (any base-form
reading of it) and does not contradict its first name; a lone first name joins
the one entity with that first name.  Organisations and places: mentions with
the same base form are one entity.  The canonical name is the fullest
nominative form among an entity's mentions.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..annotate.morph import guess_nominative, is_known, parses, recover_shape
from .. import wordlists
from ..records import Doc, Entity
from .mentions import load_words
from .merges import merge_bracketed_abbreviations, merge_contractions, merge_misspellings
from .names import (PersonName, is_particle, base_form, name_keys, normalize_person, person_gender, span_tokens,
                    token_range)

OBLIQUE = ("Gen", "Dat", "Acc", "Ins", "Loc")
DIGRAPH_INITIALS = frozenset({"дж"})      # "Дж. Буш": Джордж, Джеб, Джон


class _Person:
    def __init__(self, name: PersonName, mention: int):
        self.name = name
        self.mentions = [mention]
        self.last_keys = _keys(name, "last")
        self.first_keys = _keys(name, "first")
        self.surnames: set[int] = set()     # one-word mentions read as the surname

    def accepts(self, name: PersonName) -> bool:
        if name.last:
            if not (_keys(name, "last") & self.last_keys):
                return False
            return not name.first or not self.name.first or bool(_keys(name, "first") & self.first_keys) \
                or _initial_fits(name.first, self.name.first)
        return bool(name.first) and bool(_keys(name, "first") & self.first_keys)


def _initial_clash(doc: Doc, person: _Person, i: int, name: PersonName) -> bool:
    """"А. Петров" is not "Анна Петрова": where an initial stands for the first name, the
    genders the two names show must not differ."""
    if not (_is_initial(name.first) or _is_initial(person.name.first)) \
            or name.last.lower() == person.name.last.lower():
        return False                # "Ю. Тимошенко": the same surname as written, whatever its gender
    tokens = span_tokens(doc, doc.mentions[i].start, doc.mentions[i].stop)
    if not _may_be_nominative(tokens):
        return False                # "выступление Х.Мааса": a genitive, not a woman's name
    mine, theirs = person_gender(_alpha(tokens)), _gender_of(doc, person)
    return bool(mine and theirs and mine != theirs)


def _is_initial(first: str) -> bool:
    first = first.rstrip(".").lower()
    return len(first) == 1 and first.isalpha() or first in DIGRAPH_INITIALS


def _initial_fits(one: str, other: str) -> bool:
    """"С." and "Саулюс": an initial fits a first name it begins (either way round)."""
    one, other = one.rstrip(".").lower(), other.rstrip(".").lower()
    if len(one) > len(other):
        one, other = other, one
    return _is_initial(one) and len(other) > len(one) and other.startswith(one)


def _keys(name: PersonName, role: str) -> frozenset[str]:
    """Name keys of a name part, from its base form and from the words as written; a first
    name's short form also keys its full form ("джо" -> "джозеф")."""
    keys: set[str] = set()
    words = [surface for surface, _, r in name.forms if r == role]
    for surface, form, r in name.forms:
        if r == role and not (len(words) > 1 and surface != words[-1] and is_particle(surface)):
            keys |= name_keys(surface) | name_keys(form)        # "ван Гог" is no "Ван"
    if role == "first":
        keys |= {full for key in keys for full in first_name_variants().get(key, ())}
    return frozenset(keys)


@lru_cache(maxsize=1)
def first_name_variants() -> dict[str, tuple[str, ...]]:
    """Short form -> the full forms it stands for (data/first_name_variants.txt)."""
    out: dict[str, set[str]] = {}
    for row in wordlists.read_items(Path(__file__).resolve().parent / "data" / "first_name_variants.txt"):
        full, shorts = (part.strip().lower() for part in row.split("|"))
        for short in shorts.split(","):
            out.setdefault(short.strip(), set()).add(full)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def group_people(doc: Doc, indexes: list[int]) -> list[_Person]:
    names = {i: normalize_person(span_tokens(doc, doc.mentions[i].start, doc.mentions[i].stop)) for i in indexes}
    people: list[_Person] = []
    for i in sorted(indexes, key=lambda k: (-names[k].size, _is_initial(names[k].first), doc.mentions[k].start)):
        name = names[i]
        doc.mentions[i].normal = name.full or doc.mentions[i].text
        matches = [p for p in people if p.accepts(name) and not _initial_clash(doc, p, i, name)]
        if _is_initial(name.first) and len(matches) > 1:     # "А. Петров" beside Алексей and Андрей
            matches = [p for p in matches if p.name.first.lower() == name.first.lower()]     # Петров: either
        surname = False
        if not matches and name.first and not name.last:     # "Джонсон", read as a first name,
            matches = [p for p in people if _keys(name, "first") & p.last_keys]   # after "Борис Джонсон"
            surname = bool(matches)
        if len(matches) > 1:
            matches = _agreeing(doc, matches, i)
            matches.sort(key=lambda p: _distance(doc, p, i))
        if matches:
            matches[0].mentions.append(i)
            if surname:
                matches[0].surnames.add(i)
        else:
            people.append(_Person(name, i))
    for person in people:
        agree_forms(doc, person)
    return people


def _agreeing(doc: Doc, people: list[_Person], i: int) -> list[_Person]:
    """Of several people a surname alone may be, those whose gender the verb of mention ``i``
    allows ("Жданович перестала": the journalist Ольга, not her husband Андрей); all when
    the verb shows none or none agrees."""
    told = predicate_genders(doc, [i])
    if len(told) != 1:
        return people
    want = next(iter(told))
    kept = [p for p in people if _gender_of(doc, p) in (want, "")]
    return kept or people


def _gender_of(doc: Doc, person: _Person) -> str:
    first = person.mentions[0]
    return person_gender(_alpha(span_tokens(doc, doc.mentions[first].start, doc.mentions[first].stop)))


def agree_forms(doc: Doc, person: _Person) -> None:
    """Base forms by agreement across a person's mentions.

    The person's gender is the one under which the mentions agree best; then
    every mention votes for the base form of each of its words, read from its
    own case, and each word takes the form most mentions give it.  A tagger's slip on one
    mention ("Асии" read as a masculine nominative) is outvoted.
    """
    spans = [span_tokens(doc, doc.mentions[i].start, doc.mentions[i].stop) for i in person.mentions]
    surname_only = [i in person.surnames for i in person.mentions]
    genders = Counter(g for g in (person_gender(_alpha(t)) for t in spans) if g)
    told = predicate_genders(doc, person.mentions)
    if len(person.mentions) < 2:
        if len(told) == 1 and next(iter(told)) not in genders:
            name = normalize_person(spans[0], gender=next(iter(told)))
            doc.mentions[person.mentions[0]].normal = name.full or doc.mentions[person.mentions[0]].text
            person.name = name
        return
    candidates = [g for g, _ in genders.most_common()] or [""]
    if len(told) == 1:          # "рассказала Александра Филиппенко": a woman, whatever the tagger read
        candidates = list(told) + [g for g in candidates if g not in told]
        genders.update(told)
    candidates += [g for g in ("Masc", "Fem") if g not in candidates and genders]
    gender, proposals = _agreeing_proposals(spans, candidates, surname_only, tagged_case=not told)
    fixed = _indeclinable(proposals)
    votes: Counter = Counter()
    options: dict[str, set[str]] = {}
    for forms in proposals:
        for surface, form, _ in forms:
            if surface in fixed:
                form = surface
            votes[form] += 2 if form == surface else 1
            for key in name_keys(surface) | {form.lower()}:
                options.setdefault(key, set()).add(form)
    _fold_oblique(votes, gender, fixed)
    known = {key: max(forms, key=lambda f: (votes[f], f)) for key, forms in options.items()}
    names = []
    for i, tokens, only in zip(person.mentions, spans, surname_only):
        name = normalize_person(tokens, known, gender=gender, votes=votes, surname_only=only)
        doc.mentions[i].normal = name.full or doc.mentions[i].text
        names.append(name)
    counts = Counter(n.full for n in names)
    short = first_name_variants()           # "Джозеф Байден" over "Джо Байден"; "Урсула фон дер Ляйен"
    person.name = max(names, key=lambda n: (n.size, not _is_initial(n.first),       # "Саулюс" over "С."
                                            n.first.lower() not in short,           # over "фон дер Ляйен"
                                            n.full[:1].isupper(),
                                            any(is_particle(w) for w in n.last.split()),     # "Ди Каприо"
                                            counts[n.full]))                                 # over "Каприо"


def predicate_genders(doc: Doc, mentions: list[int]) -> Counter:
    """The genders the verbs and short adjectives a person's mentions are the subject of show
    ("рассказала политолог Александра Филиппенко" -> Fem), one count per mention."""
    told: Counter = Counter()
    tokens = doc.tokens
    for i in mentions:
        a, b = token_range(doc, doc.mentions[i].start, doc.mentions[i].stop)
        k = next((k for k in range(a, b) if not a <= tokens[k].head < b), -1)
        if k < 0 or not _may_be_nominative(tokens[a:b]):
            continue                                    # "министр ... Терезой Мэй": not its subject
        head = tokens[k].head
        for _ in range(3):                              # "сотрудник ..., политолог Александра ...":
            if tokens[k].rel != "appos" or not 0 <= head < len(tokens):
                break                                   # the verb of the noun it stands beside
            if tokens[head].lemma in load_words("client_nouns.txt") \
                    and all(_indeclinable_word(t.text) for t in tokens[a:b]):
                break                                   # "Адвокат Биби заявил": maybe the client's name
            k, head = head, tokens[head].head
        if tokens[k].rel in ("nsubj", "nsubj:pass") and 0 <= head < len(tokens):
            feats = tokens[head].feats          # a finite verb or a short form, not "предложенным"
            finite = feats.get("VerbForm") == "Fin" or feats.get("Variant") == "Short"
            if finite and feats.get("Number") == "Sing" and feats.get("Gender") in ("Masc", "Fem"):
                told[feats["Gender"]] += 1
    return told


def _indeclinable_word(word: str) -> bool:
    """A word whose form shows no case: the dictionary does not know it, or knows it as fixed ("Биби")."""
    return not is_known(word) or any(p.has("Fixd") for p in parses(word))


def _may_be_nominative(tokens: list) -> bool:
    """Whether every word of a name can be read as a nominative ("Александра" can, "Терезой" cannot);
    a word the dictionary knows no nominative of counts when the tagger reads it so ("Асия")."""
    cases = [({p.case for p in parses(t.text)}, t.feats.get("Case")) for t in tokens if t.text[:1].isalpha()]
    return all(not found or found & {"Nom", ""} or tagged == "Nom" for found, tagged in cases)


def _agreeing_proposals(spans: list, candidates: list[str], surname_only: list[bool],
                        tagged_case: bool = False) -> tuple[str, list]:
    """Each mention's words read under the declension that makes the mentions agree best.

    The choice is made per name part: "Бараку Обаме" declines its first name as a
    masculine noun and its surname like "мама" ("Обама"), so one gender for the
    whole name would get one of them wrong.
    """
    readings = {g: [normalize_person(tokens, gender=g, surname_only=only).forms
                    for tokens, only in zip(spans, surname_only)] for g in candidates}
    best = {}
    roles = {role for forms in readings[candidates[0]] for _, _, role in forms}
    for role in roles:
        best[role] = min(candidates, key=lambda g: (tagged_case and _unread(spans, readings[g], role),
                                                    _spread(readings[g], role), candidates.index(g)))
    whole = min(candidates, key=lambda g: (tagged_case and _unread(spans, readings[g]), _spread(readings[g]),
                                           candidates.index(g)))
    proposals = []
    for k in range(len(spans)):
        words = readings[whole][k]
        proposals.append([readings[best.get(role, whole)][k][i] if len(readings[best.get(role, whole)][k]) == len(words)
                          else (surface, form, role) for i, (surface, form, role) in enumerate(words)])
    return whole, proposals


def _fold_oblique(votes: Counter, gender: str, fixed: set[str]) -> None:
    """A proposed base form that is an oblique case of another proposed form ("Асии" of
    "Асия", when the tagger read "Асии" as nominative) gives its votes to that form."""
    for form in [f for f in votes if f not in fixed]:
        for case in OBLIQUE:
            base = guess_nominative(form, case, gender)
            base = recover_shape(base, form) if base else None
            # Safe since the ending rules trust no bare "-и" ("Биби" is no case of "Биба").
            if base and base != form and base in votes:
                votes[base] += votes.pop(form)
                break


def _unread(spans: list, proposals: list[list[tuple[str, str, str]]], only: str | None = None) -> int:
    """How many first names a reading keeps as written although the tagger reads them in an
    oblique case with another lemma and the dictionary knows no first name they are the
    nominative of: "по словам Фавада Чаудхри" (Gen, lemma "фавад") read as a woman's "Фавада"
    leaves the genitive unexplained; read as a man's it is "Фавад".  "Евгения", "Александра"
    are women's names in the nominative as well, so they do not count.  Used only when no verb
    shows the gender."""
    count = 0
    for tokens, words in zip(spans, proposals):
        tagged = {t.text: t for t in tokens}
        for surface, form, role in words:
            t = tagged.get(surface)
            if t is not None and role == "first" and only in (None, "first") and form == surface \
                    and t.feats.get("Case") in OBLIQUE and t.lemma and t.lemma.lower() != surface.lower() \
                    and not any(p.has("Name") and p.case == "Nom" for p in parses(surface)):
                count += 1
    return count


def _spread(proposals: list[list[tuple[str, str, str]]], only: str | None = None) -> int:
    """How many different base forms the mentions give, summed over name parts (or for one)."""
    forms: dict[str, set[str]] = {}
    for words in proposals:
        for _, form, role in words:
            if only is None or role == only:
                forms.setdefault(role, set()).add(form)
    return sum(len(v) for v in forms.values())


def _indeclinable(proposals: list[list[tuple[str, str, str]]]) -> set[str]:
    """Words that keep one spelling in mentions whose other words change case:
    in "Асия Биби", "Асию Биби", "Асии Биби" the surname "Биби" does not decline."""
    spellings: dict[tuple[str, int], set[str]] = {}
    for forms in proposals:
        if len(forms) > 1:
            seen: Counter = Counter()
            for surface, _, role in forms:      # per word of a part: "Де" and "Ниро" are two words
                spellings.setdefault((role, seen[role]), set()).add(surface)
                seen[role] += 1
    varying = any(len(v) > 1 for v in spellings.values())
    return {next(iter(v)) for v in spellings.values() if len(v) == 1} if varying else set()


def _alpha(tokens):
    return [t for t in tokens if any(ch.isalpha() for ch in t.text)]


def _distance(doc: Doc, person: _Person, i: int) -> int:
    """How far back the person was last mentioned before mention ``i`` (after it counts as far)."""
    start = doc.mentions[i].start
    before = [doc.mentions[k].stop for k in person.mentions if doc.mentions[k].stop <= start]
    return start - max(before) if before else 10**9


def group_by_form(doc: Doc, indexes: list[int]) -> dict[tuple[str, str], list[int]]:
    groups: dict[tuple[str, str], list[int]] = {}
    for i in indexes:
        m = doc.mentions[i]
        m.normal = base_form(doc, m.start, m.stop, m.type)
        groups.setdefault((m.type, m.normal.lower().replace("ё", "е")), []).append(i)
    return groups


def resolve_entities(doc: Doc) -> Doc:
    """Group ``doc.mentions`` into ``doc.entities`` with canonical names."""
    doc.entities = []
    people = [i for i, m in enumerate(doc.mentions) if m.type == "PER"]
    others = [i for i, m in enumerate(doc.mentions) if m.type != "PER"]
    for person in group_people(doc, people):
        _add(doc, "PER", person.name.full, sorted(person.mentions), "surname-keys",
             person.name.first, person.name.middle, person.name.last)
    for (type_, _), members in group_by_form(doc, others).items():
        name = Counter(doc.mentions[i].normal for i in members).most_common(1)[0][0]
        _add(doc, type_, name, members, "base-form")
    merge_misspellings(doc)
    merge_bracketed_abbreviations(doc)
    merge_contractions(doc)
    doc.entities.sort(key=lambda e: doc.mentions[e.mentions[0]].start)
    for new_id, entity in enumerate(doc.entities):
        entity.id = new_id
        for i in entity.mentions:
            doc.mentions[i].entity = new_id
    return doc


def _add(doc: Doc, type_: str, name: str, members: list[int], method: str,
         first: str = "", middle: str = "", last: str = "") -> None:
    doc.entities.append(Entity(id=len(doc.entities), type=type_, name=name, mentions=members,
                               first=first, middle=middle, last=last, method=method))
