"""Score base forms (normalisation).

BSNLP: for every distinct gold PER/LOC/ORG mention of a document, the
system's base form is compared with the gold base form by
``gold.normal_text`` (case-insensitive, ё as е, outer quotes stripped).  The
system's base form is that of its own mention with the same string (one of
the same type first); for a mention it did not tag, the system normalises the
first whole-word occurrence of the string in its text (svodka:
``resolve.names.base_form``; natasha: ``span.normalize`` on that span).
Strings that cannot be found in the text are left out (``missing``).

factru: every gold entity with name attributes is matched to the system
entity of the same type with most mentions overlapping its objects; its
attributes are compared as in ``entities.attributes_match``.  Accuracy is
over the gold entities found this way (``n``); ``gold`` counts them all.
"""
from __future__ import annotations

import re

from .entities import attributes_match
from .found import FoundEntity, SystemDoc
from .gold import TYPES, GoldDoc, GoldEntity, QUOTES, normal_text
from .metrics import Accuracy


def find_mention(text: str, mention: str) -> tuple[int, int] | None:
    """The first whole-word, case-insensitive occurrence of ``mention`` in ``text`` (ё as е);
    failing that, of ``mention`` without its outer quotes."""
    hay = _fold(text)
    if len(hay) != len(text):
        hay = text
    for needle in dict.fromkeys((mention.strip(), mention.strip().strip(QUOTES).strip())):
        words = _fold(needle).split()
        if not words:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        match = re.search(rf"(?<!\w){pattern}(?!\w)", hay)
        if match:
            return match.start(), match.end()
    return None


def _fold(value: str) -> str:
    return value.lower().replace("ё", "е")


def system_base(out: SystemDoc, mention: str, type: str) -> str | None:
    """The system's base form of ``mention``, None when it cannot be placed in the text."""
    key = normal_text(mention)
    same = [m for m in out.mentions if normal_text(m.text) == key]
    same.sort(key=lambda m: m.type != type)
    if same:
        return same[0].normal
    span = find_mention(out.text, mention)
    if span is None or out.base_form is None:
        return None
    return out.base_form(span[0], span[1], type)


def score_bsnlp_norm(golds: list[GoldDoc], outputs: list[SystemDoc]) -> tuple[dict, int]:
    """Accuracy per type (and overall), and how many gold mentions were left out."""
    table = {t: Accuracy() for t in (*TYPES, "overall")}
    missing = 0
    for gold, out in zip(golds, outputs, strict=True):
        seen = set()
        for mention, base, type in gold.norms:
            if (normal_text(mention), type) in seen:
                continue
            seen.add((normal_text(mention), type))
            guess = system_base(out, mention, type)
            if guess is None:
                missing += 1
                continue
            ok = normal_text(guess) == normal_text(base)
            table[type].add(ok)
            table["overall"].add(ok)
    return table, missing


def best_entity(gold: GoldEntity, out: SystemDoc) -> FoundEntity | None:
    """The system entity of the gold type with most mentions overlapping the gold spans."""
    def overlaps(entity: FoundEntity) -> int:
        spans = [out.mentions[i] for i in entity.mentions if 0 <= i < len(out.mentions)]
        return sum(1 for m in spans if any(m.raw_start < e and s < m.raw_stop for s, e in gold.spans))
    scored = [(overlaps(e), -i, e) for i, e in enumerate(out.entities) if e.type == gold.type]
    scored = [s for s in scored if s[0] > 0]
    return max(scored, key=lambda s: s[:2])[2] if scored else None


def score_factru_norm(golds: list[GoldDoc], outputs: list[SystemDoc]) -> tuple[dict, dict]:
    """Accuracy per type (and overall) over found gold entities, and gold totals per type."""
    table = {t: Accuracy() for t in (*TYPES, "overall")}
    totals = {t: 0 for t in (*TYPES, "overall")}
    for gold, out in zip(golds, outputs, strict=True):
        for entity in gold.entities:
            if not entity.scorable:
                continue
            totals[entity.type] += 1
            totals["overall"] += 1
            found = best_entity(entity, out)
            if found is not None:
                ok = attributes_match(entity, found)
                table[entity.type].add(ok)
                table["overall"].add(ok)
    return table, totals


def norm_report(golds: list[GoldDoc], format: str, results: dict[str, list[SystemDoc]]) -> dict:
    """The JSON object ``svodka eval norm --json`` prints."""
    systems = {}
    for name, outputs in results.items():
        if format == "bsnlp":
            table, missing = score_bsnlp_norm(golds, outputs)
            systems[name] = {t: a.as_json() for t, a in table.items()}
            systems[name]["missing"] = missing
        else:
            table, totals = score_factru_norm(golds, outputs)
            systems[name] = {t: {**a.as_json(), "gold": totals[t]} for t, a in table.items()}
    return {"task": "norm", "format": format, "documents": len(golds), "systems": systems,
            "failures": {name: sum(1 for o in outs if o.failure) for name, outs in results.items()}}
