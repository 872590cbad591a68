"""Score PER, LOC and ORG mentions against gold.

factru and NEREL have offsets: ``exact`` counts spans whose start, stop and
type all match; ``token`` counts razdel tokens tagged with each type, as
naeval does.  BSNLP has none: ``exact`` and ``relaxed`` compare per-document
sets of (mention string, type); see ``svodka.eval.bsnlp`` for the rules;
``token`` compares the per-document sets of (word, type) those strings hold,
so every format gives the ``exact`` and ``token`` keys.
``overall`` sums the counts of the three types (micro average).
"""
from __future__ import annotations

from .found import SystemDoc
from .gold import TYPES, GoldDoc, normal_text
from .metrics import Counts, count_exact, count_relaxed, count_sets, count_tokens

OFFSET_METHODS = ("exact", "token")
SET_METHODS = ("exact", "token", "relaxed")


def methods_for(format: str) -> tuple[str, ...]:
    return SET_METHODS if format == "bsnlp" else OFFSET_METHODS


def score_ner(golds: list[GoldDoc], outputs: list[SystemDoc], format: str) -> dict:
    """``{type: {method: Counts}}`` for one system, with ``overall``."""
    methods = methods_for(format)
    table = {t: {m: Counts() for m in methods} for t in (*TYPES, "overall")}
    for gold, out in zip(golds, outputs, strict=True):
        counts = _doc_counts(gold, out) if format == "bsnlp" else _span_counts(gold, out)
        for (type, method), c in counts.items():
            table[type][method].add(c)
            table["overall"][method].add(c)
    return table


def _span_counts(gold: GoldDoc, out: SystemDoc) -> dict:
    pred = out.raw_spans(TYPES)
    counts = {}
    for type in TYPES:
        counts[type, "exact"] = count_exact(gold.spans, pred, type)
        counts[type, "token"] = count_tokens(gold.text, gold.spans, pred, type)
    return counts


def predicted_forms(gold: GoldDoc, out: SystemDoc) -> set[tuple[str, str]]:
    """The system's distinct (normalised string, type) pairs, strings read from the gold text."""
    forms = set()
    for m in out.mentions:
        if m.type in TYPES:
            text = gold.text[m.raw_start:m.raw_stop] if 0 <= m.raw_start < m.raw_stop else m.text
            forms.add((normal_text(text), m.type))
    return forms


def _doc_counts(gold: GoldDoc, out: SystemDoc) -> dict:
    pred = predicted_forms(gold, out)
    counts = {}
    for type in TYPES:
        mine = {f for f in pred if f[1] == type}
        theirs = {f for f in gold.mentions if f[1] == type}
        counts[type, "exact"] = count_sets(theirs, mine)
        counts[type, "token"] = count_sets(_words(theirs), _words(mine))
        groups = {k: v for k, v in gold.groups.items() if k.startswith(type + "|")}
        counts[type, "relaxed"] = count_relaxed(groups, mine)
    return counts


def _words(forms: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(word, type) for text, type in forms for word in text.split()}


def ner_report(golds: list[GoldDoc], format: str, results: dict[str, list[SystemDoc]]) -> dict:
    """The JSON object ``svodka eval ner --json`` prints."""
    systems = {}
    for name, outputs in results.items():
        table = score_ner(golds, outputs, format)
        systems[name] = {t: {m: c.as_json() for m, c in row.items()} for t, row in table.items()}
    return {"task": "ner", "format": format, "documents": len(golds), "systems": systems,
            "failures": {name: sum(1 for o in outs if o.failure) for name, outs in results.items()}}
