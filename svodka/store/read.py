"""Readers: plain dicts and lists of dicts (JSON-serialisable), never SQLAlchemy rows."""
from __future__ import annotations

from sqlalchemy import distinct, func, select
from sqlalchemy.engine import Connection, Engine

from ..errors import NotFound, UsageError
from . import fts
from .schema import articles, dates, doc_entities, entities, failures, mentions, removals, runs
from .search import find_match, index_terms, make_snippet

MIN_PREFIX = 6
ARTICLE_FIELDS = ("id", "source", "format", "title", "url", "published", "published_precision", "ext_id",
                  "encoding", "near_duplicate_of", "pipeline_version", "run_id", "ingested_at", "clean_text", "raw_text")


def _dicts(result) -> list[dict]:
    return [dict(row._mapping) for row in result]


def resolve_id(conn: Connection, doc_id: str) -> str:
    """The full article id for an id or a unique prefix of at least 6 characters."""
    prefix = (doc_id or "").strip().lower()
    if len(prefix) < MIN_PREFIX:
        raise NotFound(f"article id {doc_id!r} is too short: give at least {MIN_PREFIX} characters of the id")
    found = conn.execute(select(articles.c.id).where(articles.c.id.startswith(prefix, autoescape=True))
                         .order_by(articles.c.id).limit(6)).scalars().all()
    if not found:
        raise NotFound(f"no article with id {doc_id!r} in this database")
    if len(found) > 1:
        shown = ", ".join(found[:5])
        raise NotFound(f"article id prefix {doc_id!r} matches several articles ({shown}, ...)",
                       hint="give more characters of the id")
    return found[0]


def list_docs(engine: Engine, limit: int | None = None) -> list[dict]:
    """One row per article with its counts, in the order they were ingested."""
    n_entities = (select(func.count()).where(doc_entities.c.article_id == articles.c.id)
                  .scalar_subquery().label("n_entities"))
    n_dates = select(func.count()).where(dates.c.article_id == articles.c.id).scalar_subquery().label("n_dates")
    query = (select(articles.c.id, articles.c.title, articles.c.source, articles.c.format,
                    articles.c.published, articles.c.published_precision, articles.c.near_duplicate_of,
                    n_entities, n_dates,
                    func.length(articles.c.clean_text).label("n_chars"))
             .order_by(articles.c.ingested_at, articles.c.source, articles.c.id).limit(limit))
    with engine.connect() as conn:
        return _dicts(conn.execute(query))


def get_doc(engine: Engine, doc_id: str) -> dict:
    """An article with its clean and raw text, removals, mentions, entities and dates."""
    with engine.connect() as conn:
        full_id = resolve_id(conn, doc_id)
        doc = dict(conn.execute(select(*[articles.c[f] for f in ARTICLE_FIELDS])
                                .where(articles.c.id == full_id)).one()._mapping)
        doc["removed"] = _dicts(conn.execute(
            select(removals.c.start, removals.c.stop, removals.c.reason, removals.c.text)
            .where(removals.c.article_id == full_id).order_by(removals.c.start, removals.c.id)))
        doc["mentions"] = _dicts(conn.execute(
            select(mentions.c.start, mentions.c.stop, mentions.c.raw_start, mentions.c.raw_stop,
                   mentions.c.text, mentions.c.type, mentions.c.normal,
                   doc_entities.c.local_id.label("entity"), mentions.c.rule)
            .select_from(mentions.outerjoin(doc_entities, mentions.c.doc_entity_id == doc_entities.c.id))
            .where(mentions.c.article_id == full_id).order_by(mentions.c.start, mentions.c.id)))
        doc["entities"] = doc_entity_dicts(conn, full_id, doc["mentions"])
        doc["dates"] = _dicts(conn.execute(
            select(dates.c.start, dates.c.stop, dates.c.raw_start, dates.c.raw_stop, dates.c.text,
                   dates.c.value, dates.c.precision, dates.c.resolved, dates.c.rule)
            .where(dates.c.article_id == full_id).order_by(dates.c.start, dates.c.id)))
        from .facts import doc_facts
        doc.update(doc_facts(conn, full_id))
    return doc


def doc_entity_dicts(conn: Connection, article_id: str, mention_dicts: list[dict]) -> list[dict]:
    rows = _dicts(conn.execute(
        select(doc_entities.c.local_id.label("id"), doc_entities.c.type, doc_entities.c.name,
               doc_entities.c.first, doc_entities.c.middle, doc_entities.c.last,
               doc_entities.c.mention_count, doc_entities.c.method,
               doc_entities.c.entity_id.label("kb_id"), doc_entities.c.link_method)
        .where(doc_entities.c.article_id == article_id).order_by(doc_entities.c.local_id)))
    for row in rows:
        row["mentions"] = [{"start": m["start"], "stop": m["stop"], "text": m["text"]}
                           for m in mention_dicts if m["entity"] == row["id"]]
    return rows


def list_entities(engine: Engine, type: str | None = None, doc: str | None = None,
                  limit: int | None = None) -> list[dict]:
    """Knowledge-base entities, most mentioned first.

    ``mentions`` counts mentions across all articles, or in ``doc`` when given;
    ``docs`` is always the number of articles that mention the entity.
    """
    de, other = doc_entities, doc_entities.alias("other")
    n_docs = (select(func.count(distinct(other.c.article_id))).where(other.c.entity_id == entities.c.id)
              .scalar_subquery().label("docs"))
    n_mentions = func.sum(de.c.mention_count).label("mentions")
    query = (select(entities.c.id, entities.c.name, entities.c.type, n_mentions, n_docs, entities.c.first,
                    entities.c.middle, entities.c.last)
             .select_from(entities.join(de, de.c.entity_id == entities.c.id))
             .group_by(entities.c.id, entities.c.name, entities.c.type, entities.c.first,
                       entities.c.middle, entities.c.last)
             .order_by(n_mentions.desc(), entities.c.name, entities.c.id).limit(limit))
    if type:
        query = query.where(entities.c.type == type.upper())
    with engine.connect() as conn:
        if doc:
            query = query.where(de.c.article_id == resolve_id(conn, doc))
        rows = _dicts(conn.execute(query))
    for row in rows:     # SUM is a Decimal on PostgreSQL
        row["mentions"], row["docs"] = int(row["mentions"] or 0), int(row["docs"] or 0)
    return rows


def list_failures(engine: Engine) -> list[dict]:
    query = select(failures.c.id, failures.c.source, failures.c.stage, failures.c.code, failures.c.reason,
                   failures.c.article_id, failures.c.run_id.label("run"), failures.c.at).order_by(failures.c.id)
    with engine.connect() as conn:
        return _dicts(conn.execute(query))


def list_runs(engine: Engine) -> list[dict]:
    with engine.connect() as conn:
        return _dicts(conn.execute(select(runs).order_by(runs.c.id)))


def count_rows(engine: Engine) -> dict[str, int]:
    """Rows in each table, e.g. {"articles": 3, "mentions": 41, ...}."""
    tables = (runs, articles, removals, entities, doc_entities, mentions, dates, failures)
    with engine.connect() as conn:
        return {t.name: int(conn.execute(select(func.count()).select_from(t)).scalar()) for t in tables}


def search(engine: Engine, query: str, limit: int = 20) -> list[dict]:
    """Articles whose clean text has ``query`` in any word form, best first, with a snippet."""
    wanted = index_terms(query)
    if not wanted.lemmas:
        raise UsageError(f"search query {query!r} has no words to look for",
                         hint='give one or more words, e.g. svodka search "задержанный пианист"')
    with engine.connect() as conn:
        hits = fts.query_index(conn, wanted, limit)
        if not hits:
            return []
        found = {r.id: r for r in conn.execute(
            select(articles.c.id, articles.c.title, articles.c.source, articles.c.published,
                   articles.c.clean_text).where(articles.c.id.in_([h[0] for h in hits])))}
    results = []
    for article_id, score in hits:
        row = found.get(article_id)
        if row is None:          # deleted since the index was read
            continue
        terms = index_terms(row.clean_text)
        snippet = make_snippet(row.clean_text, terms.spans, find_match(terms, wanted))
        results.append(dict(id=article_id, title=row.title, source=row.source, published=row.published,
                            snippet=snippet, score=score))
    return results
