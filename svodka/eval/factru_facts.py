"""Read factRuEval Occupation facts (``book_N.facts``) as ``GoldRole`` records.

A fact is a block: ``<id> Occupation`` then ``Who``, ``Position`` and
``Where`` lines, each ``<field> <ref> <text>``, with variants separated by
`` | ``.  ``Who objN`` and ``Where objN`` name the coref group ``N``
(``.coref``): the person's firstname/lastname, the place's or organisation's
names.  ``Position spanN`` names span ``N`` of ``.spans``, whose text is read
from the ``.txt``.  When an id cannot be resolved, the text after it is used.
Facts of other types (Meeting, Deal, Ownership, ...) are skipped.
"""
from __future__ import annotations

from pathlib import Path

from .gold import GoldRole

FIELDS = ("Who", "Position", "Where")


def read_occupations(txt: Path, text: str, spans: dict[str, tuple[str, int, int]]) -> list[GoldRole]:
    """The Occupation facts of the book at ``txt`` (``spans``: id -> (type, start, stop))."""
    facts = txt.with_suffix(".facts")
    if not facts.exists():
        return []
    coref = read_coref_attributes(txt.with_suffix(".coref"))
    roles = []
    for block in _blocks(facts):
        head = block[0].split()
        if len(head) < 2 or head[1] != "Occupation":
            continue
        fields = _fields(block[1:])
        if "Who" not in fields:
            continue
        roles.append(_occupation(fields, coref, spans, text))
    return roles


def read_coref_attributes(path: Path) -> dict[str, dict[str, list[str]]]:
    """coref group id -> attribute -> values (``firstname``, ``lastname``, ``name``, ...)."""
    groups: dict[str, dict[str, list[str]]] = {}
    if not path.exists():
        return groups
    for block in _blocks(path):
        attrs: dict[str, list[str]] = {}
        for line in block[1:]:
            key, _, value = line.partition(" ")
            if value.strip():
                attrs.setdefault(key.rstrip("0123456789"), []).append(value.strip())
        groups[block[0].split()[0]] = attrs
    return groups


def _blocks(path: Path) -> list[list[str]]:
    blocks, block = [], []
    with open(path, encoding="utf-8-sig") as f:
        for line in [*f, ""]:
            if line.strip():
                block.append(line.strip())
            elif block:
                blocks.append(block)
                block = []
    return blocks


def _fields(lines: list[str]) -> dict[str, list[tuple[str, str]]]:
    """field -> [(ref, text)] for each variant."""
    fields: dict[str, list[tuple[str, str]]] = {}
    for line in lines:
        name, _, rest = line.partition(" ")
        if name not in FIELDS:
            continue
        for variant in rest.split(" | "):
            ref, _, value = variant.strip().partition(" ")
            fields.setdefault(name, []).append((ref, value.strip()))
    return fields


def _occupation(fields: dict, coref: dict, spans: dict, text: str) -> GoldRole:
    ref, inline = fields["Who"][0]
    attrs = coref.get(ref.removeprefix("obj"), {})
    first, last = set(attrs.get("firstname", [])), set(attrs.get("lastname", []))
    if not first and not last and inline:
        words = inline.split()
        last, first = {words[0]}, set(words[1:2])     # the inline text is "Lastname Firstname"
    person = " ".join(filter(None, (min(first, default=""), min(last, default="")))) or inline
    roles = []
    for ref, inline in fields.get("Position", []):
        span = spans.get(ref.removeprefix("span"))
        roles.append(text[span[1]:span[2]] if span else inline)
    where = []
    for ref, inline in fields.get("Where", []):
        names = coref.get(ref.removeprefix("obj"), {}).get("name", [])
        where.extend(names or ([inline] if inline else []))
    return GoldRole(person=person, first=first, last=last, roles=_unique(roles), where=_unique(where))


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))
