"""The database schema (SQLAlchemy Core), named for a person with an SQLite browser.

Offsets: ``start``/``stop`` are character offsets into ``articles.clean_text``;
``raw_start``/``raw_stop`` (and ``removals.start``/``stop``) into
``articles.raw_text``.  Timestamps are ISO 8601 UTC strings.

The search index (``search_index``) is not here: it is an FTS5 virtual table
on SQLite and a plain table on PostgreSQL, made by the migration and written
with SQL in ``fts.py``.  Migrations are frozen copies of this; a test checks
they agree.
"""
from __future__ import annotations

from sqlalchemy import (CheckConstraint, Column, ForeignKey, Index, Integer, MetaData, String,
                        Table, Text, UniqueConstraint)

metadata = MetaData()

ID = dict(primary_key=True, autoincrement=True)


def _article_fk() -> Column:
    return Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True)


def _spans(table: str) -> tuple:
    return (CheckConstraint("start >= 0 AND stop >= start", name=f"ck_{table}_span"),)


runs = Table(
    "runs", metadata,
    Column("id", Integer, **ID),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("pipeline_version", String(32), nullable=False),
    Column("command", Text, nullable=False, server_default=""),
    Column("ingested", Integer, nullable=False, server_default="0"),
    Column("duplicates", Integer, nullable=False, server_default="0"),
    Column("failed", Integer, nullable=False, server_default="0"),
)

articles = Table(
    "articles", metadata,
    Column("id", String(64), primary_key=True),          # content hash
    Column("source", Text, nullable=False, server_default=""),
    Column("format", String(16), nullable=False, server_default=""),
    Column("title", Text, nullable=False, server_default=""),
    Column("url", Text, nullable=False, server_default=""),
    Column("published", String(10)),                     # ISO date at its precision
    Column("published_precision", String(8)),            # day | month | year
    Column("ext_id", Text, nullable=False, server_default=""),
    Column("encoding", String(32), nullable=False, server_default=""),
    Column("raw_text", Text, nullable=False),
    Column("clean_text", Text, nullable=False),
    Column("pipeline_version", String(32), nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id"), index=True),
    Column("ingested_at", String(32), nullable=False),
)

removals = Table(
    "removals", metadata,
    Column("id", Integer, **ID),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("reason", Text, nullable=False),
    Column("text", Text, nullable=False, server_default=""),
    *_spans("removals"),
)

entities = Table(
    "entities", metadata,
    Column("id", Integer, **ID),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),            # lower-cased name, ё as е
    Column("first", Text, nullable=False, server_default=""),
    Column("middle", Text, nullable=False, server_default=""),
    Column("last", Text, nullable=False, server_default=""),
    UniqueConstraint("type", "name_key", name="uq_entities_type_name_key"),
    Index("ix_entities_name", "name"),
    Index("ix_entities_type", "type"),
)

doc_entities = Table(
    "doc_entities", metadata,
    Column("id", Integer, **ID),
    _article_fk(),
    Column("local_id", Integer, nullable=False),         # index in the Doc's entities
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("first", Text, nullable=False, server_default=""),
    Column("middle", Text, nullable=False, server_default=""),
    Column("last", Text, nullable=False, server_default=""),
    Column("mention_count", Integer, nullable=False, server_default="0"),
    Column("method", Text, nullable=False, server_default=""),
    Column("entity_id", Integer, ForeignKey("entities.id"), index=True),
    Column("link_method", Text, nullable=False, server_default=""),
    UniqueConstraint("article_id", "local_id", name="uq_doc_entities_article_local"),
    Index("ix_doc_entities_name", "name"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, **ID),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("raw_start", Integer, nullable=False),
    Column("raw_stop", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("normal", Text, nullable=False, server_default=""),
    Column("doc_entity_id", Integer, ForeignKey("doc_entities.id", ondelete="CASCADE"), index=True),
    Column("rule", Text, nullable=False, server_default=""),
    Column("pipeline_version", String(32), nullable=False),
    *_spans("mentions"),
)

dates = Table(
    "dates", metadata,
    Column("id", Integer, **ID),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("raw_start", Integer, nullable=False),
    Column("raw_stop", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", String(32)),
    Column("precision", String(16)),
    Column("resolved", String(16), nullable=False, server_default="unresolved"),
    Column("rule", Text, nullable=False, server_default=""),
    Column("pipeline_version", String(32), nullable=False),
    *_spans("dates"),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, **ID),
    Column("run_id", Integer, ForeignKey("runs.id"), index=True),
    Column("source", Text, nullable=False),
    Column("stage", String(16), nullable=False),
    Column("code", String(8), nullable=False),
    Column("reason", Text, nullable=False),
    Column("article_id", String(64), nullable=False, server_default="", index=True),
    Column("at", String(32), nullable=False),
)

TABLES = ("runs", "articles", "removals", "entities", "doc_entities", "mentions", "dates", "failures")
SEARCH_TABLE = "search_index"
