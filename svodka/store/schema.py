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
    Column("near_duplicate_of", String(64), nullable=False, server_default=""),
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


def _doc_entity_fk(name: str) -> Column:
    return Column(name, Integer, ForeignKey("doc_entities.id", ondelete="CASCADE"), index=True)


statements = Table(
    "statements", metadata,
    Column("id", Integer, **ID),
    _article_fk(),
    Column("kind", String(16), nullable=False),                # direct | indirect | mixed
    Column("speaker", Text, nullable=False, server_default=""),        # as written
    Column("speaker_name", Text, nullable=False, server_default=""),   # entity name or description
    _doc_entity_fk("speaker_doc_entity_id"),
    Column("speaker_start", Integer, nullable=False),
    Column("speaker_stop", Integer, nullable=False),
    Column("cue", Text, nullable=False, server_default=""),
    Column("cue_lemma", Text, nullable=False, server_default=""),
    Column("cue_start", Integer, nullable=False),
    Column("cue_stop", Integer, nullable=False),
    Column("content", Text, nullable=False, server_default=""),
    Column("content_start", Integer, nullable=False),
    Column("content_stop", Integer, nullable=False),
    Column("raw_content_start", Integer, nullable=False),
    Column("raw_content_stop", Integer, nullable=False),
    Column("medium", Text, nullable=False, server_default=""),
    Column("negated", Integer, nullable=False, server_default="0"),
    Column("rule", Text, nullable=False, server_default=""),
    Column("pipeline_version", String(32), nullable=False),
    Index("ix_statements_speaker_name", "speaker_name"),
)

roles = Table(
    "roles", metadata,
    Column("id", Integer, **ID),
    _article_fk(),
    Column("person", Text, nullable=False),
    _doc_entity_fk("person_doc_entity_id"),
    Column("role", Text, nullable=False),
    Column("org", Text, nullable=False, server_default=""),
    _doc_entity_fk("org_doc_entity_id"),
    Column("start", Integer, nullable=False),
    Column("stop", Integer, nullable=False),
    Column("raw_start", Integer, nullable=False),
    Column("raw_stop", Integer, nullable=False),
    Column("text", Text, nullable=False, server_default=""),
    Column("rule", Text, nullable=False, server_default=""),
    Column("pipeline_version", String(32), nullable=False),
    *_spans("roles"),
    Index("ix_roles_person", "person"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, **ID),
    _article_fk(),
    Column("type", String(48), nullable=False),
    Column("subtype", String(48), nullable=False, server_default=""),
    Column("trigger", Text, nullable=False, server_default=""),
    Column("trigger_lemma", Text, nullable=False, server_default=""),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_stop", Integer, nullable=False),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_stop", Integer, nullable=False),
    Column("raw_sentence_start", Integer, nullable=False),
    Column("raw_sentence_stop", Integer, nullable=False),
    Column("agent", Text, nullable=False, server_default=""),
    _doc_entity_fk("agent_doc_entity_id"),
    Column("patient", Text, nullable=False, server_default=""),
    _doc_entity_fk("patient_doc_entity_id"),
    Column("location", Text, nullable=False, server_default=""),
    _doc_entity_fk("location_doc_entity_id"),
    Column("date", String(10)),                        # ISO at its precision
    Column("date_precision", String(8)),
    Column("date_source", String(16), nullable=False, server_default=""),   # expression | inherited | reported
    Column("modality", String(16), nullable=False, server_default="happened"),
    Column("rule", Text, nullable=False, server_default=""),
    Column("pipeline_version", String(32), nullable=False),
    Index("ix_events_type", "type"),
    Index("ix_events_date", "date"),
)

TABLES = TABLES + ("statements", "roles", "events")
