"""svodka's measuring tools: gold readers, metrics, the bare-natasha baseline, scorers and the benchmark.

>>> from svodka.eval import evaluate, read_gold
>>> report = evaluate("ner", "factru", "factru/devset", systems=("svodka", "natasha"))

Readers: ``read_factru``, ``read_nerel``, ``read_bsnlp`` give ``GoldDoc``
records.  Scorers: ``ner_report``, ``norm_report``, ``entities_report``.
Speed: ``bench.run_bench``.  Commands: ``commands.eval_app`` and
``commands.bench_command``.
"""
from .bsnlp import read_bsnlp
from .entities import entities_report
from .factru import read_factru
from .gold import GoldDoc, GoldEntity, normal_text
from .ner import ner_report
from .nerel import read_nerel
from .norm import norm_report
from .run import evaluate, read_gold

__all__ = ["GoldDoc", "GoldEntity", "entities_report", "evaluate", "ner_report", "norm_report",
           "normal_text", "read_bsnlp", "read_factru", "read_gold", "read_nerel"]
