"""Stages, batching, the error policy and the runner.

Everything here up to records is a pure function of one article and the
loaded models: ``Pipeline.run`` maps it over batches of articles and yields
a ``Doc`` or a ``Failure`` for each, in input order.  Only the store writes.
"""
from __future__ import annotations

import time
from collections import defaultdict
from typing import Callable, Iterable, Iterator

from .errors import NoText, NotAnArticle, SvodkaError
from .records import PIPELINE_VERSION, Article, Doc, Failure
from .settings import Settings

Stage = Callable[[Doc], Doc]


def _clean(article: Article) -> Doc:
    from .clean import clean_article
    return clean_article(article)


def _document_stages() -> list[tuple[str, Stage]]:
    """Per-document stages that run after annotation, in order."""
    from .extract.dates import extract_dates
    from .extract.events import extract_events
    from .extract.roles import extract_roles
    from .extract.statements import extract_statements
    from .resolve.in_doc import resolve_entities
    from .resolve.mentions import repair_mentions
    return [("mentions", repair_mentions), ("resolve", resolve_entities), ("dates", extract_dates),
            ("roles", extract_roles), ("statements", extract_statements), ("events", extract_events)]


class Pipeline:
    """The whole analysis, with natasha models loaded once per process.

    >>> pipe = Pipeline()
    >>> for item in pipe.run(articles): ...   # Doc or Failure, in input order
    """

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings.load()
        self.timings: dict[str, float] = defaultdict(float)
        started = time.perf_counter()
        from .annotate import Annotator
        self.annotator = Annotator(batch_size=self.settings.tagger_batch, ner_batch=self.settings.ner_batch,
                                   ner_chars=self.settings.ner_chars)
        self.stages = _document_stages()
        self.timings["load"] += time.perf_counter() - started

    def run(self, articles: Iterable[Article | Failure]) -> Iterator[Doc | Failure]:
        """Analyse articles in batches; failures pass through in place."""
        batch: list[Article | Failure] = []
        for item in articles:
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._run_batch(batch)
                batch = []
        if batch:
            yield from self._run_batch(batch)

    def analyze(self, article: Article) -> Doc:
        """One article to one Doc; raises the article's error instead of returning a Failure."""
        (result,) = list(self._run_batch([article]))
        if isinstance(result, Failure):
            raise SvodkaError(result.reason)
        return result

    def _run_batch(self, batch: list[Article | Failure]) -> list[Doc | Failure]:
        out: list[Doc | Failure | None] = [None] * len(batch)
        docs: list[tuple[int, Doc]] = []
        for i, item in enumerate(batch):
            if isinstance(item, Failure):
                out[i] = item
                continue
            result = self._guard(item, "clean", lambda a=item: self._cleaned(a))
            if isinstance(result, Failure):
                out[i] = result
            else:
                docs.append((i, result))
        if docs:
            for (i, doc), result in zip(docs, self._annotate([d for _, d in docs])):
                out[i] = result
        for i, item in enumerate(out):
            if isinstance(item, Doc):
                out[i] = self._finish(item)
        return out  # type: ignore[return-value]

    def _cleaned(self, article: Article) -> Doc:
        doc = self._timed("clean", _clean, article)
        if len(doc.text.strip()) < self.settings.min_chars:
            raise NoText(f"only {len(doc.text.strip())} characters of text are left after cleaning "
                         f"(the minimum is {self.settings.min_chars})")
        return doc

    def _annotate(self, docs: list[Doc]) -> list[Doc | Failure]:
        try:
            return list(self._timed("annotate", self.annotator.annotate, docs))
        except Exception:
            # One bad document must not sink the batch: retry one by one.
            return [self._guard(d.article, "annotate", lambda d=d: self.annotator.annotate([d])[0])
                    for d in docs]

    def _finish(self, doc: Doc) -> Doc | Failure:
        doc.version = PIPELINE_VERSION   # provenance: the version that produced every row
        for name, stage in self.stages:
            result = self._guard(doc.article, name, lambda s=stage, n=name: self._timed(n, s, doc))
            if isinstance(result, Failure):
                return result
            doc = result
        return doc

    def _timed(self, name: str, fn, *args):
        started = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.timings[name] += time.perf_counter() - started

    @staticmethod
    def _guard(article: Article, stage: str, fn):
        try:
            return fn()
        except Exception as exc:  # the error policy: record it, go on
            return Failure.from_error(article.source or article.id, stage, exc, article.id)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def analyze(text: str, published: str | None = None, title: str = "") -> Doc:
    """Analyse one text; ``published`` is YYYY-MM-DD, YYYY-MM or YYYY."""
    precision = {10: "day", 7: "month", 4: "year"}.get(len(published or ""))
    article = Article(text=text, source="<text>", format="text", title=title,
                      published=published, published_precision=precision)
    return default_pipeline().analyze(article)


def ingest_paths(store, paths, settings: Settings, default_date: str | None = None,
                 progress=None, command: str = "ingest", reprocess: bool = False) -> dict:
    """Read ``paths``, analyse new articles, and store them with one writer.

    Exact duplicates (same content hash, here or already in the store) are
    skipped, unless ``reprocess`` asks to analyse again the articles stored by
    another pipeline version; and so are files that are not articles (gold annotation files);
    every bad input becomes a row in ``failures``.  ``progress`` is
    called with (counts, source) after each item.  Returns the summary.
    """
    from .ingest import read_inputs
    from .ingest.dedup import NearDuplicates
    counts = {"ingested": 0, "duplicates": 0, "failed": 0, "skipped": 0, "near_duplicates": 0}
    near = NearDuplicates()
    run_id = store.begin_run(command)
    seen: set[str] = set()

    def fresh():
        for item in read_inputs(paths, settings, default_date=default_date or settings.default_date or None):
            if isinstance(item, Article) and (item.id in seen or _stored(store, item.id, reprocess)):
                counts["duplicates"] += 1
                _report(progress, counts, item.source)
                continue
            if isinstance(item, Failure) and item.code == NotAnArticle.code:
                counts["skipped"] += 1      # data beside the articles, such as gold annotations
                _report(progress, counts, item.source)
                continue
            if isinstance(item, Article):
                seen.add(item.id)
                item.near_duplicate_of = near.seen(item.id, item.text) or ""
                counts["near_duplicates"] += bool(item.near_duplicate_of)
            yield item

    pipe = Pipeline(settings)  # natasha models are shared across pipelines of a process
    for result in pipe.run(fresh()):
        if isinstance(result, Failure):
            store.save_failure(result, run_id)
            counts["failed"] += 1
        else:
            try:
                counts["ingested" if store.save_doc(result, run_id) else "duplicates"] += 1
            except Exception as exc:
                store.save_failure(Failure.from_error(result.article.source, "store", exc, result.id), run_id)
                counts["failed"] += 1
        _report(progress, counts, getattr(result, "source", "") or getattr(getattr(result, "article", None), "source", ""))
    store.end_run(run_id, counts["ingested"], counts["duplicates"], counts["failed"])
    return {**counts, "run": run_id}


def _stored(store, article_id: str, reprocess: bool) -> bool:
    """Whether the article is stored already (at this pipeline version, when reprocessing)."""
    if not reprocess:
        return store.has_article(article_id)
    return store.article_version(article_id) in (PIPELINE_VERSION, None) and store.has_article(article_id)


def _report(progress, counts: dict, source: str) -> None:
    if progress is not None:
        progress(dict(counts), source)
