"""The search index in SQL: an FTS5 table on SQLite, GIN over tsvectors on PostgreSQL.

Both hold, per article, the space-joined lemmas and stems from ``search.py``;
a query matches their phrase in either column.
"""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from .search import Terms

SQLITE_INSERT = text("INSERT INTO search_index (article_id, title, text, lemmas, stems) "
                     "VALUES (:article_id, :title, :text, :lemmas, :stems)")
PG_INSERT = text("INSERT INTO search_index (article_id, lemmas, stems) VALUES (:article_id, :lemmas, :stems)")
DELETE = text("DELETE FROM search_index WHERE article_id = :article_id")

SQLITE_QUERY = text(
    "SELECT article_id, bm25(search_index, 0.0, 0.0, 0.0, 1.0, 1.0) AS rank "
    "FROM search_index WHERE search_index MATCH :match ORDER BY rank, article_id LIMIT :limit")
PG_QUERY = text(
    "SELECT s.article_id, ts_rank(to_tsvector('simple', s.lemmas), ql) "
    "  + ts_rank(to_tsvector('simple', s.stems), qs) AS score "
    "FROM search_index s, phraseto_tsquery('simple', :lemmas) ql, phraseto_tsquery('simple', :stems) qs "
    "WHERE to_tsvector('simple', s.lemmas) @@ ql OR to_tsvector('simple', s.stems) @@ qs "
    "ORDER BY score DESC, s.article_id LIMIT :limit")


def index_article(conn: Connection, article_id: str, title: str, clean: str, terms: Terms) -> None:
    """Add one article's terms to the index (the caller's transaction)."""
    row = dict(article_id=article_id, lemmas=" ".join(terms.lemmas), stems=" ".join(terms.stems))
    if conn.dialect.name == "sqlite":
        conn.execute(SQLITE_INSERT, dict(row, title=title, text=clean))
    else:
        conn.execute(PG_INSERT, row)


def unindex_article(conn: Connection, article_id: str) -> None:
    conn.execute(DELETE, {"article_id": article_id})


def fts5_phrase(words: list[str]) -> str:
    """An FTS5 phrase; double quotes inside are doubled."""
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def query_index(conn: Connection, query: Terms, limit: int) -> list[tuple[str, float]]:
    """(article id, score) of the best matches, higher score first."""
    if conn.dialect.name == "sqlite":
        match = f"lemmas : {fts5_phrase(query.lemmas)} OR stems : {fts5_phrase(query.stems)}"
        rows = conn.execute(SQLITE_QUERY, {"match": match, "limit": limit})
        return [(r.article_id, round(-float(r.rank), 4) + 0.0) for r in rows]
    rows = conn.execute(PG_QUERY, {"lemmas": " ".join(query.lemmas), "stems": " ".join(query.stems),
                                   "limit": limit})
    return [(r.article_id, round(float(r.score), 4)) for r in rows]
