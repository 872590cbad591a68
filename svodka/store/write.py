"""The single writer: runs, articles with all their rows, failures.

``save_doc`` writes an article and everything found in it in one
transaction, so an article is stored whole or not at all.  Knowledge-base
entities are linked by exact name: the doc entity joins the ``entities`` row
with the same type and lower-cased name, made when absent.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import delete, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, Engine

from ..errors import StoreError
from ..records import PIPELINE_VERSION, Doc, Failure
from . import fts
from .engine import write_tx
from .schema import (articles, dates, doc_entities, entities, events, failures, mentions, removals, roles,
                     runs, statements)
from .search import index_terms

LINK_METHOD = "exact-name"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def name_key(name: str) -> str:
    """What two names must share to be one KB entity: lower case, ё as е, single spaces."""
    return " ".join(name.lower().replace("ё", "е").split())


def begin_run(engine: Engine, command: str) -> int:
    with write_tx(engine) as conn:
        result = conn.execute(insert(runs).values(started_at=now(), pipeline_version=PIPELINE_VERSION,
                                                  command=command))
        return int(result.inserted_primary_key[0])


def end_run(engine: Engine, run_id: int, ingested: int, duplicates: int, failed: int) -> None:
    with write_tx(engine) as conn:
        conn.execute(update(runs).where(runs.c.id == run_id).values(
            finished_at=now(), ingested=ingested, duplicates=duplicates, failed=failed))


def save_failure(engine: Engine, failure: Failure, run_id: int | None) -> None:
    with write_tx(engine) as conn:
        conn.execute(insert(failures).values(
            run_id=run_id, source=failure.source, stage=failure.stage, code=failure.code,
            reason=failure.reason, article_id=failure.article_id or "", at=now()))


def stored_version(conn: Connection, article_id: str) -> str | None:
    return conn.execute(select(articles.c.pipeline_version).where(articles.c.id == article_id)).scalar()


def save_doc(engine: Engine, doc: Doc, run_id: int | None) -> bool:
    """Store ``doc`` whole; False (and nothing written) if it is already there at this version."""
    links = mention_links(doc)
    terms = index_terms(doc.text)
    with write_tx(engine) as conn:
        old = stored_version(conn, doc.id)
        if old == doc.version:
            return False
        if old is not None:       # a new pipeline version re-processes: replace the old rows
            fts.unindex_article(conn, doc.id)
            conn.execute(delete(articles).where(articles.c.id == doc.id))
        conn.execute(insert(articles), [article_row(doc, run_id)])
        _insert(conn, removals, [dict(article_id=doc.id, start=r.start, stop=r.stop, reason=r.reason,
                                      text=r.text or "") for r in doc.removed])
        doc_entity_ids = save_entities(conn, doc, links)
        _insert(conn, mentions, mention_rows(doc, links, doc_entity_ids))
        _insert(conn, dates, date_rows(doc))
        _insert(conn, statements, statement_rows(doc, doc_entity_ids))
        _insert(conn, roles, role_rows(doc, doc_entity_ids))
        _insert(conn, events, event_rows(doc, doc_entity_ids))
        fts.index_article(conn, doc.id, doc.article.title or "", doc.text, terms)
    return True


def _insert(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        conn.execute(insert(table), rows)      # executemany


def article_row(doc: Doc, run_id: int | None) -> dict:
    a = doc.article
    return dict(id=doc.id, source=a.source or "", format=a.format or "", title=a.title or "",
                url=a.url or "", published=a.published, published_precision=a.published_precision,
                ext_id=a.ext_id or "", encoding=a.encoding or "", near_duplicate_of=a.near_duplicate_of or "",
                raw_text=a.text, clean_text=doc.text,
                pipeline_version=doc.version, run_id=run_id, ingested_at=now())


def mention_links(doc: Doc) -> dict[int, int]:
    """Mention index -> entity index, from ``Mention.entity`` and ``Entity.mentions``."""
    links: dict[int, int] = {}
    for e_index, entity in enumerate(doc.entities):
        for m_index in entity.mentions:
            if not 0 <= m_index < len(doc.mentions):
                raise StoreError(f"article {doc.id}: entity {entity.name!r} lists mention {m_index}, "
                                 f"but the doc has {len(doc.mentions)} mentions",
                                 hint="this is a bug in the resolve stage; please report it")
            links[m_index] = e_index
    for m_index, mention in enumerate(doc.mentions):
        if mention.entity >= len(doc.entities):
            raise StoreError(f"article {doc.id}: mention {mention.text!r} points to entity {mention.entity}, "
                             f"but the doc has {len(doc.entities)} entities",
                             hint="this is a bug in the resolve stage; please report it")
        if mention.entity >= 0:
            links.setdefault(m_index, mention.entity)
    return links


def save_entities(conn: Connection, doc: Doc, links: dict[int, int]) -> dict[int, int]:
    """Insert the doc entities linked to KB entities; return entity index -> doc_entities.id."""
    if not doc.entities:
        return {}
    kb_ids = link_entities(conn, doc)
    counts = [0] * len(doc.entities)
    for e_index in links.values():
        counts[e_index] += 1
    rows = []
    for i, e in enumerate(doc.entities):
        kb_id, method = kb_ids[(e.type, name_key(e.name))], LINK_METHOD
        if e.type == "PER" and e.last and not e.first:
            fuller = full_name_candidates(conn, e.last)
            if len(fuller) == 1:          # one person of that surname: decide for them
                kb_id, method = fuller[0], "surname-unique"
        rows.append(dict(article_id=doc.id, local_id=i, type=e.type, name=e.name, first=e.first or "",
                         middle=e.middle or "", last=e.last or "", mention_count=counts[i],
                         method=e.method or "", entity_id=kb_id, link_method=method))
    _insert(conn, doc_entities, rows)
    rows = conn.execute(select(doc_entities.c.local_id, doc_entities.c.id)
                        .where(doc_entities.c.article_id == doc.id))
    return {r.local_id: r.id for r in rows}


def full_name_candidates(conn: Connection, last: str) -> list[int]:
    """Candidates for a surname-only person: KB people with that surname and a first name."""
    rows = conn.execute(select(entities.c.id, entities.c.last).where(
        (entities.c.type == "PER") & (entities.c.first != "") & (entities.c.last == last)))
    key = name_key(last)
    return [r.id for r in rows if name_key(r.last) == key]


def link_entities(conn: Connection, doc: Doc) -> dict[tuple[str, str], int]:
    """Find or make the KB entity for each (type, name key) in ``doc``."""
    wanted: dict[tuple[str, str], dict] = {}
    for e in doc.entities:
        key = (e.type, name_key(e.name))
        wanted.setdefault(key, dict(type=e.type, name=e.name, name_key=key[1], first=e.first or "",
                                    middle=e.middle or "", last=e.last or ""))
    upsert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    conn.execute(upsert(entities).on_conflict_do_nothing(index_elements=["type", "name_key"]),
                 list(wanted.values()))
    rows = conn.execute(select(entities.c.id, entities.c.type, entities.c.name_key)
                        .where(entities.c.name_key.in_(sorted({k for _, k in wanted}))))
    return {(r.type, r.name_key): r.id for r in rows}


def mention_rows(doc: Doc, links: dict[int, int], doc_entity_ids: dict[int, int]) -> list[dict]:
    rows = []
    for i, m in enumerate(doc.mentions):
        raw_start, raw_stop = doc.raw_span(m.start, m.stop)
        e_index = links.get(i)
        rows.append(dict(article_id=doc.id, start=m.start, stop=m.stop, raw_start=raw_start,
                         raw_stop=raw_stop, text=m.text, type=m.type, normal=m.normal or "",
                         doc_entity_id=None if e_index is None else doc_entity_ids[e_index],
                         rule=m.source or "", pipeline_version=doc.version))
    return rows


def date_rows(doc: Doc) -> list[dict]:
    rows = []
    for d in doc.dates:
        raw_start, raw_stop = doc.raw_span(d.start, d.stop)
        rows.append(dict(article_id=doc.id, start=d.start, stop=d.stop, raw_start=raw_start,
                         raw_stop=raw_stop, text=d.text, value=d.value, precision=d.precision,
                         resolved=d.resolved or "unresolved", rule=d.rule or "",
                         pipeline_version=doc.version))
    return rows


def _entity_id(doc_entity_ids: dict[int, int], index: int) -> int | None:
    return doc_entity_ids.get(index) if index is not None and index >= 0 else None


def statement_rows(doc: Doc, ids: dict[int, int]) -> list[dict]:
    rows = []
    for st in doc.statements:
        raw_start, raw_stop = doc.raw_span(st.content_start, st.content_stop)
        rows.append(dict(article_id=doc.id, kind=st.kind, speaker=st.speaker or "",
                         speaker_name=st.speaker_name or "", speaker_doc_entity_id=_entity_id(ids, st.speaker_entity),
                         speaker_start=st.speaker_start, speaker_stop=st.speaker_stop, cue=st.cue or "",
                         cue_lemma=st.cue_lemma or "", cue_start=st.cue_start, cue_stop=st.cue_stop,
                         content=st.content or doc.text[st.content_start:st.content_stop],
                         content_start=st.content_start, content_stop=st.content_stop,
                         raw_content_start=raw_start, raw_content_stop=raw_stop, medium=st.medium or "",
                         negated=int(bool(st.negated)), rule=st.rule or "", pipeline_version=doc.version))
    return rows


def role_rows(doc: Doc, ids: dict[int, int]) -> list[dict]:
    rows = []
    for r in doc.roles:
        raw_start, raw_stop = doc.raw_span(r.start, r.stop)
        rows.append(dict(article_id=doc.id, person=r.person, person_doc_entity_id=_entity_id(ids, r.person_entity),
                         role=r.role, org=r.org or "", org_doc_entity_id=_entity_id(ids, r.org_entity),
                         start=r.start, stop=r.stop, raw_start=raw_start, raw_stop=raw_stop,
                         text=r.text or doc.text[r.start:r.stop], rule=r.rule or "", pipeline_version=doc.version))
    return rows


def event_rows(doc: Doc, ids: dict[int, int]) -> list[dict]:
    rows = []
    for e in doc.events:
        raw_start, raw_stop = doc.raw_span(e.sentence_start, e.sentence_stop)
        rows.append(dict(article_id=doc.id, type=e.type, subtype=e.subtype or "", trigger=e.trigger or "",
                         trigger_lemma=e.trigger_lemma or "", trigger_start=e.trigger_start,
                         trigger_stop=e.trigger_stop, sentence_start=e.sentence_start,
                         sentence_stop=e.sentence_stop, raw_sentence_start=raw_start, raw_sentence_stop=raw_stop,
                         agent=e.agent or "", agent_doc_entity_id=_entity_id(ids, e.agent_entity),
                         patient=e.patient or "", patient_doc_entity_id=_entity_id(ids, e.patient_entity),
                         location=e.location or "", location_doc_entity_id=_entity_id(ids, e.location_entity),
                         date=e.date, date_precision=e.date_precision, date_source=e.date_source or "",
                         modality=e.modality or "happened", rule=e.rule or "", pipeline_version=doc.version))
    return rows
