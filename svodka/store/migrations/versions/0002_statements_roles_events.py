"""Statements, roles and events.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TEXT_DEFAULT = dict(nullable=False, server_default="")


def _id() -> sa.Column:
    return sa.Column("id", sa.Integer, primary_key=True, autoincrement=True)


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                     nullable=False)


def _doc_entity_fk(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, sa.ForeignKey("doc_entities.id", ondelete="CASCADE"))


def _int(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer, nullable=False)


def _version() -> sa.Column:
    return sa.Column("pipeline_version", sa.String(32), nullable=False)


def upgrade() -> None:
    op.create_table(
        "statements", _id(), _article_fk(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("speaker", sa.Text, **TEXT_DEFAULT),
        sa.Column("speaker_name", sa.Text, **TEXT_DEFAULT),
        _doc_entity_fk("speaker_doc_entity_id"),
        _int("speaker_start"), _int("speaker_stop"),
        sa.Column("cue", sa.Text, **TEXT_DEFAULT),
        sa.Column("cue_lemma", sa.Text, **TEXT_DEFAULT),
        _int("cue_start"), _int("cue_stop"),
        sa.Column("content", sa.Text, **TEXT_DEFAULT),
        _int("content_start"), _int("content_stop"), _int("raw_content_start"), _int("raw_content_stop"),
        sa.Column("medium", sa.Text, **TEXT_DEFAULT),
        sa.Column("negated", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rule", sa.Text, **TEXT_DEFAULT),
        _version(),
    )
    op.create_index("ix_statements_article_id", "statements", ["article_id"])
    op.create_index("ix_statements_speaker_doc_entity_id", "statements", ["speaker_doc_entity_id"])
    op.create_index("ix_statements_speaker_name", "statements", ["speaker_name"])
    op.create_table(
        "roles", _id(), _article_fk(),
        sa.Column("person", sa.Text, nullable=False),
        _doc_entity_fk("person_doc_entity_id"),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("org", sa.Text, **TEXT_DEFAULT),
        _doc_entity_fk("org_doc_entity_id"),
        _int("start"), _int("stop"), _int("raw_start"), _int("raw_stop"),
        sa.Column("text", sa.Text, **TEXT_DEFAULT),
        sa.Column("rule", sa.Text, **TEXT_DEFAULT),
        _version(),
        sa.CheckConstraint("start >= 0 AND stop >= start", name="ck_roles_span"),
    )
    op.create_index("ix_roles_article_id", "roles", ["article_id"])
    op.create_index("ix_roles_person_doc_entity_id", "roles", ["person_doc_entity_id"])
    op.create_index("ix_roles_org_doc_entity_id", "roles", ["org_doc_entity_id"])
    op.create_index("ix_roles_person", "roles", ["person"])
    op.create_table(
        "events", _id(), _article_fk(),
        sa.Column("type", sa.String(48), nullable=False),
        sa.Column("subtype", sa.String(48), **TEXT_DEFAULT),
        sa.Column("trigger", sa.Text, **TEXT_DEFAULT),
        sa.Column("trigger_lemma", sa.Text, **TEXT_DEFAULT),
        _int("trigger_start"), _int("trigger_stop"), _int("sentence_start"), _int("sentence_stop"),
        _int("raw_sentence_start"), _int("raw_sentence_stop"),
        sa.Column("agent", sa.Text, **TEXT_DEFAULT),
        _doc_entity_fk("agent_doc_entity_id"),
        sa.Column("patient", sa.Text, **TEXT_DEFAULT),
        _doc_entity_fk("patient_doc_entity_id"),
        sa.Column("location", sa.Text, **TEXT_DEFAULT),
        _doc_entity_fk("location_doc_entity_id"),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_source", sa.String(16), **TEXT_DEFAULT),
        sa.Column("modality", sa.String(16), nullable=False, server_default="happened"),
        sa.Column("rule", sa.Text, **TEXT_DEFAULT),
        _version(),
    )
    op.create_index("ix_events_article_id", "events", ["article_id"])
    for column in ("agent", "patient", "location"):
        op.create_index(f"ix_events_{column}_doc_entity_id", "events", [f"{column}_doc_entity_id"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date", "events", ["date"])


def downgrade() -> None:
    for table in ("events", "roles", "statements"):
        op.drop_table(table)
