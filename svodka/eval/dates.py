"""Score date expressions and their resolved values against the svodka gold set (GOLD_FORMAT.md).

* **Detection.**  ``exact``: predicted (start, stop) equal to a gold
  (start, end).  ``overlap``: gold and predicted spans that share at least
  one character, paired one to one, largest overlap first.  Micro P/R/F1
  over all articles.
* **Value accuracy**, over gold dates detected by overlap: the predicted
  ``value`` equals gold's (or one of gold's ``values`` for a range) and the
  predicted ``precision`` equals gold's.  A gold date with no value (a
  relative date in an article without a publication date) is right when
  the prediction has no value either.  ``value_only`` ignores precision;
  ``by_resolved`` splits value accuracy by gold's ``resolved`` (absolute,
  relative, ...).
"""
from __future__ import annotations

from collections import defaultdict

from .found import FoundDate, SystemDoc
from .goldset import GoldArticle
from .metrics import Accuracy, Counts, count_sets, pair_greedily
from .statements import overlap


def match_dates(gold: list[dict], pred: list[FoundDate]) -> dict[int, int]:
    """gold index -> prediction index, overlapping spans paired largest overlap first."""
    return pair_greedily((-overlap((d["start"], d["end"]), (p.start, p.stop)), g, i)
                         for g, d in enumerate(gold) for i, p in enumerate(pred)
                         if overlap((d["start"], d["end"]), (p.start, p.stop)) > 0)


def value_right(gold: dict, pred: FoundDate, with_precision: bool = True) -> bool:
    if gold.get("value") is None:
        return pred.value is None
    values = {gold["value"], *(gold.get("values") or [])}
    return pred.value in values and (not with_precision or pred.precision == gold.get("precision"))


def score_dates(golds: list[GoldArticle], outputs: list[SystemDoc]) -> dict:
    exact, overlapping = Counts(), Counts()
    value, value_only = Accuracy(), Accuracy()
    by_resolved: dict[str, Accuracy] = defaultdict(Accuracy)
    for gold, out in zip(golds, outputs, strict=True):
        exact.add(count_sets({(d["start"], d["end"]) for d in gold.dates}, {(p.start, p.stop) for p in out.dates}))
        matched = match_dates(gold.dates, out.dates)
        overlapping.add(Counts(tp=len(matched), pred=len(out.dates), gold=len(gold.dates)))
        for g, i in matched.items():
            ok = value_right(gold.dates[g], out.dates[i])
            value.add(ok)
            value_only.add(value_right(gold.dates[g], out.dates[i], with_precision=False))
            by_resolved[gold.dates[g].get("resolved") or "unknown"].add(ok)
    return {"detection": {"exact": exact.as_json(), "overlap": overlapping.as_json()},
            "value_accuracy": round(value.value, 4), "value": value.as_json(),
            "value_only": value_only.as_json(),
            "by_resolved": {k: a.as_json() for k, a in sorted(by_resolved.items())},
            "n_gold": overlapping.gold, "n_pred": overlapping.pred}


def dates_report(golds: list[GoldArticle], results: dict[str, list[SystemDoc]]) -> dict:
    """The JSON object ``svodka eval dates --json`` prints."""
    return {"task": "dates", "format": "gold", "documents": len(golds),
            "systems": {name: score_dates(golds, outs) for name, outs in results.items()},
            "failures": {name: sum(1 for o in outs if o.failure) for name, outs in results.items()}}
