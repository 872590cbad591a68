"""svodka's measuring tools: gold readers, metrics, the bare-natasha baseline, scorers and the benchmark.

>>> from svodka.eval import evaluate, read_gold
>>> report = evaluate("ner", "factru", "factru/devset", systems=("svodka", "natasha"))

Readers: ``read_factru``, ``read_nerel``, ``read_bsnlp`` give ``GoldDoc``
records.  Scorers: ``ner_report``, ``norm_report``, ``entities_report``,
``roles_report`` (factRuEval Occupation, NEREL WORKS_AS/WORKPLACE),
``events_report`` (NEREL EVENT triggers and their time, place and
participant links; ``evaluate_events``); on the
svodka gold set (``read_gold_set``, GOLD_FORMAT.md): ``evaluate_gold_set``
with ``dates_report``, ``statements_report`` and ``roles_report``.
Speed: ``bench.run_bench``.  Commands: ``commands.eval_app`` and
``commands.bench_command``.
"""
from .bsnlp import read_bsnlp
from .entities import entities_report
from .events import events_report
from .factru import read_factru
from .gold import GoldDoc, GoldEntity, GoldEvent, normal_text
from .ner import ner_report
from .nerel import read_nerel
from .norm import norm_report
from .dates import dates_report
from .goldset import GoldArticle, read_gold_set
from .roles import roles_report
from .run import evaluate, evaluate_events, evaluate_gold_set, read_gold
from .statements import statements_report

__all__ = ["GoldArticle", "GoldDoc", "GoldEntity", "GoldEvent", "dates_report", "entities_report", "evaluate",
           "evaluate_events", "evaluate_gold_set", "events_report", "ner_report", "norm_report", "normal_text", "read_bsnlp", "read_factru",
           "read_gold", "read_gold_set", "read_nerel", "roles_report", "statements_report"]
