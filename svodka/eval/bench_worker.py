"""One benchmark run of one system in a fresh process, so peak memory is its own.

    python -m svodka.eval.bench_worker SYSTEM ARTICLES.jsonl TOKENS [DB]

SYSTEM is ``svodka``, ``svodka_store`` (also writes every Doc to the SQLite
file DB) or ``natasha``.  Models load and one short text warms them up
before the clock starts.  Prints one JSON line: documents, failed, seconds,
docs_per_s, tokens_per_s, peak_rss_mb (``ru_maxrss``), load_s, stages.
"""
from __future__ import annotations

import json
import resource
import sys
import time

from ..records import Article, Doc

WARM_UP = "Министр иностранных дел Киргизии провёл в Бишкеке встречу с послом Казахстана."


def read_articles(path: str) -> list[Article]:
    with open(path, encoding="utf-8") as f:
        return [Article.from_json(json.loads(line)) for line in f if line.strip()]


def bench_natasha(articles: list[Article]) -> tuple[float, int, float, dict]:
    from .baseline import NatashaBaseline
    baseline = NatashaBaseline(full=True)
    baseline.process(WARM_UP)
    baseline.timings.clear()
    started = time.perf_counter()
    for article in articles:
        baseline.process(article.text)
    return time.perf_counter() - started, 0, baseline.load_s, dict(baseline.timings)


def bench_svodka(articles: list[Article], db: str | None) -> tuple[float, int, float, dict]:
    from ..pipeline import Pipeline
    started = time.perf_counter()
    pipe = Pipeline()
    load_s = time.perf_counter() - started
    list(pipe.run([Article(text=WARM_UP, source="warm-up")]))
    store = run_id = None
    if db:
        from ..store import open_store
        store = open_store(db)
        run_id = store.begin_run("bench")
    pipe.timings.clear()
    failed, saved = 0, 0.0
    started = time.perf_counter()
    for item in pipe.run(articles):
        if not isinstance(item, Doc):
            failed += 1
        elif store is not None:
            began = time.perf_counter()
            store.save_doc(item, run_id)
            saved += time.perf_counter() - began
    elapsed = time.perf_counter() - started
    stages = {k: v for k, v in pipe.timings.items() if k != "load"}
    if store is not None:
        stages["store"] = saved
        store.end_run(run_id, len(articles) - failed, 0, failed)
        store.close()
    return elapsed, failed, load_s, stages


def main(argv: list[str]) -> int:
    system, path, tokens = argv[0], argv[1], int(argv[2])
    db = argv[3] if len(argv) > 3 else None
    articles = read_articles(path)
    if system == "natasha":
        elapsed, failed, load_s, stages = bench_natasha(articles)
    else:
        elapsed, failed, load_s, stages = bench_svodka(articles, db if system == "svodka_store" else None)
    elapsed = max(elapsed, 1e-9)
    result = {
        "documents": len(articles), "failed": failed, "seconds": round(elapsed, 3),
        "docs_per_s": round(len(articles) / elapsed, 3), "tokens_per_s": round(tokens / elapsed, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "load_s": round(load_s, 3), "stages": {k: round(v, 3) for k, v in stages.items()},
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
