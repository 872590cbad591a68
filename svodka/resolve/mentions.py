"""Mention repair after NER: boundaries, titles, splits, merges, propagation, types.

Each rule is a small function ``Doc -> Doc`` over ``doc.mentions``; the word
lists they use live in ``resolve/data/*.txt``.  A repaired or added mention
names its rule in ``Mention.source`` so provenance shows why it is there.
"""
from __future__ import annotations

from .. import wordlists

import re
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from ..annotate.morph import guess_nominative, is_plain_verb, parses
from ..records import Doc, Mention
from .names import name_keys

DATA = Path(__file__).resolve().parent / "data"
OPEN, CLOSE = "([{«„“\"'", ")]}»“”\"'"
PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "„": "“", "“": "”", '"': '"', "'": "'"}
AGE = re.compile(r"^\d+-(летн|лет)\w*$", re.I)
SEPARATORS = re.compile(r"\s*[•·;]\s*|,\s+")


@lru_cache(maxsize=None)
def load_words(name: str) -> frozenset[str]:
    return frozenset(item.lower() for item in wordlists.read_items(DATA / name))


def _mention(doc: Doc, start: int, stop: int, type_: str, source: str) -> Mention | None:
    """A mention over ``[start, stop)`` trimmed of spaces and stray punctuation; None if empty."""
    text = doc.text
    while start < stop and (text[start].isspace() or text[start] in ",.;:•·-—" or
                            (text[start] in OPEN and PAIRS.get(text[start], "") not in text[start + 1:stop])):
        start += 1
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] in ",.;:•·-—(" or
                            (text[stop - 1] in CLOSE and not _opened(text[start:stop - 1], text[stop - 1]))):
        stop -= 1
    if stop <= start or not any(ch.isalpha() for ch in text[start:stop]):
        return None
    return Mention(start, stop, text[start:stop], type_, source=source)


def _opened(prefix: str, close: str) -> bool:
    return any(PAIRS.get(o) == close for o in prefix if o in PAIRS)


def split_mention(doc: Doc, m: Mention) -> list[Mention]:
    """``X (Y)`` -> X and Y; lists split at bullets, semicolons and commas; edges trimmed."""
    text = doc.text[m.start:m.stop]
    cuts = [(m.start, m.stop)]
    paren = re.search(r"\s*\(([^()]*)\)?", text)
    # Split "X (Y)" only where the bracket ends the mention: "Кировской (Вятской) области" is one name.
    if paren and paren.start() > 0 and not text[paren.end():].strip(" .,;:»\"'"):
        cuts = [(m.start, m.start + paren.start()), (m.start + paren.start(1), m.start + paren.end(1))]
    out = []
    for start, stop in cuts:
        piece = doc.text[start:stop]
        pos = start
        for sep in SEPARATORS.finditer(piece):
            if m.type == "PER" or "•" in sep.group() or ";" in sep.group():
                out.append((pos, start + sep.start()))
                pos = start + sep.end()
        out.append((pos, stop))
    source = m.source if out == [(m.start, m.stop)] else "split"
    fixed = [_mention(doc, a, b, m.type, source) for a, b in out]
    return [f for f in fixed if f is not None]


def _title_alone(m: Mention) -> bool:
    """A person mention that is a title and nothing else ("Президент заявил" with a capital):
    no name at all."""
    word = m.text.strip("«»\"'").lower()
    if any(p.normal in load_words("client_nouns.txt") for p in parses(word)[:1]):
        return False                # "Адвоката": someone's lawyer, a person of the story
    return m.type == "PER" and " " not in word and (word in load_words("titles.txt")
                                                   or any(p.normal in load_words("titles.txt") and not p.has("Name")
                                                          and not p.has("Surn") for p in parses(word)[:1]))


def strip_titles(doc: Doc, m: Mention) -> Mention:
    """Drop leading titles, ages and abbreviations from a person ("Папа Франциск", "34-летний
    ТиДжей", "ЮНИСЕФ Этлева Кадилли")."""
    if m.type != "PER":
        return m
    titles = load_words("titles.txt")
    words = list(re.finditer(r"\S+", doc.text[m.start:m.stop]))
    keep = 0
    while keep < len(words) - 1:
        word = words[keep].group().lower().strip("«»\"'")
        head = word.split("-")[0] if "-" in word else word      # "Депутат-консерватор"
        if AGE.match(word) or word in titles or any(p.normal in titles for p in parses(word)[:2]) \
                or (head != word and any(p.normal in titles for p in parses(head)[:2])):
            keep += 1
            continue
        written, after = words[keep].group(), words[keep + 1].group()
        if len(written) >= 2 and written.isalpha() and written.isupper() and not after.isupper():
            keep += 1           # "директор ЮНИСЕФ Этлева Кадилли": the organisation before the name
            continue
        break
    if keep == 0:
        return m
    fixed = _mention(doc, m.start + words[keep].start(), m.stop, m.type, "strip-title")
    return fixed or m


def repair_mentions(doc: Doc) -> Doc:
    """Apply the boundary rules, merge split names, propagate names, settle types."""
    fixed: list[Mention] = []
    named = {_key(m.text.split()[-1]) for m in doc.mentions if m.type == "PER" and len(m.text.split()) >= 2}
    for m in doc.mentions:
        for piece in split_mention(doc, m):
            if not _title_alone(piece) or _key(piece.text) in named:     # "Штеффи Граф ... Граф рассказала"
                fixed.append(strip_titles(doc, piece))
    fixed.sort(key=lambda m: (m.start, m.stop))
    doc.mentions = extend_first_names_left(doc, extend_first_names(doc, merge_names(doc, fixed)))
    surnames = {_key(m.text.split()[-1]) for m in doc.mentions if m.type == "PER" and len(m.text.split()) >= 2}
    doc.mentions = [person_in_front(m, surnames) for m in doc.mentions]
    doc.mentions = split_two_people(doc.mentions)
    doc.mentions = split_owner_in_front(doc.text, doc.mentions)
    doc.mentions = strip_person_nouns(doc, doc.mentions)
    propagate_names(doc)
    doc.mentions.sort(key=lambda m: (m.start, m.stop))
    doc.mentions = extend_first_names_left(doc, doc.mentions)      # names the propagation tagged
    settle_types(doc)
    doc.mentions.sort(key=lambda m: (m.start, m.stop))
    return doc


def merge_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A first name tagged apart from the surname right after it (even tagged as a place: "Питер"
    "Бон") becomes one person:
    when the first word is a known first name, or a word the dictionary does not know before a
    word that is no first name ("Срджа" "Попович"), or the document writes the two together
    elsewhere."""
    together = {tuple(m.text.split()[-2:]) for m in mentions if m.type == "PER" and len(m.text.split()) >= 2}
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev and m.type == "PER" and (prev.type == "PER" or _is_first_name(prev.text))
                and doc.text[prev.stop:m.start] in (" ", "\n")
                and " " not in prev.text and not (len(prev.text) >= 2 and prev.text.isupper())   # not "ЮНИСЕФ"
                and ((_is_first_name(prev.text) and not _is_first_name(m.text.split()[0]))
                     or (" " not in m.text and any(last == m.text for _, last in together))
                     or (" " not in m.text and _unknown(prev.text) and not _is_first_name(m.text)))):
            out[-1] = Mention(prev.start, m.stop, doc.text[prev.start:m.stop], "PER", source="merge-name")
            continue
        out.append(m)
    return out


NEXT_WORD = re.compile(r"[ ]([A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?)\b")


def extend_first_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person tagged by the first name alone, followed by a capitalised word no mention holds,
    takes that word as the surname ("Питер Бон", where the tagger took only "Питер")."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        found = NEXT_WORD.match(doc.text, m.stop) if m.type == "PER" and " " not in m.text else None
        if found and _is_first_name(m.text) and found.start(1) not in starts \
                and not _is_first_name(found.group(1)) and not is_plain_verb(found.group(1)):
            m = Mention(m.start, found.end(1), doc.text[m.start:found.end(1)], "PER", source="extend-name")
        out.append(m)
    return out


LAST_WORD = re.compile(r"(?<![\w.!?])([А-ЯЁ][а-яё]+) $")


def extend_first_names_left(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person whose first word is no first name takes the capitalised word right before it, when
    that is a first name (or, before two words or more, a word the dictionary does not know) and
    no mention holds it but a person of that one word: "Марджори Тейлор Грин", where the tagger
    took "Тейлор Грин" (and maybe "Марджори" apart); "Джо Байден", where only the propagation
    of "Байден" tagged it (one word the tagger took alone keeps its own reading)."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        found = LAST_WORD.search(doc.text, max(0, m.start - 30), m.start) if m.type == "PER" else None
        held = [o for o in out[-5:] if o.stop > (found.start(1) if found else m.start)]   # sorted by start
        if found and all(o.type == "PER" and o.start == found.start(1) and o.stop == found.end(1) for o in held) \
                and (len(words) == 1 and m.source == "propagate" or len(words) > 1 and not _is_first_name(words[0])) \
                and (_is_first_name(found.group(1)) or len(words) >= 2 and _unknown(found.group(1))):
            del out[len(out) - len(held):]
            m = Mention(found.start(1), m.stop, doc.text[found.start(1):m.stop], "PER", source="extend-name")
        out.append(m)
    return out


def _unknown(word: str) -> bool:
    """A word the dictionary does not know at all ("Срджа"): a foreign first name before a surname."""
    return word.replace("-", "").isalpha() and not any(p.known for p in parses(word))


def _is_first_name(word: str) -> bool:
    return any(p.has("Name") for p in parses(word)[:2])


WORD = re.compile(r"[A-ZА-ЯЁ][\w-]*\w|[A-ZА-ЯЁ]")


def propagate_names(doc: Doc) -> None:
    """Tag untagged occurrences of a name the document already tagged (one sense per document)."""
    taken = [False] * (len(doc.text) + 1)
    for m in doc.mentions:
        for i in range(m.start, m.stop):
            taken[i] = True
    surnames: dict[str, str] = {}
    whole: dict[str, str] = {}
    stop = load_words("not_names.txt")
    for m in doc.mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) >= 2:
            surnames.setdefault(_key(words[-1]), "PER")
        if len(m.text) >= 3 and m.text[0].isupper() and m.text.lower() not in stop:
            whole.setdefault(m.text, m.type)
    added = []
    for match in WORD.finditer(doc.text):
        start, end = match.span()
        if taken[start] or taken[end - 1] or match.group().lower() in stop:
            continue
        word = match.group()
        type_ = whole.get(word) or (surnames.get(_key(word)) if len(word) >= 3 else None)
        if type_:
            added.append(Mention(start, end, word, type_, source="propagate"))
    doc.mentions.extend(added)


def person_in_front(m: Mention, surnames: set[str]) -> Mention:
    """An organisation or place tagged over a person's surname and common words after it
    ("Дело Ветлугиной суд вернул": "Ветлугиной суд") is that person: the document names
    the person in full elsewhere (``surnames``: keys of the full names' last words), and
    the rest of the span is lower case."""
    words = m.text.split()
    if m.type == "ORG" and len(words) == 1 and words[0][:1].isupper() and _surname_keys(words[0]) & surnames:
        return Mention(m.start, m.stop, m.text, "PER", source="person-surname")   # "Представитель Гренелла"
    if m.type == "PER" or len(words) < 2 or not all(w[:1].islower() for w in words[1:]):
        return m
    if _key(words[0]) not in surnames:
        return m
    return Mention(m.start, m.start + len(words[0]), words[0], "PER", source="person-in-front")


def _surname_keys(word: str) -> set[str]:
    """The keys a one-word organisation may share with a person's surname: its own, and its
    nominative guessed as a man's or a woman's genitive ("Гренелла" -> "гренелл")."""
    keys = {_key(word)}
    for gender in ("Masc", "Fem"):
        guessed = guess_nominative(word, "Gen", gender)
        if guessed:
            keys.add(guessed.replace("ё", "е"))
    return keys


def split_two_people(mentions: list[Mention]) -> list[Mention]:
    """"к Мэй Джонсон предупредил": two surnames tagged as one person, when the document names
    both people in full elsewhere ("Тереза Мэй", "Борис Джонсон") and never the pair as one."""
    full = [tuple(w) for w in (m.text.split() for m in mentions if m.type == "PER") if len(w) >= 2]
    last_keys = {w: name_keys(w[-1]) for w in set(full)}
    out = []
    for m in mentions:
        words = tuple(m.text.split())
        if m.type != "PER" or len(words) != 2 or full.count(words) > 1:
            out.append(m)
            continue
        lasts = set().union(*(keys for w, keys in last_keys.items() if w != words))     # the other people's
        if not (name_keys(words[0]) & lasts and name_keys(words[1]) & lasts):
            out.append(m)
            continue
        cut = m.start + len(words[0])
        second = m.stop - len(words[1])
        out += [Mention(m.start, cut, words[0], "PER", source="split-people"),
                Mention(second, m.stop, words[1], "PER", source="split-people")]
    return out


PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def split_owner_in_front(text: str, mentions: list[Mention]) -> list[Mention]:
    """"адвокат Биби Саиф уль-Малук": after a noun for a person defined by another
    (``data/client_nouns.txt``), a name of three words or more that starts with the surname of
    another person the document names in full ("Асия Биби") is two people: the owner and the
    one the noun names."""
    lasts = {m.text: name_keys(m.text.split()[-1]) for m in mentions if m.type == "PER" and len(m.text.split()) >= 2}
    out = []
    for m in mentions:
        words = m.text.split()
        others = set().union(*(keys for name, keys in lasts.items() if name != m.text))
        if m.type != "PER" or len(words) < 3 or not name_keys(words[0]) & others \
                or not _after_client_noun(text, m.start):
            out.append(m)
            continue
        cut = m.start + len(words[0])
        rest = text.find(words[1], cut, m.stop)
        if rest < 0:
            out.append(m)
            continue
        out += [Mention(m.start, cut, words[0], "PER", source="split-owner"),
                Mention(rest, m.stop, text[rest:m.stop], "PER", source="split-owner")]
    return out


def strip_person_nouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Христианка Асия Биби": a person tagged with the common noun before the name (capitalised
    at a sentence's start) loses it, when the noun is only a common noun for a person (no first
    name, surname or place reading) and the document names the person elsewhere by the surname."""
    lasts = Counter(_key(m.text.split()[-1]) for m in mentions if m.type == "PER")
    out = []
    for m in mentions:
        words = m.text.split()
        if m.type == "PER" and len(words) >= 3 and lasts[_key(words[-1])] >= 2 and _person_noun(words[0]):
            rest = doc.text.find(words[1], m.start + len(words[0]), m.stop)
            fixed = _mention(doc, rest, m.stop, "PER", "strip-noun") if rest > 0 else None
            out.append(fixed or m)
        else:
            out.append(m)
    return out


def _person_noun(word: str) -> bool:
    """A word the dictionary reads only as an animate common noun ("Христианка", not "Иванов")."""
    options = parses(word)
    return bool(options) and all(p.known and p.pos == "NOUN" and p.has("anim")
                                 and not (p.has("Name") or p.has("Surn") or p.has("Patr") or p.has("Geox"))
                                 for p in options)


def _after_client_noun(text: str, start: int) -> bool:
    """Whether a client noun stands before ``start``, or before the owner's first name there
    ("адвокат Асии | Биби Саиф Уль-Малук")."""
    for _ in range(2):
        before = PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if before is None:
            return False
        if {p.normal for p in parses(before.group(1))} & load_words("client_nouns.txt"):
            return True
        if not before.group(1)[:1].isupper():
            return False
        start = before.start()
    return False


def _key(word: str) -> str:
    options = parses(word)
    surnames = [p.normal for p in options if p.has("Surn")]
    return (surnames[0] if surnames else word.lower()).replace("ё", "е")


def settle_types(doc: Doc) -> None:
    """One name, one type within a document: the type most of its mentions have."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in doc.mentions:
        votes[m.text.lower()][m.type] += 1
    for m in doc.mentions:
        counts = votes[m.text.lower()]
        best, n = counts.most_common(1)[0]
        if best != m.type and n > counts[m.type]:
            m.type = best
            m.source = "settle-type"
