"""``svodka eval ner|norm|entities|roles|events|dates|statements`` and ``svodka bench``: thin commands
over ``eval.run`` and ``eval.bench``.

Each prints a table, or one JSON object with ``--json``.  A bad path or
format prints the error and its hint, and exits with code 2.
"""
from __future__ import annotations

import json
import sys
from typing import Annotated, Callable, Optional

import typer

from ..errors import EvalError, SvodkaError
from . import report as tables
from .run import evaluate, evaluate_events, evaluate_gold_set
from .systems import SYSTEMS

eval_app = typer.Typer(
    help="Score svodka and bare natasha against gold data (factRuEval, NEREL, BSNLP) in the same run.",
    no_args_is_help=True)

FORMAT_HELP = "Dataset format: {}."
SYSTEM_HELP = "System to score (repeat for several): svodka, natasha. Default: both."
LIMIT_HELP = "Score only the first N documents."
JSON_HELP = "Print one JSON object instead of a table."


def _fail(error: SvodkaError) -> None:
    print(f"error: {error}", file=sys.stderr)
    raise typer.Exit(code=2)


def _emit(report: dict, json_out: bool, table: Callable[[dict], object], notes: list[str] | None = None) -> None:
    if json_out:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        tables.print_table(table(report), notes)


def _run(task: str, format: str, path: str, systems: Optional[list[str]], limit: Optional[int]) -> dict:
    try:
        return evaluate(task, format, path, systems=tuple(systems or SYSTEMS), limit=limit)
    except SvodkaError as error:
        _fail(error)


@eval_app.command("ner")
def ner_command(
    path: str = typer.Argument(..., help="Folder of gold documents in --format."),
    format: str = typer.Option(..., "--format", "-f", help=FORMAT_HELP.format("factru, nerel or bsnlp")),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help=LIMIT_HELP),
    system: Optional[list[str]] = typer.Option(None, "--system", "-s", help=SYSTEM_HELP),
):
    """Score PER, LOC and ORG mentions: P, R, F1 by exact span and per token (BSNLP: per document sets).

    Example: svodka eval ner --format factru ../shared/datasets/factru/devset --json
    """
    report = _run("ner", format, path, system, limit)
    _emit(report, json_out, tables.ner_table, _failure_notes(report))


@eval_app.command("norm")
def norm_command(
    path: str = typer.Argument(..., help="Folder of gold documents in --format."),
    format: str = typer.Option(..., "--format", "-f", help=FORMAT_HELP.format("bsnlp or factru")),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help=LIMIT_HELP),
    system: Optional[list[str]] = typer.Option(None, "--system", "-s", help=SYSTEM_HELP),
):
    """Score base forms: BSNLP gold base forms per mention; factRuEval normalised entity attributes.

    Example: svodka eval norm --format bsnlp ../shared/datasets/bsnlp/nord_stream
    """
    report = _run("norm", format, path, system, limit)
    _emit(report, json_out, tables.norm_table, _failure_notes(report))


@eval_app.command("entities")
def entities_command(
    path: str = typer.Argument(..., help="Folder of factRuEval documents (book_N.txt, .objects, .coref)."),
    format: str = typer.Option("factru", "--format", "-f", help=FORMAT_HELP.format("factru")),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help=LIMIT_HELP),
    system: Optional[list[str]] = typer.Option(None, "--system", "-s", help=SYSTEM_HELP),
):
    """Score document entities matched by their normalised attributes (factRuEval track 2).

    Example: svodka eval entities --format factru ../shared/datasets/factru/devset
    """
    report = _run("entities", format, path, system, limit)
    _emit(report, json_out, tables.entities_table, _failure_notes(report))


@eval_app.command("events")
def events_command(
    path: str = typer.Argument(..., help="Folder of NEREL documents (.txt with .ann beside each)."),
    format: str = typer.Option("nerel", "--format", "-f", help=FORMAT_HELP.format("nerel")),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help=LIMIT_HELP),
    misses: int = typer.Option(0, "--misses", "-m", help="Also list the N worst time-link misses."),
):
    """Score svodka's events: trigger P/R/F1 against NEREL EVENT spans (overlap and exact), and the
    share of gold events whose svodka event has the right time (POINT_IN_TIME), place
    (TAKES_PLACE_IN) and participant (PARTICIPANT_IN, AGENT).

    Example: svodka eval events --format nerel ../shared/datasets/nerel/dev --misses 20
    """
    try:
        report = evaluate_events(format, path, limit=limit, misses=misses)
    except SvodkaError as error:
        _fail(error)
    _emit(report, json_out, tables.events_table, _failure_notes(report))
    if misses and not json_out:
        print("\n".join(tables.misses_lines(report)))


GOLD_HELP = "svodka gold JSONL file (GOLD_FORMAT.md), e.g. gold/bsnlp_gold.jsonl."
TEXTS_HELP = "Folder holding the BSNLP raw files the gold names (searched at any depth)."


def _run_gold_set(task: str, gold: Optional[str], texts: Optional[str], limit: Optional[int]) -> dict:
    if not gold or not texts:
        _fail(EvalError(f"`eval {task}` needs both --gold and --texts",
                        hint=f"e.g. svodka eval {task} --gold gold/bsnlp_gold.jsonl --texts ../shared/datasets/bsnlp"))
    try:
        return evaluate_gold_set(task, gold, texts, limit=limit)
    except SvodkaError as error:
        _fail(error)


@eval_app.command("roles")
def roles_command(
    path: Optional[str] = typer.Argument(None, help="Folder of gold documents in --format (not with --gold)."),
    format: str = typer.Option("factru", "--format", "-f", help=FORMAT_HELP.format("factru or nerel")),
    gold: Optional[str] = typer.Option(None, "--gold", help=GOLD_HELP + " Scores the gold set instead of PATH."),
    texts: Optional[str] = typer.Option(None, "--texts", help=TEXTS_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help=LIMIT_HELP),
):
    """Score svodka's roles (person, role, where): factRuEval Occupation facts, NEREL WORKS_AS +
    WORKPLACE, or the svodka gold set.  Names, roles and places are compared by lemma.

    Example: svodka eval roles --format factru ../shared/datasets/factru/devset --json
    """
    if gold or texts:
        report = _run_gold_set("roles", gold, texts, limit)
    elif path is None:
        _fail(EvalError("`eval roles` needs a PATH, or --gold and --texts",
                        hint="e.g. svodka eval roles --format nerel ../shared/datasets/nerel/dev"))
    else:
        report = _run("roles", format, path, ["svodka"], limit)
    _emit(report, json_out, tables.roles_table, _failure_notes(report))


@eval_app.command("statements")
def statements_command(
    gold: Optional[str] = typer.Option(None, "--gold", help=GOLD_HELP),
    texts: Optional[str] = typer.Option(None, "--texts", help=TEXTS_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help="Score only the first N gold articles."),
):
    """Score svodka's statements: found (content overlap of half the gold content), speaker and cue
    accuracy, content token F1.

    Example: svodka eval statements --gold gold/bsnlp_gold.jsonl --texts ../shared/datasets/bsnlp
    """
    report = _run_gold_set("statements", gold, texts, limit)
    _emit(report, json_out, tables.statements_table, _failure_notes(report))


@eval_app.command("dates")
def dates_command(
    gold: Optional[str] = typer.Option(None, "--gold", help=GOLD_HELP),
    texts: Optional[str] = typer.Option(None, "--texts", help=TEXTS_HELP),
    json_out: bool = typer.Option(False, "--json", help=JSON_HELP),
    limit: Optional[int] = typer.Option(None, "--limit", "-n", help="Score only the first N gold articles."),
):
    """Score svodka's dates: detection by exact span and by overlap, and resolved values with precision.

    Example: svodka eval dates --gold gold/bsnlp_gold.jsonl --texts ../shared/datasets/bsnlp --json
    """
    report = _run_gold_set("dates", gold, texts, limit)
    _emit(report, json_out, tables.dates_table, _failure_notes(report))


def _failure_notes(report: dict) -> list[str]:
    return [f"{name}: {count} document(s) failed and were scored as empty"
            for name, count in report.get("failures", {}).items() if count]


def bench_command(
    path: Annotated[list[str], typer.Argument(help="Files, folders or globs that `svodka ingest` reads.")],
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", help="Measure on the first N articles.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help=JSON_HELP)] = False,
) -> None:
    """Measure svodka (with and without storage) and bare natasha on the same articles.

    Each system runs in a fresh process: articles and tokens per second, peak RSS,
    model load time and time per stage, with the machine it ran on.

    Example: svodka bench ../shared/datasets/bsnlp/covid-19 --limit 50
    """
    from .bench import run_bench
    try:
        report = run_bench(path, limit=limit)
    except SvodkaError as error:
        _fail(error)
    _emit(report, json_out, tables.bench_table)
