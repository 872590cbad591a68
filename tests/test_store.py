"""The store on a real SQLite file and a real PostgreSQL server (same tests, both).

PostgreSQL tests use their own schema on the shared server at 127.0.0.1:5432
and drop it after; they skip when no server answers, and fail under CI=true.
"""
from __future__ import annotations

import json
import os
import sqlite3
import uuid

import pytest
from sqlalchemy import create_engine, inspect

from svodka.errors import NotFound, StoreError
from svodka.records import Article, DateRef, Doc, Entity, Failure, Mention, Removal, Segment
from svodka.settings import Settings
from svodka.store import open_store
from svodka.store.engine import database_url
from svodka.store.schema import TABLES

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
PG_URL = os.environ.get("SVODKA_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")

# --- fixtures and builders (test_search.py and test_store_postgres.py import these) ---


@pytest.fixture(scope="session")
def pg_server() -> str:
    import psycopg
    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except psycopg.OperationalError as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL at {PG_URL} does not answer, and CI=true needs it: {exc}")
        pytest.skip(f"no PostgreSQL server at {PG_URL}")
    return PG_URL


@pytest.fixture
def pg_url(pg_server):
    """A URL whose search_path is a fresh schema, dropped after the test."""
    import psycopg
    schema = "svodka_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    yield f"{pg_server}?options=-csearch_path%3D{schema}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "kb.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db_url):
    with open_store(db_url) as opened:
        yield opened


def make_doc(text: str, people: list[tuple[str, str]] = (), *, raw_prefix: str = "", title: str = "",
             version: str = "0.1.0", article_id: str = "", dates: list[DateRef] = ()) -> Doc:
    """A Doc whose raw text is ``raw_prefix + text``; cleaning removed the prefix.

    ``people`` are (surface form, canonical name) in text order: each is one
    mention of one PER entity; the same name twice is one entity.
    """
    raw = raw_prefix + text
    article = Article(text=raw, id=article_id, source="test.txt", format="text", title=title)
    mentions, entities, by_name, after = [], [], {}, 0
    for surface, name in people:
        start = text.index(surface, after)
        after = start + len(surface)
        if name not in by_name:
            by_name[name] = len(entities)
            entities.append(Entity(id=len(entities), type="PER", name=name, method="test"))
        index = by_name[name]
        entities[index].mentions.append(len(mentions))
        mentions.append(Mention(start, start + len(surface), surface, "PER", name, entity=index))
    removed = [Removal(0, len(raw_prefix), "boilerplate:test", raw_prefix)] if raw_prefix else []
    return Doc(article=article, text=text, segments=[Segment(0, len(raw_prefix), len(text))],
               removed=removed, mentions=mentions, entities=entities, dates=list(dates), version=version)


TOKAYEV_TEXT = ("Президент Казахстана Касым-Жомарт Токаев 5 января обратился к ОДКБ за помощью. "
                "Вечером Токаев выступил с телеобращением к жителям Алматы.")
_DAY = TOKAYEV_TEXT.index("5 января")
TOKAYEV = make_doc(
    TOKAYEV_TEXT,
    [("Касым-Жомарт Токаев", "Касым-Жомарт Токаев"), ("Токаев", "Касым-Жомарт Токаев")],
    raw_prefix="Поделиться в Facebook\n", title="Обращение президента",
    dates=[DateRef(_DAY, _DAY + 8, "5 января", "2022-01-05", "day", "inherited", "day-month")])
PIANIST = make_doc(
    "В Бишкеке коллеги задержанного пианиста вышли к зданию посольства. "
    "Касым-Жомарт Токаев пока не комментировал их требования.",
    [("Касым-Жомарт Токаев", "Касым-Жомарт Токаев")])

# --- opening and migrations ---


def test_migrations_create_named_tables(store, db_url):
    names = set(inspect(create_engine(database_url(db_url))).get_table_names())
    assert set(TABLES) | {"search_index", "alembic_version"} <= names


def test_schema_module_matches_migration(store, db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from svodka.store.schema import metadata

    def ours(name, kind, _parent):
        return kind != "table" or name in TABLES

    with create_engine(database_url(db_url)).connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": ours})
        assert compare_metadata(context, metadata) == []


def test_reopening_keeps_data(db_url):
    with open_store(db_url) as first:
        first.save_doc(TOKAYEV)
    with open_store(db_url) as second:
        assert second.has_article(TOKAYEV.id)
        assert second.count_rows()["articles"] == 1


def test_relative_path_opens_in_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store("kb.sqlite") as opened:
        opened.save_doc(PIANIST)
    assert (tmp_path / "kb.sqlite").exists()


@pytest.mark.parametrize("url, message", [
    ("/no/such/folder/kb.db", "does not exist"),
    ("mysql://root@localhost/kb", "unknown database URL"),
    ("postgresql://nobody@127.0.0.1:1/none", "cannot open database"),
])
def test_open_errors_say_what_happened(url, message):
    with pytest.raises(StoreError, match=message):
        open_store(url)


@pytest.mark.parametrize("given, expected", [
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
])
def test_database_url(given, expected):
    assert database_url(given) == expected


def test_sqlite_pragmas(tmp_path):
    path = tmp_path / "kb.sqlite"
    with open_store(str(path), Settings(busy_timeout_ms=4321)) as opened:
        with opened._engine.connect() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert (pragma("busy_timeout"), pragma("foreign_keys"), pragma("synchronous")) == (4321, 1, 1)
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"

# --- writing ---


def test_save_doc_twice_writes_once(store):
    run = store.begin_run("ingest test")
    assert store.save_doc(TOKAYEV, run) is True
    counts = store.count_rows()
    assert store.save_doc(TOKAYEV, run) is False
    assert store.count_rows() == counts
    assert counts["mentions"] == 2 and counts["doc_entities"] == 1 and counts["dates"] == 1


def test_saved_spans_map_back_to_raw_text(store):
    store.save_doc(TOKAYEV)
    doc = store.get_doc(TOKAYEV.id)
    assert doc["removed"] == [{"start": 0, "stop": 22, "reason": "boilerplate:test",
                               "text": "Поделиться в Facebook\n"}]
    for row in doc["mentions"] + doc["dates"]:
        assert doc["raw_text"][row["raw_start"]:row["raw_stop"]] == row["text"]
        assert doc["clean_text"][row["start"]:row["stop"]] == row["text"]
    assert doc["dates"][0]["value"] == "2022-01-05"


def test_failed_save_leaves_nothing(store):
    bad = make_doc("Посол Армении передал послание Никола Пашиняна в Ереване.",
                   [("Никола Пашиняна", "Никол Пашинян")])
    bad.mentions[0].stop = bad.mentions[0].start - 1      # violates the span check
    before = store.count_rows()
    with pytest.raises(StoreError, match=bad.id):
        store.save_doc(bad)
    assert store.count_rows() == before
    assert not store.has_article(bad.id)
    bad.mentions[0].stop = bad.mentions[0].start + len("Никола Пашиняна")
    assert store.save_doc(bad) is True


def test_dangling_entity_index_is_refused(store):
    bad = make_doc("Никол Пашинян прилетел в Москву.", [("Никол Пашинян", "Никол Пашинян")])
    bad.mentions[0].entity = 5
    with pytest.raises(StoreError, match="points to entity 5"):
        store.save_doc(bad)
    assert store.count_rows()["articles"] == 0


def test_new_pipeline_version_replaces_rows(store):
    store.save_doc(TOKAYEV)
    newer = make_doc(TOKAYEV.text, [("Касым-Жомарт Токаев", "Касым-Жомарт Токаев")],
                     raw_prefix="Поделиться в Facebook\n", version="0.2.0")
    assert store.save_doc(newer) is True
    assert store.count_rows()["mentions"] == 1
    assert store.get_doc(TOKAYEV.id)["pipeline_version"] == "0.2.0"
    assert [hit["id"] for hit in store.search("телеобращение")] == [TOKAYEV.id]


def test_runs_and_failures_round_trip(store):
    run = store.begin_run("ingest inbox/")
    failure = Failure.from_error("inbox/empty.txt", "read", NotFound("nothing here"), article_id="")
    store.save_failure(failure, run)
    store.end_run(run, ingested=3, duplicates=1, failed=1)
    [row] = store.list_failures()
    assert (row["source"], row["stage"], row["code"], row["run"]) == ("inbox/empty.txt", "read", "E301", run)
    assert row["reason"] == failure.reason and row["at"]
    [ran] = store.list_runs()
    assert (ran["command"], ran["ingested"], ran["duplicates"], ran["failed"]) == ("ingest inbox/", 3, 1, 1)
    assert ran["finished_at"] >= ran["started_at"]

# --- reading ---


def test_get_doc_by_prefix_and_not_found(store):
    store.save_doc(PIANIST)
    assert store.get_doc(PIANIST.id[:6])["id"] == PIANIST.id
    with pytest.raises(NotFound, match="no article with id 'ffffffffff'") as caught:
        store.get_doc("ffffffffff")
    assert "svodka docs" in str(caught.value)
    with pytest.raises(NotFound, match="at least 6"):
        store.get_doc(PIANIST.id[:3])


def test_ambiguous_prefix_asks_for_more(store):
    for n, text in enumerate(["Первая заметка о выборах в Бишкеке.", "Вторая заметка о выборах в Бишкеке."]):
        store.save_doc(make_doc(text, article_id=f"abcdef{n:010d}"))
    with pytest.raises(NotFound, match="matches several"):
        store.get_doc("abcdef")


def test_get_doc_groups_mentions_under_entities(store):
    store.save_doc(TOKAYEV)
    [entity] = store.get_doc(TOKAYEV.id)["entities"]
    assert entity["name"] == "Касым-Жомарт Токаев" and entity["mention_count"] == 2
    assert [m["text"] for m in entity["mentions"]] == ["Касым-Жомарт Токаев", "Токаев"]
    assert entity["link_method"] == "exact-name" and entity["kb_id"] is not None


def test_list_entities_merges_same_name_across_docs(store):
    store.save_doc(TOKAYEV)
    store.save_doc(PIANIST)
    other = make_doc("Садыр Жапаров провёл совещание.", [("Садыр Жапаров", "Садыр Жапаров")])
    store.save_doc(other)
    rows = store.list_entities()
    assert [(r["name"], r["mentions"], r["docs"]) for r in rows] == [
        ("Касым-Жомарт Токаев", 3, 2), ("Садыр Жапаров", 1, 1)]
    assert [r["mentions"] for r in store.list_entities(doc=PIANIST.id)] == [1]
    assert store.list_entities(type="loc") == []
    assert len(store.list_entities(type="per")) == 2


def test_list_docs_counts(store):
    store.save_doc(TOKAYEV)
    store.save_doc(PIANIST)
    rows = {r["id"]: r for r in store.list_docs()}
    assert (rows[TOKAYEV.id]["n_entities"], rows[TOKAYEV.id]["n_dates"]) == (1, 1)
    assert rows[PIANIST.id]["n_chars"] == len(PIANIST.text)
    assert len(store.list_docs(limit=1)) == 1


def test_readers_return_plain_json(store):
    run = store.begin_run("ingest")
    store.save_doc(TOKAYEV, run)
    store.save_failure(Failure("bad.bin", "read", "binary file", "E102"), run)
    for value in (store.list_docs(), store.get_doc(TOKAYEV.id), store.list_entities(),
                  store.list_failures(), store.list_runs(), store.search("Токаеву")):
        assert json.loads(json.dumps(value, ensure_ascii=False)) == value


def test_surname_only_person_links_to_the_one_full_name(store):
    full = make_doc("Премьер-министр Алихан Смаилов провел совещание.", [("Алихан Смаилов", "Алихан Смаилов")])
    full.entities[0].first, full.entities[0].last = "Алихан", "Смаилов"
    short = make_doc("Позже Смаилов поручил министерствам подготовить отчет.", [("Смаилов", "Смаилов")])
    short.entities[0].last = "Смаилов"
    store.save_doc(full)
    store.save_doc(short)
    people = store.list_entities(type="PER")
    assert [(p["name"], p["docs"], p["mentions"]) for p in people] == [("Алихан Смаилов", 2, 2)]
    linked = store.get_doc(short.id)["entities"][0]
    assert linked["link_method"] == "surname-unique"


def test_surname_shared_by_two_people_stays_apart(store):
    for first in ("Алихан", "Бакыт"):
        doc = make_doc(f"Министр {first} Смаилов выступил в парламенте.", [(f"{first} Смаилов", f"{first} Смаилов")])
        doc.entities[0].first, doc.entities[0].last = first, "Смаилов"
        store.save_doc(doc)
    short = make_doc("Смаилов не ответил на вопросы журналистов.", [("Смаилов", "Смаилов")])
    short.entities[0].last = "Смаилов"
    store.save_doc(short)
    assert sorted(p["name"] for p in store.list_entities(type="PER")) == ["Алихан Смаилов", "Бакыт Смаилов", "Смаилов"]
