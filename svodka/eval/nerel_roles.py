"""NEREL WORKS_AS and WORKPLACE relations merged into (person, role, where) ``GoldRole`` records.

How they are merged:

* every ``WORKS_AS`` (PERSON -> PROFESSION) gives one gold role: the
  person's mention text and the profession's text;
* its ``where`` is every target of a ``WORKPLACE`` from that PROFESSION
  mention ("[министр] ... [Франции]"); failing that, every target of a
  ``WORKPLACE`` from the PERSON mention, but only when that mention has a
  single WORKS_AS (otherwise the place cannot be tied to one role);
* a ``WORKPLACE`` from a person with no WORKS_AS has no role to score and is
  left out.

Texts are as written (inflected: "Билла Клинтона", "президента"); the
scorer compares lemmas (``rolematch``).
"""
from __future__ import annotations

from collections import defaultdict

from .gold import GoldRole


def read_work_relations(lines: list[str], text: str) -> list[GoldRole]:
    """Gold roles from the lines of one ``.ann`` file."""
    mentions: dict[str, str] = {}
    works_as: list[tuple[str, str]] = []
    workplace: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if line.startswith("T") and len(parts) >= 3:
            mentions[parts[0]] = parts[2].strip()
        elif line.startswith("R") and len(parts) >= 2:
            kind, *args = parts[1].split()
            ends = dict(a.split(":", 1) for a in args if ":" in a)
            if {"Arg1", "Arg2"} <= ends.keys():
                if kind == "WORKS_AS":
                    works_as.append((ends["Arg1"], ends["Arg2"]))
                elif kind == "WORKPLACE":
                    workplace[ends["Arg1"]].append(ends["Arg2"])
    jobs_of = defaultdict(int)
    for person, _ in works_as:
        jobs_of[person] += 1
    roles = []
    for person, job in works_as:
        if person not in mentions or job not in mentions:
            continue
        places = workplace.get(job) or (workplace.get(person, []) if jobs_of[person] == 1 else [])
        roles.append(gold_role(mentions[person], [mentions[job]],
                               [mentions[p] for p in places if p in mentions]))
    return roles


def gold_role(person: str, roles: list[str], where: list[str]) -> GoldRole:
    """A ``GoldRole`` from a person's name as written: the last word as ``last``, the first as ``first``."""
    words = person.split()
    return GoldRole(person=person, first=set(words[:1]) if len(words) > 1 else set(),
                    last=set(words[-1:]), roles=list(dict.fromkeys(roles)),
                    where=list(dict.fromkeys(where)))
