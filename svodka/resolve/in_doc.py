"""Mentions into document entities: candidates by name keys, then one decision.

People: a mention joins an entity that shares its surname (any base-form
reading of it) and does not contradict its first name; a lone first name joins
the one entity with that first name.  Organisations and places: mentions with
the same base form are one entity.  The canonical name is the fullest
nominative form among an entity's mentions.
"""
from __future__ import annotations

from collections import Counter

from ..annotate.morph import parses
from ..records import Doc, Entity, Mention
from .names import PersonName, base_form, normalize_person, span_tokens


def name_keys(word: str) -> frozenset[str]:
    """Every base-form reading of a name word, lower-cased, with the word itself."""
    word = word.lower().replace("ё", "е")
    keys = {word}
    for p in parses(word):
        if p.pos in ("NOUN", "ADJ", "X") or p.has("Surn") or p.has("Name"):
            keys.add(p.normal)
    return frozenset(keys)


class _Person:
    def __init__(self, name: PersonName, mention: int):
        self.name = name
        self.mentions = [mention]
        self.last_keys = name_keys(name.last) if name.last else frozenset()
        self.first_keys = name_keys(name.first) if name.first else frozenset()

    def accepts(self, name: PersonName) -> bool:
        if name.last:
            last = name_keys(name.last)
            if not (last & self.last_keys):
                return False
            return not name.first or not self.name.first or bool(name_keys(name.first) & self.first_keys)
        return bool(name.first) and bool(name_keys(name.first) & self.first_keys)


def group_people(doc: Doc, indexes: list[int]) -> list[_Person]:
    names = {i: normalize_person(span_tokens(doc, doc.mentions[i].start, doc.mentions[i].stop)) for i in indexes}
    people: list[_Person] = []
    for i in sorted(indexes, key=lambda k: (-names[k].size, doc.mentions[k].start)):
        name = names[i]
        doc.mentions[i].normal = name.full or doc.mentions[i].text
        matches = [p for p in people if p.accepts(name)]
        if len(matches) > 1:
            matches.sort(key=lambda p: _distance(doc, p, i))
        if matches:
            matches[0].mentions.append(i)
        else:
            people.append(_Person(name, i))
    return people


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
