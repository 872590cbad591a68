"""Base forms and name parts, from morphology and agreement.

A mention's base form is built token by token: each word is read in the
case and gender the tagger and its neighbours agree on, then put into the
nominative (``annotate.morph.nominative``).  For people the gender comes
from a known first name or patronymic when there is one, else from the
tagger; for organisations and places only the syntactic head of the span and
the adjectives that agree with it are inflected, the rest is kept as written.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from pathlib import Path
from collections import Counter
from dataclasses import dataclass, field

from ..annotate.morph import guess_nominative, is_known, nominative, parses, recover_shape
from ..records import Doc, Token

PATRONYMIC = re.compile(r"((ович|евич|ьич|ич)(а|у|ем|е)?|(овн|евн|ичн)(а|ы|е|у|ой))$", re.I)
INFLECTABLE = ("NOUN", "PROPN", "ADJ")


@dataclass(slots=True)
class PersonName:
    first: str = ""
    middle: str = ""
    last: str = ""
    text: str = ""      # the whole name as written, each word in its base form
    forms: list = field(default_factory=list)     # (surface, base form, role) per word

    @property
    def full(self) -> str:
        return self.text or " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def size(self) -> int:
        return sum(1 for p in (self.first, self.middle, self.last) if p)


def token_range(doc: Doc, start: int, stop: int) -> tuple[int, int]:
    """Indexes ``[i, j)`` of the tokens of ``doc`` inside ``[start, stop)``."""
    i = bisect.bisect_left(doc.tokens, start, key=lambda t: t.start)
    j = i
    while j < len(doc.tokens) and doc.tokens[j].stop <= stop:
        j += 1
    return i, j


def span_tokens(doc: Doc, start: int, stop: int) -> list[Token]:
    """The tokens inside ``[start, stop)``."""
    i, j = token_range(doc, start, stop)
    return doc.tokens[i:j]


def mention_case(tokens: list[Token]) -> str:
    cases = Counter(t.feats.get("Case") for t in tokens if t.feats.get("Case"))
    return cases.most_common(1)[0][0] if cases else "Nom"


def person_gender(tokens: list[Token]) -> str:
    """The gender of a person's mention: known first names or patronymics read in the case the
    tagger gives decide; where they allow both, the tagger's gender does."""
    tagged = Counter(t.feats.get("Gender") for t in tokens if t.feats.get("Gender") in ("Masc", "Fem"))
    tagger = tagged.most_common(1)[0][0] if tagged else ""
    for t in tokens:
        case = t.feats.get("Case", "")
        genders = {p.gender for p in parses(t.text)
                   if p.known and (p.has("Name") or p.has("Patr")) and p.gender in ("Masc", "Fem")
                   and (not case or p.case == case)}
        if len(genders) == 1:
            return genders.pop()
        if genders:
            return tagger or sorted(genders)[0]
    return tagger


SURNAME_PARTICLES = frozenset({"де", "ди", "да", "дель", "делла", "дю", "ле", "ла", "фон", "дер", "ван", "тер", "цу"})
CAPITAL_PARTICLES = SURNAME_PARTICLES - {"ван"}     # "Ван И" is a Chinese surname and first name


def person_roles(words: list[str]) -> list[str]:
    """first / middle / last for each word of a person's name; particles before the surname
    belong to it ("Роберт Де Ниро", "Урсула фон дер Ляйен")."""
    n = len(words)
    lead = next((i for i, w in enumerate(words[:-1]) if is_particle(w)), -1)
    if lead >= 0 and all(is_particle(w) for w in words[lead:-1]):
        return (person_roles(words[:lead]) if lead else []) + ["last"] * (n - lead)
    return _plain_roles(words)


def is_particle(word: str) -> bool:
    return word in SURNAME_PARTICLES or word[:1].isupper() and word.lower() in CAPITAL_PARTICLES


def _plain_roles(words: list[str]) -> list[str]:
    n = len(words)
    if n == 1:
        return ["first" if _is_first_name(words[0]) else "last"]
    if n == 2:
        if _is_surname_only(words[0]) and _is_first_name(words[1]):
            return ["last", "first"]
        return ["first", "last"]
    if n >= 3 and PATRONYMIC.search(words[1]):
        return ["first", "middle", "last"] + ["last"] * (n - 3)
    if n >= 3 and PATRONYMIC.search(words[2]):
        return ["last", "first", "middle"] + ["last"] * (n - 3)
    return ["first"] + ["first"] * (n - 2) + ["last"]


def _is_first_name(word: str) -> bool:
    options = parses(word)
    return bool(options) and any(p.has("Name") and p.known for p in options) \
        and not any(p.has("Surn") and p.known for p in options[:1])


def _is_surname_only(word: str) -> bool:
    options = parses(word)
    return bool(options) and options[0].has("Surn") and options[0].known


def normalize_person(tokens: list[Token], known: dict[str, str] | None = None,
                     gender: str | None = None, votes: dict[str, int] | None = None,
                     surname_only: bool = False) -> PersonName:
    """A person's mention as nominative name parts.

    ``known`` maps name keys to nominative forms seen elsewhere for the same
    person (agreement across mentions); they win over morphology, which keeps
    indeclinable names ("Биби") as written.  ``surname_only``: a one-word mention
    is the person's surname whatever the dictionary says ("Джонсона").
    """
    words = [t for t in tokens if any(ch.isalpha() for ch in t.text)]
    if not words:
        return PersonName()
    case = mention_case(words)
    gender = person_gender(words) if gender is None else gender
    plural = all(t.feats.get("Number") == "Plur" for t in words)
    word_roles = ["last"] if surname_only and len(words) == 1 else person_roles([t.text for t in words])
    roles = dict(zip((id(t) for t in words), word_roles))
    name, parts = PersonName(), []
    for i, token in enumerate(tokens):
        form = token.text
        role = roles.get(id(token))
        if role:
            form = _person_word(token, case, gender, role, plural, known, votes)
            name.forms.append((token.text, form, role))
            current = getattr(name, role)
            setattr(name, role, f"{current} {form}".strip() if current else form)
        if i:
            parts.append(" " * (token.start - tokens[i - 1].stop))
        parts.append(form)
    name.text = "".join(parts)
    return name


INDECLINABLE_SURNAME_ENDINGS = ("ых", "их")


def _person_word(token: Token, case: str, gender: str, role: str, plural: bool,
                 known: dict[str, str] | None, votes: dict[str, int] | None = None) -> str:
    if known:
        found = {known[key] for key in name_keys(token.text) if key in known}
        if found:       # the form the person's mentions vote for most ("Байден" over "Байдена")
            return max(found, key=lambda f: (votes.get(f, 0) if votes else 0, f))
    if role == "last" and not plural and token.text.lower().endswith(INDECLINABLE_SURNAME_ENDINGS) \
            and len(token.text) > 4:
        return token.text            # "Игоря Седых", "Ольге Черных": these surnames never decline
    token_case = token.feats.get("Case") or case
    if token_case == "Nom" and case != "Nom":
        token_case = case            # the tagger read one word of an oblique name as nominative
    if token_case == "Nom":
        oblique = _oblique_guess(token.text, gender or token.feats.get("Gender", ""))
        return recover_shape(oblique, token.text) if oblique else token.text
    number = "Plur" if plural else ""
    gender = gender or token.feats.get("Gender", "")
    if token_case == "Acc" and gender == "Masc" and role == "first" and token.text.lower().endswith(("а", "я")):
        token_case = "Gen"          # a man is animate: "обвинило Лэнса Армстронга" is Лэнс ("Илью" is no genitive)
    if plural:
        form = guess_nominative(token.text, token_case, "Plur") \
            or nominative(token.text, token_case, "", role, number=number)
    elif _known_name(token.text, token_case, gender):
        form = nominative(token.text, token_case, gender, role, number=number)
    else:
        form = guess_nominative(token.text, token_case, gender) \
            or (nominative(token.text, token_case, gender, role, number=number) if is_known(token.text) else None)
    form = form or _oblique_guess(token.text, gender or token.feats.get("Gender", ""))
    return recover_shape(form, token.text) if form else token.text


def _oblique_guess(word: str, gender: str) -> str | None:
    """The base form of a name word whose ending is never nominative, read in an oblique case."""
    lower = word.lower()
    if not any(lower.endswith(e) for e in _oblique_endings()):
        return None
    for g in dict.fromkeys((gender, "Fem", "Masc")):
        for case in ("Gen", "Dat", "Acc", "Ins", "Loc"):
            form = guess_nominative(word, case, g)
            if form:
                return form
    return None


@lru_cache(maxsize=1)
def _oblique_endings() -> tuple[str, ...]:
    path = Path(__file__).resolve().parent / "data" / "oblique_endings.txt"
    lines = (l.split("#", 1)[0].strip() for l in path.read_text(encoding="utf-8").splitlines())
    return tuple(l for l in lines if l)


def _known_name(word: str, case: str, gender: str) -> bool:
    """The dictionary knows ``word`` as a name or surname in this case and gender."""
    return any(p.known and (p.has("Name") or p.has("Surn") or p.has("Patr")) and p.case == case
               and (not gender or p.gender in (gender, "Common")) for p in parses(word))


def name_keys(word: str) -> frozenset[str]:
    """Every base-form reading of a name word, lower-cased, with the word itself."""
    word = word.lower().replace("ё", "е")
    keys = {word}
    for p in parses(word):
        if p.pos in ("NOUN", "ADJ", "X") or p.has("Surn") or p.has("Name"):
            keys.add(p.normal)
    guessed = [guess_nominative(word, c, g) for c in ("Gen", "Dat", "Acc", "Ins", "Loc") for g in ("Masc", "Fem")]
    keys.update(g for g in guessed if g)
    return frozenset(keys)


LOOKALIKES = str.maketrans("АВСЕНКМОРТХаеорсух", "ABCEHKMOPTXaeopcyx")


def fold_lookalikes(text: str) -> str:
    """A word of Latin letters typed with a Cyrillic lookalike or two ("СNN", "Тwitter"), in
    Latin; other text as it is."""
    latin = sum("a" <= ch.lower() <= "z" for ch in text)
    cyrillic = sum("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in text)
    return text.translate(LOOKALIKES) if latin and cyrillic and latin >= cyrillic else text


def close_quotes(name: str) -> str:
    """A name whose mention stops before its closing quotation mark, closed:
    'НАК "Нафтогаз Украины' -> 'НАК "Нафтогаз Украины"', "ФБА «Экономика сегодня" -> "... сегодня»"."""
    low_open = name.count("„")          # "“" closes a „ and opens a “: count each role once
    name += "“" * max(0, low_open - name.count("“"))
    name += "»" * max(0, name.count("«") - name.count("»"))
    name += "”" * max(0, name.count("“") - low_open - name.count("”"))
    if name.count('"') % 2 and name.rfind('"') < len(name) - 1 and name[name.rfind('"') + 1].isalnum():
        name += '"'
    return name


def normalize_phrase(doc: Doc, start: int, stop: int) -> str:
    """Base form of an organisation or place name: the head noun and the adjectives before it
    that agree with it go into the nominative; what follows the head is kept as written
    (quotation marks the mention leaves open are closed)."""
    return close_quotes(" ".join(fold_lookalikes(word) for word in _normalize_phrase(doc, start, stop).split(" ")))


DECLINED_ABBREVIATION = re.compile(r"([А-ЯЁ]{2,})(?:а|у|е|ом|ой|ы|ах|ам|ами)")


def _normalize_phrase(doc: Doc, start: int, stop: int) -> str:
    first, last = token_range(doc, start, stop)
    tokens = doc.tokens[first:last]
    if not tokens:
        return doc.text[start:stop]
    head_i = _phrase_head(tokens, first)
    head = tokens[head_i]
    case, gender = head.feats.get("Case", "Nom"), head.feats.get("Gender", "")
    number = head.feats.get("Number", "")
    if len(tokens) == 1 and head.pos == "ADJ":
        return recover_shape(head.lemma or head.text.lower(), head.text)
    words = [t.text for t in tokens]
    if case == "Nom":
        return _join(tokens, words)
    for i, t in enumerate(tokens[: head_i + 1]):
        if t.text.isupper() or not any(ch.isalpha() for ch in t.text):
            continue
        declined = DECLINED_ABBREVIATION.fullmatch(t.text)
        if declined:
            words[i] = declined.group(1)        # "в НАКе": "НАК", not "Нак"
            continue
        if i == head_i:
            form = _head_nominative(t.text, case, gender, number)
        elif _agrees(t.text, case):
            form = nominative(t.text, case, "" if number == "Plur" else gender, "any", "ADJ", number=number) \
                or nominative(t.text, case, "", "any", "VERB", number=number)
        else:
            continue
        if form and _same_compound(form, t.text):
            words[i] = recover_shape(form, t.text)
    return _join(tokens, words)


def _head_nominative(word: str, case: str, gender: str, number: str) -> str | None:
    if not _fits(word, case, gender):
        return guess_nominative(word, case, gender) or nominative(word, case, "", "any", number=number)
    return nominative(word, case, gender, "any", number=number) or nominative(word, case, "", "any", number=number)


def _agrees(word: str, case: str) -> bool:
    """An adjective or participle reading of ``word`` in ``case``: it agrees with the head."""
    return any(p.case == case and (p.pos == "ADJ" or p.has("PRTF")) for p in parses(word))


def _same_compound(form: str, word: str) -> bool:
    """Inflection must not change only the first part of a hyphenated name ("Даунинг-стрит")."""
    if "-" not in word or "-" not in form:
        return True
    return form.lower().split("-")[-1] != word.lower().split("-")[-1] or \
        form.lower().split("-")[0] == word.lower().split("-")[0]


def _fits(word: str, case: str, gender: str) -> bool:
    """Whether the dictionary has a reading of ``word`` in this case and gender."""
    return any(p.case == case and (not gender or p.gender in (gender, "", "Common")) for p in parses(word))


def _phrase_head(tokens: list[Token], first: int) -> int:
    """The head of a name phrase: the noun the parser says heads it, else its first noun
    (adjectives come before the head in Russian)."""
    for i, t in enumerate(tokens):
        outside = t.head == -1 or not first <= t.head < first + len(tokens)
        if outside and t.pos in ("NOUN", "PROPN") and not _agrees(t.text, t.feats.get("Case", "")):
            return i
    for i, t in enumerate(tokens):
        if t.pos in ("NOUN", "PROPN") and not _agrees(t.text, t.feats.get("Case", "")) or t.text.isupper():
            return i
    nouns = [i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN")]
    return nouns[0] if nouns else len(tokens) - 1


def _join(tokens: list[Token], words: list[str]) -> str:
    out = []
    for i, (t, w) in enumerate(zip(tokens, words)):
        if i:
            out.append(" " * (t.start - tokens[i - 1].stop))
        out.append(w)
    return "".join(out)


def base_form(doc: Doc, start: int, stop: int, type: str) -> str:
    """The base (nominative) form of any span of ``doc.text`` read as ``type``."""
    if type == "PER":
        return normalize_person(span_tokens(doc, start, stop)).full or doc.text[start:stop]
    return normalize_phrase(doc, start, stop)
