"""Readers for what was extracted: statements, roles and events, as plain dicts."""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.engine import Connection, Engine

from .read import _dicts, resolve_id
from .schema import articles, doc_entities, events, roles, statements


def _fold(value: str) -> str:
    return " ".join((value or "").casefold().replace("ё", "е").split())


def _keep(rows: list[dict], fields: tuple[str, ...], value: str | None) -> list[dict]:
    """Rows where any of ``fields`` contains ``value`` (case-insensitive, ё as е).

    Done in Python: SQLite's lower() leaves Cyrillic letters as they are."""
    if not value:
        return rows
    key = _fold(value)
    return [r for r in rows if any(key in _fold(r.get(f) or "") for f in fields)]


def statement_query():
    return (select(statements.c.id, statements.c.article_id.label("doc"), statements.c.kind,
                   statements.c.speaker, statements.c.speaker_name, statements.c.cue, statements.c.cue_lemma,
                   statements.c.content, statements.c.medium, statements.c.negated,
                   statements.c.speaker_start, statements.c.speaker_stop, statements.c.cue_start,
                   statements.c.cue_stop, statements.c.content_start, statements.c.content_stop,
                   statements.c.raw_content_start, statements.c.raw_content_stop, statements.c.rule,
                   statements.c.pipeline_version, articles.c.published, articles.c.title)
            .select_from(statements.join(articles, statements.c.article_id == articles.c.id))
            .order_by(articles.c.published, statements.c.article_id, statements.c.content_start))


def list_statements(engine: Engine, speaker: str | None = None, about: str | None = None,
                    doc: str | None = None) -> list[dict]:
    """Statements, filtered by speaker name, by a name the content mentions, by document."""
    query = statement_query()
    with engine.connect() as conn:
        if doc:
            query = query.where(statements.c.article_id == resolve_id(conn, doc))
        rows = _keep(_dicts(conn.execute(query)), ("speaker_name", "speaker"), speaker)
        if about:
            named = _named_in_content(conn)
            key = _fold(about)
            rows = [r for r in rows if key in _fold(r["content"])
                    or any(key in _fold(n) for n in named.get(r["id"], ()))]
    for row in rows:
        row["negated"] = bool(row["negated"])
    return rows


def _named_in_content(conn: Connection) -> dict[int, list[str]]:
    """Statement id -> names of the entities mentioned inside its content."""
    from .schema import mentions
    query = (select(statements.c.id, doc_entities.c.name)
             .select_from(statements.join(mentions, (mentions.c.article_id == statements.c.article_id)
                                          & (mentions.c.start >= statements.c.content_start)
                                          & (mentions.c.stop <= statements.c.content_stop))
                          .join(doc_entities, mentions.c.doc_entity_id == doc_entities.c.id)))
    named: dict[int, list[str]] = {}
    for sid, name in conn.execute(query):
        named.setdefault(sid, []).append(name)
    return named


def list_roles(engine: Engine, person: str | None = None, doc: str | None = None) -> list[dict]:
    query = (select(roles.c.person, roles.c.role, roles.c.org, roles.c.article_id.label("doc"), roles.c.text,
                    roles.c.start, roles.c.stop, roles.c.raw_start, roles.c.raw_stop, roles.c.rule,
                    roles.c.pipeline_version)
             .order_by(roles.c.person, roles.c.role, roles.c.article_id, roles.c.start))
    with engine.connect() as conn:
        if doc:
            query = query.where(roles.c.article_id == resolve_id(conn, doc))
        return _keep(_dicts(conn.execute(query)), ("person",), person)


def list_events(engine: Engine, entity: str | None = None, place: str | None = None,
                type: str | None = None, doc: str | None = None) -> list[dict]:
    """Events with their arguments and the sentence they come from."""
    query = (select(events.c.id, events.c.article_id.label("doc"), events.c.type, events.c.subtype,
                    events.c.trigger, events.c.trigger_lemma, events.c.agent, events.c.patient,
                    events.c.location, events.c.date, events.c.date_precision, events.c.date_source,
                    events.c.modality, events.c.trigger_start, events.c.trigger_stop,
                    events.c.sentence_start, events.c.sentence_stop, events.c.raw_sentence_start,
                    events.c.raw_sentence_stop, events.c.rule, events.c.pipeline_version,
                    func.substr(articles.c.clean_text, events.c.sentence_start + 1,
                                events.c.sentence_stop - events.c.sentence_start).label("sentence"),
                    articles.c.published, articles.c.title, articles.c.source)
             .select_from(events.join(articles, events.c.article_id == articles.c.id))
             .order_by(events.c.article_id, events.c.trigger_start))
    if type:
        query = query.where(or_(events.c.type == type, events.c.subtype == type))
    with engine.connect() as conn:
        if doc:
            query = query.where(events.c.article_id == resolve_id(conn, doc))
        rows = _dicts(conn.execute(query))
    return _keep(_keep(rows, ("agent", "patient"), entity), ("location",), place)


def doc_facts(conn: Connection, article_id: str) -> dict:
    """The statements, roles and events of one article, for ``get_doc``."""
    st = _dicts(conn.execute(statement_query().where(statements.c.article_id == article_id)))
    ro = _dicts(conn.execute(select(roles).where(roles.c.article_id == article_id).order_by(roles.c.start)))
    ev = _dicts(conn.execute(select(events).where(events.c.article_id == article_id)
                             .order_by(events.c.trigger_start)))
    return {"statements": st, "roles": ro, "events": ev}
