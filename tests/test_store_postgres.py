"""What only PostgreSQL has: the psycopg 3 driver, schemas, GIN search indexes.

The behaviour tests in test_store.py and test_search.py run on PostgreSQL too
(the ``store`` fixture is parametrized); these check the PostgreSQL side itself.
"""
from __future__ import annotations

import psycopg
import pytest

from svodka.store import open_store
from svodka.store.schema import TABLES
from test_store import PIANIST, TOKAYEV, pg_server, pg_url  # noqa: F401

pytestmark = pytest.mark.postgres


def schema_of(url: str) -> str:
    return url.rsplit("search_path%3D", 1)[1]


def test_uses_psycopg3_and_its_own_schema(pg_url, pg_server):
    with open_store(pg_url) as store:
        assert (store.dialect, store._engine.driver) == ("postgresql", "psycopg")
        store.save_doc(PIANIST)
    with psycopg.connect(pg_server) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = %s", (schema_of(pg_url),))}
    assert set(TABLES) | {"search_index", "alembic_version"} <= tables


def test_search_index_is_gin_over_lemmas_and_stems(pg_url, pg_server):
    open_store(pg_url).close()
    with psycopg.connect(pg_server) as conn:
        defs = [r[0] for r in conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = 'search_index'",
            (schema_of(pg_url),))]
    gin = [d for d in defs if "USING gin" in d]
    assert len(gin) == 2
    assert any("to_tsvector('simple'::regconfig, lemmas)" in d for d in gin)
    assert any("to_tsvector('simple'::regconfig, stems)" in d for d in gin)


def test_two_writers_store_an_article_once(pg_url):
    with open_store(pg_url) as first, open_store(pg_url) as second:
        assert first.save_doc(TOKAYEV) is True
        assert second.save_doc(TOKAYEV) is False
        assert second.count_rows()["articles"] == 1
        assert [h["id"] for h in second.search("телеобращением Токаева")] == []
        assert [h["id"] for h in second.search("Токаев выступил")] == [TOKAYEV.id]


def test_deleting_an_article_cascades_to_its_rows(pg_url, pg_server):
    with open_store(pg_url) as store:
        store.save_doc(TOKAYEV)
        with psycopg.connect(pg_server, options=f"-csearch_path={schema_of(pg_url)}") as conn:
            conn.execute("DELETE FROM articles WHERE id = %s", (TOKAYEV.id,))
        counts = store.count_rows()
        assert counts["mentions"] == counts["doc_entities"] == counts["dates"] == counts["removals"] == 0
        assert store.search("Токаев") == []
