"""``svodka bench``: svodka (with and without storage) against bare natasha, same articles, same run.

Articles come from ``svodka.ingest.read_inputs``.  Each system runs in its
own fresh process (``python -m svodka.eval.bench_worker``), one after the
other, so the peak RSS of one does not count the models of another.  Model
loading and a warm-up text are outside the timed part; load time is
reported apart.  Tokens per second use the same razdel token count of the
article texts for every system.  ``ratio`` is svodka's articles per second
without storage over natasha's.
"""
from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

from ..errors import EvalError
from ..records import Article
from .metrics import tokenize

SYSTEMS = ("svodka", "svodka_store", "natasha")


def read_articles(paths: list[str], limit: int | None = None, settings=None) -> tuple[list[Article], int]:
    """The first ``limit`` articles ``svodka ingest`` would read, and how many inputs failed."""
    try:
        from ..ingest import read_inputs
    except ImportError as exc:
        raise EvalError(f"svodka's readers cannot be loaded ({exc})", hint="reinstall svodka") from exc
    if limit is not None and limit < 1:
        raise EvalError(f"--limit must be at least 1, got {limit}", hint="give a positive number of articles")
    articles, failures = [], []
    for item in read_inputs(paths, settings):
        if isinstance(item, Article):
            articles.append(item)
            if limit is not None and len(articles) >= limit:
                break
        else:
            failures.append(item)
    if not articles:
        first = f" ({failures[0].reason})" if failures else ""
        raise EvalError(f"no article could be read from {', '.join(paths)}{first}",
                        hint="give files or folders that `svodka ingest` reads")
    return articles, len(failures)


def describe_machine() -> dict:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cores": os.cpu_count(), "cpu": cpu or platform.machine(),
            "python": platform.python_version(), "system": platform.platform(terse=True)}


def run_worker(system: str, articles_path: str, tokens: int, db: str) -> dict:
    """One system measured in a fresh interpreter; its JSON result, or an ``error``."""
    command = [sys.executable, "-m", "svodka.eval.bench_worker", system, articles_path, str(tokens), db]
    done = subprocess.run(command, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": tail}
    return json.loads(lines[-1])


def run_bench(paths: list[str], limit: int | None = None, settings=None, systems=SYSTEMS) -> dict:
    """The benchmark report as a plain dict (the JSON ``svodka bench --json`` prints)."""
    articles, unread = read_articles(paths, limit, settings)
    tokens = sum(len(tokenize(a.text)) for a in articles)
    results = {}
    with tempfile.TemporaryDirectory(prefix="svodka-bench-") as tmp:
        articles_path = os.path.join(tmp, "articles.jsonl")
        with open(articles_path, "w", encoding="utf-8") as f:
            for article in articles:
                f.write(json.dumps(article.as_json(), ensure_ascii=False) + "\n")
        for system in systems:
            results[system] = run_worker(system, articles_path, tokens, os.path.join(tmp, "bench.db"))
    return {"documents": len(articles), "unread": unread, "tokens": tokens,
            "machine": describe_machine(), "systems": results, "ratio": speed_ratio(results)}


def speed_ratio(results: dict) -> float | None:
    svodka, natasha = results.get("svodka", {}), results.get("natasha", {})
    if "docs_per_s" not in svodka or not natasha.get("docs_per_s"):
        return None
    return round(svodka["docs_per_s"] / natasha["docs_per_s"], 3)
