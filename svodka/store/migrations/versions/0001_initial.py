"""Initial schema: runs, articles, removals, entities, doc_entities, mentions, dates,
failures, and the lemma search index.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TEXT_DEFAULT = dict(nullable=False, server_default="")


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     nullable=False)


def _span_check(table: str) -> sa.CheckConstraint:
    return sa.CheckConstraint("start >= 0 AND stop >= start", name=f"ck_{table}_span")


def _raw_span() -> list:
    return [sa.Column("start", sa.Integer, nullable=False), sa.Column("stop", sa.Integer, nullable=False),
            sa.Column("raw_start", sa.Integer, nullable=False), sa.Column("raw_stop", sa.Integer, nullable=False),
            sa.Column("text", sa.Text, nullable=False)]


def upgrade() -> None:
    op.create_table(
        "runs", _id(),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        sa.Column("command", sa.Text, **TEXT_DEFAULT),
        sa.Column("ingested", sa.Integer, nullable=False, server_default="0"),
        sa.Column("duplicates", sa.Integer, nullable=False, server_default="0"),
        sa.Column("failed", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text, **TEXT_DEFAULT),
        sa.Column("format", sa.String(16), **TEXT_DEFAULT),
        sa.Column("title", sa.Text, **TEXT_DEFAULT),
        sa.Column("url", sa.Text, **TEXT_DEFAULT),
        sa.Column("published", sa.String(10)),
        sa.Column("published_precision", sa.String(8)),
        sa.Column("ext_id", sa.Text, **TEXT_DEFAULT),
        sa.Column("encoding", sa.String(32), **TEXT_DEFAULT),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("clean_text", sa.Text, nullable=False),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_articles_run_id", "articles", ["run_id"])
    op.create_table(
        "removals", _id(), _article_fk(),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("stop", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("text", sa.Text, **TEXT_DEFAULT),
        _span_check("removals"),
    )
    op.create_index("ix_removals_article_id", "removals", ["article_id"])
    op.create_table(
        "entities", _id(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("first", sa.Text, **TEXT_DEFAULT),
        sa.Column("middle", sa.Text, **TEXT_DEFAULT),
        sa.Column("last", sa.Text, **TEXT_DEFAULT),
        sa.UniqueConstraint("type", "name_key", name="uq_entities_type_name_key"),
    )
    op.create_index("ix_entities_name", "entities", ["name"])
    op.create_index("ix_entities_type", "entities", ["type"])
    op.create_table(
        "doc_entities", _id(), _article_fk(),
        sa.Column("local_id", sa.Integer, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("first", sa.Text, **TEXT_DEFAULT),
        sa.Column("middle", sa.Text, **TEXT_DEFAULT),
        sa.Column("last", sa.Text, **TEXT_DEFAULT),
        sa.Column("mention_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("method", sa.Text, **TEXT_DEFAULT),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("link_method", sa.Text, **TEXT_DEFAULT),
        sa.UniqueConstraint("article_id", "local_id", name="uq_doc_entities_article_local"),
    )
    op.create_index("ix_doc_entities_article_id", "doc_entities", ["article_id"])
    op.create_index("ix_doc_entities_entity_id", "doc_entities", ["entity_id"])
    op.create_index("ix_doc_entities_name", "doc_entities", ["name"])
    op.create_table(
        "mentions", _id(), _article_fk(), *_raw_span(),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("normal", sa.Text, **TEXT_DEFAULT),
        sa.Column("doc_entity_id", sa.Integer, sa.ForeignKey("doc_entities.id", ondelete="CASCADE")),
        sa.Column("rule", sa.Text, **TEXT_DEFAULT),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        _span_check("mentions"),
    )
    op.create_index("ix_mentions_article_id", "mentions", ["article_id"])
    op.create_index("ix_mentions_doc_entity_id", "mentions", ["doc_entity_id"])
    op.create_table(
        "dates", _id(), _article_fk(), *_raw_span(),
        sa.Column("value", sa.String(32)),
        sa.Column("precision", sa.String(16)),
        sa.Column("resolved", sa.String(16), nullable=False, server_default="unresolved"),
        sa.Column("rule", sa.Text, **TEXT_DEFAULT),
        sa.Column("pipeline_version", sa.String(32), nullable=False),
        _span_check("dates"),
    )
    op.create_index("ix_dates_article_id", "dates", ["article_id"])
    op.create_table(
        "failures", _id(),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.id")),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("article_id", sa.String(64), **TEXT_DEFAULT),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_failures_run_id", "failures", ["run_id"])
    op.create_index("ix_failures_article_id", "failures", ["article_id"])
    _create_search_index()


def _create_search_index() -> None:
    """Lemmas and stems of each article's clean text (see svodka/store/search.py)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5("
                   "article_id UNINDEXED, title, text, lemmas, stems, "
                   "tokenize='unicode61 remove_diacritics 2')")
        return
    op.create_table(
        "search_index",
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("lemmas", sa.Text, nullable=False),
        sa.Column("stems", sa.Text, nullable=False),
    )
    op.execute("CREATE INDEX ix_search_index_lemmas ON search_index USING gin (to_tsvector('simple', lemmas))")
    op.execute("CREATE INDEX ix_search_index_stems ON search_index USING gin (to_tsvector('simple', stems))")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_index")
    for table in ("failures", "dates", "mentions", "doc_entities", "entities", "removals", "articles", "runs"):
        op.drop_table(table)
