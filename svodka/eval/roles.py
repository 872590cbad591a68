"""Score roles: svodka's ``Doc.roles`` against factRuEval Occupation facts, NEREL
WORKS_AS/WORKPLACE relations (see ``nerel_roles``), or the svodka gold set.

Per document:

* gold roles with the same person last name and role head (``rolematch.role_key``)
  are one fact, their role texts and places pooled as variants (NEREL links
  each mention: "Обамы ... президента" and "Барак Обама, президент США" are
  one fact);
* predictions with the same person, role head and organisation are one;
* each prediction, in order, takes the first unmatched gold fact it matches
  (``rolematch``: person, role, and ``where`` when gold gives one).

``overall`` counts matches with ``where``; ``person_role`` ignores it.
Micro-averaged P/R/F1.  Gold facts without a role (13 of factRuEval's 211
Occupations) are not scored; ``skipped`` counts them.  factRuEval-2016's
best system reached Occupation F1 0.662 (with its own, partial-credit rules).
"""
from __future__ import annotations

from .found import FoundRole, SystemDoc
from .gold import GoldDoc, GoldRole
from .metrics import Counts
from .rolematch import person_matches, pred_key, role_key, role_matches, where_matches


def merge_gold(roles: list[GoldRole]) -> list[GoldRole]:
    """One gold fact per (person, role head), variants pooled; roles without a role text dropped."""
    merged: dict[tuple[str, str], GoldRole] = {}
    for role in roles:
        if not role.roles:
            continue
        key = role_key(role)
        if key not in merged:
            merged[key] = GoldRole(person=role.person, first=set(role.first), last=set(role.last),
                                   roles=list(role.roles), where=list(role.where))
            continue
        fact = merged[key]
        fact.first |= role.first
        fact.last |= role.last
        fact.roles = list(dict.fromkeys(fact.roles + role.roles))
        fact.where = list(dict.fromkeys(fact.where + role.where))
        if len(role.person) > len(fact.person):
            fact.person = role.person
    return list(merged.values())


def unique_predictions(roles: list[FoundRole]) -> list[FoundRole]:
    seen, kept = set(), []
    for role in roles:
        key = pred_key(role)
        if key not in seen and role.role.strip():
            seen.add(key)
            kept.append(role)
    return kept


def count_roles(gold: list[GoldRole], pred: list[FoundRole], with_where: bool = True) -> Counts:
    facts, preds = merge_gold(gold), unique_predictions(pred)
    free = list(range(len(facts)))
    tp = 0
    for role in preds:
        hit = next((i for i in free if matches(role, facts[i], with_where)), None)
        if hit is not None:
            free.remove(hit)
            tp += 1
    return Counts(tp=tp, pred=len(preds), gold=len(facts))


def matches(pred: FoundRole, gold: GoldRole, with_where: bool = True) -> bool:
    return (person_matches(pred, gold) and role_matches(pred.role, gold.roles)
            and (not with_where or where_matches(pred.org, gold.where)))


def score_roles(golds: list[GoldDoc], outputs: list[SystemDoc]) -> dict[str, Counts]:
    table = {"overall": Counts(), "person_role": Counts()}
    for gold, out in zip(golds, outputs, strict=True):
        table["overall"].add(count_roles(gold.roles, out.roles, with_where=True))
        table["person_role"].add(count_roles(gold.roles, out.roles, with_where=False))
    return table


def roles_report(golds: list[GoldDoc], format: str, results: dict[str, list[SystemDoc]]) -> dict:
    """The JSON object ``svodka eval roles --json`` prints."""
    skipped = sum(1 for g in golds for r in g.roles if not r.roles)
    systems = {}
    for name, outputs in results.items():
        table = score_roles(golds, outputs)
        systems[name] = {key: counts.as_json() for key, counts in table.items()}
    return {"task": "roles", "format": format, "documents": len(golds), "systems": systems,
            "skipped": skipped,
            "failures": {name: sum(1 for o in outs if o.failure) for name, outs in results.items()}}
