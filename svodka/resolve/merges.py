"""Entities of one document that are one: a person written once with a typo joins the
spelling used more, an abbreviation in brackets joins the name before it, a contracted
organisation name ("Еврокомиссия") joins the full one ("Европейская комиссия").
"""
from __future__ import annotations

from ..records import Doc


def merge_bracketed_abbreviations(doc: Doc) -> None:
    """"газета «Нью-Йорк таймс» (NYT)": the abbreviation in brackets after a name of the same
    type is that entity; the name keeps the canonical name."""
    by_id = {id(e): e for e in doc.entities}
    owner = {i: e for e in doc.entities for i in e.mentions}
    taken: set[int] = set()
    for k in range(len(doc.mentions) - 1):
        full, n = doc.mentions[k], k + 1
        if full.type == "ORG" and doc.mentions[n].type == "LOC" and n + 1 < len(doc.mentions) \
                and doc.text[full.stop:doc.mentions[n].start] == " " and doc.mentions[n + 1].type in ("ORG", "LOC") \
                and _is_abbreviation(doc.mentions[n + 1].text) \
                and not _places_own(doc, n, n + 1):
            n += 1          # "Антидопинговое агентство США (USADA)": the country between
        short = doc.mentions[n]
        if n in taken or full.type == "PER" or not _is_abbreviation(short.text) \
                or full.type != short.type and n == k + 1:
            continue
        opening = doc.text[doc.mentions[n - 1].stop:short.start] if n > k + 1 else doc.text[full.stop:short.start]
        if opening.strip(" »\"") != "(" or doc.text[short.stop:short.stop + 1] != ")":
            continue
        before = doc.mentions[k - 1] if k > 0 else None
        tail = before is not None and before.type == full.type and not doc.text[before.stop:full.start].strip()
        if tail or not _may_abbreviate(short.text, full.text):
            continue        # "организации ООН (ФАО)": the brackets close a longer name
        main, other = owner.get(k), owner.get(n)
        if main is None or other is None or main is other or id(other) not in by_id:
            continue
        if short.type != full.type:     # the tagger took the bracketed abbreviation for a place:
            short.type = full.type      # it leaves that entity for the organisation, with the
            other.mentions = [i for i in other.mentions if i != n]     # organisation of that name
            same = [e for e in doc.entities if id(e) in by_id and e is not main and e.type == full.type
                    and e.name.lower() == short.text.lower()]
            main.mentions = sorted(set(main.mentions + [n] + [i for e in same for i in e.mentions]))
            for i in main.mentions:
                owner[i] = main
            for e in same:
                del by_id[id(e)]
            taken.add(n)
            continue
        main.mentions = sorted(main.mentions + other.mentions)
        for i in other.mentions:
            owner[i] = main
        del by_id[id(other)]
    doc.entities = [e for e in doc.entities if id(e) in by_id and e.mentions]


def _places_own(doc: Doc, place: int, short: int) -> bool:
    """Whether the bracketed abbreviation at mention ``short`` is the place's before it ("Сенат
    Соединенных Штатов Америки (США)"): it may abbreviate the place in the same script, or the
    document names a place so elsewhere."""
    text, name = doc.mentions[short].text, doc.mentions[place].text
    same_script = ("a" <= text[:1].lower() <= "z") == ("a" <= name[:1].lower() <= "z")
    return same_script and _may_abbreviate(text, name) or any(
        m.type == "LOC" and m.text == text for i, m in enumerate(doc.mentions) if i != short)


def _may_abbreviate(short: str, full: str) -> bool:
    """An abbreviation in the script of the name starts with the name's first letter."""
    a, b = short.lstrip("«\"")[:1].lower(), full.lstrip("«\"")[:1].lower()
    return ("a" <= a <= "z") != ("a" <= b <= "z") or a == b


def _is_abbreviation(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 8 and sum(c.isupper() for c in letters) >= len(letters) - 1 \
        and len(text.split()) == 1


def merge_misspellings(doc: Doc) -> None:
    """A person written once with a typo ("Михаил Сааакашвили" beside "Михаил Саакашвили",
    "Трапм" beside "Трамп") joins the spelling the document uses more: the names differ in one
    word, by two neighbouring letters swapped, or by one letter added, dropped or changed before
    its last two letters (those carry case and gender: "Иванов" and "Иванова" stay apart)."""
    people = sorted((e for e in doc.entities if e.type == "PER"), key=lambda e: -len(e.mentions))
    gone: set[int] = set()
    for i, main in enumerate(people):
        if id(main) in gone:
            continue
        for other in people[i + 1:]:
            if id(other) not in gone and _one_typo(main.name, other.name):
                main.mentions = sorted(main.mentions + other.mentions)
                gone.add(id(other))
    doc.entities = [e for e in doc.entities if id(e) not in gone]


def _one_typo(a: str, b: str) -> bool:
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if min(len(x), len(y)) < 5:
        return False
    swapped = len(x) == len(y) and sorted(x) == sorted(y) and sum(p != q for p, q in zip(x, y)) == 2 \
        and _edit_distance_one(x, y)
    return swapped or (x[-2:] == y[-2:] and _edit_distance_one(x, y))


def _edit_distance_one(x: str, y: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns ``x`` into ``y``."""
    if abs(len(x) - len(y)) > 1:
        return False
    i = 0
    while i < min(len(x), len(y)) and x[i] == y[i]:
        i += 1
    if len(x) == len(y):
        return x[i + 1:] == y[i + 1:] or (x[i:i + 2] == y[i:i + 2][::-1] and x[i + 2:] == y[i + 2:])
    longer, shorter = (x, y) if len(x) > len(y) else (y, x)
    return longer[i + 1:] == shorter[i:]


CONTRACTED_PART = 3     # letters each part of a contraction keeps at least ("мин|здрав", "евро|комиссия")


def merge_contractions(doc: Doc) -> None:
    """"Еврокомиссия" beside "Европейская комиссия", "Минздрав России" beside "Министерство
    здравоохранения России": an organisation whose first word contracts the first two words of
    another organisation's name (the starts of both, the rest the same) is that organisation,
    under the full name."""
    orgs = [e for e in doc.entities if e.type == "ORG"]
    gone: set[int] = set()
    for short in orgs:
        full = next((e for e in orgs if e is not short and id(e) not in gone and contracts(short.name, e.name)), None)
        if full is not None:
            full.mentions = sorted(full.mentions + short.mentions)
            gone.add(id(short))
    doc.entities = [e for e in doc.entities if id(e) not in gone]


def contracts(short: str, full: str) -> bool:
    """Whether ``short``'s first word joins the starts of ``full``'s first two words and the
    words after them are the same ("Минфин США", "Министерство финансов США")."""
    ws, wf = short.lower().replace("ё", "е").split(), full.lower().replace("ё", "е").split()
    if not ws or len(wf) != len(ws) + 1 or ws[1:] != wf[2:] or not ws[0].isalpha():
        return False
    word = ws[0]
    return any(wf[0].startswith(word[:i]) and wf[0] != word[:i] and wf[1].startswith(word[i:])
               for i in range(CONTRACTED_PART, len(word) - CONTRACTED_PART + 1))
