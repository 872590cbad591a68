"""Document-level entity identification, as factRuEval-2016 track 2 scores it.

Gold entities are the ``.coref`` groups with their normalised attributes;
system entities are svodka's ``Doc.entities`` (bare natasha: one entity per
(type, base form), PER name parts from its names extractor).  A system
entity matches a gold entity of the same type when its attributes agree
(``attributes_match``); each gold entity matches at most one system entity,
in document order.  Gold entities with no name attributes (only a
descriptor) are not scored.  Precision is matched system entities over all
system PER/LOC/ORG entities; recall is matched over scorable gold entities.
"""
from __future__ import annotations

from itertools import product

from .found import FoundEntity, SystemDoc
from .gold import TYPES, GoldDoc, GoldEntity, normal_text
from .metrics import Counts

PARTS = ("first", "middle", "last")


def attributes_match(gold: GoldEntity, system: FoundEntity) -> bool:
    """Same type, and every attribute gold gives has the system's value among its variants.

    PER compares first name, patronymic and last name (only those gold gives),
    or else the words of the system's full name against the words of gold's
    name parts, in any order ("Ху Цзиньтао" = last Ху, first Цзиньтао).
    ORG and LOC compare the name.  Comparison is by ``gold.normal_text``.
    """
    if gold.type != system.type or not gold.scorable:
        return False
    if gold.type == "PER":
        return _parts_match(gold, system) or _words(system) in _gold_words(gold)
    return normal_text(system.name) in {normal_text(v) for v in gold.names}


def _parts_match(gold: GoldEntity, system: FoundEntity) -> bool:
    return all(normal_text(getattr(system, part)) in {normal_text(v) for v in getattr(gold, part)}
               for part in PARTS if getattr(gold, part))


def _words(system: FoundEntity) -> tuple[str, ...]:
    parts = " ".join(getattr(system, part) for part in PARTS).strip() or system.name
    return tuple(sorted(normal_text(parts).split()))


def _gold_words(gold: GoldEntity) -> set[tuple[str, ...]]:
    variants = [sorted(getattr(gold, part)) for part in PARTS if getattr(gold, part)]
    return {tuple(sorted(normal_text(" ".join(names)).split())) for names in product(*variants)}


def count_entities(gold: GoldDoc, out: SystemDoc) -> Counts:
    golds = [g for g in gold.entities if g.scorable]
    systems = [e for e in out.entities if e.type in TYPES]
    free = list(range(len(systems)))
    tp = 0
    for entity in golds:
        hit = next((i for i in free if attributes_match(entity, systems[i])), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return Counts(tp=tp, pred=len(systems), gold=len(golds))


def score_entities(golds: list[GoldDoc], outputs: list[SystemDoc]) -> Counts:
    total = Counts()
    for gold, out in zip(golds, outputs, strict=True):
        total.add(count_entities(gold, out))
    return total


def entities_report(golds: list[GoldDoc], format: str, results: dict[str, list[SystemDoc]]) -> dict:
    """The JSON object ``svodka eval entities --json`` prints."""
    systems = {name: {"overall": score_entities(golds, outs).as_json()} for name, outs in results.items()}
    return {"task": "entities", "format": format, "documents": len(golds), "systems": systems,
            "failures": {name: sum(1 for o in outs if o.failure) for name, outs in results.items()}}
