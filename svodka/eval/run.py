"""The evaluation API the commands call: read gold, run the systems, score.

>>> report = evaluate("ner", "factru", "factru/devset", systems=("natasha",), limit=20)
>>> report["systems"]["natasha"]["overall"]["exact"]["f1"]
"""
from __future__ import annotations

from ..errors import EvalError
from .bsnlp import read_bsnlp
from .dates import dates_report
from .entities import entities_report
from .events import events_report
from .factru import read_factru
from .gold import GoldDoc
from .goldset import gold_docs, read_gold_set
from .ner import ner_report
from .nerel import read_nerel
from .norm import norm_report
from .roles import roles_report
from .statements import statements_report
from .systems import SYSTEMS, run_svodka_articles, run_systems

READERS = {"factru": read_factru, "nerel": read_nerel, "bsnlp": read_bsnlp}
TASKS = {
    # task: (formats it scores, natasha's full chain needed, report builder)
    "ner": (("factru", "nerel", "bsnlp"), False, ner_report),
    "norm": (("bsnlp", "factru"), True, norm_report),
    "entities": (("factru",), True, entities_report),
    "roles": (("factru", "nerel"), False, roles_report),
    "events": (("nerel",), False, events_report),
}
ONLY_SVODKA = ("roles", "events")     # bare natasha gives no roles, events, statements or resolved dates
GOLD_SET_TASKS = ("dates", "statements", "roles")


def read_gold(format: str, path: str, limit: int | None = None) -> list[GoldDoc]:
    """Gold documents of ``format`` in ``path``, the first ``limit`` if given."""
    if format not in READERS:
        raise EvalError(f"unknown format {format!r}", hint=f"choose one of {', '.join(READERS)}")
    if limit is not None and limit < 1:
        raise EvalError(f"--limit must be at least 1, got {limit}", hint="give a positive number of documents")
    return READERS[format](path, limit=limit)


def evaluate(task: str, format: str, path: str, systems=SYSTEMS, limit: int | None = None,
             settings=None) -> dict:
    """Score ``systems`` on the gold documents in ``path``: the report as a plain dict."""
    formats, full, build = TASKS[task]
    if format not in formats:
        raise EvalError(f"`eval {task}` does not score the {format!r} format",
                        hint=f"`eval {task}` takes --format {' or '.join(formats)}")
    if task in ONLY_SVODKA and tuple(systems) != ("svodka",):
        raise EvalError(f"`eval {task}` scores svodka only", hint=f"bare natasha has no {task}; drop --system")
    golds = read_gold(format, path, limit)
    results = dict(run_systems(golds, format, systems=tuple(systems), full=full, settings=settings))
    return build(golds, format, results)


def evaluate_events(format: str, path: str, limit: int | None = None, misses: int = 0, settings=None) -> dict:
    """Score svodka's events on NEREL; ``misses`` > 0 adds that many of the worst time-link misses.

    >>> report = evaluate_events("nerel", "nerel/dev")
    >>> report["systems"]["svodka"]["time_link_accuracy"]
    """
    if misses < 0:
        raise EvalError(f"--misses must be 0 or more, got {misses}", hint="give how many misses to list")
    if format not in TASKS["events"][0]:
        raise EvalError(f"`eval events` does not score the {format!r} format", hint="`eval events` takes --format nerel")
    golds = read_gold(format, path, limit)
    results = dict(run_systems(golds, format, systems=("svodka",), settings=settings))
    return events_report(golds, format, results, misses=misses)


def evaluate_gold_set(task: str, gold: str, texts: str, limit: int | None = None, settings=None) -> dict:
    """Score svodka on the svodka gold set (GOLD_FORMAT.md): ``dates``, ``statements`` or ``roles``.

    >>> report = evaluate_gold_set("dates", "gold/bsnlp_gold.jsonl", "../shared/datasets/bsnlp")
    """
    if task not in GOLD_SET_TASKS:
        raise EvalError(f"the gold set does not score {task!r}", hint=f"choose {', '.join(GOLD_SET_TASKS)}")
    if limit is not None and limit < 1:
        raise EvalError(f"--limit must be at least 1, got {limit}", hint="give a positive number of articles")
    items = read_gold_set(gold, texts, limit)
    results = {"svodka": run_svodka_articles([item.article for item in items], settings)}
    if task == "dates":
        return dates_report(items, results)
    if task == "statements":
        return statements_report(items, results)
    return roles_report(gold_docs(items), "gold", results)
