"""The evaluation API the commands call: read gold, run the systems, score.

>>> report = evaluate("ner", "factru", "factru/devset", systems=("natasha",), limit=20)
>>> report["systems"]["natasha"]["overall"]["exact"]["f1"]
"""
from __future__ import annotations

from ..errors import EvalError
from .bsnlp import read_bsnlp
from .entities import entities_report
from .factru import read_factru
from .gold import GoldDoc
from .ner import ner_report
from .nerel import read_nerel
from .norm import norm_report
from .systems import SYSTEMS, run_systems

READERS = {"factru": read_factru, "nerel": read_nerel, "bsnlp": read_bsnlp}
TASKS = {
    # task: (formats it scores, natasha's full chain needed, report builder)
    "ner": (("factru", "nerel", "bsnlp"), False, ner_report),
    "norm": (("bsnlp", "factru"), True, norm_report),
    "entities": (("factru",), True, entities_report),
}


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
    golds = read_gold(format, path, limit)
    results = dict(run_systems(golds, format, systems=tuple(systems), full=full, settings=settings))
    return build(golds, format, results)
